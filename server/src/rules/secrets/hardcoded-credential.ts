/**
 * secrets/hardcoded-credential: a password, API key, token, client secret or connection-string
 * password written in plain text in code or configuration. Anyone who can read the repository,
 * its history or a build can use it, and it cannot be changed without a commit.
 *
 * Where it looks:
 * - a literal assigned to, or keyed by, a name that says it holds a credential (`DB_PASSWORD = …`,
 *   `{ apiKey: … }`, `password=` keyword arguments, struct fields, hash entries, `.env`, YAML, JSON,
 *   `.properties`, INI, XML elements and attributes, Terraform, Gradle, Dockerfile
 *   `ENV`/`ARG`, Compose `environment:` lists, Kubernetes `env` name/value pairs and `Secret`
 *   manifests, GitLab `variables:` and CloudFormation parameter defaults);
 * - the password parameter of well-known connection and authentication APIs
 *   (`DriverManager.getConnection(url, user, "…")`, `new NetworkCredential(user, "…")`,
 *   `mysqli_connect($h, $u, '…')`, `req.SetBasicAuth(u, "…")`), setter and builder methods
 *   (`setPassword("…")`, `.password("{noop}…")`), JWT signing calls, and comparisons with a
 *   password-named value;
 * - passwords inside connection strings and database URLs in any string (`Server=…;Password=…;`,
 *   `host=… password=…`, `postgres://user:…@host/db`, `jdbc:…?password=…`, Go MySQL DSNs), and
 *   hard-coded fallbacks in `${DB_PASSWORD:…}` / `${DB_PASSWORD:-…}` placeholders;
 * - credentials on command lines (`mysql -p…`, `--password=…`, `docker login -p …`,
 *   `curl -u user:…`, `-e DB_PASSWORD=…`) in shell scripts, Dockerfile `RUN` and CI steps.
 *
 * How sure it is depends on the name: a password-named literal is a password whatever it looks
 * like (high confidence); a secret, client secret or API key is reported at high confidence when
 * it looks random and medium otherwise; a token needs a random-looking value (medium); anything
 * merely named `key` needs one too, with a digit in it (identifiers and words are lookup keys), and
 * is reported at low confidence.
 *
 * What it leaves alone: values read from the environment or a secret store, references and
 * template slots (`${VAR}`, `$(VAR)`, `{{ … }}`, `vault:`, `ssm:`, Key Vault references),
 * placeholders (`changeme`, `<password>`, `xxxx`, `your-password-here`), empty strings, hashes and
 * encrypted values, booleans, numbers, paths and URLs, prose (labels, messages, i18n strings and
 * translation files), validation rules, names of other settings, and type or field declarations
 * without a value. Three other rules own neighbouring ground and this one stays off it:
 * - secrets/provider-token owns values in a provider's own format; values starting with one of
 *   PROVIDER_PREFIXES, PEM bodies, web basic-auth URLs (`https://user:pass@…`), AWS secret access
 *   keys under AWS names, and npm's registry settings (`.npmrc` `_auth`, `_password`,
 *   `_authToken`, so `.npmrc` is not read here) are left to it and to secrets/private-key;
 * - secrets/default-credentials owns vendor defaults and common default passwords: values in
 *   VALUES_OWNED_BY_DEFAULT_CREDENTIALS are skipped here, so each value has one finding;
 * - crypto/hardcoded-key owns literal keys passed to a cipher or MAC (CONTRACTS §10): literals
 *   inside the arguments of those calls, and names passed to them, are skipped here.
 *
 * Every value it reports is declared in `secrets`, so every output redacts it, and messages name
 * the kind of credential and where it is, never the value. There is no fix: the value has to move
 * to wherever the deployment keeps secrets, and the exposed one has to be rotated.
 */
import { nameWords, positionalArgument, positionalCount, safeRegex } from '../../engine/contract';
import type {
  CallSite,
  CodeModel,
  Confidence,
  ConfigEntry,
  ConfigModel,
  Range,
  Rule,
  RuleContext,
  StringLiteral,
  SyntaxNode,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages

const CONSEQUENCE = 'Anyone who can read the repository, its history or a build can use it.';
const CONTROL =
  'MoJ requires secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets).';
const ADVICE =
  'Read it at run time from the environment or a secret store (AWS Secrets Manager or SSM Parameter Store, Azure Key Vault, HashiCorp Vault, Kubernetes Secrets), and rotate it if it has been committed.';

function messageFor(kind: string, placement: string): string {
  return `A hard-coded ${kind} is ${placement}. ${CONSEQUENCE} ${CONTROL} ${ADVICE}`;
}

const ATTRIBUTE_MARK = safeRegex('^@');

/** Names as they appear in messages: whole, unless absurdly long. */
function display(name: string): string {
  // XML attributes are keyed `@name` in the model; people write them without the `@`.
  const trimmed = name.trim().replace(ATTRIBUTE_MARK, '');
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
}

// ---------------------------------------------------------------------------------------------
// Names that say they hold a credential

/** How strong the evidence from the name is; decides what the value must look like. */
type Tier = 'password' | 'secret' | 'token' | 'key';

interface CredentialName {
  readonly tier: Tier;
  /** The kind of credential, as the message names it. */
  readonly kind: string;
}

const TIER_RANK: Readonly<Record<Tier, number>> = { key: 0, token: 1, secret: 2, password: 3 };

const PASSWORD_WORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pwd', 'pw', 'passphrase', 'passcode', 'pass', 'pword', 'requirepass', 'masterauth',
]);
/** One-word compounds such as `dbpassword`, `adminpasswd`. */
const PASSWORD_ENDINGS: readonly string[] = ['password', 'passwd', 'passphrase'];

/** Words before `token` that make it something other than a credential. */
const NOT_CREDENTIAL_TOKENS: ReadonlySet<string> = new Set([
  'page', 'pagination', 'continuation', 'cancellation', 'cancel', 'sync', 'resume', 'next', 'prev', 'previous', 'max', 'min',
  'num', 'total', 'input', 'output', 'prompt', 'completion', 'eos', 'bos', 'pad', 'unk', 'sep', 'cls', 'mask', 'design', 'lexer',
  'parser', 'csrf', 'xsrf', 'device', 'push', 'registration', 'verification', 'verify', 'id', 'special', 'stop', 'start', 'end',
]);

/** Words before `key` that make it an identifier, a public value or a lookup, not a secret. */
const NOT_SECRET_KEYS: ReadonlySet<string> = new Set([
  'primary', 'sort', 'partition', 'foreign', 'cache', 'map', 'dict', 'react', 'list', 'hot', 'shortcut', 'keyboard', 'hash', 'public',
  'publishable', 'pub', 'site', 'idempotency', 'dedup', 'dedupe', 'lookup', 'translation', 'i18n', 'routing', 'row', 'range',
  'composite', 'unique', 'index', 'object', 's3', 'file', 'group', 'message', 'event', 'metric', 'field', 'column', 'attr',
  'attribute', 'config', 'setting', 'settings', 'registry', 'label', 'tag', 'query', 'param', 'header', 'env', 'state', 'local',
  'storage', 'cursor', 'order', 'entity', 'item', 'node', 'json', 'yaml', 'redis', 'kv', 'gpg', 'pgp', 'ssh', 'fingerprint', 'sign',
  'verification', 'ordering', 'bucket', 'prefix', 'unit', 'lang', 'locale', 'sorting', 'grouping', 'menu', 'nav', 'route', 'tab',
  // Application Insights instrumentation keys (`aiKey` in VS Code extension manifests) only let a client send telemetry;
  // Microsoft documents them as not secret.
  'ai', 'instrumentation', 'telemetry',
]);

/** `licensekey`, `masterkey`: one-word compounds that still name a secret value. */
const KEY_COMPOUNDS: ReadonlySet<string> = new Set(['licensekey', 'masterkey', 'appkey', 'authkey', 'servicekey', 'accountkey', 'signingkey', 'encryptionkey']);

/** Words after the credential word that make the name describe it rather than hold it. */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'url', 'uri', 'urls', 'endpoint', 'path', 'paths', 'file', 'files', 'filename', 'dir', 'directory', 'location', 'field', 'fields',
  'label', 'labels', 'name', 'names', 'title', 'header', 'headers', 'param', 'params', 'parameter', 'prompt', 'placeholder', 'hint',
  'text', 'message', 'messages', 'msg', 'error', 'errors', 'length', 'len', 'min', 'max', 'minimum', 'maximum', 'size', 'count',
  'limit', 'limits', 'policy', 'policies', 'rule', 'rules', 'regex', 'regexp', 'pattern', 'format', 'type', 'types', 'kind', 'mode',
  'expiry', 'expires', 'expiration', 'expire', 'expired', 'ttl', 'lifetime', 'timeout', 'age', 'duration', 'validity', 'hash',
  'hashed', 'digest', 'salt', 'encoder', 'encoding', 'hasher', 'algorithm', 'algorithms', 'algo', 'changed', 'updated', 'created',
  'reset', 'resets', 'confirmation', 'confirm', 'confirmed', 'required', 'enabled', 'disabled', 'enable', 'visible',
  'visibility', 'strength', 'validator', 'validators', 'validation', 'input', 'inputs', 'selector', 'ref', 'reference', 'env',
  'var', 'variable', 'id', 'ids', 'arn', 'version', 'provider', 'store', 'manager', 'mount', 'engine', 'schema', 'column',
  'attribute', 'attr', 'property', 'prop', 'class', 'style', 'icon', 'button', 'btn', 'link', 'route', 'page', 'view', 'form',
  'modal', 'dialog', 'component', 'template', 'screen', 'controller', 'handler', 'service', 'callback', 'request', 'response',
  'generator', 'complexity', 'history', 'attempts', 'retries', 'lockout', 'days', 'seconds', 'minutes', 'hours', 'ms', 'sec', 'at',
  'date', 'time', 'timestamp', 'status', 'state', 'flag', 'check', 'checker', 'storage', 'source', 'lookup', 'prefix', 'suffix',
  'separator', 'delimiter', 'help', 'description', 'desc', 'tooltip', 'caption', 'legend', 'aria', 'mask', 'char', 'chars', 'show',
  'hide', 'toggle', 'strategy', 'position', 'offset', 'index', 'list', 'encrypted', 'stdin', 'cmd', 'command', 'script', 'helper',
  'program', 'through', 'rate', 'fail', 'filter', 'mgr', 'method', 'methods', 'enabled', 'scheme', 'usage', 'key_ref', 'secret_ref',
  'exists', 'set', 'present', 'missing', 'option', 'options', 'policy', 'level', 'audience', 'issuer', 'scope', 'scopes', 'claim',
  'claims', 'lifespan', 'validity', 'rotation', 'refresh', 'locked', 'attempt', 'config', 'configuration', 'settings',
  // Things named after what they handle: `credentialLogger('IdentityUtils')` makes a logger.
  'logger', 'log', 'logs', 'logging', 'factory', 'cache', 'loader', 'parser', 'formatter', 'listener', 'middleware',
]);

/** Words before the credential word that make the name about it rather than holding it. */
const DESCRIBING_PREFIXES: ReadonlySet<string> = new Set([
  'no', 'skip', 'require', 'requires', 'required', 'use', 'uses', 'has', 'is', 'enable', 'enabled', 'disable', 'allow', 'show', 'hide',
  'forgot', 'forgotten', 'reset', 'change', 'update', 'verify', 'validate', 'check', 'confirm', 'generate', 'random', 'encrypted',
  'hashed', 'hash', 'masked', 'min', 'max', 'invalid', 'wrong', 'empty', 'blank', 'missing', 'weak', 'strong', 'label', 'placeholder',
  'i18n', 'expired', 'expire', 'num', 'count', 'handle', 'toggle', 'get', 'fetch', 'load', 'read', 'on', 'bypass', 'sample', 'example',
  'dummy', 'fake', 'mock',
]);

/** `password2` → `password`. */
function withoutTrailingDigits(word: string): string {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) >= 48 && word.charCodeAt(end - 1) <= 57) end--;
  return word.slice(0, end);
}

