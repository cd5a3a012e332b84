/**
 * web-config/weak-password-policy: a password policy set below MoJ's numbers (Passwords;
 * Password Creation and Authentication Guide): a minimum length under 8 (under 15 where the
 * setting clearly concerns administrator or service accounts), a maximum length under 128, no
 * lockout or a lockout after more than 10 failed attempts, and forced routine expiry.
 *
 * Where it looks:
 * - ASP.NET Identity `Password.RequiredLength`, `Lockout.MaxFailedAccessAttempts`,
 *   `Lockout.AllowedForNewUsers = false`, `PasswordSignInAsync(…, lockoutOnFailure: false)`,
 *   and `[StringLength(…, MinimumLength = 6)]` / `[MinLength(6)]` on a password property;
 * - Django `MinimumLengthValidator` `min_length`, django-axes `AXES_FAILURE_LIMIT`,
 *   Flask-Security `SECURITY_PASSWORD_LENGTH_MIN`, WTForms `PasswordField(validators=[Length(min=6)])`
 *   and pydantic or marshmallow fields named password;
 * - Joi, zod and yup `string().min(6)` / `.max(64)` on a field named password,
 *   class-validator `@MinLength(6)` on a password property, and express-rate-limit on sign-in
 *   routes allowing more than 10 attempts per window (low confidence: a throttle, not a lockout);
 * - Bean Validation `@Size(min = 6)` / Hibernate `@Length` on a password field, Passay
 *   `new LengthRule(6, 16)`;
 * - Laravel `'password' => 'required|min:6'` and `Password::min(6)`;
 * - Devise `password_length = 6..72`, `maximum_attempts`, devise-security
 *   `expire_password_after`, and Rails `validates :password, length: { minimum: 6 }`;
 * - Keycloak realm exports (`passwordPolicy` `length(6)`, `maxLength(64)`,
 *   `forceExpiredPasswordChange(90)`, `bruteForceProtected`, `failureFactor`), Terraform
 *   `aws_iam_account_password_policy` and Cognito `password_policy`, and `.properties`, YAML and
 *   `.env` settings whose key names a password minimum or maximum length.
 *
 * Only explicit values are reported: a framework default (Django's 8, Devise's 6..128 when the
 * setting is absent) is not. Schema limits on fields not named as passwords are never read.
 * Thresholds are configurable; suggestion fixes set a literal number to the threshold.
 */
import { nameWords, safeRegex } from '../../engine/contract';
import type { CallSite, CodeModel, Confidence, ConfigEntry, ConfigModel, Range, Rule, RuleContext, Severity, SyntaxNode } from '../../engine/contract';

type Problem = 'minLength' | 'maxLength' | 'lockoutLate' | 'lockoutOff' | 'expiry' | 'throttleLate';

interface Limits {
  readonly minLength: number;
  readonly minLengthPrivileged: number;
  readonly maxLengthAtLeast: number;
  readonly maxFailedAttempts: number;
}

interface Finding {
  readonly problem: Problem;
  readonly range: Range;
  readonly value?: number;
  readonly privileged?: boolean;
  readonly confidence?: Confidence;
  /** A number literal the fix may set to the limit. */
  readonly literal?: Range;
}

const LENGTH_CONTROL =
  'MoJ guidance asks for passwords of at least 8 characters, at least 15 for administrator, password-manager and service accounts, and allows up to 128 (Passwords: Best password practices for everyone; Password Creation and Authentication Guide: Password length and complexity).';
const ATTEMPTS_CONTROL = 'MoJ guidance locks access after at most 10 consecutive failed attempts (Passwords: Password access attempts).';
const EXPIRY_CONTROL = 'MoJ guidance says not to force routine password expiry (Passwords: Password expiry), because it pushes people towards weaker, predictable passwords.';

