/**
 * Smoke test: the extension, installed in code-server as a user would have it, analyses a file
 * when it is opened, and VS Code shows the finding as a squiggle and in the Problems panel.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { session } from '../lib/session.mjs';
import { expectVisible, openFile, openProblems, waitForWorkbench } from '../lib/workbench.mjs';

describe('the installed extension in code-server', () => {
  it('shows the MD5 hash in samples/node-api/src/accounts.js as a squiggle and a Problems entry', async () => {
    const page = await session().openWorkbench();
    await waitForWorkbench(page);
    await openFile(page, 'node-api/src/accounts.js', "return crypto.createHash('md5')");

    // crypto/weak-hash is high severity, which the language server reports as an error.
    await expectVisible(page.locator('.editor-instance .squiggly-error').first(), 'a red squiggle in accounts.js');

    const rows = await openProblems(page);
    const md5Row = rows.filter({ hasText: 'MD5 is a broken hash function.' });
    await expectVisible(md5Row, 'the MD5 finding in the Problems panel');
    const [message, source, code, position] = (await md5Row.innerText()).split('\n');
    assert.match(message ?? '', /^MD5 is a broken hash function\. MoJ guidance expects /);
    assert.deepEqual([source, code, position], ['MoJ Secure Code', 'crypto/weak-hash', '[Ln 8, Col 28]']);
  });
});
