/** Data-flow syntax for Java (tree-sitter-java): servlets, Spring MVC and WebFlux, JAX-RS. */
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

const REQUEST_TYPES: ReadonlySet<string> = new Set([
  'HttpServletRequest', 'ServletRequest', 'MultipartHttpServletRequest', 'WebRequest', 'NativeWebRequest', 'ServerHttpRequest', 'ServerRequest',
]);

const REQUEST: RequestVocabulary = {
  roots: new Set(['request', 'req', 'httpRequest', 'servletRequest', 'httpServletRequest', 'webRequest']),
  accessors: new Set([
    'getParameter', 'getParameterValues', 'getParameterMap', 'getParameterNames', 'getHeader', 'getHeaders', 'getQueryString', 'getInputStream',
    'getReader', 'getCookies', 'getRequestURI', 'getRequestURL', 'getPathInfo', 'getPart', 'getParts', 'getQueryParams', 'getBody',
    'queryParam', 'pathVariable', 'bodyToMono', 'formData',
  ]),
  isRequestType: (type) => REQUEST_TYPES.has(lastSegment(baseType(type))),
};

/** Spring MVC and JAX-RS annotations that bind a parameter to part of the request. */
const BINDINGS: ReadonlySet<string> = new Set([
  'RequestParam', 'PathVariable', 'RequestBody', 'RequestHeader', 'CookieValue', 'ModelAttribute', 'MatrixVariable', 'RequestPart',
  'QueryParam', 'PathParam', 'FormParam', 'HeaderParam', 'CookieParam', 'MatrixParam', 'BeanParam',
]);

const NUMERIC_TYPES: ReadonlySet<string> = new Set([
  'int', 'long', 'short', 'byte', 'double', 'float', 'boolean', 'Integer', 'Long', 'Short', 'Byte', 'Double', 'Float', 'Boolean',
  'BigDecimal', 'BigInteger', 'UUID', 'LocalDate', 'LocalDateTime', 'LocalTime', 'Instant', 'OffsetDateTime', 'ZonedDateTime',
  'OptionalInt', 'OptionalLong', 'AtomicInteger', 'AtomicLong',
]);

const NUMERIC_CALLS: ReadonlySet<string> = new Set([
  'Integer.parseInt', 'Integer.valueOf', 'Integer.toString', 'Long.parseLong', 'Long.valueOf', 'Long.toString', 'Short.parseShort', 'Short.valueOf',
  'Byte.parseByte', 'Double.parseDouble', 'Double.valueOf', 'Float.parseFloat', 'Float.valueOf', 'Boolean.parseBoolean', 'Boolean.valueOf',
  'UUID.fromString', 'LocalDate.parse', 'LocalDateTime.parse', 'Instant.parse', 'Objects.hash',
]);
/** Methods whose result is a number whatever the receiver. */
const NUMERIC_METHODS: ReadonlySet<string> = new Set(['length', 'size', 'hashCode', 'count', 'indexOf', 'compareTo', 'equals', 'isEmpty', 'contains']);
const NUMERIC_OPERATORS: ReadonlySet<string> = new Set(['-', '*', '/', '%', '<<', '>>', '>>>', '&', '|', '^', '==', '!=', '<', '>', '<=', '>=', '&&', '||']);

/** Hand escaping of SQL or shell text (OWASP ESAPI codecs, Commons Lang 2's escapeSql). */
const SQL_HAND_ESCAPING: ReadonlySet<string> = new Set(['encodeForSQL', 'escapeSql']);
const SHELL_HAND_ESCAPING: ReadonlySet<string> = new Set(['encodeForOS']);

const PASS_THROUGH: ReadonlySet<string> = new Set([
  'String.valueOf', 'Objects.toString', 'URLDecoder.decode', 'String', 'StringBuilder', 'StringBuffer', 'Paths.get', 'Path.of', 'File',
  'List.of', 'Arrays.asList', 'Set.of', 'Optional.of', 'Optional.ofNullable',
]);
/** `base.resolve(name)` is a path that carries `name`, as `Paths.get(base, name)` does. */
const CARRYING_METHODS: Readonly<Record<string, number>> = { replace: 1, replaceAll: 1, replaceFirst: 1, getOrDefault: 1, orElse: 0, resolve: 0, resolveSibling: 0 };
const ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'anyMatch', 'allMatch', 'noneMatch', 'peek', 'mapToObj']);
/** Methods that add to a builder or collection in place. */
const MUTATORS: ReadonlySet<string> = new Set(['append', 'add', 'addAll', 'put', 'insert', 'push', 'offer', 'concat']);
/** Which argument a mutator adds: the value of `put(key, value)` and `insert(offset, text)`. */
const MUTATOR_ARGUMENT: Readonly<Record<string, number>> = { put: 1, insert: 1 };

