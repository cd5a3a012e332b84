/**
 * injection/command-injection: a command run through a shell with text that is not constant.
 * Node's `child_process.exec`, Python's `os.system` and `subprocess` with `shell=True`, Java's
 * `sh -c` process builders (and `Runtime.exec(String)`, which splits on spaces without a shell),
 * C#'s `cmd.exe /c` and `sh -c` processes, Go's `exec.Command("sh", "-c", …)`, PHP's `system`
 * family and backticks, and Ruby's single-string `system`, backticks, `%x()`, `IO.popen` and Open3.
 *
 * The engine's data-flow helper says where the command comes from: request data is critical at
 * high confidence, `escapeshellcmd` (which leaves spaces and quotes) medium, and a parameter or a
 * value this function cannot see into low, only when the command is built from it. Argument
 * arrays without a shell, constant commands and values quoted for the shell (`shlex.quote`,
 * `escapeshellarg`, `Shellwords.escape`) are not reported. No fix is offered: moving to an
 * argument array changes the call's shape.
 */
import { injectionConfidence, namedArgument, originOf, positionalArgument, relatedEvidence } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, EvidenceNotes, KeyValue, Rule, RuleContext, Severity, SyntaxNode, ValueOrigin } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ requires scanning for command injection (Vulnerability Scanning Guide: Scanning requirements), and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).';

type Family = 'node' | 'python' | 'java' | 'csharp' | 'go' | 'php' | 'ruby';

const ADVICE: Readonly<Record<Family, string>> = {
  node: "Run the program without a shell and pass the arguments as an array: execFile('convert', [input, output]).",
  python: "Pass a list without a shell: subprocess.run(['convert', path, out], check=True); if a shell is unavoidable, quote each value with shlex.quote.",
  java: 'Pass the program and each argument as separate strings without sh -c: new ProcessBuilder("convert", input, output).',
  csharp: 'Start the program itself and add each value to ArgumentList, not through cmd.exe /c or sh -c: new ProcessStartInfo("convert") { ArgumentList = { input, output } }.',
  go: 'Run the program directly with separate arguments, not through sh -c: exec.Command("convert", input, output).',
  php: 'Quote each value with escapeshellarg(), or pass proc_open() an array (PHP 7.4 and later), which runs no shell.',
  ruby: "Pass the program and its arguments separately, which runs no shell: system('convert', input, output) or Open3.capture2('convert', input).",
};

/** How the command is run: through a shell, or split on spaces and run directly (Java's `Runtime.exec(String)`). */
type Runner = 'shell' | 'split';

function messageFor(origin: ValueOrigin, api: string, family: Family, runner: Runner): string {
  let found: string;
  if (origin.weak) {
    found = `A shell command built from values escaped with escapeshellcmd is run by ${api}; escapeshellcmd leaves spaces and quotes alone, so a value can still add arguments or options.`;
  } else {
    const source = origin.kind === 'request' ? 'request data' : origin.kind === 'parameter' ? 'a function parameter' : 'a value that is not a constant';
    const subject = origin.kind === 'request' && !origin.built ? 'Request data' : `A command built from ${source}`;
    found = runner === 'split'
      ? `${subject} is run by ${api}, which splits it on spaces without a shell, so a crafted value can still add arguments or choose another program.`
      : `${subject} is run through a shell by ${api}, so a crafted value can run other commands (OS command injection).`;
  }
  return `${found} ${CONTROL} ${ADVICE[family]}`;
}

const EVIDENCE_NOTES: EvidenceNotes = {
  request: 'Request data is read here.',
  parameter: 'The value comes from this parameter.',
  unknown: 'This value is not a constant.',
  sanitised: 'The value is escaped here.',
  constant: 'The value is set here.',
};

// ---------------------------------------------------------------------------------------------
// Sinks
// ---------------------------------------------------------------------------------------------

