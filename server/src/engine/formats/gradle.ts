/**
 * Gradle build scripts in the Groovy or Kotlin DSL. Only their shape matters here, so the
 * tokenizer knows strings (`'…'`, `"…"` with `${…}`, triple-quoted), comments (`//`, block
 * comments), names (dotted ones kept whole), brackets and line breaks, and the reader turns these
 * forms into entries:
 *
 *   url "http://x"        url = "http://x"        url("http://x")
 *   url = uri("http://x") url uri("http://x")     setUrl(uri("http://x"))
 *
 * Entries: `key` = the name (the last segment of a dotted name), `value` = the string's contents
 * as written, `valueRange` inside its quotes, `path` = the names of the enclosing `name {` blocks,
 * then the dotted name's segments, e.g. ['repositories', 'maven', 'url']. Blocks: one per
 * `name {` or `name(...) {`, labels [name]; anonymous closures add nothing to the path.
 */
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';
import { findTemplateEnd } from './template-string';
import { isDigit, isLineBreak, isWhitespace, isWordChar } from './text-scan';

type GradleToken =
  | { readonly kind: 'name' | 'symbol'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'string'; readonly start: number; readonly end: number; readonly valueStart: number; readonly valueEnd: number }
  | { readonly kind: 'newline'; readonly start: number; readonly end: number };

type StringToken = Extract<GradleToken, { kind: 'string' }>;

interface Frame {
  readonly blockId: number | undefined;
  readonly ownsBlock: boolean;
  readonly path: KeyPath;
  readonly start: number;
}

export function parseGradle(text: string, out: ConfigModelBuilder): void {
  const tokens = tokenizeGradle(text, out);
  const stack: Frame[] = [];
  const openParens: number[] = [];
  const matchingOpen = new Map<number, number>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    const frame = stack[stack.length - 1];
    if (token.kind === 'symbol') {
      if (token.text === '(') openParens.push(index);
      else if (token.text === ')') {
        const open = openParens.pop();
        if (open !== undefined) matchingOpen.set(index, open);
      } else if (token.text === '{') stack.push(openFrame(tokens, index, matchingOpen, frame, out));
      else if (token.text === '}') {
        const closed = stack.pop();
        if (closed === undefined) out.addError('Unexpected "}"', token.start);
        else if (closed.ownsBlock && closed.blockId !== undefined) out.closeBlock(closed.blockId, token.end);
      }
      continue;
    }
    if (token.kind === 'name' && isStatementStart(tokens[index - 1])) readSetting(text, tokens, index, frame, out);
  }
  for (const open of stack) {
    out.addError('Block is never closed', open.start);
    if (open.ownsBlock && open.blockId !== undefined) out.closeBlock(open.blockId, text.length);
  }
}

/** Names the `{` after `name` or `name(...)`; any other brace opens an anonymous closure. */
function openFrame(
  tokens: readonly GradleToken[],
  brace: number,
  matchingOpen: ReadonlyMap<number, number>,
  parent: Frame | undefined,
  out: ConfigModelBuilder,
): Frame {
  let before = brace - 1;
  const previous = tokens[before];
  if (previous?.kind === 'symbol' && previous.text === ')') before = (matchingOpen.get(before) ?? 0) - 1;
  const named = tokens[before];
  const start = tokens[brace]?.start ?? 0;
  if (named?.kind !== 'name') return { blockId: parent?.blockId, ownsBlock: false, path: parent?.path ?? KeyPath.ROOT, start };
  const id = out.openBlock([named.text], named.start, parent?.blockId);
  return { blockId: id, ownsBlock: true, path: (parent?.path ?? KeyPath.ROOT).extend(named.text.split('.')), start: named.start };
}

/**
 * A name starts a setting at the start of a statement, or after a string or `)` in a chained
 * call such as `id 'x' version '1.0'`; a name after `=`, `(` or another name is a value.
 */
function isStatementStart(previous: GradleToken | undefined): boolean {
  if (previous === undefined || previous.kind === 'newline' || previous.kind === 'string') return true;
  return previous.kind === 'symbol' && (previous.text === '{' || previous.text === '}' || previous.text === ';' || previous.text === ')');
}

function readSetting(text: string, tokens: readonly GradleToken[], index: number, frame: Frame | undefined, out: ConfigModelBuilder): void {
  const name = tokens[index];
  if (name?.kind !== 'name') return;
  const value = settingValue(tokens, index + 1);
  if (value === undefined) return;
  const segments = name.text.split('.');
  const key = segments[segments.length - 1] ?? name.text;
  const keyStart = name.end - key.length;
  out.addEntry({
    path: (frame?.path ?? KeyPath.ROOT).extend(segments),
    key,
    keyRange: { start: keyStart, end: name.end },
    value: text.slice(value.valueStart, value.valueEnd),
    valueRange: { start: value.valueStart, end: value.valueEnd },
    ...(frame?.blockId === undefined ? {} : { blockId: frame.blockId }),
  });
}

