/**
 * transport/weak-tls-version: a protocol version below TLS 1.2 (SSL 2.0, SSL 3.0, TLS 1.0 or
 * TLS 1.1) allowed, pinned or enabled, in code and in configuration (CONTRACTS §7 "TLS").
 * Load-balancer, CDN and other managed TLS policies belong here too (CONTRACTS §10).
 *
 * Every place a version is chosen becomes a "sink": a list of tokens (a constant, a string, the
 * items of an array or of a `|` combination, the words of a directive) read in the role the
 * setting gives them:
 * - `min`: the lowest version allowed (`minVersion`, `MinVersion`, `ssl-min-ver`, curl `--tlsv1.0`);
 * - `max`: the highest version allowed (`maxVersion`, `--tls-max`);
 * - `exact`: the one version used (`SSLContext.getInstance("TLSv1")`, `PROTOCOL_TLSv1`);
 * - `enabled`: a set of versions (`ssl_protocols`, `setEnabledProtocols`, `SslProtocols.Tls | …`).
 * Each token is matched against the spellings the API uses, so a version is only ever read where
 * the API reads one; comparisons and lookups are never sinks.
 *
 * The token machinery below is exported for transport/weak-cipher-suite, which reads cipher lists
 * from the same places in the same way.
 */
import { namedArgument, positionalArgument, safeRegex } from '../../engine/contract';
import type {
  CallSite,
  CodeModel,
  Confidence,
  ConfigEntry,
  ConfigModel,
  Fix,
  Range,
  Rule,
  RuleContext,
  SyntaxNode,
  TextEdit,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Versions and how each API spells them
// ---------------------------------------------------------------------------------------------

type TlsVersion = 'SSLv2' | 'SSLv3' | 'TLSv1.0' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

const VERSION_ORDER: readonly TlsVersion[] = ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const WEAK_VERSIONS: ReadonlySet<TlsVersion> = new Set<TlsVersion>(['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1']);
const STRONG_VERSIONS: readonly TlsVersion[] = ['TLSv1.2', 'TLSv1.3'];

const VERSION_LABELS: Readonly<Record<TlsVersion, string>> = {
  SSLv2: 'SSL 2.0',
  SSLv3: 'SSL 3.0',
  'TLSv1.0': 'TLS 1.0',
  'TLSv1.1': 'TLS 1.1',
  'TLSv1.2': 'TLS 1.2',
  'TLSv1.3': 'TLS 1.3',
};

/** One API's names for protocol versions. The first name of each version is what a fix writes. */
interface Spelling {
  readonly names: Readonly<Partial<Record<TlsVersion, readonly string[]>>>;
  /** Names that stand for several versions at once (Apache `all`, .NET `SslProtocols.Default`). */
  readonly groups?: Readonly<Record<string, readonly TlsVersion[]>>;
  /** Configuration files are read case-insensitively; code constants are not. */
  readonly ignoreCase?: boolean;
}

/** OpenSSL's names, which Node, Java, nginx, Spring, Kafka and Kubernetes ingress use. */
const DOTTED: Spelling = {
  names: { SSLv2: ['SSLv2'], SSLv3: ['SSLv3'], 'TLSv1.0': ['TLSv1', 'TLSv1.0'], 'TLSv1.1': ['TLSv1.1'], 'TLSv1.2': ['TLSv1.2'], 'TLSv1.3': ['TLSv1.3'] },
};
/** HAProxy writes the minor version of TLS 1.0 out. */
const HAPROXY: Spelling = {
  names: { SSLv3: ['SSLv3'], 'TLSv1.0': ['TLSv1.0'], 'TLSv1.1': ['TLSv1.1'], 'TLSv1.2': ['TLSv1.2'], 'TLSv1.3': ['TLSv1.3'] },
  ignoreCase: true,
};
/** Python `ssl.TLSVersion` members, Ruby `ssl_version` method names, Envoy's `TLSv1_0`. */
const UNDERSCORED: Spelling = {
  names: { SSLv2: ['SSLv2'], SSLv3: ['SSLv3'], 'TLSv1.0': ['TLSv1', 'TLSv1_0'], 'TLSv1.1': ['TLSv1_1'], 'TLSv1.2': ['TLSv1_2'], 'TLSv1.3': ['TLSv1_3'] },
};
/** Go `crypto/tls` constants and the Kubernetes and Traefik settings named after them. */
const GO_NAMES: Spelling = {
  names: { SSLv3: ['VersionSSL30'], 'TLSv1.0': ['VersionTLS10'], 'TLSv1.1': ['VersionTLS11'], 'TLSv1.2': ['VersionTLS12'], 'TLSv1.3': ['VersionTLS13'] },
};
/** Go protocol numbers written as literals; decimal spellings are how the code model reports them. */
const GO_NUMBERS: Spelling = {
  names: { SSLv3: ['0x0300', '768'], 'TLSv1.0': ['0x0301', '769'], 'TLSv1.1': ['0x0302', '770'], 'TLSv1.2': ['0x0303', '771'], 'TLSv1.3': ['0x0304', '772'] },
};
/** Azure storage and database settings: `TLS1_0`. */
const AZURE_NAMES: Spelling = {
  names: { 'TLSv1.0': ['TLS1_0'], 'TLSv1.1': ['TLS1_1'], 'TLSv1.2': ['TLS1_2'], 'TLSv1.3': ['TLS1_3'] },
  ignoreCase: true,
};
/** Google Cloud SSL policies and API Gateway security policies: `TLS_1_0`. */
const SPACED_NAMES: Spelling = {
  names: { 'TLSv1.0': ['TLS_1_0'], 'TLSv1.1': ['TLS_1_1'], 'TLSv1.2': ['TLS_1_2'], 'TLSv1.3': ['TLS_1_3'] },
  ignoreCase: true,
};
/** Bare numbers, read only under keys that name TLS (Azure `minimum_tls_version = "1.0"`). */
const BARE_NUMBERS: Spelling = {
  names: { 'TLSv1.0': ['1.0'], 'TLSv1.1': ['1.1'], 'TLSv1.2': ['1.2'], 'TLSv1.3': ['1.3'] },
};
/** What configuration files write, in any letter case. */
const CONFIG_SPELLINGS: readonly Spelling[] = [
  { ...DOTTED, ignoreCase: true },
  { ...UNDERSCORED, ignoreCase: true },
  AZURE_NAMES,
  SPACED_NAMES,
  { ...GO_NAMES, ignoreCase: true },
];

/** The versions a name stands for under one of the spellings, and that spelling. */
interface NameMatch {
  readonly versions: readonly TlsVersion[];
  readonly spelling: Spelling;
}

function matchName(spellings: readonly Spelling[], name: string): NameMatch | undefined {
  for (const spelling of spellings) {
    const wanted = spelling.ignoreCase ? name.toLowerCase() : name;
    const same = (candidate: string): boolean => (spelling.ignoreCase ? candidate.toLowerCase() : candidate) === wanted;
    for (const version of VERSION_ORDER) {
      if ((spelling.names[version] ?? []).some(same)) return { versions: [version], spelling };
    }
    for (const [group, versions] of Object.entries(spelling.groups ?? {})) {
      if (same(group)) return { versions, spelling };
    }
  }
  return undefined;
}

function spell(spelling: Spelling, version: TlsVersion): string | undefined {
  return spelling.names[version]?.[0];
}

function weakOf(versions: readonly TlsVersion[]): TlsVersion[] {
  return VERSION_ORDER.filter((version) => versions.includes(version) && WEAK_VERSIONS.has(version));
}

function labelList(versions: readonly TlsVersion[]): string {
  return joinWords(VERSION_ORDER.filter((version) => versions.includes(version)).map((version) => VERSION_LABELS[version]));
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

// ---------------------------------------------------------------------------------------------
// Messages and fix titles
// ---------------------------------------------------------------------------------------------

type Role = 'min' | 'max' | 'exact' | 'enabled' | 'policy' | 'legacy';

const CONTROL =
  'TLS 1.2 is the floor: MoJ expects systems to move from SSL and TLS 1.0 to TLS 1.2 or later (Maintained by Default: Commodity technical maintenance), and NCSC, whose TLS guidance MoJ follows, treats all SSL versions as insecure.';

function message(role: Role, versions: readonly TlsVersion[]): string {
  const named = labelList(versions);
  switch (role) {
    case 'min':
      return `This minimum protocol version lets connections fall back to ${named}. ${CONTROL} Set the minimum to TLS 1.2.`;
    case 'max':
      return `This maximum protocol version holds connections to ${named}. ${CONTROL} Raise the maximum to TLS 1.3, or remove it.`;
    case 'exact':
      return `This pins the connection to ${named}. ${CONTROL} Let it negotiate TLS 1.2 or later instead.`;
    case 'enabled':
      return `This setting enables ${named}. ${CONTROL} Enable only TLS 1.2 and TLS 1.3.`;
    case 'policy':
      return `This TLS security policy accepts ${named}. ${CONTROL} Choose a policy whose minimum is TLS 1.2.`;
    case 'legacy':
      return `This asks for an "SSL" context, which older Java runtimes take to include ${named}. ${CONTROL} Ask for "TLS" instead.`;
  }
}

interface Hit {
  readonly range: Range;
  readonly role: Role;
  readonly versions: readonly TlsVersion[];
  readonly fix?: Fix;
  readonly confidence?: Confidence;
}

/** Reports hits once each: two routes to the same token (a keyword argument is also a key/value) count once. */
class Reporter {
  private readonly seen = new Set<string>();
  constructor(private readonly context: RuleContext) {}

  report(hit: Hit): void {
    const text = message(hit.role, hit.versions);
    const key = `${hit.range.start}:${hit.range.end}:${text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.context.report({
      range: hit.range,
      message: text,
      ...(hit.confidence ? { confidence: hit.confidence } : {}),
      ...(hit.fix ? { fix: hit.fix } : {}),
    });
  }
}

function safeFix(title: string, edits: readonly TextEdit[]): Fix {
  return { title, edits, safety: 'safe' };
}

function suggestedFix(title: string, edits: readonly TextEdit[]): Fix {
  return { title, edits, safety: 'suggestion' };
}

// ---------------------------------------------------------------------------------------------
// Tokens: the shared reading of values in code and configuration
// ---------------------------------------------------------------------------------------------

export interface Token {
  /** The name as the API reads it: a string's value, a constant's last segment, a word. */
  readonly name: string;
  /** Where the token is written, with its quotes when it is a list item of its own. */
  readonly range: Range;
  /** The text that makes `range` name something else; undefined when it cannot be edited in place. */
  readonly rewrite?: (name: string) => string;
}

export interface TokenList {
  readonly tokens: readonly Token[];
  /** Whether the tokens are written where they are used, so a fix may remove or rewrite them. */
  readonly inPlace: boolean;
  /**
   * What separates two items when a fix writes a new list (`, `, ` | `, `:`); undefined when a
   * new item cannot be written on the same line (a YAML block sequence of one item), so a fix
   * writes one name only.
   */
  readonly joiner: string | undefined;
}

export function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

/** The quoted string `original` with its content replaced, keeping its quote style. */
function requote(original: string, content: string): string {
  const quote = original[0];
  if ((quote === '"' || quote === "'" || quote === '`') && original.length >= 2 && original.endsWith(quote)) return `${quote}${content}${quote}`;
  return content;
}

/** Removes one item of a list with the separator that follows it (or, for the last, the one before it). */
export function removalEdit(list: TokenList, index: number): TextEdit | undefined {
  const token = list.tokens[index];
  if (token === undefined || !list.inPlace) return undefined;
  const next = list.tokens[index + 1];
  if (next !== undefined) return { start: token.range.start, end: next.range.start, newText: '' };
  const previous = list.tokens[index - 1];
  if (previous !== undefined) return { start: previous.range.end, end: token.range.end, newText: '' };
  return undefined;
}

/** Replaces a whole list with new names, written the way its first item is written. */
export function replaceAllEdit(list: TokenList, names: readonly string[]): TextEdit | undefined {
  const first = list.tokens[0];
  const last = list.tokens[list.tokens.length - 1];
  if (!list.inPlace || first?.rewrite === undefined || last === undefined) return undefined;
  const rewrite = first.rewrite;
  const written = list.joiner === undefined ? names.slice(0, 1) : names;
  return { start: first.range.start, end: last.range.end, newText: written.map((name) => rewrite(name)).join(list.joiner ?? '') };
}

/** The text between the first two tokens, or `fallback` when there are fewer than two. */
function joinerOf(text: string, tokens: readonly Token[], fallback: string): string {
  const [first, second] = tokens;
  return first !== undefined && second !== undefined ? text.slice(first.range.end, second.range.start) : fallback;
}

/** Quotes, backslashes and blanks, which end a token whatever the list's own separators are. */
const ALWAYS_SEPARATES = '"\'\\ \t\r\n';

/**
 * Splits `source` (found at `offset` in the document) into tokens at any of `separators`;
 * quotes and backslashes always separate, so a quoted configuration value splits inside its
 * quotes and a `.properties` continuation line splits at its break.
 */
export function splitTokens(source: string, offset: number, separators: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let index = 0; index <= source.length; index += 1) {
    const character = source[index];
    const separates = character === undefined || separators.includes(character) || ALWAYS_SEPARATES.includes(character);
    if (separates) {
      if (start >= 0) tokens.push({ name: source.slice(start, index), range: { start: offset + start, end: offset + index }, rewrite: (name) => name });
      start = -1;
    } else if (start < 0) {
      start = index;
    }
  }
  return tokens;
}

/** Node types that hold one value in brackets: the value is their only named child. */
const PARENTHESES: ReadonlySet<string> = new Set(['parenthesized_expression', 'parenthesized_statements']);
/** Bitwise-or nodes across the grammars. */
const BINARY_TYPES: ReadonlySet<string> = new Set(['binary_expression', 'binary_operator', 'binary']);
/** Wrappers around one list item or argument. */
const ITEM_WRAPPERS: ReadonlySet<string> = new Set(['argument', 'literal_element', 'array_element_initializer']);
/** Nodes that name a variable or constant, which a value may be stored in. */
const REFERENCE_TYPES: ReadonlySet<string> = new Set(['identifier', 'variable_name', 'constant', 'name']);
const COMMENT_TYPES: ReadonlySet<string> = new Set(['comment', 'line_comment', 'block_comment']);
const NUMBER_TYPES: ReadonlySet<string> = new Set(['number', 'integer', 'int_literal', 'decimal_integer_literal', 'hex_integer_literal', 'integer_literal']);

function namedChildrenOf(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && !COMMENT_TYPES.has(child.type));
}

function unwrapItem(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (ITEM_WRAPPERS.has(current.type) || PARENTHESES.has(current.type)) {
    const children = namedChildrenOf(current);
    // `name: value` arguments and keyed elements keep their value last.
    const inner = children[children.length - 1];
    if (inner === undefined || (current.type === 'array_element_initializer' && children.length !== 1)) return current;
    current = inner;
  }
  return current;
}

/** The items of an array, list, slice or collection written in place, or undefined when `node` is none. */
function listElements(node: SyntaxNode): SyntaxNode[] | undefined {
  switch (node.type) {
    case 'array':
    case 'list':
    case 'tuple':
    case 'set':
    case 'array_initializer':
    case 'initializer_expression':
    case 'collection_expression':
    case 'literal_value':
      return namedChildrenOf(node);
    case 'array_creation_expression':
    case 'implicit_array_creation_expression': {
      // Java keeps the items under `value`; C# under an initializer; PHP directly.
      const initializer = node.childForFieldName('value') ?? node.namedChildren.find((child) => child?.type === 'initializer_expression') ?? null;
      if (initializer !== null) return namedChildrenOf(initializer);
      return node.namedChildren.some((child) => child?.type === 'array_element_initializer') ? namedChildrenOf(node) : undefined;
    }
    case 'composite_literal': {
      const body = node.childForFieldName('body');
      return body === null ? undefined : namedChildrenOf(body);
    }
    case 'object_creation_expression': {
      // `new List<T> { a, b }`: a collection initializer, not property assignments.
      const initializer = node.childForFieldName('initializer');
      if (initializer === null) return undefined;
      const items = namedChildrenOf(initializer);
      return items.every((item) => item.type !== 'assignment_expression') ? items : undefined;
    }
    default:
      return undefined;
  }
}

const LIST_FACTORIES: ReadonlySet<string> = new Set(['Arrays.asList', 'java.util.Arrays.asList', 'List.of', 'Set.of']);

/** Calls that only wrap their arguments into a list: `Arrays.asList(…)`, `List.of(…)`. */
function wrappingCallArguments(code: CodeModel, node: SyntaxNode): SyntaxNode[] | undefined {
  const call = code.calls().find((candidate) => candidate.node.id === node.id);
  if (call === undefined) return undefined;
  return LIST_FACTORIES.has(call.callee) ? call.args.map((argument) => argument.node) : undefined;
}

/** Flattens `a | b | c`, parentheses and in-place arrays into their items. */
function flattenItems(code: CodeModel, node: SyntaxNode, into: SyntaxNode[]): void {
  const item = unwrapItem(node);
  if (BINARY_TYPES.has(item.type) && item.childForFieldName('operator')?.text === '|') {
    const left = item.childForFieldName('left');
    const right = item.childForFieldName('right');
    if (left !== null && right !== null) {
      flattenItems(code, left, into);
      flattenItems(code, right, into);
      return;
    }
  }
  const elements = listElements(item) ?? wrappingCallArguments(code, item);
  if (elements !== undefined) {
    for (const element of elements) into.push(unwrapItem(element));
    return;
  }
  into.push(item);
}

/**
 * Follows a variable or constant to the one value assigned to it (up to three steps), so that
 * `String[] PROTOCOLS = {…}; s.setEnabledProtocols(PROTOCOLS)` reads the array.
 */
function resolveReference(code: CodeModel, node: SyntaxNode): SyntaxNode {
  let current = unwrapItem(node);
  for (let depth = 0; depth < 3 && REFERENCE_TYPES.has(current.type); depth += 1) {
    const name = current.text;
    const assigned = code.assignments().filter((assignment) => assignment.target === name);
    const only = assigned.length === 1 ? assigned[0] : undefined;
    if (only === undefined || only.value.id === current.id) break;
    current = unwrapItem(only.value);
  }
  return current;
}

const stringNodeCache = new WeakMap<CodeModel, ReadonlyMap<number, Range>>();

/** String literals written in place, by node id, with the range of their value inside the quotes. */
function stringLiterals(code: CodeModel): ReadonlyMap<number, Range> {
  let cached = stringNodeCache.get(code);
  if (cached === undefined) {
    cached = new Map(code.strings().map((literal) => [literal.node.id, literal.valueRange]));
    stringNodeCache.set(code, cached);
  }
  return cached;
}

/** Where the last segment of a dotted, scoped or namespaced name starts: after `tls.` in `tls.VersionTLS10`. */
function lastSegmentStart(text: string): number {
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '.' || character === ':' || character === '\\' || character === '>') start = index + 1;
  }
  return start;
}

