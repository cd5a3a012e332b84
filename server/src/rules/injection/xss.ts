/**
 * injection/xss: a value that is not constant written into a page without HTML escaping.
 *
 * Sinks in code, whatever the value's source (request data at high confidence, a parameter or a
 * value this function cannot see at low): DOM sinks in JavaScript and TypeScript (`innerHTML`,
 * `outerHTML`, `insertAdjacentHTML`, `document.write`, `createContextualFragment`), React's
 * `dangerouslySetInnerHTML={{ __html: x }}`, jQuery's `.html(x)` (at most medium: a jQuery guess
 * by name), Angular's `bypassSecurityTrustHtml(x)`, Python's `mark_safe(x)` and `Markup(x)`, C#'s
 * `Html.Raw(x)` and `new HtmlString(x)`, Ruby's `raw(x)` and `x.html_safe`, and Go's
 * `template.HTML(x)` (and `JS`, `HTMLAttr`), which turn html/template's escaping off. These sinks
 * exist to write markup, so whatever reaches them must already be trusted markup.
 *
 * Template engines configured with escaping off are reported at medium confidence (the engine may
 * render text that is not HTML): Jinja's `autoescape=False` and Flask's `jinja_env.autoescape =
 * False`, Nunjucks' `autoescape: false`, Handlebars' `noEscape: true`, with a suggested fix that
 * turns escaping back on.
 *
 * Writers that also carry plenty of harmless output are reported only for request data: PHP
 * `echo`, `print` and `<?=`, a servlet response's writer, Express `res.send`/`write`/`end`,
 * Django's `HttpResponse` and Flask's `make_response`, ASP.NET `Response.Write`, and Go's
 * `fmt.Fprintf` / `io.WriteString` / `Write` to the handler's `http.ResponseWriter`.
 *
 * The engine's data-flow helper says where a value comes from; in the browser the URL, the
 * referrer and `window.name` count as request data. Constants, values passed through an HTML
 * escaper or sanitiser (`DOMPurify.sanitize`, `html.escape`, `markupsafe.escape`,
 * `htmlspecialchars`, `ERB::Util.html_escape`, `h`, `HtmlEncoder.Default.Encode`,
 * `WebUtility.HtmlEncode`, `encodeURIComponent`; engine/flow/html-sanitisers.ts), markup read back
 * from the page (also when a function given only that markup rewrites it, as `el.innerHTML =
 * highlight(el.innerHTML)` does), markup parsed where it cannot run (a `<template>` element's
 * `innerHTML`, the body of a document from `createHTMLDocument` or `DOMParser`), and markup from trusted renderers (`render_to_string`, `format_html`, `content_tag`,
 * translations) are not reported. Django's `format_html` and `Markup('%s') % x` escape their
 * arguments and are not sinks.
 *
 * In templates (Jinja and Django, ERB, EJS, Vue, Razor, Blade; read by the template-tag
 * tokenizer): raw output of an expression that is not a constant (`{{ x|safe }}`, `<%== x %>`,
 * `<%= raw x %>`, `<%= x.html_safe %>`, `<%- x %>`, `v-html="x"`, `@Html.Raw(x)`, `{!! $x !!}`)
 * and `{% autoescape off %}`, at medium confidence (high when the expression reads the request).
 * Escaped output, tags in template comments and literal blocks, raw output of literals, of
 * escaping filters and functions, and of helpers that return safe markup (EJS `include` and a
 * layout's `body`, Laravel `csrf_field()` and `->links()`, `Json.Serialize`, i18n `t('key')`) are
 * not reported.
 *
 * Not covered: JavaScript inside a Vue component's `<script>` block (the file is read as a
 * template), Handlebars and Twig templates, Svelte `{@html}`, and Go's `text/template` used for HTML.
 *
 * Fixes are suggestions, as each changes what the page shows: `el.innerHTML = x` becomes
 * `el.textContent = x`, which writes text rather than markup, and escaping turned off is turned on.
 */
import { injectionConfidence, originOf, positionalArgument, relatedEvidence } from '../../engine/contract';
import type {
  EvidenceNotes,
  CallSite,
  CodeLanguage,
  CodeModel,
  Confidence,
  Fix,
  Rule,
  RuleContext,
  SyntaxNode,
  TemplateTag,
  ValueOrigin,
} from '../../engine/contract';
import { safeRegex } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ requires scanning for cross-site scripting (Vulnerability Scanning Guide: Scanning requirements; OWASP Top 10 in the Vulnerability Scanning and Patch Management Guide).';

type Family = 'dom' | 'react' | 'jquery' | 'angular' | 'python' | 'csharp' | 'ruby' | 'php' | 'go' | 'java' | 'express' | 'go-writer' | 'python-response' | 'csharp-response';

