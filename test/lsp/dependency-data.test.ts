/**
 * The language server reads the `eolData` and `advisories` files a trusted project file names and
 * hands them to the dependency rules; a bad file is logged and skipped, and the server keeps
 * publishing diagnostics from the bundled end-of-life table.
 */
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TempProject } from '../cli/temp-project';
import { fileUri, LspSession } from './lsp-session';

const DOCKERFILE = 'FROM node:24\n';

function endOfLifeMessages(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.code === 'dependencies/end-of-life')
    .map((diagnostic) => (typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value))
    .map((message) => message.slice(0, message.indexOf(',')));
}

describe('language server: eolData and advisories files', function () {
  this.timeout(120_000);
  let project: TempProject;
  afterEach(() => project.remove());

  it('applies an eolData file from the project file', async () => {
    project = new TempProject({
      '.git/HEAD': '',
      '.moj-secure-code.json': JSON.stringify({ eolData: 'eol.json' }),
      'eol.json': JSON.stringify({ products: { node: [{ cycle: '24', eol: '2026-01-01' }] } }),
      'Dockerfile': DOCKERFILE,
    });
    const session = await LspSession.start({ folders: [project.root], rules: 'builtin' });
    try {
      const uri = fileUri(project.path('Dockerfile'));
      await session.open(uri, 'dockerfile', DOCKERFILE);
      const published = await session.waitForDiagnostics(uri);
      assert.deepEqual(endOfLifeMessages(published.diagnostics), ['Node.js 24 reached end of life on 2026-01-01']);
    } finally {
      await session.stop();
    }
  });

  it('keeps analysing with the bundled table when the eolData file is malformed (negative control)', async () => {
    project = new TempProject({
      '.git/HEAD': '',
      '.moj-secure-code.json': JSON.stringify({ eolData: 'eol.json', advisories: ['missing-folder'] }),
      'eol.json': '{ "products": ',
      'Dockerfile': 'FROM node:16\n',
    });
    const session = await LspSession.start({ folders: [project.root], rules: 'builtin' });
    try {
      const uri = fileUri(project.path('Dockerfile'));
      await session.open(uri, 'dockerfile', 'FROM node:16\n');
      const published = await session.waitForDiagnostics(uri);
      assert.deepEqual(endOfLifeMessages(published.diagnostics), ['Node.js 16 reached end of life on 2023-09-11']);
    } finally {
      await session.stop();
    }
  });
});
