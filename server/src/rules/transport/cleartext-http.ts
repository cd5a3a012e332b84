/**
 * transport/cleartext-http: traffic to a non-local host that would cross the network
 * unencrypted (CONTRACTS §7 "Cleartext"). Four families of finding share one message scheme:
 *
 * - a cleartext URL (`http://`, `ws://`, `ftp://`, `telnet://`, `ldap://`) that reaches a network
 *   API, an endpoint-like name or key, a package source, or a download in a build;
 * - a client for a protocol that has no encryption as used (FTP, Telnet, plain LDAP, a plain
 *   HTTP connection object), even without a URL;
 * - infrastructure settings that allow plain HTTP (load-balancer listeners without a redirect,
 *   CloudFront `allow-all`, transit encryption turned off, Android cleartext permission);
 * - shell commands (`curl`, `wget`, `git clone`, `pip --index-url`, `ftp`, `telnet`) in shell
 *   scripts, Dockerfile `RUN`, CI steps and package.json scripts.
 *
 * Precision comes first: a string is only a finding when something sends traffic to it, or when
 * its name says it is an endpoint. Local hosts (loopback, `0.0.0.0`, link-local addresses such as
 * the cloud metadata service) are never reported; cluster-internal and private names are reported
 * at low confidence. Hosts the code cannot see (`http://${host}/`) are left alone, as are links an
 * error or exception cites (`InvalidRequestError(uri='http://…/specs/…')`) and basic-ftp or
 * node-ftp wrappers that spread their caller's options into `access`/`connect` (the caller
 * chooses `secure`).
 */
import { namedArgument, nameParts, positionalArgument, safeRegex } from '../../engine/contract';
import type {
  Assignment,
  CallSite,
  CodeModel,
  Confidence,
  ConfigBlock,
  ConfigEntry,
  ConfigModel,
  KeyValue,
  Range,
  Rule,
  RuleContext,
  Severity,
  StringLiteral,
  SyntaxNode,
  TextEdit,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

type Scheme = 'http' | 'ws' | 'ftp' | 'telnet' | 'ldap';

const CLEARTEXT_SCHEMES: readonly Scheme[] = ['http', 'ws', 'ftp', 'telnet', 'ldap'];

/** The encrypted scheme a fix may switch to; FTP and Telnet have none that keeps the URL's meaning. */
const SECURE_SCHEME: Readonly<Partial<Record<Scheme, string>>> = { http: 'https', ws: 'wss', ldap: 'ldaps' };

/** Default ports that would be wrong once the scheme changes, so a fix drops them with it. */
const DEFAULT_PORT: Readonly<Partial<Record<Scheme, string>>> = { http: '80', ws: '80', ldap: '389' };

const CONTROL = 'MoJ requires data in transit to be protected with adequate encryption (Cryptography: In transit).';

const ADVICE: Readonly<Record<Scheme, string>> = {
  http: 'Use https://.',
  ws: 'Use wss://.',
  ftp: 'Use SFTP or FTPS.',
  telnet: 'Use SSH.',
  ldap: 'Use ldaps:// or StartTLS.',
};

/** What a cleartext URL is used for, which decides the message and the severity. */
type UrlUse = 'url' | 'package' | 'download';

function urlMessage(use: UrlUse, scheme: Scheme, host: string, credentials: boolean): string {
  const over = `${scheme}://`;
  let first: string;
  if (use === 'package') {
    first = credentials
      ? `This package source sends credentials to ${host} and is fetched unencrypted over ${over}, so anyone on the network path can read them and change what gets installed.`
      : `This package source is fetched from ${host} unencrypted over ${over}, so anyone on the network path can change what gets installed.`;
  } else if (use === 'download') {
    first = credentials
      ? `This download sends credentials to ${host} and travels unencrypted over ${over}, so anyone on the network path can read them and change what the build uses.`
      : `This download from ${host} travels unencrypted over ${over}, so anyone on the network path can change what the build uses.`;
  } else {
    first = credentials
      ? `This URL sends credentials and traffic to ${host} unencrypted over ${over}.`
      : `This URL sends traffic to ${host} unencrypted over ${over}.`;
  }
  return `${first} ${CONTROL} ${ADVICE[scheme]}`;
}

/** Protocol clients that encrypt nothing as constructed. */
type ClientProtocol = 'ftp' | 'telnet' | 'ldap' | 'http';

function clientMessage(protocol: ClientProtocol, host: string | undefined): string {
  const to = host === undefined ? '' : ` to ${host}`;
  switch (protocol) {
    case 'ftp':
      return `This FTP connection${to} sends credentials and files unencrypted. ${CONTROL} Use SFTP or FTPS.`;
    case 'telnet':
      return `This Telnet connection${to} sends credentials and everything typed unencrypted. ${CONTROL} Use SSH.`;
    case 'ldap':
      return `This LDAP connection${to} is not encrypted, so bind credentials and directory data cross the network in clear text. ${CONTROL} Use LDAPS or StartTLS.`;
    case 'http':
      return `This HTTP connection${to} sends traffic unencrypted. ${CONTROL} Use an HTTPS connection.`;
  }
}

/** Client protocols whose login always crosses the wire with the session. */
const CLIENT_SEVERITY: Readonly<Record<ClientProtocol, Severity>> = { ftp: 'high', telnet: 'high', ldap: 'medium', http: 'medium' };

const LISTENER_MESSAGE =
  `This load balancer listener accepts plain HTTP and does not redirect it to HTTPS, so traffic to it crosses the network unencrypted. ${CONTROL} ` +
  'Listen on HTTPS, or make the default action a redirect to HTTPS.';
const VIEWER_MESSAGE =
  `This CloudFront behaviour lets viewers connect over plain HTTP, so their traffic crosses the network unencrypted. ${CONTROL} ` +
  'Use redirect-to-https or https-only.';
const TRANSIT_MESSAGE = `Transit encryption is turned off, so traffic to this service crosses the network unencrypted. ${CONTROL} Turn transit encryption on.`;
const ANDROID_MESSAGE =
  `This app permits cleartext HTTP traffic, so its requests can cross the network unencrypted. ${CONTROL} ` +
  'Set it to false and use https:// endpoints.';

// ---------------------------------------------------------------------------------------------
// URLs and hosts
// ---------------------------------------------------------------------------------------------

interface CleartextUrl {
  readonly scheme: Scheme;
  /** The host as written, brackets kept for IPv6. */
  readonly host: string;
  /** Offsets in the URL text of the secret part of the user information (the password, or a lone token). */
  readonly secret?: Range;
  /** Offsets of `:port` in the URL text, when the port is the scheme's default. */
  readonly defaultPort?: Range;
}

/** Characters that end a URL's authority. */
const AUTHORITY_END: ReadonlySet<string> = new Set(['/', '?', '#', ' ', '\t', '\n', '\r', ',', ';', '"', "'", '`', '\\']);

function schemeOf(text: string): Scheme | undefined {
  const head = text.slice(0, 10).toLowerCase();
  return CLEARTEXT_SCHEMES.find((scheme) => head.startsWith(`${scheme}://`));
}

function isHostCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || character === '.' || character === '-' || character === '_';
}

function isIpv6Character(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code >= 48 && code <= 58) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102) || character === '.';
}

/**
 * A cleartext URL at the start of `text`, with a host the text spells out in full. `complete`
 * says whether `text` is the whole value or only its constant prefix (`http://host/${path}`
 * gives the prefix `http://host/`): a prefix that stops inside the host tells nothing.
 */
function parseCleartextUrl(text: string, complete: boolean): CleartextUrl | undefined {
  const scheme = schemeOf(text);
  if (scheme === undefined) return undefined;
  const authorityStart = scheme.length + 3;
  let authorityEnd = authorityStart;
  while (authorityEnd < text.length && !AUTHORITY_END.has(text.charAt(authorityEnd))) authorityEnd++;
  if (authorityEnd === text.length && !complete) return undefined;
  const authority = text.slice(authorityStart, authorityEnd);
  const at = authority.lastIndexOf('@');
  const hostStart = authorityStart + at + 1;
  const hostPort = text.slice(hostStart, authorityEnd);
  let host: string;
  let rest: string;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 2 || ![...hostPort.slice(1, close)].every(isIpv6Character)) return undefined;
    host = hostPort.slice(0, close + 1);
    rest = hostPort.slice(close + 1);
  } else {
    const colon = hostPort.indexOf(':');
    host = colon < 0 ? hostPort : hostPort.slice(0, colon);
    rest = colon < 0 ? '' : hostPort.slice(colon);
    if (host === '' || !([...host].every(isHostCharacter)) || host.startsWith('.') || host.startsWith('-')) return undefined;
  }
  if (rest !== '' && !rest.startsWith(':')) return undefined;
  const portStart = hostStart + host.length;
  const defaultPort = rest === `:${DEFAULT_PORT[scheme] ?? ''}` && DEFAULT_PORT[scheme] !== undefined ? { start: portStart, end: authorityEnd } : undefined;
  let secret: Range | undefined;
  if (at >= 0) {
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    const secretStart = authorityStart + (colon < 0 ? 0 : colon + 1);
    if (authorityStart + at > secretStart) secret = { start: secretStart, end: authorityStart + at };
  }
  return { scheme, host, ...(secret ? { secret } : {}), ...(defaultPort ? { defaultPort } : {}) };
}

type Locality = 'local' | 'internal' | 'external';

/** Names that always mean this machine (or, for the metadata service, the hypervisor's link-local endpoint). */
const LOCAL_NAMES: ReadonlySet<string> = new Set([
  'localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback', 'host.docker.internal', 'gateway.docker.internal',
  'metadata', 'metadata.google.internal',
]);

/** Suffixes that only resolve inside a cluster, a private network or a test setup. */
const INTERNAL_SUFFIXES: readonly string[] = [
  '.svc', '.cluster.local', '.local', '.internal', '.lan', '.home.arpa', '.corp', '.intranet', '.test', '.example', '.invalid',
];

