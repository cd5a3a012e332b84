// Editor latency benchmark (CONTRACTS §8): the built language server (dist/server.js --stdio)
// driven over JSON-RPC by a minimal client that types into generated files at seeded gaps of
// 100 ± 30 ms, one keystroke per change, sometimes a new line.
//
//   push: the client does not advertise pull. Each change is timed from its didChange to the
//         first publishDiagnostics whose version is at least the change's version, so a change
//         the server coalesced into a later analysis counts its full wait.
//   pull: the client advertises pull and pulls as an editor does: after each didChange it sends
//         textDocument/diagnostic (with the previous resultId) unless a request is in flight, in
//         which case the next one goes as soon as that is answered. A change is timed from its
//         didChange to the first response for its version or later: the server's resultId is
//         `<version>:<generation>`. So, as with push, a change answered late counts its full wait.
//
// Start-up is timed from spawning the server to the first publication for a 1k-line JS file.
// Slowness is reported, never failed on: only a crash, a JSON-RPC error or a wait over 10 s
// throws. Run alone with `node bench/latency.mjs [--smoke]`, or through bench/run.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** A wait longer than this for a publication or a response means the server is broken. */
const TIMEOUT_MS = 10_000;
const GOALS = { p95Ms: 20, goalLines: 5000, startupMs: 500 };
const LANGUAGE_IDS = { js: 'javascript', ts: 'typescript', py: 'python', java: 'java' };

/** Mulberry32, as in corpus.mjs. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Each language: a header, a block of ordinary code repeated to the wanted length, and findings
// placed a quarter, a half and three quarters of the way down. In a block, the line marked with
// `comment` holds a comment and the one marked `string` a string literal: edits type into them.
const LANGUAGES = {
  js: {
    header: ["import crypto from 'node:crypto';", "import https from 'node:https';", ''],
    block: (n) => [
      { comment: `// Order ${n}: keeps the lines with a quantity and totals them for the invoice.` },
      `export function handleOrder${n}(request, response) {`,
      { string: `  const label = 'order summary ${n}';` },
      '  const items = request.body.items.filter((item) => item.quantity > 0);',
      '  const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);',
      `  if (total > ${n * 10}) {`,
      "    response.status(400).json({ error: 'total too large', label });",
      '    return;',
      '  }',
      '  response.json({ items, total, label });',
      '}',
      '',
    ],
    findings: [
      (n) => [`export function legacyChecksum${n}(buffer) {`, "  return crypto.createHash('md5').update(buffer).digest('hex');", '}', ''],
      (n) => [`export const partnerAgent${n} = new https.Agent({ rejectUnauthorized: false });`, ''],
    ],
    newLine: '// A note typed while editing.',
  },
  ts: {
    header: ["import crypto from 'node:crypto';", "import https from 'node:https';", '', 'interface Item { quantity: number; price: number }', ''],
    block: (n) => [
      { comment: `// Order ${n}: keeps the lines with a quantity and totals them for the invoice.` },
      `export function handleOrder${n}(items: Item[]): { total: number; label: string } {`,
      { string: `  const label: string = 'order summary ${n}';` },
      '  const kept = items.filter((item) => item.quantity > 0);',
      '  const total = kept.reduce((sum, item) => sum + item.price * item.quantity, 0);',
      `  if (total > ${n * 10}) {`,
      "    throw new Error('total too large');",
      '  }',
      '  return { total, label };',
      '}',
      '',
    ],
    findings: [
      (n) => [`export function legacyChecksum${n}(buffer: Buffer): string {`, "  return crypto.createHash('md5').update(buffer).digest('hex');", '}', ''],
      (n) => [`export const partnerAgent${n} = new https.Agent({ rejectUnauthorized: false });`, ''],
    ],
    newLine: '// A note typed while editing.',
  },
  py: {
    header: ['import hashlib', 'import requests', '', ''],
    block: (n) => [
      { comment: `# Order ${n}: keeps the lines with a quantity and totals them for the invoice.` },
      `def handle_order_${n}(items):`,
      { string: `    label = "order summary ${n}"` },
      '    kept = [item for item in items if item.quantity > 0]',
      '    total = sum(item.price * item.quantity for item in kept)',
      `    if total > ${n * 10}:`,
      '        raise ValueError("total too large")',
      '    return {"items": kept, "total": total, "label": label}',
      '',
      '',
    ],
    findings: [
      (n) => [`def legacy_checksum_${n}(payload):`, '    return hashlib.md5(payload).hexdigest()', '', ''],
      (n) => [`def fetch_partner_${n}(url):`, '    return requests.get(url, verify=False, timeout=10)', '', ''],
    ],
    newLine: '# A note typed while editing.',
  },
  java: {
    header: ['package uk.gov.justice.orders;', '', 'import java.security.MessageDigest;', 'import javax.crypto.Cipher;', '', 'public class Orders {', ''],
    footer: ['}', ''],
    block: (n) => [
      { comment: `  // Order ${n}: keeps the lines with a quantity and totals them for the invoice.` },
      `  public int handleOrder${n}(int[] quantities, int[] prices) {`,
      { string: `    String label = "order summary ${n}";` },
      '    int total = 0;',
      '    for (int i = 0; i < quantities.length; i++) {',
      '      total += quantities[i] * prices[i];',
      '    }',
      `    if (total > ${n * 10}) {`,
      '      throw new IllegalArgumentException("total too large: " + label);',
      '    }',
      '    return total;',
      '  }',
      '',
    ],
    findings: [
      (n) => [`  public byte[] legacyChecksum${n}(byte[] data) throws Exception {`, '    return MessageDigest.getInstance("MD5").digest(data);', '  }', ''],
      (n) => [`  public Cipher legacyCipher${n}() throws Exception {`, '    return Cipher.getInstance("DES/ECB/PKCS5Padding");', '  }', ''],
    ],
    newLine: '  // A note typed while editing.',
  },
};

/**
 * A file of about `lines` lines, and the places edits may type into: `{ line, start, end }`, an
 * insertion anywhere from `start` to `end` (UTF-16 columns) keeps the text valid.
 */
