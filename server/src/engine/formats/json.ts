/**
 * JSON with positions. jsonc-parser's scanner supplies the tokens and its error codes; the
 * structure is built here with an explicit stack, because jsonc-parser's own tree builder
 * recurses once per nesting level and overflows the call stack long before 5,000 levels.
 *
 * Entries: one per object property and array element: `path` from the root (array indexes as
 * '0', '1', ...), `key` = the property name or index; `value` = a string's contents or the
 * literal as written (`true`, `42`, `null`), undefined for objects and arrays, whose
 * `valueRange` then spans the brackets. Key and string value ranges exclude the quotes; an
 * element's `keyRange` is its value's range. Comments are recorded, and, since plain JSON has
 * none, also reported in `errors()` (as jsonc-parser does with `disallowComments`).
 */
import { createScanner, printParseErrorCode, type JSONScanner } from 'jsonc-parser';
import type { ConfigEntry, Range } from '../contract';
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';

/** jsonc-parser's `SyntaxKind`, a const enum that isolated modules cannot read at run time. */
const TOKEN = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  null: 7,
  true: 8,
  false: 9,
  string: 10,
  number: 11,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  unknown: 16,
  eof: 17,
} as const;

/** jsonc-parser's `ParseErrorCode` values used here, and its `ScanError` → `ParseErrorCode` mapping. */
const ERROR = {
  invalidSymbol: 1,
  propertyNameExpected: 3,
  valueExpected: 4,
  colonExpected: 5,
  commaExpected: 6,
  closeBraceExpected: 7,
  closeBracketExpected: 8,
  endOfFileExpected: 9,
  invalidCommentToken: 10,
} as const;
const SCAN_ERRORS: Readonly<Record<number, number>> = { 1: 11, 2: 12, 3: 13, 4: 14, 5: 15, 6: 16 };

type ObjectState = 'firstKey' | 'key' | 'colon' | 'value' | 'comma';
type ArrayState = 'firstValue' | 'value' | 'comma';

type Frame =
  | { readonly kind: 'object'; readonly path: KeyPath; readonly entryIndex: number; readonly start: number; state: ObjectState; key?: { name: string; range: Range } }
  | { readonly kind: 'array'; readonly path: KeyPath; readonly entryIndex: number; readonly start: number; state: ArrayState; index: number };

interface Token {
  readonly kind: number;
  readonly start: number;
  readonly end: number;
  /** Decoded string contents, for string tokens. */
  readonly value: string;
  readonly unterminated: boolean;
}

export function parseJson(text: string, out: ConfigModelBuilder): void {
  const scanner = createScanner(text, false);
  const stack: Frame[] = [];
  let rootDone = false;
  let token = nextToken(scanner, out);
  for (;;) {
    const frame = stack[stack.length - 1];
    if (frame === undefined) {
      if (token.kind === TOKEN.eof) {
        if (!rootDone) report(out, ERROR.valueExpected, token.start);
        return;
      }
      if (rootDone) {
        report(out, ERROR.endOfFileExpected, token.start);
        return;
      }
      rootDone = true;
      if (!startValue(text, token, KeyPath.ROOT, undefined, stack, out)) report(out, ERROR.valueExpected, token.start);
      token = nextToken(scanner, out);
      continue;
    }
    if (token.kind === TOKEN.eof) {
      closeAtEnd(text, stack, out);
      return;
    }
    const consumed = frame.kind === 'object' ? stepObject(text, frame, token, stack, out) : stepArray(text, frame, token, stack, out);
    if (consumed) token = nextToken(scanner, out);
  }
}

/** Handles one token inside an object; returns false when the token must be looked at again. */
function stepObject(text: string, frame: Extract<Frame, { kind: 'object' }>, token: Token, stack: Frame[], out: ConfigModelBuilder): boolean {
  switch (frame.state) {
    case 'firstKey':
    case 'key':
      if (token.kind === TOKEN.closeBrace) {
        if (frame.state === 'key') report(out, ERROR.propertyNameExpected, token.start);
        close(frame, token.end, stack, out);
      } else if (token.kind === TOKEN.string) {
        frame.key = { name: token.value, range: innerRange(token) };
        frame.state = 'colon';
      } else if (token.kind === TOKEN.closeBracket) {
        return mismatchedClose(frame, token, stack, out);
      } else {
        report(out, ERROR.propertyNameExpected, token.start);
      }
      return true;
    case 'colon':
      if (token.kind === TOKEN.colon) {
        frame.state = 'value';
        return true;
      }
      report(out, ERROR.colonExpected, token.start);
      frame.state = 'value';
      return false;
    case 'value': {
      const key = frame.key ?? { name: '', range: { start: token.start, end: token.start } };
      if (token.kind === TOKEN.closeBrace || token.kind === TOKEN.comma || token.kind === TOKEN.closeBracket) {
        report(out, ERROR.valueExpected, token.start);
        frame.state = 'comma';
        return false;
      }
      frame.state = 'comma';
      if (!startValue(text, token, frame.path.child(key.name), key, stack, out)) report(out, ERROR.valueExpected, token.start);
      return true;
    }
    case 'comma':
      if (token.kind === TOKEN.comma) frame.state = 'key';
      else if (token.kind === TOKEN.closeBrace) close(frame, token.end, stack, out);
      else if (token.kind === TOKEN.closeBracket) return mismatchedClose(frame, token, stack, out);
      else {
        report(out, ERROR.commaExpected, token.start);
        if (token.kind !== TOKEN.string) return true;
        frame.state = 'key';
        return false;
      }
      return true;
  }
}

