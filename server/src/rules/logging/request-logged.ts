/**
 * logging/request-logged: a whole request body or header collection written to a log:
 * `console.log(req.body)`, `logger.info(req.headers)`, `logging.info(request.get_json())`,
 * `log.info(request.data)`, a Java body read through `getReader()`, C#
 * `_logger.LogInformation("{Body}", await reader.ReadToEndAsync())` on `Request.Body`, Go
 * `log.Println(r.Header)` and a logged `httputil.DumpRequest`, PHP
 * `error_log(print_r($_POST, true))`, Ruby `logger.info(params.inspect)` and `request.raw_post`.
 *
 * Bodies carry whatever users send, passwords and personal data included, and header collections
 * carry the Authorization header and session cookies, so logging them whole copies credentials
 * into every place the logs go. A value read from the request into a variable in the same function
 * and then logged (`data = request.get_json(); logger.info(data)`) is reported at the log call,
 * with the read as a related location.
 *
 * Named fields (`req.body.email`, `request.headers['user-agent']`) are not whole bodies and are not
 * reported here; logging/sensitive-data owns named credentials (`req.body.password`,
 * `req.headers.authorization`), so the two rules never report the same range. Java's
 * `getHeaderNames()` is left alone: header names are not secret.
 */
import type { CallSite, CodeModel, Confidence, Rule, RuleContext, SyntaxNode } from '../../engine/contract';
import { logCalls } from './log-calls';

type Whole = 'body' | 'headers';

const CONTROL =
  'MoJ guidance says passwords must never be stored, displayed or printed in the clear (Passwords: Password storage) and log data must be protected according to what it holds (Privileged User Logging and Protective Monitoring Guide: Protection of log data).';

const MESSAGES: Readonly<Record<Whole, string>> = {
  body: `The whole request body is written to the log here, with any passwords, tokens or personal data users send (CWE-532). ${CONTROL} Log only the fields you need, such as an id or the request path, never the body itself.`,
  headers: `All the request headers are written to the log here, including the Authorization header and session cookies (CWE-532). ${CONTROL} Log only the headers you need, such as a correlation id or the user agent.`,
};

const CONFIDENCE: Readonly<Record<Whole, Confidence>> = { body: 'medium', headers: 'high' };

/** Whole-request expressions by language, whitespace and `await` removed. */
const WHOLE_BY_LANGUAGE: Readonly<Record<string, ReadonlyMap<string, Whole>>> = {
  js: new Map<string, Whole>([
    ['req.body', 'body'], ['request.body', 'body'], ['ctx.request.body', 'body'], ['event.body', 'body'], ['this.request.body', 'body'],
    ['req.rawBody', 'body'], ['request.payload', 'body'],
    ['req.headers', 'headers'], ['request.headers', 'headers'], ['ctx.headers', 'headers'], ['ctx.request.headers', 'headers'],
    ['ctx.request.header', 'headers'], ['ctx.header', 'headers'], ['req.rawHeaders', 'headers'], ['event.headers', 'headers'],
    ['this.request.headers', 'headers'],
  ]),
  python: new Map<string, Whole>([
    ['request.data', 'body'], ['request.json', 'body'], ['request.form', 'body'], ['request.values', 'body'], ['request.body', 'body'],
    ['request.POST', 'body'], ['request.get_json()', 'body'], ['request.get_data()', 'body'], ['request.json()', 'body'],
    ['request.body()', 'body'], ['request.form()', 'body'], ['self.request.body', 'body'], ['request.get_json(force=True)', 'body'],
    ['request.headers', 'headers'], ['request.META', 'headers'], ['self.request.headers', 'headers'], ['request.environ', 'headers'],
  ]),
  java: new Map<string, Whole>(),
  csharp: new Map<string, Whole>([
    ['Request.Headers', 'headers'], ['HttpContext.Request.Headers', 'headers'], ['context.Request.Headers', 'headers'],
    ['httpContext.Request.Headers', 'headers'], ['req.Headers', 'headers'], ['Request.Form', 'body'], ['HttpContext.Request.Form', 'body'],
    ['context.Request.Form', 'body'],
  ]),
  go: new Map<string, Whole>([
    ['r.Header', 'headers'], ['req.Header', 'headers'], ['request.Header', 'headers'], ['c.Request.Header', 'headers'],
    ['r.Form', 'body'], ['r.PostForm', 'body'], ['req.Form', 'body'], ['req.PostForm', 'body'], ['request.Form', 'body'],
  ]),
  php: new Map<string, Whole>([
    ['$_POST', 'body'], ['$_REQUEST', 'body'], ["file_get_contents('php://input')", 'body'], ['file_get_contents("php://input")', 'body'],
    ['$request->all()', 'body'], ['$request->input()', 'body'], ['$request->getContent()', 'body'], ['$request->request->all()', 'body'],
    ['$request->getParsedBody()', 'body'], ['$request->post()', 'body'], ['request()->all()', 'body'],
    ['getallheaders()', 'headers'], ['apache_request_headers()', 'headers'], ['$_SERVER', 'headers'], ['$_COOKIE', 'headers'],
    ['$request->headers->all()', 'headers'], ['$request->header()', 'headers'], ['$request->getHeaders()', 'headers'],
  ]),
  ruby: new Map<string, Whole>([
    ['params', 'body'], ['request.raw_post', 'body'], ['request.body.read', 'body'], ['request.params', 'body'],
    ['request.request_parameters', 'body'], ['request.POST', 'body'], ['params.permit!', 'body'],
    ['request.headers', 'headers'], ['request.env', 'headers'],
  ]),
};

