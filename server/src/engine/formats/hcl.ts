/**
 * HCL / Terraform: blocks with labels (`resource "aws_lb_listener" "web" { … }`), nested blocks,
 * attributes (`port = 443`), and in attribute values, object and tuple constructors, whose items
 * become entries too. Nesting of both blocks and expressions is kept on explicit stacks.
 *
 * Entries:
 * - an attribute: `path` = [block type, ...labels, nested block type, ...its labels, name], e.g.
 *   ['resource', 'aws_lb_listener', 'web', 'default_action', 'type']; `value` = a string's
 *   contents (escapes decoded, `${…}` kept as written) with `valueRange` inside the quotes, a
 *   heredoc's body, or otherwise the expression's text (`443`, `true`, `var.port`,
 *   `["a", "b"]`); `blockId` = the innermost block;
 * - an item of an object or tuple constructor in a value (also inside a call such as
 *   `jsonencode({ … })` or `merge(x, { … })`): `path` extends the attribute's with the object key
 *   or the tuple index, e.g. ['resource', 'aws_s3_bucket', 'b', 'tags', 'Name']; a constructor's
 *   own entry has an undefined `value` and a `valueRange` spanning its brackets.
 * Blocks: one per block, labels [type, ...labels], with `parentId` for nested blocks.
 */
import type { Range } from '../contract';
import { tokenizeHcl, type HclToken } from './hcl-tokens';
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';

interface BodyFrame {
  readonly blockId: number;
  readonly path: KeyPath;
  readonly start: number;
}

interface ItemKey {
  readonly name: string;
  readonly range: Range;
}

/** A frame whose contents are items that become entries: the attribute itself, an object, a tuple. */
interface ItemFrame {
  readonly kind: 'attribute' | 'object' | 'tuple';
  readonly path: KeyPath;
  readonly closer: string;
  /** The entry of the constructor itself, given its end when it closes; -1 for the attribute. */
  readonly entryIndex: number;
  readonly start: number;
  /** An object item runs key, separator (`=` or `:`), value start, value; other items start at value start. */
  state: 'key' | 'separator' | 'valueStart' | 'value';
  key: ItemKey | undefined;
  /** Index of the next tuple element. */
  index: number;
  /** The current item's first and last tokens, and whether its value was a constructor (already an entry). */
  first: number;
  last: number;
  constructorValue: boolean;
  /** The current item's entry, added when its value starts so entries stay in document order. */
  itemEntry: number;
}

/** `(…)` and brackets inside larger expressions: no entries, but a `{`/`[` starting an argument is itemised. */
interface GroupFrame {
  readonly kind: 'group' | 'opaque';
  readonly closer: string;
  readonly owner: ItemFrame;
  readonly path: KeyPath;
  atArgumentStart: boolean;
}

type ExpressionFrame = ItemFrame | GroupFrame;

function isGroup(frame: ExpressionFrame): frame is GroupFrame {
  return frame.kind === 'group' || frame.kind === 'opaque';
}

interface Context {
  readonly text: string;
  readonly tokens: readonly HclToken[];
  readonly out: ConfigModelBuilder;
}

export function parseHcl(text: string, out: ConfigModelBuilder): void {
  const context: Context = { text, tokens: tokenizeHcl(text, out), out };
  const { tokens } = context;
  const bodies: BodyFrame[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'newline') {
      index++;
      continue;
    }
    const body = bodies[bodies.length - 1];
    if (token.kind === 'symbol' && token.text === '}') {
      const closed = bodies.pop();
      if (closed === undefined) out.addError('Unexpected "}"', token.start);
      else out.closeBlock(closed.blockId, token.end);
      index++;
      continue;
    }
    if (token.kind !== 'identifier') {
      out.addError(`Expected an attribute or block, found "${context.text.slice(token.start, Math.min(token.end, token.start + 20))}"`, token.start);
      index = skipLine(tokens, index);
      continue;
    }
    const next = tokens[index + 1];
    if (next?.kind === 'symbol' && next.text === '=') {
      index = parseAttribute(context, index, body);
      continue;
    }
    index = openBlock(context, index, body, bodies);
  }
  for (const open of bodies) {
    out.addError('Block is never closed', open.start);
    out.closeBlock(open.blockId, text.length);
  }
}

