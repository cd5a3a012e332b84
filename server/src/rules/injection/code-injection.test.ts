/**
 * Cases for injection/code-injection: text that is not constant evaluated as code, beside constant
 * code, data parsers (`JSON.parse`, `ast.literal_eval`) and same-named methods that evaluate
 * nothing (`model.eval()`, `RegExp.exec`).
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { codeInjection } from './code-injection';

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles), and its engineering standards ask for injection to be prevented (Justice Digital software engineering standards: Security Standards).';

const JS_EVAL = 'Parse data with JSON.parse, and look up behaviour in a map of functions instead of building code.';
const JS_TIMER = 'Pass a function instead of a string: setTimeout(() => refresh(id), 1000).';
const JS_VM = 'Do not run code built from input with vm, which is not a security boundary; parse data with JSON.parse instead.';
const PYTHON = 'Parse data with json.loads or ast.literal_eval, and look up behaviour in a dict of functions instead of building code.';
const PHP_EVAL = 'Parse data with json_decode, and call known functions through a match expression or an array of callables instead of building code.';
const PHP_PREG_E = 'Use preg_replace_callback() instead of the /e modifier, which was removed in PHP 7.';
const RUBY_EVAL = 'Use define_method or a block instead of a string of code, and look up behaviour in a hash instead of building code.';
const RUBY_SEND = 'Check the method name against an allow-list before calling it, or map the input to a method through a hash.';
const JAVA = 'Do not evaluate scripts built from input; pass values in as bindings (engine.put or Bindings) to a fixed script.';
const CSHARP = 'Do not evaluate scripts built from input; pass values in through a globals object to a fixed script.';

type Source = 'request data' | 'a function parameter' | 'a value that is not a constant';

/** Code assembled from a non-constant part. */
function built(source: Source, api: string, advice: string): string {
  return `Code built from ${source} is run by ${api}, so a crafted value can run any code in the process (code injection). ${CONTROL} ${advice}`;
}

/** A non-constant value evaluated whole. */
function whole(source: Source, api: string, advice: string): string {
  const subject = source.charAt(0).toUpperCase() + source.slice(1);
  return `${subject} is run as code by ${api}, so a crafted value can run any code in the process (code injection). ${CONTROL} ${advice}`;
}

