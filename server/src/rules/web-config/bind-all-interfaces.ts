/**
 * web-config/bind-all-interfaces: a server in application code that listens on every network
 * interface (`0.0.0.0`, `::`, `*`), outside a container or platform that expects it to.
 *
 * What it reports (low severity):
 * - at medium confidence, an explicit all-interfaces address: Python `app.run(host='0.0.0.0')`,
 *   `uvicorn.run(app, host="0.0.0.0")`, `web.run_app`, `serve`, `sock.bind(('0.0.0.0', port))`
 *   (and `('', port)` on a socket), `HTTPServer(('0.0.0.0', 8000), …)`; Node
 *   `server.listen(port, '0.0.0.0')` and `listen({ host: '0.0.0.0' })`; Go
 *   `net.Listen("tcp", "0.0.0.0:80")`; Java `new InetSocketAddress("0.0.0.0", port)` and
 *   `InetAddress.getByName("0.0.0.0")`; C# `UseUrls("http://0.0.0.0:5000")` (also `*` and `+`),
 *   `ListenAnyIP` and `IPAddress.Any`; Ruby/Sinatra `set :bind, '0.0.0.0'`; PHP `socket_bind`
 *   and `stream_socket_server`; Spring `server.address=0.0.0.0` in properties or YAML;
 * - at low confidence, Go's implicit form, a port with no host (`http.ListenAndServe(":8080", nil)`,
 *   `net.Listen("tcp", ":80")`, `http.Server{Addr: ":8080"}`), which gosec also reports.
 *
 * Silent in container and platform contexts, where binding to all interfaces is how the
 * platform reaches the process and the network boundary is the container's: when a Dockerfile,
 * Containerfile, Compose file, Kubernetes, Helm or Skaffold manifest, Procfile, `app.yaml`
 * or `fly.toml` sits in the file's folder or any folder above it (read from the project index),
 * and in server launch files (`docker-entrypoint*`, `gunicorn.conf.py`, `config/puma.rb`).
 *
 * Also silent in test code (`tests/`, `test_*.py`, `*_test.go`, `*.test.ts`, `*Test.java`), which
 * binds throwaway listeners, and for Python sockets bound to port 0 (an ephemeral port). The
 * project index holds only files the scanner reads, so a Procfile or `fly.toml` counts only
 * where the index lists it; Dockerfiles, Compose files and YAML manifests always count.
 *
 * `0.0.0.0` as a bind address is not cleartext (CONTRACTS §7): transport/cleartext-http never
 * reports it, and this rule reports only the reachability. The suggested fix binds to 127.0.0.1,
 * which changes who can reach the server, so it is a suggestion.
 */
import type { CallSite, CodeModel, ConfigEntry, Confidence, ProjectIndex, Range, Rule, RuleContext, SyntaxNode, TextEdit } from '../../engine/contract';
import { namedArgument, positionalArgument, safeRegex } from '../../engine/contract';

const CONTROL =
  "MoJ's baseline configuration expects deny by default at network boundaries (Technical Security Controls Guide: Defensive layer 1), and services hardened so that only the connections a system needs are possible (System Lockdown and Hardening Standard).";

function messageFor(address: string, api: string): string {
  return `${api} listens on every network interface (${address}), so the service is reachable from any network the host is attached to, not only through its proxy or load balancer. ${CONTROL} Bind to 127.0.0.1 behind a reverse proxy, or to the one interface the service needs, read from configuration.`;
}

// ---------------------------------------------------------------------------------------------
// Container and platform contexts
// ---------------------------------------------------------------------------------------------

/** Files whose presence in a folder (or a folder above) says the code runs in a container or on a platform. */
const CONTAINER_FILES: readonly string[] = [
  'Dockerfile', 'dockerfile', 'Containerfile', '.dockerignore', 'docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml',
  'Procfile', 'app.yaml', 'fly.toml', 'Chart.yaml', 'skaffold.yaml', 'kustomization.yaml', 'heroku.yml', 'k8s/deployment.yaml',
  'k8s/deployment.yml', 'kubernetes/deployment.yaml', 'deploy/deployment.yaml', 'helm/Chart.yaml', 'chart/Chart.yaml',
];

const LAUNCH_FILE = safeRegex('(?:^|/)(?:docker-entrypoint[^/]*|entrypoint\\.[a-z]+|gunicorn[._-]conf(?:ig)?\\.py|gunicorn\\.py|config/puma\\.rb|puma\\.rb|uwsgi\\.ini)$', 'i');

/** Test code binds throwaway listeners; it is not how the service is deployed. */
const TEST_PATH = safeRegex('(?:^|/)(?:tests?|_tests|__tests__|spec|testdata|testing)/|(?:^|/)(?:test_[^/]*\\.py|[^/]*_test\\.(?:go|py|rb)|[^/]*\\.(?:test|spec)\\.[jt]sx?|[^/]*Tests?\\.(?:java|cs))$');

