import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TempProject } from '../cli/temp-project';
import { fileUri, LspSession } from './lsp-session';

const SAMPLE = ["const digest = md5(data);", "const key = 'sk_live_0123456789abcdef';", 'sink(source());', 'maybeWeak(x);', ''].join('\n');

function summary(diagnostics: readonly Diagnostic[]): [unknown, number | undefined, unknown][] {
  return diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity, diagnostic.message]);
}

function fingerprintOf(diagnostic: Diagnostic | undefined): unknown {
  return (diagnostic?.data as { fingerprint?: unknown } | undefined)?.fingerprint;
}

/** Diagnostics as a client sees them, from dist/server.js with the fixture rules (test/fixtures/lsp). */
describe('language server diagnostics', function () {
  this.timeout(20_000);

  describe('push (a client that does not pull)', () => {
    let project: TempProject;
    let session: LspSession;

    beforeEach(async () => {
      project = new TempProject({ '.git/HEAD': '', 'src/sample.js': SAMPLE });
      session = await LspSession.start({ folders: [project.root] });
    });
    afterEach(async () => {
      await session.stop();
      project.remove();
    });

    it('publishes exact diagnostics on open, with version, code, link, source, severity, related information and data', async () => {
      const uri = fileUri(project.path('src/sample.js'));
      await session.open(uri, 'javascript', SAMPLE, 7);
      const published = await session.waitForDiagnostics(uri);
      assert.deepEqual(published, {
        uri,
        version: 7,
        diagnostics: [
          {
            range: { start: { line: 0, character: 15 }, end: { line: 0, character: 18 } },
            severity: 1,
            code: 'test/md5-call',
            codeDescription: { href: 'https://security-guidance.service.justice.gov.uk/cryptography/#hashing' },
            source: 'MoJ Secure Code',
            message: 'MD5 is a broken hash; use SHA-256.',
            data: {
              ruleId: 'test/md5-call',
              fingerprint: fingerprintOf(published.diagnostics[0]),
              version: 7,
              fix: {
                title: 'Use SHA-256',
                safety: 'safe',
                edits: [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 18 } }, newText: 'sha256' }],
              },
            },
          },
          {
            range: { start: { line: 1, character: 13 }, end: { line: 1, character: 37 } },
            severity: 1,
            code: 'test/live-key',
            codeDescription: { href: 'https://security-guidance.service.justice.gov.uk/secrets-management/#application--infrastructure-secrets' },
            source: 'MoJ Secure Code',
            // The rule quotes the key; the server never does.
            message: 'Live key sk_l… is hard-coded.',
            data: {
              ruleId: 'test/live-key',
              fingerprint: fingerprintOf(published.diagnostics[1]),
              version: 7,
              fix: {
                title: 'Replace sk_l… with process.env.LIVE_KEY',
                safety: 'suggestion',
                edits: [{ range: { start: { line: 1, character: 12 }, end: { line: 1, character: 38 } }, newText: 'process.env.LIVE_KEY' }],
              },
            },
          },
          {
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } },
            severity: 2,
            code: 'test/sink',
            codeDescription: { href: 'https://security-guidance.service.justice.gov.uk/cryptography/#hashing' },
            source: 'MoJ Secure Code',
            message: 'Untrusted data reaches this sink.',
            relatedInformation: [
              { location: { uri, range: { start: { line: 2, character: 5 }, end: { line: 2, character: 11 } } }, message: 'The data comes from here.' },
            ],
            data: { ruleId: 'test/sink', fingerprint: fingerprintOf(published.diagnostics[2]), version: 7 },
          },
        ],
      });
      for (const diagnostic of published.diagnostics) assert.match(String((diagnostic.data as { fingerprint: string }).fingerprint), /^[0-9a-f]{64}$/);
    });

    it('drops results that a newer version overtook, and publishes the latest', async () => {
      const uri = fileUri(project.path('src/sample.js'));
      // Sent back to back: the first analysis waits for the settings while the changes arrive.
      await session.open(uri, 'javascript', 'md5(a);\n', 1);
      await session.change(uri, 'md5(a);\nmd5(b);\n');
      await session.change(uri, 'md5(a);\nmd5(b);\nmd5(c);\n');
      const latest = await session.waitForDiagnostics(uri, (params) => params.version === 3);
      assert.deepEqual(latest.diagnostics.map((diagnostic) => diagnostic.range.start.line), [0, 1, 2]);
      await session.settle(300);
      assert.deepEqual(
        session.published.filter((params) => params.uri === uri).map((params) => params.version),
        [3],
      );
    });

    it('analyses every change as it comes, each publication at least as new as the last', async () => {
      const uri = fileUri(project.path('src/sample.js'));
      await session.open(uri, 'javascript', '', 1);
      await session.waitForDiagnostics(uri, (params) => params.version === 1);
      let text = '';
      for (let version = 2; version <= 6; version++) {
        text += 'md5(x);\n';
        assert.equal(await session.change(uri, text), version);
        const published = await session.waitForDiagnostics(uri, (params) => (params.version ?? 0) >= version);
        assert.equal(published.diagnostics.length, published.version! - 1);
      }
      const versions = session.published.filter((params) => params.uri === uri).map((params) => params.version ?? 0);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    });

    it('analyses again when the settings change: a rule turned off, then low confidence shown', async () => {
      const uri = fileUri(project.path('src/sample.js'));
      await session.open(uri, 'javascript', SAMPLE);
      await session.waitForDiagnostics(uri);
      let since = session.published.length;
      await session.changeSettings(() => ({ rules: { 'test/md5-call': 'off', 'test/sink': 'critical' } }));
      const ruleOff = await session.waitForDiagnostics(uri, () => true, 10_000, since);
      assert.deepEqual(summary(ruleOff.diagnostics), [
        ['test/live-key', 1, 'Live key sk_l… is hard-coded.'],
        ['test/sink', 1, 'Untrusted data reaches this sink.'],
      ]);
      since = session.published.length;
      await session.changeSettings(() => ({ minConfidence: 'low', minSeverity: 'low' }));
      const lowShown = await session.waitForDiagnostics(uri, () => true, 10_000, since);
      assert.deepEqual(summary(lowShown.diagnostics), [
        ['test/md5-call', 1, 'MD5 is a broken hash; use SHA-256.'],
        ['test/live-key', 1, 'Live key sk_l… is hard-coded.'],
        ['test/sink', 2, 'Untrusted data reaches this sink.'],
        ['test/maybe-weak', 3, 'This call may be weak.'],
      ]);
    });

    it('publishes nothing for a document while mojSecureCode.enable is false', async () => {
      await session.changeSettings(() => ({ enable: false }));
      const uri = fileUri(project.path('src/sample.js'));
      await session.open(uri, 'javascript', SAMPLE, 4);
      const published = await session.waitForDiagnostics(uri);
      assert.deepEqual(published, { uri, version: 4, diagnostics: [] });
    });

    it('with run: onSave, waits for a save before analysing an edit', async () => {
      await session.changeSettings(() => ({ run: 'onSave' }));
      const uri = fileUri(project.path('src/sample.js'));
      await session.open(uri, 'javascript', 'md5(a);\n', 1);
      await session.waitForDiagnostics(uri, (params) => params.version === 1);
      await session.change(uri, 'md5(a);\nmd5(b);\n');
      await session.settle(300);
      assert.deepEqual(session.published.filter((params) => params.uri === uri).map((params) => params.version), [1]);
      await session.save(uri);
      const saved = await session.waitForDiagnostics(uri, (params) => params.version === 2);
      assert.equal(saved.diagnostics.length, 2);
    });
  });

  describe('configuration precedence and workspace trust', () => {
    let project: TempProject;

    beforeEach(() => {
      project = new TempProject({
        '.git/HEAD': '',
        '.moj-secure-code.json': JSON.stringify({ rules: { 'test/md5-call': 'medium' }, policyBaseUrl: 'https://guidance.example.org' }),
        'src/a.js': 'md5(x);\n',
        'broken/.moj-secure-code.json': '{\n  "minSeverity": "severe",\n  "exclude": ["dist/**"],\n}\n',
        'broken/b.js': 'md5(x);\n',
      });
    });
    afterEach(() => project.remove());

    it('lets the nearest project file win over user settings, and takes its policyBaseUrl when trusted', async () => {
      const session = await LspSession.start({ folders: [project.root], settings: () => ({ rules: { 'test/md5-call': 'critical' }, minSeverity: 'low' }) });
      try {
        const uri = fileUri(project.path('src/a.js'));
        await session.open(uri, 'javascript', 'md5(x);\n');
        const published = await session.waitForDiagnostics(uri);
        assert.deepEqual(
          published.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.codeDescription?.href]),
          [[2, 'https://guidance.example.org/cryptography/#hashing']],
        );
      } finally {
        await session.stop();
      }
    });

    it('ignores the project file’s policyBaseUrl in an untrusted workspace, and honours it once trusted', async () => {
      const session = await LspSession.start({ folders: [project.root], trusted: false });
      try {
        const uri = fileUri(project.path('src/a.js'));
        await session.open(uri, 'javascript', 'md5(x);\n');
        const untrusted = await session.waitForDiagnostics(uri);
        assert.deepEqual(
          untrusted.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.codeDescription?.href]),
          [[2, 'https://security-guidance.service.justice.gov.uk/cryptography/#hashing']],
        );
        const since = session.published.length;
        await session.connection.sendNotification('mojSecureCode/didChangeWorkspaceTrust', { trusted: true });
        const trusted = await session.waitForDiagnostics(uri, () => true, 10_000, since);
        assert.equal(trusted.diagnostics[0]?.codeDescription?.href, 'https://guidance.example.org/cryptography/#hashing');
      } finally {
        await session.stop();
      }
    });

    it('shows a broken project file’s errors on that file, and keeps analysing with its valid parts', async () => {
      const session = await LspSession.start({ folders: [project.root] });
      try {
        const uri = fileUri(project.path('broken/b.js'));
        await session.open(uri, 'javascript', 'md5(x);\n');
        const configUri = fileUri(project.path('broken/.moj-secure-code.json'));
        const configErrors = await session.waitForDiagnostics(configUri);
        assert.deepEqual(configErrors, {
          uri: configUri,
          diagnostics: [
            {
              range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } },
              severity: 1,
              source: 'MoJ Secure Code',
              message: 'trailing commas are not allowed: the project file is strict JSON (the file is ignored until this is fixed)',
            },
          ],
        });
        const published = await session.waitForDiagnostics(uri);
        assert.deepEqual(published.diagnostics.map((diagnostic) => diagnostic.code), ['test/md5-call']);

        // Fixing the syntax leaves one bad value, reported on its line.
        project.write({ 'broken/.moj-secure-code.json': '{\n  "minSeverity": "severe",\n  "exclude": ["dist/**"]\n}\n' });
        const since = session.published.length;
        await session.filesChanged([{ uri: configUri, type: 2 }]);
        const valueError = await session.waitForDiagnostics(configUri, () => true, 10_000, since);
        assert.deepEqual(valueError.diagnostics.map((diagnostic) => [diagnostic.range.start, diagnostic.message]), [
          [{ line: 1, character: 2 }, 'minSeverity: "severe" is not one of critical, high, medium, low, info'],
        ]);
      } finally {
        await session.stop();
      }
    });
  });

  describe('pull (a client that advertises textDocument/diagnostic)', () => {
    let project: TempProject;
    let session: LspSession;

    beforeEach(async () => {
      project = new TempProject({ '.git/HEAD': '', 'src/a.js': 'md5(a);\n', 'src/b.js': 'md5(b);\nmd5(c);\n' });
      session = await LspSession.start({ folders: [project.root], pull: true });
    });
    afterEach(async () => {
      await session.stop();
      project.remove();
    });

    it('answers pulls for the current version and pushes nothing for the document', async () => {
      const uri = fileUri(project.path('src/a.js'));
      await session.open(uri, 'javascript', 'md5(a);\n', 1);
      const first = await session.pull(uri);
      assert.equal(first.kind, 'full');
      assert.deepEqual(first.kind === 'full' ? [first.resultId, first.items.map((item) => item.code)] : undefined, ['1:0:0', ['test/md5-call']]);
      assert.deepEqual(await session.pull(uri, '1:0:0'), { kind: 'unchanged', resultId: '1:0:0' });
      await session.change(uri, 'md5(a);\nmd5(b);\n');
      const second = await session.pull(uri, '1:0:0');
      assert.deepEqual(second.kind === 'full' ? [second.resultId, second.items.length] : second, ['2:0:0', 2]);
      await session.settle(200);
      assert.deepEqual(session.published, []);
    });

    it('asks the client to pull again when the settings change', async () => {
      const uri = fileUri(project.path('src/a.js'));
      await session.open(uri, 'javascript', 'md5(a);\n', 1);
      await session.pull(uri);
      await session.changeSettings(() => ({ rules: { 'test/md5-call': 'off' } }));
      const deadline = Date.now() + 5000;
      while (session.refreshRequests === 0 && Date.now() < deadline) await session.settle(20);
      assert.equal(session.refreshRequests, 1);
      const after = await session.pull(uri, '1:0:0');
      assert.deepEqual(after.kind === 'full' ? [after.resultId, after.items] : after, ['1:1:0', []]);
    });

    it('with run: onSave, keeps answering with the saved version’s report until the next save', async () => {
      await session.changeSettings(() => ({ run: 'onSave' }));
      const uri = fileUri(project.path('src/a.js'));
      await session.open(uri, 'javascript', 'md5(a);\n', 1);
      const opened = await session.pull(uri);
      assert.deepEqual(opened.kind === 'full' ? [opened.resultId, opened.items.length] : opened, ['1:1:0', 1]);
      await session.change(uri, 'md5(a);\nmd5(b);\n');
      assert.deepEqual(await session.pull(uri, '1:1:0'), { kind: 'unchanged', resultId: '1:1:0' });
      const refreshes = session.refreshRequests;
      await session.save(uri);
      const deadline = Date.now() + 5000;
      while (session.refreshRequests === refreshes && Date.now() < deadline) await session.settle(20);
      assert.equal(session.refreshRequests, refreshes + 1);
      const saved = await session.pull(uri, '1:1:0');
      assert.deepEqual(saved.kind === 'full' ? [saved.resultId, saved.items.length] : saved, ['2:1:0', 2]);
    });

    it('clears what the workspace scan pushed for a file once the client opens it', async () => {
      await session.connection.sendRequest('mojSecureCode/scanWorkspace', {});
      const uri = fileUri(project.path('src/b.js'));
      const scanned = await session.waitForDiagnostics(uri);
      assert.equal(scanned.diagnostics.length, 2);
      const since = session.published.length;
      await session.open(uri, 'javascript', 'md5(b);\nmd5(c);\n');
      const cleared = await session.waitForDiagnostics(uri, () => true, 5000, since);
      assert.deepEqual(cleared, { uri, diagnostics: [] });
      const pulled = await session.pull(uri);
      assert.equal(pulled.kind === 'full' ? pulled.items.length : -1, 2);
    });
  });
});
