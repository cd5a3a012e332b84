/**
 * Cases for injection/template-injection: template sources built from request data or parameters
 * in each language, with constant templates rendered with data, sandboxed engines, view names and
 * look-alike `Parse`, `fetch` and `from_string` calls that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { templateInjection } from './template-injection';

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles), and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).';
const BUILT_EFFECT =
  'so a value holding template syntax ({{ }}, <% %>, ${ }) is run as part of the template (server-side template injection)';
const WHOLE_EFFECT =
  'so a crafted value can use the template language to read server data or run code (server-side template injection)';
const PYTHON =
  "Keep the template constant and pass the input as data: render_template_string(PAGE, name=name), or render_template('page.html', name=name).";
const NODE =
  "Keep the template constant (a file or a literal) and pass the input as data: ejs.render(PAGE, { name }) or res.render('page', { name }).";
const JAVA =
  'Load templates from files or constants and pass the input in the context (context.put("name", name)); never build template text from input.';
const SPRING_VIEW =
  'Return a fixed view name and pass the input as a model attribute, or check it against an allow-list of view names; a @ResponseBody method is not resolved as a view.';
const RUBY =
  "Keep the template constant and pass the input as data: render template: 'reports/show', locals: { name: name }, or ERB.new(TEMPLATE).result_with_hash(name: name).";
const PHP =
  "Load templates by name and pass the input as data: $twig->render('page.html.twig', ['name' => $name]).";
const GO =
  'Parse a constant template (or template.ParseFiles) and pass the input as data to Execute: tmpl.Execute(w, data).';
const CSHARP =
  'Compile templates from files or constants and pass the input in the model: Engine.Razor.RunCompile(templateKey, typeof(Model), model).';

export const table: RuleTable = {
  rule: templateInjection,
  invalid: [
    {
      name: 'Flask render_template_string with concatenated request data',
      path: 'app/views.py',
      code: `from flask import request, render_template_string

@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return render_template_string("<h1>Hello " + name + "</h1>")
`,
      findings: [
        {
          line: 6, column: 35, endColumn: 64,
          message: `A template's source is built from request data and compiled by render_template_string, ${BUILT_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'jinja2 Template and Environment.from_string',
      path: 'app/letters.py',
      code: `from jinja2 import Environment, Template
from flask import request

def preview():
    body = Template(request.form["template"]).render()
    env = Environment()
    return env.from_string(f"Dear {request.form['name']},").render()
`,
      findings: [
        {
          line: 5, column: 21, endColumn: 45,
          message: `Request data is used as a template's source by Template, ${WHOLE_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 7, column: 28, endColumn: 59,
          message: `A template's source is built from request data and compiled by env.from_string, ${BUILT_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'Django Template and engines from_string',
      path: 'letters/views.py',
      code: `from django.template import Template, engines

def preview(request):
    greeting = Template("Hi " + request.GET["name"])
    return engines["django"].from_string(request.POST["tpl"])
`,
      findings: [
        {
          line: 4, column: 25, endColumn: 52,
          message: `A template's source is built from request data and compiled by Template, ${BUILT_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 5, column: 42, endColumn: 61,
          message: `Request data is used as a template's source by from_string, ${WHOLE_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'a parameter in the source is low confidence',
      path: 'app/letters.py',
      code: `from jinja2 import Template

def greeting(name):
    return Template("Hello " + name).render()
`,
      findings: [
        {
          line: 4, column: 21, endColumn: 36,
          message: `A template's source is built from a function parameter and compiled by Template, ${BUILT_EFFECT}. ${CONTROL} ${PYTHON}`,
          severity: 'high', confidence: 'low', fix: null,
        },
      ],
    },
    {
      name: 'EJS, Pug, Handlebars, lodash and Nunjucks sources from the request',
      path: 'src/greet.js',
      code: `const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const _ = require('lodash');
const nunjucks = require('nunjucks');

app.get('/greet', (req, res) => {
  res.send(ejs.render('<h1>Hello ' + req.query.name + '</h1>'));
  const page = pug.compile(req.body.template);
  const card = Handlebars.compile(\`Hi \${req.query.name}\`);
  const note = _.template(req.query.tpl);
  nunjucks.renderString('Hello ' + req.query.name, {});
});
`,
      findings: [
        {
          line: 8, column: 23, endColumn: 62,
          message: `A template's source is built from request data and compiled by ejs.render, ${BUILT_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 9, column: 28, endColumn: 45,
          message: `Request data is used as a template's source by pug.compile, ${WHOLE_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 10, column: 35, endColumn: 57,
          message: `A template's source is built from request data and compiled by Handlebars.compile, ${BUILT_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 11, column: 27, endColumn: 40,
          message: `Request data is used as a template's source by _.template, ${WHOLE_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 12, column: 25, endColumn: 50,
          message: `A template's source is built from request data and compiled by nunjucks.renderString, ${BUILT_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'TypeScript Handlebars default import and a Nunjucks environment',
      path: 'src/preview.ts',
      code: `import Handlebars from 'handlebars';
import nunjucks from 'nunjucks';

const env = new nunjucks.Environment();

export function preview(req: Request) {
  const card = Handlebars.compile('<p>' + req.body.heading + '</p>');
  return env.renderString(req.body.template, {});
}
`,
      findings: [
        {
          line: 7, column: 35, endColumn: 68,
          message: `A template's source is built from request data and compiled by Handlebars.compile, ${BUILT_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 8, column: 27, endColumn: 44,
          message: `Request data is used as a template's source by env.renderString, ${WHOLE_EFFECT}. ${CONTROL} ${NODE}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'FreeMarker, Velocity and Thymeleaf sources from a request parameter',
      path: 'src/main/java/uk/gov/justice/PreviewController.java',
      code: `import freemarker.template.*;
import org.apache.velocity.app.Velocity;
import java.io.StringReader;

@RestController
public class PreviewController {
    @PostMapping("/preview")
    public String preview(@RequestParam String template) throws Exception {
        Template freemarker = new Template("preview", new StringReader(template), configuration);
        Velocity.evaluate(context, writer, "preview", "Hello " + template);
        return templateEngine.process(template, new Context());
    }
}
`,
      findings: [
        {
          line: 9, column: 72, endColumn: 80,
          message: `Request data is used as a template's source by FreeMarker Template, ${WHOLE_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 10, column: 55, endColumn: 74,
          message: `A template's source is built from request data and compiled by Velocity.evaluate, ${BUILT_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 11, column: 39, endColumn: 47,
          message: `Request data is used as a template's source by templateEngine.process, ${WHOLE_EFFECT}. ${CONTROL} ${JAVA}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'a Spring @Controller view name built from a request parameter is low confidence',
      path: 'src/main/java/uk/gov/justice/GreetingController.java',
      code: `import org.springframework.stereotype.Controller;

@Controller
public class GreetingController {
    @GetMapping("/welcome")
    public String welcome(@RequestParam String lang) {
        return "user/" + lang + "/welcome";
    }
}
`,
      findings: [
        {
          line: 7, column: 16, endColumn: 43,
          message: `A view name built from request data is returned to Spring MVC's view resolver (a @Controller method); with Thymeleaf, __\${…}__ in a view name is evaluated as an expression, so a crafted value can run code on the server (template injection). ${CONTROL} ${SPRING_VIEW}`,
          severity: 'high', confidence: 'low', fix: null,
        },
      ],
    },
    {
      name: 'ERB.new and render inline:',
      path: 'app/controllers/greetings_controller.rb',
      code: `class GreetingsController < ApplicationController
  def show
    render inline: "<h1>Hello #{params[:name]}</h1>"
  end

  def preview
    ERB.new(params[:template]).result(binding)
  end
end
`,
      findings: [
        {
          line: 3, column: 20, endColumn: 53,
          message: `A template's source is built from request data and compiled by render inline:, ${BUILT_EFFECT}. ${CONTROL} ${RUBY}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 7, column: 13, endColumn: 30,
          message: `Request data is used as a template's source by ERB.new, ${WHOLE_EFFECT}. ${CONTROL} ${RUBY}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'Twig createTemplate, a Smarty string: resource and Blade::render',
      path: 'public/greet.php',
      code: `<?php
$template = $twig->createTemplate('Hello ' . $_GET['name']);
$smarty->display('string:Hello ' . $_GET['name']);
echo Blade::render($_POST['template'], []);
`,
      findings: [
        {
          line: 2, column: 35, endColumn: 59,
          message: `A template's source is built from request data and compiled by Twig createTemplate, ${BUILT_EFFECT}. ${CONTROL} ${PHP}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 3, column: 18, endColumn: 49,
          message: `A template's source is built from request data and compiled by Smarty string: resource, ${BUILT_EFFECT}. ${CONTROL} ${PHP}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
        {
          line: 4, column: 20, endColumn: 38,
          message: `Request data is used as a template's source by Blade::render, ${WHOLE_EFFECT}. ${CONTROL} ${PHP}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'Go template.New().Parse with request data',
      path: 'web/greet.go',
      code: `package web

import (
	"html/template"
	"net/http"
)

func Greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	tmpl, _ := template.New("greet").Parse("<h1>Hello " + name + "</h1>")
	_ = tmpl.Execute(w, nil)
}
`,
      findings: [
        {
          line: 10, column: 41, endColumn: 70,
          message: `A template's source is built from request data and compiled by template.Parse, ${BUILT_EFFECT}. ${CONTROL} ${GO}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
    {
      name: 'RazorEngine RunCompile with form data',
      path: 'src/PreviewController.cs',
      code: `using RazorEngine;

public class PreviewController : Controller
{
    public IActionResult Preview()
    {
        var html = Engine.Razor.RunCompile(Request.Form["template"], "preview", null, new { });
        return Content(html);
    }
}
`,
      findings: [
        {
          line: 7, column: 44, endColumn: 68,
          message: `Request data is used as a template's source by Engine.Razor.RunCompile, ${WHOLE_EFFECT}. ${CONTROL} ${CSHARP}`,
          severity: 'critical', confidence: 'high', fix: null,
        },
      ],
    },
  ],
  valid: [
    {
      name: 'constant templates with the input passed as data',
      path: 'app/views.py',
      code: `from flask import request, render_template_string, render_template

@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    page = render_template_string("<h1>Hello {{ name }}</h1>", name=name)
    return render_template("hello.html", name=name)
`,
    },
    {
      name: 'SandboxedEnvironment is built for untrusted templates',
      path: 'app/letters.py',
      code: `from jinja2.sandbox import SandboxedEnvironment
from flask import request

def preview():
    sandbox = SandboxedEnvironment()
    return sandbox.from_string(request.form["template"]).render()
`,
    },
    {
      name: 'a wrapper passes the template whole',
      path: 'app/letters.py',
      code: `from jinja2 import Template

def render_letter(body, **context):
    return Template(body).render(**context)
`,
    },
    {
      name: 'string.Template and other from_string methods',
      path: 'app/util.py',
      code: `from string import Template

def line(request):
    text = Template("Hello $name").substitute(name=request.args["name"])
    return Color.from_string("#" + request.args["colour"])
`,
    },
    {
      name: 'EJS with data and res.render with a view name',
      path: 'src/greet.js',
      code: `const ejs = require('ejs');

app.get('/greet', (req, res) => {
  res.send(ejs.render('<h1>Hello <%= name %></h1>', { name: req.query.name }));
  res.render('greet', { name: req.query.name });
});
`,
    },
    {
      name: 'a fixed view name and a redirect',
      path: 'src/main/java/uk/gov/justice/GreetingController.java',
      code: `@Controller
public class GreetingController {
    @GetMapping("/welcome")
    public String welcome(@RequestParam String name, Model model) {
        model.addAttribute("name", name);
        return "welcome";
    }

    @GetMapping("/go")
    public String go(@RequestParam String next) {
        return "redirect:/cases/" + next;
    }
}
`,
    },
    {
      name: 'a @RestController returns bodies, not view names',
      path: 'src/main/java/uk/gov/justice/GreetingApi.java',
      code: `@RestController
public class GreetingApi {
    @GetMapping("/greeting")
    public String greeting(@RequestParam String name) {
        return "Hello " + name;
    }
}
`,
    },
    {
      name: 'Liquid is sandboxed and render template: takes a name',
      path: 'app/controllers/greetings_controller.rb',
      code: `class GreetingsController < ApplicationController
  def show
    Liquid::Template.parse(params[:template]).render("name" => current_user.name)
    render template: "greetings/show", locals: { name: params[:name] }
  end
end
`,
    },
    {
      name: 'Twig render by name and Smarty fetch of a file',
      path: 'public/greet.php',
      code: `<?php
echo $twig->render('hello.html.twig', ['name' => $_GET['name']]);
$smarty->fetch('hello.tpl');
$response = $client->fetch($_GET['url']);
`,
    },
    {
      name: 'url.Parse and a constant template',
      path: 'web/greet.go',
      code: `package web

import (
	"html/template"
	"net/http"
	"net/url"
)

func Greet(w http.ResponseWriter, r *http.Request) {
	target, _ := url.Parse(r.URL.Query().Get("next"))
	tmpl := template.Must(template.New("greet").Parse("<h1>Hello {{.}}</h1>"))
	_ = tmpl.Execute(w, target)
}
`,
    },
  ],
};

describeRule(table);