/** `type "label" label2 {`: opens the block, or reports the line and skips it. */
function openBlock(context: Context, at: number, parent: BodyFrame | undefined, bodies: BodyFrame[]): number {
  const { tokens, out } = context;
  const type = tokens[at];
  if (type?.kind !== 'identifier') return at + 1;
  const labels = [type.text];
  let index = at + 1;
  for (let token = tokens[index]; token !== undefined; token = tokens[++index]) {
    if (token.kind === 'string') labels.push(token.value);
    else if (token.kind === 'identifier') labels.push(token.text);
    else break;
  }
  const brace = tokens[index];
  if (brace?.kind !== 'symbol' || brace.text !== '{') {
    out.addError(`Expected "=" or "{" after ${type.text}`, type.start);
    return skipLine(tokens, at);
  }
  const blockId = out.openBlock(labels, type.start, parent?.blockId);
  bodies.push({ blockId, path: (parent?.path ?? KeyPath.ROOT).extend(labels), start: type.start });
  return index + 1;
}

/** Parses `name = expression` starting at the name; returns the index of the token that ended it. */
function parseAttribute(context: Context, at: number, body: BodyFrame | undefined): number {
  const { tokens, out } = context;
  const name = tokens[at];
  if (name?.kind !== 'identifier') return at + 1;
  const attribute: ItemFrame = {
    kind: 'attribute',
    path: body?.path ?? KeyPath.ROOT,
    closer: '',
    entryIndex: -1,
    start: name.start,
    state: 'valueStart',
    key: { name: name.text, range: { start: name.start, end: name.end } },
    index: 0,
    first: -1,
    last: -1,
    constructorValue: false,
    itemEntry: -1,
  };
  const blockId = body?.blockId;
  const stack: ExpressionFrame[] = [attribute];
  const openClosers = new Map<string, number>();
  let index = at + 2;
  for (; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    const frame = stack[stack.length - 1];
    if (frame === undefined) break;
    if (frame === attribute && (token.kind === 'newline' || isSymbol(token, '}'))) break;
    // A "}" that no expression bracket is waiting for closes the block: the value was cut short.
    if (isSymbol(token, '}') && (openClosers.get('}') ?? 0) === 0) break;
    if (token.kind === 'symbol' && (token.text === ')' || token.text === ']' || token.text === '}') && token.text !== frame.closer) {
      if ((openClosers.get(token.text) ?? 0) === 0) {
        out.addError(`Unexpected "${token.text}"`, token.start);
        continue;
      }
      // Close the frames left open inside the one this bracket closes, then close that one below.
      while (stack.length > 1 && stack[stack.length - 1]?.closer !== token.text) {
        const unclosed = stack.pop();
        if (unclosed !== undefined) closeFrame(context, unclosed, token.start, openClosers, blockId);
        out.addError('Unclosed bracket in an expression', token.start);
      }
    }
    stepExpression(context, stack, openClosers, index, blockId);
  }
  const cutAt = tokens[index]?.start ?? context.text.length;
  while (stack.length > 1) {
    const unclosed = stack.pop();
    if (unclosed === undefined) break;
    out.addError('Unclosed bracket in an expression', isGroup(unclosed) ? cutAt : unclosed.start);
    closeFrame(context, unclosed, cutAt, openClosers, blockId);
  }
  finishItem(context, attribute, blockId);
  return index;
}

