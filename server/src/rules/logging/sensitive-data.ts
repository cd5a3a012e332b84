/**
 * logging/sensitive-data: a password, secret, token, API key, private key or Authorization header
 * written to a log: `console.log(password)`, `logger.info("token=" + token)`,
 * `log.debug(f"password {pwd}")`, `log.info("pwd: {}", password)`,
 * `_logger.LogInformation("Key {Key}", apiKey)`, `log.Printf("secret=%s", secret)`,
 * `error_log($password)`, `Rails.logger.info(params[:password])`,
 * `logger.info('auth %s', req.headers.authorization)`.
 *
 * Which calls are logs and which parts of their arguments reach the log line is decided in
 * `log-calls.ts` (shared with logging/request-logged). A written part is a credential when its
 * name says so. The name is the variable, property or getter (`user.password`, `getPassword()`),
 * the key of a request, header or environment lookup (`params[:password]`,
 * `request.headers.get('Authorization')`, `os.getenv('API_KEY')`), or the field name it is
 * logged under (`{ password: p }`, `zap.String("token", t)`, slog `"secret", s`). A plain variable
 * with a neutral name (`t`, `value`) is also reported, at medium confidence, when the message text
 * just before it names a credential and a separator (`"token=%s" % t`, `f"password: {v}"`,
 * `log.info("api-key={}", value)`, `"Bearer " + v`); format placeholders are matched to values only
 * when their numbers agree.
 *
 * The name test is the contract's `nameWords` split, narrowed to credentials: the last word must
 * be password (passwd, pwd, passphrase), secret, token, jwt, authorization, credential(s), or key
 * after api, private, secret or signing. So `passwordHash`, `tokenCount`, `token_type`,
 * `password_length`, `secretName` and `apiKeyId` are not credentials; neither are `key`,
 * `session` or `iv` alone, booleans and checks (`hasPassword`, `isTokenValid`), pagination and
 * cancellation tokens (`nextToken`, `cancellationToken`), or values already hashed or masked
 * (`hashedPassword`, `maskedToken`). Calls other than plain conversions are opaque, so
 * `mask(password)`, `hash(token)` and `len(password)` stay silent, and a constant string that only
 * names a credential (`"password reset requested"`) is never reported.
 *
 * Ownership: whole request bodies and header collections belong to logging/request-logged; this
 * rule reports named credentials, so `req.body.password` is reported here and `req.body` there.
 */
import { nameWords, safeRegex } from '../../engine/contract';
import type { CallSite, CodeModel, Confidence, Rule, RuleContext, SyntaxNode } from '../../engine/contract';
import { lastSegment, logCalls } from './log-calls';

type CredentialKind = 'password' | 'secret' | 'token' | 'apiKey' | 'privateKey' | 'authorization' | 'credentials';

