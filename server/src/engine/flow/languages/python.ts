/** Data-flow syntax for Python (tree-sitter-python): Flask, Django, FastAPI, Starlette, aiohttp, Falcon, Bottle, Pyramid, Tornado. */
import type { SyntaxNode } from '../../contract';
import { formatConversions, formattedBuilding } from '../format-verbs';
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
    roots: new Set(['request', 'req', 'self.request', 'flask.request', 'bottle.request']),
    accessors: new Set([
      // Flask and Werkzeug.
      'args', 'form', 'values', 'json', 'data', 'files', 'cookies', 'headers', 'get_json', 'get_data', 'view_args',
      'query_string', 'url', 'full_path', 'path', 'stream',
      // Django and Django REST framework.
      'GET', 'POST', 'COOKIES', 'META', 'FILES', 'body', 'query_params', 'get_full_path',
      // Starlette, FastAPI, aiohttp.
      'path_params', 'query', 'match_info', 'form', 'post', 'text', 'content',
      // Bottle, Falcon, Pyramid.
      'forms', 'params', 'media', 'get_param', 'get_header', 'matchdict', 'json_body',
    ]),
  },
  // Tornado handlers read arguments through methods on the handler itself.
  {
    roots: new Set(['self']),
    accessors: new Set(['get_argument', 'get_arguments', 'get_query_argument', 'get_query_arguments', 'get_body_argument', 'get_body_arguments', 'get_cookie']),
  },
];

/** FastAPI parameter declarations that bind a parameter to part of the request. */
const FASTAPI_BINDINGS: ReadonlySet<string> = new Set(['Query', 'Path', 'Body', 'Form', 'Header', 'Cookie', 'File']);

/** Types whose values are numbers, booleans, UUIDs or dates: they cannot carry text. */
const NUMERIC_TYPES: ReadonlySet<string> = new Set([
  'int', 'float', 'bool', 'complex', 'Decimal', 'decimal.Decimal', 'UUID', 'uuid.UUID', 'date', 'datetime', 'datetime.date', 'datetime.datetime',
  'PositiveInt', 'NegativeInt', 'NonNegativeInt', 'conint', 'StrictInt', 'StrictBool',
]);

/** Calls whose result is a number or other non-text value. */
const NUMERIC_CALLS: ReadonlySet<string> = new Set([
  'int', 'float', 'bool', 'complex', 'len', 'abs', 'round', 'ord', 'hash', 'Decimal', 'decimal.Decimal', 'uuid.UUID', 'UUID', 'math.floor', 'math.ceil',
]);

const SHELL_QUOTING: ReadonlySet<string> = new Set(['shlex.quote', 'pipes.quote', 'shlex.join']);
/** psycopg's SQL composition quotes identifiers and literals itself. */
const SQL_COMPOSITION: ReadonlySet<string> = new Set([
  'psycopg2.sql.Identifier', 'psycopg2.sql.Literal', 'psycopg.sql.Identifier', 'psycopg.sql.Literal', 'sql.Identifier', 'sql.Literal',
]);
const SQL_COMPOSABLE: ReadonlySet<string> = new Set(['psycopg2.sql.SQL', 'psycopg.sql.SQL', 'sql.SQL']);
/** Escaping without quoting: safe only inside a quoted literal, which the query around it must supply. */
const SQL_HAND_ESCAPING: ReadonlySet<string> = new Set(['escape_string', 'pymysql.converters.escape_string', 'MySQLdb.escape_string']);
/** Driver methods that return a quoted literal (`conn.escape(x)`, `conn.literal(x)`). */
const SQL_QUOTING_METHODS: ReadonlySet<string> = new Set(['escape', 'literal']);
const DATABASE_WORDS: ReadonlySet<string> = new Set(['conn', 'connection', 'db', 'cursor', 'cur', 'cnx', 'database', 'mysql', 'engine']);