function ipv4Octets(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    if (part.length > 3 || !isDigits(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    octets.push(value);
  }
  return octets;
}

function localityOf(rawHost: string): Locality {
  let host = rawHost.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.startsWith('[')) host = host.slice(1, -1);
  if (LOCAL_NAMES.has(host) || host.endsWith('.localhost')) return 'local';
  const octets = ipv4Octets(host);
  if (octets !== undefined) {
    const [a = 0, b = 0] = octets;
    // Loopback, "this host" (0.0.0.0 as a bind address) and link-local, which holds the cloud metadata service.
    if (a === 127 || a === 0 || (a === 169 && b === 254)) return 'local';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return 'internal';
    return 'external';
  }
  if (host.includes(':')) {
    if (host === '::1' || host === '::' || host === '0:0:0:0:0:0:0:1') return 'local';
    if (host.startsWith('fe8') || host.startsWith('fe9') || host.startsWith('fea') || host.startsWith('feb')) return 'local';
    if (host.startsWith('fc') || host.startsWith('fd')) return 'internal';
    return 'external';
  }
  if (!host.includes('.')) return 'internal';
  if (INTERNAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'internal';
  return 'external';
}

/** A `host` or `host:port` argument of a client, reduced to its host; undefined when not a plain host. */
function hostOfAddress(address: string): string | undefined {
  if (address.includes('://')) {
    const parsed = parseCleartextUrl(address, true);
    return parsed?.host;
  }
  const host = address.startsWith('[') ? address.slice(0, address.indexOf(']') + 1) : address.split(':')[0] ?? '';
  if (host === '' || !(host.startsWith('[') || [...host].every(isHostCharacter))) return undefined;
  return host;
}

// ---------------------------------------------------------------------------------------------
// Names: endpoint-like, package sources, and names that hold documentation links
// ---------------------------------------------------------------------------------------------

const NAME_SPLIT = safeRegex('[^A-Za-z0-9_-]+');

function isDigits(text: string): boolean {
  return text !== '' && [...text].every((character) => character >= '0' && character <= '9');
}

const NOT_COMPACT = safeRegex('[^a-z0-9]', 'g');

/** `API_ENDPOINT`, `this.apiUrl` → `apiendpoint`, `thisapiurl`: lower-case letters and digits only. */
function compactName(name: string): string {
  return name.toLowerCase().replace(NOT_COMPACT, '');
}

/** The words of a dotted, member or key path, indexes dropped: `$this->apiUrl` → [this, apiUrl]. */
function nameSegments(names: readonly string[]): string[] {
  const segments: string[] = [];
  for (const name of names) {
    for (const part of name.split(NAME_SPLIT)) {
      if (part !== '' && !isDigits(part)) segments.push(part);
    }
  }
  return segments;
}

const ENDPOINT_NAMES: ReadonlySet<string> = new Set([
  'url', 'uri', 'urls', 'uris', 'endpoint', 'endpoints', 'host', 'hosts', 'server', 'servers', 'address', 'baseaddress',
]);
const ENDPOINT_SUFFIXES: readonly string[] = ['url', 'uri', 'urls', 'uris', 'endpoint', 'endpoints', 'baseaddress', 'host', 'server'];

/**
 * Parts of a name that make it a link for people or an identifier rather than somewhere traffic
 * goes (`homepageUrl`, `licenseUrl`, `schemaUri`, `namespaceUri`), and proxies, whose `http://`
 * scheme names the proxy protocol while the traffic through it stays end-to-end encrypted.
 */
const NON_ENDPOINT_PARTS: readonly string[] = [
  'proxy', 'homepage', 'home', 'documentation', 'docs', 'docurl', 'licen', 'changelog', 'website', 'privacy', 'terms', 'support',
  'help', 'issues', 'issuetracker', 'bugs', 'bugtracker', 'bugreport', 'contact', 'funding', 'wiki', 'icon', 'logo', 'image',
  'img', 'avatar', 'badge', 'schema', 'namespace', 'xmlns', 'author', 'thumbnail', 'photo', 'picture', 'favicon', 'referer',
  'referrer', 'projecturl', 'sourcecode', 'mailinglist',
];

function isExcludedName(compact: string): boolean {
  return compact === 'curl' || NON_ENDPOINT_PARTS.some((part) => compact.includes(part));
}

function isEndpointName(compact: string): boolean {
  // Asked for every key and assignment: the short list of endpoint names turns most away before the long list of exclusions.
  return (ENDPOINT_NAMES.has(compact) || ENDPOINT_SUFFIXES.some((suffix) => compact.endsWith(suffix))) && !isExcludedName(compact);
}

/** Words one of which every name `isEndpointName` or `isPackageSourceName` accepts holds. */
const ENDPOINT_WORDS: readonly string[] = ['url', 'uri', 'endpoint', 'host', 'server', 'address', 'registry', 'findlinks'];

function mayNameEndpoint(compact: string): boolean {
  return ENDPOINT_WORDS.some((word) => compact.includes(word));
}

/** Names of settings that choose where packages, build tools or modules are downloaded from. */
function isPackageSourceName(compact: string): boolean {
  return (
    compact.endsWith('registry') ||
    compact.endsWith('registryserver') ||
    compact === 'indexurl' ||
    compact === 'extraindexurl' ||
    compact === 'findlinks' ||
    compact === 'distributionurl'
  );
}

/** Whether a path of names is endpoint-like: its last name, or the collection it sits in (`endpoints: [..]`). */
function endpointPath(segments: readonly string[]): boolean {
  const last = segments[segments.length - 1];
  if (last === undefined) return false;
  const lastCompact = compactName(last);
  if (isExcludedName(lastCompact)) return false;
  if (isEndpointName(lastCompact)) return true;
  const parent = segments[segments.length - 2];
  return parent !== undefined && isEndpointName(compactName(parent));
}

// ---------------------------------------------------------------------------------------------
// Hits: what each checker finds, before de-duplication and reporting
// ---------------------------------------------------------------------------------------------

/** Where a URL's text is written: the range to flag, and where its scheme starts for a fix. */
interface Origin {
  readonly start: number;
  readonly end: number;
}

/** A value as far as the text can tell: the whole value, or only its constant prefix. */
interface Resolved {
  readonly text: string;
  readonly complete: boolean;
  readonly origin?: Origin;
}

interface UrlCandidate {
  readonly resolved: Resolved;
  /** Where to report when the URL's text has no place in this file the rule can point at. */
  readonly fallback: Range;
  readonly use: UrlUse;
  /** A reason to trust the finding less (a download pinned by checksum). */
  readonly confidence?: Confidence;
}

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[] };
  readonly secrets?: readonly Range[];
}

/** Per-file facts that change what counts as cleartext. */
interface FileMarkers {
  /** StartTLS or an SSL security protocol is set up in this file, so `ldap://` is upgraded. */
  readonly ldapSecured: boolean;
  /** .NET `EnableSsl = true` turns an `ftp://` FtpWebRequest into FTPS. */
  readonly ftpSecured: boolean;
}

const NO_MARKERS: FileMarkers = { ldapSecured: false, ftpSecured: false };

class HitCollector {
  private readonly hits = new Map<string, Hit>();

  constructor(
    private readonly text: string,
    private readonly markers: FileMarkers,
  ) {}

  /** Keeps the first hit for a range: checkers run the most specific families first. */
  add(hit: Hit): void {
    const key = `${hit.range.start}:${hit.range.end}`;
    if (!this.hits.has(key)) this.hits.set(key, hit);
  }

  url(candidate: UrlCandidate): void {
    const hit = urlHit(this.text, candidate, this.markers);
    if (hit !== undefined) this.add(hit);
  }

  client(range: Range, protocol: ClientProtocol, host: string | undefined): void {
    if (host !== undefined && localityOf(host) === 'local') return;
    if (protocol === 'ldap' && this.markers.ldapSecured) return;
    const confidence: Confidence = host !== undefined && localityOf(host) === 'internal' ? 'low' : 'high';
    this.add({ range, message: clientMessage(protocol, host), severity: CLIENT_SEVERITY[protocol], confidence });
  }

  report(context: RuleContext): void {
    for (const hit of this.hits.values()) {
      context.report({
        range: hit.range,
        message: hit.message,
        severity: hit.severity,
        confidence: hit.confidence,
        ...(hit.fix ? { fix: hit.fix } : {}),
        ...(hit.secrets && hit.secrets.length > 0 ? { secrets: hit.secrets } : {}),
      });
    }
  }
}

function urlHit(text: string, candidate: UrlCandidate, markers: FileMarkers): Hit | undefined {
  const { resolved } = candidate;
  const url = parseCleartextUrl(resolved.text, resolved.complete);
  if (url === undefined) return undefined;
  const locality = localityOf(url.host);
  if (locality === 'local') return undefined;
  if (url.scheme === 'ldap' && markers.ldapSecured) return undefined;
  if (url.scheme === 'ftp' && markers.ftpSecured) return undefined;
  const origin = resolved.origin;
  // The origin is usable for edits and secrets only where the text there spells the value itself.
  const written = origin !== undefined && text.slice(origin.start, origin.start + url.scheme.length).toLowerCase() === url.scheme ? origin : undefined;
  const range: Range = origin ?? candidate.fallback;
  const credentials = url.secret !== undefined;
  const secrets = credentials ? [secretRange(text, resolved.text, url, written) ?? range] : undefined;
  const confidence: Confidence = locality === 'internal' ? 'low' : candidate.confidence ?? 'high';
  const severity: Severity = credentials || candidate.use !== 'url' ? 'high' : 'medium';
  const fix = written === undefined ? undefined : schemeFix(text, resolved.text, url, written);
  return { range, message: urlMessage(candidate.use, url.scheme, url.host, credentials), severity, confidence, ...(fix ? { fix } : {}), ...(secrets ? { secrets } : {}) };
}

/** The document range of the URL's secret, where the text at the origin spells the URL up to it. */
function secretRange(text: string, value: string, url: CleartextUrl, origin: Origin | undefined): Range | undefined {
  if (origin === undefined || url.secret === undefined) return undefined;
  if (text.slice(origin.start, origin.start + url.secret.end) !== value.slice(0, url.secret.end)) return undefined;
  return { start: origin.start + url.secret.start, end: origin.start + url.secret.end };
}

/**
 * `http://` → `https://` (and `ws` → `wss`, `ldap` → `ldaps`), keeping the letter case, and
 * dropping an explicit default port that would be wrong for the new scheme. A suggestion: the
 * server at the other end must speak TLS for the new URL to work.
 */
function schemeFix(text: string, value: string, url: CleartextUrl, origin: Origin): Hit['fix'] {
  const secure = SECURE_SCHEME[url.scheme];
  if (secure === undefined) return undefined;
  const written = text.slice(origin.start, origin.start + url.scheme.length);
  const newText = written === written.toUpperCase() ? secure.toUpperCase() : secure;
  const edits: TextEdit[] = [{ start: origin.start, end: origin.start + url.scheme.length, newText }];
  const port = url.defaultPort;
  if (port !== undefined && text.slice(origin.start, origin.start + port.end) === value.slice(0, port.end)) {
    edits.push({ start: origin.start + port.start, end: origin.start + port.end, newText: '' });
  }
  return { title: `Use ${secure}://`, edits };
}

// ---------------------------------------------------------------------------------------------
// Shell commands: shell scripts, Dockerfile RUN, CI steps and package.json scripts
// ---------------------------------------------------------------------------------------------

interface ShellWord {
  readonly text: string;
  readonly complete: boolean;
  /** Where the word's value is written, when the rule can point at it. */
  readonly origin?: Origin;
  readonly range: Range;
}

/** Commands that run the next word as the command. */
const COMMAND_PREFIXES: ReadonlySet<string> = new Set(['sudo', 'env', 'exec', 'time', 'nohup', 'command', 'builtin']);

/** curl and wget options whose value is not where the request goes (a proxy, a referrer, a header, data). */
const NON_TARGET_OPTIONS: ReadonlySet<string> = new Set([
  '-x', '--proxy', '--preproxy', '-e', '--referer', '--execute', '-H', '--header', '--proxy-header', '-d', '--data', '--data-raw',
  '--data-binary', '--data-urlencode', '-F', '--form', '--json', '--post-data', '--body-data',
]);

const PIP_SOURCE_OPTIONS: ReadonlySet<string> = new Set(['-i', '--index-url', '--extra-index-url', '-f', '--find-links']);
const GIT_FETCHING: ReadonlySet<string> = new Set(['clone', 'fetch', 'pull', 'ls-remote', 'submodule', 'remote']);
const LDAP_TOOLS: ReadonlySet<string> = new Set(['ldapsearch', 'ldapadd', 'ldapmodify', 'ldapdelete', 'ldapwhoami', 'ldappasswd', 'ldapcompare', 'ldapmodrdn']);

/** The part of an `--option=value` word after `=`, as its own word. */
function optionValue(word: ShellWord, text: string): ShellWord | undefined {
  const equals = word.text.indexOf('=');
  if (equals < 0) return undefined;
  const value = word.text.slice(equals + 1);
  const origin = word.origin;
  const aligned = origin !== undefined && text.slice(origin.start, origin.start + equals + 1) === word.text.slice(0, equals + 1);
  return {
    text: value,
    complete: word.complete,
    ...(aligned ? { origin: { start: origin.start + equals + 1, end: origin.end } } : {}),
    range: word.range,
  };
}

interface ShellFindings {
  readonly urls: { readonly word: ShellWord; readonly use: UrlUse }[];
  readonly clients: { readonly word: ShellWord; readonly protocol: ClientProtocol; readonly host?: string }[];
}

/**
 * What one command sends where. `downloadUse` is how curl and wget targets count: `download` in
 * a Dockerfile (they become part of the image), `url` elsewhere.
 */
