/**
 * PHP (tree-sitter-php). Text outside `<?php … ?>` is a `text` node and yields no facts.
 *
 * Conventions rules can rely on:
 * - Namespaced names are one path segment with `\` separators and no leading `\`: `new
 *   \GuzzleHttp\Client()` and `use GuzzleHttp\Client; new Client()` both have qualified name
 *   `GuzzleHttp\Client`. Members join with `.`: `Client::create()` → `GuzzleHttp\Client.create`,
 *   `$obj->send()` → `$obj.send`. PHP names are case-insensitive, so compare them that way.
 * - Method and static calls keep the callee as written (`$obj->send`, `Foo::bar`). Their
 *   `calleeNode` is the method name, whose member path includes the receiver's (as in the Java
 *   adapter), so the callee as written spans from `receiver` to the end of `calleeNode`.
 * - Variables keep their `$`: `$alg = 'md5'` is an assignment to `$alg`. `define('ALG', …)`,
 *   `const ALG = …`, class constants and property defaults are assignments to the bare name, so
 *   `ALG`, `self::ALG`, `Foo::ALG` and `$this->alg` all find them.
 * - Array entries with a constant key (`'verify' => false`, `CURLOPT_SSL_VERIFYPEER => false`) and
 *   PHP 8 named arguments (`verify: false`) are key/value facts; named arguments also carry
 *   `Argument.name`.
 */
import type { Node } from 'web-tree-sitter';
import type { Argument, StaticValue } from '../../contract';
import { safeRegex } from '../../regex';
import type { FactSink, LanguageAdapter } from '../adapter';
import { UNKNOWN_VALUE, arithmetic, compact, concatenate, numberValue, stringValue, unaryValue, unescapeCString } from '../values';

const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'function_definition', 'method_declaration', 'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function',
]);

/** Children of a string that are its text rather than interpolated expressions. */
const TEXT_PART_TYPES: ReadonlySet<string> = new Set(['string_content', 'escape_sequence', 'nowdoc_string', 'string_value']);
const STRING_TYPES: ReadonlySet<string> = new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc']);
/** Whatever can be the target of `=` and still name one storage place. */
const ASSIGNABLE_TYPES: ReadonlySet<string> = new Set([
  'variable_name', 'member_access_expression', 'nullsafe_member_access_expression', 'scoped_property_access_expression', 'subscript_expression',
]);

const LEGACY_OCTAL = safeRegex('^0[0-7]+$');
const SHORT_HEX_ESCAPE = safeRegex('^\\\\x[0-9a-fA-F]$');

/** Every node type `collect` reads. */
const COLLECTED_TYPES: ReadonlySet<string> = new Set([
  'function_call_expression', 'member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression', 'object_creation_expression', 'argument', 'array_element_initializer', 'assignment_expression', 'const_element', 'property_element', 'namespace_use_declaration',
  ...STRING_TYPES,
]);

export const phpAdapter: LanguageAdapter = {
  collectedTypes: COLLECTED_TYPES,
  language: 'php',
  functionTypes: FUNCTION_TYPES,
  collect,
  literal,
  composite,
  memberPath,
};

function collect(node: Node, type: string, sink: FactSink): void {
  switch (type) {
    case 'function_call_expression': {
      const callee = node.childForFieldName('function');
      if (callee === null) return;
      sink.call({ node, calleeNode: callee, args: argumentsOf(node), isConstructor: false });
      defineConstant(node, callee, sink);
      return;
    }
    case 'member_call_expression':
    case 'nullsafe_member_call_expression':
    case 'scoped_call_expression': {
      const receiver = node.childForFieldName(node.type === 'scoped_call_expression' ? 'scope' : 'object');
      const name = node.childForFieldName('name');
      if (receiver === null || name === null) return;
      const calleeText = compact(node.text.slice(0, name.endIndex - node.startIndex));
      sink.call({ node, calleeNode: name, receiver, args: argumentsOf(node), isConstructor: false, calleeText });
      return;
    }
    case 'object_creation_expression': {
      // `new class(…) extends Base { … }` has no class name to report.
      if (node.children.some((child) => child !== null && !child.isNamed && child.type === 'class')) return;
      const type = node.namedChildren.find((child) => child !== null && child.type !== 'arguments' && child.type !== 'comment');
      if (type === undefined || type === null || type.type === 'anonymous_class') return;
      sink.call({ node, calleeNode: type, args: argumentsOf(node), isConstructor: true });
      return;
    }
    case 'argument': {
      const name = node.childForFieldName('name');
      const value = argumentValue(node);
      if (name !== null && value !== undefined) sink.keyValue({ node, key: name.text, keyNode: name, value });
      return;
    }
    case 'array_element_initializer':
      arrayEntry(node, sink);
      return;
    case 'assignment_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left && right && ASSIGNABLE_TYPES.has(left.type)) sink.assignment({ node, targetNode: left, value: right });
      return;
    }
    case 'const_element': {
      const [name, value] = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
      if (name?.type === 'name' && value !== undefined) sink.assignment({ node, targetNode: name, value });
      return;
    }
    case 'property_element':
      propertyDefault(node, sink);
      return;
    case 'namespace_use_declaration':
      useDeclaration(node, sink);
      return;
    default:
      if (STRING_TYPES.has(node.type)) stringFact(node, sink);
      return;
  }
}

