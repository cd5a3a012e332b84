/**
 * crypto/weak-password-hash: passwords hashed in a way that a stolen store can be guessed
 * quickly. MoJ's Passwords page asks for stored passwords to be salted hashes whose strength
 * matches the data, and links the OWASP Password Storage Cheat Sheet, whose minimums are the
 * thresholds here (CONTRACTS §7). The rule reports, on the setting or call itself:
 * - a work factor under its threshold: PBKDF2 iterations for the HMAC digest in use, bcrypt cost,
 *   scrypt N, Argon2 memory and iterations, written in place or left at a weak library default;
 * - a fast digest (MD5, SHA-1, SHA-256, ...) applied to a password, or whose result is stored as
 *   one (`md5(password)` is also crypto/weak-hash's finding, CONTRACTS §10);
 * - a constant salt given to a key-derivation function (CWE-759);
 * - schemes that are fast or unsalted by design (passlib md5_crypt, Django MD5PasswordHasher,
 *   Spring MessageDigestPasswordEncoder), plain-text storage (NoOpPasswordEncoder, passlib
 *   plaintext), and Argon2i or Argon2d where OWASP recommends Argon2id.
 *
 * Fixes raise a number written in place to the threshold (12 for bcrypt, the usual choice), in
 * the literal's own form: `2**14` → `2**17`, `1 << 14` → `1 << 17`, `100_000` → `600_000`. They
 * change the hashes produced, so they are suggestions. A value held in a constant gets no fix,
 * since the constant may be shared.
 */