function analyseCommand(words: readonly ShellWord[], text: string, downloadUse: UrlUse): ShellFindings {
  const findings: ShellFindings = { urls: [], clients: [] };
  let index = 0;
  // Skip `NAME=value` prefixes and wrappers such as sudo, with their options.
  while (index < words.length) {
    const word = words[index];
    if (word === undefined) break;
    const name = word.text;
    if (COMMAND_PREFIXES.has(name) || name.startsWith('-') || (name.includes('=') && !name.startsWith('='))) index++;
    else break;
  }
  const commandWord = words[index];
  if (commandWord === undefined) return findings;
  const command = commandWord.text.slice(commandWord.text.lastIndexOf('/') + 1);
  const rest = words.slice(index + 1);
  const urlWords = (use: UrlUse, skipOptions: ReadonlySet<string>): void => {
    for (let at = 0; at < rest.length; at++) {
      const word = rest[at];
      if (word === undefined) continue;
      if (word.text.startsWith('-')) {
        if (skipOptions.has(word.text)) at++;
        continue;
      }
      if (schemeOf(word.text) !== undefined) findings.urls.push({ word, use });
    }
  };
  switch (command) {
    case 'curl':
    case 'wget':
      urlWords(downloadUse, NON_TARGET_OPTIONS);
      break;
    case 'git':
      if (rest.some((word) => GIT_FETCHING.has(word.text))) urlWords('package', new Set());
      break;
    case 'lftp':
      urlWords('url', new Set());
      break;
    case 'pip':
    case 'pip3':
      pipSources(rest, text, findings);
      break;
    case 'python':
    case 'python3':
      if (rest[0]?.text === '-m' && (rest[1]?.text === 'pip' || rest[1]?.text === 'pip3')) pipSources(rest.slice(2), text, findings);
      break;
    case 'npm':
    case 'yarn':
    case 'pnpm':
    case 'npx':
      registrySources(rest, text, findings);
      break;
    case 'gem':
      for (let at = 0; at < rest.length; at++) {
        const word = rest[at];
        const next = rest[at + 1];
        if (word !== undefined && next !== undefined && ['--add', '-a', '--source', '-s'].includes(word.text) && schemeOf(next.text)) findings.urls.push({ word: next, use: 'package' });
      }
      break;
    case 'helm':
      if (rest[0]?.text === 'repo' && rest[1]?.text === 'add') urlWords('package', new Set());
      break;
    case 'ftp':
    case 'telnet': {
      const host = rest.find((word) => !word.text.startsWith('-'));
      const hostName = host === undefined || !host.complete ? undefined : hostOfAddress(host.text);
      findings.clients.push({ word: commandWord, protocol: command, ...(hostName !== undefined ? { host: hostName } : {}) });
      break;
    }
    default:
      // `-Z`/`-ZZ` asks the OpenLDAP tools for StartTLS.
      if (LDAP_TOOLS.has(command) && !rest.some((word) => word.text === '-Z' || word.text === '-ZZ')) urlWords('url', new Set());
  }
  return findings;
}

function pipSources(words: readonly ShellWord[], text: string, findings: ShellFindings): void {
  if (!words.some((word) => word.text === 'install' || word.text === 'download' || word.text === 'wheel')) return;
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    if (word === undefined) continue;
    const equals = word.text.indexOf('=');
    const option = equals < 0 ? word.text : word.text.slice(0, equals);
    if (PIP_SOURCE_OPTIONS.has(option)) {
      const value = equals < 0 ? words[++at] : optionValue(word, text);
      if (value !== undefined && schemeOf(value.text)) findings.urls.push({ word: value, use: 'package' });
    } else if (!word.text.startsWith('-') && schemeOf(word.text)) {
      findings.urls.push({ word, use: 'package' });
    }
  }
}

function registrySources(words: readonly ShellWord[], text: string, findings: ShellFindings): void {
  for (let at = 0; at < words.length; at++) {
    const word = words[at];
    if (word === undefined) continue;
    if (word.text === '--registry') {
      const value = words[at + 1];
      if (value !== undefined && schemeOf(value.text)) findings.urls.push({ word: value, use: 'package' });
    } else if (word.text.startsWith('--registry=')) {
      const value = optionValue(word, text);
      if (value !== undefined && schemeOf(value.text)) findings.urls.push({ word: value, use: 'package' });
    } else if (word.text === 'set' && words[at - 1]?.text === 'config' && compactName(words[at + 1]?.text ?? '').endsWith('registry')) {
      const value = words[at + 2];
      if (value !== undefined && schemeOf(value.text)) findings.urls.push({ word: value, use: 'package' });
    }
  }
}

function collectShellFindings(findings: ShellFindings, collector: HitCollector): void {
  for (const { word, use } of findings.urls) {
    collector.url({ resolved: { text: word.text, complete: word.complete, ...(word.origin ? { origin: word.origin } : {}) }, fallback: word.range, use });
  }
  for (const { word, protocol, host } of findings.clients) collector.client(word.range, protocol, host);
}

/**
 * Splits shell text into commands and words, for the places where a shell command is a string
 * in a configuration file. Quotes are removed; a word with an expansion (`$X`, `` `x` ``) keeps
 * only its constant prefix and is marked incomplete. One pass over the text, by index.
 */
function splitShellCommands(source: string, offset: number): ShellWord[][] {
  const commands: ShellWord[][] = [];
  let words: ShellWord[] = [];
  let value = '';
  let inWord = false;
  let complete = true;
  let wordStart = 0;
  let contentStart = -1;
  let contentEnd = -1;
  const append = (character: string, at: number): void => {
    if (!complete) return;
    if (contentStart < 0) contentStart = at;
    value += character;
    contentEnd = at + 1;
  };
  const endWord = (at: number): void => {
    if (inWord) {
      const origin = contentStart >= 0 ? { start: offset + contentStart, end: offset + (complete ? contentEnd : closingEnd(source, wordStart, at)) } : undefined;
      words.push({ text: value, complete, ...(origin ? { origin } : {}), range: { start: offset + wordStart, end: offset + at } });
    }
    inWord = false;
    value = '';
    complete = true;
    contentStart = -1;
    contentEnd = -1;
  };
  const endCommand = (at: number): void => {
    endWord(at);
    if (words.length > 0) commands.push(words);
    words = [];
  };
  const startWord = (at: number): void => {
    if (!inWord) {
      inWord = true;
      wordStart = at;
    }
  };
  let index = 0;
  while (index < source.length) {
    const character = source.charAt(index);
    if (character === '\\' && (source.charAt(index + 1) === '\n' || (source.charAt(index + 1) === '\r' && source.charAt(index + 2) === '\n'))) {
      endWord(index);
      index += source.charAt(index + 1) === '\r' ? 3 : 2;
      continue;
    }
    if (character === '\n') {
      endCommand(index);
      index++;
      continue;
    }
    if (character === ' ' || character === '\t' || character === '\r') {
      endWord(index);
      index++;
      continue;
    }
    if (character === ';' || character === '|' || character === '&' || character === '(' || character === ')') {
      endCommand(index);
      index++;
      continue;
    }
    if (character === '#' && !inWord) {
      while (index < source.length && source.charAt(index) !== '\n') index++;
      continue;
    }
    startWord(index);
    if (character === '\\') {
      const next = source.charAt(index + 1);
      if (next !== '') append(next, index + 1);
      index += 2;
    } else if (character === "'") {
      const close = source.indexOf("'", index + 1);
      const end = close < 0 ? source.length : close;
      for (let at = index + 1; at < end; at++) append(source.charAt(at), at);
      index = end + 1;
    } else if (character === '"') {
      index++;
      while (index < source.length && source.charAt(index) !== '"') {
        const inner = source.charAt(index);
        if (inner === '\\' && index + 1 < source.length) {
          append(source.charAt(index + 1), index + 1);
          index += 2;
          continue;
        }
        if (inner === '$' || inner === '`') complete = false;
        append(inner, index);
        index++;
      }
      index++;
    } else {
      if (character === '$' || character === '`') complete = false;
      append(character, index);
      index++;
    }
  }
  endCommand(source.length);
  return commands;
}

/** The end of an incomplete word's text: before its closing quote when it has one. */
function closingEnd(source: string, start: number, end: number): number {
  const last = source.charAt(end - 1);
  return (last === '"' || last === "'") && end - 1 > start ? end - 1 : end;
}

/** An exec-form instruction (`RUN ["curl", "http://x"]`) as one command of JSON strings. */
function splitExecForm(source: string, offset: number): ShellWord[] | undefined {
  const trimmed = source.trimStart();
  if (!trimmed.startsWith('[')) return undefined;
  const words: ShellWord[] = [];
  let index = source.indexOf('[') + 1;
  while (index < source.length) {
    const open = source.indexOf('"', index);
    if (open < 0) break;
    let close = open + 1;
    while (close < source.length && source.charAt(close) !== '"') close += source.charAt(close) === '\\' ? 2 : 1;
    const raw = source.slice(open + 1, close);
    words.push({ text: raw, complete: !raw.includes('$'), origin: { start: offset + open + 1, end: offset + close }, range: { start: offset + open, end: offset + close + 1 } });
    index = close + 1;
  }
  return words;
}

function checkShellText(source: string, offset: number, text: string, collector: HitCollector, downloadUse: UrlUse): void {
  const exec = splitExecForm(source, offset);
  const commands = exec !== undefined ? [exec] : splitShellCommands(source, offset);
  for (const words of commands) collectShellFindings(analyseCommand(words, text, downloadUse), collector);
}

// ---------------------------------------------------------------------------------------------
// Code: following a value back to the text that spells it
// ---------------------------------------------------------------------------------------------

interface CodeFacts {
  readonly code: CodeModel;
  readonly text: string;
  readonly literals: ReadonlyMap<number, StringLiteral>;
  readonly assignmentsByTarget: ReadonlyMap<string, readonly Assignment[]>;
}

const MAX_DEPTH = 10;

/** Wrappers whose value is their only named child. */
const TRANSPARENT_TYPES: ReadonlySet<string> = new Set([
  'parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion', 'await_expression',
  'cast_expression', 'parenthesized_statements', 'argument',
]);
const CONCATENATION_TYPES: ReadonlySet<string> = new Set(['binary_expression', 'binary_operator', 'binary']);
const CONCATENATION_OPERATORS: ReadonlySet<string> = new Set(['+', '.', '%']);
/** `env || 'http://default'`: the constant is the fallback that gets used. */
const FALLBACK_OPERATORS: ReadonlySet<string> = new Set(['||', '??', 'or', '?:']);
const INTERPOLATED_TYPES: ReadonlySet<string> = new Set(['template_string', 'encapsed_string', 'interpolated_string_expression', 'concatenation']);
const INTERPOLATION_TYPES: ReadonlySet<string> = new Set(['template_substitution', 'interpolation', 'simple_expansion', 'expansion', 'command_substitution']);
const TEXT_PART_TYPES: ReadonlySet<string> = new Set([
  'string_fragment', 'string_content', 'interpolated_string_text', 'interpolated_verbatim_string_text', 'escape_sequence', 'word', 'string_value',
]);
const DELIMITER_TYPES: ReadonlySet<string> = new Set(['string_start', 'string_end']);

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function compact(text: string): string {
  let result = '';
  for (const character of text) if (character !== ' ' && character !== '\t' && character !== '\n' && character !== '\r') result += character;
  return result;
}

/**
 * The text a value is built from, followed through constants, concatenation, interpolation, URL
 * wrappers (`new URL(x)`, `URI.create(x)`) and format calls, with where that text is written.
 */
function resolve(facts: CodeFacts, node: SyntaxNode | undefined, depth = 0): Resolved | undefined {
  if (node === undefined || depth > MAX_DEPTH) return undefined;
  const call = facts.code.callAt(node);
  if (call !== undefined) {
    const inner = wrappedValue(facts, call);
    return inner === undefined ? undefined : resolve(facts, inner, depth + 1);
  }
  const literal = facts.literals.get(node.id);
  if (literal !== undefined) return { text: literal.value, complete: true, origin: literal.valueRange };
  if (TRANSPARENT_TYPES.has(node.type)) {
    const inner = node.namedChildren.find((child) => child !== null && child.type !== 'type' && !child.type.endsWith('_type') && child.type !== 'type_identifier' && child.type !== 'predefined_type');
    return resolve(facts, inner ?? undefined, depth + 1);
  }
  if (facts.code.language === 'shell' && node.type === 'word') {
    const value = facts.code.valueOf(node);
    return value.kind === 'string' ? { text: value.value, complete: true, origin: rangeOf(node) } : undefined;
  }
  if (isInterpolated(node)) return resolveInterpolated(facts, node, depth);
  if (CONCATENATION_TYPES.has(node.type) || node.type === 'boolean_operator') {
    const operator = operatorOf(node);
    const left = node.childForFieldName('left') ?? node.namedChild(0) ?? undefined;
    const right = node.childForFieldName('right') ?? node.namedChild(node.namedChildCount - 1) ?? undefined;
    if (operator !== undefined && FALLBACK_OPERATORS.has(operator)) return resolve(facts, right, depth + 1);
    if (operator === undefined || !CONCATENATION_OPERATORS.has(operator)) return undefined;
    const prefix = resolve(facts, left, depth + 1);
    const whole = facts.code.valueOf(node);
    if (prefix === undefined) return whole.kind === 'string' ? { text: whole.value, complete: true } : undefined;
    return whole.kind === 'string' ? { ...prefix, text: whole.value, complete: true } : { ...prefix, complete: false };
  }
  const assignment = reachingAssignment(facts, node);
  if (assignment !== undefined) return resolve(facts, assignment.value, depth + 1);
  const value = facts.code.valueOf(node);
  return value.kind === 'string' ? { text: value.value, complete: true } : undefined;
}