/** The string a setting's name is given, in any of the forms the module comment lists. */
function settingValue(tokens: readonly GradleToken[], at: number): StringToken | undefined {
  const next = tokens[at];
  if (next?.kind === 'string') return next;
  if (isSymbol(next, '=')) return stringOrWrapped(tokens, at + 1)?.string;
  if (isSymbol(next, '(')) {
    const inner = stringOrWrapped(tokens, at + 1);
    return inner !== undefined && isSymbol(tokens[inner.after], ')') ? inner.string : undefined;
  }
  if (next?.kind === 'name') return wrapped(tokens, at)?.string;
  return undefined;
}

interface Matched {
  readonly string: StringToken;
  /** The index of the token after the match. */
  readonly after: number;
}

/** `"x"` or `uri("x")` starting at `at`. */
function stringOrWrapped(tokens: readonly GradleToken[], at: number): Matched | undefined {
  const token = tokens[at];
  if (token?.kind === 'string') return { string: token, after: at + 1 };
  if (token?.kind === 'name') return wrapped(tokens, at);
  return undefined;
}

/** `uri("x")`: a name called with exactly one string. */
function wrapped(tokens: readonly GradleToken[], at: number): Matched | undefined {
  const inner = tokens[at + 2];
  if (isSymbol(tokens[at + 1], '(') && inner?.kind === 'string' && isSymbol(tokens[at + 3], ')')) {
    return { string: inner, after: at + 4 };
  }
  return undefined;
}

function isSymbol(token: GradleToken | undefined, symbol: string): boolean {
  return token?.kind === 'symbol' && token.text === symbol;
}

/** Line breaks become tokens only outside brackets, where they can end a statement. */
function tokenizeGradle(text: string, out: ConfigModelBuilder): GradleToken[] {
  const tokens: GradleToken[] = [];
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (isLineBreak(code)) {
      if (depth === 0 && tokens[tokens.length - 1]?.kind !== 'newline') tokens.push({ kind: 'newline', start: index, end: index + 1 });
      index++;
    } else if (isWhitespace(code)) {
      index++;
    } else if (code === 47 && next === 47) {
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
    } else {
      const token = code === 34 || code === 39 ? readString(text, index, out) : readWordOrSymbol(text, index);
      if (token.kind === 'symbol') {
        if (token.text === '(' || token.text === '[') depth++;
        else if ((token.text === ')' || token.text === ']') && depth > 0) depth--;
      }
      tokens.push(token);
      index = token.end;
    }
  }
  return tokens;
}

function readString(text: string, start: number, out: ConfigModelBuilder): StringToken {
  const quote = text[start] ?? '"';
  const triple = quote.repeat(3);
  if (text.startsWith(triple, start)) {
    const close = text.indexOf(triple, start + 3);
    if (close < 0) out.addError('Unclosed string', start);
    const valueEnd = close < 0 ? text.length : close;
    return { kind: 'string', start, end: close < 0 ? text.length : close + 3, valueStart: start + 3, valueEnd };
  }
  const found = findTemplateEnd(text, start, { directives: false, doubledDollarEscape: false, nestedQuotes: [34, 39] });
  if (!found.terminated) out.addError('Unclosed string', start);
  return { kind: 'string', start, end: found.terminated ? found.end + 1 : found.end, valueStart: start + 1, valueEnd: found.end };
}

/** A name (`a.b.c` kept whole), a number, or an operator; `==`-style pairs stay one symbol. */
function readWordOrSymbol(text: string, start: number): GradleToken {
  const code = text.charCodeAt(start);
  if (isNameStart(code) || isDigit(code)) {
    let end = start + 1;
    for (;;) {
      const current = text.charCodeAt(end);
      if (isNameStart(current) || isDigit(current)) end++;
      else if (current === 46 && isNameStart(text.charCodeAt(end + 1))) end += 2;
      else break;
    }
    return { kind: isDigit(code) ? 'symbol' : 'name', start, end, text: text.slice(start, end) };
  }
  const next = text.charCodeAt(start + 1);
  const pair = next === 61 || (code === 61 && next === 126) || (code === 45 && next === 62);
  const end = pair && code !== 40 && code !== 41 && code !== 123 && code !== 125 ? start + 2 : start + 1;
  return { kind: 'symbol', start, end, text: text.slice(start, end) };
}

function isNameStart(code: number): boolean {
  return isWordChar(code) && !isDigit(code) ? true : code === 36;
}
