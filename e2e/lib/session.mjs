/**
 * What the tests share: one code-server, one browser, and the staged copies of the extension,
 * its extension-host suite and the samples. e2e/run.mjs creates the session; the tests reach it
 * through `session()`.
 */
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { URLSearchParams } from 'node:url';

let current;

export function setSession(value) {
  current = value;
}

export function session() {
  if (!current) throw new Error('Run the end-to-end tests with `node e2e/run.mjs`, which starts code-server and Chromium for them.');
  return current;
}

export class Session {
  #pages = [];
  #workspaces = 0;

  /**
   * @param {object} parts
   * @param {{ baseUrl: string, authority: string }} parts.server the running code-server
   * @param {import('playwright-core').BrowserContext} parts.browser
   * @param {string} parts.runDir scratch folder for this run
   * @param {string} parts.samplesDir the repository's samples/, copied for each workspace
   * @param {string} parts.extensionPath the staged extension, as installed in code-server
   * @param {string} parts.suitePath the staged extension-host suite (bundled index.js)
   * @param {string} parts.artifactsDir where screenshots of failed tests go
   */
  constructor({ server, browser, runDir, samplesDir, extensionPath, suitePath, artifactsDir }) {
    Object.assign(this, { server, browser, runDir, samplesDir, extensionPath, suitePath, artifactsDir });
  }

  /** A fresh copy of samples/, so what one test changes (a quick fix, a save) no other test sees. */
  freshWorkspace() {
    this.#workspaces += 1;
    const workspace = path.join(this.runDir, 'workspaces', String(this.#workspaces), 'samples');
    cpSync(this.samplesDir, workspace, { recursive: true });
    return workspace;
  }

  /**
   * A new browser tab, closed (and photographed if the test failed) after the current test.
   * `prepare` runs before navigation, for exposeFunction and the like.
   */
  async openWorkbench({ workspace, payload, prepare } = {}) {
    const page = await this.browser.newPage();
    this.#pages.push(page);
    if (prepare) await prepare(page);
    const query = new URLSearchParams({ folder: workspace ?? this.freshWorkspace() });
    if (payload) query.set('payload', JSON.stringify(payload));
    await page.goto(`${this.server.baseUrl}/?${query}`);
    return page;
  }

  /** A path in the run folder as the workbench sees it: a vscode-remote URI on this server. */
  remoteUri(fsPath) {
    return `vscode-remote://${this.server.authority}${fsPath}`;
  }

  /** Called after each test: screenshots every open tab if it failed, then closes them all. */
  async finishTest(test) {
    const pages = this.#pages.splice(0);
    if (test?.state === 'failed') {
      mkdirSync(this.artifactsDir, { recursive: true });
      const name = test.fullTitle().replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 100);
      for (const [index, page] of pages.entries()) {
        const file = path.join(this.artifactsDir, `${name}${pages.length > 1 ? `-${index + 1}` : ''}.png`);
        try {
          await page.screenshot({ path: file, timeout: 10_000 });
          console.log(`      screenshot: ${path.relative(process.cwd(), file)}`);
        } catch (error) {
          console.log(`      (no screenshot: ${error.message.split('\n')[0]})`);
        }
      }
    }
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
  }
}
