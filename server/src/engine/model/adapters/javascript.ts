/**
 * JavaScript, TypeScript and TSX: the three grammars share these node types (TypeScript adds
 * type assertions, which are transparent to values).
 */
import type { Node } from 'web-tree-sitter';
import type { Argument, CodeLanguage, StaticValue } from '../../contract';
import type { FactSink, LanguageAdapter } from '../adapter';
import { UNKNOWN_VALUE, arithmetic, concatenate, numberValue, plus, stringValue, unescapeCString } from '../values';
import { safeRegex } from '../../regex';

const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition',
  'generator_function_declaration', 'generator_function',
]);

/** Type-level wrappers whose value is their first named child. */
const TRANSPARENT_TYPES: ReadonlySet<string> = new Set([
  'parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion', 'await_expression',
]);

/** Every node type `collect` reads. */
const COLLECTED_TYPES: ReadonlySet<string> = new Set([
  'call_expression', 'new_expression', 'pair', 'shorthand_property_identifier', 'jsx_attribute', 'variable_declarator',
  'public_field_definition', 'field_definition', 'assignment_expression', 'import_statement', 'string', 'template_string',
]);

export function javascriptAdapter(language: CodeLanguage): LanguageAdapter {
  return {
    language,
    functionTypes: FUNCTION_TYPES,
    collectedTypes: COLLECTED_TYPES,
    collect,
    literal,
    composite,
    memberPath,
  };
}

function collect(node: Node, type: string, sink: FactSink): void {
  switch (type) {
    case 'call_expression': {
      const callee = node.childForFieldName('function');
      if (callee === null) return;
      // Each read of a node's type is a call into WebAssembly.
      const calleeType = callee.type;
      const receiver = calleeType === 'member_expression' ? callee.childForFieldName('object') ?? undefined : undefined;
      sink.call({ node, calleeNode: callee, receiver, args: argumentsOf(node, sink.text), isConstructor: false });
      if (calleeType === 'identifier') requireImport(node, sink);
      return;
    }
    case 'new_expression': {
      const constructor = node.childForFieldName('constructor');
      if (constructor === null) return;
      sink.call({ node, calleeNode: constructor, args: argumentsOf(node, sink.text), isConstructor: true });
      return;
    }
    case 'pair': {
      const key = node.childForFieldName('key');
      const value = node.childForFieldName('value');
      if (key === null || value === null) return;
      const name = propertyKey(key);
      if (name !== undefined) sink.keyValue({ node, key: name, keyNode: key, value });
      return;
    }
    case 'shorthand_property_identifier':
      sink.keyValue({ node, key: node.text, keyNode: node, value: node });
      return;
    case 'jsx_attribute': {
      const [nameNode, valueNode] = [node.namedChild(0), node.namedChild(1)];
      if (nameNode && valueNode) sink.keyValue({ node, key: nameNode.text, keyNode: nameNode, value: unwrapJsxValue(valueNode) });
      return;
    }
    case 'variable_declarator': {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value');
      if (name === null || value === null) return;
      if (name.type === 'identifier') sink.assignment({ node, targetNode: name, value });
      destructuredRequire(name, value, sink);
      return;
    }
    case 'public_field_definition':
    case 'field_definition': {
      const name = node.childForFieldName('name') ?? node.childForFieldName('property');
      const value = node.childForFieldName('value');
      if (name && value) sink.assignment({ node, targetNode: name, value });
      return;
    }
    case 'assignment_expression': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left && right) sink.assignment({ node, targetNode: left, value: right });
      return;
    }
    case 'import_statement':
      esImports(node, sink);
      return;
    case 'string':
    case 'template_string': {
      const value = literalOfType(node, type);
      if (value?.kind === 'string') {
        sink.string({ node, value: value.value, valueRange: { start: node.startIndex + 1, end: node.endIndex - 1 } });
      }
      return;
    }
    default:
      return;
  }
}

const BACKTICK = 0x60;
const SLASH = 0x2f;

/**
 * A call's arguments; a tagged template's one argument is its template. Node types are told from
 * the text where its first character settles them (each read of a type is a call into
 * WebAssembly): an argument list opens with `(` and a template with a backtick, and a comment
 * starts with a slash.
 */
