/**
 * transport/insecure-cookie: a cookie set without `Secure`, or a session or authentication
 * cookie set without `HttpOnly` or with `SameSite=None`, in code and in configuration.
 *
 * Every detector describes what it found as a `CookieSite` (which cookie, where the API that sets
 * it is, and the state of each attribute) or, for framework settings, reports one setting at a
 * time. `reportSite` then applies the rule's policy in one place:
 * - a missing or false `Secure` is a finding for every cookie (high for session, authentication
 *   and anti-forgery cookies, medium otherwise);
 * - a missing or false `HttpOnly`, and `SameSite=None`, are findings only for session and
 *   authentication cookies: other cookies (a theme, a language) are often read by page scripts
 *   on purpose, and anti-forgery cookies must be readable by scripts in the double-submit pattern.
 *
 * An attribute whose value cannot be worked out statically (`secure: isProduction`, an options
 * object built elsewhere, a `**kwargs` spread) counts as set: the rule reports what it can show.
 * Python's `jar.set_cookie(cookie)` with one Cookie object is a client-side cookie jar
 * (`http.cookiejar`, requests) storing what a server sent, not a response, and is not reported.
 */
import { isSecurityValueName, nameWords, safeRegex } from '../../engine/contract';
import type {
  CallSite,
  CodeModel,
  Confidence,
  ConfigEntry,
  ConfigModel,
  KeyValue,
  Range,
  Rule,
  RuleContext,
  Severity,
  StaticValue,
  SyntaxNode,
  TextEdit,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Kinds of finding, their messages and fix titles
// ---------------------------------------------------------------------------------------------

/** `secureOnHttps`: Secure only when the request came over HTTPS (ASP.NET `SameAsRequest`). */
type Attribute = 'secure' | 'secureOnHttps' | 'httpOnly' | 'sameSite';

/** Session and authentication cookies; anti-forgery (CSRF) cookies; everything else. */
type CookieClass = 'session' | 'csrf' | 'other';

const IN_TRANSIT = 'MoJ guidance expects data in transit to be protected (Cryptography: In transit).';
const PRINCIPLE =
  "The OWASP Session Management Cheat Sheet asks for it on session cookies, which this check applies as part of MoJ's in-transit protection principle (Cryptography: In transit).";

const SECURE_MESSAGES: Readonly<Record<CookieClass, string>> = {
  session: `This session or authentication cookie is set without the Secure attribute, so the browser also sends it over plain HTTP, where anyone on the network path can copy it and take over the session (CWE-614). ${IN_TRANSIT} Mark the cookie Secure.`,
  csrf: `This anti-forgery (CSRF) cookie is set without the Secure attribute, so the browser also sends its token over plain HTTP, where anyone on the network path can read it and forge requests (CWE-614). ${IN_TRANSIT} Mark the cookie Secure.`,
  other: `This cookie is set without the Secure attribute, so the browser also sends it over plain HTTP, where anyone on the network path can read or change it (CWE-614). ${IN_TRANSIT} Mark the cookie Secure.`,
};

const MESSAGES: Readonly<Record<Exclude<Attribute, 'secure'>, string>> = {
  secureOnHttps: `This cookie is marked Secure only when the request came over HTTPS, so behind a proxy that ends TLS, or on any plain-HTTP request, it is sent without Secure and can be read on the network path (CWE-614). ${IN_TRANSIT} Use CookieSecurePolicy.Always.`,
  httpOnly: `This session or authentication cookie is not HttpOnly, so page scripts can read it and a single cross-site scripting flaw is enough to steal the session (CWE-1004). ${PRINCIPLE} Mark the cookie HttpOnly.`,
  sameSite: `This session or authentication cookie has SameSite set to None or turned off, so the browser may send it with requests that other sites start, which exposes the session to cross-site request forgery (CWE-1275). ${PRINCIPLE} Use SameSite=Lax, or Strict, unless the cookie must work across sites.`,
};

const FIX_TITLES: Readonly<Record<Attribute, string>> = {
  secure: 'Mark the cookie Secure',
  secureOnHttps: 'Always mark the cookie Secure',
  httpOnly: 'Mark the cookie HttpOnly',
  sameSite: 'Set SameSite to Lax',
};

interface Problem {
  readonly attribute: Attribute;
  readonly cookie: CookieClass;
  readonly range: Range;
  readonly edits?: readonly TextEdit[];
  readonly severity?: Severity;
  readonly confidence?: Confidence;
}

function defaultSeverity(attribute: Attribute, cookie: CookieClass): Severity {
  if (attribute === 'secure') return cookie === 'other' ? 'medium' : 'high';
  return 'medium';
}

function flag(context: RuleContext, problem: Problem): void {
  const message = problem.attribute === 'secure' ? SECURE_MESSAGES[problem.cookie] : MESSAGES[problem.attribute];
  // Settings for a developer's own machine are expected to run over plain HTTP; they are still
  // shown, because such files are often copied into production, but at low confidence.
  const confidence = isDevelopmentFile(context.document.path) ? 'low' : problem.confidence ?? 'high';
  context.report({
    range: problem.range,
    message,
    severity: problem.severity ?? defaultSeverity(problem.attribute, problem.cookie),
    confidence,
    ...(problem.edits && problem.edits.length > 0 ? { fix: { title: FIX_TITLES[problem.attribute], edits: problem.edits } } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Cookie sites: one cookie, where it is set, and the state of each attribute
// ---------------------------------------------------------------------------------------------

/**
 * `set`: on, or a value the rule cannot work out; `off`: explicitly insecure (the range is the
 * setting); `missing`: not given, and the API's default is insecure.
 */
type State =
  | { readonly kind: 'set' }
  | { readonly kind: 'off'; readonly range: Range; readonly edits?: readonly TextEdit[] }
  | { readonly kind: 'missing'; readonly edits?: readonly TextEdit[]; readonly confidence?: Confidence };

const SET: State = { kind: 'set' };

interface CookieSite {
  readonly cookie: CookieClass;
  /** The API that sets the cookie, where a missing attribute is reported. */
  readonly at: Range;
  readonly secure: State;
  readonly httpOnly: State;
  readonly sameSite: State;
  /** For every finding of the site, e.g. medium for cookies set from page scripts. */
  readonly severity?: Severity;
  /** For missing attributes, where the API's default or configuration elsewhere may supply them. */
  readonly missingSeverity?: Severity;
  readonly missingConfidence?: Confidence;
}

function reportSite(context: RuleContext, site: CookieSite): void {
  reportState(context, site, 'secure', site.secure);
  if (site.cookie !== 'session') return;
  reportState(context, site, 'httpOnly', site.httpOnly);
  reportState(context, site, 'sameSite', site.sameSite);
}

function reportState(context: RuleContext, site: CookieSite, attribute: Attribute, state: State): void {
  if (state.kind === 'off') {
    flag(context, { attribute, cookie: site.cookie, range: state.range, edits: state.edits, severity: site.severity });
  } else if (state.kind === 'missing') {
    flag(context, {
      attribute,
      cookie: site.cookie,
      range: site.at,
      edits: state.edits,
      severity: site.missingSeverity ?? site.severity,
      confidence: state.confidence ?? site.missingConfidence,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Which cookies carry a session, an authentication token or an anti-forgery token
// ---------------------------------------------------------------------------------------------

/** Cookie names frameworks use for sessions and logins, lower-cased. */
const SESSION_COOKIE_NAMES: ReadonlySet<string> = new Set([
  'sid', 'sessionid', 'phpsessid', 'jsessionid', 'connect.sid', '_session', 'remember_token', 'auth', 'jwt',
  'asp.net_sessionid', '.aspnetcore.session', '.aspnetcore.cookies', '.aspxauth', 'laravel_session', 'rack.session',
  'ci_session', 'cfid', 'cftoken',
]);

function classifyName(name: string): CookieClass | undefined {
  const words = nameWords(name);
  if (words.some((word) => word === 'csrf' || word === 'xsrf' || word === 'antiforgery')) return 'csrf';
  if (SESSION_COOKIE_NAMES.has(name.toLowerCase()) || isSecurityValueName(name)) return 'session';
  const sessionWord = words.some(
    (word) => word === 'jwt' || word === 'sess' || word === 'remember' || word === 'aspxauth' || word.endsWith('sessid') || word.endsWith('sessionid'),
  );
  return sessionWord ? 'session' : undefined;
}

/** The class of a cookie from its name and other names around it (its variable, its value). */
function classify(names: readonly (string | undefined)[]): CookieClass {
  let result: CookieClass = 'other';
  for (const name of names) {
    const found = name === undefined ? undefined : classifyName(name);
    if (found === 'session') return 'session';
    if (found === 'csrf') result = 'csrf';
  }
  return result;
}

/** A name for an expression: a string constant's value, else the identifier it ends in, else the function it calls. */
function nameHint(code: CodeModel, calls: CallIndex, node: SyntaxNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  if (value.kind === 'string') return value.value;
  return code.nameOf(node) ?? calls.get(node.id)?.name;
}

type CallIndex = ReadonlyMap<number, CallSite>;

function callIndex(code: CodeModel): CallIndex {
  return new Map(code.calls().map((call) => [call.node.id, call]));
}

/**
 * Files for a developer's own machine: `settings/dev.py`, `local_settings.py`,
 * `application-local.yml`, `.env.development`, `config/packages/dev/framework.yaml`.
 */
const DEVELOPMENT_WORDS: ReadonlySet<string> = new Set(['dev', 'local', 'development']);
const FILE_NAME_SEPARATORS = safeRegex('[-_.]');

function isDevelopmentFile(path: string): boolean {
  const segments = path.toLowerCase().split('/');
  const name = segments[segments.length - 1] ?? '';
  const folder = segments[segments.length - 2];
  if (folder === 'dev' || folder === 'development') return true;
  return name.split(FILE_NAME_SEPARATORS).some((word) => DEVELOPMENT_WORDS.has(word));
}

// ---------------------------------------------------------------------------------------------
// Shared value and edit helpers
// ---------------------------------------------------------------------------------------------

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function span(from: SyntaxNode, to: SyntaxNode): Range {
  return { start: from.startIndex, end: to.endIndex };
}

function replace(node: SyntaxNode, newText: string): TextEdit[] {
  return [{ ...rangeOf(node), newText }];
}

/** Off as the cookie APIs read it: `false` or `0`. `null` and unknown values are not claimed. */
function isOff(value: StaticValue): boolean {
  return (value.kind === 'boolean' && !value.value) || (value.kind === 'number' && value.value === 0);
}

/** Off in configuration text: YAML 1.1, INI and PHP spell booleans several ways. */
function textIsOff(text: string): boolean {
  return ['false', '0', 'no', 'off'].includes(unquote(text).trim().toLowerCase());
}

/** The "on" spelling that matches an "off" spelling (`False` → `True`, `Off` → `On`, `0` → `1`). */
function onSpelling(off: string): string {
  const spellings: Readonly<Record<string, string>> = {
    false: 'true', False: 'True', FALSE: 'TRUE', '0': '1', off: 'on', Off: 'On', OFF: 'ON', no: 'yes', No: 'Yes', NO: 'YES',
  };
  return spellings[off.trim()] ?? 'true';
}

/** Literal node types a fix may replace directly; anything else is a reference. */
const LITERAL_TYPES: ReadonlySet<string> = new Set(['true', 'false', 'number', 'integer', 'int_literal', 'boolean', 'boolean_literal', 'decimal_integer_literal']);
const NEGATED_BIT = safeRegex('^!\\s*[01]$');

/** Edits replacing the literal `node` with `newText`, or undefined when `node` is a reference. */
function replaceLiteral(node: SyntaxNode, newText: string): TextEdit[] | undefined {
  let current: SyntaxNode | null = node;
  while (current !== null && (current.type === 'parenthesized_expression' || current.type === 'literal_element')) current = current.namedChild(0);
  if (current === null) return undefined;
  // JavaScript minifier spelling `!1`.
  const literal = LITERAL_TYPES.has(current.type) || (current.type === 'unary_expression' && NEGATED_BIT.test(current.text));
  return literal ? replace(current, newText) : undefined;
}

function unquote(text: string): string {
  const trimmed = text.trim();
  const quote = trimmed[0];
  if (trimmed.length >= 2 && (quote === '"' || quote === "'") && trimmed.endsWith(quote)) return trimmed.slice(1, -1);
  return trimmed;
}

/** The quoted string `original` with its content replaced, keeping its quote style. */
function requote(original: string, content: string): string {
  const quote = original[0];
  if ((quote === '"' || quote === "'" || quote === '`') && original.length >= 2 && original.endsWith(quote)) return `${quote}${content}${quote}`;
  return content;
}

/** Edits replacing a string literal's content with `content`, or undefined when `node` is not a plain string literal. */
function replaceString(node: SyntaxNode, content: string): TextEdit[] | undefined {
  const text = node.text;
  const quote = text[0];
  if (text.length < 2 || (quote !== '"' && quote !== "'") || !text.endsWith(quote)) return undefined;
  return replace(node, requote(text, content));
}

/** A key as written, without the quotes, sigils or colons the languages put around it, lower-cased. */
function bareKey(key: string): string {
  let text = key.trim();
  if (text.startsWith(':')) text = text.slice(1);
  if (text.endsWith(':')) text = text.slice(0, -1);
  return unquote(text).toLowerCase();
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The whitespace before `node` on its line, or undefined when something else precedes it there. */
function ownLineIndent(text: string, node: SyntaxNode): string | undefined {
  const indent = text.slice(lineStart(text, node.startIndex), node.startIndex);
  return indent.trim() === '' ? indent : undefined;
}

const COMMENT_TYPES: ReadonlySet<string> = new Set(['comment', 'line_comment', 'block_comment']);
const OPENERS: ReadonlySet<string> = new Set(['{', '(', '[']);
const CLOSERS: ReadonlySet<string> = new Set(['}', ')', ']']);

/** A bracketed list: an object, a hash, an array, an argument list, an initializer. */
interface Container {
  /** Just after the opening bracket. */
  readonly open: number;
  /** At the closing bracket. */
  readonly close: number;
  readonly entries: readonly SyntaxNode[];
  readonly brace: boolean;
}

function containerOf(node: SyntaxNode): Container | undefined {
  const tokens = node.children.filter((child): child is SyntaxNode => child !== null && !child.isNamed);
  const opener = tokens.find((token) => OPENERS.has(token.type));
  const closer = [...tokens].reverse().find((token) => CLOSERS.has(token.type));
  if (opener === undefined || closer === undefined || closer.startIndex < opener.endIndex) return undefined;
  const entries = node.namedChildren.filter(
    (child): child is SyntaxNode =>
      child !== null && !COMMENT_TYPES.has(child.type) && child.startIndex >= opener.endIndex && child.endIndex <= closer.startIndex,
  );
  return { open: opener.endIndex, close: closer.startIndex, entries, brace: opener.type === '{' };
}

/**
 * Adds `entry` as the last item of a bracketed list in the list's own layout: after the last
 * item on the same line, or on a line of its own with the last item's indentation (after its
 * trailing comma when it has one). An empty list gets the entry alone.
 */
function insertEntry(text: string, container: Container, entry: string, padBraces = true): TextEdit {
  const last = container.entries[container.entries.length - 1];
  if (last === undefined) {
    return { start: container.open, end: container.close, newText: container.brace && padBraces ? ` ${entry} ` : entry };
  }
  let after = last.endIndex;
  while (text[after] === ' ' || text[after] === '\t') after++;
  const indent = ownLineIndent(text, last);
  if (indent === undefined) return { start: last.endIndex, end: last.endIndex, newText: `, ${entry}` };
  const lineBreak = lineBreakOf(text);
  if (text[after] === ',') return { start: after + 1, end: after + 1, newText: `${lineBreak}${indent}${entry},` };
  return { start: last.endIndex, end: last.endIndex, newText: `,${lineBreak}${indent}${entry}` };
}

function insertInto(text: string, node: SyntaxNode | undefined, entry: string, padBraces = true): TextEdit[] | undefined {
  const container = node ? containerOf(node) : undefined;
  return container ? [insertEntry(text, container, entry, padBraces)] : undefined;
}

/** Inserts `statement` on a line of its own just before the statement holding `node`, with its indentation. */
function insertStatementBefore(text: string, statement: SyntaxNode | undefined, newStatement: string): TextEdit[] | undefined {
  if (statement === undefined) return undefined;
  const indent = ownLineIndent(text, statement);
  if (indent === undefined) return undefined;
  const start = lineStart(text, statement.startIndex);
  return [{ start, end: start, newText: `${indent}${newStatement}${lineBreakOf(text)}` }];
}

/** The pairs directly inside `container`, by bare lower-cased key. */
function pairsIn(code: CodeModel, container: SyntaxNode): Map<string, KeyValue> {
  const found = new Map<string, KeyValue>();
  for (const pair of code.keyValuesIn(container)) found.set(bareKey(pair.key), pair);
  return found;
}

function sameFunction(code: CodeModel, a: SyntaxNode, b: SyntaxNode): boolean {
  return code.enclosingFunction(a)?.id === code.enclosingFunction(b)?.id;
}

function nodesOfType(root: SyntaxNode, types: readonly string[]): SyntaxNode[] {
  return root.descendantsOfType([...types]).filter((node): node is SyntaxNode => node !== null);
}

/** A boolean attribute given as a key/value pair, or absent. */
function pairState(code: CodeModel, pair: KeyValue | undefined, missing: State): State {
  if (pair === undefined) return missing;
  return isOff(code.valueOf(pair.value)) ? { kind: 'off', range: rangeOf(pair.node), edits: replaceLiteral(pair.value, 'true') } : SET;
}

/** A SameSite attribute given as a string pair: `'none'` (any case) is off. */
function sameSiteStringState(code: CodeModel, pair: KeyValue | undefined, lax: string): State {
  if (pair === undefined) return SET;
  const value = code.valueOf(pair.value);
  if (value.kind !== 'string' || value.value.toLowerCase() !== 'none') return SET;
  return { kind: 'off', range: rangeOf(pair.node), edits: replaceString(pair.value, lax) };
}

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

export const insecureCookie: Rule = {
  meta: {
    id: 'transport/insecure-cookie',
    title: 'Cookie without Secure, or session cookie without HttpOnly or SameSite',
    area: 'transport',
    severity: 'high',
    confidence: 'high',
    cwe: [614, 1004, 1275],
    // OWASP's 2021 mapping lists CWE-614 and CWE-1004 under A05: the cookie is sent in the clear
    // because of how it was configured, not because the cryptography is weak.
    owasp: 'A05:2021 Security Misconfiguration',
    policy: ['cryptography#in-transit'],
    basis: 'principle',
    why:
      'A cookie without Secure is also sent over plain HTTP, where anyone on the network path can read it; a session cookie without HttpOnly can be stolen by one cross-site scripting flaw, and one with SameSite=None rides along on forged cross-site requests. MoJ guidance expects data in transit to be protected (Cryptography: In transit), and the OWASP Session Management Cheat Sheet sets out these attributes for session cookies.',
    howToFix:
      'Mark every cookie Secure, and session or authentication cookies HttpOnly with SameSite=Lax or Strict. In framework settings, turn the session cookie flags on (for example SESSION_COOKIE_SECURE = True, server.servlet.session.cookie.secure=true, session.cookie_secure = 1).',
    // A Secure cookie is not sent back over plain HTTP, so a development server without TLS stops
    // receiving it, and HttpOnly stops scripts that read the cookie: a person chooses the fix.
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'yaml', 'properties', 'xml', 'ini', 'dotenv'],
    prefilter: ['cookie', 'session', 'requireSSL', 'csrf'],
    examples: {
      javascript: "res.cookie('sid', token, { secure: true, httpOnly: true, sameSite: 'lax' });",
      typescript: "cookies().set('session', token, { secure: true, httpOnly: true, sameSite: 'lax' });",
      tsx: "cookies().set('session', token, { secure: true, httpOnly: true, sameSite: 'lax' });",
      python: 'SESSION_COOKIE_SECURE = True\nSESSION_COOKIE_HTTPONLY = True',
      java: 'Cookie cookie = new Cookie("JSESSIONID", id);\ncookie.setSecure(true);\ncookie.setHttpOnly(true);\nresponse.addCookie(cookie);',
      csharp: 'Response.Cookies.Append("auth", token, new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Lax });',
      go: 'http.SetCookie(w, &http.Cookie{Name: "session", Value: id, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})',
      php: "setcookie('PHPSESSID', $id, ['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);",
      ruby: 'cookies[:auth] = { value: token, secure: true, httponly: true, same_site: :lax }',
      yaml: 'server:\n  servlet:\n    session:\n      cookie:\n        secure: true\n        http-only: true',
      properties: 'server.servlet.session.cookie.secure=true\nserver.servlet.session.cookie.http-only=true',
      xml: '<httpCookies requireSSL="true" httpOnlyCookies="true" />',
      ini: 'session.cookie_secure = 1\nsession.cookie_httponly = 1',
      dotenv: 'SESSION_SECURE_COOKIE=true',
    },
  },
  check(context) {
    if (context.code) checkCode(context, context.code);
    else if (context.config) checkConfig(context, context.config);
  },
};

function checkCode(context: RuleContext, code: CodeModel): void {
  switch (code.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      checkJavaScript(context, code);
      return;
    case 'python':
      checkPython(context, code);
      return;
    case 'java':
      checkJava(context, code);
      return;
    case 'csharp':
      checkCSharp(context, code);
      return;
    case 'go':
      checkGo(context, code);
      return;
    case 'php':
      checkPhp(context, code);
      return;
    case 'ruby':
      checkRuby(context, code);
      return;
    case 'shell':
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript
// ---------------------------------------------------------------------------------------------

/** Wrappers that leave a value alone: parentheses, `await`, TypeScript assertions. */
const JS_WRAPPERS: ReadonlySet<string> = new Set(['parenthesized_expression', 'await_expression', 'as_expression', 'satisfies_expression', 'non_null_expression']);

function unwrapJs(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (JS_WRAPPERS.has(current.type)) {
    const inner = current.namedChildren.find((child) => child !== null && !COMMENT_TYPES.has(child.type));
    if (inner === undefined || inner === null) break;
    current = inner;
  }
  return current;
}

/** An options object as the cookie APIs take it. */
interface JsOptions {
  readonly object: SyntaxNode;
  readonly pairs: ReadonlyMap<string, KeyValue>;
  /** Keys written as shorthand (`{ secure }`): present, with a value the rule cannot see. */
  readonly shorthand: ReadonlySet<string>;
  /** A spread (`{ ...defaults }`) may supply any key. */
  readonly open: boolean;
}

/** The object literal an argument stands for: written in place, or assigned once to a variable. */
function jsOptions(code: CodeModel, node: SyntaxNode | undefined): JsOptions | undefined {
  if (node === undefined) return undefined;
  let target = unwrapJs(node);
  if (target.type === 'identifier') target = jsObjectOfVariable(code, target) ?? target;
  if (target.type !== 'object') return undefined;
  const children = target.namedChildren.filter((child): child is SyntaxNode => child !== null);
  return {
    object: target,
    pairs: pairsIn(code, target),
    shorthand: new Set(children.filter((child) => child.type === 'shorthand_property_identifier').map((child) => child.text.toLowerCase())),
    open: children.some((child) => child.type === 'spread_element'),
  };
}

function jsObjectOfVariable(code: CodeModel, identifier: SyntaxNode): SyntaxNode | undefined {
  const assignments = code.assignments().filter((assignment) => assignment.target === identifier.text);
  const only = assignments.length === 1 ? assignments[0] : undefined;
  const value = only ? unwrapJs(only.value) : undefined;
  return value?.type === 'object' ? value : undefined;
}

/** A call of a cookie-setting API, with what the API does when an option is left out. */
interface JsCookieCall {
  readonly call: CallSite;
  readonly name?: SyntaxNode;
  readonly value?: SyntaxNode;
  /** `absent` when the call has no options argument; undefined when it has one the rule cannot read. */
  readonly options: JsOptions | 'absent' | undefined;
  readonly secureDefaultOff: boolean;
  readonly httpOnlyDefaultOff: boolean;
  /** Set from page scripts (js-cookie): HttpOnly cannot apply, and the finding is medium. */
  readonly clientSide?: boolean;
  readonly missingConfidence?: Confidence;
}

const JS_RESPONSE_NAMES: ReadonlySet<string> = new Set(['res', 'resp', 'response', 'reply', 'rep']);
const JS_HEADER_SETTERS: ReadonlySet<string> = new Set(['setHeader', 'header', 'set', 'append', 'appendHeader']);

function checkJavaScript(context: RuleContext, code: CodeModel): void {
  const calls = callIndex(code);
  const imports = code.imports();
  const usesNext = imports.some((binding) => binding.target === 'next' || binding.target.startsWith('next/'));
  const jsCookie = new Set(imports.filter((binding) => binding.target === 'js-cookie').map((binding) => binding.local));
  for (const call of code.calls()) {
    const cookieCall = javascriptCookieCall(code, call, usesNext, jsCookie);
    if (cookieCall) {
      reportSite(context, javascriptCookieSite(context.document.text, code, calls, cookieCall));
      continue;
    }
    if (call.qualified === 'express-session' && !call.isConstructor) {
      const site = expressSessionSite(context.document.text, code, call);
      if (site) reportSite(context, site);
    } else if (call.qualified === 'cookie-session' && !call.isConstructor) {
      const options = jsOptions(code, call.args[0]?.node);
      if (options) reportSite(context, explicitOnlySite(code, call, 'session', options));
    } else if (JS_HEADER_SETTERS.has(call.name) && call.args.length >= 2 && isSetCookieName(code.valueOf(call.args[0]?.node ?? call.node))) {
      const header = call.args[1]?.node;
      if (header) for (const value of javascriptHeaderValues(header)) reportCookieString(context, code, calls, value, false);
    }
  }
  for (const pair of code.keyValues()) {
    // `res.writeHead(200, { 'Set-Cookie': … })`, `new Response(body, { headers: { 'Set-Cookie': … } })`.
    if (bareKey(pair.key) === 'set-cookie') for (const value of javascriptHeaderValues(pair.value)) reportCookieString(context, code, calls, value, false);
  }
  for (const assignment of code.assignments()) {
    if (assignment.target === 'document.cookie' || assignment.target === 'window.document.cookie') {
      reportCookieString(context, code, calls, assignment.value, true);
    }
  }
}

function isSetCookieName(value: StaticValue): boolean {
  return value.kind === 'string' && value.value.toLowerCase() === 'set-cookie';
}

function javascriptHeaderValues(node: SyntaxNode): SyntaxNode[] {
  const value = unwrapJs(node);
  if (value.type !== 'array') return [value];
  return value.namedChildren.filter((child): child is SyntaxNode => child !== null && !COMMENT_TYPES.has(child.type));
}

/** Express `res.cookie`, Fastify `reply.setCookie`, Next.js and Koa `cookies.set`, js-cookie, `cookie.serialize`. */
function javascriptCookieCall(
  code: CodeModel,
  call: CallSite,
  usesNext: boolean,
  jsCookie: ReadonlySet<string>,
): JsCookieCall | undefined {
  const [first, second, third] = call.args;
  const positional = (secureDefaultOff: boolean, httpOnlyDefaultOff: boolean, extra: Partial<JsCookieCall> = {}): JsCookieCall | undefined => {
    if (first === undefined || second === undefined) return undefined;
    return {
      call,
      name: first.node,
      value: second.node,
      options: third === undefined ? 'absent' : jsOptions(code, third.node),
      secureDefaultOff,
      httpOnlyDefaultOff,
      ...extra,
    };
  };
  if (call.qualified === 'cookie.serialize') return positional(true, true);
  const receiver = call.receiver;
  if (receiver === undefined) return undefined;
  if (call.name === 'cookie' && isJsResponse(code, receiver)) return positional(true, true);
  // @fastify/cookie takes plugin-wide defaults at registration, so a missing option may be supplied there.
  if (call.name === 'setCookie' && isJsResponse(code, receiver)) return positional(true, true, { missingConfidence: 'medium' });
  if (call.name !== 'set') return undefined;
  if (receiver.type === 'identifier' && jsCookie.has(receiver.text)) return positional(true, false, { clientSide: true });
  if (isNextCookieStore(code, receiver, usesNext)) {
    const only = first && call.args.length === 1 ? jsOptions(code, first.node) : undefined;
    if (only) {
      // The object form: `cookies().set({ name, value, secure })`.
      return { call, name: only.pairs.get('name')?.value, value: only.pairs.get('value')?.value, options: only, secureDefaultOff: true, httpOnlyDefaultOff: true };
    }
    return positional(true, true);
  }
  // Koa's ctx.cookies and the `cookies` package: Secure follows the connection and HttpOnly is on by default.
  if (isKoaCookieJar(receiver)) return positional(false, false);
  return undefined;
}

function isJsResponse(code: CodeModel, receiver: SyntaxNode): boolean {
  const name = (code.nameOf(receiver) ?? '').toLowerCase();
  return JS_RESPONSE_NAMES.has(name) || name.endsWith('response');
}

/** Next.js `cookies()` from next/headers (awaited or not, or kept in a variable), or a NextResponse's `.cookies`. */
function isNextCookieStore(code: CodeModel, receiver: SyntaxNode, usesNext: boolean): boolean {
  const value = unwrapJs(receiver);
  if (isNextCookiesCall(code, value)) return true;
  if (value.type === 'identifier') {
    return code.assignments().some((assignment) => assignment.target === value.text && isNextCookiesCall(code, unwrapJs(assignment.value)));
  }
  return usesNext && value.type === 'member_expression' && value.childForFieldName('property')?.text === 'cookies';
}

function isNextCookiesCall(code: CodeModel, node: SyntaxNode): boolean {
  if (node.type !== 'call_expression') return false;
  const callee = node.childForFieldName('function');
  return callee !== null && code.qualifiedName(callee) === 'next/headers.cookies';
}

function isKoaCookieJar(receiver: SyntaxNode): boolean {
  const value = unwrapJs(receiver);
  if (value.type === 'new_expression') return value.childForFieldName('constructor')?.text === 'Cookies';
  if (value.type === 'member_expression') return value.childForFieldName('property')?.text === 'cookies';
  return value.type === 'identifier' && value.text.toLowerCase().endsWith('cookies');
}

function javascriptCookieSite(text: string, code: CodeModel, calls: CallIndex, spec: JsCookieCall): CookieSite {
  const cookie = classify([nameHint(code, calls, spec.name), nameHint(code, calls, spec.value)]);
  const quote = spec.name?.type === 'string' && spec.name.text.startsWith('"') ? '"' : "'";
  const full = cookie === 'session' && !spec.clientSide ? `{ secure: true, httpOnly: true, sameSite: ${quote}lax${quote} }` : '{ secure: true }';
  const options = spec.options === 'absent' ? undefined : spec.options;
  const missing = (key: string, entry: string, defaultOff: boolean): State => {
    if (!defaultOff || spec.options === undefined) return SET;
    if (spec.options === 'absent') return { kind: 'missing', edits: insertInto(text, spec.call.node.childForFieldName('arguments') ?? undefined, full) };
    if (spec.options.open || spec.options.shorthand.has(key)) return SET;
    return { kind: 'missing', edits: insertInto(text, spec.options.object, entry) };
  };
  return {
    cookie,
    at: rangeOf(spec.call.calleeNode),
    secure: pairState(code, options?.pairs.get('secure'), missing('secure', 'secure: true', spec.secureDefaultOff)),
    httpOnly: spec.clientSide ? SET : pairState(code, options?.pairs.get('httponly'), missing('httponly', 'httpOnly: true', spec.httpOnlyDefaultOff)),
    sameSite: sameSiteStringState(code, options?.pairs.get('samesite'), 'lax'),
    ...(spec.clientSide ? { severity: 'medium' } : {}),
    ...(spec.missingConfidence ? { missingConfidence: spec.missingConfidence } : {}),
  };
}

/** Options whose missing keys take the API's secure-enough default: only explicit values are findings. */
function explicitOnlySite(code: CodeModel, call: CallSite, cookie: CookieClass, options: JsOptions): CookieSite {
  return {
    cookie,
    at: rangeOf(call.calleeNode),
    secure: pairState(code, options.pairs.get('secure'), SET),
    httpOnly: pairState(code, options.pairs.get('httponly'), SET),
    sameSite: sameSiteStringState(code, options.pairs.get('samesite'), 'lax'),
  };
}

/**
 * express-session: `cookie.secure` defaults to false, so leaving it (or the whole `cookie`
 * object) out sends the session cookie over plain HTTP; that default is reported at medium.
 * `secure: 'auto'` follows the connection and is left alone.
 */
function expressSessionSite(text: string, code: CodeModel, call: CallSite): CookieSite | undefined {
  const options = jsOptions(code, call.args[0]?.node);
  if (options === undefined) return undefined;
  const cookiePair = options.pairs.get('cookie');
  const base = { cookie: 'session' as const, at: rangeOf(call.calleeNode), missingSeverity: 'medium' as const };
  if (cookiePair === undefined) {
    if (options.open || options.shorthand.has('cookie')) return undefined;
    return { ...base, secure: { kind: 'missing', edits: insertInto(text, options.object, 'cookie: { secure: true }') }, httpOnly: SET, sameSite: SET };
  }
  const cookieOptions = jsOptions(code, cookiePair.value);
  if (cookieOptions === undefined) return undefined;
  const missingSecure: State =
    cookieOptions.open || cookieOptions.shorthand.has('secure') ? SET : { kind: 'missing', edits: insertInto(text, cookieOptions.object, 'secure: true') };
  return {
    ...base,
    secure: pairState(code, cookieOptions.pairs.get('secure'), missingSecure),
    httpOnly: pairState(code, cookieOptions.pairs.get('httponly'), SET),
    sameSite: sameSiteStringState(code, cookieOptions.pairs.get('samesite'), 'lax'),
  };
}

// Cookie strings: `document.cookie = 'sid=…; Secure'` and `Set-Cookie` header values.

/** A piece of a string expression: its text when constant, else a hole. */
interface StringPart {
  readonly literal?: string;
  readonly node: SyntaxNode;
}

function jsStringParts(code: CodeModel, node: SyntaxNode): StringPart[] {
  const value = code.valueOf(node);
  if (value.kind === 'string') return [{ literal: value.value, node }];
  const inner = unwrapJs(node);
  if (inner.type === 'binary_expression' && inner.childForFieldName('operator')?.text === '+') {
    const left = inner.childForFieldName('left');
    const right = inner.childForFieldName('right');
    if (left !== null && right !== null) return [...jsStringParts(code, left), ...jsStringParts(code, right)];
  }
  if (inner.type === 'template_string') {
    const parts: StringPart[] = [];
    for (const child of inner.namedChildren) {
      if (child === null) continue;
      if (child.type !== 'template_substitution') {
        parts.push({ literal: child.text, node: child });
        continue;
      }
      const expression = child.namedChild(0);
      const substituted = expression ? code.valueOf(expression) : undefined;
      parts.push(substituted?.kind === 'string' ? { literal: substituted.value, node: child } : { node: expression ?? child });
    }
    return parts;
  }
  return [{ node: inner }];
}

interface CookieText {
  readonly name?: string;
  /** Attribute names, lower-cased, with their values lower-cased ('' for flags). */
  readonly attributes: ReadonlyMap<string, string>;
  /** The text to append before a new attribute so it reads `…; Secure`. */
  readonly separator: string;
}

const HOLE = '\u0000';

/**
 * Reads `name=value; Attr; Attr=x` from string parts. Holes (values the rule cannot see) may
 * stand in the name and the value; a hole among the attributes, or more than one hole in the
 * value when there are no attributes, could carry `Secure`, so then nothing is claimed.
 */
function readCookieText(parts: readonly StringPart[]): CookieText | undefined {
  const joined = parts.map((part) => part.literal ?? HOLE).join('');
  const equals = joined.indexOf('=');
  if (equals < 0) return undefined;
  const semicolon = joined.indexOf(';', equals);
  const valueText = joined.slice(equals + 1, semicolon < 0 ? joined.length : semicolon);
  const attributeText = semicolon < 0 ? '' : joined.slice(semicolon + 1);
  if (attributeText.includes(HOLE)) return undefined;
  if (semicolon < 0 && valueText.split(HOLE).length > 2) return undefined;
  const attributes = new Map<string, string>();
  for (const item of attributeText.split(';')) {
    const [key = '', ...rest] = item.split('=');
    if (key.trim() !== '') attributes.set(key.trim().toLowerCase(), rest.join('=').trim().toLowerCase());
  }
  const nameText = joined.slice(0, equals).trim();
  const trimmed = joined.trimEnd();
  const separator = trimmed.endsWith(';') ? (joined.endsWith(' ') ? '' : ' ') : '; ';
  return { ...(nameText.includes(HOLE) ? {} : { name: nameText }), attributes, separator };
}

/** A cookie being deleted: an expiry in the past or a zero max-age. */
function isDeletion(attributes: ReadonlyMap<string, string>): boolean {
  const maxAge = attributes.get('max-age');
  if (maxAge !== undefined && (maxAge === '0' || maxAge.startsWith('-'))) return true;
  return (attributes.get('expires') ?? '').includes('1970');
}

function reportCookieString(context: RuleContext, code: CodeModel, calls: CallIndex, node: SyntaxNode, clientSide: boolean): void {
  const parts = jsStringParts(code, node);
  const cookieText = readCookieText(parts);
  if (cookieText === undefined || isDeletion(cookieText.attributes)) return;
  const hints = parts.filter((part) => part.literal === undefined).map((part) => nameHint(code, calls, part.node));
  const text = context.document.text;
  const append = (attribute: string): TextEdit[] | undefined => appendToCookieString(text, node, `${cookieText.separator}${attribute}`);
  reportSite(context, {
    cookie: classify([cookieText.name, ...hints]),
    at: rangeOf(node),
    secure: cookieText.attributes.has('secure') ? SET : { kind: 'missing', edits: append('Secure') },
    httpOnly: clientSide || cookieText.attributes.has('httponly') ? SET : { kind: 'missing', edits: append('HttpOnly') },
    sameSite: cookieText.attributes.get('samesite') === 'none' ? { kind: 'off', range: rangeOf(node) } : SET,
    ...(clientSide ? { severity: 'medium' } : {}),
  });
}

/** Appends attribute text to a cookie string: inside its last literal, or as one more concatenated string. */
function appendToCookieString(text: string, node: SyntaxNode, addition: string): TextEdit[] | undefined {
  const top = unwrapJs(node);
  const last = top.type === 'binary_expression' ? top.childForFieldName('right') : top;
  if (last === null) return undefined;
  if ((last.type === 'string' || last.type === 'template_string') && last.text.length >= 2) {
    return [{ start: last.endIndex - 1, end: last.endIndex - 1, newText: addition }];
  }
  if (top.type !== 'binary_expression') return undefined;
  const quote = text.slice(top.startIndex, top.endIndex).includes('"') ? '"' : "'";
  return [{ start: top.endIndex, end: top.endIndex, newText: ` + ${quote}${addition}${quote}` }];
}

// ---------------------------------------------------------------------------------------------
// Python
// ---------------------------------------------------------------------------------------------

/** How a framework setting is read: a boolean flag, or a SameSite value where None turns it off. */
type SettingKind = 'flag' | 'sameSite';

interface SettingRule {
  readonly attribute: Attribute;
  readonly cookie: CookieClass;
  readonly kind: SettingKind;
}

/** Django, Flask, Flask-Login and flask-jwt-extended settings. CSRF_COOKIE_HTTPONLY is left alone: its default is off, on purpose. */
const PY_SETTINGS: ReadonlyMap<string, SettingRule> = new Map([
  ['SESSION_COOKIE_SECURE', { attribute: 'secure', cookie: 'session', kind: 'flag' }],
  ['CSRF_COOKIE_SECURE', { attribute: 'secure', cookie: 'csrf', kind: 'flag' }],
  ['SESSION_COOKIE_HTTPONLY', { attribute: 'httpOnly', cookie: 'session', kind: 'flag' }],
  ['SESSION_COOKIE_SAMESITE', { attribute: 'sameSite', cookie: 'session', kind: 'sameSite' }],
  ['REMEMBER_COOKIE_SECURE', { attribute: 'secure', cookie: 'session', kind: 'flag' }],
  ['REMEMBER_COOKIE_HTTPONLY', { attribute: 'httpOnly', cookie: 'session', kind: 'flag' }],
  ['JWT_COOKIE_SECURE', { attribute: 'secure', cookie: 'session', kind: 'flag' }],
]);

/** Django's test decorators change settings for one test on purpose. */
const PY_TEST_SETTING_CALLS: ReadonlySet<string> = new Set(['override_settings', 'modify_settings']);

/** Positions of the attributes in Django's, Flask's and Starlette's `set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite)`. */
const PY_SET_COOKIE_POSITIONS: Readonly<Record<string, number>> = { secure: 6, httponly: 7, samesite: 8 };
/** Django's `set_signed_cookie` and Tornado's `set_secure_cookie` take the attributes as keywords only. */
const PY_COOKIE_SETTERS: ReadonlySet<string> = new Set(['set_cookie', 'set_signed_cookie', 'set_secure_cookie']);

function checkPython(context: RuleContext, code: CodeModel): void {
  const calls = callIndex(code);
  for (const assignment of code.assignments()) {
    const name = pythonSettingName(code, assignment.targetNode);
    const rule = name === undefined ? undefined : PY_SETTINGS.get(name);
    if (rule) reportSetting(context, code, rule, assignment.value, rangeOf(assignment.node), 'True');
  }
  for (const pair of code.keyValues()) {
    const rule = PY_SETTINGS.get(unquote(pair.key));
    if (rule === undefined || isInTestSettingsCall(calls, pair.node)) continue;
    reportSetting(context, code, rule, pair.value, rangeOf(pair.node), 'True');
  }
  for (const call of code.calls()) {
    if (PY_COOKIE_SETTERS.has(call.name) && call.receiver !== undefined && !isCookieJarStore(call)) {
      reportSite(context, pythonCookieSite(context.document.text, code, calls, call));
    }
  }
}

/**
 * `jar.set_cookie(cookie)`: http.cookiejar's and requests' client-side jars store one Cookie object
 * the client received; no response sets anything. Response setters take a name and a value.
 */
function isCookieJarStore(call: CallSite): boolean {
  return call.name === 'set_cookie' && call.args.length === 1 && call.args[0]?.name === undefined && !['string', 'dictionary_splat', 'list_splat'].includes(call.args[0]?.node.type ?? '');
}

/** `NAME = …`, `settings.NAME = …`, `app.config['NAME'] = …`. */
function pythonSettingName(code: CodeModel, target: SyntaxNode): string | undefined {
  if (target.type === 'identifier') return target.text;
  if (target.type === 'attribute') return target.childForFieldName('attribute')?.text;
  if (target.type !== 'subscript') return undefined;
  const key = target.childForFieldName('subscript');
  const value = key ? code.valueOf(key) : undefined;
  return value?.kind === 'string' ? value.value : undefined;
}

function isInTestSettingsCall(calls: CallIndex, pair: SyntaxNode): boolean {
  const call = pair.parent?.parent;
  return call !== null && call !== undefined && PY_TEST_SETTING_CALLS.has(calls.get(call.id)?.name ?? '');
}

/** One framework setting: a flag that is off, or a SameSite of None (or turned off). */
function reportSetting(context: RuleContext, code: CodeModel, rule: SettingRule, valueNode: SyntaxNode, range: Range, on: string): void {
  const value = code.valueOf(valueNode);
  if (rule.kind === 'flag') {
    if (isOff(value)) flag(context, { attribute: rule.attribute, cookie: rule.cookie, range, edits: replaceLiteral(valueNode, on) });
    return;
  }
  const none = value.kind === 'null' || (value.kind === 'boolean' && !value.value) || (value.kind === 'string' && value.value.toLowerCase() === 'none');
  if (!none) return;
  const edits = value.kind === 'string' ? replaceString(valueNode, 'Lax') : LITERAL_TYPES.has(valueNode.type) || valueNode.type === 'none' ? replace(valueNode, "'Lax'") : undefined;
  flag(context, { attribute: rule.attribute, cookie: rule.cookie, range, edits });
}

function pythonCookieSite(text: string, code: CodeModel, calls: CallIndex, call: CallSite): CookieSite {
  const keyword = (name: string): SyntaxNode | undefined => call.args.find((argument) => argument.name === name)?.node;
  const splat = call.args.some((argument) => argument.node.type === 'dictionary_splat' || argument.node.type === 'list_splat');
  const positional = call.args.filter((argument) => argument.name === undefined).map((argument) => argument.node);
  const argumentList = call.node.childForFieldName('arguments') ?? undefined;
  const attribute = (name: string): SyntaxNode | undefined => {
    const position = PY_SET_COOKIE_POSITIONS[name];
    return keyword(name) ?? (call.name === 'set_cookie' && !splat && position !== undefined ? positional[position] : undefined);
  };
  /** A keyword argument is flagged with its name; a positional one alone. */
  const settingRange = (node: SyntaxNode): Range => (node.parent?.type === 'keyword_argument' ? rangeOf(node.parent) : rangeOf(node));
  const flagState = (name: string): State => {
    const node = attribute(name);
    if (node === undefined) return splat ? SET : { kind: 'missing', edits: insertInto(text, argumentList, `${name}=True`) };
    return isOff(code.valueOf(node)) ? { kind: 'off', range: settingRange(node), edits: replaceLiteral(node, 'True') } : SET;
  };
  const sameSiteNode = attribute('samesite');
  const sameSite = sameSiteNode ? code.valueOf(sameSiteNode) : undefined;
  return {
    cookie: classify([nameHint(code, calls, keyword('key') ?? positional[0]), nameHint(code, calls, keyword('value') ?? positional[1])]),
    at: rangeOf(call.calleeNode),
    secure: flagState('secure'),
    httpOnly: flagState('httponly'),
    sameSite:
      sameSiteNode && sameSite?.kind === 'string' && sameSite.value.toLowerCase() === 'none'
        ? { kind: 'off', range: settingRange(sameSiteNode), edits: replaceString(sameSiteNode, 'Lax') }
        : SET,
  };
}

// ---------------------------------------------------------------------------------------------
// Java
// ---------------------------------------------------------------------------------------------

const JAVA_SETTERS: ReadonlyMap<string, Attribute> = new Map([
  ['setSecure', 'secure'],
  ['setHttpOnly', 'httpOnly'],
]);

/** Servlet cookies kept in variables, by function and variable name (`<function id>:<name>`). */
type JavaCookieVariables = ReadonlyMap<string, readonly CallSite[]>;

function checkJava(context: RuleContext, code: CodeModel): void {
  const text = context.document.text;
  const calls = callIndex(code);
  const variables = javaCookieVariables(code, calls);
  const declared = javaDeclaredTypes(code.root);
  const setters = code.calls().filter((call) => JAVA_SETTERS.has(call.name) && call.receiver !== undefined && call.args.length === 1);
  for (const setter of setters) {
    const attribute = JAVA_SETTERS.get(setter.name);
    const argument = setter.args[0]?.node;
    if (attribute === undefined || argument === undefined || !isOff(code.valueOf(argument))) continue;
    const target = javaSetterTarget(code, calls, variables, declared, setter);
    if (target === undefined || (attribute === 'httpOnly' && target.cookie !== 'session')) continue;
    flag(context, { attribute, cookie: target.cookie, range: rangeOf(setter.node), edits: replaceLiteral(argument, 'true'), confidence: target.confidence });
  }
  for (const call of code.calls()) {
    if (call.name === 'addCookie' && call.args.length === 1) {
      const site = servletCookieSite(text, code, calls, variables, setters, call);
      if (site) reportSite(context, site);
    } else if ((call.name === 'from' || call.name === 'fromClientResponse') && call.receiver !== undefined && lastSegment(call.receiver.text) === 'ResponseCookie') {
      reportSite(context, responseCookieSite(code, calls, call));
    }
  }
}

function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name.trim() : name.slice(dot + 1).trim();
}

/** `new Cookie(…)` of the Servlet API (javax or jakarta), not JAX-RS or Selenium cookies. */
function isServletCookieCreation(call: CallSite | undefined): call is CallSite {
  if (call === undefined || !call.isConstructor || lastSegment(call.qualified) !== 'Cookie') return false;
  return call.qualified === 'Cookie' || call.qualified.endsWith('servlet.http.Cookie');
}

function functionKey(code: CodeModel, node: SyntaxNode, name: string): string {
  return `${code.enclosingFunction(node)?.id ?? -1}:${name}`;
}

function javaCookieVariables(code: CodeModel, calls: CallIndex): JavaCookieVariables {
  const variables = new Map<string, CallSite[]>();
  for (const assignment of code.assignments()) {
    const creation = calls.get(assignment.value.id);
    if (!isServletCookieCreation(creation)) continue;
    const key = functionKey(code, assignment.node, assignment.target);
    variables.set(key, [...(variables.get(key) ?? []), creation]);
  }
  return variables;
}

/** The servlet cookie a variable holds at `use`: the last one assigned before it in the same function. */
function javaCookieAt(code: CodeModel, variables: JavaCookieVariables, variable: SyntaxNode, use: SyntaxNode): CallSite | undefined {
  const candidates = (variables.get(functionKey(code, use, variable.text)) ?? []).filter((creation) => creation.node.startIndex < use.startIndex);
  return candidates[candidates.length - 1];
}

/** Declared types of locals, parameters and fields, by name (last type segment). */
function javaDeclaredTypes(root: SyntaxNode): Map<string, string> {
  const types = new Map<string, string>();
  for (const declaration of nodesOfType(root, ['local_variable_declaration', 'field_declaration', 'formal_parameter'])) {
    const type = lastSegment(declaration.childForFieldName('type')?.text ?? '');
    const names =
      declaration.type === 'formal_parameter'
        ? [declaration.childForFieldName('name')]
        : declaration.namedChildren.filter((child) => child?.type === 'variable_declarator').map((declarator) => declarator?.childForFieldName('name') ?? null);
    for (const name of names) if (name) types.set(name.text, type);
  }
  return types;
}

/** What a `setSecure`/`setHttpOnly` call is made on, when it is a cookie. */
function javaSetterTarget(
  code: CodeModel,
  calls: CallIndex,
  variables: JavaCookieVariables,
  declared: ReadonlyMap<string, string>,
  setter: CallSite,
): { cookie: CookieClass; confidence?: Confidence } | undefined {
  const receiver = setter.receiver;
  if (receiver === undefined) return undefined;
  // `servletContext.getSessionCookieConfig().setSecure(false)` configures the container's session cookie.
  if (receiver.type === 'method_invocation' && receiver.childForFieldName('name')?.text === 'getSessionCookieConfig') return { cookie: 'session' };
  if (receiver.type !== 'identifier') return undefined;
  const name = receiver.text;
  const type = declared.get(name);
  if (type === 'SessionCookieConfig') return { cookie: 'session' };
  const creation = javaCookieAt(code, variables, receiver, setter.node);
  if (creation) return { cookie: classify([nameHint(code, calls, creation.args[0]?.node), nameHint(code, calls, creation.args[1]?.node), name]) };
  if (type === 'Cookie') return { cookie: classify([name]) };
  // A variable named like a cookie whose type this file does not show.
  return name.toLowerCase().includes('cookie') ? { cookie: classify([name]), confidence: 'medium' } : undefined;
}

/**
 * `response.addCookie(c)`: the cookie needs `c.setSecure(true)` (and, for a session cookie,
 * `c.setHttpOnly(true)`) in the same function before it is added, since the Servlet API sends
 * neither by default. A setter with any other value was judged above, so it counts as set here.
 */
function servletCookieSite(
  text: string,
  code: CodeModel,
  calls: CallIndex,
  variables: JavaCookieVariables,
  setters: readonly CallSite[],
  call: CallSite,
): CookieSite | undefined {
  const argument = call.args[0]?.node;
  if (argument === undefined) return undefined;
  const variable = argument.type === 'identifier' ? argument : undefined;
  const creation = variable ? javaCookieAt(code, variables, variable, call.node) : calls.get(argument.id);
  if (!isServletCookieCreation(creation)) return undefined;
  const statement = call.node.parent?.type === 'expression_statement' ? call.node.parent : undefined;
  const state = (setterName: string): State => {
    const set = setters.some(
      (setter) =>
        setter.name === setterName &&
        variable !== undefined &&
        setter.receiver?.text === variable.text &&
        setter.node.startIndex > creation.node.startIndex &&
        setter.node.startIndex < call.node.startIndex &&
        sameFunction(code, setter.node, call.node),
    );
    if (set) return SET;
    return { kind: 'missing', edits: variable ? insertStatementBefore(text, statement, `${variable.text}.${setterName}(true);`) : undefined };
  };
  return {
    cookie: classify([nameHint(code, calls, creation.args[0]?.node), nameHint(code, calls, creation.args[1]?.node), variable?.text]),
    at: call.receiver ? span(call.receiver, call.calleeNode) : rangeOf(call.calleeNode),
    secure: state('setSecure'),
    httpOnly: state('setHttpOnly'),
    sameSite: SET,
  };
}

/** Spring's `ResponseCookie.from(name, value)…build()`: Secure and HttpOnly are off unless the chain turns them on. */
function responseCookieSite(code: CodeModel, calls: CallIndex, call: CallSite): CookieSite {
  const chain: SyntaxNode[] = [];
  for (let node = call.node; node.parent?.type === 'method_invocation' && node.parent.childForFieldName('object')?.id === node.id; ) {
    node = node.parent;
    chain.push(node);
  }
  const method = (name: string): SyntaxNode | undefined => [...chain].reverse().find((link) => link.childForFieldName('name')?.text === name);
  const built = method('build') !== undefined;
  const argumentOf = (link: SyntaxNode): SyntaxNode | undefined =>
    link.childForFieldName('arguments')?.namedChildren.find((child): child is SyntaxNode => child !== null && !COMMENT_TYPES.has(child.type));
  const linkRange = (link: SyntaxNode): Range => ({ start: link.childForFieldName('name')?.startIndex ?? link.startIndex, end: link.endIndex });
  const flagState = (name: string): State => {
    const link = method(name);
    if (link === undefined) return built ? { kind: 'missing', edits: [{ start: call.node.endIndex, end: call.node.endIndex, newText: `.${name}(true)` }] } : SET;
    const argument = argumentOf(link);
    return argument && isOff(code.valueOf(argument)) ? { kind: 'off', range: linkRange(link), edits: replaceLiteral(argument, 'true') } : SET;
  };
  const sameSiteLink = method('sameSite');
  const sameSiteArgument = sameSiteLink ? argumentOf(sameSiteLink) : undefined;
  const sameSite = sameSiteArgument ? code.valueOf(sameSiteArgument) : undefined;
  return {
    cookie: classify([nameHint(code, calls, call.args[0]?.node), nameHint(code, calls, call.args[1]?.node)]),
    at: call.receiver ? span(call.receiver, call.calleeNode) : rangeOf(call.calleeNode),
    secure: flagState('secure'),
    httpOnly: flagState('httpOnly'),
    sameSite:
      sameSiteLink && sameSiteArgument && sameSite?.kind === 'string' && sameSite.value.toLowerCase() === 'none'
        ? { kind: 'off', range: linkRange(sameSiteLink), edits: replaceString(sameSiteArgument, 'Lax') }
        : SET,
  };
}

// ---------------------------------------------------------------------------------------------
// C#
// ---------------------------------------------------------------------------------------------

const WHITESPACE = safeRegex('\\s+', 'g');

function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** ASP.NET Core `CookieOptions` and classic ASP.NET `HttpCookie`: Secure and HttpOnly are off unless set. */
const CSHARP_COOKIE_TYPES: ReadonlySet<string> = new Set(['CookieOptions', 'HttpCookie']);

function checkCSharp(context: RuleContext, code: CodeModel): void {
  const text = context.document.text;
  const calls = callIndex(code);
  /** Classes of cookie option variables, by function and name, for `options.Secure = false` later on. */
  const variables = new Map<string, CookieClass>();
  for (const call of code.calls()) {
    if (call.isConstructor && CSHARP_COOKIE_TYPES.has(lastSegment(call.name))) {
      const site = csharpCreationSite(text, code, calls, call, variables);
      if (site) reportSite(context, site);
    } else if (call.name === 'Append' && call.args.length === 2 && call.receiver !== undefined && lastSegment(compact(call.receiver.text)) === 'Cookies') {
      reportSite(context, csharpAppendSite(text, code, calls, call));
    }
  }
  for (const assignment of code.assignments()) {
    const target = compact(assignment.target);
    const dot = target.lastIndexOf('.');
    if (dot < 0) continue;
    const owner = target.slice(0, dot);
    const ownerClass = variables.get(functionKey(code, assignment.node, owner));
    const property = target.slice(dot + 1);
    // `options.Cookie.…` is the CookieBuilder of the authentication, session or antiforgery cookie.
    const builder = owner.endsWith('.Cookie');
    if (property === 'SecurePolicy' || (builder && property === 'HttpOnly') || (property === 'SameSite' && (builder || ownerClass === 'session'))) {
      csharpBuilderSetting(context, code, property, assignment.value, rangeOf(assignment.node));
      continue;
    }
    if (property !== 'Secure' && property !== 'HttpOnly') continue;
    if (!isOff(code.valueOf(assignment.value))) continue;
    const cookie = ownerClass ?? (owner.toLowerCase().includes('cookie') ? classify([owner]) : undefined);
    if (cookie === undefined || (property === 'HttpOnly' && cookie !== 'session')) continue;
    flag(context, {
      attribute: property === 'Secure' ? 'secure' : 'httpOnly',
      cookie,
      range: rangeOf(assignment.node),
      edits: replaceLiteral(assignment.value, 'true'),
      ...(ownerClass === undefined ? { confidence: 'medium' as const } : {}),
    });
  }
  for (const pair of code.keyValues()) {
    if (pair.node.parent?.type !== 'initializer_expression') continue;
    const creation = pair.node.parent.parent;
    const builder = creation?.type === 'object_creation_expression' && lastSegment(creation.childForFieldName('type')?.text ?? '') === 'CookieBuilder';
    if (pair.key === 'SecurePolicy' || (builder && (pair.key === 'SameSite' || pair.key === 'HttpOnly'))) {
      csharpBuilderSetting(context, code, pair.key, pair.value, rangeOf(pair.node));
    }
  }
}

/** `CookieBuilder` settings of the authentication, session and antiforgery cookies. */
function csharpBuilderSetting(context: RuleContext, code: CodeModel, property: string, value: SyntaxNode, range: Range): void {
  const written = compact(value.text);
  const name = value.type === 'member_access_expression' ? value.childForFieldName('name') ?? undefined : undefined;
  if (property === 'SecurePolicy' && written.endsWith('CookieSecurePolicy.None')) {
    flag(context, { attribute: 'secure', cookie: 'session', range, edits: name ? replace(name, 'Always') : undefined });
  } else if (property === 'SecurePolicy' && written.endsWith('CookieSecurePolicy.SameAsRequest')) {
    flag(context, { attribute: 'secureOnHttps', cookie: 'session', range, edits: name ? replace(name, 'Always') : undefined, confidence: 'medium' });
  } else if (property === 'SameSite' && written.endsWith('SameSiteMode.None')) {
    flag(context, { attribute: 'sameSite', cookie: 'session', range, edits: name ? replace(name, 'Lax') : undefined });
  } else if (property === 'HttpOnly' && isOff(code.valueOf(value))) {
    flag(context, { attribute: 'httpOnly', cookie: 'session', range, edits: replaceLiteral(value, 'true') });
  }
}

/**
 * `new CookieOptions { … }` or `new HttpCookie(name, value) { … }`. The cookie's name comes
 * from the `Append` call the options go to (in place or through a variable); options only
 * passed to `Delete` clear a cookie and are left alone. HttpCookie's defaults can be changed
 * in web.config (`<httpCookies requireSSL="true">`), so missing attributes there are medium.
 */
function csharpCreationSite(
  text: string,
  code: CodeModel,
  calls: CallIndex,
  creation: CallSite,
  variables: Map<string, CookieClass>,
): CookieSite | undefined {
  const isHttpCookie = lastSegment(creation.name) === 'HttpCookie';
  const initializer = creation.node.namedChildren.find((child): child is SyntaxNode => child?.type === 'initializer_expression');
  const settings = initializer ? pairsIn(code, initializer) : new Map<string, KeyValue>();
  const variable = code.assignments().find((assignment) => assignment.value.id === creation.node.id && !assignment.target.includes('.'))?.target;
  const uses = code.calls().filter((call) =>
    call.args.some((argument) => argument.node.id === creation.node.id || (variable !== undefined && argument.node.text === variable && sameFunction(code, argument.node, creation.node))),
  );
  if (!isHttpCookie && uses.length > 0 && uses.every((use) => use.name === 'Delete')) return undefined;
  const names: (string | undefined)[] = [variable];
  if (isHttpCookie) names.push(nameHint(code, calls, creation.args[0]?.node), nameHint(code, calls, creation.args[1]?.node));
  for (const use of uses) {
    if (use.name === 'Append') names.push(nameHint(code, calls, use.args[0]?.node), nameHint(code, calls, use.args[1]?.node));
  }
  const cookie = classify(names);
  if (variable !== undefined) variables.set(functionKey(code, creation.node, variable), cookie);
  const assignedLater = (property: string): boolean =>
    variable !== undefined && code.assignments().some((assignment) => compact(assignment.target) === `${variable}.${property}` && sameFunction(code, assignment.node, creation.node));
  const missing = (property: string): State => {
    if (assignedLater(property)) return SET;
    if (initializer) return { kind: 'missing', edits: insertInto(text, initializer, `${property} = true`) };
    const end = creation.node.endIndex;
    return { kind: 'missing', edits: text[end - 1] === ')' ? [{ start: end, end, newText: ` { ${property} = true }` }] : undefined };
  };
  const sameSitePair = settings.get('samesite');
  const sameSiteName = sameSitePair?.value.type === 'member_access_expression' ? sameSitePair.value.childForFieldName('name') : null;
  return {
    cookie,
    at: span(creation.node, creation.calleeNode),
    secure: pairState(code, settings.get('secure'), missing('Secure')),
    httpOnly: pairState(code, settings.get('httponly'), missing('HttpOnly')),
    sameSite:
      sameSitePair && compact(sameSitePair.value.text).endsWith('SameSiteMode.None')
        ? { kind: 'off', range: rangeOf(sameSitePair.node), edits: sameSiteName ? replace(sameSiteName, 'Lax') : undefined }
        : SET,
    ...(isHttpCookie ? { missingConfidence: 'medium' as const } : {}),
  };
}

/** `Response.Cookies.Append(name, value)` with no options: neither Secure nor HttpOnly. */
function csharpAppendSite(text: string, code: CodeModel, calls: CallIndex, call: CallSite): CookieSite {
  const cookie = classify([nameHint(code, calls, call.args[0]?.node), nameHint(code, calls, call.args[1]?.node)]);
  // Fully qualified unless the file imports the namespace, so that the fix compiles either way.
  const type = text.includes('using Microsoft.AspNetCore.Http;') ? 'CookieOptions' : 'Microsoft.AspNetCore.Http.CookieOptions';
  const options = cookie === 'session' ? `new ${type} { Secure = true, HttpOnly = true }` : `new ${type} { Secure = true }`;
  const missing: State = { kind: 'missing', edits: insertInto(text, call.node.childForFieldName('arguments') ?? undefined, options) };
  return { cookie, at: rangeOf(call.calleeNode), secure: missing, httpOnly: missing, sameSite: SET };
}

// ---------------------------------------------------------------------------------------------
// Go
// ---------------------------------------------------------------------------------------------

/** A Go type that describes a cookie: its field names and whether it is always the session cookie. */
interface GoCookieType {
  readonly httpOnlyField: string;
  readonly session: boolean;
  readonly fiber: boolean;
}

function goCookieType(qualified: string): GoCookieType | undefined {
  if (qualified === 'net/http.Cookie') return { httpOnlyField: 'HttpOnly', session: false, fiber: false };
  // gorilla/sessions and gin-contrib/sessions: the options of the session cookie.
  if (qualified.endsWith('/sessions.Options')) return { httpOnlyField: 'HttpOnly', session: true, fiber: false };
  if (qualified.includes('gofiber/fiber') && qualified.endsWith('.Cookie')) return { httpOnlyField: 'HTTPOnly', session: false, fiber: true };
  return undefined;
}

/** Client-side cookies: added to an outgoing request or a cookie jar, where the attributes mean nothing. */
const GO_CLIENT_COOKIE_CALLS: ReadonlySet<string> = new Set(['AddCookie', 'SetCookies']);

function checkGo(context: RuleContext, code: CodeModel): void {
  const text = context.document.text;
  const calls = callIndex(code);
  const variables = new Map<string, CookieClass>();
  for (const literal of code.nodesOfType(['composite_literal'])) {
    const typeNode = literal.childForFieldName('type');
    const body = literal.childForFieldName('body');
    const type = typeNode ? goCookieType(code.qualifiedName(typeNode) ?? typeNode.text) : undefined;
    if (typeNode === null || body === null || type === undefined || isGoClientCookie(calls, literal)) continue;
    reportSite(context, goLiteralSite(text, code, calls, { literal, typeNode, body, type }, variables));
  }
  for (const assignment of code.assignments()) {
    const dot = assignment.target.lastIndexOf('.');
    if (dot < 0) continue;
    const owner = assignment.target.slice(0, dot);
    const field = assignment.target.slice(dot + 1);
    const known = variables.get(functionKey(code, assignment.node, owner));
    const cookie = known ?? (owner.endsWith('.Options') ? 'session' : owner.toLowerCase().includes('cookie') ? classify([owner]) : undefined);
    if (cookie === undefined) continue;
    const value = goExpression(assignment.value);
    const confidence = known === undefined && cookie !== 'session' ? ('medium' as const) : undefined;
    if ((field === 'Secure' || ((field === 'HttpOnly' || field === 'HTTPOnly') && cookie === 'session')) && isOff(code.valueOf(value))) {
      flag(context, { attribute: field === 'Secure' ? 'secure' : 'httpOnly', cookie, range: rangeOf(assignment.node), edits: replaceLiteral(value, 'true'), confidence });
    } else if (field === 'SameSite' && cookie === 'session' && code.qualifiedName(value) === 'net/http.SameSiteNoneMode') {
      flag(context, { attribute: 'sameSite', cookie, range: rangeOf(assignment.node), edits: goSelectorFix(value, 'SameSiteLaxMode') });
    }
  }
  for (const call of code.calls()) {
    // gorilla/csrf: csrf.Protect(key, csrf.Secure(false)) sends the CSRF cookie without Secure.
    const argument = call.args[0]?.node;
    if (call.qualified === 'github.com/gorilla/csrf.Secure' && argument && isOff(code.valueOf(argument))) {
      flag(context, { attribute: 'secure', cookie: 'csrf', range: rangeOf(call.node), edits: replaceLiteral(argument, 'true') });
      continue;
    }
    // Gin: c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly).
    if (call.name !== 'SetCookie' || call.args.length !== 7 || call.qualified.startsWith('net/http.')) continue;
    const positional = (index: number): State => {
      const node = call.args[index]?.node;
      return node && isOff(code.valueOf(node)) ? { kind: 'off', range: rangeOf(node), edits: replaceLiteral(node, 'true') } : SET;
    };
    reportSite(context, {
      cookie: classify([nameHint(code, calls, call.args[0]?.node), nameHint(code, calls, call.args[1]?.node)]),
      at: rangeOf(call.calleeNode),
      secure: positional(5),
      httpOnly: positional(6),
      sameSite: SET,
    });
  }
}

function goExpression(node: SyntaxNode): SyntaxNode {
  if (node.type === 'expression_list' && node.namedChildCount === 1) return node.namedChild(0) ?? node;
  if (node.type === 'literal_element') return node.namedChild(0) ?? node;
  return node;
}

function goSelectorFix(node: SyntaxNode, field: string): TextEdit[] | undefined {
  const name = node.type === 'selector_expression' ? node.childForFieldName('field') : null;
  return name ? replace(name, field) : undefined;
}

function isGoClientCookie(calls: CallIndex, literal: SyntaxNode): boolean {
  for (let node = literal.parent; node !== null; node = node.parent) {
    if (node.type === 'call_expression') return GO_CLIENT_COOKIE_CALLS.has(calls.get(node.id)?.name ?? '');
    if (node.type === 'block' || node.type === 'function_declaration') return false;
  }
  return false;
}

interface GoLiteral {
  readonly literal: SyntaxNode;
  readonly typeNode: SyntaxNode;
  readonly body: SyntaxNode;
  readonly type: GoCookieType;
}

function goLiteralSite(text: string, code: CodeModel, calls: CallIndex, found: GoLiteral, variables: Map<string, CookieClass>): CookieSite {
  const { literal, typeNode, body, type } = found;
  const fields = pairsIn(code, body);
  const variable = code.assignments().find((assignment) => {
    const value = goExpression(assignment.value);
    return value.id === literal.id || (value.type === 'unary_expression' && value.namedChild(0)?.id === literal.id);
  })?.target;
  const cookie = type.session ? 'session' : classify([nameHint(code, calls, fields.get('name')?.value), nameHint(code, calls, fields.get('value')?.value), variable]);
  if (variable !== undefined) variables.set(functionKey(code, literal, variable), cookie);
  const missing = (field: string): State => {
    const assigned = variable !== undefined && code.assignments().some((assignment) => assignment.target === `${variable}.${field}` && sameFunction(code, assignment.node, literal));
    return assigned ? SET : { kind: 'missing', edits: goFieldEdit(text, body, field, 'true') };
  };
  const sameSitePair = fields.get('samesite');
  return {
    cookie,
    at: rangeOf(typeNode),
    secure: pairState(code, fields.get('secure'), missing('Secure')),
    httpOnly: pairState(code, fields.get(type.httpOnlyField.toLowerCase()), missing(type.httpOnlyField)),
    sameSite: sameSitePair ? goSameSiteState(code, sameSitePair, type) : SET,
  };
}

function goSameSiteState(code: CodeModel, pair: KeyValue, type: GoCookieType): State {
  const value = goExpression(pair.value);
  const qualified = code.qualifiedName(value) ?? '';
  if (qualified === 'net/http.SameSiteNoneMode') return { kind: 'off', range: rangeOf(pair.node), edits: goSelectorFix(value, 'SameSiteLaxMode') };
  if (!type.fiber) return SET;
  if (qualified.endsWith('.CookieSameSiteNoneMode')) return { kind: 'off', range: rangeOf(pair.node), edits: goSelectorFix(value, 'CookieSameSiteLaxMode') };
  const written = code.valueOf(value);
  return written.kind === 'string' && written.value.toLowerCase() === 'none' ? { kind: 'off', range: rangeOf(pair.node), edits: replaceString(value, 'Lax') } : SET;
}

/**
 * Adds `Field: value,` as the last field of a multi-line composite literal, as gofmt lays it
 * out: the last field's indentation, and the value aligned with the fields just above. When
 * gofmt would have to realign those fields (the new name is longer than theirs), or the literal
 * is on one line, there is no fix.
 */
function goFieldEdit(text: string, body: SyntaxNode, field: string, value: string): TextEdit[] | undefined {
  const container = containerOf(body);
  const elements = container?.entries ?? [];
  const last = elements[elements.length - 1];
  if (container === undefined || last === undefined) return undefined;
  const indent = ownLineIndent(text, last);
  const closingLine = text.slice(lineStart(text, container.close), container.close);
  if (indent === undefined || closingLine.trim() !== '') return undefined;
  let after = last.endIndex;
  while (text[after] === ' ' || text[after] === '\t') after++;
  if (text[after] !== ',') return undefined;
  const run: SyntaxNode[] = [];
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index];
    if (element === undefined || element.type !== 'keyed_element' || element.startPosition.row !== element.endPosition.row) break;
    const next = run[0];
    if (next !== undefined && element.startPosition.row !== next.startPosition.row - 1) break;
    run.unshift(element);
  }
  const widths = run.map((element) => (element.namedChild(1)?.startIndex ?? element.endIndex) - element.startIndex);
  const width = widths[0];
  if (width === undefined || !widths.every((other) => other === width) || width < field.length + 2) return undefined;
  const padding = ' '.repeat(width - field.length - 1);
  return [{ start: after + 1, end: after + 1, newText: `${lineBreakOf(text)}${indent}${field}:${padding}${value},` }];
}

// ---------------------------------------------------------------------------------------------
// PHP
// ---------------------------------------------------------------------------------------------

/** `ini_set` names and `session_start` option keys of the session cookie's attributes. */
const PHP_SESSION_INI: ReadonlyMap<string, SettingRule> = new Map([
  ['session.cookie_secure', { attribute: 'secure', cookie: 'session', kind: 'flag' }],
  ['session.cookie_httponly', { attribute: 'httpOnly', cookie: 'session', kind: 'flag' }],
  ['session.cookie_samesite', { attribute: 'sameSite', cookie: 'session', kind: 'sameSite' }],
]);

/** Laravel's config/session.php keys. */
const LARAVEL_SESSION_KEYS: ReadonlyMap<string, SettingRule> = new Map([
  ['secure', { attribute: 'secure', cookie: 'session', kind: 'flag' }],
  ['http_only', { attribute: 'httpOnly', cookie: 'session', kind: 'flag' }],
  ['same_site', { attribute: 'sameSite', cookie: 'session', kind: 'sameSite' }],
]);

type PhpFlag = 'secure' | 'httponly';

/** Positions in `setcookie($name, $value, $expires, $path, $domain, $secure, $httponly)`. */
const SETCOOKIE_POSITIONS: Readonly<Record<PhpFlag, number>> = { secure: 5, httponly: 6 };
/** Positions in `session_set_cookie_params($lifetime, $path, $domain, $secure, $httponly)`. */
const SESSION_PARAMS_POSITIONS: Readonly<Record<PhpFlag, number>> = { secure: 3, httponly: 4 };

function checkPhp(context: RuleContext, code: CodeModel): void {
  const text = context.document.text;
  const calls = callIndex(code);
  for (const call of code.calls()) {
    if (call.receiver !== undefined) continue;
    const name = call.name.toLowerCase();
    if (name === 'setcookie' || name === 'setrawcookie') {
      const site = phpSetCookieSite(text, code, calls, call);
      if (site) reportSite(context, site);
    } else if (name === 'session_set_cookie_params') {
      reportSite(context, phpSessionParamsSite(text, code, call));
    } else if (name === 'ini_set' && call.args.length >= 2) {
      const [option, value] = call.args;
      const optionName = option ? code.valueOf(option.node) : undefined;
      const rule = optionName?.kind === 'string' ? PHP_SESSION_INI.get(optionName.value) : undefined;
      if (rule && option && value) reportPhpSetting(context, code, rule, value.node, span(option.node, value.node));
    } else if (name === 'session_start') {
      const options = phpArray(code, call.args[0]?.node);
      for (const pair of options ? code.keyValuesIn(options) : []) {
        const rule = PHP_SESSION_INI.get(`session.${bareKey(pair.key)}`);
        if (rule) reportPhpSetting(context, code, rule, pair.value, rangeOf(pair.node));
      }
    }
  }
  if (context.document.path.endsWith('config/session.php')) {
    for (const pair of code.keyValues()) {
      const rule = LARAVEL_SESSION_KEYS.get(bareKey(pair.key));
      if (rule && pair.node.parent?.parent?.type === 'return_statement') reportPhpSetting(context, code, rule, pair.value, rangeOf(pair.node));
    }
  }
}

/** Off as PHP's ini settings read it: `false`, `0`, or the strings '0', '', 'off', 'false', 'no'. */
function phpIniOff(value: StaticValue): boolean {
  return isOff(value) || (value.kind === 'string' && ['0', '', 'off', 'false', 'no'].includes(value.value.trim().toLowerCase()));
}

function reportPhpSetting(context: RuleContext, code: CodeModel, rule: SettingRule, valueNode: SyntaxNode, range: Range): void {
  const value = code.valueOf(valueNode);
  if (rule.kind === 'flag') {
    if (!phpIniOff(value)) return;
    const edits = value.kind === 'string' ? replaceString(valueNode, '1') : replaceLiteral(valueNode, value.kind === 'number' ? '1' : 'true');
    flag(context, { attribute: rule.attribute, cookie: rule.cookie, range, edits });
  } else if (value.kind === 'null' || (value.kind === 'string' && value.value.toLowerCase() === 'none')) {
    flag(context, { attribute: rule.attribute, cookie: rule.cookie, range, edits: value.kind === 'string' ? replaceString(valueNode, 'Lax') : replace(valueNode, "'Lax'") });
  }
}

/** An array literal, written in place or assigned once to a variable. */
function phpArray(code: CodeModel, node: SyntaxNode | undefined): SyntaxNode | undefined {
  if (node === undefined) return undefined;
  if (node.type === 'array_creation_expression') return node;
  if (node.type !== 'variable_name') return undefined;
  const assignments = code.assignments().filter((assignment) => assignment.target === node.text);
  const value = assignments.length === 1 ? assignments[0]?.value : undefined;
  return value?.type === 'array_creation_expression' ? value : undefined;
}

/** Whether an array literal spreads another array into itself (`[...$defaults, …]`). */
function phpArrayIsOpen(array: SyntaxNode): boolean {
  return array.namedChildren.some((child) => child !== null && child.text.startsWith('...'));
}

/** The arguments of a PHP call: by name (PHP 8 named arguments) and by position. */
function phpArguments(call: CallSite): { named: (name: string) => SyntaxNode | undefined; positional: SyntaxNode[]; spread: boolean } {
  const positional = call.args.filter((argument) => argument.name === undefined).map((argument) => argument.node);
  return {
    named: (name) => call.args.find((argument) => argument.name?.toLowerCase() === name)?.node,
    positional,
    spread: call.args.some((argument) => argument.node.text.startsWith('...') || argument.node.parent?.text.startsWith('...') === true),
  };
}

/** A named argument is flagged with its name; a positional one alone. */
function phpArgumentRange(node: SyntaxNode): Range {
  return node.parent?.type === 'argument' && node.parent.childForFieldName('name') !== null ? rangeOf(node.parent) : rangeOf(node);
}

/** Attributes given in an options array: the array form of setcookie and session_set_cookie_params. */
function phpArrayStates(text: string, code: CodeModel, array: SyntaxNode, confidence?: Confidence): Pick<CookieSite, 'secure' | 'httpOnly' | 'sameSite'> {
  const settings = pairsIn(code, array);
  const open = phpArrayIsOpen(array);
  const missing = (key: string): State => (open ? SET : { kind: 'missing', edits: insertInto(text, array, `'${key}' => true`), ...(confidence ? { confidence } : {}) });
  return {
    secure: pairState(code, settings.get('secure'), missing('secure')),
    httpOnly: pairState(code, settings.get('httponly'), missing('httponly')),
    sameSite: sameSiteStringState(code, settings.get('samesite'), 'Lax'),
  };
}

/**
 * setcookie / setrawcookie: the options array form (PHP 7.3+) or the positional form, where
 * Secure is the 6th argument and HttpOnly the 7th. An empty value deletes the cookie.
 */
function phpSetCookieSite(text: string, code: CodeModel, calls: CallIndex, call: CallSite): CookieSite | undefined {
  const { named, positional, spread } = phpArguments(call);
  const nameNode = named('name') ?? positional[0];
  const valueNode = named('value') ?? positional[1];
  const value = valueNode ? code.valueOf(valueNode) : undefined;
  if (spread || (value?.kind === 'string' && value.value === '')) return undefined;
  const cookie = classify([nameHint(code, calls, nameNode), nameHint(code, calls, valueNode)]);
  const base = { cookie, at: rangeOf(call.calleeNode) };
  const third = named('expires_or_options') ?? positional[2];
  const array = phpArray(code, third);
  if (array) return { ...base, ...phpArrayStates(text, code, array) };
  // A variable or call in third place may be an options array the rule cannot see.
  if (third !== undefined && positional.length < 4 && (third.type === 'variable_name' || third.type.endsWith('call_expression'))) return undefined;
  const options = cookie === 'session' ? "['secure' => true, 'httponly' => true, 'samesite' => 'Lax']" : "['secure' => true]";
  const onlyNameAndValue = call.args.length === 2 && positional.length === 2;
  const state = (key: PhpFlag): State => {
    const node = named(key) ?? positional[SETCOOKIE_POSITIONS[key]];
    if (node === undefined) return { kind: 'missing', edits: onlyNameAndValue ? insertInto(text, call.node.childForFieldName('arguments') ?? undefined, options) : undefined };
    return isOff(code.valueOf(node)) ? { kind: 'off', range: phpArgumentRange(node), edits: replaceLiteral(node, 'true') } : SET;
  };
  return { ...base, secure: state('secure'), httpOnly: state('httponly'), sameSite: SET };
}

/**
 * session_set_cookie_params: an attribute left out keeps php.ini's value, which may be secure,
 * so a missing one is reported at medium confidence.
 */
function phpSessionParamsSite(text: string, code: CodeModel, call: CallSite): CookieSite {
  const { named, positional, spread } = phpArguments(call);
  const base = { cookie: 'session' as const, at: rangeOf(call.calleeNode) };
  const array = phpArray(code, named('lifetime_or_options') ?? positional[0]);
  if (array) return { ...base, ...phpArrayStates(text, code, array, 'medium') };
  const argumentList = call.node.childForFieldName('arguments') ?? undefined;
  const state = (key: PhpFlag): State => {
    const position = SESSION_PARAMS_POSITIONS[key];
    const node = named(key) ?? positional[position];
    if (node === undefined) {
      if (spread) return SET;
      // The next positional argument can be added only when every one before it is there.
      const next = call.args.length === position && positional.length === position;
      return { kind: 'missing', edits: next ? insertInto(text, argumentList, 'true') : undefined, confidence: 'medium' };
    }
    return isOff(code.valueOf(node)) ? { kind: 'off', range: phpArgumentRange(node), edits: replaceLiteral(node, 'true') } : SET;
  };
  return { ...base, secure: state('secure'), httpOnly: state('httponly'), sameSite: SET };
}

// ---------------------------------------------------------------------------------------------
// Ruby
// ---------------------------------------------------------------------------------------------

const RAILS_JAR_MODIFIERS: ReadonlySet<string> = new Set(['permanent', 'signed', 'encrypted']);

function checkRuby(context: RuleContext, code: CodeModel): void {
  const text = context.document.text;
  const calls = callIndex(code);
  for (const assignment of code.assignments()) {
    const target = assignment.targetNode;
    const jar = target.type === 'element_reference' ? target.childForFieldName('object') : null;
    if (jar !== null && isRailsCookieJar(jar.text)) {
      const key = target.namedChildren.find((child): child is SyntaxNode => child !== null && child.id !== jar.id);
      reportSite(context, rubyCookieSite(text, code, calls, { at: rangeOf(target), name: key, value: assignment.value }));
    } else if (assignment.target.endsWith('.cookies_same_site_protection') && rubyIsNone(code, assignment.value)) {
      // Rails' default SameSite for every cookie, the session cookie included.
      flag(context, { attribute: 'sameSite', cookie: 'session', range: rangeOf(assignment.node), edits: rubyLaxFix(assignment.value) });
    }
  }
  for (const call of code.calls()) {
    if (call.name === 'session_store' || (call.name === 'use' && compact(call.args[0]?.node.text ?? '').endsWith('Session::Cookie'))) {
      rubySessionOptions(context, code, call);
    } else if (call.name === 'set_cookie' && call.receiver !== undefined && call.args.length >= 2) {
      const [name, value] = call.args;
      // `set_cookie 'sid', value: v, secure: true` passes the options as keywords.
      const options = value?.name !== undefined ? call.node.childForFieldName('arguments') ?? undefined : value?.node;
      reportSite(context, rubyCookieSite(text, code, calls, { at: span(call.receiver, call.calleeNode), name: name?.node, value: options }));
    }
  }
}

/** `cookies`, `cookies.permanent`, `cookies.signed`, `cookies.permanent.encrypted`, … */
function isRailsCookieJar(written: string): boolean {
  const [first, ...rest] = compact(written).split('.');
  return first === 'cookies' && rest.every((modifier) => RAILS_JAR_MODIFIERS.has(modifier));
}

function rubyIsNone(code: CodeModel, node: SyntaxNode): boolean {
  const value = code.valueOf(node);
  return value.kind === 'string' && value.value.toLowerCase() === 'none';
}

function rubyLaxFix(node: SyntaxNode): TextEdit[] | undefined {
  if (node.type === 'simple_symbol') return replace(node, ':lax');
  return replaceString(node, 'Lax');
}

/** `session_store :cookie_store, secure: false` and `use Rack::Session::Cookie, secure: false`: explicit values only. */
function rubySessionOptions(context: RuleContext, code: CodeModel, call: CallSite): void {
  for (const argument of call.args) {
    const pair = argument.node.parent;
    if (argument.name === undefined || pair === null) continue;
    const key = bareKey(argument.name);
    if ((key === 'secure' || key === 'httponly') && isOff(code.valueOf(argument.node))) {
      flag(context, { attribute: key === 'secure' ? 'secure' : 'httpOnly', cookie: 'session', range: rangeOf(pair), edits: replaceLiteral(argument.node, 'true') });
    } else if (key === 'same_site' && rubyIsNone(code, argument.node)) {
      flag(context, { attribute: 'sameSite', cookie: 'session', range: rangeOf(pair), edits: rubyLaxFix(argument.node) });
    }
  }
}

interface RubyCookie {
  readonly at: Range;
  readonly name?: SyntaxNode;
  /** A hash of options, the keyword argument list holding them, or the plain value. */
  readonly value?: SyntaxNode;
}

/**
 * Rails `cookies[:name] = value | { value:, secure:, httponly:, same_site: }` and Rack's
 * `set_cookie`. Neither sets HttpOnly by default. Secure is added to every cookie when Rails
 * runs with `config.force_ssl`, which this file cannot see, so a missing Secure is medium.
 */
function rubyCookieSite(text: string, code: CodeModel, calls: CallIndex, cookieCall: RubyCookie): CookieSite {
  const { at, name, value } = cookieCall;
  const options = value?.type === 'hash' || value?.type === 'argument_list' ? value : undefined;
  const settings = options ? pairsIn(code, options) : new Map<string, KeyValue>();
  const cookie = classify([nameHint(code, calls, name), nameHint(code, calls, options ? settings.get('value')?.value : value)]);
  const base = { cookie, at };
  if (value === undefined) return { ...base, secure: SET, httpOnly: SET, sameSite: SET };
  if (options === undefined) {
    // A plain value: wrap it in an options hash, when it is one line of code.
    const single = !value.text.includes('\n');
    const wrapped = `{ value: ${value.text}, secure: true${cookie === 'session' ? ', httponly: true' : ''} }`;
    const edits = single ? replace(value, wrapped) : undefined;
    return { ...base, secure: { kind: 'missing', edits, confidence: 'medium' }, httpOnly: { kind: 'missing', edits }, sameSite: SET };
  }
  const open = options.namedChildren.some((child) => child?.type === 'hash_splat_argument');
  const hash = options.type === 'hash' ? options : undefined;
  const missing = (key: string, confidence?: Confidence): State =>
    open ? SET : { kind: 'missing', edits: hash ? insertInto(text, hash, `${key}: true`) : undefined, ...(confidence ? { confidence } : {}) };
  const sameSite = settings.get('same_site');
  return {
    ...base,
    secure: pairState(code, settings.get('secure'), missing('secure', 'medium')),
    httpOnly: pairState(code, settings.get('httponly'), missing('httponly')),
    sameSite: sameSite && rubyIsNone(code, sameSite.value) ? { kind: 'off', range: rangeOf(sameSite.node), edits: rubyLaxFix(sameSite.value) } : SET,
  };
}

// ---------------------------------------------------------------------------------------------
// Configuration files
// ---------------------------------------------------------------------------------------------

const SESSION_SECURE: SettingRule = { attribute: 'secure', cookie: 'session', kind: 'flag' };
const SESSION_HTTP_ONLY: SettingRule = { attribute: 'httpOnly', cookie: 'session', kind: 'flag' };
const SESSION_SAME_SITE: SettingRule = { attribute: 'sameSite', cookie: 'session', kind: 'sameSite' };

/**
 * Spring Boot (servlet and reactive) and Symfony session cookie settings, by key path joined
 * with dots, lower-cased, `-` and `_` removed (Spring's relaxed binding reads them all alike).
 */
const PATH_SETTINGS: ReadonlyMap<string, SettingRule> = new Map([
  ['server.servlet.session.cookie.secure', SESSION_SECURE],
  ['server.servlet.session.cookie.httponly', SESSION_HTTP_ONLY],
  ['server.servlet.session.cookie.samesite', SESSION_SAME_SITE],
  ['server.reactive.session.cookie.secure', SESSION_SECURE],
  ['server.reactive.session.cookie.httponly', SESSION_HTTP_ONLY],
  ['server.reactive.session.cookie.samesite', SESSION_SAME_SITE],
  ['framework.session.cookiesecure', SESSION_SECURE],
  ['framework.session.cookiehttponly', SESSION_HTTP_ONLY],
  ['framework.session.cookiesamesite', SESSION_SAME_SITE],
]);

/**
 * XML settings by `<parent element>/<element>` or `<element>/@<attribute>`, lower-cased:
 * ASP.NET web.config (every cookie, the forms-authentication, session and role cookies), the
 * Servlet web.xml session cookie, and Tomcat's context.xml.
 */
const XML_SETTINGS: ReadonlyMap<string, SettingRule> = new Map([
  ['httpcookies/@requiressl', SESSION_SECURE],
  ['httpcookies/@httponlycookies', SESSION_HTTP_ONLY],
  ['httpcookies/@samesite', SESSION_SAME_SITE],
  ['forms/@requiressl', SESSION_SECURE],
  ['forms/@cookiesamesite', SESSION_SAME_SITE],
  ['sessionstate/@cookiesamesite', SESSION_SAME_SITE],
  ['rolemanager/@cookierequiressl', SESSION_SECURE],
  ['cookie-config/secure', SESSION_SECURE],
  ['cookie-config/http-only', SESSION_HTTP_ONLY],
  ['context/@usehttponly', SESSION_HTTP_ONLY],
  ['cookieprocessor/@samesitecookies', SESSION_SAME_SITE],
]);

const KEY_PUNCTUATION = safeRegex('[-_]', 'g');
const SYMFONY_DEVELOPMENT_BLOCKS: ReadonlySet<string> = new Set(['when@dev', 'when@local', 'when@development']);

function checkConfig(context: RuleContext, config: ConfigModel): void {
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    const rule = configRule(config.format, entry);
    if (rule) reportConfigSetting(context, config.format, rule, entry);
  }
}

function configRule(format: ConfigModel['format'], entry: ConfigEntry): SettingRule | undefined {
  switch (format) {
    case 'yaml':
    case 'properties': {
      const path = entry.path[0]?.startsWith('when@') ? entry.path.slice(1) : entry.path;
      return PATH_SETTINGS.get(path.join('.').toLowerCase().replace(KEY_PUNCTUATION, ''));
    }
    case 'xml': {
      const parent = entry.path[entry.path.length - 2] ?? '';
      return XML_SETTINGS.get(`${localName(parent)}/${localName(entry.key)}`.toLowerCase());
    }
    case 'ini':
      return PHP_SESSION_INI.get(entry.key.toLowerCase());
    case 'dotenv':
      // Laravel reads its session cookie's Secure flag from this variable.
      return entry.key === 'SESSION_SECURE_COOKIE' ? SESSION_SECURE : undefined;
    default:
      return undefined;
  }
}

/** An XML name without its namespace prefix (`@` of attributes kept). */
function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  if (colon < 0) return name;
  return name.startsWith('@') ? `@${name.slice(colon + 1)}` : name.slice(colon + 1);
}

function reportConfigSetting(context: RuleContext, format: ConfigModel['format'], rule: SettingRule, entry: ConfigEntry): void {
  const text = context.document.text;
  const valueRange = entry.valueRange;
  if (valueRange === undefined) return;
  const inner = innerValueRange(text, valueRange);
  const value = text.slice(inner.start, inner.end);
  const lower = value.toLowerCase();
  let newText: string | undefined;
  if (rule.kind === 'flag') {
    // An empty `session.cookie_secure =` turns the flag off in php.ini.
    if (!textIsOff(value) && !(format === 'ini' && value === '')) return;
    newText = value === '' ? undefined : onSpelling(value);
  } else {
    if (lower !== 'none' && lower !== 'null' && lower !== '~') return;
    newText = value === lower ? 'lax' : 'Lax';
  }
  const isElement = format === 'xml' && !entry.key.startsWith('@');
  const range = isElement
    ? { start: entry.keyRange.start - 1, end: text.indexOf('>', valueRange.end) + 1 }
    : { start: startWithOpeningQuote(text, entry.keyRange), end: endWithClosingQuote(text, valueRange) };
  const development = SYMFONY_DEVELOPMENT_BLOCKS.has(entry.path[0] ?? '');
  flag(context, {
    attribute: rule.attribute,
    cookie: rule.cookie,
    range,
    edits: newText === undefined ? undefined : [{ ...inner, newText }],
    ...(development ? { confidence: 'low' as const } : {}),
  });
}

/** A value's range without surrounding blanks and quotes (INI keeps quotes in the value). */
function innerValueRange(text: string, range: Range): Range {
  let start = range.start;
  let end = range.end;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const quote = text[start];
  if (end - start >= 2 && (quote === '"' || quote === "'") && text[end - 1] === quote) return { start: start + 1, end: end - 1 };
  return { start, end };
}

/** A quoted key's range starts inside the quotes; a setting's range includes the opening one. */
function startWithOpeningQuote(text: string, keyRange: Range): number {
  const before = text[keyRange.start - 1];
  return (before === '"' || before === "'") && text[keyRange.end] === before ? keyRange.start - 1 : keyRange.start;
}

/** A quoted value's range stops inside the quotes; a setting's range includes the closing one. */
function endWithClosingQuote(text: string, valueRange: Range): number {
  const before = text[valueRange.start - 1];
  const after = text[valueRange.end];
  return (before === '"' || before === "'") && after === before ? valueRange.end + 1 : valueRange.end;
}
