/**
 * Tables for the sanitisers recognised by name (named-sanitisers.ts): each language's LDAP
 * escaping API protects an `ldap` sink and nothing else, ESAPI's XPath encoder an `xpath` sink,
 * and a generic `escape` counts only with an LDAP owner. Where a call does not protect the sink,
 * the helper sees a call it cannot look into (`unknown`), not a sanitised value. The first
 * argument of the one `sink(...)` call is classified.
 */
import assert from 'node:assert/strict';
import type { CodeLanguage } from '../contract';
import { withModel } from '../../../../test/support/model-fixture';
import { originOf, type OriginKind, type SinkKind } from './origin';

interface NamedCase {
  readonly name: string;
  readonly language: CodeLanguage;
  readonly code: string;
  readonly sink: SinkKind;
  readonly kind: OriginKind;
}

const CASES: readonly NamedCase[] = [
  { name: 'python-ldap escape_filter_chars', language: 'python', code: 'def view(request):\n    sink("(uid=" + escape_filter_chars(request.GET["u"]) + ")")\n', sink: 'ldap', kind: 'sanitised' },
  { name: 'python-ldap filter_format through a variable', language: 'python', code: 'def view(request):\n    f = ldap.filter.filter_format("(uid=%s)", [request.GET["u"]])\n    sink(f)\n', sink: 'ldap', kind: 'sanitised' },
  { name: 'an LDAP escaper does not protect SQL', language: 'python', code: 'def view(request):\n    sink("SELECT " + escape_filter_chars(request.GET["u"]))\n', sink: 'sql', kind: 'unknown' },
  { name: 'Spring LdapEncoder.filterEncode', language: 'java', code: 'class A { void f(HttpServletRequest request) { sink("(uid=" + LdapEncoder.filterEncode(request.getParameter("u")) + ")"); } }\n', sink: 'ldap', kind: 'sanitised' },
  { name: 'ESAPI encodeForXPath protects XPath', language: 'java', code: 'class A { void f(HttpServletRequest request) { sink("//u[@n=\'" + ESAPI.encoder().encodeForXPath(request.getParameter("u")) + "\']"); } }\n', sink: 'xpath', kind: 'sanitised' },
  { name: 'Commons Text escapeXml11 protects XPath', language: 'java', code: 'class A { void f(HttpServletRequest request) { sink("//u[@n=\'" + StringEscapeUtils.escapeXml11(request.getParameter("u")) + "\']"); } }\n', sink: 'xpath', kind: 'sanitised' },
  { name: 'encodeForXPath does not protect LDAP', language: 'java', code: 'class A { void f(HttpServletRequest request) { sink("(uid=" + ESAPI.encoder().encodeForXPath(request.getParameter("u")) + ")"); } }\n', sink: 'ldap', kind: 'unknown' },
  { name: 'PHP ldap_escape', language: 'php', code: "<?php\nsink('(uid=' . ldap_escape($_GET['u'], '', LDAP_ESCAPE_FILTER) . ')');\n", sink: 'ldap', kind: 'sanitised' },
  { name: 'go-ldap EscapeFilter', language: 'go', code: 'package p\n\nfunc f(r *http.Request) {\n\tsink(fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(r.FormValue("u"))))\n}\n', sink: 'ldap', kind: 'sanitised' },
  { name: 'Net::LDAP::Filter.escape', language: 'ruby', code: 'sink("(uid=#{Net::LDAP::Filter.escape(params[:u])})")\n', sink: 'ldap', kind: 'sanitised' },
  { name: 'CGI.escape is not an LDAP escaper', language: 'ruby', code: 'sink("(uid=#{CGI.escape(params[:u])})")\n', sink: 'ldap', kind: 'unknown' },
  { name: 'Encoder.LdapFilterEncode', language: 'csharp', code: 'class A { void F(HttpRequest request) { sink("(cn=" + Encoder.LdapFilterEncode(request.Query["u"]) + ")"); } }\n', sink: 'ldap', kind: 'sanitised' },
];

describe('named sanitisers', () => {
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