function operatorOf(node: SyntaxNode): string | undefined {
  const field = node.childForFieldName('operator');
  if (field !== null) return field.text;
  for (const child of node.children) if (child !== null && !child.isNamed) return child.text;
  return undefined;
}

function isInterpolated(node: SyntaxNode): boolean {
  if (INTERPOLATED_TYPES.has(node.type)) return true;
  return node.type === 'string' && node.namedChildren.some((child) => child !== null && INTERPOLATION_TYPES.has(child.type));
}

/** The constant text before the first interpolation, or the value of an interpolation that comes first. */
function resolveInterpolated(facts: CodeFacts, node: SyntaxNode, depth: number): Resolved | undefined {
  let text = '';
  let start: number | undefined;
  let complete = true;
  for (const child of node.children) {
    if (child === null || !child.isNamed || DELIMITER_TYPES.has(child.type)) continue;
    if (TEXT_PART_TYPES.has(child.type)) {
      start ??= child.startIndex;
      text += child.text;
      continue;
    }
    if (start === undefined) {
      const inner = resolve(facts, interpolatedExpression(child), depth + 1);
      return inner === undefined ? undefined : { ...inner, complete: false };
    }
    complete = false;
    break;
  }
  if (start === undefined) return undefined;
  const last = node.lastChild;
  const end = last !== null && (!last.isNamed || DELIMITER_TYPES.has(last.type)) && last.startIndex >= start ? last.startIndex : node.endIndex;
  return { text, complete, origin: { start, end } };
}

function interpolatedExpression(part: SyntaxNode): SyntaxNode | undefined {
  switch (part.type) {
    case 'template_substitution':
    case 'interpolation':
      return part.childForFieldName('expression') ?? part.namedChild(0) ?? undefined;
    case 'simple_expansion':
    case 'expansion':
      return part.namedChildren.find((child) => child?.type === 'variable_name') ?? undefined;
    case 'command_substitution':
      return undefined;
    default:
      // PHP puts the variable itself in the string: "$base/x", "{$this->base}/x".
      return part;
  }
}

/**
 * The assignment that gives a name its value where it is used: the last one before the use in
 * the same function, else the single one at module or class level.
 */
function reachingAssignment(facts: CodeFacts, node: SyntaxNode): Assignment | undefined {
  const candidates = facts.assignmentsByTarget.get(compact(node.text));
  if (candidates === undefined) return undefined;
  const scope = facts.code.enclosingFunction(node)?.id ?? -1;
  let best: Assignment | undefined;
  for (const candidate of candidates) {
    if (candidate.node.endIndex > node.startIndex) continue;
    if ((facts.code.enclosingFunction(candidate.node)?.id ?? -1) !== scope) continue;
    if (best === undefined || candidate.node.startIndex > best.node.startIndex) best = candidate;
  }
  if (best !== undefined) return best;
  const moduleLevel = candidates.filter((candidate) => facts.code.enclosingFunction(candidate.node) === undefined);
  return moduleLevel.length === 1 ? moduleLevel[0] : undefined;
}

const URL_TYPES: ReadonlySet<string> = new Set(['URL', 'URI', 'Uri']);
const FORMAT_CALLS: ReadonlySet<string> = new Set(['String.format', 'string.Format', 'String.Format', 'fmt.Sprintf', 'sprintf', 'format']);

/**
 * The argument a URL wrapper, format call or environment lookup with a default passes on:
 * `new URL(x)`, `URI.create(x)`, `URI(x)`, `URI.parse(x)`, `u.toURL()`, `String.format(f, ..)`,
 * `"{}".format(..)`, `os.environ.get('X', default)`, `ENV.fetch('X', default)`.
 */
function wrappedValue(facts: CodeFacts, call: CallSite): SyntaxNode | undefined {
  const parts = nameParts(call.qualified);
  const last = parts[parts.length - 1] ?? '';
  const owner = parts[parts.length - 2];
  if (call.isConstructor && URL_TYPES.has(last)) {
    const first = positionalArgument(call, 0);
    const base = positionalArgument(call, 1);
    // `new URL('/path', base)` takes its scheme and host from the base.
    if (base !== undefined && facts.code.language !== 'java' && !(resolve(facts, first, MAX_DEPTH - 2)?.text ?? '').includes('://')) return base;
    return first;
  }
  if (!call.isConstructor && call.receiver === undefined && (last === 'URI' || last === 'URL')) return positionalArgument(call, 0);
  if ((owner === 'URI' || owner === 'Uri') && (last === 'create' || last === 'parse' || last === 'Parse')) return positionalArgument(call, 0);
  if ((last === 'toURL' || last === 'toURI') && call.receiver !== undefined) return call.receiver;
  // Python `"http://{}/x".format(host)` formats its receiver.
  if (call.name === 'format' && call.receiver !== undefined && facts.literals.has(call.receiver.id)) return call.receiver;
  if (FORMAT_CALLS.has(call.qualified)) return positionalArgument(call, 0);
  const qualified = call.qualified;
  if (qualified === 'os.environ.get' || qualified === 'os.getenv' || qualified === 'ENV.fetch') return positionalArgument(call, 1);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Code: network APIs, per language
// ---------------------------------------------------------------------------------------------

const HTTP_VERBS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'postform', 'fetch']);
const HTTP_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace', 'connect']);

/**
 * Receivers whose `get` is a lookup, not a request (maps, caches, settings, headers), and HTTP
 * mocks, whose `get(url)` registers a fake response and sends nothing.
 */
const NON_HTTP_RECEIVER_WORDS: ReadonlySet<string> = new Set([
  'cache', 'map', 'dict', 'hash', 'store', 'storage', 'config', 'cfg', 'conf', 'setting', 'env', 'environ', 'header', 'param', 'query',
  'form', 'data', 'json', 'value', 'attr', 'attribute', 'meta', 'metadata', 'cookie', 'mock', 'stub', 'fake', 'spy', 'nock', 'router',
  'route', 'app', 'redis', 'memcache', 'memcached', 'registry', 'respx', 'response', 'httpretty', 'prop', 'properties', 'arg', 'kwarg',
  'option', 'opt', 'context', 'ctx',
]);

/** The words of a receiver's last name, plurals also singular: `this.urlCache` → [url, cache], `request.args` → [args, arg]. */
function receiverWords(receiver: string): string[] {
  const last = nameParts(receiver).at(-1) ?? '';
  const words: string[] = [];
  let word = '';
  let previousLower = false;
  for (const character of last) {
    const code = character.charCodeAt(0);
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    if (!upper && !lower) {
      if (word !== '') words.push(word);
      word = '';
      previousLower = false;
      continue;
    }
    if (upper && previousLower) {
      words.push(word);
      word = '';
    }
    word += character.toLowerCase();
    previousLower = lower;
  }
  if (word !== '') words.push(word);
  return words.flatMap((each) => (each.length > 3 && each.endsWith('s') ? [each, each.slice(0, -1)] : [each]));
}

/** Files that import an HTTP mocking library intercept their requests: verb-shaped calls there are mocks. */
const MOCK_MODULES: readonly string[] = ['nock', 'msw', 'fetch-mock', 'jest-fetch-mock', 'requests_mock', 'responses', 'respx', 'httpretty', 'aioresponses', 'pook', 'webmock', 'httpmock', 'gock', 'wiremock'];

function isHttpMethod(facts: CodeFacts, node: SyntaxNode | undefined): boolean {
  if (node === undefined) return false;
  const value = facts.code.valueOf(node);
  if (value.kind === 'string') return HTTP_METHODS.has(value.value.toLowerCase());
  const name = compactName(nameParts(node.text).at(-1) ?? '');
  return HTTP_METHODS.has(name.startsWith('method') ? name.slice('method'.length) : name);
}

/** A method named like an HTTP verb on something that sends requests: `session.get(url)`, `$client->post(url)`. */
function verbArgument(facts: CodeFacts, call: CallSite, mocked: boolean): SyntaxNode | undefined {
  if (mocked || call.isConstructor || call.receiver === undefined) return undefined;
  const verb = call.name.toLowerCase();
  // The verb first: most method calls are not HTTP verbs, and the receiver's words need its text (a read from the tree).
  if (!HTTP_VERBS.has(verb) && verb !== 'request') return undefined;
  if (call.qualified.startsWith('msw')) return undefined;
  if (receiverWords(call.receiver.text).some((word) => NON_HTTP_RECEIVER_WORDS.has(word))) return undefined;
  if (HTTP_VERBS.has(verb)) return positionalArgument(call, 0) ?? namedArgument(call, 'url');
  if (verb === 'request') return isHttpMethod(facts, positionalArgument(call, 0)) ? positionalArgument(call, 1) ?? namedArgument(call, 'url') : positionalArgument(call, 0) ?? namedArgument(call, 'url');
  return undefined;
}

/** Builder and setter methods that take an endpoint: `.url(x)`, `.baseUrl(x)`, `setEndpoint(x)`, `.uri(x)`. */
const SETTER_NAMES: ReadonlySet<string> = new Set([
  'url', 'uri', 'baseurl', 'baseuri', 'endpoint', 'serverurl', 'serveruri', 'apiurl', 'baseaddress', 'endpointurl', 'serviceurl', 'providerurl', 'host',
]);

function setterArgument(call: CallSite): SyntaxNode | undefined {
  if (call.isConstructor || call.receiver === undefined) return undefined;
  let name = compactName(call.name);
  if (name.startsWith('set') || name.startsWith('with')) name = name.slice(name.startsWith('set') ? 3 : 4);
  return SETTER_NAMES.has(name) ? positionalArgument(call, 0) : undefined;
}

interface Sink {
  readonly node: SyntaxNode;
  readonly use: UrlUse;
}

function sink(node: SyntaxNode | undefined, use: UrlUse = 'url'): Sink[] {
  return node === undefined ? [] : [{ node, use }];
}

type SinkFinder = (facts: CodeFacts, call: CallSite, context: LanguageContext) => Sink[];

interface LanguageContext {
  readonly path: string;
  /** The file imports an HTTP mocking library, so verb-shaped calls register fakes. */
  readonly mocked: boolean;
}

/** `setopt(pycurl.URL, x)`, `curl_setopt($ch, CURLOPT_URL, x)`: the value after the URL option. */
function curlOptionArgument(call: CallSite): SyntaxNode | undefined {
  const name = call.name.toLowerCase();
  if (name !== 'setopt' && name !== 'curl_setopt') return undefined;
  const args = call.args.map((argument) => argument.node);
  const at = args.findIndex((node) => {
    const last = compactName(nameParts(node.text).at(-1) ?? '');
    return last === 'url' || last === 'curlopturl';
  });
  return at < 0 ? undefined : args[at + 1];
}

// JavaScript and TypeScript

const JS_FETCH: ReadonlySet<string> = new Set([
  'fetch', 'window.fetch', 'globalThis.fetch', 'self.fetch', 'node-fetch', 'cross-fetch', 'isomorphic-fetch', 'isomorphic-unfetch', 'undici.fetch',
  'undici.request', 'got', 'ky', 'axios', 'superagent', 'request', 'needle', 'phin', 'socket.io-client', 'socket.io-client.io', 'socket.io-client.connect',
]);
const JS_CLIENT_MODULES: ReadonlySet<string> = new Set(['axios', 'got', 'ky', 'superagent', 'request', 'needle', 'http', 'node-fetch', 'undici']);
const JS_CLIENT_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'request', 'stream', 'fetch']);
const JS_CONSTRUCTORS: ReadonlySet<string> = new Set(['WebSocket', 'EventSource', 'Request', 'ReconnectingWebSocket']);
const JQUERY_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'getJSON', 'getScript', 'ajax', 'load']);

const javascriptSinks: SinkFinder = (facts, call, context) => {
  if (call.isConstructor) return JS_CONSTRUCTORS.has(call.name) ? sink(positionalArgument(call, 0)) : [];
  if (JS_FETCH.has(call.qualified)) return sink(positionalArgument(call, 0));
  const parts = nameParts(call.qualified);
  const head = parts[0] ?? '';
  if (parts.length === 2 && JS_CLIENT_MODULES.has(head) && JS_CLIENT_METHODS.has(parts[1] ?? '')) return sink(positionalArgument(call, 0));
  if ((head === '$' || head === 'jQuery') && parts.length === 2 && JQUERY_METHODS.has(parts[1] ?? '')) return sink(positionalArgument(call, 0));
  // XMLHttpRequest: `xhr.open('GET', url)`.
  if (call.name === 'open' && call.receiver !== undefined && isHttpMethod(facts, positionalArgument(call, 0))) return sink(positionalArgument(call, 1));
  return sink(verbArgument(facts, call, context.mocked) ?? setterArgument(call));
};

