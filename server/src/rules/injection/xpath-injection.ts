/**
 * injection/xpath-injection: an XPath expression built from text that is not constant and passed
 * to an API that evaluates it. Java's `javax.xml.xpath.XPath` (`evaluate`, `compile`), dom4j and
 * JDOM; .NET's `SelectNodes`, `SelectSingleNode`, `XPathNavigator` and the LINQ to XML XPath
 * extensions; lxml's `xpath()` and `etree.XPath`; PHP's `DOMXPath` and `SimpleXMLElement::xpath`;
 * Nokogiri's `xpath` and `at_xpath` and REXML's `XPath`; the browser's `document.evaluate` and the
 * `xpath` npm package; Go's antchfx `xmlquery`, `htmlquery` and `xpath`.
 *
 * The engine's data-flow helper says where the expression comes from: request data is a finding at
 * high confidence, a function parameter or a value this function cannot see into at low, and only
 * when the expression is built from it. Constant expressions with XPath variables
 * (`tree.xpath("//user[@name=$name]", name=name)`, `XPathVariableResolver`) are the fix and stay
 * silent, and so are numbers and values through ESAPI's `encodeForXPath`. Method names that other
 * libraries share (`evaluate`, `compile`, `query`, `select`) count only when the receiver is named
 * like an XPath object or the constant text reads as a path (`/`, `[@`). No fix is offered:
 * moving values into XPath variables changes the call.
 */
import { injectionConfidence, nameWords, originOf, positionalArgument, relatedEvidence, safeRegex } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, EvidenceNotes, Rule, RuleContext, SyntaxNode, ValueOrigin } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles), and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).';

type Family = 'java' | 'csharp' | 'python' | 'php' | 'ruby' | 'node' | 'go';

const ADVICE: Readonly<Record<Family, string>> = {
  java: 'Keep the expression constant and pass values as XPath variables: "//user[@name=$name]" with xpath.setXPathVariableResolver(…).',
  csharp: 'Keep the expression constant and pass values as variables through an XsltContext, or select with LINQ to XML: doc.Descendants("user").Where(u => (string)u.Attribute("name") == name).',
  python: 'Keep the expression constant and pass values as XPath variables: tree.xpath("//user[@name=$name]", name=name).',
  php: "Keep the expression constant and check the value against an allow-list, or compare in PHP after a constant query; DOMXPath has no variables, so never splice input into the path.",
  ruby: "Keep the expression constant and pass values as variables: doc.xpath('//user[@name=$name]', nil, name: name).",
  node: 'Keep the expression constant and pass values as variables (xpath.parse("//user[@name=$name]").select({ node: doc, variables: { name } })), or compare in code.',
  go: 'Keep the expression constant and compare values in Go after the query, or check them against an allow-list before building it.',
};

function messageFor(origin: ValueOrigin, api: string, family: Family): string {
  let found: string;
  if (origin.kind === 'request' && !origin.built) {
    found = `Request data is used as an XPath expression by ${api}, so a crafted value can select other nodes, such as other users' records or password fields (XPath injection).`;
  } else {
    const source = origin.kind === 'request' ? 'request data' : origin.kind === 'parameter' ? 'a function parameter' : 'a value that is not a constant';
    found = `An XPath expression built from ${source} is evaluated by ${api}, so a value holding ' or ] can change the query and select other nodes, such as other users' records or password fields (XPath injection).`;
  }
  return `${found} ${CONTROL} ${ADVICE[family]}`;
}

const EVIDENCE_NOTES: EvidenceNotes = {
  request: 'Request data is read here.',
  parameter: 'The value comes from this parameter.',
  unknown: 'This value is not a constant.',
  sanitised: 'The value is encoded here.',
  constant: 'The value is set here.',
};

// ---------------------------------------------------------------------------------------------
// Sinks
// ---------------------------------------------------------------------------------------------

