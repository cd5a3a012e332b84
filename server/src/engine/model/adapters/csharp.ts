/** C# (tree-sitter-c-sharp 0.20, as shipped in tree-sitter-wasms). */
import type { Node, Tree } from 'web-tree-sitter';
import type { Argument, StaticValue } from '../../contract';
import { safeRegex } from '../../regex';
import type { FactSink, LanguageAdapter } from '../adapter';
import { UNKNOWN_VALUE, arithmetic, binaryExpressionValue, concatenate, numberValue, plus, stringValue, unaryValue } from '../values';

/** Methods, constructors, accessors, local functions, lambdas and anonymous methods open a scope. */
const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'method_declaration', 'constructor_declaration', 'destructor_declaration', 'operator_declaration',
  'conversion_operator_declaration', 'accessor_declaration', 'local_function_statement', 'lambda_expression',
  'anonymous_method_expression',
]);

/** C# escapes: `\uXXXX`, `\UXXXXXXXX`, `\x` with one to four hex digits, or one character. */
const ESCAPE = safeRegex('\\\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{1,4}|[\\s\\S])', 'g');
const DOUBLED_QUOTE = safeRegex('""', 'g');
const DOUBLED_OPEN_BRACE = safeRegex('\\{\\{', 'g');
const DOUBLED_CLOSE_BRACE = safeRegex('\\}\\}', 'g');
const LINE_BREAK = safeRegex('\\r\\n?', 'g');
const UNDERSCORES = safeRegex('_', 'g');
/** C# integer suffixes are at most two letters (`UL`); a bounded repeat keeps the match linear. */
const INTEGER_SUFFIX = safeRegex('[uUlL]{1,3}$');

/** Node types that hold facts, or may stand for a raw string; collect() looks at no others. */
const FACT_TYPES: ReadonlySet<string> = new Set([
  'invocation_expression', 'object_creation_expression', 'implicit_object_creation_expression', 'argument', 'attribute_argument',
  'anonymous_object_creation_expression', 'variable_declarator', 'property_declaration', 'assignment_expression',
  'using_directive', 'string_literal', 'verbatim_string_literal', 'interpolated_string_expression', 'ERROR',
]);

export const csharpAdapter: LanguageAdapter = {
  collectedTypes: FACT_TYPES,
  language: 'csharp',
  functionTypes: FUNCTION_TYPES,
  collect,
  literal,
  composite,
  memberPath,
};

function collect(node: Node, type: string, sink: FactSink): void {
  if (!FACT_TYPES.has(type)) return;
  const raw = rawStringAt(node);
  if (raw !== undefined) {
    // Only the node that opens a raw string speaks for it; the grammar's pieces inside say nothing.
    const outermost = isRawStringNode(node, raw) && !(node.parent && isRawStringNode(node.parent, raw));
    if (outermost && raw.value !== undefined) sink.string({ node, value: raw.value, valueRange: raw.valueRange });
    return;
  }
  switch (node.type) {
    case 'invocation_expression': {
      const callee = node.childForFieldName('function');
      if (callee === null) return;
      sink.call({ node, calleeNode: callee, receiver: receiverOf(callee), args: argumentsOf(node), isConstructor: false });
      return;
    }
    case 'object_creation_expression': {
      const type = node.childForFieldName('type');
      if (type !== null) sink.call({ node, calleeNode: type, args: argumentsOf(node), isConstructor: true });
      return;
    }
    case 'implicit_object_creation_expression':
      sink.call({ node, calleeNode: targetType(node) ?? node.child(0) ?? node, args: argumentsOf(node), isConstructor: true });
      return;
    case 'argument':
      namedArgument(node, sink);
      return;
    case 'attribute_argument':
    case 'anonymous_object_creation_expression':
      namedMembers(node, sink);
      return;
    case 'variable_declarator': {
      const name = node.namedChildren.find((child) => child?.type === 'identifier');
      const clause = node.namedChildren.find((child) => child?.type === 'equals_value_clause');
      const value = clause ? firstNamedChild(clause) : undefined;
      if (name && value) sink.assignment({ node, targetNode: name, value });
      return;
    }
    case 'property_declaration': {
      const name = node.childForFieldName('name');
      const initial = node.childForFieldName('value');
      // `string Alg => "MD5";` always returns its expression, so it is that expression's value.
      const value = initial?.type === 'arrow_expression_clause' ? firstNamedChild(initial) : initial;
      if (name && value) sink.assignment({ node, targetNode: name, value });
      return;
    }
    case 'assignment_expression':
      assignment(node, sink);
      return;
    case 'using_directive':
      usingAlias(node, sink);
      return;
    case 'string_literal':
    case 'verbatim_string_literal':
    case 'interpolated_string_expression': {
      const value = literal(node);
      if (value?.kind === 'string') sink.string({ node, value: value.value, valueRange: contentRange(node) });
      return;
    }
    default:
      return;
  }
}