/** The credential a single name word stands for, given its neighbours, if any. */
function wordCredential(words: readonly string[], index: number): CredentialName | undefined {
  const word = withoutTrailingDigits(words[index] ?? '');
  const previous = words[index - 1] ?? '';
  if (word === '') return undefined;
  if (PASSWORD_WORDS.has(word) || PASSWORD_ENDINGS.some((ending) => word.endsWith(ending))) {
    return { tier: 'password', kind: word.endsWith('passphrase') ? 'passphrase' : 'password' };
  }
  if (word === 'secret' || word.endsWith('secret')) {
    return { tier: 'secret', kind: previous === 'client' || word === 'clientsecret' ? 'client secret' : 'secret' };
  }
  if (word.endsWith('secretkey')) return { tier: 'secret', kind: 'secret key' };
  if (word === 'apikey' || word === 'xapikey' || (word === 'key' && previous === 'api')) return { tier: 'secret', kind: 'API key' };
  if (word === 'credential' || word === 'credentials' || word === 'creds') return { tier: 'secret', kind: 'credential' };
  if (word === 'privatekey' || (word === 'key' && previous === 'private')) return { tier: 'secret', kind: 'private key' };
  if (word === 'token' || word.endsWith('token')) {
    return NOT_CREDENTIAL_TOKENS.has(previous) ? undefined : { tier: 'token', kind: previous === 'access' || word === 'accesstoken' ? 'access token' : 'token' };
  }
  if (word === 'auth' || word === 'authorization' || word === 'bearer') return { tier: 'token', kind: 'credential' };
  if (word === 'key' || KEY_COMPOUNDS.has(word)) return NOT_SECRET_KEYS.has(previous) ? undefined : { tier: 'key', kind: 'key' };
  return undefined;
}

const SUBSCRIPT_QUOTES: ReadonlySet<string> = new Set(['"', "'", '`', ':']);
const SEGMENT_SEPARATOR = safeRegex('->|::|[./:\\\\]');
const SIGILS = safeRegex('^[$@&*]+');

/**
 * The last part of a name as written: `spring.datasource.password` → `password`,
 * `os.environ["API_KEY"]` → `API_KEY`, `this.token` → `token`, `$password` → `password`,
 * `//registry.npmjs.org/:_authToken` → `_authToken`, `@password` → `password`.
 */
export function lastSegment(raw: string): string {
  let name = raw.trim();
  if (name.endsWith(']')) {
    const open = name.lastIndexOf('[');
    const inner = open >= 0 ? name.slice(open + 1, -1).trim() : '';
    const first = inner.charAt(0);
    if (SUBSCRIPT_QUOTES.has(first)) return inner.slice(1).replace(TRAILING_QUOTE, '');
    name = open >= 0 ? name.slice(0, open) : name;
  }
  const parts = name.split(SEGMENT_SEPARATOR).filter((part) => part !== '');
  return (parts[parts.length - 1] ?? '').replace(SIGILS, '');
}
const TRAILING_QUOTE = safeRegex('["\'`]$');

/**
 * `aws_secret_access_key`, `secretAccessKey`, `AWS_SECRET_KEY`, `cloud.aws.credentials.secret-key`:
 * secrets/provider-token reports these by their AWS format.
 */
function isAwsSecretAccessKeyName(words: readonly string[]): boolean {
  const secret = words.indexOf('secret');
  if (secret < 0) return false;
  return words.includes('aws') || (words[secret + 1] === 'access' && words[secret + 2] === 'key');
}

/**
 * The names classified while one file is checked. A file names the same few things many times
 * (every `options.key = …`, every `{ token: … }`), and `check` is synchronous, so the answers are
 * kept for the file being checked and dropped when it is done.
 */
let namesOfFile: Map<string, CredentialName | undefined> | undefined;

/** Whether a name says it holds a credential, and which kind; undefined when it does not. */
export function classifyName(raw: string): CredentialName | undefined {
  if (namesOfFile === undefined) return classifyWords(raw);
  if (namesOfFile.has(raw)) return namesOfFile.get(raw);
  const name = classifyWords(raw);
  namesOfFile.set(raw, name);
  return name;
}

/** Every word `wordCredential` accepts holds one of these, so a name with none of them names no credential. */
const CREDENTIAL_FRAGMENTS: readonly string[] = ['pass', 'pw', 'secret', 'key', 'cred', 'token', 'auth', 'bearer'];

function classifyWords(raw: string): CredentialName | undefined {
  // Most names are not credentials; a substring test turns them away before the name is split into words.
  const lower = raw.toLowerCase();
  if (!CREDENTIAL_FRAGMENTS.some((fragment) => lower.includes(fragment))) return undefined;
  const words = nameWords(lastSegment(raw));
  let best: CredentialName | undefined;
  let first = -1;
  let last = -1;
  for (let index = 0; index < words.length; index++) {
    const found = wordCredential(words, index);
    if (found === undefined) continue;
    if (first < 0) first = index;
    last = index;
    // The strongest word decides; among equals the last one, as in `auth_token`.
    if (best === undefined || TIER_RANK[found.tier] >= TIER_RANK[best.tier]) best = found;
  }
  if (best === undefined || isAwsSecretAccessKeyName(words) || isAwsSecretAccessKeyName(nameWords(raw))) return undefined;
  if (words.slice(last + 1).some((word) => DESCRIBING_WORDS.has(word))) return undefined;
  if (words.slice(0, first).some((word) => DESCRIBING_PREFIXES.has(word))) return undefined;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Values that are not a credential in plain text

/**
 * Values secrets/default-credentials owns: vendor defaults, default account names and common
 * default passwords. They are placeholders or defaults rather than a secret someone chose, so
 * that rule reports them (with the more specific advice) and this one stays silent. Kept equal
 * to the words default-credentials reports; the table test checks that it covers them.
 */
export const VALUES_OWNED_BY_DEFAULT_CREDENTIALS: ReadonlySet<string> = new Set([
  // Default account names (a password equal to its user name is a default).
  'admin', 'administrator', 'root', 'sa', 'guest', 'tomcat', 'manager', 'postgres', 'system', 'sys', 'scott', 'elastic',
  'minioadmin', 'user', 'test', 'demo', 'neo4j',
  // Common default passwords and vendor defaults.
  'admin1', 'admin123', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', '123456', '1234567', '12345678', '123456789',
  '1234567890', '111111', '000000', 'qwerty', 'qwerty123', 'letmein', 'welcome', 'welcome1', 'abc123', 'iloveyou', 'toor', 'changeit',
  's3cret', 'tiger', 'foobared', 'yourstrong(!)password', 'yourstrong!passw0rd', 'yourstrong@passw0rd', 'oradoc_db1',
  // Words that are a default only beside a default account or a vendor setting.
  'password', 'secret', 'changeme', 'example', 'default', 'pass', 'oracle', 'mysql', 'change_on_install', 'mariadb', 'mongo', 'redis',
]);

/**
 * Prefixes of provider-issued credentials that secrets/provider-token recognises by their format
 * (AWS access key ids, GitHub, Slack, Stripe, Google API keys, SendGrid, npm, JWTs). Kept short:
 * only formats whose prefix alone identifies them.
 */
const PROVIDER_PREFIXES: readonly string[] = [
  // Base64 of `-----BEGIN`: an encoded PEM key (kubeconfig `client-key-data`), secrets/private-key's.
  'LS0tLS1CRUdJTi',
  'AKIA', 'ASIA', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'xoxa-', 'xoxb-', 'xoxp-', 'xoxr-', 'xoxs-', 'xapp-',
  'sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'AIza', 'SG.', 'npm_', 'glpat-', 'eyJ', '-----BEGIN',
];

/** Whole values, compared lower-case without punctuation, that stand in for a real credential. */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'changeme', 'changeit', 'replaceme', 'placeholder', 'todo', 'fixme', 'tbd', 'tbc', 'redacted', 'removed', 'hidden', 'masked',
  'secret', 'secrets', 'password', 'passwd', 'pass', 'pwd', 'passphrase', 'token', 'apikey', 'key', 'credential', 'credentials',
  'example', 'examples', 'sample', 'dummy', 'fake', 'mock', 'test', 'testing', 'tests', 'demo', 'default', 'none', 'null', 'nil',
  'undefined', 'empty', 'notset', 'unset', 'na', 'value', 'string', 'text', 'foo', 'bar', 'baz', 'foobar', 'qux', 'str', 'secretkey',
  'mypassword', 'mysecret', 'mytoken', 'myapikey', 'somepassword', 'somesecret', 'sometoken', 'secretvalue', 'tokenvalue',
  'passwordvalue', 'enterpassword', 'enteryourpassword', 'yourpassword', 'yoursecret', 'yourtoken', 'yourapikey', 'yourkey',
  'clientsecret', 'accesstoken', 'authtoken', 'apisecret', 'secretpassword', 'supersecretpassword',
  // JavaScript type names, compared with `typeof password`; the Fetch API's `credentials` modes.
  'object', 'function', 'symbol', 'bigint', 'number', 'boolean', 'omit', 'sameorigin', 'include',
  // "Password" in other languages, for labels in translation tables.
  'passwort', 'kennwort', 'contrasena', 'contraseña', 'wachtwoord', 'senha', 'losenord', 'lösenord', 'adgangskode', 'passord',
  'salasana', 'haslo', 'hasło', 'heslo', 'parola', 'jelszo', 'jelszó', 'geheim', 'motdepasse', 'secreto', 'segreto',
]);

/** Parts that mark a whole value as a stand-in wherever they occur in it (`CHANGE_ME_IN_PROD`, `your-db-password-here`). */
const PLACEHOLDER_PARTS: readonly string[] = [
  'changeme', 'replaceme', 'placeholder', 'yourpassword', 'yoursecret', 'yourtoken', 'yourkey', 'yourapikey', 'example', 'dummy',
  'redacted', 'notarealsecret', 'notreal', 'fake', 'xxxx', 'sample', 'insertyour', 'enteryour', 'putyour',
];

/** References to a secret held elsewhere (a secret store, the environment, a deployment tool). */
const REFERENCE_PREFIXES: readonly string[] = [
  'vault:', 'ssm:', 'secretsmanager:', 'secretmanager:', 'arn:aws:secretsmanager:', 'arn:aws:ssm:', 'arn:aws:kms:', '{{resolve:',
  '@microsoft.keyvault(', 'op://', 'sm://', 'gcp:', 'berglas://', 'ref+', 'env:', 'keyvault:', 'azurekeyvault:', 'kms:', 'awskms:',
  'secret:', 'secretref:', 'file:', 'classpath:',
];

/** Password hashes and encrypted values: not the credential itself. */
const PROTECTED_PREFIXES: readonly string[] = [
  '$2a$', '$2b$', '$2y$', '$2x$', '$argon2', '$pbkdf2', '$scrypt', '$5$', '$6$', '$1$', '$apr1$', '$y$', '{bcrypt}', '{ssha}', '{sha}',
  '{sha256}', '{ssha256}', '{ssha512}', '{pbkdf2}', '{scrypt}', '{argon2}', '{md5}', '{smd5}', '{crypt}', '{cipher}', 'scram-sha-256$',
  'pbkdf2_sha256$', 'pbkdf2:sha256:', 'sha1$', 'md5$', 'bcrypt$', 'argon2$', 'enc(', 'enc[', '$ansible_vault', 'vault:v',
];

const BOOLEAN_WORDS: ReadonlySet<string> = new Set([
  'true', 'false', 'yes', 'no', 'on', 'off', 'null', 'none', 'nil', 'undefined', 'enabled', 'disabled', 'required', 'optional',
]);

const FILE_EXTENSIONS: readonly string[] = [
  '.pem', '.key', '.crt', '.cer', '.p12', '.pfx', '.jks', '.keystore', '.json', '.yaml', '.yml', '.txt', '.env', '.properties',
  '.xml', '.conf', '.cfg', '.ini', '.gpg', '.asc', '.der', '.kdbx',
];

/** Word stems that make a short phrase a label about a credential rather than a credential. */
const PROSE_STEMS: readonly string[] = ['password', 'passwort', 'secret', 'token', 'key', 'pass', 'login', 'account', 'user', 'code'];

const NOT_ALPHANUMERIC = safeRegex('[^\\p{L}\\p{N}]', 'gu');
const WHITESPACE = safeRegex('\\s');
const WHITESPACE_RUN = safeRegex('\\s+');
const MASK_CHARACTERS: ReadonlySet<string> = new Set(['x', 'X', '*', '•', '.', '#', '-', '_', '?']);
/** printf-style slots standing for a value filled in later. */
const FORMAT_SLOTS: ReadonlySet<string> = new Set(['%s', '%d', '%v', '{}', '?']);
const ENV_NAME = safeRegex('^\\$[A-Za-z_][A-Za-z0-9_]*$');
const PERCENT_VARIABLE = safeRegex('^%[A-Za-z0-9_]+%$');
const NAME_LIKE = safeRegex('^[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*$');
const DOTTED_KEY = safeRegex('^[a-z][a-z0-9_-]*(?:\\.[a-z][a-z0-9_-]*)+$');
const VALIDATION_SEGMENT = safeRegex('^[a-z_]+(?::[^|]*)?$');
const LETTERS = safeRegex('^[A-Za-z]+$');
const WINDOWS_PATH = safeRegex('^[A-Za-z]:\\\\');
const POSTGRES_MD5 = safeRegex('^md5[0-9a-f]{32}$');

