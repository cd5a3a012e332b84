/**
 * Character-level helpers shared by the hand-written format tokenizers. Everything here walks
 * the text once, by index, so a single huge line costs no more than many short ones.
 */

/** One physical line: `end` excludes the line break, `next` is the offset after it. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** Splits on `\n`, `\r\n` and lone `\r`, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      lines.push({ start, end: index, next: index + 1 });
      start = index + 1;
    } else if (code === 13) {
      const next = text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
      lines.push({ start, end: index, next });
      index = next - 1;
      start = next;
    }
  }
  // The text after the last break is a line too, even when empty: editors show it and fixes may target it.
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Space, tab, form feed or vertical tab: the blanks every line format here skips. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 11;
}

export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

export function isWhitespace(code: number): boolean {
  return isBlank(code) || isLineBreak(code) || code === 0xfeff;
}

/** First offset in [start, end) that is not a blank, or `end`. */
export function skipBlanks(text: string, start: number, end: number): number {
  let index = start;
  while (index < end && isBlank(text.charCodeAt(index))) index++;
  return index;
}

/** The offset after the last non-blank character in [start, end), or `start`. */
export function trimEndBlanks(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && isWhitespace(text.charCodeAt(index - 1))) index--;
  return index;
}

/** ASCII letters, digits and underscore. */
export function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** A whitespace-separated word, optionally quoted; `value` has its quotes and escapes removed. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly quoted: boolean;
}

interface WordOptions {
  /** Whether `#` after a blank (or at the start) begins a comment that ends the line. */
  readonly hashComments: boolean;
  /** Whether a backslash escapes the next character outside quotes. */
  readonly backslashEscapes: boolean;
}

interface WordLine {
  readonly words: Word[];
  /** The comment's range, when the line has one. */
  readonly comment?: { readonly start: number; readonly end: number };
  /** Set when a quote was left open; the word then runs to the end of the line. */
  readonly unterminatedQuote?: number;
}

/**
 * Splits [start, end) into words the way directive files (Apache, HAProxy, sshd) do: blanks
 * separate words, `"` and `'` quote, and `#` at the start of a word begins a comment.
 */
export function readWords(text: string, start: number, end: number, options: WordOptions): WordLine {
  const words: Word[] = [];
  let index = start;
  let unterminatedQuote: number | undefined;
  while (index < end) {
    index = skipBlanks(text, index, end);
    if (index >= end) break;
    const code = text.charCodeAt(index);
    if (options.hashComments && code === 35) {
      return { words, comment: { start: index, end }, ...(unterminatedQuote === undefined ? {} : { unterminatedQuote }) };
    }
    const wordStart = index;
    let value = '';
    let quoted = false;
    while (index < end) {
      const current = text.charCodeAt(index);
      if (isBlank(current)) break;
      if (current === 34 || current === 39) {
        quoted = true;
        const close = findQuoteEnd(text, index + 1, end, current);
        if (close < 0) {
          unterminatedQuote = index;
          value += unescapeQuoted(text.slice(index + 1, end));
          index = end;
          break;
        }
        value += unescapeQuoted(text.slice(index + 1, close));
        index = close + 1;
        continue;
      }
      if (current === 92 && options.backslashEscapes && index + 1 < end) {
        value += text[index + 1] ?? '';
        index += 2;
        continue;
      }
      value += text[index] ?? '';
      index++;
    }
    words.push({ start: wordStart, end: index, value, quoted });
  }
  return unterminatedQuote === undefined ? { words } : { words, unterminatedQuote };
}

/** The offset of the closing quote, skipping backslash-escaped characters, or -1. */
function findQuoteEnd(text: string, start: number, end: number, quote: number): number {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 92) index++;
    else if (code === quote) return index;
  }
  return -1;
}

function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let result = '';
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (char === '\\' && index + 1 < raw.length) {
      result += raw[index + 1];
      index++;
    } else {
      result += char;
    }
  }
  return result;
}
