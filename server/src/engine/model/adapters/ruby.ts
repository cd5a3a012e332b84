/**
 * Ruby (tree-sitter-ruby).
 *
 * Conventions rules can rely on:
 * - Constant paths and method chains join with `.`: `OpenSSL::SSL::VERIFY_NONE` has qualified name
 *   `OpenSSL.SSL.VERIFY_NONE` and `Digest::MD5.hexdigest(x)` has `Digest.MD5.hexdigest`, while the
 *   callee keeps the text as written (`Digest::MD5.hexdigest`). Ruby has no import aliases, so
 *   `require` binds nothing.
 * - A call's `calleeNode` is its method name, whose member path includes the receiver's (as in
 *   the Java adapter), so the callee as written spans from `receiver` to the end of `calleeNode`.
 * - `X.new(…)` is a constructor call whose name is `new`.
 * - Hash pairs (`verify_mode: v`, `:verify_mode => v`, `'k' => v`) are key/value facts with the
 *   key's text (no colon); inside a call's argument list they also carry `Argument.name`.
 * - `obj.attr = v` is an assignment to `obj.attr`, not a call. Heredoc bodies are left unknown.
 */
import type { Node } from 'web-tree-sitter';
import type { Argument, StaticValue } from '../../contract';
import { safeRegex } from '../../regex';
import type { FactSink, LanguageAdapter } from '../adapter';
import { UNKNOWN_VALUE, binaryExpressionValue, compact, concatenate, numberValue, stringValue, unaryValue, unescapeCString } from '../values';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['method', 'singleton_method', 'block', 'do_block', 'lambda']);

/** Nodes that name one storage place, and so can be assignment targets with a constant value. */
const ASSIGNABLE_TYPES: ReadonlySet<string> = new Set([
  'identifier', 'constant', 'instance_variable', 'class_variable', 'global_variable', 'call', 'scope_resolution', 'element_reference',
]);
const NAME_TYPES: ReadonlySet<string> = new Set(['identifier', 'constant', 'instance_variable', 'class_variable', 'global_variable', 'self']);
const STRING_TYPES: ReadonlySet<string> = new Set(['string', 'bare_string']);

/** Methods that hand back their string receiver unchanged, or changed in a way we can follow. */
const STRING_METHODS: Readonly<Record<string, (value: string) => string>> = {
  freeze: (value) => value,
  dup: (value) => value,
  to_s: (value) => value,
  to_str: (value) => value,
  to_sym: (value) => value,
  upcase: (value) => value.toUpperCase(),
  downcase: (value) => value.toLowerCase(),
};

const LEGACY_OCTAL = safeRegex('^0[0-7]+$');
const SINGLE_QUOTE_ESCAPE = safeRegex("\\\\([\\\\'])", 'g');

/** Every node type `collect` reads. */
const COLLECTED_TYPES: ReadonlySet<string> = new Set([
  'call', 'pair', 'assignment',
  ...STRING_TYPES,
]);

export const rubyAdapter: LanguageAdapter = {
  collectedTypes: COLLECTED_TYPES,
  language: 'ruby',
  functionTypes: FUNCTION_TYPES,
  collect,
  literal,
  composite,
  memberPath,
};

function collect(node: Node, type: string, sink: FactSink): void {
  switch (type) {
    case 'call':
      callFact(node, sink);
      return;
    case 'pair': {
      const key = node.childForFieldName('key');
      const value = node.childForFieldName('value');
      const name = key ? hashKey(key) : undefined;
      if (key && value && name !== undefined) sink.keyValue({ node, key: name, keyNode: key, value });
      return;
    }
    case 'assignment': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left && right && ASSIGNABLE_TYPES.has(left.type)) sink.assignment({ node, targetNode: left, value: right });
      return;
    }
    default:
      if (STRING_TYPES.has(node.type)) {
        const value = literal(node);
        if (value?.kind === 'string') sink.string({ node, value: value.value, valueRange: contentRange(node) });
      }
      return;
  }
}

