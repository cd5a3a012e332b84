/**
 * transport/weak-cipher-suite: TLS cipher suites that give little or no protection enabled in
 * code or configuration: NULL (no encryption), anonymous (no server authentication), export-grade,
 * RC4, single DES and triple DES.
 *
 * Cipher lists come in two dialects. OpenSSL cipher strings (nginx, Apache, HAProxy, Node,
 * Python, PHP, Ruby, curl) are tokens separated by `:`, `,` or spaces; a token is a suite name
 * (`RC4-SHA`), an alias (`RC4`, `aNULL`, `HIGH`) or an intersection of aliases (`EECDH+3DES`),
 * and a `!` or `-` prefix excludes rather than adds, so `!RC4` is the safe form. IANA names
 * (`TLS_RSA_WITH_RC4_128_SHA`) are what Java, Go, .NET and Spring list, one suite per item.
 * The broad aliases `ALL`, `DEFAULT` and `MEDIUM` leave the choice to the TLS library, whose
 * older versions include weak suites in them; they are reported at medium unless the list
 * excludes every weak family they can bring.
 *
 * Lists are found and split by the token machinery of transport/weak-tls-version, which reads
 * protocol lists from the same places.
 */
import { namedArgument, positionalArgument } from '../../engine/contract';
import type { CallSite, CodeModel, ConfigModel, Fix, Range, Rule, RuleContext, SyntaxNode, TextEdit } from '../../engine/contract';
import {
  bareKey,
  codeTokens,
  configLists,
  configValues,
  joinWords,
  lastName,
  rangeOf,
  removalEdit,
  replaceAllEdit,
  settingName,
  shellCommand,
  splitTokens,
  type Token,
  type TokenList,
} from './weak-tls-version';

// ---------------------------------------------------------------------------------------------
// Weak families and how cipher names show them
// ---------------------------------------------------------------------------------------------

type WeakFamily = 'null' | 'anonymous' | 'export' | 'rc4' | 'des' | '3des';

/** Families in the order a name is judged by: a NULL anonymous suite is reported as NULL. */
const FAMILY_ORDER: readonly WeakFamily[] = ['null', 'anonymous', 'export', 'rc4', 'des', '3des'];

/** OpenSSL aliases for whole weak families (case-sensitive, as OpenSSL reads them). */
const WEAK_ALIASES: ReadonlyMap<string, WeakFamily> = new Map<string, WeakFamily>([
  ['NULL', 'null'], ['eNULL', 'null'], ['COMPLEMENTOFALL', 'null'],
  ['aNULL', 'anonymous'], ['ADH', 'anonymous'], ['AECDH', 'anonymous'], ['COMPLEMENTOFDEFAULT', 'anonymous'],
  ['EXPORT', 'export'], ['EXP', 'export'], ['EXPORT40', 'export'], ['EXPORT56', 'export'],
  ['RC4', 'rc4'],
  ['DES', 'des'], ['LOW', 'des'],
  ['3DES', '3des'],
]);

/** Aliases that leave the choice to the library, and the weak families older libraries put in them. */
const BROAD_ALIASES: ReadonlyMap<string, readonly WeakFamily[]> = new Map<string, readonly WeakFamily[]>([
  // ALL is everything but eNULL.
  ['ALL', ['anonymous', 'export', 'rc4', 'des', '3des']],
  // OpenSSL 1.0.2's DEFAULT still held RC4 and 3DES.
  ['DEFAULT', ['rc4', '3des']],
  // MEDIUM held RC4 in OpenSSL 1.0.x and 3DES from 1.1.0.
  ['MEDIUM', ['rc4', '3des']],
]);

/** The exclusion a fix adds for each family. */
const EXCLUSIONS: Readonly<Record<WeakFamily, string>> = {
  null: 'eNULL',
  anonymous: 'aNULL',
  export: 'EXPORT',
  rc4: 'RC4',
  des: 'DES',
  '3des': '3DES',
};