interface Sink {
  /** The text the shell (or the splitter) reads. */
  readonly command: SyntaxNode;
  readonly api: string;
  readonly family: Family;
  readonly runner: Runner;
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

/** Programs that run their `-c` (or `/c`, `-Command`) argument as a shell script. */
const SHELLS: ReadonlySet<string> = new Set([
  'sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', '/bin/sh', '/bin/bash', '/bin/zsh', '/usr/bin/sh', '/usr/bin/bash', '/usr/bin/env',
  'cmd', 'cmd.exe', 'powershell', 'powershell.exe', 'pwsh', 'pwsh.exe',
]);
const SCRIPT_FLAGS: ReadonlySet<string> = new Set(['-c', '/c', '/C', '/k', '/K', '-Command', '-command', '-lc', '-ec']);

function stringValue(code: CodeModel, node: SyntaxNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

function isShell(code: CodeModel, node: SyntaxNode | undefined): boolean {
  const program = stringValue(code, node);
  return program !== undefined && SHELLS.has(program.trim());
}

/**
 * The script in an argument list that starts a shell: `"sh", "-c", script` (also `"cmd", "/c"`
 * and `"powershell", "-Command"`); for `/usr/bin/env bash -c` the shell comes one later.
 */
function shellScript(code: CodeModel, elements: readonly SyntaxNode[]): SyntaxNode | undefined {
  for (let index = 0; index < Math.min(2, elements.length); index++) {
    if (!isShell(code, elements[index])) continue;
    const flag = stringValue(code, elements[index + 1])?.trim();
    if (flag !== undefined && SCRIPT_FLAGS.has(flag)) return elements[index + 2];
  }
  return undefined;
}

function apiName(call: CallSite): string {
  const callee = call.callee;
  return callee.length <= 40 && !callee.includes('(') && !callee.includes('"') ? callee : call.name;
}

function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && !child.type.includes('comment'));
}

// JavaScript and TypeScript --------------------------------------------------------------------

const NODE_SHELL_ALWAYS: ReadonlySet<string> = new Set(['child_process.exec', 'child_process.execSync', 'shelljs.exec']);
const NODE_SPAWNERS: ReadonlySet<string> = new Set(['child_process.spawn', 'child_process.spawnSync', 'child_process.execFile', 'child_process.execFileSync']);

const detectJavaScript: Detector = (call, code) => {
  const target = promisified(call, code) ?? call.qualified;
  // The callee first: most calls run no command, and finding the first positional argument builds a list.
  if (!NODE_SHELL_ALWAYS.has(target) && !NODE_SPAWNERS.has(target)) return [];
  const command = positionalArgument(call, 0);
  if (command === undefined) return [];
  if (NODE_SHELL_ALWAYS.has(target)) return [{ command, api: apiName(call), family: 'node', runner: 'shell' }];
  if (!NODE_SPAWNERS.has(target)) return [];
  // With `shell: true` the program and its arguments are joined and handed to a shell.
  const options = call.args.map((argument) => argument.node).find((node) => node.type === 'object');
  const shell = options ? code.keyValues().find((pair) => pair.key === 'shell' && pair.node.parent?.id === options.id) : undefined;
  const shellValue = shell ? code.valueOf(shell.value) : undefined;
  const usesShell = shellValue !== undefined && ((shellValue.kind === 'boolean' && shellValue.value) || (shellValue.kind === 'string' && shellValue.value !== ''));
  if (!usesShell) return [];
  const args = positionalArgument(call, 1);
  const parts = [command, ...(args?.type === 'array' ? namedChildren(args) : [])];
  return parts.map((part) => ({ command: part, api: apiName(call), family: 'node', runner: 'shell' }));
};

/** `const run = util.promisify(exec)`: calls to `run` are calls to exec. */
function promisified(call: CallSite, code: CodeModel): string | undefined {
  return call.receiver === undefined ? promisifiedNames(code).get(call.callee) : undefined;
}

const promisifiedByModel = new WeakMap<CodeModel, ReadonlyMap<string, string>>();

/** Names bound to `promisify(f)` in the file, with what `f` resolves to; found once per file. */
function promisifiedNames(code: CodeModel): ReadonlyMap<string, string> {
  const known = promisifiedByModel.get(code);
  if (known !== undefined) return known;
  const names = new Map<string, string>();
  const wrappers = new Map(code.calls().filter((call) => call.qualified === 'util.promisify' || call.callee === 'promisify').map((call) => [call.node.id, call]));
  for (const assignment of code.assignments()) {
    const original = wrappers.get(assignment.value.id)?.args[0]?.node;
    const target = original ? code.qualifiedName(original) : undefined;
    if (target !== undefined) names.set(assignment.target, target);
  }
  promisifiedByModel.set(code, names);
  return names;
}

// Python ---------------------------------------------------------------------------------------

