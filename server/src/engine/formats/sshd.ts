/**
 * OpenSSH `sshd_config` (and `ssh_config` found under an ssh folder): `Keyword value` or
 * `Keyword=value` lines, `#` comments, and `Match` (or, in ssh_config, `Host`) lines that open a
 * block lasting until the next such line or the end of the file.
 *
 * Entries: `path` = [Keyword] at top level, ['Match', Keyword] inside a block, with the block's
 * id; the `Match` line itself is a top-level entry whose value is its criteria. Keywords keep
 * their case as written (sshd compares them case-insensitively).
 */
import { directiveEntry } from './directive';
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';
import { isBlank, readWords, skipBlanks, splitLines } from './text-scan';

const BLOCK_KEYWORDS: ReadonlySet<string> = new Set(['match', 'host']);

export function parseSshd(text: string, out: ConfigModelBuilder): void {
  let block: { id: number; keyword: string } | undefined;
  let lastContentEnd = 0;
  for (const line of splitLines(text)) {
    const start = skipBlanks(text, line.start, line.end);
    if (start >= line.end) continue;
    if (text.charCodeAt(start) === 35) {
      out.addComment(start, line.end);
      continue;
    }
    let keyEnd = start;
    while (keyEnd < line.end && !isBlank(text.charCodeAt(keyEnd)) && text.charCodeAt(keyEnd) !== 61) keyEnd++;
    let argumentsStart = skipBlanks(text, keyEnd, line.end);
    if (text.charCodeAt(argumentsStart) === 61) argumentsStart = skipBlanks(text, argumentsStart + 1, line.end);
    const { words, comment, unterminatedQuote } = readWords(text, argumentsStart, line.end, {
      hashComments: true,
      backslashEscapes: false,
    });
    if (comment !== undefined) out.addComment(comment.start, comment.end);
    if (unterminatedQuote !== undefined) out.addError('Unclosed quote', unterminatedQuote);
    const key = text.slice(start, keyEnd);
    const lastWord = words[words.length - 1];
    const argumentsRange =
      lastWord === undefined ? { start: keyEnd, end: keyEnd } : { start: argumentsStart, end: lastWord.end };
    if (words.length === 0) out.addError(`${key} has no value`, start);
    if (BLOCK_KEYWORDS.has(key.toLowerCase())) {
      if (block !== undefined) out.closeBlock(block.id, lastContentEnd);
      out.addEntry(directiveEntry({ text, path: KeyPath.ROOT, key, keyRange: { start, end: keyEnd }, argumentsRange }));
      block = { id: out.openBlock([key, ...words.map((word) => word.value)], start), keyword: key };
    } else {
      out.addEntry(
        directiveEntry({
          text,
          path: block === undefined ? KeyPath.ROOT : KeyPath.ROOT.child(block.keyword),
          key,
          keyRange: { start, end: keyEnd },
          argumentsRange,
          ...(block === undefined ? {} : { blockId: block.id }),
        }),
      );
    }
    lastContentEnd = argumentsRange.end;
  }
  if (block !== undefined) out.closeBlock(block.id, lastContentEnd);
}
