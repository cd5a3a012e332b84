/**
 * TOML (`pyproject.toml`, `poetry.lock`, `Pipfile`) with a small position-keeping reader: `#`
 * comments, `[table]` and `[[array-of-tables]]` headers, bare, quoted and dotted keys, basic,
 * literal and multi-line strings, arrays (over several lines, with comments inside) and inline
 * tables. Numbers, booleans and dates are kept as written; nothing is converted.
 *
 * Entries, in document order, one per key and per array element:
 * - `path` = the table header's keys, then the key's own (dotted) segments; an array of tables
 *   adds its element index after its name, so the second `[[package]]` gives ['package', '1', …];
 * - `key` = the last segment (unquoted), or the element index ('0', '1', …) inside arrays;
 * - `value` = a string's contents (escapes decoded) or the literal as written; undefined for
 *   arrays and inline tables, whose `valueRange` then spans the brackets;
 * - `valueRange` lies inside the quotes; an array element's `keyRange` is its value's range.
 * Errors: unterminated strings, arrays and inline tables, a key without `=`, and nesting deeper
 * than the reader follows (it stops there rather than exhaust the stack).
 */
import type { Range } from '../contract';
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';
import { isLineBreak } from './text-scan';

/** Arrays and inline tables nested deeper than this end the read with an error. */
const MAX_DEPTH = 200;

class DepthExceeded extends Error {}

interface KeySegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function parseToml(text: string, out: ConfigModelBuilder): void {
  const reader = new TomlReader(text, out);
  try {
    reader.read();
  } catch (error) {
    if (!(error instanceof DepthExceeded)) throw error;
    out.addError('arrays or inline tables nested too deeply to read', reader.position);
  }
}

