/**
 * Cases for logging/request-logged: whole request bodies and header collections written to logs,
 * directly or through a variable, beside named fields (not whole bodies), named credentials (owned
 * by logging/sensitive-data), header names, and calls that are not logs.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { requestLogged } from './request-logged';

const CONTROL =
  'MoJ guidance says passwords must never be stored, displayed or printed in the clear (Passwords: Password storage) and log data must be protected according to what it holds (Privileged User Logging and Protective Monitoring Guide: Protection of log data).';
const BODY = `The whole request body is written to the log here, with any passwords, tokens or personal data users send (CWE-532). ${CONTROL} Log only the fields you need, such as an id or the request path, never the body itself.`;
const HEADERS = `All the request headers are written to the log here, including the Authorization header and session cookies (CWE-532). ${CONTROL} Log only the headers you need, such as a correlation id or the user agent.`;

export const table: RuleTable = {
  rule: requestLogged,
  invalid: [
    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'console.log of req.body',
      path: 'src/routes/users.js',
      code: `router.post('/users', (req, res) => {
  console.log(req.body);
});
`,
      findings: [{ line: 2, column: 15, endColumn: 23, message: BODY, severity: 'medium', confidence: 'medium', fix: null }],
    },
    {
      name: 'logger.info of req.headers and a stringified body',
      path: 'src/middleware/trace.ts',
      code: `export function trace(req: Request) {
  logger.info(req.headers);
  logger.debug('body ' + JSON.stringify(req.body));
}
`,
      findings: [
        { line: 2, column: 15, endColumn: 26, message: HEADERS, severity: 'medium', confidence: 'high', fix: null },
        { line: 3, column: 41, endColumn: 49, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'body copied to a variable first',
      path: 'src/routes/login.js',
      code: `app.post('/login', (req, res) => {
  const payload = req.body;
  console.log('login attempt', payload);
});
`,
      findings: [{ line: 3, column: 32, endColumn: 39, message: BODY, severity: 'medium', confidence: 'medium', fix: null }],
    },
    // Python ------------------------------------------------------------------------------------
    {
      name: 'Flask get_json, data and headers',
      path: 'app/views.py',
      code: `from flask import request
def create():
    logging.info(request.get_json())
    log.info("data %s", request.data)
    logger.debug(f"headers {request.headers}")
`,
      findings: [
        { line: 3, column: 18, endColumn: 36, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
        { line: 4, column: 25, endColumn: 37, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
        { line: 5, column: 29, endColumn: 44, message: HEADERS, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Starlette body awaited into a variable',
      path: 'app/api.py',
      code: `async def hook(request):
    payload = await request.json()
    logger.info("webhook %s", payload)
`,
      findings: [{ line: 3, column: 31, endColumn: 38, message: BODY, severity: 'medium', confidence: 'medium', fix: null }],
    },
    // Java --------------------------------------------------------------------------------------
    {
      name: 'body read from getReader and a @RequestBody parameter',
      path: 'src/main/java/uk/gov/justice/Hooks.java',
      code: `class Hooks {
  void hook(HttpServletRequest request) throws IOException {
    String body = request.getReader().lines().collect(Collectors.joining());
    log.info("hook {}", body);
  }
  @PostMapping("/users")
  void create(@RequestBody String payload) {
    log.debug("create {}", payload);
  }
}
`,
      findings: [
        { line: 4, column: 25, endColumn: 29, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
        { line: 8, column: 28, endColumn: 35, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
      ],
    },
    // C# ----------------------------------------------------------------------------------------
    {
      name: 'ReadToEndAsync over Request.Body, and Request.Headers',
      path: 'Middleware/RequestLogging.cs',
      code: `class RequestLogging {
  async Task Invoke(HttpContext context) {
    using var reader = new StreamReader(context.Request.Body);
    var body = await reader.ReadToEndAsync();
    _logger.LogInformation("{Body}", body);
    _logger.LogDebug("{Headers}", context.Request.Headers);
  }
}
`,
      findings: [
        { line: 5, column: 38, endColumn: 42, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
        { line: 6, column: 35, endColumn: 58, message: HEADERS, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    // Go ----------------------------------------------------------------------------------------
    {
      name: 'r.Header, a body read with io.ReadAll and a request dump',
      path: 'internal/http/debug.go',
      code: `package http

func debug(w http.ResponseWriter, r *http.Request) {
	log.Println(r.Header)
	body, _ := io.ReadAll(r.Body)
	log.Printf("body %s", string(body))
	dump, _ := httputil.DumpRequest(r, true)
	log.Printf("%q", dump)
}
`,
      findings: [
        { line: 4, column: 14, endColumn: 22, message: HEADERS, severity: 'medium', confidence: 'high', fix: null },
        { line: 6, column: 31, endColumn: 35, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
        { line: 8, column: 19, endColumn: 23, message: HEADERS, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'print_r of $_POST and a Laravel request',
      path: 'app/Http/Controllers/UserController.php',
      code: `<?php
class UserController {
    public function store(Request $request) {
        error_log(print_r($_POST, true));
        Log::info('store', $request->all());
    }
}
`,
      findings: [
        { line: 4, column: 27, endColumn: 33, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
        { line: 5, column: 28, endColumn: 43, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
      ],
    },
    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'params.inspect and raw_post',
      path: 'app/controllers/users_controller.rb',
      code: `class UsersController < ApplicationController
  def create
    logger.info(params.inspect)
    Rails.logger.debug("raw #{request.raw_post}")
  end
end
`,
      findings: [
        { line: 3, column: 17, endColumn: 23, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
        { line: 4, column: 31, endColumn: 47, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
      ],
    },
    {
      name: 'Django body decoded and headers copied into a dict',
      path: 'app/middleware.py',
      code: `def log_request(request):
    logger.info("body %s", request.body.decode())
    logger.info("headers %s", dict(request.headers))
`,
      findings: [
        { line: 2, column: 28, endColumn: 40, message: BODY, severity: 'medium', confidence: 'medium', fix: null },
        { line: 3, column: 36, endColumn: 51, message: HEADERS, severity: 'medium', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Spring @RequestHeader map logged whole',
      path: 'src/main/java/uk/gov/justice/EchoController.java',
      code: `class EchoController {
  @GetMapping("/echo")
  String echo(@RequestHeader HttpHeaders headers) {
    log.debug("headers {}", headers);
    return "ok";
  }
}
`,
      findings: [{ line: 4, column: 29, endColumn: 36, message: HEADERS, severity: 'medium', confidence: 'medium', fix: null }],
    },
  ],
  valid: [
    {
      name: 'a named field is not the whole body',
      path: 'src/routes/users.js',
      code: `router.post('/users', (req, res) => {
  logger.info('create', req.body.email, req.headers['user-agent']);
});
`,
    },
    {
      name: 'a named credential belongs to logging/sensitive-data',
      path: 'src/routes/login.js',
      code: `app.post('/login', (req, res) => {
  console.log(req.body.password, req.headers.authorization);
});
`,
    },
    {
      name: 'Koa ctx.body is the response, not the request',
      path: 'src/routes/koa.js',
      code: `router.get('/', (ctx) => {
  console.log(ctx.body);
});
`,
    },
    {
      name: 'redacted body',
      path: 'app/views.py',
      code: `logger.info("body %s", redact(request.get_json()))
`,
    },
    {
      name: 'header names only',
      path: 'src/main/java/uk/gov/justice/Trace.java',
      code: `class Trace {
  void trace(HttpServletRequest request) {
    log.info("{}", request.getHeaderNames());
  }
}
`,
    },
    {
      name: 'request body sent on, not logged',
      path: 'src/proxy.js',
      code: `fetch(url, { method: 'POST', body: JSON.stringify(req.body) });
`,
    },
    {
      name: 'permitted params are filtered',
      path: 'app/controllers/users_controller.rb',
      code: `class UsersController < ApplicationController
  def create
    logger.info(params.permit(:name).inspect)
  end
end
`,
    },
  ],
};

describeRule(table);
