/** Runs the CLI in-process with captured streams, or the built dist/cli.js as a child process. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCli, type CliOptions } from '../../server/src/cli/run';

export const REPOSITORY_ROOT = path.resolve(__dirname, '../..');
export const FIXTURE_RULES = path.join(REPOSITORY_ROOT, 'test/fixtures/cli/rules/fixture-rules.cjs');
export const LOOPING_RULES = path.join(REPOSITORY_ROOT, 'test/fixtures/cli/rules/looping-rules.cjs');
export const BUILT_CLI = path.join(REPOSITORY_ROOT, 'dist/cli.js');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

class Capture {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** The fixture rules, a fixed date for suppression expiry, and one worker thread unless told otherwise. */
export async function runInProcess(argv: readonly string[], cwd: string, options: CliOptions = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, { cwd, stdout, stderr }, { rulesModule: FIXTURE_RULES, today: '2026-06-01', poolSize: 1, ...options });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** The bundle, as users run it; `npm test` builds before mocha runs. */
export function runBuilt(argv: readonly string[], cwd: string): CliRun {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run "npm run build" first`);
  const result = spawnSync(process.execPath, [BUILT_CLI, ...argv], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
