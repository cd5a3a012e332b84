/**
 * injection/ldap-injection: an LDAP search filter or distinguished name built from text that is
 * not constant. JNDI's `DirContext.search`, Spring LDAP's `LdapTemplate` and hard-coded filters,
 * UnboundID's `Filter.create`, .NET's `DirectorySearcher` and `SearchRequest`, python-ldap and
 * ldap3 searches and binds, PHP's `ldap_search` family and `ldap_bind`, go-ldap's
 * `NewSearchRequest`, Ruby's net-ldap filters and searches, and ldapjs search options.
 *
 * The engine's data-flow helper says where the filter comes from: request data is a finding at
 * high confidence, a function parameter or a value this function cannot see into at low, and only
 * when the filter is built from it (a filter passed whole is a wrapper's argument). Values through
 * an LDAP escaping API (`escape_filter_chars`, `filter_format`, `LdapEncoder.filterEncode`,
 * `ldap_escape`, `ldap.EscapeFilter`, `Net::LDAP::Filter.escape`) are safe, and so are filter
 * objects (Spring's `LdapQueryBuilder` `where(…).is(…)`, `EqualsFilter`, `Net::LDAP::Filter.eq`,
 * ldapjs `EqualityFilter`), which escape their values. Method names that other libraries share
 * (`search`, `Filter`, `filter`) count only when the constant text around the value reads as an
 * LDAP filter or DN, and JavaScript files only when they load an LDAP client (ldapjs, ldapts,
 * activedirectory). No fix is offered: escaping depends on whether the value lands in a filter
 * or a DN.
 */
import { injectionConfidence, namedArgument, nameWords, originOf, positionalArgument, relatedEvidence, safeRegex } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, EvidenceNotes, Rule, RuleContext, SyntaxNode, ValueOrigin } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles), and its engineering standards ask for input to be validated (Justice Digital software engineering standards: Security Standards).';

type Family = 'python' | 'java' | 'spring' | 'csharp' | 'php' | 'go' | 'ruby' | 'node';

const ADVICE: Readonly<Record<Family, string>> = {
  python: "Escape each value: ldap.filter.filter_format('(uid=%s)', [name]) or ldap3.utils.conv.escape_filter_chars(name); use ldap.dn.escape_dn_chars for a DN.",
  java: 'Escape each value with LdapEncoder.filterEncode (LdapEncoder.nameEncode for a DN), or pass it as a filter argument: ctx.search(base, "(uid={0})", new Object[] { name }, controls).',
  spring: 'Build the query with LdapQueryBuilder, which escapes values: query().where("uid").is(name).',
  csharp: 'Escape each value for the filter (\\, *, (, ), NUL as \\5c, \\2a, \\28, \\29, \\00), e.g. with Encoder.LdapFilterEncode, before building the filter.',
  php: "Escape each value: '(uid=' . ldap_escape($name, '', LDAP_ESCAPE_FILTER) . ')' (LDAP_ESCAPE_DN for a DN).",
  go: 'Escape each value: fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(name)) (ldap.EscapeDN for a DN).',
  ruby: "Build the filter from objects, which escape values: Net::LDAP::Filter.eq('uid', name), or escape with Net::LDAP::Filter.escape(name).",
  node: 'Build the filter from objects, which escape values: new ldap.EqualityFilter({ attribute: \'uid\', value: name }), or escape each value before building the string.',
};

type Part = 'filter' | 'dn';

