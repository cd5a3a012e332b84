/**
 * web-config/error-disclosure: a caught exception's stack trace or text sent back in an HTTP
 * response, and Spring Boot settings that put them in every error response.
 *
 * What it reports, at the exception expression inside the response:
 * - stack traces (medium severity, high confidence): Express `res.send(err.stack)`, Python
 *   `traceback.format_exc()`, Java `e.printStackTrace(response.getWriter())` and
 *   `ExceptionUtils.getStackTrace(e)`, C# `ex.ToString()`, `ex.StackTrace` and `$"{ex}"` (an
 *   exception's string form holds its stack trace), PHP `$e->getTraceAsString()` and `"$e"`,
 *   Ruby `e.backtrace` and `e.full_message`, Go `debug.Stack()`;
 * - exception messages (low severity): `err.message`, `str(e)`, `e.getMessage()`, `ex.Message`,
 *   `$e->getMessage()`, `e.message`, at medium confidence when the name is bound by a catch,
 *   except or rescue clause, an Express error handler or a promise's `catch` callback, and at low
 *   confidence when only its conventional name (`err`, `error`, `e`) says it is an exception; Go's
 *   `err.Error()` is always low, because Go code writes error text to responses so often that
 *   many of those errors are the service's own validation messages. The exception spliced into
 *   text (`'failed: ' + err`, `'%s' % e`, `"$e"`, `$"{ex}"`) counts too, at low confidence unless
 *   a catch binds the name (C# and PHP string forms include the stack trace). A name the function assigns
 *   or destructures itself (`const { error } = schema.validate(body)`) is not an exception;
 * - Spring Boot `server.error.include-stacktrace=always` (this rule owns it, not
 *   web-config/debug-mode), `server.error.include-message=always` and `include-exception=true`.
 *
 * Responses are: Express/Koa/Fastify `res.send/json/end/write` and `ctx.body =`; Flask, Django,
 * Starlette and FastAPI response constructors, `abort(…)`, `HTTPException(detail=…)`, and what a
 * route function returns; servlet writers, `sendError`, `ResponseEntity` and JAX-RS `Response`
 * bodies and what a Spring `@ExceptionHandler` method returns; ASP.NET action results (`Content`,
 * `Ok`, `BadRequest`, `StatusCode`, `Problem`, `Json`, `new JsonResult`, `Results.*`) and
 * `Response.WriteAsync`; Go `http.Error`, `fmt.Fprint*(w, …)`, `w.Write` and
 * gin/echo/fiber context writers; PHP `echo`, `print`, `die`/`exit` and Laravel/Symfony responses;
 * Rails `render` and Sinatra `halt`.
 *
 * Not reported: PHP command-line scripts (a shebang, `bin/`, `Console/`, `PHP_SAPI === 'cli'`),
 * whose output goes to a terminal; logging the error (any logger call is not a response); sending the error object
 * itself in JavaScript (`res.json(err)` serialises an Error as `{}`); a response guarded by a
 * development check (`if (process.env.NODE_ENV === 'development')`, a ternary on `DEBUG`), which
 * is the pattern Express's own generator uses. No fix is offered in code: what a client should
 * see instead is a product decision. The Spring stack-trace setting gets a safe fix to `never`
 * (Spring's default); the message settings get a suggestion, since clients may read the text.
 */
import type { CallSite, CodeLanguage, CodeModel, Confidence, Range, Rule, RuleContext, Severity, SyntaxNode, TextEdit } from '../../engine/contract';
import { positionalArgument, safeRegex } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ requires that error messages shown to users help them recover without giving away exploitable detail: no stack traces, database dumps or internal error codes (Technical Security Controls Guide: Defensive layer 2).';

const ADVICE = 'Log the exception on the server and return a generic message with a correlation id the support team can look up.';

type Part = 'stack' | 'message';

function codeMessage(part: Part, expression: string, api: string): string {
  const found = part === 'stack'
    ? `The stack trace of a caught exception (${expression}) is sent in the HTTP response by ${api}, so visitors see file paths, library versions and code structure.`
    : `The text of a caught exception (${expression}) is sent in the HTTP response by ${api}; exception messages often carry SQL, file paths, host names or internal identifiers.`;
  return `${found} ${CONTROL} ${ADVICE}`;
}

const SPRING_SETTINGS: ReadonlyMap<string, { readonly part: Part; readonly on: string; readonly off: string; readonly what: string }> = new Map([
  ['server.error.include-stacktrace', { part: 'stack', on: 'always', off: 'never', what: 'the stack trace' }],
  ['server.error.include-message', { part: 'message', on: 'always', off: 'never', what: 'the exception message' }],
  ['server.error.include-exception', { part: 'message', on: 'true', off: 'false', what: 'the exception class name' }],
]);

function springMessage(key: string, value: string, what: string): string {
  return `${key}=${value} puts ${what} in every error response Spring Boot sends. ${CONTROL} Remove the setting: Spring Boot leaves this detail out of error responses by default.`;
}

