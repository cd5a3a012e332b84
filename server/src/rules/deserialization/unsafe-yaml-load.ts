/**
 * deserialization/unsafe-yaml-load: YAML loaders that build language objects from tags in the
 * document (`!!python/object/apply`, Ruby `!ruby/object`, SnakeYAML global tags, js-yaml
 * `!!js/function`, Symfony `!php/object`), so whoever writes the document can run code
 * (OWASP A08:2021, CWE-502, CWE-20). Other deserialisers belong to
 * `deserialization/unsafe-deserialization`.
 *
 * Several of these loaders changed their defaults between versions, and the code cannot show
 * which version runs. The rule reports what is unsafe in the versions still in wide use, says in
 * the message which versions are affected, and lowers confidence where the newer default is safe:
 * Ruby `YAML.load` (safe from Psych 4), SnakeYAML `new Yaml()` (safe from 2.0). js-yaml's `load`
 * is reported only with the full schema named, since js-yaml 4 made plain `load` safe.
 * Input that is plainly request data raises a finding one band (high to critical). js-yaml 3's
 * default is read from the project's npm lockfile. .NET YamlDotNet builds only the types the
 * caller asks for, so C# is not checked.
 */
import { isRequestData, severityForRequestData } from './unsafe-deserialization';
import { namedArgument, positionalArgument } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, Confidence, KeyValue, Range, Rule, RuleContext, Severity, SyntaxNode, TextEdit } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists unsafe deserialisation under Software and Data Integrity Failures (Vulnerability Scanning and Patch Management Guide: The base principles).';

type Kind =
  | 'pyNoLoader'
  | 'pyUnsafe'
  | 'pyFull'
  | 'ruamelUnsafe'
  | 'rubyLoad'
  | 'rubyLoadFile'
  | 'rubyUnsafe'
  | 'rubyStream'
  | 'snakeYaml'
  | 'jsFullSchema'
  | 'jsYaml3Load'
  | 'jsFunctionType'
  | 'phpObject';

const FOUND: Readonly<Record<Kind, (api: string, input: string) => string>> = {
  pyNoLoader: (api, input) => `${api} without a Loader builds arbitrary Python objects from ${input} in PyYAML before 5.1, and uses FullLoader, which could be made to run code before 5.4, in later 5.x releases (PyYAML 6 refuses the call).`,
  pyUnsafe: (api, input) => `${api} builds arbitrary Python objects from ${input} (!!python/object tags), so the document can run code.`,
  pyFull: (api, input) => `${api} builds Python objects beyond plain data from ${input}, and FullLoader could be made to run code before PyYAML 5.4.`,
  ruamelUnsafe: (api) => `${api} builds arbitrary Python objects from the documents it loads (!!python/object tags), so a document can run code.`,
  rubyLoad: (api, input) => `${api} builds arbitrary Ruby objects from ${input} with Psych before 4.0 (Ruby before 3.1), where it means unsafe_load; from Psych 4 it means safe_load, so the risk depends on the Psych version the application bundles.`,
  rubyLoadFile: (api, input) => `${api} builds arbitrary Ruby objects from ${input} with Psych before 4.0 (Ruby before 3.1); from Psych 4 it loads safely, so the risk depends on the Psych version the application bundles.`,
  rubyUnsafe: (api, input) => `${api} builds arbitrary Ruby objects from ${input} (!ruby/object tags), and gadget chains in common gems turn that into code execution.`,
  rubyStream: (api, input) => `${api} builds every document in ${input} with an unrestricted class loader in all Psych versions, so the documents can build arbitrary Ruby objects.`,
  snakeYaml: (api, input) => `${api} reads ${input} with a Yaml built without SafeConstructor; before SnakeYAML 2.0 a global tag (!!javax.script.ScriptEngineManager) builds any class on the classpath, which runs code.`,
  jsFullSchema: (api) => `${api} includes the !!js/function type, which compiles functions written in the document, so loading untrusted YAML with it can run code.`,
  jsYaml3Load: (api, input) => `${api} uses DEFAULT_FULL_SCHEMA in js-yaml 3, the version this project's package-lock.json installs, and its !!js/function type compiles functions written in ${input}, which run when the application calls or converts the loaded values.`,
  jsFunctionType: (api) => `${api} adds the !!js/function type to a js-yaml schema, which compiles functions written in the document, so loading untrusted YAML with it can run code.`,
  phpObject: (api, input) => `${api} makes Symfony YAML unserialise !php/object tags in ${input}, so the document builds objects of any loaded class and runs their magic methods.`,
};