/** Calls whose result is their argument's text, changed only in form. */
const PASS_THROUGH: ReadonlySet<string> = new Set([
  'str', 'repr', 'list', 'tuple', 'sorted', 'set', 'urllib.parse.unquote', 'urllib.parse.unquote_plus', 'unquote', 'unquote_plus',
  'textwrap.dedent', 'dedent', 'os.path.join', 'os.path.normpath', 'os.path.abspath', 'os.path.basename', 'os.path.dirname', 'os.fspath',
  'pathlib.Path', 'Path', 'html.unescape',
]);

/** String and dict methods whose result also carries one of their arguments. */
const CARRYING_METHODS: Readonly<Record<string, number>> = { replace: 1, get: 1, pop: 1, setdefault: 1 };

/** Methods that add to a list, set or dict in place. */
const MUTATORS: ReadonlySet<string> = new Set(['append', 'extend', 'insert', 'add', 'update', 'appendleft', 'extendleft']);

const NUMERIC_OPERATORS: ReadonlySet<string> = new Set(['-', '*', '/', '//', '**', '<<', '>>', '&', '|', '^', '@']);

export const pythonFlow: FlowSyntax = {
  selfNames: new Set(['self', 'cls']),
  definitionTypes: new Set(['augmented_assignment', 'pattern_list', 'tuple_pattern', 'for_statement', 'for_in_clause', 'named_expression']),
  unwrap(node) {
    if (node.type === 'parenthesized_expression' || node.type === 'await') return namedChildren(node)[0];
    return undefined;
  },
  building,
  access(node) {
    if (node.type === 'attribute') return objectOf(field(node, 'object'));
    if (node.type === 'subscript') return objectOf(field(node, 'value'));
    if (node.type !== 'call') return undefined;
    const callee = field(node, 'function');
    if (callee?.type !== 'attribute') return undefined;
    const object = field(callee, 'object');
    if (object === undefined) return undefined;
    const carriedIndex = CARRYING_METHODS[field(callee, 'attribute')?.text ?? ''];
    const carried = carriedIndex === undefined ? undefined : positionalArguments(node)[carriedIndex];
    return { object, carried: carried ? [carried] : [] };
  },
  passThrough(node, context) {
    const call = context.callAt(node);
    if (call === undefined) return undefined;
    const passes = PASS_THROUGH.has(call.qualified) || (call.receiver === undefined && PASS_THROUGH.has(call.callee));
    return passes ? call.args.map((argument) => argument.node) : undefined;
  },
  isNumeric(node, context) {
    switch (node.type) {
      case 'binary_operator':
        return NUMERIC_OPERATORS.has(field(node, 'operator')?.text ?? '');
      case 'comparison_operator':
      case 'not_operator':
      case 'unary_operator':
        return true;
      case 'call': {
        const call = context.callAt(node);
        return call !== undefined && (NUMERIC_CALLS.has(call.qualified) || NUMERIC_CALLS.has(call.callee));
      }
      default:
        return false;
    }
  },
  sanitiser,
  isRequestRead(node, context) {
    const chain = chainOf(node);
    if (chain === undefined || chain.steps.length === 0) return false;
    const rootText = chain.root.type === 'call' ? `${field(chain.root, 'function')?.text ?? ''}()` : compact(chain.root.text);
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
    const type = field(assignment, 'type');
    return type !== undefined && isNumericType(type.text);
  },
  parameters,
};

function objectOf(object: SyntaxNode | undefined): { object: SyntaxNode } | undefined {
  return object === undefined ? undefined : { object };
}

function positionalArguments(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list === undefined ? [] : namedChildren(list).filter((child) => child.type !== 'keyword_argument');
}

/** Every argument's value, keyword arguments included. */
function argumentValues(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  if (list === undefined) return [];
  return namedChildren(list).map((child) => (child.type === 'keyword_argument' ? field(child, 'value') ?? child : child));
}

