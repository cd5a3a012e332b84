/**
 * web-config/debug-mode: a framework's debug mode switched on in configuration that a live
 * service runs with. Debug modes show stack traces, settings and source to anyone who triggers
 * an error, and Werkzeug's interactive debugger (Flask) runs any Python a visitor types.
 *
 * What it reports:
 * - Flask: `app.run(debug=True)` (also `run_server` and `socketio.run(app, debug=True)`),
 *   `app.debug = True`, `app.config['DEBUG'] = True` and `app.config.update(DEBUG=True)`;
 *   `DEBUG = True` inside a configuration class named for production;
 * - Django: a module-level `DEBUG = True` in a settings module (`settings.py`, `settings/*.py`, or
 *   a module that defines `INSTALLED_APPS`), at medium confidence in shared base modules
 *   (`settings/base.py`, `common.py`), which environments usually override;
 * - environment settings in `.env` files, Dockerfile `ENV`, Compose and Kubernetes environment
 *   lists: `FLASK_DEBUG=1`, `FLASK_ENV=development`, `DJANGO_DEBUG=True`, Laravel's `APP_DEBUG=true`;
 * - ASP.NET: `web.config` `<customErrors mode="Off">`, `<compilation debug="true">` and
 *   `<httpErrors errorMode="Detailed">`; `app.UseDeveloperExceptionPage()` (and
 *   `UseDatabaseErrorPage()`) outside an `if (env.IsDevelopment())` branch;
 * - Rails: `config.consider_all_requests_local = true` in an environment file other than
 *   development or test;
 * - PHP: `ini_set('display_errors', '1')` and `display_errors = On` in `php.ini`; Laravel
 *   `'debug' => true` written into `config/app.php`;
 * - Express: the development-only `errorhandler()` middleware outside a `NODE_ENV` check.
 *
 * What it leaves alone, and why:
 * - files whose name says they are for development, tests or examples (`settings/dev.py`,
 *   `local_settings.py`, `test_settings.py`, `.env.example`, `.env.local`, `.env.development`,
 *   `docker-compose.override.yml`, `Dockerfile.dev`, `Web.Debug.config`): debug on is their job;
 * - Flask configuration classes named for development or tests, and other classes;
 * - Spring's `server.error.include-stacktrace` and `include-message`: they put error detail in
 *   responses, so web-config/error-disclosure owns them; Spring DevTools disables itself in a
 *   packaged application, and `debug=true` only changes logging, so neither is reported;
 * - Express `app.set('env', 'development')` and `NODE_ENV=development` (too weak a signal), and
 *   `display_errors=stderr`, which writes to the server's error stream, not the page.
 *
 * Fixes turn the flag off. They are safe where nothing else depends on the flag (Flask, ASP.NET,
 * Rails, PHP, Laravel); for Django they are suggestions, because with `DEBUG = False` Django
 * refuses every request until `ALLOWED_HOSTS` lists the service's host names.
 */
import type { CallSite, CodeModel, ConfigEntry, Confidence, Range, Rule, RuleContext, Severity, SyntaxNode, TextEdit } from '../../engine/contract';
import { safeRegex } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ requires that errors shown to users give away no stack traces or internal detail (Technical Security Controls Guide: Defensive layer 2), and that functions a live system does not need are disabled (Technical Controls Policy: Lockdown policy, POL.TCP.096).';

type Kind =
  | 'flaskRun'
  | 'flaskSetting'
  | 'django'
  | 'environment'
  | 'customErrors'
  | 'compilation'
  | 'httpErrors'
  | 'developerPage'
  | 'rails'
  | 'php'
  | 'laravel'
  | 'errorhandler';

