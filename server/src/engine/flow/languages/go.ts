/** Data-flow syntax for Go (tree-sitter-go): net/http, gorilla/mux, chi, gin, echo, fiber, httprouter. */
import type { SyntaxNode } from '../../contract';
import { formattedBuilding } from '../format-verbs';
import {
  chainReadsRequest,
  compact,
  field,
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

/** Declared types of request objects: net/http's request and the web frameworks' contexts. */
const REQUEST_TYPE_NAMES: readonly string[] = ['http.Request', 'gin.Context', 'echo.Context', 'fiber.Ctx', 'httprouter.Params'];

const REQUEST: RequestVocabulary = {
  roots: new Set(['r', 'req', 'request']),
  rootsNeedType: true,
  accessors: new Set([
    // net/http.
    'URL', 'Form', 'PostForm', 'MultipartForm', 'Header', 'Body', 'FormValue', 'PostFormValue', 'FormFile', 'Cookie', 'Cookies', 'Referer',
    'UserAgent', 'PathValue', 'RequestURI',
    // gin, echo, fiber, httprouter.
    'Query', 'DefaultQuery', 'GetQuery', 'QueryArray', 'QueryMap', 'Param', 'Params', 'DefaultPostForm', 'GetPostForm', 'PostFormArray',
    'GetHeader', 'GetRawData', 'QueryParam', 'QueryParams', 'FormParams', 'ByName', 'BodyRaw',
  ]),
  functions: new Set(['mux.Vars', 'chi.URLParam', 'chi.URLParamFromCtx']),
  isRequestType: (type) => REQUEST_TYPE_NAMES.some((name) => compact(type).endsWith(name)),
};

const NUMERIC_TYPES: ReadonlySet<string> = new Set([
  'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64', 'bool', 'uuid.UUID', 'time.Time',
  'time.Duration',
]);
const NUMERIC_CALLS: ReadonlySet<string> = new Set([
  'strconv.Atoi', 'strconv.ParseInt', 'strconv.ParseUint', 'strconv.ParseFloat', 'strconv.ParseBool', 'strconv.Itoa', 'strconv.FormatInt',
  'strconv.FormatUint', 'strconv.FormatFloat', 'strconv.FormatBool', 'len', 'cap', 'uuid.Parse', 'uuid.MustParse', 'time.Parse',
]);
const NUMERIC_OPERATORS: ReadonlySet<string> = new Set(['-', '*', '/', '%', '<<', '>>', '&', '|', '^', '&^', '==', '!=', '<', '>', '<=', '>=', '&&', '||']);

const SQL_QUOTING: ReadonlySet<string> = new Set(['pq.QuoteLiteral', 'pq.QuoteIdentifier', 'pgx.Identifier']);
const SHELL_QUOTING: ReadonlySet<string> = new Set(['shellescape.Quote', 'shellescape.QuoteCommand']);

const PASS_THROUGH: ReadonlySet<string> = new Set([
  'strings.TrimSpace', 'strings.ToLower', 'strings.ToUpper', 'strings.Trim', 'strings.TrimPrefix', 'strings.TrimSuffix', 'strings.Title',
  'strings.Replace', 'strings.ReplaceAll', 'strings.Fields', 'strings.Split', 'url.QueryUnescape', 'url.PathUnescape', 'filepath.Join',
  'filepath.Clean', 'filepath.Base', 'path.Join', 'path.Clean', 'string', 'append',
]);
/** Writers that add to a `strings.Builder` or `bytes.Buffer` in place. */
const MUTATORS: ReadonlySet<string> = new Set(['WriteString', 'WriteByte', 'WriteRune', 'Write']);

export const goFlow: FlowSyntax = {
  selfNames: new Set(),
  definitionTypes: new Set(['short_var_declaration', 'assignment_statement', 'var_spec', 'range_clause']),
  unwrap(node) {
    if (node.type === 'parenthesized_expression') return namedChildren(node)[0];
    if (node.type === 'type_conversion_expression' && !isNumericType(field(node, 'type')?.text)) return field(node, 'operand');
    return undefined;
  },
  building,
  access(node) {
    if (node.type === 'selector_expression' || node.type === 'index_expression' || node.type === 'slice_expression') return objectOf(field(node, 'operand'));
    if (node.type !== 'call_expression') return undefined;
    const callee = field(node, 'function');
    return callee?.type === 'selector_expression' ? objectOf(field(callee, 'operand')) : undefined;
  },
  passThrough(node, context) {
    const call = context.callAt(node);
    if (call === undefined || !PASS_THROUGH.has(call.callee)) return undefined;
    return call.args.map((argument) => argument.node);
  },
  isNumeric(node, context) {
    switch (node.type) {
      case 'binary_expression':
        return NUMERIC_OPERATORS.has(field(node, 'operator')?.text ?? '');
      case 'unary_expression':
        return field(node, 'operator')?.text !== '*' && field(node, 'operator')?.text !== '&' && field(node, 'operator')?.text !== '<-';
      case 'type_conversion_expression':
        return isNumericType(field(node, 'type')?.text);
      case 'call_expression': {
        const call = context.callAt(node);
        return call !== undefined && (NUMERIC_CALLS.has(call.callee) || isNumericType(call.callee));
      }
      default:
        return false;
    }
  },
  sanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
    const call = node.type === 'call_expression' ? context.callAt(node) : undefined;
    if (call === undefined) return undefined;
    if (sink === 'sql' && SQL_QUOTING.has(call.callee)) return 'strong';
    if (sink === 'shell' && SHELL_QUOTING.has(call.callee)) return 'strong';
    return undefined;
  },
  isRequestRead(node, context) {
    const chain = chainOf(node);
    if (chain === undefined || chain.steps.length === 0) return false;
    return chainReadsRequest(chain, REQUEST, context, compact(chain.root.text));
  },
  definitions,
  callDefinitions(call) {
    // The name is checked first: it costs nothing, while reaching a node's parent does.
    if (!MUTATORS.has(call.name) && !call.name.startsWith('Fprint')) return [];
    const statement = call.node.parent;
    return statement?.type === 'expression_statement' && namedChildren(statement)[0]?.id === call.node.id ? mutation(statement) : [];
  },
  declaresNumber(assignment, target) {
    if (assignment.type !== 'var_spec') return false;
    return target.type === 'identifier' && isNumericType(field(assignment, 'type')?.text);
  },
  parameters(functionNode) {
    const list = field(functionNode, 'parameters');
    if (list === undefined) return [];
    return namedChildren(list).flatMap((declaration): Parameter[] => {
      const type = field(declaration, 'type')?.text;
      return declaration.childrenForFieldName('name')
        .filter((name): name is SyntaxNode => name !== null)
        .map((name) => ({ name: name.text, node: declaration, fromRequest: false, numeric: isNumericType(type), type }));
    });
  },
};