export function weakPasswordPolicyMessage(problem: Problem, value: number | undefined, limits: Limits, privileged = false): string {
  switch (problem) {
    case 'minLength': {
      const minimum = privileged ? limits.minLengthPrivileged : limits.minLength;
      const accounts = privileged ? ' for administrator and service accounts' : '';
      return `Passwords here may be as short as ${value ?? 0} characters, below the minimum of ${minimum}${accounts} (CWE-521). ${LENGTH_CONTROL} Require at least ${minimum} characters.`;
    }
    case 'maxLength':
      return `Passwords here are capped at ${value ?? 0} characters, so long passphrases and generated passwords are refused (CWE-521). ${LENGTH_CONTROL} Allow at least ${limits.maxLengthAtLeast} characters.`;
    case 'lockoutLate':
      return `Accounts here lock only after ${value ?? 0} failed sign-in attempts, which leaves room to guess passwords (CWE-307). ${ATTEMPTS_CONTROL} Lock after ${limits.maxFailedAttempts} attempts or fewer.`;
    case 'lockoutOff':
      return `Failed sign-ins here never lock the account, so passwords can be guessed without limit (CWE-307). ${ATTEMPTS_CONTROL} Turn lockout on, with a limit of ${limits.maxFailedAttempts} attempts or fewer.`;
    case 'throttleLate':
      return `Sign-in here allows ${value ?? 0} attempts in each rate-limit window before it is throttled, far more than the failed attempts after which access should lock (CWE-307). ${ATTEMPTS_CONTROL} Lock the account after ${limits.maxFailedAttempts} consecutive failures, or at least limit sign-in attempts to ${limits.maxFailedAttempts} per window.`;
    case 'expiry':
      return `Passwords here are forced to expire${value === undefined ? '' : ` after ${value} days`} (CWE-521). ${EXPIRY_CONTROL} Remove the forced expiry, and require a change only when a password may have been compromised.`;
    default:
      return '';
  }
}

const SEVERITY: Readonly<Record<Problem, Severity>> = { minLength: 'medium', maxLength: 'low', lockoutLate: 'medium', lockoutOff: 'medium', expiry: 'low', throttleLate: 'low' };
const FIX_TITLES: Partial<Record<Problem, string>> = { minLength: 'Raise the minimum length', maxLength: 'Allow 128 characters', lockoutLate: 'Lock after 10 attempts', throttleLate: 'Allow 10 attempts per window' };

function limitsOf(context: RuleContext): Limits {
  const read = (name: string, fallback: number): number => {
    const value = context.thresholds[name];
    return typeof value === 'number' ? value : fallback;
  };
  return {
    minLength: read('minLength', 8),
    minLengthPrivileged: read('minLengthPrivileged', 15),
    maxLengthAtLeast: read('maxLengthAtLeast', 128),
    maxFailedAttempts: read('maxFailedAttempts', 10),
  };
}