const FOUND: Readonly<Record<Kind, (name: string) => string>> = {
  flaskRun: (name) => `The Flask app is started with ${name}, which turns on Werkzeug's interactive debugger: anyone who can trigger an error can run Python on the server.`,
  flaskSetting: (name) => `Flask debug mode is switched on (${name}), which shows stack traces and, with the development server, an interactive debugger that runs Python.`,
  django: () => 'Django DEBUG is True in a settings module, so error pages show stack traces, local variables and settings to every visitor.',
  environment: (name) => `The environment setting ${name} switches the framework's debug mode on, so error pages show stack traces and configuration to visitors.`,
  customErrors: () => 'customErrors mode="Off" sends ASP.NET\'s detailed error pages, with stack traces and source lines, to remote visitors.',
  compilation: () => 'compilation debug="true" builds the ASP.NET site with debug symbols and detailed error information, and slows it down.',
  httpErrors: () => 'httpErrors errorMode="Detailed" sends IIS\'s detailed error pages, with paths and module details, to remote visitors.',
  developerPage: (name) => `${name}() is called without an IsDevelopment() check, so the developer exception page, with stack traces and request details, is shown in production.`,
  rails: () => 'config.consider_all_requests_local = true in a deployed Rails environment shows the full error page, with the backtrace, to every visitor.',
  php: (name) => `${name} shows PHP errors, with file paths and code details, in the page sent to visitors.`,
  laravel: () => "Laravel's config/app.php sets 'debug' => true, so error pages show stack traces, queries and environment values whatever APP_DEBUG says.",
  errorhandler: () => 'The errorhandler middleware, meant for development only, is used without an environment check, so error responses carry full stack traces.',
};

const ADVICE: Readonly<Record<Kind, string>> = {
  flaskRun: 'Leave debug off in code (app.run() or debug=False), and use `flask run --debug` only on a developer machine.',
  flaskSetting: 'Set DEBUG to False, and switch debug on only from a development-only configuration or the `--debug` flag.',
  django: "Set DEBUG = False (read it from the environment, defaulting to False) and list the service's host names in ALLOWED_HOSTS.",
  environment: 'Set the debug setting to false (or leave it out) for deployed environments; keep debug values in development-only files such as .env.development.',
  customErrors: 'Use mode="RemoteOnly" or mode="On" with a defaultRedirect to a generic error page.',
  compilation: 'Set debug="false" (or remove the attribute) in the deployed web.config; keep debug in Web.Debug.config transforms.',
  httpErrors: 'Use errorMode="DetailedLocalOnly" (the default) or errorMode="Custom".',
  developerPage: 'Call it only inside if (app.Environment.IsDevelopment()) and use app.UseExceptionHandler("/error") otherwise.',
  rails: 'Set config.consider_all_requests_local = false in production.rb and every deployed environment.',
  php: "Set display_errors to Off (ini_set('display_errors', '0')) and log errors with log_errors = On instead.",
  laravel: "Use 'debug' => (bool) env('APP_DEBUG', false) and set APP_DEBUG=false in deployed environments.",
  errorhandler: "Register it only when process.env.NODE_ENV === 'development', and use an error handler that returns a generic message otherwise.",
};

function messageFor(kind: Kind, name: string): string {
  return `${FOUND[kind](name)} ${CONTROL} ${ADVICE[kind]}`;
}

// ---------------------------------------------------------------------------------------------
// Files meant for development
// ---------------------------------------------------------------------------------------------

/** Words in a file name that say the file configures a developer machine, tests or an example. */
const DEVELOPMENT_WORDS: ReadonlySet<string> = new Set([
  'dev', 'develop', 'development', 'local', 'test', 'tests', 'testing', 'example', 'examples', 'sample', 'template', 'dist', 'debug',
  'override', 'ci', 'demo',
]);
const NAME_WORD = safeRegex('[a-z0-9]+', 'g');

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}

