/**
 * crypto/weak-key-size: asymmetric keys, Diffie-Hellman parameters and curves shorter than the
 * CONTRACTS §7 minimums (RSA, DSA and DH under 2048 bits, curves under 224 bits), and symmetric
 * keys generated shorter than 128 bits. Each language's detector finds the key-generation APIs,
 * works out the size from the (constant) argument, option or curve name, and hands back a
 * `KeyUse`; the rule compares it with the user's thresholds and builds the message and fix.
 *
 * A size that cannot be worked out statically (a parameter, an environment variable, a key in a
 * configuration file the project does not hold) is not reported. A size that comes from a
 * constant is reported on the argument but not fixed, since the constant may be shared.
 */
import { namedArgument, nameParts, positionalArgument, safeRegex } from '../../engine/contract';
import type {
  Assignment,
  CallSite,
  CodeLanguage,
  CodeModel,
  Confidence,
  ConfigModel,
  KeyValue,
  Range,
  Rule,
  RuleContext,
  SyntaxNode,
  TextEdit,
} from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Kinds of key, thresholds and recommended sizes

type KeyKind = 'RSA' | 'DSA' | 'DH' | 'EC' | 'symmetric';

/** The threshold each kind is measured against (CONTRACTS §7 "Keys"). */
const THRESHOLD_NAMES: Readonly<Record<KeyKind, string>> = {
  RSA: 'minRsaBits',
  DSA: 'minDsaBits',
  DH: 'minDhBits',
  EC: 'minCurveBits',
  symmetric: 'minSymmetricBits',
};

const DEFAULTS: Readonly<Record<KeyKind, number>> = { RSA: 2048, DSA: 2048, DH: 2048, EC: 224, symmetric: 128 };

/**
 * Sizes a fix may write, smallest first: sizes the libraries accept and practice uses. A fix
 * moves to the smallest that meets both the user's threshold and the default, so a lowered
 * threshold never makes a fix suggest a weaker key than the published minimum.
 */
const STANDARD_SIZES: Readonly<Record<KeyKind, readonly number[]>> = {
  RSA: [2048, 3072, 4096, 7680, 8192, 15360],
  DSA: [2048, 3072],
  DH: [2048, 3072, 4096, 6144, 8192],
  EC: [256, 384, 521],
  symmetric: [128, 192, 256],
};

function recommendedSize(kind: KeyKind, limit: number): number | undefined {
  const floor = Math.max(limit, DEFAULTS[kind]);
  return STANDARD_SIZES[kind].find((size) => size >= floor);
}

/** One key whose size the rule could work out. */
interface KeyUse {
  readonly kind: KeyKind;
  readonly bits: number;
  readonly range: Range;
  /** The curve, group or algorithm named in the message, when the size comes from a name. */
  readonly label?: string;
  /** The edits that make the key `target` bits (or a curve of that size); undefined when there is no local edit. */
  readonly fix?: (target: number) => readonly TextEdit[] | undefined;
  readonly confidence?: Confidence;
}

const CONTROL =
  'MoJ guidance expects adequate, proportionate cryptography that is kept up to date (Cryptography: The base principles; Maintained by Default)';

function subjectOf(use: KeyUse): string {
  switch (use.kind) {
    case 'RSA':
      return `This RSA key is ${use.bits} bits`;
    case 'DSA':
      return `This DSA key is ${use.bits} bits`;
    case 'DH':
      return use.label === undefined
        ? `These Diffie-Hellman parameters are ${use.bits} bits`
        : `The Diffie-Hellman group ${use.label} is ${use.bits} bits`;
    case 'EC':
      return use.label === undefined ? `This elliptic curve key is ${use.bits} bits` : `The elliptic curve ${use.label} gives ${use.bits}-bit keys`;
    case 'symmetric':
      return `This ${use.label ?? 'symmetric'} key is ${use.bits} bits`;
  }
}

function adviceFor(kind: KeyKind, target: number | undefined): string {
  switch (kind) {
    case 'RSA':
      return `Use RSA keys of at least ${target ?? 2048} bits.`;
    case 'DSA':
      return `Use DSA keys of at least ${target ?? 2048} bits, or better, Ed25519 or ECDSA on P-256.`;
    case 'DH':
      return `Use Diffie-Hellman parameters of at least ${target ?? 2048} bits, or ECDH on P-256 or X25519.`;
    case 'EC':
      return `Use P-${target ?? 256} or stronger, or X25519/Ed25519.`;
    case 'symmetric':
      return `Use keys of at least ${target ?? 128} bits.`;
  }
}

/**
 * The published judgement is quoted only for sizes under the published minimum; a size that
 * misses only a minimum the project raised is reported against that threshold by name.
 */
function messageFor(use: KeyUse, limit: number, target: number | undefined): string {
  if (use.bits < DEFAULTS[use.kind]) {
    return `${subjectOf(use)}, under the ${limit}-bit minimum. ${CONTROL}; NCSC and NIST SP 800-57 consider keys this short too weak. ${adviceFor(use.kind, target)}`;
  }
  return `${subjectOf(use)}, under the ${limit}-bit minimum this project sets (${THRESHOLD_NAMES[use.kind]}). ${CONTROL}. ${adviceFor(use.kind, target)}`;
}

function fixTitle(kind: KeyKind, target: number): string {
  if (kind === 'EC') return `Use a ${target}-bit curve`;
  if (kind === 'DH') return `Use ${target}-bit Diffie-Hellman parameters`;
  return `Use a ${target}-bit key`;
}

// ---------------------------------------------------------------------------------------------
// Curves

/** Curve names whose size is not the first number in the name. */
const NAMED_CURVE_BITS: ReadonlyMap<string, number> = new Map([
  ['x25519', 256], ['ed25519', 256], ['curve25519', 256], ['x448', 448], ['ed448', 448], ['curve448', 448], ['sm2', 256],
]);

/**
 * The families of standard curve names with the field size as their first number, compacted
 * (lower case, punctuation removed): `secp192r1`, `sect163k1`, `prime192v1`, `P-192` (`p192`),
 * `NIST P-192`, `X9.62 prime192v1`, `brainpoolP160r1`, `c2pnb163v1`, `nistP256` (.NET), `B-163`.
 */
const CURVE_NAME = safeRegex('^(?:x962)?(?:secp|sect|prime|nistp|nistb|nistk|ansip|ansit|brainpoolp|c2pnb|c2tnb|c2onb|p|b|k)([0-9]{3})(?:[a-z][0-9])?$');
const NON_ALPHANUMERIC = safeRegex('[^a-z0-9]', 'g');

/** SEC 2, X9.62 and RFC 5639 object identifiers of curves, for APIs that take a curve by OID. */
const CURVE_OIDS: ReadonlyMap<string, number> = new Map([
  ['1.2.840.10045.3.1.1', 192], ['1.3.132.0.6', 112], ['1.3.132.0.7', 112], ['1.3.132.0.28', 128], ['1.3.132.0.29', 128],
  ['1.3.132.0.8', 160], ['1.3.132.0.9', 160], ['1.3.132.0.30', 160], ['1.3.132.0.31', 192], ['1.3.132.0.32', 224],
  ['1.3.132.0.33', 224], ['1.3.132.0.1', 163], ['1.3.132.0.2', 163], ['1.3.132.0.15', 163], ['1.3.36.3.3.2.8.1.1.1', 160],
  ['1.3.36.3.3.2.8.1.1.2', 160], ['1.3.36.3.3.2.8.1.1.3', 192], ['1.3.36.3.3.2.8.1.1.4', 192], ['1.2.840.10045.3.1.7', 256],
  ['1.3.132.0.34', 384], ['1.3.132.0.35', 521],
]);
/** The NIST prime curves' OIDs, which a fix writes in place of a weak curve's OID. */
const NIST_CURVE_OIDS: ReadonlyMap<number, string> = new Map([[256, '1.2.840.10045.3.1.7'], [384, '1.3.132.0.34'], [521, '1.3.132.0.35']]);

