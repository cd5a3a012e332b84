/**
 * `--format html` (and `report`): the evidence report as one self-contained HTML file. No external
 * assets, so it opens offline and can be attached to an audit record; headings and tables carry
 * the structure for screen readers (captions, header scopes), and a print style keeps it readable
 * on paper.
 */
import type { ScanReport } from '../report-model';
import { evidenceDocument, type Block, type Cell, type Inline } from './evidence-document';

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #0b0c0c; margin: 2rem auto; max-width: 75rem; padding: 0 1rem; }
h1 { font-size: 1.9rem; border-bottom: 4px solid #1d70b8; padding-bottom: .3rem; }
h2 { font-size: 1.45rem; margin-top: 2.2rem; border-bottom: 1px solid #b1b4b6; }
h3 { font-size: 1.15rem; margin-top: 1.6rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid #b1b4b6; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f2f1; }
code { font-family: ui-monospace, Consolas, "Liberation Mono", monospace; font-size: .9em; background: #f3f2f1; padding: 0 .2em; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #fd0; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
  h2, h3 { break-after: avoid; }
  tr { break-inside: avoid; }
}
`;

export function writeHtml(report: ScanReport): string {
  const blocks = evidenceDocument(report);
  const title = blocks.find((block) => block.kind === 'heading')?.text ?? 'Evidence report';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The file needs nothing from outside: no script, no fetch, no remote style or font.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...blocks.map(renderBlock),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${block.content.map(renderInline).join('')}</p>`;
    case 'table':
      return [
        '<table>',
        `<caption>${escapeHtml(block.caption)}</caption>`,
        `<thead><tr>${block.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map((row) => `<tr>${row.map((cell) => `<td>${renderCell(cell)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      ].join('\n');
  }
}

function renderCell(cell: Cell): string {
  return Array.isArray(cell) ? (cell as readonly Inline[]).map(renderInline).join(', ') : renderInline(cell as Inline);
}

function renderInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  if ('code' in inline) return `<code>${escapeHtml(inline.code)}</code>`;
  return `<a href="${escapeHtml(safeHref(inline.href))}">${escapeHtml(inline.text)}</a>`;
}

/** Only web links: a `javascript:` URL from a crafted policy base URL must not become a live link. */
function safeHref(href: string): string {
  return /^https?:\/\//i.test(href) ? href : '#';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
