/**
 * injection/path-traversal: request data used as a file path. Node's `fs` family (and
 * `fs/promises`, `fs-extra`), Express `res.sendFile`/`res.download` without a `root`, Python
 * `open`, `os` and `shutil` file calls, Flask `send_file`, Starlette's `FileResponse` and pathlib
 * reads (`Path(x).read_text()`, `(BASE / name).read_bytes()`), Java `File`/stream constructors and
 * `Files.*`, C# `File.*`, `FileStream`, `FileInfo` and `PhysicalFile`, Go `os`/`ioutil` file calls,
 * `http.ServeFile` and the frameworks' `c.File`, PHP `include`/`require` and file functions, and
 * Ruby `File`/`IO` reads and writes, `send_file` and `render file:`.
 *
 * The engine's data-flow helper says where the path comes from. Joining with a base folder
 * (`path.join`, `os.path.join`, `Path.Combine`, `filepath.Join`, `File.join`, `Path.resolve`) does
 * not help and is followed through; keeping only the file name (`basename` and its equivalents,
 * werkzeug's `secure_filename`) does, and silences the finding. A check on the resolved path
 * earlier in the function (`startsWith(base)`, `HasPrefix`, a `..` test) also silences it: the
 * helper cannot see such guards, so the rule looks for them.
 *
 * Request data is high at high confidence; a parameter appended as text to a folder the code names
 * (`'/srv/docs/' + name`) is high at low confidence. Not reported: any other use of a parameter
 * (passed whole, joined to a folder, or at the start of the path: a helper's argument),
 * a path whose strongest part is a value the function cannot see (a configured folder), where an
 * upload was stored (`req.file.path`, `tmp_name`, Rails' `tempfile`), Rails' signed and encrypted
 * cookies, and the URL path given to `http.ServeFile` (which refuses `..` itself). Flask's
 * `send_from_directory` guards itself and is not a sink. PHP `file_get_contents`/`fopen` of a
 * value named like a URL belongs to injection/ssrf. No fix is offered: which folder the file must
 * stay in is the author's decision.
 */
import { namedArgument, positionalArgument, safeRegex } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, Rule, RuleContext, SyntaxNode, ValueOrigin } from '../../engine/contract';
import { apiName, assess, callAt, decidesWith, isGuarded, lastAssignment, leadingText, looksLikeUrl, TargetReporter } from './untrusted-target';
import type { Assessment } from './untrusted-target';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL = 'MoJ requires scanning for path traversal (Vulnerability Scanning Guide: Scanning requirements).';

type Family = 'node' | 'python' | 'java' | 'csharp' | 'go' | 'php' | 'ruby';

const ADVICE: Readonly<Record<Family, string>> = {
  node: 'Keep only the file name with path.basename(), or resolve the path and check that it still starts with the base folder; give res.sendFile a relative name and the root option.',
  python: "Keep only the file name with os.path.basename() or werkzeug's secure_filename(), or resolve the path and check that it stays inside the base folder; Flask's send_from_directory() makes that check.",
  java: 'Keep only the file name (FilenameUtils.getName, Path.getFileName), or normalise the resolved path and check that it startsWith the base folder.',
  csharp: 'Keep only the file name with Path.GetFileName(), or check that Path.GetFullPath() of the combined path starts with the base folder.',
  go: 'Keep only the file name with filepath.Base(), or check the joined path with strings.HasPrefix against the base folder (filepath.Clean alone does not stop ../).',
  php: 'Keep only the file name with basename(), or check that realpath() of the path starts with the base folder; never include a file the request names.',
  ruby: 'Keep only the file name with File.basename(), or check that File.expand_path of the path starts with the base folder.',
};

function messageFor(origin: ValueOrigin, api: string, family: Family): string {
  let found: string;
  if (origin.kind === 'request') {
    found = origin.built
      ? `A file path built from request data is passed to ${api}, so ../ in it can point outside the intended folder (path traversal).`
      : `Request data is used as a file path by ${api}, so ../ in it can point outside the intended folder (path traversal).`;
  } else {
    found = `A file path built from a function parameter is passed to ${api}; if a caller passes request data, ../ in it can point outside the intended folder (path traversal).`;
  }
  return `${found} ${CONTROL} ${ADVICE[family]}`;
}

// ---------------------------------------------------------------------------------------------
// Sinks
// ---------------------------------------------------------------------------------------------

