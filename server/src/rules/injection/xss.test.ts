/**
 * Cases for injection/xss: values written into a page without HTML escaping, in DOM and React
 * code, server-side wrappers and response writers in every language that has them, and raw output
 * in each template kind, beside escaped output, sanitised values and constants that stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { xss } from './xss';

const CONTROL =
  'MoJ requires scanning for cross-site scripting (Vulnerability Scanning Guide: Scanning requirements; OWASP Top 10 in the Vulnerability Scanning and Patch Management Guide).';

const DOM = 'Write text with textContent, or sanitise markup first with DOMPurify.sanitize().';
const REACT = 'Render the value as a React child, which React escapes, or sanitise it first with DOMPurify.sanitize().';
const JQUERY = 'Use .text(value), or sanitise markup first with DOMPurify.sanitize().';
const ANGULAR = 'Bind the value with [innerHTML], which Angular sanitises, instead of bypassing the sanitiser.';
const EXPRESS = 'Render the page with a template engine that escapes values, or escape the value with escape-html before sending it.';
const PYTHON = 'Let the template escape the value, or build markup with format_html(), which escapes its arguments.';
const PYTHON_RESPONSE = 'Render a template, which escapes values, or escape the value with django.utils.html.escape or markupsafe.escape.';
const JAVA = 'Encode the value for HTML before writing it: Encode.forHtml(value) (OWASP Java Encoder) or HtmlUtils.htmlEscape(value).';
const CSHARP = 'Let Razor encode the value (@value), or sanitise markup first with an HTML sanitiser such as HtmlSanitizer.';
const CSHARP_RESPONSE = 'Encode the value with WebUtility.HtmlEncode, or render it in a Razor view, which encodes it.';
const RUBY = 'Let ERB escape the value, or sanitise markup first with sanitize().';
const PHP = "Escape it on output with htmlspecialchars($value, ENT_QUOTES, 'UTF-8').";
const GO = 'Pass the plain string to html/template, which escapes it; convert to template.HTML only markup you built from constants.';
const GO_WRITER = 'Render the page with html/template, which escapes values, or escape the value with html.EscapeString.';

function code(subject: string, api: string, advice: string): string {
  return `${subject} is written into the page by ${api} without HTML escaping, so a crafted value can run script in the user's browser (cross-site scripting). ${CONTROL} ${advice}`;
}

function template(subject: 'Request data' | 'A value that is not a constant', construct: string): string {
  return `${subject} is written into the page without HTML escaping by ${construct}, so markup in it can run script in the user's browser (cross-site scripting). ${CONTROL} Use the escaped form of output, or sanitise markup before it reaches the template.`;
}

function escapingOff(setting: string): string {
  return `${setting} turns HTML escaping off for every template the engine renders, so markup in any value they write can run script in the user's browser (cross-site scripting). ${CONTROL} Keep autoescaping on and mark only trusted markup as safe.`;
}

const AUTOESCAPE = `{% autoescape off %} turns HTML escaping off for every value in the block, so markup in any of them can run script in the user's browser (cross-site scripting). ${CONTROL} Keep autoescaping on and mark only trusted markup as safe.`;

export const table: RuleTable = {
  rule: xss,
  invalid: [
    {
      name: 'a created div is not inert: its markup runs once attached, so a parameter there is still reported',
      path: 'src/morph/parse.js',
      code: `export function toNode(markup) {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  return holder.firstChild;
}
`,
      findings: [
        {
          line: 3,
          column: 22,
          endColumn: 28,
          message: code('A function parameter', 'innerHTML', DOM),
          severity: 'high',
          confidence: 'low',
          fix: {
            title: 'Write text with textContent instead of innerHTML',
            output: `export function toNode(markup) {
  const holder = document.createElement('div');
  holder.textContent = markup;
  return holder.firstChild;
}
`,
          },
        },
      ],
    },
    {
      name: 'innerHTML from the URL fragment',
      path: 'src/search.js',
      code: `window.addEventListener('hashchange', () => {
  document.getElementById('term').innerHTML = decodeURIComponent(location.hash.slice(1));
});
`,
      findings: [
        { line: 2, column: 47, endColumn: 89, message: code('The page URL or another value an attacker controls', 'innerHTML', DOM), severity: 'high', confidence: 'high', fix: { title: 'Write text with textContent instead of innerHTML', output: `window.addEventListener('hashchange', () => {
  document.getElementById('term').textContent = decodeURIComponent(location.hash.slice(1));
});
` } },
      ],
    },
    {
      name: 'innerHTML from a parameter',
      path: 'src/render.js',
      code: `export function render(container, html) {
  container.innerHTML = html;
}
`,
      findings: [
        { line: 2, column: 25, endColumn: 29, message: code('A function parameter', 'innerHTML', DOM), severity: 'high', confidence: 'low', fix: { title: 'Write text with textContent instead of innerHTML', output: `export function render(container, html) {
  container.textContent = html;
}
` } },
      ],
    },
    {
      name: 'innerHTML from URLSearchParams through a variable',
      path: 'src/search.js',
      code: `const query = new URLSearchParams(window.location.search).get('q');
document.querySelector('#q').innerHTML = 'Results for ' + query;
`,
      findings: [
        { line: 2, column: 42, endColumn: 64, message: code('HTML built from the page URL or another value an attacker controls', 'innerHTML', DOM), severity: 'high', confidence: 'high', fix: { title: 'Write text with textContent instead of innerHTML', output: `const query = new URLSearchParams(window.location.search).get('q');
document.querySelector('#q').textContent = 'Results for ' + query;
` } },
      ],
    },
    {
      name: 'insertAdjacentHTML with a template literal',
      path: 'src/list.js',
      code: `function addItem(list, item) {
  list.insertAdjacentHTML('beforeend', \`<li>\${item.title}</li>\`);
}
`,
      findings: [
        { line: 2, column: 40, endColumn: 64, message: code('HTML built from a function parameter', 'insertAdjacentHTML', DOM), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'document.write with the referrer',
      path: 'src/legacy.js',
      code: `document.write('<a href="' + document.referrer + '">Back</a>');
`,
      findings: [
        { line: 1, column: 16, endColumn: 62, message: code('HTML built from the page URL or another value an attacker controls', 'document.write', DOM), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'innerHTML += appends markup',
      path: 'src/comments.js',
      code: `function addComment(list, text) {
  list.innerHTML += '<li>' + text + '</li>';
}
`,
      findings: [
        { line: 2, column: 21, endColumn: 44, message: code('HTML built from a function parameter', 'innerHTML', DOM), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'jQuery .html() with the query string is at most medium',
      path: 'src/app.js',
      code: `const name = new URLSearchParams(location.search).get('name');
$('#greeting').html('Hello ' + name);
`,
      findings: [
        { line: 2, column: 21, endColumn: 36, message: code('HTML built from the page URL or another value an attacker controls', 'jQuery .html()', JQUERY), severity: 'high', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'Express res.send with request data',
      path: 'src/routes/hello.js',
      code: `router.get('/hello', (req, res) => {
  res.send('<h1>Hello ' + req.query.name + '</h1>');
});
`,
      findings: [
        { line: 2, column: 12, endColumn: 51, message: code('HTML built from request data', 'res.send', EXPRESS), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'outerHTML in TypeScript',
      path: 'src/banner.ts',
      code: `export function showBanner(el: HTMLElement, message: string): void {
  el.outerHTML = \`<div class="banner">\${message}</div>\`;
}
`,
      findings: [
        { line: 2, column: 18, endColumn: 56, message: code('HTML built from a function parameter', 'outerHTML', DOM), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'dangerouslySetInnerHTML with a prop',
      path: 'src/Post.tsx',
      code: `export function Post({ body }: { body: string }) {
  return <article dangerouslySetInnerHTML={{ __html: body }} />;
}
`,
      findings: [
        { line: 2, column: 54, endColumn: 58, message: code('A function parameter', 'dangerouslySetInnerHTML', REACT), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'Angular bypassSecurityTrustHtml of a parameter',
      path: 'src/app/note.component.ts',
      code: `export class NoteComponent {
  constructor(private sanitizer: DomSanitizer) {}
  render(note: string): SafeHtml {
    return this.sanitizer.bypassSecurityTrustHtml(note);
  }
}
`,
      findings: [
        { line: 4, column: 51, endColumn: 55, message: code('A function parameter', 'bypassSecurityTrustHtml', ANGULAR), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'mark_safe of HTML built from request data',
      path: 'app/views.py',
      code: `from django.utils.safestring import mark_safe

def greet(request):
    name = request.GET.get('name', '')
    return render(request, 'greet.html', {'greeting': mark_safe('<b>' + name + '</b>')})
`,
      findings: [
        { line: 5, column: 65, endColumn: 86, message: code('HTML built from request data', 'mark_safe', PYTHON), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Markup of an f-string with request data',
      path: 'app/routes.py',
      code: `from flask import request
from markupsafe import Markup

@app.route('/search')
def search():
    return render_template('search.html', term=Markup(f"<em>{request.args['q']}</em>"))
`,
      findings: [
        { line: 6, column: 55, endColumn: 86, message: code('HTML built from request data', 'Markup', PYTHON), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'mark_safe of a parameter',
      path: 'app/helpers.py',
      code: `from django.utils.safestring import mark_safe

def as_html(text):
    return mark_safe(text)
`,
      findings: [
        { line: 4, column: 22, endColumn: 26, message: code('A function parameter', 'mark_safe', PYTHON), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'Django HttpResponse with request data',
      path: 'app/views.py',
      code: `from django.http import HttpResponse

def echo(request):
    return HttpResponse('<p>' + request.GET['q'] + '</p>')
`,
      findings: [
        { line: 4, column: 25, endColumn: 58, message: code('HTML built from request data', 'HttpResponse', PYTHON_RESPONSE), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'servlet writer prints a request parameter',
      path: 'src/main/java/app/EchoServlet.java',
      code: `public class EchoServlet extends HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    response.getWriter().println("<p>Hello " + name + "</p>");
  }
}
`,
      findings: [
        { line: 4, column: 34, endColumn: 61, message: code('HTML built from request data', 'response.getWriter().println', JAVA), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'servlet writer held in a variable',
      path: 'src/main/java/app/EchoServlet.java',
      code: `public class EchoServlet extends HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PrintWriter out = response.getWriter();
    out.format(Locale.US, request.getHeader("Referer"));
  }
}
`,
      findings: [
        { line: 4, column: 27, endColumn: 55, message: code('Request data', 'out.format', JAVA), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'new HtmlString with request data',
      path: 'Helpers/Greeting.cs',
      code: `public class GreetingController : Controller {
  public IActionResult Index() {
    ViewBag.Greeting = new HtmlString("<b>" + Request.Query["name"] + "</b>");
    return View();
  }
}
`,
      findings: [
        { line: 3, column: 39, endColumn: 77, message: code('HTML built from request data', 'new HtmlString', CSHARP), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Html.Raw of a parameter in a helper',
      path: 'Helpers/HtmlHelpers.cs',
      code: `public static class HtmlHelpers {
  public static IHtmlContent Bold(this IHtmlHelper Html, string text) {
    return Html.Raw("<b>" + text + "</b>");
  }
}
`,
      findings: [
        { line: 3, column: 21, endColumn: 42, message: code('HTML built from a function parameter', 'Html.Raw', CSHARP), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'Response.Write with request data',
      path: 'Default.aspx.cs',
      code: `public partial class Default : Page {
  protected void Page_Load(object sender, EventArgs e) {
    Response.Write(Request.QueryString["q"]);
  }
}
`,
      findings: [
        { line: 3, column: 20, endColumn: 44, message: code('Request data', 'Response.Write', CSHARP_RESPONSE), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'raw of request data',
      path: 'app/helpers/profile_helper.rb',
      code: `module ProfileHelper
  def bio
    raw(params[:bio])
  end
end
`,
      findings: [
        { line: 3, column: 9, endColumn: 21, message: code('Request data', 'raw', RUBY), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'html_safe on interpolated request data',
      path: 'app/controllers/greetings_controller.rb',
      code: `class GreetingsController < ApplicationController
  def show
    render html: "<h1>Hello #{params[:name]}</h1>".html_safe
  end
end
`,
      findings: [
        { line: 3, column: 18, endColumn: 51, message: code('HTML built from request data', 'html_safe', RUBY), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'html_safe on a parameter',
      path: 'app/helpers/text_helper.rb',
      code: `module TextHelper
  def emphasise(text)
    "<em>#{text}</em>".html_safe
  end
end
`,
      findings: [
        { line: 3, column: 5, endColumn: 23, message: code('HTML built from a function parameter', 'html_safe', RUBY), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'echo of $_GET',
      path: 'public/search.php',
      code: `<?php
echo 'You searched for ' . $_GET['q'];
`,
      findings: [
        { line: 2, column: 6, endColumn: 38, message: code('HTML built from request data', 'echo', PHP), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'echo of a variable built from $_POST',
      path: 'public/hello.php',
      code: `<?php
$name = $_POST['name'];
echo "<p>Hello $name</p>";
`,
      findings: [
        { line: 3, column: 6, endColumn: 26, message: code('HTML built from request data', 'echo', PHP), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'short echo tag and print',
      path: 'public/page.php',
      code: `<p><?= $_GET['title'] ?></p>
<?php print($_REQUEST['footer']); ?>
`,
      findings: [
        { line: 1, column: 8, endColumn: 22, message: code('Request data', '<?=', PHP), severity: 'high', confidence: 'high', fix: null },
        { line: 2, column: 13, endColumn: 32, message: code('Request data', 'print', PHP), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'template.HTML of a query parameter',
      path: 'web/handlers.go',
      code: `package web

import (
	"html/template"
	"net/http"
)

func Bio(w http.ResponseWriter, r *http.Request) {
	bio := template.HTML(r.URL.Query().Get("bio"))
	tmpl.Execute(w, bio)
}
`,
      findings: [
        { line: 9, column: 23, endColumn: 47, message: code('Request data', 'template.HTML', GO), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'template.HTML of a parameter',
      path: 'web/format.go',
      code: `package web

import "html/template"

func Bold(s string) template.HTML {
	return template.HTML("<b>" + s + "</b>")
}
`,
      findings: [
        { line: 6, column: 23, endColumn: 41, message: code('HTML built from a function parameter', 'template.HTML', GO), severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'fmt.Fprintf to the ResponseWriter',
      path: 'web/hello.go',
      code: `package web

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	fmt.Fprintf(w, "<h1>Hello %s</h1>", name)
}
`,
      findings: [
        { line: 10, column: 38, endColumn: 42, message: code('Request data', 'fmt.Fprintf', GO_WRITER), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Jinja environment and Flask with autoescaping off',
      path: 'app/render.py',
      code: `from flask import Flask
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
app.jinja_env.autoescape = False
env = Environment(loader=FileSystemLoader('templates'), autoescape=False)
`,
      findings: [
        { line: 5, column: 1, endColumn: 33, message: escapingOff('jinja_env.autoescape = False'), severity: 'high', confidence: 'medium', fix: { title: 'Turn HTML escaping on', output: `from flask import Flask
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
app.jinja_env.autoescape = True
env = Environment(loader=FileSystemLoader('templates'), autoescape=False)
` } },
        { line: 6, column: 57, endColumn: 73, message: escapingOff('autoescape=False'), severity: 'high', confidence: 'medium', fix: { title: 'Turn HTML escaping on', output: `from flask import Flask
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
app.jinja_env.autoescape = False
env = Environment(loader=FileSystemLoader('templates'), autoescape=True)
` } },
      ],
    },
    {
      name: 'Nunjucks autoescape: false and Handlebars noEscape: true',
      path: 'src/views.js',
      code: `const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');

nunjucks.configure('views', { autoescape: false, express: app });
const render = Handlebars.compile(source, { noEscape: true });
`,
      findings: [
        { line: 4, column: 31, endColumn: 48, message: escapingOff('autoescape: false'), severity: 'high', confidence: 'medium', fix: { title: 'Turn HTML escaping on', output: `const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');

nunjucks.configure('views', { autoescape: true, express: app });
const render = Handlebars.compile(source, { noEscape: true });
` } },
        { line: 5, column: 45, endColumn: 59, message: escapingOff('noEscape: true'), severity: 'high', confidence: 'medium', fix: { title: 'Turn HTML escaping on', output: `const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');

nunjucks.configure('views', { autoescape: false, express: app });
const render = Handlebars.compile(source, { noEscape: false });
` } },
      ],
    },
    {
      name: 'Jinja safe filter',
      path: 'app/templates/post.html',
      code: `<article>
  {{ post.body|safe }}
</article>
`,
      findings: [
        { line: 2, column: 3, endColumn: 23, message: template('A value that is not a constant', 'the safe filter'), severity: 'high', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'Jinja safe filter on request data',
      path: 'app/templates/search.html',
      code: `<p>Results for {{ request.args.q | safe }}</p>
`,
      findings: [
        { line: 1, column: 16, endColumn: 43, message: template('Request data', 'the safe filter'), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Django autoescape off',
      path: 'blog/templates/blog/feed.html',
      code: `{% autoescape off %}
  {{ entry.summary }}
{% endautoescape %}
`,
      findings: [
        { line: 1, column: 1, endColumn: 21, message: AUTOESCAPE, severity: 'high', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'ERB raw, html_safe and <%==',
      path: 'app/views/users/show.html.erb',
      code: `<div><%= raw @user.bio %></div>
<p><%= @user.signature.html_safe %></p>
<p><%== params[:note] %></p>
`,
      findings: [
        { line: 1, column: 6, endColumn: 26, message: template('A value that is not a constant', 'raw'), severity: 'high', confidence: 'medium', fix: null },
        { line: 2, column: 4, endColumn: 36, message: template('A value that is not a constant', 'html_safe'), severity: 'high', confidence: 'medium', fix: null },
        { line: 3, column: 4, endColumn: 25, message: template('Request data', '<%== %>'), severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'EJS unescaped output',
      path: 'views/profile.ejs',
      code: `<h1><%= user.name %></h1>
<div><%- user.bio %></div>
`,
      findings: [
        { line: 2, column: 6, endColumn: 21, message: template('A value that is not a constant', '<%- %>'), severity: 'high', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'Vue v-html',
      path: 'src/components/Comment.vue',
      code: `<template>
  <div class="comment" v-html="comment.body"></div>
</template>
`,
      findings: [
        { line: 2, column: 24, endColumn: 45, message: template('A value that is not a constant', 'v-html'), severity: 'high', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'Razor Html.Raw',
      path: 'Views/Profile/Index.cshtml',
      code: `@model ProfileViewModel
<div>@Html.Raw(Model.Bio)</div>
`,
      findings: [
        { line: 2, column: 6, endColumn: 26, message: template('A value that is not a constant', 'Html.Raw'), severity: 'high', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'Blade unescaped output',
      path: 'resources/views/post.blade.php',
      code: `<h1>{{ $post->title }}</h1>
<div>{!! $post->body !!}</div>
<p>{!! request('q') !!}</p>
`,
      findings: [
        { line: 2, column: 6, endColumn: 25, message: template('A value that is not a constant', '{!! !!}'), severity: 'high', confidence: 'medium', fix: null },
        { line: 3, column: 4, endColumn: 24, message: template('Request data', '{!! !!}'), severity: 'high', confidence: 'high', fix: null },
      ],
    },
  ],
  valid: [
    { name: 'markup parsed in an inert template element or a windowless document runs no script', path: 'src/morph/parse.js', code: `export function toNode(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return template.content.firstChild;
}

export function parseDocument(markup) {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = markup;
  return doc.body;
}
` },
    { name: 'syntax highlighter rewrites markup read back from the page', path: 'src/browser/highlight.js', code: `export function highlightAll(root) {
  const blocks = root.getElementsByTagName('code');
  for (let i = 0; i < blocks.length; i++) {
    blocks[i].innerHTML = colourise(blocks[i].innerHTML);
  }
}
` },
    { name: 'textContent writes text', path: 'src/search.js', code: `document.getElementById('term').textContent = location.hash.slice(1);
` },
    { name: 'constant markup', path: 'src/render.js', code: `container.innerHTML = '<p class="empty">Nothing here yet</p>';
list.innerHTML = '';
table.innerHTML = \`<tr><td>None</td></tr>\`;
` },
    { name: 'DOMPurify.sanitize', path: 'src/render.js', code: `import DOMPurify from 'dompurify';
export function render(container, html) {
  container.innerHTML = DOMPurify.sanitize(html);
}
` },
    { name: 'escaped pieces of built markup', path: 'src/list.js', code: `import escapeHtml from 'escape-html';
function addItem(list, item) {
  list.insertAdjacentHTML('beforeend', \`<li>\${escapeHtml(item.title)}</li>\`);
}
` },
    { name: 'encodeURIComponent leaves no markup characters', path: 'src/link.js', code: `link.innerHTML = '<a href="/search?q=' + encodeURIComponent(location.hash.slice(1)) + '">Search</a>';
` },
    { name: 'markup copied from the page', path: 'src/clone.js', code: `preview.innerHTML = editor.innerHTML;
` },
    { name: 'innerHTML in a comment and a string', path: 'src/docs.js', code: `// el.innerHTML = location.hash;
const tip = 'never set el.innerHTML = location.hash';
` },
    { name: 'jQuery .html() as a getter and with a constant', path: 'src/app.js', code: `const current = $('#greeting').html();
$('#greeting').html('<b>Hello</b>');
` },
    { name: 'Express res.json and escaped res.send', path: 'src/routes/hello.js', code: `const escapeHtml = require('escape-html');
router.get('/hello', (req, res) => {
  res.json({ name: req.query.name });
  res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');
});
` },
    { name: 'res.send of a value that is not request data', path: 'src/routes/page.js', code: `router.get('/page', (req, res) => {
  res.send(renderPage(loadConfig()));
});
` },
    { name: 'dangerouslySetInnerHTML with sanitised or constant markup', path: 'src/Post.tsx', code: `export function Post({ body }: { body: string }) {
  return <>
    <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(body) }} />
    <hr dangerouslySetInnerHTML={{ __html: '&nbsp;' }} />
  </>;
}
` },
    { name: 'Angular bypass of constant markup', path: 'src/app/icon.component.ts', code: `export class IconComponent {
  constructor(private sanitizer: DomSanitizer) {}
  icon(): SafeHtml {
    return this.sanitizer.bypassSecurityTrustHtml('<svg viewBox="0 0 10 10"></svg>');
  }
}
` },
    { name: 'React children are escaped', path: 'src/Post.tsx', code: `export function Post({ body }: { body: string }) {
  return <article>{body}</article>;
}
` },
    { name: 'format_html escapes its arguments', path: 'app/views.py', code: `from django.utils.html import format_html

def greet(request):
    return format_html('<b>{}</b>', request.GET.get('name', ''))
` },
    { name: 'mark_safe of escaped and constant values', path: 'app/views.py', code: `from django.utils.html import escape
from django.utils.safestring import mark_safe

def greet(request):
    a = mark_safe('<b>' + escape(request.GET['name']) + '</b>')
    b = mark_safe('<br>')
    return a, b
` },
    { name: 'Markup with % escapes its arguments', path: 'app/routes.py', code: `from flask import request
from markupsafe import Markup

def search():
    return Markup('<em>%s</em>') % request.args['q']
` },
    { name: 'mark_safe of rendered markup', path: 'app/widgets.py', code: `from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

def render(self, name, value):
    return mark_safe(render_to_string('widget.html', {'value': value}))
` },
    { name: 'HttpResponse of escaped request data', path: 'app/views.py', code: `from django.http import HttpResponse
from html import escape

def echo(request):
    return HttpResponse('<p>' + escape(request.GET['q']) + '</p>')
` },
    { name: 'servlet writer with encoded and constant values', path: 'src/main/java/app/EchoServlet.java', code: `public class EchoServlet extends HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getParameter("name");
    response.getWriter().println("<p>Hello " + Encode.forHtml(name) + "</p>");
    response.getWriter().println("<p>Hello</p>");
  }
}
` },
    { name: 'a PrintWriter that is not the response', path: 'src/main/java/app/Report.java', code: `public class Report {
  void write(HttpServletRequest request) throws IOException {
    PrintWriter out = new PrintWriter(new FileWriter("report.txt"));
    out.println(request.getParameter("name"));
  }
}
` },
    { name: 'encoded and constant HtmlString', path: 'Helpers/Greeting.cs', code: `public class GreetingController : Controller {
  public IActionResult Index() {
    ViewBag.A = new HtmlString("<br/>");
    ViewBag.B = new HtmlString("<b>" + HtmlEncoder.Default.Encode(Request.Query["name"]) + "</b>");
    return View();
  }
}
` },
    { name: 'Response.Write of an encoded value', path: 'Default.aspx.cs', code: `public partial class Default : Page {
  protected void Page_Load(object sender, EventArgs e) {
    Response.Write(WebUtility.HtmlEncode(Request.QueryString["q"]));
  }
}
` },
    { name: 'html_safe on a literal, raw of escaped data, sanitize', path: 'app/helpers/profile_helper.rb', code: `module ProfileHelper
  def divider
    "<hr>".html_safe
  end
  def note
    raw(h(params[:note]))
  end
  def bio
    sanitize(params[:bio]).html_safe
  end
end
` },
    { name: 'escaped and non-request echo', path: 'public/search.php', code: `<?php
echo htmlspecialchars($_GET['q'], ENT_QUOTES, 'UTF-8');
echo $title;
echo '<p>' . (int) $_GET['page'] . '</p>';
?>
<p><?= htmlentities($_GET['y']) ?></p>
` },
    { name: 'constant and escaped template.HTML, other writers', path: 'web/handlers.go', code: `package web

import (
	"fmt"
	"html/template"
	"net/http"
	"os"
)

func Bio(w http.ResponseWriter, r *http.Request) {
	a := template.HTML("<br>")
	b := template.HTML(template.HTMLEscapeString(r.FormValue("bio")))
	fmt.Fprintf(os.Stderr, "bio %s", r.FormValue("bio"))
	fmt.Fprintf(w, "<p>%s</p>", template.HTMLEscapeString(r.FormValue("bio")))
	_, _ = a, b
}
` },
    { name: 'Jinja with autoescaping on or chosen by extension', path: 'app/render.py', code: `from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader('templates'), autoescape=select_autoescape(['html', 'xml']))
strict = Environment(autoescape=True)
` },
    { name: 'Nunjucks with autoescape on', path: 'src/views.js', code: `nunjucks.configure('views', { autoescape: true, express: app });
` },
    { name: 'escaped Jinja output, literals, escaping and JSON filters', path: 'app/templates/post.html', code: `<h1>{{ post.title }}</h1>
{{ '<hr>'|safe }}
{{ post.body|escape|safe }}
<script>const data = {{ data|tojson|safe }};</script>
{% autoescape on %}{{ x }}{% endautoescape %}
` },
    { name: 'Jinja comments and raw blocks', path: 'app/templates/docs.html', code: `{# {{ post.body|safe }} #}
{% raw %}{{ example|safe }}{% endraw %}
{% comment %}{% autoescape off %}{% endcomment %}
` },
    { name: 'suppressed with a Jinja comment', path: 'app/templates/post.html', code: `{# moj-secure-code-ignore injection/xss -- body is sanitised with bleach on save until 2027-01-31 #}
{{ post.body|safe }}
` },
    { name: 'an .html file outside a templates folder is not read', path: 'public/index.html', code: `<p>{{ post.body|safe }}</p>
` },
    { name: 'ERB escaped output and safe helpers', path: 'app/views/users/show.html.erb', code: `<h1><%= @user.name %></h1>
<%= "<hr>".html_safe %>
<%= t('.intro_html').html_safe %>
<%= sanitize(@user.bio).html_safe %>
<%# <%== @user.bio %> %>
<%= @user.admin.html_safe? %>
` },
    { name: 'EJS includes and layout body', path: 'views/layout.ejs', code: `<%- include('partials/header') %>
<%- body %>
<%= user.name %>
<%- '<hr>' %>
` },
    { name: 'Vue literal and sanitised v-html, interpolation', path: 'src/components/Comment.vue', code: `<template>
  <p>{{ comment.author }}</p>
  <div v-html="'<hr>'"></div>
  <div v-html="$sanitize(comment.body)"></div>
  <p v-html="$t('comments.terms')"></p>
  <!-- <div v-html="comment.body"></div> -->
</template>
` },
    { name: 'Razor encoded output, literal, JSON and comment', path: 'Views/Profile/Index.cshtml', code: `@model ProfileViewModel
<p>@Model.Bio</p>
@Html.Raw("<hr/>")
<script>var model = @Html.Raw(Json.Serialize(Model));</script>
@* @Html.Raw(Model.Bio) *@
<a href="mailto:help@@example.org">Html.Raw(Model.Bio)</a>
` },
    { name: 'Blade escaped output and safe helpers', path: 'resources/views/post.blade.php', code: `<h1>{{ $post->title }}</h1>
<form>{!! csrf_field() !!}</form>
{!! e($post->body) !!}
{{-- {!! $post->body !!} --}}
@{{ vueValue }}
{!! $posts->links() !!}
` },
  ],
};

describeRule(table);
