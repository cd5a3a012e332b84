/**
 * YAML (Kubernetes, Compose, CI pipelines, CloudFormation) through the `yaml` package: its lexer
 * and CST parser give every token's offset, its composer reports the errors, and entries come
 * from walking the CST here with an explicit stack. The package's composer recurses per level and
 * gives up a few hundred levels down; its CST parser does not, so deep files still yield entries.
 *
 * Entries: one per mapping pair and sequence item, in document order, with `path` from the
 * document root (sequence indexes as '0', '1', ...). `value` = the scalar's resolved text
 * (quotes removed, escapes and block scalars resolved, plain scalars as written), '' for an empty
 * value, undefined for mappings and sequences, whose `valueRange` spans the collection. Quoted
 * keys and values have ranges inside the quotes; a block sequence item's `keyRange` is its `-`.
 * Aliases resolve to their anchor (a scalar's `valueRange` points at the anchored text), and
 * merge keys (`<<: *base`) add the anchored mapping's entries at the merging mapping's path.
 * Blocks: one per document, labels ['document', index]; every entry carries its document's id.
 */
import { Composer, CST, Lexer, Parser } from 'yaml';
import type { Range } from '../contract';
import { KeyPath } from './key-path';
import type { ConfigModelBuilder } from './model-builder';
import { trimEndBlanks } from './text-scan';

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
type Item = CST.CollectionItem;

interface Frame {
  readonly collection: Collection;
  readonly isMap: boolean;
  readonly path: KeyPath;
  /** The entry whose value this collection is, to be given its end; -1 when there is none. */
  readonly entryIndex: number;
  /** Reached through an alias: its ranges lie at the anchor, so they do not extend the parent. */
  readonly expanded: boolean;
  next: number;
  end: number;
}

interface Walk {
  readonly text: string;
  readonly out: ConfigModelBuilder;
  readonly blockId: number;
  readonly anchors: Map<string, CST.Token>;
  readonly stack: Frame[];
  readonly active: Set<Collection>;
  /** Items that alias expansion may still visit, so `*a` nested a thousand times cannot explode. */
  budget: number;
}

interface Key {
  readonly name: string;
  readonly range: Range;
}

export function parseYaml(text: string, out: ConfigModelBuilder): void {
  const tokens = lexAndParse(text, out);
  // Composing the documents only finds errors, and few callers read them: compose on demand.
  out.addDeferredErrors((addError) => reportComposerErrors(tokens, addError));
  let documentIndex = 0;
  const budget = { remaining: text.length + 1000 };
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    walkDocument(text, token, documentIndex, budget, out);
    documentIndex++;
  }
}