function callFact(node: Node, sink: FactSink): void {
  const method = node.childForFieldName('method');
  if (method === null || isAssignmentTarget(node)) return;
  const receiver = node.childForFieldName('receiver');
  const args = argumentsOf(node);
  if (receiver === null) {
    sink.call({ node, calleeNode: method, args, isConstructor: false });
    return;
  }
  const calleeText = compact(node.text.slice(0, method.endIndex - node.startIndex));
  sink.call({ node, calleeNode: method, receiver, args, isConstructor: method.text === 'new', calleeText });
}

/** `http.verify_mode = x` parses as a call on the left of an assignment; it is a setting, not a call. */
function isAssignmentTarget(call: Node): boolean {
  const parent = call.parent;
  if (parent?.type !== 'assignment' && parent?.type !== 'operator_assignment') return false;
  return parent.childForFieldName('left')?.id === call.id;
}

function argumentsOf(call: Node): Argument[] {
  const list = call.childForFieldName('arguments');
  if (list === null) return [];
  const args: Argument[] = [];
  for (const child of list.namedChildren) {
    if (child === null || child.type === 'comment') continue;
    if (child.type === 'pair') {
      const key = child.childForFieldName('key');
      const value = child.childForFieldName('value');
      const name = key ? hashKey(key) : undefined;
      if (value && name !== undefined) {
        args.push({ node: value, name });
        continue;
      }
    }
    args.push({ node: child });
  }
  return args;
}

/** `key:` and `:key =>` give `key`; `'key' =>` and `"key":` give the string. */
function hashKey(key: Node): string | undefined {
  if (key.type === 'hash_key_symbol') return key.text;
  const value = literal(key);
  return value?.kind === 'string' ? value.value : undefined;
}

/** The source range inside a string's delimiters (`'…'`, `"…"`, `%q(…)`). */
function contentRange(node: Node): { start: number; end: number } {
  if (node.type === 'bare_string') return { start: node.startIndex, end: node.endIndex };
  const open = node.child(0);
  const close = node.child(node.childCount - 1);
  const start = open && !open.isNamed ? open.endIndex : node.startIndex;
  const end = close && !close.isNamed && close.id !== open?.id ? close.startIndex : node.endIndex;
  return { start, end: Math.max(start, end) };
}

function isSingleQuoted(node: Node): boolean {
  const text = node.text;
  return text.startsWith("'") || text.startsWith('%q') || text.startsWith('%w') || text.startsWith('%i');
}

/** The text pieces of a string or symbol and its interpolated expressions, in order. */
function stringParts(node: Node): (string | Node)[] {
  const single = node.type === 'bare_string' ? isSingleQuoted(node.parent ?? node) : isSingleQuoted(node);
  const parts: (string | Node)[] = [];
  for (const child of node.namedChildren) {
    if (child === null || child.type === 'comment') continue;
    if (child.type === 'string_content') parts.push(single ? child.text.replace(SINGLE_QUOTE_ESCAPE, '$1') : child.text);
    else if (child.type === 'escape_sequence') parts.push(single ? child.text : decodeEscape(child.text));
    else if (child.type === 'interpolation') parts.push(child);
    else return [child];
  }
  return parts;
}

function decodeEscape(escape: string): string {
  if (escape === '\\e') return '\x1b';
  if (escape === '\\s') return ' ';
  return unescapeCString(escape);
}

function literal(node: Node): StaticValue | undefined {
  switch (node.type) {
    case 'string':
    case 'bare_string':
    case 'delimited_symbol': {
      const parts = stringParts(node);
      return parts.every((part): part is string => typeof part === 'string') ? stringValue(parts.join('')) : undefined;
    }
    case 'simple_symbol':
      return stringValue(node.text.slice(1));
    case 'integer': {
      // Number() reads the 0x, 0b and 0o prefixes; a bare leading zero is octal, `0d` decimal.
      const text = node.text.replaceAll('_', '').replace('0d', '').replace('0D', '');
      const value = LEGACY_OCTAL.test(text) ? Number.parseInt(text, 8) : Number(text);
      return Number.isFinite(value) ? { kind: 'number', value } : UNKNOWN_VALUE;
    }
    case 'float':
      return numberValue(node.text.replaceAll('_', ''));
    case 'true':
      return { kind: 'boolean', value: true };
    case 'false':
      return { kind: 'boolean', value: false };
    case 'nil':
      return { kind: 'null' };
    default:
      return undefined;
  }
}

function composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  switch (node.type) {
    case 'parenthesized_statements': {
      const statements = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
      const [only] = statements;
      return statements.length === 1 && only !== undefined ? evaluate(only) : UNKNOWN_VALUE;
    }
    case 'string':
    case 'delimited_symbol':
      return concatenate(stringParts(node).map((part) => (typeof part === 'string' ? stringValue(part) : interpolated(part, evaluate))));
    case 'chained_string':
      return concatenate(node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment').map(evaluate));
    case 'binary': {
      return binaryExpressionValue(node, evaluate);
    }
    case 'unary': {
      const operand = node.childForFieldName('operand');
      const value = operand ? evaluate(operand) : UNKNOWN_VALUE;
      const operator = node.childForFieldName('operator')?.text;
      return unaryValue(operator, value);
    }
    case 'call':
      return callValue(node, evaluate);
    default:
      return undefined;
  }
}

/** `#{expr}`: the value of its single expression, Ruby's `to_s` of nil being empty. */
function interpolated(part: Node, evaluate: (part: Node) => StaticValue): StaticValue {
  const expressions = part.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
  const [only] = expressions;
  if (expressions.length !== 1 || only === undefined) return UNKNOWN_VALUE;
  const value = evaluate(only);
  return value.kind === 'null' ? stringValue('') : value;
}

/**
 * A call with arguments or a block returns something unknown; `'md5'.freeze` and friends return
 * their receiver; an argument-free call with a receiver (`config.alg`) is an attribute read,
 * left to the member path lookup.
 */
function callValue(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  if (node.childForFieldName('arguments') !== null || node.childForFieldName('block') !== null) return UNKNOWN_VALUE;
  const receiver = node.childForFieldName('receiver');
  const method = node.childForFieldName('method')?.text;
  const transform = method !== undefined && Object.hasOwn(STRING_METHODS, method) ? STRING_METHODS[method] : undefined;
  if (receiver === null || transform === undefined) return undefined;
  const value = evaluate(receiver);
  return value.kind === 'string' ? stringValue(transform(value.value)) : UNKNOWN_VALUE;
}

function memberPath(node: Node): string[] | undefined {
  const call = node.parent;
  const receiver = call?.type === 'call' && call.childForFieldName('method')?.id === node.id ? call.childForFieldName('receiver') : null;
  if (receiver === null) return attributePath(node);
  // A method name's path is its receiver's and the name. A receiver with no path, such as
  // `Foo.new(x)`, counts as one segment so that the method name stays last.
  return [...(attributePath(receiver) ?? [compact(receiver.text)]), node.text];
}

/** Names, constant paths and argument-free method chains: `OpenSSL::SSL::VERIFY_NONE`, `config.ssl.verify`. */
function attributePath(node: Node): string[] | undefined {
  if (NAME_TYPES.has(node.type)) return [node.text];
  if (node.type === 'scope_resolution') {
    const name = node.childForFieldName('name');
    const scope = node.childForFieldName('scope');
    if (name === null) return undefined;
    if (scope === null) return [name.text];
    const path = attributePath(scope);
    return path ? [...path, name.text] : undefined;
  }
  if (node.type === 'call') {
    const method = node.childForFieldName('method');
    const receiver = node.childForFieldName('receiver');
    if (method === null || receiver === null) return undefined;
    if (node.childForFieldName('arguments') !== null || node.childForFieldName('block') !== null) return undefined;
    const path = attributePath(receiver);
    return path ? [...path, method.text] : undefined;
  }
  return undefined;
}

