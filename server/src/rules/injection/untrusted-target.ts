/**
 * Shared by the rules that follow request data into a target: a file path
 * (injection/path-traversal), an outbound URL (injection/ssrf) or a redirect
 * (injection/open-redirect). Not a rule itself.
 *
 * - `leadingText` reads the constant text a value starts with, so a rule can tell a target whose
 *   host (or folder) is fixed from one the caller chooses: `'https://api.example.com/users/' + id`
 *   starts with a fixed host; `'https://' + host` does not.
 * - `firstVariablePart` and `assessHost` find the part of a URL that decides its host, so a URL
 *   that starts with a configured base (`API_BASE + path`) is not taken for one the request picks.
 * - `isGuarded` recognises a check on the value earlier in the same function (an allow-list, a
 *   prefix check, a `..` test), which the data-flow helper does not see.
 * - `TargetReporter` reports with the evidence the data-flow helper found, once per target.
 */
import { injectionConfidence, originOf, relatedEvidence, safeRegex } from '../../engine/contract';
import type { Assignment, CallSite, CodeModel, Confidence, EvidenceNotes, RelatedLocation, RuleContext, Severity, SinkKind, SyntaxNode, ValueOrigin } from '../../engine/contract';

export function apiName(call: CallSite): string {
  const callee = call.callee;
  return callee.length <= 40 && !callee.includes('(') && !callee.includes('"') ? callee : call.name;
}

const callsByModel = new WeakMap<CodeModel, ReadonlyMap<number, CallSite>>();

/** The call the code model found at this node, looked up in a map built once per file. */
export function callAt(code: CodeModel, node: SyntaxNode): CallSite | undefined {
  let calls = callsByModel.get(code);
  if (calls === undefined) {
    calls = new Map(code.calls().map((call) => [call.node.id, call]));
    callsByModel.set(code, calls);
  }
  return calls.get(node.id);
}

function namedChildren(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null && !child.type.includes('comment'));
}

function compact(text: string): string {
  return text.replace(WHITESPACE, '');
}

const WHITESPACE = safeRegex('\\s+', 'g');

// ---------------------------------------------------------------------------------------------
// Leading constant text
// ---------------------------------------------------------------------------------------------

const IDENTIFIER_TYPES: ReadonlySet<string> = new Set(['identifier', 'variable_name']);
const BINARY_TYPES: ReadonlySet<string> = new Set(['binary_expression', 'binary_operator', 'binary']);
const WRAPPER_TYPES: ReadonlySet<string> = new Set(['parenthesized_expression', 'await_expression', 'as_expression', 'non_null_expression']);
/** Calls whose first argument is the text they format or parse: the result starts as it does. */
const FORMATTERS: ReadonlySet<string> = new Set([
  'String.format', 'fmt.Sprintf', 'sprintf', 'string.Format', 'String.Format', 'format', 'util.format',
  'URL', 'URI', 'Uri', 'URI.create', 'URI.parse', 'urlparse', 'urllib.parse.urlparse', 'url.Parse', 'Addressable::URI.parse',
]);
/** Where interpolation starts in a string literal, in any of the languages. */
const INTERPOLATION = safeRegex('\\$\\{|#\\{|\\{|\\$|%');
const STRING_OPENING = safeRegex('^[A-Za-z$@]{0,3}(["\'`])');

/**
 * The constant text a value starts with, or undefined when it starts with something that is not
 * constant. Follows a variable to its last assignment in the function, the left side of a
 * concatenation, the literal part of an interpolated string, and the format of a formatting call.
 */
