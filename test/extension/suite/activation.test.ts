/**
 * The extension, as VS Code loads it, activates on a JavaScript file and its language server
 * publishes findings as diagnostics. The workspace is a copy of samples/.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitFor } from './wait';

const EXTENSION_ID = 'moj-secure-code.moj-secure-code';
const SOURCE = 'MoJ Secure Code';

describe('the extension in a VS Code extension host', () => {
  it('activates on samples/node-api/src/accounts.js and reports its two weak hashes', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'The tests expect the samples folder to be open as the workspace.');
    const uri = vscode.Uri.joinPath(folder.uri, 'node-api', 'src', 'accounts.js');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));

    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded.`);
    await waitFor('the extension to activate', () => extension.isActive || undefined);

    const weakHashes = await waitFor('two crypto/weak-hash diagnostics on accounts.js', () => {
      const found = vscode.languages
        .getDiagnostics(uri)
        .filter((diagnostic) => diagnostic.source === SOURCE && codeOf(diagnostic) === 'crypto/weak-hash');
      return found.length === 2 ? found : undefined;
    });
    // Zero-based lines: `createHash('md5')` in hashPassword and `createHash(HASH_ALGORITHM)` ('sha1').
    assert.deepEqual(
      weakHashes.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity]),
      [
        [7, vscode.DiagnosticSeverity.Error],
        [13, vscode.DiagnosticSeverity.Error],
      ],
    );
  });
});
