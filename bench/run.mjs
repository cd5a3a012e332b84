// CLI throughput benchmark: the built CLI against two baselines over the same files, in one run:
// the 45 security regexes of bench/patterns.txt (a verbatim copy of shared/bench/patterns.txt)
// run by ripgrep in ASCII mode when it is installed, and by plain Node with one combined RegExp
// per file. Figures are reported as ratios to the baselines measured in the same process.
//
//   npm run bench                  generated 50 MB corpus
//   npm run bench -- --smoke       a small corpus, so CI keeps the harness working
//   npm run bench -- DIR           any folder
//
// After throughput, bench/latency.mjs measures the language server's editor latency
// (CONTRACTS §8): its table is printed after the throughput table, and its figures are added to
// the same JSON file under `editorLatency`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './corpus.mjs';
import { formatLatencyTable, measureLatency } from './latency.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const folderArgument = args.find((argument) => !argument.startsWith('--'));

const cli = path.join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('bench: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(2);
}

const outDir = path.join(root, '.bench');
mkdirSync(outDir, { recursive: true });
// The generated corpus lives outside the repository: inside it, the CLI would honour the
// repository's .gitignore (which lists .bench/) and scan nothing.
const target = folderArgument
  ? path.resolve(folderArgument)
  : generateCorpus(path.join(os.tmpdir(), 'moj-secure-code-bench', smoke ? 'corpus-smoke' : 'corpus'), { seed: 20261127, megabytes: smoke ? 2 : 50 });

const files = listFiles(target);
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const patterns = readFileSync(path.join(root, 'bench', 'patterns.txt'), 'utf8').split('\n').filter(Boolean);

const nodeBaseline = measureNodeRegex(files, patterns);
const ripgrep = measureRipgrep(target, patterns);
const ours = measureCli(target);

const rows = [
  { name: 'moj-secure-code scan', ...ours },
  { name: 'node combined RegExp', ...nodeBaseline },
  ...(ripgrep ? [{ name: 'ripgrep --no-unicode', ...ripgrep }] : []),
];
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  input: { path: target, files: files.length, megabytes: bytes / 1e6, smoke },
  rows,
  ratios: {
    versusNodeRegex: ours.seconds / nodeBaseline.seconds,
    versusRipgrep: ripgrep ? ours.seconds / ripgrep.seconds : null,
  },
};

printTable(report);
const reportFile = path.join(outDir, `cli-throughput${smoke ? '-smoke' : ''}.json`);
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
if (ours.exitCode !== 0) {
  process.stderr.write(`bench: the CLI exited ${ours.exitCode}\n${ours.stderr}\n`);
  process.exit(1);
}
// A benchmark of a scan that read nothing would measure nothing: fail loudly instead.
const scanned = JSON.parse(readFileSync(path.join(outDir, 'scan.json'), 'utf8')).summary.filesScanned;
if (scanned === 0) {
  process.stderr.write(`bench: the CLI scanned no files in ${target}\n`);
  process.exit(1);
}

// Slow figures are reported, never failed on; only a broken server (crash, JSON-RPC error, no
// diagnostics within 10 s) fails the benchmark.
try {
  report.editorLatency = await measureLatency({ root, smoke, log: (message) => process.stderr.write(`${message}\n`) });
} catch (error) {
  process.stderr.write(`bench: editor latency: ${error?.stack ?? error}\n`);
  process.exit(1);
}
process.stdout.write(`\n${formatLatencyTable(report.editorLatency)}`);
writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);

function listFiles(dir) {
  const found = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) found.push(full);
    }
  }
  return found.sort();
}

function measureNodeRegex(fileList, sources) {
  const combined = new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'g');
  const start = performance.now();
  let matches = 0;
  for (const file of fileList) {
    const text = readFileSync(file, 'latin1');
    combined.lastIndex = 0;
    while (combined.exec(text) !== null) matches++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { seconds, matches, filesPerSecond: fileList.length / seconds, megabytesPerSecond: bytes / 1e6 / seconds, peakRssMb: process.memoryUsage().rss / 1e6 };
}

function measureRipgrep(dir, sources) {
  const probe = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  const patternFile = path.join(outDir, 'patterns.rg');
  writeFileSync(patternFile, `${sources.join('\n')}\n`);
  const run = timed('rg', ['--no-unicode', '--count-matches', '--no-messages', '-uuu', '-f', patternFile, dir]);
  return { seconds: run.seconds, peakRssMb: run.peakRssMb, filesPerSecond: files.length / run.seconds, megabytesPerSecond: bytes / 1e6 / run.seconds };
}

function measureCli(dir) {
  const run = timed(process.execPath, [cli, 'scan', dir, '--format', 'json', '--output', path.join(outDir, 'scan.json'), '--fail-on', 'none']);
  return { seconds: run.seconds, peakRssMb: run.peakRssMb, filesPerSecond: files.length / run.seconds, megabytesPerSecond: bytes / 1e6 / run.seconds, exitCode: run.status, stderr: run.stderr };
}

/** Wall time, and peak RSS from GNU time when it is installed. */
function timed(command, commandArgs) {
  const gnuTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb=%M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  const rss = /peak-rss-kb=(\d+)/.exec(result.stderr ?? '');
  return {
    seconds,
    status: result.status,
    stderr: (result.stderr ?? '').replace(/peak-rss-kb=\d+\n?/, ''),
    peakRssMb: rss ? Number(rss[1]) / 1000 : null,
  };
}

function printTable(data) {
  const lines = [
    `CLI throughput on ${data.input.path}: ${data.input.files} files, ${data.input.megabytes.toFixed(1)} MB (${data.machine.cpus} cores, Node ${data.machine.node})`,
    `${'tool'.padEnd(24)}${'seconds'.padStart(10)}${'files/s'.padStart(12)}${'MB/s'.padStart(10)}${'peak RSS MB'.padStart(14)}`,
    ...data.rows.map((row) =>
      `${row.name.padEnd(24)}${row.seconds.toFixed(3).padStart(10)}${row.filesPerSecond.toFixed(0).padStart(12)}${row.megabytesPerSecond.toFixed(1).padStart(10)}${(row.peakRssMb === null ? '-' : row.peakRssMb.toFixed(0)).padStart(14)}`),
    `ratio to node RegExp baseline: ${data.ratios.versusNodeRegex.toFixed(2)}x` +
      (data.ratios.versusRipgrep === null ? ' (ripgrep not installed: no ripgrep ratio)' : `; to ripgrep: ${data.ratios.versusRipgrep.toFixed(2)}x`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
