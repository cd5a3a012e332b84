/**
 * pip requirements files: one requirement or option per line, `\` at the end of a line joining
 * it to the next, and `#` comments at the start of a line or after a blank.
 *
 * Entries:
 * - an option line (`--index-url URL`, `-i URL`, `--extra-index-url=URL`, `--trusted-host H`,
 *   `--pre`): `key` = the long option name (`-i` becomes `--index-url`) while `keyRange` covers
 *   the option as written; `value` = its argument, '' for flags; `path` = [key];
 * - a requirement (`requests[security]>=2.31,<3 ; python_version > "3.8"`): `key` = the package
 *   name, `value` = the version specifier (`>=2.31,<3`) or direct reference (`@ https://...`),
 *   '' when unpinned; markers are not part of the value; `path` = [name]. Options after it
 *   (`--hash=sha256:...`) become entries with `path` = [name, option];
 * - a bare URL or path (`https://host/pkg.whl`, `./pkg`): `key` and `value` are the location.
 */
import type { ConfigModelBuilder } from './model-builder';
import { isBlank, splitLines, trimEndBlanks, type Line } from './text-scan';

const SHORT_OPTIONS: Readonly<Record<string, string>> = {
  '-i': '--index-url',
  '-f': '--find-links',
  '-r': '--requirement',
  '-c': '--constraint',
  '-e': '--editable',
};

/** Options that take an argument; every other option is a flag. */
const OPTIONS_WITH_ARGUMENT: ReadonlySet<string> = new Set([
  '--index-url', '--extra-index-url', '--trusted-host', '--find-links', '--requirement', '--constraint',
  '--editable', '--no-binary', '--only-binary', '--hash', '--config-settings', '--global-option',
  '--install-option', '--use-feature',
]);

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function parsePipRequirements(text: string, out: ConfigModelBuilder): void {
  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index++) {
    const tokens: Token[] = [];
    for (;;) {
      const line = lines[index];
      if (line === undefined) break;
      const continued = readLineTokens(text, line, tokens, out);
      if (!continued || index + 1 >= lines.length) break;
      index++;
    }
    if (tokens.length > 0) readLogicalLine(tokens, out);
  }
}

/** Splits one physical line into blank-separated tokens; returns whether it ends with `\`. */
function readLineTokens(text: string, line: Line, tokens: Token[], out: ConfigModelBuilder): boolean {
  let end = trimEndBlanks(text, line.start, line.end);
  let position = line.start;
  let commentStart = -1;
  while (position < end) {
    while (position < end && isBlank(text.charCodeAt(position))) position++;
    if (position >= end) break;
    if (text.charCodeAt(position) === 35) {
      commentStart = position;
      break;
    }
    const start = position;
    while (position < end && !isBlank(text.charCodeAt(position))) position++;
    tokens.push({ start, end: position, text: text.slice(start, position) });
  }
  if (commentStart >= 0) {
    out.addComment(commentStart, line.end);
    return false;
  }
  const last = tokens[tokens.length - 1];
  if (last !== undefined && last.end === end && last.text.endsWith('\\')) {
    end -= 1;
    if (last.text === '\\') tokens.pop();
    else tokens[tokens.length - 1] = { start: last.start, end, text: last.text.slice(0, -1) };
    return true;
  }
  return false;
}

function readLogicalLine(tokens: readonly Token[], out: ConfigModelBuilder): void {
  const first = tokens[0];
  if (first === undefined) return;
  if (first.text.startsWith('-')) {
    readOptions(tokens, 0, [], out);
    return;
  }
  if (isLocation(first.text)) {
    out.addEntry({ path: [first.text], key: first.text, keyRange: range(first), value: first.text, valueRange: range(first) });
    readOptions(tokens, 1, [first.text], out);
    return;
  }
  readRequirement(tokens, out);
}

