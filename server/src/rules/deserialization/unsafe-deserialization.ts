/**
 * deserialization/unsafe-deserialization: deserialisers that let the data choose which classes to
 * build or which functions to call, so whoever writes the data can run code in the process
 * (OWASP A08:2021, CWE-502). YAML loaders belong to `deserialization/unsafe-yaml-load`.
 *
 * Each language has one detector. Findings sit where untrusted input meets the deserialiser:
 * the loading call (`pickle.loads`, `formatter.Deserialize`, `unserialize`, `Marshal.load`), the
 * Java stream constructor that takes the input (`new ObjectInputStream(in)`, `new XMLDecoder(in)`),
 * or the setting that opens the door (`TypeNameHandling.All`, `enableDefaultTyping()`,
 * `allow_pickle=True`). Input that is plainly request data raises a finding one band (high to
 * critical), and settles confidence where only the input's origin was in doubt.
 *
 * Decisions worth knowing:
 * - Java native streams are reported at their constructor, not at `readObject`: the constructor
 *   is where the input arrives, it is reported once per stream, and `readObject` calls on streams
 *   made elsewhere say nothing about where the bytes came from. A stream with an
 *   `ObjectInputFilter` set on it in the same function (or a process-wide filter set in the same
 *   file), or an anonymous subclass overriding `resolveClass`, is not reported: that is the
 *   documented mitigation (JEP 290), and flagging it would push people to suppress the fix.
 * - A Json.NET `TypeNameHandling` setting with a `SerializationBinder` beside it is not reported,
 *   for the same reason.
 * - Go's `encoding/gob` decodes only into the types the program declares, so nothing in Go is
 *   reported.
 */
