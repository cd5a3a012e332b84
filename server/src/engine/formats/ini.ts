/**
 * INI-style files: `[section]` headers, `key = value` lines, full-line `;` and `#` comments.
 * Two dialects share the reader:
 * - `ini` (Python configparser, `pip.conf`, php.ini): `=` or `:` separates, a line indented
 *   deeper than its key continues the value (pip's multi-line `extra-index-url`), and ` ;`
 *   starts an inline comment;
 * - `npmrc` (npm's `ini` package): only `=` separates, so keys such as
 *   `//registry.npmjs.org/:_authToken` stay whole, quoted values lose their quotes, and an
 *   unescaped `;` or `#` ends an unquoted value.
 *
 * Entries: `path` = [section, key] inside a section, [key] before the first; `blockId` is the
 * section's block (labels [section name]). A continued value joins its lines with `\n`.
 */
import type { ConfigEntry } from '../contract';
import type { ConfigModelBuilder } from './model-builder';
import { isBlank, splitLines, skipBlanks, trimEndBlanks, type Line } from './text-scan';

type IniDialect = 'ini' | 'npmrc';

/** The last key read, kept open while indented lines continue its value. */
interface OpenEntry {
  readonly index: number;
  readonly indent: number;
  readonly entry: ConfigEntry;
  /** Continuation lines, joined once the value ends so long values cost linear time. */
  readonly lines: string[];
  continuationStart?: number;
  valueEnd: number;
}

export function parseIni(text: string, out: ConfigModelBuilder): void {
  parseIniLike(text, out, 'ini');
}

export function parseNpmrc(text: string, out: ConfigModelBuilder): void {
  parseIniLike(text, out, 'npmrc');
}

function parseIniLike(text: string, out: ConfigModelBuilder, dialect: IniDialect): void {
  let section: { name: string; id: number } | undefined;
  let lastContentEnd = 0;
  let open: OpenEntry | undefined;
  for (const line of splitLines(text)) {
    const start = skipBlanks(text, line.start, line.end);
    if (start >= line.end) continue;
    const first = text.charCodeAt(start);
    if (first === 59 || first === 35) {
      out.addComment(start, line.end);
      continue;
    }
    const indent = start - line.start;
    if (dialect === 'ini' && open !== undefined && indent > open.indent) {
      const end = trimEndBlanks(text, start, line.end);
      open.lines.push(text.slice(start, end));
      open.continuationStart ??= start;
      open.valueEnd = end;
      lastContentEnd = line.end;
      continue;
    }
    if (open !== undefined) finishValue(open, out);
    open = undefined;
    if (first === 91) {
      if (section !== undefined) out.closeBlock(section.id, lastContentEnd);
      section = readSectionHeader(text, start, line, out);
      lastContentEnd = line.end;
      continue;
    }
    const path = section === undefined ? [] : [section.name];
    const entry = readKeyValue(text, start, line, dialect, out);
    const full = { ...entry, path: [...path, entry.key], ...(section === undefined ? {} : { blockId: section.id }) };
    open = { index: out.addEntry(full), indent, entry: full, lines: [], valueEnd: full.valueRange?.end ?? line.end };
    lastContentEnd = line.end;
  }
  if (open !== undefined) finishValue(open, out);
  if (section !== undefined) out.closeBlock(section.id, lastContentEnd);
}

function readSectionHeader(
  text: string,
  start: number,
  line: Line,
  out: ConfigModelBuilder,
): { name: string; id: number } {
  let end = start + 1;
  while (end < line.end && text.charCodeAt(end) !== 93) end++;
  if (end === line.end) out.addError('Section header without a closing ]', start);
  const nameStart = skipBlanks(text, start + 1, end);
  const name = text.slice(nameStart, trimEndBlanks(text, nameStart, end));
  return { name, id: out.openBlock([name], start) };
}

function readKeyValue(
  text: string,
  start: number,
  line: Line,
  dialect: IniDialect,
  out: ConfigModelBuilder,
): Omit<ConfigEntry, 'path'> {
  let separator = start;
  while (separator < line.end) {
    const code = text.charCodeAt(separator);
    if (code === 61 || (dialect === 'ini' && code === 58)) break;
    separator++;
  }
  const keyEnd = trimEndBlanks(text, start, separator);
  const key = text.slice(start, keyEnd);
  const keyRange = { start, end: keyEnd };
  if (separator >= line.end) {
    // A bare key: configparser's allow_no_value, npm's boolean flags.
    return { key, keyRange, value: '', valueRange: { start: keyEnd, end: keyEnd } };
  }
  const valueStart = skipBlanks(text, separator + 1, line.end);
  const { value, range } =
    dialect === 'npmrc' ? readNpmValue(text, valueStart, line.end, out) : readIniValue(text, valueStart, line.end, out);
  return { key, keyRange, value, valueRange: range };
}

function readIniValue(
  text: string,
  start: number,
  end: number,
  out: ConfigModelBuilder,
): { value: string; range: { start: number; end: number } } {
  let valueEnd = end;
  for (let index = start + 1; index < end; index++) {
    if (text.charCodeAt(index) === 59 && isBlank(text.charCodeAt(index - 1))) {
      out.addComment(index, end);
      valueEnd = index;
      break;
    }
  }
  valueEnd = trimEndBlanks(text, start, valueEnd);
  return { value: text.slice(start, valueEnd), range: { start, end: valueEnd } };
}

/** npm's `ini` package: a fully quoted value loses its quotes; otherwise `;`/`#` end it unless escaped. */
function readNpmValue(
  text: string,
  start: number,
  end: number,
  out: ConfigModelBuilder,
): { value: string; range: { start: number; end: number } } {
  const trimmedEnd = trimEndBlanks(text, start, end);
  const first = text.charCodeAt(start);
  if ((first === 34 || first === 39) && trimmedEnd - start >= 2 && text.charCodeAt(trimmedEnd - 1) === first) {
    return { value: text.slice(start + 1, trimmedEnd - 1), range: { start: start + 1, end: trimmedEnd - 1 } };
  }
  let value = '';
  let index = start;
  for (; index < trimmedEnd; index++) {
    const char = text[index] ?? '';
    if (char === '\\' && index + 1 < trimmedEnd) {
      const next = text[index + 1] ?? '';
      value += next === ';' || next === '#' || next === '\\' ? next : `\\${next}`;
      index++;
      continue;
    }
    if (char === ';' || char === '#') {
      out.addComment(index, trimmedEnd);
      break;
    }
    value += char;
  }
  const valueEnd = trimEndBlanks(text, start, index);
  return { value: value.trimEnd(), range: { start, end: valueEnd } };
}

/** Joins an open entry's continuation lines into its value, the way configparser does. */
function finishValue(open: OpenEntry, out: ConfigModelBuilder): void {
  if (open.continuationStart === undefined) return;
  const previous = open.entry;
  const first = previous.value ?? '';
  const value = (first === '' ? open.lines : [first, ...open.lines]).join('\n');
  const start = first === '' ? open.continuationStart : (previous.valueRange?.start ?? open.continuationStart);
  out.replaceEntry(open.index, { ...previous, value, valueRange: { start, end: open.valueEnd } });
}