interface Credential {
  readonly kind: CredentialKind;
  readonly confidence: Confidence;
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const PASSWORD_CONTROL =
  'MoJ guidance says passwords must never be stored, displayed or printed in the clear (Passwords: Password storage), and anyone who can read the logs, or a copy of them, could use it.';
const SECRET_CONTROL =
  'MoJ guidance says secrets must never be stored in plain text (Secrets management: Application & infrastructure secrets), and logs are copied, shipped and kept for months, so anyone who can read them could use it.';
const ADVICE = 'Log that the event happened, not the value; if a value must be traced, log a masked or hashed form.';

const FOUND: Readonly<Record<CredentialKind, string>> = {
  password: 'A password is written to the log here (CWE-532).',
  secret: 'A secret is written to the log here (CWE-532).',
  token: 'An authentication or access token is written to the log here (CWE-532).',
  apiKey: 'An API key is written to the log here (CWE-532).',
  privateKey: 'A private key is written to the log here (CWE-532).',
  authorization: 'The Authorization header, which carries the caller\'s credentials, is written to the log here (CWE-532).',
  credentials: 'Credentials are written to the log here (CWE-532).',
};

function messageFor(kind: CredentialKind): string {
  return `${FOUND[kind]} ${kind === 'password' ? PASSWORD_CONTROL : SECRET_CONTROL} ${ADVICE}`;
}

// ---------------------------------------------------------------------------------------------
// Credential names
// ---------------------------------------------------------------------------------------------

const PASSWORD_WORDS: ReadonlySet<string> = new Set(['password', 'passwd', 'pwd', 'passphrase', 'passcode']);

/** First words that make the name a yes/no answer or a check, not the value. */
const PREDICATE_WORDS: ReadonlySet<string> = new Set([
  'has', 'have', 'is', 'are', 'should', 'can', 'needs', 'need', 'requires', 'require', 'use', 'uses', 'show', 'no', 'valid',
  'validate', 'verify', 'check', 'missing', 'invalid', 'allow', 'enable', 'enabled', 'must', 'did', 'was', 'will', 'compare', 'matches',
]);

/** Words just before the last that say the value was already protected. */
const PROTECTED_WORDS: ReadonlySet<string> = new Set(['hashed', 'hash', 'encrypted', 'masked', 'redacted', 'obfuscated', 'sanitized', 'sanitised', 'safe', 'digest', 'fake', 'dummy']);

/** Tokens that are not credentials: pagination, cancellation and parser tokens. */
const NOT_CREDENTIAL_TOKENS: ReadonlySet<string> = new Set([
  'next', 'page', 'continuation', 'cancellation', 'cancel', 'sync', 'lexer', 'parser', 'resume', 'pagination', 'continue',
  'current', 'last', 'prev', 'previous', 'first', 'end', 'start', 'eof', 'stop', 'special', 'unk', 'pad', 'bos', 'eos',
  'max', 'num', 'total', 'input', 'output', 'prompt', 'completion', 'cursor', 'stream', 'lookahead', 'peek',
]);

/** Key words that make `…Key` a credential: `apiKey`, `privateKey`, `secretKey`, `signingKey`. */
const KEY_QUALIFIERS: Readonly<Record<string, CredentialKind>> = {
  api: 'apiKey', private: 'privateKey', secret: 'secret', signing: 'secret', subscription: 'apiKey', master: 'secret', client: 'secret',
};

/** Whether a name (variable, property, field or lookup key) names a credential, and which. */
export function credentialOf(name: string): Credential | undefined {
  // `process.env.PWD` and `$PWD` are the working directory.
  if (name === 'PWD') return undefined;
  const words = nameWords(name);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (last === undefined) return undefined;
  if (PREDICATE_WORDS.has(words[0] ?? '') && words.length > 1) return undefined;
  if (before !== undefined && PROTECTED_WORDS.has(before)) return undefined;
  const compound = words.length > 1;
  if (PASSWORD_WORDS.has(last)) return { kind: 'password', confidence: 'high' };
  if (last === 'secret' || last === 'secrets') return { kind: 'secret', confidence: 'high' };
  if (last === 'token' || last === 'jwt') {
    if (before !== undefined && NOT_CREDENTIAL_TOKENS.has(before)) return undefined;
    // A bare `token` may be a parser token; a qualified one (`accessToken`, `authToken`) is not.
    return { kind: 'token', confidence: compound || last === 'jwt' ? 'high' : 'medium' };
  }
  if (last === 'apikey') return { kind: 'apiKey', confidence: 'high' };
  if (last === 'key' && before !== undefined) {
    const kind = KEY_QUALIFIERS[before] ?? (words.includes('secret') ? 'secret' : undefined);
    return kind === undefined ? undefined : { kind, confidence: 'high' };
  }
  if (last === 'authorization' || (last === 'header' && (before === 'authorization' || before === 'auth'))) return { kind: 'authorization', confidence: 'high' };
  if (last === 'credential' || last === 'credentials' || last === 'creds') return { kind: 'credentials', confidence: 'medium' };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Names of logged expressions
// ---------------------------------------------------------------------------------------------

const NAME_TYPES: ReadonlySet<string> = new Set([
  'identifier', 'variable_name', 'shorthand_property_identifier', 'instance_variable', 'field_identifier', 'property_identifier', 'constant', 'name',
]);
const MEMBER_TYPES: ReadonlySet<string> = new Set([
  'member_expression', 'attribute', 'selector_expression', 'field_access', 'member_access_expression', 'scoped_property_access_expression',
  'nullsafe_member_access_expression', 'class_constant_access_expression',
]);
const SUBSCRIPT_TYPES: ReadonlySet<string> = new Set(['subscript_expression', 'subscript', 'element_reference', 'element_access_expression', 'index_expression']);
const LITERAL_KEY_TYPES: ReadonlySet<string> = new Set(['string', 'string_literal', 'interpreted_string_literal', 'raw_string_literal', 'simple_symbol', 'encapsed_string']);

/** Lookups by name: the key names the value (`getenv('API_KEY')`, `req.get('authorization')`). */
const ACCESSORS: ReadonlySet<string> = new Set([
  'get', 'getenv', 'getHeader', 'header', 'Get', 'GetHeader', 'getParameter', 'input', 'param', 'fetch', 'FormValue', 'PostFormValue',
  'GetEnvironmentVariable', 'Getenv', 'env', 'get_header', 'getAttribute', 'getProperty', 'post', 'query',
]);

/** Getters of a credential: `getPassword()`, `user.password` (Ruby), `token()`. */
function isGetter(call: CallSite, language: CodeModel['language']): boolean {
  if (call.args.length > 0) return false;
  if (language === 'ruby') return true;
  const words = nameWords(call.name);
  return words[0] === 'get' || words.length === 1;
}

/** The name a logged expression goes by, or undefined for literals and computed values. */
function nameOfValue(code: CodeModel, node: SyntaxNode): string | undefined {
  if (NAME_TYPES.has(node.type)) return node.text.replace('$', '').replace('@', '');
  if (MEMBER_TYPES.has(node.type)) return lastSegment(node.text);
  if (SUBSCRIPT_TYPES.has(node.type)) {
    const children = node.namedChildren.filter((child): child is SyntaxNode => child !== null);
    let index = children[children.length - 1];
    if (index?.type === 'bracketed_argument_list') index = index.namedChildren[0]?.namedChildren[0] ?? index.namedChildren[0] ?? undefined;
    if (index === undefined || children.length < 2) return undefined;
    return literalKey(code, index);
  }
  const call = code.callAt(node);
  if (call === undefined || call.isConstructor) return undefined;
  if (ACCESSORS.has(call.name) && call.args.length >= 1) {
    const first = call.args[0];
    return first === undefined ? undefined : literalKey(code, first.node);
  }
  return isGetter(call, code.language) ? call.name : undefined;
}

function literalKey(code: CodeModel, node: SyntaxNode): string | undefined {
  if (!LITERAL_KEY_TYPES.has(node.type)) return undefined;
  const value = code.valueOf(node);
  if (value.kind !== 'string') return undefined;
  return value.value.startsWith(':') ? value.value.slice(1) : value.value;
}

const LITERAL_TYPES: ReadonlySet<string> = new Set([
  'string', 'string_literal', 'interpreted_string_literal', 'raw_string_literal', 'encapsed_string', 'template_string', 'number', 'integer',
  'float', 'true', 'false', 'null', 'nil', 'none', 'undefined', 'integer_literal', 'decimal_integer_literal', 'boolean_literal', 'null_literal',
  'simple_symbol', 'int_literal', 'boolean',
]);

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  const logs = logCalls(code);
  // Most files log nothing: the calls are indexed only for a file that does.
  if (logs.length === 0) return;
  const reported = new Set<string>();
  for (const { parts } of logs) {
    for (const part of parts) {
      if (LITERAL_TYPES.has(part.node.type)) continue;
      const name = nameOfValue(code, part.node);
      let credential = name === undefined ? undefined : credentialOf(name);
      // `{ password: p }`, `zap.String("token", t)`, slog's `"secret", s`: the field name says what the value is.
      if (credential === undefined && part.key !== undefined && isValueExpression(part.node)) credential = credentialOf(part.key);
      // `"token=" + t`, `f"password: {p}"`, `log.info("pwd: {}", p)`: the message names the value.
      // Only a plain variable takes its meaning from the message; `t.kind` says what it is itself.
      if (credential === undefined && part.label !== undefined && NAME_TYPES.has(part.node.type) && !EMPTY_VALUES.has(part.node.text) && isNeutralName(name)) {
        credential = labelCredential(part.label);
      }
      if (credential === undefined || isParserToken(code, credential, name)) continue;
      const id = `${part.node.startIndex}:${part.node.endIndex}`;
      if (reported.has(id)) continue;
      reported.add(id);
      context.report({ node: part.node, message: messageFor(credential.kind), confidence: credential.confidence });
    }
  }
}

/** Signs that a bare `token` is a lexer or parser token: `token.type`, `tokenize`, a lexer. */
const PARSER_HINTS: readonly string[] = ['token.type', 'token.kind', 'token.value', 'tokenize', 'lexer', 'Lexer', 'TokenType', 'SyntaxKind', 'tokenizer', 'Tokenizer'];

function isParserToken(code: CodeModel, credential: Credential, name: string | undefined): boolean {
  if (credential.kind !== 'token' || name === undefined || nameWords(name).length > 1) return false;
  const text = code.root.text;
  return PARSER_HINTS.some((hint) => text.includes(hint));
}

/** Words that say a value is derived from a credential, not the credential: `has_password`, `token_count`. */
const DERIVED_WORDS: ReadonlySet<string> = new Set([
  'length', 'len', 'count', 'size', 'type', 'id', 'set', 'present', 'exists', 'ok', 'status', 'expiry', 'expires', 'age', 'name', 'hint', 'policy',
]);
const CREDENTIAL_WORDS: ReadonlySet<string> = new Set([...PASSWORD_WORDS, 'secret', 'secrets', 'token', 'jwt', 'apikey', 'key', 'authorization', 'auth', 'credential', 'credentials']);

/**
 * A name that says nothing about what the value is (`t`, `value`, `s`), so the message text may
 * say it instead; a predicate or a name that `credentialOf` already rejected (`has_password`,
 * `tokenCount`) keeps its own meaning.
 */
function isNeutralName(name: string | undefined): boolean {
  if (name === undefined) return true;
  const words = nameWords(name);
  if (PREDICATE_WORDS.has(words[0] ?? '')) return false;
  return !words.some((word) => DERIVED_WORDS.has(word) || PROTECTED_WORDS.has(word) || CREDENTIAL_WORDS.has(word));
}

/** Message text that ends by naming a credential and a separator: `token=`, `password: '`, `Bearer `. */
const CREDENTIAL_LABEL = safeRegex("(?:^|[^A-Za-z])(password|passwd|pwd|passphrase|secret|token|api[ _-]?key|authorization|bearer)\\s*(?:[:=]\\s*)?(?:['\"]\\s*)?$", 'i');

const SEPARATOR_AT_END = safeRegex("[:=]\\s*(?:['\"]\\s*)?$");

function labelCredential(label: string): Credential | undefined {
  const match = CREDENTIAL_LABEL.exec(label);
  const word = match?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  // The separator is required except after `Bearer`, which is always followed by the token.
  if (word !== 'bearer' && !SEPARATOR_AT_END.test(label)) return undefined;
  const kind: CredentialKind = PASSWORD_WORDS.has(word) ? 'password' : word === 'secret' ? 'secret' : word === 'authorization' ? 'authorization' : word.startsWith('api') ? 'apiKey' : 'token';
  return { kind, confidence: 'medium' };
}

/** A value read from somewhere (a variable, property or lookup), not a computed one. */
function isValueExpression(node: SyntaxNode): boolean {
  if (EMPTY_VALUES.has(node.text)) return false;
  return NAME_TYPES.has(node.type) || MEMBER_TYPES.has(node.type) || SUBSCRIPT_TYPES.has(node.type);
}

/** `{ password: undefined }` and `password=None` log that there is no value. */
const EMPTY_VALUES: ReadonlySet<string> = new Set(['undefined', 'null', 'None', 'nil', 'NULL', 'null_mut']);

export const sensitiveData: Rule = {
  meta: {
    id: 'logging/sensitive-data',
    title: 'Password, secret or token written to a log',
    area: 'logging',
    severity: 'high',
    confidence: 'high',
    cwe: [532, 312],
    owasp: 'A09:2021 Security Logging and Monitoring Failures',
    policy: [
      'passwords#password-storage',
      'secrets-management#application--infrastructure-secrets',
      'privileged-user-logging-and-protective-monitoring-guide#protection-of-log-data',
      'logging-and-monitoring#protecting-log-files-and-log-data',
    ],
    basis: 'explicit',
    why:
      'Logs are copied to log platforms, shared with support staff and kept for months, so a credential written there is readable by far more people than the system it unlocks. ' +
      'MoJ guidance says passwords must never be stored, displayed or printed in the clear (Passwords: Password storage) and secrets must never be stored in plain text (Secrets management).',
    howToFix:
      'Remove the credential from the log call: log that the event happened and who it concerned, or a masked or hashed form of the value when it must be traced; rotate any credential that has already been logged.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: ['pass', 'pwd', 'secret', 'token', 'jwt', 'key', 'authorization', 'cred'],
    examples: {
      javascript: "logger.info('user %s logged in', user.id);",
      typescript: "logger.info('user %s logged in', user.id);",
      tsx: "console.info('signed in');",
      python: 'logger.info("user %s logged in", user.id)',
      java: 'log.info("user {} logged in", user.getId());',
      csharp: '_logger.LogInformation("User {UserId} logged in", user.Id);',
      go: 'slog.Info("login", "user", user.ID)',
      php: "$logger->info('user logged in', ['user' => $user->id]);",
      ruby: 'Rails.logger.info("user #{user.id} logged in")',
    },
  },
  check,
};