import { namedArgument, nameParts, positionalArgument, SEVERITIES } from '../../engine/contract';
import type {
  CallSite,
  CodeLanguage,
  CodeModel,
  Confidence,
  KeyValue,
  Range,
  Rule,
  RuleContext,
  Severity,
  SyntaxNode,
  TextEdit,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists unsafe deserialisation under Software and Data Integrity Failures (Vulnerability Scanning and Patch Management Guide: The base principles).';

/** Families of finding: each has its own explanation and advice. */
type Kind =
  | 'pickle'
  | 'torch'
  | 'joblib'
  | 'shelve'
  | 'marshal'
  | 'javaStream'
  | 'xmlDecoder'
  | 'xstream'
  | 'jacksonTyping'
  | 'jacksonClassId'
  | 'dotnetFormatter'
  | 'typeResolver'
  | 'typeNameHandling'
  | 'phpUnserialize'
  | 'rubyMarshal'
  | 'oj'
  | 'rubyJsonLoad'
  | 'nodeSerialize';

/** The first sentence: what was found, given the API's name and what it reads. */
type Finding = (api: string, input: string) => string;

const FOUND: Readonly<Record<Kind, Finding>> = {
  pickle: (api, input) => `${api} unpickles ${input}, and unpickling calls whatever functions the data names, so whoever can write the data can run code here.`,
  torch: (api, input) => `${api} without weights_only=True unpickles ${input} (the default before PyTorch 2.6), so a crafted model file can run code when it is loaded.`,
  joblib: (api, input) => `${api} unpickles ${input}, so a crafted file can run code when it is loaded.`,
  shelve: (api, input) => `${api} opens a pickle-backed store from ${input}, so whoever can write the file can run code when a value is read.`,
  marshal: (api, input) => `${api} reads ${input} with marshal, which is not safe against crafted data: it builds code objects and can crash the interpreter.`,
  javaStream: (api, input) => `${api} deserialises ${input} with Java serialisation, which builds any serialisable class on the classpath, and gadget chains in common libraries turn that into code execution.`,
  xmlDecoder: (api, input) => `${api} reads ${input}, and XMLDecoder performs the constructor and method calls the XML describes, so the document can run any code.`,
  xstream: (api, input) => `${api} reads ${input} with no XStream type permissions set up in this file; XStream before 1.4.18 builds any class the XML names unless an allow-list is configured.`,
  jacksonTyping: (api) => `${api} turns on Jackson default typing without a restrictive validator, so the JSON names the classes to build, and gadget classes on the classpath turn that into code execution.`,
  jacksonClassId: (api) => `${api} lets the JSON name the Java class to build; with a broad base type such as Object, gadget classes on the classpath turn that into code execution.`,
  dotnetFormatter: (api, input) => `${api} deserialises ${input} with a formatter that builds whatever types the stream names; Microsoft states it cannot be made safe for untrusted data.`,
  typeResolver: (api) => `${api} lets the JSON's __type field name the .NET type that JavaScriptSerializer builds, which crafted input turns into code execution.`,
  typeNameHandling: (api) => `${api} lets the JSON's $type field name the .NET type that Json.NET builds, which crafted input turns into code execution.`,
  phpUnserialize: (api, input) => `${api} unserialises ${input} without restricting classes, so crafted input builds objects of any loaded class and runs their magic methods (__wakeup, __destruct), which gadget chains turn into code execution.`,
  rubyMarshal: (api, input) => `${api} deserialises ${input} with Marshal, which builds any Ruby object the data describes, and gadget chains in common gems turn that into code execution.`,
  oj: (api, input) => `${api} parses ${input} in Oj's object mode (Oj's default), which builds any Ruby class the JSON names.`,
  rubyJsonLoad: (api, input) => `${api} parses ${input} with create_additions on, so a json_class field can build objects of any loaded class that defines json_create.`,
  nodeSerialize: (api, input) => `${api} deserialises ${input} and rebuilds the functions embedded in it, so the data can run any code (an immediately invoked function runs during deserialisation).`,
};

const ADVICE: Readonly<Record<Kind, string>> = {
  pickle: 'Use a data-only format such as JSON for anything that crosses a trust boundary, or sign the data and verify the signature before loading it.',
  torch: 'Pass weights_only=True, or keep weights in safetensors, and load only files from a trusted, integrity-checked source.',
  joblib: 'Load only files this service wrote or whose integrity it has checked, or keep models in a data-only format such as ONNX or safetensors.',
  shelve: 'Keep the shelf where only this service can write it, or use a data-only store such as sqlite3 with JSON values.',
  marshal: 'Use JSON for data, and never read marshal data from outside the process.',
  javaStream: 'Prefer a data format such as JSON bound to specific classes; if serialised objects must be read, set an ObjectInputFilter allow-list on the stream (JEP 290).',
  xmlDecoder: 'Do not read untrusted XML with XMLDecoder; bind it to specific classes with JAXB or Jackson instead.',
  xstream: 'Before fromXML, call allowTypes(...) or addPermission(...) with only the classes you expect, and keep XStream up to date.',
  jacksonTyping: 'Remove default typing, or use activateDefaultTyping with a BasicPolymorphicTypeValidator that allows only your own types.',
  jacksonClassId: 'Use JsonTypeInfo.Id.NAME with @JsonSubTypes listing the allowed types.',
  dotnetFormatter: 'Use System.Text.Json, or DataContractSerializer with known types, for data from outside.',
  typeResolver: 'Construct JavaScriptSerializer without a type resolver, or use System.Text.Json.',
  typeNameHandling: 'Use TypeNameHandling.None, or restrict the types with a SerializationBinder that allows only your own.',
  phpUnserialize: "Use json_decode for data from outside, or pass ['allowed_classes' => false] (or a list of expected classes).",
  rubyMarshal: 'Use JSON.parse for data from outside, and never Marshal.load data a user can change.',
  oj: 'Pass mode: :strict (or :compat), or use Oj.safe_load.',
  rubyJsonLoad: 'Use JSON.parse for data from outside, or pass create_additions: false.',
  nodeSerialize: 'Use JSON.parse for data from outside: a deserialiser that rebuilds functions cannot be made safe for it.',
};

function messageFor(kind: Kind, api: string, fromRequest: boolean): string {
  const input = fromRequest ? 'request data' : INPUT_WORD[kind];
  return `${FOUND[kind](api, input)} ${CONTROL} ${ADVICE[kind]}`;
}

/** How each kind names its input when it is not known to come from a request. */
const INPUT_WORD: Readonly<Record<Kind, string>> = {
  pickle: 'its input',
  torch: 'the file',
  joblib: 'the file',
  shelve: 'a file',
  marshal: 'its input',
  javaStream: 'its input',
  xmlDecoder: 'its input',
  xstream: 'its input',
  jacksonTyping: 'its input',
  jacksonClassId: 'its input',
  dotnetFormatter: 'its input',
  typeResolver: 'its input',
  typeNameHandling: 'its input',
  phpUnserialize: 'its input',
  rubyMarshal: 'its input',
  oj: 'its input',
  rubyJsonLoad: 'its input',
  nodeSerialize: 'its input',
};

/** Kinds whose danger depends on where the file comes from or on a library version the code cannot show. */
const KIND_CONFIDENCE: Readonly<Partial<Record<Kind, Confidence>>> = {
  torch: 'medium',
  joblib: 'medium',
  shelve: 'medium',
  marshal: 'medium',
  xstream: 'medium',
  jacksonClassId: 'medium',
  oj: 'medium',
  rubyJsonLoad: 'medium',
};

/** JSON additions only reach classes that define json_create, a much smaller set than a gadget chain needs. */
const KIND_SEVERITY: Readonly<Partial<Record<Kind, Severity>>> = {
  rubyJsonLoad: 'medium',
};

// ---------------------------------------------------------------------------------------------
// Hits and shared helpers
// ---------------------------------------------------------------------------------------------

interface Hit {
  readonly kind: Kind;
  /** The API as the message names it, e.g. `pickle.loads`, `BinaryFormatter.Deserialize`. */
  readonly api: string;
  readonly range: Range;
  /** The expressions whose origin decides whether the input is request data. */
  readonly inputs?: readonly SyntaxNode[];
  /** Overrides the kind's confidence (an explicit opt-out is certain where the default is not). */
  readonly confidence?: Confidence;
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[] };
}

type Detector = (code: CodeModel, call: CallSite, file: FileFacts) => Hit | undefined;

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

/** The callee as written, receiver included (`pickle.loads`, `formatter.Deserialize`). */
function calleeRange(call: CallSite): Range {
  const { calleeNode, receiver } = call;
  const start = receiver !== undefined && receiver.startIndex < calleeNode.startIndex ? receiver.startIndex : calleeNode.startIndex;
  return { start, end: calleeNode.endIndex };
}

function positionalArgs(call: CallSite): SyntaxNode[] {
  return call.args.filter((argument) => argument.name === undefined).map((argument) => argument.node);
}