function curveBits(name: string): number | undefined {
  const oid = CURVE_OIDS.get(name.trim());
  if (oid !== undefined) return oid;
  const compact = name.toLowerCase().replace(NON_ALPHANUMERIC, '');
  const named = NAMED_CURVE_BITS.get(compact);
  if (named !== undefined) return named;
  const match = CURVE_NAME.exec(compact);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * How an API spells its curve names, which decides what a fix writes: OpenSSL knows P-256 as
 * `prime256v1` (it has no `secp256r1`), Java and PyCryptodome as `secp256r1`, .NET as `nistP256`.
 */
type CurveDialect = 'openssl' | 'java' | 'pycryptodome' | 'dotnet' | 'elliptic' | 'python-class' | 'go';

const P_STYLE = safeRegex('^P-[0-9]');
const LOWER_P_STYLE = safeRegex('^p[0-9]');
const NIST_P_STYLE = safeRegex('^NIST P-', 'i');
const X962_STYLE = safeRegex('^X9\\.62 prime', 'i');
const PRIME_STYLE = safeRegex('^prime[0-9]', 'i');
const SECP_STYLE = safeRegex('^secp[0-9]', 'i');

/** The name of the `size`-bit NIST prime curve in the spelling of `original`, or the dialect's own. */
function curveName(original: string, size: number, dialect: CurveDialect): string {
  const oid = CURVE_OIDS.has(original.trim()) ? NIST_CURVE_OIDS.get(size) : undefined;
  if (oid !== undefined) return oid;
  const upper = original === original.toUpperCase();
  switch (dialect) {
    case 'python-class':
      return `SECP${size}R1`;
    case 'dotnet':
      return `nistP${size}`;
    case 'elliptic':
      return `p${size}`;
    case 'go':
      return `P${size}`;
    default:
      break;
  }
  if (NIST_P_STYLE.test(original)) return `NIST P-${size}`;
  if (P_STYLE.test(original)) return `P-${size}`;
  if (LOWER_P_STYLE.test(original) && dialect === 'pycryptodome') return `p${size}`;
  if (X962_STYLE.test(original) && size === 256) return 'X9.62 prime256v1';
  const opensslName = size === 256 ? 'prime256v1' : `secp${size}r1`;
  if (dialect === 'openssl') return upper ? opensslName.toUpperCase() : opensslName;
  if (PRIME_STYLE.test(original) && dialect === 'pycryptodome' && size === 256) return 'prime256v1';
  if (SECP_STYLE.test(original)) return upper ? `SECP${size}R1` : `secp${size}r1`;
  return dialect === 'pycryptodome' ? `P-${size}` : `secp${size}r1`;
}

// ---------------------------------------------------------------------------------------------
// Diffie-Hellman groups

/** RFC 2409 and RFC 3526 MODP groups by the names Node's `getDiffieHellman` accepts. */
const MODP_GROUPS: ReadonlyMap<string, number> = new Map([
  ['modp1', 768], ['modp2', 1024], ['modp5', 1536], ['modp14', 2048], ['modp15', 3072], ['modp16', 4096], ['modp17', 6144], ['modp18', 8192],
]);

function modpGroupFor(size: number): string | undefined {
  for (const [name, bits] of MODP_GROUPS) if (bits >= size) return name;
  return undefined;
}

/** SSH key-exchange names phpseclib's `DH::createParameters` accepts, and the MODP group each uses. */
const SSH_DH_GROUPS: ReadonlyMap<string, number> = new Map([
  ['diffie-hellman-group1-sha1', 1024], ['diffie-hellman-group14-sha1', 2048], ['diffie-hellman-group14-sha256', 2048],
  ['diffie-hellman-group15-sha512', 3072], ['diffie-hellman-group16-sha512', 4096], ['diffie-hellman-group17-sha512', 6144],
  ['diffie-hellman-group18-sha512', 8192],
]);

// ---------------------------------------------------------------------------------------------
// Shared helpers

const DECIMAL = safeRegex('^[0-9][0-9_]*$');
const DIGITS = safeRegex('^[0-9]+$');

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function endsWith(parts: readonly string[], ...suffix: readonly string[]): boolean {
  if (parts.length < suffix.length) return false;
  const offset = parts.length - suffix.length;
  return suffix.every((segment, index) => parts[offset + index]?.toLowerCase() === segment.toLowerCase());
}

function stringValue(code: CodeModel, node: SyntaxNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

/** Functions that turn a numeric string into a number, so `Integer.parseInt(props.getProperty(...))` still resolves. */
const NUMBER_PARSERS: ReadonlySet<string> = new Set([
  'parseint', 'valueof', 'number', 'int', 'intval', 'atoi', 'to_i', 'integer', 'parse', 'toint32',
]);

/** The bit count an expression holds: a number, a numeric string, or a number parsed from either. */
function bitsOf(code: CodeModel, node: SyntaxNode | undefined): number | undefined {
  if (node === undefined) return undefined;
  const value = code.valueOf(node);
  if (value.kind === 'number' && Number.isInteger(value.value) && value.value > 0) return value.value;
  if (value.kind === 'string' && DIGITS.test(value.value.trim())) return Number(value.value.trim());
  const call = code.wholeFile().callAt(node);
  if (call !== undefined && NUMBER_PARSERS.has(call.name.toLowerCase())) {
    // `Integer.parseInt(s)`, `int(s)`, `s.to_i`: the number in the argument or the receiver.
    return bitsOf(code, call.args[0]?.node ?? call.receiver);
  }
  return undefined;
}

/**
 * The fix for a size written as a number where it is used: the digits become the target size,
 * keeping quotes (`'1024'`) and any surrounding text (`rsa:1024`). A size from a constant or an
 * expression gets no fix.
 */
function digitsFix(node: SyntaxNode, bits: number): ((target: number) => TextEdit[]) | undefined {
  const text = node.text;
  if (DECIMAL.test(text)) return (target) => [{ start: node.startIndex, end: node.endIndex, newText: String(target) }];
  const quoted = text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0];
  if (quoted && text.slice(1, -1) === String(bits)) {
    return (target) => [{ start: node.startIndex + 1, end: node.endIndex - 1, newText: String(target) }];
  }
  return undefined;
}

/** A key size given by a number argument: the argument is flagged, and fixed when the number is written in place. */
function sizeUse(code: CodeModel, kind: KeyKind, node: SyntaxNode | undefined, label?: string): KeyUse | undefined {
  const bits = bitsOf(code, node);
  if (node === undefined || bits === undefined) return undefined;
  return { kind, bits, range: rangeOf(node), label, fix: digitsFix(node, bits) };
}

/** Lookups built once per file, so a file with many key generations stays linear. */
interface FileIndex {
  readonly literalValues: ReadonlyMap<number, Range>;
  readonly assignmentsByTarget: ReadonlyMap<string, readonly Assignment[]>;
}

const FILE_INDEXES = new WeakMap<CodeModel, FileIndex>();

function fileIndex(code: CodeModel): FileIndex {
  // Fields are assigned in other methods: the index covers the whole file.
  code = code.wholeFile();
  let index = FILE_INDEXES.get(code);
  if (index === undefined) {
    const assignmentsByTarget = new Map<string, Assignment[]>();
    for (const assignment of code.assignments()) {
      const target = assignment.target.startsWith('this.') ? assignment.target.slice('this.'.length) : assignment.target;
      const list = assignmentsByTarget.get(target) ?? [];
      list.push(assignment);
      assignmentsByTarget.set(target, list);
    }
    index = { literalValues: new Map(code.strings().map((literal) => [literal.node.id, literal.valueRange])), assignmentsByTarget };
    FILE_INDEXES.set(code, index);
  }
  return index;
}

/** The range inside the quotes when a node is a string literal written in place (so a fix can edit inside it). */
function stringLiteralAt(code: CodeModel, node: SyntaxNode): Range | undefined {
  return fileIndex(code).literalValues.get(node.id);
}

/** A curve given by name in a string argument: flagged on the argument, renamed inside the literal. */
function curveUse(code: CodeModel, node: SyntaxNode | undefined, dialect: CurveDialect): KeyUse | undefined {
  const name = stringValue(code, node);
  if (node === undefined || name === undefined) return undefined;
  const bits = curveBits(name);
  if (bits === undefined) return undefined;
  const inside = stringLiteralAt(code, node);
  return {
    kind: 'EC',
    bits,
    range: rangeOf(node),
    label: name,
    fix: inside === undefined ? undefined : (target) => [{ ...inside, newText: curveName(name, target, dialect) }],
  };
}

/** The callee as written with its receiver (Java, PHP and Ruby give only the method name as the callee node). */
function calleeRange(call: CallSite): Range {
  const { calleeNode, receiver } = call;
  const start = receiver !== undefined && receiver.startIndex < calleeNode.startIndex ? receiver.startIndex : calleeNode.startIndex;
  return { start, end: calleeNode.endIndex };
}

/** The edit renaming the last occurrence of `segment` in the callee as written, or undefined when it is not a whole segment. */
function renameInCallee(call: CallSite, segment: string, newText: string): TextEdit | undefined {
  const range = calleeRange(call);
  const text = call.node.tree.rootNode.text.slice(range.start, range.end);
  const at = text.lastIndexOf(segment);
  if (at < 0 || at + segment.length !== text.length) return undefined;
  return { start: range.start + at, end: range.end, newText };
}

/**
 * Everything a detector may ask about the file. Calls are looked up in the whole file's model
 * (`code.wholeFile().callAt`): a generator made in a constructor, `Integer.parseInt(...)`.
 */
interface DetectorContext {
  readonly code: CodeModel;
  /**
   * Whether the file's text has a literal (`promisify`, `elliptic`), asked before looking a
   * callee's assignment up, which reads the whole file.
   */
  readonly mentions: (literal: string) => boolean;
}

type Detector = (call: CallSite, context: DetectorContext) => readonly KeyUse[];

function pairNamed(context: DetectorContext, container: SyntaxNode | undefined, key: string): KeyValue | undefined {
  if (container === undefined) return undefined;
  return context.code.keyValuesIn(container).find((pair) => pair.key === key);
}

/**
 * The value an identifier was last given, as a node: the assignment before `use` in the same
 * function, else the single one outside any function. For options objects and generators held
 * in a variable.
 */
function assignedValue(code: CodeModel, use: SyntaxNode, target: string): SyntaxNode | undefined {
  const candidates = fileIndex(code).assignmentsByTarget.get(target) ?? [];
  const scope = code.enclosingFunction(use);
  let best: SyntaxNode | undefined;
  let bestStart = -1;
  for (const candidate of candidates) {
    const candidateScope = code.enclosingFunction(candidate.node);
    if (scope !== undefined && candidateScope?.id === scope.id && candidate.node.startIndex < use.startIndex && candidate.node.startIndex > bestStart) {
      best = candidate.value;
      bestStart = candidate.node.startIndex;
    }
  }
  if (best !== undefined) return best;
  const others = candidates.filter((candidate) => scope === undefined || code.enclosingFunction(candidate.node)?.id !== scope.id);
  return others.length === 1 ? others[0]?.value : undefined;
}

/** An options argument written in place or held in a variable. */
function objectArgument(context: DetectorContext, node: SyntaxNode | undefined): SyntaxNode | undefined {
  if (node === undefined) return undefined;
  if (context.code.keyValuesIn(node).length > 0) return node;
  if (node.type !== 'identifier' && node.type !== 'variable_name') return undefined;
  const value = assignedValue(context.code, node, node.text);
  return value !== undefined && context.code.keyValuesIn(value).length > 0 ? value : undefined;
}

function defined(...uses: readonly (KeyUse | undefined)[]): KeyUse[] {
  return uses.filter((use): use is KeyUse => use !== undefined);
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript

const NODE_KEY_PAIR_CALLS: ReadonlySet<string> = new Set(['crypto.generateKeyPair', 'crypto.generateKeyPairSync']);
const NODE_SECRET_KEY_CALLS: ReadonlySet<string> = new Set(['crypto.generateKey', 'crypto.generateKeySync']);
const NODE_DH_GROUP_CALLS: ReadonlySet<string> = new Set(['crypto.getDiffieHellman', 'crypto.createDiffieHellmanGroup']);

const detectJavaScript: Detector = (call, context) => {
  const { code } = context;
  if (NODE_KEY_PAIR_CALLS.has(call.qualified) || isPromisified(call, context, NODE_KEY_PAIR_CALLS)) return nodeKeyPair(call, context);
  if (NODE_SECRET_KEY_CALLS.has(call.qualified) || isPromisified(call, context, NODE_SECRET_KEY_CALLS)) {
    const type = stringValue(code, positionalArgument(call, 0));
    const options = objectArgument(context, positionalArgument(call, 1));
    return type?.toLowerCase() === 'hmac' ? defined(sizeUse(code, 'symmetric', pairNamed(context, options, 'length')?.value, 'HMAC')) : [];
  }
  if (call.qualified === 'crypto.createDiffieHellman') {
    // A number is the prime length; a string or buffer is the prime itself.
    const prime = positionalArgument(call, 0);
    return code.valueOf(prime ?? call.node).kind === 'number' ? defined(sizeUse(code, 'DH', prime)) : [];
  }
  if (NODE_DH_GROUP_CALLS.has(call.qualified)) return defined(modpUse(code, positionalArgument(call, 0)));
  if (call.qualified === 'crypto.createECDH') return defined(curveUse(code, positionalArgument(call, 0), 'openssl'));
  const parts = nameParts(call.qualified);
  if (endsWith(parts, 'subtle', 'generateKey')) return webCryptoKey(call, context);
  if ((parts[0] === 'node-forge' || parts[0] === 'forge') && endsWith(parts, 'rsa', 'generateKeyPair')) {
    const first = positionalArgument(call, 0);
    const options = objectArgument(context, first);
    return defined(sizeUse(code, 'RSA', options === undefined ? first : pairNamed(context, options, 'bits')?.value));
  }
  if (call.isConstructor && call.qualified === 'node-rsa') {
    return defined(sizeUse(code, 'RSA', pairNamed(context, objectArgument(context, positionalArgument(call, 0)), 'b')?.value));
  }
  if (call.isConstructor && isEllipticConstructor(call, context)) return defined(curveUse(code, positionalArgument(call, 0), 'elliptic'));
  if (endsWith(parts, 'KEYUTIL', 'generateKeypair')) {
    const type = stringValue(code, positionalArgument(call, 0))?.toUpperCase();
    if (type === 'RSA') return defined(sizeUse(code, 'RSA', positionalArgument(call, 1)));
    if (type === 'EC') return defined(curveUse(code, positionalArgument(call, 1), 'java'));
  }
  return [];
};

/** `const generate = util.promisify(crypto.generateKeyPair); await generate('rsa', ...)`. */
function isPromisified(call: CallSite, context: DetectorContext, targets: ReadonlySet<string>): boolean {
  // The file test first: it is remembered for the file, while the callee's type is a read from the tree for every call.
  if (!context.mentions('promisify') || call.calleeNode.type !== 'identifier') return false;
  const value = assignedValue(context.code, call.node, call.calleeNode.text);
  const wrapper = value === undefined ? undefined : context.code.wholeFile().callAt(value);
  if (wrapper === undefined || wrapper.name !== 'promisify') return false;
  const wrapped = wrapper.args[0]?.node;
  return wrapped !== undefined && targets.has(context.code.qualifiedName(wrapped) ?? '');
}

function nodeKeyPair(call: CallSite, context: DetectorContext): KeyUse[] {
  const { code } = context;
  const type = stringValue(code, positionalArgument(call, 0))?.toLowerCase();
  const options = objectArgument(context, positionalArgument(call, 1));
  const option = (key: string): SyntaxNode | undefined => pairNamed(context, options, key)?.value;
  switch (type) {
    case 'rsa':
    case 'rsa-pss':
      return defined(sizeUse(code, 'RSA', option('modulusLength')));
    case 'dsa':
      return defined(sizeUse(code, 'DSA', option('modulusLength')));
    case 'ec':
      return defined(curveUse(code, option('namedCurve'), 'openssl'));
    case 'dh':
      return defined(sizeUse(code, 'DH', option('primeLength')), modpUse(code, option('group')));
    default:
      return [];
  }
}

/** A named MODP group (`'modp2'`), renamed to the smallest group that is large enough. */
function modpUse(code: CodeModel, node: SyntaxNode | undefined): KeyUse | undefined {
  const name = stringValue(code, node);
  const bits = name === undefined ? undefined : MODP_GROUPS.get(name.toLowerCase());
  if (node === undefined || name === undefined || bits === undefined) return undefined;
  const inside = stringLiteralAt(code, node);
  return {
    kind: 'DH',
    bits,
    range: rangeOf(node),
    label: name,
    fix: (target) => {
      const group = modpGroupFor(target);
      return inside === undefined || group === undefined ? undefined : [{ ...inside, newText: group }];
    },
  };
}

/** `subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, ... })` and HMAC keys with a `length`. */
function webCryptoKey(call: CallSite, context: DetectorContext): KeyUse[] {
  const { code } = context;
  const algorithm = objectArgument(context, positionalArgument(call, 0));
  const name = stringValue(code, pairNamed(context, algorithm, 'name')?.value)?.toUpperCase() ?? '';
  if (name.startsWith('RSA')) return defined(sizeUse(code, 'RSA', pairNamed(context, algorithm, 'modulusLength')?.value));
  if (name === 'HMAC') return defined(sizeUse(code, 'symmetric', pairNamed(context, algorithm, 'length')?.value, 'HMAC'));
  if (name === 'ECDSA' || name === 'ECDH') return defined(curveUse(code, pairNamed(context, algorithm, 'namedCurve')?.value, 'openssl'));
  return [];
}

/** `const EC = require('elliptic').ec; new EC('p192')`, or `import { ec } from 'elliptic'`. */
function isEllipticConstructor(call: CallSite, context: DetectorContext): boolean {
  if (call.qualified === 'elliptic.ec') return true;
  if (call.calleeNode.type !== 'identifier' || !context.mentions('elliptic')) return false;
  const value = assignedValue(context.code, call.node, call.calleeNode.text);
  if (value?.type !== 'member_expression' || value.childForFieldName('property')?.text !== 'ec') return false;
  const object = value.childForFieldName('object');
  const required = object === null ? undefined : context.code.wholeFile().callAt(object);
  return required?.name === 'require' && stringValue(context.code, required.args[0]?.node) === 'elliptic';
}

// ---------------------------------------------------------------------------------------------
// Python

const PYTHON_CRYPTOGRAPHY = ['cryptography', 'hazmat', 'primitives', 'asymmetric'];

const detectPython: Detector = (call, context) => {
  const { code } = context;
  const parts = nameParts(call.qualified);
  const module = parts.slice(0, -1).join('.');
  const function_ = parts[parts.length - 1] ?? '';
  const size = (kind: KeyKind, keyword: string, index: number): KeyUse[] =>
    defined(sizeUse(code, kind, namedArgument(call, keyword) ?? positionalArgument(call, index)));
  if (module === [...PYTHON_CRYPTOGRAPHY, 'rsa'].join('.') && function_ === 'generate_private_key') return size('RSA', 'key_size', 1);
  if (module === [...PYTHON_CRYPTOGRAPHY, 'dsa'].join('.') && (function_ === 'generate_private_key' || function_ === 'generate_parameters')) {
    return size('DSA', 'key_size', 0);
  }
  if (module === [...PYTHON_CRYPTOGRAPHY, 'dh'].join('.') && function_ === 'generate_parameters') return size('DH', 'key_size', 1);
  if (module === [...PYTHON_CRYPTOGRAPHY, 'ec'].join('.')) return defined(pythonCurveClass(call, function_));
  if ((parts[0] === 'Crypto' || parts[0] === 'Cryptodome') && parts[1] === 'PublicKey' && parts.length === 4) {
    const keyType = parts[2];
    if (function_ !== 'generate') return [];
    if (keyType === 'RSA') return size('RSA', 'bits', 0);
    if (keyType === 'DSA') return size('DSA', 'bits', 0);
    if (keyType === 'ElGamal') return size('DH', 'bits', 0);
    if (keyType === 'ECC') return defined(curveUse(code, namedArgument(call, 'curve'), 'pycryptodome'));
    return [];
  }
  if (parts[0] === 'paramiko' && function_ === 'generate') return paramikoKey(call, context, parts[parts.length - 2] ?? '');
  if (parts[0] === 'M2Crypto' && parts.length === 3) {
    if (parts[1] === 'RSA' && function_ === 'gen_key') return size('RSA', 'bits', 0);
    if (parts[1] === 'DSA' && function_ === 'gen_params') return size('DSA', 'bits', 0);
    if (parts[1] === 'DH' && function_ === 'gen_params') return size('DH', 'plen', 0);
    return [];
  }
  if (call.qualified === 'rsa.newkeys') return size('RSA', 'nbits', 0);
  if (function_ === 'generate_key' && call.receiver !== undefined) {
    // pyOpenSSL: `key.generate_key(crypto.TYPE_RSA, 1024)`.
    const type = nameParts(code.qualifiedName(positionalArgument(call, 0) ?? call.node) ?? '').at(-1);
    if (type === 'TYPE_RSA') return defined(sizeUse(code, 'RSA', positionalArgument(call, 1)));
    if (type === 'TYPE_DSA') return defined(sizeUse(code, 'DSA', positionalArgument(call, 1)));
    return [];
  }
  if (function_ === 'set_ecdh_curve' && call.receiver !== undefined) return defined(curveUse(code, positionalArgument(call, 0), 'openssl'));
  return [];
};

/** `ec.SECP192R1()`: the curve class, renamed to `SECP256R1` when the call names its module. */
function pythonCurveClass(call: CallSite, className: string): KeyUse | undefined {
  const bits = curveBits(className);
  if (bits === undefined || !className.startsWith('SEC')) return undefined;
  return {
    kind: 'EC',
    bits,
    range: calleeRange(call),
    label: className,
    fix: (target) => {
      // A class imported by name would need its import changed as well.
      const edit = call.receiver === undefined ? undefined : renameInCallee(call, className, curveName(className, target, 'python-class'));
      return edit === undefined ? undefined : [edit];
    },
  };
}

/** `paramiko.RSAKey.generate(bits=1024)`; `DSSKey.generate()` makes 1024-bit keys by default and accepts no larger size for SSH. */
function paramikoKey(call: CallSite, context: DetectorContext, className: string): KeyUse[] {
  const { code } = context;
  const bitsNode = namedArgument(call, 'bits') ?? positionalArgument(call, 0);
  if (className === 'RSAKey') return defined(sizeUse(code, 'RSA', bitsNode));
  if (className !== 'DSSKey') return [];
  if (bitsNode !== undefined) return defined(sizeUse(code, 'DSA', bitsNode));
  return [{ kind: 'DSA', bits: 1024, range: calleeRange(call) }];
}

// ---------------------------------------------------------------------------------------------
// Java

type JavaGenerator = 'keyPair' | 'secretKey' | 'parameters';

const JAVA_GENERATORS: ReadonlyMap<string, JavaGenerator> = new Map([
  ['KeyPairGenerator', 'keyPair'], ['KeyGenerator', 'secretKey'], ['AlgorithmParameterGenerator', 'parameters'],
]);

/**
 * Secret-key algorithms whose size this rule does not judge: DES, 3DES, Blowfish and RC4 are
 * weak whatever their key length, and crypto/weak-cipher reports the algorithm itself.
 */
const JAVA_LEGACY_CIPHERS: ReadonlySet<string> = new Set(['DES', 'DESEDE', 'TRIPLEDES', 'BLOWFISH', 'RC2', 'RC4', 'ARCFOUR']);

function javaKeyKind(generator: JavaGenerator, algorithm: string): KeyKind | undefined {
  const upper = algorithm.toUpperCase();
  if (generator === 'secretKey') return JAVA_LEGACY_CIPHERS.has(upper) ? undefined : 'symmetric';
  if (upper === 'RSA' || upper === 'RSASSA-PSS') return 'RSA';
  if (upper === 'DSA') return 'DSA';
  if (upper === 'DH' || upper === 'DIFFIEHELLMAN') return 'DH';
  if (upper === 'EC' && generator === 'keyPair') return 'EC';
  return undefined;
}

/** Parameter spec constructors and the argument holding the size. */
const JAVA_SPECS: ReadonlyMap<string, { kind: KeyKind; index: number }> = new Map([
  ['RSAKeyGenParameterSpec', { kind: 'RSA', index: 0 }],
  ['DSAGenParameterSpec', { kind: 'DSA', index: 0 }],
  ['DHGenParameterSpec', { kind: 'DH', index: 0 }],
  // Bouncy Castle's lightweight API: (publicExponent, random, strength, certainty).
  ['RSAKeyGenerationParameters', { kind: 'RSA', index: 2 }],
]);

const detectJava: Detector = (call, context) => {
  const { code } = context;
  if (call.isConstructor) {
    const spec = JAVA_SPECS.get(call.name);
    if (spec !== undefined) return defined(sizeUse(code, spec.kind, positionalArgument(call, spec.index)));
    if (call.name === 'ECGenParameterSpec') return defined(curveUse(code, positionalArgument(call, 0), 'java'));
    return [];
  }
  if (call.name !== 'initialize' && call.name !== 'init') return [];
  const generator = javaGeneratorOf(call, context);
  if (generator === undefined) return [];
  if (call.name === 'initialize' ? generator.type !== 'keyPair' : generator.type === 'keyPair') return [];
  const kind = javaKeyKind(generator.type, generator.algorithm);
  if (kind === undefined) return [];
  const use = sizeUse(code, kind, positionalArgument(call, 0), kind === 'symmetric' ? generator.algorithm : undefined);
  return defined(use);
};

/**
 * The generator a call like `kpg.initialize(1024)` works on: the `getInstance` call it is made
 * on, or the one last assigned to its variable or field (`this.kpg`) within the function, or
 * the only one assigned to it anywhere in the file.
 */
function javaGeneratorOf(call: CallSite, context: DetectorContext): { type: JavaGenerator; algorithm: string } | undefined {
  const receiver = call.receiver;
  if (receiver === undefined) return undefined;
  let source = context.code.wholeFile().callAt(receiver);
  if (source === undefined) {
    const name = receiver.text.startsWith('this.') ? receiver.text.slice('this.'.length) : receiver.text;
    const value = assignedValue(context.code, call.node, name);
    source = value === undefined ? undefined : context.code.wholeFile().callAt(value);
  }
  if (source === undefined || source.name !== 'getInstance') return undefined;
  const owner = nameParts(source.qualified).slice(-2)[0] ?? '';
  const type = JAVA_GENERATORS.get(owner);
  const algorithm = stringValue(context.code, positionalArgument(source, 0));
  return type === undefined || algorithm === undefined ? undefined : { type, algorithm };
}

// ---------------------------------------------------------------------------------------------
// C#

/** Constructors and factories whose first argument is the key size. */
const DOTNET_SIZED: ReadonlyMap<string, KeyKind> = new Map([
  ['RSACryptoServiceProvider', 'RSA'], ['RSACng', 'RSA'], ['RSAOpenSsl', 'RSA'],
  ['DSACryptoServiceProvider', 'DSA'], ['DSACng', 'DSA'], ['DSAOpenSsl', 'DSA'],
]);

const detectCSharp: Detector = (call, context) => {
  const { code } = context;
  const parts = nameParts(call.qualified);
  const last = parts[parts.length - 1] ?? '';
  if (call.isConstructor) {
    const kind = DOTNET_SIZED.get(last);
    if (kind !== undefined) return defined(sizeUse(code, kind, positionalArgument(call, 0)));
    // Bouncy Castle: `new RsaKeyGenerationParameters(exponent, random, strength, certainty)`.
    if (last === 'RsaKeyGenerationParameters') return defined(sizeUse(code, 'RSA', positionalArgument(call, 2)));
    return [];
  }
  if ((endsWith(parts, 'RSA', 'Create') || endsWith(parts, 'DSA', 'Create')) && call.args.length === 1) {
    const kind: KeyKind = endsWith(parts, 'RSA', 'Create') ? 'RSA' : 'DSA';
    return code.valueOf(call.args[0]?.node ?? call.node).kind === 'number' ? defined(sizeUse(code, kind, positionalArgument(call, 0))) : [];
  }
  if (endsWith(parts, 'ECCurve', 'CreateFromFriendlyName') || endsWith(parts, 'ECCurve', 'CreateFromValue')) {
    return defined(curveUse(code, positionalArgument(call, 0), 'dotnet'));
  }
  return [];
};

/** `ECCurve.NamedCurves.brainpoolP160r1`: a member access, not a call, so found by walking the tree. */
function dotnetNamedCurves(root: SyntaxNode): KeyUse[] {
  const uses: KeyUse[] = [];
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'member_access_expression') {
      const name = node.childForFieldName('name');
      const owner = node.childForFieldName('expression');
      const bits = name === null ? undefined : curveBits(name.text);
      if (name !== null && owner !== null && owner.text.endsWith('NamedCurves') && bits !== undefined) {
        uses.push({ kind: 'EC', bits, range: rangeOf(node), label: name.text, fix: (target) => [{ ...rangeOf(name), newText: `nistP${target}` }] });
      }
      continue;
    }
    for (const child of node.namedChildren) if (child !== null) stack.push(child);
  }
  return uses;
}