function receiverOf(callee: Node): Node | undefined {
  if (callee.type === 'member_access_expression') return callee.childForFieldName('expression') ?? undefined;
  if (callee.type === 'conditional_access_expression') return callee.childForFieldName('condition') ?? undefined;
  return undefined;
}

/** An argument's value, after any `name:` label. */
function argumentsOf(call: Node): Argument[] {
  const list = call.childForFieldName('arguments') ?? call.namedChildren.find((child) => child?.type === 'argument_list');
  if (!list) return [];
  const args: Argument[] = [];
  for (const argument of list.namedChildren) {
    if (argument?.type !== 'argument') continue;
    const label = argument.namedChildren.find((child) => child?.type === 'name_colon');
    const value = lastNamedChild(argument);
    if (!value || value.type === 'name_colon') continue;
    const key = label ? firstNamedChild(label) : undefined;
    args.push(key ? { node: value, name: key.text } : { node: value });
  }
  return args;
}

/** `F(verify: false)`: a named argument is also a key/value, like keyword arguments elsewhere. */
function namedArgument(argument: Node, sink: FactSink): void {
  if (argument.parent?.type !== 'argument_list') return;
  const label = argument.namedChildren.find((child) => child?.type === 'name_colon');
  const key = label ? firstNamedChild(label) : undefined;
  const value = lastNamedChild(argument);
  if (key && value && value.type !== 'name_colon') sink.keyValue({ node: argument, key: key.text, keyNode: key, value });
}

/** `SHA256 h = new();` creates the declared type; elsewhere the `new` keyword stands for the callee. */
function targetType(creation: Node): Node | undefined {
  const declarator = creation.parent?.type === 'equals_value_clause' ? creation.parent.parent : null;
  const declaration = declarator?.type === 'variable_declarator' ? declarator.parent : creation.parent;
  const type = declaration?.type === 'variable_declaration' || declaration?.type === 'property_declaration'
    ? declaration.childForFieldName('type')
    : null;
  return type && type.type !== 'implicit_type' ? type : undefined;
}

/**
 * `[EnableCors(Origins = "*")]`, `[Foo(name: 1)]` and `new { Key = 1, Other }`: a name followed
 * by its value. A bare projection such as `Other` names itself.
 */
function namedMembers(node: Node, sink: FactSink): void {
  let pendingKey: Node | undefined;
  for (const child of node.namedChildren) {
    if (child === null || child.type === 'comment') continue;
    if (child.type === 'name_equals' || child.type === 'name_colon') {
      pendingKey = firstNamedChild(child);
    } else if (pendingKey) {
      sink.keyValue({ node: node.type === 'attribute_argument' ? node : child, key: pendingKey.text, keyNode: pendingKey, value: child });
      pendingKey = undefined;
    } else if (node.type === 'anonymous_object_creation_expression' && child.type === 'identifier') {
      sink.keyValue({ node: child, key: child.text, keyNode: child, value: child });
    }
  }
}

/**
 * `x = v`, `handler.Callback = v`; inside an object initialiser (`new H { Callback = v }`) the
 * member is also a key/value, and `["k"] = v` in a dictionary initialiser is one only.
 */
function assignment(node: Node, sink: FactSink): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  if (node.parent?.type === 'initializer_expression') {
    if (left.type === 'identifier') {
      sink.keyValue({ node, key: left.text, keyNode: left, value: right });
    } else if (left.type === 'element_binding_expression') {
      const index = left.namedChild(0)?.namedChild(0);
      const indexValue = index ? lastNamedChild(index) : undefined;
      const key = indexValue ? literal(indexValue) : undefined;
      if (indexValue && key?.kind === 'string') sink.keyValue({ node, key: key.value, keyNode: indexValue, value: right });
      return;
    }
  }
  // A compound assignment (`x += "b"`) is its own value: composite() combines it with the earlier one.
  const compound = operatorOf(node) !== '=';
  sink.assignment({ node, targetNode: left, value: compound ? node : right });
}