const PYTHON_ADVICE = 'Use yaml.safe_load, or pass Loader=yaml.SafeLoader (CSafeLoader where LibYAML is available).';

const ADVICE: Readonly<Record<Kind, string>> = {
  pyNoLoader: PYTHON_ADVICE,
  pyUnsafe: PYTHON_ADVICE,
  pyFull: PYTHON_ADVICE,
  ruamelUnsafe: "Use YAML(typ='safe') and register only the classes you expect.",
  rubyLoad: 'Use YAML.safe_load, with permitted_classes for any classes you expect.',
  rubyLoadFile: 'Use YAML.safe_load_file (Psych 3.3 and later), with permitted_classes for any classes you expect.',
  rubyUnsafe: 'Use YAML.safe_load, with permitted_classes for any classes you expect.',
  rubyStream: 'Load each document with YAML.safe_load instead, with permitted_classes for any classes you expect.',
  snakeYaml: 'Construct it as new Yaml(new SafeConstructor(new LoaderOptions())), or upgrade to SnakeYAML 2.0 or later and keep its default tag inspector.',
  jsFullSchema: 'Use yaml.DEFAULT_SAFE_SCHEMA (js-yaml 3), or upgrade to js-yaml 4, whose schemas have no function type.',
  jsYaml3Load: 'Use yaml.safeLoad, or upgrade to js-yaml 4, whose load is safe.',
  jsFunctionType: 'Leave the function type out of the schema; add only the types your documents need.',
  phpObject: 'Drop Yaml::PARSE_OBJECT and map the parsed arrays onto your own classes.',
};

/** What each kind reads, when it is not known to be request data. */
const INPUT_WORD: Readonly<Record<Kind, string>> = {
  pyNoLoader: 'its input',
  pyUnsafe: 'its input',
  pyFull: 'its input',
  ruamelUnsafe: 'its input',
  rubyLoad: 'its input',
  rubyLoadFile: 'the file',
  rubyUnsafe: 'its input',
  rubyStream: 'its input',
  snakeYaml: 'its input',
  jsFullSchema: 'its input',
  jsYaml3Load: 'the document',
  jsFunctionType: 'its input',
  phpObject: 'its input',
};

/** Kinds whose danger depends on a library version the code cannot show. */
const KIND_CONFIDENCE: Readonly<Partial<Record<Kind, Confidence>>> = {
  pyFull: 'medium',
  rubyLoad: 'medium',
  rubyLoadFile: 'medium',
  snakeYaml: 'medium',
  jsYaml3Load: 'medium',
};

/** FullLoader is no longer known to run code; it still builds more than plain data. */
const KIND_SEVERITY: Readonly<Partial<Record<Kind, Severity>>> = {
  pyFull: 'medium',
};

function messageFor(kind: Kind, api: string, fromRequest: boolean): string {
  return `${FOUND[kind](api, fromRequest ? 'request data' : INPUT_WORD[kind])} ${CONTROL} ${ADVICE[kind]}`;
}

// ---------------------------------------------------------------------------------------------
// Hits and shared helpers
// ---------------------------------------------------------------------------------------------

interface Hit {
  readonly kind: Kind;
  readonly api: string;
  readonly range: Range;
  readonly inputs?: readonly SyntaxNode[];
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[] };
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function calleeRange(call: CallSite): Range {
  const { calleeNode, receiver } = call;
  const start = receiver !== undefined && receiver.startIndex < calleeNode.startIndex ? receiver.startIndex : calleeNode.startIndex;
  return { start, end: calleeNode.endIndex };
}

function firstInput(call: CallSite): SyntaxNode[] {
  const first = positionalArgument(call, 0);
  return first ? [first] : [];
}

function lastPart(name: string): string {
  const parts = name.split('::').join('.').split('\\').join('.').split('.');
  return parts[parts.length - 1] ?? name;
}