export function leadingText(code: CodeModel, node: SyntaxNode, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const value = code.valueOf(node);
  if (value.kind === 'string') return value.value;
  if (value.kind !== 'unknown') return undefined;
  if (WRAPPER_TYPES.has(node.type)) {
    const inner = namedChildren(node)[0];
    return inner ? leadingText(code, inner, depth + 1) : undefined;
  }
  if (IDENTIFIER_TYPES.has(node.type)) {
    const assigned = lastAssignment(code, node);
    return assigned ? leadingText(code, assigned, depth + 1) : undefined;
  }
  if (BINARY_TYPES.has(node.type)) {
    const left = node.childForFieldName('left') ?? namedChildren(node)[0];
    const right = node.childForFieldName('right') ?? namedChildren(node)[1];
    const operator = node.childForFieldName('operator')?.text ?? node.children.find((child) => child !== null && !child.isNamed)?.text;
    if (left === null || left === undefined || (operator !== '+' && operator !== '.' && operator !== '%')) return undefined;
    const start = leadingText(code, left, depth + 1);
    if (start === undefined || operator === '%') return start === undefined ? undefined : cutAtInterpolation(start);
    const leftIsConstant = code.valueOf(left).kind === 'string';
    return leftIsConstant && right ? start + (leadingText(code, right, depth + 1) ?? '') : start;
  }
  const call = callAt(code, node);
  if (call !== undefined) {
    if (FORMATTERS.has(call.callee) || FORMATTERS.has(call.qualified) || FORMATTERS.has(call.name)) {
      const first = call.args[0]?.node;
      const start = first ? leadingText(code, first, depth + 1) : undefined;
      return start === undefined ? undefined : cutAtInterpolation(start);
    }
    // Python's `"https://host/{}".format(x)`.
    if (call.name === 'format' && call.receiver !== undefined) {
      const start = leadingText(code, call.receiver, depth + 1);
      return start === undefined ? undefined : cutAtInterpolation(start);
    }
    return undefined;
  }
  // An interpolated string literal: f-strings, template literals, `"#{x}"`, `$"{x}"`, `"$x"`.
  const opening = STRING_OPENING.exec(node.text);
  if (opening === null) return undefined;
  return cutAtInterpolation(node.text.slice(opening[0].length));
}

function cutAtInterpolation(text: string): string {
  const match = INTERPOLATION.exec(text);
  return match === null ? text : text.slice(0, match.index);
}

const assignmentsByModel = new WeakMap<CodeModel, ReadonlyMap<number, readonly Assignment[]>>();
/** The key for assignments outside any function. */
const MODULE_SCOPE = -1;

/** The assignments made directly in the function around `node` (or at module level), in source order; grouped once per file. */
export function assignmentsAround(code: CodeModel, node: SyntaxNode): readonly Assignment[] {
  let groups = assignmentsByModel.get(code);
  if (groups === undefined) {
    const grouped = new Map<number, Assignment[]>();
    for (const assignment of code.assignments()) {
      const scope = code.enclosingFunction(assignment.node)?.id ?? MODULE_SCOPE;
      const list = grouped.get(scope) ?? [];
      list.push(assignment);
      grouped.set(scope, list);
    }
    groups = grouped;
    assignmentsByModel.set(code, groups);
  }
  return groups.get(code.enclosingFunction(node)?.id ?? MODULE_SCOPE) ?? [];
}

/** The value of the last assignment to this name in the same function before the use. */
export function lastAssignment(code: CodeModel, use: SyntaxNode): SyntaxNode | undefined {
  let found: SyntaxNode | undefined;
  for (const assignment of assignmentsAround(code, use)) {
    if (assignment.target === use.text && assignment.node.endIndex <= use.startIndex) found = assignment.value;
  }
  return found;
}

/** Children of interpolated strings that hold only literal text. */
const LITERAL_PIECES: ReadonlySet<string> = new Set([
  'string_fragment', 'string_content', 'string_start', 'string_end', 'interpolated_string_text', 'escape_sequence', 'interpolated_verbatim_string_text',
]);

/**
 * The first part of a value that is not constant, in reading order: `API_BASE` in
 * `API_BASE + '/users/' + id`, `host` in `` `https://${host}/x` ``. Follows a variable to its last
 * assignment, concatenation, interpolation, formatting calls and URL parsers. Undefined for a
 * constant; the node itself when it is not built from parts.
 */