function operatorOf(assignment: Node): string | undefined {
  return assignment.namedChildren.find((child) => child?.type === 'assignment_operator')?.text;
}

/**
 * `using Alias = Some.Type;` binds `Alias`. A namespace using (`using System.Security.Cryptography;`)
 * or `using static` brings in many names without saying which, so it binds nothing.
 */
function usingAlias(node: Node, sink: FactSink): void {
  const alias = node.namedChildren.find((child) => child?.type === 'name_equals');
  const local = alias ? firstNamedChild(alias) : undefined;
  const target = node.namedChildren.find((child) => child !== null && child.type !== 'name_equals' && child.type !== 'comment');
  if (!local || !target) return;
  const path = memberPath(target);
  sink.importBinding({ node, local: local.text, target: path ? path.join('.') : target.text });
}

function literal(node: Node): StaticValue | undefined {
  const raw = rawStringAt(node);
  if (raw !== undefined && spansRawString(node, raw)) {
    return raw.value === undefined ? UNKNOWN_VALUE : stringValue(raw.value);
  }
  switch (node.type) {
    case 'string_literal':
      return stringValue(unescapeCSharp(node.text.slice(1, -1)));
    case 'verbatim_string_literal':
      return stringValue(node.text.slice(2, -1).replace(DOUBLED_QUOTE, '"'));
    case 'character_literal':
      // C# has no separate character value here: a char is mostly concatenated into strings.
      return stringValue(unescapeCSharp(node.text.slice(1, -1)));
    case 'interpolated_string_expression':
      return node.namedChildren.some((child) => child?.type === 'interpolation') ? undefined : concatenate(interpolatedParts(node, () => UNKNOWN_VALUE));
    case 'integer_literal':
      return integerValue(node.text);
    case 'real_literal':
      return numberValue(node.text);
    case 'boolean_literal':
      return { kind: 'boolean', value: node.text === 'true' };
    case 'null_literal':
      return { kind: 'null' };
    default:
      return undefined;
  }
}

/** `0xFFUL`, `0b1010u`, `1_000L`: the radix prefix and `u`/`l` suffixes removed. */
function integerValue(text: string): StaticValue {
  const cleaned = text.replace(UNDERSCORES, '').replace(INTEGER_SUFFIX, '');
  const prefix = cleaned.slice(0, 2).toLowerCase();
  if (prefix === '0x' || prefix === '0b') {
    const value = Number.parseInt(cleaned.slice(2), prefix === '0x' ? 16 : 2);
    return Number.isFinite(value) ? { kind: 'number', value } : UNKNOWN_VALUE;
  }
  return numberValue(cleaned);
}

function unescapeCSharp(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(ESCAPE, (_match, escape: string) => {
    switch (escape[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'v': return '\v';
      case 'a': return '\x07';
      case 'e': return '\x1b';
      case '0': return '\0';
      case 'u': case 'x': return String.fromCharCode(Number.parseInt(escape.slice(1), 16));
      case 'U': return String.fromCodePoint(Number.parseInt(escape.slice(1), 16));
      default: return escape;
    }
  });
}

/** The text and hole values of `$"..."`, `$@"..."` or `@$"..."`, in order. */
function interpolatedParts(node: Node, evaluate: (part: Node) => StaticValue): StaticValue[] {
  const parts: StaticValue[] = [];
  for (const child of node.namedChildren) {
    if (child === null) continue;
    if (child.type === 'interpolated_string_text') {
      parts.push(stringValue(unescapeCSharp(collapseBraces(child.text))));
    } else if (child.type === 'interpolated_verbatim_string_text') {
      parts.push(stringValue(collapseBraces(child.text).replace(DOUBLED_QUOTE, '"')));
    } else if (child.type === 'interpolation') {
      parts.push(holeValue(child, evaluate));
    }
  }
  return parts;
}

function collapseBraces(text: string): string {
  return text.replace(DOUBLED_OPEN_BRACE, '{').replace(DOUBLED_CLOSE_BRACE, '}');
}

/** A hole with an alignment or format clause (`{x,5}`, `{x:N2}`) formats its value, so its text is not known. */
function holeValue(interpolation: Node, evaluate: (part: Node) => StaticValue): StaticValue {
  const parts = interpolation.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
  const [expression] = parts;
  if (parts.length !== 1 || expression === undefined) return UNKNOWN_VALUE;
  return evaluate(expression);
}

function composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = firstNamedChild(node);
      return inner ? evaluate(inner) : UNKNOWN_VALUE;
    }
    case 'cast_expression': {
      const value = node.childForFieldName('value');
      return value ? evaluate(value) : UNKNOWN_VALUE;
    }
    case 'binary_expression': {
      // `a ?? "fallback"` depends on whether `a` is null at run time: arithmetic leaves it unknown.
      return binaryExpressionValue(node, evaluate);
    }
    case 'prefix_unary_expression': {
      const operator = node.child(0)?.text;
      const operand = firstNamedChild(node);
      const value = operand ? evaluate(operand) : UNKNOWN_VALUE;
      return unaryValue(operator, value);
    }
    case 'interpolated_string_expression':
      return concatenate(interpolatedParts(node, evaluate));
    case 'assignment_expression':
      return assignedValue(node, evaluate);
    case 'conditional_expression':
      // Which branch runs is not known statically.
      return UNKNOWN_VALUE;
    case 'invocation_expression':
      return nameofValue(node);
    default:
      return undefined;
  }
}