class TomlReader {
  position = 0;
  private table = KeyPath.ROOT;
  /** How many elements each array of tables has had, by its dotted name. */
  private readonly arrayTableCounts = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly out: ConfigModelBuilder,
  ) {}

  read(): void {
    const { text } = this;
    while (this.position < text.length) {
      this.skipBlanksAndBreaks();
      if (this.position >= text.length) break;
      const code = text.charCodeAt(this.position);
      if (code === 35 /* # */) this.readComment();
      else if (code === 91 /* [ */) this.readHeader();
      else this.readKeyValue(this.table);
      this.finishLine();
    }
  }

  /** After a statement only blanks and a comment may follow on its line. */
  private finishLine(): void {
    const { text } = this;
    this.skipBlanks();
    if (this.position < text.length && text.charCodeAt(this.position) === 35) this.readComment();
    if (this.position < text.length && !isLineBreak(text.charCodeAt(this.position))) {
      this.out.addError('unexpected text after a value', this.position);
      this.skipToLineEnd();
    }
  }

  private readHeader(): void {
    const { text } = this;
    const start = this.position;
    const isArray = text.startsWith('[[', start);
    this.position += isArray ? 2 : 1;
    const segments = this.readKey();
    this.skipBlanks();
    const close = isArray ? ']]' : ']';
    if (segments.length === 0 || !text.startsWith(close, this.position)) {
      this.out.addError('a table header is not closed', start);
      this.skipToLineEnd();
      return;
    }
    this.position += close.length;
    const names = segments.map((segment) => segment.text);
    if (isArray) {
      const name = names.join('\u0000');
      const index = this.arrayTableCounts.get(name) ?? 0;
      this.arrayTableCounts.set(name, index + 1);
      this.table = KeyPath.ROOT.extend(names).child(String(index));
    } else {
      this.table = KeyPath.ROOT.extend(names);
    }
  }

  private readKeyValue(base: KeyPath, depth = 0): void {
    const { text } = this;
    const start = this.position;
    const segments = this.readKey();
    const last = segments[segments.length - 1];
    this.skipBlanks();
    if (last === undefined || text.charCodeAt(this.position) !== 61 /* = */) {
      this.out.addError('a key without "= value"', start);
      this.skipToLineEnd();
      return;
    }
    this.position++;
    this.skipBlanks();
    const path = base.extend(segments.map((segment) => segment.text));
    this.readValue(path, last.text, { start: last.start, end: last.end }, depth);
  }

  /** Dotted key segments: bare (`A-Za-z0-9_-`), "basic" or 'literal'. */
  private readKey(): KeySegment[] {
    const { text } = this;
    const segments: KeySegment[] = [];
    for (;;) {
      this.skipBlanks();
      const code = text.charCodeAt(this.position);
      if (code === 34 /* " */ || code === 39 /* ' */) {
        const string = this.readSingleLineString(code);
        if (string === undefined) return segments;
        segments.push({ text: string.value, start: string.start, end: string.end });
      } else {
        const start = this.position;
        while (this.position < text.length && isBareKeyChar(text.charCodeAt(this.position))) this.position++;
        if (this.position === start) return segments;
        segments.push({ text: text.slice(start, this.position), start, end: this.position });
      }
      this.skipBlanks();
      if (text.charCodeAt(this.position) !== 46 /* . */) return segments;
      this.position++;
    }
  }

  /** `keyRange` is undefined for an array element, whose key range is its value's range. */
  private readValue(path: KeyPath, key: string, keyRange: Range | undefined, depth: number): void {
    const { text } = this;
    if (depth > MAX_DEPTH) throw new DepthExceeded();
    const code = text.charCodeAt(this.position);
    if (code === 34 || code === 39) {
      const quote = code === 34 ? '"""' : "'''";
      const string = text.startsWith(quote, this.position) ? this.readMultiLineString(quote) : this.readSingleLineString(code);
      if (string === undefined) return;
      const valueRange = { start: string.start, end: string.end };
      this.out.addEntry({ path, key, keyRange: keyRange ?? valueRange, value: string.value, valueRange });
      return;
    }
    if (code === 91 /* [ */ || code === 123 /* { */) {
      const start = this.position;
      const index = this.out.addEntry({ path, key, keyRange: keyRange ?? { start, end: start + 1 }, valueRange: { start, end: start + 1 } });
      if (code === 91) this.readArrayElements(path, depth);
      else this.readInlineTable(path, depth);
      const entry = this.out.entryAt(index);
      if (entry !== undefined) {
        const valueRange = { start, end: this.position };
        this.out.replaceEntry(index, { ...entry, keyRange: keyRange ?? valueRange, valueRange });
      }
      return;
    }
    const start = this.position;
    while (this.position < text.length && !isScalarEnd(text.charCodeAt(this.position))) this.position++;
    let end = this.position;
    while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    if (end === start) {
      this.out.addError('a key without a value', start);
      return;
    }
    const valueRange = { start, end };
    this.out.addEntry({ path, key, keyRange: keyRange ?? valueRange, value: text.slice(start, end), valueRange });
  }

  private readArrayElements(path: KeyPath, depth: number): void {
    const { text } = this;
    const open = this.position;
    this.position++;
    let index = 0;
    for (;;) {
      this.skipBlanksBreaksAndComments();
      if (this.position >= text.length) {
        this.out.addError('an array is not closed', open);
        return;
      }
      const code = text.charCodeAt(this.position);
      if (code === 93 /* ] */) {
        this.position++;
        return;
      }
      if (code === 44 /* , */) {
        this.position++;
        continue;
      }
      const start = this.position;
      const key = String(index++);
      this.readValue(path.child(key), key, undefined, depth + 1);
      if (this.position === start) {
        this.out.addError('unexpected text in an array', start);
        this.position++;
      }
    }
  }

  private readInlineTable(path: KeyPath, depth: number): void {
    const { text } = this;
    const open = this.position;
    this.position++;
    for (;;) {
      this.skipBlanksBreaksAndComments();
      if (this.position >= text.length) {
        this.out.addError('an inline table is not closed', open);
        return;
      }
      const code = text.charCodeAt(this.position);
      if (code === 125 /* } */) {
        this.position++;
        return;
      }
      if (code === 44 /* , */) {
        this.position++;
        continue;
      }
      const before = this.position;
      this.readKeyValue(path, depth + 1);
      if (this.position === before) {
        this.out.addError('unexpected text in an inline table', before);
        this.position++;
      }
    }
  }

  private readSingleLineString(quoteCode: number): { value: string; start: number; end: number } | undefined {
    const { text } = this;
    const open = this.position;
    const start = open + 1;
    let position = start;
    let value = '';
    while (position < text.length) {
      const code = text.charCodeAt(position);
      if (code === quoteCode) {
        this.position = position + 1;
        return { value, start, end: position };
      }
      if (isLineBreak(code)) break;
      if (code === 92 /* \ */ && quoteCode === 34) {
        const decoded = decodeEscape(text, position);
        value += decoded.text;
        position = decoded.next;
        continue;
      }
      value += text[position];
      position++;
    }
    this.out.addError('a string is not closed', open);
    this.position = position;
    return undefined;
  }

  private readMultiLineString(quote: string): { value: string; start: number; end: number } | undefined {
    const { text } = this;
    const open = this.position;
    let start = open + 3;
    // A line break straight after the opening quotes is not part of the value.
    if (text.startsWith('\r\n', start)) start += 2;
    else if (text.charCodeAt(start) === 10) start += 1;
    const basic = quote === '"""';
    let position = start;
    let value = '';
    while (position < text.length) {
      if (text.startsWith(quote, position)) {
        // Up to two quote characters may end the content before the closing delimiter.
        let end = position;
        while (text.startsWith(quote, end + 1) && end - position < 2) end++;
        value += text.slice(position, end);
        this.position = end + 3;
        return { value, start, end };
      }
      if (basic && text.charCodeAt(position) === 92) {
        const decoded = decodeEscape(text, position);
        value += decoded.text;
        position = decoded.next;
        continue;
      }
      value += text[position];
      position++;
    }
    this.out.addError('a multi-line string is not closed', open);
    this.position = text.length;
    return undefined;
  }

  private readComment(): void {
    const start = this.position;
    this.skipToLineEnd();
    this.out.addComment(start, this.position);
  }

  private skipToLineEnd(): void {
    const { text } = this;
    while (this.position < text.length && !isLineBreak(text.charCodeAt(this.position))) this.position++;
  }

  private skipBlanks(): void {
    const { text } = this;
    while (this.position < text.length && (text.charCodeAt(this.position) === 32 || text.charCodeAt(this.position) === 9)) this.position++;
  }

  private skipBlanksAndBreaks(): void {
    const { text } = this;
    while (this.position < text.length) {
      const code = text.charCodeAt(this.position);
      if (code !== 32 && code !== 9 && !isLineBreak(code) && code !== 0xfeff) break;
      this.position++;
    }
  }

  private skipBlanksBreaksAndComments(): void {
    for (;;) {
      this.skipBlanksAndBreaks();
      if (this.text.charCodeAt(this.position) !== 35) return;
      this.readComment();
    }
  }
}

function isBareKeyChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/** Where a bare value (number, boolean, date) ends. */
function isScalarEnd(code: number): boolean {
  return code === 44 || code === 93 || code === 125 || code === 35 || isLineBreak(code);
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\', e: '\u001b' };

function decodeEscape(text: string, backslash: number): { text: string; next: number } {
  const letter = text[backslash + 1] ?? '';
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) return { text: simple, next: backslash + 2 };
  if (letter === 'u' || letter === 'U') {
    const length = letter === 'u' ? 4 : 8;
    const hex = text.slice(backslash + 2, backslash + 2 + length);
    const codePoint = /^[0-9a-fA-F]+$/.test(hex) && hex.length === length ? Number.parseInt(hex, 16) : Number.NaN;
    if (Number.isFinite(codePoint) && codePoint <= 0x10ffff) return { text: String.fromCodePoint(codePoint), next: backslash + 2 + length };
  }
  // A backslash at the end of a line in a multi-line basic string trims the break and the
  // indentation that follows.
  let next = backslash + 1;
  while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
  if (next < text.length && isLineBreak(text.charCodeAt(next))) {
    while (next < text.length && (isLineBreak(text.charCodeAt(next)) || text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
    return { text: '', next };
  }
  return { text: '\\', next: backslash + 1 };
}
