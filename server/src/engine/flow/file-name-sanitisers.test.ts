/**
 * Tables for the file-path and redirect sanitisers (file-name-sanitisers.ts), the browser's
 * request sources, Java's `Path.resolve` and fully qualified pass-through calls: in each case the first argument of the one
 * `sink(...)` call is classified for the sink kind given.
 */
import assert from 'node:assert/strict';
import type { CodeLanguage } from '../contract';
import { withModel } from '../../../../test/support/model-fixture';
import { originOf, type OriginKind, type SinkKind } from './origin';

interface SanitiserCase {
  readonly language: CodeLanguage;
  readonly name: string;
  readonly code: string;
  readonly sink: SinkKind;
  readonly kind: OriginKind;
}

const CASES: readonly SanitiserCase[] = [
  { language: 'javascript', name: 'path.basename protects a path', code: "app.get('/f', (req, res) => sink('/srv/files/' + path.basename(req.query.f)));\n", sink: 'path', kind: 'sanitised' },
  { language: 'javascript', name: 'path.basename does not protect a shell command', code: "app.get('/f', (req, res) => sink('cat ' + path.basename(req.query.f)));\n", sink: 'shell', kind: 'request' },
  { language: 'javascript', name: 'path.normalize does not protect a path', code: "app.get('/f', (req, res) => sink(path.normalize(req.query.f)));\n", sink: 'path', kind: 'request' },
  { language: 'javascript', name: 'encodeURIComponent protects a redirect', code: "app.get('/r', (req, res) => sink(encodeURIComponent(req.query.to)));\n", sink: 'redirect', kind: 'sanitised' },
  { language: 'javascript', name: 'encodeURIComponent does not protect an outbound URL', code: "app.get('/r', (req, res) => sink(encodeURIComponent(req.query.to)));\n", sink: 'url', kind: 'unknown' },
  { language: 'javascript', name: 'the browser query string is request data', code: "const next = new URLSearchParams(window.location.search).get('next');\nsink(next);\n", sink: 'redirect', kind: 'request' },
  { language: 'javascript', name: 'the referrer is request data', code: 'sink(document.referrer);\n', sink: 'redirect', kind: 'request' },
  { language: 'python', name: 'os.path.basename protects a path', code: 'def view(request):\n    sink("/srv/files/" + os.path.basename(request.args["f"]))\n', sink: 'path', kind: 'sanitised' },
  { language: 'python', name: 'secure_filename protects a path', code: 'from werkzeug.utils import secure_filename\ndef view(request):\n    sink(secure_filename(request.args["f"]))\n', sink: 'path', kind: 'sanitised' },
  { language: 'java', name: 'FilenameUtils.getName protects a path', code: 'class A { void f(HttpServletRequest request) { sink(FilenameUtils.getName(request.getParameter("f"))); } }', sink: 'path', kind: 'sanitised' },
  { language: 'java', name: 'Path.getFileName protects a path', code: 'class A { void f(HttpServletRequest request) { sink(Paths.get(request.getParameter("f")).getFileName()); } }', sink: 'path', kind: 'sanitised' },
  { language: 'java', name: 'Path.resolve carries its argument', code: 'class A { void f(HttpServletRequest request) { sink(BASE.resolve(request.getParameter("f"))); } }', sink: 'path', kind: 'request' },
  { language: 'java', name: 'a fully qualified URLDecoder.decode carries its argument', code: 'class A { void f(HttpServletRequest request) { sink(java.net.URLDecoder.decode(request.getHeader("f"), "UTF-8")); } }', sink: 'path', kind: 'request' },
  { language: 'csharp', name: 'Path.GetFileName protects a path', code: 'class A { void F(HttpRequest request) { sink(Path.Combine("/srv/files", Path.GetFileName(request.Query["f"]))); } }', sink: 'path', kind: 'sanitised' },
  { language: 'go', name: 'filepath.Base protects a path', code: 'package p\nfunc h(w http.ResponseWriter, r *http.Request) { sink(filepath.Base(r.FormValue("f"))) }\n', sink: 'path', kind: 'sanitised' },
  { language: 'go', name: 'filepath.Clean does not protect a path', code: 'package p\nfunc h(w http.ResponseWriter, r *http.Request) { sink(filepath.Clean(r.FormValue("f"))) }\n', sink: 'path', kind: 'request' },
  { language: 'php', name: 'basename protects a path', code: "<?php\nsink('/srv/' . basename($_GET['f']));\n", sink: 'path', kind: 'sanitised' },
  { language: 'ruby', name: 'File.basename protects a path', code: 'def show\n  sink(File.basename(params[:f]))\nend\n', sink: 'path', kind: 'sanitised' },
];

describe('file-name sanitisers and request sources for path, URL and redirect sinks', () => {
  for (const testCase of CASES) {
    it(`${testCase.language}: ${testCase.name}`, async () => {
      const kind = await withModel(testCase.language, testCase.code, (model) => {
        const sinks = model.calls().filter((call) => call.name === 'sink');
        assert.equal(sinks.length, 1, 'each case has exactly one sink(...) call');
        const argument = sinks[0]?.args[0];
        assert.ok(argument, 'the sink call has an argument');
        return originOf(model, argument.node, testCase.sink).kind;
      });
      assert.equal(kind, testCase.kind);
    });
  }
});
