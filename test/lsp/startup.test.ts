import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { createProtocolConnection, ExitNotification, InitializeRequest, IPCMessageReader, IPCMessageWriter, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { TempProject } from '../cli/temp-project';
import { BUILT_SERVER, fileUri, LSP_RULES, LspSession } from './lsp-session';

/** The server's start-up as clients see it. Run `npm run build` first: these start dist/server.js. */
describe('language server start-up (dist/server.js)', function () {
  this.timeout(20_000);

  it('offers push diagnostics to a client that does not pull', async () => {
    const session = await LspSession.start();
    try {
      assert.deepEqual(session.initializeResult, {
        capabilities: {
          textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.mojSecureCode'], resolveProvider: false },
          workspace: {
            workspaceFolders: { supported: true, changeNotifications: true },
            fileOperations: {
              didCreate: { filters: [{ scheme: 'file', pattern: { glob: '**/*', matches: 'file' } }] },
              didDelete: { filters: [{ scheme: 'file', pattern: { glob: '**/*', matches: 'file' } }] },
              didRename: { filters: [{ scheme: 'file', pattern: { glob: '**/*', matches: 'file' } }] },
            },
          },
        },
        serverInfo: { name: 'MoJ Secure Code' },
      });
    } finally {
      await session.stop();
    }
  });

  it('offers pull diagnostics to a client that pulls', async () => {
    const session = await LspSession.start({ pull: true });
    try {
      assert.deepEqual(session.initializeResult.capabilities.diagnosticProvider, {
        identifier: 'mojSecureCode',
        interFileDependencies: true,
        workspaceDiagnostics: false,
      });
    } finally {
      await session.stop();
    }
  });

  it('works with no root folder and with null configuration answers', async () => {
    const session = await LspSession.start({ settings: () => null });
    try {
      const uri = 'untitled:Untitled-1';
      await session.open(uri, 'javascript', 'const d = md5(x);\nmaybeWeak(1);\n');
      const published = await session.waitForDiagnostics(uri);
      // Defaults apply: the low-confidence finding stays hidden in the editor.
      assert.deepEqual(
        published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]),
        [['test/md5-call', 1]],
      );
      assert.equal(published.version, 1);
      assert.deepEqual(session.configurationRequests, [uri]);
    } finally {
      await session.stop();
    }
  });

  it('copes with a configuration answer that is not an object', async () => {
    const project = new TempProject({ 'a.js': 'md5(x);\n' });
    const session = await LspSession.start({ folders: [project.root], settings: () => 'not an object' });
    try {
      const uri = fileUri(project.path('a.js'));
      await session.open(uri, 'javascript', 'md5(x);\n');
      const published = await session.waitForDiagnostics(uri);
      assert.deepEqual(published.diagnostics.map((diagnostic) => diagnostic.code), ['test/md5-call']);
    } finally {
      await session.stop();
      project.remove();
    }
  });

  it('starts with --node-ipc', async () => {
    const child = fork(BUILT_SERVER, ['--node-ipc', '--rules-module', LSP_RULES], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      assert.equal(result.capabilities.hoverProvider, true);
      assert.equal(result.capabilities.diagnosticProvider, undefined);
      await connection.sendRequest(ShutdownRequest.type);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendNotification(ExitNotification.type);
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});
