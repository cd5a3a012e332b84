/**
 * Runs the extension-host suite in a desktop VS Code downloaded by @vscode/test-electron, on a
 * developer machine: `npm run build && npx tsx test/extension/run-test.ts`. The same suite runs
 * inside code-server in CI (e2e/), where no desktop VS Code is available.
 *
 * The workspace is a fresh copy of samples/, so nothing a test does reaches the repository.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

// The VS Code release that code-server 4.100.3 is built from, so both runs test the same editor.
const VSCODE_VERSION = '1.100.3';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..');
  const scratch = mkdtempSync(path.join(tmpdir(), 'moj-secure-code-extension-tests-'));
  const workspace = path.join(scratch, 'samples');
  cpSync(path.join(root, 'samples'), workspace, { recursive: true });
  try {
    return await runTests({
      version: VSCODE_VERSION,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist', 'test', 'extension', 'index.js'),
      // A fresh profile each run; --disable-extensions leaves only the extension under test.
      launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(scratch, 'user-data')],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Extension-host tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