/** The weak family a single cipher name belongs to: an alias, an OpenSSL suite name or an IANA one. */
function familyOfName(name: string): WeakFamily | undefined {
  const alias = WEAK_ALIASES.get(name);
  if (alias !== undefined) return alias;
  const iana = name.startsWith('TLS_') || name.startsWith('SSL_');
  const parts = iana ? name.split('_') : name.includes('-') ? name.split('-') : [];
  if (parts.length === 0) return undefined;
  const has = (...words: readonly string[]): boolean => words.some((word) => parts.includes(word));
  const found: Readonly<Record<WeakFamily, boolean>> = {
    null: has('NULL'),
    anonymous: iana ? has('anon') : has('ADH', 'AECDH'),
    export: has('EXPORT', 'EXPORT1024', 'EXP', 'EXP1024', 'DES40'),
    rc4: has('RC4'),
    // OpenSSL writes triple DES as `DES-CBC3` (or `3DES` in PSK and SRP suites).
    des: has('DES') && !has('CBC3'),
    '3des': has('3DES') || (has('DES') && has('CBC3')),
  };
  return FAMILY_ORDER.find((family) => found[family]);
}

/** What an OpenSSL cipher-string token does: add suites, exclude them, reorder them, or something else. */
type TokenKind = 'add' | 'exclude' | 'other';

function kindOf(token: string): TokenKind {
  const first = token[0];
  if (first === '!' || first === '-') return 'exclude';
  // `+X` moves suites already chosen to the end, and `@STRENGTH`/`@SECLEVEL` are commands.
  if (first === '+' || first === '@' || first === undefined) return 'other';
  return 'add';
}

/** The weak family an added token brings: any weak part of an intersection (`EECDH+RC4`) makes it weak. */
function familyOfToken(token: string): WeakFamily | undefined {
  const families = token.split('+').map(familyOfName);
  return FAMILY_ORDER.find((family) => families.includes(family));
}

// ---------------------------------------------------------------------------------------------
// Messages and fixes
// ---------------------------------------------------------------------------------------------

const CONTROL =
  "MoJ expects adequate and proportionate cryptography in transit and follows NCSC's TLS guidance for how to configure it (Cryptography: Transport Layer Security (TLS)).";

const FAMILY_TEXT: Readonly<Record<WeakFamily, { readonly suites: string; readonly short: string; readonly why: string }>> = {
  null: { suites: 'NULL cipher suites', short: 'NULL', why: 'they do not encrypt the traffic at all' },
  anonymous: { suites: 'anonymous cipher suites', short: 'anonymous', why: 'they do not authenticate the server, so anyone on the network path can impersonate it' },
  export: { suites: 'export-grade cipher suites', short: 'export-grade', why: 'their deliberately shortened keys can be broken quickly' },
  rc4: { suites: 'RC4 cipher suites', short: 'RC4', why: 'biases in RC4 let an attacker recover plaintext from repeated traffic' },
  des: { suites: 'single-DES cipher suites', short: 'single-DES', why: 'a 56-bit DES key can be found by brute force' },
  '3des': { suites: 'triple-DES (3DES) cipher suites', short: 'triple-DES', why: 'their 64-bit block lets an attacker recover data from long-lived connections (Sweet32)' },
};

/** Names the token too, so two weak suites of one family side by side are two findings. */
function weakMessage(family: WeakFamily, token: string): string {
  const text = FAMILY_TEXT[family];
  return `This cipher setting enables ${text.suites} (${token}), which NCSC and industry guidance consider weak: ${text.why}. ${CONTROL} Remove them and offer ECDHE suites with AES-GCM or ChaCha20-Poly1305.`;
}

function broadMessage(alias: string, families: readonly WeakFamily[]): string {
  const named = joinWords(families.map((family) => FAMILY_TEXT[family].short));
  const exclusions = families.map((family) => `!${EXCLUSIONS[family]}`).join(':');
  return `"${alias}" leaves the choice of cipher suites to the TLS library, and older versions include ${named} suites in it, which NCSC and industry guidance consider weak. ${CONTROL} Exclude them (${exclusions}) or list strong suites explicitly.`;
}

