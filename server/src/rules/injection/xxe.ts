/**
 * injection/xxe: an XML parser that reads DTDs and resolves external entities (XML external
 * entity injection), so a document can pull in local files or make the server fetch URLs.
 *
 * - Java: `DocumentBuilderFactory`, `SAXParserFactory`, `XMLInputFactory`, `XMLReaderFactory`,
 *   dom4j's `SAXReader` and JDOM's `SAXBuilder` are vulnerable by default. The factory's creation
 *   is reported when nothing in the same class hardens a parser (`disallow-doctype-decl`,
 *   `FEATURE_SECURE_PROCESSING`, the external-entity features off, `SUPPORT_DTD` false,
 *   `ACCESS_EXTERNAL_DTD` empty, or an entity resolver of its own), and not when the factory is
 *   handed to a method this rule cannot see into, which may harden it. `TransformerFactory` and
 *   `SchemaFactory` are reported at low confidence, and only where the class parses a
 *   `StreamSource` or `SAXSource` (serialising a `DOMSource` parses nothing).
 * - C#: `DtdProcessing = DtdProcessing.Parse` (and the old `ProhibitDtd = false`), and an
 *   `XmlUrlResolver` given to an `XmlDocument` or to reader settings that parse DTDs. An
 *   `XmlTextReader` with no DTD setting is reported at low confidence: it resolves external
 *   entities on .NET Framework before 4.5.2.
 * - Python: lxml's `resolve_entities=True`, `no_network=False` and `load_dtd=True`; `xml.sax` and
 *   `pulldom` parsers with `feature_external_ges` or `feature_external_pes` turned on. Request data
 *   parsed with lxml's default parser is low confidence (before lxml 5.0 it reads local files
 *   through external entities); other lxml defaults, the standard library's other parsers and
 *   defusedxml are not reported.
 * - PHP: `LIBXML_NOENT` and `LIBXML_DTDLOAD` wherever they are written (they mean nothing but
 *   parser options; `~LIBXML_NOENT` clears the flag and is not reported),
 *   `libxml_disable_entity_loader(false)`, and XMLReader's `SUBST_ENTITIES` turned on.
 * - JavaScript: libxmljs `parseXml` and `parseXmlString` with `noent: true`, written in the call or
 *   in an options object in a file that imports libxmljs. xml2js, fast-xml-parser and xmldom do
 *   not expand external entities.
 * - Ruby: Nokogiri's `noent` and `dtdload` options (block form and `ParseOptions::NOENT`) and
 *   libxml-ruby's `NOENT`. REXML does not fetch external entities.
 * - Go's `encoding/xml` does not process DTDs, so Go is not read.
 *
 * A fix is offered where one token says it (`DtdProcessing.Prohibit`, `resolve_entities=False`,
 * `noent: false`); it is a suggestion, since documents that relied on entities parse differently.
 */
import { namedArgument, originOf, positionalArgument, safeRegex } from '../../engine/contract';
import type { CallSite, CodeModel, Confidence, Fix, KeyValue, Rule, RuleContext, Severity, SyntaxNode } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists XML external entities under security misconfiguration (Vulnerability Scanning and Patch Management Guide: The base principles).';

const XXE_EFFECT = 'so a document with a DOCTYPE can read local files, reach internal hosts or exhaust memory (XXE)';

function finding(found: string, advice: string): string {
  return `${found} ${CONTROL} ${advice}`;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

function booleanOf(code: CodeModel, node: SyntaxNode | undefined): boolean | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  if (value.kind === 'boolean') return value.value;
  if (value.kind === 'number') return value.value !== 0;
  return undefined;
}

