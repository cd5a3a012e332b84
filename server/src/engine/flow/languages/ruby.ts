/** Data-flow syntax for Ruby (tree-sitter-ruby): Rails, Sinatra, Rack. */
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

const REQUEST: RequestVocabulary = {
  dataRoots: new Set(['params', 'cookies']),
  roots: new Set(['request']),
  accessors: new Set([
    'params', 'parameters', 'query_parameters', 'request_parameters', 'path_parameters', 'GET', 'POST', 'body', 'raw_post', 'headers', 'cookies',
    'query_string', 'path', 'fullpath', 'url', 'original_url', 'referer', 'referrer', 'user_agent', 'env', 'form_data', '[]',
  ]),
};

/** Conversions to numbers. */
const NUMERIC_METHODS: ReadonlySet<string> = new Set(['to_i', 'to_f', 'to_r', 'to_c', 'size', 'length', 'count', 'hash', 'zero?', 'nil?', 'empty?', 'present?', 'blank?']);
const NUMERIC_FUNCTIONS: ReadonlySet<string> = new Set(['Integer', 'Float', 'Rational', 'Complex']);
const NUMERIC_OPERATORS: ReadonlySet<string> = new Set([
  '-', '*', '/', '**', '&', '|', '^', '>>', '==', '!=', '<', '>', '<=', '>=', '<=>', '===', '=~', '!~', '&&', '||', 'and', 'or',
]);

const SHELL_QUOTING: ReadonlySet<string> = new Set(['Shellwords.escape', 'Shellwords.shellescape', 'Shellwords.join', 'Shellwords.shelljoin', 'shellescape', 'shelljoin']);
/** ActiveRecord and driver quoting that adds the quotes itself. */
const SQL_QUOTING: ReadonlySet<string> = new Set([
  'quote', 'quote_table_name', 'quote_column_name', 'sanitize_sql', 'sanitize_sql_array', 'sanitize_sql_for_conditions', 'sanitize_sql_for_order',
  'sanitize_sql_for_assignment', 'escape_literal', 'escape_identifier', 'quote_ident',
]);
/** Escaping that is safe only inside a quoted literal. */
const SQL_HAND_ESCAPING: ReadonlySet<string> = new Set(['quote_string', 'escape_string', 'escape']);
/** Modules whose `escape` is for URLs, HTML or patterns, not SQL. */
const NON_SQL_ESCAPERS: ReadonlySet<string> = new Set(['CGI', 'URI', 'ERB', 'Regexp', 'Utils', 'Shellwords']);

const PASS_THROUGH: ReadonlySet<string> = new Set(['String', 'Array', 'CGI.unescape', 'URI.decode_www_form_component', 'File.join', 'File.basename', 'Pathname.new']);
/** Methods whose result also carries one of their arguments. */
const CARRYING_METHODS: Readonly<Record<string, number>> = { gsub: 1, sub: 1, tr: 1, fetch: 1 };
/** Iteration methods whose block's first parameter is an element of the receiver. */
const ITERATION_METHODS: ReadonlySet<string> = new Set([
  'each', 'map', 'collect', 'flat_map', 'select', 'filter', 'reject', 'each_with_index', 'each_with_object', 'find', 'detect', 'filter_map', 'any?', 'all?',
]);
/** Methods that add to a string or array in place. */
const MUTATORS: ReadonlySet<string> = new Set(['<<', 'concat', 'push', 'append', 'prepend', 'unshift', 'insert']);
/** Where a call is a statement whose value nobody reads. */
const STATEMENT_PARENTS: ReadonlySet<string> = new Set(['body_statement', 'program', 'then', 'else', 'do', 'begin', 'ensure', 'block_body']);

