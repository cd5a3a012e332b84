/**
 * Tables for the data-flow helper: in each case the first argument of the one `sink(...)` call is
 * classified, and the kind, whether it was built from parts, whether only hand escaping protects
 * it, and the text of the evidence node are asserted.
 */
import assert from 'node:assert/strict';
import type { CodeLanguage } from '../contract';
import { withModel } from '../../../../test/support/model-fixture';
import { injectionConfidence, originOf, type OriginKind, type SinkKind, type ValueOrigin } from './origin';

interface FlowCase {
  readonly name: string;
  readonly code: string;
  /** Defaults to `sql`. */
  readonly sink?: SinkKind;
  readonly kind: OriginKind;
  readonly built: boolean;
  readonly weak?: boolean;
  /** The evidence node's text; omitted for constants, which have none. */
  readonly evidence?: string;
}

interface Summary {
  readonly kind: OriginKind;
  readonly built: boolean;
  readonly weak: boolean;
  readonly evidence: string | undefined;
}

/** Classifies the sink's argument and reads what the test needs before the tree is freed. */
async function classify(language: CodeLanguage, code: string, sink: SinkKind = 'sql'): Promise<Summary> {
  return withModel(language, code, (model) => {
    const sinks = model.calls().filter((call) => call.name === 'sink');
    assert.equal(sinks.length, 1, 'each case has exactly one sink(...) call');
    const argument = sinks[0]?.args[0];
    assert.ok(argument, 'the sink call has an argument');
    const origin = originOf(model, argument.node, sink);
    return { kind: origin.kind, built: origin.built, weak: origin.weak, evidence: origin.evidence?.text };
  });
}

function runTable(language: CodeLanguage, cases: readonly FlowCase[]): void {
  describe(language, () => {
    for (const testCase of cases) {
      it(testCase.name, async () => {
        assert.deepStrictEqual(await classify(language, testCase.code, testCase.sink), {
          kind: testCase.kind,
          built: testCase.built,
          weak: testCase.weak ?? false,
          evidence: testCase.evidence,
        });
      });
    }
  });
}