function stringOf(code: CodeModel, node: SyntaxNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

function replaceFix(title: string, node: SyntaxNode, newText: string): Fix {
  return { title, edits: [{ start: node.startIndex, end: node.endIndex, newText }], safety: 'suggestion' };
}

interface Finding {
  readonly node: SyntaxNode;
  readonly message: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly fix?: Fix;
}

// ---------------------------------------------------------------------------------------------
// Java
// ---------------------------------------------------------------------------------------------

type JavaParser = 'dom' | 'sax' | 'stax' | 'transformer' | 'schema';

/** Factory methods and constructors that make a parser, by the last two segments of the callee. */
const JAVA_FACTORIES: Readonly<Record<string, JavaParser>> = {
  'DocumentBuilderFactory.newInstance': 'dom',
  'DocumentBuilderFactory.newDefaultInstance': 'dom',
  'DocumentBuilderFactory.newNSInstance': 'dom',
  'DocumentBuilderFactory.newDefaultNSInstance': 'dom',
  'SAXParserFactory.newInstance': 'sax',
  'SAXParserFactory.newDefaultInstance': 'sax',
  'SAXParserFactory.newNSInstance': 'sax',
  'SAXParserFactory.newDefaultNSInstance': 'sax',
  'XMLReaderFactory.createXMLReader': 'sax',
  'XMLInputFactory.newInstance': 'stax',
  'XMLInputFactory.newFactory': 'stax',
  'XMLInputFactory.newDefaultFactory': 'stax',
  'TransformerFactory.newInstance': 'transformer',
  'TransformerFactory.newDefaultInstance': 'transformer',
  'SAXTransformerFactory.newInstance': 'transformer',
  'SchemaFactory.newInstance': 'schema',
  'SchemaFactory.newDefaultInstance': 'schema',
};

/** dom4j's and JDOM's parsers, made with `new`. */
const JAVA_PARSER_CLASSES: Readonly<Record<string, JavaParser>> = { SAXReader: 'sax', SAXBuilder: 'sax' };

const JAVA_ADVICE: Readonly<Record<JavaParser, string>> = {
  dom: 'Turn DOCTYPEs off on the factory before use: factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true).',
  sax: 'Turn DOCTYPEs off on the parser before use: setFeature("http://apache.org/xml/features/disallow-doctype-decl", true).',
  stax: 'Turn DTDs off on the factory: factory.setProperty(XMLInputFactory.SUPPORT_DTD, false).',
  transformer: 'Block external access on the factory: factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "") and factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "").',
  schema: 'Block external access on the factory: factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "") and factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "").',
};

/** Features and properties that harden a parser, with the value that hardens (undefined: any value but "all"). */
const JAVA_HARDENING: readonly { readonly key: string; readonly constant: string; readonly hardens: boolean | 'access' }[] = [
  { key: 'http://apache.org/xml/features/disallow-doctype-decl', constant: 'DISALLOW_DOCTYPE', hardens: true },
  { key: 'http://javax.xml.XMLConstants/feature/secure-processing', constant: 'FEATURE_SECURE_PROCESSING', hardens: true },
  { key: 'http://xml.org/sax/features/external-general-entities', constant: 'EXTERNAL_GENERAL_ENTITIES', hardens: false },
  { key: 'http://xml.org/sax/features/external-parameter-entities', constant: 'EXTERNAL_PARAMETER_ENTITIES', hardens: false },
  { key: 'http://apache.org/xml/features/nonvalidating/load-external-dtd', constant: 'LOAD_EXTERNAL_DTD', hardens: false },
  { key: 'javax.xml.stream.supportDTD', constant: 'SUPPORT_DTD', hardens: false },
  { key: 'javax.xml.stream.isSupportingExternalEntities', constant: 'IS_SUPPORTING_EXTERNAL_ENTITIES', hardens: false },
  { key: 'http://javax.xml.XMLConstants/property/accessExternalDTD', constant: 'ACCESS_EXTERNAL_DTD', hardens: 'access' },
  { key: 'http://javax.xml.XMLConstants/property/accessExternalSchema', constant: 'ACCESS_EXTERNAL_SCHEMA', hardens: 'access' },
  { key: 'http://javax.xml.XMLConstants/property/accessExternalStylesheet', constant: 'ACCESS_EXTERNAL_STYLESHEET', hardens: 'access' },
];

const JAVA_SETTERS: ReadonlySet<string> = new Set(['setFeature', 'setProperty', 'setAttribute']);
/** Sources a transformer or schema factory parses as XML (a `DOMSource` is already parsed). */
const PARSED_SOURCES: ReadonlySet<string> = new Set(['StreamSource', 'SAXSource']);
/** A parser given its own resolver decides what external entities resolve to. */
const JAVA_RESOLVERS: ReadonlySet<string> = new Set(['setEntityResolver', 'setXMLResolver']);

function checkJava(code: CodeModel): Finding[] {
  const calls = code.calls();
  const findings: Finding[] = [];
  for (const call of calls) {
    const kind = call.isConstructor ? JAVA_PARSER_CLASSES[call.name] : JAVA_FACTORIES[lastTwo(call.callee)];
    if (kind === undefined) continue;
    const scope = enclosingClass(call.node) ?? code.root;
    if (calls.some((other) => within(other.node, scope) && hardensJava(other, code))) continue;
    if (handedOn(call, calls, code)) continue;
    const lowRisk = kind === 'transformer' || kind === 'schema';
    // Transformers and schema factories parse only what they are given as a stream: serialising a DOMSource parses nothing.
    if (lowRisk && !calls.some((other) => within(other.node, scope) && other.isConstructor && PARSED_SOURCES.has(other.name))) continue;
    const api = call.isConstructor ? `new ${call.name}()` : `${lastTwo(call.callee)}()`;
    const reads = kind === 'transformer' ? 'stylesheets' : kind === 'schema' ? 'schemas' : 'documents';
    findings.push({
      node: call.node,
      message: finding(
        `${api} makes a parser that reads DTDs and resolves external entities in the ${reads} it is given, and nothing in this class turns that off, ${XXE_EFFECT}.`,
        JAVA_ADVICE[kind],
      ),
      severity: lowRisk ? 'medium' : 'high',
      confidence: lowRisk ? 'low' : 'medium',
    });
  }
  return findings;
}

function hardensJava(call: CallSite, code: CodeModel): boolean {
  if (JAVA_RESOLVERS.has(call.name)) return true;
  // `setExpandEntityReferences(false)` alone still loads external DTDs, so it does not count.
  if (!JAVA_SETTERS.has(call.name)) return false;
  const keyNode = positionalArgument(call, 0);
  if (keyNode === undefined) return false;
  const key = stringOf(code, keyNode);
  const setting = JAVA_HARDENING.find((candidate) => (key !== undefined ? key === candidate.key : keyNode.text.includes(candidate.constant)));
  if (setting === undefined) return false;
  const valueNode = positionalArgument(call, 1);
  if (setting.hardens === 'access') return stringOf(code, valueNode)?.trim().toLowerCase() !== 'all';
  const value = booleanOf(code, valueNode);
  // A value this file cannot work out (a flag from configuration) is given the benefit of the doubt.
  return value === undefined || value === setting.hardens;
}

/**
 * Whether the factory is passed to a method this rule cannot see into (`XmlSecurity.harden(factory)`),
 * which may well harden it: a guess either way, so the rule stays silent.
 */
function handedOn(creation: CallSite, calls: readonly CallSite[], code: CodeModel): boolean {
  const holder = code.assignments().find((assignment) => assignment.value.id === creation.node.id)?.target;
  if (holder === undefined) return false;
  const scope = code.enclosingFunction(creation.node) ?? code.root;
  return calls.some((other) => within(other.node, scope) && other.args.some((argument) => argument.node.text === holder));
}

function lastTwo(callee: string): string {
  const parts = callee.split('.');
  return parts.slice(-2).join('.');
}

function enclosingClass(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current !== null; current = current.parent) {
    if (current.type === 'class_declaration' || current.type === 'enum_declaration' || current.type === 'record_declaration' || current.type === 'interface_declaration') return current;
  }
  return undefined;
}