const ADVICE: Readonly<Record<Family, string>> = {
  dom: 'Write text with textContent, or sanitise markup first with DOMPurify.sanitize().',
  react: 'Render the value as a React child, which React escapes, or sanitise it first with DOMPurify.sanitize().',
  jquery: 'Use .text(value), or sanitise markup first with DOMPurify.sanitize().',
  angular: 'Bind the value with [innerHTML], which Angular sanitises, instead of bypassing the sanitiser.',
  python: 'Let the template escape the value, or build markup with format_html(), which escapes its arguments.',
  csharp: 'Let Razor encode the value (@value), or sanitise markup first with an HTML sanitiser such as HtmlSanitizer.',
  ruby: 'Let ERB escape the value, or sanitise markup first with sanitize().',
  php: 'Escape it on output with htmlspecialchars($value, ENT_QUOTES, \'UTF-8\').',
  go: 'Pass the plain string to html/template, which escapes it; convert to template.HTML only markup you built from constants.',
  java: 'Encode the value for HTML before writing it: Encode.forHtml(value) (OWASP Java Encoder) or HtmlUtils.htmlEscape(value).',
  express: 'Render the page with a template engine that escapes values, or escape the value with escape-html before sending it.',
  'go-writer': 'Render the page with html/template, which escapes values, or escape the value with html.EscapeString.',
  'python-response': 'Render a template, which escapes values, or escape the value with django.utils.html.escape or markupsafe.escape.',
  'csharp-response': 'Encode the value with WebUtility.HtmlEncode, or render it in a Razor view, which encodes it.',
};

const TEMPLATE_ADVICE = 'Use the escaped form of output, or sanitise markup before it reaches the template.';

function sourceText(origin: ValueOrigin, browser: boolean): string {
  if (origin.kind === 'request') return browser ? 'the page URL or another value an attacker controls' : 'request data';
  if (origin.kind === 'parameter') return 'a function parameter';
  return 'a value that is not a constant';
}

function codeMessage(origin: ValueOrigin, browser: boolean, sink: string, family: Family): string {
  const source = sourceText(origin, browser);
  const subject = origin.built ? `HTML built from ${source}` : source.charAt(0).toUpperCase() + source.slice(1);
  return `${subject} is written into the page by ${sink} without HTML escaping, so a crafted value can run script in the user's browser (cross-site scripting). ${CONTROL} ${ADVICE[family]}`;
}

function templateMessage(construct: string, fromRequest: boolean): string {
  const what = fromRequest ? 'Request data' : 'A value that is not a constant';
  return `${what} is written into the page without HTML escaping by ${construct}, so markup in it can run script in the user's browser (cross-site scripting). ${CONTROL} ${TEMPLATE_ADVICE}`;
}

const AUTOESCAPE_MESSAGE =
  `{% autoescape off %} turns HTML escaping off for every value in the block, so markup in any of them can run script in the user's browser (cross-site scripting). ${CONTROL} Keep autoescaping on and mark only trusted markup as safe.`;

const EVIDENCE_NOTES: EvidenceNotes = {
  request: 'Request data is read here.',
  parameter: 'The value comes from this parameter.',
  unknown: 'This value is not a constant.',
  sanitised: 'The value is escaped here.',
  constant: 'The value is set here.',
};

// ---------------------------------------------------------------------------------------------
// Sinks in code
// ---------------------------------------------------------------------------------------------

interface Sink {
  /** The value written as markup. */
  readonly value: SyntaxNode;
  /** How the message names the sink. */
  readonly api: string;
  readonly family: Family;
  /** Whether the sink runs in the browser, where the URL and the referrer are the attacker's input. */
  readonly browser: boolean;
  /** The most confidence the sink supports: jQuery's `.html` is recognised by the receiver's name, a guess. */
  readonly ceiling?: Confidence;
  /**
   * Reported only for request data: writers that also carry plenty of harmless output (PHP
   * `echo`, a servlet's writer, Express `res.send`), where a parameter or unknown value says little.
   */
  readonly requestOnly?: boolean;
  readonly fix?: Fix;
}

const DOM_PROPERTIES: ReadonlySet<string> = new Set(['innerHTML', 'outerHTML']);

function lastMember(target: string): string {
  const dot = target.lastIndexOf('.');
  return dot < 0 ? target : target.slice(dot + 1);
}

/** Makers of a container whose markup runs no script: a `<template>` element, a document with no window. */
const INERT_TEMPLATE = ['createElement("template")', "createElement('template')", 'createElement(`template`)'];
const INERT_DOCUMENT = ['.createHTMLDocument(', '.createDocument(', '.parseFromString('];
/** Parts of an inert document that markup is written into. */
const DOCUMENT_PARTS: ReadonlySet<string> = new Set(['documentElement', 'body', 'head']);

/**
 * `const t = document.createElement('template'); t.innerHTML = html; return t.content` parses markup
 * without running it (a `<template>`'s content is inert), as does writing into a document made by
 * `createHTMLDocument`, `createDocument` or `DOMParser`, which has no window to run script in.
 * Parsing helpers in DOM-diffing libraries and sanitisers do this; the markup is reported where it
 * is inserted into the live page.
 */
function isInertContainer(code: CodeModel, target: string, at: SyntaxNode): boolean {
  const parts = target.split('.');
  parts.pop();
  const part = parts.length > 1 ? parts[parts.length - 1] ?? '' : '';
  const documentPart = DOCUMENT_PARTS.has(part);
  if (documentPart) parts.pop();
  const holder = parts.join('.');
  if (holder === '' || holder.includes('(')) return false;
  const scope = code.enclosingFunction(at);
  const makers = code.assignments().filter((assignment) => assignment.target === holder && code.enclosingFunction(assignment.node)?.id === scope?.id);
  if (makers.length === 0) return false;
  return makers.every((assignment) => {
    const value = compactText(assignment.value.text);
    return documentPart ? INERT_DOCUMENT.some((maker) => value.includes(maker)) : INERT_TEMPLATE.some((maker) => value.endsWith(maker));
  });
}

