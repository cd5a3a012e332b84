/** `--format md`: the evidence report as GitHub-flavoured Markdown (tables, headings, links). */
import type { ScanReport } from '../report-model';
import { evidenceDocument, type Block, type Cell, type Inline } from './evidence-document';

export function writeMarkdown(report: ScanReport): string {
  return evidenceDocument(report).map(renderBlock).join('\n\n') + '\n';
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeText(block.text)}`;
    case 'paragraph':
      return block.content.map(renderInline).join('');
    case 'table':
      return [
        `*${escapeText(block.caption)}*`,
        '',
        `| ${block.header.map(escapeCell).join(' | ')} |`,
        `| ${block.header.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(renderCell).join(' | ')} |`),
      ].join('\n');
  }
}

function renderCell(cell: Cell): string {
  return Array.isArray(cell) ? (cell as readonly Inline[]).map(renderInline).join(', ') : renderInline(cell as Inline);
}

function renderInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeCell(inline);
  if ('code' in inline) return codeSpan(inline.code);
  return `[${escapeCell(inline.text)}](<${inline.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** Text inside a table cell: Markdown punctuation escaped, and no line break or pipe to end the cell. */
function escapeCell(text: string): string {
  return escapeText(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Markdown punctuation escaped. An underscore inside a word (`ghp_…`, `usedforsecurity_flag`)
 * starts no emphasis in GitHub-flavoured Markdown, so it stays as written and redacted secrets
 * read exactly as in every other format.
 */
function escapeText(text: string): string {
  return text.replace(/[\\`*[\]<>]/g, (character) => `\\${character}`).replace(/(^|[^\p{L}\p{N}])_/gu, '$1\\_');
}

/** A code span whose fence is longer than any backtick run inside it; pipes escaped for tables. */
function codeSpan(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = code.startsWith('`') || code.endsWith('`') ? ` ${code} ` : code;
  return `${fence}${padded.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}${fence}`;
}
