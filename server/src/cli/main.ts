/** The `moj-secure-code` command (bundled to dist/cli.js). */
import { useBatchScanV8Flags } from './batch-v8-flags';
import { runCli } from './run';

useBatchScanV8Flags();

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