function within(node: SyntaxNode, scope: SyntaxNode): boolean {
  return scope.startIndex <= node.startIndex && node.endIndex <= scope.endIndex;
}

// ---------------------------------------------------------------------------------------------
// C#
// ---------------------------------------------------------------------------------------------

const PROHIBIT = 'Prohibit DTDs, which also stops entity expansion: DtdProcessing = DtdProcessing.Prohibit (or leave the default, and set XmlResolver = null).';

/** A property set on a .NET object, by object initializer or by assignment. */
interface CSharpSetting {
  readonly key: string;
  readonly value: SyntaxNode;
  /** The `new T { … }` holding an initializer pair. */
  readonly owner?: SyntaxNode;
  /** The variable the object is held in (`settings` in `settings.DtdProcessing = …`), if known. */
  readonly objectName?: string;
  readonly scope?: SyntaxNode;
}

function checkCSharp(code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  const settings = csharpSettings(code);
  for (const setting of settings) {
    if (setting.key === 'DtdProcessing' && isDtdParse(setting.value)) {
      const resolver = settings.some((other) => other.key === 'XmlResolver' && isUrlResolver(other.value) && sameObject(setting, other));
      findings.push({
        node: setting.value,
        message: finding(
          resolver
            ? `DtdProcessing.Parse with an XmlUrlResolver makes the reader process DTDs and fetch external entities, ${XXE_EFFECT}.`
            : 'DtdProcessing.Parse makes the reader process DTDs, so a document can expand entities until memory runs out, and read files or URLs wherever a resolver is set (XXE).',
          PROHIBIT,
        ),
        severity: resolver ? 'high' : 'medium',
        confidence: resolver ? 'high' : 'medium',
        fix: dtdProhibitFix(setting.value),
      });
    } else if (setting.key === 'ProhibitDtd' && setting.value.text === 'false') {
      findings.push({
        node: setting.value,
        message: finding(`ProhibitDtd = false makes the reader process DTDs, ${XXE_EFFECT}.`, 'Keep DTDs prohibited: ProhibitDtd = true, or use XmlReaderSettings with DtdProcessing = DtdProcessing.Prohibit.'),
        severity: 'high',
        confidence: 'medium',
        fix: replaceFix('Set ProhibitDtd to true', setting.value, 'true'),
      });
    } else if (setting.key === 'XmlResolver' && isUrlResolver(setting.value)) {
      // Reader settings prohibit DTDs by default, so a resolver there matters only with DtdProcessing.Parse (reported above).
      if (isReaderSettings(code, setting)) continue;
      findings.push({
        node: setting.value,
        message: finding(`An XmlUrlResolver lets the document's DTD fetch files and URLs while it is parsed, ${XXE_EFFECT}.`, 'Leave XmlResolver null (the default since .NET Framework 4.5.2): XmlResolver = null.'),
        severity: 'high',
        confidence: 'high',
        fix: replaceFix('Set XmlResolver to null', setting.value, 'null'),
      });
    }
  }
  findings.push(...xmlTextReaders(code, settings));
  return findings;
}

