/**
 * The HCL (Terraform) tokenizer: identifiers, numbers, quoted templates with `${…}` and `%{…}`,
 * heredocs (`<<EOF`, `<<-EOF`), operators, line breaks (which end attributes) and comments
 * (`#`, `//`, block comments), which are recorded and not returned.
 */
import type { ConfigModelBuilder } from './model-builder';
import { findTemplateEnd } from './template-string';
import { isDigit, isHexDigit, isLineBreak, isWhitespace } from './text-scan';

export type HclToken =
  | { readonly kind: 'identifier' | 'number' | 'symbol'; readonly start: number; readonly end: number; readonly text: string }
  | {
      readonly kind: 'string' | 'heredoc';
      readonly start: number;
      readonly end: number;
      /** The contents with escapes decoded (templates keep `${…}` as written). */
      readonly value: string;
      readonly valueStart: number;
      readonly valueEnd: number;
    }
  | { readonly kind: 'newline'; readonly start: number; readonly end: number };

const MULTI_CHAR_SYMBOLS: readonly string[] = ['...', '==', '!=', '<=', '>=', '&&', '||', '=>'];

export function tokenizeHcl(text: string, out: ConfigModelBuilder): HclToken[] {
  const tokens: HclToken[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (isLineBreak(code)) {
      const end = code === 13 && next === 10 ? index + 2 : index + 1;
      tokens.push({ kind: 'newline', start: index, end });
      index = end;
    } else if (isWhitespace(code)) {
      index++;
    } else if (code === 35 || (code === 47 && next === 47)) {
      let end = index;
      while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
      out.addComment(index, end);
      index = end;
    } else if (code === 47 && next === 42) {
      const close = text.indexOf('*/', index + 2);
      if (close < 0) out.addError('Unclosed block comment', index);
      const end = close < 0 ? text.length : close + 2;
      out.addComment(index, end);
      index = end;
    } else if (code === 34) {
      const token = readTemplate(text, index, out);
      tokens.push(token);
      index = token.end;
    } else if (code === 60 && next === 60 && isHeredocStart(text, index)) {
      const token = readHeredoc(text, index, out);
      tokens.push(token);
      index = token.end;
    } else if (isIdentifierStart(code)) {
      let end = index + 1;
      while (end < text.length && isIdentifierPart(text.charCodeAt(end))) end++;
      tokens.push({ kind: 'identifier', start: index, end, text: text.slice(index, end) });
      index = end;
    } else if (isDigit(code)) {
      const end = numberEnd(text, index);
      tokens.push({ kind: 'number', start: index, end, text: text.slice(index, end) });
      index = end;
    } else {
      const symbol = MULTI_CHAR_SYMBOLS.find((candidate) => text.startsWith(candidate, index)) ?? (text[index] ?? '');
      tokens.push({ kind: 'symbol', start: index, end: index + symbol.length, text: symbol });
      index += symbol.length;
    }
  }
  return tokens;
}

function readTemplate(text: string, start: number, out: ConfigModelBuilder): HclToken {
  const found = findTemplateEnd(text, start, { directives: true, doubledDollarEscape: true, nestedQuotes: [34] });
  if (!found.terminated) out.addError('Unclosed string', start);
  const valueStart = start + 1;
  const valueEnd = found.end;
  return {
    kind: 'string',
    start,
    end: found.terminated ? found.end + 1 : found.end,
    value: decodeTemplate(text.slice(valueStart, valueEnd)),
    valueStart,
    valueEnd,
  };
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** HCL's escapes: `\n`-style, `\uNNNN`, `\UNNNNNNNN`, and `$${` / `%%{` for a literal `${` / `%{`. */
function decodeTemplate(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  let result = '';
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index] ?? '';
    const next = raw[index + 1] ?? '';
    if ((char === '$' || char === '%') && next === char && raw[index + 2] === '{') {
      result += char;
      index++;
    } else if (char === '\\' && (next === 'u' || next === 'U')) {
      const length = next === 'u' ? 4 : 8;
      const digits = raw.slice(index + 2, index + 2 + length);
      const codePoint = digits.length === length && [...digits].every((digit) => isHexDigit(digit.charCodeAt(0))) ? Number.parseInt(digits, 16) : -1;
      if (codePoint >= 0 && codePoint <= 0x10ffff) {
        result += String.fromCodePoint(codePoint);
        index += 1 + length;
      } else {
        result += char;
      }
    } else if (char === '\\' && ESCAPES[next] !== undefined) {
      result += ESCAPES[next];
      index++;
    } else {
      result += char;
    }
  }
  return result;
}

/** `<<ID` or `<<-ID` followed by the end of the line. */
function isHeredocStart(text: string, start: number): boolean {
  let index = start + 2;
  if (text.charCodeAt(index) === 45) index++;
  if (!isIdentifierStart(text.charCodeAt(index))) return false;
  while (isIdentifierPart(text.charCodeAt(index))) index++;
  return index >= text.length || isLineBreak(text.charCodeAt(index));
}

function readHeredoc(text: string, start: number, out: ConfigModelBuilder): HclToken {
  let index = start + 2;
  if (text.charCodeAt(index) === 45) index++;
  const markerStart = index;
  while (isIdentifierPart(text.charCodeAt(index))) index++;
  const marker = text.slice(markerStart, index);
  if (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10) index += 2;
  else index++;
  const bodyStart = Math.min(index, text.length);
  let lineStart = bodyStart;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    if (text.slice(lineStart, lineEnd).trim() === marker) {
      const bodyEnd = Math.max(bodyStart, lineStart - (text.charCodeAt(lineStart - 2) === 13 ? 2 : 1));
      return { kind: 'heredoc', start, end: lineEnd, value: text.slice(bodyStart, bodyEnd), valueStart: bodyStart, valueEnd: bodyEnd };
    }
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  out.addError(`Heredoc ${marker} is never closed`, start);
  return { kind: 'heredoc', start, end: text.length, value: text.slice(bodyStart), valueStart: bodyStart, valueEnd: text.length };
}

function numberEnd(text: string, start: number): number {
  let index = start;
  while (isDigit(text.charCodeAt(index))) index++;
  if (text.charCodeAt(index) === 46 && isDigit(text.charCodeAt(index + 1))) {
    index++;
    while (isDigit(text.charCodeAt(index))) index++;
  }
  const exponent = text.charCodeAt(index);
  if (exponent === 101 || exponent === 69) {
    let position = index + 1;
    const sign = text.charCodeAt(position);
    if (sign === 43 || sign === 45) position++;
    if (isDigit(text.charCodeAt(position))) {
      index = position;
      while (isDigit(text.charCodeAt(index))) index++;
    }
  }
  return index;
}

function isIdentifierStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127;
}

function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || isDigit(code) || code === 45;
}