function isContainerContext(project: ProjectIndex, path: string): boolean {
  if (LAUNCH_FILE.test(path)) return true;
  const folders = path.split('/').slice(0, -1);
  // hasSibling looks beside a file, so ask from a made-up file in each folder, from the file's own up to the root.
  for (let depth = folders.length; depth >= 0; depth--) {
    const probe = [...folders.slice(0, depth), '.probe'].join('/');
    if (CONTAINER_FILES.some((name) => project.hasSibling(probe, name))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

interface Flag {
  readonly node?: SyntaxNode;
  readonly range: Range;
  readonly address: string;
  readonly api: string;
  readonly confidence: Confidence;
  readonly edit?: TextEdit;
}

const ALL_HOSTS: ReadonlySet<string> = new Set(['0.0.0.0', '::', '[::]', '*', '+']);
const URL_ALL_HOSTS = safeRegex('^(?:[a-z]+://)?(0\\.0\\.0\\.0|\\[::\\]|\\*|\\+)(?::\\d+)?/?$', 'i');
const HOST_PORT = safeRegex('^(0\\.0\\.0\\.0|\\[::\\])?:(\\d+)$');

function stringValue(code: CodeModel, node: SyntaxNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

/** An edit to 127.0.0.1 when the node is a literal holding `0.0.0.0`. */
function loopbackEdit(node: SyntaxNode): TextEdit | undefined {
  const at = node.text.indexOf('0.0.0.0');
  if (at < 0 || !(node.type.includes('string') || node.type === 'encapsed_string')) return undefined;
  return { start: node.startIndex + at, end: node.startIndex + at + '0.0.0.0'.length, newText: '127.0.0.1' };
}

/** A flag on `node` (a literal, or the keyword argument or pair holding `literal`). */
function flagFor(node: SyntaxNode, address: string, api: string, confidence: Confidence = 'medium', literal: SyntaxNode = node): Flag {
  const edit = loopbackEdit(literal);
  return { node, range: { start: node.startIndex, end: node.endIndex }, address, api, confidence, ...(edit ? { edit } : {}) };
}

function apiName(call: CallSite): string {
  return call.callee.length <= 40 && !call.callee.includes('(') ? call.callee : call.name;
}

/** `('0.0.0.0', port)` in Python, with the host as its first element. */
function tupleHost(code: CodeModel, node: SyntaxNode | undefined): { host: string; node: SyntaxNode } | undefined {
  if (node === undefined || node.type !== 'tuple') return undefined;
  const first = node.namedChildren[0];
  if (first === null || first === undefined) return undefined;
  const host = stringValue(code, first);
  return host === undefined ? undefined : { host, node: first };
}

// Python -----------------------------------------------------------------------------------------

const PYTHON_RUNNERS: ReadonlySet<string> = new Set(['run', 'run_app', 'serve', 'run_server', 'run_simple', 'make_server']);
const PYTHON_SERVERS: ReadonlySet<string> = new Set(['HTTPServer', 'ThreadingHTTPServer', 'TCPServer', 'ThreadingTCPServer', 'UDPServer', 'WSGIServer']);
const SOCKET_NAME = safeRegex('sock|^s$|^server$|^srv$', 'i');

function pythonFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    if (PYTHON_RUNNERS.has(call.name)) {
      const host = namedArgument(call, 'host') ?? (call.name === 'run_simple' || call.name === 'make_server' ? positionalArgument(call, 0) : undefined);
      const value = stringValue(code, host);
      if (host !== undefined && value !== undefined && ALL_HOSTS.has(value)) flags.push(flagFor(host.parent?.type === 'keyword_argument' ? host.parent : host, value, apiName(call), 'medium', host));
      continue;
    }
    if (call.name === 'bind' && call.receiver !== undefined) {
      const found = tupleHost(code, positionalArgument(call, 0));
      if (found === undefined) continue;
      const empty = found.host === '' && SOCKET_NAME.test(call.receiver.text);
      // Port 0 asks the system for a throwaway port: a probe or a test, not a service.
      if (found.node.nextNamedSibling?.text === '0') continue;
      if (ALL_HOSTS.has(found.host) || empty) flags.push(flagFor(found.node, found.host === '' ? "'' (every interface)" : found.host, apiName(call)));
      continue;
    }
    if (PYTHON_SERVERS.has(call.name)) {
      const found = tupleHost(code, positionalArgument(call, 0));
      if (found !== undefined && ALL_HOSTS.has(found.host)) flags.push(flagFor(found.node, found.host, call.name));
    }
  }
  return flags;
}

// JavaScript and TypeScript ------------------------------------------------------------------------

function javascriptFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    if (call.name !== 'listen' || call.receiver === undefined) continue;
    const second = positionalArgument(call, 1);
    const host = stringValue(code, second);
    if (second !== undefined && host !== undefined && ALL_HOSTS.has(host)) {
      flags.push(flagFor(second, host, apiName(call)));
      continue;
    }
    const options = positionalArgument(call, 0);
    if (options?.type !== 'object') continue;
    const pair = code.keyValues().find((candidate) => candidate.key === 'host' && candidate.node.parent?.id === options.id);
    const value = pair ? stringValue(code, pair.value) : undefined;
    if (pair !== undefined && value !== undefined && ALL_HOSTS.has(value)) flags.push(flagFor(pair.node, value, apiName(call), 'medium', pair.value));
  }
  return flags;
}

