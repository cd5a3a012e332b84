/**
 * injection/ssrf: an outbound HTTP request to a URL the request chooses. Node's `fetch`, axios,
 * got, request, superagent, needle and `http(s).get/request`; Python requests, httpx, urllib and
 * sessions made from them or aiohttp; Java `new URL(x).openConnection()`, RestTemplate, WebClient,
 * `HttpRequest.newBuilder`, Apache HttpClient, OkHttp and Jsoup; C# HttpClient, `WebRequest.Create`,
 * WebClient and `HttpRequestMessage`; Go `http.Get`/`NewRequest` and clients; PHP
 * `file_get_contents`/`fopen` of a value named like a URL, cURL, Guzzle and Laravel's `Http`; Ruby
 * Net::HTTP, open-uri, HTTParty, Faraday, RestClient, Excon and http.rb.
 *
 * What makes it SSRF is that the caller picks the host (or the scheme): a URL whose constant start
 * already fixes the host (`'https://api.example.com/users/' + id`), a path on the same site or a
 * relative reference (`api/items/{id}` against a client's base address) is not reported, since
 * only the path or query varies; nor is one that starts with a base the function cannot see
 * (`API_BASE + '/users/' + id`), whose host that base decides, or a proxy that resets the host
 * (`url.hostname = 'origin.example.com'`). A check earlier in the function against an allow-list
 * (`ALLOWED_HOSTS.includes(new URL(u).host)`, `if url in ALLOWED`, a comparison of the host with
 * a literal) silences the finding; the data-flow helper cannot see such guards, so the rule looks
 * for them. Request data is high at high confidence; a host built from a parameter after a scheme
 * (`'https://' + host`) is high at low confidence; browser code fetching from the page's own
 * address is not server-side and not reported. No fix is offered: the allow-list is the author's
 * to write.
 */
import { namedArgument, positionalArgument, safeRegex } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, Rule, RuleContext, SyntaxNode, ValueOrigin } from '../../engine/contract';
import { apiName, assessHost, assignmentsAround, callAt, decidesWith, hostIsFixed, isGuarded, leadingText, looksLikeUrl, TargetReporter } from './untrusted-target';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ requires outbound connections to be reviewed and approved (System Lockdown and Hardening Standard: Services, security, and networking applications) and denied by default (Technical Security Controls Guide, Defensive layer 1).';

type Family = 'node' | 'python' | 'java' | 'csharp' | 'go' | 'php' | 'ruby';

const ADVICE: Readonly<Record<Family, string>> = {
  node: 'Build the URL from a fixed base, or check new URL(value).hostname against an allow-list before the request, and refuse private and link-local addresses.',
  python: 'Build the URL from a fixed base, or check urllib.parse.urlsplit(value).hostname against an allow-list before the request, and refuse private and link-local addresses.',
  java: 'Build the URL from a fixed base, or check URI.create(value).getHost() against an allow-list before the request, and refuse private and link-local addresses.',
  csharp: 'Build the URL from a fixed base, or check new Uri(value).Host against an allow-list before the request, and refuse private and link-local addresses.',
  go: 'Build the URL from a fixed base, or check the Hostname() of url.Parse(value) against an allow-list before the request, and refuse private and link-local addresses.',
  php: "Build the URL from a fixed base, or check parse_url($value, PHP_URL_HOST) against an allow-list before the request, and refuse private and link-local addresses.",
  ruby: 'Build the URL from a fixed base, or check URI.parse(value).host against an allow-list before the request, and refuse private and link-local addresses.',
};

