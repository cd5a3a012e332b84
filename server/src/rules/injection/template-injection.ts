/**
 * injection/template-injection: a template's source, not just its data, built from text that is
 * not constant (server-side template injection). Jinja2 `Template` and `from_string`, Flask's
 * `render_template_string`, Django's `Template`, Mako and Tornado templates; EJS, Pug, Jade,
 * Handlebars, Nunjucks, Eta, doT and lodash/underscore `template`; Velocity's `evaluate`,
 * FreeMarker's `new Template(…)`, Thymeleaf's `process`, Pebble's `getLiteralTemplate`,
 * Jinjava and Groovy's template engines; ERB and Rails `render inline:`; Twig's
 * `createTemplate`, Smarty's `string:` and `eval:` resources and Blade's `render`; Go's
 * `text/template` and `html/template` `Parse`; RazorEngine and RazorLight.
 *
 * Most of these engines can call methods on the objects they see, so a template an attacker can
 * write runs code on the server. The engine's data-flow helper says where the source comes from:
 * request data is critical at high confidence, and a function parameter or a value this function
 * cannot see into is low, and only when the source is built from it (a template passed whole is a
 * wrapper's argument). Constant templates with the input passed as data
 * (`render_template_string(PAGE, name=name)`, `render_template('page.html', name=name)`) are the
 * fix and stay silent, and so are sandboxed engines (Jinja2's `SandboxedEnvironment`, Liquid,
 * Mustache), which are built for untrusted templates. A Spring MVC controller that returns a
 * view name built from request data is reported at low confidence: Thymeleaf evaluates
 * `__${…}__` preprocessing in view names. No fix is offered.
 */
import { injectionConfidence, namedArgument, nameWords, originOf, positionalArgument, relatedEvidence, safeRegex } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, Confidence, EvidenceNotes, Rule, RuleContext, Severity, SyntaxNode, ValueOrigin } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles), and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).';

type Family = 'python' | 'node' | 'java' | 'springView' | 'ruby' | 'php' | 'go' | 'csharp';

const ADVICE: Readonly<Record<Family, string>> = {
  python: "Keep the template constant and pass the input as data: render_template_string(PAGE, name=name), or render_template('page.html', name=name).",
  node: "Keep the template constant (a file or a literal) and pass the input as data: ejs.render(PAGE, { name }) or res.render('page', { name }).",
  java: 'Load templates from files or constants and pass the input in the context (context.put("name", name)); never build template text from input.',
  springView: 'Return a fixed view name and pass the input as a model attribute, or check it against an allow-list of view names; a @ResponseBody method is not resolved as a view.',
  ruby: "Keep the template constant and pass the input as data: render template: 'reports/show', locals: { name: name }, or ERB.new(TEMPLATE).result_with_hash(name: name).",
  php: "Load templates by name and pass the input as data: $twig->render('page.html.twig', ['name' => $name]).",
  go: 'Parse a constant template (or template.ParseFiles) and pass the input as data to Execute: tmpl.Execute(w, data).',
  csharp: 'Compile templates from files or constants and pass the input in the model: Engine.Razor.RunCompile(templateKey, typeof(Model), model).',
};

function messageFor(origin: ValueOrigin, api: string, family: Family): string {
  let found: string;
  if (family === 'springView') {
    found = `A view name built from request data is returned to Spring MVC's view resolver (${api}); with Thymeleaf, __\${…}__ in a view name is evaluated as an expression, so a crafted value can run code on the server (template injection).`;
  } else if (origin.kind === 'request' && !origin.built) {
    found = `Request data is used as a template's source by ${api}, so a crafted value can use the template language to read server data or run code (server-side template injection).`;
  } else {
    const source = origin.kind === 'request' ? 'request data' : origin.kind === 'parameter' ? 'a function parameter' : 'a value that is not a constant';
    found = `A template's source is built from ${source} and compiled by ${api}, so a value holding template syntax ({{ }}, <% %>, \${ }) is run as part of the template (server-side template injection).`;
  }
  return `${found} ${CONTROL} ${ADVICE[family]}`;
}