// Go -----------------------------------------------------------------------------------------------

const GO_LISTENERS: ReadonlyMap<string, number> = new Map([
  ['net/http.ListenAndServe', 0], ['net/http.ListenAndServeTLS', 0], ['net.Listen', 1], ['net.ListenPacket', 1], ['crypto/tls.Listen', 1],
  ['http.ListenAndServe', 0], ['http.ListenAndServeTLS', 0], ['tls.Listen', 1],
]);

function goAddressFlag(code: CodeModel, node: SyntaxNode | undefined, api: string): Flag | undefined {
  const address = stringValue(code, node);
  const match = address === undefined ? null : HOST_PORT.exec(address);
  if (node === undefined || address === undefined || match === null) return undefined;
  // ":8080" binds every interface too, but Go code writes it so routinely that it is a weak signal.
  return flagFor(node, address, api, match[1] === undefined ? 'low' : 'medium');
}

function goFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    const index = GO_LISTENERS.get(call.qualified) ?? GO_LISTENERS.get(call.callee);
    const flag = index === undefined ? undefined : goAddressFlag(code, positionalArgument(call, index), apiName(call));
    if (flag) flags.push(flag);
  }
  for (const pair of code.keyValues()) {
    if (pair.key !== 'Addr' || !(pair.node.parent?.parent?.text.startsWith('http.Server') ?? false)) continue;
    const flag = goAddressFlag(code, pair.value, 'http.Server');
    if (flag) flags.push({ ...flag, range: { start: pair.node.startIndex, end: pair.node.endIndex } });
  }
  return flags;
}

// Java, C#, Ruby, PHP --------------------------------------------------------------------------------

function javaFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    const isAddress = (call.isConstructor && call.callee === 'InetSocketAddress') || call.callee === 'InetAddress.getByName';
    const host = positionalArgument(call, 0);
    const value = stringValue(code, host);
    if (isAddress && host !== undefined && value !== undefined && ALL_HOSTS.has(value) && (call.args.length === 2 || !call.isConstructor)) {
      flags.push(flagFor(host, value, call.isConstructor ? 'new InetSocketAddress' : call.callee));
    }
  }
  return flags;
}

function csharpFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    if (call.name === 'UseUrls' || (call.name === 'Add' && call.receiver?.text.endsWith('Urls') === true)) {
      for (const argument of call.args) {
        const value = stringValue(code, argument.node);
        const match = value === undefined ? null : URL_ALL_HOSTS.exec(value);
        if (match !== null) flags.push(flagFor(argument.node, match[1] ?? '*', call.name === 'UseUrls' ? 'UseUrls' : 'Urls.Add'));
      }
    } else if (call.name === 'ListenAnyIP') {
      const name = call.calleeNode.childForFieldName('name');
      flags.push({ range: { start: (name ?? call.node).startIndex, end: call.node.endIndex }, address: 'any IP', api: 'ListenAnyIP', confidence: 'medium' });
    } else if (call.name === 'Listen' || (call.isConstructor && (call.callee === 'IPEndPoint' || call.callee === 'TcpListener'))) {
      const first = positionalArgument(call, 0);
      if (first !== undefined && (first.text === 'IPAddress.Any' || first.text === 'IPAddress.IPv6Any')) flags.push(flagFor(first, first.text, call.isConstructor ? `new ${call.callee}` : apiName(call)));
    }
  }
  return flags;
}

function rubyFlags(code: CodeModel): Flag[] {
  return code.calls().flatMap((call) => {
    if (call.name !== 'set' || call.receiver !== undefined || positionalArgument(call, 0)?.text !== ':bind') return [];
    const host = positionalArgument(call, 1);
    const value = stringValue(code, host);
    return host !== undefined && value !== undefined && ALL_HOSTS.has(value) ? [flagFor(host, value, 'set :bind')] : [];
  });
}