// ---------------------------------------------------------------------------------------------
// Which names hold exceptions
// ---------------------------------------------------------------------------------------------

/** Names code conventionally gives to caught exceptions and errors. */
const CONVENTIONAL_NAMES: ReadonlySet<string> = new Set(['e', 'err', 'error', 'ex', 'exc', 'exception']);

const CATCH_TYPES: string[] = ['catch_clause', 'except_clause', 'catch_formal_parameter', 'catch_declaration', 'exception_variable'];

interface ExceptionNames {
  /** Every name treated as an exception: bound ones and the conventional ones. */
  readonly all: ReadonlySet<string>;
  /** Names bound by a catch, except or rescue clause, an Express error handler or a promise's catch callback. */
  readonly bound: ReadonlySet<string>;
}

const namesByModel = new WeakMap<CodeModel, ExceptionNames>();

function exceptionNames(code: CodeModel): ExceptionNames {
  const known = namesByModel.get(code);
  if (known !== undefined) return known;
  const bound = new Set<string>();
  const javascript = code.language === 'javascript' || code.language === 'typescript' || code.language === 'tsx';
  // One walk for catch clauses and, in JavaScript, parameter lists: each walk is of the whole tree.
  for (const node of code.root.descendantsOfType(javascript ? [...CATCH_TYPES, 'formal_parameters'] : CATCH_TYPES)) {
    if (node?.type === 'formal_parameters') {
      // Express error middleware: (err, req, res, next). The count first: building every
      // function's parameter nodes costs more than the rest of the rule.
      if (node.namedChildCount !== 4) continue;
      const named = node.namedChildren.filter((child) => child !== null);
      if (named.length === 4) bound.add(named[0]?.text.split(':')[0]?.trim() ?? '');
      continue;
    }
    const name = node === null ? undefined : caughtName(node);
    if (name !== undefined) bound.add(name.replace('$', ''));
  }
  if (javascript) {
    for (const call of code.calls()) {
      const callback = call.name === 'catch' ? call.args[0]?.node : undefined;
      const parameter = callback?.childForFieldName('parameter') ?? callback?.childForFieldName('parameters')?.namedChildren[0];
      if (parameter !== null && parameter !== undefined) bound.add(parameter.text.split(':')[0]?.trim() ?? '');
    }
  }
  if (code.language === 'java') {
    // The parameters of a Spring @ExceptionHandler method are the exception being handled.
    for (const method of code.root.descendantsOfType('method_declaration')) {
      if (method === null || method.namedChildren.find((child) => child?.type === 'modifiers')?.text.includes('@ExceptionHandler') !== true) continue;
      for (const parameter of method.childForFieldName('parameters')?.namedChildren ?? []) {
        const name = parameter?.childForFieldName('name')?.text;
        if (name !== undefined) bound.add(name);
      }
    }
  }
  const names = { all: new Set([...CONVENTIONAL_NAMES, ...bound]), bound };
  namesByModel.set(code, names);
  return names;
}

/** The exception name a flagged expression uses, e.g. `err` in `err.message`. */
function exceptionIdentifier(node: SyntaxNode, names: ReadonlySet<string>): string | undefined {
  if ((node.type === 'identifier' || node.type === 'variable_name') && names.has(node.text.replace('$', ''))) return node.text.replace('$', '');
  for (const child of node.namedChildren) {
    const found = child === null ? undefined : exceptionIdentifier(child, names);
    if (found !== undefined) return found;
  }
  return undefined;
}

function caughtName(node: SyntaxNode): string | undefined {
  switch (node.type) {
    case 'catch_clause':
      return (node.childForFieldName('parameter') ?? node.childForFieldName('name') ?? node.namedChildren.find((child) => child?.type === 'variable_name'))?.text;
    case 'except_clause':
      return node.descendantsOfType('as_pattern_target')[0]?.text;
    case 'catch_formal_parameter':
    case 'catch_declaration':
      return node.namedChildren.filter((child) => child?.type === 'identifier').pop()?.text;
    case 'exception_variable':
      return node.namedChildren[0]?.text;
    default:
      return undefined;
  }
}

function isExceptionName(node: SyntaxNode | null | undefined, names: ReadonlySet<string>): boolean {
  if (node === null || node === undefined) return false;
  const text = node.text.replace('$', '');
  if (node.type === 'identifier' || node.type === 'variable_name') return names.has(text);
  // `this.error`, `ex.InnerException`, `e.getCause()`: an exception reached through another.
  return false;
}

// ---------------------------------------------------------------------------------------------
// Exception expressions, per language
// ---------------------------------------------------------------------------------------------

interface Found {
  readonly node: SyntaxNode;
  readonly part: Part;
}

type Classifier = (node: SyntaxNode, code: CodeModel, names: ReadonlySet<string>) => Part | undefined;