export function generateFile(extension, lines) {
  const language = LANGUAGES[extension];
  const text = [...language.header];
  const sites = [];
  const footer = language.footer ?? [];
  const findingsAt = [0.25, 0.5, 0.75].map((fraction) => Math.floor(lines * fraction));
  let finding = 0;
  for (let n = 1; text.length + footer.length < lines; n++) {
    if (finding < findingsAt.length && text.length >= findingsAt[finding]) {
      text.push(...language.findings[finding % language.findings.length](n));
      finding++;
    }
    for (const line of language.block(n)) {
      if (typeof line === 'string') {
        text.push(line);
        continue;
      }
      const content = line.comment ?? line.string;
      if (line.comment !== undefined) {
        const marker = content.indexOf(extension === 'py' ? '#' : '//');
        sites.push({ line: text.length, start: marker + (extension === 'py' ? 2 : 3), end: content.length });
      } else {
        const quote = extension === 'py' || extension === 'java' ? '"' : "'";
        sites.push({ line: text.length, start: content.indexOf(quote) + 1, end: content.lastIndexOf(quote) });
      }
      text.push(content);
    }
  }
  text.push(...footer);
  return { lines: text, sites, newLine: language.newLine };
}

/** Seeded edits: one typed character into a comment or string, or (one in 20) a new comment line. */
function* editsFor(file, count, seed) {
  const next = random(seed);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ';
  for (let index = 0; index < count; index++) {
    const gapMs = 70 + next() * 60;
    const site = file.sites[Math.floor(next() * file.sites.length)];
    if (next() < 0.05) {
      // A whole comment line before the site's line: the lines below move down one.
      const line = site.line;
      for (const other of file.sites) if (other.line >= line) other.line++;
      file.sites.push({ line, start: file.newLine.indexOf('A'), end: file.newLine.length });
      file.lines.splice(line, 0, file.newLine);
      yield { gapMs, range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${file.newLine}\n` };
      continue;
    }
    const character = site.start + Math.floor(next() * (site.end - site.start + 1));
    const typed = alphabet[Math.floor(next() * alphabet.length)];
    const current = file.lines[site.line];
    file.lines[site.line] = current.slice(0, character) + typed + current.slice(character);
    site.end++;
    yield { gapMs, range: { start: { line: site.line, character }, end: { line: site.line, character } }, text: typed };
  }
}

function percentile(sorted, fraction) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

function summarise(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { edits: sorted.length, p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), maxMs: sorted.at(-1) ?? null };
}

/** Resident and peak resident memory of a process in MB, from /proc (Linux only). */
export function memoryOf(pid) {
  try {
    // moj-secure-code-ignore injection/path-traversal -- pid is the numeric id of a child this script spawned, never outside input until 2027-11-27
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
      return match ? Number(match[1]) / 1000 : null;
    };
    return { rssMb: field('VmRSS'), peakRssMb: field('VmHWM') };
  } catch {
    return { rssMb: null, peakRssMb: null };
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Node flags the extension's client starts the server with (client/src/language-client.ts). */
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'client', 'src', 'server-node-flags.json'), 'utf8'));

/** The server as one client sees it: a child process and a JSON-RPC connection, failing fast. */
class Server {
  constructor(serverPath, { pull, folder }) {
    this.startedAt = performance.now();
    this.child = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.child.stderr.setEncoding('utf8').on('data', (chunk) => { this.stderr = (this.stderr + chunk).slice(-4000); });
    this.failure = undefined;
    this.failureListeners = new Set();
    this.stopping = false;
    this.publishListeners = new Set();
    this.openUris = new Set();
    this.anomalies = { publishesWithoutVersion: 0, stalePullResponses: 0 };
    this.child.once('exit', (code, signal) => {
      if (!this.stopping) this.fail(new Error(`the language server exited (code ${code}, signal ${signal}) during the benchmark\n${this.stderr}`));
    });
    this.child.once('error', (error) => this.fail(error));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onError(([error]) => this.fail(new Error(`JSON-RPC error: ${error?.message ?? error}`)));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      const at = performance.now();
      // Closing a document clears its diagnostics with no version, by design: count only open ones.
      if (typeof params.version !== 'number' && this.openUris.has(params.uri)) this.anomalies.publishesWithoutVersion++;
      for (const listener of this.publishListeners) listener(params, at);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
    this.pull = pull;
    this.folder = folder;
  }

  fail(error) {
    if (this.failure !== undefined) return;
    this.failure = error;
    for (const listener of this.failureListeners) listener(error);
  }

  /** Rejects as soon as the server fails, or after TIMEOUT_MS, whichever comes first. */
  guard(promise, what) {
    return new Promise((resolve, reject) => {
      if (this.failure !== undefined) return reject(this.failure);
      const timer = setTimeout(() => reject(new Error(`${what}: nothing within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      const onFailure = (error) => reject(error);
      this.failureListeners.add(onFailure);
      promise.then(resolve, (error) => reject(new Error(`${what}: ${error?.message ?? error}`))).finally(() => {
        clearTimeout(timer);
        this.failureListeners.delete(onFailure);
      });
    });
  }

  async initialize() {
    const folderUri = pathToFileURL(this.folder).href;
    await this.guard(this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: path.basename(this.folder) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: false } },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          ...(this.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
      },
      initializationOptions: { workspaceTrusted: true },
    }), 'initialize');
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the time of the first publication for `uri` whose version is at least `version`. */
  publication(uri, version) {
    return this.guard(new Promise((resolve) => {
      const listener = (params, at) => {
        if (params.uri !== uri || typeof params.version !== 'number' || params.version < version) return;
        this.publishListeners.delete(listener);
        resolve({ at, diagnostics: params.diagnostics.length });
      };
      this.publishListeners.add(listener);
    }), `waiting for diagnostics of version ${version} of ${uri}`);
  }

  async stop() {
    this.stopping = true;
    if (this.child.exitCode === null && this.child.signalCode === null) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown').then(() => this.connection.sendNotification('exit')), sleep(2000)]);
      } catch {
        // The server may already be gone; it is killed below if not.
      }
      await Promise.race([new Promise((resolve) => this.child.once('exit', resolve)), sleep(2000)]);
      if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    }
    this.connection.dispose();
  }
}

