/**
 * The extension-host test suite's entry point. VS Code loads this file in the extension host and
 * calls `run()`: @vscode/test-electron does so on a desktop (test/extension/run-test.ts), and the
 * end-to-end runner does so inside code-server through the workbench URL's `payload` parameter
 * (e2e/tests/extension-host.test.mjs). The build bundles it, mocha included, into
 * dist/test/extension/index.js, so it needs no node_modules at run time.
 */
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  // The test files are bundled into this one, so mocha cannot load them by path. Emitting
  // pre-require puts describe/it on the global object, and the imports below then register
  // their suites; esbuild keeps each import lazy until this point.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'extension-host suite', mocha);
  await import('./activation.test.js');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) {
    throw new Error(`${failures} extension-host test${failures === 1 ? '' : 's'} failed.`);
  }
}
