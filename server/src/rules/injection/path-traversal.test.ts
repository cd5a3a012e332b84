/**
 * Cases for injection/path-traversal: request data used as a file path in every language with
 * file APIs, beside basename-style sanitisers, prefix checks, Express's root option, Flask's
 * send_from_directory, upload temp paths, signed cookies, helpers that take a path or join a
 * parameter to a folder, constants and numbers that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { pathTraversal } from './path-traversal';

const CONTROL =
  'MoJ requires scanning for path traversal (Vulnerability Scanning Guide: Scanning requirements).';
const NODE =
  'Keep only the file name with path.basename(), or resolve the path and check that it still starts with the base folder; give res.sendFile a relative name and the root option.';
const PYTHON =
  "Keep only the file name with os.path.basename() or werkzeug's secure_filename(), or resolve the path and check that it stays inside the base folder; Flask's send_from_directory() makes that check.";
const JAVA =
  'Keep only the file name (FilenameUtils.getName, Path.getFileName), or normalise the resolved path and check that it startsWith the base folder.';
const CSHARP =
  'Keep only the file name with Path.GetFileName(), or check that Path.GetFullPath() of the combined path starts with the base folder.';
const GO =
  'Keep only the file name with filepath.Base(), or check the joined path with strings.HasPrefix against the base folder (filepath.Clean alone does not stop ../).';
const PHP =
  'Keep only the file name with basename(), or check that realpath() of the path starts with the base folder; never include a file the request names.';
const RUBY =
  'Keep only the file name with File.basename(), or check that File.expand_path of the path starts with the base folder.';

export const table: RuleTable = {
  rule: pathTraversal,
  invalid: [
    {
      name: 'fs.readFile of a joined request parameter',
      path: 'src/routes/files.js',
      code: `const fs = require('fs');
const path = require('path');

router.get('/files/:name', (req, res) => {
  fs.readFile(path.join(__dirname, 'uploads', req.params.name), (error, data) => res.send(data));
});
`,
      findings: [
        { line: 5, column: 15, endColumn: 63, message: `A file path built from request data is passed to fs.readFile, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'fs/promises import and a template literal',
      path: 'src/routes/report.ts',
      code: `import { readFile } from 'node:fs/promises';

export async function report(req: Request, res: Response) {
  const body = await readFile(\`./reports/\${req.query.file}\`, 'utf8');
  res.send(body);
}
`,
      findings: [
        { line: 4, column: 31, endColumn: 60, message: `A file path built from request data is passed to readFile, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'createReadStream of a destructured body field',
      path: 'src/download.js',
      code: `import fs from 'fs';

app.post('/download', (req, res) => {
  const { file } = req.body;
  fs.createReadStream('/srv/data/' + file).pipe(res);
});
`,
      findings: [
        { line: 5, column: 23, endColumn: 42, message: `A file path built from request data is passed to fs.createReadStream, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'unlink through fs-extra',
      path: 'src/cleanup.js',
      code: `const fse = require('fs-extra');

app.delete('/uploads', async (req, res) => {
  await fse.remove(req.query.path);
  res.sendStatus(204);
});
`,
      findings: [
        { line: 4, column: 20, endColumn: 34, message: `Request data is used as a file path by fse.remove, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'res.sendFile without a root',
      path: 'src/static.js',
      code: `app.get('/doc', (req, res) => {
  res.sendFile(path.resolve('public', req.query.doc));
});
`,
      findings: [
        { line: 2, column: 16, endColumn: 53, message: `Request data is used as a file path by res.sendFile, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'res.download and unlinkSync of the same joined value',
      path: 'src/export.js',
      code: `app.get('/export', (req, res) => {
  const target = path.join(EXPORTS, req.query.name);
  fs.statSync(target);
  res.download(target);
  fs.unlinkSync(target);
});
`,
      findings: [
        { line: 4, column: 16, endColumn: 22, message: `A file path built from request data is passed to res.download, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
        { line: 5, column: 17, endColumn: 23, message: `A file path built from request data is passed to fs.unlinkSync, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'a parameter appended to a named folder is low confidence',
      path: 'src/store.ts',
      code: `import { readFileSync } from 'fs';

export function load(name: string): string {
  return readFileSync('/srv/store/' + name, 'utf8');
}
`,
      findings: [
        { line: 4, column: 23, endColumn: 43, message: `A file path built from a function parameter is passed to readFileSync; if a caller passes request data, ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'low', fix: null },
      ],
    },
    {
      name: 'Flask open of request.args',
      path: 'app/views.py',
      code: `from flask import request

@app.route("/logs")
def logs():
    with open(os.path.join(LOG_DIR, request.args["name"])) as handle:
        return handle.read()
`,
      findings: [
        { line: 5, column: 15, endColumn: 58, message: `A file path built from request data is passed to open, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Flask send_file with an f-string',
      path: 'app/files.py',
      code: `from flask import request, send_file

@app.get("/download")
def download():
    name = request.args.get("file")
    return send_file(f"/srv/uploads/{name}")
`,
      findings: [
        { line: 6, column: 22, endColumn: 44, message: `A file path built from request data is passed to send_file, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Django view removes a file',
      path: 'files/views.py',
      code: `import os

def delete(request):
    os.remove("/var/app/media/" + request.POST["name"])
    return HttpResponse(status=204)
`,
      findings: [
        { line: 4, column: 15, endColumn: 55, message: `A file path built from request data is passed to os.remove, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'FastAPI FileResponse of a query parameter',
      path: 'api/main.py',
      code: `from fastapi import FastAPI, Query
from fastapi.responses import FileResponse

@app.get("/files")
def get_file(name: str = Query(...)):
    return FileResponse("static/" + name)
`,
      findings: [
        { line: 6, column: 25, endColumn: 41, message: `A file path built from request data is passed to FileResponse, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'pathlib read_text',
      path: 'app/notes.py',
      code: `from pathlib import Path

def note(request):
    return Path(NOTES, request.GET["id"]).read_text()
`,
      findings: [
        { line: 4, column: 12, endColumn: 42, message: `Request data is used as a file path by Path.read_text, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Spring controller with new File(base, name)',
      path: 'src/main/java/app/FileController.java',
      code: `@RestController
class FileController {
    @GetMapping("/files")
    byte[] file(@RequestParam String name) throws IOException {
        return Files.readAllBytes(new File(UPLOADS, name).toPath());
    }
}
`,
      findings: [
        { line: 5, column: 35, endColumn: 67, message: `Request data is used as a file path by Files.readAllBytes, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'servlet FileInputStream of getParameter',
      path: 'src/main/java/app/Download.java',
      code: `public class Download extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("file");
        try (InputStream in = new FileInputStream("/data/" + name)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
`,
      findings: [
        { line: 4, column: 51, endColumn: 66, message: `A file path built from request data is passed to new FileInputStream, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Files.readString of Paths.get',
      path: 'src/main/java/app/Reports.java',
      code: `class Reports {
    String read(HttpServletRequest req) throws IOException {
        return Files.readString(Paths.get(BASE, req.getParameter("report")));
    }
}
`,
      findings: [
        { line: 3, column: 33, endColumn: 76, message: `Request data is used as a file path by Files.readString, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'ASP.NET Core File.ReadAllText of Path.Combine',
      path: 'Controllers/FilesController.cs',
      code: `public class FilesController : Controller
{
    public IActionResult Show([FromQuery] string name)
    {
        var text = System.IO.File.ReadAllText(Path.Combine(_root, name));
        return Content(text);
    }
}
`,
      findings: [
        { line: 5, column: 47, endColumn: 72, message: `Request data is used as a file path by System.IO.File.ReadAllText, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${CSHARP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'PhysicalFile of a route value',
      path: 'Controllers/DownloadController.cs',
      code: `public class DownloadController : Controller
{
    public IActionResult Get()
    {
        string file = Request.Query["file"];
        return PhysicalFile("/srv/files/" + file, "application/octet-stream");
    }
}
`,
      findings: [
        { line: 6, column: 29, endColumn: 49, message: `A file path built from request data is passed to PhysicalFile, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${CSHARP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'FileStream constructor',
      path: 'Handlers/Upload.cs',
      code: `class Upload
{
    void Save(HttpRequest request, byte[] data)
    {
        using var stream = new FileStream(Path.Combine(Dir, request.Form["name"]), FileMode.Create);
        stream.Write(data);
    }
}
`,
      findings: [
        { line: 5, column: 43, endColumn: 82, message: `Request data is used as a file path by new FileStream, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${CSHARP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Go os.Open of a joined query value',
      path: 'handlers/files.go',
      code: `package handlers

import (
	"net/http"
	"os"
	"path/filepath"
)

func File(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	f, err := os.Open(filepath.Join("/srv/files", filepath.Clean(name)))
	if err != nil {
		return
	}
	defer f.Close()
}
`,
      findings: [
        { line: 11, column: 20, endColumn: 69, message: `Request data is used as a file path by os.Open, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${GO}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Go http.ServeFile of a form value',
      path: 'handlers/serve.go',
      code: `package handlers

import "net/http"

func Serve(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, "static/"+r.FormValue("f"))
}
`,
      findings: [
        { line: 6, column: 23, endColumn: 49, message: `A file path built from request data is passed to http.ServeFile, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${GO}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'gin c.File',
      path: 'api/download.go',
      code: `package api

import "github.com/gin-gonic/gin"

func Download(c *gin.Context) {
	c.File("./files/" + c.Query("name"))
}
`,
      findings: [
        { line: 6, column: 9, endColumn: 37, message: `A file path built from request data is passed to c.File, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${GO}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'PHP include of a GET parameter',
      path: 'public/index.php',
      code: `<?php
$page = $_GET['page'];
include 'pages/' . $page . '.php';
`,
      findings: [
        { line: 3, column: 9, endColumn: 34, message: `A file path built from request data is passed to include, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PHP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'PHP readfile of a POST value',
      path: 'public/download.php',
      code: `<?php
$name = $_POST['name'];
readfile("/var/www/files/$name");
`,
      findings: [
        { line: 3, column: 10, endColumn: 32, message: `A file path built from request data is passed to readfile, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PHP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Laravel response()->download',
      path: 'app/Http/Controllers/FileController.php',
      code: `<?php
class FileController extends Controller
{
    public function show(Request $request)
    {
        return response()->download('/srv/app/' . $request->input('file'));
    }
}
`,
      findings: [
        { line: 6, column: 37, endColumn: 74, message: `A file path built from request data is passed to download, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PHP}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Rails send_file of params',
      path: 'app/controllers/files_controller.rb',
      code: `class FilesController < ApplicationController
  def show
    send_file File.join(Rails.root, "uploads", params[:name])
  end
end
`,
      findings: [
        { line: 3, column: 15, endColumn: 62, message: `A file path built from request data is passed to send_file, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${RUBY}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Ruby File.read and render file:',
      path: 'app/controllers/pages_controller.rb',
      code: `class PagesController < ApplicationController
  def show
    @body = File.read("docs/#{params[:doc]}.md")
  end

  def legacy
    render file: params[:template]
  end
end
`,
      findings: [
        { line: 3, column: 23, endColumn: 48, message: `A file path built from request data is passed to File.read, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${RUBY}`, severity: 'high', confidence: 'high', fix: null },
        { line: 7, column: 18, endColumn: 35, message: `Request data is used as a file path by render file:, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${RUBY}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: "multer original name is the client's",
      path: 'src/upload.js',
      code: `app.post('/upload', upload.single('doc'), (req, res) => {
  fs.writeFileSync('/srv/uploads/' + req.file.originalname, req.file.buffer);
});
`,
      findings: [
        { line: 2, column: 20, endColumn: 59, message: `A file path built from request data is passed to fs.writeFileSync, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'shutil.copy of a form value',
      path: 'app/archive.py',
      code: `import shutil

def archive(request):
    shutil.copy(ARCHIVE_SOURCE, "/srv/archive/" + request.POST["dest"])
`,
      findings: [
        { line: 4, column: 33, endColumn: 71, message: `A file path built from request data is passed to shutil.copy, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Files.copy of two request paths',
      path: 'src/main/java/app/Copy.java',
      code: `class Copy {
    void copy(HttpServletRequest request) throws IOException {
        Files.copy(Paths.get(request.getParameter("from")), Paths.get("/backup", request.getParameter("to")));
    }
}
`,
      findings: [
        { line: 3, column: 20, endColumn: 59, message: `Request data is used as a file path by Files.copy, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
        { line: 3, column: 61, endColumn: 109, message: `Request data is used as a file path by Files.copy, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Go ioutil.ReadFile with mux.Vars',
      path: 'handlers/mux.go',
      code: `package handlers

import (
	"io/ioutil"
	"net/http"

	"github.com/gorilla/mux"
)

func Doc(w http.ResponseWriter, r *http.Request) {
	data, _ := ioutil.ReadFile("docs/" + mux.Vars(r)["name"])
	w.Write(data)
}
`,
      findings: [
        { line: 11, column: 29, endColumn: 58, message: `A file path built from request data is passed to ioutil.ReadFile, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${GO}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'fully qualified java.io types and a header value',
      path: 'src/main/java/org/owasp/benchmark/testcode/BenchmarkTest00001.java',
      code: `public class BenchmarkTest00001 extends HttpServlet {
    public void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getHeader("BenchmarkTest00001");
        param = java.net.URLDecoder.decode(param, "UTF-8");
        String fileName = Utils.TESTFILES_DIR + param;
        try (java.io.FileInputStream fis = new java.io.FileInputStream(new java.io.File(fileName))) {
            response.getWriter().println("opened " + fileName);
        }
    }
}
`,
      findings: [
        { line: 6, column: 72, endColumn: 98, message: `A file path built from request data is passed to new FileInputStream, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${JAVA}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'a check on another part of the request is not a guard',
      path: 'src/routes/archive.js',
      code: `app.get('/files/:name', (req, res) => {
  if (req.path.startsWith('/files/archive')) res.set('Cache-Control', 'max-age=60');
  fs.readFile(path.join(DIR, req.params.name), (error, data) => res.send(data));
});
`,
      findings: [
        { line: 3, column: 15, endColumn: 46, message: `A file path built from request data is passed to fs.readFile, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${NODE}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'pathlib division with a request value',
      path: 'app/exports.py',
      code: `from pathlib import Path

EXPORTS = Path("/srv/exports")

@app.get("/exports")
def export():
    target = EXPORTS / request.args["name"]
    send_file(target)
    return (EXPORTS / "archive" / request.args["old"]).read_bytes()
`,
      findings: [
        { line: 8, column: 15, endColumn: 21, message: `A file path built from request data is passed to send_file, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
        { line: 9, column: 12, endColumn: 55, message: `A file path built from request data is passed to Path.read_bytes, so ../ in it can point outside the intended folder (path traversal). ${CONTROL} ${PYTHON}`, severity: 'high', confidence: 'high', fix: null },
      ],
    },
  ],
  valid: [
    {
      name: 'path.basename keeps only the name',
      path: 'src/routes/files.js',
      code: `router.get('/files/:name', (req, res) => {
  fs.readFile(path.join(UPLOADS, path.basename(req.params.name)), (error, data) => res.send(data));
});
`,
    },
    {
      name: 'res.sendFile with the root option',
      path: 'src/static.js',
      code: `app.get('/doc', (req, res) => {
  res.sendFile(req.query.doc, { root: path.join(__dirname, 'public') });
});
`,
    },
    {
      name: 'resolved path checked with startsWith',
      path: 'src/read.js',
      code: `app.get('/read', (req, res) => {
  const full = path.resolve(BASE, req.query.file);
  if (!full.startsWith(BASE + path.sep)) return res.sendStatus(403);
  fs.createReadStream(full).pipe(res);
});
`,
    },
    {
      name: 'constant path',
      path: 'src/config.js',
      code: `const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8'));
`,
    },
    {
      name: 'a parameter passed whole is a wrapper argument',
      path: 'src/io.ts',
      code: `export function readText(file: string): string {
  return fs.readFileSync(file, 'utf8');
}
`,
    },
    {
      name: 'a path in a comment',
      path: 'src/notes.js',
      code: `// fs.readFile(req.query.file) was removed in 2.0
module.exports = {};
`,
    },
    {
      name: 'Flask send_from_directory guards itself',
      path: 'app/files.py',
      code: `from flask import request, send_from_directory

@app.get("/download")
def download():
    return send_from_directory(UPLOADS, request.args["file"])
`,
    },
    {
      name: 'secure_filename',
      path: 'app/upload.py',
      code: `from werkzeug.utils import secure_filename

@app.post("/upload")
def upload():
    name = secure_filename(request.form["name"])
    with open(os.path.join(UPLOADS, name), "wb") as handle:
        handle.write(request.data)
`,
    },
    {
      name: 'os.path.basename',
      path: 'app/logs.py',
      code: `def logs(request):
    return open(os.path.join(LOG_DIR, os.path.basename(request.GET["name"]))).read()
`,
    },
    {
      name: 'realpath checked with startswith',
      path: 'app/safe.py',
      code: `def read(request):
    full = os.path.realpath(os.path.join(BASE, request.GET["name"]))
    if not full.startswith(BASE):
        raise PermissionDenied()
    return open(full).read()
`,
    },
    {
      name: 'Java normalised path checked with startsWith',
      path: 'src/main/java/app/Safe.java',
      code: `class Safe {
    byte[] read(HttpServletRequest request) throws IOException {
        Path file = BASE.resolve(request.getParameter("name")).normalize();
        if (!file.startsWith(BASE)) throw new SecurityException("outside");
        return Files.readAllBytes(file);
    }
}
`,
    },
    {
      name: 'FilenameUtils.getName',
      path: 'src/main/java/app/Names.java',
      code: `class Names {
    File file(HttpServletRequest request) {
        return new File(UPLOADS, FilenameUtils.getName(request.getParameter("name")));
    }
}
`,
    },
    {
      name: 'C# Path.GetFileName',
      path: 'Controllers/SafeController.cs',
      code: `public class SafeController : Controller
{
    public IActionResult Show([FromQuery] string name)
    {
        return PhysicalFile(Path.Combine(_root, Path.GetFileName(name)), "text/plain");
    }
}
`,
    },
    {
      name: 'C# numeric route value',
      path: 'Controllers/InvoiceController.cs',
      code: `public class InvoiceController : Controller
{
    public IActionResult Show([FromRoute] int id)
    {
        return PhysicalFile(Path.Combine(_root, id + ".pdf"), "application/pdf");
    }
}
`,
    },
    {
      name: 'Go filepath.Base',
      path: 'handlers/safe.go',
      code: `package handlers

import (
	"net/http"
	"os"
	"path/filepath"
)

func File(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Open(filepath.Join("/srv/files", filepath.Base(r.URL.Query().Get("name"))))
	defer f.Close()
}
`,
    },
    {
      name: 'Go prefix check',
      path: 'handlers/prefix.go',
      code: `package handlers

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

func File(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(root, r.URL.Query().Get("name"))
	if !strings.HasPrefix(p, root) {
		return
	}
	os.ReadFile(p)
}
`,
    },
    {
      name: 'PHP basename',
      path: 'public/download.php',
      code: `<?php
readfile(__DIR__ . '/files/' . basename($_GET['name']));
`,
    },
    {
      name: 'PHP file_get_contents of a URL parameter belongs to ssrf',
      path: 'public/proxy.php',
      code: `<?php
echo file_get_contents($_GET['url']);
`,
    },
    {
      name: 'PHP include of a constant',
      path: 'public/index.php',
      code: `<?php
require_once __DIR__ . '/../vendor/autoload.php';
`,
    },
    {
      name: 'Ruby File.basename',
      path: 'app/controllers/files_controller.rb',
      code: `class FilesController < ApplicationController
  def show
    send_file Rails.root.join("uploads", File.basename(params[:name]))
  end
end
`,
    },
    {
      name: 'Ruby integer id',
      path: 'app/controllers/invoices_controller.rb',
      code: `class InvoicesController < ApplicationController
  def show
    send_file "invoices/#{params[:id].to_i}.pdf"
  end
end
`,
    },
    {
      name: 'multer temp path is chosen by the server',
      path: 'src/upload.js',
      code: `app.post('/upload', upload.single('doc'), (req, res) => {
  const text = fs.readFileSync(req.file.path, 'utf8');
  fs.unlinkSync(req.file.path);
  res.send(text);
});
`,
    },
    {
      name: 'request data written into a constant path',
      path: 'src/notes.js',
      code: `app.post('/notes', (req, res) => {
  fs.writeFileSync('/srv/notes/latest.txt', req.body.text);
});
`,
    },
    {
      name: 'PHP upload tmp_name',
      path: 'public/import.php',
      code: `<?php
$rows = file($_FILES['csv']['tmp_name']);
`,
    },
    {
      name: 'Rails uploaded file path',
      path: 'app/controllers/imports_controller.rb',
      code: `class ImportsController < ApplicationController
  def create
    rows = File.readlines(params[:csv].path)
  end
end
`,
    },
    {
      name: 'a parameter joined to a folder is a helper argument',
      path: 'src/settings.ts',
      code: `export function settingsFile(options: Options): string {
  const file = path.join(options.root, '.settings.json');
  return fs.readFileSync(file, 'utf8');
}
`,
    },
    {
      name: 'http.ServeFile of the URL path, which it checks for ..',
      path: 'handlers/static.go',
      code: `package handlers

import "net/http"

func Static(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, "public"+r.URL.Path)
}
`,
    },
    {
      name: 'pathlib division of constants and a number',
      path: 'app/reports.py',
      code: `from pathlib import Path

def report(request):
    return (Path("/srv/reports") / f"{int(request.GET['id'])}.pdf").read_bytes()
`,
    },
    {
      name: 'Rails signed and encrypted cookies are set by the server',
      path: 'app/controllers/exports_controller.rb',
      code: `class ExportsController < ApplicationController
  def show
    send_file cookies.encrypted[:export_path]
  end

  def last
    send_file cookies.signed.permanent[:last_export]
  end
end
`,
    },
    {
      name: 'a parameter at the start of the path is a helper argument',
      path: 'tools/backup.py',
      code: `def backup(dir_path, suffix):
    shutil.move(dir_path, f"{dir_path}.bak")
    os.remove(self_root() + suffix)
`,
    },
  ],
};

describeRule(table);
