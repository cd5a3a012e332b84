/**
 * `.env` files as the dotenv loaders (npm `dotenv`, python-dotenv, Compose) read them:
 * `KEY=value` lines, an optional `export ` prefix, `#` comment lines, values in single quotes
 * (literal), double quotes (with `\n`-style escapes, may span lines) or backticks, and for
 * unquoted values a `#` after a blank starting a comment.
 *
 * Entries: `path` = [key]; `valueRange` is the value inside its quotes.
 */
import type { ConfigModelBuilder } from './model-builder';
import { isBlank, isLineBreak, skipBlanks, trimEndBlanks } from './text-scan';

export function parseDotenv(text: string, out: ConfigModelBuilder): void {
  const unclosed: UnclosedQuotes = new Map();
  let position = 0;
  while (position < text.length) {
    const lineStart = skipBlanks(text, position, text.length);
    const end = lineEndFrom(text, lineStart);
    if (lineStart >= end) {
      position = nextLine(text, end);
      continue;
    }
    if (text.charCodeAt(lineStart) === 35) {
      out.addComment(lineStart, end);
      position = nextLine(text, end);
      continue;
    }
    position = readAssignment(text, lineStart, end, { out, unclosed });
  }
}

/**
 * For each quote character, the offset after which it never occurs again, once a search has run
 * off the end of the file: later unclosed quotes then need no second scan, keeping parsing linear.
 */
type UnclosedQuotes = Map<number, number>;

interface DotenvState {
  readonly out: ConfigModelBuilder;
  readonly unclosed: UnclosedQuotes;
}

/** Reads one `KEY=value` starting at `start`; returns the offset where the next line begins. */
function readAssignment(text: string, start: number, end: number, state: DotenvState): number {
  const { out } = state;
  let keyStart = start;
  if (text.startsWith('export', start) && isBlank(text.charCodeAt(start + 6))) {
    keyStart = skipBlanks(text, start + 6, end);
  }
  let keyEnd = keyStart;
  while (keyEnd < end) {
    const code = text.charCodeAt(keyEnd);
    if (code === 61 || isBlank(code)) break;
    keyEnd++;
  }
  const afterKey = skipBlanks(text, keyEnd, end);
  const key = text.slice(keyStart, keyEnd);
  const keyRange = { start: keyStart, end: keyEnd };
  if (text.charCodeAt(afterKey) !== 61 || keyEnd === keyStart) {
    out.addError(`Expected KEY=value, found "${truncate(text.slice(start, end))}"`, start);
    out.addEntry({ path: [key], key, keyRange });
    return nextLine(text, end);
  }
  const valueStart = skipBlanks(text, afterKey + 1, end);
  const quote = text.charCodeAt(valueStart);
  if (quote === 34 || quote === 39 || quote === 96) {
    return readQuotedValue(text, { key, keyRange, quoteAt: valueStart, quote }, state);
  }
  let valueEnd = valueStart;
  while (valueEnd < end) {
    if (text.charCodeAt(valueEnd) === 35 && valueEnd > valueStart && isBlank(text.charCodeAt(valueEnd - 1))) {
      out.addComment(valueEnd, end);
      break;
    }
    valueEnd++;
  }
  valueEnd = trimEndBlanks(text, valueStart, valueEnd);
  out.addEntry({
    path: [key],
    key,
    keyRange,
    value: text.slice(valueStart, valueEnd),
    valueRange: { start: valueStart, end: valueEnd },
  });
  return nextLine(text, end);
}

interface QuotedStart {
  readonly key: string;
  readonly keyRange: { readonly start: number; readonly end: number };
  readonly quoteAt: number;
  readonly quote: number;
}

function readQuotedValue(text: string, start: QuotedStart, state: DotenvState): number {
  const { out, unclosed } = state;
  const { key, keyRange, quoteAt, quote } = start;
  const contentStart = quoteAt + 1;
  const knownUnclosed = unclosed.get(quote);
  let index = knownUnclosed !== undefined && contentStart >= knownUnclosed ? text.length : contentStart;
  let value = '';
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === quote) break;
    if (code === 92 && quote === 34 && index + 1 < text.length) {
      const next = text[index + 1] ?? '';
      value += DOUBLE_QUOTE_ESCAPES[next] ?? `\\${next}`;
      index += 2;
      continue;
    }
    value += text[index] ?? '';
    index++;
  }
  if (index >= text.length) {
    unclosed.set(quote, Math.min(contentStart, knownUnclosed ?? contentStart));
    // An unclosed quote would swallow the rest of the file; read just its own line instead.
    const end = lineEndFrom(text, contentStart);
    out.addError(`Unclosed quote in the value of ${key}`, quoteAt);
    out.addEntry({ path: [key], key, keyRange, value: text.slice(contentStart, end), valueRange: { start: contentStart, end } });
    return nextLine(text, end);
  }
  out.addEntry({ path: [key], key, keyRange, value, valueRange: { start: contentStart, end: index } });
  const restStart = skipBlanks(text, index + 1, text.length);
  const end = lineEndFrom(text, restStart);
  if (restStart < end) {
    if (text.charCodeAt(restStart) === 35) out.addComment(restStart, end);
    else out.addError(`Unexpected text after the quoted value of ${key}`, restStart);
  }
  return nextLine(text, end);
}

const DOUBLE_QUOTE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function lineEndFrom(text: string, start: number): number {
  let index = start;
  while (index < text.length && !isLineBreak(text.charCodeAt(index))) index++;
  return index;
}

function nextLine(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2;
  return lineEnd + 1;
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
