/**
 * XML (`pom.xml`, `web.config`, Spring contexts) with a small position-keeping tokenizer:
 * elements, attributes, text, comments, CDATA, processing instructions and DOCTYPE. A DOCTYPE is
 * kept as a token and never expanded, so entity tricks (XXE, billion laughs) cannot reach here;
 * only the five predefined entities and character references are decoded.
 *
 * Entries, in document order:
 * - one per element: `key` = its name as written (prefix included), `path` = the element names
 *   from the root down to it, e.g. ['project', 'repositories', 'repository', 'url']; `value` = its
 *   text (CDATA included, entities decoded, trimmed) when it has no child elements, '' for
 *   `<a></a>`, undefined for `<a/>` and for elements with children; `blockId` = the parent
 *   element's block, so sibling elements share one;
 * - one per attribute: `key` = '@name', `path` = [...element path, '@name'], `blockId` = the
 *   element's own block, so one element's attributes share one.
 * Blocks: one per element, labels [name]. Errors: unclosed and mismatched tags, unterminated
 * comments, CDATA, strings and markup.
 */
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';
import { isDigit, isHexDigit, isWhitespace } from './text-scan';

interface OpenElement {
  readonly name: string;
  readonly start: number;
  readonly blockId: number;
  readonly path: KeyPath;
  readonly entryIndex: number;
  hasChildren: boolean;
  readonly text: string[];
  textStart: number;
  textEnd: number;
  contentStart: number;
}

class ElementStack {
  readonly open: OpenElement[] = [];
  private readonly counts = new Map<string, number>();

  top(): OpenElement | undefined {
    return this.open[this.open.length - 1];
  }

  push(element: OpenElement): void {
    this.open.push(element);
    this.counts.set(element.name, (this.counts.get(element.name) ?? 0) + 1);
  }

  pop(): OpenElement | undefined {
    const element = this.open.pop();
    if (element !== undefined) this.counts.set(element.name, (this.counts.get(element.name) ?? 1) - 1);
    return element;
  }

  isOpen(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }
}

interface XmlState {
  readonly text: string;
  readonly out: ConfigModelBuilder;
  readonly stack: ElementStack;
  rootCount: number;
}

export function parseXml(text: string, out: ConfigModelBuilder): void {
  const state: XmlState = { text, out, stack: new ElementStack(), rootCount: 0 };
  let index = 0;
  while (index < text.length) {
    const next = text.indexOf('<', index);
    const textEnd = next < 0 ? text.length : next;
    if (textEnd > index) addText(state, index, textEnd, decodeEntities(text.slice(index, textEnd)));
    if (next < 0) break;
    index = readMarkup(state, next);
  }
  for (let open = state.stack.pop(); open !== undefined; open = state.stack.pop()) {
    out.addError(`<${open.name}> is never closed`, open.start);
    finishElement(state, open, text.length, text.length);
  }
}

/** Reads the markup starting at the `<` at `start`; returns the offset after it. */
function readMarkup(state: XmlState, start: number): number {
  const { text, out } = state;
  if (text.startsWith('<!--', start)) return readDelimited(state, start, '-->', 'comment');
  if (text.startsWith('<![CDATA[', start)) {
    const close = text.indexOf(']]>', start + 9);
    if (close < 0) out.addError('CDATA section is never closed', start);
    const contentEnd = close < 0 ? text.length : close;
    addText(state, start + 9, contentEnd, text.slice(start + 9, contentEnd));
    return close < 0 ? text.length : close + 3;
  }
  if (text.startsWith('<?', start)) return readDelimited(state, start, '?>', 'processing instruction');
  if (text.startsWith('<!', start)) return readDeclaration(state, start);
  if (text.startsWith('</', start)) return readEndTag(state, start);
  const nameEnd = readName(text, start + 1);
  if (nameEnd === start + 1) {
    out.addError('A "<" that starts no tag', start);
    addText(state, start, start + 1, '<');
    return start + 1;
  }
  return readStartTag(state, start, nameEnd);
}

function readDelimited(state: XmlState, start: number, terminator: string, what: string): number {
  const close = state.text.indexOf(terminator, start + 2);
  const end = close < 0 ? state.text.length : close + terminator.length;
  if (close < 0) state.out.addError(`The ${what} is never closed`, start);
  if (what === 'comment') state.out.addComment(start, end);
  return end;
}