export function normalise(value: string): string {
  return value.toLowerCase().replace(NOT_ALPHANUMERIC, '');
}

function isTemplateOrReference(value: string): boolean {
  const lower = value.toLowerCase();
  if (value.includes('${') || value.includes('{{') || value.includes('{%') || value.includes('$(') || value.includes('#{') || value.includes('%(')) return true;
  if (FORMAT_SLOTS.has(value)) return true;
  if (ENV_NAME.test(value) || PERCENT_VARIABLE.test(value)) return true;
  const first = value.charAt(0);
  const last = value.charAt(value.length - 1);
  // `<password>`, `[REDACTED]`, `@db.password@` (Maven filtering), `__DB_PASSWORD__` (token replacement), `{…}` (Maven-encrypted or a format slot).
  if ((first === '<' && last === '>') || (first === '[' && last === ']') || (first === '{' && last === '}')) return true;
  if (value.length > 2 && first === '@' && last === '@') return true;
  if (value.length > 4 && value.startsWith('__') && value.endsWith('__')) return true;
  if (REFERENCE_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  return lower.includes('secretsmanager') || lower.includes('keyvault') || lower.includes('/secrets/');
}

function isMask(value: string): boolean {
  for (const character of value) if (!MASK_CHARACTERS.has(character)) return false;
  return true;
}

function isPlaceholder(value: string): boolean {
  const compact = normalise(value);
  if (compact === '' || PLACEHOLDER_WORDS.has(compact)) return true;
  return PLACEHOLDER_PARTS.some((part) => compact.includes(part));
}

function isBooleanOrNumber(value: string): boolean {
  if (BOOLEAN_WORDS.has(value.toLowerCase())) return true;
  let digits = 0;
  for (const character of value) {
    if (character >= '0' && character <= '9') digits++;
    else if (character !== '.' && character !== '-' && character !== '_' && character !== ',') return false;
  }
  return digits > 0;
}

function isPathOrUrl(value: string): boolean {
  if (value.startsWith('/') || value.startsWith('./') || value.startsWith('../') || value.startsWith('~/') || value.startsWith('\\\\')) return true;
  if (WINDOWS_PATH.test(value) || value.includes('://')) return true;
  const lower = value.toLowerCase();
  return !WHITESPACE.test(value) && FILE_EXTENSIONS.some((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

function isProtected(value: string): boolean {
  const lower = value.toLowerCase();
  return PROTECTED_PREFIXES.some((prefix) => lower.startsWith(prefix)) || POSTGRES_MD5.test(lower);
}

/** Labels, messages and sentences: three or more words, closing punctuation, or a phrase about a credential. */
function isProse(value: string): boolean {
  const trimmed = value.trim();
  if (!WHITESPACE.test(trimmed)) return false;
  const words = trimmed.split(WHITESPACE_RUN);
  if (words.length >= 3) return true;
  if ('.?!:…'.includes(trimmed.charAt(trimmed.length - 1))) return true;
  return words.some((word) => PROSE_STEMS.some((stem) => normalise(word).includes(stem)));
}

/**
 * `password_confirmation`, `DB_PASSWORD`, `db.password`, `DbPassword`: the name of a setting, not
 * its value. Names are words of letters joined by separators or case, one of them a credential
 * word; without separators every word must be at least two letters, so random text rarely
 * passes for a name.
 */
function isNameOfSetting(value: string): boolean {
  if (DOTTED_KEY.test(value)) return true;
  if (!NAME_LIKE.test(value)) return false;
  const words = nameWords(value);
  if (words.length < 2 || !words.every((word) => LETTERS.test(word))) return false;
  const separated = value.includes('_') || value.includes('-') || value.includes('.');
  if (separated) return words.some((word, index) => wordCredential(words, index) !== undefined || PROSE_STEMS.some((stem) => word.includes(stem)));
  return words.every((word) => word.length >= 2) && words.some((word, index) => wordCredential(words, index) !== undefined);
}

/** Laravel-style validation rules: `required|string|min:8|confirmed`. */
function isValidationRule(value: string): boolean {
  const segments = value.split('|');
  return segments.length >= 2 && segments.every((segment) => VALIDATION_SEGMENT.test(segment));
}

const VERSION = safeRegex('^[~^<>=v]{0,3}[0-9]+(?:\\.[0-9x*]+)*(?:-[0-9A-Za-z.]+)?$');
/** Runs that only an alphabet or a keyboard row contains: a base64 or hex table, not a key. */
const ALPHABET_RUNS: readonly string[] = ['abcdefghij', 'ABCDEFGHIJ', '0123456789', 'qwertyuiop'];

/** A version or version range (`^10.2.2`, `>=1.4`): dependency manifests key them by package name. */
function isVersion(value: string): boolean {
  return VERSION.test(value);
}

function isAlphabet(value: string): boolean {
  return ALPHABET_RUNS.some((run) => value.includes(run));
}

function isProviderFormat(value: string): boolean {
  return PROVIDER_PREFIXES.some((prefix) => value.startsWith(prefix));
}

/** Whether a value cannot be a plain-text credential someone chose: a reference, placeholder, hash, label, name or default. */
function isNotACredential(value: string, name: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 1000) return true;
  if (isTemplateOrReference(trimmed) || isMask(trimmed) || isPlaceholder(trimmed) || isProviderFormat(trimmed)) return true;
  if (isProtected(trimmed) || isBooleanOrNumber(trimmed) || isPathOrUrl(trimmed) || isProse(trimmed)) return true;
  if (isNameOfSetting(trimmed) || isValidationRule(trimmed) || isVersion(trimmed) || isAlphabet(trimmed)) return true;
  if (VALUES_OWNED_BY_DEFAULT_CREDENTIALS.has(trimmed.toLowerCase())) return true;
  const compact = normalise(trimmed);
  return compact === normalise(lastSegment(name)) || compact === normalise(name);
}

// ---------------------------------------------------------------------------------------------
// Randomness

const TOKEN_ALPHABET = safeRegex('^[A-Za-z0-9+/=_.~-]+$');
const HEX = safeRegex('^[0-9a-fA-F]+$');
const UUID = safeRegex('^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$');

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const character of value) counts.set(character, (counts.get(character) ?? 0) + 1);
  const length = [...value].length;
  let entropy = 0;
  for (const count of counts.values()) {
    const probability = count / length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}

interface Thresholds {
  readonly minEntropy: number;
  readonly minEntropyLength: number;
}

/**
 * Whether a value looks machine-generated: long enough, drawn from a base64, URL-safe or hex
 * alphabet, and varied enough. Hex uses 16 symbols, which caps its entropy at 4 bits and puts a
 * random 32-digit string near 3.7, so hex needs half a bit less than the other alphabets.
 */
function looksRandom(value: string, thresholds: Thresholds): boolean {
  if (value.length < thresholds.minEntropyLength || !TOKEN_ALPHABET.test(value)) return false;
  const needed = HEX.test(value) ? thresholds.minEntropy - 0.5 : thresholds.minEntropy;
  return shannonEntropy(value) >= needed;
}

function hasDigit(value: string): boolean {
  return [...value].some((character) => character >= '0' && character <= '9');
}

/** Passwords shorter than this are test stubs (`'pw'`, `'abc'`) rather than credentials. */
const MIN_PASSWORD_LENGTH = 6;
/** A secret or API key that does not look random must still be this long to be taken for one. */
const MIN_SECRET_LENGTH = 8;

/** How sure a finding is for this value under this name, or undefined when it is not one. */
function judge(name: CredentialName, value: string, rawName: string, thresholds: Thresholds): Confidence | undefined {
  if (isNotACredential(value, rawName)) return undefined;
  const random = looksRandom(value, thresholds);
  switch (name.tier) {
    case 'password':
      return value.length >= MIN_PASSWORD_LENGTH ? 'high' : undefined;
    case 'secret':
      if (random) return 'high';
      return value.length >= MIN_SECRET_LENGTH ? 'medium' : undefined;
    case 'token':
      return random ? 'medium' : undefined;
    case 'key':
      // Merely named `key`: a generated key almost always has a digit, an identifier or a word (`"CoreUtils.doPerf"`) does not.
      return random && !UUID.test(value) && hasDigit(value) ? 'low' : undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Credentials inside a value: connection strings, database URLs, fallbacks, auth schemes

/** A credential found inside a larger value; offsets are into that value. */
interface Embedded {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly placement: string;
  readonly confidence: Confidence;
}

/** URL schemes of databases, caches and brokers; web schemes' basic-auth URLs belong to secrets/provider-token. */
const DATABASE_SCHEMES: ReadonlySet<string> = new Set([
  'postgres', 'postgresql', 'mysql', 'mysqlx', 'mariadb', 'mongodb', 'redis', 'rediss', 'amqp', 'amqps', 'mssql', 'sqlserver',
  'oracle', 'cockroachdb', 'clickhouse', 'cassandra', 'neo4j', 'bolt', 'nats', 'memcached', 'snowflake', 'db2', 'sybase', 'mongo',
  'couchbase', 'influxdb', 'timescaledb', 'cockroach', 'sqlalchemy', 'jdbc',
]);

const URL_PASSWORD_PARAMETER = safeRegex('[?&;](password|pwd|passwd|pass)=([^&;#\\s]*)', 'gi');
const KEYWORD_PASSWORD = safeRegex('(^|;)\\s*(password|pwd)\\s*=\\s*', 'gi');
const KEYWORD_CONNECTION = safeRegex('(^|;)\\s*(server|data source|host|hostname|database|initial catalog|uid|user id|user|username|driver|dsn|address|addr|network address|port|dbq|provider)\\s*=', 'i');
const LIBPQ_PASSWORD = safeRegex('(^|\\s)password\\s*=\\s*', 'gi');
const LIBPQ_CONNECTION = safeRegex('(^|\\s)(host|hostaddr|user|dbname|port|sslmode)\\s*=', 'i');
const GO_MYSQL_DSN = safeRegex('^([^:@/\\s]+):([^@\\s]+)@(tcp|unix)\\(');
const VARIABLE_NAME = safeRegex('^[A-Za-z_][A-Za-z0-9_.-]*$');
const AUTH_SCHEME = safeRegex('^(Bearer|Basic|Token|Bot|Digest)\\s+(\\S+)$', 'i');
const NOOP_PREFIX = '{noop}';

const CONNECTION_PASSWORD: CredentialName = { tier: 'password', kind: 'password' };

interface UrlCredentials {
  readonly scheme: string;
  readonly user: Range;
  readonly password: Range;
}

const AUTHORITY_END: ReadonlySet<string> = new Set(['/', '?', '#', ' ', '\t', '\n', '\r', '"', "'", '`', '<', '>']);

function isSchemeCharacter(character: string): boolean {
  return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9') || character === '+' || character === '.' || character === '-';
}

function isLetter(character: string): boolean {
  return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z');
}

/** Every `scheme://user:password@` in `value`, with offsets of the user and password; one pass over the text. */
function urlCredentials(value: string): UrlCredentials[] {
  const found: UrlCredentials[] = [];
  for (let marker = value.indexOf('://'); marker >= 0; marker = value.indexOf('://', marker + 3)) {
    const from = marker + 3;
    let schemeStart = marker;
    while (schemeStart > 0 && isSchemeCharacter(value.charAt(schemeStart - 1))) schemeStart--;
    while (schemeStart < marker && !isLetter(value.charAt(schemeStart))) schemeStart++;
    if (schemeStart === marker) continue;
    let end = from;
    while (end < value.length && !AUTHORITY_END.has(value.charAt(end))) end++;
    const at = value.lastIndexOf('@', end - 1);
    const colon = value.indexOf(':', from);
    if (at < from || colon < 0 || colon > at) continue;
    found.push({ scheme: value.slice(schemeStart, marker), user: { start: from, end: colon }, password: { start: colon + 1, end: at } });
  }
  return found;
}

function schemeIsDatabase(scheme: string): boolean {
  const lower = scheme.toLowerCase();
  if (lower === 'mongodb+srv' || lower === 'neo4j+s' || lower === 'bolt+s') return true;
  return DATABASE_SCHEMES.has(lower.split('+')[0] ?? '');
}

/** The end of a keyword connection-string value that starts at `start`: quoted, ODBC-braced or up to `;`. */
function keywordValueEnd(value: string, start: number): { start: number; end: number } {
  const opener = value.charAt(start);
  if (opener === '{') {
    const close = value.indexOf('}', start + 1);
    return close < 0 ? { start, end: value.length } : { start: start + 1, end: close };
  }
  if (opener === "'" || opener === '"') {
    const close = value.indexOf(opener, start + 1);
    return close < 0 ? { start, end: value.length } : { start: start + 1, end: close };
  }
  const semicolon = value.indexOf(';', start);
  let end = semicolon < 0 ? value.length : semicolon;
  while (end > start && WHITESPACE.test(value.charAt(end - 1))) end--;
  return { start, end };
}

const KEYWORD_PAIR = safeRegex("^[A-Za-z_]+\\s*=\\s*(?:'[^']*'|[^\\s']*)");

/** Whether a libpq-style string is nothing but `key=value` pairs, so code or prose mentioning `password=` is not one. */
function isKeywordList(value: string): boolean {
  let rest = value.trim();
  while (rest !== '') {
    const match = KEYWORD_PAIR.exec(rest);
    if (match === null) return false;
    rest = rest.slice(match[0].length).trimStart();
  }
  return true;
}

/** The span of a libpq value starting at `start`: inside its quotes, or up to the next blank. */
function wordEnd(value: string, start: number): { start: number; end: number } {
  const opener = value.charAt(start);
  if (opener === "'" || opener === '"') {
    const close = value.indexOf(opener, start + 1);
    return close < 0 ? { start, end: value.length } : { start: start + 1, end: close };
  }
  let end = start;
  while (end < value.length && !WHITESPACE.test(value.charAt(end))) end++;
  return { start, end };
}

/** Passwords in connection strings and database URLs anywhere in `value`. */
function connectionPasswords(value: string, where: string, thresholds: Thresholds): Embedded[] {
  const found: Embedded[] = [];
  const placement = `in a connection string${where}`;
  const add = (start: number, end: number): void => {
    const password = value.slice(start, end);
    if (end > start && judge(CONNECTION_PASSWORD, password, 'password', thresholds) !== undefined) {
      found.push({ start, end, kind: 'password', placement, confidence: 'high' });
    }
  };
  for (const url of urlCredentials(value)) if (schemeIsDatabase(url.scheme)) add(url.password.start, url.password.end);
  if (value.includes('://') || value.toLowerCase().startsWith('jdbc:')) {
    for (const match of value.matchAll(URL_PASSWORD_PARAMETER)) {
      const [whole, , password = ''] = match;
      const start = (match.index ?? 0) + whole.length - password.length;
      add(start, start + password.length);
    }
  }
  if (value.includes('=') && value.includes(';') && KEYWORD_CONNECTION.test(value)) {
    for (const match of value.matchAll(KEYWORD_PASSWORD)) {
      const span = keywordValueEnd(value, (match.index ?? 0) + match[0].length);
      add(span.start, span.end);
    }
  } else if (value.includes('=') && !value.includes(';') && !value.includes('://') && LIBPQ_CONNECTION.test(value) && isKeywordList(value)) {
    for (const match of value.matchAll(LIBPQ_PASSWORD)) {
      const span = wordEnd(value, (match.index ?? 0) + match[0].length);
      add(span.start, span.end);
    }
  }
  const dsn = GO_MYSQL_DSN.exec(value);
  if (dsn !== null) {
    const user = dsn[1] ?? '';
    const password = dsn[2] ?? '';
    add(user.length + 1, user.length + 1 + password.length);
  }
  return dedupe(found);
}

function dedupe(found: readonly Embedded[]): Embedded[] {
  const result: Embedded[] = [];
  for (const item of found) if (!result.some((other) => other.start < item.end && item.start < other.end)) result.push(item);
  return result;
}

/**
 * `${DB_PASSWORD:fallback}` (Spring), `${DB_PASSWORD:-fallback}` and `${DB_PASSWORD-fallback}`
 * (shell, Compose), read by hand: the name, the operator after it, and the rest up to the brace.
 */
function fallbackParts(value: string): { variable: string; operator: string; fallback: string } | undefined {
  if (!value.startsWith('${') || !value.endsWith('}')) return undefined;
  const inner = value.slice(2, -1);
  if (inner.includes('{') || inner.includes('}') || inner.includes('$')) return undefined;
  const colon = inner.indexOf(':');
  const split = colon >= 0 ? colon : inner.indexOf('-');
  if (split <= 0) return undefined;
  const operator = inner.startsWith(':-', split) ? ':-' : inner.charAt(split);
  const variable = inner.slice(0, split);
  if (!VARIABLE_NAME.test(variable)) return undefined;
  return { variable, operator, fallback: inner.slice(split + operator.length) };
}

/** A hard-coded value used whenever the variable is unset. */
function fallbackCredential(value: string, name: string, thresholds: Thresholds): Embedded | undefined {
  const parts = fallbackParts(value);
  if (parts === undefined) return undefined;
  const { variable, operator, fallback } = parts;
  const credential = classifyName(variable) ?? classifyName(name);
  // `${VAR:?message}` and `${VAR:+alternative}` are an error message and a value for when it is set, not fallbacks.
  if (credential === undefined || fallback === '' || fallback.startsWith('?') || fallback.startsWith('+')) return undefined;
  const confidence = judge(credential, fallback, variable, thresholds);
  if (confidence === undefined) return undefined;
  const start = 2 + variable.length + operator.length;
  return { start, end: start + fallback.length, kind: credential.kind, placement: `the fallback value of ${display(variable)}`, confidence };
}

/**
 * The part of a value that is the credential, for values that wrap one: Spring's `{noop}` prefix
 * (a plain-text password), and `Bearer …`/`Basic …` in an Authorization-style setting.
 */
function credentialPart(name: CredentialName, value: string): { offset: number; value: string; name: CredentialName } {
  if (value.startsWith(NOOP_PREFIX)) return { offset: NOOP_PREFIX.length, value: value.slice(NOOP_PREFIX.length), name: { tier: 'password', kind: 'password' } };
  if (name.tier === 'token' || name.tier === 'secret') {
    const match = AUTH_SCHEME.exec(value);
    if (match !== null) {
      const credential = match[2] ?? '';
      const basic = (match[1] ?? '').toLowerCase() === 'basic';
      return {
        offset: value.length - credential.length,
        value: credential,
        name: basic ? { tier: 'password', kind: 'basic-auth credential' } : { tier: 'secret', kind: 'token' },
      };
    }
  }
  return { offset: 0, value, name };
}

// ---------------------------------------------------------------------------------------------
// Reporting

interface Hit {
  /** The flagged text: the literal, the setting's value, or the credential inside it. */
  readonly range: Range;
  /** The credential's own text, redacted in every output. */
  readonly secret: Range;
  readonly kind: string;
  readonly placement: string;
  readonly confidence: Confidence;
}

class Reporter {
  private readonly taken: Range[] = [];

  /**
   * `awsKeyPair`: the file holds an AWS access key id, so a 40-character base64 value is its secret
   * access key, which secrets/provider-token reports with the id.
   */
  constructor(
    private readonly context: RuleContext,
    private readonly awsKeyPair: boolean,
  ) {}

  overlaps(range: Range): boolean {
    return this.taken.some((other) => other.start < range.end && range.start < other.end);
  }

  report(hit: Hit): void {
    if (hit.secret.end <= hit.secret.start || this.overlaps(hit.secret)) return;
    if (this.awsKeyPair && AWS_SECRET_SHAPE.test(this.context.document.text.slice(hit.secret.start, hit.secret.end))) return;
    this.taken.push(hit.secret);
    this.context.report({
      range: hit.range,
      message: messageFor(hit.kind, hit.placement),
      confidence: hit.confidence,
      secrets: [hit.secret],
    });
  }
}

/**
 * A value with a known place in the document: `start` is where `value` begins when `exact` (the
 * document holds the value as written), so parts of it map to document offsets.
 */
interface PlacedValue {
  readonly value: string;
  /** Where the value sits; the whole value's range when it is not exact. */
  readonly range: Range;
  readonly exact: boolean;
}

/** Reports what a named value holds: embedded credentials first, then the value itself. */
function judgeNamedValue(
  reporter: Reporter,
  placed: PlacedValue,
  rawName: string,
  placement: string,
  thresholds: Thresholds,
  options: { readonly flagged?: Range; readonly label?: string } = {},
): void {
  judgeEmbedded(reporter, placed, rawName, thresholds, options.label);
  const name = classifyName(rawName);
  if (name === undefined) return;
  const part = credentialPart(name, placed.value);
  const confidence = judge(part.name, part.value, rawName, thresholds);
  if (confidence === undefined) return;
  const secret = part.offset > 0 && placed.exact
    ? { start: placed.range.start + part.offset, end: placed.range.start + part.offset + part.value.length }
    : placed.range;
  reporter.report({ range: options.flagged ?? placed.range, secret, kind: part.name.kind, placement, confidence });
}

/**
 * Whether a value could hold a connection-string password or a `${VAR:-fallback}`: every form
 * `connectionPasswords` reads has an `@` (URLs, Go DSNs) or an `=` (query and keyword parameters).
 * Asked for every string literal in the file, so the regular expressions run only where it says yes.
 */
function mayEmbedCredential(value: string): boolean {
  return value.includes('@') || value.includes('=') || value.startsWith('${');
}

/** Connection-string passwords and `${VAR:fallback}` values inside a value. */
function judgeEmbedded(reporter: Reporter, placed: PlacedValue, rawName: string | undefined, thresholds: Thresholds, label = rawName): void {
  if (!mayEmbedCredential(placed.value)) return;
  const where = label === undefined || label === '' ? '' : ` assigned to ${display(label)}`;
  const found = connectionPasswords(placed.value, where, thresholds);
  const fallback = fallbackCredential(placed.value, rawName ?? '', thresholds);
  if (fallback !== undefined) found.push(fallback);
  for (const item of found) {
    const range = placed.exact ? { start: placed.range.start + item.start, end: placed.range.start + item.end } : placed.range;
    reporter.report({ range, secret: range, kind: item.kind, placement: item.placement, confidence: item.confidence });
  }
}

function thresholdsOf(context: RuleContext): Thresholds {
  const minEntropy = context.thresholds.minEntropy;
  const minEntropyLength = context.thresholds.minEntropyLength;
  return {
    minEntropy: typeof minEntropy === 'number' ? minEntropy : DEFAULT_MIN_ENTROPY,
    minEntropyLength: typeof minEntropyLength === 'number' ? minEntropyLength : DEFAULT_MIN_ENTROPY_LENGTH,
  };
}

const DEFAULT_MIN_ENTROPY = 3.5;
const DEFAULT_MIN_ENTROPY_LENGTH = 16;

/** Translation tables: their values are labels in some language, not credentials. */
const TRANSLATION_FOLDERS: ReadonlySet<string> = new Set(['locale', 'locales', 'i18n', 'l10n', 'lang', 'langs', 'translations', 'translation']);
/** `en.json`, `cy-GB.yml`, `messages_fr.properties`: the language code, or `messages`, before any region. */
const TRANSLATION_FILE = safeRegex('^([a-z]{2})(?:[-_][A-Za-z]{2,4})?\\.(?:json|ya?ml|properties)$');
const MESSAGES_FILE = safeRegex('^messages(?:_[A-Za-z_]+)?\\.properties$');
/** ISO 639-1 codes of languages services commonly translate into (Welsh included), so `ci.yml` is not taken for one. */
const LANGUAGE_CODES: ReadonlySet<string> = new Set([
  'en', 'cy', 'ga', 'gd', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'nb', 'nn', 'cs', 'sk', 'hu', 'ro', 'el', 'bg',
  'hr', 'sr', 'sl', 'lt', 'lv', 'et', 'is', 'ru', 'uk', 'tr', 'ar', 'he', 'fa', 'ur', 'hi', 'pa', 'bn', 'ta', 'gu', 'zh', 'ja', 'ko',
  'vi', 'th', 'id', 'ms', 'so', 'sq', 'ca', 'eu', 'gl', 'mt',
]);

export function isTranslationFile(path: string): boolean {
  const parts = path.split('/');
  const file = parts[parts.length - 1] ?? '';
  const language = TRANSLATION_FILE.exec(file)?.[1];
  if (language !== undefined && LANGUAGE_CODES.has(language)) return true;
  return MESSAGES_FILE.test(file) || parts.slice(0, -1).some((part) => TRANSLATION_FOLDERS.has(part.toLowerCase()));
}

// ---------------------------------------------------------------------------------------------
// Shell words: command lines in shell scripts, Dockerfile RUN and CI steps

interface ShellWord {
  /** The word with quotes and escapes removed. */
  readonly text: string;
  /** The document offset of each character of `text`. */
  readonly offsets: readonly number[];
  /** Holds an expansion (`$VAR`, `$(…)`, backquotes) outside single quotes. */
  readonly dynamic: boolean;
}

interface WordBuilder {
  text: string;
  offsets: number[];
  dynamic: boolean;
  started: boolean;
}

function newWord(): WordBuilder {
  return { text: '', offsets: [], dynamic: false, started: false };
}

/**
 * Splits shell text into commands of words, keeping each character's offset. Enough of the
 * shell's quoting for command lines: single and double quotes, backslash escapes, line
 * continuations, and `;`, `&&`, `||`, `|`, `&` and line breaks between commands.
 */
function splitShell(text: string, start: number, end: number): ShellWord[][] {
  const commands: ShellWord[][] = [];
  let words: ShellWord[] = [];
  let word = newWord();
  const endWord = (): void => {
    if (word.started) words.push({ text: word.text, offsets: word.offsets, dynamic: word.dynamic });
    word = newWord();
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  let index = start;
  while (index < end) {
    const character = text.charAt(index);
    if (character === '\\' && (text.charAt(index + 1) === '\n' || text.charAt(index + 1) === '\r')) {
      index += text.charAt(index + 1) === '\r' && text.charAt(index + 2) === '\n' ? 3 : 2;
      endWord();
      continue;
    }
    if (character === '\n' || character === '\r' || character === ';' || character === '|' || character === '&') {
      endCommand();
      index++;
      continue;
    }
    if (character === ' ' || character === '\t') {
      endWord();
      index++;
      continue;
    }
    if (character === '#' && !word.started) {
      while (index < end && text.charAt(index) !== '\n') index++;
      continue;
    }
    word.started = true;
    if (character === "'") {
      const close = text.indexOf("'", index + 1);
      const stop = close < 0 || close > end ? end : close;
      for (let at = index + 1; at < stop; at++) {
        word.text += text.charAt(at);
        word.offsets.push(at);
      }
      index = stop + 1;
      continue;
    }
    if (character === '"') {
      let at = index + 1;
      while (at < end && text.charAt(at) !== '"') {
        if (text.charAt(at) === '\\' && at + 1 < end) at++;
        else if (text.charAt(at) === '$' || text.charAt(at) === '`') word.dynamic = true;
        word.text += text.charAt(at);
        word.offsets.push(at);
        at++;
      }
      index = at + 1;
      continue;
    }
    if (character === '\\' && index + 1 < end) index++;
    else if (character === '$' || character === '`') word.dynamic = true;
    word.text += text.charAt(index);
    word.offsets.push(index);
    index++;
  }
  endCommand();
  return commands;
}

function wordRange(word: ShellWord, from: number, to = word.text.length): Range | undefined {
  const start = word.offsets[from];
  const last = word.offsets[to - 1];
  if (start === undefined || last === undefined || to <= from) return undefined;
  // Only a contiguous stretch of the document maps back exactly; quotes inside it would not.
  if (last - start !== to - from - 1) return undefined;
  return { start, end: last + 1 };
}

const MYSQL_CLIENTS: ReadonlySet<string> = new Set(['mysql', 'mysqldump', 'mysqladmin', 'mysqlimport', 'mysqlshow', 'mysqlcheck', 'mariadb', 'mariadb-dump', 'mariadb-admin']);
const COMMAND_PREFIXES: ReadonlySet<string> = new Set(['sudo', 'exec', 'time', 'nohup', 'command']);
const ENV_OPTIONS: ReadonlySet<string> = new Set(['-e', '--env', '--build-arg', '--set', '--set-string', '--secret-env']);

/** Credentials given on a command line: options named like credentials, `-p` forms, `-u user:pass`, `-e NAME=value`. */
function checkCommand(words: readonly ShellWord[], reporter: Reporter, thresholds: Thresholds): void {
  let first = 0;
  while (first < words.length && COMMAND_PREFIXES.has(words[first]?.text ?? '')) first++;
  // Leading `NAME=value` words are assignments for this command.
  while (first < words.length && isAssignmentWord(words[first])) {
    const assignment = words[first];
    if (assignment !== undefined) checkAssignmentWord(assignment, 'set for', reporter, thresholds);
    first++;
  }
  const commandWord = words[first];
  if (commandWord === undefined || commandWord.dynamic) return;
  const command = commandWord.text.split('/').pop() ?? commandWord.text;
  const isExport = command === 'export' || command === 'declare' || command === 'local' || command === 'readonly' || command === 'env';
  const subcommand = words[first + 1]?.text ?? '';
  const isLogin = (command === 'docker' || command === 'podman' || command === 'helm' || command === 'buildah' || command === 'oras') && (subcommand === 'login' || words[first + 2]?.text === 'login');
  const placement = command === '' ? 'passed as a command-line argument' : `passed on the ${display(command)} command line`;
  for (let index = first + 1; index < words.length; index++) {
    const word = words[index];
    if (word === undefined) continue;
    const next = words[index + 1];
    const text = word.text;
    if (isExport && isAssignmentWord(word)) {
      checkAssignmentWord(word, 'assigned to', reporter, thresholds);
      continue;
    }
    if (MYSQL_CLIENTS.has(command) && text.startsWith('-p') && text.length > 2 && !text.startsWith('--')) {
      reportWordPart(word, 2, CONNECTION_PASSWORD, 'password', placement, reporter, thresholds);
      continue;
    }
    if ((command === 'sshpass' || isLogin) && text === '-p' && next !== undefined) {
      reportWordPart(next, 0, CONNECTION_PASSWORD, 'password', placement, reporter, thresholds);
      index++;
      continue;
    }
    if ((command === 'curl' || command === 'wget') && (text === '-u' || text === '--user') && next !== undefined) {
      const colon = next.text.indexOf(':');
      if (colon > 0) reportWordPart(next, colon + 1, CONNECTION_PASSWORD, 'password', placement, reporter, thresholds);
      index++;
      continue;
    }
    if (ENV_OPTIONS.has(text) && next !== undefined && isAssignmentWord(next)) {
      checkAssignmentWord(next, 'set for', reporter, thresholds, placement);
      index++;
      continue;
    }
    if (!text.startsWith('--')) continue;
    const equals = text.indexOf('=');
    const option = equals < 0 ? text : text.slice(0, equals);
    const name = classifyName(option.slice(2));
    if (name === undefined) continue;
    if (equals >= 0) reportWordPart(word, equals + 1, name, option, placement, reporter, thresholds);
    else if (next !== undefined && !next.text.startsWith('-')) {
      reportWordPart(next, 0, name, option, placement, reporter, thresholds);
      index++;
    }
  }
}

const ASSIGNMENT_WORD = safeRegex('^[A-Za-z_][A-Za-z0-9_.-]*=');

function isAssignmentWord(word: ShellWord | undefined): boolean {
  return word !== undefined && ASSIGNMENT_WORD.test(word.text);
}

function checkAssignmentWord(word: ShellWord, verb: string, reporter: Reporter, thresholds: Thresholds, placement?: string): void {
  const equals = word.text.indexOf('=');
  const variable = word.text.slice(0, equals);
  const name = classifyName(variable);
  if (name === undefined) return;
  reportWordPart(word, equals + 1, name, variable, placement ?? `${verb} ${display(variable)}`, reporter, thresholds);
}

function reportWordPart(
  word: ShellWord,
  from: number,
  name: CredentialName,
  rawName: string,
  placement: string,
  reporter: Reporter,
  thresholds: Thresholds,
): void {
  if (word.dynamic) return;
  const value = word.text.slice(from);
  const confidence = judge(name, value, rawName, thresholds);
  const range = wordRange(word, from);
  if (confidence === undefined || range === undefined) return;
  reporter.report({ range, secret: range, kind: name.kind, placement, confidence });
}

// ---------------------------------------------------------------------------------------------
// Code

/** Wrappers whose value is their one inner expression. */
const TRANSPARENT_TYPES: ReadonlySet<string> = new Set([
  'parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion', 'cast_expression',
]);
/** Methods on a string literal that hand back the same characters: `"…".toCharArray()`, `'…'.encode()`, `"…".freeze`. */
const SAME_TEXT_METHODS: ReadonlySet<string> = new Set(['toCharArray', 'ToCharArray', 'getBytes', 'encode', 'freeze', 'to_s', 'b', 'dup', 'trim', 'strip']);

interface CodeFacts {
  readonly code: CodeModel;
  readonly text: string;
  readonly literals: ReadonlyMap<number, StringLiteral>;
  /** Names passed to a cipher or MAC, and literals inside such calls' arguments (CONTRACTS §10). */
  readonly keyNames: ReadonlySet<string>;
  readonly keyLiterals: ReadonlySet<number>;
  /** The calls that take a key (`isKeyTakingCall`), found once for both passes over the calls. */
  readonly keyCalls: ReadonlySet<CallSite>;
  /** `setterName` by method name. */
  readonly setters: Map<string, { readonly rest: string; readonly name: CredentialName | undefined }>;
}

interface Literal {
  readonly node: SyntaxNode;
  readonly placed: PlacedValue;
}

function literalOf(facts: CodeFacts, node: SyntaxNode | undefined): Literal | undefined {
  let current = node;
  for (let depth = 0; current !== undefined && depth < 4; depth++) {
    if (TRANSPARENT_TYPES.has(current.type)) {
      current = current.namedChildren.find((child) => child !== null && !child.type.includes('type')) ?? undefined;
      continue;
    }
    const call = facts.code.callAt(current);
    if (call !== undefined && call.receiver !== undefined && call.args.length === 0 && SAME_TEXT_METHODS.has(call.name)) {
      current = call.receiver;
      continue;
    }
    break;
  }
  if (current === undefined) return undefined;
  const literal = facts.literals.get(current.id);
  // Only a literal or a shell word can be the answer: other nodes are turned away before their
  // constant value, the most expensive step here, is worked out.
  const shellWord = facts.code.language === 'shell' && current.type === 'word';
  if (literal === undefined && !shellWord) return undefined;
  const value = facts.code.valueOf(current);
  if (value.kind !== 'string') return undefined;
  if (literal !== undefined) {
    if (literal.value !== value.value) return undefined;
    const exact = facts.text.slice(literal.valueRange.start, literal.valueRange.end) === literal.value;
    return { node: current, placed: { value: literal.value, range: literal.valueRange, exact } };
  }
  // Unquoted shell words are strings too.
  if (shellWord && !current.text.includes('$') && !current.text.includes('\\')) {
    return { node: current, placed: { value: value.value, range: { start: current.startIndex, end: current.endIndex }, exact: true } };
  }
  return undefined;
}

/** Calls that take a cipher or MAC key, whose key arguments crypto/hardcoded-key owns. */
const KEY_TAKING_CALLS: ReadonlySet<string> = new Set([
  'createhmac', 'createcipheriv', 'createdecipheriv', 'createcipher', 'createdecipher', 'createsecretkey', 'importkey', 'hmacsha1',
  'hmacsha256', 'hmacsha384', 'hmacsha512', 'hmacmd5', 'secretkeyspec', 'deskeyspec', 'desedekeyspec', 'keyparameter', 'hmacutils',
  'newcipher', 'newtripledescipher', 'hash_hmac', 'hash_hmac_file', 'openssl_encrypt', 'openssl_decrypt', 'sodium_crypto_secretbox',
  'sodium_crypto_secretbox_open', 'sodium_crypto_auth', 'mcrypt_encrypt', 'mcrypt_decrypt', 'fernet', 'aesgcm', 'aesccm', 'aesocb3',
  'aessiv', 'chacha20poly1305', 'secretbox', 'hmacsha3_256', 'hmacsha3_512',
]);
const KEY_TAKING_QUALIFIED: ReadonlySet<string> = new Set(['hmac.new', 'hmac.digest', 'hmac.HMAC', 'crypto/hmac.New', 'hmac.New']);
const CIPHER_OWNERS: ReadonlySet<string> = new Set(['AES', 'DES', 'TripleDES', 'Rabbit', 'RC4', 'Blowfish', 'HMAC', 'Cipher']);
const CIPHER_METHODS: ReadonlySet<string> = new Set(['encrypt', 'decrypt', 'new', 'digest', 'hexdigest', 'base64digest']);

/** Asked for every call in the file, so the method name is tested before the name is split. */
function isKeyTakingCall(call: CallSite): boolean {
  if (KEY_TAKING_CALLS.has(call.name.toLowerCase()) || KEY_TAKING_QUALIFIED.has(call.qualified)) return true;
  if (!CIPHER_METHODS.has(call.name)) return false;
  const parts = call.qualified.split('.');
  // `CryptoJS.AES.encrypt(data, key)`, `Crypto.Cipher.AES.new(key, …)`, `OpenSSL::HMAC.hexdigest(digest, key, data)`.
  return CIPHER_OWNERS.has(parts[parts.length - 2] ?? '');
}

const NAME_NODE_TYPES: ReadonlySet<string> = new Set([
  'identifier', 'variable_name', 'constant', 'property_identifier', 'field_identifier', 'shorthand_property_identifier', 'instance_variable', 'name',
]);

/** `cipher.key = …`, `aes.Key = …`, `cipher.iv = …`: settings on a cipher object that crypto/hardcoded-key reads. */
const KEY_PROPERTIES: ReadonlySet<string> = new Set(['key', 'iv']);

function collectKeyUses(code: CodeModel, literals: ReadonlyMap<number, StringLiteral>): { names: Set<string>; literals: Set<number>; calls: Set<CallSite> } {
  const names = new Set<string>();
  const inside = new Set<number>();
  const calls = new Set<CallSite>();
  const keyExpressions: SyntaxNode[] = [];
  for (const call of code.calls()) {
    if (!isKeyTakingCall(call)) continue;
    calls.add(call);
    keyExpressions.push(...call.args.map((argument) => argument.node));
  }
  for (const assignment of code.assignments()) {
    const member = assignment.target.includes('.') || assignment.target.includes('->');
    if (member && KEY_PROPERTIES.has(lastSegment(assignment.target).toLowerCase())) keyExpressions.push(assignment.value);
  }
  for (const expression of keyExpressions) {
    const stack: SyntaxNode[] = [expression];
    let visited = 0;
    while (stack.length > 0 && visited < 200) {
      const node = stack.pop();
      if (node === undefined) break;
      visited++;
      if (literals.has(node.id)) inside.add(node.id);
      if (NAME_NODE_TYPES.has(node.type)) names.add(lastSegment(node.text));
      for (const child of node.namedChildren) if (child !== null) stack.push(child);
    }
  }
  return { names, literals: inside, calls };
}

/** Positional credential parameters of well-known connection and authentication APIs, by lower-case name. */
const PASSWORD_PARAMETERS: ReadonlyMap<string, { readonly index: number; readonly arity?: number; readonly constructorOnly?: boolean }> = new Map([
  ['getconnection', { index: 2, arity: 3 }],
  ['networkcredential', { index: 1 }],
  ['passwordauthentication', { index: 1 }],
  ['usernamepasswordcredentials', { index: 1, arity: 2 }],
  ['usernamepasswordauthenticationtoken', { index: 1 }],
  ['setbasicauth', { index: 1 }],
  ['basicauth', { index: 1, arity: 2 }],
  ['basicauthenticationinterceptor', { index: 1 }],
  ['userpassword', { index: 1 }],
  ['plainauth', { index: 2 }],
  ['httpbasicauth', { index: 1 }],
  ['httpdigestauth', { index: 1 }],
  ['mysqli_connect', { index: 2 }],
  ['mysql_connect', { index: 2 }],
  ['mysqli_real_connect', { index: 3 }],
  ['mysqli', { index: 2, constructorOnly: true }],
  ['pdo', { index: 2, constructorOnly: true }],
  ['sequelize', { index: 2, constructorOnly: true }],
  ['ldap_bind', { index: 2 }],
  ['ftp_login', { index: 2 }],
  ['ssh2_auth_password', { index: 2 }],
]);
/** Python drivers whose `connect(host, user, password, …)` takes the password third. */
const PYTHON_POSITIONAL_CONNECT: ReadonlySet<string> = new Set(['pymysql.connect', 'MySQLdb.connect', 'mysql.connector.connect']);
/** `login(user, password)` on SMTP, FTP and IMAP clients. */
const LOGIN_METHODS: ReadonlySet<string> = new Set(['login']);
/** JWT libraries whose second argument is the HMAC signing secret. */
const JWT_OWNERS: ReadonlySet<string> = new Set(['jwt', 'jsonwebtoken', 'JWT', 'Firebase\\JWT\\JWT']);
const JWT_METHODS: ReadonlySet<string> = new Set(['sign', 'verify', 'encode', 'decode']);
const SETTER_PREFIXES: ReadonlySet<string> = new Set(['set', 'with', 'use']);
/** Calls whose first argument names a setting and whose second is its value (`setHeader('Authorization', …)`) take names up to this long. */
const NAME_ARGUMENT_LENGTH = 64;
/** Lookups whose second argument is the value used when the setting is missing: `os.getenv('X', 'fallback')`, `ENV.fetch`. */
const GETTERS: ReadonlySet<string> = new Set(['get', 'getenv', 'Getenv', 'fetch', 'getProperty', 'getOrDefault', 'GetValue', 'env', 'config', 'getString', 'get_env']);
/** Calls that store a value under a name given as their first argument, by lower-case name. */
const NAMED_SETTERS: ReadonlySet<string> = new Set([
  'set', 'put', 'add', 'append', 'setitem', 'setheader', 'header', 'setrequestheader', 'addheader', 'setproperty', 'setenv', 'putenv',
  'define', 'store', 'save', 'fill', 'cookie', 'option', 'param', 'setvalue', 'setattribute', 'setoption', 'setparameter', 'withenv',
  'setsecret', 'setcredential', 'withheader', 'set_header', 'add_header', 'setdefault',
]);

function checkCalls(facts: CodeFacts, reporter: Reporter, thresholds: Thresholds): void {
  for (const call of facts.code.calls()) {
    if (facts.code.language === 'shell') {
      checkShellCall(facts, call, reporter, thresholds);
      continue;
    }
    if (facts.keyCalls.has(call)) continue;
    const lower = call.name.toLowerCase();
    // A chained builder's callee holds the whole chain; its method name reads better. Worked out
    // only for a finding: most calls have none.
    const callee = (): string => (call.callee.includes('(') ? `${call.name}()` : display(call.callee));
    const parameter = PASSWORD_PARAMETERS.get(lower);
    if (parameter !== undefined && (parameter.constructorOnly !== true || call.isConstructor) && (parameter.arity === undefined || positionalCount(call) === parameter.arity)) {
      reportArgument(facts, positionalArgument(call, parameter.index), CONNECTION_PASSWORD, 'password', `passed to ${callee()}`, reporter, thresholds);
      continue;
    }
    if (PYTHON_POSITIONAL_CONNECT.has(call.qualified) && positionalCount(call) >= 3) {
      reportArgument(facts, positionalArgument(call, 2), CONNECTION_PASSWORD, 'password', `passed to ${callee()}`, reporter, thresholds);
      continue;
    }
    if (LOGIN_METHODS.has(call.name) && call.receiver !== undefined && positionalCount(call) === 2) {
      const user = literalOf(facts, positionalArgument(call, 0));
      if (user !== undefined) reportArgument(facts, positionalArgument(call, 1), CONNECTION_PASSWORD, 'password', `passed to ${callee()}`, reporter, thresholds, 'medium');
      continue;
    }
    if (JWT_METHODS.has(call.name) && JWT_OWNERS.has(call.qualified.split('.').slice(0, -1).join('.'))) {
      reportArgument(facts, positionalArgument(call, 1), { tier: 'secret', kind: 'JWT signing secret' }, 'secret', `passed to ${callee()}`, reporter, thresholds);
      continue;
    }
    if (call.args.length === 1 && call.args[0]?.name === undefined) {
      const { rest, name } = setterName(facts, call.name);
      if (name !== undefined) {
        reportArgument(facts, positionalArgument(call, 0), name, rest, `passed to ${callee()}`, reporter, thresholds);
        continue;
      }
    }
    if ((NAMED_SETTERS.has(lower) || GETTERS.has(call.name)) && positionalCount(call) >= 2 && positionalCount(call) <= 3) {
      const settingName = literalOf(facts, positionalArgument(call, 0));
      const nameText = settingName?.placed.value ?? '';
      if (settingName !== undefined && nameText.length <= NAME_ARGUMENT_LENGTH && !WHITESPACE.test(nameText) && !nameText.includes('://')) {
        // `define('ENCRYPTION_KEY', '…')` whose constant a cipher then uses belongs to crypto/hardcoded-key.
        const name = facts.keyNames.has(lastSegment(nameText)) ? undefined : classifyName(nameText);
        const placement = GETTERS.has(call.name) ? `the fallback value of ${display(nameText)}` : `set for ${display(nameText)}`;
        if (name !== undefined) reportArgument(facts, positionalArgument(call, 1), name, nameText, placement, reporter, thresholds);
      }
    }
  }
}

/** `setPassword` → `password` and what it names; kept per method name for the file. */
function setterName(facts: CodeFacts, method: string): { readonly rest: string; readonly name: CredentialName | undefined } {
  const known = facts.setters.get(method);
  if (known !== undefined) return known;
  const words = nameWords(method);
  const rest = SETTER_PREFIXES.has(words[0] ?? '') && words.length > 1 ? words.slice(1).join('_') : words.join('_');
  const setter = { rest, name: classifyName(rest) };
  facts.setters.set(method, setter);
  return setter;
}

function reportArgument(
  facts: CodeFacts,
  node: SyntaxNode | undefined,
  name: CredentialName,
  rawName: string,
  placement: string,
  reporter: Reporter,
  thresholds: Thresholds,
  confidence?: Confidence,
): void {
  const literal = literalOf(facts, node);
  if (literal === undefined || facts.keyLiterals.has(literal.node.id)) return;
  const part = credentialPart(name, literal.placed.value);
  const judged = judge(part.name, part.value, rawName, thresholds);
  if (judged === undefined) return;
  const range = literal.placed.range;
  const secret = part.offset > 0 && literal.placed.exact ? { start: range.start + part.offset, end: range.start + part.offset + part.value.length } : range;
  reporter.report({ range: nodeRange(literal.node), secret, kind: part.name.kind, placement, confidence: confidence ?? judged });
}

function nodeRange(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function checkShellCall(facts: CodeFacts, call: CallSite, reporter: Reporter, thresholds: Thresholds): void {
  const words: ShellWord[] = [];
  for (const node of [call.calleeNode, ...call.args.map((argument) => argument.node)]) {
    const split = splitShell(facts.text, node.startIndex, node.endIndex)[0];
    if (split === undefined || split.length !== 1 || split[0] === undefined) return;
    words.push(split[0]);
  }
  checkCommand(words, reporter, thresholds);
}

const COMPARISON_PARENTS: ReadonlySet<string> = new Set(['binary_expression', 'comparison_operator', 'binary']);
const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['==', '===', '!=', '!==', 'eq', 'ne']);
const EQUALS_METHODS: ReadonlySet<string> = new Set(['equals', 'equalsIgnoreCase', 'Equals', 'contentEquals']);

/** Characters that may end what comes before an operand of `==` (an operator, a comment, a line break). */
const BEFORE_OPERAND: ReadonlySet<string> = new Set(['=', 'q', 'Q', 'e', 'E', '/', '\\']);
/** Characters that may start what comes after one (an operator, a comment, a line continuation). */
const AFTER_OPERAND: ReadonlySet<string> = new Set(['=', '!', 'e', 'E', 'n', 'N', '/', '#', '\\']);
const LINE_BREAK = safeRegex('[\\r\\n\\u2028\\u2029]');
const SPACE_IN_LINE = safeRegex('[^\\S\\r\\n\\u2028\\u2029]');

/**
 * Whether the text beside a literal could be an equality operator, or a comment or line break
 * before one. Only then can the literal be an operand of a comparison, and only then is its
 * `parent` (a search down from the root) worth asking for. Python chains comparisons
 * (`a == b < 'x'`), so there the operator need not be beside the literal and this is not used.
 */
function mayBeCompared(text: string, node: SyntaxNode): boolean {
  let before = node.startIndex - 1;
  while (before >= 0 && isSpaceInLine(text, before)) before--;
  let after = node.endIndex;
  while (after < text.length && isSpaceInLine(text, after)) after++;
  const previous = text.charAt(before);
  const next = text.charAt(after);
  // An `=` beside the literal is an equality operator only as part of `==`, `===`, `!=` or `!==`:
  // a lone `=` (every `x = 'literal'`) or `=>` cannot be one, and the `parent` is not asked for.
  const operatorBefore = previous === '=' ? text.charAt(before - 1) === '=' || text.charAt(before - 1) === '!' : BEFORE_OPERAND.has(previous);
  const operatorAfter = next === '=' || next === '!' ? text.charAt(after + 1) === '=' : AFTER_OPERAND.has(next);
  return operatorBefore || LINE_BREAK.test(previous) || operatorAfter || LINE_BREAK.test(next);
}

/** `SPACE_IN_LINE` at `index`, with the usual blank and tab answered without the regular expression. */
function isSpaceInLine(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32 || code === 9) return true;
  // The only other ASCII blanks are the vertical tab and the form feed (line breaks are not in-line space).
  return (code === 11 || code === 12 || code > 127) && SPACE_IN_LINE.test(text.charAt(index));
}

/** `password == 'literal'` and `password.equals("literal")`: a password checked against a fixed value. */
function checkComparisons(facts: CodeFacts, reporter: Reporter, thresholds: Thresholds): void {
  const chained = facts.code.language === 'python';
  for (const literal of facts.literals.values()) {
    if (!chained && !mayBeCompared(facts.text, literal.node)) continue;
    const parent = literal.node.parent;
    if (parent === null || !COMPARISON_PARENTS.has(parent.type)) continue;
    const operator = parent.children.find((child) => child !== null && !child.isNamed && EQUALITY_OPERATORS.has(child.type));
    if (operator === undefined) continue;
    const other = parent.namedChildren.find((child) => child !== null && child.id !== literal.node.id);
    compareWith(facts, other, literal.node, reporter, thresholds);
  }
  for (const call of facts.code.calls()) {
    if (!EQUALS_METHODS.has(call.name) || call.receiver === undefined || call.args.length !== 1) continue;
    const argument = call.args[0]?.node;
    if (literalOf(facts, call.receiver) !== undefined) compareWith(facts, argument, call.receiver, reporter, thresholds);
    else compareWith(facts, call.receiver, argument, reporter, thresholds);
  }
}

/** Languages whose `nameOf` answers with identifiers and property names as written in the node. */
const NAMES_AS_WRITTEN: ReadonlySet<string> = new Set(['javascript', 'typescript', 'tsx', 'python']);
/** Every password and secret word of `wordCredential` holds one of these. */
const PASSWORD_OR_SECRET_FRAGMENTS: readonly string[] = ['pass', 'pw', 'masterauth', 'secret', 'key', 'cred'];
const QUOTE_OR_ESCAPE = safeRegex('["\'`\\\\]');

/**
 * Whether the node's text rules out a password or secret name, answered from the text so the
 * name is not worked out (a walk over the node) for every `x === 'string'` in the file. Only where
 * the name is written as it is read: quoted keys and escapes can spell a name the text does not hold.
 */
function cannotNamePasswordOrSecret(facts: CodeFacts, node: SyntaxNode): boolean {
  if (!NAMES_AS_WRITTEN.has(facts.code.language)) return false;
  const text = node.text;
  if (QUOTE_OR_ESCAPE.test(text)) return false;
  const lower = text.toLowerCase();
  return !PASSWORD_OR_SECRET_FRAGMENTS.some((fragment) => lower.includes(fragment));
}

function compareWith(facts: CodeFacts, named: SyntaxNode | null | undefined, value: SyntaxNode | undefined, reporter: Reporter, thresholds: Thresholds): void {
  if (named === null || named === undefined || cannotNamePasswordOrSecret(facts, named)) return;
  const rawName = facts.code.nameOf(named);
  if (rawName === undefined) return;
  const name = classifyName(rawName);
  if (name === undefined || (name.tier !== 'password' && name.tier !== 'secret')) return;
  reportArgument(facts, value, name, rawName, `compared with ${display(rawName)}`, reporter, thresholds);
}

function checkCode(context: RuleContext, code: CodeModel, reporter: Reporter, thresholds: Thresholds): void {
  const text = context.document.text;
  const literals = new Map<number, StringLiteral>();
  for (const literal of code.strings()) literals.set(literal.node.id, literal);
  const keyUses = collectKeyUses(code, literals);
  const facts: CodeFacts = {
    code,
    text,
    literals,
    keyNames: keyUses.names,
    keyLiterals: keyUses.literals,
    keyCalls: keyUses.calls,
    setters: new Map(),
  };

  // Connection strings and database URLs in any string literal.
  for (const literal of literals.values()) {
    if (keyUses.literals.has(literal.node.id) || !mayEmbedCredential(literal.value)) continue;
    const exact = text.slice(literal.valueRange.start, literal.valueRange.end) === literal.value;
    judgeEmbedded(reporter, { value: literal.value, range: literal.valueRange, exact }, undefined, thresholds);
  }
  for (const assignment of code.assignments()) {
    // The name decides first, as in checkNamedLiteral: most are no credential's and need no split.
    if (classifyName(assignment.target) === undefined) continue;
    const name = lastSegment(assignment.target);
    if (facts.keyNames.has(name)) continue;
    checkNamedLiteral(facts, assignment.value, assignment.target, `assigned to ${display(assignment.target)}`, reporter, thresholds);
  }
  for (const pair of code.keyValues()) {
    if (pair.key === 'auth' && checkAuthTuple(facts, pair.value, reporter, thresholds)) continue;
    checkNamedLiteral(facts, pair.value, pair.key, `assigned to ${display(pair.key)}`, reporter, thresholds);
  }
  checkCalls(facts, reporter, thresholds);
  checkComparisons(facts, reporter, thresholds);
}

const FALLBACK_OPERATORS: ReadonlySet<string> = new Set(['??', '||', 'or', '?:']);
const FALLBACK_TYPES: ReadonlySet<string> = new Set(['binary_expression', 'boolean_operator', 'binary']);

/** `process.env.DB_PASSWORD ?? 'literal'`, `os.environ.get(…) or 'literal'`: the literal used when the variable is unset. */
function fallbackOf(value: SyntaxNode): SyntaxNode | undefined {
  if (!FALLBACK_TYPES.has(value.type)) return undefined;
  const operator = value.children.find((child) => child !== null && !child.isNamed && FALLBACK_OPERATORS.has(child.type));
  if (operator === undefined) return undefined;
  const right = value.namedChildren[value.namedChildren.length - 1];
  return right === null ? undefined : right;
}

function checkNamedLiteral(facts: CodeFacts, value: SyntaxNode, rawName: string, placement: string, reporter: Reporter, thresholds: Thresholds): void {
  // The name decides whether the value matters, and most names do not: asked first, it spares the
  // value's node reads for every other assignment and pair.
  if (classifyName(rawName) === undefined) return;
  const fallback = fallbackOf(value);
  if (fallback !== undefined) {
    checkNamedLiteral(facts, fallback, rawName, `the fallback value of ${display(rawName)}`, reporter, thresholds);
    return;
  }
  const literal = literalOf(facts, value);
  if (literal === undefined || facts.keyLiterals.has(literal.node.id)) return;
  judgeNamedValue(reporter, literal.placed, rawName, placement, thresholds, { flagged: nodeRange(literal.node) });
}

const PAIR_TYPES: ReadonlySet<string> = new Set(['tuple', 'list', 'array', 'array_creation_expression']);

/** Python requests' `auth=('user', 'password')`. */
function checkAuthTuple(facts: CodeFacts, value: SyntaxNode, reporter: Reporter, thresholds: Thresholds): boolean {
  if (!PAIR_TYPES.has(value.type)) return false;
  const items = value.namedChildren.filter((child) => child !== null && child.type !== 'comment');
  if (items.length !== 2) return false;
  reportArgument(facts, items[1] ?? undefined, CONNECTION_PASSWORD, 'password', 'passed as auth', reporter, thresholds);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Configuration files

/** A key/value setting, with the name that says what the value is. */
interface Setting {
  readonly name: string;
  /** How messages name where the value is, when that differs from `name`: `ConnectionStrings.Default`. */
  readonly label?: string;
  readonly placed: PlacedValue;
  readonly placement: string;
  /** Set for values under `data`/`stringData` of a Kubernetes Secret manifest. */
  readonly manifest?: 'data' | 'stringData';
}

/** Keys that hold the value of a setting whose name is beside them or above them. */
const VALUE_KEYS: ReadonlySet<string> = new Set(['value', 'default', 'defaultvalue', 'default_value', '@value', '@default', '@defaultvalue']);
/** Keys beside a value key that hold the setting's name: Kubernetes env, ECS task definitions, web.config appSettings. */
const NAME_KEYS: ReadonlySet<string> = new Set(['name', 'key', '@name', '@key']);
/** YAML keys whose values are shell command lines: CI steps, Compose and Kubernetes commands. */
const SHELL_KEYS: ReadonlySet<string> = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'commands', 'entrypoint', 'cmd', 'args']);
/** YAML keys whose sequences are one command's argument vector (exec form) rather than several command lines. */
const ARGV_KEYS: ReadonlySet<string> = new Set(['command', 'entrypoint', 'cmd', 'args']);
const SEQUENCE_INDEX = safeRegex('^[0-9]+$');
const SEQUENCE_ASSIGNMENT = safeRegex('^([A-Za-z_][A-Za-z0-9_.-]*)=');

function parentKey(entry: ConfigEntry): string {
  return `${entry.blockId ?? -1}\u0000${entry.path.slice(0, -1).join('\u0000')}`;
}

function placedEntry(text: string, entry: ConfigEntry): PlacedValue | undefined {
  if (entry.value === undefined || entry.valueRange === undefined) return undefined;
  const raw = text.slice(entry.valueRange.start, entry.valueRange.end);
  return { value: entry.value, range: entry.valueRange, exact: raw === entry.value };
}

/** A YAML value carrying a tag (`!Ref DbPassword`, `!Sub …`, `!vault |`): not a plain string. */
function isTagged(text: string, range: Range): boolean {
  let at = range.start - 1;
  while (at >= 0 && (text.charAt(at) === ' ' || text.charAt(at) === '\t' || text.charAt(at) === '"' || text.charAt(at) === "'")) at--;
  let start = at;
  while (start >= 0 && !WHITESPACE.test(text.charAt(start)) && text.charAt(start) !== ':') start--;
  return text.charAt(start + 1) === '!';
}

/** A Terraform value is a string only when quoted or a heredoc; `var.x` and `random_password.p.result` are expressions. */
function isTerraformString(text: string, range: Range): boolean {
  const before = text.charAt(range.start - 1);
  return before === '"' || before === '\n';
}

/** Gradle's reader also yields strings nested in calls (`password project.findProperty("x")`); keep direct values only. */
function isDirectGradleValue(text: string, entry: ConfigEntry, range: Range): boolean {
  const gap = text.slice(entry.keyRange.end, range.start - 1);
  for (const character of gap) if (character !== ' ' && character !== '\t' && character !== '=' && character !== '(') return false;
  return true;
}

interface ConfigSettings {
  readonly settings: Setting[];
  /** Command lines to split. */
  readonly shells: Range[];
  /** Exec-form commands, one word per sequence item. */
  readonly argvs: ShellWord[][];
}

function settingsOf(config: ConfigModel, text: string): ConfigSettings {
  const entries = config.entries();
  const siblings = new Map<string, ConfigEntry[]>();
  for (const entry of entries) {
    const key = parentKey(entry);
    const list = siblings.get(key);
    if (list === undefined) siblings.set(key, [entry]);
    else list.push(entry);
  }
  const secretDocuments = new Set<number>();
  for (const entry of entries) if (entry.path.length === 1 && entry.key === 'kind' && entry.value === 'Secret' && entry.blockId !== undefined) secretDocuments.add(entry.blockId);

  const settings: Setting[] = [];
  const shells: Range[] = [];
  const argvs = new Map<string, ShellWord[]>();
  for (const entry of entries) {
    const placed = placedEntry(text, entry);
    if (placed === undefined) continue;
    if (config.format === 'dockerfile') {
      if (entry.key === 'ENV' || entry.key === 'ARG') settings.push(...dockerAssignments(text, entry, placed.range));
      else if (entry.key === 'RUN') shells.push(placed.range);
      continue;
    }
    if (config.format === 'yaml' && isTagged(text, placed.range)) continue;
    if (config.format === 'terraform' && !isTerraformString(text, placed.range)) continue;
    if (config.format === 'gradle' && !isDirectGradleValue(text, entry, placed.range)) continue;
    const parent = entry.path[entry.path.length - 2] ?? '';
    if (config.format === 'yaml' && SEQUENCE_INDEX.test(entry.key) && ARGV_KEYS.has(parent)) {
      const key = parentKey(entry);
      // `args:` lists lack the command itself; an empty first word stands in for it.
      const words = argvs.get(key) ?? (parent === 'args' ? [{ text: '', offsets: [], dynamic: false }] : []);
      words.push(placed.exact ? { text: placed.value, offsets: [...placed.value].map((_, index) => placed.range.start + index), dynamic: false } : { text: placed.value, offsets: [], dynamic: true });
      argvs.set(key, words);
      continue;
    }
    if (config.format === 'yaml' && (SHELL_KEYS.has(entry.key) || (SEQUENCE_INDEX.test(entry.key) && SHELL_KEYS.has(parent)))) {
      shells.push(placed.range);
      continue;
    }
    const sequenceAssignment = SEQUENCE_INDEX.test(entry.key) ? SEQUENCE_ASSIGNMENT.exec(entry.value ?? '') : null;
    if (sequenceAssignment !== null && placed.exact) {
      const variable = sequenceAssignment[1] ?? '';
      const offset = variable.length + 1;
      settings.push({
        name: variable,
        placed: { value: placed.value.slice(offset), range: { start: placed.range.start + offset, end: placed.range.end }, exact: true },
        placement: `assigned to ${display(variable)}`,
      });
      continue;
    }
    const name = settingName(entry, siblings.get(parentKey(entry)) ?? [], config.format);
    if (name === undefined) continue;
    const label = name === entry.key && (config.format === 'json' || config.format === 'yaml') ? labelOf(entry) : undefined;
    const section = entry.path[0];
    const manifest = entry.blockId !== undefined && secretDocuments.has(entry.blockId) && entry.path.length === 2 && (section === 'data' || section === 'stringData')
      ? section
      : undefined;
    settings.push({ name, placed, placement: `assigned to ${display(name)}`, ...(manifest === undefined ? {} : { manifest }), ...(label === undefined ? {} : { label }) });
  }
  return { settings, shells, argvs: [...argvs.values()] };
}

/** A key with its parent, `ConnectionStrings.Default`, when the parent is a name rather than a list position. */
function labelOf(entry: ConfigEntry): string | undefined {
  const parent = entry.path[entry.path.length - 2];
  return parent === undefined || SEQUENCE_INDEX.test(parent) ? undefined : `${parent}.${entry.key}`;
}

/** Keys beside `default` that make it a parameter's default (Terraform variables, CloudFormation parameters, JSON Schema). */
const PARAMETER_KEYS: ReadonlySet<string> = new Set(['type', 'description', 'noecho', 'sensitive', 'allowedpattern', 'nullable']);

/** The name a value is stored under: its key, or for `value`/`default` keys the name beside or above it. */
function settingName(entry: ConfigEntry, siblings: readonly ConfigEntry[], format: ConfigModel['format']): string | undefined {
  const lower = entry.key.toLowerCase();
  const isDefault = lower === 'default' || lower === 'defaultvalue' || lower === 'default_value';
  // `ConnectionStrings: { Default: … }` names a connection; only a parameter definition's `default` is a value key.
  const parameter = !isDefault || format === 'terraform' || siblings.some((sibling) => PARAMETER_KEYS.has(sibling.key.toLowerCase()));
  if (!VALUE_KEYS.has(lower) || !parameter) return SEQUENCE_INDEX.test(entry.key) ? undefined : entry.key;
  const named = siblings.find((sibling) => sibling !== entry && NAME_KEYS.has(sibling.key.toLowerCase()) && sibling.value !== undefined);
  if (named?.value !== undefined) return named.value;
  const parent = entry.path[entry.path.length - 2];
  return parent === undefined || SEQUENCE_INDEX.test(parent) ? undefined : parent;
}

/** `ENV A=1 DB_PASSWORD="…"`, the legacy `ENV DB_PASSWORD …`, and `ARG NAME=default`. */
function dockerAssignments(text: string, entry: ConfigEntry, range: Range): Setting[] {
  const words = splitShell(text, range.start, range.end).flat();
  const first = words[0];
  if (first === undefined) return [];
  const instruction = entry.key;
  const placementFor = (variable: string): string => `assigned to ${display(variable)} by ${instruction}, which records it in the image`;
  if (!first.text.includes('=')) {
    // Legacy form: the rest of the line after the name is the value.
    const second = words[1];
    const last = words[words.length - 1];
    if (instruction !== 'ENV' || second === undefined || last === undefined) return [];
    const start = second.offsets[0];
    const end = last.offsets[last.offsets.length - 1];
    if (start === undefined || end === undefined) return [];
    const value = words.slice(1).map((word) => word.text).join(' ');
    return [{ name: first.text, placed: { value, range: { start, end: end + 1 }, exact: text.slice(start, end + 1) === value }, placement: placementFor(first.text) }];
  }
  const settings: Setting[] = [];
  for (const word of words) {
    const equals = word.text.indexOf('=');
    if (equals <= 0 || word.dynamic) continue;
    const variable = word.text.slice(0, equals);
    const range = wordRange(word, equals + 1);
    if (range === undefined) continue;
    settings.push({ name: variable, placed: { value: word.text.slice(equals + 1), range, exact: true }, placement: placementFor(variable) });
  }
  return settings;
}

/** Base64 text decoded, or undefined when it is not base64 of printable text. */
function decodeBase64(value: string): string | undefined {
  try {
    const decoded = atob(value.trim());
    for (const character of decoded) {
      const code = character.charCodeAt(0);
      if (code < 32 && code !== 9 && code !== 10 && code !== 13) return undefined;
    }
    return decoded;
  } catch {
    return undefined;
  }
}

function checkConfig(context: RuleContext, config: ConfigModel, reporter: Reporter, thresholds: Thresholds): void {
  const text = context.document.text;
  const { settings, shells, argvs } = settingsOf(config, text);
  for (const setting of settings) {
    if (setting.manifest !== undefined) {
      checkManifestValue(setting, reporter, thresholds);
      continue;
    }
    judgeNamedValue(reporter, setting.placed, setting.name, setting.placement, thresholds, setting.label === undefined ? {} : { label: setting.label });
  }
  for (const range of shells) for (const command of splitShell(text, range.start, range.end)) checkCommand(command, reporter, thresholds);
  for (const words of argvs) checkCommand(words, reporter, thresholds);
}

/**
 * A value under `stringData` or `data` in a Kubernetes Secret manifest: the manifest says it is a
 * secret, so any credential-named value counts as a password would; `data` is only base64, which
 * anyone can decode.
 */
function checkManifestValue(setting: Setting, reporter: Reporter, thresholds: Thresholds): void {
  const name = classifyName(setting.name);
  const value = setting.manifest === 'data' ? decodeBase64(setting.placed.value) : setting.placed.value;
  if (value === undefined) return;
  const where = `${setting.manifest === 'data' ? 'data' : 'stringData'}.${display(setting.name)}`;
  const note = setting.manifest === 'data' ? ', only base64-encoded,' : '';
  if (setting.manifest === 'stringData') judgeEmbedded(reporter, setting.placed, setting.name, thresholds);
  if (name === undefined) return;
  const confidence = judge({ tier: 'password', kind: name.kind }, value, setting.name, thresholds);
  if (confidence === undefined) return;
  reporter.report({
    range: setting.placed.range,
    secret: setting.placed.range,
    kind: name.kind,
    placement: `stored${note} in this Kubernetes Secret manifest (${where})`,
    confidence: 'high',
  });
}

// ---------------------------------------------------------------------------------------------
// The rule

/** An AWS access key id; a 40-character secret in the same file is the other half of its key pair. */
const AWS_KEY_ID = safeRegex('(?:AKIA|ASIA)[A-Z0-9]{16}');
const AWS_SECRET_SHAPE = safeRegex('^[A-Za-z0-9/+]{40}$');

function check(context: RuleContext): void {
  if (isTranslationFile(context.document.path)) return;
  const reporter = new Reporter(context, AWS_KEY_ID.test(context.document.text));
  const thresholds = thresholdsOf(context);
  namesOfFile = new Map();
  try {
    if (context.code !== undefined) checkCode(context, context.code, reporter, thresholds);
    else if (context.config !== undefined) checkConfig(context, context.config, reporter, thresholds);
  } finally {
    namesOfFile = undefined;
  }
}

export const hardcodedCredential: Rule = {
  meta: {
    id: 'secrets/hardcoded-credential',
    title: 'Password, API key, token or connection-string password written in plain text',
    area: 'secrets',
    severity: 'high',
    confidence: 'high',
    cwe: [798, 259],
    owasp: 'A07:2021 Identification and Authentication Failures',
    policy: [
      'secrets-management#application--infrastructure-secrets',
      'source-code-publishing#when-you-should-not-publish-materials-in-the-open',
      'passwords#service-accounts',
    ],
    basis: 'explicit',
    why:
      'A credential in code or configuration is readable by anyone with the repository, its history or a build, and cannot be changed without a commit. ' +
      'MoJ requires secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets).',
    howToFix:
      'Read the credential at run time from the environment or a secret store (AWS Secrets Manager or SSM Parameter Store, Azure Key Vault, HashiCorp Vault, Kubernetes Secrets), ' +
      'and rotate it if it has been committed: removing it from the code does not remove it from the history.',
    // No fix: moving the value to the environment changes how the program is configured and
    // deployed, and the exposed value still has to be rotated.
    fixSafety: 'suggestion',
    thresholds: [
      {
        name: 'minEntropy',
        description: 'Shannon entropy, in bits per character, from which a value counts as machine-generated (hex values need half a bit less).',
        default: DEFAULT_MIN_ENTROPY,
        source: 'Issue 4 (secrets area): about 3.5 bits per character over at least 16 characters of a base64 or hex alphabet',
      },
      {
        name: 'minEntropyLength',
        description: 'The shortest value whose entropy is measured; shorter values never count as machine-generated.',
        default: DEFAULT_MIN_ENTROPY_LENGTH,
        source: 'Issue 4 (secrets area): about 3.5 bits per character over at least 16 characters of a base64 or hex alphabet',
      },
    ],
    languages: [
      'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
      'yaml', 'json', 'xml', 'dockerfile', 'terraform', 'properties', 'dotenv', 'ini', 'gradle',
    ],
    // Every finding's file names a credential, an authentication call or a connection URL.
    prefilter: ['pass', 'pwd', 'pw', 'secret', 'token', 'key', 'auth', 'cred', 'jwt', 'login', 'connect', '://', 'bearer', '@tcp(', '@unix('],
    examples: {
      javascript: 'const pool = new Pool({ connectionString: process.env.DATABASE_URL });',
      typescript: "const apiKey = process.env.PAYMENTS_API_KEY ?? '';",
      tsx: 'const client = createClient({ token: await loadTokenFromServer() });',
      python: "conn = psycopg2.connect(host=host, user=user, password=os.environ['DB_PASSWORD'])",
      java: 'Connection c = DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"));',
      csharp: 'var credential = new NetworkCredential(user, Environment.GetEnvironmentVariable("SMTP_PASSWORD"));',
      go: 'db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))',
      php: "$db = mysqli_connect($host, $user, getenv('DB_PASSWORD'));",
      ruby: "client = Client.new(api_key: ENV.fetch('PAYMENTS_API_KEY'))",
      shell: 'mysql --user="$DB_USER" --password="$DB_PASSWORD" app',
      yaml: 'env:\n  DB_PASSWORD: ${{ secrets.DB_PASSWORD }}',
      json: '{ "ConnectionStrings": { "Default": "Server=db;Database=app;Authentication=Active Directory Managed Identity" } }',
      xml: '<add key="ApiKey" value="@Microsoft.KeyVault(SecretUri=https://vault.vault.azure.net/secrets/ApiKey/)" />',
      dockerfile: 'RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci',
      terraform: 'password = data.aws_secretsmanager_secret_version.db.secret_string',
      properties: 'spring.datasource.password=${DB_PASSWORD}',
      dotenv: 'DB_PASSWORD=${DB_PASSWORD}',
      ini: 'password = %(DB_PASSWORD)s',
      gradle: 'password = providers.environmentVariable("MAVEN_PASSWORD").get()',
    },
  },
  check,
};