interface Sink {
  readonly expression: SyntaxNode;
  readonly api: string;
  readonly family: Family;
  /**
   * The method name alone does not say XPath: the constant text must read as a path (`path`), or
   * hold a predicate on an attribute or child (`predicate`, for names as common as `find`).
   */
  readonly generic: false | 'path' | 'predicate';
  readonly receiver?: SyntaxNode;
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

/** A location step at the start of the text or after a space, quote, parenthesis or union: `/users`, `/*`, `/@id`. */
const LEADING_STEP = safeRegex("(^|[\\s('\"|])/[\\w*@]", '');
/** XPath functions that rarely appear in other text. */
const XPATH_FUNCTION = safeRegex('\\b(contains|starts-with|normalize-space|string-length)\\(', '');
/** SQL keywords: a shared method name (`query`, `evaluate`) with SQL text is a database call, not XPath. */
const SQL_TEXT = safeRegex('\\b(select|insert|update|delete|where|values)\\b', 'i');
/** A predicate comparing an attribute or child: `[@name='`, `[name=`. */
const PREDICATE_TEXT = safeRegex('\\[@?[\\w:-]+\\s*=', '');

/**
 * Whether constant text reads as XPath: a descendant step (`//`), an attribute step or predicate
 * (`/@`, `[@`), an axis (`::`), a leading location step, or an XPath function.
 */
function readsAsPath(text: string): boolean {
  if (['//', '/@', '[@', '::', './'].some((marker) => text.includes(marker))) return true;
  return LEADING_STEP.test(text) || XPATH_FUNCTION.test(text);
}

function readsAsXPath(origin: ValueOrigin, generic: 'path' | 'predicate'): boolean {
  const text = origin.fragments.join(' ');
  const xpath = generic === 'path' ? readsAsPath(text) : PREDICATE_TEXT.test(text);
  return xpath && !SQL_TEXT.test(text);
}

function isXPathObject(receiver: SyntaxNode | undefined): boolean {
  if (receiver === undefined) return false;
  const text = receiver.text;
  if (text.toLowerCase().includes('xpath')) return true;
  const words = nameWords(text);
  return words.includes('xpath') || words.includes('xp') || words.includes('xpe') || words.includes('nav') || words.includes('navigator');
}

function apiName(call: CallSite): string {
  const callee = call.callee;
  return callee.length <= 40 && !callee.includes('(') && !callee.includes('"') && !callee.includes("'") ? callee : call.name;
}

function sink(call: CallSite, expression: SyntaxNode | undefined, family: Family, generic: Sink['generic']): Sink[] {
  return expression === undefined ? [] : [{ expression, api: apiName(call), family, generic, receiver: call.receiver }];
}

// Java -----------------------------------------------------------------------------------------

/** dom4j and JDOM methods whose names say XPath. */
const JAVA_XPATH_METHODS: ReadonlySet<string> = new Set(['selectNodes', 'selectSingleNode', 'selectObject', 'createXPath', 'numberValueOf', 'valueOf']);

const detectJava: Detector = (call) => {
  if (call.receiver === undefined || call.isConstructor) return [];
  if (call.name === 'evaluate' || call.name === 'compile' || call.name === 'evaluateExpression') {
    // `Pattern.compile`, `ScriptEngine`, `XPathExpression.evaluate(doc)` (already compiled) are not this.
    if (call.receiver.text === 'Pattern' || call.args.length === 0) return [];
    return sink(call, positionalArgument(call, 0), 'java', isXPathObject(call.receiver) ? false : 'path');
  }
  if (!JAVA_XPATH_METHODS.has(call.name)) return [];
  // `String.valueOf`, `Integer.valueOf` and enum `valueOf` are static; dom4j's `node.valueOf(path)` is called on a node.
  const first = call.receiver.text.charAt(0);
  const instance = first === first.toLowerCase();
  if ((call.name === 'valueOf' || call.name === 'numberValueOf') && !instance) return [];
  return sink(call, positionalArgument(call, 0), 'java', call.name === 'valueOf' || call.name === 'numberValueOf' ? 'path' : false);
  return [];
};

// C# -------------------------------------------------------------------------------------------

const CSHARP_XPATH_METHODS: ReadonlySet<string> = new Set(['SelectNodes', 'SelectSingleNode', 'XPathSelectElement', 'XPathSelectElements', 'XPathEvaluate']);
const CSHARP_NAVIGATOR_METHODS: ReadonlySet<string> = new Set(['Evaluate', 'Select', 'Compile', 'Matches', 'SelectDescendants']);

const detectCSharp: Detector = (call) => {
  if (CSHARP_XPATH_METHODS.has(call.name) && call.receiver !== undefined) return sink(call, positionalArgument(call, 0), 'csharp', false);
  if (call.name === 'Compile' && call.receiver?.text === 'XPathExpression') return sink(call, positionalArgument(call, 0), 'csharp', false);
  if (CSHARP_NAVIGATOR_METHODS.has(call.name) && call.receiver !== undefined && call.receiver.text !== 'Regex') {
    return sink(call, positionalArgument(call, 0), 'csharp', isXPathObject(call.receiver) ? false : 'path');
  }
  return [];
};

// Python ---------------------------------------------------------------------------------------

const LXML_XPATH_CLASSES: ReadonlySet<string> = new Set(['lxml.etree.XPath', 'lxml.etree.ETXPath', 'lxml.etree.XPathEvaluator', 'lxml.etree.XPathDocumentEvaluator']);
const ELEMENT_PATH_METHODS: ReadonlySet<string> = new Set(['find', 'findall', 'iterfind', 'findtext']);

const detectPython: Detector = (call) => {
  if (call.name === 'xpath' && call.receiver !== undefined) return sink(call, positionalArgument(call, 0) ?? call.args.find((argument) => argument.name === '_path')?.node, 'python', false);
  if (LXML_XPATH_CLASSES.has(call.qualified)) return sink(call, positionalArgument(call, 0), 'python', false);
  // ElementTree's path language has predicates too: `root.findall(".//user[@name='%s']" % name)`.
  if (ELEMENT_PATH_METHODS.has(call.name) && call.receiver !== undefined) return sink(call, positionalArgument(call, 0), 'python', 'predicate');
  return [];
};

// PHP ------------------------------------------------------------------------------------------

const detectPhp: Detector = (call) => {
  if (call.receiver === undefined) return [];
  if (call.name === 'xpath') return sink(call, positionalArgument(call, 0), 'php', false);
  if (call.name === 'query' || call.name === 'evaluate') return sink(call, positionalArgument(call, 0), 'php', isXPathObject(call.receiver) ? false : 'path');
  return [];
};

// Ruby -----------------------------------------------------------------------------------------

const NOKOGIRI_METHODS: ReadonlySet<string> = new Set(['xpath', 'at_xpath']);
const REXML_METHODS: ReadonlySet<string> = new Set(['first', 'match', 'each']);

const detectRuby: Detector = (call) => {
  if (call.receiver === undefined) return [];
  if (NOKOGIRI_METHODS.has(call.name)) return sink(call, positionalArgument(call, 0), 'ruby', false);
  // REXML::XPath.first(doc, path); REXML's `elements[path]` and `elements.each(path)` are XPath too.
  if (REXML_METHODS.has(call.name) && call.receiver.text.endsWith('XPath')) return sink(call, positionalArgument(call, 1), 'ruby', false);
  if ((call.name === 'each' || call.name === 'to_a') && call.receiver.text.endsWith('elements')) return sink(call, positionalArgument(call, 0), 'ruby', 'predicate');
  return [];
};

// JavaScript and TypeScript --------------------------------------------------------------------

const XPATH_PACKAGE_FUNCTIONS: ReadonlySet<string> = new Set(['select', 'select1', 'evaluate', 'parse', 'useNamespaces']);

const detectJavaScript: Detector = (call, code) => {
  if (call.name === 'evaluate' && call.receiver !== undefined && (call.receiver.text === 'document' || call.receiver.text.endsWith('.document') || call.receiver.text.endsWith('ownerDocument'))) {
    return sink(call, positionalArgument(call, 0), 'node', false);
  }
  // Only a callee from the xpath packages is split into its parts.
  if (call.qualified.startsWith('xpath')) {
    const [module, member] = call.qualified.replace('.default.', '.').split('.');
    if ((module === 'xpath' || module === 'xpath-ts' || module === 'xpath.js') && member !== undefined && XPATH_PACKAGE_FUNCTIONS.has(member) && member !== 'useNamespaces') {
      return sink(call, positionalArgument(call, 0), 'node', false);
    }
  }
  // `const select = xpath.useNamespaces({...}); select(expression, doc)`, in a file that loads the xpath package.
  if (call.receiver === undefined && (call.name === 'select' || call.name === 'select1') && code.imports().some((binding) => binding.target.startsWith('xpath'))) {
    return sink(call, positionalArgument(call, 0), 'node', 'path');
  }
  return [];
};

// Go -------------------------------------------------------------------------------------------

const GO_QUERY_FUNCTIONS: ReadonlySet<string> = new Set(['Find', 'FindOne', 'Query', 'QueryAll', 'FindEach', 'FindEachWithBreak']);

const detectGo: Detector = (call) => {
  const qualified = call.qualified;
  if (qualified.includes('antchfx/xmlquery.') || qualified.includes('antchfx/htmlquery.') || qualified.includes('antchfx/jsonquery.')) {
    return GO_QUERY_FUNCTIONS.has(call.name) ? sink(call, positionalArgument(call, 1), 'go', false) : [];
  }
  if (qualified.includes('antchfx/xpath.') && (call.name === 'Compile' || call.name === 'MustCompile' || call.name === 'Select')) return sink(call, positionalArgument(call, 0), 'go', false);
  return [];
};

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const DETECTORS: Readonly<Partial<Record<CodeLanguage, Detector>>> = {
  java: detectJava,
  csharp: detectCSharp,
  python: detectPython,
  php: detectPhp,
  ruby: detectRuby,
  javascript: detectJavaScript,
  typescript: detectJavaScript,
  tsx: detectJavaScript,
  go: detectGo,
};

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const reported = new Set<string>();
  for (const found of code.calls().flatMap((call) => detect(call, code))) {
    const key = `${found.expression.startIndex}:${found.expression.endIndex}`;
    if (reported.has(key)) continue;
    const origin = originOf(code, found.expression, 'xpath');
    const confidence = injectionConfidence(origin);
    if (confidence === undefined) continue;
    if (found.generic !== false && !readsAsXPath(origin, found.generic)) continue;
    reported.add(key);
    context.report({
      node: found.expression,
      message: messageFor(origin, found.api, found.family),
      severity: 'high',
      confidence,
      ...relatedEvidence(origin, found.expression, EVIDENCE_NOTES),
    });
  }
}