/** Servers still running, killed on any exit so that no path leaves one behind. */
const running = new Set();
process.on('exit', () => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

export async function withServer(serverPath, options, body) {
  const server = new Server(serverPath, options);
  running.add(server);
  try {
    return await body(server);
  } finally {
    await server.stop();
    running.delete(server);
  }
}

/** Opens one file, waits for its first diagnostics, then times `edits` seeded edits. */
async function measureFile(server, { extension, lines, edits, seed, folder }) {
  const file = generateFile(extension, lines);
  const filePath = path.join(folder, `orders-${lines}.${extension}`);
  writeFileSync(filePath, file.lines.join('\n'));
  const uri = pathToFileURL(filePath).href;
  const latencies = [];
  const openedAt = performance.now();
  let version = 1;
  let firstDiagnostics;
  let firstAnalysisMs;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: LANGUAGE_IDS[extension], version, text: file.lines.join('\n') } });
  server.openUris.add(uri);
  let resultId;
  if (server.pull) {
    const report = await server.guard(server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), `pulling diagnostics of ${uri}`);
    firstAnalysisMs = performance.now() - openedAt;
    firstDiagnostics = report.items?.length ?? null;
    resultId = report.resultId;
  } else {
    const first = await server.publication(uri, 1);
    firstAnalysisMs = first.at - openedAt;
    firstDiagnostics = first.diagnostics;
  }

  const waits = [];
  // Pull, as an editor does it: at most one request in flight, for the latest version. A response
  // answers every change up to the version in its resultId (`<version>:<generation>`); changes
  // made while a request was in flight wait for the next one, sent as soon as the answer arrives.
  const pending = [];
  let pulling = false;
  let markDrained;
  const drained = new Promise((resolve) => { markDrained = resolve; });
  const pullLatest = () => {
    pulling = true;
    const asked = version;
    const request = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(resultId === undefined ? {} : { previousResultId: resultId }) });
    server.guard(request, `pulling diagnostics of version ${asked} of ${uri}`).then((report) => {
      const answeredAt = performance.now();
      const answeredVersion = Number(String(report.resultId ?? '').split(':')[0]);
      // The server analyses the document as it is when the request arrives, so never older.
      if (!(answeredVersion >= asked)) server.anomalies.stalePullResponses++;
      resultId = report.resultId ?? resultId;
      while (pending.length > 0 && pending[0].version <= asked) latencies.push(answeredAt - pending.shift().sentAt);
      pulling = false;
      if (pending.length > 0) pullLatest();
      else if (finished) markDrained();
    }).catch((error) => {
      server.fail(error);
      markDrained();
    });
  };
  let finished = false;
  for (const edit of editsFor(file, edits, seed)) {
    await sleep(edit.gapMs);
    if (server.failure !== undefined) throw server.failure;
    version++;
    const changeVersion = version;
    // Listen before sending, so that a publication that beats the send's callback still counts.
    const published = server.pull ? undefined : server.publication(uri, changeVersion);
    const sentAt = performance.now();
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: changeVersion }, contentChanges: [{ range: edit.range, text: edit.text }] });
    if (server.pull) {
      pending.push({ version: changeVersion, sentAt });
      if (!pulling) pullLatest();
    } else {
      waits.push(published.then((publication) => latencies.push(publication.at - sentAt)).catch((error) => server.fail(error)));
    }
  }
  finished = true;
  if (server.pull && !pulling) markDrained();
  if (server.pull) waits.push(server.guard(drained, `waiting for the last pulled diagnostics of ${uri}`));
  await Promise.all(waits);
  if (server.failure !== undefined) throw server.failure;
  server.openUris.delete(uri);
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return {
    language: extension,
    lines: file.lines.length,
    mode: server.pull ? 'pull' : 'push',
    ...summarise(latencies),
    firstAnalysisMs,
    diagnosticsOnOpen: firstDiagnostics,
    ...memoryOf(server.child.pid),
  };
}

