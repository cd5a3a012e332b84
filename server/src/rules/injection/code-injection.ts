/**
 * injection/code-injection: text that is not constant run as code. JavaScript's `eval`,
 * `new Function`, string timers and the `vm` module; Python's `eval`, `exec` and `compile`; PHP's
 * `eval`, `create_function`, string `assert` and `preg_replace` with the `/e` modifier; Ruby's
 * `eval` family (and `send` with a method name from the request); Java's script engines and
 * Groovy; C#'s Roslyn scripting.
 *
 * The engine's data-flow helper says where the text comes from. These sinks always treat their
 * input as code, so even a value passed along whole is worth a look (low confidence); request data
 * is critical at high confidence. Constant code, `ast.literal_eval` and `JSON.parse` are not
 * reported. Timers are reported only for built strings or request data, since a variable there is
 * usually a function. `new Function(a, b, body)` is reported once per call, at its worst argument
 * (the body on a tie). `` eval(`import("${path}")`) ``, compiled TypeScript's way of keeping a
 * dynamic import, is reported only for request data. No fix is offered: replacing evaluation
 * changes the program's design.
 */
import { injectionConfidence, originOf, positionalArgument, relatedEvidence } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, Confidence, EvidenceNotes, Rule, RuleContext, Severity, SyntaxNode, ValueOrigin } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles), and its engineering standards ask for injection to be prevented (Justice Digital software engineering standards: Security Standards).';

type Family = 'jsEval' | 'jsTimer' | 'jsVm' | 'python' | 'phpEval' | 'phpPregE' | 'rubyEval' | 'rubySend' | 'javaScript' | 'csharpScript';

const ADVICE: Readonly<Record<Family, string>> = {
  jsEval: 'Parse data with JSON.parse, and look up behaviour in a map of functions instead of building code.',
  jsTimer: 'Pass a function instead of a string: setTimeout(() => refresh(id), 1000).',
  jsVm: 'Do not run code built from input with vm, which is not a security boundary; parse data with JSON.parse instead.',
  python: 'Parse data with json.loads or ast.literal_eval, and look up behaviour in a dict of functions instead of building code.',
  phpEval: 'Parse data with json_decode, and call known functions through a match expression or an array of callables instead of building code.',
  phpPregE: 'Use preg_replace_callback() instead of the /e modifier, which was removed in PHP 7.',
  rubyEval: 'Use define_method or a block instead of a string of code, and look up behaviour in a hash instead of building code.',
  rubySend: 'Check the method name against an allow-list before calling it, or map the input to a method through a hash.',
  javaScript: 'Do not evaluate scripts built from input; pass values in as bindings (engine.put or Bindings) to a fixed script.',
  csharpScript: 'Do not evaluate scripts built from input; pass values in through a globals object to a fixed script.',
};