function messageFor(origin: ValueOrigin, api: string, family: Family): string {
  let found: string;
  if (origin.kind === 'request') {
    found = origin.built
      ? `A URL built from request data, with a host the request can choose, is requested by ${api}, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery).`
      : `Request data is used as the URL of an outbound request by ${api}, so a caller can make the service reach any host, internal addresses and cloud metadata included (server-side request forgery).`;
  } else {
    found = `A URL built from a function parameter, with a host the caller can choose, is requested by ${api}; if a caller passes request data, the service can be made to reach any host (server-side request forgery).`;
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
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

function sinkAt(call: CallSite, node: SyntaxNode | undefined, family: Family, api = apiName(call)): Sink[] {
  return node === undefined ? [] : [{ target: node, api, family }];
}

const HTTP_VERBS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

// JavaScript and TypeScript --------------------------------------------------------------------

const NODE_FETCHES: ReadonlySet<string> = new Set(['fetch', 'window.fetch', 'globalThis.fetch', 'node-fetch', 'cross-fetch', 'isomorphic-fetch', 'undici.fetch', 'undici.request']);
const NODE_CLIENTS: ReadonlySet<string> = new Set(['axios', 'got', 'superagent', 'needle', 'request', 'ky', 'node-fetch']);
const NODE_CORE: ReadonlySet<string> = new Set(['http.get', 'http.request', 'https.get', 'https.request', 'node:http.get', 'node:http.request', 'node:https.get', 'node:https.request']);
/** Keys of an options object that choose where the request goes. */
const URL_KEYS: ReadonlySet<string> = new Set(['url', 'baseURL', 'uri', 'host', 'hostname']);

const detectJavaScript: Detector = (call, code) => {
  const qualified = call.qualified;
  const first = positionalArgument(call, 0);
  if (first === undefined) return [];
  if (NODE_FETCHES.has(qualified) || NODE_FETCHES.has(call.callee)) return sinkAt(call, first, 'node');
  if (NODE_CORE.has(qualified)) return first.type === 'object' ? optionSinks(call, first, code) : sinkAt(call, first, 'node');
  // `axios(url)`, `axios.get(url)`, `got.post(url)`, `request(url, cb)`: only when the name is the imported client.
  // The module name is tested before the callee is split: most calls are not to an HTTP client.
  const dot = qualified.indexOf('.');
  if (!NODE_CLIENTS.has(dot < 0 ? qualified : qualified.slice(0, dot))) return [];
  const [module, method, extra] = qualified.split('.');
  if (module === undefined || extra !== undefined || !importsModule(code, module)) return [];
  if (method !== undefined && !HTTP_VERBS.has(method) && method !== 'request' && method !== 'stream') return [];
  // `needle('get', url)` and `needle.request('get', url)` take the method first.
  const target = module === 'needle' && (method === undefined || method === 'request') ? positionalArgument(call, 1) : first;
  if (target?.type === 'object') return optionSinks(call, target, code);
  return sinkAt(call, target, 'node');
};

function importsModule(code: CodeModel, module: string): boolean {
  return code.imports().some((binding) => binding.target === module || binding.target.startsWith(`${module}.`));
}

/** `axios({ url })`, `https.request({ hostname, path })`: the keys that choose the destination. */
function optionSinks(call: CallSite, options: SyntaxNode, code: CodeModel): Sink[] {
  return code.keyValues()
    .filter((pair) => pair.node.parent?.id === options.id && URL_KEYS.has(pair.key))
    .map((pair) => ({ target: pair.value, api: apiName(call), family: 'node' as const }));
}

// Python ---------------------------------------------------------------------------------------

const PYTHON_URL_FIRST: ReadonlySet<string> = new Set([
  ...['requests', 'httpx'].flatMap((module) => [...HTTP_VERBS].map((verb) => `${module}.${verb}`)),
  'urllib.request.urlopen', 'urllib.request.Request', 'urllib2.urlopen', 'urllib2.Request', 'urllib.urlopen', 'httpx.stream',
]);
const PYTHON_METHOD_FIRST: ReadonlySet<string> = new Set(['requests.request', 'httpx.request']);
/** Client objects whose `get`/`post` send requests, recognised when the file makes one. */
const PYTHON_SESSION_FACTORIES = safeRegex('requests\\.Session\\(|requests\\.session\\(|httpx\\.(Async)?Client\\(|aiohttp\\.ClientSession\\(|ClientSession\\(|PoolManager\\(');
const PYTHON_SESSION_NAMES: ReadonlySet<string> = new Set(['session', 'sess', 's', 'client', 'http', 'http_client', 'async_client', 'self.session', 'self.client', 'self.http', 'pool']);

const detectPython: Detector = (call, code) => {
  const url = (): SyntaxNode | undefined => positionalArgument(call, 0) ?? namedArgument(call, 'url');
  if (PYTHON_URL_FIRST.has(call.qualified)) return sinkAt(call, url(), 'python');
  if (PYTHON_METHOD_FIRST.has(call.qualified)) return sinkAt(call, positionalArgument(call, 1) ?? namedArgument(call, 'url'), 'python');
  const receiver = call.receiver?.text;
  if (receiver === undefined || !PYTHON_SESSION_NAMES.has(receiver) || !PYTHON_SESSION_FACTORIES.test(code.root.text)) return [];
  if (HTTP_VERBS.has(call.name)) return sinkAt(call, url(), 'python');
  if (call.name === 'request' || call.name === 'urlopen') return sinkAt(call, positionalArgument(call, 1) ?? namedArgument(call, 'url'), 'python');
  return [];
};

// Java -----------------------------------------------------------------------------------------

const REST_TEMPLATE_METHODS: ReadonlySet<string> = new Set([
  'getForObject', 'getForEntity', 'postForObject', 'postForEntity', 'postForLocation', 'exchange', 'execute', 'put', 'delete', 'headForHeaders',
  'patchForObject', 'optionsForAllow',
]);
const APACHE_REQUESTS: ReadonlySet<string> = new Set(['HttpGet', 'HttpPost', 'HttpPut', 'HttpDelete', 'HttpHead', 'HttpPatch', 'HttpOptions']);
const URL_CONNECTORS = ['openConnection', 'openStream', 'getContent'];

const detectJava: Detector = (call, code) => {
  const first = positionalArgument(call, 0);
  if (first === undefined) return [];
  if (call.isConstructor) {
    if (APACHE_REQUESTS.has(call.callee)) return sinkAt(call, first, 'java', `new ${call.callee}`);
    if ((call.callee === 'URL' || call.callee === 'java.net.URL') && urlIsConnected(call, code)) return sinkAt(call, first, 'java', 'URL.openConnection');
    return [];
  }
  const receiver = call.receiver?.text ?? '';
  if (REST_TEMPLATE_METHODS.has(call.name) && receiver.toLowerCase().includes('rest')) return sinkAt(call, first, 'java');
  if (call.callee === 'WebClient.create' || call.callee === 'HttpRequest.newBuilder' || call.callee === 'Jsoup.connect') return sinkAt(call, first, 'java');
  // `webClient.get().uri(u)`, `HttpRequest.newBuilder().uri(URI.create(u))`, `new Request.Builder().url(u)`, `.baseUrl(u)`.
  const chain = receiver.toLowerCase();
  const isBuilder = chain.includes('webclient') || chain.includes('newbuilder') || chain.includes('request.builder') || chain.includes('restclient');
  if (isBuilder && (call.name === 'uri' || call.name === 'url' || call.name === 'baseUrl')) return sinkAt(call, first, 'java', `${call.name}()`);
  return [];
};

/** `new URL(u).openConnection()`, or `URL url = new URL(u); … url.openStream()`. */
function urlIsConnected(call: CallSite, code: CodeModel): boolean {
  const parent = call.node.parent;
  if (parent?.type === 'method_invocation' && URL_CONNECTORS.some((name) => parent.childForFieldName('name')?.text === name)) return true;
  const assignment = code.assignments().find((candidate) => candidate.value.id === call.node.id);
  if (assignment === undefined) return false;
  const text = code.root.text;
  return URL_CONNECTORS.some((name) => text.includes(`${assignment.target}.${name}(`));
}

// C# -------------------------------------------------------------------------------------------

const HTTP_CLIENT_METHODS: ReadonlySet<string> = new Set([
  'GetAsync', 'GetStringAsync', 'GetByteArrayAsync', 'GetStreamAsync', 'PostAsync', 'PutAsync', 'DeleteAsync', 'PatchAsync', 'GetFromJsonAsync',
  'PostAsJsonAsync', 'PutAsJsonAsync',
]);
const WEB_CLIENT_METHODS: ReadonlySet<string> = new Set([
  'DownloadString', 'DownloadData', 'DownloadFile', 'OpenRead', 'DownloadStringTaskAsync', 'DownloadDataTaskAsync', 'OpenReadTaskAsync', 'UploadString',
]);

const detectCSharp: Detector = (call) => {
  if (call.isConstructor) return call.callee === 'HttpRequestMessage' ? sinkAt(call, positionalArgument(call, 1), 'csharp', 'new HttpRequestMessage') : [];
  const receiver = call.receiver?.text ?? '';
  const owner = receiver.toLowerCase();
  if ((call.callee === 'WebRequest.Create' || call.callee === 'HttpWebRequest.Create' || call.callee === 'WebRequest.CreateHttp')) return sinkAt(call, positionalArgument(call, 0), 'csharp');
  const isClient = owner.includes('http') || owner.endsWith('client');
  if (isClient && HTTP_CLIENT_METHODS.has(call.name)) return sinkAt(call, positionalArgument(call, 0), 'csharp');
  if ((isClient || owner.endsWith('wc')) && WEB_CLIENT_METHODS.has(call.name)) return sinkAt(call, positionalArgument(call, 0), 'csharp');
  return [];
};

// Go -------------------------------------------------------------------------------------------

const GO_URL_FIRST: ReadonlySet<string> = new Set(['Get', 'Head', 'Post', 'PostForm']);

const detectGo: Detector = (call) => {
  const name = call.qualified.startsWith('net/http.') ? call.qualified.slice('net/'.length) : call.callee;
  if (name === 'http.Get' || name === 'http.Head' || name === 'http.Post' || name === 'http.PostForm') return sinkAt(call, positionalArgument(call, 0), 'go');
  if (name === 'http.NewRequest') return sinkAt(call, positionalArgument(call, 1), 'go');
  if (name === 'http.NewRequestWithContext') return sinkAt(call, positionalArgument(call, 2), 'go');
  // `client.Get(url)`, `http.DefaultClient.Get(url)`, resty's `client.R().Get(url)`.
  const receiver = call.receiver?.text.toLowerCase() ?? '';
  if (GO_URL_FIRST.has(call.name) && receiver.includes('client')) return sinkAt(call, positionalArgument(call, 0), 'go');
  return [];
};

// PHP ------------------------------------------------------------------------------------------

const PHP_URL_FUNCTIONS: ReadonlySet<string> = new Set(['file_get_contents', 'fopen', 'file', 'readfile', 'get_headers']);
const PHP_CLIENT_VERBS: ReadonlySet<string> = new Set([...HTTP_VERBS, 'getAsync', 'postAsync', 'requestAsync', 'request', 'send']);

const detectPhp: Detector = (call, code) => {
  const first = positionalArgument(call, 0);
  if (call.receiver === undefined) {
    const name = call.name.toLowerCase();
    if (name === 'curl_init') return sinkAt(call, first, 'php');
    if (name === 'curl_setopt' && positionalArgument(call, 1)?.text === 'CURLOPT_URL') return sinkAt(call, positionalArgument(call, 2), 'php');
    if (name === 'fsockopen') return sinkAt(call, first, 'php');
    // The same functions open files: only a value that starts with a scheme or is named like a URL is an outbound request here.
    if (PHP_URL_FUNCTIONS.has(name) && first !== undefined && looksLikeUrl(code, first)) return sinkAt(call, first, 'php');
    return [];
  }
  const receiver = call.receiver.text.toLowerCase();
  if (!PHP_CLIENT_VERBS.has(call.name) || !(receiver.includes('client') || receiver.includes('guzzle') || receiver === 'http')) return [];
  // Guzzle's `request('GET', $url)` takes the method first.
  return sinkAt(call, call.name === 'request' || call.name === 'requestAsync' ? positionalArgument(call, 1) : first, 'php');
};

// Ruby -----------------------------------------------------------------------------------------

const RUBY_CLIENTS: ReadonlySet<string> = new Set(['HTTParty', 'Faraday', 'RestClient', 'Excon', 'HTTP', 'Typhoeus', 'HTTPX']);
const NET_HTTP_METHODS: ReadonlySet<string> = new Set(['get', 'get_response', 'post', 'post_form', 'get_print', 'start', 'new']);

const detectRuby: Detector = (call, code) => {
  const receiver = call.receiver?.text;
  const first = positionalArgument(call, 0) ?? namedArgument(call, 'url');
  if (receiver === 'Net::HTTP' && NET_HTTP_METHODS.has(call.name)) return sinkAt(call, first, 'ruby');
  if (receiver === 'URI' && call.name === 'open') return sinkAt(call, first, 'ruby');
  if (receiver !== undefined && RUBY_CLIENTS.has(receiver) && (HTTP_VERBS.has(call.name) || call.name === 'new')) return sinkAt(call, first, 'ruby');
  // Kernel#open with open-uri loaded fetches URLs.
  if (receiver === undefined && call.name === 'open' && code.root.text.includes('open-uri')) return sinkAt(call, first, 'ruby');
  return [];
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

/** Parsers and wrappers whose first argument is the URL itself: `URI.create(u)`, `new Uri(u)`, Ruby's `URI(u)`. */
const URL_WRAPPERS: ReadonlySet<string> = new Set([
  'URI.create', 'URI', 'URL', 'Uri', 'java.net.URI', 'java.net.URL', 'URI.parse', 'url.Parse', 'urlparse', 'Addressable::URI.parse', 'URI.join',
]);

function unwrapUrl(code: CodeModel, node: SyntaxNode): SyntaxNode {
  let current = node;
  for (let depth = 0; depth < 3; depth++) {
    const call = callAt(code, current);
    const inner = call !== undefined && URL_WRAPPERS.has(call.callee) ? positionalArgument(call, 0) : undefined;
    if (inner === undefined) return current;
    current = inner;
  }
  return current;
}

/** An allow-list, a prefix check, a validator, or a comparison with a literal, on a line that decides something. */
const URL_CHECKS: readonly string[] = [
  'allowed', 'allow_list', 'allowlist', 'whitelist', 'white_list', 'trusted', 'permitted', 'includes(', '.has(', 'indexof(', 'in_array', 'include?',
  'startswith', 'hasprefix', 'start_with?', 'contains(', 'isvalid', 'is_valid', 'validate', 'issafe', 'is_safe',
];

function checksUrl(line: string): boolean {
  return decidesWith(line, URL_CHECKS, true);
}

const HOST_PROPERTIES: readonly string[] = ['.host', '.hostname', '.Host', '.origin'];

/**
 * A proxy that parses the incoming URL and sets its host to a constant before the request
 * (`url.hostname = 'origin.example.com'`) chooses the host itself.
 */
function hostIsReset(code: CodeModel, target: SyntaxNode): boolean {
  const name = target.text;
  return assignmentsAround(code, target).some((assignment) =>
    assignment.node.endIndex <= target.startIndex &&
    HOST_PROPERTIES.some((property) => assignment.target === `${name}${property}`) &&
    code.valueOf(assignment.value).kind === 'string');
}

/** The page's own address in the browser: a request made from there is the user's, not the server's. */
const BROWSER_SOURCE = safeRegex('^(window\\.|document\\.)?(location|document)\\b');

function isBrowserSource(origin: ValueOrigin): boolean {
  return origin.kind === 'request' && BROWSER_SOURCE.test(origin.evidence?.text ?? '');
}

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const sinks = code.calls().flatMap((call) => detect(call, code));
  sinks.sort((left, right) => left.target.startIndex - right.target.startIndex);
  const reporter = new TargetReporter(context);
  for (const sink of sinks) {
    const target = unwrapUrl(code, sink.target);
    const prefix = leadingText(code, target);
    // The code fixes the host: only the path or query varies.
    if (hostIsFixed(prefix)) continue;
    const assessment = assessHost(code, target, 'url', prefix);
    if (assessment === undefined || isBrowserSource(assessment.origin)) continue;
    if (isGuarded(code, target, checksUrl) || hostIsReset(code, target)) continue;
    const { origin, confidence } = assessment;
    reporter.report(target, origin, messageFor(origin, sink.api, sink.family), 'high', confidence);
  }
}

export const ssrf: Rule = {
  meta: {
    id: 'injection/ssrf',
    title: 'Outbound request to a URL from request data',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [918],
    owasp: 'A10:2021 Server-Side Request Forgery (SSRF)',
    policy: [
      'system-lockdown-and-hardening-standard#services-security-and-networking-applications',
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
    ],
    basis: 'indirect',
    why:
      'When the request chooses the host of an outbound call, a caller can make the service reach internal systems, cloud metadata endpoints (169.254.169.254) and other hosts its network position trusts, and read the answers. ' +
      'MoJ requires outbound connections to be reviewed and approved (System Lockdown and Hardening Standard) and denied by default (Technical Security Controls Guide, Defensive layer 1).',
    howToFix:
      'Keep the scheme and host fixed in code and let the request choose only a path segment or query value; where the host must vary, parse the URL and check its host against an allow-list, and refuse private and link-local addresses.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: [
      'fetch', 'axios', 'got', 'request', 'superagent', 'needle', 'http', 'urlopen', 'httpx', 'session', 'client', 'URL', 'RestTemplate', 'rest',
      'WebClient', 'newBuilder', 'Jsoup', 'Builder', 'WebRequest', 'Async', 'curl', 'file_get_contents', 'fopen', 'fsockopen', 'Net::HTTP', 'URI',
      'HTTParty', 'Faraday', 'RestClient', 'Excon', 'Typhoeus', 'open-uri',
    ],
    examples: {
      javascript: "const response = await fetch(`https://api.example.com/users/${encodeURIComponent(id)}`);",
      typescript: "const response = await fetch(`https://api.example.com/users/${encodeURIComponent(id)}`);",
      tsx: "const response = await fetch(`https://api.example.com/users/${encodeURIComponent(id)}`);",
      python: 'if urlsplit(url).hostname not in ALLOWED_HOSTS:\n    abort(400)\nrequests.get(url, timeout=5)',
      java: 'String body = restTemplate.getForObject("https://api.example.com/users/{id}", String.class, id);',
      csharp: 'var body = await _http.GetStringAsync($"https://api.example.com/users/{Uri.EscapeDataString(id)}");',
      go: 'resp, err := http.Get("https://api.example.com/users/" + url.PathEscape(id))',
      php: "$body = file_get_contents('https://api.example.com/users/' . rawurlencode($id));",
      ruby: "body = Net::HTTP.get(URI(\"https://api.example.com/users/#{CGI.escape(id)}\"))",
    },
  },
  check,
};