function argumentsOf(call: Node): Argument[] {
  const list = call.childForFieldName('arguments') ?? call.namedChildren.find((child) => child?.type === 'arguments') ?? null;
  if (list === null) return [];
  const args: Argument[] = [];
  for (const child of list.namedChildren) {
    if (child === null || child.type === 'comment') continue;
    const value = child.type === 'argument' ? argumentValue(child) : child;
    const name = child.type === 'argument' ? child.childForFieldName('name')?.text : undefined;
    if (value !== undefined) args.push(name === undefined ? { node: value } : { node: value, name });
  }
  return args;
}

/** The expression of an `argument` node: its last named child, after any `name:` label. */
function argumentValue(argument: Node): Node | undefined {
  const children = argument.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
  const name = argument.childForFieldName('name');
  return children.filter((child) => child.id !== name?.id).pop();
}

/** `define('ALG', 'md5')` declares a constant named by its first argument. */
function defineConstant(call: Node, callee: Node, sink: FactSink): void {
  if (callee.type !== 'name' || callee.text.toLowerCase() !== 'define') return;
  const [nameArgument, valueArgument] = argumentsOf(call);
  if (nameArgument === undefined || valueArgument === undefined) return;
  if (nameArgument.node.type !== 'string' && nameArgument.node.type !== 'encapsed_string') return;
  const content = nameArgument.node.namedChildren.filter((child) => child !== null && TEXT_PART_TYPES.has(child.type));
  const [only] = content;
  if (content.length === 1 && only?.type === 'string_content') sink.assignment({ node: call, targetNode: only, value: valueArgument.node });
}

function arrayEntry(node: Node, sink: FactSink): void {
  const children = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
  const [keyNode, value] = children;
  if (children.length !== 2 || keyNode === undefined || value === undefined || keyNode.type === 'variadic_unpacking') return;
  const key = constantKey(keyNode);
  if (key !== undefined) sink.keyValue({ node, key, keyNode, value });
}

/** A key written as a constant string, or as a named constant (`CURLOPT_SSL_VERIFYPEER`, `Foo::BAR`). */
function constantKey(keyNode: Node): string | undefined {
  const value = literal(keyNode);
  if (value?.kind === 'string') return value.value;
  if (keyNode.type === 'name' || keyNode.type === 'qualified_name' || keyNode.type === 'class_constant_access_expression') {
    return stripLeadingBackslash(compact(keyNode.text));
  }
  return undefined;
}

/** `private $alg = 'md5';` is stored under the bare name, the way `$this->alg` looks it up. */
function propertyDefault(node: Node, sink: FactSink): void {
  const variable = node.namedChildren.find((child) => child?.type === 'variable_name');
  const initializer = node.namedChildren.find((child) => child?.type === 'property_initializer');
  const name = variable?.namedChildren.find((child) => child?.type === 'name');
  const value = initializer?.namedChildren.find((child) => child !== null && child.type !== 'comment');
  if (variable && name && value) sink.assignment({ node, targetNode: name, value });
}

function useDeclaration(node: Node, sink: FactSink): void {
  const group = node.namedChildren.find((child) => child?.type === 'namespace_use_group');
  if (group) {
    const prefix = node.namedChildren.find((child) => child?.type === 'namespace_name' || child?.type === 'qualified_name');
    const base = prefix ? `${stripLeadingBackslash(compact(prefix.text))}\\` : '';
    for (const clause of group.namedChildren) {
      if (clause !== null && clause.type !== 'comment') useClause(clause, base, sink);
    }
    return;
  }
  for (const clause of node.namedChildren) {
    if (clause?.type === 'namespace_use_clause') useClause(clause, '', sink);
  }
}

