/** Data-flow syntax for C# (tree-sitter-c-sharp): ASP.NET Core, ASP.NET MVC and Web API, Azure Functions. */
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
} from '../syntax';

const REQUEST_TYPES: ReadonlySet<string> = new Set(['HttpRequest', 'HttpRequestData', 'HttpRequestBase']);

const REQUEST: RequestVocabulary = {
  roots: new Set([
    'Request', 'this.Request', 'HttpContext.Request', 'this.HttpContext.Request', 'Context.Request', 'ControllerContext.HttpContext.Request',
    'HttpContext.Current.Request', 'req', 'request', 'httpRequest',
  ]),
  accessors: new Set([
    'Query', 'Form', 'Headers', 'Cookies', 'QueryString', 'Body', 'RouteValues', 'Params', 'Path', 'RawUrl', 'Url', 'ServerVariables', 'Files',
    'BodyReader', 'ReadFromJsonAsync', 'ReadFormAsync', 'ReadAsStringAsync', '[]',
  ]),
  isRequestType: (type) => REQUEST_TYPES.has(lastSegment(compact(type))),
};

/** ASP.NET Core binding attributes that fill a parameter from the request. */
const BINDINGS: ReadonlySet<string> = new Set(['FromQuery', 'FromBody', 'FromRoute', 'FromForm', 'FromHeader']);

const NUMERIC_TYPES: ReadonlySet<string> = new Set([
  'int', 'long', 'short', 'byte', 'sbyte', 'uint', 'ulong', 'ushort', 'double', 'float', 'decimal', 'bool', 'Guid', 'DateTime',
  'DateTimeOffset', 'DateOnly', 'TimeOnly', 'TimeSpan', 'Int32', 'Int64', 'Int16', 'UInt32', 'UInt64', 'Double', 'Single', 'Decimal', 'Boolean',
]);
const NUMERIC_PARSERS: ReadonlySet<string> = new Set(['Parse', 'ParseExact']);
const NUMERIC_CONVERSIONS: ReadonlySet<string> = new Set([
  'Convert.ToInt32', 'Convert.ToInt64', 'Convert.ToInt16', 'Convert.ToUInt32', 'Convert.ToUInt64', 'Convert.ToDouble', 'Convert.ToDecimal',
  'Convert.ToSingle', 'Convert.ToBoolean', 'Convert.ToDateTime',
]);
const NUMERIC_MEMBERS: ReadonlySet<string> = new Set(['Length', 'Count', 'LongCount']);
const NUMERIC_OPERATORS: ReadonlySet<string> = new Set(['-', '*', '/', '%', '<<', '>>', '&', '|', '^', '==', '!=', '<', '>', '<=', '>=', '&&', '||', 'is']);

const PASS_THROUGH: ReadonlySet<string> = new Set([
  'Convert.ToString', 'HttpUtility.UrlDecode', 'WebUtility.UrlDecode', 'Uri.UnescapeDataString', 'Path.Combine', 'Path.GetFileName',
  'StringBuilder', 'string', 'String',
]);
const CARRYING_METHODS: Readonly<Record<string, number>> = { Replace: 1, GetValueOrDefault: 1 };
const ITERATION_METHODS: ReadonlySet<string> = new Set(['ForEach', 'Select', 'SelectMany', 'Where', 'Any', 'All', 'First', 'FirstOrDefault', 'Single']);
const MUTATORS: ReadonlySet<string> = new Set(['Append', 'AppendLine', 'AppendFormat', 'Add', 'AddRange', 'Insert', 'Push', 'Enqueue']);
const MUTATOR_ARGUMENT: Readonly<Record<string, number>> = { Insert: 1 };

