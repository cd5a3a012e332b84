import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TempProject } from '../cli/temp-project';
import { fileUri, LspSession } from './lsp-session';
import { JAVA_SIGNER } from './workspace-fixtures';

const DOCKERFILE = 'FROM node:24\n';

function tree(): Record<string, string> {
  return {
    '.git/HEAD': '',
    '.moj-secure-code.json': JSON.stringify({ eolData: 'eol.json' }),
    'eol.json': JSON.stringify({ products: { node: [{ cycle: '24', eol: '2026-01-01' }] } }),
    'Dockerfile': DOCKERFILE,
    'src/main/java/Signer.java': JAVA_SIGNER,
    'src/main/resources/application.properties': 'report.digest.algorithm=MD5\n',
  };
}

function message(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** What a diagnostic says, without the document version it was computed for. */
function said(diagnostics: readonly Diagnostic[]): unknown[] {
  return diagnostics.map((diagnostic) => {
    const data = diagnostic.data as Record<string, unknown> | undefined;
    return { ...diagnostic, data: data === undefined ? undefined : { ...data, version: undefined } };
  });
}

/**
 * The workspace scan analyses files from disk on worker threads; they must see what the editor's
 * own analysis sees: the project file's `eolData` (dropped in an untrusted workspace) and the
 * project index (`.properties` values), so a file's scan diagnostics equal its open-document ones.
 */
describe('workspace scan on worker threads: project facts', function () {
  this.timeout(120_000);
  let project: TempProject;
  beforeEach(() => {
    project = new TempProject(tree());
  });
  afterEach(() => project.remove());

  it('publishes for each file from disk what its open document gets', async () => {
    const session = await LspSession.start({ folders: [project.root], rules: 'builtin' });
    try {
      await session.connection.sendRequest('mojSecureCode/scanWorkspace', {});
      const files: [string, string, string][] = [
        ['Dockerfile', 'dockerfile', DOCKERFILE],
        ['src/main/java/Signer.java', 'java', JAVA_SIGNER],
      ];
      const fromDisk = new Map<string, Diagnostic[]>();
      for (const [name] of files) fromDisk.set(name, (await session.waitForDiagnostics(fileUri(project.path(name)))).diagnostics);
      assert.ok(fromDisk.get('Dockerfile')!.some((diagnostic) => message(diagnostic).startsWith('Node.js 24 reached end of life on 2026-01-01')));
      assert.ok(fromDisk.get('src/main/java/Signer.java')!.some((diagnostic) => diagnostic.code === 'crypto/weak-hash'));
      for (const [name, languageId, text] of files) {
        const uri = fileUri(project.path(name));
        const since = session.published.length;
        await session.open(uri, languageId, text);
        const open = await session.waitForDiagnostics(uri, (params) => params.version === 1, 30_000, since);
        assert.deepEqual(said(fromDisk.get(name)!), said(open.diagnostics), name);
      }
    } finally {
      await session.stop();
    }
  });

  it('ignores the project file’s eolData in an untrusted workspace', async () => {
    const session = await LspSession.start({ folders: [project.root], rules: 'builtin', trusted: false });
    try {
      await session.connection.sendRequest('mojSecureCode/scanWorkspace', {});
      await session.waitForDiagnostics(fileUri(project.path('src/main/java/Signer.java')));
      await session.settle(200);
      const dockerfile = session.published.filter((params) => params.uri === fileUri(project.path('Dockerfile')));
      assert.ok(!dockerfile.some((params) => params.diagnostics.some((diagnostic) => message(diagnostic).includes('2026-01-01'))));
    } finally {
      await session.stop();
    }
  });
});
