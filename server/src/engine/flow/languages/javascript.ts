/** Data-flow syntax for JavaScript, TypeScript and TSX: Express, Koa, Fastify, Hono, NestJS, AWS Lambda. */
import type { SyntaxNode } from '../../contract';
import {
  chainReadsRequest,
  compact,
  field,
  lastSegment,
  namedChildren,
  type Building,
  type Chain,
  type ChainStep,
  type Definition,
  type FlowContext,
  type FlowSyntax,
  type Parameter,
  type RequestVocabulary,
  type SanitiserStrength,
  type SinkKind,
} from '../syntax';

const REQUEST: readonly RequestVocabulary[] = [
  {
    // Express, Fastify, Koa's `ctx.request`, Hono's `c.req`, the Fetch API's Request.
    roots: new Set(['req', 'request', 'ctx.request', 'ctx.req', 'c.req', 'context.request']),
    accessors: new Set([
      'query', 'body', 'params', 'headers', 'cookies', 'signedCookies', 'url', 'originalUrl', 'path', 'files', 'file', 'get', 'header',
      'param', 'querystring', 'search', 'rawBody', 'json', 'text', 'formData', 'raw',
    ]),
  },
  // Koa's context delegates request reads (but `ctx.body` is the response).
  { roots: new Set(['ctx']), accessors: new Set(['query', 'params', 'querystring', 'headers', 'cookies', 'url', 'originalUrl', 'path', 'search', 'get']) },
  // AWS Lambda behind API Gateway.
  { roots: new Set(['event']), accessors: new Set(['body', 'queryStringParameters', 'pathParameters', 'multiValueQueryStringParameters', 'headers']) },
  // In the browser, the page's own address and referrer are set by whoever linked to it.
  { roots: new Set(['location', 'window.location', 'document.location']), accessors: new Set(['search', 'hash']) },
  { roots: new Set(['document']), accessors: new Set(['referrer', 'URL', 'documentURI']) },
];

/** NestJS parameter decorators that bind a parameter to part of the request. */
const NEST_BINDINGS: ReadonlySet<string> = new Set(['Query', 'Param', 'Body', 'Headers', 'Cookies', 'HostParam']);

const NUMERIC_CALLS: ReadonlySet<string> = new Set([
  'parseInt', 'parseFloat', 'Number', 'Number.parseInt', 'Number.parseFloat', 'Boolean', 'BigInt', 'Date.parse', 'Number.isInteger', 'isNaN',
]);
const NUMERIC_TYPES: ReadonlySet<string> = new Set(['number', 'bigint', 'boolean']);
const NUMERIC_OPERATORS: ReadonlySet<string> = new Set([
  '-', '*', '/', '%', '**', '<<', '>>', '>>>', '&', '|', '^', '==', '===', '!=', '!==', '<', '>', '<=', '>=', 'instanceof', 'in',
]);

const SHELL_QUOTING: ReadonlySet<string> = new Set(['shell-quote.quote', 'shell-escape', 'shellescape', 'any-shell-escape']);
const SQL_QUOTING: ReadonlySet<string> = new Set([
  'mysql.escape', 'mysql.escapeId', 'mysql.format', 'mysql2.escape', 'mysql2.format', 'sqlstring.escape', 'sqlstring.escapeId', 'sqlstring.format',
  'SqlString.escape', 'SqlString.escapeId', 'SqlString.format', 'pg-format', 'pg-format.literal', 'pg-format.ident',
]);
/** Driver methods that return a quoted literal or identifier (`connection.escape(x)`, `client.escapeLiteral(x)`). */
const SQL_QUOTING_METHODS: ReadonlySet<string> = new Set(['escape', 'escapeId', 'escapeLiteral', 'escapeIdentifier']);
const DATABASE_WORDS: ReadonlySet<string> = new Set(['conn', 'connection', 'db', 'pool', 'client', 'mysql', 'sqlstring', 'sequelize', 'knex', 'pg', 'format']);

