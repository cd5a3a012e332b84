/**
 * HAProxy configuration: section lines (`global`, `defaults`, `frontend NAME`, `backend NAME`,
 * `listen NAME`, ...) each open a block that lasts until the next section, and every other
 * line is a directive. `#` starts a comment outside quotes; `\` escapes the next character.
 *
 * Entries: `key` is the first word (`bind`, `option`, `ssl-default-bind-options`), `value` the
 * rest as written; `path` = [section keyword, key] inside a section. A section line is itself a
 * top-level entry whose value is the section's name. Blocks: labels [keyword, ...name words].
 */
import { directiveEntry } from './directive';
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';
import { readWords, splitLines } from './text-scan';

const SECTION_KEYWORDS: ReadonlySet<string> = new Set([
  'global', 'defaults', 'frontend', 'backend', 'listen', 'userlist', 'peers', 'resolvers', 'mailers',
  'program', 'http-errors', 'ring', 'cache', 'fcgi-app', 'crt-store', 'traces', 'log-forward', 'acme',
]);

export function parseHaproxy(text: string, out: ConfigModelBuilder): void {
  let section: { id: number; keyword: string } | undefined;
  let lastContentEnd = 0;
  for (const line of splitLines(text)) {
    const { words, comment, unterminatedQuote } = readWords(text, line.start, line.end, {
      hashComments: true,
      backslashEscapes: true,
    });
    if (comment !== undefined) out.addComment(comment.start, comment.end);
    if (unterminatedQuote !== undefined) out.addError('Unclosed quote', unterminatedQuote);
    const [first, second] = words;
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) continue;
    const keyRange = { start: first.start, end: first.end };
    const argumentsRange =
      second === undefined ? { start: first.end, end: first.end } : { start: second.start, end: last.end };
    if (SECTION_KEYWORDS.has(first.value)) {
      if (section !== undefined) out.closeBlock(section.id, lastContentEnd);
      out.addEntry(directiveEntry({ text, path: KeyPath.ROOT, key: first.value, keyRange, argumentsRange }));
      section = { id: out.openBlock(words.map((word) => word.value), first.start), keyword: first.value };
    } else {
      out.addEntry(
        directiveEntry({
          text,
          path: section === undefined ? KeyPath.ROOT : KeyPath.ROOT.child(section.keyword),
          key: first.value,
          keyRange,
          argumentsRange,
          ...(section === undefined ? {} : { blockId: section.id }),
        }),
      );
    }
    lastContentEnd = last.end;
  }
  if (section !== undefined) out.closeBlock(section.id, lastContentEnd);
}