function building(node: SyntaxNode, context: FlowContext): Building | undefined {
  switch (node.type) {
    case 'string':
      return fString(node);
    case 'concatenated_string':
      return { parts: namedChildren(node), builds: true };
    case 'binary_operator':
      return binaryBuilding(node, context);
    case 'call': {
      const callee = field(node, 'function');
      const method = callee?.type === 'attribute' ? field(callee, 'attribute')?.text : undefined;
      const receiver = callee?.type === 'attribute' ? field(callee, 'object') : undefined;
      if (receiver === undefined) return undefined;
      if (method === 'format' || method === 'format_map') return { parts: [receiver, ...argumentValues(node)], builds: true };
      if (method === 'join') return { parts: [receiver, ...positionalArguments(node)], builds: true };
      return undefined;
    }
    case 'list':
    case 'tuple':
    case 'set':
    case 'expression_list':
      return { parts: namedChildren(node), builds: false };
    case 'dictionary':
      return { parts: namedChildren(node).map((pair) => field(pair, 'value') ?? pair), builds: false };
    case 'list_comprehension':
    case 'set_comprehension':
    case 'generator_expression': {
      const body = field(node, 'body');
      return { parts: body ? [body] : [], builds: false };
    }
    case 'conditional_expression': {
      const [whenTrue, , whenFalse] = namedChildren(node);
      return { parts: [whenTrue, whenFalse].filter((part): part is SyntaxNode => part !== undefined), builds: false };
    }
    case 'boolean_operator':
      return { parts: [field(node, 'left'), field(node, 'right')].filter((part): part is SyntaxNode => part !== undefined), builds: false };
    default:
      return undefined;
  }
}

/** An f-string's interpolated expressions; a numeric format spec (`{n:d}`, `{x:.2f}`) makes its value a number. */
function fString(node: SyntaxNode): Building | undefined {
  const interpolations = namedChildren(node).filter((child) => child.type === 'interpolation');
  if (interpolations.length === 0) return undefined;
  const parts: SyntaxNode[] = [];
  const numericParts: SyntaxNode[] = [];
  for (const interpolation of interpolations) {
    const expression = field(interpolation, 'expression');
    if (expression === undefined) continue;
    parts.push(expression);
    const spec = namedChildren(interpolation).find((child) => child.type === 'format_specifier');
    const verb = spec?.text.slice(-1);
    if (verb !== undefined && formatConversions(`%${verb}`)?.[0] === 'number') numericParts.push(expression);
  }
  const fragments = namedChildren(node).filter((child) => child.type === 'string_content').map((child) => child.text);
  return { parts, numericParts, fragments, builds: true };
}

const TEXT_TYPES: ReadonlySet<string> = new Set(['string', 'concatenated_string', 'list', 'tuple']);

function binaryBuilding(node: SyntaxNode, context: FlowContext): Building | undefined {
  const left = field(node, 'left');
  const right = field(node, 'right');
  const operator = field(node, 'operator')?.text;
  if (left === undefined || right === undefined) return undefined;
  if (operator === '+') return { parts: [left, right], builds: true };
  if (operator === '%') {
    const isFormat = left.type === 'string' || left.type === 'concatenated_string' || context.code.valueOf(left).kind === 'string';
    if (!isFormat) return { parts: [left, right], builds: true };
    const args = right.type === 'tuple' ? namedChildren(right) : right.type === 'dictionary' ? namedChildren(right).map((pair) => field(pair, 'value') ?? pair) : [right];
    return right.type === 'dictionary' ? { parts: [left, ...args], builds: true } : formattedBuilding(context.code, left, args);
  }
  if (operator === '*') {
    // Repeating a constant (`"?, " * len(ids)`, `["%s"] * n`) adds no text of its own.
    const text = [left, right].find((side) => TEXT_TYPES.has(side.type) || context.code.valueOf(side).kind === 'string');
    return text === undefined ? undefined : { parts: [text], builds: false };
  }
  return undefined;
}

function sanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
  if (node.type !== 'call') return undefined;
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  // Flask converts and validates: `request.args.get('id', type=int)`.
  const type = call.args.find((argument) => argument.name === 'type')?.node.text;
  if (call.name === 'get' && type !== undefined && NUMERIC_CALLS.has(type)) return 'strong';
  if (sink === 'shell' && (SHELL_QUOTING.has(call.qualified) || SHELL_QUOTING.has(call.callee))) return 'strong';
  if (sink !== 'sql') return undefined;
  if (SQL_COMPOSITION.has(call.qualified) || SQL_COMPOSITION.has(call.callee)) return 'strong';
  if (call.name === 'format' && call.receiver?.type === 'call') {
    const composable = context.callAt(call.receiver);
    if (composable !== undefined && (SQL_COMPOSABLE.has(composable.qualified) || SQL_COMPOSABLE.has(composable.callee))) return 'strong';
  }
  if (SQL_HAND_ESCAPING.has(call.qualified) || call.name === 'escape_string') return 'weak';
  if (SQL_QUOTING_METHODS.has(call.name) && call.receiver !== undefined && DATABASE_WORDS.has(lastSegment(compact(call.receiver.text)).toLowerCase())) return 'strong';
  return undefined;
}

/** `request.args.get('id')` → the root `request` and the steps `.args`, `.get(…)`. */
function chainOf(node: SyntaxNode): Chain | undefined {
  const steps: ChainStep[] = [];
  let current: SyntaxNode | undefined = node;
  while (current !== undefined) {
    if (current.type === 'attribute') {
      steps.unshift({ kind: 'member', name: field(current, 'attribute')?.text ?? '', node: current });
      current = field(current, 'object');
    } else if (current.type === 'subscript') {
      steps.unshift({ kind: 'index', name: '[]', node: current });
      current = field(current, 'value');
    } else if (current.type === 'call' && field(current, 'function')?.type === 'attribute') {
      const callee = field(current, 'function');
      steps.unshift({ kind: 'call', name: callee ? field(callee, 'attribute')?.text ?? '' : '', node: current });
      current = callee ? field(callee, 'object') : undefined;
    } else if (current.type === 'await' || current.type === 'parenthesized_expression') {
      current = namedChildren(current)[0];
    } else {
      return { root: current, steps };
    }
  }
  return undefined;
}

function definitions(node: SyntaxNode): Definition[] {
  switch (node.type) {
    case 'augmented_assignment': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left === undefined || right === undefined || left.type === 'subscript') return [];
      const name = compact(left.text);
      return field(node, 'operator')?.text === '+='
        ? [{ name, node, at: node.endIndex, mode: 'append', value: right }]
        : [{ name, node, at: node.endIndex, mode: 'fixed', origin: 'sanitised' }];
    }
    case 'pattern_list':
    case 'tuple_pattern':
      return node.parent?.type === 'assignment' && field(node.parent, 'left')?.id === node.id ? unpacking(node.parent) : [];
    case 'for_statement':
    case 'for_in_clause': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      const scope = node.type === 'for_in_clause' ? node.parent ?? node : node;
      if (left === undefined || right === undefined) return [];
      return boundNames(left).map((name) => ({ name, node, at: scope.startIndex, mode: 'assign', value: right, within: scope }));
    }
    case 'named_expression': {
      const name = field(node, 'name');
      const value = field(node, 'value');
      return name && value ? [{ name: name.text, node, at: node.endIndex, mode: 'assign', value }] : [];
    }
    default:
      return [];
  }
}

/** `a, b = x, y` pairs by position; `a, b = f()` gives each name the whole value. */
function unpacking(node: SyntaxNode): Definition[] {
  const left = field(node, 'left');
  const right = field(node, 'right');
  if (left === undefined || right === undefined || (left.type !== 'pattern_list' && left.type !== 'tuple_pattern')) return [];
  const targets = namedChildren(left);
  const values = right.type === 'expression_list' || right.type === 'tuple' ? namedChildren(right) : [];
  return targets.map((target, index) => ({
    name: compact(target.text),
    node,
    at: node.endIndex,
    mode: 'assign',
    value: values.length === targets.length ? values[index] ?? right : right,
  }));
}