/** `settings/dev.py`, `local_settings.py`, `.env.example`, `docker-compose.override.yml`, `Web.Debug.config`. */
function isDevelopmentFile(path: string): boolean {
  return (fileName(path).match(NAME_WORD) ?? []).some((word) => DEVELOPMENT_WORDS.has(word));
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

interface Flag {
  readonly kind: Kind;
  readonly name: string;
  readonly range: Range;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  readonly edit?: TextEdit;
  readonly safe: boolean;
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function isTrue(code: CodeModel, node: SyntaxNode): boolean {
  const value = code.valueOf(node);
  return value.kind === 'boolean' && value.value;
}

/** The literal that turns the flag off, in the literal's own spelling. */
function falseLiteral(text: string): string | undefined {
  switch (text) {
    case 'True': return 'False';
    case 'true': return 'false';
    case 'TRUE': return 'FALSE';
    case '1': return '0';
    case 'On': return 'Off';
    case 'on': return 'off';
    case 'ON': return 'OFF';
    case 'yes': return 'no';
    case 'Yes': return 'No';
    default: return undefined;
  }
}

function flipEdit(node: SyntaxNode): TextEdit | undefined {
  const replacement = falseLiteral(node.text);
  return replacement === undefined ? undefined : { start: node.startIndex, end: node.endIndex, newText: replacement };
}

// ---------------------------------------------------------------------------------------------
// Python: Flask and Django
// ---------------------------------------------------------------------------------------------

const FLASK_RUNNERS: ReadonlySet<string> = new Set(['run', 'run_server']);

function importsFlask(code: CodeModel): boolean {
  return code.imports().some((binding) => binding.target === 'flask' || binding.target.startsWith('flask.') || binding.target.startsWith('flask_'));
}

/** Names assigned `Flask(...)` in the file, such as `app`. */
function flaskAppNames(code: CodeModel): Set<string> {
  const names = new Set<string>();
  for (const assignment of code.assignments()) {
    const call = code.calls().find((candidate) => candidate.node.id === assignment.value.id);
    if (call !== undefined && (call.qualified === 'flask.Flask' || call.callee === 'Flask')) names.add(assignment.target);
  }
  return names;
}

function enclosingClassName(node: SyntaxNode): string | undefined {
  for (let current = node.parent; current !== null; current = current.parent) {
    if (current.type === 'class_definition') return current.childForFieldName('name')?.text;
    if (current.type === 'function_definition') return undefined;
  }
  return undefined;
}

const CLASS_WORD = safeRegex('[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])', 'g');
const PRODUCTION_CLASS_WORDS: ReadonlySet<string> = new Set(['prod', 'production', 'live', 'staging', 'release']);

function classWords(name: string): string[] {
  return (name.match(CLASS_WORD) ?? []).map((word) => word.toLowerCase());
}

function pythonFlags(code: CodeModel, path: string, text: string): Flag[] {
  const flags: Flag[] = [];
  const flask = importsFlask(code);
  const apps = flaskAppNames(code);
  const isFlaskApp = (receiver: SyntaxNode | undefined): boolean => receiver !== undefined && (apps.has(receiver.text) || flask);

  for (const call of code.calls()) {
    const debug = call.args.find((argument) => argument.name === 'debug');
    if (debug !== undefined && FLASK_RUNNERS.has(call.name) && call.receiver !== undefined && isTrue(code, debug.node)) {
      const confidence: Confidence = isFlaskApp(call.receiver) || call.name === 'run_server' || call.receiver.text === 'socketio' ? 'high' : 'medium';
      const edit = flipEdit(debug.node);
      flags.push({ kind: 'flaskRun', name: `${call.callee}(debug=True)`, range: rangeOf(debug.node.parent ?? debug.node), severity: 'high', confidence, ...(edit ? { edit } : {}), safe: true });
      continue;
    }
    // app.config.update(DEBUG=True)
    if (call.name === 'update' && call.receiver?.text.endsWith('.config') === true && isFlaskApp(call.receiver)) {
      const setting = call.args.find((argument) => argument.name === 'DEBUG');
      if (setting !== undefined && isTrue(code, setting.node)) {
        const edit = flipEdit(setting.node);
        flags.push({ kind: 'flaskSetting', name: `${call.callee}(DEBUG=True)`, range: rangeOf(setting.node.parent ?? setting.node), ...(edit ? { edit } : {}), safe: true });
      }
    }
  }

  const django = isDjangoSettings(path, text);
  for (const assignment of code.assignments()) {
    if (!isTrue(code, assignment.value)) continue;
    const target = assignment.target.replaceAll('"', "'");
    const edit = flipEdit(assignment.value);
    const flagFields = { range: rangeOf(assignment.node), ...(edit ? { edit } : {}) };
    const receiver = target.endsWith('.debug') ? target.slice(0, -'.debug'.length) : target.endsWith(".config['DEBUG']") ? target.slice(0, -".config['DEBUG']".length) : undefined;
    if (receiver !== undefined && (apps.has(receiver) || (flask && !receiver.includes('.')))) {
      flags.push({ kind: 'flaskSetting', name: `${assignment.target} = True`, ...flagFields, safe: true });
      continue;
    }
    if (target !== 'DEBUG') continue;
    const className = enclosingClassName(assignment.node);
    if (className !== undefined) {
      // Flask configuration classes: only the one named for production is a finding.
      if (classWords(className).some((word) => PRODUCTION_CLASS_WORDS.has(word))) {
        flags.push({ kind: 'flaskSetting', name: `${className}.DEBUG = True`, ...flagFields, safe: true });
      }
      continue;
    }
    if (django && code.enclosingFunction(assignment.node) === undefined) {
      // Shared base settings are usually overridden per environment, so they are less certain.
      const shared = SHARED_SETTINGS.has(fileName(path));
      flags.push({ kind: 'django', name: 'DEBUG', ...flagFields, ...(shared ? { confidence: 'medium' as const } : {}), safe: false });
    }
  }
  return flags;
}

/** Settings modules that other environments import and override. */
const SHARED_SETTINGS: ReadonlySet<string> = new Set(['base.py', 'common.py', 'defaults.py', 'default.py', 'shared.py']);

function isDjangoSettings(path: string, text: string): boolean {
  const name = fileName(path);
  return name === 'settings.py' || path.toLowerCase().includes('/settings/') || path.toLowerCase().startsWith('settings/') || text.includes('INSTALLED_APPS');
}

// ---------------------------------------------------------------------------------------------
// C#: the developer exception page
// ---------------------------------------------------------------------------------------------

const DEVELOPER_PAGES: ReadonlySet<string> = new Set(['UseDeveloperExceptionPage', 'UseDatabaseErrorPage']);
const DEVELOPMENT_CHECK = safeRegex('\\bIs(?:Development|Environment|Staging)\\s*\\(|"Development"');
const PRODUCTION_CHECK = safeRegex('\\bIsProduction\\s*\\(|"Production"');

/**
 * Inside the development branch of an environment check: `if (env.IsDevelopment()) { … }`, the
 * else of `if (!env.IsDevelopment())` or of `if (env.IsProduction())`; or in a convention-based
 * `ConfigureDevelopment` method.
 */
function isGuardedByEnvironment(node: SyntaxNode): boolean {
  let child: SyntaxNode = node;
  for (let current = node.parent; current !== null; child = current, current = current.parent) {
    if (current.type === 'if_statement') {
      const condition = current.childForFieldName('condition');
      const branch = current.childForFieldName('consequence')?.id === child.id ? 'then' : current.childForFieldName('alternative')?.id === child.id ? 'else' : undefined;
      if (condition !== null && branch !== undefined) {
        const negated = condition.text.trimStart().startsWith('!');
        const development = DEVELOPMENT_CHECK.test(condition.text) !== negated;
        const production = PRODUCTION_CHECK.test(condition.text) !== negated;
        if ((DEVELOPMENT_CHECK.test(condition.text) && development === (branch === 'then')) || (PRODUCTION_CHECK.test(condition.text) && production === (branch === 'else'))) return true;
      }
    }
    if (current.type === 'method_declaration' && current.childForFieldName('name')?.text.startsWith('ConfigureDevelopment') === true) return true;
  }
  return false;
}

function csharpFlags(code: CodeModel): Flag[] {
  return code.calls()
    .filter((call: CallSite) => DEVELOPER_PAGES.has(call.name) && !isGuardedByEnvironment(call.node))
    .map((call) => ({ kind: 'developerPage' as const, name: call.name, range: rangeOf(call.node), confidence: 'medium' as const, safe: false }));
}

// ---------------------------------------------------------------------------------------------
// Ruby: Rails environments
// ---------------------------------------------------------------------------------------------

function rubyFlags(code: CodeModel, path: string): Flag[] {
  if (!path.includes('config/environments/')) return [];
  return code.assignments()
    .filter((assignment) => assignment.target === 'config.consider_all_requests_local' && isTrue(code, assignment.value))
    .map((assignment) => {
      const edit = flipEdit(assignment.value);
      return { kind: 'rails' as const, name: assignment.target, range: rangeOf(assignment.node), ...(edit ? { edit } : {}), safe: true };
    });
}

// ---------------------------------------------------------------------------------------------
// JavaScript: the errorhandler middleware
// ---------------------------------------------------------------------------------------------

const NODE_DEVELOPMENT_CHECK = safeRegex("NODE_ENV|development|get\\(\\s*['\"]env['\"]\\s*\\)|isDev");

/** Inside `if (<development check>)` or the matching branch of a ternary. */
function isInsideDevelopmentCheck(node: SyntaxNode): boolean {
  for (let current = node.parent; current !== null; current = current.parent) {
    const condition = current.childForFieldName('condition');
    if (condition !== null && (current.type === 'if_statement' || current.type === 'ternary_expression') && NODE_DEVELOPMENT_CHECK.test(condition.text)) return true;
  }
  return false;
}

function javascriptFlags(code: CodeModel): Flag[] {
  return code.calls()
    .filter((call) => call.qualified === 'errorhandler' && !isInsideDevelopmentCheck(call.node))
    .map((call) => ({ kind: 'errorhandler' as const, name: call.callee, range: rangeOf(call.node), safe: false }));
}

// ---------------------------------------------------------------------------------------------
// PHP: ini_set
// ---------------------------------------------------------------------------------------------

const PHP_ON_VALUES: ReadonlySet<string> = new Set(['1', 'on', 'true', 'yes']);

function phpFlags(code: CodeModel, path: string): Flag[] {
  const flags: Flag[] = [];
  if (path.endsWith('config/app.php')) {
    for (const pair of code.keyValues()) {
      if (pair.key !== 'debug' || pair.value.type !== 'boolean' || pair.value.text.toLowerCase() !== 'true') continue;
      flags.push({ kind: 'laravel', name: "'debug' => true", range: rangeOf(pair.node), edit: { start: pair.value.startIndex, end: pair.value.endIndex, newText: 'false' }, safe: true });
    }
  }
  for (const call of code.calls()) {
    if (call.receiver !== undefined || call.name.toLowerCase() !== 'ini_set') continue;
    const [setting, value] = call.args;
    const name = setting ? code.valueOf(setting.node) : undefined;
    if (value === undefined || name?.kind !== 'string' || name.value !== 'display_errors') continue;
    const current = code.valueOf(value.node);
    const on = (current.kind === 'string' && PHP_ON_VALUES.has(current.value.toLowerCase())) || (current.kind === 'number' && current.value === 1) || (current.kind === 'boolean' && current.value);
    if (!on) continue;
    const literal = value.node.text;
    const quote = literal.startsWith("'") || literal.startsWith('"') ? literal[0] : '';
    flags.push({
      kind: 'php',
      name: `ini_set('display_errors', ${literal})`,
      range: rangeOf(call.node),
      edit: { start: value.node.startIndex, end: value.node.endIndex, newText: `${quote ?? ''}0${quote ?? ''}` },
      safe: true,
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// Configuration files
// ---------------------------------------------------------------------------------------------

const ON_VALUES: ReadonlySet<string> = new Set(['1', 'true', 'yes', 'on']);

/** Environment variables that switch a framework's debug mode on, with the value that does it. */
function debugVariable(name: string, value: string): boolean {
  const lower = value.trim().toLowerCase();
  switch (name) {
    case 'FLASK_DEBUG':
    case 'APP_DEBUG':
    case 'DJANGO_DEBUG':
      return ON_VALUES.has(lower);
    case 'FLASK_ENV':
      return lower === 'development';
    default:
      return false;
  }
}

function environmentFlag(name: string, value: string, range: Range, valueRange: Range): Flag | undefined {
  if (!debugVariable(name, value)) return undefined;
  const replacement = name === 'FLASK_ENV' ? 'production' : falseLiteral(value.trim()) ?? (value.trim().toLowerCase() === 'true' ? 'false' : '0');
  return { kind: 'environment', name: `${name}=${value.trim()}`, range, edit: { ...valueRange, newText: replacement }, safe: true };
}

const ASSIGNMENT = safeRegex('^([A-Za-z_][A-Za-z0-9_]*)=(.*)$');

/** `ENV A=1 B="x y"` or the legacy `ENV NAME value`: each variable with its ranges. */
function dockerEnvFlags(text: string, entry: ConfigEntry): Flag[] {
  const valueRange = entry.valueRange;
  if (valueRange === undefined) return [];
  const words = shellWords(text, valueRange.start, valueRange.end);
  const [first, second] = words;
  if (first === undefined) return [];
  const flags: Flag[] = [];
  if (!ASSIGNMENT.test(first.text) && second !== undefined) {
    const last = words[words.length - 1] ?? second;
    const value = text.slice(second.start, last.end);
    const flag = environmentFlag(first.text, unquote(value), { start: first.start, end: last.end }, unquotedRange(text, { start: second.start, end: last.end }));
    return flag ? [flag] : [];
  }
  for (const word of words) {
    const match = ASSIGNMENT.exec(word.text);
    if (match === null) continue;
    const name = match[1] ?? '';
    const raw = match[2] ?? '';
    const valueStart = word.start + name.length + 1;
    const flag = environmentFlag(name, unquote(raw), word, unquotedRange(text, { start: valueStart, end: word.end }));
    if (flag) flags.push(flag);
  }
  return flags;
}

function isBlank(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r';
}

interface Word extends Range {
  readonly text: string;
}

/** Words split on blanks outside quotes. */
function shellWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let index = start;
  while (index < end) {
    while (index < end && isBlank(text[index])) index++;
    if (index >= end) break;
    const wordStart = index;
    let quote: string | undefined;
    while (index < end) {
      const character = text[index] ?? '';
      if (quote !== undefined) {
        if (character === quote) quote = undefined;
      } else if (character === '"' || character === "'") {
        quote = character;
      } else if (isBlank(character)) {
        break;
      }
      index++;
    }
    words.push({ start: wordStart, end: index, text: text.slice(wordStart, index) });
  }
  return words;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const first = trimmed[0];
  return (first === '"' || first === "'") && trimmed.endsWith(first) && trimmed.length >= 2 ? trimmed.slice(1, -1) : trimmed;
}

/** The range inside the quotes of a quoted value. */
function unquotedRange(text: string, range: Range): Range {
  const first = text[range.start];
  if ((first === '"' || first === "'") && range.end - range.start >= 2 && text[range.end - 1] === first) return { start: range.start + 1, end: range.end - 1 };
  return range;
}

const LIST_INDEX = safeRegex('^\\d+$');

/** A quoted value's range stops inside the quotes; a setting's range includes the closing one. */
function endWithClosingQuote(text: string, valueRange: Range): number {
  const before = text[valueRange.start - 1];
  return (before === '"' || before === "'") && text[valueRange.end] === before ? valueRange.end + 1 : valueRange.end;
}

/** Compose `environment:` maps and `- NAME=value` lists, and Kubernetes `env:` `name`/`value` pairs. */
function yamlFlags(entries: readonly ConfigEntry[], text: string): Flag[] {
  const flags: Flag[] = [];
  for (const entry of entries) {
    const { value, valueRange } = entry;
    if (value === undefined || valueRange === undefined) continue;
    const parent = entry.path[entry.path.length - 2];
    if (parent === 'environment' && LIST_INDEX.test(entry.key)) {
      const match = ASSIGNMENT.exec(value);
      if (match === null) continue;
      const name = match[1] ?? '';
      const flag = environmentFlag(name, match[2] ?? '', valueRange, { start: valueRange.start + name.length + 1, end: valueRange.end });
      if (flag) flags.push(flag);
    } else if (parent === 'environment') {
      const flag = environmentFlag(entry.key, value, { start: entry.keyRange.start, end: endWithClosingQuote(text, valueRange) }, valueRange);
      if (flag) flags.push(flag);
    } else if (entry.key === 'value' && entry.path.includes('env')) {
      const prefix = entry.path.slice(0, -1).join('\u0000');
      const name = entries.find((other) => other.key === 'name' && other.path.slice(0, -1).join('\u0000') === prefix)?.value;
      const flag = name === undefined ? undefined : environmentFlag(name, value, { start: entry.keyRange.start, end: endWithClosingQuote(text, valueRange) }, valueRange);
      if (flag) flags.push(flag);
    }
  }
  return flags;
}

function xmlFlags(entries: readonly ConfigEntry[], text: string): Flag[] {
  const flags: Flag[] = [];
  for (const entry of entries) {
    const { value, valueRange } = entry;
    if (value === undefined || valueRange === undefined) continue;
    const element = entry.path[entry.path.length - 2];
    const attribute = entry.key.toLowerCase();
    const setting = { start: entry.keyRange.start, end: text[valueRange.end] === '"' || text[valueRange.end] === "'" ? valueRange.end + 1 : valueRange.end };
    const lower = value.toLowerCase();
    if (element === 'customErrors' && attribute === '@mode' && lower === 'off') {
      flags.push({ kind: 'customErrors', name: 'customErrors', range: setting, edit: { ...valueRange, newText: 'RemoteOnly' }, safe: true });
    } else if (element === 'compilation' && attribute === '@debug' && lower === 'true') {
      flags.push({ kind: 'compilation', name: 'compilation', range: setting, severity: 'low', edit: { ...valueRange, newText: 'false' }, safe: true });
    } else if (element === 'httpErrors' && attribute === '@errormode' && lower === 'detailed') {
      flags.push({ kind: 'httpErrors', name: 'httpErrors', range: setting, edit: { ...valueRange, newText: 'DetailedLocalOnly' }, safe: true });
    }
  }
  return flags;
}

function configFlags(context: RuleContext): Flag[] {
  const config = context.config;
  if (config === undefined) return [];
  const { text } = context.document;
  const entries = config.entries();
  switch (config.format) {
    case 'dotenv':
      return entries.flatMap((entry) => {
        const valueRange = entry.valueRange;
        const flag = entry.value === undefined || valueRange === undefined ? undefined : environmentFlag(entry.key, entry.value, { start: entry.keyRange.start, end: valueRange.end }, valueRange);
        // A bare `.env` is often a developer's own copy; a named deployed one (`.env.production`) is certain.
        return flag ? [{ ...flag, confidence: fileName(context.document.path) === '.env' ? 'medium' as const : 'high' as const }] : [];
      });
    case 'dockerfile':
      return entries.filter((entry) => entry.key === 'ENV').flatMap((entry) => dockerEnvFlags(text, entry));
    case 'yaml':
      return yamlFlags(entries, text);
    case 'xml':
      return xmlFlags(entries, text);
    case 'ini':
      return entries
        .filter((entry) => entry.key === 'display_errors' && entry.value !== undefined && PHP_ON_VALUES.has(unquote(entry.value).toLowerCase()))
        .flatMap((entry) => {
          const valueRange = entry.valueRange;
          if (valueRange === undefined) return [];
          const inner = unquotedRange(text, valueRange);
          const replacement = falseLiteral(text.slice(inner.start, inner.end)) ?? 'Off';
          return [{ kind: 'php' as const, name: 'display_errors = On', range: { start: entry.keyRange.start, end: valueRange.end }, edit: { ...inner, newText: replacement }, safe: true }];
        });
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function codeFlags(context: RuleContext): Flag[] {
  const code = context.code;
  if (code === undefined) return [];
  const { path, text } = context.document;
  switch (code.language) {
    case 'python': return pythonFlags(code, path, text);
    case 'csharp': return csharpFlags(code);
    case 'ruby': return rubyFlags(code, path);
    case 'php': return phpFlags(code, path);
    case 'javascript':
    case 'typescript':
    case 'tsx': return javascriptFlags(code);
    default: return [];
  }
}

function check(context: RuleContext): void {
  if (isDevelopmentFile(context.document.path)) return;
  for (const flag of [...codeFlags(context), ...configFlags(context)]) {
    if (context.isInComment(flag.range.start)) continue;
    const title = flag.kind === 'django' ? 'Set DEBUG = False (list the hosts in ALLOWED_HOSTS too)' : 'Turn debug mode off';
    context.report({
      range: flag.range,
      message: messageFor(flag.kind, flag.name),
      ...(flag.severity ? { severity: flag.severity } : {}),
      ...(flag.confidence ? { confidence: flag.confidence } : {}),
      ...(flag.edit ? { fix: { title, edits: [flag.edit], safety: flag.safe ? 'safe' as const : 'suggestion' as const } } : {}),
    });
  }
}

export const debugMode: Rule = {
  meta: {
    id: 'web-config/debug-mode',
    title: 'Debug mode switched on in deployed configuration',
    area: 'web-config',
    severity: 'medium',
    confidence: 'high',
    cwe: [489, 215],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'technical-security-controls-guide-defensive-layer-2#defensive-layer-2-implementing-monitoring-capabilities',
      'technical-controls-policy#lockdown-policy',
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
    ],
    basis: 'indirect',
    why:
      'Debug modes show stack traces, settings and source code to whoever triggers an error, and some (Werkzeug\'s debugger) run code typed into the page. ' +
      'MoJ requires that errors shown to users give away no stack traces or internal detail (Technical Security Controls Guide: Defensive layer 2) and that functions a live system does not need are disabled (POL.TCP.096).',
    howToFix:
      'Turn debug off in every deployed configuration (DEBUG = False, APP_DEBUG=false, customErrors mode="RemoteOnly", display_errors Off) and switch it on only in development-only files or flags.',
    fixSafety: 'suggestion',
    languages: ['python', 'csharp', 'ruby', 'php', 'javascript', 'typescript', 'tsx', 'dotenv', 'dockerfile', 'yaml', 'xml', 'ini'],
    prefilter: ['debug', 'customErrors', 'httpErrors', 'DeveloperExceptionPage', 'DatabaseErrorPage', 'consider_all_requests_local', 'display_errors', 'FLASK_ENV', 'errorhandler'],
    examples: {
      python: "app.run(debug=os.environ.get('FLASK_DEBUG') == '1')",
      csharp: 'if (app.Environment.IsDevelopment()) { app.UseDeveloperExceptionPage(); }',
      ruby: 'config.consider_all_requests_local = false',
      php: "ini_set('display_errors', '0');",
      javascript: "if (process.env.NODE_ENV === 'development') app.use(errorhandler());",
      typescript: "if (process.env.NODE_ENV === 'development') app.use(errorhandler());",
      tsx: "if (process.env.NODE_ENV === 'development') app.use(errorhandler());",
      dotenv: 'APP_DEBUG=false',
      dockerfile: 'ENV FLASK_DEBUG=0',
      yaml: 'environment:\n  - FLASK_DEBUG=0',
      xml: '<customErrors mode="RemoteOnly" defaultRedirect="~/Error" />',
      ini: 'display_errors = Off',
    },
  },
  check,
};
