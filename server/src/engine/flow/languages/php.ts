/** Data-flow syntax for PHP (tree-sitter-php): superglobals, Laravel, Symfony, PSR-7, WordPress. */
import type { SyntaxNode } from '../../contract';
import { formattedBuilding } from '../format-verbs';
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

const REQUEST_TYPES: ReadonlySet<string> = new Set(['Request', 'ServerRequestInterface', 'RequestInterface', 'FormRequest']);

const REQUEST: RequestVocabulary = {
  dataRoots: new Set(['$_GET', '$_POST', '$_REQUEST', '$_COOKIE', '$_FILES', '$HTTP_GET_VARS', '$HTTP_POST_VARS', '$HTTP_RAW_POST_DATA']),
  roots: new Set(['$request', '$req', '$this.request', 'request()', 'Input', 'Request']),
  accessors: new Set([
    // Laravel (instance, helper and facades).
    'input', 'get', 'query', 'post', 'all', 'only', 'except', 'cookie', 'header', 'json', 'route', 'validated', 'string', 'str', 'collect',
    // Symfony's parameter bags and PSR-7.
    'request', 'headers', 'cookies', 'files', 'attributes', 'getContent', 'getQueryParams', 'getParsedBody', 'getCookieParams',
    'getUploadedFiles', 'getBody', 'getUri', 'getQueryString', 'getRequestUri', 'getPathInfo',
  ]),
  functions: new Set(['filter_input', 'filter_input_array', 'getallheaders', 'apache_request_headers']),
  isRequestType: (type) => REQUEST_TYPES.has(lastSegment(compact(type).replace('?', ''))),
};

/** `$_SERVER` entries a client controls: its request line and headers. */
const CLIENT_SERVER_KEYS: ReadonlySet<string> = new Set(['QUERY_STRING', 'REQUEST_URI', 'PHP_SELF', 'PATH_INFO', 'PATH_TRANSLATED', 'argv']);

/** Symfony attributes that map a controller argument from the request. */
const BINDINGS: ReadonlySet<string> = new Set(['MapQueryParameter', 'MapQueryString', 'MapRequestPayload']);

const NUMERIC_TYPES: ReadonlySet<string> = new Set(['int', 'float', 'bool', '?int', '?float', '?bool', 'integer', 'double', 'boolean']);
const NUMERIC_CALLS: ReadonlySet<string> = new Set([
  'intval', 'floatval', 'boolval', 'abs', 'count', 'strlen', 'round', 'floor', 'ceil', 'is_numeric', 'ctype_digit', 'max', 'min', 'crc32',
]);
/** `filter_var` and `filter_input` filters whose result is a number or boolean. */
const NUMERIC_FILTERS: ReadonlySet<string> = new Set([
  'FILTER_VALIDATE_INT', 'FILTER_VALIDATE_FLOAT', 'FILTER_VALIDATE_BOOLEAN', 'FILTER_VALIDATE_BOOL', 'FILTER_SANITIZE_NUMBER_INT', 'FILTER_SANITIZE_NUMBER_FLOAT',
]);
const NUMERIC_OPERATORS: ReadonlySet<string> = new Set([
  '-', '*', '/', '%', '**', '<<', '>>', '&', '|', '^', '==', '===', '!=', '!==', '<>', '<', '>', '<=', '>=', '<=>', '&&', '||', 'and', 'or', 'xor', 'instanceof',
]);

/** Escaping that is safe only inside a quoted literal, which the query around it must supply. */
const SQL_HAND_ESCAPING: ReadonlySet<string> = new Set([
  'mysqli_real_escape_string', 'mysql_real_escape_string', 'mysql_escape_string', 'addslashes', 'pg_escape_string', 'sqlite_escape_string',
  'esc_sql', 'real_escape_string', 'escape_string', 'escapestring', '_real_escape',
]);
/** Quoting functions and methods (PDO, Doctrine) that add the quotes themselves. */
const SQL_QUOTING_FUNCTIONS: ReadonlySet<string> = new Set(['pg_escape_literal', 'pg_escape_identifier']);
const SQL_QUOTING_METHODS: ReadonlySet<string> = new Set(['quote', 'quoteidentifier', 'quotesinglecolumnname']);