/** The keyword argument around a Python value (`Loader=yaml.Loader`), for the flagged range. */
function argumentRange(valueNode: SyntaxNode): Range {
  const parent = valueNode.parent;
  return parent !== null && parent.type === 'keyword_argument' ? rangeOf(parent) : rangeOf(valueNode);
}

/**
 * The edit renaming the method of a call with a receiver (`yaml.load` → `yaml.safe_load`,
 * `YAML::load` → `YAML::safe_load`). A bare imported name gets no fix, since the new name
 * would not be imported.
 */
function renameMethod(call: CallSite, newName: string, title: string): Hit['fix'] {
  if (call.receiver === undefined) return undefined;
  if (!call.calleeNode.text.endsWith(call.name)) return undefined;
  const end = call.calleeNode.endIndex;
  return { title, edits: [{ start: end - call.name.length, end, newText: newName }] };
}

// ---------------------------------------------------------------------------------------------
// Python: PyYAML and ruamel.yaml
// ---------------------------------------------------------------------------------------------

const PYTHON_MODULES: readonly string[] = ['yaml', 'ruamel.yaml'];

/** Loader classes by what they allow, with the safe class a fix moves to. */
const UNSAFE_LOADERS: ReadonlyMap<string, string> = new Map([
  ['Loader', 'SafeLoader'], ['UnsafeLoader', 'SafeLoader'], ['CLoader', 'CSafeLoader'], ['CUnsafeLoader', 'CSafeLoader'],
]);
const FULL_LOADERS: ReadonlyMap<string, string> = new Map([['FullLoader', 'SafeLoader'], ['CFullLoader', 'CSafeLoader']]);

/** Load functions by module-relative name, with the safe function a fix moves to. */
const PYTHON_LOADS: ReadonlyMap<string, string> = new Map([['load', 'safe_load'], ['load_all', 'safe_load_all']]);
const PYTHON_UNSAFE_LOADS: ReadonlyMap<string, string> = new Map([['unsafe_load', 'safe_load'], ['unsafe_load_all', 'safe_load_all']]);
const PYTHON_FULL_LOADS: ReadonlyMap<string, string> = new Map([['full_load', 'safe_load'], ['full_load_all', 'safe_load_all']]);

function detectPython(code: CodeModel, call: CallSite): Hit | undefined {
  const module = PYTHON_MODULES.find((candidate) => call.qualified.startsWith(`${candidate}.`));
  if (module === undefined || !callsImportedName(code, call)) return undefined;
  const function_ = call.qualified.slice(module.length + 1);
  if (function_ === 'YAML' && module === 'ruamel.yaml') return ruamelConstructor(call);
  const inputs = firstInput(call);
  const api = `${module}.${function_}`;
  const unsafe = PYTHON_UNSAFE_LOADS.get(function_);
  if (unsafe !== undefined) return { kind: 'pyUnsafe', api, range: calleeRange(call), inputs, fix: renameMethod(call, unsafe, `Use ${module}.${unsafe}`) };
  const full = PYTHON_FULL_LOADS.get(function_);
  if (full !== undefined) return { kind: 'pyFull', api, range: calleeRange(call), inputs, fix: renameMethod(call, full, `Use ${module}.${full}`) };
  const safe = PYTHON_LOADS.get(function_);
  if (safe === undefined) return undefined;
  const loader = namedArgument(call, 'Loader') ?? positionalArgument(call, 1);
  if (loader === undefined) return { kind: 'pyNoLoader', api, range: calleeRange(call), inputs, fix: renameMethod(call, safe, `Use ${module}.${safe}`) };
  const loaderName = code.qualifiedName(loader) ?? loader.text;
  const loaderClass = lastPart(loaderName);
  const unsafeReplacement = UNSAFE_LOADERS.get(loaderClass);
  const fullReplacement = FULL_LOADERS.get(loaderClass);
  if (unsafeReplacement === undefined && fullReplacement === undefined) return undefined;
  const replacement = unsafeReplacement ?? fullReplacement ?? '';
  return {
    kind: unsafeReplacement !== undefined ? 'pyUnsafe' : 'pyFull',
    api: `${api} with Loader=${module}.${loaderClass}`,
    range: argumentRange(loader),
    inputs,
    fix: replaceLoaderClass(loader, replacement),
  };
}