/** Feeds one token to the innermost expression frame. */
function stepExpression(context: Context, stack: ExpressionFrame[], openClosers: Map<string, number>, index: number, blockId: number | undefined): void {
  const { tokens } = context;
  const token = tokens[index];
  const frame = stack[stack.length - 1];
  if (token === undefined || frame === undefined) return;
  if (isGroup(frame)) {
    stepGroup(context, stack, openClosers, frame, index);
    return;
  }
  if (isSymbol(token, frame.closer)) {
    finishItem(context, frame, blockId);
    stack.pop();
    closeFrame(context, frame, token.end, openClosers, blockId);
    return;
  }
  const separator = isSymbol(token, ',') || (token.kind === 'newline' && frame.kind === 'object');
  if (frame.state === 'key') {
    if (separator || token.kind === 'newline') return;
    const next = tokens[index + 1];
    if ((token.kind === 'identifier' || token.kind === 'string') && (isSymbol(next, '=') || isSymbol(next, ':'))) {
      frame.key =
        token.kind === 'string'
          ? { name: token.value, range: { start: token.valueStart, end: token.valueEnd } }
          : { name: token.kind === 'identifier' ? token.text : '', range: { start: token.start, end: token.end } };
      frame.state = 'separator';
      return;
    }
    frame.key = undefined;
    frame.state = 'value';
  }
  if (frame.state === 'separator') {
    // The key was only taken after looking ahead at this "=" or ":", which is not part of the value.
    frame.state = 'valueStart';
    return;
  }
  if (frame.state === 'valueStart') {
    if (token.kind === 'newline') return;
    if (separator) {
      finishItem(context, frame, blockId);
      return;
    }
    frame.first = index;
    frame.last = index;
    frame.state = 'value';
    if (isSymbol(token, '{') || isSymbol(token, '[')) {
      const key = itemKey(frame, { start: token.start, end: token.end });
      frame.constructorValue = key !== undefined;
      if (key !== undefined) {
        const path = frame.path.child(key.name);
        const entryIndex = context.out.addEntry({
          path,
          key: key.name,
          keyRange: key.range,
          valueRange: { start: token.start, end: token.end },
          ...(blockId === undefined ? {} : { blockId }),
        });
        pushItemFrame(stack, openClosers, token, path, entryIndex);
        return;
      }
    }
    const key = itemKey(frame, { start: token.start, end: token.end });
    if (key !== undefined) {
      frame.itemEntry = context.out.addEntry({
        path: frame.path.child(key.name),
        key: key.name,
        keyRange: key.range,
        ...(blockId === undefined ? {} : { blockId }),
      });
    }
    stepValueToken(stack, openClosers, frame, token);
    return;
  }
  if (separator) {
    finishItem(context, frame, blockId);
    return;
  }
  if (token.kind !== 'newline') frame.last = index;
  stepValueToken(stack, openClosers, frame, token);
}

/** A token inside an item's value that is not its first: brackets open groups whose contents are not items. */
function stepValueToken(stack: ExpressionFrame[], openClosers: Map<string, number>, owner: ItemFrame, token: HclToken): void {
  if (token.kind !== 'symbol') return;
  const closer = CLOSERS[token.text];
  if (closer === undefined) return;
  push(stack, openClosers, { kind: token.text === '(' ? 'group' : 'opaque', closer, owner, path: itemPath(owner), atArgumentStart: true });
}

function stepGroup(context: Context, stack: ExpressionFrame[], openClosers: Map<string, number>, frame: GroupFrame, index: number): void {
  const token = context.tokens[index];
  if (token === undefined) return;
  if (token.kind !== 'newline') frame.owner.last = index;
  if (isSymbol(token, frame.closer)) {
    stack.pop();
    decrement(openClosers, frame.closer);
    return;
  }
  if (token.kind === 'newline') return;
  const argumentStart = frame.atArgumentStart;
  frame.atArgumentStart = isSymbol(token, ',');
  if (token.kind !== 'symbol') return;
  const closer = CLOSERS[token.text];
  if (closer === undefined) return;
  if (frame.kind === 'group' && argumentStart && token.text !== '(') {
    // `jsonencode({ … })`: a constructor passed as an argument is itemised at the owner's path.
    pushItemFrame(stack, openClosers, token, frame.path, -1);
    return;
  }
  push(stack, openClosers, { kind: token.text === '(' ? 'group' : 'opaque', closer, owner: frame.owner, path: frame.path, atArgumentStart: true });
}