const PASS_THROUGH: ReadonlySet<string> = new Set([
  'trim', 'ltrim', 'rtrim', 'strtolower', 'strtoupper', 'ucfirst', 'lcfirst', 'urldecode', 'rawurldecode', 'stripslashes', 'strval', 'substr',
  'str_pad', 'basename', 'json_encode', 'html_entity_decode', 'htmlspecialchars', 'htmlentities', 'str_replace', 'str_ireplace', 'preg_replace',
  'base64_decode', 'array_map', 'array_values', 'array_keys', 'array_merge', 'array_filter', 'reset', 'end', 'current',
]);

export const phpFlow: FlowSyntax = {
  selfNames: new Set(['$this']),
  definitionTypes: new Set(['augmented_assignment_expression', 'assignment_expression', 'foreach_statement']),
  unwrap(node) {
    if (node.type === 'parenthesized_expression') return namedChildren(node)[0];
    if (node.type === 'cast_expression' && !NUMERIC_TYPES.has(castType(node))) return field(node, 'value');
    return undefined;
  },
  building,
  access(node) {
    switch (node.type) {
      case 'member_access_expression':
      case 'nullsafe_member_access_expression':
      case 'member_call_expression':
      case 'nullsafe_member_call_expression':
        return objectOf(field(node, 'object'));
      case 'subscript_expression':
        return objectOf(namedChildren(node)[0]);
      default:
        return undefined;
    }
  },
  passThrough(node, context) {
    const call = node.type === 'function_call_expression' ? context.callAt(node) : undefined;
    if (call === undefined || !PASS_THROUGH.has(call.callee.toLowerCase())) return undefined;
    return call.args.map((argument) => argument.node);
  },
  isNumeric(node, context) {
    switch (node.type) {
      case 'binary_expression':
        return NUMERIC_OPERATORS.has(field(node, 'operator')?.text ?? '');
      case 'unary_op_expression':
      case 'update_expression':
        return true;
      case 'cast_expression':
        return NUMERIC_TYPES.has(castType(node));
      case 'function_call_expression': {
        const call = context.callAt(node);
        return call !== undefined && NUMERIC_CALLS.has(call.callee.toLowerCase());
      }
      default:
        return false;
    }
  },
  sanitiser,
  isRequestRead(node, context) {
    if (isClientServerEntry(node) || readsInputStream(node, context)) return true;
    const chain = chainOf(node);
    if (chain === undefined) return false;
    const rootText = chain.root.type === 'function_call_expression' ? `${compact(field(chain.root, 'function')?.text ?? '')}()` : compact(chain.root.text);
    // `request('id')` reads input; `request()` alone is the request object.
    if (rootText === 'request()' && chain.steps.length === 0) return argumentsOf(chain.root).length > 0;
    // Laravel also reads input through dynamic properties: `$request->email`.
    if (chain.steps[0]?.kind === 'member' && isRequestObject(chain.root, rootText, context)) return true;
    return chainReadsRequest(chain, REQUEST, context, rootText);
  },
  definitions,
  callDefinitions(call) {
    // `array_push($parts, $x)`.
    if (call.receiver !== undefined || call.name.toLowerCase() !== 'array_push') return [];
    const [array, ...values] = call.args.map((argument) => argument.node);
    if (array?.type !== 'variable_name') return [];
    return values.map((value) => ({ name: array.text, node: call.node, at: call.node.endIndex, mode: 'append', value }));
  },
  declaresNumber() {
    return false;
  },
  parameters(functionNode) {
    const list = field(functionNode, 'parameters');
    if (list === undefined) return [];
    return namedChildren(list).flatMap((parameter): Parameter[] => {
      const name = field(parameter, 'name') ?? namedChildren(parameter).find((child) => child.type === 'variable_name');
      if (name === undefined) return [];
      const type = field(parameter, 'type')?.text;
      const attributes = namedChildren(parameter)
        .filter((child) => child.type === 'attribute_list')
        .flatMap((list) => list.descendantsOfType('attribute').map((attribute) => lastSegment(compact(attribute?.namedChildren[0]?.text ?? ''))));
      return [{
        name: name.text,
        node: parameter,
        fromRequest: attributes.some((attribute) => BINDINGS.has(attribute)),
        numeric: type !== undefined && NUMERIC_TYPES.has(compact(type).toLowerCase()),
        type,
      }];
    });
  },
};

