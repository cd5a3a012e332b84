// Scale benchmark (issue 6): a workspace of generated files (10,000, or 300 with --smoke) scanned
// three times through the language server's "Scan Workspace" request. Reports each scan's wall
// time and the server's resident memory after it: the figures must stay flat over repeated scans
// (trees freed, nothing cached per file beyond the diagnostics), and the goal is ≤ 150 MB after
// the scan. Run alone with `node bench/scale.mjs [--smoke]`, or through bench/run.mjs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';
import { generateFile, memoryOf, withServer } from './latency.mjs';

const GOAL_RSS_MB = 150;
const EXTENSIONS = ['js', 'ts', 'py', 'java'];
/** A scan of 10,000 files takes minutes on two cores; only a wait past this means a hang. */
const SCAN_TIMEOUT_MS = 30 * 60 * 1000;

export async function measureScale({ root, smoke, log = () => undefined }) {
  const serverPath = path.join(root, 'dist', 'server.js');
  const count = smoke ? 300 : 10_000;
  // Outside the repository, so that no project file or .gitignore applies.
  const folder = path.join(os.tmpdir(), 'moj-secure-code-bench', smoke ? 'scale-smoke' : 'scale');
  rmSync(folder, { recursive: true, force: true });
  for (let index = 0; index < count; index++) {
    const extension = EXTENSIONS[index % EXTENSIONS.length];
    const file = generateFile(extension, 40 + (index % 7) * 20);
    const directory = path.join(folder, `module-${Math.floor(index / 100)}`);
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, `file-${index}.${extension}`), file.lines.join('\n'));
  }
  log(`scale: ${count} files generated`);

  return withServer(serverPath, { pull: false, folder }, async (server) => {
    await server.initialize();
    const scans = [];
    for (let round = 1; round <= 3; round++) {
      log(`scale: workspace scan ${round} of 3`);
      const start = performance.now();
      const result = await Promise.race([
        server.connection.sendRequest('mojSecureCode/scanWorkspace', {}),
        new Promise((_, reject) => {
          if (server.failure !== undefined) reject(server.failure);
          server.failureListeners.add(reject);
        }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('scale: the workspace scan did not finish')), SCAN_TIMEOUT_MS).unref()),
      ]);
      scans.push({ round, seconds: (performance.now() - start) / 1000, files: result.files, findings: result.findings, ...memoryOf(server.child.pid) });
    }
    return { files: count, goalRssMb: GOAL_RSS_MB, scans };
  });
}

export function formatScaleTable(result) {
  const fixed = (value, digits = 1) => (value === null || value === undefined ? '-' : value.toFixed(digits));
  return [
    `Scale: workspace scan of ${result.files} generated files through the language server, three times`,
    `${'scan'.padEnd(6)}${'seconds'.padStart(10)}${'files'.padStart(8)}${'findings'.padStart(10)}${'RSS MB'.padStart(9)}${'peak MB'.padStart(9)}`,
    ...result.scans.map((scan) => `${String(scan.round).padEnd(6)}${fixed(scan.seconds).padStart(10)}${String(scan.files).padStart(8)}${String(scan.findings).padStart(10)}${fixed(scan.rssMb, 0).padStart(9)}${fixed(scan.peakRssMb, 0).padStart(9)}`),
    `goal: server RSS ≤ ${result.goalRssMb} MB after the scan, flat over repeated scans`,
    '',
  ].join('\n');
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename) {
  const root = path.resolve(import.meta.dirname, '..');
  try {
    process.stdout.write(formatScaleTable(await measureScale({ root, smoke: process.argv.includes('--smoke'), log: (message) => process.stderr.write(`${message}\n`) })));
  } catch (error) {
    process.stderr.write(`bench: scale: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  }
}