/** `a = b` has the value of `b`; `a += b` combines the value `a` had before with `b`; `a ??= b` is not known. */
function assignedValue(node: Node, evaluate: (part: Node) => StaticValue): StaticValue {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = operatorOf(node);
  if (!left || !right || operator === undefined) return UNKNOWN_VALUE;
  if (operator === '=') return evaluate(right);
  if (operator === '+=') return plus(evaluate(left), evaluate(right));
  return arithmetic(operator.slice(0, -1), evaluate(left), evaluate(right));
}

/** `nameof(Foo.Bar)` is the string "Bar"; other calls are not evaluated. */
function nameofValue(call: Node): StaticValue | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier' || callee.text !== 'nameof') return undefined;
  const argument = call.childForFieldName('arguments')?.namedChildren.find((child) => child?.type === 'argument');
  const expression = argument ? lastNamedChild(argument) : undefined;
  const path = expression ? memberPath(expression) : undefined;
  const last = path?.[path.length - 1];
  return last === undefined ? UNKNOWN_VALUE : stringValue(last);
}

function memberPath(node: Node): string[] | undefined {
  switch (node.type) {
    case 'identifier':
    case 'predefined_type':
    case 'this_expression':
    case 'base_expression':
      return [node.text];
    case 'generic_name': {
      // `Get<int>` is the method `Get`.
      const name = firstNamedChild(node);
      return name ? [name.text] : undefined;
    }
    case 'member_access_expression': {
      const expression = node.childForFieldName('expression');
      const name = node.childForFieldName('name');
      const head = expression ? memberPath(expression) : undefined;
      const tail = name ? memberPath(name) : undefined;
      return head && tail ? [...head, ...tail] : undefined;
    }
    case 'qualified_name': {
      const parts = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
      const [qualifier, name] = parts;
      const head = qualifier ? memberPath(qualifier) : undefined;
      const tail = name ? memberPath(name) : undefined;
      return parts.length === 2 && head && tail ? [...head, ...tail] : undefined;
    }
    case 'alias_qualified_name': {
      // `global::System.Net` names `System.Net`; any other alias is kept as the first segment.
      const parts = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
      const [alias, name] = parts;
      const tail = name ? memberPath(name) : undefined;
      if (parts.length !== 2 || alias === undefined || tail === undefined) return undefined;
      return alias.text === 'global' ? tail : [alias.text, ...tail];
    }
    case 'conditional_access_expression': {
      // `client?.Send` reads as `client.Send`.
      const condition = node.childForFieldName('condition');
      const binding = node.namedChildren.find((child) => child?.type === 'member_binding_expression');
      const head = condition ? memberPath(condition) : undefined;
      const name = binding?.childForFieldName('name');
      const tail = name ? memberPath(name) : undefined;
      return head && tail ? [...head, ...tail] : undefined;
    }
    case 'parenthesized_expression': {
      const inner = firstNamedChild(node);
      return inner ? memberPath(inner) : undefined;
    }
    default:
      return undefined;
  }
}