export function firstVariablePart(code: CodeModel, node: SyntaxNode, depth = 0): SyntaxNode | undefined {
  if (depth > 8) return node;
  if (code.valueOf(node).kind !== 'unknown') return undefined;
  const next = (child: SyntaxNode | null | undefined): SyntaxNode | undefined => (child ? firstVariablePart(code, child, depth + 1) : undefined);
  if (WRAPPER_TYPES.has(node.type)) return next(namedChildren(node)[0]) ?? node;
  if (IDENTIFIER_TYPES.has(node.type)) {
    // A variable set from a constant is constant here, even when the code model sees it assigned twice.
    const assigned = lastAssignment(code, node);
    return assigned ? next(assigned) : node;
  }
  if (BINARY_TYPES.has(node.type)) {
    const operator = node.childForFieldName('operator')?.text ?? node.children.find((child) => child !== null && !child.isNamed)?.text;
    if (operator !== '+' && operator !== '.') return node;
    const left = node.childForFieldName('left') ?? namedChildren(node)[0];
    const right = node.childForFieldName('right') ?? namedChildren(node)[1];
    return next(left) ?? next(right) ?? node;
  }
  const call = callAt(code, node);
  if (call !== undefined) {
    if (FORMATTERS.has(call.callee) || FORMATTERS.has(call.qualified) || FORMATTERS.has(call.name)) {
      for (const argument of call.args) {
        const part = next(argument.node);
        if (part !== undefined) return part;
      }
    }
    return node;
  }
  // Interpolated strings: the first piece that is not literal text.
  const pieces = namedChildren(node);
  if (pieces.some((piece) => LITERAL_PIECES.has(piece.type))) {
    for (const piece of pieces) {
      if (LITERAL_PIECES.has(piece.type)) continue;
      const inner = piece.type === 'variable_name' ? piece : namedChildren(piece)[0] ?? piece;
      return next(inner) ?? inner;
    }
  }
  return node;
}

const ABSOLUTE_WITH_HOST = safeRegex('^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\\\@]+[/?#]');

/**
 * Whether a target starting with this text has its host chosen by the code: an absolute URL
 * whose host is complete (followed by `/`, `?` or `#`), a path on the same site (`/account/…`,
 * but not `//host` or `/\host`, which browsers read as another host), a relative reference
 * (`api/items/`), or only a query.
 */
export function hostIsFixed(prefix: string | undefined): boolean {
  if (prefix === undefined || prefix === '') return false;
  if (ABSOLUTE_WITH_HOST.test(prefix)) return true;
  if (prefix.startsWith('?') || prefix.startsWith('#')) return true;
  if (prefix.startsWith('/')) return prefix.length > 1 && prefix[1] !== '/' && prefix[1] !== '\\';
  // A relative reference (`api/items/`, resolved against a client's base address, or text that is
  // no URL at all): with no colon, and not just letters that could still grow into a scheme
  // (`'http' + rest`), nothing appended to it can become a scheme or a host.
  return !prefix.includes(':') && !prefix.startsWith('\\') && !SCHEME_LIKE.test(prefix);
}

const SCHEME_LIKE = safeRegex('^[A-Za-z][A-Za-z0-9+.-]*$');

const URL_WORDS = safeRegex('url|uri|link|href|endpoint|feed|webhook|callback|host|domain|site', 'i');

/**
 * For PHP's `file_get_contents`, `fopen` and kin, which open files and URLs alike: a value that
 * starts with a scheme, or whose name says it is a URL, is an outbound request (injection/ssrf);
 * anything else is a file path (injection/path-traversal).
 */
export function looksLikeUrl(code: CodeModel, target: SyntaxNode): boolean {
  const start = leadingText(code, target);
  if (start !== undefined && start.includes('://')) return true;
  return URL_WORDS.test(target.text);
}

// ---------------------------------------------------------------------------------------------
// Checks on the value before the sink
// ---------------------------------------------------------------------------------------------

/** Names that hold the request or response itself; a check on another part of the request does not guard this value. */
const FRAMEWORK_NAMES: ReadonlySet<string> = new Set([
  'req', 'request', 'res', 'response', 'ctx', 'c', 'r', 'w', 'params', 'self', 'this', 'event', 'context', 'reply',
  '$request', '$req', '$_GET', '$_POST', '$_REQUEST', '$_COOKIE', '$this', 'Request', 'HttpContext', 'Response', 'window', 'document', 'location',
]);

/** Fields that hold a member's name rather than a variable (`b` in `a.b`), across the grammars. */
const PROPERTY_FIELDS: readonly string[] = ['property', 'field', 'attribute', 'method', 'name'];

