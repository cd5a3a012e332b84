import assert from 'node:assert/strict';
import { commentTexts } from './entry-rows';
import { detectLanguage } from '../languages/detect';
import { parseConfigDocument } from './parse-config';
import { tokenizeTemplate, type TemplateDialect } from './template-tags';

/** [kind, open, tag text, expression] for each tag: reads better in a table than offsets. */
function rows(text: string, dialect: TemplateDialect): (readonly [string, string, string, string])[] {
  return tokenizeTemplate(text, dialect).tags.map((tag) => [tag.kind, tag.open, text.slice(tag.range.start, tag.range.end), tag.expression] as const);
}

describe('template tags', () => {
  describe('Jinja and Django', () => {
    it('tells raw output from escaped output, statements and comments', () => {
      const text = '<p>{{ user.bio|safe }}</p>{# note #}{% if x %}{{ name }}{% endif %}{{ z|safeseq }}';
      assert.deepEqual(rows(text, 'jinja'), [
        ['output-raw', '{{', '{{ user.bio|safe }}', 'user.bio'],
        ['comment', '{#', '{# note #}', 'note'],
        ['statement', '{%', '{% if x %}', 'if x'],
        ['output-escaped', '{{', '{{ name }}', 'name'],
        ['statement', '{%', '{% endif %}', 'endif'],
        ['output-raw', '{{', '{{ z|safeseq }}', 'z'],
      ]);
    });

    it('keeps the filters before safe in the expression, and ignores bars inside strings and calls', () => {
      const text = '{{ a | default("x|y") | escape | safe }}{{ b|join("|") }}';
      assert.deepEqual(rows(text, 'jinja'), [
        ['output-raw', '{{', '{{ a | default("x|y") | escape | safe }}', 'a | default("x|y") | escape'],
        ['output-escaped', '{{', '{{ b|join("|") }}', 'b|join("|")'],
      ]);
    });

    it('reads a closing delimiter inside a string as text', () => {
      assert.deepEqual(rows('{{ "}}" }}{{ \'%}\' }}', 'jinja'), [
        ['output-escaped', '{{', '{{ "}}" }}', '"}}"'],
        ['output-escaped', '{{', '{{ \'%}\' }}', '\'%}\''],
      ]);
    });

    it('drops whitespace-control marks from the expression', () => {
      assert.deepEqual(rows('{%- autoescape off -%}{{- x|safe -}}', 'jinja'), [
        ['statement', '{%', '{%- autoescape off -%}', 'autoescape off'],
        ['output-raw', '{{', '{{- x|safe -}}', 'x'],
      ]);
    });

    it('skips raw and verbatim blocks, and reads a comment block as one comment', () => {
      const text = '{% raw %}{{ a|safe }}{% endraw %}{% verbatim %}{{ b|safe }}{% endverbatim %}{% comment %}{{ c|safe }}{% endcomment %}';
      assert.deepEqual(rows(text, 'jinja'), [
        ['statement', '{%', '{% raw %}', 'raw'],
        ['statement', '{%', '{% endraw %}', 'endraw'],
        ['statement', '{%', '{% verbatim %}', 'verbatim'],
        ['statement', '{%', '{% endverbatim %}', 'endverbatim'],
        ['comment', '{% comment %}', '{% comment %}{{ c|safe }}{% endcomment %}', '{{ c|safe }}'],
      ]);
    });

    it('stops at an unclosed tag with an error', () => {
      const tokens = tokenizeTemplate('{{ ok }}{{ x ', 'jinja');
      assert.equal(tokens.tags.length, 1);
      assert.deepEqual(tokens.errors, [{ message: 'Unclosed {{ tag', offset: 8 }]);
    });

    it('does not let an apostrophe in one tag swallow the next', () => {
      assert.deepEqual(rows("{% trans %}Don't{% endtrans %}{{ x|safe }}", 'jinja').map((row) => row[2]), ['{% trans %}', '{% endtrans %}', '{{ x|safe }}']);
    });
  });

  describe('ERB', () => {
    it('finds <%==, raw and html_safe as raw output', () => {
      const text = '<%= raw @user.bio %><%= @x.html_safe %><%== y %><%= link_to raw(b), c %><%= h(z) %>';
      assert.deepEqual(rows(text, 'erb'), [
        ['output-raw', '<%= raw', '<%= raw @user.bio %>', '@user.bio'],
        ['output-raw', '<%= html_safe', '<%= @x.html_safe %>', '@x'],
        ['output-raw', '<%==', '<%== y %>', 'y'],
        ['output-raw', '<%= raw', '<%= link_to raw(b), c %>', 'b'],
        ['output-escaped', '<%=', '<%= h(z) %>', 'h(z)'],
      ]);
    });

    it('takes the whole receiver of html_safe: calls, indexes and literals', () => {
      assert.deepEqual(rows('<%= t(".k").html_safe %><%= "a".html_safe %><%= x.html_safe? %>', 'erb'), [
        ['output-raw', '<%= html_safe', '<%= t(".k").html_safe %>', 't(".k")'],
        ['output-raw', '<%= html_safe', '<%= "a".html_safe %>', '"a"'],
        ['output-escaped', '<%=', '<%= x.html_safe? %>', 'x.html_safe?'],
      ]);
    });

    it('reads <%- as a statement, <%# as a comment and <%% as literal text', () => {
      assert.deepEqual(rows('<%- if a -%><%# note %><%% raw x %>', 'erb'), [
        ['statement', '<%', '<%- if a -%>', 'if a'],
        ['comment', '<%#', '<%# note %>', 'note'],
      ]);
    });
  });

  describe('EJS', () => {
    it('reads <%- as raw output, unlike ERB', () => {
      assert.deepEqual(rows('<%- user.bio %><%= name %><%# note %><%_ if (a) { _%><%% x', 'ejs'), [
        ['output-raw', '<%-', '<%- user.bio %>', 'user.bio'],
        ['output-escaped', '<%=', '<%= name %>', 'name'],
        ['comment', '<%#', '<%# note %>', 'note'],
        ['statement', '<%', '<%_ if (a) { _%>', 'if (a) {'],
      ]);
    });
  });

  describe('Vue', () => {
    it('finds v-html and innerHTML bindings, interpolations and comments', () => {
      const text = '<template><div v-html="post.body"></div><p :innerHTML=\'x\'></p>{{ msg }}<!-- <div v-html="old"></div> --></template>';
      assert.deepEqual(rows(text, 'vue'), [
        ['output-raw', 'v-html', 'v-html="post.body"', 'post.body'],
        ['output-raw', ':innerHTML', ":innerHTML='x'", 'x'],
        ['output-escaped', '{{', '{{ msg }}', 'msg'],
        ['comment', '<!--', '<!-- <div v-html="old"></div> -->', '<div v-html="old"></div>'],
      ]);
    });

    it('does not take data-v-html for the directive', () => {
      assert.deepEqual(rows('<div data-v-html="x"></div>', 'vue'), []);
    });
  });

  describe('Razor', () => {
    it('finds Html.Raw and HtmlString with their balanced arguments, and comments', () => {
      const text = '@* @Html.Raw(Model.Old) *@\n@Html.Raw(Format(Model.Bio, ")"))\n@{ var s = new HtmlString(x); }';
      assert.deepEqual(rows(text, 'razor'), [
        ['comment', '@*', '@* @Html.Raw(Model.Old) *@', '@Html.Raw(Model.Old)'],
        ['output-raw', 'Html.Raw(', '@Html.Raw(Format(Model.Bio, ")"))', 'Format(Model.Bio, ")")'],
        ['output-raw', 'new HtmlString(', 'new HtmlString(x)', 'x'],
      ]);
    });

    it('reads text after @@, and words in markup, as text', () => {
      assert.deepEqual(rows('<p>@@Html.Raw(x)</p><p>Html.Raw(y)</p>', 'razor'), []);
    });

    it('finds MvcHtmlString and leaves look-alike type names alone', () => {
      const text = '@{ var a = new MvcHtmlString(x); var b = MvcHtmlString.Create(y); var c = new HtmlStringBuilder(z); IHtmlString d = null; }';
      assert.deepEqual(rows(text, 'razor'), [
        ['output-raw', 'new MvcHtmlString(', 'new MvcHtmlString(x)', 'x'],
        ['output-raw', 'MvcHtmlString.Create(', 'MvcHtmlString.Create(y)', 'y'],
      ]);
    });

    it('stops at an unclosed Html.Raw with an error', () => {
      assert.deepEqual(tokenizeTemplate('<p>@Html.Raw(Model.Bio</p>', 'razor').errors, [{ message: 'Unclosed Html.Raw( tag', offset: 4 }]);
    });

    it('finds Html.Raw in code blocks and explicit expressions', () => {
      assert.deepEqual(rows('@{ var a = Html.Raw(x); }<p>@(Html.Raw(y))</p>', 'razor').map((row) => row[3]), ['x', 'y']);
    });
  });

  describe('Blade', () => {
    it('tells {!! !!} from {{ }}, and skips @{{ }} and @verbatim', () => {
      const text = '{{-- {!! $old !!} --}}{!! $x !!}{{ $y }}@{{ z }}@verbatim {!! $v !!} @endverbatim';
      assert.deepEqual(rows(text, 'blade'), [
        ['comment', '{{--', '{{-- {!! $old !!} --}}', '{!! $old !!}'],
        ['output-raw', '{!!', '{!! $x !!}', '$x'],
        ['output-escaped', '{{', '{{ $y }}', '$y'],
      ]);
    });
  });

  describe('as a config model', () => {
    it('answers templateTags(), lists comments and reports an unclosed tag as an error', () => {
      const text = '{# note #}{{ x|safe }}{% if';
      const model = parseConfigDocument(text, 'jinja');
      assert.deepEqual(model.templateTags?.().map((tag) => tag.kind), ['comment', 'output-raw']);
      assert.deepEqual(commentTexts(model, text), ['{# note #}']);
      assert.deepEqual(model.errors(), ['Unclosed {% tag (offset 22)']);
      assert.deepEqual(model.entries(), []);
    });

    it('leaves templateTags out of other formats', () => {
      assert.equal('templateTags' in parseConfigDocument('a: 1', 'yaml'), false);
    });

    it('stays linear on many unclosed quotes and openers', () => {
      const text = `{{ ${"'".repeat(50_000)} }}${'{% x %}'.repeat(20_000)}`;
      const started = Date.now();
      const tokens = tokenizeTemplate(text, 'jinja');
      assert.equal(tokens.tags.length, 20_001);
      assert.ok(Date.now() - started < 2000);
    });
  });

  describe('detecting template files', () => {
    const cases: readonly (readonly [string, string | undefined])[] = [
      ['src/components/Post.vue', 'vue'],
      ['app/views/posts/show.html.erb', 'erb'],
      ['views/index.ejs', 'ejs'],
      ['app/templates/post.html', 'jinja'],
      ['templates/base.html', 'jinja'],
      ['blog/templates/blog/post.djhtml', 'jinja'],
      ['roles/web/templates/page.html.j2', 'jinja'],
      ['templates/page.jinja2', 'jinja'],
      ['views/page.njk', 'jinja'],
      ['Views/Home/Index.cshtml', 'razor'],
      ['resources/views/post.blade.php', 'blade'],
      ['public/index.html', undefined],
      ['app/controllers/posts.php', 'php'],
    ];
    for (const [path, expected] of cases) {
      it(`${path} → ${String(expected)}`, () => {
        assert.equal(detectLanguage(path), expected);
      });
    }
  });
});
