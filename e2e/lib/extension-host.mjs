/**
 * Runs the extension-host suite (test/extension/suite, bundled to dist/test/extension/index.js)
 * in code-server: the contract @vscode/test-electron uses on a desktop. The workbench reads the
 * development and test paths from the URL's `payload`, runs the suite's `run()` in the Node
 * extension host, forwards the suite's console output to `window.codeAutomationLog`, and reports
 * the result through `window.codeAutomationExit(code)`: 0 when it passed.
 */
import { format } from 'node:util';
import { within } from './deadline.mjs';

/** Returns the suite's exit code and its output. */
export async function runExtensionHostSuite(session, { timeoutMs }) {
  const output = [];
  let reportExit;
  const exited = new Promise((resolve) => {
    reportExit = resolve;
  });
  await session.openWorkbench({
    payload: [
      ['extensionDevelopmentPath', session.remoteUri(session.extensionPath)],
      ['extensionTestsPath', session.remoteUri(session.suitePath)],
    ],
    prepare: async (page) => {
      // The workbench's own log lines arrive here too; console calls arrive as printf-style arguments.
      await page.exposeFunction('codeAutomationLog', (_level, args) => {
        const line = Array.isArray(args) ? format(...args) : String(args);
        for (const part of line.split('\n')) {
          output.push(part);
          console.log(`      │ ${part}`);
        }
      });
      await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    },
  });
  const code = await within(timeoutMs, 'the extension-host suite to finish (window.codeAutomationExit)', exited);
  return { code, output: output.join('\n') };
}