interface Sink {
  readonly target: SyntaxNode;
  readonly api: string;
  readonly family: Family;
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

function sinksAt(call: CallSite, indexes: readonly number[], family: Family): Sink[] {
  return indexes
    .map((index) => positionalArgument(call, index))
    .filter((node): node is SyntaxNode => node !== undefined)
    .map((target) => ({ target, api: apiName(call), family }));
}

// JavaScript and TypeScript --------------------------------------------------------------------

const NODE_FS_MODULES: readonly string[] = ['fs.', 'fs/promises.', 'fs.promises.', 'fs-extra.', 'graceful-fs.'];
const NODE_FS_ONE_PATH: ReadonlySet<string> = new Set([
  'readFile', 'readFileSync', 'writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createReadStream', 'createWriteStream', 'unlink',
  'unlinkSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'readdir', 'readdirSync', 'open', 'openSync', 'truncate', 'truncateSync',
  // fs-extra
  'readJson', 'readJSON', 'readJsonSync', 'writeJson', 'outputFile', 'outputFileSync', 'remove', 'removeSync', 'pathExists',
]);
const NODE_FS_TWO_PATHS: ReadonlySet<string> = new Set(['copyFile', 'copyFileSync', 'cp', 'cpSync', 'rename', 'renameSync', 'copy', 'copySync', 'move', 'moveSync']);
const EXPRESS_SENDERS: ReadonlySet<string> = new Set(['sendFile', 'download', 'sendfile']);
const RESPONSE_NAMES: ReadonlySet<string> = new Set(['res', 'response', 'resp']);
/** `{ root: … }`: Express resolves the name inside that folder and refuses `..`. */
const ROOT_OPTION = safeRegex('(^|[{,\\s])root\\s*[:,}]');

const detectJavaScript: Detector = (call) => {
  const qualified = call.qualified.startsWith('node:') ? call.qualified.slice('node:'.length) : call.qualified;
  const module = NODE_FS_MODULES.find((prefix) => qualified.startsWith(prefix));
  if (module !== undefined) {
    const method = qualified.slice(module.length);
    if (NODE_FS_ONE_PATH.has(method)) return sinksAt(call, [0], 'node');
    if (NODE_FS_TWO_PATHS.has(method)) return sinksAt(call, [0, 1], 'node');
    return [];
  }
  if (!EXPRESS_SENDERS.has(call.name) || call.receiver === undefined || !RESPONSE_NAMES.has(call.receiver.text)) return [];
  const rooted = call.args.slice(1).some((argument) => argument.node.type === 'object' && ROOT_OPTION.test(argument.node.text.slice(1)));
  return rooted ? [] : sinksAt(call, [0], 'node');
};

// Python ---------------------------------------------------------------------------------------

const PYTHON_ONE_PATH: ReadonlySet<string> = new Set([
  'open', 'io.open', 'codecs.open', 'aiofiles.open', 'os.open', 'os.remove', 'os.unlink', 'os.rmdir', 'os.listdir', 'os.scandir', 'shutil.rmtree',
  'flask.send_file', 'send_file', 'starlette.responses.FileResponse', 'fastapi.responses.FileResponse', 'fastapi.FileResponse', 'django.views.static.serve',
]);
const PYTHON_TWO_PATHS: ReadonlySet<string> = new Set(['shutil.copy', 'shutil.copyfile', 'shutil.copy2', 'shutil.move', 'os.rename', 'os.replace']);
const PYTHON_PATH_CLASSES: ReadonlySet<string> = new Set(['Path', 'pathlib.Path', 'PurePath', 'pathlib.PurePath']);
const PATHLIB_ACCESS: ReadonlySet<string> = new Set(['read_text', 'read_bytes', 'write_text', 'write_bytes', 'open', 'unlink', 'rmdir']);

const detectPython: Detector = (call, code) => {
  if (PYTHON_ONE_PATH.has(call.qualified) && (call.qualified !== 'open' || call.receiver === undefined)) {
    const target = positionalArgument(call, 0) ?? namedArgument(call, 'file') ?? namedArgument(call, 'path') ?? namedArgument(call, 'path_or_file') ?? namedArgument(call, 'filename');
    return target ? [{ target, api: apiName(call), family: 'python' }] : [];
  }
  if (PYTHON_TWO_PATHS.has(call.qualified)) return sinksAt(call, [0, 1], 'python');
  // `Path(user_path).read_text()`: the path object is made and used in one expression.
  // `(BASE / name).read_text()`.
  if (PATHLIB_ACCESS.has(call.name) && call.receiver?.type === 'parenthesized_expression') return [{ target: call.receiver, api: `Path.${call.name}`, family: 'python' }];
  if (PATHLIB_ACCESS.has(call.name) && call.receiver?.type === 'call') {
    const maker = callAt(code, call.receiver);
    if (maker !== undefined && (PYTHON_PATH_CLASSES.has(maker.qualified) || PYTHON_PATH_CLASSES.has(maker.callee))) {
      return [{ target: call.receiver, api: `Path.${call.name}`, family: 'python' }];
    }
  }
  return [];
};

// Java -----------------------------------------------------------------------------------------

const JAVA_FILE_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'File', 'FileInputStream', 'FileOutputStream', 'FileReader', 'FileWriter', 'RandomAccessFile', 'FileSystemResource', 'PrintWriter',
]);
const JAVA_FILES_ONE_PATH: ReadonlySet<string> = new Set([
  'readAllBytes', 'readAllLines', 'readString', 'lines', 'newInputStream', 'newOutputStream', 'newBufferedReader', 'newBufferedWriter', 'write',
  'writeString', 'delete', 'deleteIfExists', 'list', 'walk', 'newByteChannel', 'createFile', 'createDirectories',
]);
const JAVA_FILES_TWO_PATHS: ReadonlySet<string> = new Set(['copy', 'move']);

