/**
 * Runs a Node.js command under the no-network preload (given through NODE_OPTIONS, so worker
 * threads and child processes get it too) and judges the run: the preload must have loaded, and
 * no network call may have been attempted, even one the code under test caught and hid.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NO_NETWORK_PRELOAD = path.resolve(__dirname, 'no-network.cjs');
/** The prefix of every error the preload throws. */
export const BLOCKED_MESSAGE = 'network access blocked by no-network harness: ';
const STDERR_MARKER = '[no-network harness] blocked ';

export interface NoNetworkRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The preload's log: a "loaded in …" line per process or thread, a "blocked …" line per attempt. */
  readonly log: readonly string[];
}

export function runWithoutNetwork(args: readonly string[], cwd: string): NoNetworkRun {
  const logDirectory = mkdtempSync(path.join(tmpdir(), 'moj-no-network-'));
  const logFile = path.join(logDirectory, 'log');
  try {
    const inherited = process.env['NODE_OPTIONS'];
    const result = spawnSync(process.execPath, args, {
      cwd,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        NODE_OPTIONS: `${inherited === undefined ? '' : `${inherited} `}--require ${JSON.stringify(NO_NETWORK_PRELOAD)}`,
        NO_NETWORK_HARNESS_LOG: logFile,
        NO_COLOR: '1',
      },
    });
    let log: string[] = [];
    try {
      log = readFileSync(logFile, 'utf8').split('\n').filter((line) => line !== '');
    } catch {
      // No log at all: the preload never ran, which networkProblems reports.
    }
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, log };
  } finally {
    rmSync(logDirectory, { recursive: true, force: true });
  }
}

/** What shows that the run was not network-free, or not under the harness at all. */
export function networkProblems(run: NoNetworkRun): string[] {
  const problems: string[] = [];
  if (!run.log.some((line) => line.startsWith('loaded in ') && line.endsWith(' main thread'))) {
    problems.push('the no-network preload did not load in the main thread');
  }
  const attempts = run.log.filter((line) => line.startsWith('blocked '));
  for (const line of attempts) problems.push(`network call attempted: ${line.slice('blocked '.length)}`);
  // Standard error is the fallback witness, for a run whose log could not be written.
  if (attempts.length === 0) {
    for (const line of run.stderr.split('\n')) {
      const at = line.indexOf(STDERR_MARKER);
      if (at >= 0) problems.push(`network call attempted: ${line.slice(at + STDERR_MARKER.length)}`);
    }
  }
  return problems;
}