export const csharpFlow: FlowSyntax = {
  selfNames: new Set(['this', 'base']),
  definitionTypes: new Set(['assignment_expression', 'for_each_statement', 'declaration_expression']),
  unwrap(node) {
    if (node.type === 'parenthesized_expression' || node.type === 'await_expression') return namedChildren(node)[0];
    if (node.type === 'cast_expression' && !isNumericType(field(node, 'type')?.text)) return field(node, 'value');
    if (node.type === 'postfix_unary_expression' && node.text.endsWith('!')) return namedChildren(node)[0];
    return undefined;
  },
  building,
  access(node) {
    if (node.type === 'member_access_expression' || node.type === 'element_access_expression') return objectOf(field(node, 'expression'));
    if (node.type === 'conditional_access_expression') return objectOf(field(node, 'condition'));
    if (node.type !== 'invocation_expression') return undefined;
    const callee = field(node, 'function');
    if (callee?.type !== 'member_access_expression') return undefined;
    const object = field(callee, 'expression');
    if (object === undefined) return undefined;
    const carriedIndex = CARRYING_METHODS[field(callee, 'name')?.text ?? ''];
    const carried = carriedIndex === undefined ? undefined : argumentsOf(node)[carriedIndex];
    return { object, carried: carried ? [carried] : [] };
  },
  passThrough(node, context) {
    const call = context.callAt(node);
    if (call === undefined) return undefined;
    return PASS_THROUGH.has(call.callee) || PASS_THROUGH.has(call.qualified) ? call.args.map((argument) => argument.node) : undefined;
  },
  isNumeric(node, context) {
    switch (node.type) {
      case 'binary_expression':
        return NUMERIC_OPERATORS.has(field(node, 'operator')?.text ?? '');
      case 'prefix_unary_expression':
      case 'is_pattern_expression':
        return true;
      case 'postfix_unary_expression':
        return !node.text.endsWith('!');
      case 'cast_expression':
        return isNumericType(field(node, 'type')?.text);
      case 'member_access_expression':
        return NUMERIC_MEMBERS.has(field(node, 'name')?.text ?? '');
      case 'invocation_expression': {
        const call = context.callAt(node);
        if (call === undefined) return false;
        const owner = call.callee.split('.').slice(0, -1).join('.');
        if (NUMERIC_PARSERS.has(call.name) && isNumericType(owner)) return true;
        return NUMERIC_CONVERSIONS.has(call.callee) || call.callee.startsWith('Math.') || call.name === 'Count' || call.name === 'TryParse';
      }
      default:
        return false;
    }
  },
  sanitiser() {
    // No quoting API in the .NET libraries is meant for building SQL or shell text: parameters are the way.
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
    if (!MUTATORS.has(call.name)) return [];
    const statement = call.node.parent;
    return statement?.type === 'expression_statement' && namedChildren(statement)[0]?.id === call.node.id ? mutation(statement) : [];
  },
  declaresNumber(assignment) {
    if (assignment.type !== 'variable_declarator') return false;
    const declaration = assignment.parent;
    return declaration?.type === 'variable_declaration' && isNumericType(field(declaration, 'type')?.text);
  },
  parameters,
};

function objectOf(object: SyntaxNode | undefined): { object: SyntaxNode } | undefined {
  return object === undefined ? undefined : { object };
}

/** Argument values, after any `name:` label or `out`/`ref` modifier. */
function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = field(call, 'arguments') ?? namedChildren(call).find((child) => child.type === 'argument_list');
  if (list === undefined) return [];
  return namedChildren(list)
    .filter((argument) => argument.type === 'argument')
    .map((argument) => namedChildren(argument).filter((child) => child.type !== 'name_colon').pop())
    .filter((value): value is SyntaxNode => value !== undefined);
}

function building(node: SyntaxNode, context: FlowContext): Building | undefined {
  switch (node.type) {
    case 'interpolated_string_expression':
      return interpolation(node);
    case 'binary_expression': {
      const operator = field(node, 'operator')?.text;
      const parts = [field(node, 'left'), field(node, 'right')].filter((part): part is SyntaxNode => part !== undefined);
      if (operator === '+') return { parts, builds: true };
      if (operator === '??') return { parts, builds: false };
      return undefined;
    }
    case 'conditional_expression':
      return { parts: [field(node, 'consequence'), field(node, 'alternative')].filter((part): part is SyntaxNode => part !== undefined), builds: false };
    case 'initializer_expression':
      return { parts: namedChildren(node), builds: false };
    case 'implicit_array_creation_expression':
    case 'array_creation_expression': {
      const initializer = namedChildren(node).find((child) => child.type === 'initializer_expression');
      return { parts: initializer ? namedChildren(initializer) : [], builds: false };
    }
    case 'invocation_expression':
      return methodBuilding(node, context);
    default:
      return undefined;
  }
}

/** `$"… {x} …"`; a numeric format clause (`{id:D}`, `{total:N2}`) turns its value into digits. */
function interpolation(node: SyntaxNode): Building | undefined {
  const holes = namedChildren(node).filter((child) => child.type === 'interpolation');
  if (holes.length === 0) return undefined;
  const parts: SyntaxNode[] = [];
  const numericParts: SyntaxNode[] = [];
  for (const hole of holes) {
    const [expression, ...clauses] = namedChildren(hole);
    if (expression === undefined) continue;
    parts.push(expression);
    const format = clauses.find((clause) => clause.type === 'interpolation_format_clause')?.text.slice(1, 2).toUpperCase();
    if (format !== undefined && 'DNFXEGCP'.includes(format)) numericParts.push(expression);
  }
  const fragments = namedChildren(node).filter((child) => child.type.startsWith('interpolated') && child.type.endsWith('text')).map((child) => child.text);
  return { parts, numericParts, fragments, builds: true };
}

