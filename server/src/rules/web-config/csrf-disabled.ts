/**
 * web-config/csrf-disabled: cross-site request forgery protection switched off, so another web
 * site can make a signed-in user's browser submit forms and API calls with the user's session.
 *
 * What it reports:
 * - Spring Security `http.csrf().disable()`, `csrf(AbstractHttpConfigurer::disable)`,
 *   `csrf(CsrfConfigurer::disable)`, `csrf(c -> c.disable())` and `ignoringRequestMatchers("/**")`; at low confidence when the
 *   same method makes sessions `SessionCreationPolicy.STATELESS` or configures an OAuth2
 *   resource server, a JWT or a bearer-token filter, the signs of a token-authenticated API,
 *   where CSRF protection has nothing to protect;
 * - Django `@csrf_exempt` on a view (medium confidence: webhooks that verify a signature use it), and a `MIDDLEWARE` list in a settings module that has
 *   `SessionMiddleware` but not `CsrfViewMiddleware`;
 * - Flask-WTF `WTF_CSRF_ENABLED = False` (module setting, `app.config[...]`, `config.update`)
 *   and `csrf.exempt(...)`;
 * - Rails `skip_before_action :verify_authenticity_token`, `skip_forgery_protection`,
 *   `config.action_controller.allow_forgery_protection = false`, and (low)
 *   `protect_from_forgery with: :null_session`, which lets a forged request run without the
 *   session instead of refusing it;
 * - ASP.NET Core `[IgnoreAntiforgeryToken]` and `.DisableAntiforgery()`;
 * - Laravel `protected $except = ['*']` in `VerifyCsrfToken`, and `validateCsrfTokens(except: ['*'])`;
 * - Symfony `framework: csrf_protection: false` in YAML configuration (not under `when@test`).
 *
 * Not reported: a missing `protect_from_forgery` or a missing `csurf` in Express (absence cannot
 * be judged from one file: newer Rails protects by default, and Express apps may use
 * SameSite cookies or tokens); test files and test configuration classes (`TestingConfig`),
 * where turning CSRF off for the test client is normal; Rails controllers that inherit from
 * `ActionController::API`, which has no forgery protection to skip.
 *
 * Policy ids: the deny-by-default baseline (Defensive layer 1, the row-21 family) is primary,
 * with the authentication principle (row 26) as support, since CSRF rides on an authenticated
 * session. No fix is offered: turning protection back on needs tokens in every form and client.
 */
import type { CallSite, CodeModel, Confidence, Range, Rule, RuleContext, Severity, SyntaxNode } from '../../engine/contract';
import { safeRegex } from '../../engine/contract';

const CONTROL =
  "MoJ's baseline configuration expects deny by default and security controls left on (Technical Security Controls Guide: Defensive layer 1), and all access to data to be authenticated (Authentication: The base principle); a forged request carries the user's session without the user's intent.";

type Kind = 'spring' | 'djangoExempt' | 'djangoMiddleware' | 'flaskWtf' | 'flaskExempt' | 'railsSkip' | 'railsNullSession' | 'railsConfig' | 'aspnet' | 'laravel' | 'symfony';

const FOUND: Readonly<Record<Kind, (what: string) => string>> = {
  spring: (what) => `Spring Security CSRF protection is disabled (${what}).`,
  djangoExempt: () => 'The view is exempt from Django\'s CSRF check (@csrf_exempt).',
  djangoMiddleware: () => 'The MIDDLEWARE list has sessions but no django.middleware.csrf.CsrfViewMiddleware, so no view checks CSRF tokens.',
  flaskWtf: (what) => `Flask-WTF CSRF protection is switched off (${what}).`,
  flaskExempt: () => 'The view is exempt from Flask-WTF\'s CSRF check (csrf.exempt).',
  railsSkip: (what) => `The controller skips Rails' CSRF check (${what}).`,
  railsNullSession: () => 'protect_from_forgery with: :null_session runs a forged request with an empty session instead of refusing it; cookies other than the session (and HTTP authentication) still apply.',
  railsConfig: () => 'Rails forgery protection is switched off for the whole application (allow_forgery_protection = false).',
  aspnet: (what) => `ASP.NET Core antiforgery validation is switched off (${what}).`,
  laravel: () => 'Every route is excluded from Laravel\'s CSRF check (except [\'*\']).',
  symfony: () => 'Symfony\'s CSRF protection is switched off for the whole application (framework.csrf_protection: false).',
};