export const javaFlow: FlowSyntax = {
  selfNames: new Set(['this', 'super']),
  definitionTypes: new Set(['assignment_expression', 'enhanced_for_statement']),
  unwrap(node) {
    if (node.type === 'parenthesized_expression') return namedChildren(node)[0];
    if (node.type === 'cast_expression' && !isNumericTypeNode(field(node, 'type'))) return field(node, 'value');
    return undefined;
  },
  building,
  access(node) {
    if (node.type === 'field_access') return objectOf(field(node, 'object'));
    if (node.type === 'array_access') return objectOf(field(node, 'array'));
    if (node.type !== 'method_invocation') return undefined;
    const object = field(node, 'object');
    if (object === undefined) return undefined;
    const carriedIndex = CARRYING_METHODS[field(node, 'name')?.text ?? ''];
    const carried = carriedIndex === undefined ? undefined : argumentsOf(node)[carriedIndex];
    return { object, carried: carried ? [carried] : [] };
  },
  passThrough(node, context) {
    const call = context.callAt(node);
    if (call === undefined) return undefined;
    const name = call.isConstructor ? lastSegment(call.qualified) : call.callee;
    const carries = PASS_THROUGH.has(name) || PASS_THROUGH.has(call.qualified) || PASS_THROUGH.has(withoutPackage(call.callee));
    return carries ? call.args.map((argument) => argument.node) : undefined;
  },
  isNumeric(node, context) {
    switch (node.type) {
      case 'binary_expression':
        return NUMERIC_OPERATORS.has(field(node, 'operator')?.text ?? '');
      case 'unary_expression':
      case 'update_expression':
      case 'instanceof_expression':
        return true;
      case 'cast_expression':
        return isNumericTypeNode(field(node, 'type'));
      case 'method_invocation': {
        const call = context.callAt(node);
        if (call === undefined) return false;
        return NUMERIC_CALLS.has(call.callee) || NUMERIC_CALLS.has(call.qualified) || call.callee.startsWith('Math.') || (call.receiver !== undefined && NUMERIC_METHODS.has(call.name));
      }
      default:
        return false;
    }
  },
  sanitiser,
  isRequestRead(node, context) {
    const chain = chainOf(node);
    if (chain === undefined || chain.steps.length === 0) return false;
    const rootText = chain.root.type === 'method_invocation' ? `${field(chain.root, 'name')?.text ?? ''}()` : compact(chain.root.text);
    return chainReadsRequest(chain, REQUEST, context, rootText);
  },
  definitions,
  callDefinitions(call) {
    // The name is checked first: it costs nothing, while reaching a node's parent does.
    if (!MUTATORS.has(call.name)) return [];
    const statement = call.node.parent;
    return statement?.type === 'expression_statement' && namedChildren(statement)[0]?.id === call.node.id ? mutation(statement) : [];
  },
  declaresNumber(assignment) {
    if (assignment.type !== 'variable_declarator') return false;
    return isNumericTypeNode(assignment.parent ? field(assignment.parent, 'type') : undefined);
  },
  parameters,
};

function objectOf(object: SyntaxNode | undefined): { object: SyntaxNode } | undefined {
  return object === undefined ? undefined : { object };
}

function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments');
  return list === undefined ? [] : namedChildren(list);
}