describe('originOf', () => {
  runTable('python', [
    { name: 'Django request.GET read', code: 'def view(request):\n    sink(request.GET["id"])\n', kind: 'request', built: false, evidence: 'request.GET["id"]' },
    { name: 'Flask request imported at module level', code: 'from flask import request\ndef view():\n    sink("SELECT " + request.args.get("q"))\n', kind: 'request', built: true, evidence: 'request.args.get("q")' },
    { name: '% formatting with %s carries text', code: 'def view(request):\n    sink("SELECT * FROM t WHERE id = %s" % request.args["id"])\n', kind: 'request', built: true, evidence: 'request.args["id"]' },
    { name: '% formatting with %d makes a number', code: 'def view(request):\n    sink("SELECT * FROM t WHERE id = %d" % request.args["id"])\n', kind: 'sanitised', built: true, evidence: 'request.args["id"]' },
    { name: 'f-string of a parameter', code: 'def find(name):\n    sink(f"SELECT * FROM t WHERE name = \'{name}\'")\n', kind: 'parameter', built: true, evidence: 'name' },
    { name: 'int-annotated parameter is a number', code: 'def find(uid: int):\n    sink(f"SELECT * FROM t WHERE id = {uid}")\n', kind: 'sanitised', built: true, evidence: 'uid: int' },
    { name: 'int() conversion sanitises', code: 'def view(request):\n    sink("SELECT " + str(int(request.args["x"])))\n', kind: 'sanitised', built: true, evidence: 'int(request.args["x"])' },
    { name: 'compound assignment after a constant start', code: 'def find(name):\n    q = "SELECT * FROM t"\n    q += " WHERE x = \'" + name + "\'"\n    sink(q)\n', kind: 'parameter', built: true, evidence: 'name' },
    { name: 'constant variable', code: 'def find():\n    q = "SELECT * FROM t"\n    sink(q)\n', kind: 'constant', built: false },
    { name: 'tuple unpacking pairs by position', code: 'def view(request):\n    a, b = request.args.get("a"), "b"\n    sink("x" + b)\n', kind: 'constant', built: false },
    { name: 'placeholders repeated for an IN list', code: 'def find(ids):\n    sink(", ".join(["%s"] * len(ids)))\n', kind: 'constant', built: false },
    { name: 'str.format of request data', code: 'def view(request):\n    a = request.args.get("a")\n    sink("SELECT {}".format(a))\n', kind: 'request', built: true, evidence: 'request.args.get("a")' },
    { name: 'FastAPI Query() parameter', code: 'def search(q: str = Query(None)):\n    sink("SELECT " + q)\n', kind: 'request', built: true, evidence: 'q: str = Query(None)' },
    { name: 'JSON body read into a variable', code: 'def view(request):\n    data = request.get_json()\n    sink("SELECT " + data["x"])\n', kind: 'request', built: true, evidence: 'request.get_json()' },
    { name: 'list appended in a loop, then joined', code: 'def view(request):\n    parts = []\n    for n in request.args.getlist("n"):\n        parts.append("\'" + n + "\'")\n    sink(",".join(parts))\n', kind: 'request', built: true, evidence: 'request.args.getlist("n")' },
    { name: 'generator over request values', code: 'def view(request):\n    sink(", ".join(f"\'{v}\'" for v in request.args.getlist("v")))\n', kind: 'request', built: true, evidence: 'request.args.getlist("v")' },
    { name: 'Flask type=int converts', code: 'def view(request):\n    sink(request.args.get("id", type=int))\n', kind: 'sanitised', built: false, evidence: 'request.args.get("id", type=int)' },
    { name: 'call result is unknown', code: 'def view():\n    sink("SELECT " + get_name())\n', kind: 'unknown', built: true, evidence: 'get_name()' },
    { name: 'shlex.quote protects a shell command', code: 'import shlex\ndef view(request):\n    sink("ls " + shlex.quote(request.args["d"]))\n', sink: 'shell', kind: 'sanitised', built: true, evidence: 'shlex.quote(request.args["d"])' },
    { name: 'shlex.quote does not protect SQL', code: 'import shlex\ndef view(request):\n    sink("SELECT " + shlex.quote(request.args["d"]))\n', kind: 'unknown', built: true, evidence: 'shlex.quote(request.args["d"])' },
    { name: 'hand escaping is weak', code: 'def view(request, conn):\n    sink("SELECT \'" + conn.escape_string(request.args["d"]) + "\'")\n', kind: 'sanitised', built: true, weak: true, evidence: 'conn.escape_string(request.args["d"])' },
    { name: 'psycopg2 sql composition', code: 'from psycopg2 import sql\ndef view(request):\n    sink(sql.SQL("SELECT * FROM {}").format(sql.Identifier(request.args["t"])))\n', kind: 'sanitised', built: false, evidence: 'sql.SQL("SELECT * FROM {}").format(sql.Identifier(request.args["t"]))' },
    { name: 'class-based view request', code: 'class V(View):\n    def get(self):\n        sink(self.request.GET.get("x"))\n', kind: 'request', built: false, evidence: 'self.request.GET.get("x")' },
    { name: 'self is not a caller value', code: 'class R:\n    def find(self):\n        sink("SELECT * FROM " + self.table)\n', kind: 'unknown', built: true, evidence: 'self.table' },
    { name: 'module constant', code: 'TABLE = "users"\ndef find():\n    sink("SELECT * FROM " + TABLE)\n', kind: 'constant', built: false },
    { name: 'Tornado handler argument', code: 'class H(RequestHandler):\n    def get(self):\n        sink("ls " + self.get_argument("d"))\n', kind: 'request', built: true, evidence: 'self.get_argument("d")' },
    { name: 'closure sees the enclosing function', code: 'def view(request):\n    q = request.args["q"]\n    def run():\n        sink("SELECT " + q)\n    run()\n', kind: 'request', built: true, evidence: 'request.args["q"]' },
    { name: 'Flask route parameter', code: '@app.route("/cases/<ref>")\ndef case(ref):\n    sink("SELECT " + ref)\n', kind: 'request', built: true, evidence: 'ref' },
    { name: 'FastAPI dependency is not input', code: '@router.get("/cases")\ndef cases(db=Depends(get_db)):\n    sink("SELECT " + db.table)\n', kind: 'parameter', built: true, evidence: 'db=Depends(get_db)' },
    { name: 'an undecorated function parameter', code: 'def case(ref):\n    sink("SELECT " + ref)\n', kind: 'parameter', built: true, evidence: 'ref' },
    { name: 'request.user is not input', code: 'def view(request):\n    sink("SELECT " + request.user.username)\n', kind: 'parameter', built: true, evidence: 'request' },
  ]);

  runTable('typescript', [
    { name: 'destructured query', code: "app.get('/u', (req, res) => {\n  const { id } = req.query;\n  sink(id);\n});\n", kind: 'request', built: false, evidence: 'req.query' },
    { name: 'renamed destructured field in a template', code: "app.get('/u', (req, res) => {\n  const { name: nm } = req.query;\n  sink(`SELECT * FROM t WHERE name = '${nm}'`);\n});\n", kind: 'request', built: true, evidence: 'req.query' },
    { name: 'compound assignment', code: "app.get('/u', (req, res) => {\n  let q = 'SELECT * FROM t';\n  q += ' WHERE x = ' + req.params.x;\n  sink(q);\n});\n", kind: 'request', built: true, evidence: 'req.params.x' },
    { name: 'parseInt sanitises', code: "app.get('/u', (req, res) => {\n  sink('SELECT ' + parseInt(req.query.n, 10));\n});\n", kind: 'sanitised', built: true, evidence: 'parseInt(req.query.n, 10)' },
    { name: 'tagged template hands values to the tag', code: "app.get('/u', (req, res) => {\n  sink(sql`SELECT ${req.query.id}`);\n});\n", kind: 'unknown', built: false, evidence: 'sql`SELECT ${req.query.id}`' },
    { name: 'map to quoted values, then join', code: "app.post('/u', (req, res) => {\n  const ids = req.body.ids;\n  sink(ids.map((i) => `'${i}'`).join(','));\n});\n", kind: 'request', built: true, evidence: 'req.body.ids' },
    { name: 'map to placeholders, then join', code: "function f(ids) {\n  sink(ids.map(() => '?').join(','));\n}\n", kind: 'constant', built: false },
    { name: 'mysql.escape quotes', code: "import mysql from 'mysql';\napp.get('/u', (req, res) => {\n  sink('x' + mysql.escape(req.query.a));\n});\n", kind: 'sanitised', built: true, evidence: 'mysql.escape(req.query.a)' },
    { name: 'forEach callback element', code: "app.post('/u', (req, res) => {\n  req.body.ids.forEach((i) => sink('DELETE FROM t WHERE id = ' + i));\n});\n", kind: 'request', built: true, evidence: 'req.body.ids' },
    { name: 'array push then join', code: "app.get('/u', (req, res) => {\n  const parts = [];\n  parts.push(req.query.z);\n  sink(parts.join(' '));\n});\n", kind: 'request', built: true, evidence: 'req.query.z' },
    { name: 'Koa request body', code: 'router.post("/u", async (ctx) => {\n  sink(ctx.request.body.name);\n});\n', kind: 'request', built: false, evidence: 'ctx.request.body.name' },
    { name: 'Koa ctx.body is the response', code: 'router.post("/u", async (ctx) => {\n  sink(ctx.body);\n});\n', kind: 'parameter', built: false, evidence: 'ctx' },
    { name: 'Lambda query string', code: 'export const handler = async (event) => {\n  sink(event.queryStringParameters.q);\n};\n', kind: 'request', built: false, evidence: 'event.queryStringParameters.q' },
    { name: 'URL built from req.url', code: "app.get('/u', (req, res) => {\n  sink(new URL(req.url).searchParams.get('q'));\n});\n", kind: 'request', built: false, evidence: 'req.url' },
    { name: 'string parameter', code: 'function find(name: string) {\n  sink("SELECT " + name);\n}\n', kind: 'parameter', built: true, evidence: 'name: string' },
    { name: 'number parameter', code: 'function find(n: number) {\n  sink("SELECT " + n);\n}\n', kind: 'sanitised', built: true, evidence: 'n: number' },
    { name: 'NestJS @Query parameter', code: "class C {\n  find(@Query('id') id: string) {\n    sink('S' + id);\n  }\n}\n", kind: 'request', built: true, evidence: "@Query('id') id: string" },
    { name: 'module constant', code: "const TABLE = 'users';\nfunction f() {\n  sink('SELECT * FROM ' + TABLE);\n}\n", kind: 'constant', built: false },
  ]);

  runTable('java', [
    { name: '@RequestParam concatenated', code: 'class A {\n  List<User> find(@RequestParam("name") String name) {\n    return sink("SELECT * FROM t WHERE name = \'" + name + "\'");\n  }\n}\n', kind: 'request', built: true, evidence: '@RequestParam("name") String name' },
    { name: '@PathVariable Long is a number', code: 'class A {\n  User get(@PathVariable Long id) {\n    return sink("SELECT * FROM t WHERE id = " + id);\n  }\n}\n', kind: 'sanitised', built: true, evidence: '@PathVariable Long id' },
    { name: 'StringBuilder appends', code: 'class A {\n  void f(HttpServletRequest req) {\n    StringBuilder sb = new StringBuilder("SELECT * FROM t WHERE name = \'");\n    sb.append(req.getParameter("q")).append("\'");\n    sink(sb.toString());\n  }\n}\n', kind: 'request', built: true, evidence: 'req.getParameter("q")' },
    { name: 'String.format with %d', code: 'class A {\n  void f(HttpServletRequest request) {\n    sink(String.format("SELECT %d", Integer.parseInt(request.getParameter("a"))));\n  }\n}\n', kind: 'sanitised', built: true, evidence: 'Integer.parseInt(request.getParameter("a"))' },
    { name: 'compound assignment with String.format %s', code: 'class A {\n  void f(String plain) {\n    String q = "SELECT";\n    q += String.format(" %s", plain);\n    sink(q);\n  }\n}\n', kind: 'parameter', built: true, evidence: 'String plain' },
    { name: 'enhanced for over parameter values', code: 'class A {\n  void f(HttpServletRequest req) {\n    for (String s : req.getParameterValues("s")) { sink("x" + s); }\n  }\n}\n', kind: 'request', built: true, evidence: 'req.getParameterValues("s")' },
    { name: 'request by declared type', code: 'class A {\n  void f(HttpServletRequest http) {\n    sink("x" + http.getHeader("h"));\n  }\n}\n', kind: 'request', built: true, evidence: 'http.getHeader("h")' },
    { name: 'unannotated String in a Spring handler', code: 'class A {\n  @GetMapping("/cases")\n  List<Case> find(String court) {\n    return sink("SELECT " + court);\n  }\n}\n', kind: 'request', built: true, evidence: 'String court' },
    { name: 'String parameter outside a handler', code: 'class A {\n  List<Case> find(String court) {\n    return sink("SELECT " + court);\n  }\n}\n', kind: 'parameter', built: true, evidence: 'String court' },
    { name: 'static final constant', code: 'class A {\n  private static final String TABLE = "users";\n  void f() {\n    sink("SELECT * FROM " + TABLE);\n  }\n}\n', kind: 'constant', built: false },
    { name: 'int parameter', code: 'class A {\n  void f(int n) {\n    sink("SELECT " + n);\n  }\n}\n', kind: 'sanitised', built: true, evidence: 'int n' },
  ]);

  runTable('csharp', [
    { name: '[FromQuery] in an interpolated string', code: 'class A {\n  void Get([FromQuery] string name) {\n    sink($"SELECT * FROM t WHERE name = \'{name}\'");\n  }\n}\n', kind: 'request', built: true, evidence: '[FromQuery] string name' },
    { name: 'Request.Query element', code: 'class A {\n  void Get() {\n    sink("SELECT " + Request.Query["x"]);\n  }\n}\n', kind: 'request', built: true, evidence: 'Request.Query["x"]' },
    { name: 'TryParse out variable', code: 'class A {\n  void Get() {\n    if (int.TryParse(Request.Query["id"], out var num)) { sink("S " + num); }\n  }\n}\n', kind: 'sanitised', built: true, evidence: 'int.TryParse(Request.Query["id"], out var num)' },
    { name: 'numeric format clause', code: 'class A {\n  void Get(string plain) {\n    sink($"S {plain:D}");\n  }\n}\n', kind: 'sanitised', built: true, evidence: 'plain' },
    { name: 'StringBuilder chain as a statement', code: 'class A {\n  void Get() {\n    var sb = new StringBuilder();\n    sb.Append("SELECT ").Append(HttpContext.Request.Headers["h"]);\n    sink(sb.ToString());\n  }\n}\n', kind: 'request', built: true, evidence: 'HttpContext.Request.Headers["h"]' },
    { name: 'string.Format of a parameter', code: 'class A {\n  void Get(string plain) {\n    var q = "SELECT";\n    q += string.Format(" {0}", plain);\n    sink(q);\n  }\n}\n', kind: 'parameter', built: true, evidence: 'string plain' },
    { name: 'foreach over a form field', code: 'class A {\n  void Get(HttpRequest req) {\n    foreach (var s in req.Form["s"]) { sink("x" + s); }\n  }\n}\n', kind: 'request', built: true, evidence: 'req.Form["s"]' },
    { name: 'string parameter of a controller action', code: 'public class CasesController : Controller\n{\n    public IActionResult Search(string term) => View(sink("SELECT " + term));\n}\n', kind: 'request', built: true, evidence: 'string term' },
    { name: 'minimal API handler parameter', code: 'app.MapGet("/cases", (string court) => sink("SELECT " + court));\n', kind: 'request', built: true, evidence: 'string court' },
    { name: '[FromServices] is not input', code: 'public class CasesController : Controller\n{\n    public IActionResult Search([FromServices] string term) => View(sink("SELECT " + term));\n}\n', kind: 'parameter', built: true, evidence: '[FromServices] string term' },
    { name: 'int parameter', code: 'class A {\n  void Get(int id) {\n    sink($"S {id}");\n  }\n}\n', kind: 'sanitised', built: true, evidence: 'int id' },
  ]);

  runTable('go', [
    { name: 'URL query value', code: 'package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tid := r.URL.Query().Get("id")\n\tsink("SELECT * FROM t WHERE id = " + id)\n}\n', kind: 'request', built: true, evidence: 'r.URL.Query().Get("id")' },
    { name: 'strconv.Atoi then %d', code: 'package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tn, err := strconv.Atoi(r.FormValue("n"))\n\tsink(fmt.Sprintf("SELECT * FROM t WHERE id = %d", n))\n}\n', kind: 'sanitised', built: true, evidence: 'n' },
    { name: 'mux.Vars with %s', code: 'package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tsink(fmt.Sprintf("SELECT * FROM t WHERE name = \'%s\'", mux.Vars(r)["name"]))\n}\n', kind: 'request', built: true, evidence: 'mux.Vars(r)["name"]' },
    { name: 'strings.Builder writes', code: 'package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tvar b strings.Builder\n\tb.WriteString("SELECT ")\n\tb.WriteString(r.Header.Get("X"))\n\tsink(b.String())\n}\n', kind: 'request', built: true, evidence: 'r.Header.Get("X")' },
    { name: 'fmt.Fprintf into a builder', code: 'package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tvar b strings.Builder\n\tfmt.Fprintf(&b, "SELECT * FROM t WHERE x = \'%s\'", r.FormValue("x"))\n\tsink(b.String())\n}\n', kind: 'request', built: true, evidence: 'r.FormValue("x")' },
    { name: 'range over form values', code: 'package main\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tfor _, v := range r.Form["ids"] {\n\t\tsink("x" + v)\n\t}\n}\n', kind: 'request', built: true, evidence: 'r.Form["ids"]' },
    { name: 'gin context query', code: 'package main\nfunc g(c *gin.Context) {\n\tsink("x" + c.Query("q"))\n}\n', kind: 'request', built: true, evidence: 'c.Query("q")' },
    { name: 'r that is not a request', code: 'package main\nfunc other(r io.Reader) {\n\tsink(r.URL)\n}\n', kind: 'parameter', built: false, evidence: 'r io.Reader' },
    { name: 'string parameter', code: 'package main\nfunc other(name string) {\n\tsink("x" + name)\n}\n', kind: 'parameter', built: true, evidence: 'name string' },
  ]);

  runTable('php', [
    { name: 'superglobal in an interpolated string', code: '<?php\nfunction f() {\n    sink("SELECT * FROM t WHERE id = {$_GET[\'id\']}");\n}\n', kind: 'request', built: true, evidence: "$_GET['id']" },
    { name: 'concatenating assignment of Laravel input', code: '<?php\nfunction f(Request $request) {\n    $q = "SELECT * FROM t";\n    $q .= " AND x = " . $request->input(\'x\');\n    sink($q);\n}\n', kind: 'request', built: true, evidence: "$request->input('x')" },
    { name: 'int parameter', code: '<?php\nfunction f(int $id) {\n    sink("SELECT " . $id);\n}\n', kind: 'sanitised', built: true, evidence: 'int $id' },
    { name: 'intval', code: '<?php\nfunction f() {\n    sink("SELECT " . intval($_POST[\'n\']));\n}\n', kind: 'sanitised', built: true, evidence: "intval($_POST['n'])" },
    { name: 'mysqli_real_escape_string is weak', code: '<?php\nfunction f($c) {\n    sink("SELECT \'" . mysqli_real_escape_string($c, $_GET[\'s\']) . "\'");\n}\n', kind: 'sanitised', built: true, weak: true, evidence: "mysqli_real_escape_string($c, $_GET['s'])" },
    { name: 'PDO quote', code: '<?php\nfunction f($pdo) {\n    sink("SELECT " . $pdo->quote($_GET[\'s\']));\n}\n', kind: 'sanitised', built: true, evidence: "$pdo->quote($_GET['s'])" },
    { name: 'sprintf %d', code: '<?php\nfunction f() {\n    sink(sprintf("SELECT %d", $_GET[\'n\']));\n}\n', kind: 'sanitised', built: true, evidence: "$_GET['n']" },
    { name: 'Laravel dynamic property', code: '<?php\nfunction f(Request $request) {\n    sink("x" . $request->email);\n}\n', kind: 'request', built: true, evidence: '$request->email' },
    { name: 'request() helper with a key', code: '<?php\nfunction f() {\n    sink("x" . request(\'q\'));\n}\n', kind: 'request', built: true, evidence: "request('q')" },
    { name: 'authenticated user is not input', code: '<?php\nfunction f() {\n    sink("x" . request()->user()->id);\n}\n', kind: 'unknown', built: true, evidence: 'request()->user()->id' },
    { name: 'client-sent $_SERVER header', code: '<?php\nfunction f() {\n    sink("x" . $_SERVER[\'HTTP_HOST\']);\n}\n', kind: 'request', built: true, evidence: "$_SERVER['HTTP_HOST']" },
    { name: 'array filled in foreach, then imploded', code: '<?php\nfunction f() {\n    $parts = [];\n    foreach ($_POST[\'ids\'] as $i) { $parts[] = "\'" . $i . "\'"; }\n    sink(implode(\',\', $parts));\n}\n', kind: 'request', built: true, evidence: "$_POST['ids']" },
    { name: 'escapeshellarg protects a command', code: '<?php\nfunction f() {\n    sink("ls " . escapeshellarg($_GET[\'d\']));\n}\n', sink: 'shell', kind: 'sanitised', built: true, evidence: "escapeshellarg($_GET['d'])" },
    { name: 'escapeshellcmd is weak', code: '<?php\nfunction f() {\n    sink("ls " . escapeshellcmd($_GET[\'d\']));\n}\n', sink: 'shell', kind: 'sanitised', built: true, weak: true, evidence: "escapeshellcmd($_GET['d'])" },
    { name: 'filter_input with FILTER_VALIDATE_INT', code: '<?php\nfunction f() {\n    sink(filter_input(INPUT_GET, \'id\', FILTER_VALIDATE_INT));\n}\n', kind: 'sanitised', built: false, evidence: "filter_input(INPUT_GET, 'id', FILTER_VALIDATE_INT)" },
    { name: 'raw request body', code: "<?php\nfunction f() {\n    sink(file_get_contents('php://input'));\n}\n", kind: 'request', built: false, evidence: "file_get_contents('php://input')" },
  ]);

  runTable('ruby', [
    { name: 'params in an interpolated string', code: 'def index\n  sink("SELECT * FROM t WHERE name = \'#{params[:name]}\'")\nend\n', kind: 'request', built: true, evidence: 'params[:name]' },
    { name: 'string appended with <<', code: 'def index(name)\n  q = "SELECT * FROM t"\n  q << " AND x = #{name}"\n  sink(q)\nend\n', kind: 'parameter', built: true, evidence: 'name' },
    { name: 'to_i makes a number', code: 'def index\n  sink("id = #{params[:id].to_i}")\nend\n', kind: 'sanitised', built: true, evidence: 'params[:id].to_i' },
    { name: 'params passed whole', code: 'def index\n  sink(params[:sort])\nend\n', kind: 'request', built: false, evidence: 'params[:sort]' },
    { name: 'connection.quote', code: 'def index\n  sink("x" + ActiveRecord::Base.connection.quote(params[:q]))\nend\n', kind: 'sanitised', built: true, evidence: 'ActiveRecord::Base.connection.quote(params[:q])' },
    { name: 'each block element', code: 'def index\n  params[:ids].each do |id|\n    sink("id = #{id}")\n  end\nend\n', kind: 'request', built: true, evidence: 'params[:ids]' },
    { name: 'heredoc with interpolation', code: 'def index\n  sql = <<~SQL\n    SELECT * FROM t WHERE id = #{params[:id]}\n  SQL\n  sink(sql)\nend\n', kind: 'request', built: true, evidence: 'params[:id]' },
    { name: 'Shellwords.escape protects a command', code: 'def index\n  sink("ls #{Shellwords.escape(params[:d])}")\nend\n', sink: 'shell', kind: 'sanitised', built: true, evidence: 'Shellwords.escape(params[:d])' },
    { name: 'class constant', code: 'class R\n  TABLE = "users"\n  def index\n    sink("x #{TABLE}")\n  end\nend\n', kind: 'constant', built: false },
  ]);

  describe('bounds', () => {
    it('stops following a long chain of assignments and calls the rest unknown', async () => {
      // Six hundred assignments, each built from the one before: more than the visit budget.
      const lines = ['def f(request):', '    v0 = request.args["x"]'];
      for (let index = 1; index <= 600; index++) lines.push(`    v${index} = v${index - 1} + "a"`);
      lines.push('    sink(v600)');
      const origin = await classify('python', `${lines.join('\n')}\n`);
      assert.equal(origin.kind, 'unknown');
    });

    it('gives up on shell scripts, which have no flow syntax', async () => {
      const origin = await classify('shell', 'sink "$1"\n');
      assert.equal(origin.kind, 'unknown');
    });
  });
});

describe('injectionConfidence', () => {
  const origin = (kind: OriginKind, built: boolean, weak = false): ValueOrigin => ({ kind, built, weak, fragments: [] });
  const cases: readonly [string, ValueOrigin, boolean, string | undefined][] = [
    ['request data, whole', origin('request', false), false, 'high'],
    ['hand escaping', origin('sanitised', true, true), false, 'medium'],
    ['a parameter built into text', origin('parameter', true), false, 'low'],
    ['a parameter passed whole to a wrapper', origin('parameter', false), false, undefined],
    ['a parameter passed whole to eval', origin('parameter', false), true, 'low'],
    ['an unknown value built into text', origin('unknown', true), false, 'low'],
    ['sanitised', origin('sanitised', true), false, undefined],
    ['constant', origin('constant', false), true, undefined],
  ];
  for (const [name, value, reportWhole, expected] of cases) {
    it(name, () => assert.equal(injectionConfidence(value, reportWhole), expected));
  }
});
