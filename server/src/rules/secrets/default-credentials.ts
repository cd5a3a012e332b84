/**
 * secrets/default-credentials: default or vendor credentials left in configuration or code,
 * which anyone can look up: `admin`/`admin`, `root` with an empty password, a database image's
 * documented default password, and settings that switch passwords off altogether.
 *
 * What it reports:
 * - vendor settings with their documented defaults, in Compose files, `.env`, Dockerfile `ENV`,
 *   Kubernetes env lists, CI files and `.properties` (`POSTGRES_PASSWORD=postgres`,
 *   `RABBITMQ_DEFAULT_PASS=guest`, `GF_SECURITY_ADMIN_PASSWORD=admin`, `ELASTIC_PASSWORD=changeme`,
 *   `MONGO_INITDB_ROOT_PASSWORD=example`, `MINIO_ROOT_PASSWORD=minioadmin`,
 *   `spring.security.user.password=password`), an empty `MYSQL_ROOT_PASSWORD`, and settings that
 *   let a service run without a password (`MYSQL_ALLOW_EMPTY_PASSWORD=yes`,
 *   `POSTGRES_HOST_AUTH_METHOD=trust`, `ALLOW_EMPTY_PASSWORD=yes`, `NEO4J_AUTH=none`);
 * - a default account name (`admin`, `root`, `sa`, `guest`, `tomcat`, `postgres`, `scott`, …)
 *   beside a password that is empty, the same as the account name, or a well-known default, in
 *   one mapping, section, element, object, keyword-argument list or API call (`tomcat-users.xml`
 *   `<user username="tomcat" password="tomcat">`, `getConnection(url, "sa", "")`,
 *   `mysqli_connect($h, 'root', '')`, `login('admin', 'admin')`);
 * - the same pairs inside connection strings and database URLs (`User Id=sa;Password=;`,
 *   `amqp://guest:guest@…`, Oracle's `scott/tiger@…`), and Redis's sample `requirepass foobared`;
 * - a password-named setting holding one of the most common default passwords (`admin123`,
 *   `123456`, `changeit`, `letmein`), at medium confidence.
 *
 * CI pipeline files (GitHub Actions, GitLab CI and the like) configure service containers that
 * live for one job, so defaults there are reported at low confidence.
 *
 * What it leaves alone: template files (`.env.example`, `*.sample`, `*.template`, `*.dist`),
 * whose defaults are there to be replaced; `sa` with an empty password when the file uses an
 * in-memory H2, HSQLDB or Derby database; words that are only a default beside a default account
 * (`password`, `secret`, `changeme`) when nothing else marks them as one.
 *
 * Ownership: secrets/hardcoded-credential skips every value this rule can report (it keeps the
 * same words in VALUES_OWNED_BY_DEFAULT_CREDENTIALS), so each value has one finding and this, the
 * more specific one, wins. Default credentials are published by their vendors, so the values are
 * not secrets and are not declared as such; messages still never quote a password.
 */
import { nameWords, positionalArgument, positionalCount, safeRegex } from '../../engine/contract';
import type {
  CallSite,
  CodeModel,
  Confidence,
  ConfigEntry,
  ConfigModel,
  Range,
  RelatedLocation,
  Rule,
  RuleContext,
  StringLiteral,
  SyntaxNode,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Word lists

/** Account names that products ship with, or that tutorials make everyone use. */
const DEFAULT_USERS: ReadonlySet<string> = new Set([
  'admin', 'administrator', 'root', 'sa', 'guest', 'tomcat', 'manager', 'postgres', 'system', 'sys', 'scott', 'elastic', 'minioadmin',
  'user', 'test', 'demo', 'neo4j',
]);

/** Accounts that some products let run with no password at all: an empty one beside them is the default. */
const EMPTY_PASSWORD_USERS: ReadonlySet<string> = new Set(['root', 'sa', 'admin', 'administrator', 'postgres', 'system', 'sys']);

/**
 * The most common default passwords and vendor defaults: a default wherever they appear in a
 * password setting. Microsoft's SQL Server container examples and Oracle's are included, since
 * they are copied into real deployments.
 */
const COMMON_DEFAULT_PASSWORDS: ReadonlySet<string> = new Set([
  'admin', 'admin1', 'admin123', 'administrator', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', '123456', '1234567',
  '12345678', '123456789', '1234567890', '111111', '000000', 'qwerty', 'qwerty123', 'letmein', 'welcome', 'welcome1', 'abc123',
  'iloveyou', 'root', 'toor', 'guest', 'changeit', 'tomcat', 's3cret', 'tiger', 'postgres', 'foobared', 'minioadmin',
  'yourstrong(!)password', 'yourstrong!passw0rd', 'yourstrong@passw0rd', 'oradoc_db1',
]);

/** Words that are a default only beside a default account or in a vendor's setting; alone they are placeholders. */
const CONTEXT_DEFAULT_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'secret', 'changeme', 'example', 'test', 'default', 'pass', 'user', 'demo', 'manager', 'oracle', 'mysql', 'change_on_install',
  'elastic', 'neo4j', 'sa', 'system', 'sys', 'scott', 'administrator',
]);


// ---------------------------------------------------------------------------------------------
// Vendor settings

interface VendorPassword {
  /** The account or product the password protects, as the message names it. */
  readonly account: string;
  /** The vendor's documented defaults, besides the common ones. */
  readonly defaults: readonly string[];
  /** An empty value leaves the account without a password (rather than making the image refuse to start). */
  readonly emptyIsNoPassword?: boolean;
}