/** Process start to the first publication for a 1k-line JS file, in a fresh server. */
async function measureStartup(serverPath, folder) {
  const file = generateFile('js', 1000);
  const filePath = path.join(folder, 'startup.js');
  writeFileSync(filePath, file.lines.join('\n'));
  const uri = pathToFileURL(filePath).href;
  return withServer(serverPath, { pull: false, folder }, async (server) => {
    await server.initialize();
    const initializedMs = performance.now() - server.startedAt;
    const published = server.publication(uri, 1);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: file.lines.join('\n') } });
    const first = await published;
    return { initializeMs: initializedMs, firstDiagnosticsMs: first.at - server.startedAt, diagnostics: first.diagnostics, ...memoryOf(server.child.pid) };
  });
}

/**
 * Runs the whole measurement. Throws when the server is broken (crash, JSON-RPC error, a wait
 * over 10 s); slowness only shows in the figures.
 */
export async function measureLatency({ root, smoke, sizes: requestedSizes, log = () => undefined }) {
  const serverPath = path.join(root, 'dist', 'server.js');
  if (!existsSync(serverPath)) throw new Error('dist/server.js is missing; run `npm run build` first');
  // Outside the repository, as for the throughput corpus, so that no project file or .gitignore applies.
  const folder = path.join(os.tmpdir(), 'moj-secure-code-bench', smoke ? 'latency-smoke' : 'latency');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });

  const languages = smoke ? ['js', 'py'] : ['js', 'ts', 'py', 'java'];
  const sizes = requestedSizes ?? (smoke ? [1000] : [1000, 5000, 20000]);
  const edits = smoke ? 20 : 200;

  // Other work on the machine inflates every figure: keep the load beside them.
  const loadAverageAtStart = os.loadavg()[0];
  log('editor latency: start-up');
  const startup = await measureStartup(serverPath, folder);
  const rows = [];
  const anomalies = {};
  for (const mode of ['push', 'pull']) {
    await withServer(serverPath, { pull: mode === 'pull', folder }, async (server) => {
      await server.initialize();
      let seed = 20261127;
      for (const extension of languages) {
        for (const lines of sizes) {
          log(`editor latency: ${mode} ${extension} ${lines} lines`);
          rows.push(await measureFile(server, { extension, lines, edits, seed: seed++, folder }));
        }
      }
      anomalies[mode] = { ...server.anomalies, serverMemoryAtEnd: memoryOf(server.child.pid) };
    });
  }
  const goalRows = rows.filter((row) => Math.abs(row.lines - GOALS.goalLines) < GOALS.goalLines * 0.1);
  return {
    method: {
      gapsMs: '100 ± 30, seeded',
      editsPerFile: edits,
      push: 'didChange → first publishDiagnostics with version ≥ the change version (client without textDocument.diagnostic)',
      pull: 'after each didChange, textDocument/diagnostic with the previous resultId unless one is in flight (then sent as soon as it is answered); didChange → first response whose resultId version is ≥ the change version',
      startup: 'spawn → first publishDiagnostics for a 1k-line JS file',
    },
    loadAverage: { atStart: loadAverageAtStart, atEnd: os.loadavg()[0], cpus: os.cpus().length },
    goals: {
      p95MsAt5kLines: GOALS.p95Ms,
      worstP95MsAt5kLines: goalRows.length === 0 ? null : Math.max(...goalRows.map((row) => row.p95Ms)),
      startupMs: GOALS.startupMs,
    },
    startup,
    rows,
    anomalies,
  };
}