/**
 * `rsa.KeySize = 1024` and `new RSACryptoServiceProvider { KeySize = 1024 }`. The key type
 * comes from the object's creation or declared type; failing that, a variable named for RSA or
 * DSA is trusted at medium confidence.
 */
function dotnetKeySizeAssignments(context: DetectorContext): KeyUse[] {
  const { code } = context;
  const uses: KeyUse[] = [];
  for (const assignment of code.assignments()) {
    const target = assignment.target;
    if (target !== 'KeySize' && !target.endsWith('.KeySize')) continue;
    let kind: KeyKind | undefined;
    let confidence: Confidence | undefined;
    if (target === 'KeySize') {
      const creation = assignment.node.parent?.parent;
      kind = creation?.type === 'object_creation_expression' ? dotnetKindOfType(creation.childForFieldName('type')?.text ?? '') : undefined;
    } else {
      const owner = target.slice(0, -'.KeySize'.length);
      const value = assignedValue(code, assignment.node, owner);
      const creation = value === undefined ? undefined : code.wholeFile().callAt(value);
      kind = dotnetKindOfType(declaredDotnetType(value) ?? '') ?? (creation === undefined ? undefined : dotnetKindOfType(creation.callee));
      if (kind === undefined) {
        kind = dotnetKindOfType(owner.split('.').pop() ?? '');
        confidence = 'medium';
      }
    }
    if (kind === undefined) continue;
    const use = sizeUse(code, kind, assignment.value);
    if (use !== undefined) uses.push(confidence === undefined ? use : { ...use, confidence });
  }
  return uses;
}