const CALL_TYPES: ReadonlySet<string> = new Set([
  'call_expression', 'call', 'method_invocation', 'invocation_expression', 'member_call_expression', 'scoped_call_expression',
]);
/** Fields that hold the owner of a called method (`Paths` in `Paths.get(x)`, `File` in `File.join(…)`). */
const OWNER_FIELDS: readonly string[] = ['object', 'receiver', 'scope', 'operand', 'expression'];

/** `path` in `path.join(…)`, `os` in `os.path.join(…)`: a module or class whose method is called, not a value. */
function isCalledOwner(current: SyntaxNode): boolean {
  let member: SyntaxNode = current;
  for (let hop = 0; hop < 3; hop++) {
    const parent = member.parent;
    if (parent === null) return false;
    if (CALL_TYPES.has(parent.type)) {
      return parent.childForFieldName('function')?.id === member.id || OWNER_FIELDS.some((name) => parent.childForFieldName(name)?.id === member.id);
    }
    if (!OWNER_FIELDS.some((name) => parent.childForFieldName(name)?.id === member.id)) return false;
    member = parent;
  }
  return false;
}

function rootNames(node: SyntaxNode): string[] {
  const names: string[] = [];
  const visit = (current: SyntaxNode): void => {
    if (IDENTIFIER_TYPES.has(current.type)) {
      const parent = current.parent;
      // The property in `a.b` is not a variable; the object `a` is, unless a method is called on it.
      const isProperty = parent !== null && PROPERTY_FIELDS.some((name) => parent.childForFieldName(name)?.id === current.id);
      if (!isProperty && !FRAMEWORK_NAMES.has(current.text) && !isCalledOwner(current)) names.push(current.text);
    }
    for (const child of namedChildren(current)) visit(child);
  };
  visit(node);
  return names;
}

/**
 * The names a check on the value could mention: the variables in the target, the variables they
 * were assigned from, and the variables assigned from them (`u = new URL(target)`), in the same
 * function; plus the target's own text when it is a short read such as `req.query.next`.
 */
function relatedNames(code: CodeModel, target: SyntaxNode): Set<string> {
  const names = new Set(rootNames(target));
  const text = compact(target.text);
  if (text.length <= 60) names.add(text);
  const local = assignmentsAround(code, target).filter((assignment) => assignment.node.startIndex < target.startIndex);
  for (let round = 0; round < 2; round++) {
    for (const assignment of local) {
      const assigned = compact(assignment.target);
      const fromNames = rootNames(assignment.value);
      if (names.has(assigned)) for (const name of fromNames) names.add(name);
      else if (fromNames.some((name) => names.has(name)) || names.has(compact(assignment.value.text))) names.add(assigned);
    }
  }
  return names;
}

const WORD_CHARACTER = safeRegex('[A-Za-z0-9_$]');

function mentions(line: string, name: string): boolean {
  let from = 0;
  for (;;) {
    const at = line.indexOf(name, from);
    if (at < 0) return false;
    const before = at === 0 ? '' : line.charAt(at - 1);
    const after = line.charAt(at + name.length);
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
    from = at + 1;
  }
}

const DECISION = safeRegex('\\b(if|unless|elif|elsif|assert|when|guard)\\b|\\?|&&|\\|\\|');
const LITERAL_COMPARISON = safeRegex('[=!]==?\\s{0,4}[\'"]|\\.equals\\("');

/**
 * A line that decides something (`if`, `unless`, `assert`, `?`, `&&`) and either contains one of
 * the check words (compared in lower case) or compares with a literal (`host === 'api.example.com'`).
 */
export function decidesWith(line: string, words: readonly string[], literalComparison: boolean): boolean {
  if (!DECISION.test(line)) return false;
  const lower = line.toLowerCase();
  return words.some((word) => lower.includes(word)) || (literalComparison && LITERAL_COMPARISON.test(line));
}

/**
 * Whether a line of the function before the sink checks the value: it mentions one of the
 * value's names and matches the rule's check pattern (`startsWith`, `ALLOWED_HOSTS`, `IsLocalUrl`).
 */
