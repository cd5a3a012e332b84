/**
 * Go (tree-sitter-go).
 *
 * Conventions rules can rely on:
 * - Imports bind the package name (`import "crypto/md5"` → `md5`, `import m "crypto/md5"` → `m`) to
 *   the import path, so `md5.New()` has qualified name `crypto/md5.New`. Blank (`_`) and dot (`.`)
 *   imports bind nothing.
 * - Composite literals give key/value facts, not calls: `&tls.Config{InsecureSkipVerify: true}` gives
 *   the key `InsecureSkipVerify`. The literal's type is reachable from the fact:
 *   `keyValue.node.parent` is the `literal_value` and its parent the `composite_literal`, whose
 *   `type` field `qualifiedName` resolves (`crypto/tls.Config`); see `compositeLiteralOf` in the tests.
 * - Only plain `=` and `:=` assignments are facts; `+=` and friends make a value non-constant.
 * - `iota` and implicitly repeated constants in a `const (...)` block are left unknown.
 */
import type { Node } from 'web-tree-sitter';
import type { Argument, StaticValue } from '../../contract';
import { safeRegex } from '../../regex';
import type { FactSink, LanguageAdapter } from '../adapter';
import { UNKNOWN_VALUE, binaryExpressionValue, numberValue, stringValue, unaryValue, unescapeCString } from '../values';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_declaration', 'method_declaration', 'func_literal']);

const MAJOR_VERSION_SEGMENT = safeRegex('^v[0-9]+$');
const GOPKG_VERSION_SUFFIX = safeRegex('\\.v[0-9]+$');
const GO_PREFIX = safeRegex('^go-');
const GO_SUFFIX = safeRegex('[-.]go$');
const LEGACY_OCTAL = safeRegex('^0[0-7]+$');
const LONG_UNICODE_ESCAPE = safeRegex('^\\\\U[0-9a-fA-F]{8}$');

/** Every node type `collect` reads. */
const COLLECTED_TYPES: ReadonlySet<string> = new Set([
  'call_expression', 'keyed_element', 'short_var_declaration', 'assignment_statement', 'var_spec', 'const_spec', 'import_spec', 'interpreted_string_literal', 'raw_string_literal',
]);

export const goAdapter: LanguageAdapter = {
  collectedTypes: COLLECTED_TYPES,
  language: 'go',
  functionTypes: FUNCTION_TYPES,
  collect,
  literal,
  composite,
  memberPath,
};