function lastPart(name: string): string {
  const parts = nameParts(name);
  return parts[parts.length - 1] ?? name;
}

function compact(text: string): string {
  let result = '';
  for (const character of text) if (character !== ' ' && character !== '\t' && character !== '\n' && character !== '\r') result += character;
  return result;
}

/** Parentheses, and the argument wrappers C# and PHP put around a value. */
const WRAPPER_TYPES: ReadonlySet<string> = new Set(['parenthesized_expression', 'argument']);

function unwrap(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (WRAPPER_TYPES.has(current.type)) {
    const inner = current.namedChild(current.namedChildCount - 1);
    if (inner === null) break;
    current = inner;
  }
  return current;
}

/** The keyword argument (`allow_pickle=True`) or hash pair around an argument's value, for the flagged range. */
function argumentRange(valueNode: SyntaxNode): Range {
  const parent = valueNode.parent;
  if (parent !== null && (parent.type === 'keyword_argument' || parent.type === 'pair')) return rangeOf(parent);
  return rangeOf(valueNode);
}

// ---------------------------------------------------------------------------------------------
// Request data: what makes a finding critical
// ---------------------------------------------------------------------------------------------

/** Member-access node types per language, with the field holding the object being accessed. */
const ACCESS_OBJECT_FIELDS: Readonly<Partial<Record<CodeLanguage, ReadonlyMap<string, string | undefined>>>> = {
  python: new Map([['attribute', 'object'], ['subscript', 'value']]),
  javascript: new Map([['member_expression', 'object'], ['subscript_expression', 'object']]),
  typescript: new Map([['member_expression', 'object'], ['subscript_expression', 'object']]),
  tsx: new Map([['member_expression', 'object'], ['subscript_expression', 'object']]),
  java: new Map([['method_invocation', 'object'], ['field_access', 'object']]),
  csharp: new Map([['member_access_expression', 'expression'], ['element_access_expression', 'expression']]),
  php: new Map<string, string | undefined>([['member_call_expression', 'object'], ['member_access_expression', 'object'], ['subscript_expression', undefined]]),
  ruby: new Map<string, string | undefined>([['call', 'receiver'], ['element_reference', 'object']]),
};

/** Objects that hold the current HTTP request in each language's common frameworks. */
const REQUEST_OBJECTS: Readonly<Partial<Record<CodeLanguage, ReadonlySet<string>>>> = {
  // Flask, Django, Bottle, Pyramid, Falcon, Tornado.
  python: new Set(['request', 'req', 'flask.request', 'self.request']),
  // Express, Koa, Fastify, Next.js.
  javascript: new Set(['req', 'request', 'ctx.request', 'ctx.req']),
  typescript: new Set(['req', 'request', 'ctx.request', 'ctx.req']),
  tsx: new Set(['req', 'request', 'ctx.request', 'ctx.req']),
  // Servlets and Spring.
  java: new Set(['request', 'req', 'httpRequest', 'servletRequest']),
  // ASP.NET and ASP.NET Core.
  csharp: new Set(['Request', 'this.Request', 'HttpContext.Request', 'request', 'req']),
  // Symfony, Laravel (`request()`), PSR-7.
  php: new Set(['$request', '$req', 'request()', '$this->request']),
  // Rails and Sinatra.
  ruby: new Set(['params', 'cookies', 'request']),
};

const PHP_SUPERGLOBALS: ReadonlySet<string> = new Set(['$_GET', '$_POST', '$_COOKIE', '$_REQUEST', '$_FILES']);

/** Whether `node` reads the request directly: `request.data`, `req.body`, `$_COOKIE['x']`, `params[:state]`. */
function mentionsRequest(language: CodeLanguage, node: SyntaxNode): boolean {
  const accesses = ACCESS_OBJECT_FIELDS[language];
  const roots = REQUEST_OBJECTS[language];
  if (accesses === undefined || roots === undefined) return false;
  const stack: SyntaxNode[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (language === 'php' && isPhpRequestSource(current)) return true;
    if (accesses.has(current.type)) {
      const field = accesses.get(current.type);
      const object = field === undefined ? current.namedChild(0) : current.childForFieldName(field);
      if (object !== null && roots.has(compact(object.text))) return true;
    }
    for (const child of current.namedChildren) if (child !== null) stack.push(child);
  }
  return false;
}

function isPhpRequestSource(node: SyntaxNode): boolean {
  if (node.type === 'variable_name' && PHP_SUPERGLOBALS.has(node.text)) return true;
  return node.type === 'string_content' && node.text === 'php://input';
}

/**
 * Request data raises a finding one band: a deserialiser that runs code becomes critical when
 * anyone who can send a request controls its input.
 */
export function severityForRequestData(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(severity) - 1)] ?? severity;
}

/**
 * Whether an input is request data: read from the request in the expression itself, or held in a
 * variable last assigned from the request earlier in the same function.
 */
export function isRequestData(code: CodeModel, input: SyntaxNode): boolean {
  const node = unwrap(input);
  if (mentionsRequest(code.language, node)) return true;
  const value = earlierValue(code, node);
  return value !== undefined && mentionsRequest(code.language, value);
}

/** Node types of a plain variable reference: most grammars' identifier, PHP's `$name`. */
const VARIABLE_TYPES: ReadonlySet<string> = new Set(['identifier', 'variable_name']);

