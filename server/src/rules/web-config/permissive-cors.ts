/**
 * web-config/permissive-cors: cross-origin resource sharing that lets any web site read a
 * service's responses, worst when the browser sends the user's cookies along.
 *
 * Three grades, by what a browser would let another site do:
 * - any origin allowed with credentials (high severity, high confidence): the request's Origin
 *   echoed back (`origin: true` in the `cors` package, `SetIsOriginAllowed(_ => true)`,
 *   `allowedOriginPatterns("*")`, a header set from `req.headers.origin`, nginx `$http_origin`),
 *   and the libraries that echo the origin when `*` meets credentials (Flask-CORS
 *   `supports_credentials=True` with its default origins, Starlette/FastAPI `allow_origins=["*"]`,
 *   django-cors-headers `CORS_ALLOW_ALL_ORIGINS`, Go `rs/cors`). Any site the user visits can read
 *   their data through their session;
 * - a literal `*` with credentials (medium, medium): browsers refuse that pair and newer Spring
 *   and ASP.NET versions throw at start-up, so it is broken rather than open, but it shows the
 *   intent and is routinely "fixed" by echoing the origin;
 * - any origin without credentials (low, low): allowed by the CORS specification and right for
 *   public, unauthenticated APIs, so it is only a prompt to check the API is public.
 *
 * Koa's `@koa/cors` echoes the request's Origin when no `origin` option is given, so
 * `cors({ credentials: true })` from it is the first grade.
 *
 * Not reported: the `cors()` middleware with no options (its default `*` is the public-API case
 * and too common to flag), origins from a list or configuration, an origin echoed inside an `if`
 * that checks it, and Rails `rack-cors` (which refuses `*` with credentials itself).
 */
import type { CallSite, CodeModel, ConfigEntry, Confidence, Range, Rule, RuleContext, Severity, SyntaxNode } from '../../engine/contract';
import { safeRegex } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  "MoJ's baseline configuration expects deny by default at every boundary (Technical Security Controls Guide: Defensive layer 1), and systems hardened with every option set for maximum resistance (System Lockdown and Hardening Standard).";

type Grade = 'reflect' | 'wildcardWithCredentials' | 'any';

function messageFor(grade: Grade, what: string): string {
  switch (grade) {
    case 'reflect':
      return `${what} allows every origin and sends credentials, so any web site a signed-in user visits can read this service's responses with the user's cookies. ${CONTROL} Allow only a fixed list of trusted origins (compare the Origin header with it before echoing it).`;
    case 'wildcardWithCredentials':
      return `${what} combines the * origin with credentials: browsers refuse the pair and newer frameworks throw, and the usual work-around, echoing the Origin header, opens the service to every site. ${CONTROL} Allow only a fixed list of trusted origins with credentials.`;
    case 'any':
      return `${what} lets any web site read this service's responses. That is right only for a public API with no cookies or authentication. ${CONTROL} If the API is not public, allow only a fixed list of trusted origins.`;
  }
}

const SEVERITY: Readonly<Record<Grade, Severity>> = { reflect: 'high', wildcardWithCredentials: 'medium', any: 'low' };
const CONFIDENCE: Readonly<Record<Grade, Confidence>> = { reflect: 'high', wildcardWithCredentials: 'medium', any: 'low' };

