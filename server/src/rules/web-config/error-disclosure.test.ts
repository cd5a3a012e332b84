/**
 * Cases for web-config/error-disclosure: stack traces and exception text written into HTTP
 * responses in every language the rule reads, Spring Boot's error settings, and the look-alikes
 * that must stay silent: logging, generic messages, development-only branches.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { errorDisclosure } from './error-disclosure';

export const CONTROL =
  'MoJ requires that error messages shown to users help them recover without giving away exploitable detail: no stack traces, database dumps or internal error codes (Technical Security Controls Guide: Defensive layer 2).';

export const table: RuleTable = {
  rule: errorDisclosure,
  invalid: [
    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'Express error handler sends the stack and the message',
      path: 'src/app.js',
      code: "app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.message, stack: err.stack });\n});\n",
      findings: [
        {"line":2,"column":33,"endColumn":44,"message":`The text of a caught exception (err.message) is sent in the HTTP response by res.json; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":2,"column":53,"endColumn":62,"message":`The stack trace of a caught exception (err.stack) is sent in the HTTP response by res.json, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'res.send(err.stack) in a catch block',
      path: 'src/routes/cases.ts',
      code: "router.get('/cases/:id', async (req, res) => {\n  try {\n    res.json(await repo.find(req.params.id));\n  } catch (failure) {\n    res.send(failure.stack);\n  }\n});\n",
      findings: [
        {"line":5,"column":14,"endColumn":27,"message":`The stack trace of a caught exception (failure.stack) is sent in the HTTP response by res.send, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'template literal with the error, and Koa ctx.body',
      path: 'src/server.ts',
      code: "try {\n  await next();\n} catch (err) {\n  ctx.body = { message: err.message };\n  res.end(`Failed: ${err}`);\n}\n",
      findings: [
        {"line":4,"column":25,"endColumn":36,"message":`The text of a caught exception (err.message) is sent in the HTTP response by ctx.body; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":5,"column":20,"endColumn":26,"message":`The text of a caught exception (\${err}) is sent in the HTTP response by res.end; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    // Python ------------------------------------------------------------------------------------
    {
      name: 'Flask: jsonify(error=str(e)) and return str(e), 500',
      path: 'app/views.py',
      code: "@app.route('/cases')\ndef cases():\n    try:\n        return jsonify(load())\n    except Exception as exc:\n        return jsonify(error=str(exc)), 500\n\n\ndef other():\n    try:\n        pass\n    except ValueError as e:\n        return str(e), 400\n",
      findings: [
        {"line":6,"column":30,"endColumn":38,"message":`The text of a caught exception (str(exc)) is sent in the HTTP response by jsonify; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":13,"column":16,"endColumn":22,"message":`The text of a caught exception (str(e)) is sent in the HTTP response by the route's return value; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'Django HttpResponse(traceback.format_exc())',
      path: 'cases/views.py',
      code: 'import traceback\n\ndef export(request):\n    try:\n        return build(request)\n    except Exception:\n        return HttpResponse(traceback.format_exc(), status=500)\n',
      findings: [
        {"line":7,"column":29,"endColumn":51,"message":`The stack trace of a caught exception (traceback.format_exc()) is sent in the HTTP response by HttpResponse, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'FastAPI HTTPException detail and a returned f-string',
      path: 'api/main.py',
      code: "@router.get('/items')\nasync def items():\n    try:\n        return await fetch()\n    except Exception as e:\n        raise HTTPException(status_code=500, detail=str(e))\n\n@router.post('/items')\nasync def create():\n    try:\n        return await save()\n    except Exception as e:\n        return {'error': f'failed: {e}'}\n",
      findings: [
        {"line":6,"column":53,"endColumn":59,"message":`The text of a caught exception (str(e)) is sent in the HTTP response by HTTPException; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":13,"column":36,"endColumn":39,"message":`The text of a caught exception ({e}) is sent in the HTTP response by the route's return value; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    // Java --------------------------------------------------------------------------------------
    {
      name: 'servlet printStackTrace to the response writer, and getMessage printed',
      path: 'src/main/java/uk/gov/moj/CaseServlet.java',
      code: 'public class CaseServlet extends HttpServlet {\n    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {\n        try {\n            load();\n        } catch (Exception e) {\n            e.printStackTrace(response.getWriter());\n            PrintWriter out = response.getWriter();\n            out.println("Error: " + e.getMessage());\n        }\n    }\n}\n',
      findings: [
        {"line":6,"column":13,"endColumn":52,"message":`The stack trace of a caught exception (e.printStackTrace(response.getWriter())) is sent in the HTTP response by printStackTrace on the response writer, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
        {"line":8,"column":37,"endColumn":51,"message":`The text of a caught exception (e.getMessage()) is sent in the HTTP response by out.println; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'Spring ResponseEntity body with the message and the stack trace',
      path: 'src/main/java/uk/gov/moj/CaseController.java',
      code: 'class CaseController {\n    ResponseEntity<String> get() {\n        try {\n            return ResponseEntity.ok(service.load());\n        } catch (DataAccessException ex) {\n            return ResponseEntity.status(500).body(ex.getMessage());\n        } catch (RuntimeException ex) {\n            return ResponseEntity.internalServerError().body(ExceptionUtils.getStackTrace(ex));\n        }\n    }\n}\n',
      findings: [
        {"line":6,"column":52,"endColumn":67,"message":`The text of a caught exception (ex.getMessage()) is sent in the HTTP response by ResponseEntity.body; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":8,"column":62,"endColumn":94,"message":`The stack trace of a caught exception (ExceptionUtils.getStackTrace(ex)) is sent in the HTTP response by ResponseEntity.body, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    // C# ----------------------------------------------------------------------------------------
    {
      name: 'ASP.NET Content(ex.ToString()), BadRequest(ex.StackTrace) and a message',
      path: 'Controllers/CasesController.cs',
      code: 'public class CasesController : ControllerBase\n{\n    public IActionResult Get()\n    {\n        try { return Ok(Load()); }\n        catch (SqlException ex) { return Content(ex.ToString()); }\n        catch (InvalidOperationException ex) { return BadRequest(ex.StackTrace); }\n        catch (Exception ex) { return StatusCode(500, new { error = ex.Message }); }\n    }\n}\n',
      findings: [
        {"line":6,"column":50,"endColumn":63,"message":`The stack trace of a caught exception (ex.ToString()) is sent in the HTTP response by Content, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
        {"line":7,"column":66,"endColumn":79,"message":`The stack trace of a caught exception (ex.StackTrace) is sent in the HTTP response by BadRequest, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
        {"line":8,"column":69,"endColumn":79,"message":`The text of a caught exception (ex.Message) is sent in the HTTP response by StatusCode; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'minimal API Results.Problem with an interpolated exception',
      path: 'Program.cs',
      code: 'app.MapGet("/cases", async () =>\n{\n    try { return Results.Ok(await Load()); }\n    catch (Exception ex) { return Results.Problem($"Failed: {ex}"); }\n});\n',
      findings: [
        {"line":4,"column":61,"endColumn":65,"message":`The stack trace of a caught exception ({ex}) is sent in the HTTP response by Results.Problem, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    // Go ----------------------------------------------------------------------------------------
    {
      name: 'http.Error with err.Error() (low confidence) and debug.Stack()',
      path: 'cmd/server/main.go',
      code: 'package main\n\nimport (\n\t"net/http"\n\t"runtime/debug"\n)\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tif err := load(); err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)\n\t\tw.Write(debug.Stack())\n\t}\n}\n',
      findings: [
        {"line":10,"column":17,"endColumn":28,"message":`The text of a caught exception (err.Error()) is sent in the HTTP response by http.Error; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"low","fix":null},
        {"line":11,"column":11,"endColumn":24,"message":`The stack trace of a caught exception (debug.Stack()) is sent in the HTTP response by w.Write, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'gin c.JSON with err.Error()',
      path: 'internal/api/cases.go',
      code: 'package api\n\nfunc GetCase(c *gin.Context) {\n\tif err := svc.Load(); err != nil {\n\t\tc.JSON(500, gin.H{"error": err.Error()})\n\t}\n}\n',
      findings: [
        {"line":5,"column":30,"endColumn":41,"message":`The text of a caught exception (err.Error()) is sent in the HTTP response by c.JSON; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'echo getMessage and getTraceAsString',
      path: 'public/report.php',
      code: "<?php\ntry {\n    run();\n} catch (Exception $e) {\n    echo $e->getMessage();\n    echo '<pre>' . $e->getTraceAsString() . '</pre>';\n}\n",
      findings: [
        {"line":5,"column":10,"endColumn":26,"message":`The text of a caught exception ($e->getMessage()) is sent in the HTTP response by echo; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":6,"column":20,"endColumn":42,"message":`The stack trace of a caught exception ($e->getTraceAsString()) is sent in the HTTP response by echo, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'Laravel response()->json with the message, and die with the exception string',
      path: 'app/Http/Controllers/CaseController.php',
      code: "<?php\nclass CaseController {\n    public function show() {\n        try {\n            return $this->load();\n        } catch (QueryException $ex) {\n            return response()->json(['error' => $ex->getMessage()], 500);\n        } catch (Throwable $th) {\n            die('Failed: ' . $th);\n        }\n    }\n}\n",
      findings: [
        {"line":7,"column":49,"endColumn":66,"message":`The text of a caught exception ($ex->getMessage()) is sent in the HTTP response by response()->json; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":9,"column":17,"endColumn":33,"message":`The stack trace of a caught exception ('Failed: ' . $th) is sent in the HTTP response by die, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'Rails render plain: backtrace and render json: message',
      path: 'app/controllers/cases_controller.rb',
      code: "class CasesController < ApplicationController\n  def show\n    load_case\n  rescue ActiveRecord::StatementInvalid => e\n    render plain: e.backtrace.join(\"\\n\")\n  rescue StandardError => error\n    render json: { error: error.message }, status: 500\n  end\nend\n",
      findings: [
        {"line":5,"column":19,"endColumn":30,"message":`The stack trace of a caught exception (e.backtrace) is sent in the HTTP response by render, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
        {"line":7,"column":27,"endColumn":40,"message":`The text of a caught exception (error.message) is sent in the HTTP response by render; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    // Spring Boot settings ----------------------------------------------------------------------
    {
      name: 'include-stacktrace and include-message in application.properties',
      path: 'src/main/resources/application.properties',
      code: 'server.port=8080\nserver.error.include-stacktrace=always\nserver.error.include-message=always\n',
      findings: [
        {"line":2,"column":1,"endColumn":39,"message":`server.error.include-stacktrace=always puts the stack trace in every error response Spring Boot sends. ${CONTROL} Remove the setting: Spring Boot leaves this detail out of error responses by default.`,"severity":"medium","confidence":"high","fix":{"title":"Set include-stacktrace to never","output":"server.port=8080\nserver.error.include-stacktrace=never\nserver.error.include-message=always\n"}},
        {"line":3,"column":1,"endColumn":36,"message":`server.error.include-message=always puts the exception message in every error response Spring Boot sends. ${CONTROL} Remove the setting: Spring Boot leaves this detail out of error responses by default.`,"severity":"low","confidence":"medium","fix":{"title":"Set include-message to never","output":"server.port=8080\nserver.error.include-stacktrace=always\nserver.error.include-message=never\n"}},
      ],
    },
    {
      name: 'include-stacktrace in application.yml',
      path: 'src/main/resources/application.yml',
      code: 'server:\n  error:\n    include-stacktrace: always\n    include-exception: true\n',
      findings: [
        {"line":3,"column":5,"endColumn":31,"message":`server.error.include-stacktrace=always puts the stack trace in every error response Spring Boot sends. ${CONTROL} Remove the setting: Spring Boot leaves this detail out of error responses by default.`,"severity":"medium","confidence":"high","fix":{"title":"Set include-stacktrace to never","output":"server:\n  error:\n    include-stacktrace: never\n    include-exception: true\n"}},
        {"line":4,"column":5,"endColumn":28,"message":`server.error.include-exception=true puts the exception class name in every error response Spring Boot sends. ${CONTROL} Remove the setting: Spring Boot leaves this detail out of error responses by default.`,"severity":"low","confidence":"medium","fix":{"title":"Set include-exception to false","output":"server:\n  error:\n    include-stacktrace: always\n    include-exception: false\n"}},
      ],
    },
    {
      name: 'a conventional name not bound by a catch is low confidence',
      path: 'src/routes/orders.js',
      code: "db.query(sql, (err, rows) => {\n  if (err) return res.status(500).send(err.message);\n  res.json(rows);\n});\n",
      findings: [
        {"line":2,"column":40,"endColumn":51,"message":`The text of a caught exception (err.message) is sent in the HTTP response by res.send; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'a promise catch callback binds the error',
      path: 'src/routes/items.ts',
      code: "fetchItems().then((items) => res.json(items)).catch((failure) => res.status(500).json({ reason: failure.message }));\n",
      findings: [
        {"line":1,"column":97,"endColumn":112,"message":`The text of a caught exception (failure.message) is sent in the HTTP response by res.json; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'Spring @ExceptionHandler returning the message',
      path: 'src/main/java/uk/gov/moj/ApiErrors.java',
      code: '@RestControllerAdvice\nclass ApiErrors {\n    @ExceptionHandler(DataAccessException.class)\n    public Map<String, String> handle(DataAccessException failure) {\n        return Map.of("error", failure.getMessage());\n    }\n}\n',
      findings: [
        {"line":5,"column":32,"endColumn":52,"message":`The text of a caught exception (failure.getMessage()) is sent in the HTTP response by an @ExceptionHandler method; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'Go fmt.Fprintf of the error to the response writer',
      path: 'internal/web/handler.go',
      code: 'package web\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tif err := load(); err != nil {\n\t\tfmt.Fprintf(w, "failed: %v", err)\n\t}\n}\n',
      findings: [
        {"line":5,"column":32,"endColumn":35,"message":`The text of a caught exception (err) is sent in the HTTP response by fmt.Fprintf; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"low","fix":null},
      ],
    },
    {
      name: 'String(err) and util.inspect(err) sent by Express',
      path: 'src/routes/report.js',
      code: "try {\n  build();\n} catch (err) {\n  res.status(500).send(String(err));\n  res.end(util.inspect(err));\n}\n",
      findings: [
        {"line":4,"column":24,"endColumn":35,"message":`The text of a caught exception (String(err)) is sent in the HTTP response by res.send; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":5,"column":11,"endColumn":28,"message":`The stack trace of a caught exception (util.inspect(err)) is sent in the HTTP response by res.end, so visitors see file paths, library versions and code structure. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"medium","confidence":"high","fix":null},
      ],
    },
    {
      name: 'PHP exit with the message',
      path: 'public/export.php',
      code: "<?php\ntry {\n    export_all();\n} catch (Exception $e) {\n    exit($e->getMessage());\n}\n",
      findings: [
        {"line":5,"column":10,"endColumn":26,"message":`The text of a caught exception ($e->getMessage()) is sent in the HTTP response by exit; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: "Python %-formatting and str.format of the exception",
      path: 'app/routes.py',
      code: "@app.route('/x')\ndef x():\n    try:\n        run()\n    except KeyError as e:\n        return 'failed: %s' % e, 500\n    except ValueError as e:\n        return jsonify(error='bad: {}'.format(e))\n",
      findings: [
        {"line":6,"column":16,"endColumn":32,"message":`The text of a caught exception ('failed: %s' % e) is sent in the HTTP response by the route's return value; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
        {"line":8,"column":30,"endColumn":49,"message":`The text of a caught exception ('bad: {}'.format(e)) is sent in the HTTP response by jsonify; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
    {
      name: 'JavaScript string concatenation with the error',
      path: 'src/routes/run.js',
      code: "try {\n  run();\n} catch (err) {\n  res.status(500).send('Error: ' + err);\n}\n",
      findings: [
        {"line":4,"column":24,"endColumn":39,"message":`The text of a caught exception ('Error: ' + err) is sent in the HTTP response by res.send; exception messages often carry SQL, file paths, host names or internal identifiers. ${CONTROL} Log the exception on the server and return a generic message with a correlation id the support team can look up.`,"severity":"low","confidence":"medium","fix":null},
      ],
    },
  ],
  valid: [
    { name: 'a short variable that is not an exception', path: 'Controllers/TotalsController.cs', code: 'class TotalsController : ControllerBase\n{\n    IActionResult Get(int t) { return Ok("Total " + t); }\n}\n' },
    { name: 'a method that is not an @ExceptionHandler returns a message', path: 'src/main/java/A.java', code: 'class A {\n    String describe(Exception ex) {\n        return ex.getMessage();\n    }\n}\n' },
    { name: 'Go logs the error with fmt.Fprintf to stderr', path: 'cmd/tool/main.go', code: 'package main\n\nfunc main() {\n\tif err := run(); err != nil {\n\t\tfmt.Fprintf(os.Stderr, "error: %v\\n", err)\n\t}\n}\n' },
    { name: "another library's HTTPException class (urllib3) is not a response", path: 'vendor/response.py', code: "try:\n    yield\nexcept RequestError as e:\n    raise HTTPException(str(e))\n" },
    { name: 'a validation result destructured as error is not an exception', path: 'src/routes/cases.js', code: "router.post('/cases', (req, res) => {\n  const { error, value } = schema.validate(req.body);\n  if (error) return res.status(400).json({ message: error.message });\n  res.json(value);\n});\n" },
    { name: 'a PHP command-line script prints to a terminal', path: 'bin/import.php', code: "<?php\ntry { import_all(); } catch (Exception $e) {\n    echo $e->getMessage();\n}\n" },
    { name: 'logging the stack is safe', path: 'src/app.js', code: "app.use((err, req, res, next) => {\n  logger.error(err.stack);\n  res.status(500).json({ error: 'Internal error' });\n});\n" },
    { name: 'the error object itself serialises as {}', path: 'src/app.js', code: 'app.use((err, req, res, next) => {\n  res.status(500).json(err);\n});\n' },
    { name: 'a development-only branch (Express generator pattern)', path: 'src/app.js', code: "app.use((err, req, res, next) => {\n  if (process.env.NODE_ENV === 'development') {\n    res.send(err.stack);\n  }\n  res.status(500).send('Internal error');\n});\n" },
    { name: 'a ternary on the environment', path: 'src/app.ts', code: "res.status(500).json({ stack: process.env.NODE_ENV === 'production' ? undefined : err.stack });\n" },
    { name: 'message of something that is not an exception', path: 'src/routes/notify.js', code: "res.json({ message: notification.message });\n" },
    { name: 'a stack that is not sent', path: 'src/util.js', code: 'const frames = err.stack.split("\\n");\nconsole.error(frames);\n' },
    { name: 'Python logs the traceback and returns a generic message', path: 'app/views.py', code: "try:\n    run()\nexcept Exception as e:\n    app.logger.exception('failed: %s', e)\n    return jsonify(error='Internal error'), 500\n" },
    { name: 'Python str(e) in a non-route function that is not a response', path: 'app/tasks.py', code: "def task():\n    try:\n        run()\n    except Exception as e:\n        return str(e)\n" },
    { name: 'Python debug-only traceback', path: 'app/views.py', code: "try:\n    run()\nexcept Exception:\n    if app.debug:\n        return traceback.format_exc(), 500\n" },
    { name: 'Java logs the exception', path: 'src/main/java/A.java', code: 'class A {\n    void f() {\n        try { g(); } catch (Exception e) {\n            log.error("failed", e);\n            e.printStackTrace();\n            response.getWriter().print("Internal error");\n        }\n    }\n}\n' },
    { name: 'C# logs and returns Problem()', path: 'Controllers/A.cs', code: 'class A : ControllerBase {\n    IActionResult Get() {\n        try { return Ok(); }\n        catch (Exception ex) { _logger.LogError(ex, "failed"); return Problem("Internal error"); }\n    }\n}\n' },
    { name: 'Go logs the error and writes a constant', path: 'main.go', code: 'package main\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tif err := load(); err != nil {\n\t\tlog.Printf("load: %v", err)\n\t\thttp.Error(w, "internal error", 500)\n\t}\n}\n' },
    { name: 'PHP logs the message', path: 'index.php', code: "<?php\ntry { run(); } catch (Exception $e) {\n    error_log($e->getMessage());\n    echo 'Something went wrong';\n}\n" },
    { name: 'Ruby logs the backtrace', path: 'app/controllers/a_controller.rb', code: "class AController < ApplicationController\n  def show\n    x\n  rescue => e\n    logger.error(e.backtrace.join(\"\\n\"))\n    render json: { error: 'Internal error' }, status: 500\n  end\nend\n" },
    { name: 'Spring defaults written out', path: 'src/main/resources/application.properties', code: 'server.error.include-stacktrace=never\nserver.error.include-message=never\n' },
  ],
};

describeRule(table);