function phpFlags(code: CodeModel): Flag[] {
  const flags: Flag[] = [];
  for (const call of code.calls()) {
    const name = call.name.toLowerCase();
    if (name === 'socket_bind') {
      const host = positionalArgument(call, 1);
      const value = stringValue(code, host);
      if (host !== undefined && value !== undefined && ALL_HOSTS.has(value)) flags.push(flagFor(host, value, 'socket_bind'));
    } else if (name === 'stream_socket_server') {
      const address = positionalArgument(call, 0);
      const value = stringValue(code, address);
      const match = value === undefined ? null : URL_ALL_HOSTS.exec(value);
      if (address !== undefined && match !== null) flags.push(flagFor(address, match[1] ?? '0.0.0.0', 'stream_socket_server'));
    }
  }
  return flags;
}

// Spring configuration -------------------------------------------------------------------------------

function springFlags(entries: readonly ConfigEntry[], format: string): Flag[] {
  const flags: Flag[] = [];
  for (const entry of entries) {
    const key = format === 'properties' ? entry.key : entry.path.join('.');
    if (key !== 'server.address' || entry.value === undefined || entry.valueRange === undefined || !ALL_HOSTS.has(entry.value.trim())) continue;
    const edit: TextEdit | undefined = entry.value.trim() === '0.0.0.0' ? { ...entry.valueRange, newText: '127.0.0.1' } : undefined;
    flags.push({ range: { start: entry.keyRange.start, end: entry.valueRange.end }, address: entry.value.trim(), api: 'Spring server.address', confidence: 'medium', ...(edit ? { edit } : {}) });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function codeFlags(code: CodeModel): Flag[] {
  switch (code.language) {
    case 'python': return pythonFlags(code);
    case 'javascript':
    case 'typescript':
    case 'tsx': return javascriptFlags(code);
    case 'go': return goFlags(code);
    case 'java': return javaFlags(code);
    case 'csharp': return csharpFlags(code);
    case 'ruby': return rubyFlags(code);
    case 'php': return phpFlags(code);
    default: return [];
  }
}

function check(context: RuleContext): void {
  if (isContainerContext(context.project, context.document.path) || TEST_PATH.test(context.document.path)) return;
  const flags = context.code ? codeFlags(context.code) : context.config ? springFlags(context.config.entries(), context.config.format) : [];
  for (const flag of flags) {
    if (context.isInComment(flag.range.start)) continue;
    context.report({
      range: flag.range,
      message: messageFor(flag.address, flag.api),
      confidence: flag.confidence,
      ...(flag.edit ? { fix: { title: 'Bind to 127.0.0.1', edits: [flag.edit] } } : {}),
    });
  }
}

export const bindAllInterfaces: Rule = {
  meta: {
    id: 'web-config/bind-all-interfaces',
    title: 'Server bound to every network interface',
    area: 'web-config',
    severity: 'low',
    confidence: 'medium',
    cwe: [1327],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'system-lockdown-and-hardening-standard#services-security-and-networking-applications',
    ],
    basis: 'principle',
    why:
      'A server bound to 0.0.0.0 answers on every network the host is attached to, so a development server, an admin port or a service meant to sit behind a proxy can be reached directly. ' +
      "MoJ's baseline configuration expects deny by default at network boundaries (Technical Security Controls Guide: Defensive layer 1).",
    howToFix:
      'Bind to 127.0.0.1 behind a reverse proxy, or to the interface the service needs, read from configuration; inside containers, binding to 0.0.0.0 is expected and not reported.',
    fixSafety: 'suggestion',
    languages: ['python', 'javascript', 'typescript', 'tsx', 'go', 'java', 'csharp', 'ruby', 'php', 'properties', 'yaml'],
    prefilter: ['0.0.0.0', '::', 'ListenAndServe', 'Listen', 'listen', 'UseUrls', 'Urls', 'IPAddress.Any', 'ListenAnyIP', 'bind', 'Addr', 'stream_socket_server'],
    examples: {
      python: "app.run(host=os.environ.get('BIND_HOST', '127.0.0.1'))",
      javascript: "server.listen(port, '127.0.0.1');",
      typescript: "server.listen(port, '127.0.0.1');",
      tsx: "server.listen(port, '127.0.0.1');",
      go: 'http.ListenAndServe("127.0.0.1:8080", mux)',
      java: 'new InetSocketAddress(InetAddress.getLoopbackAddress(), port)',
      csharp: 'builder.WebHost.UseUrls("http://127.0.0.1:5000");',
      ruby: "set :bind, '127.0.0.1'",
      php: "socket_bind($socket, '127.0.0.1', $port);",
      properties: 'server.address=127.0.0.1',
      yaml: 'server:\n  address: 127.0.0.1',
    },
  },
  check,
};