/**
 * Whether the call goes through an imported name (`yaml.load` after `import yaml`, `load` after
 * `from yaml import load`), not a variable that happens to be called `yaml`: ruamel.yaml's own
 * documentation writes `yaml = YAML()` and then `yaml.load(...)`.
 */
function callsImportedName(code: CodeModel, call: CallSite): boolean {
  const root = call.callee.split('.')[0] ?? '';
  return code.imports().some((binding) => binding.local === root) && !code.assignments().some((assignment) => assignment.target === root);
}

/** `yaml.Loader` → `yaml.SafeLoader`: only the attribute changes, so the module reference stays valid. */
function replaceLoaderClass(loader: SyntaxNode, replacement: string): Hit['fix'] {
  if (loader.type !== 'attribute') return undefined;
  const attribute = loader.childForFieldName('attribute');
  if (attribute === null) return undefined;
  return { title: `Use ${replacement}`, edits: [{ start: attribute.startIndex, end: attribute.endIndex, newText: replacement }] };
}

/** ruamel.yaml `YAML(typ='unsafe')`. */
function ruamelConstructor(call: CallSite): Hit | undefined {
  const typ = namedArgument(call, 'typ');
  if (typ === undefined || typ.type !== 'string') return undefined;
  const content = typ.namedChildren.find((child) => child?.type === 'string_content');
  if (content === undefined || content === null || content.text !== 'unsafe') return undefined;
  return {
    kind: 'ruamelUnsafe',
    api: "YAML(typ='unsafe')",
    range: argumentRange(typ),
    fix: { title: "Use typ='safe'", edits: [{ start: content.startIndex, end: content.endIndex, newText: 'safe' }] },
  };
}

// ---------------------------------------------------------------------------------------------
// Ruby: Psych
// ---------------------------------------------------------------------------------------------

/** Keywords only Psych 4's safe `load` accepts, so a call passing one runs safe_load. */
const PSYCH4_KEYWORDS: ReadonlySet<string> = new Set(['permitted_classes', 'permitted_symbols', 'aliases']);