const VENDOR_PASSWORDS: ReadonlyMap<string, VendorPassword> = new Map([
  ['mysql_root_password', { account: 'MySQL root account', defaults: ['mysql', 'password', 'secret', 'example'], emptyIsNoPassword: true }],
  ['mariadb_root_password', { account: 'MariaDB root account', defaults: ['mariadb', 'mysql', 'password', 'secret', 'example'], emptyIsNoPassword: true }],
  ['mysql_password', { account: 'MySQL account', defaults: ['mysql', 'password', 'secret', 'example'] }],
  ['mariadb_password', { account: 'MariaDB account', defaults: ['mariadb', 'password', 'secret', 'example'] }],
  ['postgres_password', { account: 'PostgreSQL superuser', defaults: ['password', 'secret', 'example'] }],
  ['postgresql_password', { account: 'PostgreSQL account', defaults: ['password', 'secret', 'example'] }],
  ['pgpassword', { account: 'PostgreSQL account', defaults: ['password'] }],
  ['rabbitmq_default_pass', { account: 'RabbitMQ account', defaults: [] }],
  ['gf_security_admin_password', { account: 'Grafana admin account', defaults: [] }],
  ['elastic_password', { account: 'Elasticsearch elastic account', defaults: ['changeme', 'elastic'] }],
  ['mongo_initdb_root_password', { account: 'MongoDB root account', defaults: ['example', 'mongo', 'password', 'secret'] }],
  ['minio_root_password', { account: 'MinIO root account', defaults: [] }],
  ['minio_secret_key', { account: 'MinIO root account', defaults: [] }],
  ['pgadmin_default_password', { account: 'pgAdmin account', defaults: ['password'] }],
  ['keycloak_admin_password', { account: 'Keycloak admin account', defaults: ['password'] }],
  ['kc_bootstrap_admin_password', { account: 'Keycloak admin account', defaults: ['password'] }],
  ['keycloak_password', { account: 'Keycloak admin account', defaults: ['password'] }],
  ['sa_password', { account: 'SQL Server sa account', defaults: ['password'] }],
  ['mssql_sa_password', { account: 'SQL Server sa account', defaults: ['password'] }],
  ['oracle_password', { account: 'Oracle Database accounts', defaults: ['oracle', 'manager', 'change_on_install'] }],
  ['oracle_pwd', { account: 'Oracle Database accounts', defaults: ['oracle', 'manager', 'change_on_install'] }],
  ['jenkins_admin_password', { account: 'Jenkins admin account', defaults: ['password'] }],
  ['redis_password', { account: 'Redis', defaults: ['redis', 'password'] }],
  ['tomcat_password', { account: 'Tomcat manager account', defaults: ['manager'] }],
  ['spring_security_user_password', { account: 'Spring Security default user', defaults: ['password', 'user'] }],
  ['spring.security.user.password', { account: 'Spring Security default user', defaults: ['password', 'user'] }],
]);

/** Every value this rule can report as a default; secrets/hardcoded-credential skips them all. */
export const DEFAULT_CREDENTIAL_VALUES: ReadonlySet<string> = new Set([
  ...DEFAULT_USERS,
  ...COMMON_DEFAULT_PASSWORDS,
  ...CONTEXT_DEFAULT_PASSWORDS,
  ...[...VENDOR_PASSWORDS.values()].flatMap((vendor) => vendor.defaults),
]);

/** Settings that let a service accept connections without any password. */
const PASSWORDLESS_SWITCHES: ReadonlyMap<string, { readonly product: string; readonly when: (value: string) => boolean; readonly effect: string }> = new Map([
  ['mysql_allow_empty_password', { product: 'MySQL', when: isTruthy, effect: 'lets the MySQL root account run with no password' }],
  ['mariadb_allow_empty_root_password', { product: 'MariaDB', when: isTruthy, effect: 'lets the MariaDB root account run with no password' }],
  ['mariadb_allow_empty_password', { product: 'MariaDB', when: isTruthy, effect: 'lets the MariaDB root account run with no password' }],
  ['allow_empty_password', { product: 'the service', when: isTruthy, effect: 'lets the service run with no password' }],
  ['postgres_host_auth_method', { product: 'PostgreSQL', when: (value) => value.toLowerCase() === 'trust', effect: 'lets anyone who can reach PostgreSQL connect without a password' }],
  ['neo4j_auth', { product: 'Neo4j', when: (value) => value.toLowerCase() === 'none', effect: 'turns Neo4j authentication off' }],
]);

function isTruthy(value: string): boolean {
  const lower = value.trim().toLowerCase();
  return lower !== '' && lower !== 'no' && lower !== 'false' && lower !== '0' && lower !== 'off';
}

// ---------------------------------------------------------------------------------------------
// Messages

const CONSEQUENCE = 'Default credentials are published or guessable, so anyone who can reach the service can sign in.';
const NO_PASSWORD = 'Anyone who can reach the service can sign in without knowing any password.';
const CONTROL = 'MoJ requires default passwords to be changed before use (Passwords: Default passwords).';
const ADVICE = 'Set a unique, generated password read from the environment or a secret store, and change it on every system that has run with this one.';

function messageFor(finding: string, consequence = CONSEQUENCE): string {
  return `${finding} ${consequence} ${CONTROL} ${ADVICE}`;
}

function display(name: string): string {
  const trimmed = name.trim().replace(ATTRIBUTE_MARK, '');
  return trimmed.length > 60 ? `${trimmed.slice(0, 59)}…` : trimmed;
}
const ATTRIBUTE_MARK = safeRegex('^@');

type PasswordVerdict = 'empty' | 'same' | 'default';

function pairMessage(user: string, verdict: PasswordVerdict, where: string): string {
  const given = verdict === 'empty' ? 'no password' : verdict === 'same' ? 'its own name as the password' : 'a well-known default password';
  return messageFor(`The default account ${display(user)} is given ${given}${where}.`, verdict === 'empty' ? NO_PASSWORD : CONSEQUENCE);
}

// ---------------------------------------------------------------------------------------------
// Names

const USER_WORDS: ReadonlySet<string> = new Set(['user', 'username', 'login', 'uid', 'userid', 'usr', 'account']);
const PASSWORD_WORDS: ReadonlySet<string> = new Set(['password', 'passwd', 'pwd', 'pass', 'pw', 'passphrase', 'requirepass']);
/** Words after `user` that keep it a user name: `user_name`, `user id`. */
const USER_SUFFIXES: ReadonlySet<string> = new Set(['name', 'id']);
const SEGMENT_SEPARATOR = safeRegex('->|::|[/:\\\\]');
const SIGILS = safeRegex('^[$@&*]+');
const SUBSCRIPT_QUOTES: ReadonlySet<string> = new Set(['"', "'", '`', ':']);