/** The value a plain variable was last given before `use` in the same function. */
function earlierValue(code: CodeModel, use: SyntaxNode): SyntaxNode | undefined {
  if (!VARIABLE_TYPES.has(use.type)) return undefined;
  const name = compact(use.text);
  const scope = code.enclosingFunction(use);
  let best: SyntaxNode | undefined;
  let bestStart = -1;
  for (const assignment of code.assignments()) {
    if (assignment.target !== name || assignment.node.startIndex >= use.startIndex) continue;
    if (code.enclosingFunction(assignment.node)?.id !== scope?.id) continue;
    if (assignment.node.startIndex > bestStart) {
      best = assignment.value;
      bestStart = assignment.node.startIndex;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Facts about the whole file, gathered once
// ---------------------------------------------------------------------------------------------

interface FileFacts {
  readonly callsByName: ReadonlyMap<string, readonly CallSite[]>;
  readonly keyValues: readonly KeyValue[];
}

function fileFacts(code: CodeModel): FileFacts {
  const callsByName = new Map<string, CallSite[]>();
  for (const call of code.calls()) {
    const list = callsByName.get(call.name) ?? [];
    list.push(call);
    callsByName.set(call.name, list);
  }
  return { callsByName, keyValues: code.keyValues() };
}

function callsNamed(file: FileFacts, ...names: readonly string[]): CallSite[] {
  return names.flatMap((name) => file.callsByName.get(name) ?? []);
}

// ---------------------------------------------------------------------------------------------
// Python
// ---------------------------------------------------------------------------------------------

/** Loading APIs by qualified name, each with its kind. */
const PYTHON_LOADERS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ...['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle'].flatMap((module): [string, Kind][] => [
    [`${module}.load`, 'pickle'],
    [`${module}.loads`, 'pickle'],
    [`${module}.Unpickler`, 'pickle'],
  ]),
  ['jsonpickle.decode', 'pickle'],
  ['jsonpickle.unpickler.decode', 'pickle'],
  ['pandas.read_pickle', 'pickle'],
  ['torch.load', 'torch'],
  ['joblib.load', 'joblib'],
  ['sklearn.externals.joblib.load', 'joblib'],
  ['shelve.open', 'shelve'],
  ['marshal.load', 'marshal'],
  ['marshal.loads', 'marshal'],
]);

const detectPython: Detector = (code, call) => {
  const qualified = call.qualified;
  const kind = PYTHON_LOADERS.get(qualified);
  if ((kind === undefined && qualified !== 'numpy.load') || !callsImportedName(code, call)) return undefined;
  if (kind === undefined) return numpyLoad(code, call);
  const inputs = positionalArgs(call).slice(0, 1);
  if (kind === 'torch') {
    const weightsOnly = namedArgument(call, 'weights_only');
    if (weightsOnly === undefined) return { kind, api: qualified, range: calleeRange(call), inputs };
    const value = code.valueOf(weightsOnly);
    // An explicit weights_only=False is a choice to unpickle; a computed value is left to the reader.
    if (value.kind === 'boolean' && !value.value) return { kind: 'pickle', api: 'torch.load(weights_only=False)', range: argumentRange(weightsOnly), inputs };
    return undefined;
  }
  return { kind, api: qualified, range: calleeRange(call), inputs };
};

/**
 * Whether the call goes through an imported name (`pickle.loads` after `import pickle`, `loads`
 * after `from pickle import loads`), not a local variable that happens to share a module's name.
 */
function callsImportedName(code: CodeModel, call: CallSite): boolean {
  const root = call.callee.split('.')[0] ?? '';
  return code.imports().some((binding) => binding.local === root) && !code.assignments().some((assignment) => assignment.target === root);
}

/** `numpy.load(f, allow_pickle=True)`: the flag is off by default since NumPy 1.16.3. */
function numpyLoad(code: CodeModel, call: CallSite): Hit | undefined {
  const allowPickle = namedArgument(call, 'allow_pickle');
  if (allowPickle === undefined) return undefined;
  const value = code.valueOf(allowPickle);
  if (value.kind !== 'boolean' || !value.value) return undefined;
  return { kind: 'pickle', api: 'numpy.load(allow_pickle=True)', range: argumentRange(allowPickle), inputs: positionalArgs(call).slice(0, 1) };
}

// ---------------------------------------------------------------------------------------------
// Java
// ---------------------------------------------------------------------------------------------

const JAVA_STREAMS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['ObjectInputStream', 'javaStream'],
  ['java.io.ObjectInputStream', 'javaStream'],
  ['XMLDecoder', 'xmlDecoder'],
  ['java.beans.XMLDecoder', 'xmlDecoder'],
]);

/** XStream calls that set up type permissions (an allow-list, or the 1.4.10+ default security). */
const XSTREAM_PERMISSIONS: readonly string[] = [
  'allowTypes', 'allowTypesByWildcard', 'allowTypesByRegExp', 'allowTypeHierarchy', 'addPermission', 'setupDefaultSecurity',
];

const JACKSON_ALWAYS_OPEN: ReadonlySet<string> = new Set(['enableDefaultTyping', 'enableDefaultTypingAsProperty']);
const JACKSON_VALIDATED: ReadonlySet<string> = new Set(['activateDefaultTyping', 'activateDefaultTypingAsProperty']);