function contentRange(node: Node): { start: number; end: number } {
  const opening = node.type === 'string_literal' ? 1 : node.type === 'verbatim_string_literal' ? 2 : (node.child(0)?.text.length ?? 2);
  return { start: node.startIndex + opening, end: node.endIndex - 1 };
}

function firstNamedChild(node: Node): Node | undefined {
  return node.namedChildren.find((child): child is Node => child !== null && child.type !== 'comment');
}

function lastNamedChild(node: Node): Node | undefined {
  const children = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
  return children[children.length - 1];
}

/*
 * Raw string literals (C# 11, `"""..."""`) are not in this grammar: it reads them as broken
 * code, e.g. `"""abc"""` as `"" = "abc" = ""` with missing operators. So the adapter finds them
 * itself, once per tree that has errors: each string node whose source starts with three or more
 * quotes (and does not continue an earlier string) opens one, which ends at the next run of the
 * same number of quotes. Every node inside reports nothing but the raw string.
 */

interface RawString {
  readonly start: number;
  readonly end: number;
  /** Undefined for an interpolated raw string with holes, whose value is not known. */
  readonly value: string | undefined;
  readonly valueRange: { start: number; end: number };
}

const rawStringsByTree = new WeakMap<Tree, readonly RawString[]>();

function rawStringAt(node: Node): RawString | undefined {
  const strings = rawStringsOf(node.tree);
  if (strings.length === 0) return undefined;
  return strings.find((raw) => node.startIndex >= raw.start && node.startIndex < raw.end);
}

/** Parse pieces the grammar makes of a raw string, the outermost of which stands for it. */
const RAW_PIECE_TYPES: ReadonlySet<string> = new Set(['string_literal', 'interpolated_string_expression', 'assignment_expression', 'ERROR']);

function isRawStringNode(node: Node, raw: RawString): boolean {
  return RAW_PIECE_TYPES.has(node.type) && spansRawString(node, raw);
}

/** Whether `node` starts the raw string and holds no code after it (an error node may run on over a `;`). */
function spansRawString(node: Node, raw: RawString): boolean {
  if (node.startIndex !== raw.start) return false;
  return node.endIndex <= raw.end || !node.namedChildren.some((child) => child !== null && child.endIndex > raw.end);
}

function rawStringsOf(tree: Tree): readonly RawString[] {
  const known = rawStringsByTree.get(tree);
  if (known !== undefined) return known;
  const root = tree.rootNode;
  const found: RawString[] = [];
  if (root.hasError) {
    const text = root.text;
    const candidates = root.descendantsOfType(['string_literal', 'interpolated_string_expression']);
    for (const candidate of candidates) {
      if (candidate === null) continue;
      const previous = found[found.length - 1];
      if (previous !== undefined && candidate.startIndex < previous.end) continue;
      const raw = rawStringFrom(text, candidate.startIndex);
      if (raw !== undefined) found.push(raw);
    }
  }
  rawStringsByTree.set(tree, found);
  return found;
}

function rawStringFrom(text: string, start: number): RawString | undefined {
  if (text[start - 1] === '"') return undefined;
  let dollars = 0;
  while (text[start + dollars] === '$') dollars++;
  let quotes = 0;
  while (text[start + dollars + quotes] === '"') quotes++;
  if (quotes < 3) return undefined;
  const contentStart = start + dollars + quotes;
  const contentEnd = text.indexOf('"'.repeat(quotes), contentStart);
  if (contentEnd === -1) return undefined;
  const content = text.slice(contentStart, contentEnd);
  const hasHoles = dollars > 0 && content.includes('{'.repeat(dollars));
  return {
    start,
    end: contentEnd + quotes,
    value: hasHoles ? undefined : rawStringValue(content),
    valueRange: { start: contentStart, end: contentEnd },
  };
}

/**
 * A single-line raw string is its content. A multi-line one drops its first and last lines (the
 * delimiters' own lines) and the closing line's indentation from every other line.
 */
function rawStringValue(content: string): string {
  const normalised = content.replace(LINE_BREAK, '\n');
  if (!normalised.includes('\n')) return normalised;
  const lines = normalised.split('\n');
  const closing = lines[lines.length - 1] ?? '';
  const indent = closing.trim() === '' ? closing.length : 0;
  return lines.slice(1, -1).map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n');
}
