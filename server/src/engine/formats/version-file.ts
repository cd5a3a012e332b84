/**
 * Runtime version files: `.nvmrc`, `.node-version`, `.python-version`, `.ruby-version`,
 * `.go-version`, `.java-version` (one version per line, usually one line) and asdf/mise
 * `.tool-versions` (`nodejs 20.11.0`, one tool per line). `#` starts a comment anywhere on a line.
 *
 * Entries, one per line with text: a single word gives `key` = 'version' (its `keyRange` is the
 * word's range) and `value` = the word; a line of several words gives `key` = the first word
 * (the tool) and `value` = the second (its first version; later ones are fallbacks), with
 * `path` = [key] in both cases.
 */
import type { ConfigModelBuilder } from './model-builder';
import { isBlank, splitLines } from './text-scan';

export function parseVersionFile(text: string, out: ConfigModelBuilder): void {
  for (const line of splitLines(text)) {
    let end = line.end;
    const hash = text.indexOf('#', line.start);
    if (hash >= 0 && hash < line.end) {
      out.addComment(hash, line.end);
      end = hash;
    }
    const words: { start: number; end: number }[] = [];
    let position = line.start;
    while (position < end) {
      while (position < end && isBlank(text.charCodeAt(position))) position++;
      const start = position;
      while (position < end && !isBlank(text.charCodeAt(position))) position++;
      if (position > start) words.push({ start, end: position });
    }
    const [first, second] = words;
    if (first === undefined) continue;
    const firstText = text.slice(first.start, first.end);
    if (second === undefined) {
      out.addEntry({ path: ['version'], key: 'version', keyRange: first, value: firstText, valueRange: first });
    } else {
      out.addEntry({ path: [firstText], key: firstText, keyRange: first, value: text.slice(second.start, second.end), valueRange: second });
    }
  }
}