function collect(node: Node, type: string, sink: FactSink): void {
  switch (type) {
    case 'call_expression': {
      const callee = node.childForFieldName('function');
      if (callee === null) return;
      const receiver = callee.type === 'selector_expression' ? callee.childForFieldName('operand') ?? undefined : undefined;
      sink.call({ node, calleeNode: callee, receiver, args: argumentsOf(node), isConstructor: false });
      return;
    }
    case 'keyed_element':
      keyedElement(node, sink);
      return;
    case 'short_var_declaration':
    case 'assignment_statement': {
      if (node.type === 'assignment_statement' && node.childForFieldName('operator')?.text !== '=') return;
      pairUp(node, expressions(node.childForFieldName('left')), expressions(node.childForFieldName('right')), sink);
      return;
    }
    case 'var_spec':
    case 'const_spec': {
      const names = node.childrenForFieldName('name').filter((name): name is Node => name?.type === 'identifier');
      pairUp(node, names, expressions(node.childForFieldName('value')), sink);
      return;
    }
    case 'import_spec':
      importSpec(node, sink);
      return;
    case 'interpreted_string_literal':
    case 'raw_string_literal': {
      const value = literal(node);
      if (value?.kind === 'string') {
        sink.string({ node, value: value.value, valueRange: { start: node.startIndex + 1, end: node.endIndex - 1 } });
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
  return list.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment').map((child) => ({ node: child }));
}

/** `Key: value` in a struct or map literal; map keys count only when they are constant strings. */
function keyedElement(node: Node, sink: FactSink): void {
  const elements = node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
  const [keyElement, valueElement] = elements;
  if (keyElement === undefined || valueElement === undefined) return;
  const keyNode = unwrapElement(keyElement);
  const value = unwrapElement(valueElement);
  if (keyNode.type === 'identifier' || keyNode.type === 'field_identifier') {
    sink.keyValue({ node, key: keyNode.text, keyNode, value });
    return;
  }
  const key = literal(keyNode);
  if (key?.kind === 'string') sink.keyValue({ node, key: key.value, keyNode, value });
}

/** Older grammars put the expression straight into the keyed element; newer ones wrap it in `literal_element`. */
function unwrapElement(element: Node): Node {
  if (element.type !== 'literal_element') return element;
  return element.namedChild(0) ?? element;
}

function expressions(list: Node | null): Node[] {
  if (list === null) return [];
  if (list.type !== 'expression_list') return [list];
  return list.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
}

/**
 * `a, b := 1, 2` pairs names and values by position. `v, err := f()` has one value for two names:
 * neither name gets a value, since the call's results are unknown anyway.
 */
function pairUp(node: Node, targets: readonly Node[], values: readonly Node[], sink: FactSink): void {
  if (targets.length !== values.length) return;
  targets.forEach((target, index) => {
    const value = values[index];
    if (value !== undefined && target.text !== '_') sink.assignment({ node, targetNode: target, value });
  });
}

function importSpec(node: Node, sink: FactSink): void {
  const pathNode = node.childForFieldName('path');
  const path = pathNode ? literal(pathNode) : undefined;
  if (path?.kind !== 'string') return;
  const name = node.childForFieldName('name');
  if (name === null) {
    sink.importBinding({ node, local: packageName(path.value), target: path.value });
  } else if (name.type === 'package_identifier') {
    sink.importBinding({ node, local: name.text, target: path.value });
  }
  // `_` imports for side effects and `.` imports into the file scope bind no name to qualify.
}

/**
 * The name a package is used by when imported without an alias. Go takes it from the package
 * clause, which we cannot see; the last path segment is right for the standard library and the
 * common module layouts (`/v2` major versions, `gopkg.in/x.v3`, `go-x` repository names).
 */
function packageName(importPath: string): string {
  const segments = importPath.split('/');
  let last = segments.pop() ?? importPath;
  const parent = segments.pop();
  if (MAJOR_VERSION_SEGMENT.test(last) && parent !== undefined) last = parent;
  return last.replace(GOPKG_VERSION_SUFFIX, '').replace(GO_PREFIX, '').replace(GO_SUFFIX, '');
}

function literal(node: Node): StaticValue | undefined {
  switch (node.type) {
    case 'interpreted_string_literal':
      return stringValue(interpretedString(node));
    case 'raw_string_literal':
      // Go drops carriage returns from raw strings, so a file with CRLF endings has the same value.
      return stringValue(node.text.slice(1, -1).replaceAll('\r', ''));
    case 'int_literal': {
      // Number() reads the 0x, 0b and 0o prefixes; a bare leading zero is Go's older octal form.
      const text = node.text.replaceAll('_', '');
      const value = LEGACY_OCTAL.test(text) ? Number.parseInt(text, 8) : Number(text);
      return Number.isFinite(value) ? { kind: 'number', value } : UNKNOWN_VALUE;
    }
    case 'float_literal':
      return numberValue(node.text);
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

/** The grammar marks each escape sequence; the text between them is the value as written. */
function interpretedString(node: Node): string {
  const text = node.text;
  const offset = node.startIndex;
  let value = '';
  let position = offset + 1;
  for (const child of node.namedChildren) {
    if (child?.type !== 'escape_sequence') continue;
    value += text.slice(position - offset, child.startIndex - offset) + decodeEscape(child.text);
    position = child.endIndex;
  }
  return value + text.slice(position - offset, text.length - 1);
}

function decodeEscape(escape: string): string {
  if (LONG_UNICODE_ESCAPE.test(escape)) return String.fromCodePoint(Number.parseInt(escape.slice(2), 16));
  return unescapeCString(escape);
}

function composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner ? evaluate(inner) : UNKNOWN_VALUE;
    }
    case 'type_conversion_expression': {
      // `[]byte("secret")` holds the bytes of the string, which is what key and password checks want.
      const operand = node.childForFieldName('operand');
      return operand ? evaluate(operand) : UNKNOWN_VALUE;
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
    case 'call_expression':
      return callValue(node, evaluate);
    default:
      return undefined;
  }
}

/** `string("x")` is a conversion written as a call; anything else a call returns is unknown. */
function callValue(node: Node, evaluate: (part: Node) => StaticValue): StaticValue {
  const callee = node.childForFieldName('function');
  const args = argumentsOf(node);
  const only = args[0];
  if (callee?.type === 'identifier' && callee.text === 'string' && args.length === 1 && only !== undefined) {
    const value = evaluate(only.node);
    return value.kind === 'string' ? value : UNKNOWN_VALUE;
  }
  return UNKNOWN_VALUE;
}

function memberPath(node: Node): string[] | undefined {
  const segments: string[] = [];
  let current: Node | null = node;
  while (current !== null) {
    switch (current.type) {
      case 'identifier':
      case 'field_identifier':
      case 'type_identifier':
      case 'package_identifier':
        segments.unshift(current.text);
        return segments;
      case 'selector_expression': {
        const field = current.childForFieldName('field');
        if (field === null) return undefined;
        segments.unshift(field.text);
        current = current.childForFieldName('operand');
        break;
      }
      case 'qualified_type': {
        const name = current.childForFieldName('name');
        const packageNode = current.childForFieldName('package');
        if (name === null || packageNode === null) return undefined;
        segments.unshift(packageNode.text, name.text);
        return segments;
      }
      case 'parenthesized_expression':
        current = current.namedChild(0);
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}