const detectJava: Detector = (code, call, file) => {
  if (call.isConstructor) {
    const kind = JAVA_STREAMS.get(call.qualified);
    if (kind === undefined || javaStreamIsGuarded(code, call, file)) return undefined;
    return { kind, api: `new ${lastPart(call.qualified)}`, range: calleeRange(call), inputs: positionalArgs(call).slice(0, 1) };
  }
  const parts = nameParts(call.qualified);
  if (call.name === 'deserialize' && parts[parts.length - 2] === 'SerializationUtils') {
    return { kind: 'javaStream', api: 'SerializationUtils.deserialize', range: calleeRange(call), inputs: positionalArgs(call).slice(0, 1) };
  }
  if (call.name === 'fromXML' && usesXStream(code, file) && callsNamed(file, ...XSTREAM_PERMISSIONS).length === 0) {
    return { kind: 'xstream', api: 'XStream.fromXML', range: calleeRange(call), inputs: positionalArgs(call).slice(0, 1) };
  }
  if (JACKSON_ALWAYS_OPEN.has(call.name)) return { kind: 'jacksonTyping', api: `${call.name}()`, range: calleeRange(call) };
  if (JACKSON_VALIDATED.has(call.name)) {
    const validator = positionalArgument(call, 0);
    if (validator !== undefined && isLaissezFaire(code, validator)) {
      return { kind: 'jacksonTyping', api: `${call.name} with LaissezFaireSubTypeValidator`, range: rangeOf(validator) };
    }
  }
  return undefined;
};

function usesXStream(code: CodeModel, file: FileFacts): boolean {
  return code.imports().some((binding) => lastPart(binding.target) === 'XStream') || callsNamed(file, 'XStream').some((call) => call.isConstructor);
}

function isLaissezFaire(code: CodeModel, validator: SyntaxNode): boolean {
  if (validator.text.includes('LaissezFaireSubTypeValidator')) return true;
  const value = declaredValue(code, validator);
  return value !== undefined && value.text.includes('LaissezFaireSubTypeValidator');
}

/** The initial value of a Java local or field named by `use`, from its declaration or an assignment. */
function declaredValue(code: CodeModel, use: SyntaxNode): SyntaxNode | undefined {
  const name = compact(use.text);
  const assignment = code.assignments().find((candidate) => candidate.target === name || candidate.target === `this.${name}`);
  return assignment?.value;
}

/**
 * A stream that validates what it reads: an `ObjectInputFilter` set on the variable holding it
 * in the same function, a process-wide filter set in this file, or an anonymous subclass that
 * overrides `resolveClass`.
 */
function javaStreamIsGuarded(code: CodeModel, call: CallSite, file: FileFacts): boolean {
  if (call.qualified.endsWith('XMLDecoder')) return false;
  if (callsNamed(file, 'setSerialFilter', 'setSerialFilterFactory').length > 0) return true;
  const body = call.node.namedChildren.find((child) => child?.type === 'class_body');
  if (body?.namedChildren.some((member) => member?.type === 'method_declaration' && member.childForFieldName('name')?.text === 'resolveClass')) return true;
  const variable = heldIn(call.node);
  if (variable === undefined) return false;
  const scope = code.enclosingFunction(call.node);
  return callsNamed(file, 'setObjectInputFilter').some(
    (filter) => filter.receiver !== undefined && sameVariable(filter.receiver.text, variable) && code.enclosingFunction(filter.node)?.id === scope?.id,
  );
}

/** The variable a constructed object is stored in: a declaration, try-with-resources or assignment. */
function heldIn(creation: SyntaxNode): string | undefined {
  const parent = creation.parent;
  if (parent === null) return undefined;
  if (parent.type === 'variable_declarator' || parent.type === 'resource') return parent.childForFieldName('name')?.text;
  if (parent.type === 'assignment_expression') return parent.childForFieldName('left')?.text;
  return undefined;
}

function sameVariable(a: string, b: string): boolean {
  const strip = (name: string): string => (compact(name).startsWith('this.') ? compact(name).slice('this.'.length) : compact(name));
  return strip(a) === strip(b);
}

/** `@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)`: the annotation's `use` pair names a class id. */
function javaKeyValueHit(keyValue: KeyValue): Hit | undefined {
  if (keyValue.key !== 'use' || keyValue.node.type !== 'element_value_pair') return undefined;
  const annotation = keyValue.node.parent?.parent;
  if (annotation === undefined || annotation === null || lastPart(annotation.childForFieldName('name')?.text ?? '') !== 'JsonTypeInfo') return undefined;
  const id = lastPart(compact(keyValue.value.text));
  if (id !== 'CLASS' && id !== 'MINIMAL_CLASS') return undefined;
  return { kind: 'jacksonClassId', api: `@JsonTypeInfo(use = Id.${id})`, range: rangeOf(keyValue.value) };
}

// ---------------------------------------------------------------------------------------------
// C#
// ---------------------------------------------------------------------------------------------

/** Formatters Microsoft documents as unsafe for untrusted input, with their reading methods. */
const DOTNET_FORMATTERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['BinaryFormatter', new Set(['Deserialize', 'UnsafeDeserialize', 'UnsafeDeserializeMethodResponse'])],
  ['SoapFormatter', new Set(['Deserialize'])],
  ['NetDataContractSerializer', new Set(['Deserialize', 'ReadObject'])],
  ['LosFormatter', new Set(['Deserialize'])],
  ['ObjectStateFormatter', new Set(['Deserialize'])],
]);