function stepArray(text: string, frame: Extract<Frame, { kind: 'array' }>, token: Token, stack: Frame[], out: ConfigModelBuilder): boolean {
  if (token.kind === TOKEN.closeBracket) {
    if (frame.state === 'value') report(out, ERROR.valueExpected, token.start);
    close(frame, token.end, stack, out);
    return true;
  }
  if (token.kind === TOKEN.closeBrace) return mismatchedClose(frame, token, stack, out);
  if (token.kind === TOKEN.comma) {
    if (frame.state !== 'comma') report(out, ERROR.valueExpected, token.start);
    frame.state = 'value';
    return true;
  }
  if (frame.state === 'comma') report(out, ERROR.commaExpected, token.start);
  const index = String(frame.index);
  frame.index++;
  frame.state = 'comma';
  if (!startValue(text, token, frame.path.child(index), { name: index, range: innerRange(token) }, stack, out)) {
    report(out, ERROR.valueExpected, token.start);
  }
  return true;
}

/**
 * Adds the entry for a value (when it has a key) and opens a frame for an object or array.
 * Returns false when the token cannot start a value.
 */
function startValue(
  text: string,
  token: Token,
  path: KeyPath,
  key: { name: string; range: Range } | undefined,
  stack: Frame[],
  out: ConfigModelBuilder,
): boolean {
  const base = key === undefined ? undefined : { path, key: key.name, keyRange: key.range };
  if (token.kind === TOKEN.openBrace || token.kind === TOKEN.openBracket) {
    const entryIndex = base === undefined ? -1 : out.addEntry({ ...base, valueRange: { start: token.start, end: token.end } });
    stack.push(
      token.kind === TOKEN.openBrace
        ? { kind: 'object', path, entryIndex, start: token.start, state: 'firstKey' }
        : { kind: 'array', path, entryIndex, start: token.start, state: 'firstValue', index: 0 },
    );
    return true;
  }
  let value: string;
  let valueRange: Range;
  if (token.kind === TOKEN.string) {
    value = token.value;
    valueRange = innerRange(token);
  } else if (token.kind === TOKEN.number || token.kind === TOKEN.true || token.kind === TOKEN.false || token.kind === TOKEN.null) {
    value = text.slice(token.start, token.end);
    valueRange = { start: token.start, end: token.end };
  } else {
    return false;
  }
  if (base !== undefined) out.addEntry({ ...base, value, valueRange });
  return true;
}

function close(frame: Frame, end: number, stack: Frame[], out: ConfigModelBuilder): void {
  stack.pop();
  const entry: ConfigEntry | undefined = out.entryAt(frame.entryIndex);
  if (entry !== undefined) out.replaceEntry(frame.entryIndex, { ...entry, valueRange: { start: frame.start, end } });
}

/** A `]` closing an object or `}` closing an array: report, close the frame, and let its parent try. */
function mismatchedClose(frame: Frame, token: Token, stack: Frame[], out: ConfigModelBuilder): boolean {
  report(out, frame.kind === 'object' ? ERROR.closeBraceExpected : ERROR.closeBracketExpected, token.start);
  close(frame, token.start, stack, out);
  return stack.length === 0;
}

function closeAtEnd(text: string, stack: Frame[], out: ConfigModelBuilder): void {
  for (let frame = stack[stack.length - 1]; frame !== undefined; frame = stack[stack.length - 1]) {
    report(out, frame.kind === 'object' ? ERROR.closeBraceExpected : ERROR.closeBracketExpected, text.length);
    close(frame, text.length, stack, out);
  }
}

/** The next token that is not whitespace, recording comments and scanner errors on the way. */
function nextToken(scanner: JSONScanner, out: ConfigModelBuilder): Token {
  for (;;) {
    const kind: number = scanner.scan();
    const start = scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    const scanError: number = scanner.getTokenError();
    const mapped = SCAN_ERRORS[scanError];
    if (mapped !== undefined) report(out, mapped, start);
    if (kind === TOKEN.lineComment || kind === TOKEN.blockComment) {
      out.addComment(start, end);
      report(out, ERROR.invalidCommentToken, start);
      continue;
    }
    if (kind === TOKEN.lineBreak || kind === TOKEN.trivia) continue;
    if (kind === TOKEN.unknown) {
      report(out, ERROR.invalidSymbol, start);
      continue;
    }
    return { kind, start, end, value: kind === TOKEN.string ? scanner.getTokenValue() : '', unterminated: scanError === 2 };
  }
}

/** A string's range without its quotes; any other token's whole range. */
function innerRange(token: Token): Range {
  if (token.kind !== TOKEN.string) return { start: token.start, end: token.end };
  return { start: token.start + 1, end: token.unterminated ? token.end : token.end - 1 };
}

function report(out: ConfigModelBuilder, code: number, offset: number): void {
  out.addError(printParseErrorCode(code), offset);
}