function objectOf(object: SyntaxNode | undefined): { object: SyntaxNode } | undefined {
  return object === undefined ? undefined : { object };
}

function building(node: SyntaxNode, context: FlowContext): Building | undefined {
  switch (node.type) {
    case 'binary_expression': {
      if (field(node, 'operator')?.text !== '+') return undefined;
      return { parts: [field(node, 'left'), field(node, 'right')].filter((part): part is SyntaxNode => part !== undefined), builds: true };
    }
    case 'composite_literal': {
      const body = field(node, 'body');
      const elements = body ? namedChildren(body).map((element) => (element.type === 'literal_element' ? namedChildren(element)[0] ?? element : element)) : [];
      return { parts: elements, builds: false };
    }
    case 'call_expression': {
      const call = context.callAt(node);
      if (call === undefined) return undefined;
      const args = call.args.map((argument) => argument.node);
      const [format, ...values] = args;
      if (call.callee === 'fmt.Sprintf' && format !== undefined) return formattedBuilding(context.code, format, values);
      if (call.callee === 'fmt.Sprint' || call.callee === 'fmt.Sprintln' || call.callee === 'strings.Join') return { parts: args, builds: true };
      if (call.callee === 'strings.Repeat' && format !== undefined) return { parts: [format], builds: false };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `r.URL.Query().Get("id")` → the root `r` and the steps `.URL`, `.Query()`, `.Get(…)`. */
function chainOf(node: SyntaxNode): Chain | undefined {
  const steps: ChainStep[] = [];
  let current: SyntaxNode | undefined = node;
  while (current !== undefined) {
    if (current.type === 'selector_expression') {
      steps.unshift({ kind: 'member', name: field(current, 'field')?.text ?? '', node: current });
      current = field(current, 'operand');
    } else if (current.type === 'index_expression') {
      steps.unshift({ kind: 'index', name: '[]', node: current });
      current = field(current, 'operand');
    } else if (current.type === 'call_expression' && field(current, 'function')?.type === 'selector_expression') {
      const callee = field(current, 'function');
      steps.unshift({ kind: 'call', name: callee ? field(callee, 'field')?.text ?? '' : '', node: current });
      current = callee ? field(callee, 'operand') : undefined;
    } else if (current.type === 'parenthesized_expression') {
      current = namedChildren(current)[0];
    } else {
      return { root: current, steps };
    }
  }
  return undefined;
}

function expressions(list: SyntaxNode | undefined): SyntaxNode[] {
  if (list === undefined) return [];
  return list.type === 'expression_list' ? namedChildren(list) : [list];
}

function definitions(node: SyntaxNode): Definition[] {
  switch (node.type) {
    case 'short_var_declaration':
    case 'assignment_statement': {
      const operator = node.type === 'assignment_statement' ? field(node, 'operator')?.text : ':=';
      const targets = expressions(field(node, 'left'));
      const values = expressions(field(node, 'right'));
      const only = values[0];
      if (operator === '+=' && targets.length === 1 && only !== undefined) {
        return [{ name: compact(targets[0]?.text ?? ''), node, at: node.endIndex, mode: 'append', value: only }];
      }
      if (operator !== ':=' && operator !== '=') {
        return targets.map((target) => ({ name: compact(target.text), node, at: node.endIndex, mode: 'fixed', origin: 'sanitised' }));
      }
      // `id, err := strconv.Atoi(s)`: the code model pairs names and values only when the counts match.
      if (targets.length <= 1 || values.length !== 1 || only === undefined) return [];
      return targets.filter((target) => target.text !== '_').map((target) => ({ name: compact(target.text), node, at: node.endIndex, mode: 'assign', value: only }));
    }
    case 'var_spec': {
      // `var b strings.Builder` starts empty; `var n int` is a number.
      if (field(node, 'value') !== undefined) return [];
      const numeric = isNumericType(field(node, 'type')?.text);
      return node.childrenForFieldName('name')
        .filter((name): name is SyntaxNode => name !== null)
        .map((name) => ({ name: name.text, node, at: node.endIndex, mode: 'fixed', origin: numeric ? 'sanitised' : 'constant' }));
    }
    case 'range_clause': {
      const loop = node.parent;
      const right = field(node, 'right');
      if (loop === null || right === undefined) return [];
      const [key, value] = expressions(field(node, 'left'));
      const definitions: Definition[] = [];
      // Ranging over a slice or map gives an index (or key) and an element.
      if (key !== undefined && key.text !== '_') definitions.push({ name: key.text, node: loop, at: loop.startIndex, mode: 'assign', value: right, within: loop });
      if (value !== undefined && value.text !== '_') definitions.push({ name: value.text, node: loop, at: loop.startIndex, mode: 'assign', value: right, within: loop });
      return definitions;
    }
    default:
      return [];
  }
}

/** `b.WriteString(x)`, `fmt.Fprintf(&b, "%s", x)`: the builder now also holds the text. */
function mutation(statement: SyntaxNode): Definition[] {
  const call = namedChildren(statement)[0];
  const callee = call?.type === 'call_expression' ? field(call, 'function') : undefined;
  if (call === undefined || callee?.type !== 'selector_expression') return [];
  const args = namedChildren(field(call, 'arguments') ?? call).filter((child) => child.id !== callee.id);
  const method = field(callee, 'field')?.text ?? '';
  const operand = field(callee, 'operand');
  if (MUTATORS.has(method) && operand !== undefined && (operand.type === 'identifier' || operand.type === 'selector_expression')) {
    const name = compact(operand.text);
    return args.map((value) => ({ name, node: statement, at: statement.endIndex, mode: 'append', value }));
  }
  const [writer, ...values] = args;
  if (operand?.text === 'fmt' && method.startsWith('Fprint') && writer?.type === 'unary_expression') {
    const target = namedChildren(writer)[0];
    if (target?.type === 'identifier') return values.map((value) => ({ name: target.text, node: statement, at: statement.endIndex, mode: 'append', value }));
  }
  return [];
}

function isNumericType(type: string | undefined): boolean {
  return type !== undefined && NUMERIC_TYPES.has(compact(type));
}
