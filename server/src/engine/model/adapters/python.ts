/** Python (tree-sitter-python). */
import type { Node } from 'web-tree-sitter';
import type { Argument, StaticValue } from '../../contract';
import type { FactSink, LanguageAdapter } from '../adapter';
import { UNKNOWN_VALUE, binaryExpressionValue, concatenate, numberValue, stringValue, unaryValue, unescapeCString } from '../values';

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_definition', 'lambda']);

/** Every node type `collect` reads. */
const COLLECTED_TYPES: ReadonlySet<string> = new Set([
  'call', 'keyword_argument', 'pair', 'assignment', 'import_statement', 'import_from_statement', 'string',
]);

export const pythonAdapter: LanguageAdapter = {
  language: 'python',
  functionTypes: FUNCTION_TYPES,
  collectedTypes: COLLECTED_TYPES,
  collect,
  literal,
  composite,
  memberPath,
};

function collect(node: Node, type: string, sink: FactSink): void {
  switch (type) {
    case 'call': {
      const callee = node.childForFieldName('function');
      if (callee === null) return;
      const receiver = callee.type === 'attribute' ? callee.childForFieldName('object') ?? undefined : undefined;
      sink.call({ node, calleeNode: callee, receiver, args: argumentsOf(node), isConstructor: false });
      return;
    }
    case 'keyword_argument': {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value');
      if (name && value) sink.keyValue({ node, key: name.text, keyNode: name, value });
      return;
    }
    case 'pair': {
      const key = node.childForFieldName('key');
      const value = node.childForFieldName('value');
      const keyValue = key ? literal(key) : undefined;
      if (key && value && keyValue?.kind === 'string') sink.keyValue({ node, key: keyValue.value, keyNode: key, value });
      return;
    }
    case 'assignment': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (left && right && left.type !== 'pattern_list' && left.type !== 'tuple_pattern') {
        sink.assignment({ node, targetNode: left, value: right });
      }
      return;
    }
    case 'import_statement':
      for (const name of node.childrenForFieldName('name')) {
        if (name === null) continue;
        if (name.type === 'aliased_import') {
          const imported = name.childForFieldName('name');
          const alias = name.childForFieldName('alias');
          if (imported && alias) sink.importBinding({ node: name, local: alias.text, target: imported.text });
        } else {
          // `import a.b` binds `a`; resolving `a.b.c` then needs no mapping.
          const head = name.text.split('.')[0] ?? name.text;
          sink.importBinding({ node: name, local: head, target: head });
        }
      }
      return;
    case 'import_from_statement': {
      const module = node.childForFieldName('module_name');
      if (module === null || module.type === 'relative_import') return;
      for (const name of node.childrenForFieldName('name')) {
        if (name === null) continue;
        const imported = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
        const alias = name.type === 'aliased_import' ? name.childForFieldName('alias') : name;
        if (imported && alias) sink.importBinding({ node: name, local: alias.text, target: `${module.text}.${imported.text}` });
      }
      return;
    }
    case 'string': {
      if (isDocstring(node)) return;
      const value = literal(node);
      const content = node.namedChildren.filter((child) => child?.type === 'string_content');
      const first = content[0];
      const last = content[content.length - 1];
      if (value?.kind === 'string') {
        const start = first ? first.startIndex : (node.namedChild(0)?.endIndex ?? node.startIndex);
        const end = last ? last.endIndex : start;
        sink.string({ node, value: value.value, valueRange: { start, end } });
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
  if (list.type === 'generator_expression') return [{ node: list }];
  const args: Argument[] = [];
  for (const child of list.namedChildren) {
    if (child === null || child.type === 'comment') continue;
    if (child.type === 'keyword_argument') {
      const name = child.childForFieldName('name');
      const value = child.childForFieldName('value');
      if (name && value) args.push({ node: value, name: name.text });
    } else {
      args.push({ node: child });
    }
  }
  return args;
}

/** A string that is the first statement of a module, class or function body documents it. */
function isDocstring(node: Node): boolean {
  const statement = node.parent;
  if (statement?.type !== 'expression_statement' || statement.namedChildCount !== 1) return false;
  const body = statement.parent;
  if (body === null || (body.type !== 'module' && body.type !== 'block')) return false;
  const firstStatement = body.namedChildren.find((child) => child?.type !== 'comment');
  if (firstStatement?.id !== statement.id) return false;
  return body.type === 'module' || body.parent?.type === 'function_definition' || body.parent?.type === 'class_definition';
}

function stringPrefix(node: Node): string {
  const start = node.namedChild(0);
  return start?.type === 'string_start' ? start.text.replace(/['"]/g, '').toLowerCase() : '';
}

function literal(node: Node): StaticValue | undefined {
  switch (node.type) {
    case 'string': {
      if (node.namedChildren.some((child) => child?.type === 'interpolation')) return undefined;
      const raw = node.namedChildren
        .filter((child): child is Node => child !== null && (child.type === 'string_content' || child.type === 'escape_sequence'))
        .map((child) => child.text)
        .join('');
      return stringValue(stringPrefix(node).includes('r') ? raw : unescapeCString(raw));
    }
    case 'integer':
    case 'float':
      return numberValue(node.text.replace(/[jJ]$/, ''));
    case 'true':
      return { kind: 'boolean', value: true };
    case 'false':
      return { kind: 'boolean', value: false };
    case 'none':
      return { kind: 'null' };
    default:
      return undefined;
  }
}

function composite(node: Node, evaluate: (part: Node) => StaticValue): StaticValue | undefined {
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = node.namedChild(0);
      return inner ? evaluate(inner) : UNKNOWN_VALUE;
    }
    case 'concatenated_string':
      return concatenate(node.namedChildren.filter((child): child is Node => child !== null).map(evaluate));
    case 'string': {
      // An f-string: known when every interpolated expression is.
      const parts: StaticValue[] = [];
      for (const child of node.namedChildren) {
        if (child === null) continue;
        if (child.type === 'string_content') parts.push(stringValue(child.text));
        else if (child.type === 'escape_sequence') parts.push(stringValue(unescapeCString(child.text)));
        else if (child.type === 'interpolation') {
          const expression = child.childForFieldName('expression');
          parts.push(expression ? evaluate(expression) : UNKNOWN_VALUE);
        }
      }
      return concatenate(parts);
    }
    case 'binary_operator': {
      return binaryExpressionValue(node, evaluate);
    }
    case 'unary_operator': {
      const argument = node.childForFieldName('argument');
      const value = argument ? evaluate(argument) : UNKNOWN_VALUE;
      const operator = node.childForFieldName('operator')?.text;
      return unaryValue(operator, value);
    }
    case 'not_operator': {
      const argument = node.childForFieldName('argument');
      const value = argument ? evaluate(argument) : UNKNOWN_VALUE;
      return value.kind === 'boolean' ? { kind: 'boolean', value: !value.value } : UNKNOWN_VALUE;
    }
    default:
      return undefined;
  }
}

function memberPath(node: Node): string[] | undefined {
  const segments: string[] = [];
  let current: Node | null = node;
  while (current !== null) {
    if (current.type === 'identifier') {
      segments.unshift(current.text);
      return segments;
    }
    if (current.type === 'attribute') {
      const attribute = current.childForFieldName('attribute');
      if (attribute === null) return undefined;
      segments.unshift(attribute.text);
      current = current.childForFieldName('object');
    } else if (current.type === 'dotted_name') {
      segments.unshift(...current.text.split('.'));
      return segments;
    } else {
      return undefined;
    }
  }
  return undefined;
}