function objectOf(object: SyntaxNode | undefined): { object: SyntaxNode } | undefined {
  return object === undefined ? undefined : { object };
}

function castType(node: SyntaxNode): string {
  return compact(field(node, 'type')?.text ?? '').toLowerCase();
}

/** Argument values, after any PHP 8 `name:` label. */
function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments') ?? namedChildren(call).find((child) => child.type === 'arguments');
  if (list === undefined) return [];
  return namedChildren(list).map((argument) => (argument.type === 'argument' ? namedChildren(argument).filter((child) => child.type !== 'name').pop() ?? argument : argument));
}

const INTERPOLATED_TYPES: ReadonlySet<string> = new Set(['encapsed_string', 'heredoc', 'shell_command_expression']);
const TEXT_PART_TYPES: ReadonlySet<string> = new Set(['string_content', 'escape_sequence', 'string_value', 'heredoc_start', 'heredoc_end']);

function building(node: SyntaxNode, context: FlowContext): Building | undefined {
  if (INTERPOLATED_TYPES.has(node.type)) return interpolation(node);
  switch (node.type) {
    case 'binary_expression': {
      const operator = field(node, 'operator')?.text;
      const parts = [field(node, 'left'), field(node, 'right')].filter((part): part is SyntaxNode => part !== undefined);
      if (operator === '.') return { parts, builds: true };
      if (operator === '??' || operator === '?:') return { parts, builds: false };
      return undefined;
    }
    case 'conditional_expression': {
      const [, whenTrue, whenFalse] = namedChildren(node);
      const body = field(node, 'body') ?? whenTrue;
      const alternative = field(node, 'alternative') ?? whenFalse;
      return { parts: [body, alternative].filter((part): part is SyntaxNode => part !== undefined), builds: false };
    }
    case 'array_creation_expression':
      return {
        parts: namedChildren(node).map((element) => {
          const children = namedChildren(element);
          return children[children.length - 1] ?? element;
        }),
        builds: false,
      };
    case 'function_call_expression': {
      const call = context.callAt(node);
      if (call === undefined) return undefined;
      const name = call.callee.toLowerCase();
      const args = argumentsOf(node);
      const [format, ...values] = args;
      if ((name === 'sprintf' || name === 'vsprintf') && format !== undefined) {
        return name === 'sprintf' ? formattedBuilding(context.code, format, values) : { parts: args, builds: true };
      }
      if (name === 'implode' || name === 'join') return { parts: args, builds: true };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `"… $name {$row['id']} …"`, heredocs and backticks: the interpolated expressions. */
function interpolation(node: SyntaxNode): Building | undefined {
  const body = node.type === 'heredoc' ? namedChildren(node).find((child) => child.type === 'heredoc_body') ?? node : node;
  const children = namedChildren(body);
  const parts = children.filter((child) => !TEXT_PART_TYPES.has(child.type));
  if (parts.length === 0) return undefined;
  const fragments = children.filter((child) => child.type === 'string_content' || child.type === 'string_value').map((child) => child.text);
  return { parts, fragments, builds: true };
}

function sanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
  // WordPress's table names (`{$wpdb->prefix}posts`, `$wpdb->posts`) come from its configuration, not from input.
  if (sink === 'sql' && node.type === 'member_access_expression' && field(node, 'object')?.text === '$wpdb') return 'strong';
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  const name = call.name.toLowerCase();
  if (name === 'filter_var' || name === 'filter_input') {
    // `filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT)` yields a number or false.
    const filter = call.args[name === 'filter_var' ? 1 : 2]?.node.text;
    return filter !== undefined && NUMERIC_FILTERS.has(lastSegment(filter)) ? 'strong' : undefined;
  }
  if (sink === 'shell') {
    if (name === 'escapeshellarg') return 'strong';
    // escapeshellcmd leaves spaces and quotes, so a value can still add arguments.
    return name === 'escapeshellcmd' ? 'weak' : undefined;
  }
  if (sink !== 'sql') return undefined;
  if (SQL_HAND_ESCAPING.has(name)) return 'weak';
  if (call.receiver === undefined) return SQL_QUOTING_FUNCTIONS.has(name) ? 'strong' : undefined;
  // WordPress's `$wpdb->prepare()` fills its placeholders with quoted values.
  if (name === 'prepare' && compact(call.receiver.text) === '$wpdb') return 'strong';
  return SQL_QUOTING_METHODS.has(name) ? 'strong' : undefined;
}

function isRequestObject(root: SyntaxNode, rootText: string, context: FlowContext): boolean {
  if (rootText === '$request') return true;
  const type = context.parameterFor(root)?.type;
  return type !== undefined && REQUEST.isRequestType?.(type) === true;
}

/** `$_SERVER['HTTP_X_FORWARDED_FOR']`, `$_SERVER['QUERY_STRING']`: parts of `$_SERVER` a client sends. */
function isClientServerEntry(node: SyntaxNode): boolean {
  if (node.type !== 'subscript_expression') return false;
  const [object, key] = namedChildren(node);
  if (object?.text !== '$_SERVER' || key === undefined) return false;
  const name = key.text.slice(1, -1);
  return name.startsWith('HTTP_') || CLIENT_SERVER_KEYS.has(name);
}

/** `file_get_contents('php://input')`: the raw request body. */
function readsInputStream(node: SyntaxNode, context: FlowContext): boolean {
  const call = node.type === 'function_call_expression' ? context.callAt(node) : undefined;
  if (call?.callee.toLowerCase() !== 'file_get_contents') return false;
  const path = call.args[0]?.node;
  return path !== undefined && context.code.valueOf(path).kind === 'string' && path.text.includes('php://input');
}

/** `$request->query->get('id')` → the root `$request` and the steps `->query`, `->get(…)`. */
function chainOf(node: SyntaxNode): Chain | undefined {
  const steps: ChainStep[] = [];
  let current: SyntaxNode | undefined = node;
  while (current !== undefined) {
    switch (current.type) {
      case 'member_call_expression':
      case 'nullsafe_member_call_expression':
        steps.unshift({ kind: 'call', name: field(current, 'name')?.text ?? '', node: current });
        current = field(current, 'object');
        break;
      case 'scoped_call_expression':
        steps.unshift({ kind: 'call', name: field(current, 'name')?.text ?? '', node: current });
        current = field(current, 'scope');
        break;
      case 'member_access_expression':
      case 'nullsafe_member_access_expression':
        steps.unshift({ kind: 'member', name: field(current, 'name')?.text ?? '', node: current });
        current = field(current, 'object');
        break;
      case 'subscript_expression':
        steps.unshift({ kind: 'index', name: '[]', node: current });
        current = namedChildren(current)[0];
        break;
      case 'parenthesized_expression':
        current = namedChildren(current)[0];
        break;
      default:
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
      if (left === undefined || right === undefined) return [];
      const name = compact(left.text);
      const operator = field(node, 'operator')?.text;
      if (operator === '.=' || operator === '??=') return [{ name, node, at: node.endIndex, mode: 'append', value: right }];
      return [{ name, node, at: node.endIndex, mode: 'fixed', origin: 'sanitised' }];
    }
    case 'assignment_expression': {
      // `$parts[] = $x` and `$where['name'] = $x` add to the array.
      const left = field(node, 'left');
      const right = field(node, 'right');
      const base = left?.type === 'subscript_expression' ? namedChildren(left)[0] : undefined;
      if (base?.type !== 'variable_name' || right === undefined) return [];
      return [{ name: base.text, node, at: node.endIndex, mode: 'append', value: right }];
    }
    case 'foreach_statement': {
      const [collection, binding] = namedChildren(node);
      if (collection === undefined || binding === undefined) return [];
      const names = binding.type === 'pair' ? namedChildren(binding) : [binding];
      return names
        .filter((name) => name.type === 'variable_name')
        .map((name) => ({ name: name.text, node, at: node.startIndex, mode: 'assign', value: collection, within: node }));
    }
    default:
      return [];
  }
}
