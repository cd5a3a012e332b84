/** The `moj-secure-code` command (bundled to dist/cli.js). */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { relaunchArguments } from './batch-v8-flags';
import { runCli } from './run';

const relaunch = relaunchArguments(process.execArgv, process.argv);
if (relaunch === undefined) run();
else runRelaunched(relaunch);

function run(): void {
  // A reader that stops early (`moj-secure-code scan | head`) closes the pipe; that is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

  runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    noColour: process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '',
  }).then(
    (code) => {
      // Set rather than exit, so stdout drains fully when it is a pipe.
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`moj-secure-code: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

/**
 * Runs the command in a child process started with the batch-scan V8 flags (batch-v8-flags.ts
 * says why they cannot be set here), on this process's standard streams. A signal sent to this
 * process is passed on, and the child's exit status becomes this one's.
 */
function runRelaunched(args: readonly string[]): void {
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  for (const signal of forwarded) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`moj-secure-code: internal error: could not start the scan process: ${error.message}\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? 128 + (signal === null ? 0 : constants.signals[signal]);
  });
}