export const xpathInjection: Rule = {
  meta: {
    id: 'injection/xpath-injection',
    title: 'XPath expression built from non-constant input',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [643],
    owasp: 'A03:2021 Injection',
    policy: [
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
      'vulnerability-scanning-guide#scanning-requirements',
      'tg:justice-digital-software-engineering-standards#security-standards',
    ],
    basis: 'principle',
    why:
      "An XPath expression assembled from strings lets whoever controls a value close the quote and add their own predicate (' or '1'='1), reading nodes the query was meant to hide or passing a login check against an XML user store. " +
      'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles); MoJ names no rule on XPath itself.',
    howToFix:
      'Keep the expression constant and pass values as XPath variables (XPathVariableResolver, lxml and Nokogiri keyword variables, the xpath package\'s variables); ' +
      'where a library has none, check values against an allow-list or compare them in code after a constant query.',
    fixSafety: 'suggestion',
    languages: ['java', 'csharp', 'python', 'php', 'ruby', 'javascript', 'typescript', 'tsx', 'go'],
    prefilter: ['xpath', 'evaluate', 'compile', 'selectNodes', 'selectSingleNode', 'valueOf', 'SelectNodes', 'SelectSingleNode', 'Select', 'find', 'query', 'elements', 'antchfx'],
    examples: {
      java: 'XPathExpression expression = xpath.compile("//user[@name=$name]"); // values through setXPathVariableResolver',
      csharp: 'var user = doc.Descendants("user").FirstOrDefault(u => (string)u.Attribute("name") == name);',
      python: 'users = tree.xpath("//user[@name=$name]", name=name)',
      php: "$users = $xpath->query('//user'); // then compare each name in PHP",
      ruby: "users = doc.xpath('//user[@name=$name]', nil, name: name)",
      javascript: "const users = xpath.parse('//user[@name=$name]').select({ node: doc, variables: { name } });",
      typescript: "const users = xpath.parse('//user[@name=$name]').select({ node: doc, variables: { name } });",
      tsx: "const users = xpath.parse('//user[@name=$name]').select({ node: doc, variables: { name } });",
    },
  },
  check,
};
