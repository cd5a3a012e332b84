/**
 * nginx configuration: a token stream of words (bare or quoted), `;`, `{`, `}` and `#` comments,
 * read into directives (`name args;`) and blocks (`name args { ... }`).
 *
 * Entries: `key` = directive name, `value` = its arguments exactly as written (quotes kept),
 * `path` = enclosing block names then the key, e.g. ['http', 'server', 'ssl_protocols']. A block's
 * own line is an entry too (value = its arguments, '' for `server {`). Blocks: labels [name,
 * ...unquoted arguments], e.g. ['location', '/api'].
 */
import type { Range } from '../contract';
import { directiveEntry } from './directive';
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';
import { isWhitespace } from './text-scan';

type NginxToken =
  | { readonly kind: 'word'; readonly start: number; readonly end: number; readonly value: string }
  | { readonly kind: ';' | '{' | '}'; readonly start: number; readonly end: number };

type NginxWord = Extract<NginxToken, { kind: 'word' }>;

interface OpenBlock {
  readonly id: number;
  readonly path: KeyPath;
  readonly start: number;
}

export function parseNginx(text: string, out: ConfigModelBuilder): void {
  const stack: OpenBlock[] = [];
  let words: NginxWord[] = [];
  for (const token of tokenizeNginx(text, out)) {
    if (token.kind === 'word') {
      words.push(token);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (token.kind === ';') {
      if (words.length === 0) out.addError('Unexpected ";"', token.start);
      else addDirective(text, words, parent, out);
    } else if (token.kind === '{') {
      const name = words[0];
      if (name === undefined) {
        out.addError('Block without a name', token.start);
        stack.push({ id: out.openBlock([''], token.start, parent?.id), path: parent?.path ?? KeyPath.ROOT, start: token.start });
      } else {
        addDirective(text, words, parent, out);
        const id = out.openBlock(
          words.map((word) => word.value),
          name.start,
          parent?.id,
        );
        stack.push({ id, path: (parent?.path ?? KeyPath.ROOT).child(name.value), start: name.start });
      }
    } else {
      if (words.length > 0) {
        out.addError('Directive without a closing ";"', words[0]?.start);
        addDirective(text, words, parent, out);
      }
      const closed = stack.pop();
      if (closed === undefined) out.addError('Unexpected "}"', token.start);
      else out.closeBlock(closed.id, token.end);
    }
    words = [];
  }
  if (words.length > 0) {
    out.addError('Directive without a closing ";" at the end of the file', words[0]?.start);
    addDirective(text, words, stack[stack.length - 1], out);
  }
  for (const open of stack) {
    out.addError('Block is never closed', open.start);
    out.closeBlock(open.id, text.length);
  }
}

function addDirective(text: string, words: readonly NginxWord[], parent: OpenBlock | undefined, out: ConfigModelBuilder): void {
  const [name, first] = words;
  const last = words[words.length - 1];
  if (name === undefined || last === undefined) return;
  const argumentsRange: Range = first === undefined ? { start: name.end, end: name.end } : { start: first.start, end: last.end };
  out.addEntry(
    directiveEntry({
      text,
      path: parent?.path ?? KeyPath.ROOT,
      key: name.value,
      keyRange: { start: name.start, end: name.end },
      argumentsRange,
      ...(parent === undefined ? {} : { blockId: parent.id }),
    }),
  );
}

/** nginx's own lexing: quotes only open at the start of a word, `\` escapes anywhere, `${var}` stays in a word. */
function* tokenizeNginx(text: string, out: ConfigModelBuilder): Generator<NginxToken> {
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code)) {
      index++;
      continue;
    }
    if (code === 35) {
      const end = lineEnd(text, index);
      out.addComment(index, end);
      index = end;
      continue;
    }
    if (code === 59 || code === 123 || code === 125) {
      yield { kind: code === 59 ? ';' : code === 123 ? '{' : '}', start: index, end: index + 1 };
      index++;
      continue;
    }
    if (code === 34 || code === 39) {
      const word = readQuoted(text, index, code, out);
      yield word;
      index = word.end;
      continue;
    }
    const word = readBare(text, index);
    yield word;
    index = word.end;
  }
}

function readQuoted(text: string, start: number, quote: number, out: ConfigModelBuilder): NginxWord {
  let value = '';
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === quote) return { kind: 'word', start, end: index + 1, value };
    if (code === 92 && index + 1 < text.length) {
      const next = text[index + 1] ?? '';
      value += QUOTED_ESCAPES[next] ?? `\\${next}`;
      index += 2;
      continue;
    }
    value += text[index] ?? '';
    index++;
  }
  out.addError('Unclosed quote', start);
  return { kind: 'word', start, end: text.length, value };
}

const QUOTED_ESCAPES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '\\': '\\', t: '\t', r: '\r', n: '\n' };

function readBare(text: string, start: number): NginxWord {
  let value = '';
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code) || code === 59 || code === 125) break;
    if (code === 123) {
      // `${name}` is a variable inside the word, not the start of a block.
      if (text.charCodeAt(index - 1) !== 36 || index === start) break;
      const close = variableEnd(text, index);
      value += text.slice(index, close);
      index = close;
      continue;
    }
    if (code === 92 && index + 1 < text.length) {
      value += text[index + 1] ?? '';
      index += 2;
      continue;
    }
    value += text[index] ?? '';
    index++;
  }
  return { kind: 'word', start, end: index, value };
}

/** The offset after the `}` closing a `${` variable, or the end of the word if there is none. */
function variableEnd(text: string, open: number): number {
  for (let index = open + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 125) return index + 1;
    if (isWhitespace(code) || code === 59 || code === 123) return index;
  }
  return text.length;
}

function lineEnd(text: string, start: number): number {
  let index = start;
  while (index < text.length && text.charCodeAt(index) !== 10 && text.charCodeAt(index) !== 13) index++;
  return index;
}