function javascriptSinks(code: CodeModel, text: string): Sink[] {
  const sinks: Sink[] = [];
  for (const assignment of code.assignments()) {
    const property = lastMember(assignment.target);
    if (!DOM_PROPERTIES.has(property) || !assignment.target.includes('.') || isInertContainer(code, assignment.target, assignment.node)) continue;
    sinks.push({ value: assignment.value, api: property, family: 'dom', browser: true, fix: textContentFix(assignment.targetNode, property, assignment.node) });
  }
  // `el.innerHTML += html` appends markup the same way. The property is written out on the left,
  // so a file that never names one is spared a walk of its whole tree.
  const namesProperty = [...DOM_PROPERTIES].some((property) => text.includes(property));
  for (const node of namesProperty ? code.nodesOfType(['augmented_assignment_expression']) : []) {
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (left === null || left === undefined || right === null || right === undefined) continue;
    const property = lastMember(left.text);
    if (left.type === 'member_expression' && DOM_PROPERTIES.has(property)) sinks.push({ value: right, api: property, family: 'dom', browser: true });
  }
  for (const call of code.calls()) {
    const sink = javascriptCallSink(call);
    if (sink !== undefined) sinks.push(sink);
  }
  for (const pair of code.keyValues()) {
    // `dangerouslySetInnerHTML={{ __html: x }}`, also through React.createElement; Vue's `domProps: { innerHTML: x }`.
    if (pair.key === '__html') sinks.push({ value: pair.value, api: 'dangerouslySetInnerHTML', family: 'react', browser: true });
    else if (pair.key === 'innerHTML') sinks.push({ value: pair.value, api: 'innerHTML', family: 'dom', browser: true });
  }
  return sinks;
}

/** Angular's DomSanitizer methods that mark a value as trusted markup or script, skipping its sanitiser. */
const ANGULAR_BYPASSES: ReadonlySet<string> = new Set(['bypassSecurityTrustHtml', 'bypassSecurityTrustScript']);

const DOCUMENT_WRITERS: ReadonlySet<string> = new Set(['document.write', 'document.writeln', 'window.document.write', 'window.document.writeln']);

function javascriptCallSink(call: CallSite): Sink | undefined {
  if (DOCUMENT_WRITERS.has(call.callee)) {
    const value = positionalArgument(call, 0);
    return value ? { value, api: call.callee, family: 'dom', browser: true } : undefined;
  }
  if (call.name === 'insertAdjacentHTML' && call.receiver !== undefined) {
    const value = positionalArgument(call, 1);
    return value ? { value, api: 'insertAdjacentHTML', family: 'dom', browser: true } : undefined;
  }
  if (ANGULAR_BYPASSES.has(call.name) && call.receiver !== undefined) {
    const value = positionalArgument(call, 0);
    return value ? { value, api: call.name, family: 'angular', browser: true } : undefined;
  }
  if (call.name === 'createContextualFragment' && call.receiver !== undefined) {
    const value = positionalArgument(call, 0);
    return value ? { value, api: 'createContextualFragment', family: 'dom', browser: true } : undefined;
  }
  if (EXPRESS_SENDERS.has(call.name) && call.receiver !== undefined && isExpressResponse(call.receiver)) {
    const value = positionalArgument(call, 0);
    return value ? { value, api: `res.${call.name}`, family: 'express', browser: false, requestOnly: true } : undefined;
  }
  if (call.name === 'html' && call.args.length === 1 && call.receiver !== undefined && isJQuery(call.receiver)) {
    const value = positionalArgument(call, 0);
    // `.html(function () {…})` computes markup elsewhere; only a value passed in is followed.
    if (value === undefined || value.type.includes('function')) return undefined;
    return { value, api: 'jQuery .html()', family: 'jquery', browser: true, ceiling: 'medium' };
  }
  return undefined;
}

/** Express response methods whose string body is sent as HTML by default. */
const EXPRESS_SENDERS: ReadonlySet<string> = new Set(['send', 'write', 'end']);

/** `res`, `response`, or a chain on them (`res.status(200)`). */
function isExpressResponse(receiver: SyntaxNode): boolean {
  const text = compactText(receiver.text);
  return text === 'res' || text === 'response' || text.startsWith('res.status(') || text.startsWith('response.status(');
}

/** `$(…)`, `jQuery(…)`, or a variable named like a jQuery object (`$el`). */
function isJQuery(receiver: SyntaxNode): boolean {
  const text = receiver.text;
  return text.startsWith('$(') || text.startsWith('jQuery(') || (text.startsWith('$') && receiver.type === 'identifier' && text.length > 1);
}

/** `el.innerHTML = x` → `el.textContent = x`: a suggestion, since markup in x then shows as text. */
function textContentFix(targetNode: SyntaxNode, property: string, statement: SyntaxNode): Fix | undefined {
  if (property !== 'innerHTML' || targetNode.type !== 'member_expression' || statement.type !== 'assignment_expression') return undefined;
  const name = targetNode.childForFieldName('property');
  if (name === null || name.text !== 'innerHTML') return undefined;
  return { title: 'Write text with textContent instead of innerHTML', edits: [{ start: name.startIndex, end: name.endIndex, newText: 'textContent' }], safety: 'suggestion' };
}