function methodBuilding(node: SyntaxNode, context: FlowContext): Building | undefined {
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  const args = argumentsOf(node);
  const owner = call.callee.split('.').slice(0, -1).join('.');
  const onString = owner === 'string' || owner === 'String';
  if (onString && (call.name === 'Format' || call.name === 'Concat' || call.name === 'Join')) return { parts: args, builds: true };
  const receiver = call.receiver;
  if (receiver === undefined) return undefined;
  if (call.name === 'Append' || call.name === 'AppendLine' || call.name === 'AppendFormat' || call.name === 'Concat') return { parts: [receiver, ...args], builds: true };
  if (call.name === 'Insert') return { parts: [receiver, ...args.slice(1)], builds: true };
  return undefined;
}

/** `Request.Query["id"]` → the root `Request` and the steps `.Query`, `[…]`. */
function chainOf(node: SyntaxNode): Chain | undefined {
  const steps: ChainStep[] = [];
  let current: SyntaxNode | undefined = node;
  while (current !== undefined) {
    if (current.type === 'member_access_expression') {
      steps.unshift({ kind: 'member', name: field(current, 'name')?.text ?? '', node: current });
      current = field(current, 'expression');
    } else if (current.type === 'element_access_expression') {
      steps.unshift({ kind: 'index', name: '[]', node: current });
      current = field(current, 'expression');
    } else if (current.type === 'invocation_expression' && field(current, 'function')?.type === 'member_access_expression') {
      const callee = field(current, 'function');
      steps.unshift({ kind: 'call', name: callee ? field(callee, 'name')?.text ?? '' : '', node: current });
      current = callee ? field(callee, 'expression') : undefined;
    } else if (current.type === 'parenthesized_expression' || current.type === 'await_expression') {
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
      const operator = namedChildren(node).find((child) => child.type === 'assignment_operator')?.text;
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (operator === '=' || left === undefined || right === undefined || node.parent?.type === 'initializer_expression') return [];
      const name = compact(left.text);
      if (operator === '+=') return [{ name, node, at: node.endIndex, mode: 'append', value: right }];
      if (operator === '??=') return [{ name, node, at: node.endIndex, mode: 'append', value: right }];
      return [{ name, node, at: node.endIndex, mode: 'fixed', origin: 'sanitised' }];
    }
    case 'for_each_statement': {
      const left = field(node, 'left');
      const right = field(node, 'right');
      if (left === undefined || right === undefined) return [];
      return isNumericType(field(node, 'type')?.text)
        ? [{ name: left.text, node, at: node.startIndex, mode: 'fixed', origin: 'sanitised', within: node }]
        : [{ name: left.text, node, at: node.startIndex, mode: 'assign', value: right, within: node }];
    }
    case 'declaration_expression':
      return outVariable(node);
    default:
      return [];
  }
}

/** `int.TryParse(text, out var id)`: `id` holds a parsed number. */
function outVariable(node: SyntaxNode): Definition[] {
  const name = field(node, 'name');
  const call = node.parent?.parent?.parent;
  if (name === undefined || call?.type !== 'invocation_expression' || !compact(field(call, 'function')?.text ?? '').endsWith('TryParse')) return [];
  return [{ name: name.text, node: call, at: call.endIndex, mode: 'fixed', origin: 'sanitised' }];
}

/** `sb.Append(a).Append(b);`, `args.Add(x);`: the builder or collection now also holds the arguments. */
function mutation(statement: SyntaxNode): Definition[] {
  const values: SyntaxNode[] = [];
  let current = namedChildren(statement)[0];
  while (current?.type === 'invocation_expression') {
    const callee = field(current, 'function');
    const method = callee?.type === 'member_access_expression' ? field(callee, 'name')?.text ?? '' : '';
    if (!MUTATORS.has(method) || callee === undefined) return [];
    const args = argumentsOf(current);
    const index = MUTATOR_ARGUMENT[method];
    values.unshift(...(index === undefined ? args : args.slice(index, index + 1)));
    current = field(callee, 'expression');
  }
  if (current === undefined || values.length === 0 || (current.type !== 'identifier' && current.type !== 'member_access_expression')) return [];
  const name = compact(current.text);
  return values.map((value) => ({ name, node: statement, at: statement.endIndex, mode: 'append', value }));
}