function argumentsOf(call: Node, text: string): Argument[] {
  const list = call.childForFieldName('arguments');
  if (list === null) return [];
  if (text.charCodeAt(list.startIndex) === BACKTICK) return [{ node: list }];
  const args: Argument[] = [];
  for (const child of list.namedChildren) {
    if (child !== null && (text.charCodeAt(child.startIndex) !== SLASH || child.type !== 'comment')) args.push({ node: child });
  }
  return args;
}

function propertyKey(key: Node): string | undefined {
  if (key.type === 'property_identifier' || key.type === 'identifier' || key.type === 'number') return key.text;
  if (key.type === 'string') {
    const value = literal(key);
    return value?.kind === 'string' ? value.value : undefined;
  }
  return undefined;
}

function unwrapJsxValue(value: Node): Node {
  if (value.type === 'jsx_expression') return value.namedChild(0) ?? value;
  return value;
}

/** `require('x')` used directly: `require('crypto').createHash(...)` resolves through memberPath. */
function requireImport(call: Node, sink: FactSink): void {
  const module = requiredModule(call);
  if (module === undefined) return;
  const declarator = call.parent;
  if (declarator?.type !== 'variable_declarator') return;
  const name = declarator.childForFieldName('name');
  if (name?.type === 'identifier') sink.importBinding({ node: declarator, local: name.text, target: module });
}

/** `const { createHash, createCipheriv: cc } = require('crypto')`. */
function destructuredRequire(name: Node, value: Node, sink: FactSink): void {
  if (name.type !== 'object_pattern') return;
  const module = value.type === 'call_expression' ? requiredModule(value) : undefined;
  if (module === undefined) return;
  for (const element of name.namedChildren) {
    if (element === null) continue;
    if (element.type === 'shorthand_property_identifier_pattern') {
      sink.importBinding({ node: element, local: element.text, target: `${module}.${element.text}` });
    } else if (element.type === 'pair_pattern') {
      const key = element.childForFieldName('key');
      const local = element.childForFieldName('value');
      if (key && local?.type === 'identifier') sink.importBinding({ node: element, local: local.text, target: `${module}.${key.text}` });
    }
  }
}

function requiredModule(call: Node): string | undefined {
  const callee = call.childForFieldName('function');
  if (callee?.type !== 'identifier' || callee.text !== 'require') return undefined;
  const first = call.childForFieldName('arguments')?.namedChild(0);
  const value = first ? literal(first) : undefined;
  return value?.kind === 'string' ? normaliseModule(value.value) : undefined;
}

/** `node:crypto` and `crypto` are the same module. */
function normaliseModule(name: string): string {
  return name.startsWith('node:') ? name.slice(5) : name;
}

function esImports(node: Node, sink: FactSink): void {
  const source = node.childForFieldName('source');
  const sourceValue = source ? literal(source) : undefined;
  if (sourceValue?.kind !== 'string') return;
  const module = normaliseModule(sourceValue.value);
  const clause = node.namedChildren.find((child) => child?.type === 'import_clause');
  if (!clause) return;
  for (const part of clause.namedChildren) {
    if (part === null) continue;
    if (part.type === 'identifier') {
      sink.importBinding({ node: part, local: part.text, target: module });
    } else if (part.type === 'namespace_import') {
      const local = part.namedChild(0);
      if (local) sink.importBinding({ node: part, local: local.text, target: module });
    } else if (part.type === 'named_imports') {
      for (const specifier of part.namedChildren) {
        if (specifier?.type !== 'import_specifier') continue;
        const imported = specifier.childForFieldName('name');
        const alias = specifier.childForFieldName('alias') ?? imported;
        if (imported && alias) sink.importBinding({ node: specifier, local: alias.text, target: `${module}.${imported.text}` });
      }
    }
  }
}

function literal(node: Node): StaticValue | undefined {
  return literalOfType(node, node.type);
}

/** `literal` for a node whose type has been read already (each read is a call into WebAssembly). */
function literalOfType(node: Node, type: string): StaticValue | undefined {
  switch (type) {
    case 'string': {
      const raw = node.text.slice(1, -1);
      return stringValue(unescapeCString(raw));
    }
    case 'template_string':
      return node.namedChildren.some((child) => child?.type === 'template_substitution')
        ? undefined
        : stringValue(unescapeCString(node.text.slice(1, -1)));
    case 'number':
      return numberValue(node.text.replace(/n$/, ''));
    case 'true':
      return { kind: 'boolean', value: true };
    case 'false':
      return { kind: 'boolean', value: false };
    case 'null':
    case 'undefined':
      return { kind: 'null' };
    default:
      return undefined;
  }
}

function composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  if (TRANSPARENT_TYPES.has(node.type)) {
    const inner = node.namedChild(0);
    return inner ? evaluate(inner) : UNKNOWN_VALUE;
  }
  if (node.type === 'binary_expression') {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    const operator = node.childForFieldName('operator')?.text;
    if (!left || !right || operator === undefined) return UNKNOWN_VALUE;
    if (operator === '+') return plus(evaluate(left), evaluate(right));
    if (operator === '??' || operator === '||') {
      // `process.env.X || 'fallback'`: the value depends on the environment, so it is not constant.
      return UNKNOWN_VALUE;
    }
    return arithmetic(operator, evaluate(left), evaluate(right));
  }
  if (node.type === 'template_string') {
    const parts: StaticValue[] = [];
    for (const child of node.namedChildren) {
      if (child === null) continue;
      if (child.type === 'string_fragment') parts.push(stringValue(child.text));
      else if (child.type === 'escape_sequence') parts.push(stringValue(unescapeCString(child.text)));
      else if (child.type === 'template_substitution') {
        const inner = child.namedChild(0);
        parts.push(inner ? evaluate(inner) : UNKNOWN_VALUE);
      }
    }
    return concatenate(parts);
  }
  if (node.type === 'unary_expression' && node.childForFieldName('operator')?.text === '!') {
    const argument = node.childForFieldName('argument');
    const value = argument ? evaluate(argument) : UNKNOWN_VALUE;
    if (value.kind === 'number') return { kind: 'boolean', value: value.value === 0 };
    if (value.kind === 'boolean') return { kind: 'boolean', value: !value.value };
    return UNKNOWN_VALUE;
  }
  return undefined;
}

/** `a.b.c` written plainly: names joined by dots, nothing else between them. */
const PLAIN_MEMBER_CHAIN = safeRegex('^[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+$');
/** Words a plain chain can start with that are not a name or `this` in the tree (`super.x`, `import.meta`, `new.target`). */
const NOT_NAMES: ReadonlySet<string> = new Set(['super', 'import', 'new', 'undefined', 'true', 'false', 'null']);

function memberPath(node: Node): string[] | undefined {
  const segments: string[] = [];
  let current: Node | null = node;
  // Each read of a node's type is a call into WebAssembly: the first is read once, for both tests.
  let type: string | undefined = node.type;
  // Each step down a member access reads a field child and its text in WebAssembly. A chain written
  // plainly is its text split at the dots, which is what the steps would find; callees mostly are.
  if (type === 'member_expression') {
    const text = node.text;
    if (PLAIN_MEMBER_CHAIN.test(text)) {
      const parts = text.split('.');
      if (!NOT_NAMES.has(parts[0]!)) return parts;
    }
  }
  while (current !== null) {
    const currentType = type ?? current.type;
    type = undefined;
    switch (currentType) {
      case 'identifier':
      case 'property_identifier':
      case 'shorthand_property_identifier':
      case 'this':
      case 'type_identifier':
        segments.unshift(current.text);
        return segments;
      case 'member_expression': {
        const property = current.childForFieldName('property');
        if (property === null) return undefined;
        segments.unshift(property.text);
        current = current.childForFieldName('object');
        break;
      }
      case 'subscript_expression': {
        const index = current.childForFieldName('index');
        const key = index ? literal(index) : undefined;
        if (key?.kind !== 'string') return undefined;
        segments.unshift(key.value);
        current = current.childForFieldName('object');
        break;
      }
      case 'call_expression': {
        const module = requiredModule(current);
        if (module === undefined) return undefined;
        segments.unshift(module);
        return segments;
      }
      case 'parenthesized_expression':
      case 'non_null_expression':
      case 'as_expression':
        current = current.namedChild(0);
        break;
      case 'sequence_expression':
        // `(0, crypto_1.createHash)('md5')`: how TypeScript, Babel and esbuild compile a call of a
        // named import. The value is the last expression's.
        current = current.namedChild(current.namedChildCount - 1);
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}
