import assert from 'node:assert/strict';
import path from 'node:path';
import { TempProject } from '../cli/temp-project';
import { fileUri, LspSession } from './lsp-session';

const CROSS_FUNCTION_RULES = path.resolve(__dirname, '../fixtures/lsp/cross-function-rules.cjs');

/**
 * The editor analyses each change incrementally (engine/incremental) and, once the user pauses,
 * checks the result with a full scan. A rule that breaks the incremental scan's assumption (its
 * finding in one function depends on another's text) shows the check at work.
 */
describe('language server: incremental analysis and the idle check', function () {
  this.timeout(20_000);
  let project: TempProject;
  let session: LspSession | undefined;

  beforeEach(() => {
    project = new TempProject({ '.git/HEAD': '', 'src/a.js': '' });
  });
  afterEach(async () => {
    await session?.stop();
    project.remove();
  });

  it('publishes the incremental result at once and the full scan’s correction after the pause, for the same version', async () => {
    session = await LspSession.start({ folders: [project.root], rules: { module: CROSS_FUNCTION_RULES } });
    const uri = fileUri(project.path('src/a.js'));
    const before = "function a() { target(); }\nfunction b() { const s = 'x'; }\n";
    await session.open(uri, 'javascript', before, 1);
    assert.equal((await session.waitForDiagnostics(uri, (params) => params.version === 1)).diagnostics.length, 0);
    // The marker typed into b(): the incremental scan reuses a(), which had no finding.
    const version = await session.change(uri, before.replace("'x'", "'enable-cross'"));
    const incremental = await session.waitForDiagnostics(uri, (params) => params.version === version);
    assert.equal(incremental.diagnostics.length, 0);
    const corrected = await session.waitForDiagnostics(uri, (params) => params.version === version && params.diagnostics.length === 1, 5_000);
    assert.equal(corrected.diagnostics[0]?.range.start.line, 0);
    // The next edit starts from a fresh full analysis, so it keeps the correction.
    const next = await session.change(uri, before.replace("'x'", "'enable-cross!'"));
    assert.equal((await session.waitForDiagnostics(uri, (params) => params.version === next)).diagnostics.length, 1);
  });

  it('asks a pulling client to pull again when the check corrects a result', async () => {
    session = await LspSession.start({ folders: [project.root], rules: { module: CROSS_FUNCTION_RULES }, pull: true });
    const uri = fileUri(project.path('src/a.js'));
    const before = "function a() { target(); }\nfunction b() { const s = 'x'; }\n";
    await session.open(uri, 'javascript', before, 1);
    await session.pull(uri);
    await session.change(uri, before.replace("'x'", "'enable-cross'"));
    const first = await session.pull(uri);
    assert.equal(first.kind === 'full' ? first.items.length : undefined, 0);
    const refreshes = session.refreshRequests;
    for (let waited = 0; session.refreshRequests === refreshes && waited < 5_000; waited += 100) await session.settle(100);
    assert.ok(session.refreshRequests > refreshes, 'no workspace/diagnostic/refresh after the check');
    const second = await session.pull(uri, first.kind === 'full' ? first.resultId : undefined);
    assert.equal(second.kind === 'full' ? second.items.length : undefined, 1);
  });
});
