#!/usr/bin/env node
/**
 * Runs the end-to-end tests in code-server with Chromium, offline except for the loopback
 * interface.
 *
 *   node e2e/run.mjs [test files…]     (default: e2e/tests/*.test.mjs)
 *
 * Needs the Debian packages (e2e/setup-system.sh), the tools (e2e/install.sh) and a build
 * (`npm run build`, which also bundles the extension-host suite). The runner stages a copy of
 * the built extension as an installed extension, starts code-server on a random loopback port
 * and Chromium, runs the tests with mocha, and always stops both. Screenshots of failed tests and
 * code-server's log are kept in .e2e/artifacts/<run>/; everything else is removed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

const E2E = import.meta.dirname;
const ROOT = path.dirname(E2E);
const TOTAL_BUDGET_MS = 8 * 60_000;
const TEST_TIMEOUT_MS = 180_000;
const BROWSER_CLOSE_MS = 15_000;
const REQUIRED_BUILD = ['dist/client.js', 'dist/server.js', 'dist/test/extension/index.js'];
// What an installed copy of the extension needs: the manifest and what it points at.
const EXTENSION_PARTS = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist', 'schemas', 'snippets', 'media'];

function fail(line) {
  console.error(`e2e: ${line}`);
  process.exit(1);
}

function preflight() {
  if (spawnSync(path.join(E2E, 'setup-system.sh'), ['--check'], { stdio: 'inherit' }).status !== 0) process.exit(1);
  if (!existsSync(path.join(E2E, 'node_modules', '.e2e-install-stamp'))) fail('the end-to-end tools are not installed: run e2e/install.sh');
  for (const file of REQUIRED_BUILD) {
    if (!existsSync(path.join(ROOT, file))) fail(`${file} is missing: run \`npm run build\` first`);
  }
}

/** Copies the built extension into an extensions folder, as installing it would. */
function stageExtension(runDir) {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const extensionsDir = path.join(runDir, 'extensions');
  const extensionPath = path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  for (const part of EXTENSION_PARTS) {
    const from = path.join(ROOT, part);
    if (!existsSync(from)) continue;
    // The extension-host suite is not part of the extension; it is staged on its own below.
    cpSync(from, path.join(extensionPath, part), { recursive: true, filter: (source) => source !== path.join(ROOT, 'dist', 'test') });
  }
  const suiteDir = path.join(runDir, 'extension-tests');
  mkdirSync(suiteDir, { recursive: true });
  for (const file of readdirSync(path.join(ROOT, 'dist', 'test', 'extension'))) {
    copyFileSync(path.join(ROOT, 'dist', 'test', 'extension', file), path.join(suiteDir, file));
  }
  return { extensionsDir, extensionPath, suitePath: path.join(suiteDir, 'index.js') };
}

function testFiles() {
  const named = process.argv.slice(2).map((file) => path.resolve(file));
  if (named.length > 0) return named;
  const dir = path.join(E2E, 'tests');
  return readdirSync(dir).filter((file) => file.endsWith('.test.mjs')).sort().map((file) => path.join(dir, file));
}

async function main() {
  preflight();
  // Imported only after the preflight, so a missing install is reported in one line.
  const { default: Mocha } = await import('mocha');
  const { launchBrowser } = await import('./lib/browser.mjs');
  const { launchCodeServer } = await import('./lib/code-server.mjs');
  const { Session, setSession } = await import('./lib/session.mjs');

  const runDir = mkdtempSync(path.join(tmpdir(), 'moj-secure-code-e2e-'));
  const artifactsDir = path.join(ROOT, '.e2e', 'artifacts', path.basename(runDir));
  let server;
  let browser;
  let runner;
  let finishing;
  // Stops Chromium and code-server, keeps code-server's log beside any screenshots when the run
  // failed, and removes the run folder. Every way out of the run goes through here, once.
  const finish = (exitCode, message) => {
    finishing ??= (async () => {
      if (message) console.error(`e2e: ${message}`);
      if (browser) {
        await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, BROWSER_CLOSE_MS))]).catch(() => undefined);
      }
      if (server) await server.stop();
      if (exitCode !== 0 && server) {
        mkdirSync(artifactsDir, { recursive: true });
        copyFileSync(server.logFile, path.join(artifactsDir, 'code-server.log'));
        console.error(`e2e: code-server's log and any screenshots are in ${path.relative(process.cwd(), artifactsDir)}`);
      }
      rmSync(runDir, { recursive: true, force: true });
      process.exit(exitCode);
    })();
    return finishing;
  };
  const interrupt = (exitCode, message) => {
    runner?.abort();
    void finish(exitCode, message);
  };
  const watchdog = setTimeout(
    () => interrupt(1, `gave up after ${TOTAL_BUDGET_MS / 60_000} minutes; stopped code-server and Chromium`),
    TOTAL_BUDGET_MS,
  );
  process.once('SIGINT', () => interrupt(130, 'interrupted; stopping code-server and Chromium'));
  process.once('SIGTERM', () => interrupt(143, 'terminated; stopping code-server and Chromium'));
  process.once('SIGHUP', () => interrupt(129, 'hung up; stopping code-server and Chromium'));

  try {
    const started = Date.now();
    const staged = stageExtension(runDir);
    server = await launchCodeServer({ runDir, extensionsDir: staged.extensionsDir });
    await server.ready();
    browser = await launchBrowser({ runDir });
    console.log(`e2e: code-server ${server.baseUrl} and Chromium ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const session = new Session({ server, browser, runDir, samplesDir: path.join(ROOT, 'samples'), artifactsDir, ...staged });
    setSession(session);
    const mocha = new Mocha({
      reporter: 'spec',
      timeout: TEST_TIMEOUT_MS,
      rootHooks: {
        async afterEach() {
          await session.finishTest(this.currentTest);
        },
      },
    });
    for (const file of testFiles()) mocha.addFile(file);
    await mocha.loadFilesAsync();
    const failures = await new Promise((resolve) => {
      runner = mocha.run(resolve);
    });
    clearTimeout(watchdog);
    await finish(failures > 0 ? 1 : 0);
  } catch (error) {
    clearTimeout(watchdog);
    await finish(1, error instanceof Error ? error.message : String(error));
  }
}

await main();