const PYTHON_WRAPPERS: ReadonlySet<string> = new Set([
  'django.utils.safestring.mark_safe', 'django.utils.html.mark_safe', 'markupsafe.Markup', 'flask.Markup', 'jinja2.Markup',
  'django.utils.safestring.SafeString', 'django.utils.safestring.SafeText',
]);
const PYTHON_WRAPPER_NAMES: ReadonlySet<string> = new Set(['mark_safe', 'Markup', 'SafeString', 'SafeText']);

/** Responses whose body is HTML by default: Django's HttpResponse, Flask's make_response and Response. */
const PYTHON_RESPONSES: ReadonlySet<string> = new Set(['django.http.HttpResponse', 'flask.make_response', 'flask.Response', 'werkzeug.wrappers.Response']);

function pythonSink(call: CallSite): Sink | undefined {
  const value = positionalArgument(call, 0) ?? call.args.find((argument) => argument.name === 'content' || argument.name === 'response')?.node;
  if (value === undefined) return undefined;
  if (PYTHON_WRAPPERS.has(call.qualified) || (call.receiver === undefined && PYTHON_WRAPPER_NAMES.has(call.callee))) return { value, api: call.name, family: 'python', browser: false };
  if (PYTHON_RESPONSES.has(call.qualified)) return { value, api: call.name, family: 'python-response', browser: false, requestOnly: true };
  return undefined;
}

function csharpSink(call: CallSite): Sink | undefined {
  const value = positionalArgument(call, 0);
  if (value === undefined) return undefined;
  if (call.name === 'Raw' && call.receiver !== undefined && compactText(call.receiver.text).endsWith('Html')) return { value, api: 'Html.Raw', family: 'csharp', browser: false };
  const type = call.callee.split('.').pop() ?? '';
  if (call.isConstructor && (type === 'HtmlString' || type === 'MvcHtmlString' || type === 'MarkupString')) return { value, api: `new ${type}`, family: 'csharp', browser: false };
  if (call.callee === 'MvcHtmlString.Create') return { value, api: 'MvcHtmlString.Create', family: 'csharp', browser: false };
  if (call.callee === 'Response.Write' || call.callee.endsWith('.Response.Write')) return { value, api: 'Response.Write', family: 'csharp-response', browser: false, requestOnly: true };
  return undefined;
}

function rubySink(call: CallSite): Sink | undefined {
  if (call.name === 'raw' && call.receiver === undefined) {
    const value = positionalArgument(call, 0);
    return value ? { value, api: 'raw', family: 'ruby', browser: false } : undefined;
  }
  if (call.name === 'html_safe' && call.receiver !== undefined && call.args.length === 0) return { value: call.receiver, api: 'html_safe', family: 'ruby', browser: false };
  return undefined;
}

const GO_CONVERSIONS: ReadonlySet<string> = new Set(['html/template.HTML', 'html/template.JS', 'html/template.HTMLAttr']);

const GO_FORMATTERS: ReadonlySet<string> = new Set(['fmt.Fprintf', 'fmt.Fprint', 'fmt.Fprintln']);

/** `fmt.Fprintf(w, …)`, `io.WriteString(w, s)` and `w.Write(b)` to the handler's ResponseWriter. */
function goWriterSinks(call: CallSite, code: CodeModel): Sink[] {
  const args = call.args.map((argument) => argument.node);
  const api = call.callee;
  if (GO_FORMATTERS.has(call.qualified) || GO_FORMATTERS.has(call.callee)) {
    const [writer, ...rest] = args;
    return writer !== undefined && isResponseWriter(writer, code) ? rest.map((value) => ({ value, api, family: 'go-writer', browser: false, requestOnly: true })) : [];
  }
  if (call.qualified === 'io.WriteString' || call.callee === 'io.WriteString') {
    const [writer, value] = args;
    return writer !== undefined && value !== undefined && isResponseWriter(writer, code) ? [{ value, api, family: 'go-writer', browser: false, requestOnly: true }] : [];
  }
  if (call.name === 'Write' && call.receiver !== undefined && isResponseWriter(call.receiver, code)) {
    const [value] = args;
    return value === undefined ? [] : [{ value, api, family: 'go-writer', browser: false, requestOnly: true }];
  }
  return [];
}

/** A parameter declared `http.ResponseWriter` in the enclosing function (or literal closure). */
function isResponseWriter(node: SyntaxNode, code: CodeModel): boolean {
  if (node.type !== 'identifier') return false;
  for (let scope = code.enclosingFunction(node); scope !== undefined; scope = code.enclosingFunction(scope)) {
    const parameters = scope.childForFieldName('parameters');
    for (const parameter of parameters?.namedChildren ?? []) {
      if (parameter === null || !parameter.text.endsWith('http.ResponseWriter')) continue;
      if (parameter.childrenForFieldName('name').some((name) => name?.text === node.text)) return true;
    }
  }
  return false;
}