/** The name as written without receivers, sigils or subscripts: `os.environ["DB_USER"]` → `DB_USER`. */
function bareName(raw: string): string {
  let name = raw.trim();
  if (name.endsWith(']')) {
    const open = name.lastIndexOf('[');
    const inner = open >= 0 ? name.slice(open + 1, -1).trim() : '';
    if (SUBSCRIPT_QUOTES.has(inner.charAt(0))) {
      const last = inner.charAt(inner.length - 1);
      return inner.slice(1, last === '"' || last === "'" || last === '`' ? -1 : undefined);
    }
    name = open >= 0 ? name.slice(0, open) : name;
  }
  const parts = name.split(SEGMENT_SEPARATOR).filter((part) => part !== '');
  return (parts[parts.length - 1] ?? '').replace(SIGILS, '');
}

interface Role {
  readonly role: 'user' | 'password';
  /** The words before the role word: settings pair up when these agree (`DB_USER` with `DB_PASSWORD`). */
  readonly prefix: string;
}

/** Whether a name holds a user name or a password, and the prefix that pairs it with its partner. */
function roleOf(raw: string): Role | undefined {
  const words = nameWords(bareName(raw));
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? '';
    const after = words.length - index - 1;
    if (PASSWORD_WORDS.has(word) && after === 0) return { role: 'password', prefix: words.slice(0, index).join('.') };
    if (USER_WORDS.has(word) && (after === 0 || (after === 1 && USER_SUFFIXES.has(words[index + 1] ?? '')))) {
      return { role: 'user', prefix: words.slice(0, index).join('.') };
    }
  }
  return undefined;
}

/**
 * Every name `SettingNames.matters` accepts holds one of these (user and password words, vendor,
 * switch and pair names, `name` and `id`), so a name with none of them is turned away before it is
 * split into words.
 */
const MATTERING_FRAGMENTS: readonly string[] = ['pass', 'pw', 'us', 'login', 'id', 'account', 'secret', 'auth', 'cred', 'name'];

/** Setting names a partner search looks for when the password's name has no prefix to pair on. */
const PARTNER_NAMES: ReadonlySet<string> = new Set(['name', 'id', '@name']);

/**
 * What the settings' names say, worked out once per name for the file being checked: a file names
 * the same few settings many times, and most names play no part in any finding.
 */
class SettingNames {
  private readonly roles = new Map<string, Role | undefined>();
  private readonly relevant = new Map<string, boolean>();

  role(name: string): Role | undefined {
    if (this.roles.has(name)) return this.roles.get(name);
    const role = roleOf(name);
    this.roles.set(name, role);
    return role;
  }

  /**
   * Whether a setting of this name can take part in a finding: a password or user name, a vendor
   * or passwordless-switch setting, a `user:password` value, or a name `checkGroup` and
   * `checkVendorSetting` look for among a password's neighbours. Other settings neither report
   * nor change what their group reports.
   */
  matters(name: string): boolean {
    const known = this.relevant.get(name);
    if (known !== undefined) return known;
    const lower = name.toLowerCase();
    const matters = MATTERING_FRAGMENTS.some((fragment) => lower.includes(fragment)) && this.mattersByName(name);
    this.relevant.set(name, matters);
    return matters;
  }