interface Flag {
  readonly range: Range;
  readonly grade: Grade;
  readonly what: string;
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

// ---------------------------------------------------------------------------------------------
// Shared value tests
// ---------------------------------------------------------------------------------------------

function stringValue(code: CodeModel, node: SyntaxNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

function isTrue(code: CodeModel, node: SyntaxNode | undefined): boolean {
  if (node === undefined) return false;
  const value = code.valueOf(node);
  return (value.kind === 'boolean' && value.value) || (value.kind === 'string' && value.value.toLowerCase() === 'true');
}

/** `'*'`, `["*"]`, `List.of("*")`, `[]string{"*"}`: a wildcard alone or in a list. */
function isWildcard(code: CodeModel, node: SyntaxNode | undefined): boolean {
  if (node === undefined) return false;
  if (stringValue(code, node) === '*') return true;
  const elements = listElements(node);
  return elements.length > 0 && elements.some((element) => stringValue(code, element) === '*');
}

function listElements(node: SyntaxNode): SyntaxNode[] {
  const named = (parent: SyntaxNode): SyntaxNode[] => parent.namedChildren.filter((child): child is SyntaxNode => child !== null && !child.type.includes('comment'));
  switch (node.type) {
    case 'array':
    case 'list':
    case 'tuple':
    case 'set':
    case 'array_creation_expression':
      return named(node).flatMap((child) => (child.type === 'array_element_initializer' ? named(child) : [child]));
    case 'composite_literal': {
      const body = node.childForFieldName('body');
      return body ? named(body).flatMap((child) => (child.type === 'literal_element' ? named(child) : [child])) : [];
    }
    case 'method_invocation': {
      const args = node.childForFieldName('arguments');
      return args ? named(args) : [];
    }
    default:
      return [];
  }
}

/** The request's own Origin header read directly: `req.headers.origin`, `request.getHeader("Origin")`, `$_SERVER['HTTP_ORIGIN']`. */
const REQUEST_ORIGIN = safeRegex(
  '(?:headers?\\.origin\\b|(?:header|headers|getHeader|Header\\.Get|get|META|\\$_SERVER|Headers)\\s*[[(]\\s*[\'"](?:http_)?origin[\'"])',
  'i',
);

/** A function that approves every origin: `_ => true`, `origin => true`, `func(o string) bool { return true }`, `(origin, cb) => cb(null, true)`. */
const ALWAYS_TRUE_FUNCTION = safeRegex('^(?:\\(?\\w*\\)?=>true|\\(\\w+,\\w+\\)=>\\w+\\(null,true\\)|func\\([^)]*\\)bool\\{returntrue\\})$');
const WHITESPACE = safeRegex('\\s+', 'g');

/** Whether a function's text (whitespace ignored) approves every origin. */
function approvesEveryOrigin(text: string): boolean {
  return ALWAYS_TRUE_FUNCTION.test(text.replace(WHITESPACE, ''));
}

/** From the method name to the end of the call: `allowedOriginPatterns("*")` in a long builder chain. */
function fromMethodName(call: CallSite): Range {
  const name = call.node.childForFieldName('name') ?? call.calleeNode.childForFieldName('name') ?? call.calleeNode.childForFieldName('property') ?? call.calleeNode.childForFieldName('field');
  return { start: (name ?? call.node).startIndex, end: call.node.endIndex };
}

// ---------------------------------------------------------------------------------------------
// Credentials set anywhere in the file
// ---------------------------------------------------------------------------------------------

const CREDENTIALS_HEADER = safeRegex('access-control-allow-credentials', 'gi');
/** Characters between the header name and its value: quotes, a colon or comma, blanks. */
const HEADER_SEPARATORS: ReadonlySet<string> = new Set(['"', "'", ':', ',', ' ', '\t', ']', '=']);

/** `Access-Control-Allow-Credentials: true` (or the name and 'true' as two arguments) outside comments. */
function fileSetsCredentialsHeader(context: RuleContext): boolean {
  // A case-blind search of the text itself: a lower-cased copy of every file cost more than the
  // rest of the rule, and its offsets drift from the text's after a character whose lower case
  // is longer (`İ`).
  const { text } = context.document;
  for (const match of text.matchAll(CREDENTIALS_HEADER)) {
    const end = match.index + match[0].length;
    let index = end;
    while (index < text.length && index < end + 10 && HEADER_SEPARATORS.has(text[index] ?? '')) index++;
    if (text.slice(index, index + 4).toLowerCase() === 'true' && !context.isInComment(match.index)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Headers set by hand
// ---------------------------------------------------------------------------------------------

const ALLOW_ORIGIN = 'access-control-allow-origin';
const ORIGIN_CHECK = safeRegex('origin|allow|whitelist|trusted', 'i');

/** Inside an `if` that looks at the origin (an allow-list check): the echo is guarded. */
function isInsideOriginCheck(node: SyntaxNode): boolean {
  for (let current = node.parent; current !== null; current = current.parent) {
    const condition = current.childForFieldName('condition');
    if (condition !== null && (current.type.startsWith('if') || current.type.includes('conditional') || current.type.includes('ternary')) && ORIGIN_CHECK.test(condition.text)) return true;
  }
  return false;
}

/** What an origin value grants: the request's origin echoed, `*`, or something we cannot judge. */
function originValueGrade(code: CodeModel, value: SyntaxNode): 'reflect' | 'wildcard' | undefined {
  const constant = stringValue(code, value);
  if (constant !== undefined) return constant.trim() === '*' ? 'wildcard' : undefined;
  if (REQUEST_ORIGIN.test(value.text)) return 'reflect';
  // `const origin = req.headers.origin; res.setHeader('…', origin)`.
  if (value.type === 'identifier' || value.type === 'variable_name') {
    const scope = code.enclosingFunction(value)?.id;
    const assigned = code.assignments().filter((assignment) => assignment.target === value.text.replace('$', '') || assignment.target === value.text)
      .filter((assignment) => code.enclosingFunction(assignment.node)?.id === scope && assignment.node.startIndex < value.startIndex)
      .pop();
    if (assigned !== undefined && REQUEST_ORIGIN.test(assigned.value.text)) return 'reflect';
  }
  return undefined;
}

/** `res.setHeader('Access-Control-Allow-Origin', v)`, `w.Header().Set(…)`, `Response.Headers.Add(…)`, PHP `header('…: ' . v)`. */
function headerFlags(code: CodeModel, credentials: boolean): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    const [first, second] = call.args;
    if (first === undefined) continue;
    let value: SyntaxNode | undefined;
    // A header needs a value after its name; asked first, it spares working out the first argument's value for every one-argument call.
    if (second !== undefined && stringValue(code, first.node)?.toLowerCase() === ALLOW_ORIGIN) {
      value = second.node;
    } else if (call.name.toLowerCase() === 'header' && call.receiver === undefined && code.language === 'php') {
      value = phpHeaderValue(code, first.node);
    }
    if (value === undefined || isInsideOriginCheck(call.node)) continue;
    const origin = originValueGrade(code, value);
    if (origin === undefined) continue;
    const grade: Grade = origin === 'reflect' ? (credentials ? 'reflect' : 'any') : credentials ? 'wildcardWithCredentials' : 'any';
    const what = origin === 'reflect' ? 'Echoing the request\'s Origin header into Access-Control-Allow-Origin' : 'Access-Control-Allow-Origin: *';
    flags.push({ range: rangeOf(call.node), grade, what: credentials && origin === 'reflect' ? `${what} with Access-Control-Allow-Credentials: true` : what });
  }
  // `response.headers['Access-Control-Allow-Origin'] = …`, Django `response['…'] = …`, C# `Response.Headers["…"] = …`.
  for (const assignment of code.assignments()) {
    if (!assignment.target.toLowerCase().replaceAll('"', "'").endsWith(`['${ALLOW_ORIGIN}']`) || isInsideOriginCheck(assignment.node)) continue;
    const origin = originValueGrade(code, assignment.value);
    if (origin === undefined) continue;
    const grade: Grade = origin === 'reflect' ? (credentials ? 'reflect' : 'any') : credentials ? 'wildcardWithCredentials' : 'any';
    const what = origin === 'reflect' ? 'Echoing the request\'s Origin header into Access-Control-Allow-Origin' : 'Access-Control-Allow-Origin: *';
    flags.push({ range: rangeOf(assignment.node), grade, what: credentials && origin === 'reflect' ? `${what} with Access-Control-Allow-Credentials: true` : what });
  }
  return flags;
}

/** PHP `header("Access-Control-Allow-Origin: " . $_SERVER['HTTP_ORIGIN'])` or `header('Access-Control-Allow-Origin: *')`. */
function phpHeaderValue(code: CodeModel, argument: SyntaxNode): SyntaxNode | undefined {
  const whole = stringValue(code, argument);
  if (whole !== undefined) return whole.toLowerCase().replaceAll(' ', '').startsWith(`${ALLOW_ORIGIN}:`) ? argument : undefined;
  if (argument.type !== 'binary_expression') return undefined;
  const left = argument.childForFieldName('left');
  const prefix = left ? stringValue(code, left) : undefined;
  return prefix?.toLowerCase().replaceAll(' ', '') === `${ALLOW_ORIGIN}:` ? argument.childForFieldName('right') ?? undefined : undefined;
}

// ---------------------------------------------------------------------------------------------
// JavaScript: the cors package, Socket.IO, Fastify, NestJS
// ---------------------------------------------------------------------------------------------

const JS_CORS_CALLS: ReadonlySet<string> = new Set(['cors', 'enableCors', 'register']);

/** Koa's CORS middleware echoes the request's Origin when no `origin` option is given. */
const KOA_CORS_MODULES: ReadonlySet<string> = new Set(['@koa/cors', 'koa-cors', 'kcors', 'koa2-cors']);

function javascriptFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  const pairs = code.keyValues();
  for (const call of code.calls()) {
    const options = call.args[0]?.node;
    if (!KOA_CORS_MODULES.has(call.qualified) || options?.type !== 'object') continue;
    const inOptions = pairs.filter((pair) => pair.node.parent?.id === options.id);
    if (inOptions.some((pair) => pair.key === 'origin') || !inOptions.some((pair) => pair.key === 'credentials' && isTrue(code, pair.value))) continue;
    flags.push({ range: rangeOf(call.node), grade: 'reflect', what: `Koa CORS middleware with credentials: true and no origin option (it echoes the request's Origin)` });
  }
  for (const pair of pairs) {
    if (pair.key !== 'origin' || pair.node.parent?.type !== 'object') continue;
    const object = pair.node.parent;
    const credentials = pairs.some((other) => other.key === 'credentials' && other.node.parent?.id === object.id && isTrue(code, other.value));
    const reflects = pair.value.type === 'true' || approvesEveryOrigin(pair.value.text) || pair.value.text === '/.*/';
    const wildcard = isWildcard(code, pair.value);
    if (!reflects && !wildcard) continue;
    // Without credentials only a CORS options object (cors({...}), app.enableCors({...}), Socket.IO `cors:`) counts.
    const owner = object.parent?.parent;
    const ownerCall = owner ? code.calls().find((call) => call.node.id === owner.id) : undefined;
    const isCorsOptions = (ownerCall !== undefined && JS_CORS_CALLS.has(ownerCall.name)) || object.parent?.type === 'pair' && object.parent.childForFieldName('key')?.text === 'cors';
    if (!credentials && !isCorsOptions) continue;
    const grade: Grade = credentials ? (reflects ? 'reflect' : 'wildcardWithCredentials') : 'any';
    const what = `CORS options with origin: ${pair.value.text.length <= 30 ? pair.value.text : 'a function that approves every origin'}${credentials ? ' and credentials: true' : ''}`;
    flags.push({ range: rangeOf(pair.node), grade, what });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// Python: Flask-CORS, Starlette/FastAPI, django-cors-headers
// ---------------------------------------------------------------------------------------------

function keyword(call: CallSite, name: string): SyntaxNode | undefined {
  return call.args.find((argument) => argument.name === name)?.node;
}

function pythonFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    if (call.name === 'CORS' || call.name === 'cross_origin') {
      // Flask-CORS: origins default to '*', and with supports_credentials it echoes the request's origin.
      const credentials = isTrue(code, keyword(call, 'supports_credentials'));
      const origins = keyword(call, 'origins');
      const resources = keyword(call, 'resources');
      const anyOrigin = origins === undefined ? resources === undefined || resources.text.replaceAll(' ', '').includes(':"*"') || resources.text.replaceAll(' ', '').includes(":'*'") : isWildcard(code, origins);
      if (!anyOrigin || (!credentials && origins === undefined)) continue;
      flags.push({ range: rangeOf(call.node), grade: credentials ? 'reflect' : 'any', what: `Flask-CORS ${call.name}(${credentials ? 'supports_credentials=True' : "origins='*'"}${credentials && origins === undefined ? ', origins left at the default *' : ''})` });
      continue;
    }
    if (call.name === 'add_middleware' && call.args[0]?.node.text === 'CORSMiddleware') {
      const origins = keyword(call, 'allow_origins');
      const regex = stringValue(code, keyword(call, 'allow_origin_regex'));
      const anyOrigin = isWildcard(code, origins) || regex === '.*' || regex === '.+';
      if (!anyOrigin) continue;
      const credentials = isTrue(code, keyword(call, 'allow_credentials'));
      const setting = origins !== undefined && isWildcard(code, origins) ? origins.parent ?? origins : keyword(call, 'allow_origin_regex')?.parent ?? call.node;
      flags.push({ range: rangeOf(setting), grade: credentials ? 'reflect' : 'any', what: `CORSMiddleware with allow_origins=["*"]${credentials ? ' and allow_credentials=True' : ''}` });
    }
  }
  // django-cors-headers settings.
  const allowAll = code.assignments().find((assignment) => (assignment.target === 'CORS_ALLOW_ALL_ORIGINS' || assignment.target === 'CORS_ORIGIN_ALLOW_ALL') && isTrue(code, assignment.value));
  if (allowAll !== undefined) {
    const credentials = code.assignments().some((assignment) => assignment.target === 'CORS_ALLOW_CREDENTIALS' && isTrue(code, assignment.value));
    flags.push({ range: rangeOf(allowAll.node), grade: credentials ? 'reflect' : 'any', what: `${allowAll.target} = True${credentials ? ' with CORS_ALLOW_CREDENTIALS = True' : ''}` });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// Java: Spring
// ---------------------------------------------------------------------------------------------

const SPRING_PATTERN_CALLS: ReadonlySet<string> = new Set(['allowedOriginPatterns', 'setAllowedOriginPatterns', 'addAllowedOriginPattern']);
const SPRING_ORIGIN_CALLS: ReadonlySet<string> = new Set(['allowedOrigins', 'setAllowedOrigins', 'addAllowedOrigin']);
const SPRING_CREDENTIAL_CALLS: ReadonlySet<string> = new Set(['allowCredentials', 'setAllowCredentials']);

/** Calls in the same method or lambda, so one CORS configuration is judged as a whole. */
function sameScope(code: CodeModel, a: SyntaxNode, b: SyntaxNode): boolean {
  return code.enclosingFunction(a)?.id === code.enclosingFunction(b)?.id;
}

function javaFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  const calls = code.calls();
  const credentialCalls = calls.filter((call) => SPRING_CREDENTIAL_CALLS.has(call.name) && isTrue(code, call.args[0]?.node));
  for (const call of calls) {
    const pattern = SPRING_PATTERN_CALLS.has(call.name);
    if (!pattern && !SPRING_ORIGIN_CALLS.has(call.name)) continue;
    if (!call.args.some((argument) => isWildcard(code, argument.node))) continue;
    const credentials = credentialCalls.some((other) => sameScope(code, other.node, call.node));
    const grade: Grade = credentials ? (pattern ? 'reflect' : 'wildcardWithCredentials') : 'any';
    flags.push({ range: fromMethodName(call), grade, what: `Spring ${call.name}("*")${credentials ? ' with allowCredentials(true)' : ''}` });
  }
  // @CrossOrigin(origins = "*", allowCredentials = "true")
  const pairs = code.keyValues();
  for (const pair of pairs) {
    if ((pair.key !== 'origins' && pair.key !== 'originPatterns' && pair.key !== 'value') || pair.node.parent?.type !== 'annotation_argument_list') continue;
    const annotation = pair.node.parent.parent;
    if (annotation?.childForFieldName('name')?.text !== 'CrossOrigin' || !isWildcard(code, pair.value)) continue;
    const credentials = pairs.some((other) => other.key === 'allowCredentials' && other.node.parent?.id === pair.node.parent?.id && isTrue(code, other.value));
    if (!credentials) continue;
    const grade: Grade = pair.key === 'originPatterns' ? 'reflect' : 'wildcardWithCredentials';
    flags.push({ range: rangeOf(annotation), grade, what: `@CrossOrigin(${pair.key} = "*", allowCredentials = "true")` });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// C#: ASP.NET Core CORS policies
// ---------------------------------------------------------------------------------------------

function csharpFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  const calls = code.calls();
  const credentialCalls = calls.filter((call) => call.name === 'AllowCredentials');
  for (const call of calls) {
    let kind: 'reflect' | 'wildcard' | undefined;
    if (call.name === 'SetIsOriginAllowed' && approvesEveryOrigin(call.args[0]?.node.text ?? '')) kind = 'reflect';
    else if (call.name === 'AllowAnyOrigin' || (call.name === 'WithOrigins' && call.args.some((argument) => isWildcard(code, argument.node)))) kind = 'wildcard';
    if (kind === undefined) continue;
    const credentials = credentialCalls.some((other) => sameScope(code, other.node, call.node));
    const grade: Grade = credentials ? (kind === 'reflect' ? 'reflect' : 'wildcardWithCredentials') : 'any';
    flags.push({ range: fromMethodName(call), grade, what: `${call.name}(${kind === 'reflect' ? 'origin => true' : call.name === 'WithOrigins' ? '"*"' : ''})${credentials ? ' with AllowCredentials()' : ''}` });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// Go: rs/cors and gin-contrib/cors
// ---------------------------------------------------------------------------------------------

function goFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  const pairs = code.keyValues();
  for (const pair of pairs) {
    const literal = pair.node.parent;
    if (literal === null) continue;
    const sibling = (key: string): SyntaxNode | undefined => pairs.find((other) => other.key === key && other.node.parent?.id === literal.id)?.value;
    const credentials = isTrue(code, sibling('AllowCredentials'));
    let grade: Grade | undefined;
    let what: string;
    if ((pair.key === 'AllowedOrigins' || pair.key === 'AllowOrigins') && isWildcard(code, pair.value)) {
      // rs/cors (AllowedOrigins) echoes the origin; gin-contrib/cors (AllowOrigins) sends *.
      grade = credentials ? (pair.key === 'AllowedOrigins' ? 'reflect' : 'wildcardWithCredentials') : 'any';
      what = `${pair.key}: []string{"*"}`;
    } else if (pair.key === 'AllowAllOrigins' && isTrue(code, pair.value)) {
      grade = credentials ? 'wildcardWithCredentials' : 'any';
      what = 'AllowAllOrigins: true';
    } else if (pair.key === 'AllowOriginFunc' && approvesEveryOrigin(pair.value.text)) {
      grade = credentials ? 'reflect' : 'any';
      what = 'AllowOriginFunc that returns true';
    } else {
      continue;
    }
    flags.push({ range: rangeOf(pair.node), grade, what: `CORS options with ${what}${credentials ? ' and AllowCredentials: true' : ''}` });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// nginx
// ---------------------------------------------------------------------------------------------

const BLANKS = safeRegex('\\s+');

function nginxFlags(entries: readonly ConfigEntry[]): Flag[] {
  const headers = entries.filter((entry) => entry.key === 'add_header' && entry.value !== undefined && entry.valueRange !== undefined);
  const words = (entry: ConfigEntry): string[] => (entry.value ?? '').split(BLANKS).map((word) => word.replaceAll("'", '').replaceAll('"', ''));
  const credentials = headers.some((entry) => {
    const [name, value] = words(entry);
    return name?.toLowerCase() === 'access-control-allow-credentials' && value === 'true';
  });
  const flags: Flag[] = [];
  for (const entry of headers) {
    const [name, value] = words(entry);
    if (name?.toLowerCase() !== ALLOW_ORIGIN || value === undefined || entry.valueRange === undefined) continue;
    const reflects = value === '$http_origin';
    if (!reflects && value !== '*') continue;
    const grade: Grade = credentials ? (reflects ? 'reflect' : 'wildcardWithCredentials') : 'any';
    flags.push({ range: { start: entry.keyRange.start, end: entry.valueRange.end }, grade, what: `add_header Access-Control-Allow-Origin ${value}${credentials ? ' with Access-Control-Allow-Credentials true' : ''}` });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  const flags: Flag[] = [];
  const code = context.code;
  if (code !== undefined) {
    const credentialsHeader = fileSetsCredentialsHeader(context);
    flags.push(...headerFlags(code, credentialsHeader));
    switch (code.language) {
      case 'javascript':
      case 'typescript':
      case 'tsx':
        flags.push(...javascriptFlags(code));
        break;
      case 'python':
        flags.push(...pythonFlags(code));
        break;
      case 'java':
        flags.push(...javaFlags(code));
        break;
      case 'csharp':
        flags.push(...csharpFlags(code));
        break;
      case 'go':
        flags.push(...goFlags(code));
        break;
      default:
        break;
    }
  }
  if (context.config?.format === 'nginx') flags.push(...nginxFlags(context.config.entries()));
  const seen = new Set<number>();
  for (const flag of flags) {
    if (seen.has(flag.range.start) || context.isInComment(flag.range.start)) continue;
    seen.add(flag.range.start);
    context.report({ range: flag.range, message: messageFor(flag.grade, flag.what), severity: SEVERITY[flag.grade], confidence: CONFIDENCE[flag.grade] });
  }
}

export const permissiveCors: Rule = {
  meta: {
    id: 'web-config/permissive-cors',
    title: 'CORS allows any origin',
    area: 'web-config',
    severity: 'high',
    confidence: 'high',
    cwe: [942],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'system-lockdown-and-hardening-standard',
    ],
    basis: 'principle',
    why:
      'When a service echoes any Origin and allows credentials, any web site a signed-in user visits can read the service\'s responses through the user\'s session. ' +
      "MoJ's baseline configuration expects deny by default at every boundary (Technical Security Controls Guide: Defensive layer 1).",
    howToFix: 'Allow a fixed list of trusted origins (from configuration), compare the Origin header with it before echoing it, and allow credentials only for those origins.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'nginx'],
    prefilter: ['origin', 'CORS', 'AllowAnyOrigin', 'SetIsOriginAllowed'],
    examples: {
      javascript: "app.use(cors({ origin: ['https://app.justice.gov.uk'], credentials: true }));",
      typescript: "app.use(cors({ origin: ['https://app.justice.gov.uk'], credentials: true }));",
      python: "CORS(app, origins=['https://app.justice.gov.uk'], supports_credentials=True)",
      java: 'registry.addMapping("/api/**").allowedOrigins("https://app.justice.gov.uk").allowCredentials(true);',
      csharp: 'policy.WithOrigins("https://app.justice.gov.uk").AllowCredentials();',
      go: 'cors.New(cors.Options{AllowedOrigins: []string{"https://app.justice.gov.uk"}, AllowCredentials: true})',
      php: "if (in_array($origin, $allowed, true)) { header('Access-Control-Allow-Origin: ' . $origin); }",
      nginx: 'add_header Access-Control-Allow-Origin https://app.justice.gov.uk;',
    },
  },
  check,
};
