import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { TempProject } from '../cli/temp-project';
import { sarifValidator } from '../cli/sarif-schema';
import { fileUri, LspSession } from './lsp-session';
import { JAVA_SIGNER } from './workspace-fixtures';
import type { ScanWorkspaceResult } from '../../server/src/lsp/protocol';



/** The workspace scan, the project index and SARIF export, through dist/server.js. */
describe('language server workspace features', function () {
  this.timeout(30_000);

  describe('with the fixture rules', () => {
    let project: TempProject;
    let session: LspSession;

    beforeEach(async () => {
      project = new TempProject({
        '.git/HEAD': '',
        '.gitignore': 'ignored/\n',
        'src/a.js': 'md5(a);\n',
        'src/b.js': 'md5(b);\nmd5(c);\n',
        'src/clean.js': 'const x = 1;\n',
        'ignored/c.js': 'md5(d);\n',
        'node_modules/lib/index.js': 'md5(e);\n',
        'other/d.py': 'md5(f)\n',
      });
      session = await LspSession.start({ folders: [project.root] });
    });
    afterEach(async () => {
      await session.stop();
      project.remove();
    });

    it('scans the workspace as the CLI walks it, publishing for files that are not open', async () => {
      const openUri = fileUri(project.path('src/a.js'));
      await session.open(openUri, 'javascript', 'md5(a);\nmd5(a2);\n');
      await session.waitForDiagnostics(openUri);
      const result = await session.connection.sendRequest<ScanWorkspaceResult>('mojSecureCode/scanWorkspace', {});
      assert.deepEqual(result, { folders: 1, files: 4, findings: 5, skipped: 0, cancelled: false });
      await session.settle(100);
      const byUri = new Map(session.published.map((params) => [params.uri, params]));
      assert.deepEqual(
        [...byUri.keys()].sort(),
        [openUri, fileUri(project.path('other/d.py')), fileUri(project.path('src/b.js'))].sort(),
      );
      assert.deepEqual(byUri.get(fileUri(project.path('src/b.js')))?.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [
        ['test/md5-call', 0],
        ['test/md5-call', 1],
      ]);
      // The open document keeps its own (unsaved) diagnostics, with a version.
      assert.equal(session.published.filter((params) => params.uri === openUri).length, 1);
    });

    it('stops a workspace scan the client cancels', async () => {
      const source = new CancellationTokenSource();
      const pending = session.connection.sendRequest<ScanWorkspaceResult>('mojSecureCode/scanWorkspace', {}, source.token);
      // The cancellation reaches the server while it waits for the folder's settings.
      source.cancel();
      assert.deepEqual(await pending, { folders: 1, files: 0, findings: 0, skipped: 0, cancelled: true });
      await session.settle(100);
      assert.deepEqual(session.published, []);
    });

    it('keeps scanned results current as files are created, changed and deleted', async () => {
      await session.connection.sendRequest('mojSecureCode/scanWorkspace', {});
      const bUri = fileUri(project.path('src/b.js'));
      await session.waitForDiagnostics(bUri);

      let since = session.published.length;
      project.write({ 'src/new.js': 'md5(n);\n' });
      const newUri = fileUri(project.path('src/new.js'));
      await session.connection.sendNotification('workspace/didCreateFiles', { files: [{ uri: newUri }] });
      const created = await session.waitForDiagnostics(newUri, () => true, 10_000, since);
      assert.deepEqual(created.diagnostics.map((diagnostic) => diagnostic.code), ['test/md5-call']);

      since = session.published.length;
      rmSync(project.path('src/b.js'));
      await session.connection.sendNotification('workspace/didDeleteFiles', { files: [{ uri: bUri }] });
      assert.deepEqual(await session.waitForDiagnostics(bUri, () => true, 10_000, since), { uri: bUri, diagnostics: [] });

      // A document closed after editing falls back to its file on disk.
      const aUri = fileUri(project.path('src/a.js'));
      await session.open(aUri, 'javascript', 'const fine = 1;\n');
      await session.waitForDiagnostics(aUri, (params) => params.version === 1);
      since = session.published.length;
      await session.close(aUri);
      const reopened = await session.waitForDiagnostics(aUri, (params) => params.diagnostics.length > 0, 10_000, since);
      assert.deepEqual(reopened.diagnostics.map((diagnostic) => diagnostic.code), ['test/md5-call']);
    });

    it('exports SARIF for the workspace with the CLI’s writer', async () => {
      const result = await session.connection.sendRequest<{ sarif: string; files: number; findings: number; cancelled: boolean }>('mojSecureCode/exportSarif', {});
      assert.deepEqual([result.files, result.findings, result.cancelled], [4, 4, false]);
      const log = JSON.parse(result.sarif) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      assert.deepEqual(
        log.runs[0]?.results.map((item) => [item.ruleId, item.locations[0]?.physicalLocation.artifactLocation.uri]),
        [
          ['test/md5-call', 'other/d.py'],
          ['test/md5-call', 'src/a.js'],
          ['test/md5-call', 'src/b.js'],
          ['test/md5-call', 'src/b.js'],
        ],
      );
    });

    it('writes the evidence report for the workspace with the CLI’s HTML writer', async () => {
      const result = await session.connection.sendRequest<{ html: string; files: number; findings: number; cancelled: boolean }>('mojSecureCode/evidenceReport', {});
      assert.deepEqual([result.files, result.findings, result.cancelled], [4, 4, false]);
      assert.match(result.html, /^<!DOCTYPE html>/);
      assert.match(result.html, /<h1 id="top">MoJ Secure Code evidence report<\/h1>/);
      assert.equal(result.html.match(/<code>src\/b\.js:\d+:\d+<\/code>/g)?.length, 2);
    });
  });

  it('scans every folder of a multi-root workspace, including one added later', async () => {
    const first = new TempProject({ '.git/HEAD': '', 'a.js': 'md5(a);\n' });
    const second = new TempProject({ '.git/HEAD': '', 'b.js': 'md5(b);\n' });
    const session = await LspSession.start({ folders: [first.root] });
    try {
      await session.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: fileUri(second.root), name: 'second' }], removed: [] },
      });
      const result = await session.connection.sendRequest<ScanWorkspaceResult>('mojSecureCode/scanWorkspace', {});
      assert.deepEqual(result, { folders: 2, files: 2, findings: 2, skipped: 0, cancelled: false });
      await session.waitForDiagnostics(fileUri(first.path('a.js')));
      await session.waitForDiagnostics(fileUri(second.path('b.js')));
    } finally {
      await session.stop();
      first.remove();
      second.remove();
    }
  });

  it('analyses open documents again when an indexed file changes: a .properties value flips a Java finding', async () => {
    const project = new TempProject({
      '.git/HEAD': '',
      'src/main/java/Signer.java': JAVA_SIGNER,
      'src/main/resources/application.properties': 'report.digest.algorithm=MD5\n',
    });
    const session = await LspSession.start({ folders: [project.root], rules: 'builtin' });
    try {
      const uri = fileUri(project.path('src/main/java/Signer.java'));
      const weakHashes = (params: { diagnostics: { code?: string | number }[] }): number => params.diagnostics.filter((diagnostic) => diagnostic.code === 'crypto/weak-hash').length;
      await session.open(uri, 'java', JAVA_SIGNER);
      const before = await session.waitForDiagnostics(uri);
      assert.equal(weakHashes(before), 1);
      const propertiesUri = fileUri(project.path('src/main/resources/application.properties'));

      let since = session.published.length;
      project.write({ 'src/main/resources/application.properties': 'report.digest.algorithm=SHA-256\n' });
      await session.filesChanged([{ uri: propertiesUri, type: 2 }]);
      const after = await session.waitForDiagnostics(uri, () => true, 10_000, since);
      assert.equal(after.version, 1);
      assert.equal(weakHashes(after), 0);

      since = session.published.length;
      project.write({ 'src/main/resources/application.properties': 'report.digest.algorithm=SHA1\n' });
      await session.filesChanged([{ uri: propertiesUri, type: 2 }]);
      assert.equal(weakHashes(await session.waitForDiagnostics(uri, () => true, 10_000, since)), 1);
    } finally {
      await session.stop();
      project.remove();
    }
  });
});