function table(language: CodeModel['language']): ReadonlyMap<string, Whole> {
  if (language === 'javascript' || language === 'typescript' || language === 'tsx') return WHOLE_BY_LANGUAGE.js ?? new Map();
  return WHOLE_BY_LANGUAGE[language] ?? new Map();
}

function compact(text: string): string {
  let result = '';
  for (const character of text) if (character !== ' ' && character !== '\n' && character !== '\t' && character !== '\r') result += character;
  return result.startsWith('await') ? result.slice('await'.length) : result;
}

/**
 * Reads of the raw body that have no fixed spelling: Java's `getReader()`/`getInputStream()`
 * streams, C# `ReadToEnd` on a reader over `Request.Body`, Go's `io.ReadAll(r.Body)` and
 * `httputil.DumpRequest` (which holds the headers too).
 */
function bodyRead(language: CodeModel['language'], text: string, functionText: () => string): Whole | undefined {
  switch (language) {
    case 'java':
      return text.includes('.getReader()') || text.includes('.getInputStream()') ? 'body' : undefined;
    case 'csharp':
      return text.includes('ReadToEnd') && (text.includes('Request.Body') || functionText().includes('Request.Body')) ? 'body' : undefined;
    case 'go':
      if (text.includes('DumpRequest(')) return 'headers';
      return text.includes('ReadAll(') && text.includes('.Body') ? 'body' : undefined;
    default:
      return undefined;
  }
}

/** `scope` is the function around the log call: C# reads its text, which is read only then (a function can be long). */
function wholeOf(code: CodeModel, node: SyntaxNode, scope: SyntaxNode | undefined): Whole | undefined {
  const text = compact(node.text);
  return table(code.language).get(text) ?? bodyRead(code.language, text, () => scope?.text ?? '');
}

/** Java `@RequestBody String body` and `@RequestHeader HttpHeaders headers` parameters. */
function annotatedParameter(code: CodeModel, identifier: SyntaxNode, scope: SyntaxNode | undefined): Whole | undefined {
  if (code.language !== 'java' || scope === undefined) return undefined;
  const parameters = scope.childForFieldName('parameters');
  for (const parameter of parameters?.namedChildren ?? []) {
    if (parameter === null || parameter.childForFieldName('name')?.text !== identifier.text) continue;
    const text = parameter.text;
    if (text.includes('@RequestBody')) return 'body';
    const type = parameter.childForFieldName('type')?.text ?? '';
    if (text.includes('@RequestHeader') && (type.startsWith('Map') || type.startsWith('HttpHeaders') || type.startsWith('MultiValueMap'))) return 'headers';
  }
  return undefined;
}

interface Source {
  readonly whole: Whole;
  readonly read?: SyntaxNode;
}

