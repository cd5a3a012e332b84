import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { TempProject } from '../cli/temp-project';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { fileUri, LspSession, REPOSITORY_ROOT } from './lsp-session';
import type { ScanWorkspaceResult } from '../../server/src/lsp/protocol';

/** The CLI watchdog test's rules: the fixture rules plus one that spins for ever on `loop-forever`. */
const LOOPING_RULES = path.join(REPOSITORY_ROOT, 'test/fixtures/cli/rules/looping-rules.cjs');
/** The fixture rules plus one that kills its whole process (the scan process) on `crash-process`. */
const CRASHING_RULES = path.join(REPOSITORY_ROOT, 'test/fixtures/cli/rules/crashing-rules.cjs');


/**
 * A rule whose check never returns (`for (;;) {}`) on a file of the workspace scan must cost that
 * file, not the server: the scan's worker thread is stopped by the watchdog (ten times the 300 ms
 * budget), the file is reported skipped, the other files are scanned, and the server answers
 * requests while the thread is stuck and after.
 */
describe('a workspace scan with a rule that never returns', function () {
  this.timeout(60_000);
  let project: TempProject;
  let session: LspSession | undefined;

  beforeEach(() => {
    project = new TempProject({
      '.git/HEAD': '',
      'a-first.js': 'md5(a);\n',
      'b-loop.js': '// loop-forever\n',
      'c-after.js': 'md5(c);\n',
    });
  });
  afterEach(async () => {
    await session?.stop();
    project.remove();
  });

  it('reports the file skipped, scans the others and keeps answering', async () => {
    session = await LspSession.start({ folders: [project.root], rules: { module: LOOPING_RULES }, timeBudgetMs: 300 });
    let scanDone = false;
    const scan = session.connection.sendRequest<ScanWorkspaceResult>('mojSecureCode/scanWorkspace', {}).finally(() => {
      scanDone = true;
    });
    const rules = await session.connection.sendRequest<{ id: string }[]>('mojSecureCode/listRules', {});
    assert.ok(rules.some((rule) => rule.id === 'test/looping'));
    assert.equal(scanDone, false, 'answered while the scan was still running');

    assert.deepEqual(await scan, { folders: 1, files: 2, findings: 2, skipped: 1, cancelled: false });
    for (const name of ['a-first.js', 'c-after.js']) {
      const published = await session.waitForDiagnostics(fileUri(project.path(name)));
      assert.deepEqual(published.diagnostics.map((diagnostic) => diagnostic.code), ['test/md5-call']);
    }
    assert.ok(session.logs.some((message) => message === `Workspace scan: skipped ${project.path('b-loop.js')}: analysis did not finish within 3000 ms`));
    assert.ok(!session.published.some((params) => params.uri === fileUri(project.path('b-loop.js')) && params.diagnostics.length > 0));

    // Still answering: an open document is analysed, and a second scan skips the same file again.
    const opened = fileUri(project.path('d-open.js'));
    await session.open(opened, 'javascript', 'md5(d);\n');
    assert.equal((await session.waitForDiagnostics(opened)).diagnostics[0]?.code, 'test/md5-call');
    assert.deepEqual(await session.connection.sendRequest<ScanWorkspaceResult>('mojSecureCode/scanWorkspace', {}), { folders: 1, files: 2, findings: 2, skipped: 1, cancelled: false });
    assert.ok(session.running);
  });

  it('stops at once when cancelled while a thread is stuck, without waiting for the watchdog', async () => {
    // A 20 s watchdog: the scan must not wait for it.
    session = await LspSession.start({ folders: [project.root], rules: { module: LOOPING_RULES }, timeBudgetMs: 2000 });
    const source = new CancellationTokenSource();
    const scan = session.connection.sendRequest<ScanWorkspaceResult>('mojSecureCode/scanWorkspace', {}, source.token);
    // Published in order, so the thread has moved on to the looping file.
    await session.waitForDiagnostics(fileUri(project.path('a-first.js')), () => true, 30_000);
    const cancelledAt = Date.now();
    source.cancel();
    assert.deepEqual(await scan, { folders: 1, files: 1, findings: 1, skipped: 0, cancelled: true });
    assert.ok(Date.now() - cancelledAt < 10_000, `took ${Date.now() - cancelledAt} ms`);
    assert.ok(!session.published.some((params) => params.uri === fileUri(project.path('c-after.js'))));
  });

  it('outlives a scan process that dies: its files are reported skipped with the reason, and the next scan starts a new one', async () => {
    rmSync(project.path('b-loop.js'));
    project.write({ 'b-crash.js': '// crash-process\n' });
    session = await LspSession.start({ folders: [project.root], rules: { module: CRASHING_RULES } });
    const first = await session.connection.sendRequest<ScanWorkspaceResult>('mojSecureCode/scanWorkspace', {});
    // a-first.js may have been answered before the process died; b-crash.js never is.
    assert.equal(first.files + first.skipped, 3);
    assert.ok(first.skipped >= 1);
    const reason = 'analysis stopped: the scan process exited unexpectedly (signal SIGKILL)';
    assert.ok(session.logs.includes(`Workspace scan: skipped ${project.path('b-crash.js')}: ${reason}`), session.logs.join('\n'));

    const opened = fileUri(project.path('d-open.js'));
    await session.open(opened, 'javascript', 'md5(d);\n');
    assert.equal((await session.waitForDiagnostics(opened)).diagnostics[0]?.code, 'test/md5-call');
    rmSync(project.path('b-crash.js'));
    assert.deepEqual(await session.connection.sendRequest<ScanWorkspaceResult>('mojSecureCode/scanWorkspace', {}), { folders: 1, files: 2, findings: 2, skipped: 0, cancelled: false });
    assert.ok(session.running);
  });
});