function building(node: SyntaxNode, context: FlowContext): Building | undefined {
  switch (node.type) {
    case 'binary_expression': {
      if (field(node, 'operator')?.text !== '+') return undefined;
      return { parts: [field(node, 'left'), field(node, 'right')].filter((part): part is SyntaxNode => part !== undefined), builds: true };
    }
    case 'ternary_expression':
      return { parts: [field(node, 'consequence'), field(node, 'alternative')].filter((part): part is SyntaxNode => part !== undefined), builds: false };
    case 'array_creation_expression': {
      const initializer = field(node, 'value');
      return { parts: initializer ? namedChildren(initializer) : [], builds: false };
    }
    case 'array_initializer':
      return { parts: namedChildren(node), builds: false };
    case 'method_invocation':
      return methodBuilding(node, context);
    default:
      return undefined;
  }
}

function methodBuilding(node: SyntaxNode, context: FlowContext): Building | undefined {
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  const args = call.args.map((argument) => argument.node);
  const [first, ...rest] = args;
  if ((call.callee === 'String.format' || call.callee === 'String.formatted') && first !== undefined) {
    // `String.format(Locale.ROOT, "%d", x)` puts the locale first.
    const [format, ...values] = first.type === 'string_literal' ? args : rest;
    return format === undefined ? undefined : formattedBuilding(context.code, format, values);
  }
  const receiver = call.receiver;
  if (call.name === 'formatted' && receiver !== undefined) return formattedBuilding(context.code, receiver, args);
  if (call.callee === 'String.join' || call.callee === 'MessageFormat.format') return { parts: args, builds: true };
  if (receiver === undefined) return undefined;
  if (call.name === 'concat' || call.name === 'append') return { parts: [receiver, ...args], builds: true };
  if (call.name === 'insert') return { parts: [receiver, ...rest], builds: true };
  return undefined;
}

/** `java.net.URLDecoder.decode` → `URLDecoder.decode`: a fully qualified call names the same method. */
function withoutPackage(callee: string): string {
  const segments = callee.split('.');
  let start = 0;
  while (start < segments.length - 2 && (segments[start]?.charAt(0) ?? '') !== (segments[start]?.charAt(0) ?? '').toUpperCase()) start++;
  return segments.slice(start).join('.');
}

function sanitiser(node: SyntaxNode, _context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
  if (node.type !== 'method_invocation') return undefined;
  const name = field(node, 'name')?.text ?? '';
  if (sink === 'sql' && SQL_HAND_ESCAPING.has(name)) return 'weak';
  if (sink === 'shell' && SHELL_HAND_ESCAPING.has(name)) return 'weak';
  return undefined;
}

/** `request.getParameter("id")` → the root `request` and the step `.getParameter(…)`. */
function chainOf(node: SyntaxNode): Chain | undefined {
  const steps: ChainStep[] = [];
  let current: SyntaxNode | undefined = node;
  while (current !== undefined) {
    if (current.type === 'method_invocation' && field(current, 'object') !== undefined) {
      steps.unshift({ kind: 'call', name: field(current, 'name')?.text ?? '', node: current });
      current = field(current, 'object');
    } else if (current.type === 'field_access') {
      steps.unshift({ kind: 'member', name: field(current, 'field')?.text ?? '', node: current });
      current = field(current, 'object');
    } else if (current.type === 'array_access') {
      steps.unshift({ kind: 'index', name: '[]', node: current });
      current = field(current, 'array');
    } else if (current.type === 'parenthesized_expression') {
      current = namedChildren(current)[0];
    } else {
      return { root: current, steps };
    }
  }
  return undefined;
}

function definitions(node: SyntaxNode): Definition[] {
  switch (node.type) {
    case 'assignment_expression': {
      // Plain `=` is in the code model already; compound operators are read here.
      const operator = field(node, 'operator')?.text;
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (operator === '=' || left === undefined || right === undefined || left.type === 'array_access') return [];
      const name = compact(left.text);
      return operator === '+='
        ? [{ name, node, at: node.endIndex, mode: 'append', value: right }]
        : [{ name, node, at: node.endIndex, mode: 'fixed', origin: 'sanitised' }];
    }
    case 'enhanced_for_statement': {
      const name = field(node, 'name');
      const value = field(node, 'value');
      if (name === undefined || value === undefined) return [];
      const numeric = isNumericTypeNode(field(node, 'type'));
      return [numeric
        ? { name: name.text, node, at: node.startIndex, mode: 'fixed', origin: 'sanitised', within: node }
        : { name: name.text, node, at: node.startIndex, mode: 'assign', value, within: node }];
    }
    default:
      return [];
  }
}