const PYTHON_SHELL_ALWAYS: ReadonlySet<string> = new Set([
  'os.system', 'os.popen', 'commands.getoutput', 'commands.getstatusoutput', 'subprocess.getoutput', 'subprocess.getstatusoutput',
  'asyncio.create_subprocess_shell',
]);
const PYTHON_SUBPROCESS: ReadonlySet<string> = new Set([
  'subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen',
]);

const detectPython: Detector = (call, code) => {
  const command = positionalArgument(call, 0) ?? namedArgument(call, 'args') ?? namedArgument(call, 'cmd') ?? namedArgument(call, 'command');
  if (command === undefined) return [];
  if (PYTHON_SHELL_ALWAYS.has(call.qualified)) return [{ command, api: apiName(call), family: 'python', runner: 'shell' }];
  if (!PYTHON_SUBPROCESS.has(call.qualified)) return [];
  const shell = namedArgument(call, 'shell');
  const shellValue = shell ? code.valueOf(shell) : undefined;
  if (shellValue?.kind !== 'boolean' || !shellValue.value) return [];
  // With shell=True and a list, the first element is the script and the rest are its $0, $1, ….
  const script = command.type === 'list' || command.type === 'tuple' ? namedChildren(command)[0] : command;
  return script ? [{ command: script, api: apiName(call), family: 'python', runner: 'shell' }] : [];
};

// Java -----------------------------------------------------------------------------------------

const detectJava: Detector = (call, code) => {
  if (call.isConstructor && call.callee.endsWith('ProcessBuilder')) return javaProcessArguments(call, code, 'new ProcessBuilder');
  if (call.name === 'command' && call.receiver !== undefined && call.args.length > 0) return javaProcessArguments(call, code, `${call.receiver.text}.command`);
  if (call.name !== 'exec' || call.receiver === undefined || !isRuntime(call.receiver, code)) return [];
  const first = positionalArgument(call, 0);
  if (first === undefined) return [];
  const array = arrayElements(first, code);
  if (array !== undefined) {
    const script = shellScript(code, array);
    return script ? [{ command: script, api: 'Runtime.exec', family: 'java', runner: 'shell' }] : [];
  }
  // One string: Runtime.exec splits it on spaces and runs the first word, with no shell, unless that word is a shell.
  const origin = originOf(code, first, 'shell');
  const startsWithShell = [...SHELLS].some((shell) => (origin.fragments[0] ?? '').trimStart().startsWith(`${shell} `));
  return [{ command: first, api: 'Runtime.exec', family: 'java', runner: startsWithShell ? 'shell' : 'split' }];
};

/** `new ProcessBuilder("sh", "-c", script)`, with the arguments listed, in a List, or in an array. */
function javaProcessArguments(call: CallSite, code: CodeModel, api: string): Sink[] {
  const args = call.args.map((argument) => argument.node);
  const [only] = args;
  const elements = args.length === 1 && only !== undefined ? arrayElements(only, code) ?? args : args;
  const script = shellScript(code, elements);
  return script ? [{ command: script, api, family: 'java', runner: 'shell' }] : [];
}

function isRuntime(receiver: SyntaxNode, code: CodeModel): boolean {
  if (receiver.text.includes('getRuntime')) return true;
  const assignment = code.assignments().find((candidate) => candidate.target === receiver.text && candidate.node.startIndex < receiver.startIndex);
  return assignment?.value.text.includes('getRuntime') === true;
}

/** The elements of an array or list written in place, or held by a variable assigned one earlier. */
function arrayElements(node: SyntaxNode, code: CodeModel): SyntaxNode[] | undefined {
  let current = node;
  if (current.type === 'identifier') {
    const assignment = code.assignments()
      .filter((candidate) => candidate.target === current.text && candidate.node.startIndex < current.startIndex)
      .pop();
    if (assignment === undefined) return undefined;
    current = assignment.value;
  }
  if (current.type === 'array_creation_expression') {
    const initializer = current.childForFieldName('value');
    return initializer ? namedChildren(initializer) : undefined;
  }
  if (current.type === 'array_initializer') return namedChildren(current);
  const list = code.calls().find((candidate) => candidate.node.id === current.id);
  if (list !== undefined && (list.callee === 'List.of' || list.callee === 'Arrays.asList')) return list.args.map((argument) => argument.node);
  return undefined;
}