function boundNames(target: SyntaxNode): string[] {
  if (target.type === 'identifier') return [target.text];
  return namedChildren(target).flatMap(boundNames);
}

/** `parts.append(x)`, `clauses.extend(more)`: the list now also holds the argument. */
function mutation(statement: SyntaxNode): Definition[] {
  const call = namedChildren(statement)[0];
  const callee = call?.type === 'call' ? field(call, 'function') : undefined;
  if (call === undefined || callee?.type !== 'attribute' || !MUTATORS.has(field(callee, 'attribute')?.text ?? '')) return [];
  const object = field(callee, 'object');
  if (object === undefined || (object.type !== 'identifier' && object.type !== 'attribute')) return [];
  const name = compact(object.text);
  return argumentValues(call).map((value) => ({ name, node: statement, at: statement.endIndex, mode: 'append', value }));
}

function parameters(functionNode: SyntaxNode): Parameter[] {
  const list = field(functionNode, 'parameters');
  if (list === undefined) return [];
  const routed = isRouteHandler(functionNode);
  const result: Parameter[] = [];
  for (const child of namedChildren(list)) {
    const name = parameterName(child);
    if (name === undefined) continue;
    const type = field(child, 'type')?.text;
    const value = field(child, 'value');
    const binding = value?.type === 'call' ? lastSegment(compact(field(value, 'function')?.text ?? '')) : undefined;
    const annotatedBinding = type !== undefined && [...FASTAPI_BINDINGS].some((bind) => type.includes(`${bind}(`));
    // A route handler's other parameters come from the path or the query (Flask, FastAPI).
    const routeValue = routed && !NOT_ROUTE_VALUES.has(name.text) && binding !== 'Depends' && binding !== 'Security' && type !== 'Request';
    result.push({
      name: name.text,
      node: child,
      fromRequest: (binding !== undefined && FASTAPI_BINDINGS.has(binding)) || annotatedBinding || routeValue,
      numeric: type !== undefined && isNumericType(type),
      type,
    });
  }
  return result;
}

/** Route decorators of Flask, FastAPI, Starlette and Quart: `@app.route(...)`, `@router.get(...)`. */
const ROUTE_DECORATORS: ReadonlySet<string> = new Set(['route', 'get', 'post', 'put', 'delete', 'patch', 'api_route']);
const NOT_ROUTE_VALUES: ReadonlySet<string> = new Set(['self', 'cls', 'request', 'req', 'response', 'background_tasks']);

function isRouteHandler(functionNode: SyntaxNode): boolean {
  const decorated = functionNode.parent;
  if (decorated?.type !== 'decorated_definition') return false;
  return namedChildren(decorated).some((decorator) => {
    const call = decorator.type === 'decorator' ? namedChildren(decorator)[0] : undefined;
    const callee = call?.type === 'call' ? field(call, 'function') : undefined;
    const object = callee?.type === 'attribute' ? field(callee, 'object')?.text : undefined;
    return callee?.type === 'attribute' && ROUTE_DECORATORS.has(field(callee, 'attribute')?.text ?? '') && object !== 'requests' && object !== 'session';
  });
}

function parameterName(parameter: SyntaxNode): SyntaxNode | undefined {
  if (parameter.type === 'identifier') return parameter;
  const name = field(parameter, 'name');
  if (name !== undefined) return name;
  return namedChildren(parameter).find((child) => child.type === 'identifier');
}

/** `int`, `Optional[int]`, `int | None`, `Annotated[int, Query()]`. */
function isNumericType(type: string): boolean {
  let text = compact(type);
  for (const wrapper of ['Optional[', 'Annotated[', 'typing.Optional[']) {
    if (text.startsWith(wrapper)) text = text.slice(wrapper.length).split(',')[0]?.split(']')[0] ?? text;
  }
  return NUMERIC_TYPES.has(text.split('|')[0] ?? text);
}