function memberParts(node: SyntaxNode): { object: SyntaxNode | null; property: string } | undefined {
  switch (node.type) {
    case 'member_expression':
      return { object: node.childForFieldName('object'), property: node.childForFieldName('property')?.text ?? '' };
    case 'attribute':
      return { object: node.childForFieldName('object'), property: node.childForFieldName('attribute')?.text ?? '' };
    case 'member_access_expression':
      return { object: node.childForFieldName('expression'), property: node.childForFieldName('name')?.text ?? '' };
    case 'conditional_access_expression': {
      const binding = node.namedChildren[1];
      return { object: node.namedChildren[0] ?? null, property: binding?.text.replace('.', '') ?? '' };
    }
    case 'field_access':
      return { object: node.childForFieldName('object'), property: node.childForFieldName('field')?.text ?? '' };
    case 'selector_expression':
      return { object: node.childForFieldName('operand'), property: node.childForFieldName('field')?.text ?? '' };
    default:
      return undefined;
  }
}

const callsByModel = new WeakMap<CodeModel, ReadonlyMap<number, CallSite>>();

/** The call site of a call node, from a per-file map built once. */
function callOf(code: CodeModel, node: SyntaxNode): CallSite | undefined {
  let calls = callsByModel.get(code);
  if (calls === undefined) {
    calls = new Map(code.calls().map((call) => [call.node.id, call]));
    callsByModel.set(code, calls);
  }
  return calls.get(node.id);
}

const classifyJavaScript: Classifier = (node, code, names) => {
  const member = memberParts(node);
  if (member && isExceptionName(member.object, names)) {
    if (member.property === 'stack') return 'stack';
    if (member.property === 'message') return 'message';
  }
  // `${err}`, String(err) and err.toString() give "Error: message"; util.inspect(err) gives the stack.
  if (node.type === 'template_substitution' && isExceptionName(node.namedChildren[0], names)) return 'message';
  if (node.type === 'call_expression') {
    const call = callOf(code, node);
    if (call === undefined) return undefined;
    if (call.callee === 'String' && isExceptionName(call.args[0]?.node, names)) return 'message';
    if (call.name === 'toString' && call.args.length === 0 && isExceptionName(call.receiver, names)) return 'message';
    if ((call.qualified === 'util.inspect' || call.callee === 'inspect') && isExceptionName(call.args[0]?.node, names)) return 'stack';
  }
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
    if (isExceptionName(node.childForFieldName('left'), names) || isExceptionName(node.childForFieldName('right'), names)) return 'message';
  }
  return undefined;
};

const PYTHON_TRACEBACK: ReadonlySet<string> = new Set(['traceback.format_exc', 'traceback.format_exception', 'traceback.format_tb', 'traceback.format_stack']);

const classifyPython: Classifier = (node, code, names) => {
  if (node.type === 'call') {
    const call = callOf(code, node);
    if (call === undefined) return undefined;
    if (PYTHON_TRACEBACK.has(call.qualified)) return 'stack';
    if ((call.callee === 'str' || call.callee === 'repr') && isExceptionName(call.args[0]?.node, names)) return 'message';
  }
  if (node.type === 'interpolation' && isExceptionName(node.namedChildren[0], names)) return 'message';
  // 'failed: %s' % e, 'failed: {}'.format(e)
  if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '%') {
    const right = node.childForFieldName('right');
    if (isExceptionName(right, names) || (right?.type === 'tuple' && right.namedChildren.some((child) => isExceptionName(child, names)))) return 'message';
  }
  if (node.type === 'call' && callOf(code, node)?.name === 'format' && callOf(code, node)?.args.some((argument) => isExceptionName(argument.node, names)) === true) return 'message';
  const member = memberParts(node);
  if (member && isExceptionName(member.object, names) && member.property === 'args') return 'message';
  return undefined;
};

const classifyJava: Classifier = (node, code, names) => {
  if (node.type === 'method_invocation') {
    const call = callOf(code, node);
    if (call === undefined) return undefined;
    if (call.callee.endsWith('ExceptionUtils.getStackTrace') || call.callee.endsWith('Throwables.getStackTraceAsString')) return 'stack';
    if (!isExceptionName(call.receiver, names)) return undefined;
    if (call.name === 'getStackTrace') return 'stack';
    if (call.name === 'getMessage' || call.name === 'getLocalizedMessage' || call.name === 'toString') return 'message';
  }
  // "Failed: " + e calls e.toString(): the class name and the message.
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
    if (isExceptionName(node.childForFieldName('left'), names) || isExceptionName(node.childForFieldName('right'), names)) return 'message';
  }
  return undefined;
};

const classifyCSharp: Classifier = (node, code, names) => {
  if (node.type === 'invocation_expression') {
    const call = callOf(code, node);
    if (call !== undefined && call.name === 'ToString' && call.args.length === 0 && isExceptionName(call.receiver, names)) return 'stack';
  }
  const member = memberParts(node);
  if (member && isExceptionName(member.object, names)) {
    if (member.property === 'StackTrace') return 'stack';
    if (member.property === 'Message') return 'message';
  }
  // Exception.ToString() holds the stack trace, and interpolation and concatenation call it.
  if (node.type === 'interpolation' && isExceptionName(node.namedChildren[0], names)) return 'stack';
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '+') {
    if (isExceptionName(node.childForFieldName('left'), names) || isExceptionName(node.childForFieldName('right'), names)) return 'stack';
  }
  return undefined;
};

