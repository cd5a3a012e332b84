/**
 * Cases for injection/command-injection: commands run through a shell with text that is not
 * constant, in every language with a process API, beside argument arrays, constant commands and
 * shell-quoted values that must stay silent.
 */
import type { RuleTable } from '../../../../test/support/rule-tester';
import { describeRule } from '../../../../test/support/rule-tester';
import { commandInjection } from './command-injection';

const CONTROL =
  'MoJ requires scanning for command injection (Vulnerability Scanning Guide: Scanning requirements), and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).';

const NODE = "Run the program without a shell and pass the arguments as an array: execFile('convert', [input, output]).";
const PYTHON = "Pass a list without a shell: subprocess.run(['convert', path, out], check=True); if a shell is unavoidable, quote each value with shlex.quote.";
const JAVA = 'Pass the program and each argument as separate strings without sh -c: new ProcessBuilder("convert", input, output).';
const CSHARP = 'Start the program itself and add each value to ArgumentList, not through cmd.exe /c or sh -c: new ProcessStartInfo("convert") { ArgumentList = { input, output } }.';
const GO = 'Run the program directly with separate arguments, not through sh -c: exec.Command("convert", input, output).';
const PHP = 'Quote each value with escapeshellarg(), or pass proc_open() an array (PHP 7.4 and later), which runs no shell.';
const RUBY = "Pass the program and its arguments separately, which runs no shell: system('convert', input, output) or Open3.capture2('convert', input).";

function shell(source: 'request data' | 'a function parameter' | 'a value that is not a constant', api: string, advice: string): string {
  return `A command built from ${source} is run through a shell by ${api}, so a crafted value can run other commands (OS command injection). ${CONTROL} ${advice}`;
}

function wholeShell(api: string, advice: string): string {
  return `Request data is run through a shell by ${api}, so a crafted value can run other commands (OS command injection). ${CONTROL} ${advice}`;
}

function split(api: string): string {
  return `A command built from request data is run by ${api}, which splits it on spaces without a shell, so a crafted value can still add arguments or choose another program. ${CONTROL} ${JAVA}`;
}

function escapedCommand(api: string): string {
  return `A shell command built from values escaped with escapeshellcmd is run by ${api}; escapeshellcmd leaves spaces and quotes alone, so a value can still add arguments or options. ${CONTROL} ${PHP}`;
}