const PASS_THROUGH: ReadonlySet<string> = new Set([
  'String', 'decodeURIComponent', 'decodeURI', 'unescape', 'JSON.stringify', 'path.join', 'path.resolve', 'path.normalize', 'path.basename',
  'path.dirname', 'Buffer.from', 'URL', 'URLSearchParams', 'Array.from', 'Object.values', 'Object.keys', 'Object.entries',
]);
/** String methods whose result also carries one of their arguments. */
const CARRYING_METHODS: Readonly<Record<string, number>> = { replace: 1, replaceAll: 1, padStart: 1, padEnd: 1 };
/** Array methods whose callback's first parameter is an element of the array. */
const ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findLast', 'findIndex']);
/** Methods that add to an array, set, map or form in place. */
const MUTATORS: ReadonlySet<string> = new Set(['push', 'unshift', 'add', 'set', 'append']);

const TRANSPARENT: ReadonlySet<string> = new Set([
  'parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion', 'await_expression',
]);

export const javascriptFlow: FlowSyntax = {
  selfNames: new Set(['this']),
  definitionTypes: new Set(['augmented_assignment_expression', 'object_pattern', 'array_pattern', 'for_in_statement']),
  unwrap(node) {
    if (!TRANSPARENT.has(node.type)) return undefined;
    // The expression comes first (`x as T`), except in the older `<T>x` form.
    const children = namedChildren(node);
    return node.type === 'type_assertion' ? children[children.length - 1] : children[0];
  },
  building,
  access(node) {
    if (node.type === 'member_expression' || node.type === 'subscript_expression') return objectOf(field(node, 'object'));
    if (node.type !== 'call_expression') return undefined;
    const callee = field(node, 'function');
    if (callee?.type !== 'member_expression') return undefined;
    const object = field(callee, 'object');
    if (object === undefined) return undefined;
    const carriedIndex = CARRYING_METHODS[field(callee, 'property')?.text ?? ''];
    const carried = carriedIndex === undefined ? undefined : argumentsOf(node)[carriedIndex];
    return { object, carried: carried ? [carried] : [] };
  },
  passThrough(node, context) {
    const call = context.callAt(node);
    if (call === undefined || !(PASS_THROUGH.has(call.qualified) || PASS_THROUGH.has(call.callee))) return undefined;
    return call.args.map((argument) => argument.node);
  },
  isNumeric(node, context) {
    switch (node.type) {
      case 'binary_expression':
        return NUMERIC_OPERATORS.has(field(node, 'operator')?.text ?? '');
      case 'unary_expression':
      case 'update_expression':
        return true;
      case 'member_expression':
        return field(node, 'property')?.text === 'length';
      case 'call_expression':
      case 'new_expression': {
        const call = context.callAt(node);
        return call !== undefined && (NUMERIC_CALLS.has(call.qualified) || NUMERIC_CALLS.has(call.callee) || call.callee.startsWith('Math.'));
      }
      default:
        return false;
    }
  },
  sanitiser,
  isRequestRead(node, context) {
    const chain = chainOf(node);
    if (chain === undefined || chain.steps.length === 0) return false;
    const rootText = chain.root.type === 'call_expression' ? `${compact(field(chain.root, 'function')?.text ?? '')}()` : compact(chain.root.text);
    return REQUEST.some((vocabulary) => chainReadsRequest(chain, vocabulary, context, rootText));
  },
  definitions,
  callDefinitions(call) {
    // The name is checked first: it costs nothing, while reaching a node's parent does.
    if (!MUTATORS.has(call.name)) return [];
    const statement = call.node.parent;
    return statement?.type === 'expression_statement' && namedChildren(statement)[0]?.id === call.node.id ? mutation(statement) : [];
  },
  declaresNumber(assignment) {
    const type = assignment.type === 'variable_declarator' ? field(assignment, 'type') : undefined;
    return type !== undefined && isNumericType(type);
  },
  parameters,
};

function objectOf(object: SyntaxNode | undefined): { object: SyntaxNode } | undefined {
  return object === undefined ? undefined : { object };
}

function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list === undefined || list.type === 'template_string' ? [] : namedChildren(list);
}