const ADVICE: Readonly<Record<Kind, string>> = {
  spring: 'Keep CSRF protection on for browser sessions (CookieCsrfTokenRepository for JavaScript clients); disable it only for stateless APIs that authenticate every request with a bearer token.',
  djangoExempt: 'Remove @csrf_exempt and send the token from the client; for webhooks, verify the sender\'s signature instead.',
  djangoMiddleware: "Add 'django.middleware.csrf.CsrfViewMiddleware' to MIDDLEWARE after SessionMiddleware.",
  flaskWtf: 'Leave WTF_CSRF_ENABLED at its default (True) outside test configuration, and render csrf_token() in forms.',
  flaskExempt: 'Remove the exemption and send the token from the client; for webhooks, verify the sender\'s signature instead.',
  railsSkip: 'Remove the skip and send the token (csrf_meta_tags) from the client; for token-authenticated APIs inherit from ActionController::API instead.',
  railsNullSession: 'Use protect_from_forgery with: :exception (the default in new Rails applications).',
  railsConfig: 'Set allow_forgery_protection = false only in config/environments/test.rb.',
  aspnet: 'Remove the attribute or call, and send the antiforgery token from forms and JavaScript clients.',
  laravel: 'List only the specific routes that need an exception (webhooks that verify their own signatures).',
  symfony: 'Remove the setting (or set it to true) and render the csrf_token() field in forms.',
};

function messageFor(kind: Kind, what: string): string {
  return `${FOUND[kind](what)} ${CONTROL} ${ADVICE[kind]}`;
}

interface Flag {
  readonly kind: Kind;
  readonly range: Range;
  readonly what: string;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function isFalse(code: CodeModel, node: SyntaxNode | undefined): boolean {
  if (node === undefined) return false;
  const value = code.valueOf(node);
  return value.kind === 'boolean' && !value.value;
}

const TEST_FILE = safeRegex('(?:^|/)(?:tests?|spec|__tests__)/|(?:^|/)(?:test_[^/]*|[^/]*_test|[^/]*_spec|conftest|[^/]*\\.test|[^/]*\\.spec)\\.[a-z]+$', 'i');

// ---------------------------------------------------------------------------------------------
// Java: Spring Security
// ---------------------------------------------------------------------------------------------

// Matched against the argument with all whitespace removed, so the patterns need no \\s runs.
const SPRING_DISABLE_REFERENCE = safeRegex('^\\w*Configurer::disable$');
const SPRING_DISABLE_LAMBDA = safeRegex('^\\(?(\\w+)\\)?->(\\w+)\\.disable\\(\\)$');
const WHITESPACE = safeRegex('\\s+', 'g');

/** `csrf(c -> c.disable())`: the lambda's parameter is the receiver of disable(). */
function isDisablingLambda(compact: string): boolean {
  const match = SPRING_DISABLE_LAMBDA.exec(compact);
  return match !== null && match[1] === match[2];
}

const IGNORING_CALLS: ReadonlySet<string> = new Set(['ignoringRequestMatchers', 'ignoringAntMatchers']);
const EVERY_PATH: ReadonlySet<string> = new Set(['/**', '/*', '**']);

function springFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    let disabled = false;
    if (call.name === 'disable' && call.args.length === 0 && call.receiver?.type === 'method_invocation' && call.receiver.childForFieldName('name')?.text === 'csrf') {
      disabled = true;
    } else if (call.name === 'csrf' && call.args.length === 1) {
      const argument = (call.args[0]?.node.text ?? '').replace(WHITESPACE, '');
      disabled = SPRING_DISABLE_REFERENCE.test(argument) || isDisablingLambda(argument);
    }
    // `csrf.ignoringRequestMatchers("/**")` exempts every path: protection off in all but name.
    if (IGNORING_CALLS.has(call.name) && call.args.some((argument) => EVERY_PATH.has(argument.node.text.replaceAll('"', '')))) disabled = true;
    if (!disabled) continue;
    const stateless = isStatelessConfiguration(code, call);
    const name = call.name === 'disable' ? call.receiver?.childForFieldName('name') : call.node.childForFieldName('name');
    // For ignoring…("/**") the range starts at that method.
    const start = name?.startIndex ?? call.node.startIndex;
    flags.push({
      kind: 'spring',
      range: { start, end: call.node.endIndex },
      what: code.root.text.slice(start, call.node.endIndex).replaceAll('\n', ' '),
      ...(stateless ? { confidence: 'low' as const, severity: 'low' as const } : {}),
    });
  }
  return flags;
}

