/**
 * Runs the extension-host suite (test/extension/suite) inside code-server: the same `run()` that
 * @vscode/test-electron calls on a desktop, here in code-server's Node extension host.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { runExtensionHostSuite } from '../lib/extension-host.mjs';
import { session } from '../lib/session.mjs';

describe('the extension-host suite in code-server', () => {
  it('passes', async () => {
    const { code, output } = await runExtensionHostSuite(session(), { timeoutMs: 150_000 });
    assert.equal(code, 0, `The extension-host suite exited with code ${code}. Its output:\n${output}`);
  });
});