function building(node: SyntaxNode): Building | undefined {
  switch (node.type) {
    case 'template_string':
      return template(node);
    case 'binary_expression': {
      const operator = field(node, 'operator')?.text;
      const parts = [field(node, 'left'), field(node, 'right')].filter((part): part is SyntaxNode => part !== undefined);
      if (operator === '+') return { parts, builds: true };
      if (operator === '||' || operator === '??' || operator === '&&') return { parts, builds: false };
      return undefined;
    }
    case 'ternary_expression':
      return { parts: [field(node, 'consequence'), field(node, 'alternative')].filter((part): part is SyntaxNode => part !== undefined), builds: false };
    case 'array':
      return { parts: namedChildren(node), builds: false };
    case 'object':
      return { parts: namedChildren(node).map((pair) => (pair.type === 'pair' ? field(pair, 'value') ?? pair : pair)), builds: false };
    case 'call_expression':
      return methodBuilding(node);
    default:
      return undefined;
  }
}

/** An untagged template's substitutions; a tagged one (`sql\`…\``) hands its values to the tag separately. */
function template(node: SyntaxNode): Building | undefined {
  if (node.parent?.type === 'call_expression' && field(node.parent, 'arguments')?.id === node.id) return undefined;
  const substitutions = namedChildren(node).filter((child) => child.type === 'template_substitution');
  if (substitutions.length === 0) return undefined;
  return {
    parts: substitutions.map((substitution) => namedChildren(substitution)[0]).filter((part): part is SyntaxNode => part !== undefined),
    fragments: namedChildren(node).filter((child) => child.type === 'string_fragment').map((child) => child.text),
    builds: true,
  };
}

/** `a.concat(b)`, `parts.join(' ')`, `ids.map(id => …)`. */
function methodBuilding(node: SyntaxNode): Building | undefined {
  const callee = field(node, 'function');
  if (callee?.type !== 'member_expression') return undefined;
  const receiver = field(callee, 'object');
  const method = field(callee, 'property')?.text;
  if (receiver === undefined) return undefined;
  const args = argumentsOf(node);
  if (method === 'concat') return { parts: [receiver, ...args], builds: true };
  if (method === 'join') return { parts: [receiver, ...args], builds: true };
  if (method === 'map' || method === 'flatMap') {
    // The callback's result replaces each element; an expression body says what it is.
    const callback = args[0];
    const body = callback?.type === 'arrow_function' ? field(callback, 'body') : undefined;
    return { parts: [body !== undefined && body.type !== 'statement_block' ? body : receiver], builds: false };
  }
  return undefined;
}

function sanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
  if (node.type !== 'call_expression') return undefined;
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  if (sink === 'shell') return SHELL_QUOTING.has(call.qualified) ? 'strong' : undefined;
  if (sink !== 'sql') return undefined;
  if (SQL_QUOTING.has(call.qualified) || SQL_QUOTING.has(call.callee)) return 'strong';
  const receiver = call.receiver === undefined ? undefined : lastSegment(compact(call.receiver.text)).toLowerCase();
  if (SQL_QUOTING_METHODS.has(call.name) && receiver !== undefined && DATABASE_WORDS.has(receiver)) return 'strong';
  if ((call.name === 'literal' || call.name === 'ident') && receiver === 'format') return 'strong';
  return undefined;
}

/** `req.query.id` → the root `req` and the steps `.query`, `.id`. */
function chainOf(node: SyntaxNode): Chain | undefined {
  const steps: ChainStep[] = [];
  let current: SyntaxNode | undefined = node;
  while (current !== undefined) {
    if (current.type === 'member_expression') {
      steps.unshift({ kind: 'member', name: field(current, 'property')?.text ?? '', node: current });
      current = field(current, 'object');
    } else if (current.type === 'subscript_expression') {
      steps.unshift({ kind: 'index', name: '[]', node: current });
      current = field(current, 'object');
    } else if (current.type === 'call_expression' && field(current, 'function')?.type === 'member_expression') {
      const callee = field(current, 'function');
      steps.unshift({ kind: 'call', name: callee ? field(callee, 'property')?.text ?? '' : '', node: current });
      current = callee ? field(callee, 'object') : undefined;
    } else if (TRANSPARENT.has(current.type)) {
      current = namedChildren(current)[0];
    } else {
      return { root: current, steps };
    }
  }
  return undefined;
}