/** Signs of a token-authenticated API: stateless sessions, a resource server, a JWT or bearer-token filter. */
const STATELESS_HINT = safeRegex('SessionCreationPolicy\\.STATELESS|oauth2ResourceServer|\\b[Jj]wt|[Bb]earer[A-Z]');

/** A stateless-API sign in the same method (the method around a lambda DSL). */
function isStatelessConfiguration(code: CodeModel, call: CallSite): boolean {
  let scope: SyntaxNode | null | undefined = code.enclosingFunction(call.node);
  while (scope !== undefined && scope !== null && scope.type === 'lambda_expression') scope = code.enclosingFunction(scope);
  return STATELESS_HINT.test((scope ?? code.root).text);
}

// ---------------------------------------------------------------------------------------------
// Python: Django and Flask-WTF
// ---------------------------------------------------------------------------------------------

const TEST_CLASS = safeRegex('Test', '');

function enclosingClassName(node: SyntaxNode): string | undefined {
  for (let current = node.parent; current !== null; current = current.parent) {
    if (current.type === 'class_definition') return current.childForFieldName('name')?.text;
  }
  return undefined;
}

function pythonFlags(code: CodeModel, path: string): Flag[] {
  const flags: Flag[] = [];
  for (const decorator of code.nodesOfType(['decorator'])) {
    const expression = decorator.namedChildren[0];
    const name = expression?.type === 'call' ? expression.childForFieldName('function')?.text : expression?.text;
    if (name === 'csrf_exempt' || name?.endsWith('.csrf_exempt') === true) flags.push({ kind: 'djangoExempt', range: rangeOf(decorator), what: '@csrf_exempt', confidence: 'medium' });
    else if (name === 'csrf.exempt') flags.push({ kind: 'flaskExempt', range: rangeOf(decorator), what: '@csrf.exempt', confidence: 'medium' });
  }
  for (const call of code.calls()) {
    if (call.callee === 'csrf.exempt' && call.node.parent?.type !== 'decorator') flags.push({ kind: 'flaskExempt', range: rangeOf(call.node), what: call.node.text, confidence: 'medium' });
    if (call.name === 'update' && call.receiver?.text.endsWith('config') === true) {
      const setting = call.args.find((argument) => argument.name === 'WTF_CSRF_ENABLED');
      if (setting !== undefined && isFalse(code, setting.node)) flags.push({ kind: 'flaskWtf', range: rangeOf(setting.node.parent ?? setting.node), what: 'WTF_CSRF_ENABLED=False' });
    }
  }
  for (const assignment of code.assignments()) {
    const target = assignment.target.replaceAll('"', "'");
    if ((target === 'WTF_CSRF_ENABLED' || target.endsWith("config['WTF_CSRF_ENABLED']")) && isFalse(code, assignment.value)) {
      const className = enclosingClassName(assignment.node);
      if (className !== undefined && TEST_CLASS.test(className)) continue;
      flags.push({ kind: 'flaskWtf', range: rangeOf(assignment.node), what: `${assignment.target} = False` });
    }
    if (target === 'MIDDLEWARE' || target === 'MIDDLEWARE_CLASSES') {
      const list = assignment.value;
      if (list.type !== 'list' && list.type !== 'tuple') continue;
      const entries = code.strings().filter((literal) => literal.node.startIndex >= list.startIndex && literal.node.endIndex <= list.endIndex).map((literal) => literal.value);
      const hasSessions = entries.some((entry) => entry.endsWith('SessionMiddleware'));
      const hasCsrf = entries.some((entry) => entry.endsWith('CsrfViewMiddleware'));
      if (hasSessions && !hasCsrf && isDjangoSettings(path, code)) flags.push({ kind: 'djangoMiddleware', range: rangeOf(assignment.targetNode), what: 'MIDDLEWARE' });
    }
  }
  return flags;
}

