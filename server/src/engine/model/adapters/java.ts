/** Java (tree-sitter-java). */
import type { Node } from 'web-tree-sitter';
import type { Argument, StaticValue } from '../../contract';
import { safeRegex } from '../../regex';
import type { FactSink, LanguageAdapter } from '../adapter';
import { UNKNOWN_VALUE, arithmetic, binaryExpressionValue, numberValue, plus, stringValue, unaryValue } from '../values';

/**
 * Methods, constructors and lambdas open a scope. Class bodies and static or instance
 * initialiser blocks do not, so fields and constants set there resolve as module-level values.
 */
const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'method_declaration', 'constructor_declaration', 'compact_constructor_declaration', 'lambda_expression',
]);

const COMMENT_TYPES: ReadonlySet<string> = new Set(['line_comment', 'block_comment']);

/** Java escapes: `\uXXXX` (any number of `u`s), octal up to `\377`, a line continuation, or one character. */
const ESCAPE = safeRegex('\\\\(u+[0-9a-fA-F]{4}|[0-3][0-7]{0,2}|[4-7][0-7]?|\\r\\n|[\\s\\S])', 'g');
const LINE_BREAK = safeRegex('\\r\\n?', 'g');
const UNDERSCORES = safeRegex('_', 'g');

/** Every node type `collect` reads. */
const COLLECTED_TYPES: ReadonlySet<string> = new Set([
  'method_invocation', 'object_creation_expression', 'element_value_pair', 'annotation_argument_list', 'variable_declarator', 'resource', 'assignment_expression', 'import_declaration', 'string_literal',
]);

export const javaAdapter: LanguageAdapter = {
  collectedTypes: COLLECTED_TYPES,
  language: 'java',
  functionTypes: FUNCTION_TYPES,
  collect,
  literal,
  composite,
  memberPath,
};

function collect(node: Node, type: string, sink: FactSink): void {
  switch (type) {
    case 'method_invocation': {
      const name = node.childForFieldName('name');
      if (name === null) return;
      const receiver = node.childForFieldName('object') ?? undefined;
      // The callee is the method name; memberPath gives it the receiver's path (see methodPath).
      const calleeText = memberPath(name) === undefined ? compact(sourceUpTo(node, name)) : undefined;
      sink.call({ node, calleeNode: name, receiver, args: argumentsOf(node), isConstructor: false, calleeText });
      return;
    }
    case 'object_creation_expression': {
      const type = node.childForFieldName('type');
      if (type !== null) sink.call({ node, calleeNode: type, args: argumentsOf(node), isConstructor: true });
      return;
    }
    case 'element_value_pair': {
      const key = node.childForFieldName('key');
      const value = node.childForFieldName('value');
      if (key && value) sink.keyValue({ node, key: key.text, keyNode: key, value });
      return;
    }
    case 'annotation_argument_list':
      singleElementAnnotation(node, sink);
      return;
    case 'variable_declarator':
    case 'resource': {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value');
      if (name?.type === 'identifier' && value) sink.assignment({ node, targetNode: name, value });
      return;
    }
    case 'assignment_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (!left || !right) return;
      // A compound assignment (`x += "b"`) is its own value: composite() combines it with the earlier one.
      const compound = node.childForFieldName('operator')?.text !== '=';
      sink.assignment({ node, targetNode: left, value: compound ? node : right });
      return;
    }
    case 'import_declaration':
      importBinding(node, sink);
      return;
    case 'string_literal': {
      const value = literal(node);
      const quote = isTextBlock(node) ? 3 : 1;
      if (value?.kind === 'string') {
        sink.string({ node, value: value.value, valueRange: { start: node.startIndex + quote, end: node.endIndex - quote } });
      }
      return;
    }
    default:
      return;
  }
}

function argumentsOf(call: Node): Argument[] {
  const list = call.childForFieldName('arguments');
  if (list === null) return [];
  return list.namedChildren
    .filter((child): child is Node => child !== null && !COMMENT_TYPES.has(child.type))
    .map((child) => ({ node: child }));
}