function definitions(node: SyntaxNode): Definition[] {
  switch (node.type) {
    case 'augmented_assignment_expression': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left === undefined || right === undefined || left.type === 'subscript_expression') return [];
      const name = compact(left.text);
      return field(node, 'operator')?.text === '+='
        ? [{ name, node, at: node.endIndex, mode: 'append', value: right }]
        : [{ name, node, at: node.endIndex, mode: 'fixed', origin: 'sanitised' }];
    }
    case 'object_pattern':
    case 'array_pattern': {
      // `const { id, name: n } = req.query`: each name holds part of the value.
      const declarator = node.parent;
      const value = declarator?.type === 'variable_declarator' && field(declarator, 'name')?.id === node.id ? field(declarator, 'value') : undefined;
      if (declarator === null || value === undefined) return [];
      return boundNames(node).map((name) => ({ name, node: declarator, at: declarator.endIndex, mode: 'assign', value }));
    }
    case 'for_in_statement': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left === undefined || right === undefined) return [];
      return boundNames(left).map((name) => ({ name, node, at: node.startIndex, mode: 'assign', value: right, within: node }));
    }
    default:
      return [];
  }
}

function boundNames(pattern: SyntaxNode): string[] {
  switch (pattern.type) {
    case 'identifier':
    case 'shorthand_property_identifier_pattern':
      return [pattern.text];
    case 'pair_pattern': {
      const value = field(pattern, 'value');
      return value ? boundNames(value) : [];
    }
    case 'assignment_pattern': {
      const left = field(pattern, 'left');
      return left ? boundNames(left) : [];
    }
    case 'object_pattern':
    case 'array_pattern':
    case 'rest_pattern':
    case 'object_assignment_pattern':
      return namedChildren(pattern).flatMap(boundNames);
    default:
      return [];
  }
}

/** `parts.push(x)`, `params.append('q', x)`: the collection now also holds the argument. */
function mutation(statement: SyntaxNode): Definition[] {
  const call = namedChildren(statement)[0];
  const callee = call?.type === 'call_expression' ? field(call, 'function') : undefined;
  if (call === undefined || callee?.type !== 'member_expression' || !MUTATORS.has(field(callee, 'property')?.text ?? '')) return [];
  const object = field(callee, 'object');
  if (object === undefined || (object.type !== 'identifier' && object.type !== 'member_expression')) return [];
  const name = compact(object.text);
  return argumentsOf(call).map((value) => ({ name, node: statement, at: statement.endIndex, mode: 'append', value }));
}

function parameters(functionNode: SyntaxNode): Parameter[] {
  const elementOf = iteratedCollection(functionNode);
  const single = field(functionNode, 'parameter');
  if (single !== undefined) return [{ name: single.text, node: single, fromRequest: false, numeric: false, elementOf }];
  const list = field(functionNode, 'parameters');
  if (list === undefined) return [];
  const result: Parameter[] = [];
  namedChildren(list).forEach((child, index) => {
    const pattern = field(child, 'pattern') ?? child;
    const type = field(child, 'type');
    const decorators = namedChildren(child).filter((part) => part.type === 'decorator');
    const fromRequest = decorators.some((decorator) => NEST_BINDINGS.has(decoratorName(decorator)));
    for (const name of boundNames(pattern)) {
      result.push({
        name,
        node: child,
        fromRequest,
        numeric: type !== undefined && isNumericType(type),
        type: type?.text,
        elementOf: index === 0 ? elementOf : undefined,
      });
    }
  });
  return result;
}

/** `ids.forEach((id) => …)`: the collection whose elements the callback's first parameter receives. */
function iteratedCollection(functionNode: SyntaxNode): SyntaxNode | undefined {
  const list = functionNode.parent;
  const call = list?.type === 'arguments' ? list.parent : undefined;
  const callee = call?.type === 'call_expression' ? field(call, 'function') : undefined;
  if (callee?.type !== 'member_expression' || !ITERATION_METHODS.has(field(callee, 'property')?.text ?? '')) return undefined;
  return field(callee, 'object');
}

function decoratorName(decorator: SyntaxNode): string {
  const expression = namedChildren(decorator)[0];
  const callee = expression?.type === 'call_expression' ? field(expression, 'function') : expression;
  return callee ? lastSegment(callee.text) : '';
}

/** `: number`, `: number | undefined`. */
function isNumericType(annotation: SyntaxNode): boolean {
  const text = compact(annotation.text).replace(':', '');
  return text.split('|').every((member) => NUMERIC_TYPES.has(member) || member === 'undefined' || member === 'null');
}
