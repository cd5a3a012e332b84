/**
 * The html sink's sanitisers: in each case the first argument of the one `sink(...)` call is
 * classified for the html sink, and the same value for the sql sink, which HTML escaping does not protect.
 */
import assert from 'node:assert/strict';
import type { CodeLanguage } from '../contract';
import { withModel } from '../../../../test/support/model-fixture';
import { originOf, type OriginKind } from './origin';

async function kinds(language: CodeLanguage, code: string): Promise<{ html: OriginKind; sql: OriginKind }> {
  return withModel(language, code, (model) => {
    const argument = model.calls().find((call) => call.name === 'sink')?.args[0];
    assert.ok(argument, 'the case has a sink(...) call with an argument');
    return { html: originOf(model, argument.node, 'html').kind, sql: originOf(model, argument.node, 'sql').kind };
  });
}

const ESCAPED: readonly (readonly [CodeLanguage, string, string])[] = [
  ['javascript', 'DOMPurify.sanitize', "function f(req) {\n  sink('<p>' + DOMPurify.sanitize(req.query.q) + '</p>');\n}\n"],
  ['javascript', 'escape-html', "function f(req) {\n  sink(escapeHtml(req.query.q));\n}\n"],
  ['javascript', 'lodash escape', "function f(req) {\n  sink(_.escape(req.query.q));\n}\n"],
  ['javascript', 'encodeURIComponent', "function f(req) {\n  sink('/a?q=' + encodeURIComponent(req.query.q));\n}\n"],
  ['python', 'html.escape through an import', 'from html import escape\ndef view(request):\n    sink("<b>" + escape(request.GET["q"]) + "</b>")\n'],
  ['python', 'markupsafe.escape', 'import markupsafe\ndef view(request):\n    sink(markupsafe.escape(request.GET["q"]))\n'],
  ['python', 'bleach.clean', 'import bleach\ndef view(request):\n    sink(bleach.clean(request.GET["q"]))\n'],
  ['php', 'htmlspecialchars', '<?php\nsink(htmlspecialchars($_GET["q"], ENT_QUOTES));\n'],
  ['php', 'htmlentities', '<?php\n$q = htmlentities($_POST["q"]);\nsink("<p>$q</p>");\n'],
  ['ruby', 'ERB::Util.html_escape', 'def show\n  sink(ERB::Util.html_escape(params[:q]))\nend\n'],
  ['ruby', 'h', 'def show\n  sink(h(params[:q]))\nend\n'],
  ['csharp', 'HtmlEncoder.Default.Encode', 'class C { void M() { sink(HtmlEncoder.Default.Encode(Request.Query["q"])); } }\n'],
  ['csharp', 'WebUtility.HtmlEncode', 'class C { void M() { sink(WebUtility.HtmlEncode(Request.Query["q"])); } }\n'],
  ['go', 'html.EscapeString', 'package p\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tsink(html.EscapeString(r.FormValue("q")))\n}\n'],
  ['java', 'OWASP Encoder', 'class C { void m(HttpServletRequest request) { sink(Encode.forHtml(request.getParameter("q"))); } }\n'],
];

describe('html sanitisers', () => {
  for (const [language, name, code] of ESCAPED) {
    it(`${language}: ${name} protects the html sink only`, async () => {
      const result = await kinds(language, code);
      assert.equal(result.html, 'sanitised');
      assert.notEqual(result.sql, 'sanitised');
    });
  }

  it('a generic escape method needs an owner that says HTML', async () => {
    const result = await kinds('javascript', "function f(req) {\n  sink(db.escape(req.query.q));\n}\n");
    assert.notEqual(result.html, 'sanitised');
  });

  it('decoding is not escaping', async () => {
    const result = await kinds('javascript', "function f(req) {\n  sink(decodeURIComponent(req.query.q));\n}\n");
    assert.equal(result.html, 'request');
  });
});