function parameters(functionNode: SyntaxNode): Parameter[] {
  const elementOf = iteratedCollection(functionNode);
  const list = field(functionNode, 'parameters') ?? namedChildren(functionNode).find((child) => child.type === 'parameter_list');
  if (list === undefined) {
    // `x => …`: a lambda's single parameter comes before the arrow without a list.
    const single = functionNode.type === 'lambda_expression' ? namedChildren(functionNode)[0] : undefined;
    return single?.type === 'identifier' ? [{ name: single.text, node: single, fromRequest: false, numeric: false, elementOf }] : [];
  }
  const action = isAction(functionNode);
  return namedChildren(list).flatMap((parameter, index): Parameter[] => {
    const name = field(parameter, 'name') ?? namedChildren(parameter).filter((child) => child.type === 'identifier').pop();
    if (name === undefined) return [];
    const type = field(parameter, 'type')?.text;
    const attributes = attributeNames(parameter);
    // Model binding fills an action's string parameters from the route, query or form.
    const bound = action && !attributes.includes('FromServices') && type !== undefined && STRING_TYPES.has(compact(type));
    return [{
      name: name.text,
      node: parameter,
      fromRequest: attributes.some((attribute) => BINDINGS.has(attribute)) || bound,
      numeric: isNumericType(type),
      type,
      elementOf: index === 0 ? elementOf : undefined,
    }];
  });
}

const STRING_TYPES: ReadonlySet<string> = new Set(['string', 'string?', 'String', 'string[]', 'StringValues']);
const ACTION_ATTRIBUTES: ReadonlySet<string> = new Set(['HttpGet', 'HttpPost', 'HttpPut', 'HttpDelete', 'HttpPatch', 'Route', 'AcceptVerbs']);
/** Minimal API route registrations, whose handler lambdas are bound from the request. */
const MINIMAL_API_MAPPINGS: ReadonlySet<string> = new Set(['MapGet', 'MapPost', 'MapPut', 'MapDelete', 'MapPatch', 'MapMethods']);

function attributeNames(node: SyntaxNode): string[] {
  return namedChildren(node)
    .filter((child) => child.type === 'attribute_list')
    .flatMap((list) => namedChildren(list).map((attribute) => lastSegment(field(attribute, 'name')?.text ?? '').replace('Attribute', '')));
}

/** A controller action (an HTTP attribute, or a public method of a `…Controller` class) or a minimal API handler. */
function isAction(functionNode: SyntaxNode): boolean {
  if (functionNode.type === 'lambda_expression') {
    const call = functionNode.parent?.type === 'argument' ? functionNode.parent.parent?.parent : undefined;
    const callee = call?.type === 'invocation_expression' ? field(call, 'function') : undefined;
    return callee?.type === 'member_access_expression' && MINIMAL_API_MAPPINGS.has(field(callee, 'name')?.text ?? '');
  }
  if (functionNode.type !== 'method_declaration') return false;
  if (attributeNames(functionNode).some((attribute) => ACTION_ATTRIBUTES.has(attribute))) return true;
  const isPublic = namedChildren(functionNode).some((child) => child.type === 'modifier' && child.text === 'public');
  const owner = functionNode.parent?.parent;
  const bases = owner?.type === 'class_declaration' ? field(owner, 'bases') : undefined;
  return isPublic && bases !== undefined && namedChildren(bases).some((base) => base.text.endsWith('Controller') || base.text.endsWith('ControllerBase'));
}

/** `ids.ForEach(id => …)`, `ids.Select(id => …)`: the collection the lambda's parameter iterates. */
function iteratedCollection(functionNode: SyntaxNode): SyntaxNode | undefined {
  const call = functionNode.parent?.type === 'argument' ? functionNode.parent.parent?.parent : undefined;
  const callee = call?.type === 'invocation_expression' ? field(call, 'function') : undefined;
  if (callee?.type !== 'member_access_expression' || !ITERATION_METHODS.has(field(callee, 'name')?.text ?? '')) return undefined;
  return field(callee, 'expression');
}

/** `int`, `long?`, `System.Guid`, `Nullable<int>`. */
function isNumericType(type: string | undefined): boolean {
  if (type === undefined) return false;
  let text = compact(type);
  if (text.endsWith('?')) text = text.slice(0, -1);
  if (text.startsWith('Nullable<') && text.endsWith('>')) text = text.slice('Nullable<'.length, -1);
  return NUMERIC_TYPES.has(lastSegment(text));
}