/** `<!DOCTYPE …>` and other declarations, skipping an internal subset's brackets, strings and comments. */
function readDeclaration(state: XmlState, start: number): number {
  const { text } = state;
  let depth = 0;
  let index = start + 2;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 34 || code === 39) {
      const close = text.indexOf(text[index] ?? '"', index + 1);
      if (close < 0) break;
      index = close + 1;
      continue;
    }
    if (code === 60 && text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      if (close < 0) break;
      state.out.addComment(index, close + 3);
      index = close + 3;
      continue;
    }
    if (code === 91) depth++;
    else if (code === 93) depth--;
    else if (code === 62 && depth <= 0) return index + 1;
    index++;
  }
  state.out.addError('Declaration is never closed', start);
  return text.length;
}

function readStartTag(state: XmlState, start: number, nameEnd: number): number {
  const { text, out, stack } = state;
  const name = text.slice(start + 1, nameEnd);
  const parent = stack.top();
  if (parent === undefined) {
    state.rootCount++;
    if (state.rootCount === 2) out.addError('More than one root element', start);
  } else {
    parent.hasChildren = true;
  }
  const path = (parent?.path ?? KeyPath.ROOT).child(name);
  const entryIndex = out.addEntry({
    path,
    key: name,
    keyRange: { start: start + 1, end: nameEnd },
    ...(parent === undefined ? {} : { blockId: parent.blockId }),
  });
  const blockId = out.openBlock([name], start, parent?.blockId);
  const { end, selfClosing } = readAttributes(state, nameEnd, path, blockId);
  const element: OpenElement = {
    name,
    start,
    blockId,
    path,
    entryIndex,
    hasChildren: false,
    text: [],
    textStart: -1,
    textEnd: -1,
    contentStart: end,
  };
  if (selfClosing) {
    out.closeBlock(blockId, end);
    return end;
  }
  stack.push(element);
  return end;
}

/** Reads attributes up to `>` or `/>`; returns the offset after the tag and whether it closed itself. */
function readAttributes(state: XmlState, from: number, path: KeyPath, blockId: number): { end: number; selfClosing: boolean } {
  const { text, out } = state;
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code)) {
      index++;
      continue;
    }
    if (code === 62) return { end: index + 1, selfClosing: false };
    if (code === 47 && text.charCodeAt(index + 1) === 62) return { end: index + 2, selfClosing: true };
    if (code === 60) {
      out.addError('Tag is never closed', from);
      return { end: index, selfClosing: true };
    }
    const nameEnd = readName(text, index);
    if (nameEnd === index) {
      out.addError(`Unexpected "${text[index] ?? ''}" in a tag`, index);
      index++;
      continue;
    }
    const key = `@${text.slice(index, nameEnd)}`;
    const keyRange = { start: index, end: nameEnd };
    let position = skipWhitespace(text, nameEnd);
    if (text.charCodeAt(position) !== 61) {
      out.addError(`Attribute ${key.slice(1)} has no value`, index);
      out.addEntry({ path: path.child(key), key, keyRange, value: '', valueRange: { start: nameEnd, end: nameEnd }, blockId });
      index = nameEnd;
      continue;
    }
    position = skipWhitespace(text, position + 1);
    const quote = text.charCodeAt(position);
    if (quote !== 34 && quote !== 39) {
      // HTML habits such as `a=b`: report, but keep the value up to the next blank or tag end.
      out.addError(`The value of ${key.slice(1)} is not quoted`, position);
      let valueEnd = position;
      while (valueEnd < text.length && !isWhitespace(text.charCodeAt(valueEnd)) && text.charCodeAt(valueEnd) !== 62 && !text.startsWith('/>', valueEnd)) valueEnd++;
      out.addEntry({ path: path.child(key), key, keyRange, value: text.slice(position, valueEnd), valueRange: { start: position, end: valueEnd }, blockId });
      index = valueEnd;
      continue;
    }
    const close = text.indexOf(text[position] ?? '"', position + 1);
    const valueEnd = close < 0 ? text.length : close;
    if (close < 0) out.addError(`The value of ${key.slice(1)} is never closed`, position);
    out.addEntry({
      path: path.child(key),
      key,
      keyRange,
      value: decodeEntities(text.slice(position + 1, valueEnd)),
      valueRange: { start: position + 1, end: valueEnd },
      blockId,
    });
    index = close < 0 ? text.length : close + 1;
  }
  out.addError('Tag is never closed', from);
  return { end: text.length, selfClosing: true };
}