function goSink(call: CallSite): Sink | undefined {
  if (!GO_CONVERSIONS.has(call.qualified) && !(call.qualified === call.callee && ['template.HTML', 'template.JS', 'template.HTMLAttr'].includes(call.callee))) return undefined;
  const value = positionalArgument(call, 0);
  return value ? { value, api: call.callee, family: 'go', browser: false } : undefined;
}

/** `echo $x;`, `<?= $x ?>` and `print $x`: only request data is reported (see the module comment). */
function phpSinks(code: CodeModel): Sink[] {
  const sinks: Sink[] = [];
  const add = (value: SyntaxNode, api: string): void => {
    const inner = value.type === 'parenthesized_expression' ? value.namedChildren.find((child) => child !== null && !child.type.includes('comment')) : undefined;
    sinks.push({ value: inner ?? value, api, family: 'php', browser: false, requestOnly: true });
  };
  for (const node of code.nodesOfType(['echo_statement', 'print_intrinsic', 'php_tag'])) {
    if (node.type === 'php_tag') {
      // `<?= $x ?>` parses as a tag followed by an expression statement.
      const statement = node.text === '<?=' ? (node.parent?.type === 'text_interpolation' ? node.parent.nextNamedSibling : node.nextNamedSibling) : null;
      const value = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
      if (value !== null && value !== undefined) add(value, '<?=');
      continue;
    }
    const api = node.type === 'print_intrinsic' ? 'print' : 'echo';
    for (const value of node.namedChildren) {
      if (value === null || value.type.includes('comment')) continue;
      if (value.type === 'sequence_expression') {
        for (const part of value.namedChildren) if (part !== null) add(part, api);
      } else {
        add(value, api);
      }
    }
  }
  return sinks;
}

const JAVA_WRITER_METHODS: ReadonlySet<string> = new Set(['print', 'println', 'write', 'format', 'printf', 'append']);

/** A servlet response's writer: `response.getWriter().println(x)`, or `out.println(x)` after `out = response.getWriter()`. */
function javaSinks(call: CallSite, code: CodeModel): Sink[] {
  if (!JAVA_WRITER_METHODS.has(call.name) || call.receiver === undefined || !isServletWriter(call.receiver, code)) return [];
  const api = `${call.receiver.type === 'identifier' ? call.receiver.text : 'response.getWriter()'}.${call.name}`;
  return call.args.map((argument) => ({ value: argument.node, api, family: 'java', browser: false, requestOnly: true }));
}

function isServletWriter(receiver: SyntaxNode, code: CodeModel): boolean {
  const text = compactText(receiver.text);
  if (text.endsWith('.getWriter()') || text.endsWith('.getOutputStream()')) return true;
  if (receiver.type !== 'identifier') return false;
  const scope = code.enclosingFunction(receiver)?.id;
  return code.assignments().some((assignment) =>
    assignment.target === text && assignment.node.startIndex < receiver.startIndex && code.enclosingFunction(assignment.node)?.id === scope && compactText(assignment.value.text).endsWith('.getWriter()'));
}

type CallDetector = (call: CallSite) => Sink | undefined;

const CALL_DETECTORS: Readonly<Partial<Record<CodeLanguage, CallDetector>>> = {
  python: pythonSink,
  csharp: csharpSink,
  ruby: rubySink,
};

function sinksOf(code: CodeModel, text: string): Sink[] {
  switch (code.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return javascriptSinks(code, text);
    case 'php':
      return phpSinks(code);
    case 'java':
      return code.calls().flatMap((call) => javaSinks(call, code));
    case 'go':
      return code.calls().flatMap((call) => {
        const sink = goSink(call);
        return sink ? [sink, ...goWriterSinks(call, code)] : goWriterSinks(call, code);
      });
    default: {
      const detect = CALL_DETECTORS[code.language];
      if (detect === undefined) return [];
      return code.calls().flatMap((call) => {
        const sink = detect(call);
        return sink ? [sink] : [];
      });
    }
  }
}

function compactText(text: string): string {
  return text.replace(safeRegex('\\s+', 'g'), '');
}

// ---------------------------------------------------------------------------------------------
// Judging a value in code
// ---------------------------------------------------------------------------------------------

/** Browser reads an attacker controls through a link: the URL, the referrer, the window name. */
const BROWSER_SOURCES: readonly string[] = [
  'location.', 'window.location', 'document.location', 'document.URL', 'document.documentURI', 'document.baseURI', 'document.referrer', 'window.name',
];

/** Values that are markup already produced by a trusted renderer or read back from the page. */
const TRUSTED_MARKUP_CALLS: ReadonlySet<string> = new Set([
  'render_to_string', 'render_template', 'render_template_string', 'format_html', 'format_html_join', 'json_script', 'linebreaks', 'urlize',
  'renderToString', 'renderToStaticMarkup', 'PartialAsync', 'Partial', 'RenderPartialAsync', 'safe_join', 'content_tag', 'link_to', 'render',
  // Translations are the developers' own text (Rails `t('.intro_html')`, i18next `t('intro')`).
  't', 'translate',
]);

function isBrowserSource(node: SyntaxNode | undefined): boolean {
  if (node === undefined) return false;
  const text = compactText(node.text);
  return BROWSER_SOURCES.some((source) => text.startsWith(source));
}