function isDjangoSettings(path: string, code: CodeModel): boolean {
  return path.endsWith('settings.py') || path.includes('/settings/') || code.root.text.includes('INSTALLED_APPS');
}

// ---------------------------------------------------------------------------------------------
// Ruby: Rails
// ---------------------------------------------------------------------------------------------

function rubyFlags(code: CodeModel, path: string): Flag[] {
  const flags: Flag[] = [];
  const apiController = code.root.text.includes('ActionController::API');
  for (const call of code.calls()) {
    if (call.receiver !== undefined) continue;
    if ((call.name === 'skip_before_action' || call.name === 'skip_before_filter') && call.args.some((argument) => argument.node.text === ':verify_authenticity_token')) {
      if (!apiController) flags.push({ kind: 'railsSkip', range: rangeOf(call.node), what: `${call.name} :verify_authenticity_token`, confidence: 'medium' });
    } else if (call.name === 'skip_forgery_protection') {
      if (!apiController) flags.push({ kind: 'railsSkip', range: rangeOf(call.node), what: 'skip_forgery_protection', confidence: 'medium' });
    } else if (call.name === 'protect_from_forgery') {
      const strategy = call.args.find((argument) => argument.name === 'with');
      if (strategy?.node.text === ':null_session') flags.push({ kind: 'railsNullSession', range: rangeOf(strategy.node.parent ?? strategy.node), what: 'null_session', severity: 'low', confidence: 'low' });
    }
  }
  if (!path.endsWith('test.rb')) {
    for (const assignment of code.assignments()) {
      if (assignment.target.endsWith('action_controller.allow_forgery_protection') && isFalse(code, assignment.value)) {
        flags.push({ kind: 'railsConfig', range: rangeOf(assignment.node), what: assignment.target });
      }
    }
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// C#: ASP.NET Core
// ---------------------------------------------------------------------------------------------

function csharpFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const attribute of code.nodesOfType(['attribute'])) {
    const name = attribute.childForFieldName('name')?.text;
    if ((name === 'IgnoreAntiforgeryToken' || name === 'IgnoreAntiforgeryTokenAttribute')) {
      flags.push({ kind: 'aspnet', range: rangeOf(attribute), what: '[IgnoreAntiforgeryToken]', confidence: 'medium' });
    }
  }
  for (const call of code.calls()) {
    if (call.name === 'DisableAntiforgery' && call.args.length === 0) {
      const name = call.calleeNode.childForFieldName('name');
      flags.push({ kind: 'aspnet', range: { start: (name ?? call.node).startIndex, end: call.node.endIndex }, what: 'DisableAntiforgery()', confidence: 'medium' });
    }
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// PHP: Laravel
// ---------------------------------------------------------------------------------------------

const EVERY_ROUTE: ReadonlySet<string> = new Set(['*', '/*']);

function excludesEveryRoute(code: CodeModel, node: SyntaxNode): boolean {
  if (node.type !== 'array_creation_expression') return false;
  return code.strings().some((literal) => literal.node.startIndex >= node.startIndex && literal.node.endIndex <= node.endIndex && EVERY_ROUTE.has(literal.value));
}

function phpFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  const inCsrfMiddleware = code.root.text.includes('VerifyCsrfToken') || code.root.text.includes('ValidateCsrfToken');
  if (inCsrfMiddleware) {
    for (const node of code.nodesOfType(['property_element'])) {
      const name = node.namedChildren[0]?.text;
      const value = node.namedChildren[1];
      const initial = value?.type === 'property_initializer' ? value.namedChildren[0] : value;
      if (name === '$except' && initial !== null && initial !== undefined && excludesEveryRoute(code, initial)) flags.push({ kind: 'laravel', range: rangeOf(node), what: "$except = ['*']" });
    }
  }
  for (const call of code.calls()) {
    if (call.name !== 'validateCsrfTokens') continue;
    const except = call.args.find((argument) => argument.name === 'except')?.node ?? call.args[0]?.node;
    if (except !== undefined && excludesEveryRoute(code, except)) flags.push({ kind: 'laravel', range: rangeOf(call.node), what: "validateCsrfTokens(except: ['*'])" });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

/** Symfony `framework: { csrf_protection: false }` in YAML configuration outside the test environment. */
function symfonyFlags(context: RuleContext): Flag[] {
  const entries = context.config?.entries() ?? [];
  return entries
    .filter((entry) => entry.path.join('.').endsWith('framework.csrf_protection') && entry.value?.trim().toLowerCase() === 'false' && entry.valueRange !== undefined)
    .filter((entry) => !entry.path.some((segment) => segment === 'when@test' || segment === 'when@dev'))
    .map((entry) => ({ kind: 'symfony' as const, range: { start: entry.keyRange.start, end: entry.valueRange?.end ?? entry.keyRange.end }, what: 'csrf_protection: false' }));
}

function check(context: RuleContext): void {
  const path = context.document.path;
  if (TEST_FILE.test(path)) return;
  if (context.config?.format === 'yaml') {
    for (const flag of symfonyFlags(context)) context.report({ range: flag.range, message: messageFor(flag.kind, flag.what) });
    return;
  }
  const code = context.code;
  if (code === undefined) return;
  let flags: Flag[];
  switch (code.language) {
    case 'java': flags = springFlags(code); break;
    case 'python': flags = pythonFlags(code, path); break;
    case 'ruby': flags = rubyFlags(code, path); break;
    case 'csharp': flags = csharpFlags(code); break;
    case 'php': flags = phpFlags(code); break;
    default: flags = [];
  }
  for (const flag of flags) {
    context.report({
      range: flag.range,
      message: messageFor(flag.kind, flag.what),
      ...(flag.severity ? { severity: flag.severity } : {}),
      ...(flag.confidence ? { confidence: flag.confidence } : {}),
    });
  }
}

export const csrfDisabled: Rule = {
  meta: {
    id: 'web-config/csrf-disabled',
    title: 'CSRF protection disabled',
    area: 'web-config',
    severity: 'medium',
    confidence: 'high',
    cwe: [352],
    owasp: 'A01:2021 Broken Access Control',
    policy: [
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'authentication#the-base-principle',
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
    ],
    basis: 'principle',
    why:
      'Without CSRF protection, any web site a signed-in user visits can submit forms and API calls to the service with the user\'s session cookie. ' +
      "MoJ's baseline configuration expects deny by default and security controls left on (Technical Security Controls Guide: Defensive layer 1), and all access to data to be authenticated (Authentication).",
    howToFix:
      'Leave the framework\'s CSRF protection on and send its token from forms and JavaScript clients; switch it off only for stateless APIs that authenticate every request with a bearer token, and for webhooks that verify a signature.',
    fixSafety: 'suggestion',
    languages: ['java', 'python', 'ruby', 'csharp', 'php', 'yaml'],
    prefilter: ['csrf', 'authenticity_token', 'forgery', 'Antiforgery', 'MIDDLEWARE'],
    examples: {
      java: 'http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse()));',
      python: "MIDDLEWARE = ['django.contrib.sessions.middleware.SessionMiddleware', 'django.middleware.csrf.CsrfViewMiddleware']",
      ruby: 'protect_from_forgery with: :exception',
      csharp: '[ValidateAntiForgeryToken]\npublic IActionResult Update(CaseModel model) { … }',
      php: "protected $except = ['stripe/webhook'];",
      yaml: 'framework:\n  csrf_protection: true',
    },
  },
  check,
};
