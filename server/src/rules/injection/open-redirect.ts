/**
 * injection/open-redirect: a redirect to a target the request chooses. Express, Koa and Fastify
 * `redirect`/`location` and `Location` headers, Next.js `redirect`, browser navigation
 * (`location.href = …`, `location.assign`) from the page's own query or hash, Flask, Django,
 * Starlette and Tornado redirects, servlet `sendRedirect`, Spring `"redirect:" + value`,
 * `RedirectView` and `Location` headers, ASP.NET `Redirect`/`RedirectPermanent`/`RedirectResult`,
 * Go `http.Redirect` and the frameworks' `c.Redirect`, PHP `header("Location: …")`, Laravel,
 * Symfony and WordPress redirects, and Rails `redirect_to`/Sinatra `redirect`.
 *
 * Relative targets whose constant start fixes the site (`'/users/' + id`, not `//` or `/\`),
 * absolute ones whose constant start fixes the host, and ones that start with a base the function
 * cannot see (`process.env.APP_URL + page`) are not reported; nor are Rails polymorphic arrays and
 * `params.permit(…)` hashes without a host key. Validators and checks
 * earlier in the function silence the finding: `Url.IsLocalUrl`, Django's
 * `url_has_allowed_host_and_scheme`, `is_safe_url`, an allow-list, a prefix check. The safe APIs
 * (`LocalRedirect`, `wp_safe_redirect`, `redirect_to … allow_other_host: false`, `only_path: true`)
 * are not sinks, and `encodeURIComponent` makes the target one path segment. Request data is
 * medium severity (the user is sent elsewhere, the service itself is not compromised) at high
 * confidence; a target built from a parameter is low confidence; the Referer header (set by the
 * browser from the page that linked here), the current request's own path (a trailing-slash
 * redirect) and the Host header (an HTTPS upgrade) are not reported. No fix is offered.
 */
import { namedArgument, originOf, positionalArgument, safeRegex } from '../../engine/contract';
import type { Assignment, CallSite, CodeLanguage, CodeModel, Rule, RuleContext, SyntaxNode, ValueOrigin } from '../../engine/contract';
import { apiName, assessHost, decidesWith, firstVariablePart, hostIsFixed, isGuarded, leadingText, TargetReporter } from './untrusted-target';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  "MoJ's engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards), and MoJ scans against the OWASP Top 10, which lists open redirects under Broken Access Control (Vulnerability Scanning and Patch Management Guide: The base principles).";

type Family = 'node' | 'browser' | 'python' | 'java' | 'csharp' | 'go' | 'php' | 'ruby';

const ADVICE: Readonly<Record<Family, string>> = {
  node: 'Redirect only to paths on this site (a value that starts with one / and not // or /\\) or to hosts on an allow-list.',
  browser: 'Navigate only to paths on this site or to hosts on an allow-list: check that new URL(value, location.origin).origin equals location.origin first.',
  python: "Check the target with Django's url_has_allowed_host_and_scheme() (the same check works in Flask) before redirecting, or redirect to url_for() of a known view.",
  java: 'Redirect only to paths on this site or to hosts on an allow-list: check that URI.create(value) has no host or scheme before redirecting.',
  csharp: 'Use LocalRedirect(), or check Url.IsLocalUrl(value) before calling Redirect().',
  go: 'Redirect only to paths on this site or to hosts on an allow-list: refuse a value whose url.Parse result has a Host or Scheme.',
  php: 'Redirect only to paths on this site or to hosts on an allow-list (check parse_url($value, PHP_URL_HOST)); in WordPress use wp_safe_redirect().',
  ruby: 'Redirect only to paths on this site (redirect_to with allow_other_host: false, or url_for with only_path: true) or to hosts on an allow-list.',
};

function messageFor(origin: ValueOrigin, api: string, family: Family): string {
  let found: string;
  if (origin.kind === 'request') {
    found = origin.built
      ? `A redirect target built from request data, with a host the request can choose, is used by ${api}, so a link to this service can send users on to any other site, such as a phishing page (open redirect).`
      : `Request data is used as a redirect target by ${api}, so a link to this service can send users on to any other site, such as a phishing page (open redirect).`;
  } else {
    found = `A redirect target built from a function parameter, with a host the caller can choose, is used by ${api}; if a caller passes request data, users can be sent on to any other site (open redirect).`;
  }
  return `${found} ${CONTROL} ${ADVICE[family]}`;
}

