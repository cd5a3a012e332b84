/**
 * Java `.properties` files, read the way `java.util.Properties.load` reads them: natural lines
 * joined into logical lines at an odd number of trailing backslashes, `#` and `!` comment lines,
 * keys ending at the first unescaped `=`, `:` or blank, and `\t`, `\n`, `\uXXXX` escapes.
 *
 * Entries: `path` = [key], `key` and `value` unescaped; `valueRange` spans the raw value text,
 * continuation breaks included.
 */
import type { ConfigModelBuilder } from './model-builder';
import { isBlank, isHexDigit, isLineBreak } from './text-scan';

/** A logical line: its characters with continuations removed, and each one's source offset. */
interface LogicalLine {
  readonly chars: string;
  readonly offsets: Int32Array;
  /** The source offset just after the line's last character, before its line break. */
  readonly end: number;
}

export function parseProperties(text: string, out: ConfigModelBuilder): void {
  let position = 0;
  while (position < text.length) {
    position = skipPropertyBlanks(text, position);
    if (position >= text.length) break;
    const code = text.charCodeAt(position);
    if (isLineBreak(code)) {
      position++;
      continue;
    }
    if (code === 35 || code === 33) {
      const end = lineEnd(text, position);
      out.addComment(position, end);
      position = end;
      continue;
    }
    const logical = readLogicalLine(text, position);
    addProperty(logical, out);
    position = logical.end;
  }
}

function readLogicalLine(text: string, start: number): LogicalLine {
  const chars: string[] = [];
  const offsets: number[] = [];
  let position = start;
  let backslashes = 0;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (isLineBreak(code)) {
      if (backslashes % 2 === 0) break;
      // An odd run of backslashes escapes the line break: drop the last one, the break and the
      // next line's leading blanks.
      chars.pop();
      offsets.pop();
      position = skipPropertyBlanks(text, skipLineBreak(text, position));
      backslashes = 0;
      continue;
    }
    backslashes = code === 92 ? backslashes + 1 : 0;
    chars.push(text[position] ?? '');
    offsets.push(position);
    position++;
  }
  if (backslashes % 2 === 1) {
    // A backslash before the end of the file continues onto nothing; Java drops it.
    chars.pop();
    offsets.pop();
  }
  return { chars: chars.join(''), offsets: Int32Array.from(offsets), end: position };
}

function addProperty(line: LogicalLine, out: ConfigModelBuilder): void {
  const { chars, offsets } = line;
  let index = 0;
  let escaped = false;
  let valueStart = chars.length;
  let separatorSeen = false;
  for (; index < chars.length; index++) {
    const code = chars.charCodeAt(index);
    if (!escaped && (code === 61 || code === 58)) {
      valueStart = index + 1;
      separatorSeen = true;
      break;
    }
    if (!escaped && isBlank(code)) {
      valueStart = index + 1;
      break;
    }
    escaped = code === 92 ? !escaped : false;
  }
  const keyEnd = index;
  while (valueStart < chars.length && isBlank(chars.charCodeAt(valueStart))) valueStart++;
  if (!separatorSeen && valueStart < chars.length) {
    const code = chars.charCodeAt(valueStart);
    if (code === 61 || code === 58) {
      valueStart++;
      while (valueStart < chars.length && isBlank(chars.charCodeAt(valueStart))) valueStart++;
    }
  }
  const key = unescapeProperty(chars.slice(0, keyEnd), offsets[0] ?? line.end, out);
  const value = unescapeProperty(chars.slice(valueStart), offsets[valueStart] ?? line.end, out);
  const keyStart = offsets[0] ?? line.end;
  const keyRange = { start: keyStart, end: keyEnd > 0 ? (offsets[keyEnd - 1] ?? keyStart) + 1 : keyStart };
  const valueRange =
    valueStart < chars.length
      ? { start: offsets[valueStart] ?? line.end, end: (offsets[chars.length - 1] ?? line.end) + 1 }
      : { start: line.end, end: line.end };
  out.addEntry({ path: [key], key, keyRange, value, valueRange });
}

/** Java's escapes: `\t \n \r \f`, `\uXXXX`, and any other escaped character stands for itself. */
function unescapeProperty(raw: string, offset: number, out: ConfigModelBuilder): string {
  if (!raw.includes('\\')) return raw;
  let result = '';
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index] ?? '';
    if (char !== '\\' || index + 1 >= raw.length) {
      result += char;
      continue;
    }
    const next = raw[index + 1] ?? '';
    index++;
    if (next === 'u') {
      const hex = raw.slice(index + 1, index + 5);
      if (hex.length === 4 && [...hex].every((digit) => isHexDigit(digit.charCodeAt(0)))) {
        result += String.fromCharCode(Number.parseInt(hex, 16));
        index += 4;
      } else {
        out.addError('Malformed \\uxxxx encoding in a .properties value', offset);
        result += 'u';
      }
    } else {
      result += ESCAPES[next] ?? next;
    }
  }
  return result;
}

const ESCAPES: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r', f: '\f' };

function skipPropertyBlanks(text: string, start: number): number {
  let index = start;
  while (index < text.length && isBlank(text.charCodeAt(index))) index++;
  return index;
}

function lineEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && !isLineBreak(text.charCodeAt(index))) index++;
  return index;
}

function skipLineBreak(text: string, position: number): number {
  if (text.charCodeAt(position) === 13 && text.charCodeAt(position + 1) === 10) return position + 2;
  return position + 1;
}