/** `@SuppressWarnings("x")` is shorthand for `@SuppressWarnings(value = "x")`; the value node stands in for its key. */
function singleElementAnnotation(list: Node, sink: FactSink): void {
  const elements = list.namedChildren.filter((child): child is Node => child !== null && !COMMENT_TYPES.has(child.type));
  const only = elements[0];
  if (elements.length !== 1 || only === undefined || only.type === 'element_value_pair') return;
  sink.keyValue({ node: only, key: 'value', keyNode: only, value: only });
}

/**
 * `import a.b.C;` binds `C`; `import static a.b.C.m;` binds `m`. A wildcard import names no
 * single member, so it binds nothing.
 */
function importBinding(node: Node, sink: FactSink): void {
  if (node.namedChildren.some((child) => child?.type === 'asterisk')) return;
  const name = node.namedChildren.find((child) => child?.type === 'scoped_identifier' || child?.type === 'identifier');
  if (!name) return;
  const path = memberPath(name);
  const local = path?.[path.length - 1];
  if (path && local !== undefined) sink.importBinding({ node, local, target: path.join('.') });
}

function literal(node: Node): StaticValue | undefined {
  switch (node.type) {
    case 'string_literal':
      return stringValue(isTextBlock(node) ? textBlockValue(node.text.slice(3, -3)) : unescapeJava(node.text.slice(1, -1)));
    case 'character_literal':
      // Java has no separate character value here: a char is mostly concatenated into strings.
      return stringValue(unescapeJava(node.text.slice(1, -1)));
    case 'decimal_integer_literal':
    case 'decimal_floating_point_literal':
      return numberValue(node.text);
    case 'hex_integer_literal':
      return integerValue(node.text.slice(2), 16);
    case 'octal_integer_literal':
      return integerValue(node.text.slice(1), 8);
    case 'binary_integer_literal':
      return integerValue(node.text.slice(2), 2);
    case 'hex_floating_point_literal':
      return UNKNOWN_VALUE;
    case 'true':
      return { kind: 'boolean', value: true };
    case 'false':
      return { kind: 'boolean', value: false };
    case 'null_literal':
      return { kind: 'null' };
    default:
      return undefined;
  }
}

/** Digits after the radix prefix, with underscores and the `L` suffix removed. */
function integerValue(digits: string, radix: number): StaticValue {
  const cleaned = digits.replace(UNDERSCORES, '');
  const withoutSuffix = cleaned.endsWith('l') || cleaned.endsWith('L') ? cleaned.slice(0, -1) : cleaned;
  const value = Number.parseInt(withoutSuffix === '' ? '0' : withoutSuffix, radix);
  return Number.isFinite(value) ? { kind: 'number', value } : UNKNOWN_VALUE;
}

function isTextBlock(node: Node): boolean {
  return node.text.startsWith('"""');
}

/**
 * A text block's value (JLS 3.10.6): the content starts after the opening line, incidental
 * indentation (the smallest over non-blank lines and the closing line) and trailing spaces are
 * stripped, and escapes are decoded last.
 */
function textBlockValue(raw: string): string {
  const normalised = raw.replace(LINE_BREAK, '\n');
  const firstBreak = normalised.indexOf('\n');
  const lines = (firstBreak === -1 ? '' : normalised.slice(firstBreak + 1)).split('\n');
  const lastIndex = lines.length - 1;
  let indent = Number.POSITIVE_INFINITY;
  lines.forEach((line, index) => {
    if (line.trim() !== '' || index === lastIndex) indent = Math.min(indent, line.length - line.trimStart().length);
  });
  const margin = Number.isFinite(indent) ? indent : 0;
  const stripped = lines.map((line) => (line.trim() === '' ? '' : line.slice(margin).trimEnd()));
  return unescapeJava(stripped.join('\n'));
}

function unescapeJava(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(ESCAPE, (_match, escape: string) => {
    switch (escape[0]) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'b': return '\b';
      case 'f': return '\f';
      case 's': return ' ';
      case '\n': case '\r': return '';
      case 'u': return String.fromCharCode(Number.parseInt(escape.slice(escape.lastIndexOf('u') + 1), 16));
      default:
        if (escape[0] !== undefined && escape[0] >= '0' && escape[0] <= '7') return String.fromCharCode(Number.parseInt(escape, 8));
        return escape;
    }
  });
}

function composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = node.namedChildren.find((child) => child !== null && !COMMENT_TYPES.has(child.type));
      return inner ? evaluate(inner) : UNKNOWN_VALUE;
    }
    case 'cast_expression': {
      const value = node.childForFieldName('value');
      return value ? evaluate(value) : UNKNOWN_VALUE;
    }
    case 'binary_expression': {
      return binaryExpressionValue(node, evaluate);
    }
    case 'unary_expression': {
      const operand = node.childForFieldName('operand');
      const value = operand ? evaluate(operand) : UNKNOWN_VALUE;
      const operator = node.childForFieldName('operator')?.text;
      return unaryValue(operator, value);
    }
    case 'assignment_expression':
      return assignedValue(node, evaluate);
    case 'ternary_expression':
      // Which branch runs is not known statically.
      return UNKNOWN_VALUE;
    default:
      return undefined;
  }
}

/** `a = b` has the value of `b`; `a += b` combines the value `a` had before with `b`. */
function assignedValue(node: Node, evaluate: (part: Node) => StaticValue): StaticValue {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = node.childForFieldName('operator')?.text;
  if (!left || !right || operator === undefined) return UNKNOWN_VALUE;
  if (operator === '=') return evaluate(right);
  if (operator === '+=') return plus(evaluate(left), evaluate(right));
  return arithmetic(operator.slice(0, -1), evaluate(left), evaluate(right));
}

function memberPath(node: Node): string[] | undefined {
  switch (node.type) {
    case 'identifier':
      return isMethodName(node) ? methodPath(node) : [node.text];
    case 'type_identifier':
    case 'this':
    case 'super':
      return [node.text];
    case 'field_access': {
      const object = node.childForFieldName('object');
      const field = node.childForFieldName('field');
      const head = object ? memberPath(object) : undefined;
      return head && field ? [...head, field.text] : undefined;
    }
    case 'scoped_identifier': {
      const scope = node.childForFieldName('scope');
      const name = node.childForFieldName('name');
      const head = scope ? memberPath(scope) : undefined;
      return head && name ? [...head, name.text] : undefined;
    }
    case 'scoped_type_identifier': {
      // `java.util.Map` as a type: the scope and the last name carry no field names.
      const parts = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'annotation' && child.type !== 'marker_annotation');
      const last = parts[parts.length - 1];
      const scope = parts.length === 2 ? parts[0] : undefined;
      const head = scope ? memberPath(scope) : undefined;
      return head && last ? [...head, last.text] : undefined;
    }
    case 'generic_type': {
      const base = node.namedChild(0);
      return base ? memberPath(base) : undefined;
    }
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner ? memberPath(inner) : undefined;
    }
    default:
      return undefined;
  }
}

/** The `name` of a method invocation, which stands for the whole callee. */
function isMethodName(node: Node): boolean {
  const parent = node.parent;
  return parent?.type === 'method_invocation' && parent.childForFieldName('name')?.id === node.id;
}

/**
 * `MessageDigest.getInstance(...)` → ['MessageDigest', 'getInstance']; `getInstance(...)` →
 * ['getInstance']; undefined when the receiver is not a plain name chain (`a().b()`).
 */
function methodPath(name: Node): string[] | undefined {
  const object = name.parent?.childForFieldName('object');
  if (object === null || object === undefined) return [name.text];
  const head = memberPath(object);
  return head ? [...head, name.text] : undefined;
}

/** The call's source from its start to the end of `until`, e.g. `HttpClients.custom().setSSLHostnameVerifier`. */
function sourceUpTo(node: Node, until: Node): string {
  return node.text.slice(0, until.endIndex - node.startIndex);
}

/**
 * Removes whitespace so that `a . b()` and `a.b()` compare equal, keeping one space between two
 * words (`new Builder().b`).
 */
function compact(text: string): string {
  let result = '';
  let pendingSpace = false;
  for (const character of text) {
    if (character.trim() === '') {
      pendingSpace = result !== '';
      continue;
    }
    if (pendingSpace && isWordCharacter(result[result.length - 1]) && isWordCharacter(character)) result += ' ';
    pendingSpace = false;
    result += character;
  }
  return result;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && (character === '_' || character === '$' || character.toLowerCase() !== character.toUpperCase() || (character >= '0' && character <= '9'));
}