export const rubyFlow: FlowSyntax = {
  selfNames: new Set(['self']),
  definitionTypes: new Set(['operator_assignment', 'binary', 'for']),
  unwrap(node) {
    if (node.type !== 'parenthesized_statements') return undefined;
    const statements = namedChildren(node);
    return statements.length === 1 ? statements[0] : undefined;
  },
  building,
  access(node) {
    if (node.type === 'element_reference') return objectOf(field(node, 'object'));
    if (node.type !== 'call') return undefined;
    const receiver = field(node, 'receiver');
    if (receiver === undefined) return undefined;
    const carriedIndex = CARRYING_METHODS[field(node, 'method')?.text ?? ''];
    const carried = carriedIndex === undefined ? undefined : argumentsOf(node)[carriedIndex];
    return { object: receiver, carried: carried ? [carried] : [] };
  },
  passThrough(node, context) {
    const call = node.type === 'call' ? context.callAt(node) : undefined;
    if (call === undefined || !(PASS_THROUGH.has(call.qualified) || PASS_THROUGH.has(call.callee))) return undefined;
    return call.args.map((argument) => argument.node);
  },
  isNumeric(node) {
    switch (node.type) {
      case 'binary':
        return NUMERIC_OPERATORS.has(field(node, 'operator')?.text ?? '');
      case 'unary':
        return true;
      case 'call': {
        const method = field(node, 'method')?.text ?? '';
        if (field(node, 'receiver') !== undefined) return NUMERIC_METHODS.has(method);
        return NUMERIC_FUNCTIONS.has(method);
      }
      default:
        return false;
    }
  },
  sanitiser,
  isRequestRead(node, context) {
    const chain = chainOf(node);
    if (chain === undefined) return false;
    const rootText = compact(chain.root.text);
    if (chain.steps.length === 0) return chain.root.type === 'identifier' && REQUEST.dataRoots?.has(rootText) === true && context.parameterFor(chain.root) === undefined;
    return chainReadsRequest(chain, REQUEST, context, rootText);
  },
  definitions,
  callDefinitions(call) {
    // `parts.push(x)`, `sql.concat(x)` as statements add to the value in place.
    if (!MUTATORS.has(call.name) || !STATEMENT_PARENTS.has(call.node.parent?.type ?? '')) return [];
    return appendTo(call.receiver, argumentsOf(call.node), call.node);
  },
  declaresNumber() {
    return false;
  },
  parameters(functionNode) {
    const list = field(functionNode, 'parameters') ?? namedChildren(functionNode).find((child) => child.type.endsWith('parameters'));
    if (list === undefined) return [];
    const elementOf = iteratedCollection(functionNode);
    return namedChildren(list).flatMap((parameter, index): Parameter[] => {
      const name = parameter.type === 'identifier' ? parameter : field(parameter, 'name') ?? namedChildren(parameter).find((child) => child.type === 'identifier');
      return name === undefined ? [] : [{ name: name.text, node: parameter, fromRequest: false, numeric: false, elementOf: index === 0 ? elementOf : undefined }];
    });
  },
};

function objectOf(object: SyntaxNode | undefined): { object: SyntaxNode } | undefined {
  return object === undefined ? undefined : { object };
}

function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list === undefined ? [] : namedChildren(list);
}

const INTERPOLATED_TYPES: ReadonlySet<string> = new Set(['string', 'subshell', 'delimited_symbol', 'heredoc_body']);

function building(node: SyntaxNode, context: FlowContext): Building | undefined {
  if (INTERPOLATED_TYPES.has(node.type)) return interpolation(node);
  switch (node.type) {
    case 'heredoc_beginning': {
      const body = heredocBody(node);
      return body === undefined ? undefined : interpolation(body);
    }
    case 'chained_string':
      return { parts: namedChildren(node), builds: true };
    case 'binary': {
      const operator = field(node, 'operator')?.text;
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left === undefined || right === undefined) return undefined;
      if (operator === '+' || operator === '<<') return { parts: [left, right], builds: true };
      if (operator === '||' || operator === 'or') return { parts: [left, right], builds: false };
      if (operator === '%' && context.code.valueOf(left).kind === 'string') {
        return formattedBuilding(context.code, left, right.type === 'array' ? namedChildren(right) : [right]);
      }
      if (operator === '%') return { parts: [left, right], builds: true };
      if (operator === '*' && context.code.valueOf(left).kind === 'string') return { parts: [left], builds: false };
      return undefined;
    }
    case 'conditional':
    case 'if_modifier':
      return { parts: [field(node, 'consequence'), field(node, 'alternative')].filter((part): part is SyntaxNode => part !== undefined), builds: false };
    case 'array':
      return { parts: namedChildren(node), builds: false };
    case 'hash':
      return { parts: namedChildren(node).map((pair) => field(pair, 'value') ?? pair), builds: false };
    case 'call':
      return callBuilding(node, context);
    default:
      return undefined;
  }
}

/** `"… #{x} …"`, backticks, `%x()` and heredoc bodies: the interpolated expressions. */
function interpolation(node: SyntaxNode): Building | undefined {
  const children = namedChildren(node);
  const holes = children.filter((child) => child.type === 'interpolation');
  if (holes.length === 0) return undefined;
  const parts = holes.map((hole) => namedChildren(hole)[0]).filter((part): part is SyntaxNode => part !== undefined);
  const fragments = children.filter((child) => child.type === 'string_content' || child.type === 'heredoc_content').map((child) => child.text);
  return { parts, fragments, builds: true };
}

/** The body of a heredoc opened by `<<~SQL`: the first body after the opener, in the same statement list. */
function heredocBody(beginning: SyntaxNode): SyntaxNode | undefined {
  let statement: SyntaxNode | null = beginning;
  while (statement?.parent && !STATEMENT_PARENTS.has(statement.parent.type)) statement = statement.parent;
  const container = statement?.parent;
  if (container === undefined || container === null) return undefined;
  return namedChildren(container).find((child) => child.type === 'heredoc_body' && child.startIndex >= beginning.endIndex);
}