function detectRuby(_code: CodeModel, call: CallSite): Hit | undefined {
  const parts = call.qualified.split('.');
  if (parts.length !== 2 || (parts[0] !== 'YAML' && parts[0] !== 'Psych')) return undefined;
  const api = call.callee;
  const inputs = firstInput(call);
  switch (call.name) {
    case 'load':
      if (call.args.some((argument) => argument.name !== undefined && PSYCH4_KEYWORDS.has(argument.name))) return undefined;
      return { kind: 'rubyLoad', api, range: calleeRange(call), inputs, fix: renameMethod(call, 'safe_load', `Use ${parts[0]}.safe_load`) };
    case 'load_file':
      if (call.args.some((argument) => argument.name !== undefined && PSYCH4_KEYWORDS.has(argument.name))) return undefined;
      return { kind: 'rubyLoadFile', api, range: calleeRange(call), inputs };
    case 'unsafe_load':
      return { kind: 'rubyUnsafe', api, range: calleeRange(call), inputs, fix: renameMethod(call, 'safe_load', `Use ${parts[0]}.safe_load`) };
    case 'unsafe_load_file':
      return { kind: 'rubyUnsafe', api, range: calleeRange(call), inputs, fix: renameMethod(call, 'safe_load_file', `Use ${parts[0]}.safe_load_file`) };
    case 'load_stream':
      return { kind: 'rubyStream', api, range: calleeRange(call), inputs };
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Java: SnakeYAML
// ---------------------------------------------------------------------------------------------

const SNAKEYAML_LOADS: ReadonlySet<string> = new Set(['load', 'loadAll', 'loadAs']);
/** Constructor arguments that keep SnakeYAML's full constructor (global tags allowed before 2.0). */
const SNAKEYAML_OPEN_ARGUMENTS: ReadonlySet<string> = new Set([
  'Constructor', 'CustomClassLoaderConstructor', 'LoaderOptions', 'DumperOptions', 'Representer',
]);

function detectJava(code: CodeModel, call: CallSite): Hit | undefined {
  if (!SNAKEYAML_LOADS.has(call.name) || call.receiver === undefined) return undefined;
  const creation = constructionOf(code, call.receiver);
  if (creation === undefined || lastPart(creation.childForFieldName('type')?.text ?? '') !== 'Yaml') return undefined;
  const first = creation.childForFieldName('arguments')?.namedChild(0) ?? null;
  if (first !== null) {
    const type = argumentType(code, first);
    if (type === undefined || type.includes('SafeConstructor') || !SNAKEYAML_OPEN_ARGUMENTS.has(type)) return undefined;
  }
  return { kind: 'snakeYaml', api: `Yaml.${call.name}`, range: calleeRange(call), inputs: firstInput(call) };
}

/** The `new T(...)` a receiver holds: written in place, or the last value assigned to the variable or field. */
function constructionOf(code: CodeModel, receiver: SyntaxNode): SyntaxNode | undefined {
  if (receiver.type === 'object_creation_expression') return receiver;
  const text = receiver.text.startsWith('this.') ? receiver.text.slice('this.'.length) : receiver.text;
  let found: SyntaxNode | undefined;
  // A field is assigned in another method, typically the constructor.
  for (const assignment of code.wholeFile().assignments()) {
    if (assignment.target !== text && assignment.target !== `this.${text}`) continue;
    if (assignment.value.type === 'object_creation_expression') found = assignment.value;
  }
  return found;
}

/** The class of a constructor argument: `new SafeConstructor(...)` in place, held in a variable, or a declared parameter. */
function argumentType(code: CodeModel, argument: SyntaxNode): string | undefined {
  const creation = argument.type === 'object_creation_expression' ? argument : constructionOf(code, argument);
  const type = creation?.childForFieldName('type')?.text ?? (argument.type === 'identifier' ? declaredJavaType(code, argument) : undefined);
  return type === undefined ? undefined : lastPart(type);
}

/** The declared type of the parameter, local or field that `use` names, preferring the innermost scope. */
function declaredJavaType(code: CodeModel, use: SyntaxNode): string | undefined {
  const scope = code.enclosingFunction(use);
  let outer: string | undefined;
  for (const declaration of code.root.descendantsOfType(['formal_parameter', 'local_variable_declaration', 'field_declaration'])) {
    if (declaration === null) continue;
    const names = declaration.type === 'formal_parameter'
      ? [declaration.childForFieldName('name')?.text]
      : declaration.childrenForFieldName('declarator').map((declarator) => declarator?.childForFieldName('name')?.text);
    const type = declaration.childForFieldName('type')?.text;
    if (type === undefined || !names.includes(use.text)) continue;
    const declarationScope = code.enclosingFunction(declaration);
    if (declarationScope !== undefined && declarationScope.id === scope?.id) return type;
    if (declarationScope === undefined) outer = type;
  }
  return outer;
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript: js-yaml
// ---------------------------------------------------------------------------------------------

const JS_TYPES_REFERENCES: ReadonlySet<string> = new Set(['js-yaml-js-types.all', 'js-yaml-js-types.function']);

/** `{ schema: yaml.DEFAULT_FULL_SCHEMA }` passed to anything but a dump. */
function jsSchemaHit(code: CodeModel, keyValue: KeyValue): Hit | undefined {
  if (keyValue.key !== 'schema' || code.qualifiedName(keyValue.value) !== 'js-yaml.DEFAULT_FULL_SCHEMA') return undefined;
  // Dumping with the full schema writes YAML; it reads nothing.
  const call = keyValue.node.parent?.parent?.parent;
  if (call !== undefined && call !== null && call.type === 'call_expression' && isDump(call)) return undefined;
  const value = keyValue.value;
  const property = value.type === 'member_expression' ? value.childForFieldName('property') : null;
  return {
    kind: 'jsFullSchema',
    api: 'DEFAULT_FULL_SCHEMA',
    range: rangeOf(value),
    fix: property === null ? undefined : { title: 'Use DEFAULT_SAFE_SCHEMA', edits: [{ start: property.startIndex, end: property.endIndex, newText: 'DEFAULT_SAFE_SCHEMA' }] },
  };
}

function isDump(call: SyntaxNode): boolean {
  const callee = call.childForFieldName('function');
  const name = callee === null ? '' : lastPart(callee.text);
  return name === 'dump' || name === 'safeDump';
}

/** `require('js-yaml-js-types').all` or `.function`, which carry the function type. */
function jsTypesHits(code: CodeModel): Hit[] {
  const hits: Hit[] = [];
  for (const node of code.nodesOfType(['member_expression'])) {
    const name = code.qualifiedName(node);
    if (name === undefined || !JS_TYPES_REFERENCES.has(name)) continue;
    hits.push({ kind: 'jsFunctionType', api: name, range: rangeOf(node) });
  }
  return hits;
}

/**
 * js-yaml 3's `load` and `loadAll` default to DEFAULT_FULL_SCHEMA; js-yaml 4 dropped the function
 * type. The installed version is read from the nearest npm lockfile, so a project on js-yaml 4
 * (or with no lockfile) hears nothing about a plain `load`.
 */
function jsYaml3Hits(code: CodeModel, context: RuleContext): Hit[] {
  const loads = code.calls().filter((call) => call.qualified === 'js-yaml.load' || call.qualified === 'js-yaml.loadAll');
  if (loads.length === 0 || installedJsYamlMajor(context) !== 3) return [];
  return loads
    .filter((call) => !choosesSchema(code, call))
    .map((call) => {
      const safe = call.name === 'load' ? 'safeLoad' : 'safeLoadAll';
      return { kind: 'jsYaml3Load', api: `js-yaml ${call.name}`, range: calleeRange(call), inputs: firstInput(call), fix: renameMethod(call, safe, `Use ${safe}`) };
    });
}

/** A `schema` option written in the call, or options passed by name, which may hold one. */
function choosesSchema(code: CodeModel, call: CallSite): boolean {
  const later = call.args.slice(1).map((argument) => argument.node);
  if (later.some((node) => node.type === 'identifier' || node.type === 'member_expression')) return true;
  return code.keyValues().some((keyValue) => keyValue.key === 'schema' && keyValue.node.startIndex >= call.node.startIndex && keyValue.node.endIndex <= call.node.endIndex);
}

const NPM_LOCKFILES: readonly string[] = ['package-lock.json', 'npm-shrinkwrap.json'];

/** The major version of the top-level js-yaml in the npm lockfile nearest above the document. */
function installedJsYamlMajor(context: RuleContext): number | undefined {
  let best: { folder: string; text: string } | undefined;
  for (const [path, text] of context.project.lockfiles()) {
    const slash = path.lastIndexOf('/');
    const folder = slash < 0 ? '' : path.slice(0, slash + 1);
    if (!NPM_LOCKFILES.includes(path.slice(slash + 1)) || !context.document.path.startsWith(folder)) continue;
    if (best === undefined || folder.length > best.folder.length) best = { folder, text };
  }
  if (best === undefined) return undefined;
  // Lockfile v2 and v3 key hoisted packages by their install path; nested copies have longer keys.
  const text = best.text;
  const entry = text.indexOf('"node_modules/js-yaml"');
  if (entry < 0) return undefined;
  const version = text.indexOf('"version"', entry);
  const entryEnd = text.indexOf('}', entry);
  if (version < 0 || (entryEnd >= 0 && entryEnd < version)) return undefined;
  const open = text.indexOf('"', text.indexOf(':', version) + 1);
  const major = Number.parseInt(text.slice(open + 1, text.indexOf('.', open)), 10);
  return Number.isNaN(major) ? undefined : major;
}

// ---------------------------------------------------------------------------------------------
// PHP: Symfony YAML
// ---------------------------------------------------------------------------------------------

function detectPhp(code: CodeModel, call: CallSite): Hit[] {
  if (call.name.toLowerCase() !== 'parse' && call.name.toLowerCase() !== 'parsefile') return [];
  const hits: Hit[] = [];
  for (const argument of call.args) {
    for (const constant of [argument.node, ...argument.node.descendantsOfType('class_constant_access_expression')]) {
      if (constant === null || constant.type !== 'class_constant_access_expression') continue;
      // Through `use … as` aliases: `SymfonyYaml::PARSE_OBJECT` is `Symfony\Component\Yaml\Yaml.PARSE_OBJECT`.
      const name = code.qualifiedName(constant) ?? constant.text;
      const split = name.lastIndexOf('.');
      if (split < 0 || lastPart(name.slice(0, split)) !== 'Yaml' || name.slice(split + 1) !== 'PARSE_OBJECT') continue;
      hits.push({ kind: 'phpObject', api: 'Yaml::PARSE_OBJECT', range: rangeOf(constant), inputs: firstInput(call) });
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function hitsFor(code: CodeModel, context: RuleContext): Hit[] {
  const language: CodeLanguage = code.language;
  const hits: Hit[] = [];
  const add = (hit: Hit | undefined): void => {
    if (hit !== undefined) hits.push(hit);
  };
  switch (language) {
    case 'python':
      for (const call of code.calls()) add(detectPython(code, call));
      break;
    case 'ruby':
      for (const call of code.calls()) add(detectRuby(code, call));
      break;
    case 'java':
      for (const call of code.calls()) add(detectJava(code, call));
      break;
    case 'javascript':
    case 'typescript':
    case 'tsx':
      for (const keyValue of code.keyValues()) add(jsSchemaHit(code, keyValue));
      hits.push(...jsTypesHits(code), ...jsYaml3Hits(code, context));
      break;
    case 'php':
      for (const call of code.calls()) hits.push(...detectPhp(code, call));
      break;
    default:
      break;
  }
  return hits;
}

function check(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  const reported = new Set<string>();
  for (const hit of hitsFor(code, context).sort((a, b) => a.range.start - b.range.start)) {
    const key = `${hit.range.start}:${hit.range.end}`;
    if (reported.has(key)) continue;
    reported.add(key);
    // Request data settles where the input comes from, not which library version runs, so
    // it raises the severity and leaves a version-dependent confidence alone.
    const fromRequest = (hit.inputs ?? []).some((input) => isRequestData(code, input));
    const severity = KIND_SEVERITY[hit.kind] ?? 'high';
    context.report({
      range: hit.range,
      message: messageFor(hit.kind, hit.api, fromRequest),
      severity: fromRequest ? severityForRequestData(severity) : severity,
      confidence: KIND_CONFIDENCE[hit.kind] ?? 'high',
      ...(hit.fix ? { fix: hit.fix } : {}),
    });
  }
}

export const unsafeYamlLoad: Rule = {
  meta: {
    id: 'deserialization/unsafe-yaml-load',
    title: 'YAML loaded with a loader that builds arbitrary objects',
    area: 'deserialization',
    severity: 'high',
    confidence: 'high',
    cwe: [502, 20],
    owasp: 'A08:2021 Software and Data Integrity Failures',
    policy: ['vulnerability-scanning-and-patch-management-guide#the-base-principles'],
    basis: 'principle',
    why:
      'Full YAML loaders turn tags in the document into language objects (Python !!python/object, Ruby !ruby/object, Java global tags, js-yaml !!js/function, Symfony !php/object), so whoever writes the document can usually run code. ' +
      'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists this under Software and Data Integrity Failures (Vulnerability Scanning and Patch Management Guide: The base principles).',
    howToFix:
      'Load YAML with the safe loader of your library (yaml.safe_load, YAML.safe_load, new Yaml(new SafeConstructor(new LoaderOptions())), js-yaml 4 load) and map the plain data onto your own types.',
    fixSafety: 'suggestion',
    languages: ['python', 'ruby', 'java', 'javascript', 'typescript', 'tsx', 'php'],
    prefilter: ['yaml', 'Psych'],
    examples: {
      python: 'config = yaml.safe_load(stream)',
      ruby: 'config = YAML.safe_load(body, permitted_classes: [Date])',
      java: 'Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));',
      javascript: "const config = yaml.load(text); // js-yaml 4: the default schema has no !!js/function",
      typescript: 'const config = yaml.load(text) as Config; // js-yaml 4',
      tsx: 'const config = yaml.load(text) as Config; // js-yaml 4',
      php: '$config = Yaml::parse($text);',
    },
  },
  check,
};