// Python

const PYTHON_URL_FIRST: ReadonlySet<string> = new Set([
  'urllib.request.urlopen', 'urllib.request.Request', 'urllib.request.urlretrieve', 'urllib2.urlopen', 'urllib2.Request', 'urllib.urlopen',
  'urllib.urlretrieve', 'websocket.create_connection', 'websocket.WebSocketApp', 'websockets.connect', 'websockets.client.connect',
  'xmlrpc.client.ServerProxy', 'xmlrpclib.ServerProxy', 'zeep.Client', 'suds.client.Client', 'wget.download', 'ldap.initialize',
  'urllib3.connection_from_url',
]);
const PYTHON_URL_SECOND: ReadonlySet<string> = new Set(['requests.request', 'httpx.request', 'httpx.stream', 'urllib3.request', 'aiohttp.request']);
const PYTHON_CLIENT_MODULES: ReadonlySet<string> = new Set(['requests', 'httpx']);

const pythonSinks: SinkFinder = (facts, call, context) => {
  const q = call.qualified;
  const parts = nameParts(q);
  if (PYTHON_URL_FIRST.has(q)) return sink(positionalArgument(call, 0) ?? namedArgument(call, 'url', 'uri', 'wsdl'));
  if (PYTHON_URL_SECOND.has(q)) return sink(positionalArgument(call, 1) ?? namedArgument(call, 'url'));
  if (parts.length === 2 && PYTHON_CLIENT_MODULES.has(parts[0] ?? '') && HTTP_VERBS.has(parts[1] ?? '')) return sink(positionalArgument(call, 0) ?? namedArgument(call, 'url'));
  const option = curlOptionArgument(call);
  if (option !== undefined) return sink(option);
  return sink(verbArgument(facts, call, context.mocked) ?? setterArgument(call));
};

// Java

const JAVA_REST_TEMPLATE: ReadonlySet<string> = new Set([
  'getForObject', 'getForEntity', 'postForObject', 'postForEntity', 'postForLocation', 'patchForObject', 'headForHeaders', 'optionsForAllow', 'exchange',
]);
const JAVA_REQUEST_TYPES: ReadonlySet<string> = new Set([
  'HttpGet', 'HttpPost', 'HttpPut', 'HttpDelete', 'HttpPatch', 'HttpHead', 'HttpOptions', 'HttpTrace', 'GetMethod', 'PostMethod', 'PutMethod', 'DeleteMethod',
]);

const javaSinks: SinkFinder = (facts, call, context) => {
  const parts = nameParts(call.qualified);
  const owner = parts[parts.length - 2];
  if (call.isConstructor) return JAVA_REQUEST_TYPES.has(call.name) ? sink(positionalArgument(call, 0)) : [];
  if ((call.name === 'openConnection' || call.name === 'openStream' || call.name === 'getContent') && call.receiver !== undefined) return sink(call.receiver);
  if (call.name === 'newBuilder' && owner === 'HttpRequest') return sink(positionalArgument(call, 0));
  if (JAVA_REST_TEMPLATE.has(call.name) && call.receiver !== undefined) return sink(positionalArgument(call, 0));
  if ((owner === 'WebClient' && call.name === 'create') || (owner === 'Jsoup' && call.name === 'connect')) return sink(positionalArgument(call, 0));
  // JNDI: `env.put(Context.PROVIDER_URL, "ldap://...")`.
  if (call.name === 'put' && call.args.length === 2) {
    const key = call.args[0]?.node;
    const keyValue = key === undefined ? undefined : facts.code.valueOf(key);
    if (key !== undefined && (key.text.endsWith('PROVIDER_URL') || (keyValue?.kind === 'string' && keyValue.value === 'java.naming.provider.url'))) return sink(call.args[1]?.node);
  }
  return sink(verbArgument(facts, call, context.mocked) ?? setterArgument(call));
};

// C#

const CSHARP_CLIENT_METHODS: ReadonlySet<string> = new Set([
  'GetAsync', 'GetStringAsync', 'GetByteArrayAsync', 'GetStreamAsync', 'PostAsync', 'PutAsync', 'PatchAsync', 'DeleteAsync', 'GetFromJsonAsync',
  'PostAsJsonAsync', 'PutAsJsonAsync', 'PatchAsJsonAsync', 'DeleteFromJsonAsync', 'DownloadString', 'DownloadStringAsync', 'DownloadStringTaskAsync',
  'DownloadData', 'DownloadDataAsync', 'DownloadDataTaskAsync', 'DownloadFile', 'DownloadFileAsync', 'DownloadFileTaskAsync', 'UploadString',
  'UploadStringAsync', 'UploadStringTaskAsync', 'UploadData', 'UploadDataAsync', 'UploadFile', 'UploadFileAsync', 'UploadValues', 'UploadValuesAsync',
  'OpenRead', 'OpenReadAsync', 'OpenReadTaskAsync', 'OpenWrite', 'ConnectAsync',
]);
const CSHARP_REQUEST_FACTORIES: ReadonlySet<string> = new Set(['WebRequest', 'HttpWebRequest', 'FtpWebRequest']);

const csharpSinks: SinkFinder = (_facts, call) => {
  const parts = nameParts(call.qualified);
  const owner = parts[parts.length - 2] ?? '';
  if (call.isConstructor) {
    if (call.name === 'HttpRequestMessage') return sink(positionalArgument(call, 1));
    if (call.name === 'RestClient') return sink(positionalArgument(call, 0));
    return [];
  }
  if (CSHARP_REQUEST_FACTORIES.has(owner) && (call.name === 'Create' || call.name === 'CreateHttp' || call.name === 'CreateDefault')) return sink(positionalArgument(call, 0));
  if (CSHARP_CLIENT_METHODS.has(call.name) && call.receiver !== undefined) return sink(positionalArgument(call, 0));
  return sink(setterArgument(call));
};

// Go

const goSinks: SinkFinder = (facts, call, context) => {
  const q = call.qualified;
  if (q === 'net/http.Get' || q === 'net/http.Head' || q === 'net/http.Post' || q === 'net/http.PostForm') return sink(positionalArgument(call, 0));
  if (q === 'net/http.NewRequest') return sink(positionalArgument(call, 1));
  if (q === 'net/http.NewRequestWithContext') return sink(positionalArgument(call, 2));
  if (isGoPackage(q, 'ldap') && call.name === 'DialURL') return sink(positionalArgument(call, 0));
  // WebSocket dialers: `websocket.DefaultDialer.Dial(url, nil)`, x/net `websocket.Dial(url, "", origin)`.
  if (call.name === 'Dial' && call.receiver !== undefined && q.includes('websocket')) return sink(positionalArgument(call, 0));
  if (call.name === 'DialContext' && call.receiver !== undefined && q.includes('websocket')) return sink(positionalArgument(call, 1));
  return sink(verbArgument(facts, call, context.mocked) ?? setterArgument(call));
};

/** Whether a Go qualified name's package path ends in `name` (versioned paths allowed: `ldap/v3`). */
function isGoPackage(qualified: string, name: string): boolean {
  const dot = qualified.lastIndexOf('.');
  if (dot < 0) return false;
  const segments = qualified.slice(0, dot).split('/');
  const last = segments[segments.length - 1] ?? '';
  const previous = segments[segments.length - 2];
  return last === name || (last.startsWith('v') && isDigits(last.slice(1)) && previous === name);
}

// PHP

const PHP_URL_FUNCTIONS: ReadonlySet<string> = new Set([
  'file_get_contents', 'fopen', 'file', 'readfile', 'copy', 'get_headers', 'curl_init', 'simplexml_load_file',
]);

const phpSinks: SinkFinder = (facts, call, context) => {
  const name = call.name.toLowerCase();
  if (call.isConstructor) {
    if (name === 'soapclient') return sink(positionalArgument(call, 0));
    if (name === 'request' && isHttpMethod(facts, positionalArgument(call, 0))) return sink(positionalArgument(call, 1));
    return [];
  }
  if (call.receiver === undefined && PHP_URL_FUNCTIONS.has(name)) return sink(positionalArgument(call, 0) ?? namedArgument(call, 'filename', 'from', 'url'));
  if (name === 'ldap_connect') {
    const argument = positionalArgument(call, 0);
    const value = resolve(facts, argument);
    return value !== undefined && value.text.includes('://') ? sink(argument) : [];
  }
  const option = curlOptionArgument(call);
  if (option !== undefined) return sink(option);
  return sink(verbArgument(facts, call, context.mocked) ?? setterArgument(call));
};

// Ruby

const RUBY_NET_HTTP_URL_METHODS: ReadonlySet<string> = new Set(['get', 'get_response', 'get_print', 'post', 'post_form']);
const RUBY_URL_CONSTRUCTORS: ReadonlySet<string> = new Set(['Faraday', 'Excon', 'Resource', 'Request', 'Get', 'Post', 'Put', 'Patch', 'Delete', 'Head']);

function isGemfile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === 'Gemfile' || name === 'gems.rb' || name.endsWith('.gemfile');
}

const rubySinks: SinkFinder = (facts, call, context) => {
  const parts = nameParts(call.qualified);
  const owner = parts[parts.length - 2] ?? '';
  if (call.receiver === undefined && isGemfile(context.path)) {
    if (call.name === 'source') return sink(positionalArgument(call, 0), 'package');
    if (call.name === 'gem') return sink(namedArgument(call, 'source', 'git'), 'package');
  }
  if (parts.slice(0, -1).join('.') === 'Net.HTTP' && RUBY_NET_HTTP_URL_METHODS.has(call.name)) {
    const argument = positionalArgument(call, 0);
    return (resolve(facts, argument)?.text ?? '').includes('://') ? sink(argument) : [];
  }
  if (call.qualified === 'URI.open' || (call.receiver === undefined && call.name === 'open' && requiresOpenUri(facts))) return sink(positionalArgument(call, 0));
  // `URI('http://x').read`, `URI.parse(x).open`.
  if ((call.name === 'read' || call.name === 'open') && call.receiver !== undefined && facts.code.callAt(call.receiver) !== undefined) {
    const receiverCall = facts.code.callAt(call.receiver);
    if (receiverCall !== undefined && wrappedValue(facts, receiverCall) !== undefined) return sink(call.receiver);
  }
  if (call.isConstructor && RUBY_URL_CONSTRUCTORS.has(owner)) {
    const argument = positionalArgument(call, 0);
    return (resolve(facts, argument)?.text ?? '').includes('://') ? sink(argument) : [];
  }
  return sink(verbArgument(facts, call, context.mocked) ?? setterArgument(call));
};

/** Kernel#open fetches URLs only once open-uri is loaded. */
function requiresOpenUri(facts: CodeFacts): boolean {
  return facts.code.calls().some((call) => {
    const argument = call.args[0]?.node;
    if (call.name !== 'require' || argument === undefined) return false;
    const value = facts.code.valueOf(argument);
    return value.kind === 'string' && value.value === 'open-uri';
  });
}

const SINK_FINDERS: Readonly<Partial<Record<string, SinkFinder>>> = {
  javascript: javascriptSinks,
  typescript: javascriptSinks,
  tsx: javascriptSinks,
  python: pythonSinks,
  java: javaSinks,
  csharp: csharpSinks,
  go: goSinks,
  php: phpSinks,
  ruby: rubySinks,
};

// ---------------------------------------------------------------------------------------------
// Code: FTP, Telnet, LDAP and plain HTTP connection clients
// ---------------------------------------------------------------------------------------------

interface ClientUse {
  readonly protocol: ClientProtocol;
  /** The node naming the host, if the call has one. */
  readonly host?: SyntaxNode;
  /** Whether the host should be looked for on a later `connect(host)` call on the same variable. */
  readonly connectLater?: boolean;
}