function isTrustedMarkup(node: SyntaxNode | undefined, code: CodeModel): boolean {
  if (node === undefined) return false;
  const text = compactText(node.text);
  // Markup read back from the page (`a.innerHTML = b.innerHTML`) was already markup.
  if (text.endsWith('.innerHTML') || text.endsWith('.outerHTML')) return true;
  const call = code.calls().find((candidate) => candidate.node.id === node.id);
  return call !== undefined && (TRUSTED_MARKUP_CALLS.has(call.name) || rewritesPageMarkup(call));
}

/**
 * `el.innerHTML = highlight(el.innerHTML)`: a function given only markup read back from the page
 * (and constants) rewrites markup that was already there, as syntax highlighters do.
 */
function rewritesPageMarkup(call: CallSite): boolean {
  const readsMarkup = (argument: SyntaxNode): boolean => {
    const text = compactText(argument.text);
    return text.endsWith('.innerHTML') || text.endsWith('.outerHTML');
  };
  const constant = (argument: SyntaxNode): boolean => ['string', 'number', 'regex', 'true', 'false'].includes(argument.type);
  return call.args.some((argument) => readsMarkup(argument.node)) && call.args.every((argument) => readsMarkup(argument.node) || constant(argument.node));
}

interface Judgement {
  readonly origin: ValueOrigin;
  readonly confidence: Confidence;
  readonly fromRequest: boolean;
}

function judge(sink: Sink, code: CodeModel): Judgement | undefined {
  const origin = originOf(code, sink.value, 'html');
  const browserRequest = sink.browser && origin.kind !== 'constant' && origin.kind !== 'sanitised' && isBrowserSource(origin.evidence);
  const effective: ValueOrigin = browserRequest ? { ...origin, kind: 'request' } : origin;
  if (sink.requestOnly === true && effective.kind !== 'request') return undefined;
  if (effective.kind !== 'request' && isTrustedMarkup(origin.evidence, code)) return undefined;
  const found = injectionConfidence(effective, true);
  if (found === undefined) return undefined;
  const confidence = sink.ceiling === 'medium' && found === 'high' ? 'medium' : found;
  return { origin: effective, confidence, fromRequest: effective.kind === 'request' };
}

// ---------------------------------------------------------------------------------------------
// Escaping turned off for a whole template engine
// ---------------------------------------------------------------------------------------------

/** Jinja's constructors whose `autoescape` decides escaping for every template they render. */
const JINJA_CONSTRUCTORS: ReadonlySet<string> = new Set(['jinja2.Environment', 'jinja2.environment.Environment', 'jinja2.Template', 'jinja2.sandbox.SandboxedEnvironment']);

interface EscapingOff {
  /** The setting: the keyword argument, the pair or the assignment. */
  readonly node: SyntaxNode;
  /** The value to flip for the suggested fix. */
  readonly value: SyntaxNode;
  /** How the message writes the setting. */
  readonly setting: string;
  readonly replacement: string;
}

function isBoolean(code: CodeModel, node: SyntaxNode, wanted: boolean): boolean {
  const value = code.valueOf(node);
  return value.kind === 'boolean' && value.value === wanted;
}

/**
 * Jinja's `autoescape=False` (and Flask's `app.jinja_env.autoescape = False`), Nunjucks and
 * Swig's `autoescape: false`, Handlebars' `noEscape: true`: every value every template writes is
 * then raw. Only literal settings count; `select_autoescape()` and conditions are left alone.
 */
function escapingOff(code: CodeModel): EscapingOff[] {
  const found: EscapingOff[] = [];
  if (code.language === 'python') {
    for (const call of code.calls()) {
      if (!JINJA_CONSTRUCTORS.has(call.qualified)) continue;
      const argument = call.args.find((candidate) => candidate.name === 'autoescape');
      if (argument === undefined || !isBoolean(code, argument.node, false)) continue;
      const node = argument.node.parent?.type === 'keyword_argument' ? argument.node.parent : argument.node;
      found.push({ node, value: argument.node, setting: 'autoescape=False', replacement: 'True' });
    }
    for (const assignment of code.assignments()) {
      if (assignment.target.endsWith('jinja_env.autoescape') && isBoolean(code, assignment.value, false)) {
        found.push({ node: assignment.node, value: assignment.value, setting: 'jinja_env.autoescape = False', replacement: 'True' });
      }
    }
    return found;
  }
  if (code.language !== 'javascript' && code.language !== 'typescript' && code.language !== 'tsx') return found;
  for (const pair of code.keyValues()) {
    if (pair.key === 'autoescape' && isBoolean(code, pair.value, false)) found.push({ node: pair.node, value: pair.value, setting: 'autoescape: false', replacement: 'true' });
    if (pair.key === 'noEscape' && isBoolean(code, pair.value, true)) found.push({ node: pair.node, value: pair.value, setting: 'noEscape: true', replacement: 'false' });
  }
  return found;
}

function escapingOffMessage(setting: string): string {
  return `${setting} turns HTML escaping off for every template the engine renders, so markup in any value they write can run script in the user's browser (cross-site scripting). ${CONTROL} Keep autoescaping on and mark only trusted markup as safe.`;
}