export const table: RuleTable = {
  rule: codeInjection,
  invalid: [
    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'code generator compiling with new Function is reported once per call, at the body, not per parameter name',
      path: 'src/compile/validator.js',
      code: `import names from './names';

export function compileValidator(sourceCode) {
  return new Function(\`\${names.self}\`, \`\${names.scope}\`, sourceCode);
}
`,
      findings: [{ line: 4, column: 58, endColumn: 68, message: whole('a function parameter', 'new Function', JS_EVAL), severity: 'high', confidence: 'low', fix: null }],
    },
    {
      name: 'eval of a request body field',
      path: 'src/routes/calc.js',
      code: `router.post('/calc', (req, res) => {
  res.json({ result: eval(req.body.expression) });
});
`,
      findings: [{ line: 2, column: 27, endColumn: 46, message: whole('request data', 'eval', JS_EVAL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'new Function with a built body',
      path: 'src/routes/formula.ts',
      code: `export function compile(req: Request) {
  return new Function('a', 'b', 'return ' + req.body.formula);
}
`,
      findings: [{ line: 2, column: 33, endColumn: 61, message: built('request data', 'new Function', JS_EVAL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'setTimeout with a string',
      path: 'public/js/refresh.js',
      code: `function schedule(id) {
  setTimeout('refresh(' + id + ')', 1000);
}
`,
      findings: [{ line: 2, column: 14, endColumn: 35, message: built('a function parameter', 'setTimeout', JS_TIMER), severity: 'high', confidence: 'low', fix: null }],
    },
    {
      name: 'vm.runInNewContext',
      path: 'src/sandbox.js',
      code: `const vm = require('vm');

app.post('/run', (req, res) => {
  res.json(vm.runInNewContext(req.body.code, {}));
});
`,
      findings: [{ line: 4, column: 31, endColumn: 44, message: whole('request data', 'vm.runInNewContext', JS_VM), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'template compiler evaluates its argument',
      path: 'src/templates.js',
      code: `function render(source, data) {
  return eval(source)(data);
}
`,
      findings: [{ line: 2, column: 15, endColumn: 21, message: whole('a function parameter', 'eval', JS_EVAL), severity: 'high', confidence: 'low', fix: null }],
    },

    // Python ------------------------------------------------------------------------------------
    {
      name: 'eval of a query argument through a variable',
      path: 'app/calc.py',
      code: `from flask import request

def calc():
    expression = request.args["expr"]
    return str(eval(expression))
`,
      findings: [{ line: 5, column: 21, endColumn: 31, message: whole('request data', 'eval', PYTHON), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'exec of a built statement',
      path: 'app/settings.py',
      code: `def update(request):
    exec("settings." + request.POST["name"] + " = True")
`,
      findings: [{ line: 2, column: 10, endColumn: 56, message: built('request data', 'exec', PYTHON), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'compile of the request body',
      path: 'app/plugins.py',
      code: `def upload(request):
    code = compile(request.body, "<plugin>", "exec")
`,
      findings: [{ line: 2, column: 20, endColumn: 32, message: whole('request data', 'compile', PYTHON), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'helper evaluates a value it is given',
      path: 'app/rules.py',
      code: `def apply_rule(rule, record):
    return eval(rule, {"record": record})
`,
      findings: [{ line: 2, column: 17, endColumn: 21, message: whole('a function parameter', 'eval', PYTHON), severity: 'high', confidence: 'low', fix: null }],
    },

    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'eval of concatenated input',
      path: 'public/calc.php',
      code: `<?php
eval('$result = ' . $_GET['expr'] . ';');
`,
      findings: [{ line: 2, column: 6, endColumn: 40, message: built('request data', 'eval', PHP_EVAL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'create_function body',
      path: 'public/sort.php',
      code: `<?php
usort($rows, create_function('$a, $b', 'return $a[' . $_GET['key'] . '] <=> $b[0];'));
`,
      findings: [{ line: 2, column: 40, endColumn: 84, message: built('request data', 'create_function', PHP_EVAL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'assert with a string',
      path: 'public/check.php',
      code: `<?php
assert("strlen('" . $_GET['name'] . "') < 64");
`,
      findings: [{ line: 2, column: 8, endColumn: 46, message: built('request data', 'assert', PHP_EVAL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'preg_replace with /e',
      path: 'public/format.php',
      code: `<?php
$html = preg_replace('/\\[b\\](.*?)\\[\\/b\\]/e', '"<b>" . strtoupper("$1") . "</b>"', $_POST['text']);
`,
      findings: [{ line: 2, column: 22, endColumn: 44, message: `preg_replace with the /e modifier runs its replacement as PHP code after substituting text from request data, so a crafted value can run any code (code injection). ${CONTROL} ${PHP_PREG_E}`, severity: 'critical', confidence: 'high', fix: null }],
    },

    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'eval of an interpolated string',
      path: 'app/controllers/reports_controller.rb',
      code: `class ReportsController < ApplicationController
  def show
    @value = eval("@report.#{params[:field]}")
  end
end
`,
      findings: [{ line: 3, column: 19, endColumn: 46, message: built('request data', 'eval', RUBY_EVAL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'class_eval of request data',
      path: 'app/controllers/plugins_controller.rb',
      code: `class PluginsController < ApplicationController
  def create
    Plugin.class_eval(params[:source])
  end
end
`,
      findings: [{ line: 3, column: 23, endColumn: 38, message: whole('request data', 'Plugin.class_eval', RUBY_EVAL), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'send with a method name from params',
      path: 'app/controllers/reports_controller.rb',
      code: `class ReportsController < ApplicationController
  def show
    @value = @report.send(params[:field])
  end
end
`,
      findings: [{ line: 3, column: 27, endColumn: 41, message: `A method name from request data is called through @report.send, so a crafted value can call any method the object has, private ones included. ${CONTROL} ${RUBY_SEND}`, severity: 'medium', confidence: 'high', fix: null }],
    },

    // Java and C# -------------------------------------------------------------------------------
    {
      name: 'ScriptEngine.eval of a request parameter',
      path: 'src/main/java/uk/gov/justice/Rules.java',
      code: `class Rules {
  Object evaluate(@RequestParam String rule) throws ScriptException {
    ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
    return engine.eval(rule);
  }
}
`,
      findings: [{ line: 4, column: 24, endColumn: 28, message: whole('request data', 'engine.eval', JAVA), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'GroovyShell.evaluate of a built script',
      path: 'src/main/java/uk/gov/justice/Scripts.java',
      code: `class Scripts {
  Object run(HttpServletRequest request) {
    GroovyShell shell = new GroovyShell();
    return shell.evaluate("return " + request.getParameter("expr"));
  }
}
`,
      findings: [{ line: 4, column: 27, endColumn: 67, message: built('request data', 'shell.evaluate', JAVA), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'CSharpScript.EvaluateAsync in an action',
      path: 'Controllers/CalcController.cs',
      code: `public class CalcController : Controller
{
    public async Task<IActionResult> Calc(string expression)
    {
        return Ok(await CSharpScript.EvaluateAsync(expression));
    }
}
`,
      findings: [{ line: 5, column: 52, endColumn: 62, message: whole('request data', 'CSharpScript.EvaluateAsync', CSHARP), severity: 'critical', confidence: 'high', fix: null }],
    },
  ],
  valid: [
    {
      name: 'eval of a dynamic import() keeps compiled TypeScript from turning it into require',
      path: 'out/node/main.js',
      code: `const path = require('path');

async function loadServer(root) {
  const modulePath = path.join(root, 'out/server-main.js');
  const mod = await eval(\`import("\${modulePath}")\`);
  return mod.start();
}
`,
    },
    // JavaScript and TypeScript
    { name: 'JSON.parse instead of eval', path: 'src/routes/settings.js', code: "router.post('/s', (req, res) => {\n  const settings = JSON.parse(req.body.settings);\n});\n" },
    { name: 'constant code', path: 'src/legacy.js', code: "const two = eval('1 + 1');\n" },
    { name: 'setTimeout with a function', path: 'public/js/refresh.js', code: 'function schedule(id) {\n  setTimeout(() => refresh(id), 1000);\n  setTimeout(refresh, 1000);\n}\n' },
    { name: 'RegExp exec is not evaluation', path: 'src/parse.js', code: "router.get('/p', (req, res) => {\n  const found = /(\\d+)/.exec(req.query.text);\n});\n" },
    { name: 'a comment mentioning eval', path: 'src/notes.js', code: "// never eval(req.body.code) here\nconst x = 1;\n" },

    // Python
    { name: 'ast.literal_eval', path: 'app/settings.py', code: 'import ast\n\ndef parse(request):\n    return ast.literal_eval(request.args["value"])\n' },
    { name: 'a model method named eval', path: 'app/ml.py', code: 'def predict(model, request):\n    model.eval()\n    return model(request.json["x"])\n' },
    { name: 're.compile is not code', path: 'app/search.py', code: 'import re\n\ndef search(request):\n    pattern = re.compile(request.args["q"])\n' },
    { name: 'a local function named eval', path: 'app/expressions.py', code: 'def eval(node):\n    return node.value\n\ndef run(request):\n    return eval(request.json["tree"])\n' },
    { name: 'exec of a code object is answered by its compile()', path: 'app/plugins.py', code: 'def run(path):\n    code = compile("x = 1", path, "exec")\n    exec(code, {})\n' },
    { name: 'constant code', path: 'app/bootstrap.py', code: 'exec("import json")\n' },

    // PHP
    { name: 'json_decode', path: 'public/settings.php', code: "<?php\n$settings = json_decode($_POST['settings'], true);\n" },
    { name: 'assert with an expression', path: 'src/Counter.php', code: "<?php\nfunction add(int $n) {\n    assert($n > 0);\n}\n" },
    { name: 'preg_replace without /e', path: 'public/format.php', code: "<?php\n$html = preg_replace('/\\*(.*?)\\*/', '<em>$1</em>', $_POST['text']);\n" },

    // Ruby
    { name: 'instance_eval with a block', path: 'app/models/report.rb', code: 'class Report\n  def configure\n    config.instance_eval { @limit = 10 }\n  end\nend\n' },
    { name: 'public_send with a symbol', path: 'app/models/report.rb', code: 'class Report\n  def title_for(report)\n    report.public_send(:title)\n  end\nend\n' },
    { name: 'send with a method name from a parameter', path: 'app/models/report.rb', code: 'class Report\n  def read(report, field)\n    report.send(field)\n  end\nend\n' },

    // Java and C#
    { name: 'a fixed script with bindings', path: 'src/main/java/Rules.java', code: 'class Rules {\n  private static final String SCRIPT = "input * 2";\n  Object run(@RequestParam String input) throws ScriptException {\n    engine.put("input", input);\n    return engine.eval(SCRIPT);\n  }\n}\n' },
    { name: 'a constant C# script', path: 'Services/Calc.cs', code: 'class Calc\n{\n    public async Task<int> Two() => await CSharpScript.EvaluateAsync<int>("1 + 1");\n}\n' },
  ],
};

describeRule(table);