function callBuilding(node: SyntaxNode, context: FlowContext): Building | undefined {
  const method = field(node, 'method')?.text;
  const receiver = field(node, 'receiver');
  const args = argumentsOf(node);
  const [format, ...values] = args;
  if (receiver === undefined && (method === 'format' || method === 'sprintf') && format !== undefined) return formattedBuilding(context.code, format, values);
  if (receiver !== undefined && method === 'join') return { parts: [receiver, ...args], builds: true };
  if (receiver !== undefined && (method === 'map' || method === 'collect')) {
    // The block's result replaces each element; a one-expression block says what it is.
    const block = field(node, 'block');
    const body = block ? namedChildren(block).filter((child) => !child.type.endsWith('parameters')) : [];
    const only = body.length === 1 ? namedChildren(body[0] ?? block ?? node) : [];
    const expression = body[0]?.type === 'block_body' || body[0]?.type === 'body_statement' ? (only.length === 1 ? only[0] : undefined) : body[0];
    return { parts: [expression ?? receiver], builds: false };
  }
  return undefined;
}

function sanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
  if (node.type !== 'call') return undefined;
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  if (sink === 'shell') return SHELL_QUOTING.has(call.qualified) || SHELL_QUOTING.has(call.name) ? 'strong' : undefined;
  if (sink !== 'sql') return undefined;
  if (SQL_QUOTING.has(call.name)) return 'strong';
  // `client.escape(x)` (mysql2) and `conn.escape_string(x)` (pg) escape without adding quotes.
  const owner = call.receiver === undefined ? undefined : lastSegment(compact(call.receiver.text));
  return SQL_HAND_ESCAPING.has(call.name) && owner !== undefined && !NON_SQL_ESCAPERS.has(owner) ? 'weak' : undefined;
}

/** `request.params[:id]` → the root `request` and the steps `.params`, `[…]`. */
function chainOf(node: SyntaxNode): Chain | undefined {
  const steps: ChainStep[] = [];
  let current: SyntaxNode | undefined = node;
  while (current !== undefined) {
    if (current.type === 'call' && field(current, 'receiver') !== undefined) {
      const hasArguments = field(current, 'arguments') !== undefined;
      steps.unshift({ kind: hasArguments ? 'call' : 'member', name: field(current, 'method')?.text ?? '', node: current });
      current = field(current, 'receiver');
    } else if (current.type === 'element_reference') {
      steps.unshift({ kind: 'index', name: '[]', node: current });
      current = field(current, 'object');
    } else if (current.type === 'parenthesized_statements') {
      current = namedChildren(current)[0];
    } else {
      return { root: current, steps };
    }
  }
  return undefined;
}

function definitions(node: SyntaxNode): Definition[] {
  switch (node.type) {
    case 'operator_assignment': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left === undefined || right === undefined) return [];
      const name = compact(left.text);
      const operator = field(node, 'operator')?.text;
      if (operator === '+=' || operator === '||=' || operator === '<<=') return [{ name, node, at: node.endIndex, mode: 'append', value: right }];
      return [{ name, node, at: node.endIndex, mode: 'fixed', origin: 'sanitised' }];
    }
    case 'binary': {
      // `sql << " AND x = #{y}"` as a statement appends to the string in place.
      if (field(node, 'operator')?.text !== '<<' || !STATEMENT_PARENTS.has(node.parent?.type ?? '')) return [];
      return appendTo(field(node, 'left'), [field(node, 'right')], node);
    }
    case 'for': {
      const pattern = field(node, 'pattern');
      const value = field(node, 'value');
      const collection = value?.type === 'in' ? namedChildren(value)[0] : value;
      if (pattern === undefined || collection === undefined) return [];
      return [{ name: compact(pattern.text), node, at: node.startIndex, mode: 'assign', value: collection, within: node }];
    }
    default:
      return [];
  }
}

function appendTo(target: SyntaxNode | undefined, values: readonly (SyntaxNode | undefined)[], node: SyntaxNode): Definition[] {
  if (target === undefined || !['identifier', 'instance_variable', 'class_variable', 'global_variable'].includes(target.type)) return [];
  return values
    .filter((value): value is SyntaxNode => value !== undefined)
    .map((value) => ({ name: target.text, node, at: node.endIndex, mode: 'append', value }));
}

/** `ids.each do |id| … end`: the collection whose elements the block's first parameter receives. */
function iteratedCollection(block: SyntaxNode): SyntaxNode | undefined {
  const call = block.parent;
  if (call?.type !== 'call' || field(call, 'block')?.id !== block.id || !ITERATION_METHODS.has(field(call, 'method')?.text ?? '')) return undefined;
  return field(call, 'receiver');
}