export function formatLatencyTable(result) {
  const fixed = (value, digits = 1) => (value === null || value === undefined ? '-' : value.toFixed(digits));
  const lines = [
    `Editor latency (didChange → diagnostics, ${result.method.editsPerFile} edits per file at 100 ± 30 ms; load average ${fixed(result.loadAverage.atStart)} → ${fixed(result.loadAverage.atEnd)} on ${result.loadAverage.cpus} cores)`,
    `${'language'.padEnd(10)}${'lines'.padStart(7)}${'mode'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}${'open ms'.padStart(9)}${'findings'.padStart(10)}${'RSS MB'.padStart(9)}`,
    ...result.rows.map((row) =>
      `${row.language.padEnd(10)}${String(row.lines).padStart(7)}${row.mode.padStart(6)}${fixed(row.p50Ms).padStart(9)}${fixed(row.p95Ms).padStart(9)}${fixed(row.maxMs).padStart(9)}${fixed(row.firstAnalysisMs, 0).padStart(9)}${String(row.diagnosticsOnOpen ?? '-').padStart(10)}${fixed(row.rssMb, 0).padStart(9)}`),
    `start-up to first diagnostics (1k-line JS): ${fixed(result.startup.firstDiagnosticsMs, 0)} ms (initialize answered at ${fixed(result.startup.initializeMs, 0)} ms); goal ≤ ${result.goals.startupMs} ms`,
    result.goals.worstP95MsAt5kLines === null
      ? `edit → diagnostics p95 goal ≤ ${result.goals.p95MsAt5kLines} ms on 5k lines: not measured in this run`
      : `edit → diagnostics p95 on 5k lines: worst ${fixed(result.goals.worstP95MsAt5kLines)} ms; goal ≤ ${result.goals.p95MsAt5kLines} ms`,
  ];
  for (const [mode, found] of Object.entries(result.anomalies)) {
    if (found.publishesWithoutVersion > 0) lines.push(`note (${mode}): ${found.publishesWithoutVersion} publications without a version`);
    if (found.stalePullResponses > 0) lines.push(`note (${mode}): ${found.stalePullResponses} pull responses for an older version than the change`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) {
  const root = path.resolve(import.meta.dirname, '..');
  try {
    const result = await measureLatency({ root, smoke: process.argv.includes('--smoke'), log: (message) => process.stderr.write(`${message}\n`) });
    process.stdout.write(formatLatencyTable(result));
  } catch (error) {
    process.stderr.write(`bench: editor latency: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  }
}