const detectJava: Detector = (call) => {
  if (call.isConstructor) {
    const type = call.callee.startsWith('java.io.') ? call.callee.slice('java.io.'.length) : call.callee;
    if (!JAVA_FILE_CONSTRUCTORS.has(type)) return [];
    // `new File(base, name)`: either part may carry the traversal; the streams take one path, then options.
    const indexes = type === 'File' ? [0, 1] : [0];
    return sinksAt(call, indexes, 'java').map((sink) => ({ ...sink, api: `new ${type}` }));
  }
  if (call.receiver?.text !== 'Files' && call.receiver?.text !== 'java.nio.file.Files') return [];
  if (JAVA_FILES_ONE_PATH.has(call.name)) return sinksAt(call, [0], 'java');
  if (JAVA_FILES_TWO_PATHS.has(call.name)) return sinksAt(call, [0, 1], 'java');
  return [];
};

// C# -------------------------------------------------------------------------------------------

const CSHARP_FILE_METHODS: ReadonlySet<string> = new Set([
  'ReadAllText', 'ReadAllBytes', 'ReadAllLines', 'ReadLines', 'WriteAllText', 'WriteAllBytes', 'WriteAllLines', 'AppendAllText', 'Delete', 'Open',
  'OpenRead', 'OpenWrite', 'OpenText', 'Create', 'CreateText', 'ReadAllTextAsync', 'ReadAllBytesAsync', 'ReadAllLinesAsync', 'WriteAllTextAsync',
  'WriteAllBytesAsync', 'AppendAllTextAsync',
]);
const CSHARP_FILE_TWO_PATHS: ReadonlySet<string> = new Set(['Copy', 'Move', 'Replace']);
const CSHARP_DIRECTORY_METHODS: ReadonlySet<string> = new Set(['Delete', 'GetFiles', 'EnumerateFiles', 'GetDirectories']);
const CSHARP_CONSTRUCTORS: ReadonlySet<string> = new Set(['FileStream', 'FileInfo', 'DirectoryInfo', 'PhysicalFileResult']);

const detectCSharp: Detector = (call) => {
  if (call.isConstructor) return CSHARP_CONSTRUCTORS.has(call.callee) ? sinksAt(call, [0], 'csharp').map((sink) => ({ ...sink, api: `new ${call.callee}` })) : [];
  const owner = call.receiver?.text.replace('System.IO.', '');
  if (owner === 'File' && CSHARP_FILE_METHODS.has(call.name)) return sinksAt(call, [0], 'csharp');
  if (owner === 'File' && CSHARP_FILE_TWO_PATHS.has(call.name)) return sinksAt(call, [0, 1], 'csharp');
  if (owner === 'Directory' && CSHARP_DIRECTORY_METHODS.has(call.name)) return sinksAt(call, [0], 'csharp');
  // The controller helper `PhysicalFile(path, contentType)` serves any file on the disk.
  if (call.name === 'PhysicalFile' && (owner === undefined || owner === 'this' || owner === 'base')) return sinksAt(call, [0], 'csharp');
  return [];
};

