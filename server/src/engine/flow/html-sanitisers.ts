/**
 * Sanitisers that make a value safe to write into HTML (the `html` sink kind, for XSS rules):
 * HTML escaping (`html.escape`, `htmlspecialchars`, `ERB::Util.html_escape`, `HtmlEncoder.Encode`),
 * HTML sanitising libraries (DOMPurify, bleach, sanitize-html, HtmlSanitizer, bluemonday) and URL
 * encoding (`encodeURIComponent`, `urlencode`), whose output carries no markup characters.
 *
 * The language modules answer for conversions (numbers, booleans); this table answers for the
 * escapers, so the html sink needs no edit in seven language modules. A name counts when it can
 * only mean HTML escaping (`escapeHtml`, `htmlspecialchars`); a generic one (`escape`, `encode`,
 * `sanitize`, `clean`) counts only with an owner that says what it escapes for (`_.escape`,
 * `he.encode`, `DOMPurify.sanitize`, `bleach.clean`), or as Python's imported `escape`.
 */
import type { SyntaxNode } from '../contract';
import { compact, lastSegment, type FlowContext, type SanitiserStrength, type SinkKind } from './syntax';

/** Function or method names that escape or sanitise for HTML whatever their owner. */
const HTML_ESCAPERS: ReadonlySet<string> = new Set([
  // JavaScript: escape-html, lodash, he, xss, sanitize-html, js-xss, Handlebars
  'escapeHtml', 'escapeHTML', 'htmlEscape', 'encodeHTML', 'encodeHtml', 'sanitizeHtml', 'sanitizeHTML', 'filterXSS', 'escapeExpression',
  'encodeURIComponent', 'encodeURI',
  // Python: html, markupsafe, django.utils.html, bleach, cgi, nh3
  'conditional_escape', 'escapejs', 'quote_plus', 'urlencode',
  // PHP and WordPress, Laravel
  'htmlspecialchars', 'htmlentities', 'esc_html', 'esc_attr', 'esc_url', 'esc_textarea', 'wp_kses', 'wp_kses_post',
  'rawurlencode', 'intval', 'absint',
  // Ruby and Rails
  'html_escape', 'escape_html', 'sanitize', 'strip_tags', 'escape_javascript', 'url_encode', 'json_escape', 'h',
  // C#: WebUtility, HttpUtility, AntiXssEncoder, HtmlEncoder, HtmlSanitizer
  'HtmlEncode', 'HtmlAttributeEncode', 'UrlEncode', 'EscapeDataString', 'JavaScriptStringEncode',
  // Go: html, text/template helpers, net/url
  'EscapeString', 'HTMLEscapeString', 'HTMLEscaper', 'QueryEscape', 'PathEscape',
  // Java (OWASP Encoder, ESAPI, Spring, commons-text)
  'forHtml', 'forHtmlContent', 'forHtmlAttribute', 'encodeForHTML', 'encodeForHTMLAttribute', 'escapeHtml4',
]);

/** Generic names (`escape`, `encode`, `sanitize`, `clean`, `purify`) count with one of these owners. */
const ESCAPING_OWNERS: ReadonlySet<string> = new Set([
  // JavaScript
  '_', 'lodash', 'he', 'validator', 'DOMPurify', 'dompurify', 'purify', 'xss', 'Handlebars', 'sanitizer',
  // Python
  'html', 'markupsafe', 'Markup', 'flask', 'jinja2', 'cgi', 'bleach', 'nh3', 'saxutils', 'django.utils.html',
  // Ruby
  'CGI', 'ERB::Util', 'Rack::Utils', 'Loofah',
  // C#: HtmlEncoder.Default.Encode, JavaScriptEncoder.Default.Encode, UrlEncoder.Default.Encode
  'HtmlEncoder.Default', 'HtmlEncoder', 'JavaScriptEncoder.Default', 'UrlEncoder.Default', 'Encoder', 'HtmlSanitizer',
  // Go: html.EscapeString and url.QueryEscape are named above; bluemonday policies (`p.Sanitize`) have no telling owner.
  'url',
  // PHP: HTMLPurifier
  '$purifier', 'HTMLPurifier', 'Purifier',
]);

const GENERIC_ESCAPES: ReadonlySet<string> = new Set(['escape', 'encode', 'sanitize', 'Sanitize', 'clean', 'purify', 'Encode', 'escape_html']);

/** Python's `escape` imported from an escaping module (`from html import escape`) resolves to one of these. */
const PYTHON_QUALIFIED: readonly string[] = ['html.escape', 'markupsafe.escape', 'flask.escape', 'jinja2.escape', 'django.utils.html.escape', 'cgi.escape', 'bleach.clean', 'nh3.clean', 'xml.sax.saxutils.escape'];

/** Whether `node` is a call that makes its value safe for HTML. */
export function htmlSanitiser(node: SyntaxNode, context: FlowContext, sink: SinkKind): SanitiserStrength | undefined {
  if (sink !== 'html') return undefined;
  const call = context.callAt(node);
  if (call === undefined) return undefined;
  if (HTML_ESCAPERS.has(call.name)) return 'strong';
  if (PYTHON_QUALIFIED.includes(call.qualified)) return 'strong';
  // A bare `escape(x)`: Python's imported escapers, JavaScript's global percent-encoding.
  if (call.name === 'escape' && call.receiver === undefined) return 'strong';
  if (!GENERIC_ESCAPES.has(call.name) || call.receiver === undefined) return undefined;
  const owner = compact(call.receiver.text);
  const ownerName = lastSegment(owner);
  return ESCAPING_OWNERS.has(owner) || ESCAPING_OWNERS.has(ownerName) ? 'strong' : undefined;
}