// ---------------------------------------------------------------------------------------------
// Sinks
// ---------------------------------------------------------------------------------------------

interface Sink {
  readonly target: SyntaxNode;
  readonly api: string;
  readonly family: Family;
  /** Constant text in front of the URL itself (`redirect:`, `Location: `), skipped when checking the host. */
  readonly lead?: string;
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

function sinkAt(call: CallSite, node: SyntaxNode | undefined, family: Family, api = apiName(call)): Sink[] {
  return node === undefined ? [] : [{ target: node, api, family }];
}

function lastPositional(call: CallSite): SyntaxNode | undefined {
  const values = call.args.filter((argument) => argument.name === undefined);
  return values[values.length - 1]?.node;
}

function isLocationHeader(code: CodeModel, node: SyntaxNode | undefined): boolean {
  if (node === undefined) return false;
  const value = code.valueOf(node);
  return value.kind === 'string' && value.value.toLowerCase() === 'location';
}

// JavaScript and TypeScript --------------------------------------------------------------------

const NODE_RESPONSES: ReadonlySet<string> = new Set(['res', 'response', 'resp', 'reply', 'ctx', 'context', 'c']);
const NODE_HEADER_SETTERS: ReadonlySet<string> = new Set(['setHeader', 'set', 'header', 'append']);
const BROWSER_LOCATIONS: ReadonlySet<string> = new Set([
  'location', 'location.href', 'window.location', 'window.location.href', 'document.location', 'document.location.href', 'top.location',
  'top.location.href', 'window.top.location', 'window.top.location.href', 'self.location', 'self.location.href',
]);

const detectJavaScript: Detector = (call, code) => {
  const receiver = call.receiver?.text;
  if (call.qualified === 'next/navigation.redirect' || call.qualified === 'next/navigation.permanentRedirect') return sinkAt(call, positionalArgument(call, 0), 'node');
  if (receiver !== undefined && BROWSER_LOCATIONS.has(receiver) && (call.name === 'assign' || call.name === 'replace')) return sinkAt(call, positionalArgument(call, 0), 'browser');
  if (receiver === undefined || !NODE_RESPONSES.has(receiver)) return [];
  // `res.redirect(url)` and `res.redirect(301, url)`: the target is the last argument.
  if (call.name === 'redirect') return sinkAt(call, lastPositional(call), 'node');
  if (call.name === 'location') return sinkAt(call, positionalArgument(call, 0), 'node');
  if (NODE_HEADER_SETTERS.has(call.name) && isLocationHeader(code, positionalArgument(call, 0))) return sinkAt(call, positionalArgument(call, 1), 'node');
  if (call.name === 'writeHead') {
    const headers = call.args.map((argument) => argument.node).find((node) => node.type === 'object');
    const location = headers ? code.keyValues().find((pair) => pair.node.parent?.id === headers.id && pair.key.toLowerCase() === 'location') : undefined;
    return location ? sinkAt(call, location.value, 'node') : [];
  }
  return [];
};

/** `window.location = next`, `location.href = params.get('next')`. */
function browserAssignments(code: CodeModel): Sink[] {
  const assignments = code.assignments().filter((assignment) => BROWSER_LOCATIONS.has(assignment.target));
  const bare = (assignment: Assignment): boolean => assignment.target === 'location' || assignment.target.startsWith('location.');
  // Looking for a local declaration walks the whole tree, so only a bare `location = …` asks.
  const localLocation = assignments.some(bare) && declaresLocalLocation(code);
  return assignments
    .filter((assignment) => !(localLocation && bare(assignment)))
    .map((assignment) => ({ target: assignment.value, api: `an assignment to ${assignment.target}`, family: 'browser' as const }));
}

/**
 * Whether the file declares its own `location` (a variable or a parameter), as server code often
 * does for a redirect target or a file position: then a bare `location = …` is that variable, not
 * the browser's, and navigates nowhere.
 */
function declaresLocalLocation(code: CodeModel): boolean {
  const declared = code.root.descendantsOfType(['variable_declarator', 'formal_parameters']);
  return declared.some((node) => {
    if (node === null) return false;
    if (node.type === 'variable_declarator') return node.childForFieldName('name')?.text === 'location';
    return node.descendantsOfType('identifier').some((identifier) => identifier?.text === 'location' && identifier.parent?.type !== 'member_expression');
  });
}

// Python ---------------------------------------------------------------------------------------

const PYTHON_REDIRECTS: ReadonlySet<string> = new Set([
  'flask.redirect', 'werkzeug.utils.redirect', 'django.shortcuts.redirect', 'django.http.HttpResponseRedirect', 'django.http.HttpResponsePermanentRedirect',
  'django.http.response.HttpResponseRedirect', 'starlette.responses.RedirectResponse', 'fastapi.responses.RedirectResponse', 'bottle.redirect',
  'pyramid.httpexceptions.HTTPFound', 'redirect', 'HttpResponseRedirect', 'HttpResponsePermanentRedirect', 'RedirectResponse',
]);

const detectPython: Detector = (call) => {
  const target = (): SyntaxNode | undefined => positionalArgument(call, 0) ?? namedArgument(call, 'location') ?? namedArgument(call, 'url') ?? namedArgument(call, 'to');
  if (call.receiver === undefined && (PYTHON_REDIRECTS.has(call.qualified) || PYTHON_REDIRECTS.has(call.callee))) return sinkAt(call, target(), 'python');
  // Tornado's `self.redirect(url)`.
  if (call.receiver?.text === 'self' && call.name === 'redirect') return sinkAt(call, target(), 'python');
  return [];
};

// Java -----------------------------------------------------------------------------------------

const detectJava: Detector = (call, code) => {
  if (call.isConstructor) return call.callee === 'RedirectView' ? sinkAt(call, positionalArgument(call, 0), 'java', 'new RedirectView') : [];
  if (call.name === 'sendRedirect' && call.receiver !== undefined) return sinkAt(call, positionalArgument(call, 0), 'java');
  if ((call.name === 'setHeader' || call.name === 'addHeader') && isLocationHeader(code, positionalArgument(call, 0))) return sinkAt(call, positionalArgument(call, 1), 'java');
  return [];
};

const SPRING_REDIRECT = 'redirect:';

/** Spring MVC view names `"redirect:" + next`: the text after the prefix is the target. */
function springRedirects(code: CodeModel): Sink[] {
  const sinks: Sink[] = [];
  for (const node of code.nodesOfType(['binary_expression'])) {
    if (node.parent?.type === 'binary_expression') continue;
    const start = leadingText(code, node);
    if (start === undefined || !start.startsWith(SPRING_REDIRECT)) continue;
    if (code.valueOf(node).kind !== 'unknown') continue;
    sinks.push({ target: node, api: 'a "redirect:" view name', family: 'java', lead: SPRING_REDIRECT });
  }
  return sinks;
}

// C# -------------------------------------------------------------------------------------------

const CSHARP_REDIRECTS: ReadonlySet<string> = new Set(['Redirect', 'RedirectPermanent', 'RedirectPreserveMethod', 'RedirectPermanentPreserveMethod']);

const detectCSharp: Detector = (call) => {
  if (call.isConstructor) return call.callee === 'RedirectResult' ? sinkAt(call, positionalArgument(call, 0), 'csharp', 'new RedirectResult') : [];
  if (!CSHARP_REDIRECTS.has(call.name)) return [];
  const owner = call.receiver?.text;
  // The controller's own `Redirect(url)`, or `Response.Redirect(url)` in ASP.NET and Web Forms.
  if (owner === undefined || owner === 'this' || owner === 'base' || owner.endsWith('Response')) return sinkAt(call, positionalArgument(call, 0), 'csharp');
  return [];
};

// Go -------------------------------------------------------------------------------------------

const GO_CONTEXT_NAMES: ReadonlySet<string> = new Set(['c', 'ctx', 'context', 'e']);

const detectGo: Detector = (call, code) => {
  if (call.qualified === 'net/http.Redirect' || call.callee === 'http.Redirect') return sinkAt(call, positionalArgument(call, 2), 'go');
  const receiver = call.receiver?.text;
  // gin and echo `c.Redirect(http.StatusFound, url)`, fiber `c.Redirect(url)`.
  if (call.name === 'Redirect' && receiver !== undefined && GO_CONTEXT_NAMES.has(receiver)) return sinkAt(call, lastPositional(call), 'go');
  // `w.Header().Set("Location", url)`.
  if ((call.name === 'Set' || call.name === 'Add') && receiver?.endsWith('Header()') === true && isLocationHeader(code, positionalArgument(call, 0))) {
    return sinkAt(call, positionalArgument(call, 1), 'go', `Header().${call.name}`);
  }
  return [];
};

// PHP ------------------------------------------------------------------------------------------

const LOCATION_HEADER = safeRegex('^\\s*location\\s*:\\s*', 'i');

const detectPhp: Detector = (call, code) => {
  const first = positionalArgument(call, 0);
  if (call.isConstructor) return call.callee.endsWith('RedirectResponse') ? sinkAt(call, first, 'php', `new ${call.callee}`) : [];
  const receiver = call.receiver?.text;
  if (receiver === undefined) {
    const name = call.name.toLowerCase();
    if (name === 'header' && first !== undefined) {
      const lead = LOCATION_HEADER.exec(leadingText(code, first) ?? '')?.[0];
      return lead === undefined ? [] : [{ target: first, api: 'header()', family: 'php', lead }];
    }
    // Laravel's `redirect($url)` (with no argument it returns the redirector) and WordPress's `wp_redirect`.
    if (name === 'redirect' || name === 'wp_redirect') return sinkAt(call, first, 'php');
    return [];
  }
  // `redirect()->to($url)`, `redirect()->away($url)`, `Redirect::to($url)`, Symfony's `$this->redirect($url)`.
  if ((call.name === 'to' || call.name === 'away') && receiver.startsWith('redirect(')) return sinkAt(call, first, 'php', `redirect()->${call.name}`);
  if ((call.name === 'to' || call.name === 'away') && receiver === 'Redirect') return sinkAt(call, first, 'php');
  if (call.name === 'redirect' && receiver === '$this') return sinkAt(call, first, 'php');
  return [];
};

// Ruby -----------------------------------------------------------------------------------------

const ONLY_PATH = safeRegex('only_path:\\s*true|:only_path\\s*=>\\s*true');
const HOST_KEYS = safeRegex(':(host|domain|subdomain|protocol)\\b');

const detectRuby: Detector = (call) => {
  if (call.receiver !== undefined || (call.name !== 'redirect_to' && call.name !== 'redirect')) return [];
  const target = positionalArgument(call, 0);
  // An array is a polymorphic route (`redirect_to [post, comment]`), always on this site.
  if (target === undefined || target.type === 'array' || ONLY_PATH.test(target.text)) return [];
  // `redirect_to params.permit(:page, :sort)` builds a URL on this site unless a permitted key chooses the host.
  if (target.text.startsWith('params.permit(') && !HOST_KEYS.test(target.text)) return [];
  // Rails refuses another host when told so.
  const otherHost = namedArgument(call, 'allow_other_host');
  if (otherHost !== undefined && otherHost.text === 'false') return [];
  return sinkAt(call, target, 'ruby');
};

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const DETECTORS: Readonly<Partial<Record<CodeLanguage, Detector>>> = {
  javascript: detectJavaScript,
  typescript: detectJavaScript,
  tsx: detectJavaScript,
  python: detectPython,
  java: detectJava,
  csharp: detectCSharp,
  go: detectGo,
  php: detectPhp,
  ruby: detectRuby,
};

/** Validators, allow-lists, prefix checks and comparisons with a literal, on a line that decides something. */
const REDIRECT_CHECKS: readonly string[] = [
  'islocalurl', 'url_has_allowed_host_and_scheme', 'is_safe_url', 'issafe', 'is_safe', 'isvalid', 'is_valid', 'islocal', 'is_local', 'isrelative',
  'is_relative', 'allowed', 'whitelist', 'white_list', 'allowlist', 'allow_list', 'trusted', 'includes(', '.has(', 'indexof(', 'in_array', 'include?',
  'startswith', 'hasprefix', 'start_with?', 'str_starts_with',
];
const REFERRER = safeRegex('refer{1,2}er', 'i');
/** The path of the current request (`req.originalUrl`, `request.path`, `request.fullpath`). */
const CURRENT_PATH = safeRegex(
  '^(req|request|ctx|ctx\\.request|self\\.request|this\\.request|Request|HttpContext\\.Request|r|r\\.URL)\\.(path|path_info|full_path|get_full_path\\(\\)|originalUrl|url|fullpath|original_url|original_fullpath|RequestURI|Path|getRequestURI\\(\\)|RawUrl)$',
);

/**
 * Request data a link cannot choose freely: the Referer header (the browser sets it to the page
 * that linked here, so "go back" returns users to a page they were on) and the path of the current
 * request (`redirect(request.path + '/')` adds a slash on the same site). Not reported.
 */
function isIndirectSource(origin: ValueOrigin): boolean {
  const evidence = origin.evidence?.text ?? '';
  return origin.kind === 'request' && (REFERRER.test(evidence) || CURRENT_PATH.test(evidence));
}

/**
 * Reads of the Host or Origin header (`req.headers.host`, `req.get('host')`, `request.get_host()`,
 * `r.Host`, `$_SERVER['HTTP_HOST']`), and Flask's and Rails' full URL of the current request,
 * whose host comes from that header.
 */
const HOST_HEADER = safeRegex(
  "headers(\\.|\\[['\"])(host|origin)|(get|header)\\(['\"](host|origin)|\\.hostname$|get_host\\(\\)|getServerName\\(\\)|HTTP_HOST|forwarded-host|^request\\.(host|url|original_url|base_url|host_url|url_root)\\b",
  'i',
);
const HOST_PROPERTY = safeRegex('\\.Host$');

/**
 * `'https://' + req.headers.host + req.url`: the HTTPS upgrade. The Host and Origin headers name
 * sites the browser chose, which a link cannot change, so this is not an open redirect.
 */
function startsWithOwnHost(code: CodeModel, target: SyntaxNode): boolean {
  const first = firstVariablePart(code, target);
  if (first === undefined) return false;
  // The part itself (`req.headers.host`) or the request read it is made from (`request.url` in `request.url.replace(…)`).
  const evidence = originOf(code, first, 'redirect').evidence;
  return [first, evidence].some((node) => {
    const text = node?.text.replace(WHITESPACE, '') ?? '';
    return HOST_HEADER.test(text) || HOST_PROPERTY.test(text);
  });
}

const WHITESPACE = safeRegex('\\s+', 'g');

function checksRedirect(line: string): boolean {
  return decidesWith(line, REDIRECT_CHECKS, true);
}

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const sinks = code.calls().flatMap((call) => detect(call, code));
  if (code.language === 'java') sinks.push(...springRedirects(code));
  if (code.language === 'javascript' || code.language === 'typescript' || code.language === 'tsx') sinks.push(...browserAssignments(code));
  sinks.sort((left, right) => left.target.startIndex - right.target.startIndex);
  const reporter = new TargetReporter(context);
  for (const sink of sinks) {
    // The code fixes the site or the host: only the path or query varies.
    const start = leadingText(code, sink.target);
    const prefix = start === undefined ? undefined : start.slice(sink.lead?.length ?? 0);
    if (hostIsFixed(prefix)) continue;
    const assessment = assessHost(code, sink.target, 'redirect', prefix);
    if (assessment === undefined || startsWithOwnHost(code, sink.target) || isIndirectSource(assessment.origin)) continue;
    if (isGuarded(code, sink.target, checksRedirect)) continue;
    const { origin, confidence } = assessment;
    reporter.report(sink.target, origin, messageFor(origin, sink.api, sink.family), 'medium', confidence);
  }
}