// Go -------------------------------------------------------------------------------------------

const GO_ONE_PATH: ReadonlySet<string> = new Set([
  'os.Open', 'os.OpenFile', 'os.ReadFile', 'os.WriteFile', 'os.Create', 'os.Remove', 'os.RemoveAll', 'os.ReadDir', 'os.Mkdir', 'os.MkdirAll',
  'io/ioutil.ReadFile', 'io/ioutil.WriteFile', 'io/ioutil.ReadDir', 'ioutil.ReadFile', 'ioutil.WriteFile', 'ioutil.ReadDir',
]);
/** gin's `c.File`, echo's `c.File`/`c.Attachment`, fiber's `c.SendFile`/`c.Download`. */
const GO_CONTEXT_FILE_METHODS: ReadonlySet<string> = new Set(['File', 'FileAttachment', 'Attachment', 'SendFile', 'Download']);
const GO_CONTEXT_NAMES: ReadonlySet<string> = new Set(['c', 'ctx', 'context']);

const detectGo: Detector = (call) => {
  if (GO_ONE_PATH.has(call.qualified) || GO_ONE_PATH.has(call.callee)) return sinksAt(call, [0], 'go');
  if (call.qualified === 'os.Rename' || call.callee === 'os.Rename') return sinksAt(call, [0, 1], 'go');
  if (call.qualified === 'net/http.ServeFile' || call.callee === 'http.ServeFile') return sinksAt(call, [2], 'go');
  if (GO_CONTEXT_FILE_METHODS.has(call.name) && call.receiver !== undefined && GO_CONTEXT_NAMES.has(call.receiver.text)) return sinksAt(call, [0], 'go');
  return [];
};

// PHP ------------------------------------------------------------------------------------------

const PHP_ONE_PATH: ReadonlySet<string> = new Set([
  'file_get_contents', 'fopen', 'readfile', 'file', 'unlink', 'file_put_contents', 'opendir', 'scandir', 'parse_ini_file', 'highlight_file',
  'show_source', 'rmdir', 'fpassthru_file', 'simplexml_load_file',
]);
const PHP_TWO_PATHS: ReadonlySet<string> = new Set(['copy', 'rename']);
/** Functions that also open URLs: a value named like a URL is an outbound request, reported by injection/ssrf. */
const PHP_URL_CAPABLE: ReadonlySet<string> = new Set(['file_get_contents', 'fopen', 'file', 'readfile']);

const detectPhp: Detector = (call, code) => {
  if (call.isConstructor) return call.callee === 'SplFileObject' ? sinksAt(call, [0], 'php').map((sink) => ({ ...sink, api: 'new SplFileObject' })) : [];
  if (call.receiver === undefined) {
    const name = call.name.toLowerCase();
    if (PHP_TWO_PATHS.has(name)) return sinksAt(call, [0, 1], 'php');
    if (!PHP_ONE_PATH.has(name)) return [];
    const target = positionalArgument(call, 0);
    if (target === undefined) return [];
    if (PHP_URL_CAPABLE.has(name) && looksLikeUrl(code, target)) return [];
    return [{ target, api: call.name, family: 'php' }];
  }
  // Laravel's `response()->download($path)` and `response()->file($path)`.
  if ((call.name === 'download' || call.name === 'file') && call.receiver.text.startsWith('response(')) return sinksAt(call, [0], 'php');
  return [];
};


const PHP_INCLUDES: ReadonlySet<string> = new Set(['include_expression', 'include_once_expression', 'require_expression', 'require_once_expression']);

/** `include $page . '.php';` names the file PHP runs: local file inclusion. */
function includeSinks(code: CodeModel): Sink[] {
  const sinks: Sink[] = [];
  for (const type of PHP_INCLUDES) {
    for (const node of code.nodesOfType([type])) {
      const target = node.namedChildren.find((child) => child !== null && !child.type.includes('comment'));
      if (target === undefined || target === null) continue;
      sinks.push({ target, api: type.replace('_expression', ''), family: 'php' });
    }
  }
  return sinks;
}

// Ruby -----------------------------------------------------------------------------------------

const RUBY_FILE_METHODS: ReadonlySet<string> = new Set([
  'read', 'open', 'new', 'readlines', 'binread', 'write', 'binwrite', 'delete', 'unlink', 'foreach', 'readlink', 'truncate',
]);
const RUBY_FILEUTILS: ReadonlySet<string> = new Set(['rm', 'rm_f', 'rm_r', 'rm_rf', 'remove', 'remove_file', 'remove_dir', 'cp', 'mv', 'copy', 'move']);