function clientUse(facts: CodeFacts, call: CallSite): ClientUse | undefined {
  const q = call.qualified;
  // This runs for every call, so the name is split only for the languages that read its parts.
  switch (facts.code.language) {
    case 'python':
      if (q === 'ftplib.FTP') return { protocol: 'ftp', ...hostArgument(call, 'host'), connectLater: positionalArgument(call, 0) === undefined };
      if (q === 'telnetlib.Telnet') return { protocol: 'telnet', ...hostArgument(call, 'host'), connectLater: positionalArgument(call, 0) === undefined };
      if (q === 'http.client.HTTPConnection' || q === 'httplib.HTTPConnection' || q === 'urllib3.HTTPConnectionPool') return { protocol: 'http', ...hostArgument(call, 'host') };
      if (q === 'ldap3.Server') {
        const host = positionalArgument(call, 0) ?? namedArgument(call, 'host');
        const value = resolve(facts, host);
        if (mayBeOn(facts, namedArgument(call, 'use_ssl')) || (value !== undefined && value.text.toLowerCase().startsWith('ldaps://'))) return undefined;
        return { protocol: 'ldap', ...(host ? { host } : {}) };
      }
      return undefined;
    case 'java':
      if (call.isConstructor && (call.name === 'FTPClient' || q.endsWith('.FTPClient'))) return { protocol: 'ftp', connectLater: true };
      if (call.isConstructor && (call.name === 'TelnetClient' || q.endsWith('.TelnetClient'))) return { protocol: 'telnet', connectLater: true };
      return undefined;
    case 'go': {
      const last = nameParts(q).at(-1) ?? '';
      if (isGoPackage(q, 'ftp') && q.includes('jlaffaye') && ['Dial', 'DialTimeout', 'Connect'].includes(last)) {
        if (call.args.some((argument) => argument.node.text.includes('TLS'))) return undefined;
        return { protocol: 'ftp', ...hostArgument(call) };
      }
      if (isGoPackage(q, 'ldap') && last === 'Dial') return { protocol: 'ldap', ...(positionalArgument(call, 1) ? { host: positionalArgument(call, 1) } : {}) };
      if (isGoPackage(q, 'go-telnet') && (last === 'DialTo' || last === 'Dial')) return { protocol: 'telnet', ...hostArgument(call) };
      return undefined;
    }
    case 'php': {
      const name = call.name.toLowerCase();
      if (call.receiver !== undefined || call.isConstructor) return undefined;
      if (name === 'ftp_connect') return { protocol: 'ftp', ...hostArgument(call, 'hostname') };
      if (name === 'ldap_connect') {
        const host = positionalArgument(call, 0);
        const value = resolve(facts, host);
        if (value !== undefined && value.text.includes('://')) return undefined;
        return { protocol: 'ldap', ...(host ? { host } : {}) };
      }
      return undefined;
    }
    case 'ruby': {
      const owner = nameParts(q).slice(0, -1).join('.');
      // `Net::HTTP.get('host', '/path')` takes a host rather than a URI, and speaks plain HTTP to it.
      if (owner === 'Net.HTTP' && RUBY_NET_HTTP_URL_METHODS.has(call.name) && positionalArgument(call, 1) !== undefined) {
        const host = positionalArgument(call, 0);
        const value = resolve(facts, host);
        return value === undefined || value.text.includes('://') ? undefined : { protocol: 'http', ...(host ? { host } : {}) };
      }
      if (call.name !== 'new' && call.name !== 'open' && call.name !== 'start') return undefined;
      if (owner === 'Net.FTP') return mayBeOn(facts, namedArgument(call, 'ssl')) ? undefined : { protocol: 'ftp', ...hostArgument(call) };
      if (owner === 'Net.Telnet') return { protocol: 'telnet', ...(namedArgument(call, 'Host') ? { host: namedArgument(call, 'Host') } : {}) };
      if (owner === 'Net.LDAP') return namedArgument(call, 'encryption') !== undefined ? undefined : { protocol: 'ldap', ...(namedArgument(call, 'host') ? { host: namedArgument(call, 'host') } : {}) };
      if (owner === 'Net.HTTP' && (call.name === 'new' || call.name === 'start')) {
        const host = positionalArgument(call, 0);
        if (host === undefined || mayBeOn(facts, namedArgument(call, 'use_ssl')) || rubyUsesSsl(facts)) return undefined;
        if ((resolve(facts, host)?.text ?? '').includes('://')) return undefined;
        return { protocol: 'http', host };
      }
      return undefined;
    }
    case 'javascript':
    case 'typescript':
    case 'tsx':
      // Node's `http` module with an options object: `http.request({ host: 'api.example.com', path })`.
      if (q === 'http.request' || q === 'http.get') {
        const options = positionalArgument(call, 0);
        const host = facts.code.keyValues().find((pair) => (pair.key === 'host' || pair.key === 'hostname') && pair.node.parent?.id === options?.id);
        return host === undefined ? undefined : { protocol: 'http', host: host.value };
      }
      if (!call.isConstructor) return undefined;
      if (q === 'basic-ftp.Client' || q === 'ftp' || q === 'jsftp') return jsSecureOption(facts) ? undefined : { protocol: 'ftp' };
      if (q === 'telnet-client' || q === 'telnet-client.Telnet') return { protocol: 'telnet' };
      return undefined;
    default:
      return undefined;
  }
}

function hostArgument(call: CallSite, keyword?: string): { host?: SyntaxNode } {
  const host = positionalArgument(call, 0) ?? (keyword === undefined ? undefined : namedArgument(call, keyword));
  return host === undefined ? {} : { host };
}

/** A setting that is there and not constantly off: `use_ssl: uri.scheme == 'https'` may well be on. */
function mayBeOn(facts: CodeFacts, node: SyntaxNode | undefined): boolean {
  if (node === undefined) return false;
  const value = facts.code.valueOf(node);
  return !((value.kind === 'boolean' && !value.value) || value.kind === 'null' || ['false', 'False', 'nil', 'None', 'null', 'undefined'].includes(node.text));
}

/** Ruby `http.use_ssl = ...` anywhere in the file, unless constantly off. */
function rubyUsesSsl(facts: CodeFacts): boolean {
  return facts.code.assignments().some((assignment) => assignment.target.endsWith('.use_ssl') && mayBeOn(facts, assignment.value));
}

/**
 * basic-ftp `access({ secure: true })` and node-ftp `connect({ secure: true })` upgrade the session
 * to FTPS. A wrapper that spreads its caller's options into them (`access({ host, ...opts })`)
 * leaves the choice to its caller, so it is not reported either.
 */
function jsSecureOption(facts: CodeFacts): boolean {
  if (facts.code.keyValues().some((pair) => pair.key === 'secure' && mayBeOn(facts, pair.value))) return true;
  return facts.code.calls().some((call) => {
    if ((call.name !== 'access' && call.name !== 'connect') || call.receiver === undefined) return false;
    const options = positionalArgument(call, 0);
    return options?.type === 'object' && options.namedChildren.some((child) => child?.type === 'spread_element');
  });
}

/** The host given to a later `client.connect(host)` on the variable that holds the client. */
function connectedHost(facts: CodeFacts, call: CallSite): SyntaxNode | undefined {
  const holder = facts.code.assignments().find((assignment) => assignment.value.id === call.node.id);
  if (holder === undefined) return undefined;
  const connect = facts.code.calls().find((other) => (other.name === 'connect' || other.name === 'open') && other.receiver !== undefined && compact(other.receiver.text) === holder.target);
  return connect === undefined ? undefined : positionalArgument(connect, 0);
}

/** The callee as written with its receiver: `ftplib.FTP`, `Net::FTP.new`, `FTPClient`. */
function calleeRange(call: CallSite): Range {
  const { calleeNode, receiver } = call;
  const start = receiver !== undefined && receiver.startIndex < calleeNode.startIndex ? receiver.startIndex : calleeNode.startIndex;
  return { start, end: calleeNode.endIndex };
}

// ---------------------------------------------------------------------------------------------
// Code: the checker
// ---------------------------------------------------------------------------------------------

/**
 * StartTLS calls (`start_tls_s()`, `StartTLS(cfg)`, `ldap_start_tls($ds)`, `new StartTlsRequest()`),
 * ldap3's `AUTO_BIND_TLS_BEFORE_BIND` and JNDI's `SECURITY_PROTOCOL` upgrade `ldap://` in the
 * file; .NET's `EnableSsl = true` does the same for an `ftp://` FtpWebRequest.
 */
function codeMarkers(code: CodeModel, text: string): FileMarkers {
  // The text test first: reading every value's text (a whole object or function) is costly.
  const ldapSecured =
    code.calls().some((call) => compactName(call.name).includes('starttls') || (call.name === 'put' && (call.args[0]?.node.text.endsWith('SECURITY_PROTOCOL') ?? false))) ||
    (text.includes('TLS_BEFORE_BIND') && code.keyValues().some((pair) => pair.value.text.includes('TLS_BEFORE_BIND')));
  const ftpSecured = code.language === 'csharp' && code.assignments().some((assignment) => assignment.target.endsWith('EnableSsl') && assignment.value.text === 'true');
  return { ldapSecured, ftpSecured };
}

function buildFacts(code: CodeModel, text: string): CodeFacts {
  const literals = new Map<number, StringLiteral>();
  for (const literal of code.strings()) literals.set(literal.node.id, literal);
  const assignmentsByTarget = new Map<string, Assignment[]>();
  for (const assignment of code.assignments()) {
    const list = assignmentsByTarget.get(assignment.target) ?? [];
    list.push(assignment);
    assignmentsByTarget.set(assignment.target, list);
  }
  return { code, text, literals, assignmentsByTarget };
}

function isMocked(code: CodeModel): boolean {
  return code.imports().some((binding) => MOCK_MODULES.some((module) => binding.target === module || binding.target.startsWith(`${module}.`) || binding.target.startsWith(`${module}/`)));
}

function checkCode(context: RuleContext, code: CodeModel): void {
  const text = context.document.text;
  const facts = buildFacts(code, text);
  const collector = new HitCollector(text, codeMarkers(code, text));
  const languageContext: LanguageContext = { path: context.document.path, mocked: isMocked(code) };
  const candidate = (node: SyntaxNode | undefined, use: UrlUse): void => {
    if (node === undefined) return;
    const resolved = resolve(facts, node);
    if (resolved !== undefined) collector.url({ resolved, fallback: rangeOf(node), use });
  };

  if (code.language === 'shell') {
    checkShellCode(facts, collector);
  } else {
    const findSinks = SINK_FINDERS[code.language];
    for (const call of code.calls()) {
      for (const found of findSinks?.(facts, call, languageContext) ?? []) candidate(found.node, found.use);
      const client = clientUse(facts, call);
      if (client !== undefined) {
        const hostNode = client.host ?? (client.connectLater ? connectedHost(facts, call) : undefined);
        const hostValue = hostNode === undefined ? undefined : resolve(facts, hostNode);
        const host = hostValue === undefined ? undefined : hostOfAddress(hostValue.text);
        collector.client(calleeRange(call), client.protocol, host);
      }
    }
  }
  // Endpoint-like names: keys, keyword arguments and struct fields, then assignments.
  for (const pair of code.keyValues()) {
    const name = compactName(pair.key);
    const use = isPackageSourceName(name) ? 'package' : isEndpointName(name) ? 'url' : undefined;
    // The name first: finding the call around a pair climbs `parent`, a search down from the root.
    if (use === undefined || isPackageMetadata(facts, pair) || isErrorReference(facts, pair)) continue;
    candidate(pair.value, use);
  }
  for (const assignment of code.assignments()) {
    // Every endpoint or package-source name holds one of these words, and the last segment's
    // compact name is part of the whole target's: most targets need no split.
    if (!mayNameEndpoint(compactName(assignment.target))) continue;
    const segments = nameSegments([assignment.target]);
    const name = compactName(segments[segments.length - 1] ?? '');
    if (isPackageSourceName(name)) candidate(assignment.value, 'package');
    else if (isEndpointName(name)) candidate(assignment.value, 'url');
  }
  collector.report(context);
}

/** `InvalidRequestError(uri='http://openid.net/specs/…')`: an error's link to the specification it cites, not traffic. */
function isErrorReference(facts: CodeFacts, pair: KeyValue): boolean {
  const call = pair.node.parent?.parent;
  const owner = call === null || call === undefined ? undefined : facts.code.callAt(call);
  return owner !== undefined && (owner.name.endsWith('Error') || owner.name.endsWith('Exception'));
}

/** Python packaging `setup(url=..., download_url=...)`: the project's web pages, not traffic. */
function isPackageMetadata(facts: CodeFacts, pair: KeyValue): boolean {
  const call = pair.node.parent?.parent;
  const setup = call === null || call === undefined ? undefined : facts.code.callAt(call);
  return setup !== undefined && setup.name === 'setup';
}