/** Nodes that are a name, possibly qualified: a constant a token may be read from. */
const NAME_TYPES: ReadonlySet<string> = new Set([
  'identifier', 'constant', 'name', 'attribute', 'member_expression', 'field_access', 'member_access_expression',
  'selector_expression', 'scope_resolution', 'class_constant_access_expression', 'qualified_name', 'scoped_identifier',
]);

/** One list item read as a token: a string literal, a symbol, a number, or a constant by its name. */
function itemToken(code: CodeModel, node: SyntaxNode): Token | undefined {
  const range = rangeOf(node);
  if (node.type === 'simple_symbol') return { name: node.text.slice(1), range, rewrite: (name) => `:${name}` };
  const value = code.valueOf(node);
  if (value.kind === 'string') {
    return stringLiterals(code).has(node.id) ? { name: value.value, range, rewrite: (name) => requote(node.text, name) } : { name: value.value, range };
  }
  if (value.kind === 'number') {
    return NUMBER_TYPES.has(node.type) ? { name: String(value.value), range, rewrite: (name) => name } : { name: String(value.value), range };
  }
  if (!NAME_TYPES.has(node.type)) return undefined;
  const text = node.text;
  const start = lastSegmentStart(text);
  const prefix = text.slice(0, start);
  return { name: text.slice(start), range, rewrite: (name) => `${prefix}${name}` };
}