const detectRuby: Detector = (call) => {
  const receiver = call.receiver?.text;
  if ((receiver === 'File' || receiver === 'IO') && RUBY_FILE_METHODS.has(call.name)) return sinksAt(call, [0], 'ruby');
  if (receiver === 'FileUtils' && RUBY_FILEUTILS.has(call.name)) return sinksAt(call, [0], 'ruby');
  if (receiver !== undefined) return [];
  if (call.name === 'send_file') return sinksAt(call, [0], 'ruby');
  // `render file: params[:template]` renders any file on the disk.
  if (call.name === 'render') {
    const target = namedArgument(call, 'file');
    return target ? [{ target, api: 'render file:', family: 'ruby' }] : [];
  }
  return [];
};

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

/**
 * Checks that keep a path inside its folder: a prefix test on the resolved path, a `..` test, or
 * an allow-list, on a line that decides something (`if`, `unless`, `assert`, `?`).
 */
const PATH_CHECKS: readonly string[] = [
  'startswith', 'hasprefix', 'start_with?', 'str_starts_with', 'strpos', 'is_relative_to', 'commonpath', "'..'", '".."', "'../", '"../',
  'allowed', 'whitelist', 'allowlist', 'allow_list', 'in_array', 'include?',
];

function checksPath(line: string): boolean {
  return decidesWith(line, PATH_CHECKS, false);
}

/**
 * Where an upload was stored, a path the server chose rather than the client: multer's
 * `req.file.path`, Rails' `params[:file].path` and `.tempfile`, Django's
 * `temporary_file_path()`, PHP's `$_FILES[…]['tmp_name']`.
 */
const UPLOAD_TEMP_PATH = safeRegex('^(req\\.files?|params)(\\[[^\\]]{1,40}\\])?\\.(path|tempfile)$');

function isUploadTempPath(origin: ValueOrigin): boolean {
  const text = origin.evidence?.text ?? '';
  return origin.kind === 'request' && (UPLOAD_TEMP_PATH.test(text) || text.includes('temporary_file_path') || text.includes('tmp_name'));
}

/**
 * Whether the path is built as text (concatenation or interpolation), directly or in the variable
 * it is read from. The data-flow helper also counts `path.join(dir, name)` and `a ?? b` as
 * building, which would report every helper that joins its argument to a folder; a parameter is
 * reported only when the path is built as text, where the author chose the layout by hand.
 */
function isBuiltAsText(code: CodeModel, target: SyntaxNode): boolean {
  let node = target;
  for (let hop = 0; hop < 3 && (node.type === 'identifier' || node.type === 'variable_name'); hop++) {
    const assigned = lastAssignment(code, node);
    if (assigned === undefined) return false;
    node = assigned;
  }
  if (TEXT_BUILDERS.has(node.type)) return true;
  if (node.type === 'string') return node.namedChildren.some((child) => child?.type === 'interpolation');
  if (node.type !== 'binary_expression' && node.type !== 'binary_operator' && node.type !== 'binary') return false;
  const operator = node.childForFieldName('operator')?.text;
  return operator === '+' || operator === '.';
}

const TEXT_BUILDERS: ReadonlySet<string> = new Set(['template_string', 'interpolated_string_expression', 'encapsed_string']);

/**
 * A parameter is worth a (low) finding only where the code names a folder in text and appends the
 * value to it (`'/srv/docs/' + name`, `f"uploads/{name}"`): the shape of a file the caller picks
 * inside a fixed folder. A path that starts with the parameter or with a value this function cannot
 * see (`f"{dir_path}.bak"`, `self.root + name`) is a helper's plumbing.
 */
function appendsToFolder(code: CodeModel, target: SyntaxNode): boolean {
  const start = leadingText(code, target);
  return isBuiltAsText(code, target) && start !== undefined && (start.includes('/') || start.includes('\\'));
}

/**
 * Where the path comes from. pathlib's `BASE / name` is read by the data-flow helper as a
 * division, whose result is a number; here each operand is a path segment, and the path is
 * reported when one of them is request data.
 */