function csharpSettings(code: CodeModel): CSharpSetting[] {
  const settings: CSharpSetting[] = [];
  const seen = new Set<number>();
  for (const pair of code.keyValues()) {
    const owner = initializerOwner(pair);
    if (owner === undefined || seen.has(pair.value.id)) continue;
    seen.add(pair.value.id);
    settings.push({ key: pair.key, value: pair.value, owner, objectName: variableHolding(code, owner), scope: code.enclosingFunction(owner) });
  }
  for (const assignment of code.assignments()) {
    if (seen.has(assignment.value.id)) continue;
    seen.add(assignment.value.id);
    const dot = assignment.target.lastIndexOf('.');
    if (dot < 0) continue;
    settings.push({ key: assignment.target.slice(dot + 1), value: assignment.value, objectName: assignment.target.slice(0, dot), scope: code.enclosingFunction(assignment.node) });
  }
  return settings;
}

function sameObject(a: CSharpSetting, b: CSharpSetting): boolean {
  if (a.owner !== undefined && a.owner.id === b.owner?.id) return true;
  return a.objectName !== undefined && a.objectName === b.objectName && a.scope?.id === b.scope?.id;
}

/** The variable a `new T(…)` is assigned to, if any. */
function variableHolding(code: CodeModel, creation: SyntaxNode): string | undefined {
  return code.assignments().find((assignment) => assignment.value.id === creation.id)?.target;
}

function isReaderSettings(code: CodeModel, setting: CSharpSetting): boolean {
  if (setting.owner !== undefined) return setting.owner.text.startsWith('new XmlReaderSettings') || setting.owner.text.startsWith('new System.Xml.XmlReaderSettings');
  const name = setting.objectName;
  if (name === undefined) return false;
  return code.assignments().some((assignment) => assignment.target === name && assignment.value.text.includes('XmlReaderSettings') && code.enclosingFunction(assignment.node)?.id === setting.scope?.id);
}

const DTD_PARSE = safeRegex('(^|\\.)\\s*DtdProcessing\\s*\\.\\s*Parse$', '');

function isDtdParse(value: SyntaxNode): boolean {
  return DTD_PARSE.test(value.text);
}

function isUrlResolver(value: SyntaxNode): boolean {
  return value.type === 'object_creation_expression' && value.text.includes('XmlUrlResolver');
}