interface CodeTokenOptions {
  /** Split a single string value at these characters (a list written in one string). */
  readonly separators?: string;
  /** What a fix writes between words of one string when it has only one (`:` for cipher strings). */
  readonly joiner: string;
  /** What a fix writes between list items when there is only one (`, `, or ` | ` for flags). */
  readonly itemJoiner?: string;
}

/**
 * The tokens of a value in code. A value reached through a variable is reported where it is
 * used, as one token range, and never edited: the variable may serve other code.
 */
export function codeTokens(code: CodeModel, node: SyntaxNode, options: CodeTokenOptions): TokenList {
  const text = code.root.text;
  const resolved = resolveReference(code, node);
  const viaReference = resolved.id !== unwrapItem(node).id;
  const items: SyntaxNode[] = [];
  flattenItems(code, resolved, items);
  let tokens: Token[];
  let fallbackJoiner = options.itemJoiner ?? ', ';
  // Only a value that is itself one string is split; the one string in `new String[] {"…"}` is one name.
  const only = items.length === 1 && items[0]?.id === resolved.id ? items[0] : undefined;
  const onlyValue = only ? code.valueOf(only) : undefined;
  if (only !== undefined && onlyValue?.kind === 'string' && options.separators !== undefined) {
    const inside = stringLiterals(code).get(only.id);
    const raw = inside ? text.slice(inside.start, inside.end) : undefined;
    tokens = inside !== undefined && raw === onlyValue.value
      ? splitTokens(raw, inside.start, options.separators)
      : splitTokens(onlyValue.value, 0, options.separators).map((token) => ({ name: token.name, range: rangeOf(only) }));
    fallbackJoiner = options.joiner;
  } else {
    tokens = items.map((item) => itemToken(code, item)).filter((token): token is Token => token !== undefined);
  }
  if (viaReference) {
    return { tokens: tokens.map((token) => ({ name: token.name, range: rangeOf(node) })), inPlace: false, joiner: fallbackJoiner };
  }
  const inPlace = tokens.every((token) => token.rewrite !== undefined);
  return { tokens, inPlace, joiner: joinerOf(text, tokens, fallbackJoiner) };
}

/** The last segment of a dotted or scoped name (`ctx.minimum_version` → `minimum_version`). */
export function lastName(name: string): string {
  return name.slice(lastSegmentStart(name));
}

/** A hash or object key as written, without quotes, sigils or colons. */
export function bareKey(key: string): string {
  let text = key.trim();
  if (text.startsWith(':')) text = text.slice(1);
  if (text.endsWith(':')) text = text.slice(0, -1);
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) text = text.slice(1, -1);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Sinks: a token list read in one role
// ---------------------------------------------------------------------------------------------

interface ExactFix {
  readonly title: string;
  /** The name a fix writes in place of the token. */
  readonly name?: string;
  /** Edits other than renaming the token, for a fix that changes the setting itself. */
  readonly edits?: readonly TextEdit[];
}

interface VersionSink {
  readonly list: TokenList;
  readonly role: 'min' | 'max' | 'exact' | 'enabled';
  readonly spellings: readonly Spelling[];
  readonly exact?: ExactFix;
}

function checkSink(sink: VersionSink, reporter: Reporter): void {
  const { list, role } = sink;
  const matches = list.tokens.map((token) => matchName(sink.spellings, token.name));
  const strongKept = matches.some((match) => match !== undefined && weakOf(match.versions).length === 0);
  // A value reached through a variable is one range: report its weak versions together.
  const merged = new Map<string, { token: Token; index: number; versions: TlsVersion[]; match: NameMatch }>();
  list.tokens.forEach((token, index) => {
    const match = matches[index];
    const weak = match ? weakOf(match.versions) : [];
    if (match === undefined || weak.length === 0) return;
    const key = `${token.range.start}:${token.range.end}`;
    const existing = merged.get(key);
    if (existing) existing.versions.push(...weak);
    else merged.set(key, { token, index, versions: weak, match });
  });
  for (const { token, index, versions, match } of merged.values()) {
    const fix = sinkFix(sink, token, index, match, strongKept);
    reporter.report({ range: token.range, role, versions, fix });
  }
}

function sinkFix(sink: VersionSink, token: Token, index: number, match: NameMatch, strongKept: boolean): Fix | undefined {
  const { list, role } = sink;
  if (!list.inPlace) return undefined;
  const rename = (name: string | undefined): TextEdit[] | undefined =>
    name !== undefined && token.rewrite !== undefined ? [{ ...token.range, newText: token.rewrite(name) }] : undefined;
  switch (role) {
    case 'min': {
      // Raising a minimum keeps every peer that speaks TLS 1.2 or later working.
      const edits = rename(spell(match.spelling, 'TLSv1.2'));
      return edits ? safeFix('Raise the minimum to TLS 1.2', edits) : undefined;
    }
    case 'max': {
      // A higher maximum only adds versions, so no peer that connected before is refused.
      const target = spell(match.spelling, 'TLSv1.3') !== undefined ? 'TLSv1.3' : 'TLSv1.2';
      const edits = rename(spell(match.spelling, target));
      return edits ? safeFix(`Raise the maximum to ${VERSION_LABELS[target]}`, edits) : undefined;
    }
    case 'exact': {
      const exact = sink.exact;
      if (exact === undefined) return undefined;
      const edits = exact.edits ?? rename(exact.name);
      return edits ? suggestedFix(exact.title, edits) : undefined;
    }
    case 'enabled':
      return enabledFix(list, index, match, strongKept);
  }
}

