/**
 * Launches Debian's Chromium through playwright-core: headless, with a fresh profile in the run
 * folder, and with every host name except the loopback address made unresolvable, so a page
 * that tries to reach the network fails instead of leaving the machine.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_TIMEOUT_MS = 60_000;

export async function launchBrowser({ runDir }) {
  const profile = path.join(runDir, 'chromium-profile');
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: LAUNCH_TIMEOUT_MS,
    // The runner handles these signals: it closes the browser and then stops code-server. Left
    // on, Playwright's own handlers would exit the process before code-server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    // Chromium's crash reporter writes under XDG_CONFIG_HOME even with a profile folder.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config') },
  });
}
