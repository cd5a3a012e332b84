import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TempProject } from '../cli/temp-project';
import { fileUri, LspSession } from './lsp-session';

/** YYYY-MM-DD, `days` after today in UTC, as the server dates a new suppression. */
function daysFromToday(days: number): string {
  const date = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The edits a workspace edit makes to one document. */
function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  const fromChanges = edit?.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit?.documentChanges ?? [])
    .filter((change): change is TextDocumentEdit => 'textDocument' in change && change.textDocument.uri === uri)
    .flatMap((change) => change.edits.filter((item): item is TextEdit => 'range' in item));
  return [...fromChanges, ...fromDocumentChanges];
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits);
}

function titles(actions: readonly CodeAction[]): string[] {
  return actions.map((action) => action.title);
}

/** Code actions and the edits they make, from dist/server.js with the fixture rules (test/fixtures/lsp). */
describe('language server code actions', function () {
  this.timeout(20_000);
  const until = daysFromToday(90);
  let project: TempProject;
  let session: LspSession;

  beforeEach(async () => {
    project = new TempProject({ '.git/HEAD': '' });
    session = await LspSession.start({ folders: [project.root] });
  });
  afterEach(async () => {
    await session.stop();
    project.remove();
  });

  async function openAndDiagnose(relative: string, languageId: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    project.write({ [relative]: text });
    const uri = fileUri(project.path(relative));
    await session.open(uri, languageId, text);
    const published = await session.waitForDiagnostics(uri);
    return { uri, diagnostics: published.diagnostics };
  }

  it('offers per finding: its fix (preferred when safe), fix all of the rule, suppress, guidance and documentation', async () => {
    const text = 'const a = md5(x);\nconst b = md5(y);\n';
    const { uri, diagnostics } = await openAndDiagnose('src/two.js', 'javascript', text);
    const first = diagnostics[0]!;
    const actions = await session.codeActions(uri, first.range, [first]);
    assert.deepEqual(titles(actions), [
      'Use SHA-256',
      'Fix all test/md5-call findings in this file',
      'Suppress test/md5-call on this line…',
      'Open MoJ guidance',
      'Show rule documentation for test/md5-call',
    ]);
    assert.deepEqual(
      actions.map((action) => [action.kind, action.isPreferred]),
      [['quickfix', true], ['quickfix', undefined], ['quickfix', undefined], ['quickfix', undefined], ['quickfix', undefined]],
    );
    assert.equal(applied(text, editsFor(actions[0]!.edit, uri)), 'const a = sha256(x);\nconst b = md5(y);\n');
    assert.equal(applied(text, editsFor(actions[1]!.edit, uri)), 'const a = sha256(x);\nconst b = sha256(y);\n');
    assert.deepEqual(actions[0]!.edit?.documentChanges?.[0], {
      textDocument: { uri, version: 1 },
      edits: [{ range: { start: { line: 0, character: 10 }, end: { line: 0, character: 13 } }, newText: 'sha256' }],
    });
    assert.deepEqual(actions[3]!.command, {
      title: 'Open MoJ guidance',
      command: 'mojSecureCode.openPolicyPage',
      arguments: ['https://security-guidance.service.justice.gov.uk/cryptography/#hashing'],
    });
    assert.deepEqual(actions[4]!.command, { title: 'Show rule documentation', command: 'mojSecureCode.showRuleDocumentation', arguments: ['test/md5-call', uri] });
  });

  it('does not prefer a suggestion fix, and redacts a secret in its title', async () => {
    const { uri, diagnostics } = await openAndDiagnose('src/key.js', 'javascript', "const k = 'sk_live_0123456789abcdef';\n");
    const actions = await session.codeActions(uri, diagnostics[0]!.range, diagnostics);
    assert.deepEqual(actions[0] && [actions[0].title, actions[0].isPreferred], ['Replace sk_l… with process.env.LIVE_KEY', false]);
  });

  it('source.fixAll.mojSecureCode applies the safe fixes only, with no diagnostics needed', async () => {
    const text = "md5(a);\nconst k = 'sk_live_0123456789abcdef';\nmd5(b);\n";
    const { uri } = await openAndDiagnose('src/mixed.js', 'javascript', text);
    const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    const actions = await session.codeActions(uri, whole, [], ['source.fixAll.mojSecureCode']);
    assert.deepEqual(titles(actions), ['Apply all safe MoJ Secure Code fixes']);
    assert.equal(actions[0]!.kind, 'source.fixAll.mojSecureCode');
    assert.equal(applied(text, editsFor(actions[0]!.edit, uri)), "sha256(a);\nconst k = 'sk_live_0123456789abcdef';\nsha256(b);\n");
    // `source.fixAll` in general (what editor.codeActionsOnSave asks for) includes it too.
    assert.deepEqual(titles(await session.codeActions(uri, whole, [], ['source.fixAll'])), ['Apply all safe MoJ Secure Code fixes']);
    assert.deepEqual(titles(await session.codeActions(uri, whole, [], ['source.organizeImports'])), []);
  });

  it('suppresses on the flagged line in JavaScript, and the suppression then holds (as an unjustified one)', async () => {
    const text = 'const a = md5(x); // cache key\n';
    const { uri, diagnostics } = await openAndDiagnose('src/one.js', 'javascript', text);
    const suppress = (await session.codeActions(uri, diagnostics[0]!.range, diagnostics)).find((action) => action.title.startsWith('Suppress'));
    const fixed = applied(text, editsFor(suppress?.edit, uri));
    assert.equal(fixed, `const a = md5(x); // cache key // moj-secure-code-ignore test/md5-call -- TODO: say why this is safe until ${until}\n`);
    const version = await session.change(uri, fixed);
    const after = await session.waitForDiagnostics(uri, (params) => params.version === version);
    assert.deepEqual(after.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['suppression/unjustified', 4]]);
  });

  it('suppresses on its own line above an element among JSX children, with the line’s indentation', async () => {
    const text = 'const A = () => (\n  <div>\n    <p>{md5(x)}</p>\n  </div>\n);\n';
    const { uri, diagnostics } = await openAndDiagnose('src/view.jsx', 'javascriptreact', text);
    const suppress = (await session.codeActions(uri, diagnostics[0]!.range, diagnostics)).find((action) => action.title.startsWith('Suppress'));
    const fixed = applied(text, editsFor(suppress?.edit, uri));
    assert.equal(
      fixed,
      `const A = () => (\n  <div>\n    {/* moj-secure-code-ignore test/md5-call -- TODO: say why this is safe until ${until} */}\n    <p>{md5(x)}</p>\n  </div>\n);\n`,
    );
    const version = await session.change(uri, fixed);
    const after = await session.waitForDiagnostics(uri, (params) => params.version === version);
    assert.deepEqual(after.diagnostics.map((diagnostic) => diagnostic.code), ['suppression/unjustified']);
  });

  it('suppresses above the whole instruction in a Dockerfile, keeping its CRLF line endings', async () => {
    const text = 'FROM node:20\r\nRUN apt-get update && \\\r\n    curl -o /tmp/x http://example.com/x\r\n';
    const { uri, diagnostics } = await openAndDiagnose('Dockerfile', 'dockerfile', text);
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]), [['test/plain-http', 2]]);
    const suppress = (await session.codeActions(uri, diagnostics[0]!.range, diagnostics)).find((action) => action.title.startsWith('Suppress'));
    const fixed = applied(text, editsFor(suppress?.edit, uri));
    assert.equal(
      fixed,
      `FROM node:20\r\n# moj-secure-code-ignore test/plain-http -- TODO: say why this is safe until ${until}\r\nRUN apt-get update && \\\r\n    curl -o /tmp/x http://example.com/x\r\n`,
    );
    const version = await session.change(uri, fixed);
    const after = await session.waitForDiagnostics(uri, (params) => params.version === version);
    assert.deepEqual(after.diagnostics.map((diagnostic) => diagnostic.code), ['suppression/unjustified']);
  });

  it('suppresses a JSON finding by creating the project file with an entry for it', async () => {
    const text = '{\n  "insecure": true\n}\n';
    const { uri, diagnostics } = await openAndDiagnose('config/app.json', 'json', text);
    const actions = await session.codeActions(uri, diagnostics[0]!.range, diagnostics);
    const suppress = actions.find((action) => action.title.startsWith('Suppress'));
    assert.equal(suppress?.title, 'Suppress test/insecure-flag in .moj-secure-code.json…');
    const projectUri = fileUri(project.path('.moj-secure-code.json'));
    const fingerprint = (diagnostics[0]!.data as { fingerprint: string }).fingerprint;
    const expected = {
      suppressions: [{ path: 'config/app.json', rule: 'test/insecure-flag', fingerprint, justification: 'TODO: say why this is safe', until }],
    };
    assert.deepEqual(suppress?.edit?.documentChanges, [
      { kind: 'create', uri: projectUri, options: { overwrite: false, ignoreIfExists: true } },
      {
        textDocument: { uri: projectUri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${JSON.stringify(expected, null, 2)}\n` }],
      },
    ]);

    // Written to disk as the editor would, the entry suppresses the finding.
    project.write({ '.moj-secure-code.json': `${JSON.stringify(expected, null, 2)}\n` });
    const since = session.published.length;
    await session.filesChanged([{ uri: projectUri, type: 1 }]);
    const after = await session.waitForDiagnostics(uri, () => true, 10_000, since);
    assert.deepEqual(after.diagnostics.map((diagnostic) => diagnostic.code), ['suppression/unjustified']);
  });

  it('suppresses a JSON finding by adding to an existing project file, in its indentation', async () => {
    project.write({ '.moj-secure-code.json': '{\n    "minSeverity": "low"\n}\n' });
    const { uri, diagnostics } = await openAndDiagnose('app.json', 'json', '{"insecure": true}\n');
    const suppress = (await session.codeActions(uri, diagnostics[0]!.range, diagnostics)).find((action) => action.title.startsWith('Suppress'));
    const projectUri = fileUri(project.path('.moj-secure-code.json'));
    const fingerprint = (diagnostics[0]!.data as { fingerprint: string }).fingerprint;
    assert.equal(
      applied(readFileSync(project.path('.moj-secure-code.json'), 'utf8'), editsFor(suppress?.edit, projectUri)),
      [
        '{',
        '    "minSeverity": "low",',
        '    "suppressions": [',
        '        {',
        '            "path": "app.json",',
        '            "rule": "test/insecure-flag",',
        `            "fingerprint": "${fingerprint}",`,
        '            "justification": "TODO: say why this is safe",',
        `            "until": "${until}"`,
        '        }',
        '    ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('offers nothing for a diagnostic from an older version whose range has moved', async () => {
    const { uri, diagnostics } = await openAndDiagnose('src/moved.js', 'javascript', 'md5(x);\n');
    const version = await session.change(uri, '\nmd5(x);\n');
    await session.waitForDiagnostics(uri, (params) => params.version === version);
    assert.deepEqual(await session.codeActions(uri, diagnostics[0]!.range, diagnostics), []);
  });

  it('offers the fix for the first pulled diagnostic after the settings change a client sends at start-up', async () => {
    // VS Code's language client sends workspace/didChangeConfiguration as soon as the server
    // registers for it, just as it pulls a newly opened document's first diagnostics. That change
    // makes every analysis stale; the diagnostics the client holds must still match the new one.
    const pulling = await LspSession.start({ folders: [project.root], pull: true });
    try {
      const text = 'const a = md5(x);\n';
      project.write({ 'src/first.js': text });
      const uri = fileUri(project.path('src/first.js'));
      await pulling.open(uri, 'javascript', text);
      const report = await pulling.pull(uri);
      assert.ok(report.kind === 'full');
      const diagnostic = report.items[0]!;
      await pulling.changeSettings(() => ({}));
      // What Ctrl+. sends: an empty range at the cursor, with the diagnostics under it.
      const cursor = { line: 0, character: diagnostic.range.start.character + 1 };
      const actions = await pulling.codeActions(uri, { start: cursor, end: cursor }, [diagnostic]);
      assert.equal(actions[0]?.title, 'Use SHA-256');
      assert.equal(applied(text, editsFor(actions[0].edit, uri)), 'const a = sha256(x);\n');
    } finally {
      await pulling.stop();
    }
  });
});