const classifyGo: Classifier = (node, code) => {
  // fmt.Fprintf(w, "failed: %v", err) formats the error's text; other writers get a call.
  if (node.type === 'identifier' && (node.text === 'err' || node.text.endsWith('Err'))) {
    const owner = node.parent?.parent;
    const call = owner ? callOf(code, owner) : undefined;
    return call?.callee.startsWith('fmt.Fprint') === true ? 'message' : undefined;
  }
  if (node.type !== 'call_expression') return undefined;
  const call = callOf(code, node);
  if (call === undefined) return undefined;
  if (call.qualified === 'runtime/debug.Stack' || call.callee === 'debug.Stack') return 'stack';
  const receiver = call.receiver?.text ?? '';
  if (call.name === 'Error' && call.args.length === 0 && (receiver === 'err' || receiver === 'e' || receiver.endsWith('Err') || receiver.endsWith('err'))) return 'message';
  return undefined;
};

const classifyPhp: Classifier = (node, code, names) => {
  if (node.type === 'member_call_expression') {
    const call = callOf(code, node);
    if (call === undefined || !isExceptionName(call.receiver, names)) return undefined;
    if (call.name === 'getTraceAsString' || call.name === 'getTrace' || call.name === '__toString') return 'stack';
    if (call.name === 'getMessage') return 'message';
  }
  if (node.type === 'function_call_expression') {
    const call = callOf(code, node);
    const name = call?.name.toLowerCase();
    if ((name === 'print_r' || name === 'var_dump' || name === 'var_export') && isExceptionName(call?.args[0]?.node, names)) return 'stack';
  }
  // A Throwable's string form ("$e", 'x' . $e) holds the stack trace.
  if (node.type === 'encapsed_string' && node.namedChildren.some((child) => isExceptionName(child, names))) return 'stack';
  if (node.type === 'binary_expression' && node.childForFieldName('operator')?.text === '.') {
    if (isExceptionName(node.childForFieldName('left'), names) || isExceptionName(node.childForFieldName('right'), names)) return 'stack';
  }
  return undefined;
};

const classifyRuby: Classifier = (node, _code, names) => {
  if (node.type === 'call') {
    const receiver = node.childForFieldName('receiver');
    const method = node.childForFieldName('method')?.text;
    if (!isExceptionName(receiver, names)) return undefined;
    if (method === 'backtrace' || method === 'full_message') return 'stack';
    if (method === 'message' || method === 'to_s' || method === 'inspect') return 'message';
  }
  if (node.type === 'interpolation' && isExceptionName(node.namedChildren[0], names)) return 'message';
  return undefined;
};

const CLASSIFIERS: Readonly<Partial<Record<CodeLanguage, Classifier>>> = {
  javascript: classifyJavaScript,
  typescript: classifyJavaScript,
  tsx: classifyJavaScript,
  python: classifyPython,
  java: classifyJava,
  csharp: classifyCSharp,
  go: classifyGo,
  php: classifyPhp,
  ruby: classifyRuby,
};

/** Nodes that start code which does not run as part of the response value. */
const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'arrow_function', 'function_expression', 'function', 'function_definition', 'lambda', 'lambda_expression', 'anonymous_function',
  'anonymous_function_creation_expression', 'arrow_function_expression', 'func_literal', 'method_declaration', 'block', 'do_block',
]);

/** Exception expressions inside a response value: object literals, concatenations, templates, helper calls. */
function exceptionParts(node: SyntaxNode, code: CodeModel, names: ReadonlySet<string>, classify: Classifier, found: Found[]): void {
  const part = classify(node, code, names);
  if (part !== undefined) {
    found.push({ node, part });
    return;
  }
  for (const child of node.namedChildren) {
    if (child === null || FUNCTION_TYPES.has(child.type) || child.type.includes('comment')) continue;
    // A ternary on a development flag decides what goes out: `stack: isDev ? err.stack : undefined`.
    if (isDevelopmentCondition(child)) continue;
    exceptionParts(child, code, names, classify, found);
  }
}

// ---------------------------------------------------------------------------------------------
// Development guards
// ---------------------------------------------------------------------------------------------

const DEVELOPMENT_CHECK = safeRegex(
  '\\b(?:NODE_ENV|development|isDev|isDevelopment|IsDevelopment|DEBUG|debug|APP_DEBUG|Rails\\.env|app\\.get\\(\\s*[\'"]env[\'"]\\s*\\))',
);

function isDevelopmentCondition(node: SyntaxNode): boolean {
  const condition = node.type === 'ternary_expression' || node.type === 'conditional_expression'
    ? node.childForFieldName('condition') ?? node.namedChildren[node.type === 'conditional_expression' && node.namedChildren.length === 3 ? 1 : 0]
    : undefined;
  return condition !== undefined && condition !== null && DEVELOPMENT_CHECK.test(condition.text);
}