function assessPath(code: CodeModel, target: SyntaxNode): Assessment | undefined {
  const segments = code.language === 'python' ? pathSegments(code, target, 0) : undefined;
  if (segments === undefined) return assess(code, target, 'path');
  const fromRequest = segments.map((segment) => assess(code, segment, 'path')).find((found) => found?.origin.kind === 'request');
  return fromRequest === undefined ? undefined : { ...fromRequest, origin: { ...fromRequest.origin, built: true } };
}

/** The operands of `a / b / c` (through parentheses and one variable), or undefined when the value is not such a path. */
function pathSegments(code: CodeModel, node: SyntaxNode, depth: number): SyntaxNode[] | undefined {
  if (depth > 6) return undefined;
  if (node.type === 'parenthesized_expression') {
    const inner = node.namedChildren.find((child) => child !== null && !child.type.includes('comment'));
    return inner ? pathSegments(code, inner, depth + 1) : undefined;
  }
  if (node.type === 'identifier' && depth === 0) {
    const assigned = lastAssignment(code, node);
    return assigned ? pathSegments(code, assigned, depth + 1) : undefined;
  }
  if (node.type !== 'binary_operator' || node.childForFieldName('operator')?.text !== '/') return undefined;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left === null || right === null) return undefined;
  return [...(pathSegments(code, left, depth + 1) ?? [left]), ...(pathSegments(code, right, depth + 1) ?? [right])];
}

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const sinks = code.calls().flatMap((call) => detect(call, code));
  if (code.language === 'php') sinks.push(...includeSinks(code));
  sinks.sort((left, right) => left.target.startIndex - right.target.startIndex);
  const reporter = new TargetReporter(context);
  for (const sink of sinks) {
    const assessment = assessPath(code, sink.target);
    if (assessment === undefined || isUploadTempPath(assessment.origin)) continue;
    if (assessment.origin.kind === 'parameter' && !appendsToFolder(code, sink.target)) continue;
    // http.ServeFile refuses a request whose URL path has a `..` element, so a name taken from that path is checked already.
    if (sink.api.endsWith('ServeFile') && assessment.origin.evidence?.text.includes('URL.Path') === true) continue;
    if (isGuarded(code, sink.target, checksPath)) continue;
    const { origin, confidence } = assessment;
    reporter.report(sink.target, origin, messageFor(origin, sink.api, sink.family), 'high', confidence);
  }
}

export const pathTraversal: Rule = {
  meta: {
    id: 'injection/path-traversal',
    title: 'File path built from request data',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [22, 73, 98],
    owasp: 'A01:2021 Broken Access Control',
    policy: ['vulnerability-scanning-guide#scanning-requirements'],
    basis: 'explicit',
    why:
      'A file name from the request can hold ../ or an absolute path, which walks out of the folder the code meant and reads, overwrites or deletes any file the service can reach (configuration, keys, other users\' uploads); in PHP an included file runs as code. ' +
      'MoJ requires scanning for path traversal (Vulnerability Scanning Guide: Scanning requirements).',
    howToFix:
      'Keep only the file name (path.basename, os.path.basename or secure_filename, FilenameUtils.getName, Path.GetFileName, filepath.Base, basename, File.basename), ' +
      'or resolve the full path and check that it still starts with the base folder before using it; prefer an identifier that maps to a file on the server.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: [
      'fs', 'sendFile', 'download', 'open', 'remove', 'unlink', 'rmtree', 'shutil', 'send_file', 'FileResponse', 'read_text', 'read_bytes', 'write_',
      'File', 'Files', 'Directory', 'ioutil', 'ServeFile', 'Attachment', 'include', 'require', 'readfile', 'scandir', 'opendir', 'copy', 'rename', 'render',
    ],
    examples: {
      javascript: "res.sendFile(path.basename(req.params.name), { root: UPLOADS });",
      typescript: "res.sendFile(path.basename(req.params.name), { root: UPLOADS });",
      tsx: "res.sendFile(path.basename(req.params.name), { root: UPLOADS });",
      python: "return send_from_directory(UPLOADS, request.args['name'])",
      java: 'Path file = base.resolve(name).normalize(); if (!file.startsWith(base)) throw new AccessDeniedException(name);',
      csharp: 'var path = Path.Combine(Uploads, Path.GetFileName(name));',
      go: 'f, err := os.Open(filepath.Join(uploads, filepath.Base(name)))',
      php: "readfile(__DIR__ . '/uploads/' . basename($_GET['name']));",
      ruby: "send_file Rails.root.join('uploads', File.basename(params[:name]))",
    },
  },
  check,
};