import { namedArgument, nameWords, pathNameParts, positionalArgument, safeRegex } from '../../engine/contract';
import type {
  CallSite,
  CodeModel,
  Confidence,
  ConfigEntry,
  ConfigModel,
  Range,
  Rule,
  RuleContext,
  Severity,
  SyntaxNode,
  TextEdit,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Thresholds
// ---------------------------------------------------------------------------------------------

type Parameter = 'pbkdf2Sha1' | 'pbkdf2Sha256' | 'pbkdf2Sha512' | 'bcrypt' | 'scrypt' | 'argon2Memory' | 'argon2Iterations';

const SOURCE = 'OWASP Password Storage Cheat Sheet (linked from MoJ Passwords: Password storage)';

interface ParameterSpec {
  readonly threshold: string;
  readonly defaultValue: number;
  readonly description: string;
}

const PARAMETERS: Readonly<Record<Parameter, ParameterSpec>> = {
  pbkdf2Sha256: { threshold: 'pbkdf2Sha256Iterations', defaultValue: 600_000, description: 'Fewest PBKDF2-HMAC-SHA256 (and SHA-224) iterations accepted.' },
  pbkdf2Sha1: { threshold: 'pbkdf2Sha1Iterations', defaultValue: 1_300_000, description: 'Fewest PBKDF2-HMAC-SHA1 iterations accepted.' },
  pbkdf2Sha512: { threshold: 'pbkdf2Sha512Iterations', defaultValue: 210_000, description: 'Fewest PBKDF2-HMAC-SHA512 (and SHA-384) iterations accepted.' },
  bcrypt: { threshold: 'bcryptCost', defaultValue: 10, description: 'Lowest bcrypt cost (log2 of the rounds) accepted.' },
  scrypt: { threshold: 'scryptN', defaultValue: 131_072, description: 'Lowest scrypt CPU/memory cost N accepted (2^17).' },
  argon2Memory: { threshold: 'argon2MemoryKiB', defaultValue: 19_456, description: 'Least Argon2 memory accepted, in KiB (19 MiB).' },
  argon2Iterations: { threshold: 'argon2Iterations', defaultValue: 2, description: 'Fewest Argon2 iterations (time cost) accepted.' },
};

/** bcrypt fixes go to 12, the usual modern cost, unless the project asks for more. */
const BCRYPT_FIX_COST = 12;

function thresholdOf(context: RuleContext, parameter: Parameter): number {
  const spec = PARAMETERS[parameter];
  const configured = context.thresholds[spec.threshold];
  return typeof configured === 'number' && Number.isFinite(configured) && configured > 0 ? configured : spec.defaultValue;
}

function fixTargetOf(parameter: Parameter, threshold: number): number {
  return parameter === 'bcrypt' ? Math.max(threshold, BCRYPT_FIX_COST) : threshold;
}

// ---------------------------------------------------------------------------------------------
// Numbers: how messages show them and how fixes write them
// ---------------------------------------------------------------------------------------------

function grouped(value: number, separator: string): string {
  const digits = String(Math.trunc(value));
  let result = '';
  for (let index = 0; index < digits.length; index++) {
    if (index > 0 && (digits.length - index) % 3 === 0) result += separator;
    result += digits.charAt(index);
  }
  return result;
}

/** `600000` as `600,000` for messages. */
function shown(value: number): string {
  return grouped(value, ',');
}

function isPowerOfTwo(value: number): boolean {
  return Number.isInteger(value) && value > 0 && 2 ** Math.round(Math.log2(value)) === value;
}

/** The exponent that reaches at least `value`: the form log2-encoded settings take. */
function ceilLog2(value: number): number {
  return Math.ceil(Math.log2(value) - 1e-9);
}

const DECIMAL = safeRegex('^[0-9][0-9_]*$');
/** A numeric expression made only of decimal literals, operators and parentheses. */
const ARITHMETIC = safeRegex('^[0-9_\\s*+<()-]+$');

/** A decimal literal in the style of `original`: digit groups with `_` when it had them. */
function decimalLike(original: string, value: number): string {
  return original.includes('_') ? grouped(value, '_') : String(value);
}

function replaceNode(node: SyntaxNode, newText: string): TextEdit {
  return { start: node.startIndex, end: node.endIndex, newText };
}

/**
 * The edit that makes an in-place numeric expression evaluate to `target`, keeping its form:
 * `100_000` → `600_000`, `2**14` → `2**17`, `1 << 14` → `1 << 17`, `4 * 1024` → `19 * 1024`.
 * Other all-literal arithmetic becomes a plain decimal. A name (a constant that may be shared)
 * gets no edit, unless `libraryConstant` says it names a library's own value (`bcrypt.MinCost`).
 */
function raiseNumber(node: SyntaxNode, target: number, libraryConstant = false): TextEdit[] | undefined {
  const text = node.text;
  if (DECIMAL.test(text)) return [replaceNode(node, decimalLike(text, target))];
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const operator = node.childForFieldName('operator')?.text;
  if (left !== null && right !== null && operator !== undefined && DECIMAL.test(left.text) && DECIMAL.test(right.text)) {
    const exponent = Math.log2(target);
    if (operator === '**' && left.text === '2' && isPowerOfTwo(target)) return [replaceNode(right, String(exponent))];
    if (operator === '<<' && left.text === '1' && isPowerOfTwo(target)) return [replaceNode(right, String(exponent))];
    if (operator === '*') {
      const leftValue = Number(left.text.split('_').join(''));
      const rightValue = Number(right.text.split('_').join(''));
      // Keep the unit factor (1024, a KiB-to-MiB step) and scale the other one.
      if (rightValue >= 1024 && isPowerOfTwo(rightValue) && target % rightValue === 0) {
        return [replaceNode(left, decimalLike(left.text, target / rightValue))];
      }
      if (leftValue >= 1024 && isPowerOfTwo(leftValue) && target % leftValue === 0) {
        return [replaceNode(right, decimalLike(right.text, target / leftValue))];
      }
    }
  }
  if (ARITHMETIC.test(text) || libraryConstant) return [replaceNode(node, String(target))];
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Findings and their messages
// ---------------------------------------------------------------------------------------------

const CONTROL =
  'MoJ guidance requires stored passwords to be salted hashes whose strength matches the data they protect (Passwords: Password storage).';

const WHY_SO = 'so stolen hashes can be guessed quickly.';

/** A work factor found in code or configuration. */
interface WorkFactor {
  readonly parameter: Parameter;
  /** The value in the threshold's unit (iterations, cost, N, KiB). */
  readonly actual: number;
  readonly range: Range;
  /** The PBKDF2 digest as the message names it (`SHA256`), or the Argon2 variant. */
  readonly label?: string;
  /** For settings written as a power of two (passlib scrypt rounds, the argon2 gem's m_cost): the exponent as written. */
  readonly exponent?: number;
  /** What runs with the weak factor, when it is a library default rather than a value written here. */
  readonly subject?: string;
  /** The fix for a given target (in the threshold's unit); undefined when no local edit can raise it. */
  readonly fix?: (target: number) => { readonly edits: readonly TextEdit[]; readonly title?: string } | undefined;
}

/** The value as a message shows it: `16,384`, or `16,384 (2^14)` when the setting is written as a power of two. */
function shownActual(finding: WorkFactor): string {
  return finding.exponent === undefined ? shown(finding.actual) : `${shown(finding.actual)} (2^${finding.exponent})`;
}

/** How a value written here reads: "bcrypt runs at cost 8 here". */
function subjectOf(finding: WorkFactor): string {
  const value = finding.actual;
  switch (finding.parameter) {
    case 'pbkdf2Sha1':
    case 'pbkdf2Sha256':
    case 'pbkdf2Sha512':
      return `PBKDF2-HMAC-${finding.label ?? ''} runs ${shownActual(finding)} iteration${value === 1 ? '' : 's'} here`;
    case 'bcrypt':
      return `bcrypt runs at cost ${value} here`;
    case 'scrypt':
      return `scrypt runs with N = ${shownActual(finding)} here`;
    case 'argon2Memory':
      return `${finding.label ?? 'Argon2'} uses ${shownActual(finding)} KiB of memory here`;
    case 'argon2Iterations':
      return `${finding.label ?? 'Argon2'} runs ${value} iteration${value === 1 ? '' : 's'} here`;
  }
}

/** How a library default reads after "X configures": "PBKDF2-HMAC-SHA256 with 310,000 iterations". */
function settingOf(finding: WorkFactor): string {
  const value = finding.actual;
  switch (finding.parameter) {
    case 'pbkdf2Sha1':
    case 'pbkdf2Sha256':
    case 'pbkdf2Sha512':
      return `PBKDF2-HMAC-${finding.label ?? ''} with ${shown(value)} iterations`;
    case 'bcrypt':
      return `bcrypt at cost ${value}`;
    case 'scrypt':
      return `scrypt with N = ${shown(value)}`;
    case 'argon2Memory':
      return `${finding.label ?? 'Argon2'} with ${shown(value)} KiB of memory`;
    case 'argon2Iterations':
      return `${finding.label ?? 'Argon2'} with ${value} iteration${value === 1 ? '' : 's'}`;
  }
}

function minimumOf(parameter: Parameter, threshold: number): string {
  switch (parameter) {
    case 'pbkdf2Sha1':
    case 'pbkdf2Sha256':
    case 'pbkdf2Sha512':
    case 'argon2Iterations':
      return `${shown(threshold)} iterations`;
    case 'bcrypt':
      return `cost of ${threshold}`;
    case 'scrypt':
      return `N of ${shown(threshold)}${isPowerOfTwo(threshold) ? ` (2^${Math.log2(threshold)})` : ''}`;
    case 'argon2Memory':
      return `${shown(threshold)} KiB${threshold % 1024 === 0 ? ` (${threshold / 1024} MiB)` : ''}`;
  }
}

function adviceOf(parameter: Parameter, threshold: number): string {
  switch (parameter) {
    case 'pbkdf2Sha1':
    case 'pbkdf2Sha256':
    case 'pbkdf2Sha512':
      return `Raise the iterations to at least ${shown(threshold)}, or use Argon2id.`;
    case 'bcrypt':
      return `Raise the cost to at least ${threshold}.`;
    case 'scrypt':
      return `Raise N to at least ${shown(threshold)}.`;
    case 'argon2Memory':
      return `Raise the memory to at least ${shown(threshold)} KiB.`;
    case 'argon2Iterations':
      return `Raise the iterations to at least ${threshold}.`;
  }
}

function fixTitleOf(parameter: Parameter, target: number): string {
  switch (parameter) {
    case 'pbkdf2Sha1':
    case 'pbkdf2Sha256':
    case 'pbkdf2Sha512':
      return `Raise the PBKDF2 iterations to ${shown(target)}`;
    case 'bcrypt':
      return `Raise the bcrypt cost to ${target}`;
    case 'scrypt':
      return `Raise the scrypt N to ${shown(target)}`;
    case 'argon2Memory':
      return `Raise the Argon2 memory to ${shown(target)} KiB`;
    case 'argon2Iterations':
      return `Raise the Argon2 iterations to ${target}`;
  }
}

function fastHashMessage(algorithm: string): string {
  return (
    `${algorithm} is a fast hash, and here it hashes a password: anyone holding the stored hashes can try billions of guesses a second. ` +
    `${CONTROL} Use a password hashing function (Argon2id, scrypt, bcrypt or PBKDF2) at the OWASP Password Storage Cheat Sheet's work factors.`
  );
}

const SALT_MESSAGE =
  'This salt is a fixed value, so identical passwords get identical hashes and one precomputed table cracks them all. ' +
  `${CONTROL} Generate a random salt of at least 16 bytes for each password with a cryptographic random generator, and store it beside the hash.`;

function schemeMessage(label: string): string {
  return (
    `${label} hashes passwords with a fast or unsalted construction, ${WHY_SO} ${CONTROL} ` +
    "Hash new passwords with Argon2id, scrypt, bcrypt or PBKDF2 at the OWASP Password Storage Cheat Sheet's work factors."
  );
}

function plaintextMessage(label: string): string {
  return (
    `${label} stores passwords as plain text, so anyone who reads the store has every password. ` +
    'MoJ guidance says passwords must never be stored in the clear, only as salted hashes (Passwords: Password storage). ' +
    'Use a password hashing function such as Argon2id, scrypt, bcrypt or PBKDF2.'
  );
}

function variantMessage(variant: string): string {
  return (
    `This selects ${variant}; the OWASP Password Storage Cheat Sheet recommends Argon2id, which resists both side-channel and GPU cracking attacks. ` +
    `${CONTROL} Use Argon2id.`
  );
}

/** Reports findings once per range and kind, and reads the thresholds. */
class Reporter {
  private readonly seen = new Set<string>();

  constructor(readonly context: RuleContext) {}

  threshold(parameter: Parameter): number {
    return thresholdOf(this.context, parameter);
  }

  private emit(kind: string, range: Range, message: string, extra: { severity?: Severity; confidence?: Confidence; fix?: { title: string; edits: readonly TextEdit[] } }): void {
    const key = `${kind}:${range.start}:${range.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.context.report({ range, message, ...extra });
  }

  workFactor(finding: WorkFactor): void {
    const { parameter } = finding;
    const threshold = this.threshold(parameter);
    if (!(finding.actual < threshold)) return;
    const source = threshold === PARAMETERS[parameter].defaultValue ? 'that the OWASP Password Storage Cheat Sheet recommends' : 'that this project requires';
    const message = `${finding.subject ?? subjectOf(finding)}, which is under the ${minimumOf(parameter, threshold)} ${source}, ${WHY_SO} ${CONTROL} ${adviceOf(parameter, threshold)}`;
    const target = fixTargetOf(parameter, threshold);
    const fix = finding.fix?.(target);
    this.emit(`work:${parameter}`, finding.range, message, {
      fix: fix ? { title: fix.title ?? fixTitleOf(parameter, target), edits: fix.edits } : undefined,
    });
  }

  /** A work factor held by `node`, when it evaluates to a number; a fix raises it in place. */
  workFactorAt(code: CodeModel, parameter: Parameter, node: SyntaxNode | undefined, options: { label?: string; log2?: boolean } = {}): void {
    if (node === undefined) return;
    const known = numberOf(code, node);
    if (known === undefined) return;
    const actual = options.log2 ? 2 ** known.value : known.value;
    this.workFactor({
      parameter,
      actual,
      range: rangeOf(node),
      label: options.label,
      exponent: options.log2 ? known.value : undefined,
      fix: (target) => {
        const edits = raiseNumber(node, options.log2 ? ceilLog2(target) : target, known.libraryConstant);
        return edits ? { edits } : undefined;
      },
    });
  }

  fastHash(range: Range, algorithm: string, confidence: Confidence): void {
    this.emit('fast', range, fastHashMessage(algorithm), { confidence });
  }

  salt(range: Range): void {
    this.emit('salt', range, SALT_MESSAGE, { severity: 'medium' });
  }

  scheme(range: Range, label: string, fix?: { title: string; edits: readonly TextEdit[] }): void {
    this.emit('scheme', range, schemeMessage(label), { fix });
  }

  plaintext(range: Range, label: string): void {
    this.emit('plaintext', range, plaintextMessage(label), { severity: 'critical' });
  }

  /** Argon2i or Argon2d chosen by `token` (`argon2i`, `Type.I`, `PASSWORD_ARGON2I`): the fix renames its last letter to `id`. */
  variant(range: Range, variant: 'Argon2i' | 'Argon2d', renamed?: TextEdit): void {
    this.emit('variant', range, variantMessage(variant), { severity: 'medium', fix: renamed ? { title: 'Use Argon2id', edits: [renamed] } : undefined });
  }
}

// ---------------------------------------------------------------------------------------------
// Shared code helpers
// ---------------------------------------------------------------------------------------------

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

/** The callee as written with its receiver (Java, PHP and Ruby give only the method name as the callee). */
function calleeRange(call: CallSite): Range {
  const { calleeNode, receiver } = call;
  const start = receiver !== undefined && receiver.startIndex < calleeNode.startIndex ? receiver.startIndex : calleeNode.startIndex;
  return { start, end: calleeNode.endIndex };
}

/** A keyword argument if given, else the positional one. */
function argumentAt(call: CallSite, index: number, ...names: readonly string[]): SyntaxNode | undefined {
  return namedArgument(call, ...names) ?? positionalArgument(call, index);
}

function lastPart(name: string): string {
  const parts = pathNameParts(name);
  return parts[parts.length - 1] ?? '';
}

/** Lower case with `-`, `_`, `/` and spaces removed: `SHA-256` and `sha_256` both give `sha256`. */
function compactName(name: string): string {
  let result = '';
  for (const character of name.toLowerCase()) if (character !== '-' && character !== '_' && character !== '/' && character !== ' ') result += character;
  return result;
}

function stringOf(code: CodeModel, node: SyntaxNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

/** Library constants that hold work factors, by qualified name. */
const LIBRARY_CONSTANTS: ReadonlyMap<string, number> = new Map([
  ['golang.org/x/crypto/bcrypt.MinCost', 4],
  ['golang.org/x/crypto/bcrypt.DefaultCost', 10],
  ['golang.org/x/crypto/bcrypt.MaxCost', 31],
  ['BCrypt.Engine.MIN_COST', 4],
  ['BCrypt.Engine.DEFAULT_COST', 12],
  ['PASSWORD_BCRYPT_DEFAULT_COST', 10],
  ['PASSWORD_ARGON2_DEFAULT_MEMORY_COST', 65_536],
  ['PASSWORD_ARGON2_DEFAULT_TIME_COST', 4],
]);

function numberOf(code: CodeModel, node: SyntaxNode): { value: number; libraryConstant: boolean } | undefined {
  const value = code.valueOf(node);
  if (value.kind === 'number') return { value: value.value, libraryConstant: false };
  const constant = LIBRARY_CONSTANTS.get(code.qualifiedName(node) ?? '');
  return constant === undefined ? undefined : { value: constant, libraryConstant: true };
}

/** Types that wrap a value without changing it. */
const WRAPPER_TYPES: ReadonlySet<string> = new Set(['parenthesized_expression', 'as_expression', 'non_null_expression', 'satisfies_expression']);

/**
 * Facts about the file built once: calls by receiver, and assignment and key/value targets by
 * node, so questions like "what consumes this value" stay cheap (calls by node: `code.callAt`).
 */
class CodeIndex {
  // Built on first use: most files hash no password, and the detectors ask only about the calls they match.
  private byReceiver?: Map<number, CallSite[]>;
  private targets?: Map<number, { readonly name: string; readonly valueStart: number }>;

  constructor(readonly code: CodeModel) {}

  get callsByReceiver(): ReadonlyMap<number, readonly CallSite[]> {
    if (this.byReceiver === undefined) {
      this.byReceiver = new Map();
      for (const call of this.code.calls()) {
        if (call.receiver === undefined) continue;
        const list = this.byReceiver.get(call.receiver.id) ?? [];
        list.push(call);
        this.byReceiver.set(call.receiver.id, list);
      }
    }
    return this.byReceiver;
  }

  /** Assignment or key/value node id → the name it stores into and where its value starts. */
  get targetByNode(): ReadonlyMap<number, { readonly name: string; readonly valueStart: number }> {
    if (this.targets === undefined) {
      this.targets = new Map();
      for (const assignment of this.code.assignments()) this.targets.set(assignment.node.id, { name: assignment.target, valueStart: assignment.value.startIndex });
      for (const pair of this.code.keyValues()) this.targets.set(pair.node.id, { name: pair.key, valueStart: pair.value.startIndex });
    }
    return this.targets;
  }

  /**
   * The value node a name was last given, in the same function before `use` or else by the one
   * module- or class-level assignment: how an options object or a salt held in a variable is found.
   */
  definitionOf(use: SyntaxNode): SyntaxNode | undefined {
    const name = use.text.split(' ').join('');
    if (!NAME.test(name)) return undefined;
    const scope = this.code.enclosingFunction(use);
    const candidates = this.code.assignments().filter((assignment) => assignment.target === name && assignment.targetNode.id !== use.id);
    let best: SyntaxNode | undefined;
    let bestStart = -1;
    for (const candidate of candidates) {
      const candidateScope = this.code.enclosingFunction(candidate.node);
      if (scope !== undefined && candidateScope?.id === scope.id && candidate.node.startIndex < use.startIndex && candidate.node.startIndex > bestStart) {
        best = candidate.value;
        bestStart = candidate.node.startIndex;
      }
    }
    if (best !== undefined) return best;
    const outer = candidates.filter((candidate) => this.code.enclosingFunction(candidate.node) === undefined);
    return outer.length === 1 ? outer[0]?.value : undefined;
  }

  /** The node itself when it has the wanted type, else the value its name was given. */
  resolve(node: SyntaxNode | undefined, types: ReadonlySet<string>): SyntaxNode | undefined {
    if (node === undefined) return undefined;
    let current: SyntaxNode = node;
    while (WRAPPER_TYPES.has(current.type) && current.namedChild(0) !== null) current = current.namedChild(0) ?? current;
    if (types.has(current.type)) return current;
    const definition = this.definitionOf(current);
    return definition !== undefined && types.has(definition.type) ? definition : undefined;
  }

  /** Key/value pairs written directly inside an object, dictionary or array literal (not in ones nested in it). */
  pairsOf(container: SyntaxNode | undefined): Map<string, SyntaxNode> {
    const pairs = new Map<string, SyntaxNode>();
    if (container === undefined) return pairs;
    for (const pair of this.code.keyValues()) {
      if (pair.node.parent?.id === container.id && !pairs.has(pair.key)) pairs.set(pair.key, pair.value);
    }
    return pairs;
  }
}

const NAME = safeRegex('^[$@]{0,2}[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,3}$');
/** Object, dictionary and array literals that hold options. */
const OBJECT_TYPES: ReadonlySet<string> = new Set(['object', 'dictionary', 'array_creation_expression']);

/**
 * Whether a salt is a fixed value: a string or bytes literal, or one turned into bytes in place
 * (`"salt".getBytes()`, `Encoding.UTF8.GetBytes("salt")`, `Buffer.from('salt')`, `'salt'.encode()`).
 */
function isConstantSalt(index: CodeIndex, node: SyntaxNode | undefined, depth = 0): boolean {
  if (node === undefined) return false;
  const { code } = index;
  const value = code.valueOf(node);
  if (value.kind === 'string') return true;
  if (value.kind !== 'unknown') return false;
  const call = index.code.callAt(node);
  if (call !== undefined) {
    const source = conversionSource(code.language, call);
    return source !== undefined && code.valueOf(source).kind === 'string';
  }
  if (depth > 0) return false;
  return isConstantSalt(index, index.definitionOf(node), depth + 1);
}

/** The text a byte conversion converts: the receiver of `encode`/`getBytes`, the argument of `GetBytes`/`Buffer.from`. */
function conversionSource(language: CodeModel['language'], call: CallSite): SyntaxNode | undefined {
  switch (language) {
    case 'python':
      if (call.name === 'encode') return call.receiver;
      return call.name === 'bytes' && call.receiver === undefined ? positionalArgument(call, 0) : undefined;
    case 'java':
      return call.name === 'getBytes' ? call.receiver : undefined;
    case 'csharp':
      return call.name === 'GetBytes' ? positionalArgument(call, 0) : undefined;
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return call.qualified === 'Buffer.from' || call.name === 'encode' ? positionalArgument(call, 0) : undefined;
    case 'ruby':
      return call.name === 'b' || call.name === 'bytes' ? call.receiver : undefined;
    default:
      return undefined;
  }
}

/** Reports a fixed salt. */
function checkSalt(reporter: Reporter, index: CodeIndex, node: SyntaxNode | undefined): void {
  if (node !== undefined && isConstantSalt(index, node)) reporter.salt(rangeOf(node));
}

// ---------------------------------------------------------------------------------------------
// Algorithm names
// ---------------------------------------------------------------------------------------------

interface Pbkdf2Digest {
  readonly parameter: 'pbkdf2Sha1' | 'pbkdf2Sha256' | 'pbkdf2Sha512';
  readonly label: string;
}

/**
 * The HMAC digest a PBKDF2 name or argument selects (`sha256`, `PBKDF2WithHmacSHA512`,
 * `HashAlgorithmName.SHA1`, `hashes.SHA256()`, `crypto/sha512.New`). SHA-224 and SHA-384 cost
 * the same per iteration as SHA-256 and SHA-512, so they share those thresholds.
 */
function pbkdf2DigestNamed(name: string): Pbkdf2Digest | undefined {
  const compact = compactName(name);
  if (compact.includes('sha512')) return { parameter: 'pbkdf2Sha512', label: 'SHA512' };
  if (compact.includes('sha384')) return { parameter: 'pbkdf2Sha512', label: 'SHA384' };
  if (compact.includes('sha256')) return { parameter: 'pbkdf2Sha256', label: 'SHA256' };
  if (compact.includes('sha224')) return { parameter: 'pbkdf2Sha256', label: 'SHA224' };
  if (compact.includes('sha1') || compact.endsWith('hmacsha') || compact === 'sha') return { parameter: 'pbkdf2Sha1', label: 'SHA1' };
  return undefined;
}

const SHA1_DIGEST: Pbkdf2Digest = { parameter: 'pbkdf2Sha1', label: 'SHA1' };
const SHA256_DIGEST: Pbkdf2Digest = { parameter: 'pbkdf2Sha256', label: 'SHA256' };

function pbkdf2DigestOf(code: CodeModel, node: SyntaxNode | undefined): Pbkdf2Digest | undefined {
  if (node === undefined) return undefined;
  return pbkdf2DigestNamed(stringOf(code, node) ?? code.qualifiedName(node) ?? node.text);
}

/** Fast digests by compact name, as messages show them. */
const FAST_DIGESTS: ReadonlyMap<string, string> = new Map([
  ['md2', 'MD2'], ['md4', 'MD4'], ['md5', 'MD5'], ['sha1', 'SHA-1'], ['sha224', 'SHA-224'], ['sha256', 'SHA-256'],
  ['sha384', 'SHA-384'], ['sha512', 'SHA-512'], ['sha512224', 'SHA-512/224'], ['sha512256', 'SHA-512/256'],
  ['sha3224', 'SHA3-224'], ['sha3256', 'SHA3-256'], ['sha3384', 'SHA3-384'], ['sha3512', 'SHA3-512'], ['sha3', 'SHA-3'],
  ['blake2b', 'BLAKE2b'], ['blake2s', 'BLAKE2s'], ['blake2b512', 'BLAKE2b'], ['blake2s256', 'BLAKE2s'],
  ['ripemd160', 'RIPEMD-160'], ['rmd160', 'RIPEMD-160'], ['whirlpool', 'Whirlpool'], ['sm3', 'SM3'], ['sha2', 'SHA-256'],
]);

function fastDigestNamed(name: string | undefined): string | undefined {
  return name === undefined ? undefined : FAST_DIGESTS.get(compactName(name));
}

// ---------------------------------------------------------------------------------------------
// Password names (CONTRACTS §7 security values, narrowed to passwords)
// ---------------------------------------------------------------------------------------------

const PASSWORD_WORDS: ReadonlySet<string> = new Set(['password', 'passwords', 'passwd', 'pwd', 'pw', 'pass', 'passphrase', 'passcode']);

/**
 * Words that, beside a password word, name something other than the password itself: a reset
 * token (high-entropy, fine to hash with SHA-256), a policy, a length, a file, a timestamp.
 */
const NOT_THE_PASSWORD: ReadonlySet<string> = new Set([
  'token', 'reset', 'otp', 'nonce', 'salt', 'pepper', 'hint', 'policy', 'length', 'len', 'min', 'max', 'file', 'path', 'dir',
  'field', 'label', 'prompt', 'regex', 'pattern', 'strength', 'expiry', 'expires', 'expiration', 'url', 'link', 'changed',
  'updated', 'at', 'date', 'time', 'count', 'attempts', 'age', 'version', 'required', 'enabled', 'rule', 'rules', 'error',
  'message', 'template', 'history', 'manager', 'encoder', 'hasher',
]);

/** Words that say a value is already a hash: hashing a hash is not hashing a password. */
const HASH_WORDS: ReadonlySet<string> = new Set(['hash', 'hashed', 'hashes', 'digest', 'encrypted', 'crypted']);

function isPasswordWord(word: string): boolean {
  return PASSWORD_WORDS.has(word) || word.endsWith('password') || word.endsWith('passwd');
}

/** A name for a password itself: `password`, `rawPassword`, `user_pass`, `pw`; not `passwordResetToken`, `password_hash`. */
function isPasswordValueName(name: string): boolean {
  const words = nameWords(name);
  return words.some(isPasswordWord) && !words.some((word) => NOT_THE_PASSWORD.has(word) || HASH_WORDS.has(word));
}

/** A name for where a password or its hash goes: `password_hash`, `hashPassword`, `encrypted_password`. */
function isPasswordHolderName(name: string): boolean {
  const words = nameWords(name);
  return words.some(isPasswordWord) && !words.some((word) => NOT_THE_PASSWORD.has(word));
}

/** Node types whose text is a name in some grammar. */
const NAME_TYPES: ReadonlySet<string> = new Set([
  'identifier', 'property_identifier', 'field_identifier', 'shorthand_property_identifier', 'name', 'constant',
  'instance_variable', 'class_variable', 'simple_symbol', 'hash_key_symbol',
]);
const STRING_TYPES: ReadonlySet<string> = new Set(['string', 'string_literal', 'interpreted_string_literal', 'raw_string_literal', 'encapsed_string']);
const IDENTIFIER_LIKE = safeRegex('^[A-Za-z_][A-Za-z0-9_-]{0,63}$');

/** Names an expression mentions: identifiers, members, symbols and short keys such as `form['password']`. */
function namesIn(code: CodeModel, root: SyntaxNode): string[] {
  const names: string[] = [];
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (NAME_TYPES.has(node.type)) names.push(node.text.split(':').join('').split('@').join(''));
    else if (STRING_TYPES.has(node.type)) {
      const value = stringOf(code, node);
      if (value !== undefined && IDENTIFIER_LIKE.test(value)) names.push(value);
    }
    for (const child of node.namedChildren) if (child !== null) stack.push(child);
  }
  return names;
}

function mentionsPassword(code: CodeModel, node: SyntaxNode): boolean {
  return namesIn(code, node).some(isPasswordValueName);
}

// ---------------------------------------------------------------------------------------------
// Fast digests applied to passwords
// ---------------------------------------------------------------------------------------------

/** A digest computation: the call that creates or runs it, its algorithm, and the data given in place. */
interface DigestUse {
  readonly call: CallSite;
  readonly algorithm: string;
  readonly inputs: readonly SyntaxNode[];
  /** The call returns a hash object that `update`, `Write` or `ComputeHash` feed. */
  readonly streaming: boolean;
  /** The API hashes passwords by its own name (`HashPasswordForStoringInConfigFile`). */
  readonly forPassword?: boolean;
}

type DigestRecogniser = (call: CallSite, code: CodeModel) => DigestUse | undefined;

function direct(call: CallSite, algorithm: string | undefined, input: SyntaxNode | undefined): DigestUse | undefined {
  return algorithm === undefined ? undefined : { call, algorithm, inputs: input ? [input] : [], streaming: false };
}

function streaming(call: CallSite, algorithm: string | undefined): DigestUse | undefined {
  return algorithm === undefined ? undefined : { call, algorithm, inputs: [], streaming: true };
}

const CRYPTO_JS_MODULES: ReadonlySet<string> = new Set(['CryptoJS', 'crypto-js']);

const javaScriptDigest: DigestRecogniser = (call, code) => {
  const q = call.qualified;
  if (q === 'crypto.createHash') return streaming(call, fastDigestNamed(stringOf(code, positionalArgument(call, 0))));
  if (q === 'crypto.hash') return direct(call, fastDigestNamed(stringOf(code, positionalArgument(call, 0))), positionalArgument(call, 1));
  const parts = pathNameParts(q);
  // `CryptoJS.SHA256(x)`, and `sha256(x)` imported from 'crypto-js/sha256', whose qualified name is the module path.
  if (parts.length === 2 && CRYPTO_JS_MODULES.has(parts[0] ?? '')) return direct(call, fastDigestNamed(parts[1]), positionalArgument(call, 0));
  if (parts.length >= 2 && parts[parts.length - 2] === 'subtle' && call.name === 'digest') {
    const algorithm = positionalArgument(call, 0);
    const nameValue = algorithm === undefined ? undefined : code.keyValues().find((pair) => pair.key === 'name' && pair.node.parent?.id === algorithm.id)?.value;
    return direct(call, fastDigestNamed(stringOf(code, nameValue ?? algorithm)), positionalArgument(call, 1));
  }
  return undefined;
};

const pythonDigest: DigestRecogniser = (call, code) => {
  const parts = pathNameParts(call.qualified);
  // `usedforsecurity=False` (Python 3.9+) declares a digest that protects nothing.
  const usedForSecurity = namedArgument(call, 'usedforsecurity');
  if (usedForSecurity !== undefined) {
    const value = code.valueOf(usedForSecurity);
    if (value.kind === 'boolean' && !value.value) return undefined;
  }
  if (parts[0] === 'hashlib' && parts.length === 2) {
    if (parts[1] === 'new') return withStream(direct(call, fastDigestNamed(stringOf(code, argumentAt(call, 0, 'name'))), argumentAt(call, 1, 'data', 'string')));
    return withStream(direct(call, fastDigestNamed(parts[1]), argumentAt(call, 0, 'data', 'string')));
  }
  // PyCryptodome: `SHA256.new(data)`.
  if ((parts[0] === 'Crypto' || parts[0] === 'Cryptodome') && parts[1] === 'Hash' && parts.length === 4 && parts[3] === 'new') {
    return withStream(direct(call, fastDigestNamed(parts[2]), argumentAt(call, 0, 'data')));
  }
  return undefined;
};

/** hashlib and PyCryptodome objects take data both in the constructor and through `update`. */
function withStream(use: DigestUse | undefined): DigestUse | undefined {
  return use === undefined ? undefined : { ...use, streaming: true };
}

const DIGEST_UTILS_SUFFIX = safeRegex('Hex$');

const javaDigest: DigestRecogniser = (call, code) => {
  const parts = pathNameParts(call.qualified);
  const owner = parts[parts.length - 2];
  if (owner === 'MessageDigest' && call.name === 'getInstance') {
    const name = stringOf(code, positionalArgument(call, 0));
    return streaming(call, name !== undefined && compactName(name) === 'sha' ? 'SHA-1' : fastDigestNamed(name));
  }
  if (owner === 'DigestUtils') {
    const base = call.name.replace(DIGEST_UTILS_SUFFIX, '');
    // Commons Codec's `sha`/`shaHex` are SHA-1.
    return direct(call, base === 'sha' ? 'SHA-1' : fastDigestNamed(base), positionalArgument(call, 0));
  }
  // Guava: `Hashing.sha256().hashString(password, UTF_8)`.
  if (owner === 'Hashing') return streaming(call, fastDigestNamed(call.name));
  return undefined;
};

const DOTNET_CLASS_SUFFIXES: readonly string[] = ['cryptoserviceprovider', 'managed', 'cng'];

function dotnetDigestClass(name: string): string | undefined {
  let compact = compactName(name);
  for (const suffix of DOTNET_CLASS_SUFFIXES) if (compact.endsWith(suffix)) compact = compact.slice(0, -suffix.length);
  return FAST_DIGESTS.get(compact);
}

const csharpDigest: DigestRecogniser = (call, code) => {
  const parts = pathNameParts(call.qualified);
  const owner = parts[parts.length - 2] ?? '';
  if (call.isConstructor) return streaming(call, dotnetDigestClass(call.name));
  if (call.name === 'HashData') return direct(call, dotnetDigestClass(owner), positionalArgument(call, 0));
  if (call.name === 'Create' && owner === 'HashAlgorithm') {
    const name = stringOf(code, positionalArgument(call, 0));
    return streaming(call, name === undefined ? undefined : dotnetDigestClass(lastPart(name)));
  }
  if (call.name === 'Create' && parts.length >= 2) return streaming(call, dotnetDigestClass(owner));
  if (call.name === 'HashPasswordForStoringInConfigFile') {
    const algorithm = fastDigestNamed(stringOf(code, argumentAt(call, 1, 'passwordFormat')));
    return algorithm === undefined ? undefined : { call, algorithm, inputs: [], streaming: false, forPassword: true };
  }
  return undefined;
};

/** Go digest packages and what their functions compute. */
const GO_DIGEST_PACKAGES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['crypto/md5', new Map([['Sum', 'MD5'], ['New', 'MD5']])],
  ['crypto/sha1', new Map([['Sum', 'SHA-1'], ['New', 'SHA-1']])],
  ['crypto/sha256', new Map([['Sum256', 'SHA-256'], ['Sum224', 'SHA-224'], ['New', 'SHA-256'], ['New224', 'SHA-224']])],
  ['crypto/sha512', new Map([['Sum512', 'SHA-512'], ['Sum384', 'SHA-384'], ['Sum512_224', 'SHA-512/224'], ['Sum512_256', 'SHA-512/256'], ['New', 'SHA-512'], ['New384', 'SHA-384']])],
  ['crypto/sha3', new Map([['Sum256', 'SHA3-256'], ['Sum512', 'SHA3-512'], ['New256', 'SHA3-256'], ['New512', 'SHA3-512']])],
  ['golang.org/x/crypto/sha3', new Map([['Sum256', 'SHA3-256'], ['Sum512', 'SHA3-512'], ['New256', 'SHA3-256'], ['New512', 'SHA3-512']])],
]);

const goDigest: DigestRecogniser = (call) => {
  const split = call.qualified.lastIndexOf('.');
  const functions = GO_DIGEST_PACKAGES.get(call.qualified.slice(0, split));
  const function_ = call.qualified.slice(split + 1);
  const algorithm = functions?.get(function_);
  if (algorithm === undefined) return undefined;
  return function_.startsWith('Sum') ? direct(call, algorithm, positionalArgument(call, 0)) : streaming(call, algorithm);
};

const phpDigest: DigestRecogniser = (call, code) => {
  if (call.receiver !== undefined) return undefined;
  const name = call.name.toLowerCase();
  if (name === 'md5' || name === 'sha1') return direct(call, fastDigestNamed(name), argumentAt(call, 0, 'string'));
  if (name === 'hash') return direct(call, fastDigestNamed(stringOf(code, argumentAt(call, 0, 'algo'))), argumentAt(call, 1, 'data'));
  return undefined;
};

const RUBY_ONE_SHOT: ReadonlySet<string> = new Set(['hexdigest', 'digest', 'base64digest']);

const rubyDigest: DigestRecogniser = (call, code) => {
  const parts = pathNameParts(call.qualified);
  const owner = parts.slice(0, -1);
  const className = owner[owner.length - 1] ?? '';
  const module = owner.slice(0, -1).join('::');
  if (module === 'Digest' || module === 'OpenSSL::Digest') {
    if (RUBY_ONE_SHOT.has(call.name)) return direct(call, fastDigestNamed(className), positionalArgument(call, 0));
    if (call.name === 'new') return streaming(call, fastDigestNamed(className));
  }
  if (owner.join('::') === 'OpenSSL::Digest') {
    const algorithm = fastDigestNamed(stringOf(code, positionalArgument(call, 0)));
    if (RUBY_ONE_SHOT.has(call.name)) return direct(call, algorithm, positionalArgument(call, 1));
    if (call.name === 'new') return streaming(call, algorithm);
  }
  return undefined;
};

/** Methods that feed data to a hash object, per language. */
const STREAM_METHODS: Readonly<Partial<Record<CodeModel['language'], ReadonlySet<string>>>> = {
  javascript: new Set(['update']),
  typescript: new Set(['update']),
  tsx: new Set(['update']),
  python: new Set(['update']),
  java: new Set(['update', 'digest', 'hashString', 'hashBytes', 'hashUnencodedChars']),
  csharp: new Set(['ComputeHash', 'ComputeHashAsync', 'TransformBlock', 'TransformFinalBlock']),
  go: new Set(['Write', 'WriteString']),
  ruby: new Set(['update', 'digest', 'hexdigest', 'base64digest']),
};

const DIGEST_RECOGNISERS: Readonly<Partial<Record<CodeModel['language'], DigestRecogniser>>> = {
  javascript: javaScriptDigest,
  typescript: javaScriptDigest,
  tsx: javaScriptDigest,
  python: pythonDigest,
  java: javaDigest,
  csharp: csharpDigest,
  go: goDigest,
  php: phpDigest,
  ruby: rubyDigest,
};

/** Calls whose qualified name says they hash passwords properly: a fast digest inside one is a pre-hash. */
const PASSWORD_HASHING_MARKERS: readonly string[] = [
  'bcrypt', 'argon2', 'scrypt', 'pbkdf2', 'password_hash', 'hashpw', 'passwordencoder', 'generatefrompassword', 'passwordhasher',
  'passlib', 'make_password', 'generate_password_hash',
];

function isPasswordHashingCall(call: CallSite): boolean {
  const qualified = call.qualified.toLowerCase();
  return PASSWORD_HASHING_MARKERS.some((marker) => qualified.includes(marker));
}

/** Node types that end the walk from a digest outwards to where its result goes. */
function isBoundary(node: SyntaxNode): boolean {
  const type = node.type;
  return type.endsWith('statement') || type === 'block' || type === 'program' || type === 'module' || type === 'source_file' ||
    type === 'compilation_unit' || type === 'class_body' || type === 'declaration_list' || type.endsWith('function') ||
    type === 'function_definition' || type === 'function_declaration' || type === 'method_declaration' || type === 'method' ||
    type === 'lambda' || type === 'lambda_expression' || type === 'func_literal';
}

/** Where a digest's result goes: the name it is stored under, or whether a password hashing call takes it. */
function outputOf(index: CodeIndex, start: SyntaxNode): { target?: string; prehash: boolean } {
  let current = start;
  for (let depth = 0; depth < 16; depth++) {
    const parent = current.parent;
    if (parent === null) break;
    const consumer = index.code.callAt(parent);
    if (consumer !== undefined && consumer.node.id !== start.id && isPasswordHashingCall(consumer)) return { prehash: true };
    const target = index.targetByNode.get(parent.id);
    if (target !== undefined && current.startIndex >= target.valueStart) return { target: target.name, prehash: false };
    if (isBoundary(parent)) break;
    current = parent;
  }
  return { prehash: false };
}

/** The statement directly under the file's root that holds `node`. */
function topLevelStatement(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.parent !== null && current.parent.parent !== null) current = current.parent;
  return current;
}

/** A function's name, or for `const hashPassword = (pw) => ...` the name it is assigned to. */
function functionName(fn: SyntaxNode): string | undefined {
  const name = fn.childForFieldName('name');
  if (name !== null) return name.text;
  const parent = fn.parent;
  if (parent?.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  if (parent?.type === 'pair') return parent.childForFieldName('key')?.text;
  return undefined;
}

function parameterNames(code: CodeModel, fn: SyntaxNode): Set<string> {
  const parameters = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  return new Set(parameters === null ? [] : namesIn(code, parameters));
}

/** The Pwned Passwords range API takes the SHA-1 of a password by design (k-anonymity): not storage. */
const BREACH_CHECK = safeRegex('pwned|hibp', 'i');

function checkFastDigests(reporter: Reporter, index: CodeIndex): void {
  const { code } = index;
  const recognise = DIGEST_RECOGNISERS[code.language];
  if (recognise === undefined) return;
  const streamMethods = STREAM_METHODS[code.language] ?? new Set<string>();
  for (const call of code.calls()) {
    const use = recognise(call, code);
    if (use === undefined) continue;
    const inputs = [...use.inputs, ...(use.streaming ? streamedInputs(index, call, streamMethods) : [])];
    if (!use.forPassword && inputs.every((input) => code.valueOf(input).kind !== 'unknown')) continue;
    const scope = code.enclosingFunction(call.node);
    if (BREACH_CHECK.test((scope ?? topLevelStatement(call.node)).text)) continue;
    const output = outputOf(index, call.node);
    if (output.prehash || (output.target !== undefined && feedsPasswordHashing(index, output.target, scope))) continue;
    const namedInput = inputs.some((input) => mentionsPassword(code, input));
    const storedAsPassword = output.target !== undefined && isPasswordHolderName(output.target);
    const inPasswordFunction = scope !== undefined && isPasswordHolderName(functionName(scope) ?? '') &&
      inputs.some((input) => namesIn(code, input).some((name) => parameterNames(code, scope).has(name)));
    if (!use.forPassword && !namedInput && !storedAsPassword && !inPasswordFunction) continue;
    reporter.fastHash(calleeRange(call), use.algorithm, use.forPassword || namedInput ? 'high' : 'medium');
  }
}

/**
 * Data fed to a hash object: `.update(x)` chained on the call, or called on the variable the
 * object is stored in within the same function (`md.update(x)`, `h.Write(x)`, `io.WriteString(h, x)`).
 */
function streamedInputs(index: CodeIndex, call: CallSite, methods: ReadonlySet<string>): SyntaxNode[] {
  const inputs: SyntaxNode[] = [];
  const queue: CallSite[] = [call];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const consumer of index.callsByReceiver.get(current.node.id) ?? []) {
      if (!methods.has(consumer.name)) continue;
      inputs.push(...consumer.args.map((argument) => argument.node));
      queue.push(consumer);
    }
  }
  const holder = index.code.assignments().find((assignment) => assignment.value.id === call.node.id);
  if (holder === undefined) return inputs;
  const scope = index.code.enclosingFunction(call.node);
  for (const other of index.code.calls()) {
    if (index.code.enclosingFunction(other.node)?.id !== scope?.id) continue;
    if (other.receiver !== undefined && other.receiver.text === holder.target && methods.has(other.name)) {
      inputs.push(...other.args.map((argument) => argument.node));
    } else if (other.qualified === 'io.WriteString' && positionalArgument(other, 0)?.text === holder.target) {
      const data = positionalArgument(other, 1);
      if (data !== undefined) inputs.push(data);
    }
  }
  return inputs;
}

/** `prehashed = sha256(pw).digest(); bcrypt.hashpw(prehashed, salt)`: the digest only pre-hashes. */
function feedsPasswordHashing(index: CodeIndex, target: string, scope: SyntaxNode | undefined): boolean {
  return index.code.calls().some((call) =>
    index.code.enclosingFunction(call.node)?.id === scope?.id && isPasswordHashingCall(call) &&
    call.args.some((argument) => namesIn(index.code, argument.node).includes(target)));
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript
// ---------------------------------------------------------------------------------------------

const BCRYPT_JS_MODULES: ReadonlySet<string> = new Set(['bcrypt', 'bcryptjs', '@node-rs/bcrypt', 'bcrypt-nodejs']);
const ARGON2_JS_MODULES: ReadonlySet<string> = new Set(['argon2', '@node-rs/argon2']);
const ARGON2_JS_FUNCTIONS: ReadonlySet<string> = new Set(['hash', 'hashSync', 'hashRaw', 'hashRawSync']);

/** Node's scrypt allows 32 MiB unless told otherwise; N = 2^17 with r = 8 needs 128 MiB, so a raised N also raises maxmem. */
const NODE_SCRYPT_DEFAULT_N = 16_384;
const SCRYPT_MAXMEM = 256 * 1024 * 1024;
const SCRYPT_MAXMEM_TEXT = '256 * 1024 * 1024';

function checkJavaScript(reporter: Reporter, index: CodeIndex): void {
  const { code } = index;
  for (const call of code.calls()) {
    const parts = pathNameParts(call.qualified);
    const module = call.qualified.startsWith('@') ? `${parts[0] ?? ''}/${parts[1] ?? ''}` : parts[0] ?? '';
    const function_ = parts[parts.length - 1] ?? '';
    if (call.qualified === 'crypto.pbkdf2' || call.qualified === 'crypto.pbkdf2Sync' || (module === 'pbkdf2' && function_.startsWith('pbkdf2'))) {
      checkSalt(reporter, index, positionalArgument(call, 1));
      const digest = pbkdf2DigestOf(code, positionalArgument(call, 4));
      if (digest) reporter.workFactorAt(code, digest.parameter, positionalArgument(call, 2), { label: digest.label });
    } else if (call.qualified === 'crypto.scrypt' || call.qualified === 'crypto.scryptSync') {
      checkSalt(reporter, index, positionalArgument(call, 1));
      nodeScrypt(reporter, index, call);
    } else if (BCRYPT_JS_MODULES.has(module) && parts.length === module.split('/').length + 1) {
      if (function_ === 'hash' || function_ === 'hashSync') reporter.workFactorAt(code, 'bcrypt', positionalArgument(call, 1));
      if (function_ === 'genSalt' || function_ === 'genSaltSync') reporter.workFactorAt(code, 'bcrypt', positionalArgument(call, 0));
    } else if (ARGON2_JS_MODULES.has(module) && ARGON2_JS_FUNCTIONS.has(function_)) {
      const options = index.resolve(positionalArgument(call, 1), OBJECT_TYPES);
      const pairs = index.pairsOf(options);
      const variant = argon2VariantOf(code, pairs.get('type') ?? pairs.get('algorithm'));
      reporter.workFactorAt(code, 'argon2Memory', pairs.get('memoryCost'), { label: variant?.name ?? 'Argon2id' });
      reporter.workFactorAt(code, 'argon2Iterations', pairs.get('timeCost'), { label: variant?.name ?? 'Argon2id' });
      if (variant) reporter.variant(rangeOf(variant.node), variant.name, variant.rename);
    } else if (parts.length >= 2 && parts[parts.length - 2] === 'subtle' && (function_ === 'deriveBits' || function_ === 'deriveKey')) {
      webCryptoPbkdf2(reporter, index, positionalArgument(call, 0));
    } else if (parts.length === 2 && CRYPTO_JS_MODULES.has(module) && function_ === 'PBKDF2') {
      const pairs = index.pairsOf(index.resolve(positionalArgument(call, 2), OBJECT_TYPES));
      const hasher = pairs.get('hasher');
      // CryptoJS changed its default hasher from SHA-1 to SHA-256 in 4.2; assume the lower SHA-256 bar.
      const digest = hasher === undefined ? SHA256_DIGEST : pbkdf2DigestOf(code, hasher);
      checkSalt(reporter, index, positionalArgument(call, 1));
      if (digest) reporter.workFactorAt(code, digest.parameter, pairs.get('iterations'), { label: digest.label });
    }
  }
}

/** `scryptSync(pw, salt, 64, { N: 2 ** 14 })`, and the call without options, whose N defaults to 16,384. */
function nodeScrypt(reporter: Reporter, index: CodeIndex, call: CallSite): void {
  const { code } = index;
  const optionsArgument = positionalArgument(call, 3);
  const options = index.resolve(optionsArgument, OBJECT_TYPES);
  if (optionsArgument === undefined || isCallback(optionsArgument)) {
    const keyLength = positionalArgument(call, 2);
    if (keyLength === undefined) return;
    reporter.workFactor({
      parameter: 'scrypt',
      actual: NODE_SCRYPT_DEFAULT_N,
      range: calleeRange(call),
      subject: `${call.name} runs with its default N = ${shown(NODE_SCRYPT_DEFAULT_N)} here`,
      fix: (target) => ({ edits: [{ start: keyLength.endIndex, end: keyLength.endIndex, newText: `, { N: ${target}, maxmem: ${SCRYPT_MAXMEM_TEXT} }` }] }),
    });
    return;
  }
  const pairs = index.pairsOf(options);
  const cost = pairs.get('N') ?? pairs.get('cost');
  if (cost === undefined || options === undefined) return;
  const known = numberOf(code, cost);
  if (known === undefined) return;
  const blockSize = pairs.get('r') ?? pairs.get('blockSize');
  const r = blockSize === undefined ? 8 : numberOf(code, blockSize)?.value;
  reporter.workFactor({
    parameter: 'scrypt',
    actual: known.value,
    range: rangeOf(cost),
    fix: (target) => {
      const edits = raiseNumber(cost, target);
      if (edits === undefined || r === undefined || 128 * target * r > SCRYPT_MAXMEM) return undefined;
      const maxmem = pairs.get('maxmem');
      if (maxmem === undefined) {
        const last = options.namedChildren.filter((child) => child !== null && child.type !== 'comment').pop();
        if (last === undefined || last === null) return undefined;
        return { edits: [...edits, { start: last.endIndex, end: last.endIndex, newText: `, maxmem: ${SCRYPT_MAXMEM_TEXT}` }] };
      }
      const allowed = numberOf(code, maxmem)?.value;
      if (allowed !== undefined && allowed >= 128 * target * r) return { edits };
      return ARITHMETIC.test(maxmem.text) ? { edits: [...edits, replaceNode(maxmem, SCRYPT_MAXMEM_TEXT)] } : undefined;
    },
  });
}

function isCallback(node: SyntaxNode): boolean {
  return node.type === 'arrow_function' || node.type === 'function_expression' || node.type === 'function';
}

/** `subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1000, hash: 'SHA-256' }, key, 256)`. */
function webCryptoPbkdf2(reporter: Reporter, index: CodeIndex, parameters: SyntaxNode | undefined): void {
  const { code } = index;
  const pairs = index.pairsOf(index.resolve(parameters, OBJECT_TYPES));
  if (stringOf(code, pairs.get('name'))?.toUpperCase() !== 'PBKDF2') return;
  const hash = pairs.get('hash');
  const hashName = hash === undefined ? undefined : stringOf(code, hash) ?? stringOf(code, index.pairsOf(hash).get('name'));
  const digest = hashName === undefined ? undefined : pbkdf2DigestNamed(hashName);
  if (digest) reporter.workFactorAt(code, digest.parameter, pairs.get('iterations'), { label: digest.label });
}

interface Argon2Variant {
  readonly node: SyntaxNode;
  readonly name: 'Argon2i' | 'Argon2d';
  readonly rename?: TextEdit;
}

/** The weak Argon2 variant a type option selects (`argon2.argon2i`, `Algorithm.Argon2d`, `Type.I`, 0 or 1), if any. */
function argon2VariantOf(code: CodeModel, node: SyntaxNode | undefined): Argon2Variant | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  // node-argon2 and @node-rs/argon2 number the variants argon2d = 0, argon2i = 1, argon2id = 2.
  if (value.kind === 'number') {
    const name = value.value === 0 ? 'Argon2d' : value.value === 1 ? 'Argon2i' : undefined;
    return name === undefined ? undefined : { node, name, rename: DECIMAL.test(node.text) ? replaceNode(node, '2') : undefined };
  }
  const text = value.kind === 'string' ? value.value : lastPart(code.qualifiedName(node) ?? node.text);
  const variant = weakVariantToken(node, text, value.kind === 'string');
  // A bare imported name (`import { argon2i } from 'argon2'`) cannot be renamed without its import.
  const imported = code.imports().some((binding) => binding.local === node.text);
  return variant && imported ? { node: variant.node, name: variant.name } : variant;
}

/** Argon2i or Argon2d named by a token ending in `i`/`d` (`argon2i`, `ARGON2_d`, `I`), with the rename to `id`. */
function weakVariantToken(node: SyntaxNode, token: string, isString: boolean): Argon2Variant | undefined {
  const lower = token.toLowerCase();
  const last = lower.charAt(lower.length - 1);
  const isVariant = lower === 'i' || lower === 'd' || lower.endsWith('argon2i') || lower.endsWith('argon2d') || lower.endsWith('argon2_i') || lower.endsWith('argon2_d');
  if (!isVariant || (last !== 'i' && last !== 'd')) return undefined;
  const name = last === 'i' ? 'Argon2i' : 'Argon2d';
  const at = isString ? node.text.lastIndexOf(token) + token.length - 1 : node.text.lastIndexOf(token.charAt(token.length - 1));
  if (at < 0) return { node, name };
  const original = node.text.charAt(at);
  const start = node.startIndex + at;
  return { node, name, rename: { start, end: start + 1, newText: original === original.toUpperCase() ? 'ID' : 'id' } };
}

// ---------------------------------------------------------------------------------------------
// Python
// ---------------------------------------------------------------------------------------------

/** passlib schemes that are fast, unsalted or both. */
const PASSLIB_WEAK_SCHEMES: ReadonlySet<string> = new Set([
  'des_crypt', 'bsdi_crypt', 'bigcrypt', 'crypt16', 'md5_crypt', 'apr_md5_crypt', 'sun_md5_crypt', 'sha1_crypt', 'hex_md4', 'hex_md5',
  'hex_sha1', 'hex_sha256', 'hex_sha512', 'ldap_md5', 'ldap_sha1', 'ldap_salted_md5', 'ldap_salted_sha1', 'ldap_salted_sha256',
  'ldap_salted_sha512', 'ldap_des_crypt', 'ldap_md5_crypt', 'mysql323', 'mysql41', 'postgres_md5', 'oracle10', 'oracle11', 'lmhash',
  'nthash', 'msdcc', 'msdcc2', 'django_salted_md5', 'django_salted_sha1', 'django_des_crypt', 'atlassian_pbkdf2_sha1', 'cisco_pix',
  'cisco_asa',
]);
/** passlib schemes that keep the password recoverable. */
const PASSLIB_PLAINTEXT_SCHEMES: ReadonlySet<string> = new Set(['plaintext', 'ldap_plaintext', 'roundup_plaintext', 'cisco_type7']);

/** How each passlib scheme reads `rounds`, and its default rounds where that default is weak. */
const PASSLIB_ROUNDS: ReadonlyMap<string, { parameter: Parameter; label?: string; log2?: boolean; weakDefault?: number }> = new Map([
  ['pbkdf2_sha1', { parameter: 'pbkdf2Sha1', label: 'SHA1', weakDefault: 131_000 }],
  ['pbkdf2_sha256', { parameter: 'pbkdf2Sha256', label: 'SHA256', weakDefault: 29_000 }],
  ['pbkdf2_sha512', { parameter: 'pbkdf2Sha512', label: 'SHA512', weakDefault: 25_000 }],
  ['django_pbkdf2_sha1', { parameter: 'pbkdf2Sha1', label: 'SHA1' }],
  ['django_pbkdf2_sha256', { parameter: 'pbkdf2Sha256', label: 'SHA256' }],
  ['bcrypt', { parameter: 'bcrypt' }],
  ['bcrypt_sha256', { parameter: 'bcrypt' }],
  ['django_bcrypt', { parameter: 'bcrypt' }],
  ['django_bcrypt_sha256', { parameter: 'bcrypt' }],
  ['scrypt', { parameter: 'scrypt', log2: true }],
  ['argon2', { parameter: 'argon2Iterations', label: 'Argon2' }],
]);

/** Django hashers (by class name) that are fast or unsalted. */
const DJANGO_WEAK_HASHERS: ReadonlySet<string> = new Set([
  'MD5PasswordHasher', 'UnsaltedMD5PasswordHasher', 'UnsaltedSHA1PasswordHasher', 'SHA1PasswordHasher', 'CryptPasswordHasher',
]);
/** `make_password(..., hasher=...)` names for the same hashers. */
const DJANGO_WEAK_ALGORITHMS: ReadonlySet<string> = new Set(['md5', 'unsalted_md5', 'unsalted_sha1', 'sha1', 'crypt']);

/** Work-factor attributes of Django's hasher classes, for subclasses that lower them. */
interface HasherAttribute {
  readonly parameter: Parameter;
  readonly label?: string;
}

const DJANGO_HASHER_ATTRIBUTES: ReadonlyMap<string, ReadonlyMap<string, HasherAttribute>> = new Map<string, ReadonlyMap<string, HasherAttribute>>([
  ['PBKDF2PasswordHasher', new Map([['iterations', { parameter: 'pbkdf2Sha256', label: 'SHA256' }]])],
  ['PBKDF2SHA1PasswordHasher', new Map([['iterations', { parameter: 'pbkdf2Sha1', label: 'SHA1' }]])],
  ['BCryptSHA256PasswordHasher', new Map([['rounds', { parameter: 'bcrypt' }]])],
  ['BCryptPasswordHasher', new Map([['rounds', { parameter: 'bcrypt' }]])],
  ['Argon2PasswordHasher', new Map([
    ['time_cost', { parameter: 'argon2Iterations', label: 'Argon2id' }],
    ['memory_cost', { parameter: 'argon2Memory', label: 'Argon2id' }],
  ])],
  ['ScryptPasswordHasher', new Map([['work_factor', { parameter: 'scrypt' }]])],
]);

const DJANGO_PBKDF2 = 'django.contrib.auth.hashers.PBKDF2PasswordHasher';
const ARGON2_CFFI_LOW_LEVEL: ReadonlySet<string> = new Set(['argon2.low_level.hash_secret', 'argon2.low_level.hash_secret_raw']);
const CRYPTOGRAPHY_KDF = 'cryptography.hazmat.primitives.kdf.';

function checkPython(reporter: Reporter, index: CodeIndex, path: string): void {
  const { code } = index;
  for (const call of code.calls()) {
    const q = call.qualified;
    const parts = pathNameParts(q);
    if (q === 'hashlib.pbkdf2_hmac') {
      checkSalt(reporter, index, argumentAt(call, 2, 'salt'));
      const digest = pbkdf2DigestOf(code, argumentAt(call, 0, 'hash_name'));
      if (digest) reporter.workFactorAt(code, digest.parameter, argumentAt(call, 3, 'iterations'), { label: digest.label });
    } else if (q === 'hashlib.scrypt') {
      checkSalt(reporter, index, namedArgument(call, 'salt'));
      hashlibScrypt(reporter, index, call);
    } else if (q === `${CRYPTOGRAPHY_KDF}pbkdf2.PBKDF2HMAC`) {
      checkSalt(reporter, index, argumentAt(call, 2, 'salt'));
      const digest = pbkdf2DigestOf(code, argumentAt(call, 0, 'algorithm'));
      if (digest) reporter.workFactorAt(code, digest.parameter, argumentAt(call, 3, 'iterations'), { label: digest.label });
    } else if (q === `${CRYPTOGRAPHY_KDF}scrypt.Scrypt`) {
      checkSalt(reporter, index, argumentAt(call, 0, 'salt'));
      reporter.workFactorAt(code, 'scrypt', argumentAt(call, 2, 'n'));
    } else if (q === `${CRYPTOGRAPHY_KDF}argon2.Argon2id`) {
      checkSalt(reporter, index, namedArgument(call, 'salt'));
      reporter.workFactorAt(code, 'argon2Iterations', namedArgument(call, 'iterations'), { label: 'Argon2id' });
      reporter.workFactorAt(code, 'argon2Memory', namedArgument(call, 'memory_cost'), { label: 'Argon2id' });
    } else if (q === 'bcrypt.gensalt') {
      reporter.workFactorAt(code, 'bcrypt', argumentAt(call, 0, 'rounds'));
    } else if (q === 'argon2.PasswordHasher' || ARGON2_CFFI_LOW_LEVEL.has(q)) {
      argon2Cffi(reporter, index, call, q === 'argon2.PasswordHasher' ? 0 : 2);
    } else if (parts[0] === 'passlib' && parts[1] === 'hash' && parts.length === 4) {
      passlibScheme(reporter, index, call, parts[2] ?? '', parts[3] ?? '');
    } else if (q === 'passlib.context.CryptContext') {
      cryptContext(reporter, index, call);
    } else if (parts[0] === 'werkzeug' && call.name === 'generate_password_hash') {
      werkzeugMethod(reporter, code, argumentAt(call, 1, 'method'));
    } else if (call.name === 'generate_password_hash' && (parts[0] === 'flask_bcrypt' || call.receiver !== undefined)) {
      reporter.workFactorAt(code, 'bcrypt', argumentAt(call, 1, 'rounds'));
    } else if (q === 'django.contrib.auth.hashers.make_password') {
      checkSalt(reporter, index, argumentAt(call, 1, 'salt'));
      const hasher = argumentAt(call, 2, 'hasher');
      const name = stringOf(code, hasher);
      if (hasher !== undefined && name !== undefined && DJANGO_WEAK_ALGORITHMS.has(name)) reporter.scheme(rangeOf(hasher), `Django's '${name}' hasher`);
    }
  }
  for (const assignment of code.assignments()) {
    if (assignment.target === 'PASSWORD_HASHERS' || assignment.target === 'settings.PASSWORD_HASHERS') djangoHashers(reporter, code, assignment.value, path);
    else if (assignment.target.includes('BCRYPT_LOG_ROUNDS') && !inTestConfiguration(assignment.node)) reporter.workFactorAt(code, 'bcrypt', assignment.value);
    else djangoHasherAttribute(reporter, code, assignment.node, assignment.target, assignment.value);
  }
}