/** Lexes once, feeding each lexeme to the CST parser and recording comments with their offsets. */
function lexAndParse(text: string, out: ConfigModelBuilder): CST.Token[] {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let afterScalarMarker = false;
  for (const lexeme of new Lexer().lex(text)) {
    // The lexeme after a scalar marker is scalar text, which may legitimately contain '#'.
    if (!afterScalarMarker && lexeme.startsWith('#')) out.addComment(parser.offset, parser.offset + lexeme.length);
    afterScalarMarker = lexeme === CST.SCALAR;
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

function reportComposerErrors(tokens: readonly CST.Token[], addError: (message: string, offset?: number) => void): void {
  try {
    const composer = new Composer();
    for (const document of composer.compose(tokens)) {
      for (const error of document.errors) addError(error.message, error.pos[0]);
    }
    for (const error of composer.streamInfo().errors) addError(error.message, error.pos[0]);
  } catch (error) {
    addError(`YAML could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function walkDocument(text: string, document: CST.Document, index: number, budget: { remaining: number }, out: ConfigModelBuilder): void {
  const blockId = out.openBlock(['document', String(index)], document.offset);
  const walk: Walk = { text, out, blockId, anchors: new Map(), stack: [], active: new Set(), budget: budget.remaining };
  let end = document.offset;
  if (document.value !== undefined) {
    registerAnchors(walk, document.start, document.value);
    const root = resolveAlias(walk, document.value);
    if (root !== undefined && CST.isCollection(root)) pushCollection(walk, root, KeyPath.ROOT, -1, root !== document.value);
    end = drain(walk, tokenEnd(text, document.value));
  }
  budget.remaining = walk.budget;
  out.closeBlock(blockId, end);
}

/** Visits items until the stack is empty; returns the furthest offset the document's own items reach. */
function drain(walk: Walk, initialEnd: number): number {
  let rootEnd = initialEnd;
  for (let frame = walk.stack[walk.stack.length - 1]; frame !== undefined; frame = walk.stack[walk.stack.length - 1]) {
    const item = frame.collection.items[frame.next];
    if (item === undefined || (frame.expanded && walk.budget <= 0)) {
      popCollection(walk, frame);
      if (walk.stack.length === 0 && !frame.expanded) rootEnd = Math.max(rootEnd, frame.end);
      continue;
    }
    frame.next++;
    if (frame.expanded) walk.budget--;
    if (frame.isMap) visitPair(walk, frame, frame.path, item);
    else visitSequenceItem(walk, frame, item, frame.next - 1);
  }
  return rootEnd;
}

function visitPair(walk: Walk, frame: Frame, path: KeyPath, item: Item): void {
  const key = resolveKey(walk, item);
  if (!frame.expanded && item.key !== undefined && item.key !== null) registerAnchors(walk, item.start, item.key);
  if (key.name === '<<' && item.key?.type === 'scalar' && item.value !== undefined && mergeSources(walk, frame, path, item.value)) return;
  const valueAt = separatorEnd(item) ?? key.range.end;
  visitValue(walk, frame, { path: path.child(key.name), key, value: item.value, props: item.sep ?? [], emptyAt: valueAt });
}

function visitSequenceItem(walk: Walk, frame: Frame, item: Item, index: number): void {
  const name = String(index);
  if (item.sep !== undefined && item.sep.some((token) => token.type === 'map-value-ind')) {
    // `[a: 1]`: a flow sequence item that is a single-pair mapping.
    visitPair(walk, frame, frame.path.child(name), item);
    return;
  }
  const indicator = item.start.find((token) => token.type === 'seq-item-ind');
  const valueRange = item.value === undefined ? undefined : scalarOrTokenRange(walk.text, item.value);
  const keyRange = indicator !== undefined ? { start: indicator.offset, end: indicator.offset + 1 } : (valueRange ?? { start: frame.end, end: frame.end });
  visitValue(walk, frame, {
    path: frame.path.child(name),
    key: { name, range: keyRange },
    value: item.value,
    props: item.start,
    emptyAt: keyRange.end,
  });
}

interface ValueVisit {
  readonly path: KeyPath;
  readonly key: Key;
  readonly value: CST.Token | undefined;
  /** Tokens before the value that may hold its anchor. */
  readonly props: readonly CST.SourceToken[];
  /** Where an empty value sits. */
  readonly emptyAt: number;
}

function visitValue(walk: Walk, frame: Frame, visit: ValueVisit): void {
  const { text, out, blockId } = walk;
  const { path, key, value, props, emptyAt } = visit;
  const base = { path, key: key.name, keyRange: key.range, blockId };
  extend(frame, key.range.end);
  if (value === undefined) {
    out.addEntry({ ...base, value: '', valueRange: { start: emptyAt, end: emptyAt } });
    extend(frame, emptyAt);
    return;
  }
  if (!frame.expanded) registerAnchors(walk, props, value);
  const target = resolveAlias(walk, value);
  const aliased = target !== value;
  if (target !== undefined && CST.isCollection(target)) {
    const ownRange = { start: value.offset, end: aliased ? tokenEnd(text, value) : value.offset };
    const entryIndex = out.addEntry({ ...base, valueRange: ownRange });
    if (aliased) {
      extend(frame, ownRange.end);
      if (!walk.active.has(target) && walk.budget > 0) pushCollection(walk, target, path, -1, true);
    } else {
      pushCollection(walk, target, path, entryIndex, frame.expanded);
    }
    return;
  }
  const scalar = target === undefined ? undefined : resolveScalar(text, target);
  if (scalar !== undefined) {
    out.addEntry({ ...base, value: scalar.value, valueRange: scalar.range });
    extend(frame, aliased ? tokenEnd(text, value) : scalar.range.end);
    return;
  }
  // An alias to nothing, or a token the parser could not place: keep its text.
  const range = { start: value.offset, end: tokenEnd(text, value) };
  out.addEntry({ ...base, value: text.slice(range.start, range.end), valueRange: range });
  extend(frame, range.end);
}

/** `<<: *base` or `<<: [*a, *b]`: expands each anchored mapping at the merging map's path. */
function mergeSources(walk: Walk, frame: Frame, path: KeyPath, value: CST.Token): boolean {
  const sources: CST.Token[] = [];
  if (value.type === 'alias') sources.push(value);
  else if (value.type === 'flow-collection' || value.type === 'block-seq') {
    for (const item of value.items) if (item.value?.type === 'alias') sources.push(item.value);
  }
  const maps = sources
    .map((source) => resolveAlias(walk, source))
    .filter((target): target is Collection => target !== undefined && CST.isCollection(target) && isMapping(target));
  if (maps.length === 0) return false;
  extend(frame, tokenEnd(walk.text, value));
  // The stack is last-in first-out: push in reverse so the first source's entries come first.
  for (let index = maps.length - 1; index >= 0; index--) {
    const map = maps[index];
    if (map !== undefined && !walk.active.has(map) && walk.budget > 0) pushCollection(walk, map, path, -1, true);
  }
  return true;
}

function pushCollection(walk: Walk, collection: Collection, path: KeyPath, entryIndex: number, expanded: boolean): void {
  walk.active.add(collection);
  walk.stack.push({ collection, isMap: isMapping(collection), path, entryIndex, expanded, next: 0, end: collection.offset });
}

function popCollection(walk: Walk, frame: Frame): void {
  walk.stack.pop();
  walk.active.delete(frame.collection);
  if (frame.collection.type === 'flow-collection') {
    const close = frame.collection.end.find((token) => token.type === 'flow-map-end' || token.type === 'flow-seq-end');
    if (close !== undefined) frame.end = Math.max(frame.end, close.offset + 1);
  }
  const entry = walk.out.entryAt(frame.entryIndex);
  if (entry !== undefined) walk.out.replaceEntry(frame.entryIndex, { ...entry, valueRange: { start: frame.collection.offset, end: frame.end } });
  const parent = walk.stack[walk.stack.length - 1];
  if (parent !== undefined && !frame.expanded) extend(parent, frame.end);
}

function extend(frame: Frame, end: number): void {
  if (end > frame.end) frame.end = end;
}

function isMapping(collection: Collection): boolean {
  return collection.type === 'block-map' || (collection.type === 'flow-collection' && collection.start.type === 'flow-map-start');
}

function resolveKey(walk: Walk, item: Item): Key {
  const keyToken = item.key;
  const separator = item.sep?.find((token) => token.type === 'map-value-ind');
  if (keyToken === undefined || keyToken === null) {
    const at = separator?.offset ?? item.start[item.start.length - 1]?.offset ?? 0;
    return { name: '', range: { start: at, end: at } };
  }
  const target = resolveAlias(walk, keyToken);
  const scalar = target === undefined ? undefined : resolveScalar(walk.text, target);
  if (scalar !== undefined) {
    return { name: scalar.value, range: target === keyToken ? scalar.range : { start: keyToken.offset, end: tokenEnd(walk.text, keyToken) } };
  }
  // A complex key (a mapping or sequence used as a key) is named by its source text.
  const end = separator?.offset ?? tokenEnd(walk.text, keyToken);
  const start = keyToken.offset;
  const trimmedEnd = trimEndBlanks(walk.text, start, end);
  return { name: walk.text.slice(start, trimmedEnd), range: { start, end: trimmedEnd } };
}

/** The offset just after a pair's `:`, where an empty value sits. */
function separatorEnd(item: Item): number | undefined {
  const separator = item.sep?.find((token) => token.type === 'map-value-ind');
  return separator === undefined ? undefined : separator.offset + 1;
}

function registerAnchors(walk: Walk, props: readonly CST.SourceToken[], node: CST.Token): void {
  for (const token of props) if (token.type === 'anchor') walk.anchors.set(token.source.slice(1), node);
  if (node.type !== 'block-scalar') return;
  for (const token of node.props) if (token.type === 'anchor' && 'source' in token) walk.anchors.set(token.source.slice(1), node);
}

/** The anchored node for an alias, the token itself otherwise; undefined for an unknown anchor. */
function resolveAlias(walk: Walk, token: CST.Token): CST.Token | undefined {
  if (token.type !== 'alias') return token;
  return walk.anchors.get(token.source.slice(1).trim());
}

function resolveScalar(text: string, token: CST.Token): { value: string; range: Range } | undefined {
  if (!CST.isScalar(token)) return undefined;
  const resolved = CST.resolveAsScalar(token, false, ignoreError);
  const [start, valueEnd] = resolved.range;
  switch (resolved.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE': {
      const closed = valueEnd - start >= 2 && text.charCodeAt(valueEnd - 1) === text.charCodeAt(start);
      return { value: resolved.value, range: { start: start + 1, end: closed ? valueEnd - 1 : trimEndBlanks(text, start + 1, valueEnd) } };
    }
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL': {
      const props = token.type === 'block-scalar' ? token.props : [];
      const header = props[props.length - 1];
      let bodyStart = header === undefined || !('source' in header) ? start : header.offset + header.source.length;
      while (bodyStart < valueEnd && text.charCodeAt(bodyStart) === 32) bodyStart++;
      return { value: resolved.value, range: { start: bodyStart, end: Math.max(bodyStart, trimEndBlanks(text, bodyStart, valueEnd)) } };
    }
    default:
      return { value: resolved.value, range: { start, end: valueEnd } };
  }
}

function ignoreError(): void {
  // The composer reports the same problems with better messages; resolving only needs the value.
}

function scalarOrTokenRange(text: string, token: CST.Token): Range {
  return resolveScalar(text, token)?.range ?? { start: token.offset, end: tokenEnd(text, token) };
}

/** The end of a scalar or alias token, or the start of anything larger (the walk extends it later). */
function tokenEnd(text: string, token: CST.Token): number {
  if (CST.isScalar(token)) return CST.resolveAsScalar(token, false, ignoreError).range[1];
  if ('source' in token) return token.offset + token.source.length;
  return Math.min(token.offset, text.length);
}