function readEndTag(state: XmlState, start: number): number {
  const { text, out, stack } = state;
  const nameEnd = readName(text, start + 2);
  const name = text.slice(start + 2, nameEnd);
  let end = skipWhitespace(text, nameEnd);
  if (text.charCodeAt(end) === 62) end++;
  else out.addError(`</${name}> is not closed with ">"`, start);
  if (!stack.isOpen(name)) {
    out.addError(`</${name}> closes no open element`, start);
    return end;
  }
  for (let open = stack.pop(); open !== undefined; open = stack.pop()) {
    if (open.name === name) {
      finishElement(state, open, start, end);
      return end;
    }
    out.addError(`<${open.name}> is never closed`, open.start);
    finishElement(state, open, start, start);
  }
  return end;
}

/** Text and CDATA: outside the root only whitespace is allowed; inside, it joins the element's value. */
function addText(state: XmlState, start: number, end: number, decoded: string): void {
  const { text, out, stack } = state;
  const element = stack.top();
  let first = start;
  while (first < end && isWhitespace(text.charCodeAt(first))) first++;
  if (element === undefined) {
    if (first < end) out.addError('Text outside the root element', first);
    return;
  }
  element.text.push(decoded);
  if (first >= end) return;
  let last = end;
  while (last > first && isWhitespace(text.charCodeAt(last - 1))) last--;
  if (element.textStart < 0) element.textStart = first;
  element.textEnd = last;
}

/** `contentEnd` is where the end tag starts, `end` where the element ends. */
function finishElement(state: XmlState, element: OpenElement, contentEnd: number, end: number): void {
  state.out.closeBlock(element.blockId, end);
  if (element.hasChildren) return;
  const value = element.text.join('').trim();
  // Empty content still gets a position, where a fix would insert a value.
  const valueRange =
    element.textStart < 0
      ? { start: element.contentStart, end: Math.min(element.contentStart, contentEnd) }
      : { start: element.textStart, end: element.textEnd };
  const entry = state.out.entryAt(element.entryIndex);
  if (entry !== undefined) state.out.replaceEntry(element.entryIndex, { ...entry, value, valueRange });
}

/** XML names: anything up to whitespace or markup punctuation (prefixes such as `beans:bean` included). */
function readName(text: string, start: number): number {
  let index = start;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (isWhitespace(code) || code === 62 || code === 47 || code === 61 || code === 60 || code === 34 || code === 39) break;
    index++;
  }
  return index;
}

function skipWhitespace(text: string, start: number): number {
  let index = start;
  while (index < text.length && isWhitespace(text.charCodeAt(index))) index++;
  return index;
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references; any other entity stays as written. */
function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  let result = '';
  let index = 0;
  while (index < raw.length) {
    const amp = raw.indexOf('&', index);
    if (amp < 0) break;
    result += raw.slice(index, amp);
    // Entity names here are short; looking no further keeps text full of bare `&` linear.
    const window = raw.slice(amp + 1, amp + 12).indexOf(';');
    const semicolon = window < 0 ? -1 : amp + 1 + window;
    const name = semicolon < 0 ? '' : raw.slice(amp + 1, semicolon);
    const decoded = decodeEntity(name);
    if (decoded === undefined) {
      result += '&';
      index = amp + 1;
    } else {
      result += decoded;
      index = semicolon + 1;
    }
  }
  return result + raw.slice(index);
}

function decodeEntity(name: string): string | undefined {
  const predefined = PREDEFINED_ENTITIES[name];
  if (predefined !== undefined) return predefined;
  if (!name.startsWith('#')) return undefined;
  const hex = name.startsWith('#x') || name.startsWith('#X');
  const digits = name.slice(hex ? 2 : 1);
  const valid = hex ? isHexDigit : isDigit;
  if (digits === '' || ![...digits].every((digit) => valid(digit.charCodeAt(0)))) return undefined;
  const codePoint = Number.parseInt(digits, hex ? 16 : 10);
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
}
