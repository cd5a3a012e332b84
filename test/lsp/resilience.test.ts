/**
 * Resilience of the language server (issue 6): a thousand rapid incremental edits end in the same
 * diagnostics as a fresh analysis of the final text; open/close storms, malformed JSON-RPC,
 * unknown URIs, out-of-range edits and a configuration change in the middle of a workspace scan
 * leave the server up and answering. The built-in rules run, so the edits exercise real parsing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DidChangeTextDocumentNotification, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TempProject } from '../cli/temp-project';
import { fileUri, LspSession, REPOSITORY_ROOT } from './lsp-session';

const SAMPLE = readFileSync(path.join(REPOSITORY_ROOT, 'samples/python-service/app.py'), 'utf8');
/** Whole lines, so the text stays valid Python and keeps findings to compare at the end. */
const LINES = ['digest = hashlib.md5(data).hexdigest()\n', 'session = requests.get(url, verify=False)\n', 'note = "😀 ünïcode"\n', 'value = 1\n', '# a comment 😀\n', '\n'];

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Line and UTF-16 character of an offset, as LSP counts them. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function comparable(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character}-${diagnostic.range.end.line}:${diagnostic.range.end.character} ${String(diagnostic.code)} ${typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value}`);
}

async function answersHover(session: LspSession, uri: string): Promise<void> {
  const hover = await Promise.race([session.hover(uri, 0, 0), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))]);
  assert.notEqual(hover, 'timeout', 'the server stopped answering');
}

describe('language server resilience', function () {
  this.timeout(240_000);
  let project: TempProject;
  let session: LspSession;

  before(async () => {
    project = new TempProject({ '.git/HEAD': '', 'app.py': SAMPLE, 'lib/util.js': "const h = require('crypto').createHash('md5');\n" });
    session = await LspSession.start({ folders: [project.root], rules: 'builtin' });
  });
  after(async () => {
    await session.stop();
    project.remove();
  });

  it('ends 1,000 rapid incremental edits with the diagnostics of a fresh analysis', async () => {
    const uri = fileUri(project.path('edited.py'));
    let text = SAMPLE;
    await session.open(uri, 'python', text);
    const random = mulberry32(6);
    let version = 1;
    for (let edit = 0; edit < 1000; edit++) {
      // Insert a whole line, delete one, or change one letter, at a random line start.
      const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => (match.index ?? 0) + 1)].filter((offset) => offset <= text.length);
      const start = lineStarts[Math.floor(random() * lineStarts.length)]!;
      const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start) + 1;
      const choice = random();
      let end = start;
      let inserted = LINES[Math.floor(random() * LINES.length)]!;
      if (choice < 0.3 && lineEnd > start) {
        end = lineEnd;
        inserted = '';
      } else if (choice < 0.5 && /^[a-z]/.test(text.slice(start, start + 1))) {
        end = start + 1;
        inserted = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
      }
      const range = { start: positionAt(text, start), end: positionAt(text, end) };
      text = text.slice(0, start) + inserted + text.slice(end);
      version++;
      void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: inserted }] });
    }
    // A last edit appends a known finding, so the comparison below has something to compare.
    const tail = '\n\nimport hashlib\ndigest = hashlib.md5(b"token").hexdigest()\n';
    const end = positionAt(text, text.length);
    text += tail;
    version++;
    void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: tail }] });
    const finalVersion = version;
    const edited = await session.waitForDiagnostics(uri, (params) => params.version === finalVersion, 120_000);

    const freshUri = fileUri(project.path('fresh.py'));
    await session.open(freshUri, 'python', text);
    const fresh = await session.waitForDiagnostics(freshUri, (params: PublishDiagnosticsParams) => params.version === 1, 30_000);
    assert.ok(fresh.diagnostics.length > 0, 'the final text still has findings to compare');
    assert.deepEqual(comparable(edited.diagnostics), comparable(fresh.diagnostics));
  });

  it('survives an open/close storm and still answers', async () => {
    const opened: Promise<void>[] = [];
    for (let round = 0; round < 200; round++) {
      const uri = fileUri(project.path(`storm/file-${round % 20}.js`));
      opened.push(session.open(uri, 'javascript', `const h${round} = require('crypto').createHash('md5');\n`, round + 1));
      opened.push(session.close(uri));
    }
    await Promise.all(opened);
    const uri = fileUri(project.path('storm/last.js'));
    await session.open(uri, 'javascript', "require('crypto').createHash('md5');\n");
    const last = await session.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0, 30_000);
    assert.equal(last.diagnostics[0]?.code, 'crypto/weak-hash');
  });

  it('ignores malformed JSON-RPC and unknown methods, and keeps answering', async () => {
    const body = '{"jsonrpc":"2.0","id":991,"method":"textDocument/hover","params":{';
    session.writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const notJson = 'this is not json';
    session.writeRaw(`Content-Length: ${Buffer.byteLength(notJson)}\r\n\r\n${notJson}`);
    await assert.rejects(session.connection.sendRequest('mojSecureCode/noSuchMethod', {}));
    await answersHover(session, fileUri(project.path('app.py')));
    assert.ok(session.running);
  });

  it('answers requests about unknown URIs with nothing', async () => {
    const unknown = 'file:///no/such/file.py';
    assert.equal(await session.hover(unknown, 3, 4), null);
    assert.deepEqual(await session.codeActions(unknown, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, []), []);
    assert.equal(await session.hover('untitled:Untitled-1', 0, 0), null);
  });

  it('survives an out-of-range incremental edit, and a full change repairs the document', async () => {
    const uri = fileUri(project.path('range.js'));
    await session.open(uri, 'javascript', 'const a = 1;\n');
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 9999, character: 5 }, end: { line: 10_000, character: 0 } }, text: 'x' }],
    });
    await answersHover(session, uri);
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: "require('crypto').createHash('md5');\n" }],
    });
    const repaired = await session.waitForDiagnostics(uri, (params) => params.version === 3, 30_000);
    assert.deepEqual(repaired.diagnostics.map((diagnostic) => diagnostic.code), ['crypto/weak-hash']);
  });

  it('finishes a workspace scan when the configuration changes during it', async () => {
    const scan = session.connection.sendRequest<{ files: number; cancelled: boolean }>('mojSecureCode/scanWorkspace', {});
    await session.changeSettings(() => ({ minSeverity: 'medium' }));
    const result = await scan;
    assert.equal(result.cancelled, false);
    assert.ok(result.files >= 2);
    await answersHover(session, fileUri(project.path('app.py')));
  });
});