/** The type a C# variable is declared with (`RSA rsa = ...`), when it is not `var`. */
function declaredDotnetType(value: SyntaxNode | undefined): string | undefined {
  let declarator = value?.parent;
  if (declarator?.type === 'equals_value_clause') declarator = declarator.parent;
  const declaration = declarator?.type === 'variable_declarator' ? declarator.parent : undefined;
  const type = declaration?.type === 'variable_declaration' ? declaration.childForFieldName('type')?.text : undefined;
  return type === 'var' ? undefined : type;
}

const RSA_WORD = safeRegex('(?:^|[^a-z])rsa', 'i');
const DSA_WORD = safeRegex('(?:^|[^a-z])dsa', 'i');

function dotnetKindOfType(type: string): KeyKind | undefined {
  const last = type.split('.').pop() ?? '';
  if (last.startsWith('ECD')) return undefined;
  if (RSA_WORD.test(last)) return 'RSA';
  if (DSA_WORD.test(last)) return 'DSA';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Go

/** `dsa.ParameterSizes` constants: (L, N) pairs named `L1024N160` and so on. */
const GO_DSA_SIZES: ReadonlyMap<string, number> = new Map([['L1024N160', 1024], ['L2048N224', 2048], ['L2048N256', 2048], ['L3072N256', 3072]]);
const GO_CURVES: ReadonlySet<string> = new Set(['P224', 'P256', 'P384', 'P521']);

const detectGo: Detector = (call, context) => {
  const { code } = context;
  switch (call.qualified) {
    case 'crypto/rsa.GenerateKey':
      return defined(sizeUse(code, 'RSA', positionalArgument(call, 1)));
    case 'crypto/rsa.GenerateMultiPrimeKey':
      return defined(sizeUse(code, 'RSA', positionalArgument(call, 2)));
    case 'crypto/dsa.GenerateParameters':
      return defined(goDsaSize(code, positionalArgument(call, 2)));
    default:
      break;
  }
  const split = call.qualified.lastIndexOf('.');
  const function_ = call.qualified.slice(split + 1);
  if (call.qualified.slice(0, split) === 'crypto/elliptic' && GO_CURVES.has(function_)) {
    const bits = curveBits(function_) ?? 0;
    return [{
      kind: 'EC',
      bits,
      range: calleeRange(call),
      label: `elliptic.${function_}`,
      fix: (target) => oneEdit(renameInCallee(call, function_, `P${target}`)),
    }];
  }
  return [];
};

function oneEdit(edit: TextEdit | undefined): TextEdit[] | undefined {
  return edit === undefined ? undefined : [edit];
}

/** `dsa.L1024N160`, renamed to the (L, N) pair NIST gives for the target L. */
function goDsaSize(code: CodeModel, node: SyntaxNode | undefined): KeyUse | undefined {
  if (node === undefined) return undefined;
  const parts = nameParts(code.qualifiedName(node) ?? '');
  const constant = parts.at(-1) ?? '';
  const bits = GO_DSA_SIZES.get(constant);
  if (bits === undefined || parts.slice(0, -1).join('.') !== 'crypto/dsa') return undefined;
  const nameNode = node.type === 'selector_expression' ? node.childForFieldName('field') : node;
  return {
    kind: 'DSA',
    bits,
    range: rangeOf(node),
    label: constant,
    fix: (target) => (nameNode === null ? undefined : [{ ...rangeOf(nameNode), newText: target >= 3072 ? 'L3072N256' : 'L2048N256' }]),
  };
}

// ---------------------------------------------------------------------------------------------
// PHP

const detectPhp: Detector = (call, context) => {
  const { code } = context;
  const parts = nameParts(call.qualified);
  const method = call.name.toLowerCase();
  // phpseclib 3: `RSA::createKey(1024)`, `DSA::createKey(1024, 160)`, `DH::createParameters(1024)`, `EC::createKey('secp192r1')`.
  if (method === 'createkey' || method === 'createparameters') {
    const owner = (parts[parts.length - 2] ?? '').toUpperCase();
    const first = positionalArgument(call, 0);
    if (owner === 'RSA' || owner === 'CRYPT_RSA' || (owner.startsWith('$') && phpReceiverIsRsa(call, context))) {
      return method === 'createkey' ? defined(sizeUse(code, 'RSA', first)) : [];
    }
    if (owner === 'DSA') return defined(sizeUse(code, 'DSA', first));
    if (owner === 'EC' && method === 'createkey') return defined(curveUse(code, first, 'openssl'));
    if (owner === 'DH' && method === 'createparameters') return defined(sizeUse(code, 'DH', first) ?? phpSshGroup(code, first));
  }
  return [];
};

/** phpseclib 2: `$rsa = new Crypt_RSA(); $rsa->createKey(1024)`. */
function phpReceiverIsRsa(call: CallSite, context: DetectorContext): boolean {
  const receiver = call.receiver;
  if (receiver === undefined) return false;
  const value = assignedValue(context.code, call.node, receiver.text);
  const creation = value === undefined ? undefined : context.code.wholeFile().callAt(value);
  const className = nameParts(creation?.qualified ?? '').at(-1)?.toUpperCase();
  return creation?.isConstructor === true && (className === 'RSA' || className === 'CRYPT_RSA');
}

function phpSshGroup(code: CodeModel, node: SyntaxNode | undefined): KeyUse | undefined {
  const name = stringValue(code, node);
  const bits = name === undefined ? undefined : SSH_DH_GROUPS.get(name.toLowerCase());
  if (node === undefined || name === undefined || bits === undefined) return undefined;
  const inside = stringLiteralAt(code, node);
  return {
    kind: 'DH',
    bits,
    range: rangeOf(node),
    label: name,
    fix: (target) => {
      const group = [...SSH_DH_GROUPS].find(([candidate, size]) => size >= target && candidate.endsWith(target === 2048 ? 'sha256' : 'sha512'));
      return inside === undefined || group === undefined ? undefined : [{ ...inside, newText: group[0] }];
    },
  };
}

const PHP_KEY_TYPES: ReadonlyMap<string, KeyKind | 'EC'> = new Map([
  ['OPENSSL_KEYTYPE_RSA', 'RSA'], ['OPENSSL_KEYTYPE_DSA', 'DSA'], ['OPENSSL_KEYTYPE_DH', 'DH'], ['OPENSSL_KEYTYPE_EC', 'EC'],
]);

/**
 * OpenSSL configuration arrays (`openssl_pkey_new`, `openssl_csr_new`): `'private_key_bits' =>
 * 1024` with the key type from `'private_key_type'` beside it (RSA when absent), and
 * `'curve_name' => 'secp192k1'`. The key names belong to PHP's OpenSSL extension alone.
 */
function phpOpensslOptions(context: DetectorContext): KeyUse[] {
  const { code } = context;
  const uses: KeyUse[] = [];
  for (const pair of code.keyValues()) {
    if (pair.key === 'curve_name') {
      const use = curveUse(code, pair.value, 'openssl');
      if (use !== undefined) uses.push(use);
      continue;
    }
    if (pair.key !== 'private_key_bits') continue;
    const typePair = pairNamed(context, pair.node.parent ?? undefined, 'private_key_type');
    const typeName = typePair === undefined ? 'OPENSSL_KEYTYPE_RSA' : nameParts(typePair.value.text).at(-1) ?? '';
    const kind = PHP_KEY_TYPES.get(typeName);
    if (kind === undefined || kind === 'EC') continue;
    const use = sizeUse(code, kind, pair.value);
    if (use !== undefined) uses.push(use);
  }
  return uses;
}

// ---------------------------------------------------------------------------------------------
// Ruby

const RUBY_PKEY_CLASSES: ReadonlyMap<string, KeyKind> = new Map([['RSA', 'RSA'], ['DSA', 'DSA'], ['DH', 'DH'], ['EC', 'EC']]);

/** `OpenSSL::PKey.generate_key` / `generate_parameters` options and the kind each sizes. */
const RUBY_PKEY_OPTIONS: ReadonlyMap<string, KeyKind> = new Map([
  ['rsa_keygen_bits', 'RSA'], ['dsa_paramgen_bits', 'DSA'], ['dh_paramgen_prime_len', 'DH'], ['ec_paramgen_curve', 'EC'],
]);

const detectRuby: Detector = (call, context) => {
  const { code } = context;
  const parts = nameParts(call.qualified);
  const owner = parts[parts.length - 2] ?? '';
  const classKind = RUBY_PKEY_CLASSES.get(owner);
  if (classKind !== undefined && parts[parts.length - 3] === 'PKey' && (call.name === 'new' || call.name === 'generate')) {
    const first = positionalArgument(call, 0);
    if (classKind === 'EC') return defined(curveUse(code, first, 'openssl'));
    // `RSA.new(pem)` parses a key: only a number is a size.
    return defined(sizeUse(code, classKind, first));
  }
  if (owner === 'PKey' && (call.name === 'generate_key' || call.name === 'generate_parameters')) {
    const uses: KeyUse[] = [];
    for (const argument of call.args) {
      const kind = argument.name === undefined ? undefined : RUBY_PKEY_OPTIONS.get(argument.name);
      if (kind === 'EC') uses.push(...defined(curveUse(code, argument.node, 'openssl')));
      else if (kind !== undefined) uses.push(...defined(sizeUse(code, kind, argument.node)));
    }
    return uses;
  }
  // The sshkey gem: `SSHKey.generate(type: 'DSA', bits: 1024)`; RSA is the default type.
  if (endsWith(parts, 'SSHKey', 'generate')) {
    const type = stringValue(code, namedArgument(call, 'type'))?.toUpperCase() ?? 'RSA';
    if (type === 'RSA' || type === 'DSA') return defined(sizeUse(code, type, namedArgument(call, 'bits')));
  }
  return [];
};

// ---------------------------------------------------------------------------------------------
// Shell commands (shell scripts and Dockerfile RUN)

interface Word {
  /** The word with quotes removed; expansions resolved where the code model could. */
  readonly text: string;
  readonly range: Range;
  /** Offset of `text`'s first character in the document, when the word is written literally, so a fix can edit inside it. */
  readonly literalStart?: number;
}

/** Commands that run the next word as a command. */
const COMMAND_PREFIXES: ReadonlySet<string> = new Set(['sudo', 'exec', 'time', 'nice', 'nohup', 'command', 'env']);

/** openssl options that take a value, so the value is not mistaken for the size. */
const OPENSSL_VALUE_OPTIONS: ReadonlySet<string> = new Set([
  '-out', '-in', '-passout', '-passin', '-rand', '-writerand', '-engine', '-provider', '-provider-path', '-propquery',
  '-primes', '-inform', '-outform', '-keyout', '-config', '-subj', '-days', '-key', '-pkeyopt', '-algorithm', '-name',
  '-newkey', '-paramfile', '-set_serial', '-extensions', '-reqexts', '-addext', '-sigopt', '-CA', '-CAkey', '-cipher',
]);

function shellFindings(command: readonly Word[]): KeyUse[] {
  let words = command;
  while (words.length > 1 && COMMAND_PREFIXES.has(words[0]?.text ?? '')) words = words.slice(1);
  const [name, ...args] = words;
  const program = name?.text.split('/').pop();
  if (program === 'openssl') return opensslFindings(args);
  if (program === 'ssh-keygen') return sshKeygenFindings(args);
  if (program === 'keytool') return keytoolFindings(args);
  return [];
}

function opensslFindings(args: readonly Word[]): KeyUse[] {
  const [subcommand, ...rest] = args;
  const uses: KeyUse[] = [];
  const positionalKind: KeyKind | undefined =
    subcommand?.text === 'genrsa' ? 'RSA' : subcommand?.text === 'dhparam' ? 'DH' : subcommand?.text === 'dsaparam' ? 'DSA' : undefined;
  let skipNext = false;
  let sizeSeen = false;
  for (const [index, word] of rest.entries()) {
    const previous = rest[index - 1]?.text;
    if (skipNext) {
      skipNext = false;
      if (previous === '-newkey') uses.push(...defined(prefixedSize(word, 'rsa:', 'RSA') ?? prefixedSize(word, 'dsa:', 'DSA')));
      else if (previous === '-pkeyopt') uses.push(...defined(pkeyopt(word)));
      else if (previous === '-name' && subcommand?.text === 'ecparam') uses.push(...defined(wordCurve(word)));
      continue;
    }
    if (OPENSSL_VALUE_OPTIONS.has(word.text)) {
      skipNext = true;
      continue;
    }
    if (positionalKind !== undefined && !sizeSeen && DIGITS.test(word.text)) {
      sizeSeen = true;
      uses.push(wordSize(word, positionalKind, Number(word.text)));
    }
  }
  return uses;
}

/** `rsa:1024` after `-newkey`, `rsa_keygen_bits:1024` after `-pkeyopt`: the number after the prefix. */
function prefixedSize(word: Word, prefix: string, kind: KeyKind): KeyUse | undefined {
  if (!word.text.toLowerCase().startsWith(prefix)) return undefined;
  const digits = word.text.slice(prefix.length);
  if (!DIGITS.test(digits)) return undefined;
  const bits = Number(digits);
  const start = word.literalStart === undefined ? undefined : word.literalStart + prefix.length;
  return {
    kind,
    bits,
    range: word.range,
    fix: start === undefined ? undefined : (target) => [{ start, end: start + digits.length, newText: String(target) }],
  };
}

const PKEYOPT_SIZES: readonly (readonly [string, KeyKind])[] = [
  ['rsa_keygen_bits:', 'RSA'], ['dsa_paramgen_bits:', 'DSA'], ['dh_paramgen_prime_len:', 'DH'],
];

function pkeyopt(word: Word): KeyUse | undefined {
  for (const [prefix, kind] of PKEYOPT_SIZES) {
    const use = prefixedSize(word, prefix, kind);
    if (use !== undefined) return use;
  }
  const curvePrefix = 'ec_paramgen_curve:';
  if (!word.text.startsWith(curvePrefix)) return undefined;
  const name = word.text.slice(curvePrefix.length);
  const bits = curveBits(name);
  if (bits === undefined) return undefined;
  const start = word.literalStart === undefined ? undefined : word.literalStart + curvePrefix.length;
  return {
    kind: 'EC',
    bits,
    range: word.range,
    label: name,
    fix: start === undefined ? undefined : (target) => [{ start, end: start + name.length, newText: curveName(name, target, 'openssl') }],
  };
}

function wordSize(word: Word, kind: KeyKind, bits: number): KeyUse {
  const start = word.literalStart;
  return {
    kind,
    bits,
    range: word.range,
    fix: start === undefined ? undefined : (target) => [{ start, end: start + word.text.length, newText: String(target) }],
  };
}

function wordCurve(word: Word): KeyUse | undefined {
  const bits = curveBits(word.text);
  if (bits === undefined) return undefined;
  const start = word.literalStart;
  return {
    kind: 'EC',
    bits,
    range: word.range,
    label: word.text,
    fix: start === undefined ? undefined : (target) => [{ start, end: start + word.text.length, newText: curveName(word.text, target, 'openssl') }],
  };
}

/**
 * `ssh-keygen -t rsa -b 1024`; with no `-t` the type is RSA. `-t dsa` always makes a 1024-bit
 * key (OpenSSH accepts no other size), so the type itself is flagged.
 */
function sshKeygenFindings(args: readonly Word[]): KeyUse[] {
  let type = 'rsa';
  let typeWord: Word | undefined;
  let bitsWord: Word | undefined;
  for (const [index, word] of args.entries()) {
    const next = args[index + 1];
    if (next === undefined) break;
    if (word.text === '-t') {
      type = next.text.toLowerCase();
      typeWord = next;
    } else if (word.text === '-b') {
      bitsWord = next;
    }
  }
  if (type === 'dsa' && typeWord !== undefined) return [{ kind: 'DSA', bits: 1024, range: typeWord.range }];
  if (type !== 'rsa' || bitsWord === undefined || !DIGITS.test(bitsWord.text)) return [];
  return [wordSize(bitsWord, 'RSA', Number(bitsWord.text))];
}

/** Java's `keytool -genkeypair -keyalg RSA -keysize 1024` (and `-groupname secp192r1` for EC). */
function keytoolFindings(args: readonly Word[]): KeyUse[] {
  const option = (name: string): Word | undefined => {
    const index = args.findIndex((word) => word.text.toLowerCase() === name);
    return index < 0 ? undefined : args[index + 1];
  };
  const algorithm = option('-keyalg')?.text.toUpperCase();
  const size = option('-keysize');
  const uses: KeyUse[] = [];
  const group = option('-groupname');
  if (group !== undefined) uses.push(...defined(wordCurve(group)));
  if (size === undefined || !DIGITS.test(size.text)) return uses;
  const kind: KeyKind | undefined = algorithm === 'RSA' ? 'RSA' : algorithm === 'DSA' ? 'DSA' : algorithm === 'EC' ? 'EC' : algorithm === 'AES' ? 'symmetric' : undefined;
  if (kind !== undefined) uses.push({ ...wordSize(size, kind, Number(size.text)), label: kind === 'symmetric' ? 'AES' : undefined });
  return uses;
}

/** Shell scripts: each simple command's words, with constants resolved through the code model. */
function shellScriptUses(code: CodeModel): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const call of code.calls()) {
    const words: Word[] = [{ text: call.callee, range: rangeOf(call.calleeNode) }];
    for (const argument of call.args) {
      const node = argument.node;
      const value = stringValue(code, node);
      const literalStart = node.type === 'word' || node.type === 'number' ? node.startIndex : undefined;
      words.push({ text: value ?? node.text, range: rangeOf(node), literalStart });
    }
    uses.push(...shellFindings(words));
  }
  return uses;
}