/** `DtdProcessing.Parse` → `DtdProcessing.Prohibit`, keeping any qualification written before it. */
function dtdProhibitFix(value: SyntaxNode): Fix {
  const text = value.text;
  const at = text.lastIndexOf('Parse');
  return { title: 'Prohibit DTD processing', edits: [{ start: value.startIndex + at, end: value.startIndex + at + 'Parse'.length, newText: 'Prohibit' }], safety: 'suggestion' };
}

/** The `new T { … }` an object-initializer pair belongs to. */
function initializerOwner(pair: KeyValue): SyntaxNode | undefined {
  for (let current = pair.node.parent; current !== null; current = current.parent) {
    if (current.type === 'object_creation_expression') return current;
    if (current.type.includes('statement') || current.type === 'block') return undefined;
  }
  return undefined;
}

/** `new XmlTextReader(…)` with no DTD setting for it: external entities resolve on .NET Framework before 4.5.2. */
function xmlTextReaders(code: CodeModel, settings: readonly CSharpSetting[]): Finding[] {
  const findings: Finding[] = [];
  const configures = (setting: CSharpSetting): boolean => setting.key === 'DtdProcessing' || setting.key === 'ProhibitDtd' || setting.key === 'XmlResolver';
  for (const call of code.calls()) {
    if (!call.isConstructor || call.name !== 'XmlTextReader') continue;
    const reader: CSharpSetting = { key: '', value: call.node, owner: call.node, objectName: variableHolding(code, call.node), scope: code.enclosingFunction(call.node) };
    if (settings.some((setting) => configures(setting) && sameObject(reader, setting))) continue;
    findings.push({
      node: call.node,
      message: finding(
        `new XmlTextReader(…) processes DTDs and, on .NET Framework before 4.5.2, resolves external entities by default, ${XXE_EFFECT}.`,
        'Use XmlReader.Create with XmlReaderSettings (DtdProcessing.Prohibit is its default), or set reader.DtdProcessing = DtdProcessing.Prohibit.',
      ),
      severity: 'medium',
      confidence: 'low',
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Python
// ---------------------------------------------------------------------------------------------

const LXML_PARSERS: ReadonlySet<string> = new Set([
  'lxml.etree.XMLParser', 'lxml.etree.XMLPullParser', 'lxml.etree.ETCompatXMLParser', 'lxml.etree.XMLTreeBuilder', 'lxml.etree.iterparse', 'lxml.objectify.makeparser',
]);
const SAX_EXTERNAL_FEATURES: readonly string[] = ['feature_external_ges', 'feature_external_pes', 'http://xml.org/sax/features/external-general-entities', 'http://xml.org/sax/features/external-parameter-entities'];

function checkPython(code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  for (const call of code.calls()) {
    if (LXML_PARSERS.has(call.qualified)) {
      findings.push(...lxmlOptions(call, code));
    } else if (LXML_DEFAULT_PARSE.has(call.qualified)) {
      findings.push(...lxmlDefaultParser(call, code));
    } else if (call.name === 'setFeature' && call.receiver !== undefined) {
      const feature = positionalArgument(call, 0);
      const value = positionalArgument(call, 1);
      if (feature === undefined || value === undefined || booleanOf(code, value) !== true) continue;
      const name = stringOf(code, feature) ?? feature.text;
      if (!SAX_EXTERNAL_FEATURES.some((candidate) => name.endsWith(candidate))) continue;
      findings.push({
        node: call.node,
        message: finding(`Turning on ${name.endsWith('pes') || name.endsWith('parameter-entities') ? 'external parameter entities' : 'external general entities'} makes the SAX parser fetch the files and URLs a document's DTD names, ${XXE_EFFECT}.`, 'Leave the feature off (the default since Python 3.7.1), or parse with defusedxml.'),
        severity: 'high',
        confidence: 'high',
        fix: replaceFix('Turn the feature off', value, 'False'),
      });
    }
  }
  return findings;
}

/** lxml functions that parse with the default parser unless given one. */
const LXML_DEFAULT_PARSE: ReadonlySet<string> = new Set(['lxml.etree.fromstring', 'lxml.etree.XML', 'lxml.etree.parse', 'lxml.etree.iterparse']);

/**
 * Request data parsed with lxml's default parser: before lxml 5.0 it resolves external entities
 * from local files (only the network is off), so the finding is low confidence: the version decides.
 */
function lxmlDefaultParser(call: CallSite, code: CodeModel): Finding[] {
  const source = positionalArgument(call, 0) ?? namedArgument(call, 'text') ?? namedArgument(call, 'source');
  if (source === undefined || positionalArgument(call, 1) !== undefined || namedArgument(call, 'parser') !== undefined) return [];
  if (originOf(code, source, 'code').kind !== 'request') return [];
  const api = call.callee.length <= 40 ? call.callee : call.name;
  return [{
    node: call.node,
    message: finding(
      `Request data is parsed by ${api} with lxml's default parser, which before lxml 5.0 substitutes external entities from local files, so a document with a DOCTYPE can read files on the server (XXE).`,
      'Parse untrusted XML with defusedxml.lxml, or pass a parser that resolves no entities: etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True)).',
    ),
    severity: 'medium',
    confidence: 'low',
  }];
}

function lxmlOptions(call: CallSite, code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  const resolve = namedArgument(call, 'resolve_entities');
  const resolveValue = resolve === undefined ? undefined : code.valueOf(resolve);
  const resolvesNone = resolveValue?.kind === 'boolean' && !resolveValue.value;
  const resolvesInternalOnly = resolveValue?.kind === 'string' && resolveValue.value === 'internal';
  const api = call.callee.length <= 40 ? call.callee : call.name;
  const advice = 'Keep the parser from resolving entities and fetching DTDs: XMLParser(resolve_entities=False, no_network=True), or parse with defusedxml.lxml.';
  if (resolve !== undefined && resolveValue?.kind === 'boolean' && resolveValue.value) {
    findings.push({
      node: resolve.parent ?? resolve,
      message: finding(`${api} with resolve_entities=True substitutes external entities, so a document's DOCTYPE can read local files into the result (XXE).`, advice),
      severity: 'high',
      confidence: 'high',
      fix: replaceFix('Set resolve_entities to False', resolve, 'False'),
    });
  }
  const network = namedArgument(call, 'no_network');
  if (network !== undefined && booleanOf(code, network) === false && !resolvesNone) {
    findings.push({
      node: network.parent ?? network,
      message: finding(`${api} with no_network=False lets a document's DTD and entities fetch URLs, so a crafted document can make the server reach internal hosts (XXE, SSRF).`, advice),
      severity: 'high',
      confidence: 'medium',
      fix: replaceFix('Set no_network to True', network, 'True'),
    });
  }
  const dtd = namedArgument(call, 'load_dtd');
  if (dtd !== undefined && booleanOf(code, dtd) === true && !resolvesNone && !resolvesInternalOnly) {
    findings.push({
      node: dtd.parent ?? dtd,
      message: finding(`${api} with load_dtd=True loads the external DTD a document names, so its entities can read local files (XXE).`, advice),
      severity: 'medium',
      confidence: 'medium',
      fix: replaceFix('Set load_dtd to False', dtd, 'False'),
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// PHP
// ---------------------------------------------------------------------------------------------

function checkPhp(code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  for (const call of code.calls()) {
    const name = call.name.toLowerCase();
    if (name === 'libxml_disable_entity_loader' && call.receiver === undefined) {
      if (booleanOf(code, positionalArgument(call, 0)) !== false) continue;
      findings.push({
        node: call.node,
        message: finding(`libxml_disable_entity_loader(false) lets libxml load external entities and DTDs, ${XXE_EFFECT}.`, 'Remove the call, and never pass LIBXML_NOENT or LIBXML_DTDLOAD to a parser that reads untrusted XML.'),
        severity: 'high',
        confidence: 'medium',
      });
      continue;
    }
    if (name === 'setparserproperty' && positionalArgument(call, 0)?.text.endsWith('SUBST_ENTITIES') === true && booleanOf(code, positionalArgument(call, 1)) === true) {
      const value = positionalArgument(call, 1);
      findings.push({
        node: call.node,
        message: finding(`XMLReader with SUBST_ENTITIES on substitutes external entities, ${XXE_EFFECT}.`, 'Leave SUBST_ENTITIES off (the default).'),
        severity: 'high',
        confidence: 'high',
        ...(value ? { fix: replaceFix('Turn SUBST_ENTITIES off', value, 'false') } : {}),
      });
      continue;
    }
  }
  // The flags themselves, wherever they are written: passed to loadXML, simplexml_load_string,
  // new SimpleXMLElement or XMLReader::xml, or kept in a variable first. They mean nothing else.
  for (const flag of libxmlFlags(code)) {
    const noent = flag.text.endsWith('LIBXML_NOENT');
    findings.push({
      node: flag,
      message: finding(
        noent
          ? `LIBXML_NOENT makes libxml substitute entities, external ones included, ${XXE_EFFECT}.`
          : 'LIBXML_DTDLOAD makes libxml load the external DTD a document names, so its parameter entities can read files or reach other hosts (XXE).',
        'Remove the flag; libxml then leaves external entities alone.',
      ),
      severity: noent ? 'high' : 'medium',
      confidence: noent ? 'high' : 'medium',
    });
  }
  return findings;
}

/** `LIBXML_NOENT` and `LIBXML_DTDLOAD` in code, except where they are cleared (`$options & ~LIBXML_NOENT`). */
function libxmlFlags(code: CodeModel): SyntaxNode[] {
  const flags: SyntaxNode[] = [];
  for (const name of code.nodesOfType(['name'])) {
    if ((name.text !== 'LIBXML_NOENT' && name.text !== 'LIBXML_DTDLOAD')) continue;
    const flag = name.parent?.type === 'qualified_name' ? name.parent : name;
    if (isCleared(flag)) continue;
    flags.push(flag);
  }
  return flags;
}

/** Whether a flag sits under a bitwise not, which clears it. */
function isCleared(node: SyntaxNode): boolean {
  for (let current = node.parent, depth = 0; current !== null && depth < 4; current = current.parent, depth++) {
    if (current.text.startsWith('~')) return true;
    if (current.type.includes('statement') || current.type === 'arguments') return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript
// ---------------------------------------------------------------------------------------------

const LIBXMLJS_PARSERS: ReadonlySet<string> = new Set(['parseXml', 'parseXmlString', 'parseXmlAsync', 'fromXml']);

function checkJavaScript(code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<number>();
  const report = (pair: KeyValue, api: string): void => {
    if (reported.has(pair.node.id) || booleanOf(code, pair.value) !== true) return;
    reported.add(pair.node.id);
    findings.push({
      node: pair.node,
      message: finding(`${api} with noent: true substitutes external entities, ${XXE_EFFECT}.`, 'Leave noent off (the default): libxmljs.parseXml(text), or parse with a library that does not resolve entities.'),
      severity: 'high',
      confidence: 'high',
      fix: replaceFix('Set noent to false', pair.value, 'false'),
    });
  };
  const noentPairs = code.keyValues().filter((pair) => pair.key === 'noent');
  if (noentPairs.length === 0) return findings;
  for (const call of code.calls()) {
    if (!LIBXMLJS_PARSERS.has(call.name)) continue;
    const options = call.args.map((argument) => argument.node).find((node) => node.type === 'object');
    const inline = options === undefined ? undefined : noentPairs.find((pair) => pair.node.parent?.id === options.id);
    if (inline !== undefined) report(inline, `libxmljs ${call.name}`);
  }
  // Options kept in a variable first, in a file that uses libxmljs.
  if (code.imports().some((binding) => binding.target.startsWith('libxmljs'))) {
    for (const pair of noentPairs) report(pair, 'libxmljs');
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Ruby
// ---------------------------------------------------------------------------------------------

function checkRuby(code: CodeModel): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<number>();
  const report = (node: SyntaxNode, option: 'NOENT' | 'DTDLOAD'): void => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    const noent = option === 'NOENT';
    findings.push({
      node,
      message: finding(
        noent
          ? `The NOENT parse option makes libxml substitute entities, external ones included, ${XXE_EFFECT}.`
          : 'The DTDLOAD parse option makes libxml load the external DTD a document names, so its entities can read files or reach other hosts (XXE).',
        'Parse with the default options (Nokogiri::XML(text), which sets NONET and no NOENT), and never turn on noent or dtdload for untrusted XML.',
      ),
      severity: noent ? 'high' : 'medium',
      confidence: noent ? 'high' : 'medium',
    });
  };
  // `Nokogiri::XML::ParseOptions::NOENT`, `LibXML::XML::Parser::Options::NOENT`.
  for (const node of code.nodesOfType(['scope_resolution'])) {
    const name = node.childForFieldName('name')?.text;
    if ((name !== 'NOENT' && name !== 'DTDLOAD')) continue;
    if (!node.text.includes('Options') && !node.text.includes('Nokogiri') && !node.text.includes('LibXML')) continue;
    // `options & ~ParseOptions::NOENT` clears the option.
    if (node.parent?.text.startsWith('~') === true) continue;
    report(node, name);
  }
  // The block form: `Nokogiri::XML(text) { |config| config.noent }` and chained `config.strict.noent`.
  for (const call of code.calls()) {
    if ((call.name === 'noent' || call.name === 'dtdload') && call.receiver !== undefined && call.args.length === 0 && insideParseBlock(call.node)) {
      report(call.node, call.name === 'noent' ? 'NOENT' : 'DTDLOAD');
    }
  }
  return findings;
}

const PARSE_CALL = safeRegex('Nokogiri|XML|parse|Document', '');

/** Whether a node lies in the block given to a Nokogiri parse call (`XML`, `parse`, `Document`). */
function insideParseBlock(node: SyntaxNode): boolean {
  for (let current = node.parent; current !== null; current = current.parent) {
    if (current.type === 'block' || current.type === 'do_block') {
      const owner = current.parent;
      return owner !== null && owner.type === 'call' && PARSE_CALL.test(owner.text.slice(0, Math.max(0, current.startIndex - owner.startIndex)));
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function check(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  let findings: Finding[];
  switch (code.language) {
    case 'java':
      findings = checkJava(code);
      break;
    case 'csharp':
      findings = checkCSharp(code);
      break;
    case 'python':
      findings = checkPython(code);
      break;
    case 'php':
      findings = checkPhp(code);
      break;
    case 'javascript':
    case 'typescript':
    case 'tsx':
      findings = checkJavaScript(code);
      break;
    case 'ruby':
      findings = checkRuby(code);
      break;
    default:
      return;
  }
  for (const found of findings) {
    context.report({ node: found.node, message: found.message, severity: found.severity, confidence: found.confidence, ...(found.fix ? { fix: found.fix } : {}) });
  }
}

export const xxe: Rule = {
  meta: {
    id: 'injection/xxe',
    title: 'XML parser resolves external entities',
    area: 'injection',
    severity: 'high',
    confidence: 'medium',
    cwe: [611, 776],
    owasp: 'A05:2021 Security Misconfiguration',
    policy: [
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
      'vulnerability-scanning-guide#scanning-requirements',
      'tg:justice-digital-software-engineering-standards#security-standards',
    ],
    basis: 'principle',
    why:
      'A parser that processes DTDs lets the document define entities that read local files (/etc/passwd, credentials), make the server fetch internal URLs, or expand until memory runs out. ' +
      'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists XML external entities (Vulnerability Scanning and Patch Management Guide: The base principles); MoJ names no rule on XML parsers themselves.',
    howToFix:
      'Turn DTD processing off where the parser is made (disallow-doctype-decl, SUPPORT_DTD false, DtdProcessing.Prohibit), ' +
      'and never turn entity substitution on (resolve_entities=True, LIBXML_NOENT, noent); in Python, defusedxml parses untrusted XML safely.',
    fixSafety: 'suggestion',
    languages: ['java', 'csharp', 'python', 'php', 'javascript', 'typescript', 'tsx', 'ruby'],
    prefilter: [
      'DocumentBuilderFactory', 'SAXParserFactory', 'XMLInputFactory', 'XMLReaderFactory', 'TransformerFactory', 'SchemaFactory', 'SAXReader', 'SAXBuilder',
      'DtdProcessing', 'ProhibitDtd', 'XmlUrlResolver', 'XmlTextReader', 'lxml', 'resolve_entities', 'no_network', 'load_dtd', 'feature_external', 'external-general-entities',
      'external-parameter-entities', 'LIBXML_NOENT', 'LIBXML_DTDLOAD', 'libxml_disable_entity_loader', 'SUBST_ENTITIES', 'noent', 'NOENT', 'dtdload', 'DTDLOAD',
    ],
    examples: {
      java: 'DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();\nfactory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);',
      csharp: 'var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };',
      python: 'parser = etree.XMLParser(resolve_entities=False, no_network=True)',
      php: '$document->loadXML($xml, LIBXML_NONET);',
      javascript: 'const document = libxmljs.parseXml(text);',
      typescript: 'const document = libxmljs.parseXml(text);',
      tsx: 'const document = libxmljs.parseXml(text);',
      ruby: 'document = Nokogiri::XML(text)',
    },
  },
  check,
};