export const openRedirect: Rule = {
  meta: {
    id: 'injection/open-redirect',
    title: 'Redirect to a target from request data',
    area: 'injection',
    severity: 'medium',
    confidence: 'high',
    cwe: [601],
    owasp: 'A01:2021 Broken Access Control',
    policy: ['tg:justice-digital-software-engineering-standards#security-standards', 'vulnerability-scanning-and-patch-management-guide#the-base-principles'],
    basis: 'principle',
    why:
      'A redirect whose target comes from the request lets anyone craft a link to this service that lands on a site of their choosing, which makes phishing pages look trusted and can leak tokens in the URL to the other site. ' +
      "MoJ's engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards); open redirects are an OWASP Top 10 weakness (Broken Access Control).",
    howToFix:
      'Redirect only to paths on this site or to hosts on an allow-list: use LocalRedirect or Url.IsLocalUrl in ASP.NET, url_has_allowed_host_and_scheme in Django and Flask, allow_other_host: false in Rails, wp_safe_redirect in WordPress, ' +
      'or check that the value starts with a single / (not // or /\\) before redirecting; better still, redirect to a known page chosen by an identifier.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: ['redirect', 'Redirect', 'location', 'Location'],
    examples: {
      javascript: "res.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/');",
      typescript: "res.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/');",
      tsx: "window.location.assign(isSameOrigin(next) ? next : '/');",
      python: 'if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):\n    next_url = "/"\nreturn redirect(next_url)',
      java: 'return "redirect:/account";',
      csharp: 'return LocalRedirect(returnUrl);',
      go: 'http.Redirect(w, r, "/account", http.StatusFound)',
      php: "wp_safe_redirect($url);",
      ruby: 'redirect_to params[:return_to], allow_other_host: false',
    },
  },
  check,
};