function messageFor(origin: ValueOrigin, api: string, family: Family, part: Part): string {
  const what = part === 'filter' ? 'An LDAP search filter' : 'An LDAP distinguished name';
  const effect = part === 'filter'
    ? 'so a value holding *, ( or ) can widen the search or bypass a login check (LDAP injection)'
    : 'so a value holding , = or + can point at another entry (LDAP injection)';
  let found: string;
  if (origin.kind === 'request' && !origin.built) {
    found = `Request data is used as ${part === 'filter' ? 'an LDAP search filter' : 'an LDAP distinguished name'} by ${api}, ${effect}.`;
  } else {
    const source = origin.kind === 'request' ? 'request data' : origin.kind === 'parameter' ? 'a function parameter' : 'a value that is not a constant';
    found = `${what} built from ${source} is passed to ${api} without LDAP escaping, ${effect}.`;
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
  readonly value: SyntaxNode;
  readonly api: string;
  readonly family: Family;
  readonly part: Part;
  /** The API name alone does not say LDAP: the constant text must read as a filter or DN. */
  readonly generic: boolean;
}

type Detector = (call: CallSite, code: CodeModel) => readonly Sink[];

/** Constant text of a filter: an opening parenthesis, maybe an operator, and `attribute=`. */
const FILTER_TEXT = safeRegex('\\([&|!]?\\(?\\s*[A-Za-z][\\w.;-]*\\s*[~<>]?=', '');
/** Constant text of a DN: a common naming attribute and `=`. */
const DN_TEXT = safeRegex('(^|[,;+\\s])(uid|cn|ou|dc|mail|samaccountname|userprincipalname|employeenumber)\\s*=', 'i');

function readsAs(origin: ValueOrigin, part: Part): boolean {
  const text = origin.fragments.join(' ');
  return part === 'filter' ? FILTER_TEXT.test(text) : DN_TEXT.test(text);
}

function apiName(call: CallSite): string {
  const callee = call.callee;
  return callee.length <= 40 && !callee.includes('(') && !callee.includes('"') && !callee.includes("'") ? callee : call.name;
}

function sink(call: CallSite, value: SyntaxNode | undefined, family: Family, part: Part, generic: boolean, api = apiName(call)): Sink[] {
  return value === undefined ? [] : [{ value, api, family, part, generic }];
}

/** Whether the receiver is named like an LDAP connection or context (`ldap`, `ctx`, `dirContext`, `ldapTemplate`). */
function isLdapHandle(receiver: SyntaxNode | undefined): boolean {
  if (receiver === undefined) return false;
  const words = nameWords(receiver.text);
  return words.includes('ldap') || words.includes('dir') || words.includes('ctx') || words.includes('ldaps');
}

// Python ---------------------------------------------------------------------------------------

/** python-ldap's search methods: base, scope, filterstr. */
const PYTHON_LDAP_SEARCH: ReadonlySet<string> = new Set(['search', 'search_s', 'search_st', 'search_ext', 'search_ext_s', 'search_subtree_s']);
const PYTHON_LDAP_BIND: ReadonlySet<string> = new Set(['simple_bind', 'simple_bind_s', 'bind', 'bind_s']);

const detectPython: Detector = (call) => {
  // ldap3 binds as the DN it is given: `Connection(server, user=dn, password=…)`.
  if (call.name === 'Connection' && (call.qualified.startsWith('ldap3') || call.callee.startsWith('ldap3'))) return sink(call, namedArgument(call, 'user'), 'python', 'dn', true);
  if (call.receiver === undefined) return [];
  if (PYTHON_LDAP_SEARCH.has(call.name)) {
    const second = positionalArgument(call, 1);
    // python-ldap passes a scope second (ldap.SCOPE_SUBTREE); ldap3's `search` passes the filter second.
    const pythonLdap = call.name !== 'search' || (second !== undefined && second.text.includes('SCOPE')) || namedArgument(call, 'filterstr', 'scope') !== undefined;
    const filter = namedArgument(call, 'filterstr', 'search_filter') ?? (pythonLdap ? positionalArgument(call, 2) : second);
    const base = namedArgument(call, 'base', 'search_base') ?? positionalArgument(call, 0);
    return [...sink(call, filter, 'python', 'filter', true), ...sink(call, base, 'python', 'dn', true)];
  }
  if (PYTHON_LDAP_BIND.has(call.name)) return sink(call, namedArgument(call, 'who') ?? positionalArgument(call, 0), 'python', 'dn', true);
  return [];
};

// Java -----------------------------------------------------------------------------------------

/** JNDI `DirContext` methods whose first argument is a DN. */
const JNDI_NAMED: ReadonlySet<string> = new Set(['lookup', 'getAttributes', 'modifyAttributes', 'bind', 'rebind', 'unbind', 'destroySubcontext', 'createSubcontext']);
/** Spring `LdapTemplate` methods taking (base, filter, …). */
const SPRING_SEARCH: ReadonlySet<string> = new Set(['search', 'searchForObject', 'authenticate', 'findOne', 'find']);

const detectJava: Detector = (call) => {
  if (call.isConstructor) {
    // Spring's `new HardcodedFilter(text)` and UnboundID's `new SearchRequest(base, scope, filter, …)`.
    if (call.name === 'HardcodedFilter') return sink(call, positionalArgument(call, 0), 'spring', 'filter', false);
    return [];
  }
  if (call.receiver === undefined) return [];
  // UnboundID `Filter.create(text)`.
  if ((call.name === 'create' || call.name === 'createFilter') && (call.receiver.text === 'Filter' || call.receiver.text.endsWith('.Filter'))) return sink(call, positionalArgument(call, 0), 'java', 'filter', false);
  // Spring `query().filter(text)`: one argument is a hard-coded filter; with more, the rest are encoded parameters of a format.
  if (call.name === 'filter' && call.args.length === 1) return sink(call, positionalArgument(call, 0), 'spring', 'filter', true, 'LdapQueryBuilder.filter');
  const spring = nameWords(call.receiver.text).includes('template');
  if (call.name === 'search' || (spring && SPRING_SEARCH.has(call.name))) {
    const first = positionalArgument(call, 0);
    const filter = positionalArgument(call, 1);
    const family: Family = spring ? 'spring' : 'java';
    return [...sink(call, filter, family, 'filter', !isLdapHandle(call.receiver) && !spring), ...sink(call, first, family, 'dn', true)];
  }
  if (JNDI_NAMED.has(call.name) && isLdapHandle(call.receiver)) return sink(call, positionalArgument(call, 0), 'java', 'dn', true);
  return [];
};

// C# -------------------------------------------------------------------------------------------

const detectCSharp: Detector = (call) => {
  if (!call.isConstructor) return [];
  // `new DirectorySearcher(filter)`, `new DirectorySearcher(entry, filter)`, `new SearchRequest(dn, filter, scope, …)`.
  if (call.name === 'DirectorySearcher') {
    const args = call.args.filter((argument) => argument.name === undefined);
    const filter = namedArgument(call, 'filter') ?? (args.length === 1 ? args[0]?.node : args[1]?.node);
    return filter === undefined || filter.type === 'null_literal' ? [] : sink(call, filter, 'csharp', 'filter', false);
  }
  if (call.name === 'SearchRequest') {
    return [...sink(call, namedArgument(call, 'ldapFilter') ?? positionalArgument(call, 1), 'csharp', 'filter', true), ...sink(call, namedArgument(call, 'distinguishedName') ?? positionalArgument(call, 0), 'csharp', 'dn', true)];
  }
  return [];
};

/** `searcher.Filter = "(uid=" + name + ")"` and `new DirectorySearcher { Filter = … }`. */
function csharpFilterProperties(code: CodeModel): Sink[] {
  const sinks: Sink[] = [];
  for (const assignment of code.assignments()) {
    if (assignment.target === 'Filter' || assignment.target.endsWith('.Filter')) {
      sinks.push({ value: assignment.value, api: 'DirectorySearcher.Filter', family: 'csharp', part: 'filter', generic: true });
    }
  }
  for (const pair of code.keyValues()) {
    if (pair.key === 'Filter') sinks.push({ value: pair.value, api: 'DirectorySearcher.Filter', family: 'csharp', part: 'filter', generic: true });
  }
  return sinks;
}

// PHP ------------------------------------------------------------------------------------------

const PHP_SEARCH: ReadonlySet<string> = new Set(['ldap_search', 'ldap_list', 'ldap_read']);

const detectPhp: Detector = (call) => {
  if (call.receiver !== undefined) return [];
  const name = call.name.toLowerCase();
  if (PHP_SEARCH.has(name)) {
    return [...sink(call, positionalArgument(call, 2), 'php', 'filter', false), ...sink(call, positionalArgument(call, 1), 'php', 'dn', true)];
  }
  if (name === 'ldap_bind' || name === 'ldap_sasl_bind') return sink(call, positionalArgument(call, 1), 'php', 'dn', true);
  return [];
};

// Go -------------------------------------------------------------------------------------------

const detectGo: Detector = (call) => {
  if (call.name === 'NewSearchRequest') {
    return [...sink(call, positionalArgument(call, 6), 'go', 'filter', false), ...sink(call, positionalArgument(call, 0), 'go', 'dn', true)];
  }
  if (call.name === 'Bind' && call.receiver !== undefined) return sink(call, positionalArgument(call, 0), 'go', 'dn', true);
  return [];
};

// Ruby -----------------------------------------------------------------------------------------

const RUBY_FILTER_PARSERS: ReadonlySet<string> = new Set(['construct', 'from_rfc2254', 'from_rfc4515']);

const detectRuby: Detector = (call) => {
  if (RUBY_FILTER_PARSERS.has(call.name) && call.receiver !== undefined && call.receiver.text.endsWith('Filter')) {
    return sink(call, positionalArgument(call, 0), 'ruby', 'filter', false);
  }
  if ((call.name === 'search' || call.name === 'bind_as' || call.name === 'search_subtree') && call.receiver !== undefined) {
    return [...sink(call, namedArgument(call, 'filter'), 'ruby', 'filter', true), ...sink(call, namedArgument(call, 'base'), 'ruby', 'dn', true)];
  }
  return [];
};

// JavaScript and TypeScript --------------------------------------------------------------------

const detectJavaScript: Detector = (call) => {
  if (call.name === 'parseFilter' || (call.name === 'parse' && call.receiver !== undefined && nameWords(call.receiver.text).includes('filter'))) {
    return sink(call, positionalArgument(call, 0), 'node', 'filter', true);
  }
  if (call.name === 'bind' && call.receiver !== undefined) return sink(call, positionalArgument(call, 0), 'node', 'dn', true);
  if (call.name === 'search' && call.receiver !== undefined) return sink(call, positionalArgument(call, 0), 'node', 'dn', true);
  return [];
};

/** ldapjs `client.search(base, { filter: '(uid=' + name + ')' })`, also through an options variable. */
function javaScriptFilterOptions(code: CodeModel): Sink[] {
  return code.keyValues()
    .filter((pair) => pair.key === 'filter')
    .map((pair) => ({ value: pair.value, api: 'ldapjs search', family: 'node' as const, part: 'filter' as const, generic: true }));
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

const DETECTORS: Readonly<Partial<Record<CodeLanguage, Detector>>> = {
  python: detectPython,
  java: detectJava,
  csharp: detectCSharp,
  php: detectPhp,
  go: detectGo,
  ruby: detectRuby,
  javascript: detectJavaScript,
  typescript: detectJavaScript,
  tsx: detectJavaScript,
};

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const javaScript = code.language === 'javascript' || code.language === 'typescript' || code.language === 'tsx';
  // JavaScript's `search`, `bind` and `filter` are everywhere: only a file that loads an LDAP client is read.
  if (javaScript && !code.imports().some((binding) => binding.target.toLowerCase().includes('ldap') || binding.target === 'activedirectory2' || binding.target === 'activedirectory')) return;
  const sinks = code.calls().flatMap((call) => detect(call, code));
  if (code.language === 'csharp') sinks.push(...csharpFilterProperties(code));
  if (javaScript) sinks.push(...javaScriptFilterOptions(code));
  const reported = new Set<string>();
  for (const found of sinks) {
    const key = `${found.value.startIndex}:${found.value.endIndex}`;
    if (reported.has(key)) continue;
    const origin = originOf(code, found.value, 'ldap');
    const confidence = injectionConfidence(origin);
    if (confidence === undefined) continue;
    // A DN is reported only when its constant text reads as one; so is a filter given to an API that is not LDAP's alone.
    if ((found.generic || found.part === 'dn') && !readsAs(origin, found.part)) continue;
    reported.add(key);
    context.report({
      node: found.value,
      message: messageFor(origin, found.api, found.family, found.part),
      severity: 'high',
      confidence,
      ...relatedEvidence(origin, found.value, EVIDENCE_NOTES),
    });
  }
}

export const ldapInjection: Rule = {
  meta: {
    id: 'injection/ldap-injection',
    title: 'LDAP filter or DN built from non-constant input',
    area: 'injection',
    severity: 'high',
    confidence: 'high',
    cwe: [90],
    owasp: 'A03:2021 Injection',
    policy: [
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
      'vulnerability-scanning-guide#scanning-requirements',
      'tg:justice-digital-software-engineering-standards#security-standards',
    ],
    basis: 'principle',
    why:
      'An LDAP filter or DN assembled from strings lets whoever controls a value add *, ( or ) and change what the directory matches: list other users, read attributes, or pass a login check without the right password. ' +
      'MoJ guidance expects code to be scanned for the OWASP Top 10, which lists injection (Vulnerability Scanning and Patch Management Guide: The base principles); MoJ names no rule on LDAP itself.',
    howToFix:
      'Escape every value for where it lands (escape_filter_chars or filter_format, LdapEncoder.filterEncode, ldap_escape, ldap.EscapeFilter, Net::LDAP::Filter.escape; the DN variants for a DN), ' +
      'or build filters from objects that escape for you (LdapQueryBuilder, Net::LDAP::Filter.eq, ldapjs EqualityFilter).',
    fixSafety: 'suggestion',
    languages: ['python', 'java', 'csharp', 'php', 'go', 'ruby', 'javascript', 'typescript', 'tsx'],
    prefilter: ['ldap', 'DirContext', 'DirectorySearcher', 'SearchRequest', 'filter', 'search', 'bind', 'lookup', 'getAttributes', 'modifyAttributes', 'Subcontext'],
    examples: {
      python: "conn.search_s(base, ldap.SCOPE_SUBTREE, ldap.filter.filter_format('(uid=%s)', [name]))",
      java: 'NamingEnumeration<SearchResult> results = ctx.search(base, "(uid={0})", new Object[] { name }, controls);',
      csharp: 'searcher.Filter = "(uid=" + Encoder.LdapFilterEncode(name) + ")";',
      php: "$result = ldap_search($ds, $base, '(uid=' . ldap_escape($name, '', LDAP_ESCAPE_FILTER) . ')');",
      go: 'request := ldap.NewSearchRequest(base, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, fmt.Sprintf("(uid=%s)", ldap.EscapeFilter(name)), nil, nil)',
      ruby: "ldap.search(base: base, filter: Net::LDAP::Filter.eq('uid', name))",
      javascript: "client.search(base, { filter: new ldap.EqualityFilter({ attribute: 'uid', value: name }) }, callback);",
      typescript: "client.search(base, { filter: new ldap.EqualityFilter({ attribute: 'uid', value: name }) }, callback);",
      tsx: "client.search(base, { filter: new ldap.EqualityFilter({ attribute: 'uid', value: name }) }, callback);",
    },
  },
  check,
};