/** `hashlib.scrypt(pw, salt=s, n=2**14, r=8, p=1)`; a raised N also needs maxmem past OpenSSL's 32 MiB default. */
function hashlibScrypt(reporter: Reporter, index: CodeIndex, call: CallSite): void {
  const { code } = index;
  const cost = namedArgument(call, 'n');
  const known = cost === undefined ? undefined : numberOf(code, cost);
  if (cost === undefined || known === undefined) return;
  const blockSize = namedArgument(call, 'r');
  const parallelism = namedArgument(call, 'p');
  const r = blockSize === undefined ? undefined : numberOf(code, blockSize)?.value;
  const p = parallelism === undefined ? undefined : numberOf(code, parallelism)?.value;
  reporter.workFactor({
    parameter: 'scrypt',
    actual: known.value,
    range: rangeOf(cost),
    fix: (target) => {
      const edits = raiseNumber(cost, target);
      if (edits === undefined || r === undefined || p === undefined) return undefined;
      // OpenSSL needs 128 * r * (N + 2) bytes for V plus 128 * r * p for B.
      const needed = 128 * r * (target + 2) + 128 * r * p;
      if (needed > SCRYPT_MAXMEM) return undefined;
      const maxmem = namedArgument(call, 'maxmem');
      if (maxmem === undefined) {
        const last = call.args[call.args.length - 1]?.node;
        const holder = last?.parent?.type === 'keyword_argument' ? last.parent : last;
        if (holder === undefined || holder === null) return undefined;
        return { edits: [...edits, { start: holder.endIndex, end: holder.endIndex, newText: `, maxmem=${SCRYPT_MAXMEM_TEXT}` }] };
      }
      const allowed = numberOf(code, maxmem)?.value;
      if (allowed !== undefined && allowed > needed) return { edits };
      return ARITHMETIC.test(maxmem.text) ? { edits: [...edits, replaceNode(maxmem, SCRYPT_MAXMEM_TEXT)] } : undefined;
    },
  });
}