/** Where an identifier's value came from: its last assignment before `before` in the same function. */
function assignedSource(code: CodeModel, identifier: SyntaxNode, before: number, scope: SyntaxNode | undefined): Source | undefined {
  let latest: SyntaxNode | undefined;
  for (const assignment of code.assignments()) {
    if (assignment.target !== identifier.text || assignment.node.endIndex > before) continue;
    if (code.enclosingFunction(assignment.node)?.id !== scope?.id) continue;
    if (latest === undefined || assignment.node.startIndex > latest.startIndex) latest = assignment.value;
  }
  if (code.language === 'go' && scope !== undefined) {
    // `body, _ := io.ReadAll(r.Body)`: multiple targets are not in the assignment list.
    for (const declaration of scope.descendantsOfType(['short_var_declaration', 'assignment_statement'])) {
      if (declaration === null || declaration.endIndex > before) continue;
      const left = declaration.childForFieldName('left');
      const right = declaration.childForFieldName('right')?.namedChildren[0];
      if (left === null || right === null || right === undefined) continue;
      if (!left.namedChildren.some((target) => target?.text === identifier.text)) continue;
      if (latest === undefined || declaration.startIndex > latest.startIndex) latest = right;
    }
  }
  if (latest === undefined) return undefined;
  const whole = wholeOf(code, latest, scope);
  return whole === undefined ? undefined : { whole, read: latest };
}

function check(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  for (const { call, parts } of logCalls(code)) {
    for (const part of parts) reportPart(context, code, call, part.node);
  }
}

function reportPart(context: RuleContext, code: CodeModel, call: CallSite, node: SyntaxNode): void {
  const scope = code.enclosingFunction(call.node);
  const direct = wholeOf(code, node, scope);
  if (direct !== undefined) {
    context.report({ node, message: MESSAGES[direct], confidence: CONFIDENCE[direct] });
    return;
  }
  if (node.type !== 'identifier' && node.type !== 'variable_name') return;
  const parameter = annotatedParameter(code, node, scope);
  if (parameter !== undefined) {
    context.report({ node, message: MESSAGES[parameter], confidence: 'medium' });
    return;
  }
  const source = assignedSource(code, node, call.node.startIndex, scope);
  if (source === undefined) return;
  context.report({
    node,
    message: MESSAGES[source.whole],
    confidence: CONFIDENCE[source.whole],
    ...(source.read ? { related: [{ range: { start: source.read.startIndex, end: source.read.endIndex }, message: 'The request is read here.' }] } : {}),
  });
}

export const requestLogged: Rule = {
  meta: {
    id: 'logging/request-logged',
    title: 'Whole request body or headers written to a log',
    area: 'logging',
    severity: 'medium',
    confidence: 'medium',
    cwe: [532],
    owasp: 'A09:2021 Security Logging and Monitoring Failures',
    policy: [
      'passwords#password-storage',
      'privileged-user-logging-and-protective-monitoring-guide#protection-of-log-data',
      'logging-and-monitoring#protecting-log-files-and-log-data',
      'secrets-management#application--infrastructure-secrets',
    ],
    basis: 'indirect',
    why:
      'A request body carries whatever the user sent, passwords and personal data included, and the headers carry the Authorization header and session cookies; logged whole, they copy credentials into every system that keeps the logs. ' +
      'MoJ guidance says passwords must never be printed in the clear (Passwords: Password storage) and log data must be protected according to what it holds.',
    howToFix: 'Log only the fields you need (an id, the path, a correlation id), or pass the body through a redaction step that drops credentials and personal data before it is logged.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: ['body', 'header', 'request', 'json', 'data', 'form', 'POST', 'params', 'META', 'getReader', 'getInputStream', 'ReadToEnd', 'ReadAll', 'DumpRequest', 'raw_post', '_SERVER', '_COOKIE', 'getallheaders', 'php://input', 'all()'],
    examples: {
      javascript: "logger.info('create user', { id: req.body.id, path: req.path });",
      typescript: "logger.info('create user', { id: req.body.id, path: req.path });",
      tsx: "console.info('submitted', form.id);",
      python: 'logger.info("create user %s", payload.get("id"))',
      java: 'log.info("create user {}", request.getRequestURI());',
      csharp: '_logger.LogInformation("Request {Path}", Request.Path);',
      go: 'log.Printf("request %s %s", r.Method, r.URL.Path)',
      php: "Log::info('create user', ['id' => $request->input('id')]);",
      ruby: 'logger.info("create user #{params[:id]}")',
    },
  },
  check,
};