// ---------------------------------------------------------------------------------------------
// Dockerfile RUN

const WORD_BREAK = safeRegex('[\\s;&|()]');

/**
 * Splits a RUN instruction's shell form into simple commands of words with document ranges:
 * whitespace separates words; `;`, `&`, `|`, parentheses and line breaks end a command; quotes
 * group; a backslash before a line break continues the line. Only words without quotes or
 * escapes are marked literal, so fixes never edit inside a quoted string.
 */
function splitRunCommands(source: string, offset: number): Word[][] {
  const commands: Word[][] = [];
  let words: Word[] = [];
  let index = 0;
  while (index < source.length) {
    const character = source[index] ?? '';
    if (character === '\\' && (source[index + 1] === '\n' || source[index + 1] === '\r')) {
      index += source[index + 1] === '\r' && source[index + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (WORD_BREAK.test(character)) {
      if (character !== ' ' && character !== '\t' && words.length > 0) {
        commands.push(words);
        words = [];
      }
      index += 1;
      continue;
    }
    const start = index;
    let text = '';
    let literal = true;
    let quote: string | undefined;
    while (index < source.length) {
      const current = source[index] ?? '';
      if (quote !== undefined) {
        if (current === quote) quote = undefined;
        else text += current;
        index += 1;
        continue;
      }
      if (WORD_BREAK.test(current)) break;
      if (current === '"' || current === "'") {
        quote = current;
        literal = false;
      } else if (current === '\\') {
        literal = false;
        index += 1;
        text += source[index] ?? '';
      } else {
        text += current;
      }
      index += 1;
    }
    words.push({ text, range: { start: offset + start, end: offset + index }, literalStart: literal ? offset + start : undefined });
  }
  if (words.length > 0) commands.push(words);
  return commands;
}

/** The exec form `RUN ["openssl", "genrsa", "1024"]`: each JSON string is a word, editable inside its quotes. */
function execFormWords(source: string, offset: number): Word[] {
  const words: Word[] = [];
  for (let index = 0; index < source.length; index += 1) {
    if (source[index] !== '"') continue;
    let end = index + 1;
    let escaped = false;
    while (end < source.length && source[end] !== '"') {
      if (source[end] === '\\') escaped = true;
      end += source[end] === '\\' ? 2 : 1;
    }
    const text = source.slice(index + 1, end);
    words.push({ text, range: { start: offset + index, end: offset + end + 1 }, literalStart: escaped ? undefined : offset + index + 1 });
    index = end;
  }
  return words;
}

function dockerfileUses(config: ConfigModel, text: string): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const entry of config.entries()) {
    if (entry.key.toUpperCase() !== 'RUN' || entry.valueRange === undefined) continue;
    const source = text.slice(entry.valueRange.start, entry.valueRange.end);
    const commands = source.trimStart().startsWith('[') ? [execFormWords(source, entry.valueRange.start)] : splitRunCommands(source, entry.valueRange.start);
    for (const command of commands) uses.push(...shellFindings(command));
  }
  return uses;
}