/** argon2-cffi `PasswordHasher(time_cost, memory_cost, ..., type)` and the low-level `hash_secret(secret, salt, time_cost, ...)`. */
function argon2Cffi(reporter: Reporter, index: CodeIndex, call: CallSite, offset: number): void {
  const { code } = index;
  if (offset > 0) checkSalt(reporter, index, argumentAt(call, 1, 'salt'));
  const type = argumentAt(call, offset + 4 + (offset > 0 ? 0 : 2), 'type');
  const variant = argon2VariantOf(code, type);
  const label = variant?.name ?? 'Argon2id';
  reporter.workFactorAt(code, 'argon2Iterations', argumentAt(call, offset, 'time_cost'), { label });
  reporter.workFactorAt(code, 'argon2Memory', argumentAt(call, offset + 1, 'memory_cost'), { label });
  if (variant) reporter.variant(rangeOf(variant.node), variant.name, variant.rename);
}

/** `pbkdf2_sha256.using(rounds=1000)`, `md5_crypt.hash(pw)`, and `pbkdf2_sha256.hash(pw)` at passlib's weak default. */
function passlibScheme(reporter: Reporter, index: CodeIndex, call: CallSite, scheme: string, method: string): void {
  const { code } = index;
  const hashing = method === 'hash' || method === 'encrypt' || method === 'using';
  if (hashing && PASSLIB_PLAINTEXT_SCHEMES.has(scheme)) return reporter.plaintext(calleeRange(call), `passlib's ${scheme}`);
  if (hashing && PASSLIB_WEAK_SCHEMES.has(scheme)) return reporter.scheme(calleeRange(call), `passlib's ${scheme}`);
  const rounds = PASSLIB_ROUNDS.get(scheme);
  if (method === 'using') {
    checkSalt(reporter, index, namedArgument(call, 'salt'));
    if (rounds) reporter.workFactorAt(code, rounds.parameter, namedArgument(call, 'rounds', 'default_rounds'), { label: rounds.label, log2: rounds.log2 });
    if (scheme === 'argon2') {
      reporter.workFactorAt(code, 'argon2Memory', namedArgument(call, 'memory_cost'), { label: 'Argon2' });
      const type = namedArgument(call, 'type');
      const variant = type === undefined ? undefined : argon2VariantOf(code, type);
      if (variant) reporter.variant(rangeOf(variant.node), variant.name, variant.rename);
    }
    return;
  }
  if ((method === 'hash' || method === 'encrypt') && rounds?.weakDefault !== undefined && call.receiver !== undefined) {
    const receiverEnd = call.receiver.endIndex;
    reporter.workFactor({
      parameter: rounds.parameter,
      actual: rounds.weakDefault,
      range: calleeRange(call),
      subject: `passlib's ${scheme} runs PBKDF2-HMAC-${rounds.label ?? ''} with ${shown(rounds.weakDefault)} iterations by default`,
      fix: (target) => ({ edits: [{ start: receiverEnd, end: receiverEnd, newText: `.using(rounds=${target})` }] }),
    });
  }
}