  private mattersByName(name: string): boolean {
    const key = bareName(name).toLowerCase();
    return (
      this.role(name) !== undefined ||
      VENDOR_PASSWORDS.has(key) ||
      VENDOR_PASSWORDS.has(name.trim().toLowerCase()) ||
      PASSWORDLESS_SWITCHES.has(key) ||
      PAIR_VALUE_WORDS.has(nameWords(key).pop() ?? '') ||
      key === 'rabbitmq_default_user' ||
      key === 'rabbitmq_default_pass' ||
      PARTNER_NAMES.has(key)
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Settings: name/value pairs from every kind of file, grouped so partners can find each other

interface Setting {
  readonly name: string;
  readonly value: string;
  /** Where the value is; for an empty value, where its name is, so the finding has something to point at. */
  readonly range: Range;
  /** Settings in one group may pair up: one mapping, section, element, object, call. */
  readonly group: string;
}

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly confidence: Confidence;
  readonly related?: readonly RelatedLocation[];
}

class Reporter {
  private readonly taken = new Set<string>();

  /** `throwaway`: the file is a CI pipeline, whose service containers live for one job, so findings drop to low confidence. */
  constructor(
    private readonly context: RuleContext,
    private readonly throwaway: boolean,
  ) {}

  has(range: Range): boolean {
    return this.taken.has(`${range.start}:${range.end}`);
  }

  report(hit: Hit): void {
    const key = `${hit.range.start}:${hit.range.end}`;
    if (this.taken.has(key) || hit.range.end <= hit.range.start) return;
    this.taken.add(key);
    const confidence = this.throwaway ? 'low' : hit.confidence;
    this.context.report({ range: hit.range, message: hit.message, confidence, ...(hit.related === undefined ? {} : { related: hit.related }) });
  }
}

interface FileFacts {
  /** The file uses an in-memory database, whose `sa` account with no password is the norm and reachable by nobody. */
  readonly inMemoryDatabase: boolean;
  readonly names: SettingNames;
}

const IN_MEMORY_DATABASES: readonly string[] = ['jdbc:h2:mem', 'jdbc:hsqldb:mem', 'jdbc:derby:memory', 'mode=memory', 'data source=:memory:'];

function inMemoryDatabaseIn(text: string): boolean {
  const lower = text.toLowerCase();
  return IN_MEMORY_DATABASES.some((marker) => lower.includes(marker));
}

function verdictFor(user: string, password: string, facts: Pick<FileFacts, 'inMemoryDatabase'>): PasswordVerdict | undefined {
  const account = user.trim().toLowerCase();
  const lower = password.trim().toLowerCase();
  if (!DEFAULT_USERS.has(account)) return undefined;
  if (lower === '') return EMPTY_PASSWORD_USERS.has(account) && !(account === 'sa' && facts.inMemoryDatabase) ? 'empty' : undefined;
  if (lower === account) return 'same';
  return COMMON_DEFAULT_PASSWORDS.has(lower) || CONTEXT_DEFAULT_PASSWORDS.has(lower) ? 'default' : undefined;
}

/** Reports every default this group of settings holds: vendor settings, default pairs, common defaults. */
function checkSettings(settings: readonly Setting[], reporter: Reporter, facts: FileFacts): void {
  const groups = new Map<string, Setting[]>();
  for (const setting of settings) {
    // Every group keeps its place in the order, but holds only the settings that can matter.
    const list = groups.get(setting.group) ?? [];
    if (list.length === 0) groups.set(setting.group, list);
    if (facts.names.matters(setting.name)) list.push(setting);
  }
  for (const group of groups.values()) if (group.length > 0) checkGroup(group, reporter, facts);
}

function checkGroup(group: readonly Setting[], reporter: Reporter, facts: FileFacts): void {
  for (const setting of group) checkVendorSetting(setting, group, reporter);
  const users = group.map((setting) => ({ setting, role: facts.names.role(setting.name) })).filter((item) => item.role?.role === 'user');
  for (const setting of group) {
    const role = facts.names.role(setting.name);
    if (role?.role !== 'password') continue;
    const partner = users.find((user) => user.role?.prefix === role.prefix && user.setting !== setting)?.setting
      ?? (role.prefix === '' ? group.find((other) => other !== setting && (bareName(other.name).toLowerCase() === 'name' || bareName(other.name).toLowerCase() === 'id' || bareName(other.name).toLowerCase() === '@name')) : undefined);
    const verdict = partner === undefined ? undefined : verdictFor(partner.value, setting.value, facts);
    if (partner !== undefined && verdict !== undefined) {
      reporter.report({
        range: setting.range,
        message: pairMessage(partner.value, verdict, ''),
        confidence: 'high',
        related: [{ range: partner.range, message: 'The default account name is set here.' }],
      });
      continue;
    }
    if (COMMON_DEFAULT_PASSWORDS.has(setting.value.trim().toLowerCase())) {
      reporter.report({ range: setting.range, message: messageFor(`A common default password is assigned to ${display(setting.name)}.`), confidence: 'medium' });
    }
  }
}

/** Setting names whose value holds `user:password` or `user/password`. */
const PAIR_VALUE_WORDS: ReadonlySet<string> = new Set(['auth', 'credentials', 'userinfo', 'userpass']);

/** A pair's verdict without file facts: an empty password is never inferred from a pair in one value. */
function pairVerdict(user: string, password: string): PasswordVerdict | undefined {
  return password === '' ? undefined : verdictFor(user, password, { inMemoryDatabase: false });
}

function checkVendorSetting(setting: Setting, group: readonly Setting[], reporter: Reporter): void {
  const key = bareName(setting.name).toLowerCase();
  const lookup = VENDOR_PASSWORDS.get(key) ?? VENDOR_PASSWORDS.get(setting.name.trim().toLowerCase());
  const value = setting.value.trim();
  const lower = value.toLowerCase();
  if (lookup !== undefined) {
    if (value === '' && lookup.emptyIsNoPassword === true) {
      reporter.report({ range: setting.range, message: messageFor(`${display(setting.name)} is empty, so the ${lookup.account} has no password.`, NO_PASSWORD), confidence: 'high' });
    } else if (lookup.defaults.includes(lower) || COMMON_DEFAULT_PASSWORDS.has(lower)) {
      reporter.report({ range: setting.range, message: messageFor(`${display(setting.name)} gives the ${lookup.account} a well-known default password.`), confidence: 'high' });
    }
    return;
  }
  const switchSetting = PASSWORDLESS_SWITCHES.get(key);
  if (switchSetting !== undefined && switchSetting.when(value)) {
    reporter.report({ range: setting.range, message: messageFor(`${display(setting.name)}=${value} ${switchSetting.effect}.`, NO_PASSWORD), confidence: 'high' });
    return;
  }
  const lastWord = nameWords(key).pop() ?? '';
  if (PAIR_VALUE_WORDS.has(lastWord)) {
    // `NEO4J_AUTH=neo4j/neo4j`, Grafana's `auth = "admin:admin"`: a user and a password in one value.
    const separator = value.includes(':') ? value.indexOf(':') : value.indexOf('/');
    const user = value.slice(0, separator);
    const password = value.slice(separator + 1);
    const verdict = separator > 0 ? pairVerdict(user, password) : undefined;
    if (verdict !== undefined && password !== '') {
      const range = { start: setting.range.end - password.length, end: setting.range.end };
      reporter.report({ range, message: pairMessage(user, verdict, ` in ${display(setting.name)}`), confidence: 'high' });
    }
    return;
  }
  if (key === 'rabbitmq_default_user' && lower === 'guest' && !group.some((other) => bareName(other.name).toLowerCase() === 'rabbitmq_default_pass')) {
    reporter.report({
      range: setting.range,
      message: messageFor(`${display(setting.name)} keeps RabbitMQ's guest account, whose password defaults to guest.`),
      confidence: 'high',
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Credentials inside strings: connection strings, database URLs, Oracle logins, Redis's requirepass

const DATABASE_SCHEMES: ReadonlySet<string> = new Set([
  'postgres', 'postgresql', 'mysql', 'mysqlx', 'mariadb', 'mongodb', 'mongo', 'redis', 'rediss', 'amqp', 'amqps', 'mssql', 'sqlserver',
  'oracle', 'cockroachdb', 'clickhouse', 'cassandra', 'neo4j', 'bolt', 'nats', 'memcached', 'db2', 'sybase', 'couchbase', 'influxdb',
]);
const KEYWORD_FIELD = safeRegex('(^|;)\\s*(user id|userid|uid|user|username|password|pwd)\\s*=\\s*([^;]*)', 'gi');
const ORACLE_LOGIN = safeRegex('(^|[\\s"\'=:])(scott|system|sys)/(tiger|manager|change_on_install|oracle)@', 'gi');
const REQUIREPASS = safeRegex('(^|\\s)(--)?requirepass\\s+["\']?foobared(["\']|\\s|$)', 'gi');
const REDIS_SAMPLE_VALUE = 'foobared';
const REDIS_SAMPLE = safeRegex(REDIS_SAMPLE_VALUE, 'i');

interface Placed {
  readonly value: string;
  readonly range: Range;
  /** The document holds the value exactly as `value`, so offsets inside it map to the document. */
  readonly exact: boolean;
}

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
  return lower === 'mongodb+srv' || DATABASE_SCHEMES.has(lower.split('+')[0] ?? '');
}

/**
 * Whether a string could hold any login `checkString` reads: URLs, Go DSNs and Oracle logins have
 * an `@`, connection strings a `;` and an `=`, Redis's sample configuration `foobared`. Asked for
 * every string in the file, so the scans and regular expressions run only where it says yes.
 */
function mayHoldLogin(value: string): boolean {
  return value.includes('@') || (value.includes(';') && value.includes('=')) || REDIS_SAMPLE.test(value);
}

function checkString(placed: Placed, reporter: Reporter, facts: FileFacts): void {
  if (!placed.exact || !mayHoldLogin(placed.value)) return;
  const { value } = placed;
  const at = (offset: number, length: number): Range => ({ start: placed.range.start + offset, end: placed.range.start + offset + length });
  for (const url of urlCredentials(value)) {
    const user = value.slice(url.user.start, url.user.end);
    const password = value.slice(url.password.start, url.password.end);
    if (!schemeIsDatabase(url.scheme) || user === '') continue;
    const verdict = verdictFor(decodeURIComponentSafe(user), decodeURIComponentSafe(password), facts);
    if (verdict === undefined) continue;
    const range = password === '' ? url.user : url.password;
    reporter.report({ range: at(range.start, range.end - range.start), message: pairMessage(user, verdict, ' in this connection URL'), confidence: 'high' });
  }
  if (value.includes(';') && value.includes('=')) checkKeywordString(placed, reporter, facts);
  checkGoMysqlDsn(placed, reporter, facts);
  // Both patterns below need text most strings lack; asking for it first spares a regular-expression scan of every string.
  if (value.includes('@') && value.includes('/')) for (const match of value.matchAll(ORACLE_LOGIN)) {
    const [, lead = '', user = '', password = ''] = match;
    const start = (match.index ?? 0) + lead.length + user.length + 1;
    reporter.report({ range: at(start, password.length), message: pairMessage(user, 'default', ' in this Oracle login'), confidence: 'high' });
  }
  if (REDIS_SAMPLE.test(value)) for (const match of value.matchAll(REQUIREPASS)) {
    const start = (match.index ?? 0) + match[0].toLowerCase().lastIndexOf(REDIS_SAMPLE_VALUE);
    reporter.report({ range: at(start, REDIS_SAMPLE_VALUE.length), message: messageFor('Redis is given the example password from its sample configuration (requirepass).'), confidence: 'high' });
  }
}

/** `Server=…;User Id=sa;Password=;` and friends: the user and password keywords of one connection string. */
function checkKeywordString(placed: Placed, reporter: Reporter, facts: FileFacts): void {
  let user: { value: string; start: number; length: number } | undefined;
  let password: { value: string; start: number; length: number; keyStart: number } | undefined;
  for (const match of placed.value.matchAll(KEYWORD_FIELD)) {
    const [whole, lead = '', key = '', rawValue = ''] = match;
    const value = rawValue.trim();
    const start = (match.index ?? 0) + whole.length - rawValue.length;
    const keyStart = (match.index ?? 0) + lead.length + whole.slice(lead.length).indexOf(key);
    const lower = key.toLowerCase();
    if (lower === 'password' || lower === 'pwd') password = { value, start, length: value.length, keyStart };
    else user = { value, start, length: value.length };
  }
  if (user === undefined || password === undefined) return;
  const verdict = verdictFor(user.value, password.value, facts);
  if (verdict === undefined) return;
  const range = password.length === 0
    ? { start: placed.range.start + password.keyStart, end: placed.range.start + password.start }
    : { start: placed.range.start + password.start, end: placed.range.start + password.start + password.length };
  reporter.report({ range, message: pairMessage(user.value, verdict, ' in this connection string'), confidence: 'high' });
}

/** Go's MySQL DSN, `root:@tcp(db:3306)/app`: the user and password before `@tcp(` or `@unix(`. */
function checkGoMysqlDsn(placed: Placed, reporter: Reporter, facts: FileFacts): void {
  const { value } = placed;
  const at = value.indexOf('@tcp(') >= 0 ? value.indexOf('@tcp(') : value.indexOf('@unix(');
  const colon = value.indexOf(':');
  if (at <= 0 || colon <= 0 || colon > at) return;
  const user = value.slice(0, colon);
  const password = value.slice(colon + 1, at);
  if (WHITESPACE_OR_SLASH.test(user) || password.includes('@')) return;
  const verdict = verdictFor(user, password, facts);
  if (verdict === undefined) return;
  const start = placed.range.start + (password === '' ? 0 : colon + 1);
  const length = password === '' ? user.length : password.length;
  reporter.report({ range: { start, end: start + length }, message: pairMessage(user, verdict, ' in this connection string'), confidence: 'high' });
}
const WHITESPACE_OR_SLASH = safeRegex('[\\s/]');

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// ---------------------------------------------------------------------------------------------
// Code

const TRANSPARENT_TYPES: ReadonlySet<string> = new Set(['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression']);
const SAME_TEXT_METHODS: ReadonlySet<string> = new Set(['toCharArray', 'ToCharArray', 'getBytes', 'encode', 'freeze', 'to_s']);

interface CodeFacts {
  readonly code: CodeModel;
  readonly text: string;
  readonly literals: ReadonlyMap<number, StringLiteral>;
}

interface Literal {
  readonly node: SyntaxNode;
  readonly value: string;
}

function literalOf(facts: CodeFacts, node: SyntaxNode | null | undefined): Literal | undefined {
  let current = node ?? undefined;
  for (let depth = 0; current !== undefined && depth < 4; depth++) {
    if (TRANSPARENT_TYPES.has(current.type)) {
      current = current.namedChildren[0] ?? undefined;
      continue;
    }
    const call = facts.code.callAt(current);
    if (call?.receiver !== undefined && call.args.length === 0 && SAME_TEXT_METHODS.has(call.name)) {
      current = call.receiver;
      continue;
    }
    break;
  }
  if (current === undefined) return undefined;
  // Only a literal or a shell word can be the answer: other nodes are turned away before their
  // constant value, the most expensive step here, is worked out.
  const literal = facts.literals.get(current.id);
  const shellWord = facts.code.language === 'shell' && current.type === 'word';
  if (literal === undefined && !shellWord) return undefined;
  const value = facts.code.valueOf(current);
  if (value.kind !== 'string') return undefined;
  if (literal !== undefined) return literal.value === value.value ? { node: current, value: literal.value } : undefined;
  if (shellWord && !current.text.includes('$')) return { node: current, value: value.value };
  return undefined;
}

function nodeRange(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

/** Connection and authentication APIs with their user and password parameters, by lower-case name. */
const CREDENTIAL_PARAMETERS: ReadonlyMap<string, { readonly user: number; readonly password: number; readonly arity?: number; readonly constructorOnly?: boolean }> = new Map([
  ['getconnection', { user: 1, password: 2, arity: 3 }],
  ['networkcredential', { user: 0, password: 1 }],
  ['passwordauthentication', { user: 0, password: 1 }],
  ['usernamepasswordcredentials', { user: 0, password: 1, arity: 2 }],
  ['usernamepasswordauthenticationtoken', { user: 0, password: 1 }],
  ['setbasicauth', { user: 0, password: 1 }],
  ['basicauth', { user: 0, password: 1, arity: 2 }],
  ['basicauthenticationinterceptor', { user: 0, password: 1 }],
  ['userpassword', { user: 0, password: 1 }],
  ['plainauth', { user: 1, password: 2 }],
  ['httpbasicauth', { user: 0, password: 1 }],
  ['httpdigestauth', { user: 0, password: 1 }],
  ['mysqli_connect', { user: 1, password: 2 }],
  ['mysql_connect', { user: 1, password: 2 }],
  ['mysqli', { user: 1, password: 2, constructorOnly: true }],
  ['pdo', { user: 1, password: 2, constructorOnly: true }],
  ['sequelize', { user: 1, password: 2, constructorOnly: true }],
  ['ftp_login', { user: 1, password: 2 }],
  ['ssh2_auth_password', { user: 1, password: 2 }],
]);
const PYTHON_POSITIONAL_CONNECT: ReadonlySet<string> = new Set(['pymysql.connect', 'MySQLdb.connect', 'mysql.connector.connect']);
/** Sign-in calls whose two arguments are a user and a password: reported at medium confidence, the API being unknown. */
const LOGIN_CALLS: ReadonlySet<string> = new Set(['login', 'signin', 'sign_in', 'authenticate', 'logIn', 'signIn']);

function checkCall(facts: CodeFacts, call: CallSite, reporter: Reporter, fileFacts: FileFacts): void {
  const lower = call.name.toLowerCase();
  const parameters = CREDENTIAL_PARAMETERS.get(lower);
  // Asked for every call: most are none of the three kinds below, so they leave before their arguments are counted.
  if (parameters === undefined && !PYTHON_POSITIONAL_CONNECT.has(call.qualified) && !LOGIN_CALLS.has(call.name)) return;
  const count = positionalCount(call);
  let indexes: { user: number; password: number } | undefined;
  let confidence: Confidence = 'high';
  if (parameters !== undefined && (parameters.constructorOnly !== true || call.isConstructor) && (parameters.arity === undefined || count === parameters.arity)) indexes = parameters;
  else if (PYTHON_POSITIONAL_CONNECT.has(call.qualified) && count >= 3) indexes = { user: 1, password: 2 };
  else if (LOGIN_CALLS.has(call.name) && count === 2) {
    indexes = { user: 0, password: 1 };
    confidence = 'medium';
  }
  if (indexes === undefined) return;
  const user = literalOf(facts, positionalArgument(call, indexes.user));
  const password = literalOf(facts, positionalArgument(call, indexes.password));
  if (user === undefined || password === undefined) return;
  const verdict = verdictFor(user.value, password.value, fileFacts);
  if (verdict === undefined) return;
  const callee = call.callee.includes('(') ? call.name : display(call.callee);
  reporter.report({
    range: nodeRange(password.node),
    message: pairMessage(user.value, verdict, ` in this call to ${callee}`),
    confidence,
    related: [{ range: nodeRange(user.node), message: 'The default account name is passed here.' }],
  });
}

const PAIR_TYPES: ReadonlySet<string> = new Set(['tuple', 'list', 'array', 'array_creation_expression']);

/**
 * The named literal values of the file, grouped by object or function. Only names that matter
 * (`SettingNames.matters`) are kept when `all` is false: the others could not take part in a
 * finding, and their group (a parent or enclosing function) costs node reads to work out.
 */
function codeSettings(facts: CodeFacts, names: SettingNames, all: boolean): Setting[] {
  const settings: Setting[] = [];
  for (const pair of facts.code.keyValues()) {
    if (!all && !names.matters(pair.key)) continue;
    const literal = literalOf(facts, pair.value);
    if (literal !== undefined) settings.push({ name: pair.key, value: literal.value, range: nodeRange(literal.node), group: `pair:${pair.node.parent?.id ?? -1}` });
  }
  for (const assignment of facts.code.assignments()) {
    if (!all && !names.matters(assignment.target)) continue;
    const literal = literalOf(facts, assignment.value);
    if (literal === undefined) continue;
    const scope = facts.code.enclosingFunction(assignment.node)?.id ?? -1;
    settings.push({ name: assignment.target, value: literal.value, range: nodeRange(literal.node), group: `scope:${scope}` });
  }
  return settings;
}

/** Python requests' `auth=('admin', 'admin')`. */
function checkAuthTuples(facts: CodeFacts, reporter: Reporter, fileFacts: FileFacts): void {
  for (const pair of facts.code.keyValues()) {
    if (pair.key !== 'auth' || !PAIR_TYPES.has(pair.value.type)) continue;
    const items = pair.value.namedChildren.filter((child) => child !== null && child.type !== 'comment');
    const user = literalOf(facts, items[0]);
    const password = literalOf(facts, items[1]);
    if (items.length !== 2 || user === undefined || password === undefined) continue;
    const verdict = verdictFor(user.value, password.value, fileFacts);
    if (verdict === undefined) continue;
    reporter.report({
      range: nodeRange(password.node),
      message: pairMessage(user.value, verdict, ''),
      confidence: 'high',
      related: [{ range: nodeRange(user.node), message: 'The default account name is passed here.' }],
    });
  }
}

function checkCode(context: RuleContext, code: CodeModel, reporter: Reporter, fileFacts: FileFacts): void {
  const text = context.document.text;
  const literals = new Map<number, StringLiteral>();
  for (const literal of code.strings()) literals.set(literal.node.id, literal);
  const facts: CodeFacts = { code, text, literals };
  for (const literal of literals.values()) {
    if (!mayHoldLogin(literal.value)) continue;
    const exact = text.slice(literal.valueRange.start, literal.valueRange.end) === literal.value;
    checkString({ value: literal.value, range: literal.valueRange, exact }, reporter, fileFacts);
  }
  for (const call of code.calls()) checkCall(facts, call, reporter, fileFacts);
  checkAuthTuples(facts, reporter, fileFacts);
  const settings = codeSettings(facts, fileFacts.names, false);
  // Leaving settings out changes which group is checked first. That matters only when two settings
  // flag overlapping text (the reporter keeps the first finding at a range); then all are read.
  checkSettings(anyOverlap(settings) ? codeSettings(facts, fileFacts.names, true) : settings, reporter, fileFacts);
}

function anyOverlap(settings: readonly Setting[]): boolean {
  const ranges = settings.map((setting) => setting.range).sort((a, b) => a.start - b.start);
  for (let index = 1; index < ranges.length; index++) if ((ranges[index]?.start ?? 0) < (ranges[index - 1]?.end ?? 0)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Configuration files

const VALUE_KEYS: ReadonlySet<string> = new Set(['value', '@value']);
const NAME_KEYS: ReadonlySet<string> = new Set(['name', 'key', '@name', '@key']);
const SEQUENCE_INDEX = safeRegex('^[0-9]+$');
const SEQUENCE_ASSIGNMENT = safeRegex('^([A-Za-z_][A-Za-z0-9_.-]*)=');
const ASSIGNMENT_WORD = safeRegex('^([A-Za-z_][A-Za-z0-9_.-]*)=("[^"]*"|\'[^\']*\'|\\S*)$');
const WORD = safeRegex('\\S+', 'g');

function parentPath(entry: ConfigEntry): string {
  return entry.path.slice(0, -1).join('\u0000');
}

/** Settings that belong together: one mapping, section or element; a whole flat file. */
function groupOf(entry: ConfigEntry): string {
  return `${entry.blockId ?? -1}\u0000${parentPath(entry)}`;
}

function emptyRange(entry: ConfigEntry): Range {
  return entry.keyRange;
}

function configSettings(config: ConfigModel, text: string): { settings: Setting[]; strings: Placed[] } {
  const entries = config.entries();
  const siblings = new Map<string, ConfigEntry[]>();
  for (const entry of entries) {
    const key = groupOf(entry);
    const list = siblings.get(key);
    if (list === undefined) siblings.set(key, [entry]);
    else list.push(entry);
  }
  const settings: Setting[] = [];
  const strings: Placed[] = [];
  for (const entry of entries) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    const exact = text.slice(entry.valueRange.start, entry.valueRange.end) === entry.value;
    strings.push({ value: entry.value, range: entry.valueRange, exact });
    const range = entry.value === '' ? emptyRange(entry) : entry.valueRange;
    if (config.format === 'dockerfile') {
      if (entry.key === 'ENV' || entry.key === 'ARG') settings.push(...dockerSettings(text, entry));
      continue;
    }
    if (config.format === 'terraform' && entry.value !== '' && text.charAt(entry.valueRange.start - 1) !== '"') continue;
    const sequenceAssignment = SEQUENCE_INDEX.test(entry.key) ? SEQUENCE_ASSIGNMENT.exec(entry.value) : null;
    if (sequenceAssignment !== null) {
      const variable = sequenceAssignment[1] ?? '';
      const value = entry.value.slice(variable.length + 1);
      const start = entry.valueRange.start + variable.length + 1;
      const valueRange = value === '' ? { start: entry.valueRange.start, end: start - 1 } : { start, end: entry.valueRange.end };
      settings.push({ name: variable, value, range: exact ? valueRange : entry.valueRange, group: groupOf(entry) });
      continue;
    }
    if (VALUE_KEYS.has(entry.key.toLowerCase())) {
      const named = (siblings.get(groupOf(entry)) ?? []).find((sibling) => NAME_KEYS.has(sibling.key.toLowerCase()) && sibling.value !== undefined);
      if (named?.value !== undefined) {
        // Kubernetes env items and appSettings `<add>` elements pair up across the list they are in.
        const list = entry.path.slice(0, -2).join('\u0000');
        settings.push({ name: named.value, value: entry.value, range, group: `${list}\u0000list` });
        continue;
      }
    }
    if (SEQUENCE_INDEX.test(entry.key)) continue;
    settings.push({ name: entry.key, value: entry.value, range, group: groupOf(entry) });
  }
  return { settings, strings };
}

/** `ENV MYSQL_ROOT_PASSWORD=`, `ENV A=1 B=2`, `ARG POSTGRES_PASSWORD=postgres`: one group per build stage. */
function dockerSettings(text: string, entry: ConfigEntry): Setting[] {
  const range = entry.valueRange;
  if (range === undefined) return [];
  const settings: Setting[] = [];
  const raw = text.slice(range.start, range.end);
  for (const match of raw.matchAll(WORD)) {
    const word = match[0];
    const assignment = ASSIGNMENT_WORD.exec(word);
    if (assignment === null) continue;
    const variable = assignment[1] ?? '';
    const rawValue = assignment[2] ?? '';
    const quoted = rawValue.startsWith('"') || rawValue.startsWith("'");
    const value = quoted ? rawValue.slice(1, -1) : rawValue;
    const wordStart = range.start + (match.index ?? 0);
    const valueStart = wordStart + variable.length + 1 + (quoted ? 1 : 0);
    const valueRange = value === '' ? { start: wordStart, end: wordStart + variable.length } : { start: valueStart, end: valueStart + value.length };
    settings.push({ name: variable, value, range: valueRange, group: `stage:${entry.blockId ?? -1}` });
  }
  return settings;
}

function checkConfig(context: RuleContext, config: ConfigModel, reporter: Reporter, fileFacts: FileFacts): void {
  const { settings, strings } = configSettings(config, context.document.text);
  // Connection strings first: their findings point inside a value that a whole-value finding would cover.
  for (const placed of strings) checkString(placed, reporter, fileFacts);
  checkSettings(settings.filter((setting) => !reporter.has(setting.range)), reporter, fileFacts);
}

// ---------------------------------------------------------------------------------------------
// The rule

/** `.env.example`, `docker-compose.sample.yml`, `settings.py.dist`: files whose values are there to be replaced. */
const TEMPLATE_MARKERS: readonly string[] = ['.example', '.sample', '.template', '.dist', '.tmpl', '-example.', '-sample.', '-template.', '_example.', '_sample.'];

function isTemplateFile(path: string): boolean {
  const name = (path.split('/').pop() ?? path).toLowerCase();
  return TEMPLATE_MARKERS.some((marker) => name.includes(marker));
}

/** CI pipeline definitions: the databases they configure are service containers started for one job. */
const PIPELINE_MARKERS: readonly string[] = ['.github/workflows/', '.gitlab-ci.yml', '.circleci/', 'azure-pipelines', 'bitbucket-pipelines.yml', '.woodpecker', '.drone.yml'];

function isPipelineFile(path: string): boolean {
  const lower = `/${path.toLowerCase()}`;
  return PIPELINE_MARKERS.some((marker) => lower.includes(marker));
}

function check(context: RuleContext): void {
  if (isTemplateFile(context.document.path)) return;
  // Lower-casing the whole file is needed only for an empty password, so it waits until one is judged.
  let inMemoryDatabase: boolean | undefined;
  const fileFacts: FileFacts = {
    get inMemoryDatabase() {
      return (inMemoryDatabase ??= inMemoryDatabaseIn(context.document.text));
    },
    names: new SettingNames(),
  };
  const reporter = new Reporter(context, isPipelineFile(context.document.path));
  if (context.code !== undefined) checkCode(context, context.code, reporter, fileFacts);
  else if (context.config !== undefined) checkConfig(context, context.config, reporter, fileFacts);
}

export const defaultCredentials: Rule = {
  meta: {
    id: 'secrets/default-credentials',
    title: 'Default or vendor credentials left in configuration or code',
    area: 'secrets',
    severity: 'high',
    confidence: 'high',
    cwe: [1392, 521],
    owasp: 'A07:2021 Identification and Authentication Failures',
    policy: [
      'passwords#default-passwords',
      'password-creation-and-authentication-guide#default-passwords',
      'technical-controls-policy#user-password-management',
    ],
    basis: 'explicit',
    why:
      'Default and vendor credentials are published in documentation and tried first by attackers, so a service that keeps them can be signed into by anyone who can reach it. ' +
      'MoJ requires default passwords to be changed before use (Passwords: Default passwords; Technical Controls Policy POL.TCP.046).',
    howToFix:
      'Give every account a unique, generated password read from the environment or a secret store, never an empty one, ' +
      'and change the password on every system that has run with the default.',
    // No fix: a new password has to be generated and stored wherever the deployment keeps secrets.
    fixSafety: 'suggestion',
    languages: [
      'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
      'yaml', 'json', 'xml', 'dockerfile', 'terraform', 'properties', 'dotenv', 'ini', 'npmrc', 'gradle',
    ],
    // Every finding's file names a password, an authentication setting, a sign-in call or a connection URL.
    prefilter: ['pass', 'pwd', 'pw', 'auth', 'login', 'sign', 'credential', 'connect', '://', 'tiger', 'manager', 'rabbitmq', '@tcp(', '@unix('],
    examples: {
      yaml: 'environment:\n  POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password',
      dotenv: 'MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD}',
      dockerfile: '# Pass the password at run time: docker run -e RABBITMQ_DEFAULT_PASS="$(cat rabbit-password)" …',
      properties: 'spring.security.user.password=${APP_ADMIN_PASSWORD}',
      xml: '<user username="deployer" password="${tomcat.deployer.password}" roles="manager-script"/>',
      json: '{ "ConnectionStrings": { "Default": "Server=db;Database=app;Authentication=Active Directory Managed Identity" } }',
      terraform: 'password = random_password.db.result',
      java: 'Connection c = DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"));',
      csharp: 'var credential = new NetworkCredential(user, Environment.GetEnvironmentVariable("SMTP_PASSWORD"));',
      python: "requests.get(url, auth=(os.environ['API_USER'], os.environ['API_PASSWORD']))",
      javascript: 'const pool = mysql.createPool({ user: process.env.DB_USER, password: process.env.DB_PASSWORD });',
      php: "$db = mysqli_connect($host, getenv('DB_USER'), getenv('DB_PASSWORD'));",
    },
  },
  check,
};