// C# -------------------------------------------------------------------------------------------

const detectCSharp: Detector = (call, code) => {
  // `Process.Start("cmd.exe", "/c " + input)` and `new ProcessStartInfo("/bin/sh", "-c " + input)`.
  const isStart = call.name === 'Start' && call.callee.endsWith('Process.Start');
  const isInfo = call.isConstructor && call.callee.endsWith('ProcessStartInfo');
  if (!isStart && !isInfo) return [];
  const [program, argumentsNode] = [positionalArgument(call, 0) ?? namedArgument(call, 'fileName'), positionalArgument(call, 1) ?? namedArgument(call, 'arguments')];
  if (argumentsNode === undefined || !isShell(code, program)) return [];
  return [{ command: argumentsNode, api: isStart ? 'Process.Start' : 'ProcessStartInfo', family: 'csharp', runner: 'shell' }];
};

/**
 * `new ProcessStartInfo { FileName = "cmd.exe", Arguments = "/c " + input }` and the same set
 * member by member: `info.FileName = "/bin/bash"; info.Arguments = "-c \"" + input + "\"";`.
 */
function startInfoSinks(code: CodeModel): Sink[] {
  const sinks: Sink[] = [];
  const pairs = code.keyValues();
  for (const pair of pairs) {
    if (pair.key !== 'Arguments' || pair.node.parent?.type !== 'initializer_expression') continue;
    const fileName = pairs.find((other: KeyValue) => other.key === 'FileName' && other.node.parent?.id === pair.node.parent?.id);
    if (fileName && isShell(code, fileName.value)) sinks.push({ command: pair.value, api: 'ProcessStartInfo.Arguments', family: 'csharp', runner: 'shell' });
  }
  for (const assignment of code.assignments()) {
    if (!assignment.target.endsWith('.Arguments')) continue;
    const owner = assignment.target.slice(0, -'.Arguments'.length);
    const scope = code.enclosingFunction(assignment.node)?.id;
    const fileName = code.assignments().find((other) => other.target === `${owner}.FileName` && code.enclosingFunction(other.node)?.id === scope);
    if (fileName && isShell(code, fileName.value)) sinks.push({ command: assignment.value, api: 'ProcessStartInfo.Arguments', family: 'csharp', runner: 'shell' });
  }
  return sinks;
}

// Go -------------------------------------------------------------------------------------------

const detectGo: Detector = (call, code) => {
  // Import-resolved when the file imports os/exec, as written in snippets that do not show the import.
  const name = call.qualified.startsWith('os/') ? call.qualified.slice('os/'.length) : call.callee;
  const offset = name === 'exec.Command' ? 0 : name === 'exec.CommandContext' ? 1 : -1;
  if (offset < 0) return [];
  const script = shellScript(code, call.args.slice(offset).map((argument) => argument.node));
  return script ? [{ command: script, api: apiName(call), family: 'go', runner: 'shell' }] : [];
};

// PHP ------------------------------------------------------------------------------------------

const PHP_SHELL_FUNCTIONS: ReadonlySet<string> = new Set(['system', 'exec', 'shell_exec', 'passthru', 'popen', 'proc_open']);

const detectPhp: Detector = (call) => {
  if (call.receiver !== undefined || !PHP_SHELL_FUNCTIONS.has(call.name.toLowerCase())) return [];
  const command = positionalArgument(call, 0) ?? namedArgument(call, 'command');
  // proc_open() with an array (PHP 7.4 and later) runs the program without a shell.
  if (command === undefined || command.type === 'array_creation_expression') return [];
  return [{ command, api: call.name, family: 'php', runner: 'shell' }];
};

// Ruby -----------------------------------------------------------------------------------------

const RUBY_KERNEL: ReadonlySet<string> = new Set(['system', 'exec', 'spawn']);
const RUBY_OPEN3: ReadonlySet<string> = new Set(['capture2', 'capture2e', 'capture3', 'popen2', 'popen2e', 'popen3', 'pipeline', 'pipeline_r', 'pipeline_w']);