/** `CryptContext(schemes=["md5_crypt", ...], bcrypt__rounds=8)`: the default scheme (`default=` or the first) hashes new passwords. */
function cryptContext(reporter: Reporter, index: CodeIndex, call: CallSite): void {
  const { code } = index;
  const schemes = namedArgument(call, 'schemes') ?? positionalArgument(call, 0);
  const defaultScheme = namedArgument(call, 'default');
  const first = defaultScheme ?? (schemes?.type === 'list' || schemes?.type === 'tuple' ? schemes.namedChildren.find((child) => child?.type === 'string') ?? undefined : undefined);
  const name = stringOf(code, first);
  if (first !== undefined && name !== undefined) {
    if (PASSLIB_PLAINTEXT_SCHEMES.has(name)) reporter.plaintext(rangeOf(first), `passlib's ${name}`);
    else if (PASSLIB_WEAK_SCHEMES.has(name)) reporter.scheme(rangeOf(first), `passlib's ${name}`);
  }
  for (const given of call.args) {
    const [scheme, setting] = (given.name ?? '').split('__');
    if (scheme === undefined || setting === undefined) continue;
    const rounds = PASSLIB_ROUNDS.get(scheme);
    if (rounds && (setting === 'rounds' || setting === 'default_rounds')) reporter.workFactorAt(code, rounds.parameter, given.node, { label: rounds.label, log2: rounds.log2 });
    if (scheme === 'argon2' && setting === 'memory_cost') reporter.workFactorAt(code, 'argon2Memory', given.node, { label: 'Argon2' });
  }
}