/** `Foo\Bar` binds `Bar`; `Foo\Bar as Baz` binds `Baz`. */
function useClause(clause: Node, base: string, sink: FactSink): void {
  const imported = clause.namedChildren.find((child) => child?.type === 'qualified_name' || child?.type === 'namespace_name' || child?.type === 'name');
  if (imported === undefined || imported === null) return;
  const target = base + stripLeadingBackslash(compact(imported.text));
  const aliasClause = clause.namedChildren.find((child) => child?.type === 'namespace_aliasing_clause');
  const alias = aliasClause?.namedChildren.find((child) => child?.type === 'name') ?? clause.childForFieldName('alias');
  const local = alias?.text ?? target.split('\\').pop() ?? target;
  sink.importBinding({ node: clause, local, target });
}

function stringFact(node: Node, sink: FactSink): void {
  const value = literal(node);
  if (value?.kind !== 'string') return;
  sink.string({ node, value: value.value, valueRange: contentRange(node) });
}

/** The source range between the quotes, or the body of a heredoc or nowdoc. */
function contentRange(node: Node): { start: number; end: number } {
  const body = node.childForFieldName('value') ?? node.namedChildren.find((child) => child?.type === 'heredoc_body' || child?.type === 'nowdoc_body');
  if (body) return { start: Math.min(body.startIndex + 1, body.endIndex), end: body.endIndex };
  const quote = node.text.indexOf(node.type === 'string' ? "'" : '"');
  return { start: node.startIndex + Math.max(quote, 0) + 1, end: node.endIndex - 1 };
}

function literal(node: Node): StaticValue | undefined {
  switch (node.type) {
    case 'string':
    case 'encapsed_string':
    case 'heredoc':
    case 'nowdoc': {
      const parts = stringParts(node);
      if (parts.some((part) => typeof part !== 'string')) return undefined;
      return stringValue(finishString(node, parts.join('')));
    }
    case 'integer': {
      // Number() reads the 0x, 0b and 0o prefixes; a bare leading zero is PHP's older octal form.
      const text = node.text.replaceAll('_', '');
      const value = LEGACY_OCTAL.test(text) ? Number.parseInt(text, 8) : Number(text);
      return Number.isFinite(value) ? { kind: 'number', value } : UNKNOWN_VALUE;
    }
    case 'float':
      return numberValue(node.text.replaceAll('_', ''));
    case 'boolean':
      return { kind: 'boolean', value: node.text.toLowerCase() === 'true' };
    case 'null':
      return { kind: 'null' };
    default:
      return undefined;
  }
}

/**
 * A string's text pieces (escapes decoded) and interpolated expressions, in order. Text between
 * the grammar's pieces, such as the line breaks of a heredoc, is taken from the source.
 */
function stringParts(node: Node): (string | Node)[] {
  const container = node.type === 'heredoc' || node.type === 'nowdoc'
    ? node.childForFieldName('value') ?? node.namedChildren.find((child) => child?.type === 'heredoc_body' || child?.type === 'nowdoc_body')
    : node;
  if (container === undefined || container === null) return [];
  const range = contentRange(node);
  const singleQuoted = node.type === 'string';
  const parts: (string | Node)[] = [];
  let cursor = range.start;
  const text = node.text;
  const offset = node.startIndex;
  for (const child of container.children) {
    if (child === null || child.endIndex <= range.start || child.startIndex >= range.end) continue;
    if (child.startIndex > cursor) parts.push(text.slice(cursor - offset, child.startIndex - offset));
    if (child.type === 'escape_sequence') parts.push(singleQuoted ? singleQuotedEscape(child.text) : doubleQuotedEscape(child.text));
    else if (TEXT_PART_TYPES.has(child.type)) parts.push(child.text);
    else if (child.isNamed && child.type !== 'comment') parts.push(child);
    cursor = Math.max(cursor, child.endIndex);
  }
  if (range.end > cursor) parts.push(text.slice(cursor - offset, range.end - offset));
  return parts;
}

function singleQuotedEscape(escape: string): string {
  return escape === "\\'" || escape === '\\\\' ? escape.slice(1) : escape;
}

function doubleQuotedEscape(escape: string): string {
  if (escape === '\\e') return '\x1b';
  if (SHORT_HEX_ESCAPE.test(escape)) return String.fromCharCode(Number.parseInt(escape.slice(2), 16));
  return unescapeCString(escape);
}

/** A heredoc or nowdoc loses the closing marker's indentation from every line (PHP 7.3+). */
function finishString(node: Node, value: string): string {
  if (node.type !== 'heredoc' && node.type !== 'nowdoc') return value;
  const end = node.childForFieldName('end_tag') ?? node.namedChildren.find((child) => child?.type === 'heredoc_end');
  if (end === undefined || end === null) return value;
  const before = node.text.slice(0, end.startIndex - node.startIndex);
  const lastLine = before.slice(before.lastIndexOf('\n') + 1);
  const indent = lastLine.slice(0, lastLine.length - lastLine.trimStart().length);
  if (indent === '') return value;
  return value.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
}

function composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((child) => child !== null && child.type !== 'comment');
      return inner ? evaluate(inner) : UNKNOWN_VALUE;
    }
    case 'cast_expression':
      return castValue(node, evaluate);
    case 'binary_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const operator = node.childForFieldName('operator')?.text;
      if (!left || !right || operator === undefined) return UNKNOWN_VALUE;
      if (operator === '.') return concatenate([phpString(evaluate(left)), phpString(evaluate(right))]);
      return arithmetic(operator, evaluate(left), evaluate(right));
    }
    case 'unary_op_expression': {
      const argument = node.childForFieldName('argument') ?? node.namedChildren.find((child) => child !== null && child.type !== 'comment');
      const value = argument ? evaluate(argument) : UNKNOWN_VALUE;
      const operator = node.childForFieldName('operator')?.text;
      return unaryValue(operator, value);
    }
    case 'encapsed_string':
    case 'heredoc': {
      const value = concatenate(stringParts(node).map((part) => (typeof part === 'string' ? stringValue(part) : phpString(evaluate(part)))));
      return value.kind === 'string' ? stringValue(finishString(node, value.value)) : value;
    }
    default:
      return undefined;
  }
}

/** PHP turns `true` into "1" and `false` and `null` into "" when it joins strings. */
function phpString(value: StaticValue): StaticValue {
  if (value.kind === 'boolean') return stringValue(value.value ? '1' : '');
  if (value.kind === 'null') return stringValue('');
  return value;
}

function castValue(node: Node, evaluate: (part: Node) => StaticValue): StaticValue {
  const type = node.childForFieldName('type')?.text.toLowerCase();
  const operand = node.childForFieldName('value');
  const value = operand ? evaluate(operand) : UNKNOWN_VALUE;
  if (type === 'string') return value.kind === 'number' ? stringValue(String(value.value)) : value.kind === 'string' ? value : phpString(value);
  if ((type === 'int' || type === 'integer') && value.kind === 'number') return { kind: 'number', value: Math.trunc(value.value) };
  if ((type === 'bool' || type === 'boolean') && value.kind === 'boolean') return value;
  return UNKNOWN_VALUE;
}

function memberPath(node: Node): string[] | undefined {
  switch (node.type) {
    case 'name':
      return isMethodName(node) ? methodPath(node) : [node.text];
    case 'variable_name':
    case 'relative_scope':
      return [node.text];
    case 'qualified_name':
      return [stripLeadingBackslash(compact(node.text))];
    case 'member_access_expression':
    case 'nullsafe_member_access_expression':
      return extend(node.childForFieldName('object'), node.childForFieldName('name'));
    case 'scoped_property_access_expression':
      return extend(node.childForFieldName('scope'), node.childForFieldName('name'));
    case 'class_constant_access_expression': {
      const children = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
      return children.length === 2 ? extend(children[0] ?? null, children[1] ?? null) : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The path of `object` followed by the member name, when the name is written out (not
 * `$obj->$dynamic`). A static property `Foo::$alg` ends in `alg`, the name its declaration has.
 */
function extend(object: Node | null, name: Node | null): string[] | undefined {
  if (object === null || name === null) return undefined;
  const path = memberPath(object);
  if (path === undefined) return undefined;
  if (name.type === 'name') return [...path, name.text];
  const isStaticProperty = name.type === 'variable_name' && name.parent?.type === 'scoped_property_access_expression';
  return isStaticProperty ? [...path, name.text.slice(1)] : undefined;
}

const METHOD_CALL_TYPES: ReadonlySet<string> = new Set(['member_call_expression', 'nullsafe_member_call_expression', 'scoped_call_expression']);

function isMethodName(node: Node): boolean {
  const parent = node.parent;
  return parent !== null && METHOD_CALL_TYPES.has(parent.type) && parent.childForFieldName('name')?.id === node.id;
}

/**
 * A method name's path is its receiver's followed by the name. A receiver with no path, such as
 * `(new Foo())`, counts as one segment so that the method name stays last.
 */
function methodPath(name: Node): string[] {
  const call = name.parent;
  const receiver = call?.childForFieldName(call.type === 'scoped_call_expression' ? 'scope' : 'object') ?? null;
  if (receiver === null) return [name.text];
  return [...(memberPath(receiver) ?? [compact(receiver.text)]), name.text];
}

function stripLeadingBackslash(name: string): string {
  return name.startsWith('\\') ? name.slice(1) : name;
}