function checkShellCode(facts: CodeFacts, collector: HitCollector): void {
  for (const call of facts.code.calls()) {
    if (['export', 'local', 'declare', 'readonly', 'typeset', 'unset'].includes(call.name)) continue;
    const words: ShellWord[] = [{ text: call.callee, complete: true, range: rangeOf(call.calleeNode) }];
    for (const argument of call.args) {
      const resolved = resolve(facts, argument.node);
      words.push(
        resolved === undefined
          ? { text: argument.node.text, complete: false, range: rangeOf(argument.node) }
          : { text: resolved.text, complete: resolved.complete, ...(resolved.origin ? { origin: resolved.origin } : {}), range: rangeOf(argument.node) },
      );
    }
    collectShellFindings(analyseCommand(words, facts.text, 'url'), collector);
  }
}

// ---------------------------------------------------------------------------------------------
// Configuration files
// ---------------------------------------------------------------------------------------------

function entryValue(entry: ConfigEntry): Resolved | undefined {
  if (entry.value === undefined || entry.valueRange === undefined) return undefined;
  return { text: entry.value, complete: true, origin: entry.valueRange };
}

/** Whitespace-separated words of a value as written, each with its range. */
function rawTokens(text: string, range: Range): { text: string; range: Range }[] {
  const tokens: { text: string; range: Range }[] = [];
  let start = -1;
  for (let at = range.start; at <= range.end; at++) {
    const character = at < range.end ? text.charAt(at) : ' ';
    const blank = character === ' ' || character === '\t' || character === '\n' || character === '\r';
    if (!blank && start < 0) start = at;
    if (blank && start >= 0) {
      tokens.push({ text: text.slice(start, at), range: { start, end: at } });
      start = -1;
    }
  }
  return tokens;
}

/**
 * Every cleartext URL in a value: the value itself when it is one word (decoded, so a
 * `.properties` `http\\://` still counts), otherwise each word as written (multi-line pip.conf
 * values, `pkg @ http://...`, `ProxyPass /app http://...`).
 */
function valueUrls(text: string, entry: ConfigEntry, collector: HitCollector, use: UrlUse): void {
  const value = entry.value;
  const range = entry.valueRange;
  if (value === undefined || range === undefined) return;
  if (!value.includes(' ') && !value.includes('\t') && !value.includes('\n')) {
    if (schemeOf(value) !== undefined) collector.url({ resolved: { text: value, complete: true, origin: range }, fallback: range, use });
    return;
  }
  for (const token of rawTokens(text, range)) {
    // Directive formats keep quotes on their arguments: `ProxyPass "/app" "http://..."`.
    const quote = token.text.charAt(0);
    const quoted = token.text.length > 1 && (quote === '"' || quote === "'") && token.text.endsWith(quote);
    const origin = quoted ? { start: token.range.start + 1, end: token.range.end - 1 } : token.range;
    const word = quoted ? token.text.slice(1, -1) : token.text;
    if (schemeOf(word) !== undefined) collector.url({ resolved: { text: word, complete: true, origin }, fallback: token.range, use });
  }
}

/** Ancestors whose URLs are links for people, not traffic (package.json, OpenAPI, pom.xml metadata). */
const DOCUMENTATION_ANCESTORS: ReadonlySet<string> = new Set([
  'license', 'licenses', 'licence', 'contact', 'externaldocs', 'author', 'authors', 'contributors', 'maintainers', 'bugs', 'funding',
  'homepage', 'documentation', 'scm', 'organization', 'developers', 'developer', 'issuemanagement', 'cimanagement', 'mailinglists',
  'links',
]);

function underDocumentation(path: readonly string[], format: string): boolean {
  return path.some((segment) => {
    const name = compactName(segment);
    return DOCUMENTATION_ANCESTORS.has(name) || (format === 'json' && name === 'repository');
  });
}

/** Generic check for an entry: endpoint-like or package-source keys holding a cleartext URL. */
function checkEntry(text: string, entry: ConfigEntry, format: ConfigModel['format'], collector: HitCollector, segments: readonly string[]): void {
  const resolved = entryValue(entry);
  if (resolved === undefined || underDocumentation(entry.path.slice(0, -1), format)) return;
  if (isPackageSourceName(compactName(segments[segments.length - 1] ?? ''))) valueUrls(text, entry, collector, 'package');
  else if (schemeOf(resolved.text) !== undefined && endpointPath(segments)) collector.url({ resolved, fallback: resolved.origin ?? entry.keyRange, use: 'url' });
}

function checkConfig(context: RuleContext, config: ConfigModel): void {
  const text = context.document.text;
  const collector = new HitCollector(text, NO_MARKERS);
  const entries = config.entries();
  switch (config.format) {
    case 'dockerfile':
      checkDockerfile(text, entries, collector);
      break;
    case 'terraform':
      checkTerraform(text, config, collector);
      break;
    case 'yaml':
    case 'json':
      checkStructured(context.document.path, text, config, collector);
      break;
    case 'xml':
      checkXml(entries, collector);
      break;
    case 'pip-requirements':
      checkPipRequirements(text, entries, collector);
      break;
    case 'gradle':
      for (const entry of entries) {
        const inRepositories = entry.path.some((segment) => segment === 'repositories' || segment === 'maven' || segment === 'ivy');
        if (inRepositories && (entry.key === 'url' || entry.key === 'maven' || entry.key === 'ivy')) valueUrls(text, entry, collector, 'package');
        else checkEntry(text, entry, config.format, collector, nameSegments(entry.path));
      }
      break;
    case 'nginx':
      for (const entry of entries) if (entry.key === 'proxy_pass' || entry.key === 'uwsgi_pass') valueUrls(text, entry, collector, 'url');
      break;
    case 'apache':
      for (const entry of entries) if (entry.key.toLowerCase() === 'proxypass' || entry.key.toLowerCase() === 'proxypassmatch') valueUrls(text, entry, collector, 'url');
      break;
    case 'ini':
    case 'npmrc':
    case 'properties':
    case 'dotenv':
      for (const entry of entries) checkEntry(text, entry, config.format, collector, nameSegments(entry.path));
      break;
    default:
      break;
  }
  collector.report(context);
}

// Dockerfile

function checkDockerfile(text: string, entries: readonly ConfigEntry[], collector: HitCollector): void {
  for (const entry of entries) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    const source = text.slice(entry.valueRange.start, entry.valueRange.end);
    const offset = entry.valueRange.start;
    switch (entry.key) {
      case 'ADD': {
        const words = splitExecForm(source, offset) ?? splitShellCommands(source, offset).flat();
        const options = words.filter((word) => word.text.startsWith('--'));
        const paths = words.filter((word) => !word.text.startsWith('--'));
        // A pinned checksum makes tampering detectable, though the download is still readable on the way.
        const pinned = options.some((word) => word.text.startsWith('--checksum='));
        for (const word of paths.slice(0, -1)) {
          if (schemeOf(word.text) === undefined) continue;
          collector.url({ resolved: { text: word.text, complete: word.complete, ...(word.origin ? { origin: word.origin } : {}) }, fallback: word.range, use: 'download', ...(pinned ? { confidence: 'low' } : {}) });
        }
        break;
      }
      case 'RUN':
        checkShellText(source, offset, text, collector, 'download');
        break;
      case 'ENV':
      case 'ARG':
        for (const pair of dockerfilePairs(source, offset)) {
          if (isEndpointName(compactName(pair.name)) && schemeOf(pair.value.text) !== undefined) {
            collector.url({ resolved: { text: pair.value.text, complete: pair.value.complete, ...(pair.value.origin ? { origin: pair.value.origin } : {}) }, fallback: pair.value.range, use: 'url' });
          }
        }
        break;
      default:
        break;
    }
  }
}

/** `ENV A=1 B=2`, `ARG A=1`, and the legacy `ENV NAME value with spaces`. */
function dockerfilePairs(source: string, offset: number): { name: string; value: ShellWord }[] {
  const words = splitShellCommands(source, offset).flat();
  const first = words[0];
  if (first === undefined) return [];
  if (!first.text.includes('=')) {
    const value = words[1];
    return value === undefined ? [] : [{ name: first.text, value }];
  }
  const pairs: { name: string; value: ShellWord }[] = [];
  for (const word of words) {
    const equals = word.text.indexOf('=');
    if (equals <= 0) continue;
    const origin = word.origin;
    const aligned = origin !== undefined && source.slice(origin.start - offset, origin.start - offset + equals + 1) === word.text.slice(0, equals + 1);
    pairs.push({
      name: word.text.slice(0, equals),
      value: {
        text: word.text.slice(equals + 1),
        complete: word.complete,
        ...(aligned ? { origin: { start: origin.start + equals + 1, end: origin.end } } : {}),
        range: word.range,
      },
    });
  }
  return pairs;
}

// pip requirements

const PIP_SOURCE_KEYS: ReadonlySet<string> = new Set(['--index-url', '--extra-index-url', '--find-links']);

function checkPipRequirements(text: string, entries: readonly ConfigEntry[], collector: HitCollector): void {
  for (const entry of entries) {
    if (entry.path.length !== 1) continue;
    // Options, `pkg @ http://...` direct references and bare archive URLs all download packages.
    if (PIP_SOURCE_KEYS.has(entry.key) || (entry.value ?? '').startsWith('@') || schemeOf(entry.key) !== undefined) valueUrls(text, entry, collector, 'package');
  }
}

// YAML and JSON

/** Keys whose value is shell run by CI: GitHub Actions `run`, GitLab `script`, CircleCI `run.command`, Drone `commands`. */
const SHELL_KEYS: ReadonlySet<string> = new Set(['run', 'script', 'before_script', 'after_script', 'commands', 'bash', 'sh']);

function checkStructured(path: string, text: string, config: ConfigModel, collector: HitCollector): void {
  const entries = config.entries();
  const isPackageJson = config.format === 'json' && (path === 'package.json' || path.endsWith('/package.json'));
  const namesByParent = new Map<string, ConfigEntry>();
  for (const entry of entries) if (entry.key === 'name') namesByParent.set(parentKey(entry.path), entry);
  for (const entry of entries) {
    const segments = nameSegments(entry.path);
    const last = segments[segments.length - 1] ?? '';
    const parent = segments[segments.length - 2] ?? '';
    if (entry.value !== undefined && entry.valueRange !== undefined) {
      const shell = isPackageJson ? entry.path.length === 2 && entry.path[0] === 'scripts' : config.format === 'yaml' && (SHELL_KEYS.has(last) || (last === 'command' && parent === 'run'));
      if (shell) {
        checkShellText(text.slice(entry.valueRange.start, entry.valueRange.end), entry.valueRange.start, text, collector, 'url');
        continue;
      }
      checkCloudFormationSetting(entry, entries, collector);
      if (config.format === 'yaml' && last === 'repository') {
        valueUrls(text, entry, collector, 'package');
        continue;
      }
      if (config.format === 'json' && entry.key === 'url' && entry.path.some((segment) => segment === 'repositories')) {
        valueUrls(text, entry, collector, 'package');
        continue;
      }
      environmentPair(text, entry, collector);
      nameValuePair(entry, namesByParent, collector);
    }
    checkEntry(text, entry, config.format, collector, segments);
  }
}

/** Compose `environment: [API_URL=http://...]` and build `args`. */
function environmentPair(text: string, entry: ConfigEntry, collector: HitCollector): void {
  const list = entry.path[entry.path.length - 2];
  if (entry.value === undefined || entry.valueRange === undefined || (list !== 'environment' && list !== 'args' && list !== 'env')) return;
  const equals = entry.value.indexOf('=');
  if (equals <= 0 || !isEndpointName(compactName(entry.value.slice(0, equals)))) return;
  const value = entry.value.slice(equals + 1);
  const aligned = text.slice(entry.valueRange.start, entry.valueRange.start + equals + 1) === entry.value.slice(0, equals + 1);
  const origin = aligned ? { start: entry.valueRange.start + equals + 1, end: entry.valueRange.end } : undefined;
  collector.url({ resolved: { text: value, complete: true, ...(origin ? { origin } : {}) }, fallback: entry.valueRange, use: 'url' });
}

/** The path of an entry's parent, as one map key. */
function parentKey(path: readonly string[]): string {
  return path.slice(0, -1).join('\u0000');
}