export function isGuarded(code: CodeModel, target: SyntaxNode, check: (line: string) => boolean): boolean {
  const scope = code.enclosingFunction(target) ?? code.root;
  const text = code.root.text.slice(scope.startIndex, target.startIndex);
  // The line of the sink itself counts only up to the sink (`if (ok(u)) fetch(u)`).
  const names = [...relatedNames(code, target)].filter((name) => name.length > 0);
  if (names.length === 0) return false;
  return text.split('\n').some((line) => check(line) && names.some((name) => mentions(line, name) || mentions(compact(line), name)));
}

// ---------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------

const EVIDENCE_NOTES: EvidenceNotes = {
  request: 'Request data is read here.',
  parameter: 'The value comes from this parameter.',
  unknown: 'This value is not a constant.',
  sanitised: 'The value is sanitised here.',
  constant: 'The value is set here.',
};

/** Points at where the deciding value comes from, when that is outside the flagged argument. */
export function relatedFor(origin: ValueOrigin, target: SyntaxNode): { related?: RelatedLocation[] } {
  return relatedEvidence(origin, target, EVIDENCE_NOTES);
}

/** Rails' signed and encrypted cookies: the server wrote them and the client cannot change them. */
const SIGNED_COOKIE = safeRegex('cookies(\\.permanent)?\\.(signed|encrypted)');

export interface Assessment {
  readonly origin: ValueOrigin;
  readonly confidence: Confidence;
}

/**
 * Where the target comes from and how firmly that supports a finding, or undefined when it is not
 * worth one. Unlike a query or a command, a path or URL is normally built from a base the function
 * cannot see (`UPLOADS`, `settings.API_URL`, `__dirname`), so a target whose strongest part is
 * such an unknown value is not reported at all: only request data (high) and a parameter built
 * into the target (low) are.
 */
export function assess(code: CodeModel, target: SyntaxNode, sink: SinkKind): Assessment | undefined {
  const origin = originOf(code, target, sink);
  const confidence = injectionConfidence(origin);
  if (confidence === undefined || origin.weak || origin.kind === 'unknown') return undefined;
  if (origin.kind === 'request' && SIGNED_COOKIE.test(origin.evidence?.text ?? '')) return undefined;
  return { origin, confidence };
}

/**
 * Where the host of a URL comes from. The host is decided by the start of the value: a URL that
 * begins with a base this function cannot see (`API_BASE + '/users/' + id`) goes to that base's
 * host whatever the request says, and one built from a parameter as the base (`baseUrl + path`)
 * is a wrapper's argument. Returns the assessment of the part that chooses the host, or undefined
 * when the request does not choose it. `prefix` is the constant text the value starts with.
 */
export function assessHost(code: CodeModel, target: SyntaxNode, sink: SinkKind, prefix: string | undefined): Assessment | undefined {
  const whole = assess(code, target, sink);
  if (whole === undefined) return undefined;
  const first = firstVariablePart(code, target);
  if (first === undefined || first.id === target.id) return whole;
  const deciding = originOf(code, first, sink);
  if (deciding.kind === 'request') return whole.origin.kind === 'request' ? whole : { origin: deciding, confidence: 'high' };
  // A parameter right after a scheme (`'https://' + host`) is the host; a parameter at the start is a base URL.
  if (deciding.kind === 'parameter' && prefix !== undefined && prefix !== '') return { origin: { ...deciding, built: true }, confidence: 'low' };
  return undefined;
}

/**
 * Reports each target once, and a target nested in one already reported (or holding one) not
 * again: `new FileInputStream(new File(dir, name))` is one finding, on the outer argument.
 */
export class TargetReporter {
  private readonly reported: SyntaxNode[] = [];

  constructor(private readonly context: RuleContext) {}

  report(target: SyntaxNode, origin: ValueOrigin, message: string, severity: Severity, confidence: Confidence): void {
    const overlaps = this.reported.some((done) => done.startIndex < target.endIndex && target.startIndex < done.endIndex);
    if (overlaps) return;
    this.reported.push(target);
    this.context.report({ node: target, message, severity, confidence, ...relatedFor(origin, target) });
  }
}
