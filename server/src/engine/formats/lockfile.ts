/**
 * Line-oriented lockfiles: `yarn.lock` (v1 and Berry), `Gemfile.lock`, `go.sum` and
 * `gradle.lockfile`, and Go's `go.mod` beside them. Each has its own grammar, but all are lines
 * whose indentation gives the nesting, so one reader serves them and the rule that reads them
 * interprets the words (a `go.mod` `//` comment is an entry whose key is `//`).
 * `#` at the start of a line (after indentation) begins a comment line.
 *
 * Entries, one per line with text: `key` = the first blank-separated word as written, `value` =
 * the rest of the line trimmed ('' when there is none), `path` = the keys of the enclosing lines
 * (each earlier line with less indentation) and then this key. For `yarn.lock`:
 * `"lodash@^4.17.0":` then `  version "4.17.21"` gives ['"lodash@^4.17.0":', 'version'] with
 * value '"4.17.21"'.
 */
import type { ConfigModelBuilder } from './model-builder';
import { isBlank, splitLines, trimEndBlanks } from './text-scan';

interface Open {
  readonly indent: number;
  readonly key: string;
}

export function parseLockfile(text: string, out: ConfigModelBuilder): void {
  const stack: Open[] = [];
  for (const line of splitLines(text)) {
    let start = line.start;
    while (start < line.end && isBlank(text.charCodeAt(start))) start++;
    const end = trimEndBlanks(text, start, line.end);
    if (start >= end) continue;
    if (text.charCodeAt(start) === 35 /* # */) {
      out.addComment(start, end);
      continue;
    }
    const indent = start - line.start;
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= indent) stack.pop();
    let keyEnd = start;
    while (keyEnd < end && !isBlank(text.charCodeAt(keyEnd))) keyEnd++;
    let valueStart = keyEnd;
    while (valueStart < end && isBlank(text.charCodeAt(valueStart))) valueStart++;
    const key = text.slice(start, keyEnd);
    out.addEntry({
      path: [...stack.map((open) => open.key), key],
      key,
      keyRange: { start, end: keyEnd },
      value: text.slice(valueStart, end),
      valueRange: { start: valueStart, end },
    });
    stack.push({ indent, key });
  }
}