/** Dropping a weak version from a list that keeps a strong one is safe; replacing a list of weak ones is not. */
function enabledFix(list: TokenList, index: number, match: NameMatch, strongKept: boolean): Fix | undefined {
  const weak = weakOf(match.versions);
  if (strongKept && list.tokens.length > 1) {
    const edit = removalEdit(list, index);
    return edit ? safeFix(`Remove ${labelList(weak)}`, [edit]) : undefined;
  }
  const spelled = STRONG_VERSIONS.filter((version) => spell(match.spelling, version) !== undefined);
  const strong = list.joiner === undefined ? spelled.slice(0, 1) : spelled;
  const names = strong.map((version) => spell(match.spelling, version)).filter((name): name is string => name !== undefined);
  const edit = names.length > 0 ? replaceAllEdit(list, names) : undefined;
  return edit ? suggestedFix(`Enable only ${labelList(strong)}`, [edit]) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

export const weakTlsVersion: Rule = {
  meta: {
    id: 'transport/weak-tls-version',
    title: 'Protocol version below TLS 1.2 allowed',
    area: 'transport',
    severity: 'high',
    confidence: 'high',
    cwe: [326, 327],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: [
      'system-lockdown-and-hardening-standard#services-security-and-networking-applications',
      'maintained-by-default#commodity-technical-maintenance',
      'cryptography#transport-layer-security-tls',
    ],
    basis: 'explicit',
    why:
      'SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 have known attacks (POODLE, BEAST) and rely on weak hashes, so a connection that falls back to them can be read or changed. TLS 1.2 is the floor: the System Lockdown and Hardening Standard asks for TLS 1.2 or higher, Maintained by Default expects systems to move off SSL and TLS 1.0, and NCSC treats all SSL versions as insecure.',
    howToFix:
      'Set the minimum protocol version to TLS 1.2 (or leave the library default, which is TLS 1.2 in current runtimes), remove SSL and TLS 1.0/1.1 from protocol lists, and choose load-balancer and CDN policies whose minimum is TLS 1.2.',
    // Most fixes raise a minimum or drop a version from a list that keeps TLS 1.2, which the
    // findings mark safe one by one; replacing a pinned version or a whole policy is a choice.
    fixSafety: 'suggestion',
    languages: [
      'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
      'nginx', 'apache', 'haproxy', 'yaml', 'json', 'xml', 'terraform', 'properties',
    ],
    // Every spelling of a version or a policy name contains "tls" or "ssl", except Go's numeric
    // versions, ELB policy names and curl's short options (`curl -1`).
    prefilter: ['tls', 'ssl', 'MinVersion', 'MaxVersion', 'ELBSecurityPolicy', 'curl'],
    examples: {
      javascript: "tls.connect({ host, port: 443, minVersion: 'TLSv1.2' });",
      typescript: "const agent = new https.Agent({ minVersion: 'TLSv1.2' });",
      tsx: "const agent = new https.Agent({ minVersion: 'TLSv1.2' });",
      python: 'context = ssl.create_default_context()\ncontext.minimum_version = ssl.TLSVersion.TLSv1_2',
      java: 'SSLContext context = SSLContext.getInstance("TLS");\nsocket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});',
      csharp: 'handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;',
      go: 'config := &tls.Config{MinVersion: tls.VersionTLS12}',
      php: 'curl_setopt($ch, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);',
      ruby: 'http.min_version = OpenSSL::SSL::TLS1_2_VERSION',
      shell: 'curl --tlsv1.2 https://api.example.gov.uk/',
      nginx: 'ssl_protocols TLSv1.2 TLSv1.3;',
      apache: 'SSLProtocol -all +TLSv1.2 +TLSv1.3',
      haproxy: 'ssl-default-bind-options ssl-min-ver TLSv1.2',
      yaml: 'server:\n  ssl:\n    enabled-protocols: TLSv1.2,TLSv1.3',
      json: '"SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"',
      xml: '<Connector port="8443" SSLEnabled="true" sslEnabledProtocols="TLSv1.2,TLSv1.3" />',
      terraform: 'resource "aws_lb_listener" "https" {\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
      properties: 'server.ssl.enabled-protocols=TLSv1.2,TLSv1.3',
    },
  },
  check(context) {
    const reporter = new Reporter(context);
    if (context.code) {
      const finder = CODE_FINDERS[context.code.language];
      for (const sink of finder(context.code, reporter)) checkSink(sink, reporter);
    } else if (context.config) {
      checkConfig(context.config, context.document.text, reporter);
    }
  },
};

type SinkFinder = (code: CodeModel, reporter: Reporter) => VersionSink[];

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript: Node's tls and https options, and the clients built on them
// ---------------------------------------------------------------------------------------------

/** `secureProtocol` method names that pin one version; `TLS_method` and `SSLv23_method` negotiate. */
const NODE_METHODS: Spelling = {
  names: {
    SSLv2: ['SSLv2_method', 'SSLv2_client_method', 'SSLv2_server_method'],
    SSLv3: ['SSLv3_method', 'SSLv3_client_method', 'SSLv3_server_method'],
    'TLSv1.0': ['TLSv1_method', 'TLSv1_client_method', 'TLSv1_server_method'],
    'TLSv1.1': ['TLSv1_1_method', 'TLSv1_1_client_method', 'TLSv1_1_server_method'],
    'TLSv1.2': ['TLSv1_2_method', 'TLSv1_2_client_method', 'TLSv1_2_server_method'],
  },
};

const javascriptSinks: SinkFinder = (code) => {
  const sinks: VersionSink[] = [];
  const single = (node: SyntaxNode): TokenList => codeTokens(code, node, { joiner: ', ' });
  for (const pair of code.keyValues()) {
    const key = bareKey(pair.key);
    if (key === 'minVersion') sinks.push({ list: single(pair.value), role: 'min', spellings: [DOTTED] });
    else if (key === 'maxVersion') sinks.push({ list: single(pair.value), role: 'max', spellings: [DOTTED] });
    else if (key === 'secureProtocol') {
      sinks.push({ list: single(pair.value), role: 'exact', spellings: [NODE_METHODS], exact: secureProtocolFix(code, pair.node, pair.keyNode, pair.value) });
    }
  }
  for (const assignment of code.assignments()) {
    const name = lastName(assignment.target);
    if (name === 'minVersion' || name === 'DEFAULT_MIN_VERSION') sinks.push({ list: single(assignment.value), role: 'min', spellings: [DOTTED] });
    else if (name === 'maxVersion' || name === 'DEFAULT_MAX_VERSION') sinks.push({ list: single(assignment.value), role: 'max', spellings: [DOTTED] });
    else if (name === 'secureProtocol') sinks.push({ list: single(assignment.value), role: 'exact', spellings: [NODE_METHODS] });
  }
  return sinks;
};

/**
 * `secureProtocol: 'TLSv1_method'` → `minVersion: 'TLSv1.2'`: Node's own advice, which leaves
 * the maximum at the default. Offered only for a literal pair in an object with no minVersion.
 */
function secureProtocolFix(code: CodeModel, pair: SyntaxNode, keyNode: SyntaxNode, value: SyntaxNode): ExactFix | undefined {
  if (pair.type !== 'pair' || !stringLiterals(code).has(value.id)) return undefined;
  const siblings = pair.parent ? namedChildrenOf(pair.parent) : [];
  if (siblings.some((sibling) => sibling.type === 'pair' && bareKey(sibling.childForFieldName('key')?.text ?? '') === 'minVersion')) return undefined;
  return {
    title: "Replace secureProtocol with minVersion: 'TLSv1.2'",
    edits: [
      { ...rangeOf(keyNode), newText: requote(keyNode.text, 'minVersion') },
      { ...rangeOf(value), newText: requote(value.text, 'TLSv1.2') },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Python: ssl, pyOpenSSL, requests and urllib3
// ---------------------------------------------------------------------------------------------

/** `ssl.PROTOCOL_*` and pyOpenSSL `*_METHOD` constants, which pin one version. */
const PYTHON_PROTOCOLS: Spelling = {
  names: {
    SSLv2: ['PROTOCOL_SSLv2', 'SSLv2_METHOD'],
    SSLv3: ['PROTOCOL_SSLv3', 'SSLv3_METHOD'],
    'TLSv1.0': ['PROTOCOL_TLSv1', 'TLSv1_METHOD'],
    'TLSv1.1': ['PROTOCOL_TLSv1_1', 'TLSv1_1_METHOD'],
    'TLSv1.2': ['PROTOCOL_TLSv1_2', 'TLSv1_2_METHOD'],
  },
};
/** Calls whose first argument is a protocol constant. */
const PYTHON_CONTEXT_FACTORIES: ReadonlySet<string> = new Set(['ssl.SSLContext', 'ssl.wrap_socket', 'OpenSSL.SSL.Context', 'SSL.Context']);

const pythonSinks: SinkFinder = (code) => {
  const sinks: VersionSink[] = [];
  const single = (node: SyntaxNode): TokenList => codeTokens(code, node, { joiner: ', ' });
  // Replacing a pinned protocol constant also changes verification defaults (PROTOCOL_TLS_CLIENT
  // turns hostname checking on), so those findings carry no fix.
  const exact = (node: SyntaxNode): VersionSink => ({ list: single(node), role: 'exact', spellings: [PYTHON_PROTOCOLS] });
  for (const call of code.calls()) {
    if (PYTHON_CONTEXT_FACTORIES.has(call.qualified)) {
      const protocol = call.qualified === 'ssl.wrap_socket' ? undefined : positionalArgument(call, 0) ?? namedArgument(call, 'protocol', 'method');
      if (protocol) sinks.push(exact(protocol));
    }
    for (const argument of call.args) {
      if (argument.name === 'ssl_version') sinks.push(exact(argument.node));
      else if (argument.name === 'ssl_minimum_version' || argument.name === 'minimum_version') sinks.push({ list: single(argument.node), role: 'min', spellings: [UNDERSCORED] });
      else if (argument.name === 'ssl_maximum_version' || argument.name === 'maximum_version') sinks.push({ list: single(argument.node), role: 'max', spellings: [UNDERSCORED] });
    }
  }
  for (const assignment of code.assignments()) {
    const name = lastName(assignment.target);
    if (name === 'minimum_version') sinks.push({ list: single(assignment.value), role: 'min', spellings: [UNDERSCORED] });
    else if (name === 'maximum_version') sinks.push({ list: single(assignment.value), role: 'max', spellings: [UNDERSCORED] });
  }
  return sinks;
};

// ---------------------------------------------------------------------------------------------
// Java: JSSE, Apache HttpClient, OkHttp, Netty
// ---------------------------------------------------------------------------------------------

/** OkHttp `TlsVersion` constants. */
const OKHTTP_CONSTANTS: Spelling = {
  names: { SSLv3: ['SSL_3_0'], 'TLSv1.0': ['TLS_1_0'], 'TLSv1.1': ['TLS_1_1'], 'TLSv1.2': ['TLS_1_2'], 'TLSv1.3': ['TLS_1_3'] },
};
/** Apache HttpClient 5 `TLS` enum constants. */
const HTTPCLIENT_CONSTANTS: Spelling = {
  names: { 'TLSv1.0': ['V_1_0'], 'TLSv1.1': ['V_1_1'], 'TLSv1.2': ['V_1_2'], 'TLSv1.3': ['V_1_3'] },
};
/** Methods that take the enabled protocols as an array or as varargs. */
const JAVA_PROTOCOL_LIST_METHODS: ReadonlySet<string> = new Set(['setEnabledProtocols', 'setProtocols', 'protocols', 'tlsVersions', 'setTlsVersions']);
/** Methods that choose the SSLContext protocol. */
const JAVA_CONTEXT_METHODS: ReadonlySet<string> = new Set(['getInstance', 'useProtocol', 'setProtocol']);
/** System properties that hold a comma-separated protocol list. */
const JAVA_PROTOCOL_PROPERTIES: ReadonlySet<string> = new Set(['https.protocols', 'jdk.tls.client.protocols', 'jdk.tls.server.protocols']);

const javaSinks: SinkFinder = (code, reporter) => {
  const sinks: VersionSink[] = [];
  const enabled = (node: SyntaxNode, separators?: string): VersionSink => ({
    list: codeTokens(code, node, { joiner: ',', separators }),
    role: 'enabled',
    spellings: [DOTTED, OKHTTP_CONSTANTS, HTTPCLIENT_CONSTANTS],
  });
  for (const call of code.calls()) {
    // Read only where the method name asks for it: a receiver's text is a read from the tree.
    const receiver = (): string => call.receiver?.text ?? '';
    if (JAVA_CONTEXT_METHODS.has(call.name) && (call.name !== 'getInstance' || receiver().endsWith('SSLContext'))) {
      const argument = positionalArgument(call, 0);
      if (argument) javaContextProtocol(code, argument, reporter, sinks);
    } else if (JAVA_PROTOCOL_LIST_METHODS.has(call.name) && call.args.length > 0) {
      const [first, ...rest] = call.args;
      // Varargs calls (`tlsVersions(a, b)`) list the versions as arguments.
      if (first && rest.length === 0) sinks.push(enabled(first.node));
      else if (first) sinks.push({ list: javaVarargs(code, call), role: 'enabled', spellings: [DOTTED, OKHTTP_CONSTANTS, HTTPCLIENT_CONSTANTS] });
    } else if (call.isConstructor && (call.name === 'SSLConnectionSocketFactory' || call.name === 'SSLParameters') && call.args.length >= 2) {
      // SSLConnectionSocketFactory(context, protocols, cipherSuites, verifier); SSLParameters(cipherSuites, protocols).
      const protocols = call.args[1]?.node;
      if (protocols && protocols.type !== 'null_literal') sinks.push(enabled(protocols));
    } else if (call.name === 'setProperty' && receiver().endsWith('System') && call.args.length >= 2) {
      const key = code.valueOf(call.args[0]?.node ?? call.node);
      const value = call.args[1]?.node;
      if (key.kind === 'string' && JAVA_PROTOCOL_PROPERTIES.has(key.value) && value) sinks.push(enabled(value, ', '));
    }
  }
  return sinks;
};

function javaVarargs(code: CodeModel, call: CallSite): TokenList {
  const tokens = call.args
    .map((argument) => codeTokens(code, argument.node, { joiner: ', ' }))
    .flatMap((list) => (list.inPlace ? list.tokens : list.tokens.map((token) => ({ name: token.name, range: token.range }))));
  const inPlace = tokens.every((token) => token.rewrite !== undefined);
  return { tokens, inPlace, joiner: joinerOf(code.root.text, tokens, ', ') };
}

/** `SSLContext.getInstance("TLSv1")`: one version pinned; `"SSL"` is an old alias read at medium confidence. */
function javaContextProtocol(code: CodeModel, argument: SyntaxNode, reporter: Reporter, sinks: VersionSink[]): void {
  const list = codeTokens(code, argument, { joiner: ', ' });
  const token = list.tokens[0];
  if (token?.name === 'SSL') {
    // Current JDKs give "SSL" and "TLS" the same implementation, so the rename changes nothing there.
    const edits = list.inPlace && token.rewrite ? [{ ...token.range, newText: token.rewrite('TLS') }] : undefined;
    reporter.report({ range: token.range, role: 'legacy', versions: ['SSLv3'], confidence: 'medium', fix: edits ? safeFix('Ask for "TLS"', edits) : undefined });
    return;
  }
  sinks.push({ list, role: 'exact', spellings: [DOTTED], exact: { title: 'Ask for "TLS", which negotiates TLS 1.2 or later', name: 'TLS' } });
}

// ---------------------------------------------------------------------------------------------
// C#: SslStream, HttpClientHandler, Kestrel, ServicePointManager
// ---------------------------------------------------------------------------------------------

/** `SslProtocols` and `SecurityProtocolType` members; `Default` is SSL 3.0 and TLS 1.0 together. */
const DOTNET_PROTOCOLS: Spelling = {
  names: { SSLv2: ['Ssl2'], SSLv3: ['Ssl3'], 'TLSv1.0': ['Tls'], 'TLSv1.1': ['Tls11'], 'TLSv1.2': ['Tls12'], 'TLSv1.3': ['Tls13'] },
  groups: { Default: ['SSLv3', 'TLSv1.0'] },
};
/** Properties that take the enabled protocols. */
const CSHARP_PROTOCOL_PROPERTIES: ReadonlySet<string> = new Set(['SslProtocols', 'EnabledSslProtocols', 'SecurityProtocol']);
const CSHARP_AUTHENTICATE_METHODS: ReadonlySet<string> = new Set([
  'AuthenticateAsClient', 'AuthenticateAsClientAsync', 'AuthenticateAsServer', 'AuthenticateAsServerAsync',
]);

const csharpSinks: SinkFinder = (code) => {
  const sinks: VersionSink[] = [];
  const enabled = (node: SyntaxNode): VersionSink => ({ list: dotnetTokens(code, node), role: 'enabled', spellings: [DOTNET_PROTOCOLS] });
  // Assignments are read from the tree: the code model keeps `=` only, and `|=` adds protocols too.
  for (const assignment of code.nodesOfType(['assignment_expression'])) {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    const operator = assignment.namedChildren.find((child) => child?.type === 'assignment_operator')?.text ?? assignment.child(1)?.text;
    if (left === null || right === null || (operator !== '=' && operator !== '|=')) continue;
    if (CSHARP_PROTOCOL_PROPERTIES.has(lastName(left.text))) sinks.push(enabled(right));
  }
  for (const call of code.calls()) {
    if (!CSHARP_AUTHENTICATE_METHODS.has(call.name)) continue;
    for (const argument of call.args) {
      if (argument.name === undefined || argument.name === 'enabledSslProtocols') sinks.push(enabled(argument.node));
    }
  }
  return sinks;
};

const DOTNET_ENUMS: ReadonlySet<string> = new Set(['SslProtocols', 'SecurityProtocolType']);

/** Only members of the two protocol enums count, so `SslProtocols.Tls` and a local `Tls` are told apart. */
function dotnetTokens(code: CodeModel, node: SyntaxNode): TokenList {
  const list = codeTokens(code, node, { joiner: ' | ', itemJoiner: ' | ' });
  if (!list.inPlace) return list;
  const text = code.root.text;
  const tokens = list.tokens.filter((token) => {
    const written = text.slice(token.range.start, token.range.end);
    const qualifier = written.slice(0, Math.max(0, lastSegmentStart(written) - 1));
    return DOTNET_ENUMS.has(lastName(qualifier));
  });
  return { ...list, tokens };
}

// ---------------------------------------------------------------------------------------------
// Go: crypto/tls Config
// ---------------------------------------------------------------------------------------------

const goSinks: SinkFinder = (code) => {
  const sinks: VersionSink[] = [];
  const version = (node: SyntaxNode, role: 'min' | 'max'): VersionSink => ({ list: codeTokens(code, node, { joiner: ', ' }), role, spellings: [GO_NAMES, GO_NUMBERS] });
  for (const pair of code.keyValues()) {
    if (pair.key === 'MinVersion') sinks.push(version(pair.value, 'min'));
    else if (pair.key === 'MaxVersion') sinks.push(version(pair.value, 'max'));
  }
  for (const assignment of code.assignments()) {
    const name = lastName(assignment.target);
    if (name === 'MinVersion') sinks.push(version(assignment.value, 'min'));
    else if (name === 'MaxVersion') sinks.push(version(assignment.value, 'max'));
  }
  return sinks;
};

// ---------------------------------------------------------------------------------------------
// PHP: cURL and stream contexts
// ---------------------------------------------------------------------------------------------

/** CURLOPT_SSLVERSION constants; current libcurl reads each TLS one as "this version or later". */
const PHP_CURL_MINIMUM: Spelling = {
  names: {
    SSLv2: ['CURL_SSLVERSION_SSLv2'],
    SSLv3: ['CURL_SSLVERSION_SSLv3'],
    'TLSv1.0': ['CURL_SSLVERSION_TLSv1_0', 'CURL_SSLVERSION_TLSv1'],
    'TLSv1.1': ['CURL_SSLVERSION_TLSv1_1'],
    'TLSv1.2': ['CURL_SSLVERSION_TLSv1_2'],
    'TLSv1.3': ['CURL_SSLVERSION_TLSv1_3'],
  },
};
/** The same values written as numbers: 1 is CURL_SSLVERSION_TLSv1, 4 to 7 are TLS 1.0 to 1.3. */
const PHP_CURL_NUMBERS: Spelling = {
  names: { SSLv2: ['2'], SSLv3: ['3'], 'TLSv1.0': ['4', '1'], 'TLSv1.1': ['5'], 'TLSv1.2': ['6'], 'TLSv1.3': ['7'] },
};
const PHP_CURL_MAXIMUM: Spelling = {
  names: {
    'TLSv1.0': ['CURL_SSLVERSION_MAX_TLSv1_0'],
    'TLSv1.1': ['CURL_SSLVERSION_MAX_TLSv1_1'],
    'TLSv1.2': ['CURL_SSLVERSION_MAX_TLSv1_2'],
    'TLSv1.3': ['CURL_SSLVERSION_MAX_TLSv1_3'],
  },
};

function phpStreamMethods(side: 'CLIENT' | 'SERVER'): Spelling {
  const name = (version: string): string => `STREAM_CRYPTO_METHOD_${version}_${side}`;
  return {
    names: {
      SSLv2: [name('SSLv2')],
      SSLv3: [name('SSLv3')],
      'TLSv1.0': [name('TLSv1_0')],
      'TLSv1.1': [name('TLSv1_1')],
      'TLSv1.2': [name('TLSv1_2')],
      'TLSv1.3': [name('TLSv1_3')],
    },
  };
}

const PHP_SOAP_METHODS: Spelling = {
  names: { SSLv2: ['SOAP_SSL_METHOD_SSLv2'], SSLv3: ['SOAP_SSL_METHOD_SSLv3'] },
};

const phpSinks: SinkFinder = (code) => {
  const sinks: VersionSink[] = [];
  const curlVersion = (node: SyntaxNode): void => {
    // `CURL_SSLVERSION_TLSv1_2 | CURL_SSLVERSION_MAX_TLSv1_3`: each part has its own role.
    const list = codeTokens(code, node, { joiner: ' | ', itemJoiner: ' | ' });
    for (const token of list.tokens) {
      const one: TokenList = { tokens: [token], inPlace: list.inPlace, joiner: list.joiner };
      if (token.name.startsWith('CURL_SSLVERSION_MAX_')) sinks.push({ list: one, role: 'max', spellings: [PHP_CURL_MAXIMUM] });
      else sinks.push({ list: one, role: 'min', spellings: [isIndex(token.name) ? PHP_CURL_NUMBERS : PHP_CURL_MINIMUM] });
    }
  };
  const cryptoMethod = (node: SyntaxNode): void => {
    const list = codeTokens(code, node, { joiner: ' | ', itemJoiner: ' | ' });
    const side = list.tokens.some((token) => token.name.endsWith('_SERVER')) ? 'SERVER' : 'CLIENT';
    sinks.push({ list, role: 'enabled', spellings: [phpStreamMethods(side)] });
  };
  for (const call of code.calls()) {
    const name = call.name.toLowerCase();
    const argument = (index: number): SyntaxNode | undefined => call.args[index]?.node;
    if (name === 'curl_setopt') {
      const option = argument(1);
      const value = argument(2);
      if (option && value && PHP_CURL_VERSION_OPTIONS.has(lastName(option.text))) curlVersion(value);
    } else if (name === 'stream_context_set_option') {
      const option = argument(2);
      const value = argument(3);
      const optionName = option ? code.valueOf(option) : undefined;
      if (value && optionName?.kind === 'string' && optionName.value === 'crypto_method') cryptoMethod(value);
    } else if (name === 'stream_socket_enable_crypto') {
      const value = argument(2);
      if (value) cryptoMethod(value);
    }
  }
  for (const pair of code.keyValues()) {
    const key = phpKey(code, pair.keyNode, pair.key);
    if (PHP_CURL_VERSION_OPTIONS.has(key)) curlVersion(pair.value);
    else if (key === 'crypto_method') cryptoMethod(pair.value);
    else if (key === 'ssl_method') sinks.push({ list: codeTokens(code, pair.value, { joiner: ' | ', itemJoiner: ' | ' }), role: 'exact', spellings: [PHP_SOAP_METHODS] });
  }
  return sinks;
};

const PHP_CURL_VERSION_OPTIONS: ReadonlySet<string> = new Set(['CURLOPT_SSLVERSION', 'CURLOPT_PROXY_SSLVERSION']);

/** An array key: a string's value, or a constant's name (`CURLOPT_SSLVERSION`). */
function phpKey(code: CodeModel, keyNode: SyntaxNode, key: string): string {
  const value = code.valueOf(keyNode);
  if (value.kind === 'string' && (keyNode.type === 'string' || keyNode.type === 'encapsed_string')) return value.value;
  return lastName(bareKey(key));
}

// ---------------------------------------------------------------------------------------------
// Ruby: OpenSSL::SSL::SSLContext, Net::HTTP, HTTParty, Faraday
// ---------------------------------------------------------------------------------------------

/** `ssl_version` method names, as symbols or strings. */
const RUBY_METHODS: Spelling = {
  names: {
    SSLv2: ['SSLv2', 'SSLv2_client', 'SSLv2_server'],
    SSLv3: ['SSLv3', 'SSLv3_client', 'SSLv3_server'],
    'TLSv1.0': ['TLSv1', 'TLSv1_client', 'TLSv1_server'],
    'TLSv1.1': ['TLSv1_1', 'TLSv1_1_client', 'TLSv1_1_server'],
    'TLSv1.2': ['TLSv1_2', 'TLSv1_2_client', 'TLSv1_2_server'],
  },
};
/** `min_version`/`max_version` values: `OpenSSL::SSL::TLS1_VERSION` constants or `:TLS1` symbols. */
const RUBY_VERSION_CONSTANTS: Spelling = {
  names: {
    SSLv2: ['SSL2_VERSION'],
    SSLv3: ['SSL3_VERSION'],
    'TLSv1.0': ['TLS1_VERSION'],
    'TLSv1.1': ['TLS1_1_VERSION'],
    'TLSv1.2': ['TLS1_2_VERSION'],
    'TLSv1.3': ['TLS1_3_VERSION'],
  },
};
const RUBY_VERSION_SYMBOLS: Spelling = {
  names: { SSLv2: ['SSL2'], SSLv3: ['SSL3'], 'TLSv1.0': ['TLS1'], 'TLSv1.1': ['TLS1_1'], 'TLSv1.2': ['TLS1_2'], 'TLSv1.3': ['TLS1_3'] },
};
const RUBY_EXACT_FIX: ExactFix = { title: 'Use TLS 1.2', name: 'TLSv1_2' };

const rubySinks: SinkFinder = (code) => {
  const sinks: VersionSink[] = [];
  const single = (node: SyntaxNode): TokenList => codeTokens(code, node, { joiner: ', ' });
  const byName = (name: string, value: SyntaxNode): void => {
    if (name === 'ssl_version' || name === 'version') sinks.push({ list: single(value), role: 'exact', spellings: [RUBY_METHODS], exact: RUBY_EXACT_FIX });
    else if (name === 'min_version') sinks.push({ list: single(value), role: 'min', spellings: [RUBY_VERSION_CONSTANTS, RUBY_VERSION_SYMBOLS] });
    else if (name === 'max_version') sinks.push({ list: single(value), role: 'max', spellings: [RUBY_VERSION_CONSTANTS, RUBY_VERSION_SYMBOLS] });
  };
  for (const assignment of code.assignments()) {
    const name = lastName(assignment.target);
    if (name !== 'version') byName(name, assignment.value);
  }
  for (const pair of code.keyValues()) byName(bareKey(pair.key), pair.value);
  for (const call of code.calls()) {
    // HTTParty's `ssl_version :TLSv1` class macro and `SSLContext.new(:TLSv1)`.
    const first = positionalArgument(call, 0);
    if (first === undefined) continue;
    if (call.name === 'ssl_version' && call.args.length === 1) byName('ssl_version', first);
    else if (call.name === 'new' && (call.receiver?.text ?? '').endsWith('SSLContext')) byName('ssl_version', first);
  }
  return sinks;
};

// ---------------------------------------------------------------------------------------------
// Shell: curl, wget, openssl and node options
// ---------------------------------------------------------------------------------------------

interface Word {
  readonly text: string;
  readonly node: SyntaxNode;
}

/** Commands that run the next word as the command. */
const COMMAND_WRAPPERS: ReadonlySet<string> = new Set(['sudo', 'env', 'exec', 'command', 'nohup', 'time', 'nice', 'xargs']);

/** A shell command's name and words, with `sudo`, `env NAME=value` and their options skipped. */
export function shellCommand(code: CodeModel, call: CallSite): { readonly name: string; readonly words: readonly Word[] } {
  const words = call.args.map((argument) => {
    const value = code.valueOf(argument.node);
    return { text: value.kind === 'string' ? value.value : argument.node.text, node: argument.node };
  });
  let name = call.name.slice(call.name.lastIndexOf('/') + 1);
  let index = 0;
  while (COMMAND_WRAPPERS.has(name)) {
    while (index < words.length && ((words[index]?.text ?? '').startsWith('-') || (words[index]?.text ?? '').includes('='))) index += 1;
    const next = words[index];
    if (next === undefined) break;
    name = next.text.slice(next.text.lastIndexOf('/') + 1);
    index += 1;
  }
  return { name, words: words.slice(index) };
}

/** A word replaced by `text`, when the word is written plainly or in quotes around exactly its value. */
function wordEdit(word: Word, text: string): TextEdit[] | undefined {
  const raw = word.node.text;
  if (raw === word.text) return [{ ...rangeOf(word.node), newText: text }];
  if (raw.length === word.text.length + 2 && (raw[0] === '"' || raw[0] === "'")) return [{ ...rangeOf(word.node), newText: requote(raw, text) }];
  return undefined;
}

interface ShellOption {
  readonly role: 'min' | 'max' | 'exact';
  readonly versions: readonly TlsVersion[];
  /** The word that replaces it; safe for a raised minimum, a suggestion for a pinned version. */
  readonly replacement: string;
  /** The title of a pinned version's fix, which says what the replacement does. */
  readonly title?: string;
  readonly confidence?: Confidence;
}

/** curl options: `--tlsv1.0` means "TLS 1.0 or later"; `--sslv3` forces SSL 3.0. */
const CURL_OPTIONS: ReadonlyMap<string, ShellOption> = new Map<string, ShellOption>([
  ['--tlsv1', { role: 'min', versions: ['TLSv1.0'], replacement: '--tlsv1.2' }],
  ['-1', { role: 'min', versions: ['TLSv1.0'], replacement: '--tlsv1.2' }],
  ['--tlsv1.0', { role: 'min', versions: ['TLSv1.0'], replacement: '--tlsv1.2' }],
  ['--tlsv1.1', { role: 'min', versions: ['TLSv1.1'], replacement: '--tlsv1.2' }],
  ['--sslv3', { role: 'exact', versions: ['SSLv3'], replacement: '--tlsv1.2', title: 'Use TLS 1.2 or later' }],
  ['-3', { role: 'exact', versions: ['SSLv3'], replacement: '--tlsv1.2', title: 'Use TLS 1.2 or later' }],
  ['--sslv2', { role: 'exact', versions: ['SSLv2'], replacement: '--tlsv1.2', title: 'Use TLS 1.2 or later' }],
  ['-2', { role: 'exact', versions: ['SSLv2'], replacement: '--tlsv1.2', title: 'Use TLS 1.2 or later' }],
]);
/** `openssl s_client -tls1` connects with exactly that version; scripts also use it to probe servers. */
const OPENSSL_OPTIONS: ReadonlyMap<string, ShellOption> = new Map<string, ShellOption>([
  ['-ssl2', { role: 'exact', versions: ['SSLv2'], replacement: '-tls1_2', title: 'Use TLS 1.2', confidence: 'medium' }],
  ['-ssl3', { role: 'exact', versions: ['SSLv3'], replacement: '-tls1_2', title: 'Use TLS 1.2', confidence: 'medium' }],
  ['-tls1', { role: 'exact', versions: ['TLSv1.0'], replacement: '-tls1_2', title: 'Use TLS 1.2', confidence: 'medium' }],
  ['-tls1_1', { role: 'exact', versions: ['TLSv1.1'], replacement: '-tls1_2', title: 'Use TLS 1.2', confidence: 'medium' }],
]);
const WGET_PROTOCOLS: ReadonlyMap<string, TlsVersion> = new Map<string, TlsVersion>([
  ['SSLv2', 'SSLv2'], ['SSLv3', 'SSLv3'], ['TLSv1', 'TLSv1.0'], ['TLSv1_1', 'TLSv1.1'],
]);
const NODE_OPTIONS: ReadonlyMap<string, ShellOption> = new Map<string, ShellOption>([
  ['--tls-min-v1.0', { role: 'min', versions: ['TLSv1.0'], replacement: '--tls-min-v1.2' }],
  ['--tls-min-v1.1', { role: 'min', versions: ['TLSv1.1'], replacement: '--tls-min-v1.2' }],
]);
const CURL_MAX_VALUES: ReadonlyMap<string, TlsVersion> = new Map<string, TlsVersion>([['1.0', 'TLSv1.0'], ['1.1', 'TLSv1.1']]);

const shellSinks: SinkFinder = (code, reporter) => {
  for (const call of code.calls()) {
    const { name, words } = shellCommand(code, call);
    const options = name === 'curl' ? CURL_OPTIONS : name === 'openssl' ? OPENSSL_OPTIONS : name === 'node' ? NODE_OPTIONS : undefined;
    words.forEach((word, index) => {
      const option = options?.get(word.text);
      if (option !== undefined) {
        const edits = wordEdit(word, option.replacement);
        let fix: Fix | undefined;
        if (edits !== undefined) fix = option.role === 'exact' ? suggestedFix(option.title ?? 'Use TLS 1.2', edits) : safeFix('Raise the minimum to TLS 1.2', edits);
        reporter.report({ range: rangeOf(word.node), role: option.role, versions: option.versions, fix, confidence: option.confidence });
      } else if (name === 'curl' && word.text === '--tls-max') {
        const next = words[index + 1];
        const version = next ? CURL_MAX_VALUES.get(next.text) : undefined;
        if (next && version) {
          const edits = wordEdit(next, '1.3');
          const range = { start: word.node.startIndex, end: next.node.endIndex };
          reporter.report({ range, role: 'max', versions: [version], fix: edits ? safeFix('Raise the maximum to TLS 1.3', edits) : undefined });
        }
      } else if (name === 'wget' && word.text.startsWith('--secure-protocol=')) {
        const version = WGET_PROTOCOLS.get(word.text.slice('--secure-protocol='.length));
        const edits = wordEdit(word, '--secure-protocol=TLSv1_2');
        if (version) reporter.report({ range: rangeOf(word.node), role: 'exact', versions: [version], fix: edits ? suggestedFix('Use TLS 1.2', edits) : undefined });
      }
    });
  }
  return [];
};

const CODE_FINDERS: Readonly<Record<CodeModel['language'], SinkFinder>> = {
  javascript: javascriptSinks,
  typescript: javascriptSinks,
  tsx: javascriptSinks,
  python: pythonSinks,
  java: javaSinks,
  csharp: csharpSinks,
  go: goSinks,
  php: phpSinks,
  ruby: rubySinks,
  shell: shellSinks,
};

// ---------------------------------------------------------------------------------------------
// Configuration files
// ---------------------------------------------------------------------------------------------

/** A configuration value and where it is, for the per-format readers. */
interface ConfigValue {
  readonly entry: ConfigEntry;
  readonly value: string;
  readonly valueRange: Range;
}

/** Directive formats' entries with their values; others' scalar entries. */
export function configValues(config: ConfigModel): ConfigValue[] {
  const values: ConfigValue[] = [];
  for (const entry of config.entries()) {
    if (entry.value !== undefined && entry.valueRange !== undefined) values.push({ entry, value: entry.value, valueRange: entry.valueRange });
  }
  return values;
}

const NOT_NAME_CHARACTER = safeRegex('[^a-z0-9]', 'g');
const DIGITS_ONLY = safeRegex('^[0-9]+$');

/**
 * A key path as a compact setting name: its last two named segments, lower-cased, with
 * punctuation and XML's `@` removed: `['server', 'ssl', 'enabled-protocols']` → `sslenabledprotocols`.
 */
export function settingName(path: readonly string[]): string {
  const named = path.filter((segment) => !isIndex(segment));
  return named.slice(-2).join('').toLowerCase().replace(NOT_NAME_CHARACTER, '');
}

export function isIndex(segment: string): boolean {
  return DIGITS_ONLY.test(segment);
}

/**
 * Every setting written as a scalar or as a sequence (YAML list, HCL tuple), each with its key
 * path and its items as tokens. A scalar is split at `separators`; a sequence's items are its
 * tokens, with their quotes, so a fix can remove one with its comma.
 */
export function configLists(
  config: ConfigModel,
  text: string,
  separators: string,
  wanted: (path: readonly string[], value: string, valueRange: Range) => boolean = () => true,
): { readonly path: readonly string[]; readonly list: TokenList }[] {
  const lists: { path: readonly string[]; list: TokenList }[] = [];
  const sequences = new Map<string, { path: readonly string[]; tokens: Token[] }>();
  for (const { entry, value, valueRange } of configValues(config)) {
    if (!wanted(entry.path, value, valueRange)) continue;
    if (isIndex(entry.key)) {
      const parent = entry.path.slice(0, -1);
      const key = parent.join('\u0000');
      const group = sequences.get(key) ?? { path: parent, tokens: [] };
      const range = withQuotes(text, valueRange);
      const raw = text.slice(range.start, range.end);
      group.tokens.push({ name: value.trim(), range, rewrite: (name) => requote(raw, name) });
      sequences.set(key, group);
      continue;
    }
    const raw = text.slice(valueRange.start, valueRange.end);
    const tokens = splitTokens(raw, valueRange.start, separators);
    lists.push({ path: entry.path, list: { tokens, inPlace: true, joiner: joinerOf(text, tokens, separators.includes(',') ? ',' : ' ') } });
  }
  for (const { path, tokens } of sequences.values()) {
    lists.push({ path, list: { tokens, inPlace: true, joiner: tokens.length === 1 && isBlockItem(text, tokens[0]) ? undefined : joinerOf(text, tokens, ', ') } });
  }
  return lists;
}

/** Whether a sequence item is written on its own `- ` line, where a second item needs a line of its own. */
function isBlockItem(text: string, token: Token | undefined): boolean {
  if (token === undefined) return false;
  let index = token.range.start - 1;
  while (text[index] === ' ' || text[index] === '\t') index -= 1;
  return text[index] === '-';
}

/** A value range widened to take in the quotes around it. */
function withQuotes(text: string, range: Range): Range {
  const before = text[range.start - 1];
  return (before === '"' || before === "'") && text[range.end] === before ? { start: range.start - 1, end: range.end + 1 } : range;
}

function checkConfig(config: ConfigModel, text: string, reporter: Reporter): void {
  switch (config.format) {
    case 'nginx':
      for (const { entry, value, valueRange } of configValues(config)) {
        if (!NGINX_PROTOCOL_DIRECTIVES.has(entry.key)) continue;
        const tokens = splitTokens(value, valueRange.start, '');
        checkSink({ list: { tokens, inPlace: true, joiner: joinerOf(text, tokens, ' ') }, role: 'enabled', spellings: [{ ...DOTTED, ignoreCase: true }] }, reporter);
      }
      return;
    case 'apache':
      for (const { entry, value, valueRange } of configValues(config)) {
        if (entry.key.toLowerCase() === 'sslprotocol' || entry.key.toLowerCase() === 'sslproxyprotocol') checkApacheProtocols(value, valueRange, reporter);
      }
      return;
    case 'haproxy':
      for (const { value, valueRange } of configValues(config)) checkHaproxyWords(value, valueRange, reporter);
      return;
    default:
      checkKeyedSettings(config, text, reporter);
  }
}

const NGINX_PROTOCOL_DIRECTIVES: ReadonlySet<string> = new Set(['ssl_protocols', 'proxy_ssl_protocols', 'grpc_ssl_protocols', 'uwsgi_ssl_protocols']);

/** mod_ssl's protocol names; `all` is every version the build supports, SSL 3.0 included on old builds. */
const APACHE_PROTOCOLS: Spelling = {
  names: { SSLv3: ['SSLv3'], 'TLSv1.0': ['TLSv1'], 'TLSv1.1': ['TLSv1.1'], 'TLSv1.2': ['TLSv1.2'], 'TLSv1.3': ['TLSv1.3'] },
  groups: { all: ['SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] },
  ignoreCase: true,
};

/**
 * `SSLProtocol` as mod_ssl reads it, left to right: a bare name sets the list, `+name` adds and
 * `-name` removes. Each weak version still enabled at the end is reported on the word that
 * enabled it.
 */
function checkApacheProtocols(value: string, valueRange: Range, reporter: Reporter): void {
  const words = splitTokens(value, valueRange.start, '');
  const enabledBy = new Map<TlsVersion, number>();
  words.forEach((word, index) => {
    const sign = word.name[0] === '+' || word.name[0] === '-' ? word.name[0] : '';
    const match = matchName([APACHE_PROTOCOLS], word.name.slice(sign.length));
    if (match === undefined) return;
    if (sign === '') enabledBy.clear();
    for (const version of match.versions) {
      if (sign === '-') enabledBy.delete(version);
      else enabledBy.set(version, index);
    }
  });
  const strongKept = STRONG_VERSIONS.some((version) => enabledBy.has(version));
  const byWord = new Map<number, TlsVersion[]>();
  for (const [version, index] of enabledBy) {
    if (WEAK_VERSIONS.has(version)) byWord.set(index, [...(byWord.get(index) ?? []), version]);
  }
  for (const [index, versions] of byWord) {
    const word = words[index];
    if (word === undefined) continue;
    const group = word.name.replace('+', '').toLowerCase() === 'all';
    let fix: Fix | undefined;
    if (strongKept && group) {
      // `all -SSLv3` → `all -SSLv3 -TLSv1 -TLSv1.1`: keeps what `all` brings except the weak versions.
      const removals = weakOf(versions).map((version) => ` -${spell(APACHE_PROTOCOLS, version) ?? version}`).join('');
      fix = safeFix(`Turn off ${labelList(versions)}`, [{ start: valueRange.end, end: valueRange.end, newText: removals }]);
    } else if (strongKept) {
      const edit = removalEdit({ tokens: words, inPlace: true, joiner: ' ' }, index);
      fix = edit ? safeFix(`Remove ${labelList(versions)}`, [edit]) : undefined;
    } else {
      fix = suggestedFix('Enable only TLS 1.2 and TLS 1.3', [{ ...valueRange, newText: '-all +TLSv1.2 +TLSv1.3' }]);
    }
    reporter.report({ range: word.range, role: 'enabled', versions, fix });
  }
}

const HAPROXY_FORCED: ReadonlyMap<string, TlsVersion> = new Map<string, TlsVersion>([
  ['force-sslv3', 'SSLv3'], ['force-tlsv10', 'TLSv1.0'], ['force-tlsv11', 'TLSv1.1'],
]);

/** HAProxy `ssl-min-ver`/`ssl-max-ver` and `force-*` words, on `bind`, `server` and the `ssl-default-*-options`. */
function checkHaproxyWords(value: string, valueRange: Range, reporter: Reporter): void {
  const words = splitTokens(value, valueRange.start, '');
  words.forEach((word, index) => {
    const next = words[index + 1];
    if ((word.name === 'ssl-min-ver' || word.name === 'ssl-max-ver') && next !== undefined) {
      checkSink({ list: { tokens: [next], inPlace: true, joiner: ' ' }, role: word.name === 'ssl-min-ver' ? 'min' : 'max', spellings: [HAPROXY] }, reporter);
    }
    const forced = HAPROXY_FORCED.get(word.name.toLowerCase());
    if (forced !== undefined) {
      reporter.report({ range: word.range, role: 'exact', versions: [forced], fix: suggestedFix('Use TLS 1.2', [{ ...word.range, newText: 'force-tlsv12' }]) });
    }
  });
}

/** Setting names (see settingName) whose value is a list of enabled protocols. */
const LIST_SETTINGS: readonly string[] = [
  'enabledprotocols', 'sslprotocols', 'tlsprotocols', 'supportedprotocols', 'httpsprotocols', 'clientprotocols', 'serverprotocols',
];
const MIN_SETTINGS: readonly string[] = [
  'tlsminimumprotocolversion', 'minprotocolversion', 'minversion', 'mintlsversion', 'minimumtlsversion', 'minimaltlsversion',
  'tlsminimumversion', 'minimumversion', 'sslminimaltlsversionenforced', 'securitypolicy',
];
const MAX_SETTINGS: readonly string[] = [
  'tlsmaximumprotocolversion', 'maxprotocolversion', 'maxversion', 'maxtlsversion', 'maximumtlsversion', 'tlsmaximumversion', 'maximumversion',
];
const EXACT_SETTINGS: readonly string[] = ['sslprotocol', 'sslalgorithm'];

/** Managed policies (by setting name) whose names carry their lowest version, and what a fix offers instead. */
interface PolicyTable {
  readonly settings: readonly string[];
  readonly policies: ReadonlyMap<string, readonly TlsVersion[]>;
  /** Name prefixes that encode the lowest version, for policies newer than the table. */
  readonly prefixes?: ReadonlyMap<string, readonly TlsVersion[]>;
  readonly replacement: string;
}

const FROM_TLS10: readonly TlsVersion[] = ['TLSv1.0', 'TLSv1.1'];
const FROM_TLS11: readonly TlsVersion[] = ['TLSv1.1'];
const FROM_SSL3: readonly TlsVersion[] = ['SSLv3', 'TLSv1.0', 'TLSv1.1'];

/** AWS Elastic Load Balancing security policies (ALB, NLB, classic) that accept TLS 1.0 or 1.1. */
const ELB_POLICIES: PolicyTable = {
  settings: ['sslpolicy', 'referencesecuritypolicy'],
  policies: new Map<string, readonly TlsVersion[]>([
    ['ELBSecurityPolicy-2016-08', FROM_TLS10],
    ['ELBSecurityPolicy-2015-05', FROM_TLS10],
    ['ELBSecurityPolicy-2015-03', FROM_TLS10],
    ['ELBSecurityPolicy-2015-02', FROM_TLS10],
    ['ELBSecurityPolicy-2014-10', FROM_TLS10],
    ['ELBSecurityPolicy-2014-01', FROM_SSL3],
    ['ELBSecurityPolicy-2011-08', FROM_SSL3],
    ['ELBSecurityPolicy-FS-2018-06', FROM_TLS10],
    ['ELBSecurityPolicy-FS-1-1-2019-08', FROM_TLS11],
    ['ELBSecurityPolicy-TLS-1-0-2015-04', FROM_TLS10],
    ['ELBSecurityPolicy-TLS-1-1-2017-01', FROM_TLS11],
    ['ELBSecurityPolicy-TLS13-1-0-2021-06', FROM_TLS10],
    ['ELBSecurityPolicy-TLS13-1-1-2021-06', FROM_TLS11],
    ['ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04', FROM_TLS10],
    ['ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04', FROM_TLS11],
  ]),
  prefixes: new Map<string, readonly TlsVersion[]>([
    ['ELBSecurityPolicy-TLS13-1-0-', FROM_TLS10],
    ['ELBSecurityPolicy-TLS13-1-1-', FROM_TLS11],
    ['ELBSecurityPolicy-TLS-1-0-', FROM_TLS10],
    ['ELBSecurityPolicy-TLS-1-1-', FROM_TLS11],
    ['ELBSecurityPolicy-FS-1-1-', FROM_TLS11],
  ]),
  replacement: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
};
/** CloudFront viewer certificate `minimum_protocol_version`. */
const CLOUDFRONT_POLICIES: PolicyTable = {
  settings: ['minimumprotocolversion'],
  policies: new Map<string, readonly TlsVersion[]>([
    ['SSLv3', FROM_SSL3], ['TLSv1', FROM_TLS10], ['TLSv1_2016', FROM_TLS10], ['TLSv1.1_2016', FROM_TLS11],
  ]),
  replacement: 'TLSv1.2_2021',
};
/** OpenSearch and Elasticsearch domain endpoint `tls_security_policy`. */
const OPENSEARCH_POLICIES: PolicyTable = {
  settings: ['tlssecuritypolicy'],
  policies: new Map<string, readonly TlsVersion[]>([['Policy-Min-TLS-1-0-2019-07', FROM_TLS10]]),
  replacement: 'Policy-Min-TLS-1-2-2019-07',
};
/** Azure Application Gateway predefined SSL policies. */
const APP_GATEWAY_POLICIES: PolicyTable = {
  settings: ['policyname'],
  policies: new Map<string, readonly TlsVersion[]>([['AppGwSslPolicy20150501', FROM_TLS10], ['AppGwSslPolicy20170401', FROM_TLS11]]),
  replacement: 'AppGwSslPolicy20220101',
};
const POLICY_TABLES: readonly PolicyTable[] = [ELB_POLICIES, CLOUDFRONT_POLICIES, OPENSEARCH_POLICIES, APP_GATEWAY_POLICIES];

/** Azure API Management protocol switches whose `true` turns an old version on. */
const SWITCH_SETTINGS: ReadonlyMap<string, TlsVersion> = new Map<string, TlsVersion>([
  ['enablefrontendssl30', 'SSLv3'], ['enablebackendssl30', 'SSLv3'],
  ['enablefrontendtls10', 'TLSv1.0'], ['enablebackendtls10', 'TLSv1.0'],
  ['enablefrontendtls11', 'TLSv1.1'], ['enablebackendtls11', 'TLSv1.1'],
]);

function endsWithAny(name: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => name.endsWith(suffix));
}

function policyVersions(table: PolicyTable, value: string): readonly TlsVersion[] | undefined {
  const exact = table.policies.get(value);
  if (exact !== undefined) return exact;
  for (const [prefix, versions] of table.prefixes ?? []) if (value.startsWith(prefix)) return versions;
  return undefined;
}

/** YAML, JSON, XML, HCL and `.properties` settings, matched by their key's name. */
/**
 * Most values in a configuration file (a JSON file of thousands of messages) are neither a TLS
 * setting nor a command line with a TLS flag, and splitting each into tokens was most of this
 * rule's time there; a sequence item's setting name is its sequence's, so items are kept or left
 * alike unless they carry the flag themselves.
 */
function checkKeyedSettings(config: ConfigModel, text: string, reporter: Reporter): void {
  const wanted = (path: readonly string[], value: string, valueRange: Range): boolean =>
    value.includes(TLS_MIN_VERSION_FLAG) || text.slice(valueRange.start, valueRange.end).includes(TLS_MIN_VERSION_FLAG) || namesTlsSetting(settingName(path));
  for (const { path, list } of configLists(config, text, ',', wanted)) {
    const name = settingName(path);
    const spellings = name.includes('tls') ? [...CONFIG_SPELLINGS, BARE_NUMBERS] : CONFIG_SPELLINGS;
    const only = list.tokens.length === 1 ? list.tokens[0] : undefined;
    const table = POLICY_TABLES.find((candidate) => endsWithAny(name, candidate.settings));
    const policy = table && only ? policyVersions(table, only.name) : undefined;
    const switched = [...SWITCH_SETTINGS].find(([setting]) => name.endsWith(setting))?.[1];
    if (table && only && policy) {
      const edit = { ...only.range, newText: only.rewrite?.(table.replacement) ?? table.replacement };
      reporter.report({ range: only.range, role: 'policy', versions: policy, fix: suggestedFix(`Use ${table.replacement}`, [edit]) });
    } else if (switched !== undefined && only && only.name.toLowerCase() === 'true') {
      const edit = { ...only.range, newText: only.rewrite?.('false') ?? 'false' };
      reporter.report({ range: only.range, role: 'enabled', versions: [switched], fix: safeFix(`Turn off ${VERSION_LABELS[switched]}`, [edit]) });
    } else if (endsWithAny(name, LIST_SETTINGS)) {
      checkSink({ list, role: 'enabled', spellings }, reporter);
    } else if (endsWithAny(name, MIN_SETTINGS)) {
      checkSink({ list, role: 'min', spellings }, reporter);
    } else if (endsWithAny(name, MAX_SETTINGS)) {
      checkSink({ list, role: 'max', spellings }, reporter);
    } else if (endsWithAny(name, EXACT_SETTINGS)) {
      checkSink({ list, role: 'exact', spellings, exact: { title: 'Use TLS 1.2', name: 'TLSv1.2' } }, reporter);
    } else {
      checkCommandFlags(list, reporter);
    }
  }
}

function namesTlsSetting(name: string): boolean {
  return (
    POLICY_TABLES.some((table) => endsWithAny(name, table.settings)) ||
    [...SWITCH_SETTINGS.keys()].some((setting) => name.endsWith(setting)) ||
    [LIST_SETTINGS, MIN_SETTINGS, MAX_SETTINGS, EXACT_SETTINGS].some((settings) => endsWithAny(name, settings))
  );
}

const TLS_MIN_VERSION_FLAG = '--tls-min-version=';

/** Kubernetes component flags in container commands: `--tls-min-version=VersionTLS10`. */
function checkCommandFlags(list: TokenList, reporter: Reporter): void {
  for (const token of list.tokens) {
    const flag = TLS_MIN_VERSION_FLAG;
    if (!token.name.startsWith(flag)) continue;
    const match = matchName([GO_NAMES], token.name.slice(flag.length));
    const weak = match ? weakOf(match.versions) : [];
    if (weak.length === 0) continue;
    const edits = token.rewrite ? [{ ...token.range, newText: token.rewrite(`${flag}VersionTLS12`) }] : undefined;
    reporter.report({ range: token.range, role: 'min', versions: weak, fix: edits ? safeFix('Raise the minimum to TLS 1.2', edits) : undefined });
  }
}