/** Reads options from `tokens[from]` on, adding one entry per option. */
function readOptions(tokens: readonly Token[], from: number, path: readonly string[], out: ConfigModelBuilder): void {
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (!token.text.startsWith('-')) {
      out.addError(`Unexpected "${token.text}" in a requirements line`, token.start);
      continue;
    }
    const equals = token.text.indexOf('=');
    const written = equals > 0 ? token.text.slice(0, equals) : token.text;
    const attachedShort = written.length > 2 && !written.startsWith('--') ? written.slice(0, 2) : undefined;
    const optionText = attachedShort ?? written;
    const key = SHORT_OPTIONS[optionText] ?? optionText;
    const keyRange = { start: token.start, end: token.start + optionText.length };
    if (!OPTIONS_WITH_ARGUMENT.has(key)) {
      out.addEntry({ path: [...path, key], key, keyRange, value: '', valueRange: { start: keyRange.end, end: keyRange.end } });
      continue;
    }
    if (equals > 0 || attachedShort !== undefined) {
      const valueStart = token.start + (equals > 0 ? equals + 1 : optionText.length);
      out.addEntry({
        path: [...path, key],
        key,
        keyRange,
        value: token.text.slice(valueStart - token.start),
        valueRange: { start: valueStart, end: token.end },
      });
      continue;
    }
    const argument = tokens[index + 1];
    if (argument === undefined) {
      out.addError(`${written} needs a value`, token.start);
      out.addEntry({ path: [...path, key], key, keyRange, value: '', valueRange: { start: token.end, end: token.end } });
      continue;
    }
    out.addEntry({ path: [...path, key], key, keyRange, value: argument.text, valueRange: range(argument) });
    index++;
  }
}

function readRequirement(tokens: readonly Token[], out: ConfigModelBuilder): void {
  const first = tokens[0];
  if (first === undefined) return;
  let nameEnd = 0;
  while (nameEnd < first.text.length && isNameChar(first.text.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === 0) {
    out.addError(`Not a requirement: "${first.text}"`, first.start);
    return;
  }
  const name = first.text.slice(0, nameEnd);
  const keyRange = { start: first.start, end: first.start + nameEnd };
  // The specifier runs from after the name (and any [extras]) to the first `;` marker or option.
  let optionsFrom = tokens.length;
  let specifierStart = -1;
  let specifierEnd = -1;
  let specifier = '';
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (index > 0 && token.text.startsWith('-')) {
      optionsFrom = index;
      break;
    }
    const from = index === 0 ? skipExtras(token.text, nameEnd) : 0;
    const semicolon = token.text.indexOf(';', from);
    const to = semicolon >= 0 ? semicolon : token.text.length;
    if (to > from) {
      if (specifierStart < 0) specifierStart = token.start + from;
      else specifier += ' ';
      specifier += token.text.slice(from, to);
      specifierEnd = token.start + to;
    }
    if (semicolon >= 0) {
      optionsFrom = firstOption(tokens, index + 1);
      break;
    }
  }
  const valueRange = specifierStart < 0 ? { start: keyRange.end, end: keyRange.end } : { start: specifierStart, end: specifierEnd };
  out.addEntry({ path: [name], key: name, keyRange, value: specifier, valueRange });
  readOptions(tokens, optionsFrom, [name], out);
}

/** Markers run to the end of the line except for trailing options such as `--hash`. */
function firstOption(tokens: readonly Token[], from: number): number {
  for (let index = from; index < tokens.length; index++) if (tokens[index]?.text.startsWith('--')) return index;
  return tokens.length;
}

function skipExtras(text: string, from: number): number {
  if (text.charCodeAt(from) !== 91) return from;
  const close = text.indexOf(']', from);
  return close < 0 ? text.length : close + 1;
}

function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46
  );
}

function isLocation(text: string): boolean {
  return text.includes('://') || text.startsWith('.') || text.startsWith('/') || text.startsWith('file:');
}

function range(token: Token): { start: number; end: number } {
  return { start: token.start, end: token.end };
}