/** `sb.append(a).append(b);`, `args.add(x);`: the builder or collection now also holds the arguments. */
function mutation(statement: SyntaxNode): Definition[] {
  const values: SyntaxNode[] = [];
  let current = namedChildren(statement)[0];
  while (current?.type === 'method_invocation') {
    const method = field(current, 'name')?.text ?? '';
    if (!MUTATORS.has(method)) return [];
    const args = argumentsOf(current);
    const index = MUTATOR_ARGUMENT[method];
    values.unshift(...(index === undefined ? args : args.slice(index, index + 1)));
    current = field(current, 'object');
  }
  if (current === undefined || values.length === 0 || (current.type !== 'identifier' && current.type !== 'field_access')) return [];
  const name = compact(current.text);
  return values.map((value) => ({ name, node: statement, at: statement.endIndex, mode: 'append', value }));
}

function parameters(functionNode: SyntaxNode): Parameter[] {
  const list = field(functionNode, 'parameters');
  if (list === undefined) return [];
  const elementOf = iteratedCollection(functionNode);
  const handler = isRequestHandler(functionNode);
  if (list.type === 'identifier') return [{ name: list.text, node: list, fromRequest: false, numeric: false, elementOf }];
  return namedChildren(list).flatMap((parameter, index): Parameter[] => {
    if (parameter.type === 'identifier') return [{ name: parameter.text, node: parameter, fromRequest: false, numeric: false, elementOf: index === 0 ? elementOf : undefined }];
    const name = field(parameter, 'name') ?? namedChildren(parameter).find((child) => child.type === 'variable_declarator' || child.type === 'identifier');
    if (name === undefined) return [];
    const type = field(parameter, 'type');
    const modifiers = namedChildren(parameter).find((child) => child.type === 'modifiers');
    const annotations = modifiers ? namedChildren(modifiers).map((annotation) => lastSegment(field(annotation, 'name')?.text ?? '')) : [];
    const identifier = name.type === 'variable_declarator' ? field(name, 'name') ?? name : name;
    // Spring binds a handler's unannotated String parameters from the query string.
    const implicit = handler && annotations.length === 0 && type !== undefined && STRING_TYPES.has(baseType(type.text));
    return [{
      name: identifier.text,
      node: parameter,
      fromRequest: annotations.some((annotation) => BINDINGS.has(annotation)) || implicit,
      numeric: isNumericTypeNode(type),
      type: type?.text,
      elementOf: index === 0 ? elementOf : undefined,
    }];
  });
}

const MAPPINGS: ReadonlySet<string> = new Set(['GetMapping', 'PostMapping', 'PutMapping', 'DeleteMapping', 'PatchMapping', 'RequestMapping']);
const STRING_TYPES: ReadonlySet<string> = new Set(['String', 'String[]', 'List', 'Optional']);

/** A Spring MVC handler method: annotated with a request mapping. */
function isRequestHandler(functionNode: SyntaxNode): boolean {
  if (functionNode.type !== 'method_declaration') return false;
  const modifiers = namedChildren(functionNode).find((child) => child.type === 'modifiers');
  return modifiers !== undefined && namedChildren(modifiers).some((annotation) => MAPPINGS.has(lastSegment(field(annotation, 'name')?.text ?? '')));
}

/** `ids.forEach(id -> …)`, `ids.stream().map(id -> …)`: the collection the lambda's parameter iterates. */
function iteratedCollection(functionNode: SyntaxNode): SyntaxNode | undefined {
  const list = functionNode.parent;
  const call = list?.type === 'argument_list' ? list.parent : undefined;
  if (call?.type !== 'method_invocation' || !ITERATION_METHODS.has(field(call, 'name')?.text ?? '')) return undefined;
  return field(call, 'object');
}

function isNumericTypeNode(type: SyntaxNode | undefined): boolean {
  if (type === undefined) return false;
  if (type.type === 'integral_type' || type.type === 'floating_point_type' || type.type === 'boolean_type') return true;
  return NUMERIC_TYPES.has(lastSegment(baseType(type.text)));
}

/** `List<String>` → `List`; `java.util.UUID` keeps its dots for lastSegment. */
function baseType(type: string): string {
  return compact(type).split('<')[0] ?? type;
}