/**
 * Werkzeug's `method` string: `pbkdf2:sha256:1000` and `scrypt:16384:8:1` carry their work factor;
 * `plain` stores the password itself; a bare digest name (`sha256`, removed in Werkzeug 2.3) is one salted round.
 */
function werkzeugMethod(reporter: Reporter, code: CodeModel, method: SyntaxNode | undefined): void {
  const value = stringOf(code, method);
  if (method === undefined || value === undefined) return;
  const [kind = '', ...settings] = value.split(':');
  const literal = STRING_TYPES.has(method.type) && method.text.includes(value);
  const numberEdit = (position: number, target: number): { edits: TextEdit[] } | undefined => {
    if (!literal) return undefined;
    const prefix = [kind, ...settings.slice(0, position)].join(':').length + 1;
    const start = method.startIndex + method.text.indexOf(value) + prefix;
    const original = settings[position] ?? '';
    return { edits: [{ start, end: start + original.length, newText: String(target) }] };
  };
  if (kind === 'plain') return reporter.plaintext(rangeOf(method), "Werkzeug's 'plain' method");
  if (kind === 'pbkdf2') {
    const digest = pbkdf2DigestNamed(settings[0] ?? 'sha256');
    const iterations = Number(settings[1]);
    if (digest === undefined || settings[1] === undefined || !Number.isFinite(iterations)) return;
    reporter.workFactor({ parameter: digest.parameter, label: digest.label, actual: iterations, range: rangeOf(method), fix: (target) => numberEdit(1, target) });
    return;
  }
  if (kind === 'scrypt') {
    const n = Number(settings[0]);
    if (settings[0] === undefined || !Number.isFinite(n)) return;
    reporter.workFactor({ parameter: 'scrypt', actual: n, range: rangeOf(method), fix: (target) => numberEdit(0, target) });
    return;
  }
  if (fastDigestNamed(kind) !== undefined) reporter.scheme(rangeOf(method), `Werkzeug's single-round '${kind}' method`);
}

/**
 * `PASSWORD_HASHERS = [...]`: Django hashes new passwords with the first entry and keeps the rest
 * only to check (and upgrade) old hashes. The fix puts PBKDF2PasswordHasher first, so existing
 * hashes still verify and are upgraded at the next login. Test settings (a settings module named
 * for tests) use a fast hasher on purpose to speed up test runs, as Django's documentation advises.
 */
function djangoHashers(reporter: Reporter, code: CodeModel, value: SyntaxNode, path: string): void {
  if (value.type !== 'list' && value.type !== 'tuple') return;
  if (isTestSettingsPath(path)) return;
  const first = value.namedChildren.find((child) => child !== null && child.type !== 'comment') ?? undefined;
  const name = stringOf(code, first);
  if (first === undefined || name === undefined || !DJANGO_WEAK_HASHERS.has(lastPart(name))) return;
  const between = code.root.text.slice(value.startIndex + 1, first.startIndex);
  const quote = first.text.charAt(0) === '"' ? '"' : "'";
  const separator = between.includes('\n') ? `,${between.includes('\r\n') ? '\r\n' : '\n'}${between.slice(between.lastIndexOf('\n') + 1)}` : ', ';
  reporter.scheme(rangeOf(first), `Django's ${lastPart(name)}`, {
    title: "Hash new passwords with Django's PBKDF2PasswordHasher",
    edits: [{ start: first.startIndex, end: first.startIndex, newText: `${quote}${DJANGO_PBKDF2}${quote}${separator}` }],
  });
}

const TEST_WORDS: ReadonlySet<string> = new Set(['test', 'tests', 'testing']);

/** `settings/test.py`, `test_settings.py`, `settings_testing.py`: a settings module named for tests. */
function isTestSettingsPath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(PYTHON_EXTENSION, '');
  return nameWords(base).some((word) => TEST_WORDS.has(word));
}

const PYTHON_EXTENSION = safeRegex('\\.py$');

/** `class TestingConfig(Config): BCRYPT_LOG_ROUNDS = 4`: Flask's per-environment configuration classes. */
function inTestConfiguration(node: SyntaxNode): boolean {
  for (let current = node.parent; current !== null; current = current.parent) {
    if (current.type === 'class_definition') return nameWords(current.childForFieldName('name')?.text ?? '').some((word) => TEST_WORDS.has(word));
  }
  return false;
}

/** `class Fast(PBKDF2PasswordHasher): iterations = 1000`: a subclass that lowers Django's work factor. */
function djangoHasherAttribute(reporter: Reporter, code: CodeModel, assignment: SyntaxNode, target: string, value: SyntaxNode): void {
  const classNode = assignment.parent?.parent?.parent;
  if (assignment.parent?.type !== 'expression_statement' || classNode?.type !== 'class_definition') return;
  const bases = classNode.childForFieldName('superclasses')?.namedChildren ?? [];
  for (const base of bases) {
    const attributes = base === null ? undefined : DJANGO_HASHER_ATTRIBUTES.get(lastPart(base.text));
    const attribute = attributes?.get(target);
    if (attribute) reporter.workFactorAt(code, attribute.parameter, value, { label: attribute.label });
  }
}

// ---------------------------------------------------------------------------------------------
// Java
// ---------------------------------------------------------------------------------------------

/** Spring Security encoders that hash with a fast or unsalted digest. */
const SPRING_WEAK_ENCODERS: ReadonlySet<string> = new Set([
  'MessageDigestPasswordEncoder', 'StandardPasswordEncoder', 'LdapShaPasswordEncoder', 'Md4PasswordEncoder', 'Md5PasswordEncoder', 'ShaPasswordEncoder',
]);
/** `DelegatingPasswordEncoder` ids whose encoder is fast or unsalted. */
const SPRING_WEAK_IDS: ReadonlySet<string> = new Set(['MD4', 'MD5', 'SHA-1', 'SHA-256', 'ldap', 'sha256']);

/** A work factor a library sets when the code names none. */
interface DefaultSetting {
  readonly parameter: Parameter;
  readonly actual: number;
  readonly label?: string;
}

/** Spring Security's versioned defaults: what each factory method configures. */
const SPRING_DEFAULTS: ReadonlyMap<string, readonly DefaultSetting[]> = new Map<string, readonly DefaultSetting[]>([
  ['Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_5', [{ parameter: 'pbkdf2Sha1', actual: 185_000, label: 'SHA1' }]],
  ['Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8', [{ parameter: 'pbkdf2Sha256', actual: 310_000, label: 'SHA256' }]],
  ['SCryptPasswordEncoder.defaultsForSpringSecurity_v4_1', [{ parameter: 'scrypt', actual: 16_384 }]],
  ['SCryptPasswordEncoder.defaultsForSpringSecurity_v5_8', [{ parameter: 'scrypt', actual: 65_536 }]],
  ['Argon2PasswordEncoder.defaultsForSpringSecurity_v5_2', [{ parameter: 'argon2Memory', actual: 4_096, label: 'Argon2id' }]],
  ['Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8', [{ parameter: 'argon2Memory', actual: 16_384, label: 'Argon2id' }]],
]);

function checkJava(reporter: Reporter, index: CodeIndex): void {
  const { code } = index;
  const factories = secretKeyFactoryDigests(code);
  for (const call of code.calls()) {
    const parts = pathNameParts(call.qualified);
    const owner = parts[parts.length - 2] ?? '';
    const name = call.name;
    if (call.isConstructor) {
      if (name === 'PBEKeySpec' && call.args.length >= 3) {
        checkSalt(reporter, index, positionalArgument(call, 1));
        const scope = code.enclosingFunction(call.node)?.id ?? -1;
        const digest = singleDigest(factories.get(scope)) ?? singleDigest(factories.get(-2));
        if (digest) reporter.workFactorAt(code, digest.parameter, positionalArgument(call, 2), { label: digest.label });
      } else if (name === 'BCryptPasswordEncoder') {
        const strength = call.args.map((given) => given.node).find((node) => numberOf(code, node) !== undefined);
        reporter.workFactorAt(code, 'bcrypt', strength);
      } else if (name === 'Pbkdf2PasswordEncoder') {
        springPbkdf2(reporter, code, call);
      } else if (name === 'SCryptPasswordEncoder') {
        if (call.args.length >= 5) reporter.workFactorAt(code, 'scrypt', positionalArgument(call, 0));
        else if (call.args.length === 0) springDefault(reporter, call, 'new SCryptPasswordEncoder()', [{ parameter: 'scrypt', actual: 16_384 }]);
      } else if (name === 'Argon2PasswordEncoder') {
        if (call.args.length >= 5) {
          reporter.workFactorAt(code, 'argon2Memory', positionalArgument(call, 3), { label: 'Argon2id' });
          reporter.workFactorAt(code, 'argon2Iterations', positionalArgument(call, 4), { label: 'Argon2id' });
        } else if (call.args.length === 0) {
          springDefault(reporter, call, 'new Argon2PasswordEncoder()', [{ parameter: 'argon2Memory', actual: 4_096, label: 'Argon2id' }]);
        }
      } else if (SPRING_WEAK_ENCODERS.has(name)) {
        reporter.scheme(calleeRange(call), `Spring Security's ${name}`);
      } else if (name === 'DelegatingPasswordEncoder') {
        const id = positionalArgument(call, 0);
        const value = stringOf(code, id);
        if (id !== undefined && value === 'noop') reporter.plaintext(rangeOf(id), "Spring Security's 'noop' encoder");
        else if (id !== undefined && value !== undefined && SPRING_WEAK_IDS.has(value)) reporter.scheme(rangeOf(id), `Spring Security's '${value}' encoder`);
      } else if (name === 'Builder' && call.callee.endsWith('Argon2Parameters.Builder')) {
        const type = positionalArgument(call, 0);
        const variant = type === undefined ? undefined : weakVariantToken(type, lastPart(type.text), false);
        if (variant) reporter.variant(rangeOf(variant.node), variant.name, variant.rename);
      }
      continue;
    }
    const defaults = SPRING_DEFAULTS.get(`${owner}.${name}`);
    if (defaults) springDefault(reporter, call, `${owner}.${name}()`, defaults);
    else if (owner === 'NoOpPasswordEncoder' && name === 'getInstance') reporter.plaintext(calleeRange(call), "Spring Security's NoOpPasswordEncoder");
    else if (owner === 'BCrypt' && name === 'gensalt') reporter.workFactorAt(code, 'bcrypt', positionalArgument(call, 0));
    else if (owner === 'OpenBSDBCrypt' && name === 'generate') reporter.workFactorAt(code, 'bcrypt', positionalArgument(call, 2));
    else if (owner === 'SCrypt' && name === 'generate') {
      checkSalt(reporter, index, positionalArgument(call, 1));
      reporter.workFactorAt(code, 'scrypt', positionalArgument(call, 2));
    } else if (name === 'withIterations' || name === 'withMemoryAsKB' || name === 'withMemoryPowOfTwo') {
      if (!builtFromArgon2Parameters(index, call)) continue;
      if (name === 'withIterations') reporter.workFactorAt(code, 'argon2Iterations', positionalArgument(call, 0));
      else reporter.workFactorAt(code, 'argon2Memory', positionalArgument(call, 0), { log2: name === 'withMemoryPowOfTwo' });
    }
  }
}

/** PBKDF2 digests chosen by `SecretKeyFactory.getInstance(...)`, per enclosing function id (-1 at class level) and for the file (-2). */
function secretKeyFactoryDigests(code: CodeModel): Map<number, Pbkdf2Digest[]> {
  const digests = new Map<number, Pbkdf2Digest[]>();
  const add = (key: number, digest: Pbkdf2Digest): void => {
    const list = digests.get(key) ?? [];
    if (!list.some((other) => other.label === digest.label)) list.push(digest);
    digests.set(key, list);
  };
  for (const call of code.calls()) {
    if (call.name !== 'getInstance' || !call.qualified.endsWith('SecretKeyFactory.getInstance')) continue;
    const name = stringOf(code, positionalArgument(call, 0));
    if (name === undefined || !compactName(name).includes('hmac')) continue;
    const digest = pbkdf2DigestNamed(name);
    if (digest === undefined) continue;
    add(code.enclosingFunction(call.node)?.id ?? -1, digest);
    add(-2, digest);
  }
  return digests;
}

function singleDigest(list: readonly Pbkdf2Digest[] | undefined): Pbkdf2Digest | undefined {
  return list?.length === 1 ? list[0] : undefined;
}

/**
 * `new Pbkdf2PasswordEncoder(secret, saltLength, iterations, algorithm)` (Spring Security 5.8+),
 * the older `(secret, iterations, hashWidth)` and `(secret, saltLength, iterations, hashWidth)`
 * forms, which use HMAC-SHA1, and the deprecated no-argument form (SHA-1, 185,000 iterations).
 */
function springPbkdf2(reporter: Reporter, code: CodeModel, call: CallSite): void {
  const count = call.args.length;
  if (count <= 1) {
    springDefault(reporter, call, `new Pbkdf2PasswordEncoder(${count === 0 ? '' : '...'})`, [{ parameter: 'pbkdf2Sha1', actual: 185_000, label: 'SHA1' }]);
    return;
  }
  const iterations = positionalArgument(call, count === 3 ? 1 : 2);
  const algorithm = count === 4 ? positionalArgument(call, 3) : undefined;
  const digest = algorithm !== undefined && numberOf(code, algorithm) === undefined ? pbkdf2DigestOf(code, algorithm) : SHA1_DIGEST;
  if (digest) reporter.workFactorAt(code, digest.parameter, iterations, { label: digest.label });
}

function springDefault(reporter: Reporter, call: CallSite, written: string, defaults: readonly DefaultSetting[]): void {
  for (const setting of defaults) {
    const finding: WorkFactor = { ...setting, range: calleeRange(call) };
    reporter.workFactor({ ...finding, subject: `${written} configures ${settingOf(finding)}` });
  }
}