// ---------------------------------------------------------------------------------------------
// Terraform and Kubernetes manifests

/** Terraform's tls provider: `resource "tls_private_key" { algorithm = "RSA", rsa_bits = 1024 }`, or `ecdsa_curve = "P224"`. */
function terraformUses(config: ConfigModel): KeyUse[] {
  const keyBlocks = new Set(config.blocks().filter((block) => block.labels[1] === 'tls_private_key').map((block) => block.id));
  const uses: KeyUse[] = [];
  for (const entry of config.entries()) {
    if (entry.blockId === undefined || !keyBlocks.has(entry.blockId) || entry.value === undefined || entry.valueRange === undefined) continue;
    if (entry.key === 'rsa_bits' && DIGITS.test(entry.value)) uses.push(configSize('RSA', entry.value, entry.valueRange));
    if (entry.key === 'ecdsa_curve') uses.push(...defined(configCurve(entry.value, entry.valueRange, 'go')));
  }
  return uses;
}

/**
 * cert-manager `Certificate` resources: `spec.privateKey.size` with `algorithm` RSA (the
 * default) or ECDSA, whose size is the curve's.
 */
function certManagerUses(config: ConfigModel): KeyUse[] {
  const entries = config.entries();
  const certificates = new Set(entries.filter((entry) => entry.path.join('.') === 'kind' && entry.value === 'Certificate').map((entry) => entry.blockId));
  const uses: KeyUse[] = [];
  for (const entry of entries) {
    if (!certificates.has(entry.blockId) || entry.path.join('.') !== 'spec.privateKey.size' || entry.valueRange === undefined) continue;
    if (entry.value === undefined || !DIGITS.test(entry.value)) continue;
    const algorithm = entries.find((other) => other.blockId === entry.blockId && other.path.join('.') === 'spec.privateKey.algorithm')?.value ?? 'RSA';
    if (algorithm.toUpperCase() === 'RSA') uses.push(configSize('RSA', entry.value, entry.valueRange));
    if (algorithm.toUpperCase() === 'ECDSA') uses.push(configSize('EC', entry.value, entry.valueRange));
  }
  return uses;
}