function messageFor(origin: ValueOrigin, api: string, family: Family): string {
  let found: string;
  if (family === 'rubySend') {
    found = `A method name from request data is called through ${api}, so a crafted value can call any method the object has, private ones included.`;
  } else if (family === 'phpPregE') {
    const source = origin.kind === 'request' ? 'request data' : origin.kind === 'parameter' ? 'a function parameter' : 'a value that is not a constant';
    found = `preg_replace with the /e modifier runs its replacement as PHP code after substituting text from ${source}, so a crafted value can run any code (code injection).`;
  } else {
    const source = origin.kind === 'request' ? 'request data' : origin.kind === 'parameter' ? 'a function parameter' : 'a value that is not a constant';
    const runs = origin.built ? `Code built from ${source} is run by ${api}` : `${capitalise(source)} is run as code by ${api}`;
    found = `${runs}, so a crafted value can run any code in the process (code injection).`;
  }
  return `${found} ${CONTROL} ${ADVICE[family]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  /** The text run as code (for `/e`, the subject substituted into it). */
  readonly code: SyntaxNode;
  /** Where to report, when not the code itself (the `/e` pattern). */
  readonly at?: SyntaxNode;
  readonly api: string;
  readonly family: Family;
  /** The sink runs any text it is given, so a value passed whole counts too. */
  readonly always: boolean;
  /** Sinks of one call reported once, at the worst of them (`new Function`'s parameter names and body). */
  readonly group?: number;
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

function sinkAt(node: SyntaxNode | undefined, api: string, family: Family, always = true): Sink[] {
  return node === undefined ? [] : [{ code: node, api, family, always }];
}

// JavaScript and TypeScript --------------------------------------------------------------------

const JS_EVAL: ReadonlySet<string> = new Set(['eval', 'window.eval', 'globalThis.eval', 'self.eval']);
const JS_FUNCTION: ReadonlySet<string> = new Set(['Function', 'window.Function', 'globalThis.Function']);
const JS_TIMERS: ReadonlySet<string> = new Set(['setTimeout', 'setInterval', 'window.setTimeout', 'window.setInterval']);
const JS_VM: ReadonlySet<string> = new Set(['vm.runInNewContext', 'vm.runInThisContext', 'vm.runInContext', 'vm.Script', 'vm.compileFunction', 'vm.SourceTextModule']);

const detectJavaScript: Detector = (call) => {
  if (JS_EVAL.has(call.callee)) return sinkAt(positionalArgument(call, 0), call.callee, 'jsEval');
  if (JS_FUNCTION.has(call.callee)) {
    // `new Function('a', 'b', body)`: every argument is compiled, the body last; one finding per call.
    return call.args.flatMap((argument) => sinkAt(argument.node, call.isConstructor ? 'new Function' : 'Function', 'jsEval')).map((sink) => ({ ...sink, group: call.node.id }));
  }
  if (JS_TIMERS.has(call.callee)) return sinkAt(positionalArgument(call, 0), call.callee, 'jsTimer', false);
  if (JS_VM.has(call.qualified)) return sinkAt(positionalArgument(call, 0), call.callee, 'jsVm');
  return [];
};

// Python ---------------------------------------------------------------------------------------

const PYTHON_BUILTINS: ReadonlySet<string> = new Set(['eval', 'exec', 'compile', 'builtins.eval', 'builtins.exec', 'builtins.compile']);

const detectPython: Detector = (call, code) => {
  if (!PYTHON_BUILTINS.has(call.qualified) || definesFunction(code, call.name)) return [];
  const source = positionalArgument(call, 0) ?? call.args.find((argument) => argument.name === 'source')?.node;
  // `exec(compile(src, …))` runs a code object whose source the compile() call already answers for.
  if (source === undefined || compiledEarlier(code, source)) return [];
  return sinkAt(source, call.callee, 'python');
};

function compiledEarlier(code: CodeModel, source: SyntaxNode): boolean {
  const isCompile = (node: SyntaxNode): boolean => code.calls().some((call) => call.node.id === node.id && (call.qualified === 'compile' || call.qualified === 'builtins.compile'));
  if (isCompile(source)) return true;
  if (source.type !== 'identifier') return false;
  const scope = code.enclosingFunction(source)?.id;
  const earlier = code.assignments().filter((assignment) => assignment.target === source.text && assignment.node.endIndex <= source.startIndex && code.enclosingFunction(assignment.node)?.id === scope);
  const last = earlier[earlier.length - 1];
  return last !== undefined && isCompile(last.value);
}

/** A module that defines its own `eval` or `compile` (a template engine, a query builder) calls that one. */
function definesFunction(code: CodeModel, name: string): boolean {
  return code.root.descendantsOfType('function_definition').some((definition) => definition?.childForFieldName('name')?.text === name);
}

// PHP ------------------------------------------------------------------------------------------

const detectPhp: Detector = (call, code) => {
  if (call.receiver !== undefined) return [];
  const name = call.name.toLowerCase();
  if (name === 'eval') return sinkAt(positionalArgument(call, 0), 'eval', 'phpEval');
  if (name === 'create_function') return call.args.flatMap((argument) => sinkAt(argument.node, 'create_function', 'phpEval'));
  // assert() evaluates a string argument as code before PHP 8.
  if (name === 'assert') return sinkAt(positionalArgument(call, 0), 'assert', 'phpEval', false);
  if (name === 'preg_replace') return pregReplaceE(call, code);
  return [];
};

/** `preg_replace('/…/e', $replacement, $subject)`: the replacement is evaluated after matches from the subject are put into it. */
function pregReplaceE(call: CallSite, code: CodeModel): Sink[] {
  const pattern = positionalArgument(call, 0);
  const value = pattern ? code.valueOf(pattern) : undefined;
  if (pattern === undefined || value?.kind !== 'string' || !hasEvalModifier(value.value)) return [];
  const subject = positionalArgument(call, 2);
  return subject === undefined ? [] : [{ code: subject, at: pattern, api: 'preg_replace', family: 'phpPregE', always: true }];
}

/** The modifiers after a regex's closing delimiter include `e`. */
function hasEvalModifier(pattern: string): boolean {
  const trimmed = pattern.trim();
  const opening = trimmed.charAt(0);
  const closing = ({ '(': ')', '{': '}', '[': ']', '<': '>' } as Readonly<Record<string, string>>)[opening] ?? opening;
  const end = trimmed.lastIndexOf(closing);
  return end > 0 && trimmed.slice(end + 1).includes('e');
}

// Ruby -----------------------------------------------------------------------------------------

const RUBY_EVAL: ReadonlySet<string> = new Set(['eval', 'instance_eval', 'class_eval', 'module_eval']);
const RUBY_SEND: ReadonlySet<string> = new Set(['send', 'public_send', '__send__']);

const detectRuby: Detector = (call) => {
  const first = positionalArgument(call, 0);
  if (RUBY_EVAL.has(call.name)) {
    // `instance_eval { … }` with a block runs no string; only a string argument is code.
    if (call.name === 'eval' && call.receiver !== undefined && call.receiver.text !== 'Kernel' && call.receiver.text !== 'binding') return [];
    return sinkAt(first, apiName(call), 'rubyEval');
  }
  if (RUBY_SEND.has(call.name) && call.receiver !== undefined) return sinkAt(first, apiName(call), 'rubySend', false);
  return [];
};

// Java and C# ----------------------------------------------------------------------------------

const detectJava: Detector = (call) => {
  if (call.receiver === undefined || call.isConstructor) return [];
  // javax.script's ScriptEngine.eval, and Groovy's GroovyShell.evaluate.
  if (call.name === 'eval') return sinkAt(positionalArgument(call, 0), apiName(call), 'javaScript');
  // Groovy's shell, named as such (`shell`, `groovyShell`, `new GroovyShell()`).
  if (call.name === 'evaluate' && call.receiver.text.toLowerCase().includes('shell')) return sinkAt(positionalArgument(call, 0), apiName(call), 'javaScript');
  return [];
};

const CSHARP_SCRIPTING: ReadonlySet<string> = new Set(['EvaluateAsync', 'RunAsync', 'Create']);

const detectCSharp: Detector = (call) => {
  if (!CSHARP_SCRIPTING.has(call.name) || !call.callee.endsWith(`CSharpScript.${call.name}`)) return [];
  return sinkAt(positionalArgument(call, 0), `CSharpScript.${call.name}`, 'csharpScript');
};

function apiName(call: CallSite): string {
  const callee = call.callee;
  return callee.length <= 40 && !callee.includes('(') && !callee.includes('"') ? callee : call.name;
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
  php: detectPhp,
  ruby: detectRuby,
};

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const reported = new Set<string>();
  const judged = code.calls().flatMap((call) => detect(call, code)).map((found) => {
    const origin = originOf(code, found.code, 'code');
    return { found, origin, verdict: verdictFor(origin, found) };
  });
  for (const { found, origin, verdict } of worstOfEachGroup(judged)) {
    const at = found.at ?? found.code;
    const key = `${at.startIndex}:${at.endIndex}`;
    if (reported.has(key) || verdict === undefined) continue;
    reported.add(key);
    context.report({
      node: at,
      message: messageFor(origin, found.api, found.family),
      severity: verdict.severity,
      confidence: verdict.confidence,
      ...relatedEvidence(origin, at, EVIDENCE_NOTES),
    });
  }
}

interface Judged {
  readonly found: Sink;
  readonly origin: ValueOrigin;
  readonly verdict: { severity: Severity; confidence: Confidence } | undefined;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 };

function verdictRank(verdict: Judged['verdict']): number {
  return verdict === undefined ? -1 : SEVERITY_RANK[verdict.severity] * 3 + CONFIDENCE_RANK[verdict.confidence];
}

/** Keeps ungrouped sinks, and of each group the worst one (the later one on a tie: `new Function`'s body). */
function worstOfEachGroup(judged: readonly Judged[]): Judged[] {
  const worst = new Map<number, Judged>();
  for (const entry of judged) {
    const group = entry.found.group;
    if (group === undefined) continue;
    const known = worst.get(group);
    if (known === undefined || verdictRank(entry.verdict) >= verdictRank(known.verdict)) worst.set(group, entry);
  }
  return judged.filter((entry) => entry.found.group === undefined || worst.get(entry.found.group) === entry);
}

function verdictFor(origin: ValueOrigin, found: Sink): { severity: Severity; confidence: Confidence } | undefined {
  // `send` reaches only methods the object has: a finding only for request data, at medium severity.
  if (found.family === 'rubySend') return origin.kind === 'request' ? { severity: 'medium', confidence: 'high' } : undefined;
  if (found.family === 'jsEval' && origin.kind !== 'request' && isDynamicImportIdiom(found.code)) return undefined;
  const confidence = injectionConfidence(origin, found.always);
  if (confidence === undefined) return undefined;
  return { severity: origin.kind === 'request' ? 'critical' : 'high', confidence };
}

/**
 * `` eval(`import("${modulePath}")`) ``: the workaround compiled TypeScript uses to keep a dynamic
 * import from becoming `require`. It loads a module the program chose; only request data makes it
 * worth reporting.
 */
function isDynamicImportIdiom(code: SyntaxNode): boolean {
  const text = code.text;
  const opens = text.startsWith('`import("${') || text.startsWith("`import('${");
  const closes = text.endsWith('}")`') || text.endsWith("}')`");
  return code.type === 'template_string' && opens && closes && text.indexOf('${') === text.lastIndexOf('${');
}

export const codeInjection: Rule = {
  meta: {
    id: 'injection/code-injection',
    title: 'Dynamic code evaluation of non-constant input',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [95, 94],
    owasp: 'A03:2021 Injection',
    policy: [
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
      'tg:justice-digital-software-engineering-standards#security-standards',
      'technical-security-controls-guide-defensive-layer-2#defensive-layer-2-implementing-monitoring-capabilities',
    ],
    basis: 'principle',
    why:
      'Evaluating text as code hands whoever controls that text the full power of the process: reading secrets, changing data, running commands. ' +
      'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles); MoJ names no rule on eval itself.',
    howToFix:
      'Do not build code from data: parse data with a data format (JSON.parse, json.loads, ast.literal_eval, json_decode), ' +
      'and choose behaviour from a fixed map of functions; pass a function, not a string, to timers.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'php', 'ruby'],
    prefilter: ['eval', 'Function', 'setTimeout', 'setInterval', 'vm.', 'runIn', 'exec', 'compile', 'create_function', 'assert', 'preg_replace', 'send', 'evaluate', 'CSharpScript'],
    examples: {
      javascript: 'const settings = JSON.parse(text);',
      typescript: 'const settings = JSON.parse(text);',
      tsx: 'const settings = JSON.parse(text);',
      python: 'settings = ast.literal_eval(text)',
      java: 'engine.put("input", input);\nengine.eval(FIXED_SCRIPT);',
      csharp: 'await CSharpScript.EvaluateAsync<int>("X * 2", globals: new Globals { X = input });',
      php: '$settings = json_decode($text, true, 512, JSON_THROW_ON_ERROR);',
      ruby: 'handler = HANDLERS.fetch(params[:action]) { :show }',
    },
  },
  check,
};