const detectRuby: Detector = (call) => {
  const receiver = call.receiver?.text;
  const kernel = RUBY_KERNEL.has(call.name) && (receiver === undefined || receiver === 'Kernel' || (receiver === 'Process' && call.name === 'spawn'));
  const open3 = receiver === 'Open3' && RUBY_OPEN3.has(call.name);
  const popen = (receiver === 'IO' && call.name === 'popen') || (receiver === 'PTY' && call.name === 'spawn');
  if (!kernel && !open3 && !popen) return [];
  // A leading environment hash is not the command; a single command string goes through the shell.
  const commands = call.args.filter((argument) => argument.name === undefined && argument.node.type !== 'hash').map((argument) => argument.node);
  const [only] = commands;
  if (only === undefined || commands.length !== 1 || only.type === 'array') return [];
  return [{ command: only, api: apiName(call), family: 'ruby', runner: 'shell' }];
};

/** Backticks and `%x()` in Ruby, backticks in PHP. */
function backtickSinks(code: CodeModel, family: Family): Sink[] {
  const type = family === 'ruby' ? 'subshell' : 'shell_command_expression';
  return code.root.descendantsOfType(type)
    .filter((node): node is SyntaxNode => node !== null)
    .map((node) => ({ command: node, api: family === 'ruby' && node.text.startsWith('%x') ? '%x()' : 'backticks', family, runner: 'shell' as const }));
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const DETECTORS: Readonly<Partial<Record<CodeLanguage, Detector>>> = {
  javascript: detectJavaScript,
  typescript: detectJavaScript,
  tsx: detectJavaScript,
  python: detectPython,
  java: detectJava,
  csharp: detectCSharp,
  go: detectGo,
  php: detectPhp,
  ruby: detectRuby,
};

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const sinks = code.calls().flatMap((call) => detect(call, code));
  if (code.language === 'csharp') sinks.push(...startInfoSinks(code));
  if (code.language === 'ruby' || code.language === 'php') sinks.push(...backtickSinks(code, code.language));
  const reported = new Set<string>();
  for (const found of sinks) {
    const key = `${found.command.startIndex}:${found.command.endIndex}`;
    if (reported.has(key)) continue;
    const origin = originOf(code, found.command, 'shell');
    const confidence = injectionConfidence(origin);
    if (confidence === undefined) continue;
    reported.add(key);
    const severity: Severity = origin.weak || found.runner === 'split' ? 'medium' : origin.kind === 'request' ? 'critical' : 'high';
    context.report({
      node: found.command,
      message: messageFor(origin, found.api, found.family, found.runner),
      severity,
      confidence,
      ...relatedEvidence(origin, found.command, EVIDENCE_NOTES),
    });
  }
}

export const commandInjection: Rule = {
  meta: {
    id: 'injection/command-injection',
    title: 'Shell command built from non-constant input',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [78],
    owasp: 'A03:2021 Injection',
    policy: ['vulnerability-scanning-guide#scanning-requirements', 'tg:justice-digital-software-engineering-standards#security-standards'],
    basis: 'explicit',
    why:
      'A shell reads ;, |, $() and backticks in the text it is given, so a value spliced into a command line can run any other command with the service\'s privileges. ' +
      'MoJ requires scanning for command injection (Vulnerability Scanning Guide: Scanning requirements) and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).',
    howToFix:
      'Run the program directly with an argument array and no shell (execFile, subprocess.run([...]), ProcessBuilder with separate strings, exec.Command with separate arguments, system with several arguments); ' +
      'where a shell cannot be avoided, quote each value for the shell (shlex.quote, escapeshellarg, Shellwords.escape).',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: [
      'child_process', 'shelljs', 'os.system', 'popen', 'subprocess', 'commands', 'create_subprocess_shell', 'getoutput', 'exec', 'ProcessBuilder',
      'Process.Start', 'ProcessStartInfo', 'system', 'passthru', 'proc_open', '`', '%x', 'Open3', 'spawn', 'promisify',
    ],
    examples: {
      javascript: "execFile('convert', [input, output], callback);",
      typescript: "execFile('convert', [input, output], callback);",
      tsx: "execFile('convert', [input, output], callback);",
      python: "subprocess.run(['convert', path, out], check=True)",
      java: 'Process process = new ProcessBuilder("convert", input, output).start();',
      csharp: 'var info = new ProcessStartInfo("convert") { ArgumentList = { input, output } };',
      go: 'out, err := exec.Command("convert", input, output).Output()',
      php: "exec('convert ' . escapeshellarg($input) . ' ' . escapeshellarg($output));",
      ruby: "system('convert', input, output)",
    },
  },
  check,
};