/** Kubernetes `env: [{name: API_URL, value: http://...}]` and similar name/value lists. */
function nameValuePair(entry: ConfigEntry, namesByParent: ReadonlyMap<string, ConfigEntry>, collector: HitCollector): void {
  if (entry.key !== 'value') return;
  const name = namesByParent.get(parentKey(entry.path));
  if (name?.value === undefined || !isEndpointName(compactName(name.value))) return;
  const resolved = entryValue(entry);
  if (resolved !== undefined) collector.url({ resolved, fallback: entry.keyRange, use: 'url' });
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** CloudFormation: `ViewerProtocolPolicy: allow-all`, `TransitEncryptionEnabled: false`, HTTP listeners. */
function checkCloudFormationSetting(entry: ConfigEntry, entries: readonly ConfigEntry[], collector: HitCollector): void {
  const value = entry.value ?? '';
  const range = entry.valueRange;
  if (range === undefined) return;
  if (entry.key === 'ViewerProtocolPolicy' && value === 'allow-all') {
    collector.add(settingHit(range, VIEWER_MESSAGE, { title: 'Redirect viewers to HTTPS', newText: 'redirect-to-https' }));
  } else if (entry.key === 'TransitEncryptionEnabled' && value === 'false') {
    collector.add(settingHit(range, TRANSIT_MESSAGE, { title: 'Turn transit encryption on', newText: 'true' }));
  } else if (entry.key === 'Protocol' && value.toUpperCase() === 'HTTP' && entry.path[entry.path.length - 2] === 'Properties') {
    const resource = entry.path.slice(0, -2);
    const type = entries.find((other) => other.key === 'Type' && samePath(other.path, [...resource, 'Type']));
    if (type?.value !== 'AWS::ElasticLoadBalancingV2::Listener') return;
    const actions = [...resource, 'Properties', 'DefaultActions'];
    const redirects = entries.some((other) => other.key === 'Type' && other.value === 'redirect' && samePath(other.path.slice(0, actions.length), actions));
    if (!redirects) collector.add(settingHit(range, LISTENER_MESSAGE));
  }
}

function settingHit(range: Range, message: string, fix?: { title: string; newText: string }): Hit {
  return {
    range,
    message,
    severity: 'medium',
    confidence: 'high',
    ...(fix ? { fix: { title: fix.title, edits: [{ start: range.start, end: range.end, newText: fix.newText }] } } : {}),
  };
}

// XML

const PACKAGE_REPOSITORY_ELEMENTS: ReadonlySet<string> = new Set(['repository', 'pluginrepository', 'snapshotrepository', 'mirror']);

function localName(name: string): string {
  const bare = name.startsWith('@') ? name.slice(1) : name;
  return bare.slice(bare.lastIndexOf(':') + 1);
}

function checkXml(entries: readonly ConfigEntry[], collector: HitCollector): void {
  // An element's attributes share its block, so `name`/`key` attributes label their element's `value`.
  const labels = new Map<number, ConfigEntry>();
  for (const entry of entries) if ((entry.key === '@name' || entry.key === '@key') && entry.blockId !== undefined) labels.set(entry.blockId, entry);
  for (const entry of entries) {
    const resolved = entryValue(entry);
    if (resolved === undefined) continue;
    if (entry.key.startsWith('@')) {
      checkXmlAttribute(entry, entries, labels, collector);
      continue;
    }
    if (schemeOf(resolved.text) === undefined) continue;
    const names = entry.path.map((segment) => compactName(localName(segment)));
    const name = names[names.length - 1] ?? '';
    const ancestors = names.slice(0, -1);
    // pom.xml `<project><url>` is the project's web site; an MSBuild `RepositoryUrl` is package metadata.
    if (underDocumentation(ancestors, 'xml') || (names.length === 2 && names[0] === 'project' && name === 'url')) continue;
    if (name === 'repositoryurl' && ancestors.includes('propertygroup')) continue;
    if (name === 'url' && ancestors.some((ancestor) => PACKAGE_REPOSITORY_ELEMENTS.has(ancestor))) collector.url({ resolved, fallback: entry.keyRange, use: 'package' });
    else if (isEndpointName(name)) collector.url({ resolved, fallback: entry.keyRange, use: 'url' });
  }
}

function checkXmlAttribute(entry: ConfigEntry, entries: readonly ConfigEntry[], labels: ReadonlyMap<number, ConfigEntry>, collector: HitCollector): void {
  const resolved = entryValue(entry);
  const range = entry.valueRange;
  if (resolved === undefined || range === undefined) return;
  const attribute = localName(entry.key);
  const raw = entry.key.slice(1);
  if (raw === 'xmlns' || raw.startsWith('xmlns:') || raw.startsWith('xsi:')) return;
  const value = resolved.text.trim().toLowerCase();
  if (attribute === 'usesCleartextTraffic' && value === 'true') {
    collector.add(settingHit(range, ANDROID_MESSAGE, { title: 'Stop permitting cleartext traffic', newText: 'false' }));
    return;
  }
  if (attribute === 'cleartextTrafficPermitted' && value === 'true' && !onlyLocalDomains(entry, entries)) {
    collector.add(settingHit(range, ANDROID_MESSAGE, { title: 'Stop permitting cleartext traffic', newText: 'false' }));
    return;
  }
  if (schemeOf(resolved.text) === undefined) return;
  const ancestors = entry.path.slice(0, -1).map((segment) => compactName(localName(segment)));
  if (underDocumentation(ancestors, 'xml')) return;
  // `<add key="ApiUrl" value="..."/>`, `<property name="url" value="..."/>`: the sibling names the value.
  if (attribute === 'value') {
    const label = entry.blockId === undefined ? undefined : labels.get(entry.blockId);
    if (ancestors.includes('packagesources')) collector.url({ resolved, fallback: range, use: 'package' });
    else if (label?.value !== undefined && isEndpointName(compactName(label.value))) collector.url({ resolved, fallback: range, use: 'url' });
    return;
  }
  if (isEndpointName(compactName(attribute))) collector.url({ resolved, fallback: range, use: 'url' });
}

/** An Android `domain-config` that permits cleartext only for local hosts (emulator loopback, localhost). */
function onlyLocalDomains(entry: ConfigEntry, entries: readonly ConfigEntry[]): boolean {
  const element = entry.path.slice(0, -1);
  if (localName(element[element.length - 1] ?? '') !== 'domain-config') return false;
  const domains = entries.filter((other) => other.key === 'domain' && other.value !== undefined && samePath(other.path.slice(0, -1), element));
  return domains.length > 0 && domains.every((domain) => localityOf(domain.value ?? '') === 'local' || domain.value === '10.0.2.2');
}

// Terraform

/** How many labels each top-level block type takes, so labels are not read as names. */
const HCL_LABELS: Readonly<Record<string, number>> = { resource: 2, data: 2, provider: 1, module: 1, variable: 1, output: 1 };

function checkTerraform(text: string, config: ConfigModel, collector: HitCollector): void {
  const entries = config.entries();
  const blocks = config.blocks();
  for (const entry of entries) {
    const value = entry.value;
    const range = entry.valueRange;
    if (value === undefined || range === undefined) continue;
    const [kind = '', resourceType = ''] = entry.path;
    if (entry.key === 'viewer_protocol_policy' && value === 'allow-all') {
      collector.add(settingHit(range, VIEWER_MESSAGE, { title: 'Redirect viewers to HTTPS', newText: 'redirect-to-https' }));
    } else if (entry.key === 'transit_encryption_enabled' && value === 'false') {
      collector.add(settingHit(range, TRANSIT_MESSAGE, { title: 'Turn transit encryption on', newText: 'true' }));
    } else if (entry.key === 'transit_encryption' && value === 'DISABLED') {
      collector.add(settingHit(range, TRANSIT_MESSAGE, { title: 'Turn transit encryption on', newText: 'ENABLED' }));
    } else if (
      entry.key === 'protocol' &&
      value.toUpperCase() === 'HTTP' &&
      kind === 'resource' &&
      (resourceType === 'aws_lb_listener' || resourceType === 'aws_alb_listener') &&
      entry.path.length === 4 &&
      !listenerRedirects(entry, entries, blocks)
    ) {
      collector.add(settingHit(range, LISTENER_MESSAGE));
    } else if (kind === 'module' && entry.key === 'source' && entry.path.length === 3) {
      // Module sources may force a getter: `git::http://...`.
      const getter = value.indexOf('::');
      const url = getter >= 0 && getter < 8 ? value.slice(getter + 2) : value;
      const shift = value.length - url.length;
      if (schemeOf(url) !== undefined) collector.url({ resolved: { text: url, complete: true, origin: { start: range.start + shift, end: range.end } }, fallback: range, use: 'package' });
    } else if ((kind === 'variable' && entry.key === 'default') || (kind === 'output' && entry.key === 'value')) {
      // `variable "api_url" { default = "http://..." }`: the label is the name.
      if (entry.path.length === 3) checkEntry(text, entry, config.format, collector, [entry.path[1] ?? '']);
    } else {
      const labels = HCL_LABELS[kind] ?? 0;
      checkEntry(text, entry, config.format, collector, nameSegments([kind, ...entry.path.slice(1 + labels)]));
    }
  }
}

/** Whether a listener's default action (any of them) redirects, which is how HTTP listeners send clients to HTTPS. */
function listenerRedirects(protocol: ConfigEntry, entries: readonly ConfigEntry[], blocks: readonly ConfigBlock[]): boolean {
  const listener = protocol.blockId;
  if (listener === undefined) return false;
  const actionBlocks = new Set(blocks.filter((block) => block.parentId === listener && block.labels[0] === 'default_action').map((block) => block.id));
  return entries.some((entry) => entry.blockId !== undefined && actionBlocks.has(entry.blockId) && entry.key === 'type' && entry.value === 'redirect');
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  if (context.code !== undefined) checkCode(context, context.code);
  else if (context.config !== undefined) checkConfig(context, context.config);
}

export const cleartextHttp: Rule = {
  meta: {
    id: 'transport/cleartext-http',
    title: 'Cleartext traffic to a non-local host (http://, FTP, Telnet, plain LDAP)',
    area: 'transport',
    severity: 'medium',
    confidence: 'high',
    cwe: [319],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: [
      'cryptography#in-transit',
      'cryptography#the-base-principles',
      'system-lockdown-and-hardening-standard#services-security-and-networking-applications',
      'tg:justice-digital-software-engineering-standards#security-standards',
    ],
    basis: 'explicit',
    why:
      'Traffic sent over http://, FTP, Telnet or LDAP without TLS can be read and changed by anyone on the network path, credentials included. ' +
      'MoJ requires all data in transit to be protected with adequate encryption (Cryptography: In transit) and clear-text services to be replaced by encrypted ones (System Lockdown and Hardening Standard).',
    howToFix:
      'Use https://, wss:// or ldaps:// (or StartTLS), SFTP or FTPS instead of FTP, and SSH instead of Telnet; make HTTP listeners redirect to HTTPS. ' +
      'Traffic that never leaves the machine (localhost) is not affected.',
    fixSafety: 'suggestion',
    languages: [
      'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
      'yaml', 'json', 'xml', 'dockerfile', 'terraform', 'properties', 'dotenv', 'ini', 'npmrc', 'pip-requirements', 'gradle', 'nginx', 'apache',
    ],
    prefilter: [
      '://', 'ftp', 'telnet', 'ldap', 'HTTPConnection', 'Net::HTTP', "'http'", '"http"', 'node:http', 'allow-all', 'transit_encryption',
      'TransitEncryption', '_listener', 'ElasticLoadBalancingV2::Listener', 'cleartextTraffic',
    ],
    examples: {
      javascript: "const response = await fetch('https://api.example.justice.gov.uk/cases');",
      typescript: "const client = axios.create({ baseURL: 'https://api.example.justice.gov.uk' });",
      python: "response = requests.get('https://api.example.justice.gov.uk/cases', timeout=10)",
      java: 'HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.justice.gov.uk/cases")).build();',
      csharp: 'var client = new HttpClient { BaseAddress = new Uri("https://api.example.justice.gov.uk/") };',
      go: 'resp, err := http.Get("https://api.example.justice.gov.uk/cases")',
      php: "$client = new Client(['base_uri' => 'https://api.example.justice.gov.uk/']);",
      ruby: "response = Net::HTTP.get(URI('https://api.example.justice.gov.uk/cases'))",
      shell: 'curl -fsSL https://downloads.example.justice.gov.uk/tool.tar.gz -o tool.tar.gz',
      dockerfile: 'ADD https://downloads.example.justice.gov.uk/tool.tar.gz /opt/',
      terraform: 'viewer_protocol_policy = "redirect-to-https"',
      npmrc: 'registry=https://registry.npmjs.org/',
      'pip-requirements': '--index-url https://pypi.org/simple',
      yaml: 'API_URL: https://api.example.justice.gov.uk',
    },
  },
  check,
};