/** What a fix writes when every suite in a list is weak, in the list's own dialect. */
const OPENSSL_REPLACEMENT: readonly string[] = ['ECDHE+AESGCM', 'ECDHE+CHACHA20'];
const IANA_REPLACEMENT: readonly string[] = ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'];

class Reporter {
  private readonly seen = new Set<string>();
  constructor(private readonly context: RuleContext) {}

  report(range: Range, message: string, fix: Fix | undefined, broad = false): void {
    const key = `${range.start}:${range.end}:${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.context.report({
      range,
      message,
      ...(broad ? { severity: 'medium', confidence: 'medium' } : {}),
      ...(fix ? { fix } : {}),
    });
  }
}

/**
 * Judges one cipher list. A weak token is removed when another suite is still added (safe: modern
 * peers keep a suite in common); a list of weak suites only is replaced (a suggestion). A broad
 * alias gets exclusions for the families the list leaves in.
 */
function checkCipherList(list: TokenList, reporter: Reporter): void {
  const kinds = list.tokens.map((token) => kindOf(token.name));
  const excluded = new Set<WeakFamily>();
  list.tokens.forEach((token, index) => {
    const family = kinds[index] === 'exclude' ? WEAK_ALIASES.get(token.name.slice(1)) : undefined;
    if (family !== undefined) excluded.add(family);
  });
  const families = list.tokens.map((token, index) => (kinds[index] === 'add' ? familyOfToken(token.name) : undefined));
  const strongKept = list.tokens.some((_, index) => kinds[index] === 'add' && families[index] === undefined);
  list.tokens.forEach((token, index) => {
    if (kinds[index] !== 'add') return;
    const family = families[index];
    if (family !== undefined) {
      reporter.report(token.range, weakMessage(family, token.name), weakFix(list, token, index, strongKept));
      return;
    }
    const broad = BROAD_ALIASES.get(token.name);
    const missing = broad?.filter((candidate) => !excluded.has(candidate)) ?? [];
    if (missing.length > 0) reporter.report(token.range, broadMessage(token.name, missing), exclusionFix(list, missing), true);
  });
}

function weakFix(list: TokenList, token: Token, index: number, strongKept: boolean): Fix | undefined {
  if (strongKept && list.tokens.length > 1) {
    const edit = removalEdit(list, index);
    return edit ? { title: `Remove ${token.name}`, edits: [edit], safety: 'safe' } : undefined;
  }
  const iana = token.name.startsWith('TLS_') || token.name.startsWith('SSL_');
  const edit = replaceAllEdit(list, iana ? IANA_REPLACEMENT : OPENSSL_REPLACEMENT);
  const title = iana ? 'Use ECDHE suites with AES-GCM' : 'Use ECDHE suites with AES-GCM or ChaCha20';
  return edit ? { title, edits: [edit], safety: 'suggestion' } : undefined;
}

/** `ALL:!aNULL` → `ALL:!aNULL:!EXPORT:!RC4:!DES:!3DES`: keeps every strong suite the alias brings. */
function exclusionFix(list: TokenList, families: readonly WeakFamily[]): Fix | undefined {
  const last = list.tokens[list.tokens.length - 1];
  const rewrite = last?.rewrite;
  if (!list.inPlace || last === undefined || rewrite === undefined) return undefined;
  const joiner = list.joiner ?? ':';
  const newText = families.map((family) => `${joiner}${rewrite(`!${EXCLUSIONS[family]}`)}`).join('');
  const edit: TextEdit = { start: last.range.end, end: last.range.end, newText };
  return { title: 'Exclude the weak cipher suites', edits: [edit], safety: 'safe' };
}

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

export const weakCipherSuite: Rule = {
  meta: {
    id: 'transport/weak-cipher-suite',
    title: 'Weak TLS cipher suite enabled',
    area: 'transport',
    severity: 'high',
    confidence: 'high',
    cwe: [327],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: [
      'cryptography#transport-layer-security-tls',
      'system-lockdown-and-hardening-standard#services-security-and-networking-applications',
      'maintained-by-default#commodity-technical-maintenance',
    ],
    basis: 'principle',
    why:
      'NULL, anonymous, export-grade, RC4, DES and 3DES suites either do not encrypt, do not authenticate the server, or can be broken, so a connection that negotiates one can be read or impersonated. MoJ expects adequate and proportionate cryptography in transit and follows NCSC guidance on TLS configuration, which treats these suites as weak.',
    howToFix:
      'Remove the weak suites or aliases from the cipher list (or exclude them with !aNULL:!eNULL:!EXPORT:!RC4:!DES:!3DES), and offer ECDHE suites with AES-GCM or ChaCha20-Poly1305.',
    // Dropping a weak suite from a list that keeps a strong one, and adding exclusions, are safe
    // and marked so per finding; replacing a whole list is a choice.
    fixSafety: 'suggestion',
    languages: [
      'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
      'nginx', 'apache', 'haproxy', 'yaml', 'json', 'xml', 'terraform', 'properties',
    ],
    // The constructors take suites positionally, so their files need not say "cipher".
    prefilter: ['cipher', 'SSLParameters', 'SSLConnectionSocketFactory'],
    examples: {
      javascript: "tls.createServer({ key, cert, ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20' });",
      typescript: "const agent = new https.Agent({ ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20' });",
      tsx: "const agent = new https.Agent({ ciphers: 'ECDHE+AESGCM:ECDHE+CHACHA20' });",
      python: "context.set_ciphers('ECDHE+AESGCM:ECDHE+CHACHA20')",
      java: 'socket.setEnabledCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});',
      csharp: 'var policy = new CipherSuitesPolicy(new[] { TlsCipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 });',
      go: 'config := &tls.Config{CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}}',
      php: "stream_context_create(['ssl' => ['ciphers' => 'ECDHE+AESGCM:ECDHE+CHACHA20']]);",
      ruby: "context.ciphers = 'ECDHE+AESGCM:ECDHE+CHACHA20'",
      shell: "curl --ciphers 'ECDHE+AESGCM' https://api.example.gov.uk/",
      nginx: 'ssl_ciphers ECDHE+AESGCM:ECDHE+CHACHA20;',
      apache: 'SSLCipherSuite ECDHE+AESGCM:ECDHE+CHACHA20',
      haproxy: 'ssl-default-bind-ciphers ECDHE+AESGCM:ECDHE+CHACHA20',
      yaml: 'server:\n  ssl:\n    ciphers: TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
      json: '"ciphers": "ECDHE+AESGCM:ECDHE+CHACHA20"',
      xml: '<Connector port="8443" SSLEnabled="true" ciphers="ECDHE+AESGCM:ECDHE+CHACHA20" />',
      terraform: 'ssl_policy {\n  cipher_suites = ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]\n}',
      properties: 'server.ssl.ciphers=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    },
  },
  check(context) {
    const reporter = new Reporter(context);
    if (context.code) {
      for (const list of CODE_FINDERS[context.code.language](context.code)) checkCipherList(list, reporter);
    } else if (context.config) {
      for (const list of configCipherLists(context.config, context.document.text)) checkCipherList(list, reporter);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// Code
// ---------------------------------------------------------------------------------------------

type ListFinder = (code: CodeModel) => TokenList[];

/** A cipher value in code: a cipher string is split at its separators (`joiner` is what a fix writes between its suites), an array's items are names. */
function cipherTokens(code: CodeModel, node: SyntaxNode, joiner = ':'): TokenList {
  return codeTokens(code, node, { separators: ':, ', joiner, itemJoiner: ', ' });
}

/** Several arguments, each a name or a list, read as one list (`cipherSuites(a, b)`). */
function argumentTokens(code: CodeModel, call: CallSite): TokenList {
  const lists = call.args.map((argument) => cipherTokens(code, argument.node, ','));
  if (lists.length === 1 && lists[0] !== undefined) return lists[0];
  const tokens = lists.flatMap((list) => list.tokens);
  const inPlace = lists.every((list) => list.inPlace);
  const [first, second] = tokens;
  const joiner = first !== undefined && second !== undefined ? code.root.text.slice(first.range.end, second.range.start) : ', ';
  return { tokens, inPlace, joiner };
}

const javascriptLists: ListFinder = (code) => {
  const lists: TokenList[] = [];
  for (const pair of code.keyValues()) if (bareKey(pair.key) === 'ciphers') lists.push(cipherTokens(code, pair.value));
  for (const assignment of code.assignments()) {
    const name = lastName(assignment.target);
    if (name === 'ciphers' || name === 'DEFAULT_CIPHERS') lists.push(cipherTokens(code, assignment.value));
  }
  return lists;
};

const pythonLists: ListFinder = (code) => {
  const lists: TokenList[] = [];
  for (const call of code.calls()) {
    // ssl's set_ciphers and pyOpenSSL's set_cipher_list (which takes bytes) read an OpenSSL string.
    const value = call.name === 'set_ciphers' || call.name === 'set_cipher_list' ? positionalArgument(call, 0) : namedArgument(call, 'ciphers');
    if (value) lists.push(cipherTokens(code, value));
  }
  // urllib3's module-wide default list.
  for (const assignment of code.assignments()) if (lastName(assignment.target) === 'DEFAULT_CIPHERS') lists.push(cipherTokens(code, assignment.value));
  return lists;
};

/** Methods that take the enabled suites as an array, a collection or varargs (JSSE, OkHttp, Netty). */
const JAVA_SUITE_METHODS: ReadonlySet<string> = new Set(['setEnabledCipherSuites', 'setCipherSuites', 'cipherSuites', 'ciphers']);
const JAVA_SUITE_PROPERTIES: ReadonlySet<string> = new Set(['https.cipherSuites', 'jdk.tls.client.cipherSuites', 'jdk.tls.server.cipherSuites']);

const javaLists: ListFinder = (code) => {
  const lists: TokenList[] = [];
  for (const call of code.calls()) {
    // Read only where the method name asks for it: a receiver's text is a read from the tree.
    const receiver = (): string => call.receiver?.text ?? '';
    if (JAVA_SUITE_METHODS.has(call.name) && call.args.length > 0) {
      lists.push(argumentTokens(code, call));
    } else if (call.isConstructor && call.name === 'SSLParameters' && call.args[0] !== undefined) {
      lists.push(cipherTokens(code, call.args[0].node, ','));
    } else if (call.isConstructor && call.name === 'SSLConnectionSocketFactory' && call.args.length >= 3) {
      // SSLConnectionSocketFactory(context, protocols, cipherSuites, verifier).
      const suites = call.args[2]?.node;
      if (suites && suites.type !== 'null_literal') lists.push(cipherTokens(code, suites, ','));
    } else if (call.name === 'setProperty' && receiver().endsWith('System') && call.args.length >= 2) {
      const key = code.valueOf(call.args[0]?.node ?? call.node);
      const value = call.args[1]?.node;
      if (key.kind === 'string' && JAVA_SUITE_PROPERTIES.has(key.value) && value) lists.push(cipherTokens(code, value, ','));
    }
  }
  return lists;
};

const csharpLists: ListFinder = (code) =>
  code
    .calls()
    .filter((call) => call.isConstructor && call.name === 'CipherSuitesPolicy' && call.args[0] !== undefined)
    .map((call) => cipherTokens(code, call.args[0]?.node ?? call.node, ','));

const goLists: ListFinder = (code) => {
  const lists: TokenList[] = [];
  for (const pair of code.keyValues()) if (pair.key === 'CipherSuites') lists.push(cipherTokens(code, pair.value, ','));
  for (const assignment of code.assignments()) if (lastName(assignment.target) === 'CipherSuites') lists.push(cipherTokens(code, assignment.value, ','));
  return lists;
};

const PHP_CIPHER_OPTIONS: ReadonlySet<string> = new Set(['CURLOPT_SSL_CIPHER_LIST', 'CURLOPT_PROXY_SSL_CIPHER_LIST']);

const phpLists: ListFinder = (code) => {
  const lists: TokenList[] = [];
  for (const call of code.calls()) {
    const name = call.name.toLowerCase();
    const argument = (index: number): SyntaxNode | undefined => call.args[index]?.node;
    if (name === 'curl_setopt') {
      const option = argument(1);
      const value = argument(2);
      if (option && value && PHP_CIPHER_OPTIONS.has(lastName(option.text))) lists.push(cipherTokens(code, value));
    } else if (name === 'stream_context_set_option') {
      const option = argument(2);
      const value = argument(3);
      const optionName = option ? code.valueOf(option) : undefined;
      if (value && optionName?.kind === 'string' && optionName.value === 'ciphers') lists.push(cipherTokens(code, value));
    }
  }
  for (const pair of code.keyValues()) {
    const keyValue = code.valueOf(pair.keyNode);
    const key = keyValue.kind === 'string' ? keyValue.value : lastName(bareKey(pair.key));
    if (key === 'ciphers' || PHP_CIPHER_OPTIONS.has(key)) lists.push(cipherTokens(code, pair.value));
  }
  return lists;
};

const rubyLists: ListFinder = (code) => {
  const lists: TokenList[] = [];
  for (const assignment of code.assignments()) if (lastName(assignment.target) === 'ciphers') lists.push(cipherTokens(code, assignment.value));
  for (const pair of code.keyValues()) if (bareKey(pair.key) === 'ciphers') lists.push(cipherTokens(code, pair.value));
  for (const call of code.calls()) {
    // HTTParty's `ciphers 'RC4-SHA'` class macro.
    const first = positionalArgument(call, 0);
    if (call.name === 'ciphers' && call.args.length === 1 && first) lists.push(cipherTokens(code, first));
  }
  return lists;
};

/** Options whose value is a cipher list, per command; `=` joins some to their value. */
const SHELL_CIPHER_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  curl: ['--ciphers', '--proxy-ciphers'],
  openssl: ['-cipher'],
  wget: ['--ciphers='],
  node: ['--tls-cipher-list='],
};

const shellLists: ListFinder = (code) => {
  const lists: TokenList[] = [];
  for (const call of code.calls()) {
    const { name, words } = shellCommand(code, call);
    const options = SHELL_CIPHER_OPTIONS[name] ?? [];
    words.forEach((word, index) => {
      for (const option of options) {
        if (option.endsWith('=') && word.text.startsWith(option)) lists.push(wordTokens(word.node, word.text, option.length));
        else if (!option.endsWith('=') && word.text === option) {
          const next = words[index + 1];
          if (next) lists.push(wordTokens(next.node, next.text, 0));
        }
      }
    });
  }
  return lists;
};

/** The cipher list in a shell word, from `skip` characters into its value, edited in place when its quoting allows. */
function wordTokens(node: SyntaxNode, value: string, skip: number): TokenList {
  const raw = node.text;
  const quoted = raw.length === value.length + 2 && (raw[0] === '"' || raw[0] === "'");
  const offset = raw === value ? node.startIndex : quoted ? node.startIndex + 1 : undefined;
  if (offset === undefined) {
    return { tokens: splitTokens(value.slice(skip), 0, ':, ').map((token) => ({ name: token.name, range: rangeOf(node) })), inPlace: false, joiner: ':' };
  }
  const tokens = splitTokens(value.slice(skip), offset + skip, ':, ');
  return { tokens, inPlace: true, joiner: ':' };
}

const CODE_FINDERS: Readonly<Record<CodeModel['language'], ListFinder>> = {
  javascript: javascriptLists,
  typescript: javascriptLists,
  tsx: javascriptLists,
  python: pythonLists,
  java: javaLists,
  csharp: csharpLists,
  go: goLists,
  php: phpLists,
  ruby: rubyLists,
  shell: shellLists,
};

// ---------------------------------------------------------------------------------------------
// Configuration files
// ---------------------------------------------------------------------------------------------

const NGINX_CIPHER_DIRECTIVES: ReadonlySet<string> = new Set(['ssl_ciphers', 'proxy_ssl_ciphers', 'grpc_ssl_ciphers', 'uwsgi_ssl_ciphers']);
const APACHE_CIPHER_DIRECTIVES: ReadonlySet<string> = new Set(['sslciphersuite', 'sslproxyciphersuite']);
const HAPROXY_CIPHER_DIRECTIVES: ReadonlySet<string> = new Set(['ssl-default-bind-ciphers', 'ssl-default-server-ciphers']);
/** Apache's optional first argument names the protocol the list is for. */
const APACHE_PROTOCOL_WORDS: ReadonlySet<string> = new Set(['SSL', 'TLSv1.3']);
/** Setting names (the last two key segments, compacted) whose value is a cipher list. */
const CIPHER_SETTINGS: readonly string[] = ['ciphers', 'ciphersuites', 'cipherlist', 'sslcipher', 'ciphersuite'];

function configCipherLists(config: ConfigModel, text: string): TokenList[] {
  const lists: TokenList[] = [];
  const list = (value: string, start: number): TokenList => {
    const tokens = splitTokens(value, start, ':,');
    return { tokens, inPlace: true, joiner: joinerBetween(text, tokens) };
  };
  switch (config.format) {
    case 'nginx':
      for (const { entry, value, valueRange } of configValues(config)) if (NGINX_CIPHER_DIRECTIVES.has(entry.key)) lists.push(list(value, valueRange.start));
      return lists;
    case 'apache':
      for (const { entry, value, valueRange } of configValues(config)) {
        if (!APACHE_CIPHER_DIRECTIVES.has(entry.key.toLowerCase())) continue;
        const parsed = list(value, valueRange.start);
        const [first, ...rest] = parsed.tokens;
        const protocolWord = first !== undefined && rest.length > 0 && APACHE_PROTOCOL_WORDS.has(first.name) && value[first.name.length] === ' ';
        lists.push(protocolWord ? { ...parsed, tokens: rest } : parsed);
      }
      return lists;
    case 'haproxy':
      for (const { entry, value, valueRange } of configValues(config)) {
        if (HAPROXY_CIPHER_DIRECTIVES.has(entry.key)) {
          lists.push(list(value, valueRange.start));
          continue;
        }
        // `bind :443 ssl crt site.pem ciphers RC4-SHA:HIGH`: the word after `ciphers`.
        const words = splitTokens(value, valueRange.start, '');
        words.forEach((word, index) => {
          const next = words[index + 1];
          if (word.name === 'ciphers' && next !== undefined) lists.push(list(next.name, next.range.start));
        });
      }
      return lists;
    default:
      for (const { path, list: items } of configLists(config, text, ':,')) {
        const name = settingName(path);
        if (CIPHER_SETTINGS.some((suffix) => name.endsWith(suffix))) lists.push(items);
        else lists.push(...commandFlagLists(items));
      }
      return lists;
  }
}

/** Kubernetes component flags in container commands: `--tls-cipher-suites=A,B`. */
function commandFlagLists(items: TokenList): TokenList[] {
  const flag = '--tls-cipher-suites=';
  return items.tokens
    .filter((token) => token.name.startsWith(flag) && token.rewrite !== undefined)
    .map((token) => {
      const quoted = token.range.end - token.range.start === token.name.length + 2;
      const tokens = splitTokens(token.name.slice(flag.length), token.range.start + (quoted ? 1 : 0) + flag.length, ',');
      return { tokens, inPlace: items.inPlace, joiner: ',' };
    });
}

function joinerBetween(text: string, tokens: readonly Token[]): string {
  const [first, second] = tokens;
  return first !== undefined && second !== undefined ? text.slice(first.range.end, second.range.start) : ':';
}