/** Reports a finding when its value breaks the limit; values within it are dropped here. */
function consider(context: RuleContext, limits: Limits, finding: Finding, seen: Set<string>): void {
  const { problem, value } = finding;
  if (problem === 'minLength' && (value === undefined || value >= (finding.privileged ? limits.minLengthPrivileged : limits.minLength))) return;
  // `min(1)` on a sign-in form only says the field is required; it sets no policy.
  if (problem === 'minLength' && value !== undefined && value <= 1) return;
  if (problem === 'maxLength' && (value === undefined || value >= limits.maxLengthAtLeast || value <= 0)) return;
  if ((problem === 'lockoutLate' || problem === 'throttleLate') && (value === undefined || value <= limits.maxFailedAttempts)) return;
  if (problem === 'expiry' && value !== undefined && value <= 0) return;
  const id = `${problem}:${finding.range.start}:${finding.range.end}`;
  if (seen.has(id)) return;
  seen.add(id);
  const target: Partial<Record<Problem, number>> = {
    minLength: finding.privileged ? limits.minLengthPrivileged : limits.minLength,
    maxLength: limits.maxLengthAtLeast,
    lockoutLate: limits.maxFailedAttempts,
    throttleLate: limits.maxFailedAttempts,
  };
  const title = FIX_TITLES[problem];
  const newValue = target[problem];
  context.report({
    range: finding.range,
    message: weakPasswordPolicyMessage(problem, value, limits, finding.privileged),
    severity: SEVERITY[problem],
    confidence: finding.confidence ?? 'high',
    ...(finding.literal && title && newValue !== undefined ? { fix: { title, edits: [{ ...finding.literal, newText: String(newValue) }] } } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

const PASSWORD_WORDS: ReadonlySet<string> = new Set(['password', 'passwd', 'passphrase', 'pwd', 'password1', 'password2']);
const PRIVILEGED_WORDS: ReadonlySet<string> = new Set(['admin', 'administrator', 'privileged', 'superuser', 'root', 'service']);

/** `password`, `newPassword`, `new_password`, `:password`; not `passwordHash` or `password_reset_token`. */
function isPasswordName(name: string | undefined): boolean {
  if (name === undefined) return false;
  const words = nameWords(name);
  return PASSWORD_WORDS.has(words[words.length - 1] ?? '');
}

function isPrivilegedName(name: string): boolean {
  return nameWords(name).some((word) => PRIVILEGED_WORDS.has(word));
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

const NUMBER_TYPES: ReadonlySet<string> = new Set(['number', 'integer', 'integer_literal', 'decimal_integer_literal', 'int_literal']);

function numberOf(code: CodeModel, node: SyntaxNode): number | undefined {
  const value = code.valueOf(node);
  return value.kind === 'number' ? value.value : undefined;
}

function numeric(code: CodeModel, node: SyntaxNode, problem: Problem, extra: Partial<Finding> = {}): Finding | undefined {
  const value = numberOf(code, node);
  if (value === undefined) return undefined;
  return { problem, range: rangeOf(node), value, ...(NUMBER_TYPES.has(node.type) ? { literal: rangeOf(node) } : {}), ...extra };
}

/** The field, property or parameter an annotation, attribute or decorator sits on. */
const DECLARATION_TYPES: ReadonlySet<string> = new Set(['field_declaration', 'property_declaration', 'public_field_definition', 'formal_parameter', 'parameter', 'property_signature']);

function declaredName(node: SyntaxNode): string | undefined {
  let current: SyntaxNode | null = node;
  for (let depth = 0; depth < 7 && current !== null; depth++) {
    if (DECLARATION_TYPES.has(current.type)) {
      const direct = current.childForFieldName('name');
      if (direct) return direct.text;
      const declarator = current.childForFieldName('declarator');
      return declarator?.childForFieldName('name')?.text ?? declarator?.text;
    }
    current = current.parent;
  }
  return undefined;
}

/** Whether `node` sits in a password context: a field, key or assignment named as a password. */
function inPasswordContext(code: CodeModel, node: SyntaxNode): boolean {
  if (isPasswordName(declaredName(node))) return true;
  const inside = (outer: SyntaxNode): boolean => outer.startIndex <= node.startIndex && node.endIndex <= outer.endIndex;
  if (code.keyValues().some((pair) => inside(pair.value) && isPasswordName(pair.key))) return true;
  if (code.assignments().some((assignment) => inside(assignment.value) && isPasswordName(lastName(assignment.target)))) return true;
  return code.calls().some((call) => call.name === 'PasswordField' && inside(call.node));
}

function lastName(target: string): string {
  const dot = Math.max(target.lastIndexOf('.'), target.lastIndexOf('>'));
  return target.slice(dot + 1);
}

// ---------------------------------------------------------------------------------------------
// Code
// ---------------------------------------------------------------------------------------------

const SCHEMA_ROOTS: readonly string[] = ['Joi.', 'joi.', 'z.', 'yup.', 'Yup.', 'string()', 'v.'];
const JS_MIN: ReadonlySet<string> = new Set(['min', 'minLength']);
const JS_MAX: ReadonlySet<string> = new Set(['max', 'maxLength']);

function codeFindings(code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  const push = (finding: Finding | undefined): void => {
    if (finding) findings.push(finding);
  };
  const language = code.language;
  for (const call of code.calls()) for (const finding of callFindings(code, call)) push(finding);
  for (const pair of code.keyValues()) {
    const key = pair.key.startsWith(':') ? pair.key.slice(1) : pair.key;
    switch (language) {
      case 'csharp':
        if (key === 'RequiredLength') push(numeric(code, pair.value, 'minLength', { range: rangeOf(pair.node) }));
        else if (key === 'MaxFailedAccessAttempts') push(numeric(code, pair.value, 'lockoutLate', { range: rangeOf(pair.node) }));
        else if (key === 'MinimumLength' && inPasswordContext(code, pair.node)) push(numeric(code, pair.value, 'minLength'));
        else if (key === 'lockoutOnFailure' && pair.value.text === 'false') findings.push({ problem: 'lockoutOff', range: rangeOf(pair.node), confidence: 'medium' });
        break;
      case 'python':
        if (key === 'min_length' && isDjangoMinimumLength(code, pair.node)) push(numeric(code, pair.value, 'minLength'));
        else if ((key === 'min_length' || key === 'min') && isPythonLengthArgument(pair.node) && inPasswordContext(code, pair.node)) push(numeric(code, pair.value, 'minLength'));
        else if ((key === 'max_length' || key === 'max') && isPythonLengthArgument(pair.node) && inPasswordContext(code, pair.node)) push(numeric(code, pair.value, 'maxLength', { confidence: 'medium' }));
        break;
      case 'java':
        if (key === 'min' && isLengthAnnotation(pair.node) && inPasswordContext(code, pair.node)) push(numeric(code, pair.value, 'minLength'));
        else if (key === 'max' && isLengthAnnotation(pair.node) && inPasswordContext(code, pair.node)) push(numeric(code, pair.value, 'maxLength', { confidence: 'medium' }));
        break;
      case 'php':
        if (isPasswordName(key)) findings.push(...laravelRuleFindings(code, pair.value));
        break;
      case 'ruby':
        if ((key === 'minimum' || key === 'maximum') && inRubyPasswordValidation(code, pair.node)) {
          push(numeric(code, pair.value, key === 'minimum' ? 'minLength' : 'maxLength', key === 'maximum' ? { confidence: 'medium' } : {}));
        }
        break;
      default:
        break;
    }
  }
  for (const assignment of code.assignments()) {
    const target = assignment.target;
    const name = lastName(target);
    if (language === 'csharp') {
      if (name === 'RequiredLength' && target.includes('Password')) push(numeric(code, assignment.value, 'minLength', { range: rangeOf(assignment.node) }));
      else if (name === 'MaxFailedAccessAttempts') push(numeric(code, assignment.value, 'lockoutLate', { range: rangeOf(assignment.node) }));
      else if (name === 'AllowedForNewUsers' && target.includes('Lockout') && assignment.value.text === 'false') findings.push({ problem: 'lockoutOff', range: rangeOf(assignment.node) });
    } else if (language === 'python') {
      if (target === 'AXES_FAILURE_LIMIT') push(numeric(code, assignment.value, 'lockoutLate'));
      else if (target === 'SECURITY_PASSWORD_LENGTH_MIN') push(numeric(code, assignment.value, 'minLength'));
    } else if (language === 'ruby') {
      if (name === 'password_length') findings.push(...deviseLengthFindings(code, assignment.value));
      else if (name === 'maximum_attempts') push(numeric(code, assignment.value, 'lockoutLate', { confidence: 'medium' }));
      else if (name === 'expire_password_after' && assignment.value.text !== 'false') findings.push({ problem: 'expiry', range: rangeOf(assignment.value) });
    }
  }
  if (language === 'csharp') findings.push(...csharpAttributeFindings(code));
  if (language === 'javascript' || language === 'typescript' || language === 'tsx') findings.push(...signInRateLimitFindings(code));
  return findings;
}

function callFindings(code: CodeModel, call: CallSite): (Finding | undefined)[] {
  const first = call.args[0]?.node;
  switch (code.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx': {
      // Only a length call can give a finding: asked first, it spares the `parent` read (a search down from the root) for every other call.
      if (first === undefined || !(JS_MIN.has(call.name) || call.name === 'MinLength' || JS_MAX.has(call.name) || call.name === 'MaxLength')) return [];
      const schema = SCHEMA_ROOTS.some((root) => call.callee.startsWith(root)) && call.receiver !== undefined;
      const decorator = call.receiver === undefined && call.node.parent?.type === 'decorator';
      if (!schema && !decorator) return [];
      if (!inPasswordContext(code, call.node)) return [];
      if (JS_MIN.has(call.name) || call.name === 'MinLength') return [numeric(code, first, 'minLength', schema ? { confidence: 'medium' } : {})];
      if (JS_MAX.has(call.name) || call.name === 'MaxLength') return [numeric(code, first, 'maxLength', { confidence: 'medium' })];
      return [];
    }
    case 'java':
      // Passay `new LengthRule(min)` or `new LengthRule(min, max)`.
      if (!call.isConstructor || call.name !== 'LengthRule' || first === undefined) return [];
      return [numeric(code, first, 'minLength'), call.args[1] ? numeric(code, call.args[1].node, 'maxLength') : undefined];
    case 'php':
      // Laravel `Password::min(6)`.
      if (call.callee === 'Password::min' && first !== undefined) return [numeric(code, first, 'minLength')];
      return [];
    default:
      return [];
  }
}

const SIGN_IN_WORDS: ReadonlySet<string> = new Set(['login', 'signin', 'logon', 'auth', 'authenticate', 'session', 'sessions']);

function namesSignIn(text: string): boolean {
  return nameWords(text).some((word) => SIGN_IN_WORDS.has(word)) || text.toLowerCase().includes('sign-in') || text.toLowerCase().includes('/signin');
}

/**
 * express-rate-limit on sign-in: `const loginLimiter = rateLimit({ max: 100 })` or
 * `app.post('/login', rateLimit({ limit: 50 }), …)`. A rate limit is not a lockout, so this is low
 * confidence: it shows only that many guesses are allowed in each window.
 */
function signInRateLimitFindings(code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  const calls = code.calls();
  for (const call of calls) {
    if (call.qualified !== 'express-rate-limit' && call.qualified !== 'express-rate-limit.rateLimit' && call.qualified !== 'express-rate-limit.default') continue;
    const options = call.args[0]?.node;
    if (options?.type !== 'object') continue;
    const assigned = code.assignments().find((assignment) => assignment.value.id === call.node.id)?.target;
    const route = calls.find((outer) => outer.args.some((argument) => argument.node.id === call.node.id) && ['post', 'use', 'all', 'route'].includes(outer.name));
    const routePath = route?.args[0] ? code.valueOf(route.args[0].node) : undefined;
    const signIn = (assigned !== undefined && namesSignIn(assigned)) || (routePath?.kind === 'string' && namesSignIn(routePath.value));
    if (!signIn) continue;
    for (const pair of code.keyValues()) {
      if ((pair.key !== 'max' && pair.key !== 'limit') || pair.node.parent?.id !== options.id) continue;
      const finding = numeric(code, pair.value, 'throttleLate', { range: rangeOf(pair.node), confidence: 'low' });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

/** A Django `{'NAME': '…MinimumLengthValidator', 'OPTIONS': {'min_length': 6}}` entry. */
function isDjangoMinimumLength(code: CodeModel, pair: SyntaxNode): boolean {
  const options = pair.parent;
  const validator = options?.parent?.parent;
  if (validator === null || validator === undefined) return false;
  return code.keyValues().some((other) => other.key === 'NAME' && other.node.parent?.id === validator.id && other.value.text.includes('MinimumLengthValidator'));
}

/** Field and validator constructors whose `min`/`min_length` is a length: WTForms, pydantic, marshmallow, Django forms. */
const PYTHON_LENGTH_CALLS: ReadonlySet<string> = new Set(['Length', 'Field', 'constr', 'Str', 'String', 'CharField', 'StringField', 'PasswordField', 'length']);

function isPythonLengthArgument(pair: SyntaxNode): boolean {
  if (pair.type !== 'keyword_argument') return false;
  const call = pair.parent?.parent;
  const callee = call?.type === 'call' ? call.childForFieldName('function')?.text ?? '' : '';
  return PYTHON_LENGTH_CALLS.has(callee.slice(callee.lastIndexOf('.') + 1));
}

function isLengthAnnotation(pair: SyntaxNode): boolean {
  const annotation = pair.parent?.parent;
  const name = annotation?.childForFieldName('name')?.text ?? '';
  return name === 'Size' || name === 'Length';
}

/** `validates :password, length: { minimum: 6 }`. */
function inRubyPasswordValidation(code: CodeModel, pair: SyntaxNode): boolean {
  return code.calls().some((call) => {
    if (call.name !== 'validates' && call.name !== 'validates_length_of') return false;
    if (!(call.node.startIndex <= pair.startIndex && pair.endIndex <= call.node.endIndex)) return false;
    const first = call.args[0]?.node;
    return first !== undefined && isPasswordName(first.text.replace(':', ''));
  });
}

const LARAVEL_MIN = safeRegex('(?:^|\\|)min:(\\d+)');
const LARAVEL_MAX = safeRegex('(?:^|\\|)max:(\\d+)');

/** `'password' => 'required|min:6'` or `['required', 'min:6']`. */
function laravelRuleFindings(code: CodeModel, value: SyntaxNode): Finding[] {
  const strings = value.type === 'array_creation_expression' ? value.descendantsOfType(['string', 'encapsed_string']).filter((node): node is SyntaxNode => node !== null) : [value];
  const findings: Finding[] = [];
  for (const node of strings) {
    const text = code.valueOf(node);
    if (text.kind !== 'string') continue;
    for (const [pattern, problem] of [[LARAVEL_MIN, 'minLength'], [LARAVEL_MAX, 'maxLength']] as const) {
      const match = pattern.exec(text.value);
      if (match?.[1] === undefined) continue;
      findings.push({ problem, range: rangeOf(node), value: Number(match[1]), ...(problem === 'maxLength' ? { confidence: 'medium' as const } : {}) });
    }
  }
  return findings;
}

/** Devise `config.password_length = 6..72`. */
function deviseLengthFindings(code: CodeModel, value: SyntaxNode): Finding[] {
  if (value.type !== 'range') return [];
  const begin = value.childForFieldName('begin') ?? value.namedChildren[0];
  const end = value.childForFieldName('end') ?? value.namedChildren[1];
  const findings: Finding[] = [];
  const minimum = begin ? numeric(code, begin, 'minLength') : undefined;
  const maximum = end ? numeric(code, end, 'maxLength') : undefined;
  if (minimum) findings.push(minimum);
  if (maximum) findings.push(maximum);
  return findings;
}

/** `[MinLength(6)]` and `[StringLength(100, MinimumLength = 6)]` on a password property. */
function csharpAttributeFindings(code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  for (const attribute of code.nodesOfType(['attribute'])) {
    const name = attribute.childForFieldName('name')?.text ?? '';
    if (name !== 'MinLength' && name !== 'MaxLength' && name !== 'StringLength') continue;
    const first = attribute.descendantsOfType('attribute_argument')[0]?.namedChildren[0];
    if (first === null || first === undefined || first.type === 'name_equals' || !inPasswordContext(code, attribute)) continue;
    if (name === 'MinLength') {
      const finding = numeric(code, first, 'minLength');
      if (finding) findings.push(finding);
    } else {
      const finding = numeric(code, first, 'maxLength', { confidence: 'medium' });
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Configuration files
// ---------------------------------------------------------------------------------------------

const KEYCLOAK_POLICY = safeRegex('(length|maxLength|forceExpiredPasswordChange)\\((\\d+)\\)', 'g');
const PUNCTUATION = safeRegex('[-_.]', 'g');
const DIGITS = safeRegex('^\\d+$');
const MIN_LENGTH_KEYS: ReadonlySet<string> = new Set(['minlength', 'minimumlength', 'minlen', 'minsize', 'minimumsize', 'lengthmin', 'minchars']);
const MAX_LENGTH_KEYS: ReadonlySet<string> = new Set(['maxlength', 'maximumlength', 'maxlen', 'maxsize', 'lengthmax', 'maxchars']);

function configFindings(text: string, config: ConfigModel): Finding[] {
  const entries = config.entries();
  const findings: Finding[] = [];
  for (const entry of entries) {
    const value = entry.value?.trim();
    const valueRange = entry.valueRange;
    if (value === undefined || valueRange === undefined) continue;
    const integer = DIGITS.test(value) ? Number(value) : undefined;
    const setting = settingRange(text, config.format, entry);
    const literal = integer === undefined ? {} : { literal: valueRange };
    if (config.format === 'json') {
      if (entry.key === 'passwordPolicy') findings.push(...keycloakPolicy(text, value, valueRange));
      else if (entry.key === 'failureFactor' && integer !== undefined && keycloakBruteForce(entries) === 'true') findings.push({ problem: 'lockoutLate', range: setting, value: integer, ...literal });
      else if (entry.key === 'bruteForceProtected' && value === 'false') findings.push({ problem: 'lockoutOff', range: setting, confidence: 'medium' });
      continue;
    }
    if (config.format === 'terraform') {
      const resource = entry.path[1];
      if (resource === 'aws_iam_account_password_policy') {
        if (entry.key === 'minimum_password_length' && integer !== undefined) findings.push({ problem: 'minLength', range: setting, value: integer, ...literal });
        else if (entry.key === 'max_password_age' && integer !== undefined) findings.push({ problem: 'expiry', range: setting, value: integer });
      } else if (resource === 'aws_cognito_user_pool' && entry.path.includes('password_policy') && entry.key === 'minimum_length' && integer !== undefined) {
        findings.push({ problem: 'minLength', range: setting, value: integer, ...literal });
      }
      continue;
    }
    if ((config.format === 'properties' || config.format === 'yaml' || config.format === 'dotenv') && integer !== undefined) {
      const path = entry.path.join('.');
      const words = nameWords(path);
      if (!words.includes('password') && !words.includes('passwd')) continue;
      const last = entry.path[entry.path.length - 1] ?? '';
      const flattened = last.toLowerCase().replace(PUNCTUATION, '');
      // `password.min-length`, `PASSWORD_MIN_LENGTH`, `auth.password.minimumLength`.
      const tail = words.slice(-2).join('');
      const privileged = isPrivilegedName(path);
      if (MIN_LENGTH_KEYS.has(flattened) || MIN_LENGTH_KEYS.has(tail)) findings.push({ problem: 'minLength', range: setting, value: integer, privileged, confidence: 'medium', ...literal });
      else if (MAX_LENGTH_KEYS.has(flattened) || MAX_LENGTH_KEYS.has(tail)) findings.push({ problem: 'maxLength', range: setting, value: integer, confidence: 'medium', ...literal });
    }
  }
  return findings;
}

function keycloakBruteForce(entries: readonly ConfigEntry[]): string | undefined {
  return entries.find((entry) => entry.key === 'bruteForceProtected' && entry.path.length === 1)?.value;
}

/** Keycloak `"passwordPolicy": "length(6) and maxLength(64) and forceExpiredPasswordChange(90)"`. */
function keycloakPolicy(text: string, value: string, valueRange: Range): Finding[] {
  const findings: Finding[] = [];
  const raw = text.slice(valueRange.start, valueRange.end);
  const offset = raw === value ? 0 : raw.indexOf(value);
  if (offset < 0) return findings;
  KEYCLOAK_POLICY.lastIndex = 0;
  for (let match = KEYCLOAK_POLICY.exec(value); match !== null; match = KEYCLOAK_POLICY.exec(value)) {
    const [whole, name, digits] = match;
    if (name === undefined || digits === undefined) continue;
    const start = valueRange.start + offset + match.index;
    const range = { start, end: start + whole.length };
    const number = { start: start + name.length + 1, end: start + name.length + 1 + digits.length };
    const problem: Problem = name === 'length' ? 'minLength' : name === 'maxLength' ? 'maxLength' : 'expiry';
    findings.push({ problem, range, value: Number(digits), ...(problem === 'expiry' ? {} : { literal: number }) });
  }
  return findings;
}

function settingRange(text: string, format: ConfigModel['format'], entry: ConfigEntry): Range {
  const end = entry.valueRange?.end ?? entry.keyRange.end;
  const closing = text[end] === '"' || text[end] === "'" ? 1 : 0;
  const opening = format === 'json' && text[entry.keyRange.start - 1] === '"' ? 1 : 0;
  return { start: entry.keyRange.start - opening, end: end + closing };
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  const limits = limitsOf(context);
  const findings = context.code ? codeFindings(context.code) : context.config ? configFindings(context.document.text, context.config) : [];
  const seen = new Set<string>();
  for (const finding of findings.sort((a, b) => a.range.start - b.range.start)) consider(context, limits, finding, seen);
}

export const weakPasswordPolicy: Rule = {
  meta: {
    id: 'web-config/weak-password-policy',
    title: 'Password policy below MoJ minimums (length, lockout, expiry)',
    area: 'web-config',
    severity: 'medium',
    confidence: 'high',
    cwe: [521, 307],
    owasp: 'A07:2021 Identification and Authentication Failures',
    policy: [
      'passwords#password-access-attempts',
      'passwords#best-password-practices-for-everyone',
      'password-creation-and-authentication-guide#password-length-and-complexity',
      'passwords#password-expiry',
      'passwords#service-accounts',
    ],
    basis: 'explicit',
    why:
      'Short passwords and unlimited guessing make accounts easy to break into, and forced expiry pushes people towards predictable passwords. ' +
      'MoJ guidance sets the numbers: at least 8 characters (15 for administrator and service accounts), up to 128 allowed, lockout after at most 10 failed attempts, and no routine expiry.',
    howToFix:
      'Require at least 8 characters (15 for administrator and service accounts), allow at least 128, lock accounts after 10 or fewer consecutive failures, block common and breached passwords, and remove forced expiry.',
    fixSafety: 'suggestion',
    thresholds: [
      { name: 'minLength', description: 'The shortest password length allowed for personal accounts.', default: 8, source: 'MoJ Passwords: Best password practices for everyone; Password Creation and Authentication Guide: Password length and complexity' },
      { name: 'minLengthPrivileged', description: 'The shortest password length allowed for administrator and service accounts.', default: 15, source: 'MoJ Passwords: Service accounts; Password Creation and Authentication Guide: Password length and complexity' },
      { name: 'maxLengthAtLeast', description: 'A maximum password length below this is reported.', default: 128, source: 'MoJ Passwords: Best password practices for everyone (maximum 128 characters)' },
      { name: 'maxFailedAttempts', description: 'The most consecutive failed attempts allowed before lockout.', default: 10, source: 'MoJ Passwords: Password access attempts; Technical Security Controls Guide, Defensive layer 2' },
    ],
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'php', 'ruby', 'json', 'terraform', 'properties', 'yaml', 'dotenv'],
    prefilter: [
      'RequiredLength', 'MaxFailedAccessAttempts', 'AllowedForNewUsers', 'lockoutOnFailure', 'MinimumLength', 'MinLength', 'MaxLength', 'min_length', 'max_length',
      'AXES_FAILURE_LIMIT', 'SECURITY_PASSWORD_LENGTH_MIN', 'password', 'LengthRule', 'password_length', 'maximum_attempts', 'expire_password_after',
      'passwordPolicy', 'failureFactor', 'bruteForceProtected', 'minimum_password_length', 'max_password_age', 'minimum_length', 'rate-limit',
    ],
    examples: {
      javascript: 'password: Joi.string().min(12).max(128).required()',
      typescript: 'password: z.string().min(12).max(128)',
      python: "{'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 12}}",
      java: '@Size(min = 8, max = 128)\nprivate String password;',
      csharp: 'options.Password.RequiredLength = 12;\noptions.Lockout.MaxFailedAccessAttempts = 5;',
      php: "'password' => ['required', Password::min(12)]",
      ruby: 'config.password_length = 12..128\nconfig.maximum_attempts = 5',
      json: '"passwordPolicy": "length(12) and maxLength(128)"',
      terraform: 'resource "aws_iam_account_password_policy" "strict" {\n  minimum_password_length = 14\n}',
      properties: 'app.password.min-length=12',
    },
  },
  check,
};