const EVIDENCE_NOTES: EvidenceNotes = {
  request: 'Request data is read here.',
  parameter: 'The value comes from this parameter.',
  unknown: 'This value is not a constant.',
  sanitised: 'The value is converted here.',
  constant: 'The value is set here.',
};

// ---------------------------------------------------------------------------------------------
// Sinks
// ---------------------------------------------------------------------------------------------

interface Sink {
  /** The template source. */
  readonly source: SyntaxNode;
  readonly api: string;
  readonly family: Family;
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

function apiName(call: CallSite): string {
  const callee = call.callee;
  return callee.length <= 40 && !callee.includes('(') && !callee.includes('"') && !callee.includes("'") ? callee : call.name;
}

function sink(call: CallSite, source: SyntaxNode | undefined, family: Family, api = apiName(call)): Sink[] {
  return source === undefined ? [] : [{ source, api, family }];
}

// Python ---------------------------------------------------------------------------------------

const PYTHON_TEMPLATE_CLASSES: ReadonlySet<string> = new Set([
  'jinja2.Template', 'jinja2.environment.Template', 'django.template.Template', 'django.template.base.Template', 'mako.template.Template',
  'tornado.template.Template', 'chameleon.PageTemplate', 'chameleon.zpt.template.PageTemplate', 'genshi.template.MarkupTemplate', 'genshi.template.TextTemplate',
]);
const PYTHON_TEMPLATE_FUNCTIONS: ReadonlySet<string> = new Set(['flask.render_template_string', 'quart.render_template_string', 'flask.templating.render_template_string']);

const detectPython: Detector = (call, code) => {
  if (PYTHON_TEMPLATE_CLASSES.has(call.qualified)) return sink(call, positionalArgument(call, 0) ?? namedArgument(call, 'source', 'template_string', 'text'), 'python');
  if (PYTHON_TEMPLATE_FUNCTIONS.has(call.qualified) || call.callee === 'render_template_string') return sink(call, positionalArgument(call, 0) ?? namedArgument(call, 'source'), 'python');
  if (call.name === 'from_string' && call.receiver !== undefined && namesTemplateEngine(call.receiver) && !isSandboxed(call.receiver, code)) return sink(call, positionalArgument(call, 0) ?? namedArgument(call, 'source', 'template_code'), 'python');
  return [];
};

/** Receivers named like a template environment or engine: `env`, `jinja_env`, `environment`, `engines['django']`, `templates`. */
function namesTemplateEngine(receiver: SyntaxNode): boolean {
  const text = receiver.text.toLowerCase();
  return ['env', 'engine', 'jinja', 'template', 'nunjucks', 'eta'].some((word) => text.includes(word));
}

/** Jinja2's `SandboxedEnvironment` is built to render untrusted templates. */
function isSandboxed(receiver: SyntaxNode, code: CodeModel): boolean {
  if (receiver.text.includes('Sandbox')) return true;
  const assignment = code.assignments().filter((candidate) => candidate.target === receiver.text && candidate.node.startIndex < receiver.startIndex).pop();
  return assignment?.value.text.includes('Sandbox') === true;
}

// JavaScript and TypeScript --------------------------------------------------------------------

/** Module functions that compile their first argument as a template, by import-resolved name. */
const NODE_TEMPLATE_FUNCTIONS: ReadonlySet<string> = new Set([
  'ejs.render', 'ejs.compile', 'pug.render', 'pug.compile', 'pug.compileClient', 'jade.render', 'jade.compile',
  'handlebars.compile', 'handlebars.precompile', 'nunjucks.renderString', 'nunjucks.compile', 'lodash.template', 'underscore.template',
  'lodash/template', 'lodash.template.default', 'dot.template', 'dot.compile', 'eta.renderString', 'eta.compile', 'hogan.js.compile',
  'velocityjs.render', 'velocityjs.Compile', 'art-template.render', 'art-template.compile', 'squirrelly.render', 'squirrelly.compile',
]);
/** Callees as written for globals and common aliases: `_.template`, `Handlebars.compile`. */
const NODE_TEMPLATE_CALLEES: ReadonlySet<string> = new Set(['_.template', 'Handlebars.compile', 'Handlebars.precompile', 'doT.template', 'doT.compile', 'ejs.render', 'ejs.compile', 'pug.render', 'pug.compile', 'nunjucks.renderString']);

const detectJavaScript: Detector = (call) => {
  const qualified = call.qualified.replace('.default.', '.');
  if (NODE_TEMPLATE_FUNCTIONS.has(qualified) || NODE_TEMPLATE_CALLEES.has(call.callee)) return sink(call, positionalArgument(call, 0), 'node');
  // A Nunjucks environment: `env.renderString(source, context)`.
  if (call.name === 'renderString' && call.receiver !== undefined && namesTemplateEngine(call.receiver)) return sink(call, positionalArgument(call, 0), 'node');
  return [];
};

// Java -----------------------------------------------------------------------------------------

const detectJava: Detector = (call, code) => {
  if (call.isConstructor) {
    // FreeMarker `new Template(name, new StringReader(source), cfg)` or `new Template(name, source, cfg)`.
    if (call.name !== 'Template' || call.args.length < 3 || (!importsFrom(code, 'freemarker') && !call.callee.startsWith('freemarker.'))) return [];
    const reader = positionalArgument(call, 1);
    return sink(call, reader === undefined ? undefined : readerSource(reader, code), 'java', 'FreeMarker Template');
  }
  if (call.receiver === undefined) return [];
  const receiverWords = nameWords(call.receiver.text);
  // Velocity.evaluate(context, writer, logTag, source) and VelocityEngine.evaluate.
  if (call.name === 'evaluate' && call.args.length === 4 && (call.receiver.text === 'Velocity' || receiverWords.includes('velocity') || receiverWords.includes('ve'))) {
    const source = positionalArgument(call, 3);
    return sink(call, source === undefined ? undefined : readerSource(source, code), 'java');
  }
  // Thymeleaf `templateEngine.process(source, context)`: with a string resolver the first argument is the template itself.
  if (call.name === 'process' && call.args.length >= 2 && receiverWords.includes('engine') && receiverWords.includes('template')) return sink(call, positionalArgument(call, 0), 'java');
  if (call.name === 'getLiteralTemplate') return sink(call, positionalArgument(call, 0), 'java');
  if (call.name === 'createTemplate' && call.args.length === 1) return sink(call, readerSource(positionalArgument(call, 0), code), 'java');
  if (call.name === 'render' && call.args.length >= 2 && receiverWords.includes('jinjava')) return sink(call, positionalArgument(call, 0), 'java');
  return [];
};

/** `new StringReader(source)` reads `source`; anything else is the source itself. */
function readerSource(node: SyntaxNode | undefined, code: CodeModel): SyntaxNode | undefined {
  if (node === undefined) return undefined;
  const reader = code.calls().find((call) => call.node.id === node.id && call.isConstructor && call.name === 'StringReader');
  return reader ? positionalArgument(reader, 0) : node;
}

/** `@Controller` (not `@RestController`, whose methods return bodies rather than view names). */
const CONTROLLER_ANNOTATION = safeRegex('@(org\\.springframework\\.stereotype\\.)?Controller\\b', '');

/** Returns of `String` handler methods in a `@Controller` class: view names the view resolver looks up. */
function springViewSinks(code: CodeModel): Sink[] {
  const sinks: Sink[] = [];
  for (const declaration of code.nodesOfType(['class_declaration'])) {
    const modifiers = declaration.namedChildren.find((child) => child?.type === 'modifiers');
    const annotations = modifiers?.text ?? '';
    if (!CONTROLLER_ANNOTATION.test(annotations) || annotations.includes('@ResponseBody')) continue;
    const body = declaration.childForFieldName('body');
    for (const method of body?.namedChildren ?? []) {
      if (method?.type !== 'method_declaration' || method.childForFieldName('type')?.text !== 'String') continue;
      const methodModifiers = method.namedChildren.find((child) => child?.type === 'modifiers')?.text ?? '';
      if (methodModifiers.includes('@ResponseBody') || !methodModifiers.includes('Mapping')) continue;
      for (const statement of method.descendantsOfType('return_statement')) {
        const value = statement?.namedChildren.find((child) => child !== null && !child.type.includes('comment'));
        if (value !== undefined && value !== null) sinks.push({ source: value, api: 'a @Controller method', family: 'springView' });
      }
    }
  }
  return sinks;
}

// Ruby -----------------------------------------------------------------------------------------

const detectRuby: Detector = (call) => {
  if (call.name === 'new' && call.receiver !== undefined && (call.receiver.text === 'ERB' || call.receiver.text === 'Erubi::Engine' || call.receiver.text === 'Erubis::Eruby' || call.receiver.text === 'Haml::Engine')) {
    return sink(call, positionalArgument(call, 0), 'ruby', `${call.receiver.text}.new`);
  }
  // Rails `render inline: source` compiles the source as ERB.
  if (call.name === 'render' && call.receiver === undefined) return sink(call, namedArgument(call, 'inline'), 'ruby', 'render inline:');
  return [];
};

// PHP ------------------------------------------------------------------------------------------

const detectPhp: Detector = (call, code) => {
  const name = call.name.toLowerCase();
  if (name === 'createtemplate' && call.receiver !== undefined) return sink(call, positionalArgument(call, 0), 'php', 'Twig createTemplate');
  if ((name === 'render' || name === 'compilestring') && call.callee.endsWith(`Blade::${call.name}`)) return sink(call, positionalArgument(call, 0), 'php');
  // Smarty's `string:` and `eval:` resources compile the rest of the name as a template.
  if ((name === 'fetch' || name === 'display' || name === 'createtemplate') && call.receiver !== undefined) {
    const resource = positionalArgument(call, 0);
    const fragments = resource === undefined ? [] : originOf(code, resource, 'template').fragments;
    const first = (fragments[0] ?? '').trimStart().toLowerCase();
    if (first.startsWith('string:') || first.startsWith('eval:')) return sink(call, resource, 'php', 'Smarty string: resource');
  }
  return [];
};

// Go -------------------------------------------------------------------------------------------

const detectGo: Detector = (call, code) => {
  if (call.name !== 'Parse' || call.receiver === undefined || (!importsFrom(code, 'text/template') && !importsFrom(code, 'html/template'))) return [];
  // `template.New("x").Parse(source)` and a `*template.Template` variable's Parse.
  const text = call.receiver.text;
  if (!text.includes('template.') && !text.includes('New(') && !nameWords(text).some((word) => word === 'tmpl' || word === 'tpl' || word === 'template' || word === 't')) return [];
  return sink(call, positionalArgument(call, 0), 'go', 'template.Parse');
};

// C# -------------------------------------------------------------------------------------------

const detectCSharp: Detector = (call) => {
  if ((call.name === 'RunCompile' || call.name === 'Compile' || call.name === 'Parse' || call.name === 'AddTemplate') && call.receiver !== undefined && call.receiver.text.includes('Razor')) {
    return sink(call, positionalArgument(call, 0), 'csharp');
  }
  if (call.name === 'CompileRenderStringAsync') return sink(call, positionalArgument(call, 1), 'csharp');
  return [];
};

/** Whether the file imports from a module; Java's wildcard imports (`import freemarker.template.*;`) bind no name, so their declarations are read too. */
function importsFrom(code: CodeModel, module: string): boolean {
  if (code.imports().some((binding) => binding.target === module || binding.target.startsWith(`${module}.`) || binding.target.startsWith(`${module}/`))) return true;
  return code.language === 'java' && code.root.descendantsOfType('import_declaration').some((declaration) => declaration?.text.includes(` ${module}.`) === true);
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const DETECTORS: Readonly<Partial<Record<CodeLanguage, Detector>>> = {
  python: detectPython,
  javascript: detectJavaScript,
  typescript: detectJavaScript,
  tsx: detectJavaScript,
  java: detectJava,
  ruby: detectRuby,
  php: detectPhp,
  go: detectGo,
  csharp: detectCSharp,
};

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const sinks = code.calls().flatMap((call) => detect(call, code));
  if (code.language === 'java') sinks.push(...springViewSinks(code));
  const reported = new Set<string>();
  for (const found of sinks) {
    const key = `${found.source.startIndex}:${found.source.endIndex}`;
    if (reported.has(key)) continue;
    const origin = originOf(code, found.source, 'template');
    let confidence: Confidence | undefined = injectionConfidence(origin);
    if (confidence === undefined) continue;
    // A view name is a template only through Thymeleaf's preprocessing: worth a look, not a verdict.
    if (found.family === 'springView') {
      // `redirect:` and `forward:` views are handled by Spring before any template engine sees them.
      const prefix = (origin.fragments[0] ?? '').trimStart();
      if (origin.kind !== 'request' || prefix.startsWith('redirect:') || prefix.startsWith('forward:')) continue;
      confidence = 'low';
    }
    reported.add(key);
    const severity: Severity = origin.kind === 'request' && found.family !== 'springView' ? 'critical' : 'high';
    context.report({
      node: found.source,
      message: messageFor(origin, found.api, found.family),
      severity,
      confidence,
      ...relatedEvidence(origin, found.source, EVIDENCE_NOTES),
    });
  }
}

export const templateInjection: Rule = {
  meta: {
    id: 'injection/template-injection',
    title: 'Template source built from non-constant input',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [1336, 94],
    owasp: 'A03:2021 Injection',
    policy: [
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
      'vulnerability-scanning-guide#scanning-requirements',
      'tg:justice-digital-software-engineering-standards#security-standards',
    ],
    basis: 'principle',
    why:
      'Template languages reach the objects they are given and, in most engines, their methods: a template written by an attacker can read configuration and secrets or run commands on the server. ' +
      'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles); MoJ names no rule on templates themselves.',
    howToFix:
      'Keep template sources constant (files or literals) and pass input only as data to render; where users must write templates, use a sandboxed engine (Jinja2 SandboxedEnvironment, Liquid).',
    fixSafety: 'suggestion',
    languages: ['python', 'javascript', 'typescript', 'tsx', 'java', 'ruby', 'php', 'go', 'csharp'],
    prefilter: [
      'Template', 'template', 'from_string', 'render', 'compile', 'ejs', 'pug', 'jade', 'Handlebars', 'handlebars', 'nunjucks', 'doT', 'eta',
      'evaluate', 'process', 'Controller', 'ERB', 'Erubi', 'Haml', 'inline', 'fetch', 'display', 'Blade', 'Parse', 'Razor', 'CompileRenderStringAsync',
    ],
    examples: {
      python: "return render_template('greeting.html', name=request.args['name'])",
      javascript: "res.render('greeting', { name: req.query.name });",
      typescript: "res.render('greeting', { name: req.query.name });",
      tsx: "res.render('greeting', { name: req.query.name });",
      java: 'Template template = configuration.getTemplate("greeting.ftl");\ntemplate.process(Map.of("name", name), writer);',
      ruby: "render template: 'greetings/show', locals: { name: params[:name] }",
      php: "echo $twig->render('greeting.html.twig', ['name' => $_GET['name']]);",
      go: 'tmpl := template.Must(template.ParseFiles("greeting.html"))\nerr := tmpl.Execute(w, data)',
      csharp: 'var html = Engine.Razor.RunCompile("greeting", typeof(GreetingModel), model);',
    },
  },
  check,
};