/** A size written as a configuration value: flagged on the value, the digits replaced (quotes, if any, stay). */
function configSize(kind: KeyKind, value: string, range: Range): KeyUse {
  return {
    kind,
    bits: Number(value),
    range,
    fix: (target) => {
      const at = range.start + (range.end - range.start - value.length) / 2;
      return [{ start: at, end: at + value.length, newText: String(target) }];
    },
  };
}

function configCurve(value: string, range: Range, dialect: CurveDialect): KeyUse | undefined {
  const bits = curveBits(value);
  if (bits === undefined) return undefined;
  const at = range.start + (range.end - range.start - value.length) / 2;
  return { kind: 'EC', bits, range, label: value, fix: (target) => [{ start: at, end: at + value.length, newText: curveName(value, target, dialect) }] };
}

function configUses(config: ConfigModel, text: string): KeyUse[] {
  switch (config.format) {
    case 'dockerfile':
      return dockerfileUses(config, text);
    case 'terraform':
      return terraformUses(config);
    case 'yaml':
      return certManagerUses(config);
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// The rule

const DETECTORS: Readonly<Partial<Record<CodeLanguage, Detector>>> = {
  javascript: detectJavaScript,
  typescript: detectJavaScript,
  tsx: detectJavaScript,
  python: detectPython,
  java: detectJava,
  csharp: detectCSharp,
  go: detectGo,
  php: detectPhp,
  ruby: detectRuby,
};

function codeUses(code: CodeModel, text: string): KeyUse[] {
  if (code.language === 'shell') return shellScriptUses(code);
  const detect = DETECTORS[code.language];
  if (detect === undefined) return [];
  const found = new Map<string, boolean>();
  const mentions = (literal: string): boolean => {
    const known = found.get(literal);
    if (known !== undefined) return known;
    const yes = text.includes(literal);
    found.set(literal, yes);
    return yes;
  };
  const context: DetectorContext = { code, mentions };
  const uses = code.calls().flatMap((call) => detect(call, context));
  if (code.language === 'csharp') uses.push(...dotnetNamedCurves(code.root), ...dotnetKeySizeAssignments(context));
  if (code.language === 'php') uses.push(...phpOpensslOptions(context));
  return uses;
}

function limitFor(context: RuleContext, kind: KeyKind): number {
  const value = context.thresholds[THRESHOLD_NAMES[kind]];
  return typeof value === 'number' ? value : DEFAULTS[kind];
}

function check(context: RuleContext): void {
  const uses = context.code ? codeUses(context.code, context.document.text) : context.config ? configUses(context.config, context.document.text) : [];
  const reported = new Set<string>();
  for (const use of uses) {
    const limit = limitFor(context, use.kind);
    const key = `${use.range.start}:${use.range.end}`;
    if (use.bits >= limit || reported.has(key) || context.isInComment(use.range.start)) continue;
    reported.add(key);
    const target = recommendedSize(use.kind, limit);
    const edits = target === undefined ? undefined : use.fix?.(target);
    context.report({
      range: use.range,
      message: messageFor(use, limit, target),
      ...(use.confidence ? { confidence: use.confidence } : {}),
      ...(edits !== undefined && target !== undefined && edits.length > 0 ? { fix: { title: fixTitle(use.kind, target), edits } } : {}),
    });
  }
}

const SOURCE = 'CONTRACTS §7 / NCSC and NIST SP 800-57';

export const weakKeySize: Rule = {
  meta: {
    id: 'crypto/weak-key-size',
    title: 'Key, curve or Diffie-Hellman group too small',
    area: 'crypto',
    severity: 'high',
    confidence: 'high',
    cwe: [326],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: ['cryptography#the-base-principles', 'maintained-by-default#commodity-technical-maintenance'],
    basis: 'principle',
    why:
      'Short RSA, DSA and Diffie-Hellman keys and small elliptic curves can be broken with affordable computing, exposing everything they protect. ' +
      'MoJ guidance expects adequate, proportionate cryptography that keeps pace with current practice (Cryptography: The base principles; Maintained by Default).',
    howToFix:
      'Generate RSA, DSA and Diffie-Hellman keys of at least 2048 bits (3072 for keys that must last beyond 2030), use P-256 or stronger curves, ' +
      'or X25519/Ed25519, and symmetric keys of at least 128 bits.',
    fixSafety: 'suggestion',
    thresholds: [
      { name: 'minRsaBits', description: 'Smallest RSA modulus, in bits, that is not reported.', default: 2048, source: SOURCE },
      { name: 'minDsaBits', description: 'Smallest DSA modulus, in bits, that is not reported.', default: 2048, source: SOURCE },
      { name: 'minDhBits', description: 'Smallest Diffie-Hellman prime, in bits, that is not reported.', default: 2048, source: SOURCE },
      { name: 'minCurveBits', description: 'Smallest elliptic curve field size, in bits, that is not reported.', default: 224, source: SOURCE },
      { name: 'minSymmetricBits', description: 'Smallest generated symmetric key, in bits, that is not reported.', default: 128, source: 'NIST SP 800-57 Part 1' },
    ],
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell', 'dockerfile', 'terraform', 'yaml'],
    prefilter: [
      'rsa', 'dsa', 'dss', 'dh', 'diffie', 'elgamal', 'modp', 'secp', 'sect', 'prime1', 'prime2', 'p-1', 'p-2', 'p1', 'p2',
      'brainpool', 'c2pnb', 'c2tnb', 'nistp', 'curve', 'elliptic', 'keypairgenerator', 'keygenerator', 'generatekey', 'keysize',
      'private_key_bits', 'ssh-keygen', 'privatekey',
    ],
    examples: {
      javascript: "const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });",
      typescript: "const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });",
      tsx: "const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');",
      python: 'private_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)',
      java: 'KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");\ngenerator.initialize(3072);',
      csharp: 'using var rsa = RSA.Create(3072);',
      go: 'key, err := rsa.GenerateKey(rand.Reader, 3072)',
      php: "$key = openssl_pkey_new(['private_key_bits' => 3072, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);",
      ruby: 'key = OpenSSL::PKey::RSA.generate(3072)',
      shell: 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out key.pem',
      dockerfile: 'RUN openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out /etc/ssl/private/key.pem',
      terraform: 'resource "tls_private_key" "service" {\n  algorithm   = "ECDSA"\n  ecdsa_curve = "P256"\n}',
      yaml: 'spec:\n  privateKey:\n    algorithm: ECDSA\n    size: 256',
    },
  },
  check,
};