function pushItemFrame(stack: ExpressionFrame[], openClosers: Map<string, number>, token: HclToken, path: KeyPath, entryIndex: number): void {
  const isObject = isSymbol(token, '{');
  push(stack, openClosers, {
    kind: isObject ? 'object' : 'tuple',
    path,
    closer: isObject ? '}' : ']',
    entryIndex,
    start: token.start,
    state: isObject ? 'key' : 'valueStart',
    key: undefined,
    index: 0,
    first: -1,
    last: -1,
    constructorValue: false,
    itemEntry: -1,
  });
}

function push(stack: ExpressionFrame[], openClosers: Map<string, number>, frame: ExpressionFrame): void {
  stack.push(frame);
  openClosers.set(frame.closer, (openClosers.get(frame.closer) ?? 0) + 1);
}

function decrement(openClosers: Map<string, number>, closer: string): void {
  openClosers.set(closer, Math.max(0, (openClosers.get(closer) ?? 0) - 1));
}

function closeFrame(context: Context, frame: ExpressionFrame, end: number, openClosers: Map<string, number>, blockId: number | undefined): void {
  decrement(openClosers, frame.closer);
  if (isGroup(frame)) return;
  if (frame.state === 'value') finishItem(context, frame, blockId);
  const entry = context.out.entryAt(frame.entryIndex);
  if (entry !== undefined) context.out.replaceEntry(frame.entryIndex, { ...entry, valueRange: { start: frame.start, end } });
}

/** Ends the current item: a scalar item becomes an entry; then the frame waits for the next one. */
function finishItem(context: Context, frame: ItemFrame, blockId: number | undefined): void {
  const first = context.tokens[frame.first];
  const last = context.tokens[frame.last];
  const key = itemKey(frame, { start: first?.start ?? frame.start, end: last?.end ?? frame.start });
  if (key !== undefined && !frame.constructorValue && frame.state === 'value' && first !== undefined && last !== undefined) {
    const single = frame.first === frame.last && (first.kind === 'string' || first.kind === 'heredoc') ? first : undefined;
    const entry = context.out.entryAt(frame.itemEntry);
    context.out.replaceEntry(frame.itemEntry, {
      path: entry?.path ?? [],
      key: key.name,
      keyRange: key.range,
      value: single !== undefined ? single.value : context.text.slice(first.start, last.end),
      valueRange: single !== undefined ? { start: single.valueStart, end: single.valueEnd } : { start: first.start, end: last.end },
      ...(blockId === undefined ? {} : { blockId }),
    });
  } else if (key !== undefined && frame.state === 'valueStart' && frame.kind === 'attribute') {
    context.out.addError(`${key.name} has no value`, key.range.start);
  }
  if (frame.kind === 'tuple' && frame.state !== 'valueStart') frame.index++;
  frame.state = frame.kind === 'object' ? 'key' : 'valueStart';
  frame.first = -1;
  frame.last = -1;
  frame.constructorValue = false;
  frame.itemEntry = -1;
  if (frame.kind !== 'attribute') frame.key = undefined;
}

/**
 * The key of the frame's current item: the attribute's name, an object key, or a tuple index,
 * whose range is the element's own (`valueRange`), as for JSON arrays.
 */
function itemKey(frame: ItemFrame, valueRange: Range): ItemKey | undefined {
  if (frame.kind === 'tuple') return { name: String(frame.index), range: valueRange };
  return frame.key;
}

/** The path of the frame's current item, where constructors passed to calls in its value are itemised. */
function itemPath(frame: ItemFrame): KeyPath {
  if (frame.kind === 'tuple') return frame.path.child(String(frame.index));
  return frame.key === undefined ? frame.path : frame.path.child(frame.key.name);
}

const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

function isSymbol(token: HclToken | undefined, symbol: string): boolean {
  return token?.kind === 'symbol' && token.text === symbol;
}

function skipLine(tokens: readonly HclToken[], from: number): number {
  let index = from;
  while (index < tokens.length && tokens[index]?.kind !== 'newline') index++;
  return index;
}