/** Inside `if (<development check>)`, or a ternary on one. */
function isGuarded(node: SyntaxNode): boolean {
  for (let current = node.parent; current !== null; current = current.parent) {
    if (current.type === 'if_statement' || current.type === 'if' || current.type === 'if_expression') {
      const condition = current.childForFieldName('condition');
      if (condition !== null && DEVELOPMENT_CHECK.test(condition.text)) return true;
    }
    if (isDevelopmentCondition(current)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Responses, per language
// ---------------------------------------------------------------------------------------------

interface Sink {
  readonly values: readonly SyntaxNode[];
  readonly api: string;
}

type SinkFinder = (call: CallSite, code: CodeModel) => Sink | undefined;

function allArgs(call: CallSite): SyntaxNode[] {
  return call.args.map((argument) => argument.node);
}

const JS_RESPONSE_METHODS: ReadonlySet<string> = new Set(['send', 'json', 'jsonp', 'end', 'write']);
const JS_RESPONSE_RECEIVER = safeRegex('^(?:res|response|reply|resp)\\b');

const jsSinks: SinkFinder = (call) => {
  // The method name first: reading the receiver's text copies it out of the parser, for every call.
  const receiver = JS_RESPONSE_METHODS.has(call.name) ? call.receiver?.text : undefined;
  if (receiver !== undefined && JS_RESPONSE_RECEIVER.test(receiver)) return { values: allArgs(call), api: `${receiver.split('.')[0] ?? 'res'}.${call.name}` };
  if ((call.callee === 'Response.json' || call.callee === 'NextResponse.json' || (call.isConstructor && call.callee === 'Response'))) return { values: allArgs(call).slice(0, 1), api: call.isConstructor ? 'new Response' : call.callee };
  return undefined;
};

const PYTHON_RESPONSES: ReadonlySet<string> = new Set([
  'jsonify', 'make_response', 'HttpResponse', 'JsonResponse', 'HttpResponseServerError', 'HttpResponseBadRequest', 'Response', 'JSONResponse',
  'PlainTextResponse', 'HTMLResponse', 'abort', 'HTTPException',
]);

const pythonSinks: SinkFinder = (call) => {
  if (!PYTHON_RESPONSES.has(call.name)) return undefined;
  // FastAPI/Starlette `HTTPException(status, detail)` and Flask `abort(status, …)`, not other
  // libraries' exception classes of the same name (http.client, urllib3).
  if ((call.name === 'HTTPException' || call.name === 'abort') && !isHttpStatusCall(call)) return undefined;
  if (call.name === 'Response' && call.receiver !== undefined && call.receiver.text !== 'flask' && call.receiver.text !== 'web') return undefined;
  return { values: allArgs(call), api: call.callee };
};

const PRINT_STACK_TRACE = 'printStackTrace on the response writer';

function isHttpStatusCall(call: CallSite): boolean {
  if (call.args.some((argument) => argument.name === 'status_code' || argument.name === 'detail' || argument.name === 'description' || argument.name === 'code')) return true;
  const first = positionalArgument(call, 0);
  return first !== undefined && (first.type === 'integer' || first.text.startsWith('status.') || first.text.startsWith('HTTPStatus.'));
}

const JAVA_WRITER_METHODS: ReadonlySet<string> = new Set(['print', 'println', 'write', 'printf', 'append', 'format']);

const javaSinks: SinkFinder = (call, code) => {
  const receiver = call.receiver?.text ?? '';
  if (call.name === 'printStackTrace' && call.args.length === 1) {
    const target = positionalArgument(call, 0);
    if (target !== undefined && isResponseWriter(target, code)) return { values: [call.receiver ?? call.node], api: PRINT_STACK_TRACE };
  }
  if (JAVA_WRITER_METHODS.has(call.name) && call.receiver !== undefined && isResponseWriter(call.receiver, code)) return { values: allArgs(call), api: `${receiver.includes('getWriter') ? 'response.getWriter()' : receiver}.${call.name}` };
  if (call.name === 'sendError' && call.args.length === 2) return { values: allArgs(call).slice(1), api: 'sendError' };
  if (call.name === 'body' && receiver.startsWith('ResponseEntity')) return { values: allArgs(call), api: 'ResponseEntity.body' };
  if (call.name === 'entity' && receiver.startsWith('Response.')) return { values: allArgs(call), api: 'Response.entity' };
  if (receiver === 'ResponseEntity' && (call.name === 'ok' || call.name === 'internalServerError')) return { values: allArgs(call), api: `ResponseEntity.${call.name}` };
  if (call.isConstructor && call.callee.startsWith('ResponseEntity')) return { values: allArgs(call).slice(0, 1), api: 'new ResponseEntity' };
  return undefined;
};

/** `response.getWriter()`, `response.getOutputStream()`, or a variable assigned one in the same function. */
function isResponseWriter(node: SyntaxNode, code: CodeModel): boolean {
  if (node.text.includes('getWriter()') || node.text.includes('getOutputStream()')) return true;
  if (node.type !== 'identifier') return false;
  const scope = code.enclosingFunction(node)?.id;
  return code.assignments().some((assignment) =>
    assignment.target === node.text && code.enclosingFunction(assignment.node)?.id === scope && (assignment.value.text.includes('getWriter()') || assignment.value.text.includes('getOutputStream()')));
}

const CSHARP_RESULTS: ReadonlySet<string> = new Set([
  'Content', 'Ok', 'BadRequest', 'StatusCode', 'Problem', 'Json', 'NotFound', 'Conflict', 'UnprocessableEntity', 'ValidationProblem', 'Text',
  'InternalServerError',
]);

const csharpSinks: SinkFinder = (call) => {
  const receiver = call.receiver?.text;
  const isResult = CSHARP_RESULTS.has(call.name) && (receiver === undefined || receiver === 'Results' || receiver === 'TypedResults' || receiver === 'this');
  if (isResult) return { values: allArgs(call), api: receiver === undefined || receiver === 'this' ? call.name : `${receiver}.${call.name}` };
  if ((call.name === 'WriteAsync' || call.name === 'Write' || call.name === 'WriteAsJsonAsync') && receiver !== undefined && receiver.endsWith('Response')) return { values: allArgs(call).slice(0, 1), api: `Response.${call.name}` };
  if (call.isConstructor && (call.callee === 'ObjectResult' || call.callee === 'BadRequestObjectResult' || call.callee === 'ContentResult' || call.callee === 'JsonResult')) return { values: allArgs(call), api: `new ${call.callee}` };
  return undefined;
};

const GO_CONTEXT_WRITERS: ReadonlySet<string> = new Set(['JSON', 'String', 'AbortWithStatusJSON', 'IndentedJSON', 'HTML', 'SendString', 'XML']);

const goSinks: SinkFinder = (call) => {
  if (call.qualified === 'net/http.Error' || call.callee === 'http.Error') return { values: allArgs(call).slice(1, 2), api: 'http.Error' };
  if (call.callee.startsWith('fmt.Fprint')) {
    const writer = positionalArgument(call, 0)?.text ?? '';
    if (writer === 'w' || writer === 'rw' || writer === 'resp' || writer.endsWith('Writer')) return { values: allArgs(call).slice(1), api: call.callee };
  }
  if (call.name === 'Write' && (call.receiver?.text === 'w' || call.receiver?.text === 'rw')) return { values: allArgs(call), api: `${call.receiver.text}.Write` };
  const receiver = call.receiver?.text ?? '';
  if (GO_CONTEXT_WRITERS.has(call.name) && (receiver === 'c' || receiver === 'ctx' || receiver.startsWith('c.Status('))) return { values: allArgs(call), api: `${receiver.split('.')[0] ?? 'c'}.${call.name}` };
  if (call.callee === 'echo.NewHTTPError' || call.callee === 'fiber.NewError') return { values: allArgs(call).slice(1), api: call.callee };
  return undefined;
};

const phpSinks: SinkFinder = (call) => {
  const name = call.name.toLowerCase();
  if (call.receiver === undefined && (name === 'die' || name === 'exit')) return { values: allArgs(call), api: name };
  if (call.name === 'json' && call.receiver?.text.startsWith('response(') === true) return { values: allArgs(call).slice(0, 1), api: 'response()->json' };
  if (call.receiver === undefined && name === 'response') return { values: allArgs(call).slice(0, 1), api: 'response' };
  if (call.isConstructor && (call.callee.endsWith('JsonResponse') || call.callee.endsWith('Response'))) return { values: allArgs(call).slice(0, 1), api: `new ${call.callee}` };
  return undefined;
};

const RUBY_RENDER_KEYS: ReadonlySet<string> = new Set(['plain', 'json', 'text', 'html', 'inline', 'body', 'xml']);

const rubySinks: SinkFinder = (call) => {
  if (call.receiver !== undefined) return undefined;
  if (call.name === 'render') {
    const values = call.args.filter((argument) => argument.name !== undefined && RUBY_RENDER_KEYS.has(argument.name)).map((argument) => argument.node);
    return values.length > 0 ? { values, api: 'render' } : undefined;
  }
  if (call.name === 'halt' || call.name === 'body') return { values: allArgs(call), api: call.name };
  return undefined;
};

const SINKS: Readonly<Partial<Record<CodeLanguage, SinkFinder>>> = {
  javascript: jsSinks,
  typescript: jsSinks,
  tsx: jsSinks,
  python: pythonSinks,
  java: javaSinks,
  csharp: csharpSinks,
  go: goSinks,
  php: phpSinks,
  ruby: rubySinks,
};

/** Response values that are not calls: Koa `ctx.body =`, PHP `echo`/`print`, and what a Python route returns. */
function statementSinks(code: CodeModel): Sink[] {
  const sinks: Sink[] = [];
  switch (code.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      for (const assignment of code.assignments()) {
        if (assignment.target === 'ctx.body' || assignment.target === 'this.body') sinks.push({ values: [assignment.value], api: assignment.target });
      }
      break;
    case 'php':
      for (const node of code.nodesOfType(['echo_statement', 'print_intrinsic', 'exit_statement'])) {
        const api = node.type === 'echo_statement' ? 'echo' : node.type === 'print_intrinsic' ? 'print' : 'exit';
        sinks.push({ values: node.namedChildren.filter((child): child is SyntaxNode => child !== null), api });
      }
      break;
    case 'python':
      for (const node of code.nodesOfType(['return_statement'])) {
        const value = node.namedChildren[0];
        if (value !== null && value !== undefined && (isStatusTuple(value) || isRouteFunction(code, node))) sinks.push({ values: [value], api: 'the route\'s return value' });
      }
      break;
    case 'java':
      for (const node of code.nodesOfType(['return_statement'])) {
        const value = node.namedChildren[0];
        if (value !== null && value !== undefined && isExceptionHandler(code, node)) sinks.push({ values: [value], api: 'an @ExceptionHandler method' });
      }
      break;
    default:
      break;
  }
  return sinks;
}

/** A Spring `@ExceptionHandler` method: what it returns is the error response's body (or view). */
function isExceptionHandler(code: CodeModel, node: SyntaxNode): boolean {
  const method = code.enclosingFunction(node);
  if (method?.type !== 'method_declaration') return false;
  const modifiers = method.namedChildren.find((child) => child?.type === 'modifiers');
  return modifiers?.text.includes('@ExceptionHandler') === true;
}

/** `return body, 500`: Flask reads a tuple ending in an error status as a response. */
function isStatusTuple(node: SyntaxNode): boolean {
  if (node.type !== 'expression_list' && node.type !== 'tuple') return false;
  const status = Number(node.namedChildren[1]?.text ?? '');
  return Number.isInteger(status) && status >= 400 && status < 600;
}

const ROUTE_DECORATOR = safeRegex('^@\\s*[\\w.]*\\.(?:route|get|post|put|patch|delete|api_route|websocket)\\s*\\(|^@\\s*api_view\\b');

function isRouteFunction(code: CodeModel, node: SyntaxNode): boolean {
  const definition = code.enclosingFunction(node);
  const decorated = definition?.parent;
  if (decorated?.type !== 'decorated_definition') return false;
  return decorated.namedChildren.some((child) => child?.type === 'decorator' && ROUTE_DECORATOR.test(child.text));
}

// ---------------------------------------------------------------------------------------------
// Spring Boot settings
// ---------------------------------------------------------------------------------------------

function springFindings(context: RuleContext): void {
  const config = context.config;
  if (config === undefined) return;
  const { text } = context.document;
  for (const entry of config.entries()) {
    const key = config.format === 'properties' ? entry.key : entry.path.join('.');
    const setting = SPRING_SETTINGS.get(key.replaceAll('_', '-').toLowerCase()) ?? SPRING_SETTINGS.get(key);
    if (setting === undefined || entry.value === undefined || entry.valueRange === undefined) continue;
    if (entry.value.trim().toLowerCase() !== setting.on) continue;
    const range: Range = { start: entry.keyRange.start, end: endWithClosingQuote(text, entry.valueRange) };
    const edit: TextEdit = { ...entry.valueRange, newText: setting.off };
    context.report({
      range,
      message: springMessage(key, entry.value.trim(), setting.what),
      severity: setting.part === 'stack' ? 'medium' : 'low',
      confidence: setting.part === 'stack' ? 'high' : 'medium',
      fix: { title: `Set ${key.split('.').pop() ?? key} to ${setting.off}`, edits: [edit], safety: setting.part === 'stack' ? 'safe' : 'suggestion' },
    });
  }
}

function endWithClosingQuote(text: string, valueRange: Range): number {
  const before = text[valueRange.start - 1];
  return (before === '"' || before === "'") && text[valueRange.end] === before ? valueRange.end + 1 : valueRange.end;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

/** Forms that use the exception itself rather than one of its members. */
const BARE_FORMS: ReadonlySet<string> = new Set(['interpolation', 'binary_expression', 'binary_operator', 'encapsed_string', 'template_substitution', 'identifier']);

/** Whether `name` is assigned or destructured in the function around `node` (or at module level). */
function isAssignedInScope(code: CodeModel, node: SyntaxNode, name: string): boolean {
  const scope = code.enclosingFunction(node);
  if (code.assignments().some((assignment) => assignment.target === name && code.enclosingFunction(assignment.node)?.id === scope?.id)) return true;
  return (scope ?? code.root).descendantsOfType(['shorthand_property_identifier_pattern', 'pattern_list', 'tuple_pattern'])
    .some((pattern) => pattern !== null && (pattern.text === name || pattern.namedChildren.some((child) => child?.text === name)));
}

const PHP_CLI_PATH = safeRegex('(?:^|/)(?:bin|cli|console|Console|Commands|scripts|cron)/');

function isPhpCommandLineScript(path: string, text: string): boolean {
  return text.startsWith('#!') || PHP_CLI_PATH.test(path) || text.includes("php_sapi_name() === 'cli'") || text.includes("PHP_SAPI === 'cli'");
}

function codeFindings(context: RuleContext): void {
  const code = context.code;
  const classify = code ? CLASSIFIERS[code.language] : undefined;
  const findSink = code ? SINKS[code.language] : undefined;
  if (code === undefined || classify === undefined || findSink === undefined) return;
  // PHP scripts run from the command line print to a terminal, not an HTTP response.
  if (code.language === 'php' && isPhpCommandLineScript(context.document.path, context.document.text)) return;
  const sinks = [...code.calls().map((call) => findSink(call, code)).filter((sink): sink is Sink => sink !== undefined), ...statementSinks(code)];
  // Most files send no response at all, and finding the names that hold exceptions walks the
  // whole tree: it waits until there is a response value to look into.
  if (sinks.every((sink) => sink.values.length === 0)) return;
  const names = exceptionNames(code);
  const all = names.all;
  const reported = new Set<number>();
  for (const sink of sinks) {
    for (const value of sink.values) {
      if (isGuarded(value)) continue;
      const found: Found[] = [];
      if (sink.api === PRINT_STACK_TRACE) found.push({ node: value.parent ?? value, part: 'stack' });
      else exceptionParts(value, code, all, classify, found);
      for (const { node, part } of found) {
        if (reported.has(node.id)) continue;
        reported.add(node.id);
        // A message is medium only when the name is certainly an exception (bound by a catch);
        // `error.message` from a validation result is a user-facing message as often as not.
        const identifier = exceptionIdentifier(node, all);
        const certain = identifier !== undefined && names.bound.has(identifier);
        // `const { error } = schema.validate(body)`: a name the code assigns itself is no exception.
        // Go binds every error by assignment (`if err := f(); err != nil`), so it is exempt.
        if (part === 'message' && !certain && code.language !== 'go' && identifier !== undefined && isAssignedInScope(code, node, identifier)) continue;
        const severity: Severity = part === 'stack' ? 'medium' : 'low';
        // The exception itself spliced into text (`"x" + ex`, `"$e"`, `${err}`) names no exception
        // API, so only a name bound by a catch makes it certain.
        const bare = BARE_FORMS.has(node.type) && !certain;
        const confidence: Confidence = bare ? 'low' : part === 'stack' ? 'high' : code.language === 'go' || !certain ? 'low' : 'medium';
        const expression = node.text.length <= 60 ? node.text.replaceAll('\n', ' ') : `${node.text.slice(0, 57)}…`;
        context.report({ node, message: codeMessage(part, expression, sink.api), severity, confidence });
      }
    }
  }
}

function check(context: RuleContext): void {
  codeFindings(context);
  springFindings(context);
}

export const errorDisclosure: Rule = {
  meta: {
    id: 'web-config/error-disclosure',
    title: 'Stack trace or exception text returned in an HTTP response',
    area: 'web-config',
    severity: 'medium',
    confidence: 'high',
    cwe: [209],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'technical-security-controls-guide-defensive-layer-2#defensive-layer-2-implementing-monitoring-capabilities',
      'technical-controls-policy#lockdown-policy',
    ],
    basis: 'explicit',
    why:
      'Stack traces and exception messages tell an attacker which frameworks, versions, file paths, queries and hosts sit behind a service, and confirm when an injection attempt reached the database. ' +
      'MoJ requires that error messages shown to users give away no stack traces, database dumps or internal error codes (Technical Security Controls Guide: Defensive layer 2).',
    howToFix:
      'Log the exception on the server and return a generic message with a correlation id; in Spring Boot leave server.error.include-stacktrace and include-message at their defaults.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'properties', 'yaml'],
    prefilter: [
      'stack', 'message', 'traceback', 'str(', 'repr(', 'getMessage', 'printStackTrace', 'getStackTrace', 'ToString', 'StackTrace', 'Error()', '$e',
      'backtrace', 'full_message', 'include-', 'include_', 'Fprint', 'ExceptionHandler', '% e', 'format(', '{e}', '{ex}', '{err}', 'e.args', '+ e', '+ ex', '. $', 'to_s', 'inspect', 'debug.Stack',
    ],
    examples: {
      javascript: "logger.error(err); res.status(500).json({ error: 'Internal error', id: req.id });",
      typescript: "logger.error(err); res.status(500).json({ error: 'Internal error', id: req.id });",
      python: "app.logger.exception('lookup failed')\nreturn jsonify(error='Internal error'), 500",
      java: 'log.error("lookup failed", e);\nreturn ResponseEntity.internalServerError().body("Internal error");',
      csharp: 'logger.LogError(ex, "lookup failed");\nreturn Problem("Internal error");',
      go: 'log.Printf("lookup failed: %v", err)\nhttp.Error(w, "internal error", http.StatusInternalServerError)',
      php: "error_log($e->getMessage());\necho 'Something went wrong';",
      ruby: "logger.error(e.full_message)\nrender json: { error: 'Internal error' }, status: 500",
      properties: 'server.error.include-stacktrace=never',
      yaml: 'server:\n  error:\n    include-stacktrace: never',
    },
  },
  check,
};
