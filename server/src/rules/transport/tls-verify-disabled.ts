/**
 * transport/tls-verify-disabled: certificate or hostname verification turned off, in code and in
 * configuration. Encryption without verification only hides traffic from passive listeners: an
 * attacker on the path presents their own certificate and reads or changes everything.
 *
 * The rule has one checker per language family, each reporting through `flag`, and one shell
 * command scanner shared by shell scripts, Dockerfile `RUN`, CI `run:`/`script:` steps and
 * package.json scripts.
 *
 * Python assignments left alone: `self.check_hostname = False` / `self.verify_mode = CERT_NONE` in
 * the `__init__` of a stand-in `…Context` class that derives from nothing (it mirrors
 * `ssl.SSLContext`'s defaults; a subclass of `ssl.SSLContext` is still reported), and
 * `check_hostname = False` under `if not <hostname>:`, where there is no name to check against.
 */
import { safeRegex } from '../../engine/contract';
import type {
  CallSite,
  CodeModel,
  Confidence,
  ConfigEntry,
  ConfigModel,
  Range,
  Rule,
  RuleContext,
  StaticValue,
  SyntaxNode,
  TextEdit,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Kinds of finding, their messages and fix titles
// ---------------------------------------------------------------------------------------------

type Kind = 'cert' | 'hostname' | 'trustAll' | 'processWide' | 'selfSigned' | 'trustedHost' | 'clientCert';

const CONTROL =
  'MoJ guidance requires in-transit encryption that also establishes the identity of the other end (Cryptography: In transit).';

const MESSAGES: Readonly<Record<Kind, string>> = {
  cert: `TLS certificate verification is turned off, so any server can impersonate the real one. ${CONTROL} Trust a CA bundle instead of disabling verification.`,
  hostname: `TLS hostname verification is turned off, so a valid certificate for any other site is accepted. ${CONTROL} Keep the hostname check and trust a CA bundle instead.`,
  trustAll: `This certificate check accepts every certificate, so any server can impersonate the real one. ${CONTROL} Use the platform's default validation, with a CA bundle for private CAs.`,
  processWide: `This setting turns off TLS certificate verification for every connection the process makes, so any server can impersonate the real one. ${CONTROL} Remove it and trust a CA bundle instead.`,
  selfSigned: `Self-signed certificates are accepted from any server, so an attacker can present one and impersonate the real server. ${CONTROL} Trust the specific certificate or its CA instead.`,
  trustedHost: `pip's trusted-host turns off certificate verification for that host, so anyone on the network path can serve packages in its name. ${CONTROL} Give pip the CA bundle with --cert instead.`,
  clientCert: `Client certificates are requested but not verified, so any client can claim an identity. ${CONTROL} Keep rejectUnauthorized on, or check socket.authorized before trusting the client.`,
};

/** Kinds whose pattern has legitimate uses often enough that a reviewer must judge them. */
const CONFIDENCE: Readonly<Partial<Record<Kind, Confidence>>> = {
  selfSigned: 'medium',
  trustedHost: 'medium',
  clientCert: 'medium',
};

const FIX_TITLES: Readonly<Record<Kind, string>> = {
  cert: 'Turn certificate verification back on',
  hostname: 'Turn hostname verification back on',
  trustAll: 'Turn certificate verification back on',
  processWide: 'Turn certificate verification back on',
  selfSigned: 'Stop accepting self-signed certificates',
  trustedHost: 'Turn certificate verification back on',
  clientCert: 'Turn client certificate verification back on',
};

interface Flag {
  readonly kind: Kind;
  readonly range: Range;
  /** Edits that turn verification back on, when a local edit can. */
  readonly edits?: readonly TextEdit[];
  readonly confidence?: Confidence;
}

function flag(context: RuleContext, finding: Flag): void {
  const confidence = finding.confidence ?? CONFIDENCE[finding.kind];
  context.report({
    range: finding.range,
    message: MESSAGES[finding.kind],
    ...(confidence ? { confidence } : {}),
    ...(finding.edits ? { fix: { title: FIX_TITLES[finding.kind], edits: finding.edits } } : {}),
  });
}

const WHITESPACE = safeRegex('\\s+', 'g');
const NAME_SEPARATOR = safeRegex('::|\\\\|\\.');
const NEGATED_BIT = safeRegex('^!\\s*[01]$');
const SHELL_NAME = safeRegex('^[A-Za-z_][A-Za-z0-9_]*$');
const LIST_INDEX = safeRegex('^\\d+$');
const KEY_PUNCTUATION = safeRegex('[-_]', 'g');

function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function replace(node: SyntaxNode | Range, newText: string): TextEdit[] {
  const range = 'startIndex' in node ? rangeOf(node) : node;
  return [{ ...range, newText }];
}

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

export const tlsVerifyDisabled: Rule = {
  meta: {
    id: 'transport/tls-verify-disabled',
    title: 'TLS certificate or hostname verification turned off',
    area: 'transport',
    severity: 'critical',
    confidence: 'high',
    cwe: [295, 297],
    // OWASP's 2021 mapping lists CWE-295 and CWE-297 under A07, not A02: the failure is in
    // establishing who the other end is, not in the strength of the encryption.
    owasp: 'A07:2021 Identification and Authentication Failures',
    policy: [
      'cryptography#in-transit',
      'technical-controls-policy#network-security-policy',
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-environment',
    ],
    basis: 'indirect',
    why:
      'Without certificate and hostname verification, TLS no longer establishes who the other end is, so anyone on the network path can impersonate the server and read or change the traffic. MoJ guidance requires data in transit to be protected (Cryptography: In transit; Technical Controls Policy POL.TCP.051).',
    howToFix:
      'Turn verification back on. For servers with a private or internal CA, give the client that CA bundle (for example NODE_EXTRA_CA_CERTS, requests verify="/path/ca.pem", a Java trust store) rather than disabling the check.',
    // Re-enabling verification breaks connections to servers whose certificates do not chain to
    // a trusted CA (internal services with private CAs, self-signed test servers) until a CA
    // bundle is configured, so no fix is applied without a person choosing it.
    fixSafety: 'suggestion',
    languages: [
      'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
      'yaml', 'json', 'xml', 'dockerfile', 'terraform', 'properties', 'dotenv', 'ini', 'npmrc', 'pip-requirements',
    ],
    prefilter: [
      'rejectUnauthorized', 'NODE_TLS_REJECT_UNAUTHORIZED', 'checkServerIdentity', 'strictSSL', 'strict-ssl',
      'AllowInvalid', 'tlsInsecure', 'verify', 'unverified', 'CERT_NONE', 'check_hostname', 'assert_hostname',
      'checkServerTrusted', 'HostnameVerifier', 'TrustAllStrategy', 'TrustSelfSigned', 'isTrusted',
      'ValidationCallback', 'DangerousAcceptAny', 'curl', 'no-check-certificate', 'insecure', 'trusted-host',
      'allow_self_signed', 'sslValidate', 'validate_certs', 'ALLOW_ALL_HOSTNAME', 'loadTrustMaterial',
      'disableHostnameVerification', 'SslPolicyErrors', 'withoutVerifying', 'checkCertificateName', 'ssl.allowall',
      'cert_reqs', 'aiohttp', 'SslStream',
    ],
    examples: {
      javascript: "https.request(url, { ca: fs.readFileSync('internal-ca.pem') }, onResponse);",
      typescript: "const agent = new https.Agent({ ca: fs.readFileSync('internal-ca.pem') });",
      python: "requests.get(url, verify='/etc/ssl/certs/internal-ca.pem')",
      java: 'SSLContext context = SSLContexts.custom().loadTrustMaterial(trustStore, null).build();',
      csharp: 'var handler = new HttpClientHandler(); // default certificate validation',
      go: 'client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}',
      php: "curl_setopt($ch, CURLOPT_CAINFO, '/etc/ssl/certs/internal-ca.pem');",
      ruby: 'http.verify_mode = OpenSSL::SSL::VERIFY_PEER',
      shell: 'curl --cacert internal-ca.pem https://internal.example.gov.uk/',
      yaml: 'insecure_skip_verify: false',
      npmrc: 'cafile=/etc/ssl/certs/internal-ca.pem',
      dotenv: 'NODE_EXTRA_CA_CERTS=/etc/ssl/certs/internal-ca.pem',
      terraform: 'provider "vault" {\n  ca_cert_file = "internal-ca.pem"\n}',
      dockerfile: 'RUN curl --cacert internal-ca.pem -fsSLO https://artifacts.example.gov.uk/agent.sh',
      json: '"ssl": { "ca": "internal-ca.pem", "rejectUnauthorized": true }',
      ini: '[http]\n\tsslCAInfo = /etc/ssl/certs/internal-ca.pem',
      properties: 'maven.wagon.http.ssl.insecure=false',
      xml: '<servicePointManager checkCertificateName="true" />',
      'pip-requirements': '--index-url https://pypi.internal.example/simple',
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
      checkShell(context, code);
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Shared value helpers
// ---------------------------------------------------------------------------------------------

/** Literal node types whose text a fix may replace directly; anything else is a reference. */
const LITERAL_TYPES: ReadonlySet<string> = new Set(['true', 'false', 'number', 'integer', 'boolean', 'boolean_literal']);

/** Wrappers that leave the value alone: parentheses and TypeScript assertions. */
const VALUE_WRAPPERS: ReadonlySet<string> = new Set(['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression']);

/** The literal a fix should replace: the node itself, or the literal inside `(false as boolean)`. */
function fixableLiteral(node: SyntaxNode): SyntaxNode | undefined {
  let current: SyntaxNode | null = node;
  while (current !== null && VALUE_WRAPPERS.has(current.type)) current = current.namedChild(0);
  return current !== null && isLiteral(current) ? current : undefined;
}

/** Edits replacing the literal in `node` (see fixableLiteral), or undefined when it is a reference. */
function replaceLiteral(node: SyntaxNode, newText: string): TextEdit[] | undefined {
  const literal = fixableLiteral(node);
  return literal ? replace(literal, newText) : undefined;
}

function isLiteral(node: SyntaxNode): boolean {
  if (LITERAL_TYPES.has(node.type)) return true;
  // JavaScript minifier spellings `!0` / `!1`.
  return node.type === 'unary_expression' && NEGATED_BIT.test(node.text);
}

/** Falsy as TLS options read it: `false` or `0`. `null` and unknown values are not claimed. */
function isOff(value: StaticValue): boolean {
  return (value.kind === 'boolean' && !value.value) || (value.kind === 'number' && value.value === 0);
}

function isOn(value: StaticValue): boolean {
  return (value.kind === 'boolean' && value.value) || (value.kind === 'number' && value.value === 1);
}

/** Boolean spellings in configuration files and shell words (YAML 1.1 and INI accept yes/no/on/off). */
function textIsOff(text: string): boolean {
  return ['false', '0', 'no', 'off'].includes(text.trim().toLowerCase());
}

function textIsOn(text: string): boolean {
  return ['true', '1', 'yes', 'on'].includes(text.trim().toLowerCase());
}

/** Replacement literal for the flipped value, in the spelling the original used. */
function flippedLiteral(original: string, wantOn: boolean): string {
  const trimmed = original.trim();
  if (trimmed === 'True' || trimmed === 'False') return wantOn ? 'True' : 'False';
  if (trimmed === 'TRUE' || trimmed === 'FALSE') return wantOn ? 'TRUE' : 'FALSE';
  return wantOn ? 'true' : 'false';
}

/** The expression inside an `argument` wrapper (after any `name:` label) or a one-item Go `expression_list`. */
function unwrapArgument(node: SyntaxNode): SyntaxNode {
  if (node.type === 'argument') return node.namedChild(node.namedChildCount - 1) ?? node;
  if (node.type === 'expression_list' && node.namedChildCount === 1) return node.namedChild(0) ?? node;
  return node;
}

function lastSegment(name: string): string {
  const parts = name.split(NAME_SEPARATOR);
  return parts[parts.length - 1] ?? name;
}

/** A key as written, without the quotes, sigils or colons that the languages put around it. */
function bareKey(key: string): string {
  let text = key.trim();
  if (text.startsWith(':')) text = text.slice(1);
  if (text.endsWith(':')) text = text.slice(0, -1);
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) text = text.slice(1, -1);
  return text;
}

/** The quoted string `original` with its content replaced, keeping its quote style. */
function requote(original: string, content: string): string {
  const quote = original[0];
  if ((quote === '"' || quote === "'" || quote === '`') && original.endsWith(quote) && original.length >= 2) return `${quote}${content}${quote}`;
  return content;
}

/** Every node of the given types, skipping nothing; the native walk is fast. */
function nodesOfType(root: SyntaxNode, types: readonly string[]): SyntaxNode[] {
  return root.descendantsOfType([...types]).filter((node): node is SyntaxNode => node !== null);
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript
// ---------------------------------------------------------------------------------------------

/** Options whose `false` turns certificate checks off: Node tls/https (and every client built on it), request. */
const JS_OFF_MEANS_NO_CERT_CHECK: ReadonlySet<string> = new Set(['rejectUnauthorized', 'strictSSL', 'sslValidate']);
/** MongoDB driver options whose `true` turns the certificate or hostname check off. */
const JS_ON_MEANS_NO_CERT_CHECK: ReadonlySet<string> = new Set(['tlsAllowInvalidCertificates', 'sslAllowInvalidCertificates', 'tlsInsecure']);
const JS_ON_MEANS_NO_HOSTNAME_CHECK: ReadonlySet<string> = new Set(['tlsAllowInvalidHostnames', 'sslAllowInvalidHostnames']);
/** Server constructors: there `rejectUnauthorized` is about client certificates. */
const JS_SERVER_FACTORIES: ReadonlySet<string> = new Set(['createServer', 'createSecureServer', 'Server']);

/** Every key `checkJavaScript` reads; other pairs are passed over before their value is worked out. */
const JS_CHECKED_KEYS: ReadonlySet<string> = new Set([
  ...JS_OFF_MEANS_NO_CERT_CHECK, ...JS_ON_MEANS_NO_CERT_CHECK, ...JS_ON_MEANS_NO_HOSTNAME_CHECK, 'NODE_TLS_REJECT_UNAUTHORIZED', 'checkServerIdentity',
]);

function checkJavaScript(context: RuleContext, code: CodeModel): void {
  const text = context.document.text;
  const serverOptions = javascriptServerOptions(code);
  for (const pair of code.keyValues()) {
    if (!JS_CHECKED_KEYS.has(pair.key)) continue;
    const value = code.valueOf(pair.value);
    if (JS_OFF_MEANS_NO_CERT_CHECK.has(pair.key) && isOff(value)) {
      const edits = replaceLiteral(pair.value, 'true');
      const object = pair.node.parent;
      const server = object ? serverOptions.get(object.id) : undefined;
      if (server === undefined) flag(context, { kind: 'cert', range: rangeOf(pair.node), edits });
      // On a server `rejectUnauthorized` only matters with `requestCert: true`; some servers
      // then check `socket.authorized` themselves, so this is for a reviewer to judge.
      else if (server.requestsCertificates) flag(context, { kind: 'clientCert', range: rangeOf(pair.node), edits });
    } else if (JS_ON_MEANS_NO_CERT_CHECK.has(pair.key) && isOn(value)) {
      flag(context, { kind: 'cert', range: rangeOf(pair.node), edits: replaceLiteral(pair.value, 'false') });
    } else if (JS_ON_MEANS_NO_HOSTNAME_CHECK.has(pair.key) && isOn(value)) {
      flag(context, { kind: 'hostname', range: rangeOf(pair.node), edits: replaceLiteral(pair.value, 'false') });
    } else if (pair.key === 'NODE_TLS_REJECT_UNAUTHORIZED' && isZeroSetting(value)) {
      // An `env` object handed to a child process or `Object.assign(process.env, …)`.
      flag(context, { kind: 'processWide', range: rangeOf(pair.node), edits: pair.value.type === 'string' || pair.value.type === 'number' ? replace(pair.value, requote(pair.value.text, '1')) : undefined });
    } else if (pair.key === 'checkServerIdentity' && isJavaScriptNoOpCheck(pair.value)) {
      flag(context, { kind: 'hostname', range: rangeOf(pair.node) });
    }
  }
  // `checkServerIdentity() {}` written as a method in the options object. The name is then in
  // the text, and without it the walk for methods would be most of the rule's time.
  for (const method of text.includes('checkServerIdentity') ? code.nodesOfType(['method_definition']) : []) {
    const name = method.childForFieldName('name');
    const body = method.childForFieldName('body');
    if (name?.text === 'checkServerIdentity' && method.parent?.type === 'object' && body && javaScriptBodyReturnsNothing(body)) {
      flag(context, { kind: 'hostname', range: rangeOf(method) });
    }
  }
  // Both targets below end in a name written in the text (resolving an alias changes only the head).
  const namesSetting = text.includes('NODE_TLS_REJECT_UNAUTHORIZED') || text.includes('rejectUnauthorized');
  for (const assignment of namesSetting ? code.assignments() : []) {
    const target = code.qualifiedName(assignment.targetNode) ?? assignment.target;
    const value = code.valueOf(assignment.value);
    if (target === 'process.env.NODE_TLS_REJECT_UNAUTHORIZED' && isZeroSetting(value)) {
      const edits = assignment.value.type === 'string' || assignment.value.type === 'number' ? replace(assignment.value, requote(assignment.value.text, '1')) : undefined;
      flag(context, { kind: 'processWide', range: rangeOf(assignment.node), edits });
    } else if (target.endsWith('.rejectUnauthorized') && isOff(value)) {
      // `https.globalAgent.options.rejectUnauthorized = false`.
      flag(context, { kind: 'cert', range: rangeOf(assignment.node), edits: replaceLiteral(assignment.value, 'true') });
    }
  }
}

/** Node reads `NODE_TLS_REJECT_UNAUTHORIZED === '0'`; an assigned number becomes that string. */
function isZeroSetting(value: StaticValue): boolean {
  return (value.kind === 'string' && value.value === '0') || (value.kind === 'number' && value.value === 0);
}

interface ServerOptions {
  readonly requestsCertificates: boolean;
}

/** Object literals passed straight to a TLS or HTTPS server constructor, by node id. */
function javascriptServerOptions(code: CodeModel): Map<number, ServerOptions> {
  const options = new Map<number, ServerOptions>();
  for (const call of code.calls()) {
    if (!JS_SERVER_FACTORIES.has(call.name)) continue;
    for (const argument of call.args) {
      if (argument.node.type !== 'object') continue;
      const requestsCertificates = code
        .keyValues()
        // The key first: `parent` is a search down from the root.
        .some((pair) => pair.key === 'requestCert' && pair.node.parent?.id === argument.node.id && isOn(code.valueOf(pair.value)));
      options.set(argument.node.id, { requestsCertificates });
    }
  }
  return options;
}

const JS_FUNCTION_VALUES: ReadonlySet<string> = new Set(['arrow_function', 'function_expression', 'function']);
/** Scopes whose `return` belongs to them, not to the function that contains them. */
const JS_NESTED_FUNCTIONS: ReadonlySet<string> = new Set([...JS_FUNCTION_VALUES, 'function_declaration', 'method_definition', 'generator_function_declaration', 'generator_function']);

/** A `checkServerIdentity` replacement that never returns an error accepts every host name. */
function isJavaScriptNoOpCheck(value: SyntaxNode): boolean {
  if (!JS_FUNCTION_VALUES.has(value.type)) return false;
  const body = value.childForFieldName('body');
  if (body === null) return false;
  if (body.type !== 'statement_block') return isJavaScriptNothing(body);
  return javaScriptBodyReturnsNothing(body);
}

function javaScriptBodyReturnsNothing(body: SyntaxNode): boolean {
  if (ownDescendants(body, ['throw_statement'], JS_NESTED_FUNCTIONS).length > 0) return false;
  return ownDescendants(body, ['return_statement'], JS_NESTED_FUNCTIONS).every((statement) => {
    const returned = statement.namedChild(0);
    return returned === null || isJavaScriptNothing(returned);
  });
}

function isJavaScriptNothing(node: SyntaxNode): boolean {
  return node.type === 'undefined' || node.type === 'null' || (node.type === 'unary_expression' && node.text.startsWith('void'));
}

/** Descendants of the given types that belong to `root` itself, not to a function nested in it. */
function ownDescendants(root: SyntaxNode, types: readonly string[], functionTypes: ReadonlySet<string>): SyntaxNode[] {
  return nodesOfType(root, types).filter((node) => {
    for (let current = node.parent; current !== null && current.id !== root.id; current = current.parent) {
      if (functionTypes.has(current.type)) return false;
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Python
// ---------------------------------------------------------------------------------------------

/** Keyword arguments whose `False` turns certificate checks off (requests, httpx, boto3, aiohttp, elasticsearch, python-gitlab, influxdb). */
const PY_VERIFY_KEYWORDS: ReadonlySet<string> = new Set(['verify', 'verify_ssl', 'ssl_verify', 'verify_certs', 'validate_certs']);
/** aiohttp request methods that take `ssl=False`. */
const AIOHTTP_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'ws_connect']);
/** `_create_unverified_context` keywords that `create_default_context` also takes. */
const DEFAULT_CONTEXT_KEYWORDS: ReadonlySet<string> = new Set(['purpose', 'cafile', 'capath', 'cadata']);

function checkPython(context: RuleContext, code: CodeModel): void {
  const importsAiohttp = code.imports().some((binding) => binding.target === 'aiohttp' || binding.target.startsWith('aiohttp.'));
  for (const call of code.calls()) {
    if (call.qualified === 'ssl._create_unverified_context') {
      flag(context, { kind: 'cert', range: rangeOf(call.node), edits: unverifiedContextFix(call) });
      continue;
    }
    for (const argument of call.args) {
      if (argument.name === undefined) continue;
      const keyword = argument.node.parent ?? argument.node;
      const value = code.valueOf(argument.node);
      if (PY_VERIFY_KEYWORDS.has(argument.name) && isOff(value) && !isJwtCall(call, argument.name)) {
        flag(context, { kind: 'cert', range: rangeOf(keyword), edits: replaceLiteral(argument.node, 'True') });
      } else if (argument.name === 'ssl' && isOff(value) && isAiohttpCall(call, importsAiohttp)) {
        flag(context, { kind: 'cert', range: rangeOf(keyword), edits: replaceLiteral(argument.node, 'True') });
      } else if (argument.name === 'cert_reqs' && isCertNone(code, argument.node)) {
        flag(context, { kind: 'cert', range: rangeOf(keyword), edits: certRequiredFix(code, argument.node) });
      } else if (argument.name === 'assert_hostname' && isOff(value)) {
        // urllib3's default is to check; the fix is to drop the argument, which a reviewer does.
        flag(context, { kind: 'hostname', range: rangeOf(keyword) });
      }
    }
  }
  for (const assignment of code.assignments()) {
    const target = assignment.target;
    const value = code.valueOf(assignment.value);
    if ((target === 'self.check_hostname' || target === 'self.verify_mode') && isContextShimDefault(code, assignment.node)) continue;
    if (target.endsWith('.check_hostname') && isOff(value) && isUnderNoHostnameGuard(assignment.node)) continue;
    if (target.endsWith('.check_hostname') && isOff(value)) {
      flag(context, { kind: 'hostname', range: rangeOf(assignment.node), edits: replaceLiteral(assignment.value, 'True') });
    } else if (target.endsWith('.verify_mode') && isCertNone(code, assignment.value)) {
      flag(context, { kind: 'cert', range: rangeOf(assignment.node), edits: certRequiredFix(code, assignment.value) });
    } else if (target.endsWith('.verify') && isOff(value) && isPythonHttpSession(code, assignment.targetNode)) {
      flag(context, { kind: 'cert', range: rangeOf(assignment.node), edits: replaceLiteral(assignment.value, 'True') });
    } else if (target.endsWith('._create_default_https_context') && code.qualifiedName(assignment.value) === 'ssl._create_unverified_context') {
      flag(context, { kind: 'processWide', range: rangeOf(assignment.node) });
    } else if (pythonEnvironmentKey(code, assignment.targetNode) === 'PYTHONHTTPSVERIFY' && isZeroSetting(value)) {
      const edits = assignment.value.type === 'string' ? replace(assignment.value, requote(assignment.value.text, '1')) : undefined;
      flag(context, { kind: 'processWide', range: rangeOf(assignment.node), edits });
    }
  }
}

/**
 * `self.check_hostname = False` in the `__init__` of a class named as a TLS context that derives
 * from nothing else: a stand-in for `ssl.SSLContext` (urllib3's fallback, a pyOpenSSL wrapper)
 * starting from the real class's defaults. A subclass of `ssl.SSLContext` is still reported.
 */
function isContextShimDefault(code: CodeModel, node: SyntaxNode): boolean {
  const method = code.enclosingFunction(node);
  if (method?.childForFieldName('name')?.text !== '__init__') return false;
  let owner = method.parent;
  while (owner !== null && owner.type !== 'class_definition') owner = owner.parent;
  if (owner === null || !(owner.childForFieldName('name')?.text ?? '').endsWith('Context')) return false;
  const bases = owner.childForFieldName('superclasses')?.text.replace(WHITESPACE, '') ?? '';
  return bases === '' || bases === '()' || bases === '(object)';
}

/** `if not server_hostname: ctx.check_hostname = False`: with no host name there is nothing to check it against. */
function isUnderNoHostnameGuard(node: SyntaxNode): boolean {
  for (let current = node.parent; current !== null; current = current.parent) {
    if (current.type === 'function_definition') return false;
    if (current.type !== 'if_statement') continue;
    const condition = current.childForFieldName('condition');
    const consequence = current.childForFieldName('consequence');
    const inBody = consequence !== null && node.startIndex >= consequence.startIndex && node.endIndex <= consequence.endIndex;
    return inBody && condition?.type === 'not_operator' && condition.text.toLowerCase().includes('hostname');
  }
  return false;
}

/**
 * PyJWT 1.x took `jwt.decode(token, verify=False)`: that is signature verification, which
 * belongs to the web-config JWT rule (CONTRACTS §10), not TLS.
 */
function isJwtCall(call: CallSite, keyword: string): boolean {
  if (keyword !== 'verify') return false;
  const name = call.qualified.toLowerCase();
  return name.includes('jwt') || name.includes('jose') || call.name === 'decode';
}

/** aiohttp's `ssl=False`; elsewhere (redis, pymongo) `ssl=False` means plain TCP, which cleartext rules own. */
function isAiohttpCall(call: CallSite, importsAiohttp: boolean): boolean {
  if (call.qualified.startsWith('aiohttp.')) return true;
  return importsAiohttp && call.receiver !== undefined && AIOHTTP_METHODS.has(call.name);
}

function isCertNone(code: CodeModel, node: SyntaxNode): boolean {
  const name = code.qualifiedName(node);
  if (name === 'ssl.CERT_NONE' || name === 'ssl.VerifyMode.CERT_NONE') return true;
  const value = code.valueOf(node);
  // urllib3 also takes the constant's name as a string.
  return value.kind === 'string' && (value.value === 'CERT_NONE' || value.value === 'NONE');
}

function certRequiredFix(code: CodeModel, node: SyntaxNode): TextEdit[] | undefined {
  if (node.type === 'string') return replace(node, requote(node.text, 'CERT_REQUIRED'));
  const name = code.qualifiedName(node);
  if (node.type === 'attribute' && name?.endsWith('.CERT_NONE')) {
    const attribute = node.childForFieldName('attribute');
    return attribute ? replace(attribute, 'CERT_REQUIRED') : undefined;
  }
  return undefined;
}

/**
 * `ssl._create_unverified_context()` → `ssl.create_default_context()` when the call is written
 * through the module and passes only arguments the default context also takes.
 */
function unverifiedContextFix(call: CallSite): TextEdit[] | undefined {
  if (call.calleeNode.type !== 'attribute') return undefined;
  if (!call.args.every((argument) => argument.name !== undefined && DEFAULT_CONTEXT_KEYWORDS.has(argument.name))) return undefined;
  const attribute = call.calleeNode.childForFieldName('attribute');
  return attribute ? replace(attribute, 'create_default_context') : undefined;
}

const PY_SESSION_FACTORIES: ReadonlySet<string> = new Set([
  'requests.Session', 'requests.session', 'requests.sessions.Session', 'httpx.Client', 'httpx.AsyncClient',
]);

/**
 * `x.verify = False` is the requests/httpx session switch when `x` is named like a session or
 * client, or was made by one of their constructors; an unrelated object's `verify` is not TLS.
 */
function isPythonHttpSession(code: CodeModel, target: SyntaxNode): boolean {
  const object = target.childForFieldName('object');
  if (object === null) return false;
  const name = (code.nameOf(object) ?? '').toLowerCase();
  if (name.includes('session') || name.includes('client')) return true;
  const objectText = object.text;
  return code.assignments().some((assignment) => {
    if (assignment.target !== objectText || assignment.value.type !== 'call') return false;
    const callee = assignment.value.childForFieldName('function');
    const qualified = callee ? code.qualifiedName(callee) : undefined;
    return qualified !== undefined && PY_SESSION_FACTORIES.has(qualified);
  });
}

/** `os.environ['NAME']` as an assignment target: the name, else undefined. */
function pythonEnvironmentKey(code: CodeModel, target: SyntaxNode): string | undefined {
  if (target.type !== 'subscript') return undefined;
  const object = target.childForFieldName('value');
  const index = target.childForFieldName('subscript');
  if (object === null || index === null || code.qualifiedName(object) !== 'os.environ') return undefined;
  const key = code.valueOf(index);
  return key.kind === 'string' ? key.value : undefined;
}

// ---------------------------------------------------------------------------------------------
// Java
// ---------------------------------------------------------------------------------------------

const JAVA_FUNCTIONS: ReadonlySet<string> = new Set(['lambda_expression', 'method_declaration', 'class_body']);
/** Calls whose argument is a hostname verifier (JSSE, Apache HttpClient, OkHttp). */
const JAVA_HOSTNAME_VERIFIER_SETTERS: ReadonlySet<string> = new Set([
  'setHostnameVerifier', 'setDefaultHostnameVerifier', 'hostnameVerifier', 'setSSLHostnameVerifier',
]);
/** Calls whose argument is an Apache HttpClient `TrustStrategy`. */
const JAVA_TRUST_STRATEGY_TAKERS: ReadonlySet<string> = new Set(['loadTrustMaterial']);

function checkJava(context: RuleContext, code: CodeModel): void {
  for (const method of code.nodesOfType(['method_declaration'])) {
    const name = method.childForFieldName('name');
    const body = method.childForFieldName('body');
    if (name === null || body === null) continue;
    const parameterTypes = javaParameterTypes(method);
    if (name.text === 'checkServerTrusted' && isEmptyJavaBody(body)) {
      // The X509TrustManager callback that should throw on a bad chain; empty, it trusts all.
      flag(context, { kind: 'trustAll', range: rangeOf(name) });
    } else if (name.text === 'verify' && parameterTypes.length === 2 && parameterTypes[1] === 'SSLSession' && alwaysReturnsJavaTrue(body)) {
      flag(context, { kind: 'hostname', range: rangeOf(name) });
    } else if (name.text === 'isTrusted' && parameterTypes[0] === 'X509Certificate[]' && alwaysReturnsJavaTrue(body)) {
      flag(context, { kind: 'trustAll', range: rangeOf(name) });
    }
  }
  for (const lambda of code.nodesOfType(['lambda_expression'])) {
    const body = lambda.childForFieldName('body');
    if (body === null || !alwaysReturnsJavaTrue(body)) continue;
    const role = javaLambdaRole(lambda);
    if (role !== undefined) flag(context, { kind: role, range: rangeOf(lambda) });
  }
  for (const access of code.nodesOfType(['field_access'])) {
    const kind = JAVA_INSECURE_CONSTANTS.get(lastTwoSegments(access.text));
    if (kind === undefined) continue;
    // Both HttpClient socket factories also declare the checking verifier beside the permissive one.
    const field = access.childForFieldName('field');
    const edits = field?.text === 'ALLOW_ALL_HOSTNAME_VERIFIER' ? replace(field, 'BROWSER_COMPATIBLE_HOSTNAME_VERIFIER') : undefined;
    flag(context, { kind, range: rangeOf(access), edits });
  }
  for (const creation of code.nodesOfType(['object_creation_expression'])) {
    const type = creation.childForFieldName('type');
    const kind = type ? JAVA_INSECURE_CLASSES.get(lastSegment(type.text)) : undefined;
    // An anonymous subclass is judged by its methods above, not by the class it extends.
    const anonymous = creation.namedChildren.some((child) => child?.type === 'class_body');
    if (kind !== undefined && !anonymous) flag(context, { kind, range: rangeOf(creation) });
  }
  for (const call of code.nodesOfType(['method_invocation'])) {
    // The JDK HttpClient's switch: System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true").
    if (call.childForFieldName('name')?.text !== 'setProperty') continue;
    const [key, value] = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((child) => child?.type !== 'line_comment');
    if (key?.type === 'string_literal' && key.text === '"jdk.internal.httpclient.disableHostnameVerification"' && value?.text !== '"false"') {
      flag(context, { kind: 'hostname', range: rangeOf(call), edits: value?.type === 'string_literal' ? replace(value, '"false"') : undefined });
    }
  }
}

/** `Class.FIELD` → kind, matched on the last two segments so fully qualified names count. */
const JAVA_INSECURE_CONSTANTS: ReadonlyMap<string, Kind> = new Map([
  ['NoopHostnameVerifier.INSTANCE', 'hostname'],
  ['SSLConnectionSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER', 'hostname'],
  ['SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER', 'hostname'],
  ['TrustAllStrategy.INSTANCE', 'trustAll'],
  ['TrustSelfSignedStrategy.INSTANCE', 'selfSigned'],
]);

const JAVA_INSECURE_CLASSES: ReadonlyMap<string, Kind> = new Map([
  ['NoopHostnameVerifier', 'hostname'],
  ['AllowAllHostnameVerifier', 'hostname'],
  ['TrustAllStrategy', 'trustAll'],
  ['TrustSelfSignedStrategy', 'selfSigned'],
]);

function lastTwoSegments(name: string): string {
  return compact(name).split('.').slice(-2).join('.');
}

function javaParameterTypes(method: SyntaxNode): string[] {
  const parameters = method.childForFieldName('parameters');
  return (parameters?.namedChildren ?? [])
    .filter((child): child is SyntaxNode => child?.type === 'formal_parameter')
    .map((parameter) => lastSegment(compact(parameter.childForFieldName('type')?.text ?? '')));
}

/** A body with no statements but a bare `return;` (comments do not count). */
function isEmptyJavaBody(body: SyntaxNode): boolean {
  return body.namedChildren.every(
    (child) => child === null || child.type === 'line_comment' || child.type === 'block_comment' || (child.type === 'return_statement' && child.namedChildCount === 0),
  );
}

/** `-> true`, or a block whose every return gives `true` and that throws nothing. */
function alwaysReturnsJavaTrue(body: SyntaxNode): boolean {
  if (body.type === 'true') return true;
  if (body.type !== 'block') return false;
  if (ownDescendants(body, ['throw_statement'], JAVA_FUNCTIONS).length > 0) return false;
  const returns = ownDescendants(body, ['return_statement'], JAVA_FUNCTIONS);
  return returns.length > 0 && returns.every((statement) => statement.namedChild(0)?.type === 'true');
}

/** What an always-true lambda stands for, from where it is passed or stored. */
function javaLambdaRole(lambda: SyntaxNode): Kind | undefined {
  const parent = lambda.parent;
  if (parent?.type === 'argument_list') {
    const name = parent.parent?.childForFieldName('name')?.text ?? '';
    if (JAVA_HOSTNAME_VERIFIER_SETTERS.has(name)) return 'hostname';
    if (JAVA_TRUST_STRATEGY_TAKERS.has(name)) return 'trustAll';
    return undefined;
  }
  if (parent?.type === 'variable_declarator') {
    const type = lastSegment(parent.parent?.childForFieldName('type')?.text ?? '');
    if (type === 'HostnameVerifier') return 'hostname';
    if (type === 'TrustStrategy') return 'trustAll';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// C#
// ---------------------------------------------------------------------------------------------

/** Properties that hold a server-certificate validation callback. */
const CSHARP_CALLBACK_PROPERTIES: ReadonlySet<string> = new Set([
  'ServerCertificateCustomValidationCallback', 'ServerCertificateValidationCallback', 'RemoteCertificateValidationCallback',
]);
const CSHARP_FUNCTIONS: ReadonlySet<string> = new Set(['lambda_expression', 'anonymous_method_expression', 'method_declaration', 'local_function_statement']);

function checkCSharp(context: RuleContext, code: CodeModel): void {
  for (const method of code.nodesOfType(['method_declaration', 'local_function_statement'])) {
    const name = method.childForFieldName('name');
    const body = method.childForFieldName('body');
    if (name === null || body === null) continue;
    // A validation callback has an `SslPolicyErrors` parameter; one that always says yes trusts all.
    const takesPolicyErrors = (method.childForFieldName('parameters')?.namedChildren ?? []).some(
      (parameter) => lastSegment(parameter?.childForFieldName('type')?.text ?? '') === 'SslPolicyErrors',
    );
    if (takesPolicyErrors && alwaysReturnsCSharpTrue(body)) {
      flag(context, { kind: 'trustAll', range: rangeOf(name) });
    }
  }
  for (const callback of code.nodesOfType(['lambda_expression', 'anonymous_method_expression'])) {
    const body = callback.childForFieldName('body') ?? callback.namedChildren.find((child) => child?.type === 'block') ?? null;
    if (body === null || !alwaysReturnsCSharpTrue(body)) continue;
    if (isCSharpValidationCallbackSlot(callback) || lambdaTakesPolicyErrors(callback)) {
      flag(context, { kind: 'trustAll', range: rangeOf(callback), edits: csharpDefaultValidationFix(callback, body) });
    }
  }
  for (const access of code.nodesOfType(['member_access_expression'])) {
    if (access.childForFieldName('name')?.text === 'DangerousAcceptAnyServerCertificateValidator') {
      flag(context, { kind: 'trustAll', range: rangeOf(access) });
    }
  }
}

/**
 * `(message, cert, chain, errors) => true` → `… => errors == System.Net.Security.SslPolicyErrors.None`,
 * which is what the platform accepts when no callback is set. Fully qualified so that it compiles
 * without a new `using`; discarded (`_`) parameters cannot be named, so those get no fix.
 */
function csharpDefaultValidationFix(callback: SyntaxNode, body: SyntaxNode): TextEdit[] | undefined {
  if (callback.type !== 'lambda_expression' || body.type !== 'boolean_literal') return undefined;
  const parameters = (callback.childForFieldName('parameters')?.namedChildren ?? []).filter((child) => child?.type === 'parameter');
  const errors = parameters.length === 4 ? parameters[3]?.childForFieldName('name')?.text : undefined;
  if (errors === undefined || errors === '_') return undefined;
  return replace(body, `${errors} == System.Net.Security.SslPolicyErrors.None`);
}

function lambdaTakesPolicyErrors(callback: SyntaxNode): boolean {
  const parameters = callback.childForFieldName('parameters');
  return (parameters?.namedChildren ?? []).some((parameter) => lastSegment(parameter?.childForFieldName('type')?.text ?? '') === 'SslPolicyErrors');
}

/** `X.ServerCertificateValidationCallback = …`, `new RemoteCertificateValidationCallback(…)`, `new SslStream(s, b, …)`. */
function isCSharpValidationCallbackSlot(callback: SyntaxNode): boolean {
  const parent = callback.parent;
  if (parent?.type === 'assignment_expression' && parent.childForFieldName('right')?.id === callback.id) {
    const left = parent.childForFieldName('left');
    const property = left?.type === 'member_access_expression' ? left.childForFieldName('name')?.text : left?.text;
    return property !== undefined && CSHARP_CALLBACK_PROPERTIES.has(property);
  }
  if (parent?.type !== 'argument') return false;
  const label = parent.namedChildren.find((child) => child?.type === 'name_colon')?.namedChild(0)?.text;
  if (label === 'userCertificateValidationCallback') return true;
  const creation = parent.parent?.parent;
  if (creation?.type !== 'object_creation_expression') return false;
  const type = lastSegment(creation.childForFieldName('type')?.text ?? '');
  if (type === 'RemoteCertificateValidationCallback') return true;
  // SslStream(innerStream, leaveInnerStreamOpen, userCertificateValidationCallback, …).
  const position = (parent.parent?.namedChildren ?? []).filter((child) => child?.type === 'argument').findIndex((child) => child?.id === parent.id);
  return type === 'SslStream' && label === undefined && position === 2;
}

function alwaysReturnsCSharpTrue(body: SyntaxNode): boolean {
  if (body.type === 'boolean_literal') return body.text === 'true';
  if (body.type === 'arrow_expression_clause') {
    const expression = body.namedChild(0);
    return expression?.type === 'boolean_literal' && expression.text === 'true';
  }
  if (body.type !== 'block') return false;
  if (ownDescendants(body, ['throw_statement', 'throw_expression'], CSHARP_FUNCTIONS).length > 0) return false;
  const returns = ownDescendants(body, ['return_statement'], CSHARP_FUNCTIONS);
  return returns.length > 0 && returns.every((statement) => statement.namedChild(0)?.text === 'true');
}

// ---------------------------------------------------------------------------------------------
// Go
// ---------------------------------------------------------------------------------------------

/** tls.Config fields that do the verification themselves when InsecureSkipVerify is set (pinning). */
const GO_CUSTOM_VERIFIERS: ReadonlySet<string> = new Set(['VerifyPeerCertificate', 'VerifyConnection']);

function checkGo(context: RuleContext, code: CodeModel): void {
  const pairs = code.keyValues();
  for (const pair of pairs) {
    if (pair.key !== 'InsecureSkipVerify') continue;
    const valueNode = unwrapLiteralElement(pair.value);
    if (!isOnBoolean(code.valueOf(valueNode))) continue;
    const literal = pair.node.parent;
    const customVerifier = pairs.some((other) => other.node.parent?.id === literal?.id && GO_CUSTOM_VERIFIERS.has(other.key));
    if (customVerifier) continue;
    flag(context, { kind: 'cert', range: rangeOf(pair.node), edits: replaceLiteral(valueNode, 'false') });
  }
  for (const assignment of code.assignments()) {
    if (!assignment.target.endsWith('.InsecureSkipVerify')) continue;
    const valueNode = unwrapArgument(assignment.value);
    if (!isOnBoolean(code.valueOf(valueNode))) continue;
    const receiver = assignment.target.slice(0, -'.InsecureSkipVerify'.length);
    const customVerifier = code.assignments().some((other) => [...GO_CUSTOM_VERIFIERS].some((field) => other.target === `${receiver}.${field}`));
    if (customVerifier) continue;
    flag(context, { kind: 'cert', range: rangeOf(assignment.node), edits: replaceLiteral(valueNode, 'false') });
  }
}

function isOnBoolean(value: StaticValue): boolean {
  return value.kind === 'boolean' && value.value;
}

function unwrapLiteralElement(node: SyntaxNode): SyntaxNode {
  return node.type === 'literal_element' ? node.namedChild(0) ?? node : node;
}

// ---------------------------------------------------------------------------------------------
// PHP
// ---------------------------------------------------------------------------------------------

interface OptionRule {
  /** Whether the insecure value is the off value (`false`/`0`) or the on value (`true`). */
  readonly insecureWhen: 'off' | 'on';
  readonly kind: Kind;
  /** The literal the fix writes. */
  readonly secure: string;
}

/** cURL options (for curl_setopt and curl_setopt_array). */
const PHP_CURL_OPTIONS: ReadonlyMap<string, OptionRule> = new Map([
  ['CURLOPT_SSL_VERIFYPEER', { insecureWhen: 'off', kind: 'cert', secure: 'true' }],
  ['CURLOPT_PROXY_SSL_VERIFYPEER', { insecureWhen: 'off', kind: 'cert', secure: 'true' }],
  ['CURLOPT_SSL_VERIFYHOST', { insecureWhen: 'off', kind: 'hostname', secure: '2' }],
  ['CURLOPT_PROXY_SSL_VERIFYHOST', { insecureWhen: 'off', kind: 'hostname', secure: '2' }],
]);

/** Array keys: Guzzle `verify`, stream contexts `verify_peer`/`verify_peer_name`/`allow_self_signed`, Symfony HttpClient `verify_host`. */
const PHP_ARRAY_OPTIONS: ReadonlyMap<string, OptionRule> = new Map([
  ['verify', { insecureWhen: 'off', kind: 'cert', secure: 'true' }],
  ['verify_peer', { insecureWhen: 'off', kind: 'cert', secure: 'true' }],
  ['verify_peer_name', { insecureWhen: 'off', kind: 'hostname', secure: 'true' }],
  ['verify_host', { insecureWhen: 'off', kind: 'hostname', secure: 'true' }],
  ['allow_self_signed', { insecureWhen: 'on', kind: 'selfSigned', secure: 'false' }],
]);

function checkPhp(context: RuleContext, code: CodeModel): void {
  for (const call of code.calls()) {
    const name = call.name.toLowerCase();
    if (name === 'curl_setopt' && call.args.length >= 3) {
      const [, option, value] = call.args;
      if (option && value) phpCallSetting(context, code, PHP_CURL_OPTIONS, lastSegment(unwrapArgument(option.node).text), option.node, value.node);
    } else if (name === 'stream_context_set_option' && call.args.length >= 4) {
      const [, wrapper, option, value] = call.args;
      const wrapperName = wrapper ? code.valueOf(unwrapArgument(wrapper.node)) : undefined;
      const optionName = option ? code.valueOf(unwrapArgument(option.node)) : undefined;
      if (wrapperName?.kind === 'string' && wrapperName.value === 'ssl' && optionName?.kind === 'string' && option && value) {
        phpCallSetting(context, code, PHP_ARRAY_OPTIONS, optionName.value, option.node, value.node);
      }
    } else if (name === 'withoutverifying') {
      // Laravel's HTTP client: Http::withoutVerifying()->get(...).
      flag(context, { kind: 'cert', range: phpCallNameRange(call) });
    }
  }
  for (const pair of code.keyValues()) {
    const key = phpKeyName(code, pair.keyNode, pair.key);
    const options = key.startsWith('CURLOPT_') ? PHP_CURL_OPTIONS : PHP_ARRAY_OPTIONS;
    phpSetting(context, code, options.get(key), key, pair.value, rangeOf(pair.node));
  }
}

/** A setting passed as call arguments: the range runs from the option to its value. */
function phpCallSetting(
  context: RuleContext,
  code: CodeModel,
  options: ReadonlyMap<string, OptionRule>,
  key: string,
  option: SyntaxNode,
  value: SyntaxNode,
): void {
  phpSetting(context, code, options.get(key), key, unwrapArgument(value), { start: option.startIndex, end: value.endIndex });
}

function phpSetting(context: RuleContext, code: CodeModel, rule: OptionRule | undefined, key: string, valueNode: SyntaxNode, range: Range): void {
  if (rule === undefined) return;
  const value = code.valueOf(valueNode);
  const insecure = rule.insecureWhen === 'off' ? isOff(value) : isOn(value);
  if (insecure) {
    flag(context, { kind: rule.kind, range, edits: replaceLiteral(valueNode, rule.secure) });
  } else if (isWeakVerifyHost(key, value)) {
    flag(context, { kind: 'hostname', range, confidence: 'medium', edits: replaceLiteral(valueNode, '2') });
  }
}

/** The method name and its arguments: `withoutVerifying()` in `Http::withoutVerifying()->get(...)`. */
function phpCallNameRange(call: CallSite): Range {
  const name = call.node.childForFieldName('name');
  return name ? { start: name.startIndex, end: call.node.endIndex } : rangeOf(call.node);
}

/**
 * CURLOPT_SSL_VERIFYHOST 1 (or `true`, which PHP passes as 1) only checked that a name was
 * present before libcurl 7.66; newer libcurl treats it as 2, so it is reported at medium.
 */
function isWeakVerifyHost(key: string, value: StaticValue): boolean {
  return key.endsWith('SSL_VERIFYHOST') && ((value.kind === 'number' && value.value === 1) || isOnBoolean(value));
}

/** Array keys: a string's value, or a constant's own name (`CURLOPT_…`, `RequestOptions::VERIFY`). */
function phpKeyName(code: CodeModel, keyNode: SyntaxNode, key: string): string {
  const value = code.valueOf(keyNode);
  if (value.kind === 'string' && (keyNode.type === 'string' || keyNode.type === 'encapsed_string')) return value.value;
  const constant = lastSegment(keyNode.text);
  // Guzzle's RequestOptions::VERIFY is the string 'verify'.
  if (compact(keyNode.text).endsWith('RequestOptions::VERIFY')) return 'verify';
  return constant.startsWith('CURLOPT_') ? constant : bareKey(key);
}

// ---------------------------------------------------------------------------------------------
// Ruby
// ---------------------------------------------------------------------------------------------

/** Hash and keyword keys whose `false` turns verification off: Faraday, HTTParty, RestClient, Excon. */
const RUBY_VERIFY_KEYS: ReadonlySet<string> = new Set(['verify', 'verify_ssl', 'ssl_verify', 'ssl_verify_peer']);
const RUBY_COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '===', 'eql?', 'equal?']);

function checkRuby(context: RuleContext, code: CodeModel): void {
  for (const constant of code.nodesOfType(['scope_resolution'])) {
    if (constant.parent?.type === 'scope_resolution') continue;
    const name = stripLeadingScope(compact(constant.text));
    if (name !== 'OpenSSL::SSL::VERIFY_NONE' || isRubyComparison(constant)) continue;
    const last = constant.childForFieldName('name');
    flag(context, { kind: 'cert', range: rangeOf(constant), edits: last ? replace(last, 'VERIFY_PEER') : undefined });
  }
  for (const pair of code.keyValues()) {
    const key = bareKey(pair.key);
    if (!RUBY_VERIFY_KEYS.has(key) || !isOff(code.valueOf(pair.value))) continue;
    if (rubyJwtCall(pair.node)) continue;
    flag(context, { kind: 'cert', range: rangeOf(pair.node), edits: replaceLiteral(pair.value, 'true') });
  }
  for (const assignment of code.assignments()) {
    if (assignment.target.endsWith('.verify_hostname') && isOff(code.valueOf(assignment.value))) {
      flag(context, { kind: 'hostname', range: rangeOf(assignment.node), edits: replaceLiteral(assignment.value, 'true') });
    }
  }
}

function stripLeadingScope(name: string): string {
  return name.startsWith('::') ? name.slice(2) : name;
}

function isRubyComparison(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent?.type === 'binary') return RUBY_COMPARISONS.has(parent.childForFieldName('operator')?.text ?? '');
  // `when OpenSSL::SSL::VERIFY_NONE` in a case expression reads the mode, it does not set it.
  return parent?.type === 'pattern' || parent?.type === 'when';
}

/** Keyword arguments of a JWT call belong to the JWT rule (CONTRACTS §10). */
function rubyJwtCall(pair: SyntaxNode): boolean {
  const call = pair.parent?.type === 'argument_list' ? pair.parent.parent : undefined;
  return call?.type === 'call' && (call.childForFieldName('receiver')?.text ?? '').toUpperCase().includes('JWT');
}

// ---------------------------------------------------------------------------------------------
// Shell commands (shell scripts, Dockerfile RUN, CI steps, package.json scripts)
// ---------------------------------------------------------------------------------------------

interface Word {
  /** The word with quotes and backslash escapes removed. */
  readonly text: string;
  readonly range: Range;
}

/** Short curl options that take a value, so letters after them in a cluster are that value. */
const CURL_SHORT_OPTIONS_WITH_VALUE = 'AbcCdDeEFHKmoPQrtTuUwxXyYz';
/** Words that run the next word as the command. */
const COMMAND_WRAPPERS: ReadonlySet<string> = new Set(['sudo', 'env', 'exec', 'command', 'nohup', 'time', 'nice', 'xargs']);

/** Environment variables that turn verification off for a whole process. */
function environmentFinding(name: string, value: string, range: Range, valueRange: Range, valueText: string): Flag | undefined {
  if ((name === 'NODE_TLS_REJECT_UNAUTHORIZED' || name === 'PYTHONHTTPSVERIFY') && value.trim() === '0') {
    return { kind: 'processWide', range, edits: [{ ...valueRange, newText: requote(valueText, '1') }] };
  }
  // Git skips verification when GIT_SSL_NO_VERIFY is set at all, whatever its value, so only
  // removing it helps.
  if (name === 'GIT_SSL_NO_VERIFY') return { kind: 'processWide', range };
  return undefined;
}

/**
 * Findings in one simple command, given as words: leading `NAME=value` assignments, then the
 * command and its arguments. `text` is the document, for the whitespace a removal takes.
 */
function commandFindings(words: readonly Word[], text: string): Flag[] {
  const findings: Flag[] = [];
  let index = 0;
  for (;;) {
    const word = words[index];
    if (word === undefined) return findings;
    const assignment = splitAssignment(word.text);
    if (assignment !== undefined) {
      const valueStart = word.range.start + assignment.name.length + 1;
      const valueRange = { start: valueStart, end: word.range.end };
      const finding = environmentFinding(assignment.name, assignment.value, word.range, valueRange, text.slice(valueStart, word.range.end));
      if (finding) findings.push(finding);
      index += 1;
    } else if (COMMAND_WRAPPERS.has(baseName(word.text)) || (word.text.startsWith('-') && index > 0 && COMMAND_WRAPPERS.has(baseName(words[index - 1]?.text ?? '')))) {
      index += 1;
    } else {
      break;
    }
  }
  const command = words[index];
  if (command === undefined) return findings;
  const args = words.slice(index + 1);
  switch (baseName(command.text)) {
    case 'curl':
      findings.push(...curlFindings(args, text));
      break;
    case 'wget':
      for (const arg of args) {
        if (arg.text === '--no-check-certificate') findings.push({ kind: 'cert', range: arg.range, edits: removeWord(arg.range, text) });
      }
      break;
    case 'git':
      findings.push(...gitFindings(args, text));
      break;
    case 'npm':
    case 'yarn':
    case 'pnpm':
      findings.push(...npmFindings(args, text));
      break;
    case 'pip':
    case 'pip3':
      findings.push(...pipFindings(args));
      break;
    case 'python':
    case 'python3':
      if (args[0]?.text === '-m' && (args[1]?.text === 'pip' || args[1]?.text === 'pip3')) findings.push(...pipFindings(args.slice(2)));
      break;
    case 'kubectl':
    case 'helm':
    case 'oc':
      for (const arg of args) {
        if (arg.text === '--insecure-skip-tls-verify' || arg.text === '--insecure-skip-tls-verify=true') {
          findings.push({ kind: 'cert', range: arg.range, edits: removeWord(arg.range, text) });
        }
      }
      break;
    case 'aws':
      for (const arg of args) {
        if (arg.text === '--no-verify-ssl') findings.push({ kind: 'cert', range: arg.range, edits: removeWord(arg.range, text) });
      }
      break;
    default:
      break;
  }
  return findings;
}

function curlFindings(args: readonly Word[], text: string): Flag[] {
  const findings: Flag[] = [];
  for (const arg of args) {
    if (arg.text === '--') break;
    if (arg.text === '--insecure' || arg.text === '--proxy-insecure') {
      findings.push({ kind: 'cert', range: arg.range, edits: removeWord(arg.range, text) });
      continue;
    }
    if (!arg.text.startsWith('-') || arg.text.startsWith('--')) continue;
    const position = curlClusterK(arg.text);
    if (position < 0) continue;
    const raw = text.slice(arg.range.start, arg.range.end);
    const edits =
      arg.text === '-k'
        ? removeWord(arg.range, text)
        : raw === arg.text
          ? [{ start: arg.range.start + position, end: arg.range.start + position + 1, newText: '' }]
          : undefined;
    findings.push({ kind: 'cert', range: arg.range, edits });
  }
  return findings;
}

/** The index of `k` in a short-option cluster like `-fsSLk`, or -1; stops at an option that takes a value. */
function curlClusterK(cluster: string): number {
  for (let index = 1; index < cluster.length; index += 1) {
    const letter = cluster[index] ?? '';
    if (letter === 'k') return index;
    if (CURL_SHORT_OPTIONS_WITH_VALUE.includes(letter)) return -1;
  }
  return -1;
}

/** `git config [scope] http[.<url>].sslVerify false` and `git -c http.sslVerify=false …`. */
function gitFindings(args: readonly Word[], text: string): Flag[] {
  const findings: Flag[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === undefined) continue;
    const lower = arg.text.toLowerCase();
    if (lower.startsWith('http.') && lower.includes('sslverify=')) {
      const equals = arg.text.indexOf('=');
      if (!textIsOff(arg.text.slice(equals + 1))) continue;
      // Edited in place only when the word is written without quotes, so offsets match.
      const plain = text.slice(arg.range.start, arg.range.end) === arg.text;
      const edits = plain ? [{ start: arg.range.start + equals + 1, end: arg.range.end, newText: 'true' }] : undefined;
      findings.push({ kind: 'cert', range: arg.range, edits });
    } else if (lower.startsWith('http.') && lower.endsWith('.sslverify')) {
      const next = args[index + 1];
      if (next !== undefined && textIsOff(next.text)) {
        findings.push({ kind: 'cert', range: { start: arg.range.start, end: next.range.end }, edits: [{ ...next.range, newText: 'true' }] });
      }
    }
  }
  return findings;
}

/** `npm config set strict-ssl false`, `npm install --strict-ssl=false`. */
function npmFindings(args: readonly Word[], text: string): Flag[] {
  const findings: Flag[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === undefined) continue;
    if (arg.text === 'strict-ssl' && args[index - 1]?.text === 'set') {
      const next = args[index + 1];
      if (next !== undefined && textIsOff(next.text)) {
        findings.push({ kind: 'cert', range: { start: arg.range.start, end: next.range.end }, edits: [{ ...next.range, newText: 'true' }] });
      }
    } else if (arg.text === '--strict-ssl=false' || arg.text === '--no-strict-ssl') {
      findings.push({ kind: 'cert', range: arg.range, edits: removeWord(arg.range, text) });
    }
  }
  return findings;
}

/** `pip install --trusted-host host` and `pip config set global.trusted-host host`. */
function pipFindings(args: readonly Word[]): Flag[] {
  const findings: Flag[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === undefined) continue;
    if (arg.text.startsWith('--trusted-host=')) {
      findings.push({ kind: 'trustedHost', range: arg.range });
    } else if (arg.text === '--trusted-host' || arg.text.endsWith('.trusted-host')) {
      const next = args[index + 1];
      findings.push({ kind: 'trustedHost', range: next ? { start: arg.range.start, end: next.range.end } : arg.range });
    }
  }
  return findings;
}

function baseName(command: string): string {
  return command.slice(command.lastIndexOf('/') + 1);
}

/** `NAME=value` with a shell variable name, else undefined. */
function splitAssignment(word: string): { name: string; value: string } | undefined {
  const equals = word.indexOf('=');
  if (equals <= 0) return undefined;
  const name = word.slice(0, equals);
  if (!SHELL_NAME.test(name)) return undefined;
  return { name, value: word.slice(equals + 1) };
}

/** Removes a word and the blanks after it (or before it, at the end of a line), never a line break. */
function removeWord(range: Range, text: string): TextEdit[] {
  let end = range.end;
  while (text[end] === ' ' || text[end] === '\t') end += 1;
  let start = range.start;
  if (end === range.end) {
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start -= 1;
  }
  return [{ start, end, newText: '' }];
}

/** Children of a shell `command` that are not its words; prefix assignments are checked with all other assignments. */
const SHELL_NON_WORDS: ReadonlySet<string> = new Set(['comment', 'file_redirect', 'herestring_redirect', 'heredoc_redirect', 'variable_assignment']);

function checkShell(context: RuleContext, code: CodeModel): void {
  const text = context.document.text;
  for (const command of code.nodesOfType(['command'])) {
    const words: Word[] = [];
    for (const child of command.namedChildren) {
      if (child === null || SHELL_NON_WORDS.has(child.type)) continue;
      words.push({ text: unquoteShellWord(child.text), range: rangeOf(child) });
    }
    for (const finding of commandFindings(words, text)) flag(context, finding);
  }
  for (const assignment of code.nodesOfType(['variable_assignment'])) {
    const name = assignment.childForFieldName('name');
    const value = assignment.childForFieldName('value');
    if (name === null) continue;
    const valueRange = value ? rangeOf(value) : { start: assignment.endIndex, end: assignment.endIndex };
    const finding = environmentFinding(name.text, unquoteShellWord(value?.text ?? ''), rangeOf(assignment), valueRange, value?.text ?? '');
    if (finding) flag(context, finding);
  }
}

/** A shell word's value: quotes removed and backslash escapes resolved (expansions kept as written). */
function unquoteShellWord(raw: string): string {
  let result = '';
  let quote: string | undefined;
  for (let index = 0; index < raw.length; index += 1) {
    const character = raw[index] ?? '';
    if (quote === "'") {
      if (character === "'") quote = undefined;
      else result += character;
    } else if (character === '\\' && index + 1 < raw.length) {
      index += 1;
      result += raw[index] ?? '';
    } else if (character === "'" || character === '"') {
      quote = quote === character ? undefined : quote ?? character;
      if (quote !== undefined && quote !== character) result += character;
    } else {
      result += character;
    }
  }
  return result;
}

/**
 * Splits command text (a Dockerfile RUN line, a CI step, an npm script) into simple commands
 * of words with ranges in the document (`offset` is where `source` starts). Quotes group,
 * `;`, `&`, `|`, parentheses and line breaks end a command, a backslash before a line break
 * continues it, and `#` at the start of a word begins a comment.
 */
function splitCommands(source: string, offset: number): Word[][] {
  const commands: Word[][] = [];
  let words: Word[] = [];
  let raw = '';
  let start = -1;
  let quote: string | undefined;
  const endWord = (end: number): void => {
    if (start >= 0) words.push({ text: unquoteShellWord(raw), range: { start: offset + start, end: offset + end } });
    raw = '';
    start = -1;
  };
  const endCommand = (): void => {
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index] ?? '';
    if (quote !== undefined) {
      raw += character;
      if (character === '\\' && quote === '"' && index + 1 < source.length) {
        index += 1;
        raw += source[index] ?? '';
      } else if (character === quote) {
        quote = undefined;
      }
      continue;
    }
    if (character === '\\' && (source[index + 1] === '\n' || (source[index + 1] === '\r' && source[index + 2] === '\n'))) {
      endWord(index);
      index += source[index + 1] === '\r' ? 2 : 1;
    } else if (character === ' ' || character === '\t') {
      endWord(index);
    } else if (character === '\n' || character === '\r' || ';&|()'.includes(character)) {
      endWord(index);
      endCommand();
    } else if (character === '#' && start < 0) {
      while (index + 1 < source.length && source[index + 1] !== '\n') index += 1;
    } else {
      if (start < 0) start = index;
      raw += character;
      if (character === '\\' && index + 1 < source.length) {
        index += 1;
        raw += source[index] ?? '';
      } else if (character === "'" || character === '"') {
        quote = character;
      }
    }
  }
  endWord(source.length);
  endCommand();
  return commands;
}

function commandTextFindings(source: string, offset: number, documentText: string): Flag[] {
  return splitCommands(source, offset).flatMap((words) => commandFindings(words, documentText));
}

// ---------------------------------------------------------------------------------------------
// Configuration files
// ---------------------------------------------------------------------------------------------

/** Keys (compared lower-cased, `-` and `_` ignored) whose true value skips verification. */
const CONFIG_SKIP_KEYS: ReadonlySet<string> = new Set([
  'insecureskipverify', 'skiptlsverify', 'insecureskiptlsverify', 'tlsskipverify', 'tlsinsecureskipverify',
  'allowunverifiedssl', 'sslallowinvalidcertificates', 'tlsallowinvalidcertificates', 'tlsinsecure',
]);
/** Keys whose false value turns verification off. */
const CONFIG_VERIFY_KEYS: ReadonlySet<string> = new Set([
  'tlsverify', 'verifyssl', 'sslverify', 'verifycerts', 'validatecerts', 'rejectunauthorized', 'strictssl',
  'verifycertificate', 'sslverifypeer', 'enablestrictssl',
]);
/** Keys whose value is a shell command (CI steps, container commands). */
const CONFIG_COMMAND_KEYS: ReadonlySet<string> = new Set(['run', 'script', 'before_script', 'after_script', 'entrypoint', 'command']);

function normaliseConfigKey(key: string): string {
  return key.toLowerCase().replace(KEY_PUNCTUATION, '');
}

function checkConfig(context: RuleContext, config: ConfigModel): void {
  const text = context.document.text;
  const entries = config.entries();
  for (const entry of entries) {
    for (const finding of configEntryFindings(config, entry, entries, text)) flag(context, finding);
  }
}

function configEntryFindings(config: ConfigModel, entry: ConfigEntry, entries: readonly ConfigEntry[], text: string): Flag[] {
  const { value, valueRange } = entry;
  if (value === undefined || valueRange === undefined) return [];
  const format = config.format;
  if (format === 'dockerfile') return dockerfileFindings(entry, text);
  const isCommand =
    (format === 'json' && entry.path[0] === 'scripts' && entry.path.length === 2) ||
    (format === 'yaml' && CONFIG_COMMAND_KEYS.has(lastCommandKey(entry)));
  if (isCommand) return commandTextFindings(text.slice(valueRange.start, valueRange.end), valueRange.start, text);
  const settingRange = { start: startWithOpeningQuote(text, entry.keyRange), end: endWithClosingQuote(text, valueRange) };
  const environment = environmentEntryFinding(entry, entries, value, valueRange, settingRange, text);
  if (environment) return [environment];
  const setting = settingFinding(config, entry, value, settingRange, text.slice(valueRange.start, valueRange.end), valueRange);
  return setting ? [setting] : [];
}

/** Process-wide variables set as a key, a Kubernetes `name`/`value` pair, or a Compose `NAME=value` item. */
function environmentEntryFinding(
  entry: ConfigEntry,
  entries: readonly ConfigEntry[],
  value: string,
  valueRange: Range,
  settingRange: Range,
  text: string,
): Flag | undefined {
  const rawValue = text.slice(valueRange.start, valueRange.end);
  const direct = environmentFinding(entry.key, value, settingRange, valueRange, rawValue);
  if (direct) return direct;
  if (entry.key === 'value') {
    const name = siblingValue(entries, entry, 'name');
    return name === undefined ? undefined : environmentFinding(name, value, settingRange, valueRange, rawValue);
  }
  const item = LIST_INDEX.test(entry.key) ? splitAssignment(value) : undefined;
  if (item === undefined) return undefined;
  const itemValueRange = { start: valueRange.end - item.value.length, end: valueRange.end };
  return environmentFinding(item.name, item.value, valueRange, itemValueRange, item.value);
}

/** Verification switches set as keys. */
function settingFinding(config: ConfigModel, entry: ConfigEntry, value: string, range: Range, rawValue: string, valueRange: Range): Flag | undefined {
  const format = config.format;
  // XML attributes come as `@name`.
  const key = normaliseConfigKey(entry.key.startsWith('@') ? entry.key.slice(1) : entry.key);
  const flip = (wantOn: boolean): TextEdit[] => [{ ...valueRange, newText: flippedLiteral(rawValue, wantOn) }];
  if (CONFIG_SKIP_KEYS.has(key) && textIsOn(value)) return { kind: 'cert', range, edits: flip(false) };
  if (CONFIG_VERIFY_KEYS.has(key) && textIsOff(value)) return { kind: 'cert', range, edits: flip(true) };
  if (key === 'insecure' && format === 'terraform' && textIsOn(value) && isTerraformProviderOrHttp(config, entry)) {
    return { kind: 'cert', range, edits: flip(false) };
  }
  if (key === 'checkcertificatename' && format === 'xml' && textIsOff(value)) {
    // .NET `<servicePointManager checkCertificateName="false">` skips the host name check.
    return { kind: 'hostname', range, edits: flip(true) };
  }
  if (key === 'trustedhost' && (format === 'ini' || format === 'pip-requirements')) return { kind: 'trustedHost', range };
  if (format === 'properties' && textIsOn(value)) {
    const kind = JAVA_PROPERTIES.get(entry.key);
    return kind ? { kind, range, edits: flip(false) } : undefined;
  }
  return undefined;
}

/** A quoted key's range starts inside the quotes (JSON); a setting's range includes the opening one. */
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

function lastCommandKey(entry: ConfigEntry): string {
  // List items under `script:` have a numeric key; the list's own key names the step.
  const named = [...entry.path].reverse().find((segment) => !LIST_INDEX.test(segment));
  return (named ?? '').toLowerCase();
}

function siblingValue(entries: readonly ConfigEntry[], entry: ConfigEntry, key: string): string | undefined {
  const parent = entry.path.slice(0, -1).join('\u0000');
  return entries.find((other) => other.key === key && other.path.slice(0, -1).join('\u0000') === parent)?.value;
}

/** Terraform `insecure = true` skips verification in provider blocks and the `http` data source. */
function isTerraformProviderOrHttp(config: ConfigModel, entry: ConfigEntry): boolean {
  const blocks = config.blocks();
  for (let id = entry.blockId; id !== undefined; ) {
    const block = blocks.find((candidate) => candidate.id === id);
    if (block === undefined) return false;
    if (block.labels[0] === 'provider') return true;
    if (block.labels[0] === 'data' && block.labels[1] === 'http') return true;
    id = block.parentId;
  }
  return false;
}

/** Java system properties in `.properties` files whose true value turns a check off: Maven wagon and the JDK HTTP client. */
const JAVA_PROPERTIES: ReadonlyMap<string, Kind> = new Map([
  ['maven.wagon.http.ssl.insecure', 'cert'],
  ['maven.wagon.http.ssl.allowall', 'hostname'],
  ['jdk.internal.httpclient.disableHostnameVerification', 'hostname'],
]);

/** Dockerfile: RUN commands (shell and exec form) and ENV/ARG settings. */
function dockerfileFindings(entry: ConfigEntry, text: string): Flag[] {
  const valueRange = entry.valueRange;
  if (valueRange === undefined) return [];
  const source = text.slice(valueRange.start, valueRange.end);
  const instruction = entry.key.toUpperCase();
  if (instruction === 'RUN' && source.trimStart().startsWith('[')) {
    // Exec form: removing a word would leave a stray comma in the JSON array, so no edits.
    return commandFindings(execFormWords(source, valueRange.start), text).map((finding) => ({ kind: finding.kind, range: finding.range }));
  }
  if (instruction === 'RUN') return commandTextFindings(source, valueRange.start, text);
  if (instruction !== 'ENV' && instruction !== 'ARG') return [];
  const words = splitCommands(source, valueRange.start).flat();
  const [first, ...rest] = words;
  const last = rest[rest.length - 1];
  const firstValue = rest[0];
  if (first !== undefined && firstValue !== undefined && last !== undefined && splitAssignment(first.text) === undefined) {
    // The legacy `ENV NAME value` form: one variable, the rest of the line is its value.
    const valueRange = { start: firstValue.range.start, end: last.range.end };
    const value = text.slice(valueRange.start, valueRange.end);
    const finding = environmentFinding(first.text, unquoteShellWord(value), { start: first.range.start, end: last.range.end }, valueRange, value);
    return finding ? [finding] : [];
  }
  return commandFindings(words, text);
}

/** The double-quoted strings of an exec-form JSON array, as words. */
function execFormWords(source: string, offset: number): Word[] {
  const words: Word[] = [];
  for (let index = 0; index < source.length; index += 1) {
    if (source[index] !== '"') continue;
    let end = index + 1;
    while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
    words.push({ text: unquoteShellWord(source.slice(index, end + 1)), range: { start: offset + index, end: offset + end + 1 } });
    index = end;
  }
  return words;
}