export const table: RuleTable = {
  rule: commandInjection,
  invalid: [
    // JavaScript and TypeScript -----------------------------------------------------------------
    {
      name: 'exec with a template literal',
      path: 'src/routes/convert.js',
      code: `const { exec } = require('child_process');

router.post('/convert', (req, res) => {
  exec(\`convert \${req.body.file} out.png\`, (error) => res.sendStatus(error ? 500 : 204));
});
`,
      findings: [{ line: 4, column: 8, endColumn: 42, message: shell('request data', 'exec', NODE), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'execSync through require()',
      path: 'src/routes/archive.js',
      code: `router.get('/unpack', (req, res) => {
  require('child_process').execSync('tar xf ' + req.query.file);
});
`,
      findings: [{ line: 2, column: 37, endColumn: 63, message: shell('request data', 'child_process.execSync', NODE), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'promisified exec',
      path: 'src/git.ts',
      code: `import { exec } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(exec);

export async function log(req: Request) {
  return run('git log ' + req.query.ref);
}
`,
      findings: [{ line: 7, column: 14, endColumn: 40, message: shell('request data', 'run', NODE), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'spawn with shell: true',
      path: 'src/routes/convert.js',
      code: `const { spawn } = require('child_process');

router.post('/convert', (req, res) => {
  spawn('convert', [req.body.file, 'out.png'], { shell: true });
});
`,
      findings: [{ line: 4, column: 21, endColumn: 34, message: wholeShell('spawn', NODE), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'helper builds a command from its parameter',
      path: 'src/cleanup.js',
      code: `const cp = require('child_process');

function removeDir(dir) {
  cp.execSync('rm -rf ' + dir);
}
`,
      findings: [{ line: 4, column: 15, endColumn: 30, message: shell('a function parameter', 'cp.execSync', NODE), severity: 'high', confidence: 'low', fix: null }],
    },

    // Python ------------------------------------------------------------------------------------
    {
      name: 'os.system with concatenation',
      path: 'app/convert.py',
      code: `import os
from flask import request

def convert():
    name = request.form["file"]
    os.system("convert " + name + " out.png")
`,
      findings: [{ line: 6, column: 15, endColumn: 45, message: shell('request data', 'os.system', PYTHON), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'subprocess.run with shell=True',
      path: 'app/convert.py',
      code: `import subprocess

def convert(request):
    subprocess.run(f"convert {request.GET['file']} out.png", shell=True, check=True)
`,
      findings: [{ line: 4, column: 20, endColumn: 60, message: shell('request data', 'subprocess.run', PYTHON), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'a list with shell=True runs its first element',
      path: 'app/listing.py',
      code: `from subprocess import check_output

def listing(request):
    return check_output(["ls -la " + request.args["dir"]], shell=True)
`,
      findings: [{ line: 4, column: 26, endColumn: 57, message: shell('request data', 'check_output', PYTHON), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'os.popen',
      path: 'app/dns.py',
      code: `import os

def lookup(request):
    return os.popen("nslookup " + request.args["host"]).read()
`,
      findings: [{ line: 4, column: 21, endColumn: 55, message: shell('request data', 'os.popen', PYTHON), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'helper builds a command from its parameter',
      path: 'app/cleanup.py',
      code: `import subprocess

def remove(path):
    subprocess.call("rm -rf " + path, shell=True)
`,
      findings: [{ line: 4, column: 21, endColumn: 37, message: shell('a function parameter', 'subprocess.call', PYTHON), severity: 'high', confidence: 'low', fix: null }],
    },

    // Java --------------------------------------------------------------------------------------
    {
      name: 'ProcessBuilder with sh -c',
      path: 'src/main/java/uk/gov/justice/Archive.java',
      code: `class Archive {
  void unpack(HttpServletRequest request) throws IOException {
    new ProcessBuilder("sh", "-c", "tar xf " + request.getParameter("file")).start();
  }
}
`,
      findings: [{ line: 3, column: 36, endColumn: 76, message: shell('request data', 'new ProcessBuilder', JAVA), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'Runtime.exec with a bash -c array',
      path: 'src/main/java/uk/gov/justice/Convert.java',
      code: `class Convert {
  void run(@RequestParam String file) throws IOException {
    Runtime.getRuntime().exec(new String[] {"bash", "-c", "convert " + file + " out.png"});
  }
}
`,
      findings: [{ line: 3, column: 59, endColumn: 89, message: shell('request data', 'Runtime.exec', JAVA), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'Runtime.exec with one string splits without a shell',
      path: 'src/main/java/uk/gov/justice/Convert.java',
      code: `class Convert {
  void run(@RequestParam String file) throws IOException {
    Runtime.getRuntime().exec("convert " + file + " out.png");
  }
}
`,
      findings: [{ line: 3, column: 31, endColumn: 61, message: split('Runtime.exec'), severity: 'medium', confidence: 'high', fix: null }],
    },
    {
      name: 'cmd.exe /c through a List',
      path: 'src/main/java/uk/gov/justice/Dir.java',
      code: `class Dir {
  void list(HttpServletRequest request) throws IOException {
    new ProcessBuilder(List.of("cmd.exe", "/c", "dir " + request.getParameter("path"))).start();
  }
}
`,
      findings: [{ line: 3, column: 49, endColumn: 86, message: shell('request data', 'new ProcessBuilder', JAVA), severity: 'critical', confidence: 'high', fix: null }],
    },

    // C# ----------------------------------------------------------------------------------------
    {
      name: 'Process.Start with cmd.exe /c',
      path: 'Controllers/ToolsController.cs',
      code: `public class ToolsController : Controller
{
    public IActionResult Ping(string host)
    {
        Process.Start("cmd.exe", "/c ping " + host);
        return Ok();
    }
}
`,
      findings: [{ line: 5, column: 34, endColumn: 51, message: shell('request data', 'Process.Start', CSHARP), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'ProcessStartInfo initialiser with /bin/sh',
      path: 'Services/Dns.cs',
      code: `class Dns
{
    public void Lookup([FromQuery] string host)
    {
        var info = new ProcessStartInfo { FileName = "/bin/sh", Arguments = "-c \\"nslookup " + host + "\\"" };
    }
}
`,
      findings: [{ line: 5, column: 77, endColumn: 107, message: shell('request data', 'ProcessStartInfo.Arguments', CSHARP), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'ProcessStartInfo set member by member',
      path: 'Services/Dns.cs',
      code: `class Dns
{
    public void Lookup()
    {
        var info = new ProcessStartInfo();
        info.FileName = "bash";
        info.Arguments = $"-c \\"dig {Request.Query["host"]}\\"";
    }
}
`,
      findings: [{ line: 7, column: 26, endColumn: 63, message: shell('request data', 'ProcessStartInfo.Arguments', CSHARP), severity: 'critical', confidence: 'high', fix: null }],
    },

    // Go ----------------------------------------------------------------------------------------
    {
      name: 'exec.Command with sh -c',
      path: 'internal/tools/ping.go',
      code: `package tools

import "os/exec"

func ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output()
	w.Write(out)
}
`,
      findings: [{ line: 7, column: 37, endColumn: 54, message: shell('request data', 'exec.Command', GO), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'CommandContext with bash -c and Sprintf',
      path: 'internal/tools/dns.go',
      code: `package tools

import "os/exec"

func lookup(c *gin.Context) {
	exec.CommandContext(c, "bash", "-c", fmt.Sprintf("nslookup %s", c.Query("host"))).Run()
}
`,
      findings: [{ line: 6, column: 39, endColumn: 82, message: shell('request data', 'exec.CommandContext', GO), severity: 'critical', confidence: 'high', fix: null }],
    },

    // PHP ---------------------------------------------------------------------------------------
    {
      name: 'system with interpolation',
      path: 'public/convert.php',
      code: `<?php
$file = $_GET['file'];
system("convert $file out.png");
`,
      findings: [{ line: 3, column: 8, endColumn: 31, message: shell('request data', 'system', PHP), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'shell_exec with concatenation',
      path: 'public/list.php',
      code: `<?php
$listing = shell_exec('ls -la ' . $_POST['dir']);
`,
      findings: [{ line: 2, column: 23, endColumn: 48, message: shell('request data', 'shell_exec', PHP), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'backticks',
      path: 'public/dns.php',
      code: `<?php
$answer = \`nslookup {$_GET['host']}\`;
`,
      findings: [{ line: 2, column: 11, endColumn: 37, message: shell('request data', 'backticks', PHP), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'escapeshellcmd leaves arguments open',
      path: 'public/archive.php',
      code: `<?php
passthru("tar xf " . escapeshellcmd($_GET['file']));
`,
      findings: [{ line: 2, column: 10, endColumn: 51, message: escapedCommand('passthru'), severity: 'medium', confidence: 'medium', fix: null }],
    },

    // Ruby --------------------------------------------------------------------------------------
    {
      name: 'system with one interpolated string',
      path: 'app/controllers/tools_controller.rb',
      code: `class ToolsController < ApplicationController
  def ping
    system("ping -c 1 #{params[:host]}")
  end
end
`,
      findings: [{ line: 3, column: 12, endColumn: 40, message: shell('request data', 'system', RUBY), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'backticks and %x()',
      path: 'app/controllers/tools_controller.rb',
      code: `class ToolsController < ApplicationController
  def lookup
    @a = \`nslookup #{params[:host]}\`
    @b = %x(dig #{params[:host]})
  end
end
`,
      findings: [
        { line: 3, column: 10, endColumn: 37, message: shell('request data', 'backticks', RUBY), severity: 'critical', confidence: 'high', fix: null },
        { line: 4, column: 10, endColumn: 34, message: shell('request data', '%x()', RUBY), severity: 'critical', confidence: 'high', fix: null },
      ],
    },
    {
      name: 'Open3 with one string',
      path: 'app/services/whois.rb',
      code: `class WhoisController < ApplicationController
  def show
    output, _status = Open3.capture2("whois #{params[:domain]}")
    render plain: output
  end
end
`,
      findings: [{ line: 3, column: 38, endColumn: 64, message: shell('request data', 'Open3.capture2', RUBY), severity: 'critical', confidence: 'high', fix: null }],
    },
    {
      name: 'IO.popen with a string',
      path: 'app/services/archive.rb',
      code: `def unpack(file)
  IO.popen("tar xf #{file}") { |io| io.read }
end
`,
      findings: [{ line: 2, column: 12, endColumn: 28, message: shell('a function parameter', 'IO.popen', RUBY), severity: 'high', confidence: 'low', fix: null }],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    { name: 'execFile with an argument array', path: 'src/routes/convert.js', code: "const { execFile } = require('child_process');\nrouter.post('/c', (req, res) => {\n  execFile('convert', [req.body.file, 'out.png'], () => res.end());\n});\n" },
    { name: 'spawn without a shell', path: 'src/routes/convert.js', code: "const { spawn } = require('child_process');\nrouter.post('/c', (req, res) => {\n  spawn('convert', [req.body.file, 'out.png']);\n});\n" },
    { name: 'constant command', path: 'src/health.js', code: "const { execSync } = require('child_process');\nconst uptime = execSync('uptime').toString();\n" },
    { name: 'shell-quote quotes each value', path: 'src/routes/convert.js', code: "const { exec } = require('child_process');\nconst { quote } = require('shell-quote');\nrouter.post('/c', (req, res) => {\n  exec('convert ' + quote([req.body.file]) + ' out.png');\n});\n" },
    { name: 'RegExp.exec is not a process', path: 'src/parse.js', code: "router.get('/p', (req, res) => {\n  const match = /(\\d+)/.exec(req.query.text);\n});\n" },
    { name: 'a wrapper passes its command through whole', path: 'src/run.js', code: "const { exec } = require('child_process');\nfunction run(command, callback) {\n  exec(command, callback);\n}\n" },

    // Python
    { name: 'subprocess.run with a list', path: 'app/convert.py', code: 'import subprocess\n\ndef convert(request):\n    subprocess.run(["convert", request.GET["file"], "out.png"], check=True)\n' },
    { name: 'shlex.quote with shell=True', path: 'app/convert.py', code: 'import shlex, subprocess\n\ndef convert(request):\n    subprocess.run("convert " + shlex.quote(request.GET["file"]) + " out.png", shell=True)\n' },
    { name: 'shell=False with a string', path: 'app/convert.py', code: 'import subprocess\n\ndef convert(request):\n    subprocess.run("convert " + request.GET["file"], shell=False)\n' },
    { name: 'constant os.system', path: 'app/maintenance.py', code: 'import os\n\ndef rotate():\n    os.system("logrotate /etc/logrotate.conf")\n' },
    { name: 'int() makes the value a number', path: 'app/kill.py', code: 'import os\n\ndef stop(request):\n    os.system("kill " + str(int(request.POST["pid"])))\n' },

    // Java
    { name: 'ProcessBuilder with separate arguments', path: 'src/main/java/Archive.java', code: 'class Archive {\n  void unpack(HttpServletRequest request) throws IOException {\n    new ProcessBuilder("tar", "xf", request.getParameter("file")).start();\n  }\n}\n' },
    { name: 'Runtime.exec with an argument array', path: 'src/main/java/Convert.java', code: 'class Convert {\n  void run(@RequestParam String file) throws IOException {\n    Runtime.getRuntime().exec(new String[] {"convert", file, "out.png"});\n  }\n}\n' },
    { name: 'constant shell script', path: 'src/main/java/Uptime.java', code: 'class Uptime {\n  void run() throws IOException {\n    new ProcessBuilder("sh", "-c", "uptime").start();\n  }\n}\n' },
    { name: 'an executor is not a process', path: 'src/main/java/Jobs.java', code: 'class Jobs {\n  void run(@RequestParam String name) {\n    executor.execute(() -> work(name));\n  }\n}\n' },

    // C#
    { name: 'ArgumentList without a shell', path: 'Services/Ping.cs', code: 'class Ping\n{\n    public void Run([FromQuery] string host)\n    {\n        var info = new ProcessStartInfo("ping") { ArgumentList = { "-c", "1", host } };\n        Process.Start(info);\n    }\n}\n' },
    { name: 'a program started directly', path: 'Services/Ping.cs', code: 'class Ping\n{\n    public void Run([FromQuery] string host)\n    {\n        Process.Start("ping", "-c 1 " + host);\n    }\n}\n' },
    { name: 'a constant shell command', path: 'Services/Uptime.cs', code: 'class Uptime\n{\n    public void Run()\n    {\n        Process.Start("/bin/sh", "-c uptime");\n    }\n}\n' },

    // Go
    { name: 'exec.Command with separate arguments', path: 'internal/tools/ping.go', code: 'package tools\n\nimport "os/exec"\n\nfunc ping(w http.ResponseWriter, r *http.Request) {\n\texec.Command("ping", "-c", "1", r.URL.Query().Get("host")).Run()\n}\n' },
    { name: 'a constant sh -c script', path: 'internal/tools/uptime.go', code: 'package tools\n\nimport "os/exec"\n\nfunc uptime() {\n\texec.Command("sh", "-c", "uptime | cut -d, -f1").Run()\n}\n' },
    { name: 'a number formatted with %d', path: 'internal/tools/kill.go', code: 'package tools\n\nimport "os/exec"\n\nfunc stop(w http.ResponseWriter, r *http.Request) {\n\tpid, _ := strconv.Atoi(r.FormValue("pid"))\n\texec.Command("sh", "-c", fmt.Sprintf("kill %d", pid)).Run()\n}\n' },

    // PHP
    { name: 'escapeshellarg', path: 'public/convert.php', code: "<?php\nsystem('convert ' . escapeshellarg($_GET['file']) . ' out.png');\n" },
    { name: 'proc_open with an array', path: 'public/convert.php', code: "<?php\n$process = proc_open(['convert', $_GET['file'], 'out.png'], $spec, $pipes);\n" },
    { name: 'PDO exec is SQL, not a shell', path: 'src/Db.php', code: "<?php\n$pdo->exec('DELETE FROM sessions WHERE expired = 1');\n" },
    { name: 'a constant command', path: 'public/health.php', code: "<?php\n$uptime = shell_exec('uptime');\n" },

    // Ruby
    { name: 'system with separate arguments', path: 'app/controllers/tools_controller.rb', code: 'class ToolsController < ApplicationController\n  def ping\n    system("ping", "-c", "1", params[:host])\n  end\nend\n' },
    { name: 'Shellwords.escape', path: 'app/controllers/tools_controller.rb', code: 'class ToolsController < ApplicationController\n  def ping\n    system("ping -c 1 #{Shellwords.escape(params[:host])}")\n  end\nend\n' },
    { name: 'IO.popen with an array', path: 'app/services/whois.rb', code: 'class WhoisController < ApplicationController\n  def show\n    IO.popen(["whois", params[:domain]]) { |io| io.read }\n  end\nend\n' },
    { name: 'a constant backtick command', path: 'app/services/uptime.rb', code: 'def uptime\n  `uptime`\nend\n' },
  ],
};

describeRule(table);