function checkCode(context: RuleContext, code: CodeModel): void {
  for (const off of escapingOff(code)) {
    context.report({
      node: off.node,
      message: escapingOffMessage(off.setting),
      severity: 'high',
      confidence: 'medium',
      fix: { title: 'Turn HTML escaping on', edits: [{ start: off.value.startIndex, end: off.value.endIndex, newText: off.replacement }], safety: 'suggestion' },
    });
  }
  const reported = new Set<string>();
  for (const sink of sinksOf(code, context.document.text)) {
    const key = `${sink.value.startIndex}:${sink.value.endIndex}`;
    if (reported.has(key)) continue;
    const judgement = judge(sink, code);
    if (judgement === undefined) continue;
    reported.add(key);
    context.report({
      node: sink.value,
      message: codeMessage(judgement.origin, sink.browser, sink.api, sink.family),
      severity: 'high',
      confidence: judgement.confidence,
      ...(sink.fix ? { fix: sink.fix } : {}),
      ...relatedEvidence(judgement.origin, sink.value, EVIDENCE_NOTES),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

/** A literal: quoted text with no interpolation, a number, or a keyword constant. */
const LITERAL = safeRegex('^(?:"[^"#$\\\\]*"|\'[^\'\\\\]*\'|`[^`$]*`|-?\\d+(?:\\.\\d+)?|true|false|True|False|nil|null|None)$');
/** Filters that escape or sanitise: `{{ x|escape|safe }}`, `{{ x|tojson|safe }}`. */
const TEMPLATE_SAFE_FILTERS: ReadonlySet<string> = new Set([
  'escape', 'e', 'forceescape', 'escapejs', 'urlencode', 'tojson', 'json_script', 'striptags', 'bleach', 'clean', 'sanitize', 'sanitize_html', 'purify',
]);
/** Calls that escape, sanitise or return safe markup: `e($x)`, `sanitize(x)`, `include('partial')`, `t('.key')`. */
const TEMPLATE_SAFE_FUNCTIONS: ReadonlySet<string> = new Set([
  'escape', 'e', 'h', 'html_escape', 'escape_html', 'escapeHtml', 'htmlspecialchars', 'htmlentities', 'esc_html', 'esc_attr', 'esc_url', 'wp_kses',
  'wp_kses_post', 'clean', 'sanitize', 'sanitize_html', 'sanitizeHtml', 'purify', 'strip_tags', 'HtmlEncode', 'Encode', 'Sanitize', 'EscapeDataString',
  'encodeURIComponent', 'csrf_field', 'csrf_token', 'method_field', 'include', 'partial', 'defineContent', 'contentFor', 't', 'translate', 'render',
  'render_to_string', 'safe_join', 'simple_format',
]);
/** Ruby and EJS commands without parentheses: `raw sanitize x`, `<%- include partial %>`. */
const TEMPLATE_SAFE_COMMANDS: ReadonlySet<string> = new Set(['h', 'sanitize', 't', 'html_escape', 'strip_tags', 'simple_format', 'safe_join', 'render', 'include']);
/** Calls on owners that return safe markup: `DOMPurify.sanitize`, `$sanitize`, vue-i18n `$t`, `Json.Serialize`, Laravel's `Form::` and `Purifier::clean`, `I18n.t`. */
const TEMPLATE_SAFE_CALLS: readonly string[] = [
  'DOMPurify.sanitize', '$sanitize', '$t(', 'Json.Serialize', 'Json.Encode', 'Form::', 'Html::', 'Purifier::clean', 'I18n.t', '->links(', '->render(', 'Html.Encode', 'HtmlEncoder',
];

/**
 * Whether an escaping filter or a safe call appears in the expression: a `|` filter, a name
 * called with `(` that is not a member of something else, or a Ruby-style command (`h x`).
 * A hand-written scan rather than one regular expression, which keeps it linear on any input.
 */
function hasSafeWord(expression: string): boolean {
  let index = 0;
  while (index < expression.length) {
    if (!isIdentifierStart(expression.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < expression.length && isIdentifierPart(expression.charCodeAt(index))) index++;
    const word = expression.slice(start, index);
    let before = start - 1;
    while (before >= 0 && isBlankChar(expression[before])) before--;
    const previous = before >= 0 ? expression[before] ?? '' : '';
    if (previous === '|' && TEMPLATE_SAFE_FILTERS.has(word)) return true;
    if (previous !== '' && '.>:$'.includes(previous)) continue;
    let after = index;
    while (after < expression.length && isBlankChar(expression[after])) after++;
    const next = expression[after] ?? '';
    if (next === '(' && TEMPLATE_SAFE_FUNCTIONS.has(word)) return true;
    if (after > index && next !== '' && TEMPLATE_SAFE_COMMANDS.has(word) && (isIdentifierPart(next.charCodeAt(0)) || '@:\'"'.includes(next))) return true;
  }
  return false;
}

function isIdentifierStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57);
}

function isBlankChar(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

/** EJS layouts (express-ejs-layouts) write the rendered page with `<%- body %>`. */
const EJS_LAYOUT_NAMES: ReadonlySet<string> = new Set(['body', 'script', 'style', 'defineContent']);
/** Reads of the request in template expressions. */
const TEMPLATE_REQUEST = safeRegex(
  '(?:^|[^\\w$])(?:request\\.(?:args|form|values|GET|POST|query_params|data|cookies|params|query|body|headers)|params\\[|params\\.|\\$_(?:GET|POST|REQUEST|COOKIE)\\b|request\\(|Request::(?:input|get|query)|Request\\.(?:Query|Form|Cookies|QueryString)|req\\.(?:query|body|params|cookies)|\\$route\\.(?:query|params))',
);
const AUTOESCAPE_OFF = safeRegex('^autoescape\\s+(?:off|false)\\b');

function isSafeTemplateValue(tag: TemplateTag, format: string): boolean {
  const expression = tag.expression;
  if (expression === '' || LITERAL.test(expression)) return true;
  if (hasSafeWord(expression) || TEMPLATE_SAFE_CALLS.some((call) => expression.includes(call))) return true;
  return format === 'ejs' && EJS_LAYOUT_NAMES.has(expression);
}

const CONSTRUCT_NAMES: Readonly<Record<string, string>> = {
  '{{': 'the safe filter',
  '<%==': '<%== %>',
  '<%= raw': 'raw',
  '<%= html_safe': 'html_safe',
  '<%-': '<%- %>',
  'v-html': 'v-html',
  'v-bind:innerHTML': 'an innerHTML binding',
  ':innerHTML': 'an innerHTML binding',
  'Html.Raw(': 'Html.Raw',
  'new HtmlString(': 'new HtmlString',
  'new MvcHtmlString(': 'new MvcHtmlString',
  'MvcHtmlString.Create(': 'MvcHtmlString.Create',
  '{!!': '{!! !!}',
};

function checkTemplate(context: RuleContext, tags: readonly TemplateTag[]): void {
  const format = context.document.language;
  for (const tag of tags) {
    if (context.isInComment(tag.range.start)) continue;
    if (tag.kind === 'statement' && format === 'jinja' && AUTOESCAPE_OFF.test(tag.expression)) {
      context.report({ range: tag.range, message: AUTOESCAPE_MESSAGE, severity: 'high', confidence: 'medium' });
      continue;
    }
    if (tag.kind !== 'output-raw' || isSafeTemplateValue(tag, format)) continue;
    const fromRequest = TEMPLATE_REQUEST.test(tag.expression);
    context.report({
      range: tag.range,
      message: templateMessage(CONSTRUCT_NAMES[tag.open] ?? tag.open, fromRequest),
      severity: 'high',
      confidence: fromRequest ? 'high' : 'medium',
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  if (context.code !== undefined) {
    checkCode(context, context.code);
    return;
  }
  const tags = context.config?.templateTags?.();
  if (tags !== undefined) checkTemplate(context, tags);
}

export const xss: Rule = {
  meta: {
    id: 'injection/xss',
    title: 'Value written into a page without HTML escaping (cross-site scripting)',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [79],
    owasp: 'A03:2021 Injection',
    policy: ['vulnerability-scanning-guide#scanning-requirements', 'vulnerability-scanning-and-patch-management-guide#the-base-principles'],
    basis: 'explicit',
    why:
      'Markup written into a page runs in the user\'s browser with the site\'s privileges, so a value an attacker can shape can steal sessions or act as the user (cross-site scripting). ' +
      'MoJ requires scanning for cross-site scripting (Vulnerability Scanning Guide: Scanning requirements) and for the OWASP Top 10 (Vulnerability Scanning and Patch Management Guide).',
    howToFix:
      'Write values as text (textContent, React children, the template\'s escaped output) and let the framework escape them; where markup is needed, sanitise it with a maintained HTML sanitiser ' +
      '(DOMPurify, bleach, HtmlSanitizer, Rails sanitize) or escape each value (html.escape, htmlspecialchars, ERB::Util.html_escape, HtmlEncoder.Default.Encode).',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'vue', 'erb', 'ejs', 'jinja', 'razor', 'blade'],
    prefilter: [
      'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'createContextualFragment', '__html', '.html(', 'bypassSecurityTrust',
      'mark_safe', 'Markup', 'SafeString', 'SafeText', 'Html.Raw', 'HtmlString', 'MarkupString', 'raw', 'html_safe', 'echo', 'print', '<?=',
      'template.HTML', 'template.JS', 'safe', 'autoescape', '<%==', '<%-', 'v-html', '{!!',
      'noEscape', 'getWriter', '.send(', '.write(', '.end(', 'Fprint', 'WriteString', '.Write(', 'HttpResponse', 'make_response', 'Response',
    ],
    examples: {
      javascript: 'element.textContent = comment;',
      typescript: 'element.textContent = comment;',
      tsx: '<p>{comment}</p>',
      python: 'html = format_html("<b>{}</b>", name)',
      java: 'response.getWriter().println(Encode.forHtml(name));',
      csharp: 'var html = new HtmlString(HtmlEncoder.Default.Encode(comment));',
      go: 'tmpl.Execute(w, map[string]string{"Comment": comment})',
      php: "echo htmlspecialchars($_GET['q'], ENT_QUOTES, 'UTF-8');",
      ruby: 'content_tag(:p, comment)',
      vue: '<p>{{ comment }}</p>',
      erb: '<%= comment %>',
      ejs: '<%= comment %>',
      jinja: '{{ comment }}',
      razor: '<p>@Model.Comment</p>',
      blade: '{{ $comment }}',
    },
  },
  check,
};