/** Whether a builder call's receiver chain starts at `new Argon2Parameters.Builder(...)`. */
function builtFromArgon2Parameters(index: CodeIndex, call: CallSite): boolean {
  let receiver = call.receiver;
  for (let depth = 0; receiver !== undefined && depth < 12; depth++) {
    const inner = index.code.callAt(receiver);
    if (inner === undefined) return false;
    if (inner.isConstructor) return inner.callee.endsWith('Argon2Parameters.Builder');
    receiver = inner.receiver;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// C#
// ---------------------------------------------------------------------------------------------

/** Rfc2898DeriveBytes without an iteration count runs 1,000 iterations of HMAC-SHA1. */
const RFC2898_DEFAULT_ITERATIONS = 1_000;

function checkCSharp(reporter: Reporter, index: CodeIndex): void {
  const { code } = index;
  for (const call of code.calls()) {
    const parts = pathNameParts(call.qualified);
    const owner = parts[parts.length - 2] ?? '';
    if (call.isConstructor && call.name === 'Rfc2898DeriveBytes') {
      rfc2898Constructor(reporter, index, call);
    } else if (call.isConstructor && (call.name === 'Argon2i' || call.name === 'Argon2d')) {
      const start = call.calleeNode.endIndex - 1;
      reporter.variant(calleeRange(call), call.name, { start, end: start + 1, newText: 'id' });
    } else if (owner === 'Rfc2898DeriveBytes' && call.name === 'Pbkdf2') {
      checkSalt(reporter, index, argumentAt(call, 1, 'salt'));
      const digest = pbkdf2DigestOf(code, argumentAt(call, 3, 'hashAlgorithm'));
      if (digest) reporter.workFactorAt(code, digest.parameter, argumentAt(call, 2, 'iterations'), { label: digest.label });
    } else if (owner === 'KeyDerivation' && call.name === 'Pbkdf2') {
      checkSalt(reporter, index, argumentAt(call, 1, 'salt'));
      const digest = pbkdf2DigestOf(code, argumentAt(call, 2, 'prf'));
      if (digest) reporter.workFactorAt(code, digest.parameter, argumentAt(call, 3, 'iterationCount'), { label: digest.label });
    } else if (owner === 'BCrypt' && (call.name === 'HashPassword' || call.name === 'EnhancedHashPassword' || call.name === 'HashString')) {
      const workFactor = namedArgument(call, 'workFactor') ?? call.args.slice(1).map((given) => given.node).find((node) => isNumeric(code, node));
      reporter.workFactorAt(code, 'bcrypt', workFactor);
    } else if (owner === 'BCrypt' && call.name === 'GenerateSalt') {
      reporter.workFactorAt(code, 'bcrypt', argumentAt(call, 0, 'workFactor'));
    }
  }
  const identityOptions = code.root.text.includes('PasswordHasherOptions');
  const konscious = code.root.text.includes('Konscious');
  const seen = new Set<number>();
  const settings = [
    ...code.keyValues().map((pair) => ({ node: pair.value, key: pair.key, container: pair.node.parent?.parent })),
    ...code.assignments().map((assignment) => ({ node: assignment.value, key: lastPart(assignment.target), container: undefined as SyntaxNode | null | undefined })),
  ];
  for (const setting of settings) {
    if (seen.has(setting.node.id)) continue;
    seen.add(setting.node.id);
    const creation = setting.container?.type === 'object_creation_expression' ? index.code.callAt(setting.container) : undefined;
    if (setting.key === 'IterationCount' && identityOptions) {
      // ASP.NET Core Identity's version 3 format uses HMAC-SHA512 since .NET 7.
      reporter.workFactorAt(code, 'pbkdf2Sha512', setting.node, { label: 'SHA512' });
    } else if (setting.key === 'CompatibilityMode' && setting.node.text.endsWith('IdentityV2')) {
      const start = setting.node.endIndex - 1;
      reporter.scheme(rangeOf(setting.node), "ASP.NET Core Identity's version 2 format (PBKDF2-HMAC-SHA1, 1,000 iterations)", {
        title: 'Use the version 3 hash format',
        edits: [{ start, end: start + 1, newText: '3' }],
      });
    } else if ((setting.key === 'MemorySize' || setting.key === 'Iterations') && (konscious || (creation !== undefined && creation.name.startsWith('Argon2')))) {
      const label = creation !== undefined && creation.name.startsWith('Argon2') ? creation.name.replace(ARGON2_PREFIX, 'Argon2') : 'Argon2';
      reporter.workFactorAt(code, setting.key === 'MemorySize' ? 'argon2Memory' : 'argon2Iterations', setting.node, { label });
    }
  }
}

const ARGON2_PREFIX = safeRegex('^Argon2');

function isNumeric(code: CodeModel, node: SyntaxNode): boolean {
  return numberOf(code, node) !== undefined;
}

/**
 * `new Rfc2898DeriveBytes(password, salt, iterations, hashAlgorithm)`. Without an iteration count
 * it runs 1,000 iterations of HMAC-SHA1; the fix passes the SHA-256 threshold and SHA-256.
 */
function rfc2898Constructor(reporter: Reporter, index: CodeIndex, call: CallSite): void {
  const { code } = index;
  const salt = argumentAt(call, 1, 'salt');
  if (salt !== undefined && numberOf(code, salt) === undefined) checkSalt(reporter, index, salt);
  const iterations = argumentAt(call, 2, 'iterations');
  const algorithm = argumentAt(call, 3, 'hashAlgorithm');
  if (iterations === undefined) {
    const last = call.args[call.args.length - 1]?.node;
    const onlyPositional = call.args.every((given) => given.name === undefined) && call.args.length === 2;
    reporter.workFactor({
      parameter: 'pbkdf2Sha1',
      actual: RFC2898_DEFAULT_ITERATIONS,
      range: calleeRange(call),
      subject: `Rfc2898DeriveBytes without an iteration count runs PBKDF2-HMAC-SHA1 with ${shown(RFC2898_DEFAULT_ITERATIONS)} iterations`,
      fix: () => {
        if (!onlyPositional || last === undefined) return undefined;
        const target = reporter.threshold('pbkdf2Sha256');
        return {
          title: `Use PBKDF2-HMAC-SHA256 with ${shown(target)} iterations`,
          edits: [{ start: last.endIndex, end: last.endIndex, newText: `, ${target}, HashAlgorithmName.SHA256` }],
        };
      },
    });
    return;
  }
  const digest = algorithm === undefined ? SHA1_DIGEST : pbkdf2DigestOf(code, algorithm);
  if (digest) reporter.workFactorAt(code, digest.parameter, iterations, { label: digest.label });
}

// ---------------------------------------------------------------------------------------------
// Go
// ---------------------------------------------------------------------------------------------

function checkGo(reporter: Reporter, index: CodeIndex): void {
  const { code } = index;
  for (const call of code.calls()) {
    switch (call.qualified) {
      case 'golang.org/x/crypto/pbkdf2.Key': {
        checkSalt(reporter, index, positionalArgument(call, 1));
        const digest = pbkdf2DigestOf(code, positionalArgument(call, 4));
        if (digest) reporter.workFactorAt(code, digest.parameter, positionalArgument(call, 2), { label: digest.label });
        break;
      }
      case 'crypto/pbkdf2.Key': {
        checkSalt(reporter, index, positionalArgument(call, 2));
        const digest = pbkdf2DigestOf(code, positionalArgument(call, 0));
        if (digest) reporter.workFactorAt(code, digest.parameter, positionalArgument(call, 3), { label: digest.label });
        break;
      }
      case 'golang.org/x/crypto/bcrypt.GenerateFromPassword':
        reporter.workFactorAt(code, 'bcrypt', positionalArgument(call, 1));
        break;
      case 'golang.org/x/crypto/scrypt.Key':
        checkSalt(reporter, index, positionalArgument(call, 1));
        reporter.workFactorAt(code, 'scrypt', positionalArgument(call, 2));
        break;
      case 'golang.org/x/crypto/argon2.IDKey':
        checkSalt(reporter, index, positionalArgument(call, 1));
        reporter.workFactorAt(code, 'argon2Iterations', positionalArgument(call, 2), { label: 'Argon2id' });
        reporter.workFactorAt(code, 'argon2Memory', positionalArgument(call, 3), { label: 'Argon2id' });
        break;
      case 'golang.org/x/crypto/argon2.Key': {
        // argon2.Key is Argon2i; argon2.IDKey takes the same arguments.
        checkSalt(reporter, index, positionalArgument(call, 1));
        const start = call.calleeNode.endIndex - 'Key'.length;
        reporter.variant(calleeRange(call), 'Argon2i', { start, end: start, newText: 'ID' });
        break;
      }
      default:
        break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// PHP
// ---------------------------------------------------------------------------------------------

const PHP_BCRYPT_ALGORITHMS: ReadonlySet<string> = new Set(['PASSWORD_BCRYPT', 'PASSWORD_DEFAULT', '2y', 'null', 'NULL']);
const PHP_ARGON2_ALGORITHMS: ReadonlySet<string> = new Set(['PASSWORD_ARGON2I', 'PASSWORD_ARGON2ID', 'argon2i', 'argon2id']);
const BCRYPT_SETTING = safeRegex('^\\$2[abxy]?\\$([0-9]{2})\\$');

function checkPhp(reporter: Reporter, index: CodeIndex, path: string): void {
  const { code } = index;
  for (const call of code.calls()) {
    const name = call.name.toLowerCase();
    const bare = call.receiver === undefined;
    if (bare && (name === 'password_hash' || name === 'password_needs_rehash')) {
      phpPasswordHash(reporter, index, call);
    } else if (bare && name === 'crypt') {
      phpCrypt(reporter, code, argumentAt(call, 1, 'salt'));
    } else if (bare && name === 'hash_pbkdf2') {
      checkSalt(reporter, index, argumentAt(call, 2, 'salt'));
      const digest = pbkdf2DigestOf(code, argumentAt(call, 0, 'algo'));
      if (digest) reporter.workFactorAt(code, digest.parameter, argumentAt(call, 3, 'iterations'), { label: digest.label });
    } else if (bare && name === 'openssl_pbkdf2') {
      checkSalt(reporter, index, argumentAt(call, 1, 'salt'));
      const algorithm = argumentAt(call, 4, 'digest_algo');
      const digest = algorithm === undefined ? SHA1_DIGEST : pbkdf2DigestOf(code, algorithm);
      if (digest) reporter.workFactorAt(code, digest.parameter, argumentAt(call, 3, 'iterations'), { label: digest.label });
    } else if ((bare && name === 'bcrypt') || (name === 'make' && lastPart(call.receiver?.text ?? '') === 'Hash')) {
      // Laravel: `Hash::make($pw, ['rounds' => 8])`, `bcrypt($pw, ['rounds' => 8])`.
      const pairs = index.pairsOf(index.resolve(argumentAt(call, 1, 'options'), OBJECT_TYPES));
      reporter.workFactorAt(code, 'bcrypt', pairs.get('rounds'));
      reporter.workFactorAt(code, 'argon2Memory', pairs.get('memory'));
      reporter.workFactorAt(code, 'argon2Iterations', pairs.get('time'));
    }
  }
  if (path === 'config/hashing.php' || path.endsWith('/config/hashing.php')) laravelHashingConfig(reporter, index);
}

/** `password_hash($pw, PASSWORD_BCRYPT, ['cost' => 8])`, `PASSWORD_ARGON2ID` with low `memory_cost`/`time_cost`, and `PASSWORD_ARGON2I`. */
function phpPasswordHash(reporter: Reporter, index: CodeIndex, call: CallSite): void {
  const { code } = index;
  const algorithm = argumentAt(call, 1, 'algo');
  if (algorithm === undefined) return;
  const algorithmName = stringOf(code, algorithm) ?? lastPart(algorithm.text);
  const pairs = index.pairsOf(index.resolve(argumentAt(call, 2, 'options'), OBJECT_TYPES));
  if (PHP_BCRYPT_ALGORITHMS.has(algorithmName)) {
    reporter.workFactorAt(code, 'bcrypt', pairs.get('cost'));
  } else if (PHP_ARGON2_ALGORITHMS.has(algorithmName)) {
    const variant = weakVariantToken(algorithm, algorithmName, STRING_TYPES.has(algorithm.type));
    const label = variant?.name ?? 'Argon2id';
    reporter.workFactorAt(code, 'argon2Memory', pairs.get('memory_cost'), { label });
    reporter.workFactorAt(code, 'argon2Iterations', pairs.get('time_cost'), { label });
    if (variant) reporter.variant(rangeOf(algorithm), variant.name, variant.rename);
  }
}

/** The salt string of `crypt()` picks the scheme: `$1$` is MD5-crypt, two characters are DES, `$2y$08$` is bcrypt at cost 8. */
function phpCrypt(reporter: Reporter, code: CodeModel, salt: SyntaxNode | undefined): void {
  if (salt === undefined) return;
  const literal = leftmostString(salt);
  const value = stringOf(code, salt) ?? (literal === undefined ? undefined : stringOf(code, literal));
  if (value === undefined) return;
  if (value.startsWith('$1$')) return reporter.scheme(rangeOf(salt), "crypt() with an MD5-crypt ('$1$') salt");
  if (!value.startsWith('$') && (value.length === 2 || value.startsWith('_'))) return reporter.scheme(rangeOf(salt), 'crypt() with a DES salt');
  const match = BCRYPT_SETTING.exec(value);
  const digits = match?.[1];
  if (digits === undefined) return;
  const holder = literal ?? salt;
  const at = holder.text.indexOf(`$${digits}$`);
  reporter.workFactor({
    parameter: 'bcrypt',
    actual: Number(digits),
    range: rangeOf(salt),
    fix: (target) => (at < 0 || !STRING_TYPES.has(holder.type) || target > 99 ? undefined : {
      edits: [{ start: holder.startIndex + at + 1, end: holder.startIndex + at + 3, newText: String(target).padStart(2, '0') }],
    }),
  });
}

/** The first string literal of a `.` concatenation: `'$2y$08$' . $salt`. */
function leftmostString(node: SyntaxNode): SyntaxNode | undefined {
  let current: SyntaxNode | null = node;
  while (current !== null && current.type === 'binary_expression') current = current.childForFieldName('left');
  return current !== null && STRING_TYPES.has(current.type) ? current : undefined;
}

/** Laravel's `config/hashing.php`: `'bcrypt' => ['rounds' => ...]`, `'argon' => ['memory' => ..., 'time' => ...]`, `'driver' => 'argon'`. */
function laravelHashingConfig(reporter: Reporter, index: CodeIndex): void {
  const { code } = index;
  for (const pair of code.keyValues()) {
    const section = sectionOf(code, pair.node);
    let value: SyntaxNode | undefined = pair.value;
    // `env('BCRYPT_ROUNDS', 12)`: the default applies wherever the variable is unset.
    const envCall = index.code.callAt(value);
    if (envCall !== undefined && envCall.name === 'env') value = argumentAt(envCall, 1, 'default');
    if (section === 'bcrypt' && pair.key === 'rounds') reporter.workFactorAt(code, 'bcrypt', value);
    else if (section === 'argon' && pair.key === 'memory') reporter.workFactorAt(code, 'argon2Memory', value);
    else if (section === 'argon' && pair.key === 'time') reporter.workFactorAt(code, 'argon2Iterations', value);
    else if (section === undefined && pair.key === 'driver' && value !== undefined && stringOf(code, value) === 'argon') {
      // Laravel's 'argon' driver is Argon2i; 'argon2id' is its Argon2id driver.
      const end = value.endIndex - 1;
      reporter.variant(rangeOf(value), 'Argon2i', { start: end, end, newText: '2id' });
    }
  }
}

/** The key of the array entry that holds the array a pair sits in, e.g. `bcrypt` for `'bcrypt' => ['rounds' => 10]`. */
function sectionOf(code: CodeModel, pair: SyntaxNode): string | undefined {
  const array = pair.parent;
  const holder = array?.parent;
  if (array?.type !== 'array_creation_expression' || holder === null || holder === undefined) return undefined;
  return code.keyValues().find((other) => other.node.id === holder.id)?.key;
}

// ---------------------------------------------------------------------------------------------
// Ruby
// ---------------------------------------------------------------------------------------------

function checkRuby(reporter: Reporter, index: CodeIndex): void {
  const { code } = index;
  for (const call of code.calls()) {
    switch (call.qualified) {
      case 'BCrypt.Password.create':
        reporter.workFactorAt(code, 'bcrypt', namedArgument(call, 'cost'));
        break;
      case 'BCrypt.Engine.generate_salt':
        reporter.workFactorAt(code, 'bcrypt', positionalArgument(call, 0));
        break;
      case 'OpenSSL.PKCS5.pbkdf2_hmac': {
        checkSalt(reporter, index, positionalArgument(call, 1));
        const digest = pbkdf2DigestOf(code, rubyDigestArgument(index, positionalArgument(call, 4)));
        if (digest) reporter.workFactorAt(code, digest.parameter, positionalArgument(call, 2), { label: digest.label });
        break;
      }
      case 'OpenSSL.PKCS5.pbkdf2_hmac_sha1':
        checkSalt(reporter, index, positionalArgument(call, 1));
        reporter.workFactorAt(code, 'pbkdf2Sha1', positionalArgument(call, 2), { label: 'SHA1' });
        break;
      case 'OpenSSL.KDF.pbkdf2_hmac': {
        checkSalt(reporter, index, namedArgument(call, 'salt'));
        const digest = pbkdf2DigestOf(code, rubyDigestArgument(index, namedArgument(call, 'hash')));
        if (digest) reporter.workFactorAt(code, digest.parameter, namedArgument(call, 'iterations'), { label: digest.label });
        break;
      }
      case 'OpenSSL.KDF.scrypt':
        checkSalt(reporter, index, namedArgument(call, 'salt'));
        reporter.workFactorAt(code, 'scrypt', namedArgument(call, 'N'));
        break;
      case 'Argon2.Password.new':
      case 'Argon2.Password.create':
        // The argon2 gem takes m_cost as log2 of the memory in KiB.
        reporter.workFactorAt(code, 'argon2Iterations', namedArgument(call, 't_cost'), { label: 'Argon2id' });
        reporter.workFactorAt(code, 'argon2Memory', namedArgument(call, 'm_cost'), { label: 'Argon2id', log2: true });
        break;
      default:
        break;
    }
  }
  const devise = code.root.text.includes('Devise');
  for (const assignment of code.assignments()) {
    if (assignment.target === 'BCrypt::Engine.cost') reporter.workFactorAt(code, 'bcrypt', assignment.value);
    else if (devise && assignment.target.endsWith('.stretches')) deviseStretches(reporter, code, assignment.value);
  }
}

/** `OpenSSL::Digest.new('SHA256')` names its digest in an argument; other forms name it in their text. */
function rubyDigestArgument(index: CodeIndex, node: SyntaxNode | undefined): SyntaxNode | undefined {
  const call = node === undefined ? undefined : index.code.callAt(node);
  if (call !== undefined && call.name === 'new' && call.qualified === 'OpenSSL.Digest.new') return positionalArgument(call, 0) ?? node;
  return node;
}

/**
 * Devise's `config.stretches` is the bcrypt cost. Its generated initializer writes
 * `Rails.env.test? ? 1 : 12`: one stretch in the test environment only, which is the named safe
 * case. For a conditional on the environment, only the branch that production takes is checked.
 */
function deviseStretches(reporter: Reporter, code: CodeModel, value: SyntaxNode): void {
  if (value.type !== 'conditional') return reporter.workFactorAt(code, 'bcrypt', value);
  const condition = value.childForFieldName('condition')?.text ?? '';
  const consequence = value.childForFieldName('consequence') ?? undefined;
  const alternative = value.childForFieldName('alternative') ?? undefined;
  if (condition.includes('production')) return reporter.workFactorAt(code, 'bcrypt', consequence);
  if (condition.includes('test') || condition.includes('development')) return reporter.workFactorAt(code, 'bcrypt', alternative);
  reporter.workFactorAt(code, 'bcrypt', consequence);
  reporter.workFactorAt(code, 'bcrypt', alternative);
}

// ---------------------------------------------------------------------------------------------
// Configuration files: Symfony security.yaml and Spring XML
// ---------------------------------------------------------------------------------------------

/** Symfony algorithms that are plain message digests (MessageDigestPasswordHasher, 5,000 rounds by default). */
const SYMFONY_DIGESTS: ReadonlySet<string> = new Set(['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'ripemd160', 'whirlpool']);
const SYMFONY_BCRYPT: ReadonlySet<string> = new Set(['bcrypt', 'auto', 'native']);
const SYMFONY_ARGON2: ReadonlySet<string> = new Set(['auto', 'native', 'sodium', 'argon2i', 'argon2id']);
/** Symfony's Pbkdf2PasswordHasher defaults: HMAC-SHA512 with 1,000 iterations. */
const SYMFONY_PBKDF2_ITERATIONS = 1_000;

function configValueEdit(entry: ConfigEntry, target: number): { edits: TextEdit[] } | undefined {
  return entry.valueRange ? { edits: [{ ...entry.valueRange, newText: String(target) }] } : undefined;
}

function configNumber(entry: ConfigEntry | undefined): number | undefined {
  if (entry?.value === undefined || !DECIMAL.test(entry.value)) return undefined;
  return Number(entry.value.split('_').join(''));
}

function checkSymfony(reporter: Reporter, config: ConfigModel, path: string): void {
  // Symfony's test environment (`when@test:`, `config/packages/test/`) lowers costs to speed up tests.
  if (path.includes('config/packages/test/')) return;
  const hashers = new Map<string, { scalar?: ConfigEntry; settings: Map<string, ConfigEntry> }>();
  for (const entry of config.entries()) {
    const at = entry.path.findIndex((segment, position) => (segment === 'password_hashers' || segment === 'encoders') && entry.path[position - 1] === 'security');
    if (at < 0 || (entry.path[0] ?? '').startsWith('when@test')) continue;
    const owner = entry.path.slice(0, at + 2).join('\u0000');
    const hasher = hashers.get(owner) ?? { settings: new Map<string, ConfigEntry>() };
    if (entry.path.length === at + 2 && entry.value !== undefined) hasher.scalar = entry;
    if (entry.path.length === at + 3) hasher.settings.set(entry.key, entry);
    hashers.set(owner, hasher);
  }
  for (const hasher of hashers.values()) symfonyHasher(reporter, hasher.scalar ?? hasher.settings.get('algorithm'), hasher.settings);
}

function symfonyHasher(reporter: Reporter, algorithmEntry: ConfigEntry | undefined, settings: ReadonlyMap<string, ConfigEntry>): void {
  const algorithm = algorithmEntry?.value?.toLowerCase();
  const algorithmRange = algorithmEntry?.valueRange;
  if (algorithm === 'plaintext' && algorithmRange) return reporter.plaintext(algorithmRange, "Symfony's plaintext hasher");
  if (algorithm !== undefined && SYMFONY_DIGESTS.has(algorithm) && algorithmRange) {
    return reporter.scheme(algorithmRange, `Symfony's message-digest hasher ('${algorithm}')`);
  }
  if (algorithm === 'argon2i' && algorithmRange) {
    reporter.variant(algorithmRange, 'Argon2i', { start: algorithmRange.end, end: algorithmRange.end, newText: 'd' });
  }
  const numeric = (key: string, parameter: Parameter, label?: string): void => {
    const entry = settings.get(key);
    const actual = configNumber(entry);
    if (entry?.valueRange === undefined || actual === undefined) return;
    reporter.workFactor({ parameter, actual, label, range: entry.valueRange, fix: (target) => configValueEdit(entry, target) });
  };
  if (algorithm === undefined || SYMFONY_BCRYPT.has(algorithm)) numeric('cost', 'bcrypt');
  if (algorithm === undefined || SYMFONY_ARGON2.has(algorithm)) {
    const label = algorithm === 'argon2i' ? 'Argon2i' : 'Argon2';
    numeric('memory_cost', 'argon2Memory', label);
    numeric('time_cost', 'argon2Iterations', label);
  }
  if (algorithm === 'pbkdf2' && algorithmRange) {
    const digest = pbkdf2DigestNamed(settings.get('hash_algorithm')?.value ?? 'sha512');
    if (digest === undefined) return;
    if (settings.has('iterations')) return numeric('iterations', digest.parameter, digest.label);
    reporter.workFactor({
      parameter: digest.parameter,
      actual: SYMFONY_PBKDF2_ITERATIONS,
      range: algorithmRange,
      subject: `Symfony's pbkdf2 hasher without iterations runs PBKDF2-HMAC-${digest.label} with ${shown(SYMFONY_PBKDF2_ITERATIONS)} iterations`,
    });
  }
}

/** Spring Security's `<password-encoder hash="...">` values that are fast or unsalted. */
const SPRING_XML_WEAK_HASHES: ReadonlySet<string> = new Set(['md4', 'md5', 'sha', 'sha-256', '{sha}', '{ssha}']);

function checkSpringXml(reporter: Reporter, config: ConfigModel): void {
  const entries = config.entries();
  const blocks = config.blocks();
  for (const entry of entries) {
    const range = entry.valueRange;
    if (entry.value === undefined || range === undefined) continue;
    if (entry.key === '@class') {
      const className = lastPart(entry.value);
      if (className === 'NoOpPasswordEncoder') reporter.plaintext(range, "Spring Security's NoOpPasswordEncoder");
      else if (SPRING_WEAK_ENCODERS.has(className)) reporter.scheme(range, `Spring Security's ${className}`);
      else if (className === 'BCryptPasswordEncoder' && entry.blockId !== undefined) {
        const bean = entry.blockId;
        const argumentBlocks = new Set(blocks.filter((block) => block.parentId === bean && block.labels[0] === 'constructor-arg').map((block) => block.id));
        const strength = entries.find((other) => other.key === '@value' && other.blockId !== undefined && argumentBlocks.has(other.blockId) && configNumber(other) !== undefined);
        const actual = configNumber(strength);
        if (strength?.valueRange !== undefined && actual !== undefined) {
          reporter.workFactor({ parameter: 'bcrypt', actual, range: strength.valueRange, fix: (target) => configValueEdit(strength, target) });
        }
      }
    } else if (entry.key === '@hash' && (entry.path[entry.path.length - 2] ?? '').endsWith('password-encoder')) {
      const hash = entry.value.toLowerCase();
      if (hash === 'plaintext') reporter.plaintext(range, "Spring Security's plaintext password encoder");
      else if (SPRING_XML_WEAK_HASHES.has(hash)) reporter.scheme(range, `Spring Security's '${entry.value}' password encoder`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

type LanguageCheck = (reporter: Reporter, index: CodeIndex, path: string) => void;

const LANGUAGE_CHECKS: Readonly<Partial<Record<CodeModel['language'], LanguageCheck>>> = {
  javascript: checkJavaScript,
  typescript: checkJavaScript,
  tsx: checkJavaScript,
  python: checkPython,
  java: checkJava,
  csharp: checkCSharp,
  go: checkGo,
  php: checkPhp,
  ruby: checkRuby,
};

function check(context: RuleContext): void {
  const reporter = new Reporter(context);
  const { code, config, document } = context;
  if (code !== undefined) {
    const languageCheck = LANGUAGE_CHECKS[code.language];
    if (languageCheck === undefined) return;
    const index = new CodeIndex(code);
    languageCheck(reporter, index, document.path);
    checkFastDigests(reporter, index);
  } else if (config?.format === 'yaml') {
    checkSymfony(reporter, config, document.path);
  } else if (config?.format === 'xml') {
    checkSpringXml(reporter, config);
  }
}

export const weakPasswordHash: Rule = {
  meta: {
    id: 'crypto/weak-password-hash',
    title: 'Password hashed with a fast hash, a fixed salt or too low a work factor',
    area: 'crypto',
    severity: 'high',
    confidence: 'high',
    cwe: [916, 759],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: ['passwords#password-storage', 'cryptography#hashing', 'password-storage-and-management-guide#password-storage'],
    basis: 'explicit',
    why:
      'A fast hash, a shared salt or a low work factor lets anyone who obtains the stored hashes guess passwords at scale. ' +
      'MoJ guidance requires stored passwords to be salted hashes whose strength matches the data (Passwords: Password storage) and links the OWASP Password Storage Cheat Sheet.',
    howToFix:
      "Hash passwords with Argon2id, scrypt, bcrypt or PBKDF2 at or above the OWASP Password Storage Cheat Sheet's work factors, with a random salt per password; " +
      'never store them as plain text or as a plain digest.',
    fixSafety: 'suggestion',
    thresholds: (Object.keys(PARAMETERS) as Parameter[]).map((parameter) => ({
      name: PARAMETERS[parameter].threshold,
      description: PARAMETERS[parameter].description,
      default: PARAMETERS[parameter].defaultValue,
      source: SOURCE,
    })),
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'yaml', 'xml'],
    // Every finding needs a password-like name, a password hashing API, a KDF name or Symfony's `encoders`, all of which contain one of these.
    prefilter: ['pass', 'pw', 'crypt', 'pbkdf', 'argon', 'rfc2898', 'stretches', 'encoders'],
    examples: {
      javascript: "const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });",
      typescript: "const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });",
      tsx: 'const hash = await bcrypt.hash(password, 12);',
      python: 'hasher = argon2.PasswordHasher()  # Argon2id, 64 MiB, 3 iterations\nstored = hasher.hash(password)',
      java: 'PasswordEncoder encoder = new BCryptPasswordEncoder(12);',
      csharp: 'byte[] hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);',
      go: 'hash, err := bcrypt.GenerateFromPassword([]byte(password), 12)',
      php: "$hash = password_hash($password, PASSWORD_ARGON2ID, ['memory_cost' => 19456, 'time_cost' => 2]);",
      ruby: 'digest = BCrypt::Password.create(password, cost: 12)',
      yaml: 'security:\n  password_hashers:\n    App\\Entity\\User:\n      algorithm: auto',
      xml: '<bean id="passwordEncoder" class="org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder"><constructor-arg value="12"/></bean>',
    },
  },
  check,
};