/** Every reading method above, checked before the costlier work of finding a receiver's type. */
const DOTNET_READ_METHODS: ReadonlySet<string> = new Set([...DOTNET_FORMATTERS.values()].flatMap((methods) => [...methods]));

const DANGEROUS_TYPE_NAME_HANDLING: ReadonlySet<string> = new Set(['All', 'Auto', 'Objects', 'Arrays']);
const TYPE_NAME_HANDLING_KEYS: ReadonlySet<string> = new Set(['TypeNameHandling', 'ItemTypeNameHandling']);
const BINDER_KEYS: ReadonlySet<string> = new Set(['SerializationBinder', 'Binder']);

const detectCSharp: Detector = (code, call) => {
  if (call.isConstructor) {
    if (lastPart(call.qualified) !== 'SimpleTypeResolver') return undefined;
    return { kind: 'typeResolver', api: 'SimpleTypeResolver', range: calleeRange(call) };
  }
  if (call.receiver === undefined || !DOTNET_READ_METHODS.has(call.name)) return undefined;
  const type = dotnetReceiverType(code, call.receiver);
  if (type === undefined || DOTNET_FORMATTERS.get(type)?.has(call.name) !== true) return undefined;
  return { kind: 'dotnetFormatter', api: `${type}.${call.name}`, range: calleeRange(call), inputs: positionalArgs(call).slice(0, 1) };
};

/**
 * The class of a receiver, from `new T()` written in place, or from the variable's declaration
 * or assignment (`var f = new BinaryFormatter()`, `BinaryFormatter f;`, a field). An interface
 * type such as `IFormatter` gives way to the object actually constructed.
 */
function dotnetReceiverType(code: CodeModel, receiver: SyntaxNode): string | undefined {
  const node = unwrap(receiver);
  if (node.type === 'object_creation_expression') return lastPart(node.childForFieldName('type')?.text ?? '');
  const name = compact(node.text).startsWith('this.') ? compact(node.text).slice('this.'.length) : compact(node.text);
  if (name.includes('.') || name.includes('(')) return undefined;
  for (const assignment of code.assignments()) {
    if (assignment.target !== name && assignment.target !== `this.${name}`) continue;
    const value = unwrap(assignment.value);
    if (value.type === 'object_creation_expression') return lastPart(value.childForFieldName('type')?.text ?? '');
  }
  return declaredDotnetType(code.root, name);
}

/** The declared type of a C# variable, field or parameter named `name` (not `var`). */
function declaredDotnetType(root: SyntaxNode, name: string): string | undefined {
  for (const declaration of root.descendantsOfType(['variable_declaration', 'parameter'])) {
    if (declaration === null) continue;
    const type = declaration.childForFieldName('type');
    if (type === null || type.text === 'var') continue;
    const names =
      declaration.type === 'parameter'
        ? [declaration.childForFieldName('name')?.text]
        : declaration.namedChildren.filter((child) => child?.type === 'variable_declarator').map((declarator) => declarator?.namedChild(0)?.text);
    if (names.includes(name)) return lastPart(type.text);
  }
  return undefined;
}

/** Json.NET `TypeNameHandling` other than None, in initialisers, attributes and assignments. */
function csharpTypeNameHandling(code: CodeModel, file: FileFacts): Hit[] {
  const hits: Hit[] = [];
  for (const keyValue of file.keyValues) {
    if (!TYPE_NAME_HANDLING_KEYS.has(keyValue.key) || !isDangerousTypeNameHandling(keyValue.value)) continue;
    // Sibling settings in the same initialiser: a binder restricts the types.
    const siblings = file.keyValues.filter((other) => other.node.parent?.id === keyValue.node.parent?.id && other.node.parent !== null);
    if (keyValue.node.type !== 'attribute_argument' && siblings.some((other) => BINDER_KEYS.has(other.key))) continue;
    hits.push(typeNameHandlingHit(keyValue.key, keyValue.value));
  }
  for (const assignment of code.assignments()) {
    const split = assignment.target.lastIndexOf('.');
    if (split < 0 || !TYPE_NAME_HANDLING_KEYS.has(assignment.target.slice(split + 1))) continue;
    if (!isDangerousTypeNameHandling(assignment.value)) continue;
    const owner = assignment.target.slice(0, split);
    if (ownerHasBinder(code, file, owner, assignment.node)) continue;
    hits.push(typeNameHandlingHit(assignment.target.slice(split + 1), assignment.value));
  }
  return hits;
}

function isDangerousTypeNameHandling(value: SyntaxNode): boolean {
  const parts = nameParts(compact(value.text));
  return parts.length >= 2 && parts[parts.length - 2] === 'TypeNameHandling' && DANGEROUS_TYPE_NAME_HANDLING.has(parts[parts.length - 1] ?? '');
}

function typeNameHandlingHit(key: string, value: SyntaxNode): Hit {
  const member = lastPart(compact(value.text));
  const nameNode = value.childForFieldName('name') ?? value;
  return {
    kind: 'typeNameHandling',
    api: `${key} = TypeNameHandling.${member}`,
    range: rangeOf(value),
    fix: { title: 'Use TypeNameHandling.None', edits: [{ start: nameNode.startIndex, end: nameNode.endIndex, newText: 'None' }] },
  };
}

