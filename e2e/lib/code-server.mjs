/**
 * Starts and stops code-server for one test run. It listens on 127.0.0.1 only, without
 * authentication, with telemetry and update checks off, and keeps every file it writes
 * (settings, logs, sockets, its own config) inside the run folder.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { poll } from './deadline.mjs';

const ENTRY = path.join(import.meta.dirname, '..', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

// Quiet, deterministic editor settings: no welcome page, tips, experiments, trust prompts or
// extension gallery traffic, and a short hover delay for the hover tests.
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'editor.hover.delay': 200,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  // VS Code asks every code action provider and shows nothing until all have answered; while
  // TypeScript's semantic server loads a JavaScript file's project (seconds, here), its providers
  // are slow to answer or change, and Ctrl+. answers "No code actions available" even though
  // this extension's server has answered at once. A syntax-only TypeScript server registers no
  // code action providers, so Ctrl+. shows this extension's actions as soon as its diagnostics
  // are shown, and a test can require the menu on the first Ctrl+.
  'typescript.tsserver.useSyntaxServer': 'always',
};

/**
 * Starts code-server with `extensionsDir`. Returns as soon as it is spawned, so the caller can
 * always stop it; `ready()` then waits until it answers.
 */
export async function launchCodeServer({ runDir, extensionsDir }) {
  const dirs = {
    userData: path.join(runDir, 'user-data'),
    config: path.join(runDir, 'xdg', 'config'),
    data: path.join(runDir, 'xdg', 'data'),
    cache: path.join(runDir, 'xdg', 'cache'),
    tmp: path.join(runDir, 'tmp'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

  const port = await freeLoopbackPort();
  const logFile = path.join(runDir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      ENTRY,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', extensionsDir,
    ],
    {
      // A process group of its own, so stopping it also stops the extension hosts and the
      // language servers they started.
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: dirs.config,
        XDG_DATA_HOME: dirs.data,
        XDG_CACHE_HOME: dirs.cache,
        TMPDIR: dirs.tmp,
      },
    },
  );
  closeSync(log);
  let exited = false;
  const exit = new Promise((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });

  const server = {
    baseUrl: `http://127.0.0.1:${port}`,
    authority: `127.0.0.1:${port}`,
    logFile,
    /** The last lines of code-server's log, to explain a failure. */
    logTail: (lines = 30) => readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'),
    stop: () => stopGroup(child.pid, exit),
    ready: () =>
      poll(READY_TIMEOUT_MS, `code-server to answer on ${server.baseUrl}/healthz`, async () => {
        if (exited) throw new Error(`code-server exited during start-up. Its log ends:\n${server.logTail()}`);
        try {
          const response = await fetch(`${server.baseUrl}/healthz`);
          return response.ok ? true : undefined;
        } catch {
          return undefined;
        }
      }),
  };

  return server;
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left of it after a grace period. */
async function stopGroup(pid, exit) {
  if (!signalGroup(pid, 'SIGTERM')) return;
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  await Promise.race([exit, delay(STOP_TIMEOUT_MS)]);
  // The leader can exit before its children; wait until nothing in the group is left.
  while (groupAlive(pid) && Date.now() < deadline) await delay(100);
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid) {
  return signalGroup(pid, 0);
}

/** A port that the kernel just handed out on the loopback interface. */
async function freeLoopbackPort() {
  const probe = createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