/** `settings.SerializationBinder = …` in the same function, or a binder in the initialiser that made `settings`. */
function ownerHasBinder(code: CodeModel, file: FileFacts, owner: string, at: SyntaxNode): boolean {
  const scope = code.enclosingFunction(at);
  for (const assignment of code.assignments()) {
    if (code.enclosingFunction(assignment.node)?.id !== scope?.id) continue;
    if ([...BINDER_KEYS].some((key) => assignment.target === `${owner}.${key}`)) return true;
    if (assignment.target !== owner) continue;
    const value = assignment.value;
    if (file.keyValues.some((keyValue) => BINDER_KEYS.has(keyValue.key) && keyValue.node.startIndex >= value.startIndex && keyValue.node.endIndex <= value.endIndex)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// PHP
// ---------------------------------------------------------------------------------------------

const detectPhp: Detector = (code, call, file) => {
  if (call.receiver !== undefined || call.isConstructor || nameParts(call.callee).length !== 1) return undefined;
  const name = call.name.toLowerCase();
  if (name === 'maybe_unserialize') return { kind: 'phpUnserialize', api: 'maybe_unserialize()', range: calleeRange(call), inputs: positionalArgs(call).slice(0, 1) };
  if (name !== 'unserialize' || definesFunction(code, 'unserialize')) return undefined;
  const data = namedArgument(call, 'data') ?? positionalArgument(call, 0);
  const inputs = data ? [data] : [];
  const options = namedArgument(call, 'options') ?? positionalArgument(call, 1);
  if (options === undefined) {
    const last = call.args[call.args.length - 1];
    const fix = last === undefined ? undefined : {
      title: 'Refuse objects when unserialising',
      edits: [{ start: last.node.endIndex, end: last.node.endIndex, newText: ", ['allowed_classes' => false]" }],
    };
    return { kind: 'phpUnserialize', api: 'unserialize()', range: calleeRange(call), inputs, fix };
  }
  // Options built elsewhere are left alone: they most likely exist to set allowed_classes.
  if (options.type !== 'array_creation_expression') return undefined;
  const allowed = file.keyValues.find((keyValue) => keyValue.key === 'allowed_classes' && keyValue.node.parent?.id === options.id);
  if (allowed === undefined) return { kind: 'phpUnserialize', api: 'unserialize()', range: calleeRange(call), inputs };
  const value = code.valueOf(allowed.value);
  if (value.kind !== 'boolean' || !value.value) return undefined;
  return {
    kind: 'phpUnserialize',
    api: "unserialize() with 'allowed_classes' => true",
    range: rangeOf(allowed.value),
    inputs,
    fix: { title: 'Refuse objects when unserialising', edits: [{ start: allowed.value.startIndex, end: allowed.value.endIndex, newText: 'false' }] },
  };
};

/** A file that defines its own function of this name (in a namespace) shadows the built-in. */
function definesFunction(code: CodeModel, name: string): boolean {
  return code.root.descendantsOfType('function_definition').some((definition) => definition?.childForFieldName('name')?.text.toLowerCase() === name);
}

// ---------------------------------------------------------------------------------------------
// Ruby
// ---------------------------------------------------------------------------------------------

/** Oj modes that build only plain data (or, for :custom, only what the options allow). */
const OJ_SAFE_MODES: ReadonlySet<string> = new Set(['strict', 'null', 'compat', 'json', 'rails', 'wab', 'custom']);

const detectRuby: Detector = (code, call, file) => {
  const qualified = call.qualified;
  const inputs = positionalArgs(call).slice(0, 1);
  if (qualified === 'Marshal.load' || qualified === 'Marshal.restore') return { kind: 'rubyMarshal', api: qualified, range: calleeRange(call), inputs };
  if (qualified === 'Oj.object_load') return { kind: 'oj', api: qualified, range: calleeRange(call), inputs, confidence: 'high' };
  if (qualified === 'Oj.load' || qualified === 'Oj.load_file') {
    const mode = namedArgument(call, 'mode');
    if (mode !== undefined) {
      // A safe mode, or one the code computes, is left alone.
      if (symbolName(mode) !== 'object') return undefined;
      return { kind: 'oj', api: `${qualified}(mode: :object)`, range: argumentRange(mode), inputs, confidence: 'high' };
    }
    if (ojDefaultIsSafe(code)) return undefined;
    return { kind: 'oj', api: qualified, range: calleeRange(call), inputs };
  }
  if (qualified === 'JSON.load' || qualified === 'JSON.restore') {
    const additions = file.keyValues.find((keyValue) => keyValue.key === 'create_additions' && keyValue.node.startIndex >= call.node.startIndex && keyValue.node.endIndex <= call.node.endIndex);
    const value = additions ? code.valueOf(additions.value) : undefined;
    if (value?.kind === 'boolean' && !value.value) return undefined;
    return { kind: 'rubyJsonLoad', api: qualified, range: calleeRange(call), inputs };
  }
  return undefined;
};

function symbolName(node: SyntaxNode): string {
  const text = node.text;
  return text.startsWith(':') ? text.slice(1) : text;
}

/** `Oj.default_options = { mode: :compat }` in the file makes a bare Oj.load parse plain data. */
function ojDefaultIsSafe(code: CodeModel): boolean {
  return code.assignments().some((assignment) => {
    if (assignment.target !== 'Oj.default_options') return false;
    const value = assignment.value;
    return code.keyValues().some(
      (keyValue) => keyValue.key === 'mode' && keyValue.node.startIndex >= value.startIndex && keyValue.node.endIndex <= value.endIndex && OJ_SAFE_MODES.has(symbolName(keyValue.value)),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript
// ---------------------------------------------------------------------------------------------

const JAVASCRIPT_LOADERS: ReadonlyMap<string, string> = new Map([
  ['node-serialize.unserialize', 'node-serialize unserialize()'],
  ['funcster.deepDeserialize', 'funcster.deepDeserialize()'],
]);

const detectJavaScript: Detector = (_code, call) => {
  const api = JAVASCRIPT_LOADERS.get(call.qualified);
  if (api === undefined) return undefined;
  return { kind: 'nodeSerialize', api, range: calleeRange(call), inputs: positionalArgs(call).slice(0, 1) };
};

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const DETECTORS: Readonly<Partial<Record<CodeLanguage, Detector>>> = {
  python: detectPython,
  java: detectJava,
  csharp: detectCSharp,
  php: detectPhp,
  ruby: detectRuby,
  javascript: detectJavaScript,
  typescript: detectJavaScript,
  tsx: detectJavaScript,
};

/** Findings that come from settings rather than calls. */
function settingHits(code: CodeModel, file: FileFacts): Hit[] {
  if (code.language === 'csharp') return csharpTypeNameHandling(code, file);
  if (code.language === 'java') return file.keyValues.map(javaKeyValueHit).filter((hit): hit is Hit => hit !== undefined);
  return [];
}

/** Kinds whose lower confidence is only about where the input comes from, so request data settles it. */
const ORIGIN_ONLY_CONFIDENCE: ReadonlySet<Kind> = new Set<Kind>(['torch', 'joblib', 'shelve']);

function report(context: RuleContext, code: CodeModel, hit: Hit): void {
  const fromRequest = (hit.inputs ?? []).some((input) => isRequestData(code, input));
  const severity = KIND_SEVERITY[hit.kind] ?? 'high';
  const confidence = hit.confidence ?? KIND_CONFIDENCE[hit.kind] ?? 'high';
  context.report({
    range: hit.range,
    message: messageFor(hit.kind, hit.api, fromRequest),
    severity: fromRequest ? severityForRequestData(severity) : severity,
    confidence: fromRequest && ORIGIN_ONLY_CONFIDENCE.has(hit.kind) ? 'high' : confidence,
    ...(hit.fix ? { fix: hit.fix } : {}),
  });
}

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const file = fileFacts(code);
  const hits: Hit[] = [];
  for (const call of code.calls()) {
    const hit = detect(code, call, file);
    if (hit !== undefined) hits.push(hit);
  }
  hits.push(...settingHits(code, file));
  const reported = new Set<string>();
  for (const hit of hits.sort((a, b) => a.range.start - b.range.start)) {
    const key = `${hit.range.start}:${hit.range.end}`;
    if (reported.has(key)) continue;
    reported.add(key);
    report(context, code, hit);
  }
}

export const unsafeDeserialization: Rule = {
  meta: {
    id: 'deserialization/unsafe-deserialization',
    title: 'Unsafe deserialisation of data that can name its own types',
    area: 'deserialization',
    severity: 'high',
    confidence: 'high',
    cwe: [502],
    owasp: 'A08:2021 Software and Data Integrity Failures',
    policy: ['vulnerability-scanning-and-patch-management-guide#the-base-principles'],
    basis: 'principle',
    why:
      'Deserialisers such as pickle, Java serialisation, BinaryFormatter, PHP unserialize and Ruby Marshal build whatever classes the data names and run their hooks, so whoever can write the data can usually run code in the service. ' +
      'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists this under Software and Data Integrity Failures (Vulnerability Scanning and Patch Management Guide: The base principles).',
    howToFix:
      'Exchange data in a data-only format such as JSON, bound to the types you expect. Where a native format must stay, restrict the classes it may build (an ObjectInputFilter, a SerializationBinder, allowed_classes) and check the data\'s integrity before reading it.',
    fixSafety: 'suggestion',
    languages: ['python', 'java', 'csharp', 'php', 'ruby', 'javascript', 'typescript', 'tsx'],
    prefilter: [
      'pickle', 'dill', 'torch', 'joblib', 'shelve', 'marshal',
      'ObjectInputStream', 'XMLDecoder', 'SerializationUtils', 'fromXML', 'DefaultTyping', 'JsonTypeInfo',
      'Formatter', 'NetDataContractSerializer', 'SimpleTypeResolver', 'TypeNameHandling',
      'unserialize', 'Oj.', 'JSON.load', 'JSON.restore', 'funcster',
    ],
    examples: {
      python: 'record = json.loads(request.data)',
      java: 'Case record = objectMapper.readValue(body, Case.class);',
      csharp: 'var record = JsonSerializer.Deserialize<CaseRecord>(body);',
      php: "$prefs = json_decode($_COOKIE['prefs'], true, 16, JSON_THROW_ON_ERROR);",
      ruby: 'state = JSON.parse(params[:state])',
      javascript: 'const profile = JSON.parse(req.cookies.profile);',
      typescript: 'const profile: Profile = JSON.parse(req.cookies.profile);',
      tsx: 'const profile: Profile = JSON.parse(serialised);',
    },
  },
  check,
};
