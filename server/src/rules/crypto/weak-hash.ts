/**
 * crypto/weak-hash: MD5, SHA-1, MD4 or MD2 used as a hash. Each language's detector walks the
 * code model's calls, resolves the algorithm from the API name or from its (constant) argument,
 * and proposes the smallest edit that moves to SHA-256.
 *
 * HMAC and key-derivation constructions built on MD5 or SHA-1 (`createHmac('sha1', key)`,
 * `hmac.HMAC(key, hashes.SHA1())`, `new HMACSHA1(key)`, `hash_hmac('md5', ...)`) are left alone:
 * their security does not rest on collision resistance, which is what is broken, and
 * `crypto/weak-password-hash` owns PBKDF2 parameters.
 *
 * SHA-1 in a function that computes a WebSocket handshake's `Sec-WebSocket-Accept` value (the
 * function names the header or RFC 6455's key GUID) is left alone too: the protocol fixes the
 * algorithm and the value authenticates nothing. So is MD5 or SHA-1 in a function named for a UUID
 * (`uuid3`, `uuid5`): RFC 4122 fixes them for name-based UUIDs.
 */
import { namedArgument, nameParts, positionalArgument } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, Range, Rule, RuleContext, SyntaxNode, TextEdit } from '../../engine/contract';

type WeakAlgorithm = 'MD5' | 'SHA-1' | 'MD4' | 'MD2';

/** One weak use: the range to flag (the argument or the callee), the algorithm, and the edits of its fix (none when no safe edit exists). */
interface WeakUse {
  readonly range: Range;
  readonly algorithm: WeakAlgorithm;
  readonly edits?: readonly TextEdit[];
}

/** What a language detector needs beyond the call itself. */
interface DetectorContext {
  readonly code: CodeModel;
  /**
   * The call an argument node belongs to, for "what consumes this value" questions. The index
   * behind it is built on the first question: only a weak hash's call asks, and most files
   * have none.
   */
  readonly consumerOf: (node: SyntaxNode) => CallSite | undefined;
  /** Functions the file itself defines, which shadow same-named library functions (found on first use). */
  readonly definedFunctions: () => ReadonlySet<string>;
}

type Detector = (call: CallSite, context: DetectorContext) => WeakUse | undefined;

/** How a language spells algorithm names, which decides what a bare "SHA" means and how a fix spells SHA-256. */
type Dialect = 'openssl' | 'java' | 'dotnet';

// ---------------------------------------------------------------------------------------------
// Algorithm names

/**
 * Digest and signature names that select a broken hash, in compact form (lower case, `-` and
 * `_` removed). OpenSSL's names cover Node, Python `hashlib.new`, PHP and Ruby; Java's JCA and
 * .NET's CryptoConfig names follow.
 */
const WEAK_NAMES: ReadonlyMap<string, WeakAlgorithm> = new Map<string, WeakAlgorithm>([
  ['md5', 'MD5'], ['md4', 'MD4'], ['md2', 'MD2'], ['sha1', 'SHA-1'],
  ['rsamd5', 'MD5'], ['rsamd4', 'MD4'], ['rsamd2', 'MD2'], ['rsasha1', 'SHA-1'], ['rsasha12', 'SHA-1'],
  ['md5withrsaencryption', 'MD5'], ['md4withrsaencryption', 'MD4'], ['md2withrsaencryption', 'MD2'],
  ['sha1withrsaencryption', 'SHA-1'], ['ecdsawithsha1', 'SHA-1'], ['md5sha1', 'MD5'], ['ssl3md5', 'MD5'], ['ssl3sha1', 'SHA-1'],
  ['md5withrsa', 'MD5'], ['md2withrsa', 'MD2'], ['sha1withrsa', 'SHA-1'], ['sha1withdsa', 'SHA-1'],
  ['sha1withecdsa', 'SHA-1'], ['sha1withrsaandmgf1', 'SHA-1'],
]);

/** Java's JCA and .NET's CryptoConfig read a bare "SHA" as SHA-1; OpenSSL does not accept it. */
const SHA_MEANS_SHA1: ReadonlySet<Dialect> = new Set<Dialect>(['java', 'dotnet']);

/** .NET's CryptoConfig also takes class names. */
const DOTNET_NAMESPACE = 'system.security.cryptography.';

/** Names a fix may produce: a renamed token must land on a name the API accepts. */
const STRONG_NAMES: ReadonlySet<string> = new Set([
  'sha256', 'rsasha256', 'sha256withrsaencryption', 'ecdsawithsha256', 'sha256withrsa', 'sha256withdsa',
  'sha256withecdsa', 'sha256withrsaandmgf1',
]);

function compactName(name: string): string {
  return name.toLowerCase().split('-').join('').split('_').join('');
}

function weakAlgorithmNamed(name: string, dialect: Dialect): WeakAlgorithm | undefined {
  let compact = compactName(name.trim());
  if (dialect === 'dotnet' && compact.startsWith(DOTNET_NAMESPACE)) compact = compact.slice(DOTNET_NAMESPACE.length);
  if (compact === 'sha' && SHA_MEANS_SHA1.has(dialect)) return 'SHA-1';
  return WEAK_NAMES.get(compact);
}

/** The weak part of an algorithm name, found case-insensitively, in the order a name can hold them. */
const WEAK_TOKENS: readonly string[] = ['sha-1', 'sha1', 'md5', 'md4', 'md2'];

/**
 * The edit that turns the weak token inside a string literal into SHA-256, keeping the
 * literal's quotes and letter case (`'md5'` → `'sha256'`, `"SHA-1"` → `"SHA-256"`). With
 * `hyphenated`, a compact token gains the hyphen the API expects (`"MD5"` → `"SHA-256"` for
 * Java's MessageDigest). Undefined when the name holds no single renamable token.
 */
function renameInLiteral(literal: SyntaxNode, value: string, dialect: Dialect, hyphenated: boolean): TextEdit | undefined {
  const raw = literal.text;
  const lower = raw.toLowerCase();
  const found = WEAK_TOKENS.map((token) => ({ token, index: lower.indexOf(token) })).filter((hit) => hit.index >= 0);
  let hit = found[0];
  if (found.length > 1) return undefined;
  if (hit === undefined) {
    // A bare "SHA" (Java, .NET) is the whole value.
    if (!(SHA_MEANS_SHA1.has(dialect) && compactName(value) === 'sha')) return undefined;
    hit = { token: 'sha', index: lower.indexOf('sha') };
  }
  const original = raw.slice(hit.index, hit.index + hit.token.length);
  const spelled = hit.token.includes('-') || hyphenated ? 'sha-256' : 'sha256';
  const replacement = original === original.toLowerCase() ? spelled : spelled.toUpperCase();
  const renamed = value.toLowerCase().replace(hit.token, spelled);
  const check = dialect === 'dotnet' && compactName(renamed).startsWith(DOTNET_NAMESPACE)
    ? compactName(renamed).slice(DOTNET_NAMESPACE.length)
    : compactName(renamed);
  if (!STRONG_NAMES.has(check)) return undefined;
  const start = literal.startIndex + hit.index;
  return { start, end: start + hit.token.length, newText: replacement };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers

function endsWith(parts: readonly string[], ...suffix: readonly string[]): boolean {
  if (parts.length < suffix.length) return false;
  const offset = parts.length - suffix.length;
  return suffix.every((segment, index) => parts[offset + index] === segment);
}

function isIdentifierCharacter(character: string | undefined): boolean {
  if (character === undefined || character === '') return false;
  const code = character.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || character === '_' || character === '$';
}

/** The edit renaming the whole identifier `segment` inside `node`'s text, or undefined when it does not occur once. */
function renameSegment(node: SyntaxNode, segment: string, newText: string): TextEdit | undefined {
  return renameSegmentIn(node.text, node.startIndex, segment, newText);
}

/** The same inside the callee as written, receiver included (`Digest::MD5.hexdigest`). */
function renameInCallee(call: CallSite, segment: string, newText: string): TextEdit | undefined {
  const range = calleeRange(call);
  const text = call.node.text.slice(range.start - call.node.startIndex, range.end - call.node.startIndex);
  return renameSegmentIn(text, range.start, segment, newText);
}

function renameSegmentIn(text: string, offset: number, segment: string, newText: string): TextEdit | undefined {
  let match: number | undefined;
  for (let index = text.indexOf(segment); index >= 0; index = text.indexOf(segment, index + 1)) {
    if (isIdentifierCharacter(text[index - 1]) || isIdentifierCharacter(text[index + segment.length])) continue;
    if (match !== undefined) return undefined;
    match = index;
  }
  if (match === undefined) return undefined;
  return { start: offset + match, end: offset + match + segment.length, newText };
}

function stringValue(code: CodeModel, node: SyntaxNode): string | undefined {
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

/** Whether the argument is written as a string literal in place (so a fix can edit it). */
function isStringLiteral(code: CodeModel, node: SyntaxNode): boolean {
  return code.strings().some((literal) => literal.node.id === node.id);
}

/**
 * A weak use chosen by an algorithm-name argument: flags the argument and, when it is a literal
 * written in place, renames the token inside it. A name that comes from a constant or a
 * configuration file gets no fix: the constant may be shared, and the file is another document.
 */
function byNameArgument(code: CodeModel, argument: SyntaxNode | undefined, dialect: Dialect, hyphenated = false): WeakUse | undefined {
  if (argument === undefined) return undefined;
  const value = stringValue(code, argument);
  if (value === undefined) return undefined;
  const algorithm = weakAlgorithmNamed(value, dialect);
  if (algorithm === undefined) return undefined;
  const edit = isStringLiteral(code, argument) ? renameInLiteral(argument, value, dialect, hyphenated) : undefined;
  return { range: rangeOf(argument), algorithm, edits: edit ? [edit] : undefined };
}

/** A weak use chosen by the API's own name, renamed in the callee when the call names its module or class. */
function byApiName(call: CallSite, algorithm: WeakAlgorithm, segment: string, replacement: string | undefined): WeakUse {
  const edit = replacement !== undefined && call.receiver !== undefined ? renameInCallee(call, segment, replacement) : undefined;
  return { range: calleeRange(call), algorithm, edits: edit ? [edit] : undefined };
}

/**
 * The callee as written with its receiver: `hashlib.md5`, `DigestUtils.md5Hex`. Some grammars
 * (Java) give only the method name as the callee, so the receiver is joined back on.
 */
function calleeRange(call: CallSite): Range {
  const { calleeNode, receiver } = call;
  const start = receiver !== undefined && receiver.startIndex < calleeNode.startIndex ? receiver.startIndex : calleeNode.startIndex;
  return { start, end: calleeNode.endIndex };
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

/**
 * Whether a digest object is built straight into an HMAC or a key-derivation function
 * (`hmac.HMAC(key, hashes.SHA1())`, `OpenSSL::HMAC.digest(OpenSSL::Digest.new('sha1'), ...)`):
 * those constructions do not rely on collision resistance, so they are not this rule's concern.
 */
const KEYED_CONSUMERS: ReadonlySet<string> = new Set([
  'hkdf', 'hkdfexpand', 'concatkdfhash', 'x963kdf', 'kbkdfhash', 'mgf1', 'oaep',
]);

function feedsKeyedConstruction(call: CallSite, context: DetectorContext): boolean {
  const consumer = context.consumerOf(call.node);
  if (consumer === undefined) return false;
  return consumer.qualified.toLowerCase().includes('hmac') || KEYED_CONSUMERS.has(consumer.name.toLowerCase());
}

/**
 * A call to a function the file defines itself (`def md5(...)`), not the library's. PHP's
 * `\md5()` names the global function whatever the namespace defines.
 */
function callsLocalFunction(call: CallSite, context: DetectorContext): boolean {
  if (call.receiver !== undefined || call.calleeNode.text.startsWith('\\')) return false;
  return context.definedFunctions().has(call.name.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript

const NODE_DIGEST_CALLS: ReadonlySet<string> = new Set([
  'crypto.createHash', 'crypto.hash', 'crypto.createSign', 'crypto.createVerify', 'crypto.sign', 'crypto.verify',
]);

const CRYPTO_JS_HASHES: ReadonlyMap<string, WeakAlgorithm> = new Map([['MD5', 'MD5'], ['SHA1', 'SHA-1']]);
const CRYPTO_JS_MODULES: ReadonlyMap<string, WeakAlgorithm> = new Map([['crypto-js/md5', 'MD5'], ['crypto-js/sha1', 'SHA-1']]);
const FORGE_HASHES: ReadonlyMap<string, WeakAlgorithm> = new Map([['md5', 'MD5'], ['sha1', 'SHA-1']]);

const detectJavaScript: Detector = (call, context) => {
  const { code } = context;
  if (NODE_DIGEST_CALLS.has(call.qualified)) return byNameArgument(code, positionalArgument(call, 0), 'openssl');
  const parts = nameParts(call.qualified);
  if (endsWith(parts, 'subtle', 'digest')) return webCryptoDigest(code, positionalArgument(call, 0));
  const head = parts[0];
  if (head === 'crypto-js' || head === 'CryptoJS') {
    // `CryptoJS.MD5(text)` and the progressive `CryptoJS.algo.MD5.create()`.
    const hashName = parts.length === 2 ? parts[1] : parts.length === 4 && parts[1] === 'algo' && parts[3] === 'create' ? parts[2] : undefined;
    const algorithm = hashName === undefined ? undefined : CRYPTO_JS_HASHES.get(hashName);
    if (algorithm !== undefined && hashName !== undefined) return byApiName(call, algorithm, hashName, 'SHA256');
    return undefined;
  }
  const moduleAlgorithm = CRYPTO_JS_MODULES.get(call.qualified);
  // `import MD5 from 'crypto-js/md5'`: renaming needs the import changed too, so no fix.
  if (moduleAlgorithm !== undefined) return { range: calleeRange(call), algorithm: moduleAlgorithm };
  if ((head === 'node-forge' || head === 'forge') && parts[parts.length - 1] === 'create') {
    // `forge.md.md5.create()` and the older `forge.md5.create()`.
    const hashName = parts[parts.length - 2];
    const algorithm = hashName === undefined ? undefined : FORGE_HASHES.get(hashName);
    if (algorithm !== undefined && hashName !== undefined && (parts.length === 3 || parts[1] === 'md')) {
      return byApiName(call, algorithm, hashName, 'sha256');
    }
  }
  return undefined;
};

/** `subtle.digest('SHA-1', data)` or `subtle.digest({ name: 'SHA-1' }, data)`. */
function webCryptoDigest(code: CodeModel, algorithm: SyntaxNode | undefined): WeakUse | undefined {
  if (algorithm === undefined) return undefined;
  const nameValue = code.keyValues().find((pair) => pair.key === 'name' && pair.node.parent?.id === algorithm.id)?.value;
  return byNameArgument(code, nameValue ?? algorithm, 'openssl');
}

// ---------------------------------------------------------------------------------------------
// Python

const HASHLIB_CONSTRUCTORS: ReadonlyMap<string, WeakAlgorithm> = new Map([['md5', 'MD5'], ['sha1', 'SHA-1']]);
const PYCRYPTODOME_MODULES: ReadonlyMap<string, WeakAlgorithm> = new Map([
  ['MD5', 'MD5'], ['SHA1', 'SHA-1'], ['SHA', 'SHA-1'], ['MD4', 'MD4'], ['MD2', 'MD2'],
]);
const CRYPTOGRAPHY_HASHES: ReadonlyMap<string, WeakAlgorithm> = new Map([['MD5', 'MD5'], ['SHA1', 'SHA-1']]);

/** A local definition shadows the library function; asked only of a call that would be reported, since it reads the whole file. */
function unlessLocal(detect: Detector): Detector {
  return (call, context) => {
    const use = detect(call, context);
    return use === undefined || callsLocalFunction(call, context) ? undefined : use;
  };
}

const detectPython: Detector = unlessLocal((call, context) => {
  const { code } = context;
  const parts = nameParts(call.qualified);
  if (parts[0] === 'hashlib' && parts.length === 2) {
    const function_ = parts[1] ?? '';
    if (usedNotForSecurity(code, call)) return undefined;
    const algorithm = HASHLIB_CONSTRUCTORS.get(function_);
    if (algorithm !== undefined) return byApiName(call, algorithm, function_, 'sha256');
    if (function_ === 'new') return byNameArgument(code, namedArgument(call, 'name') ?? positionalArgument(call, 0), 'openssl');
    if (function_ === 'file_digest') return byNameArgument(code, namedArgument(call, 'digest') ?? positionalArgument(call, 1), 'openssl');
    return undefined;
  }
  if ((parts[0] === 'Crypto' || parts[0] === 'Cryptodome') && parts[1] === 'Hash' && parts.length === 4 && parts[3] === 'new') {
    const algorithm = PYCRYPTODOME_MODULES.get(parts[2] ?? '');
    // Renaming the module needs its import changed as well, so PyCryptodome calls get no fix.
    if (algorithm !== undefined && !feedsKeyedConstruction(call, context)) return { range: calleeRange(call), algorithm };
    return undefined;
  }
  if (endsWith(parts.slice(0, -1), 'cryptography', 'hazmat', 'primitives', 'hashes') && parts.length === 5) {
    const className = parts[4] ?? '';
    const algorithm = CRYPTOGRAPHY_HASHES.get(className);
    if (algorithm !== undefined && !feedsKeyedConstruction(call, context)) return byApiName(call, algorithm, className, 'SHA256');
  }
  return undefined;
});

/** `usedforsecurity=False` (Python 3.9+) declares a non-security use such as a cache key. */
function usedNotForSecurity(code: CodeModel, call: CallSite): boolean {
  const marker = namedArgument(call, 'usedforsecurity');
  if (marker === undefined) return false;
  const value = code.valueOf(marker);
  return value.kind === 'boolean' && !value.value;
}

// ---------------------------------------------------------------------------------------------
// Java

/** Apache Commons Codec and Spring `DigestUtils` methods, with the Commons SHA-256 counterpart where one exists. */
const DIGEST_UTILS_METHODS: ReadonlyMap<string, { algorithm: WeakAlgorithm; replacement?: string }> = new Map([
  ['md2', { algorithm: 'MD2', replacement: 'sha256' }],
  ['md2Hex', { algorithm: 'MD2', replacement: 'sha256Hex' }],
  ['md5', { algorithm: 'MD5', replacement: 'sha256' }],
  ['md5Hex', { algorithm: 'MD5', replacement: 'sha256Hex' }],
  ['sha', { algorithm: 'SHA-1', replacement: 'sha256' }],
  ['shaHex', { algorithm: 'SHA-1', replacement: 'sha256Hex' }],
  ['sha1', { algorithm: 'SHA-1', replacement: 'sha256' }],
  ['sha1Hex', { algorithm: 'SHA-1', replacement: 'sha256Hex' }],
  ['getMd2Digest', { algorithm: 'MD2', replacement: 'getSha256Digest' }],
  ['getMd5Digest', { algorithm: 'MD5', replacement: 'getSha256Digest' }],
  ['getShaDigest', { algorithm: 'SHA-1', replacement: 'getSha256Digest' }],
  ['getSha1Digest', { algorithm: 'SHA-1', replacement: 'getSha256Digest' }],
  // Spring's DigestUtils offers MD5 only, so there is nothing to rename to.
  ['md5Digest', { algorithm: 'MD5' }],
  ['md5DigestAsHex', { algorithm: 'MD5' }],
  ['appendMd5DigestAsHex', { algorithm: 'MD5' }],
]);

const GUAVA_HASHES: ReadonlyMap<string, WeakAlgorithm> = new Map([['md5', 'MD5'], ['sha1', 'SHA-1']]);

/** Commons Codec's `MessageDigestAlgorithms` constants. */
const CODEC_ALGORITHM_CONSTANTS: ReadonlyMap<string, WeakAlgorithm> = new Map([['MD2', 'MD2'], ['MD5', 'MD5'], ['SHA_1', 'SHA-1']]);

const detectJava: Detector = (call, context) => {
  const use = detectJavaCall(call, context);
  return use !== undefined && feedsChecksum(call, context) ? undefined : use;
};

function detectJavaCall(call: CallSite, context: DetectorContext): WeakUse | undefined {
  const { code } = context;
  const parts = nameParts(call.qualified);
  const digestArgument = positionalArgument(call, 0);
  if (endsWith(parts, 'MessageDigest', 'getInstance') || endsWith(parts, 'DigestUtils', 'getDigest') || (call.isConstructor && call.name === 'DigestUtils')) {
    return codecConstant(code, digestArgument) ?? byNameArgument(code, digestArgument, 'java', true);
  }
  if (endsWith(parts, 'Signature', 'getInstance')) return byNameArgument(code, digestArgument, 'java');
  const owner = parts[parts.length - 2];
  if (owner === 'DigestUtils') {
    const method = DIGEST_UTILS_METHODS.get(call.name);
    if (method !== undefined) return byApiName(call, method.algorithm, call.name, method.replacement);
  }
  if (owner === 'Hashing') {
    const algorithm = GUAVA_HASHES.get(call.name);
    if (algorithm !== undefined) return byApiName(call, algorithm, call.name, 'sha256');
  }
  return undefined;
}

/** `MessageDigest.getInstance(MessageDigestAlgorithms.MD5)`: the library constant, renamed to `SHA_256`. */
function codecConstant(code: CodeModel, argument: SyntaxNode | undefined): WeakUse | undefined {
  if (argument === undefined) return undefined;
  const parts = nameParts(code.qualifiedName(argument) ?? '');
  const constant = parts[parts.length - 1] ?? '';
  const algorithm = parts[parts.length - 2] === 'MessageDigestAlgorithms' ? CODEC_ALGORITHM_CONSTANTS.get(constant) : undefined;
  if (algorithm === undefined) return undefined;
  // A statically imported `MD5` would need its import changed too, so only the qualified form is renamed.
  const edit = argument.text.includes('MessageDigestAlgorithms') ? renameSegment(argument, constant, 'SHA_256') : undefined;
  return { range: rangeOf(argument), algorithm, edits: edit ? [edit] : undefined };
}

// ---------------------------------------------------------------------------------------------
// C#

const DOTNET_CLASSES: ReadonlyMap<string, WeakAlgorithm> = new Map([['MD5', 'MD5'], ['SHA1', 'SHA-1']]);
const DOTNET_STATIC_METHODS: ReadonlySet<string> = new Set(['Create', 'HashData', 'HashDataAsync', 'TryHashData']);
/** Concrete .NET hash classes and their SHA-256 counterparts. */
const DOTNET_CONSTRUCTORS: ReadonlyMap<string, { algorithm: WeakAlgorithm; replacement: string }> = new Map([
  ['MD5CryptoServiceProvider', { algorithm: 'MD5', replacement: 'SHA256CryptoServiceProvider' }],
  ['MD5Cng', { algorithm: 'MD5', replacement: 'SHA256Cng' }],
  ['SHA1CryptoServiceProvider', { algorithm: 'SHA-1', replacement: 'SHA256CryptoServiceProvider' }],
  ['SHA1Managed', { algorithm: 'SHA-1', replacement: 'SHA256Managed' }],
  ['SHA1Cng', { algorithm: 'SHA-1', replacement: 'SHA256Cng' }],
]);
/** Methods that take the hash as a `HashAlgorithmName` or a name string: hashing and signatures. */
const DOTNET_HASH_NAME_METHODS: ReadonlySet<string> = new Set([
  'CreateHash', 'SignData', 'SignHash', 'VerifyData', 'VerifyHash', 'SetHashAlgorithm',
]);
const HASH_ALGORITHM_NAMES: ReadonlyMap<string, WeakAlgorithm> = new Map([['MD5', 'MD5'], ['SHA1', 'SHA-1']]);

const detectCSharp: Detector = (call, context) => {
  const use = detectCSharpCall(call, context);
  return use !== undefined && feedsChecksum(call, context) ? undefined : use;
};

function detectCSharpCall(call: CallSite, context: DetectorContext): WeakUse | undefined {
  const { code } = context;
  const parts = nameParts(call.qualified);
  if (call.isConstructor) {
    const constructor = DOTNET_CONSTRUCTORS.get(parts[parts.length - 1] ?? '');
    if (constructor === undefined) return undefined;
    const edit = renameInCallee(call, call.name, constructor.replacement);
    return { range: calleeRange(call), algorithm: constructor.algorithm, edits: edit ? [edit] : undefined };
  }
  const owner = parts[parts.length - 2] ?? '';
  const classAlgorithm = DOTNET_CLASSES.get(owner);
  if (classAlgorithm !== undefined && DOTNET_STATIC_METHODS.has(call.name)) {
    const edit = renameInCallee(call, owner, 'SHA256');
    return { range: calleeRange(call), algorithm: classAlgorithm, edits: edit ? [edit, ...declaredTypeEdits(call, owner)] : undefined };
  }
  if (endsWith(parts, 'HashAlgorithm', 'Create') || endsWith(parts, 'CryptoConfig', 'CreateFromName')) {
    return byNameArgument(code, positionalArgument(call, 0), 'dotnet');
  }
  if (DOTNET_HASH_NAME_METHODS.has(call.name) && !call.qualified.includes('HMAC')) {
    for (const argument of call.args) {
      const use = hashAlgorithmName(code, argument.node) ?? byNameArgument(code, argument.node, 'dotnet');
      if (use !== undefined) return use;
    }
  }
  return undefined;
}

/** `HashAlgorithmName.SHA1`, renamed to `HashAlgorithmName.SHA256`. */
function hashAlgorithmName(code: CodeModel, argument: SyntaxNode): WeakUse | undefined {
  const parts = nameParts(code.qualifiedName(argument) ?? '');
  const member = parts[parts.length - 1] ?? '';
  const algorithm = parts[parts.length - 2] === 'HashAlgorithmName' ? HASH_ALGORITHM_NAMES.get(member) : undefined;
  if (algorithm === undefined) return undefined;
  const edit = renameSegment(argument, member, 'SHA256');
  return { range: rangeOf(argument), algorithm, edits: edit ? [edit] : undefined };
}

/**
 * `MD5 md5 = MD5.Create();`: the declared type must change with the call, or the fix would not
 * compile. `var` needs nothing.
 */
function declaredTypeEdits(call: CallSite, className: string): TextEdit[] {
  const declarator = call.node.parent?.type === 'equals_value_clause' ? call.node.parent.parent : call.node.parent;
  if (declarator?.type !== 'variable_declarator') return [];
  const declaration = declarator.parent;
  const type = declaration?.type === 'variable_declaration' ? declaration.childForFieldName('type') : null;
  if (type === null || type === undefined || type.text !== className) return [];
  return [{ start: type.startIndex, end: type.endIndex, newText: 'SHA256' }];
}

// ---------------------------------------------------------------------------------------------
// Java and C#: the checksum intent marker (CONTRACTS §7)

/**
 * Whether the digest feeds only a value named as a checksum, an ETag or a cache key:
 * `String etag = DigestUtils.md5Hex(body);`, `response.setHeader("ETag", ...)`,
 * `ResponseEntity.ok().eTag(...)`. The walk follows the value outwards through expressions
 * and stops at the first statement.
 */
function feedsChecksum(call: CallSite, context: DetectorContext): boolean {
  const { code } = context;
  let node: SyntaxNode = call.node;
  for (let parent = node.parent; parent !== null; node = parent, parent = parent.parent) {
    const consumer = context.consumerOf(node);
    if (consumer !== undefined) {
      if (isChecksumName(consumer.name)) return true;
      const labels = consumer.args.filter((argument) => argument.node.id !== node.id);
      if (labels.some((argument) => isChecksumName(stringValue(code, argument.node) ?? ''))) return true;
    }
    switch (parent.type) {
      case 'variable_declarator': {
        const name = parent.childForFieldName('name') ?? parent.namedChild(0);
        return name !== null && isChecksumName(name.text);
      }
      case 'assignment_expression': {
        const target = parent.childForFieldName('left');
        return target !== null && target.id !== node.id && isChecksumName(target.text);
      }
      case 'return_statement': {
        const name = code.enclosingFunction(parent)?.childForFieldName('name');
        return name !== null && name !== undefined && isChecksumName(name.text);
      }
      case 'arrow_expression_clause': {
        // C# `string Checksum(...) => ...;` and `string ETag => ...;`: the member's own name.
        const name = parent.parent?.childForFieldName('name');
        return name !== null && name !== undefined && isChecksumName(name.text);
      }
      default:
        if (parent.type.endsWith('statement') || parent.type === 'block' || parent.type.endsWith('declaration')) return false;
    }
  }
  return false;
}

/** Word sequences that name a checksum, an ETag or a cache key. */
const CHECKSUM_WORDS: readonly (readonly string[])[] = [
  ['checksum'], ['checksums'], ['check', 'sum'], ['etag'], ['etags'], ['e', 'tag'], ['cachekey'], ['cache', 'key'],
  ['cache', 'keys'], ['content', 'md5'],
];

/** Splits `cacheKey`, `CACHE_KEY`, `ETag`, `"Content-MD5"` into lower-case words and looks for a checksum name. */
function isChecksumName(name: string): boolean {
  const words = wordsOf(name);
  return CHECKSUM_WORDS.some((sequence) =>
    words.some((_, start) => sequence.every((word, offset) => words[start + offset] === word)));
}

function wordsOf(name: string): string[] {
  const words: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') words.push(current.toLowerCase());
    current = '';
  };
  for (let index = 0; index < name.length; index++) {
    const character = name.charAt(index);
    const isUpper = character >= 'A' && character <= 'Z';
    const isLower = character >= 'a' && character <= 'z';
    const isDigit = character >= '0' && character <= '9';
    if (!isUpper && !isLower && !isDigit) {
      flush();
      continue;
    }
    const previous = name.charAt(index - 1);
    const next = name.charAt(index + 1);
    const previousUpper = previous >= 'A' && previous <= 'Z';
    const previousLower = previous >= 'a' && previous <= 'z';
    // A word starts at a capital after a lower-case letter (`cacheKey`), and at the last capital
    // of a run that a lower-case letter follows (`ETag` → `E`, `Tag`).
    if (isUpper && (previousLower || (previousUpper && next >= 'a' && next <= 'z'))) flush();
    current += character;
  }
  flush();
  return words;
}

// ---------------------------------------------------------------------------------------------
// Go

const GO_PACKAGES: ReadonlyMap<string, { algorithm: WeakAlgorithm; functions: ReadonlyMap<string, string> }> = new Map([
  ['crypto/md5', { algorithm: 'MD5', functions: new Map([['New', 'New'], ['Sum', 'Sum256']]) }],
  ['crypto/sha1', { algorithm: 'SHA-1', functions: new Map([['New', 'New'], ['Sum', 'Sum256']]) }],
  ['golang.org/x/crypto/md4', { algorithm: 'MD4', functions: new Map([['New', 'New']]) }],
]);

const detectGo: Detector = (call, context) => {
  const split = call.qualified.lastIndexOf('.');
  if (split < 0) return undefined;
  const packagePath = call.qualified.slice(0, split);
  const function_ = call.qualified.slice(split + 1);
  const weakPackage = GO_PACKAGES.get(packagePath);
  const replacement = weakPackage?.functions.get(function_);
  if (weakPackage === undefined || replacement === undefined) return undefined;
  const edits = goFix(call, context.code, packagePath, function_, replacement);
  return { range: calleeRange(call), algorithm: weakPackage.algorithm, edits };
};

/**
 * Moves one call to crypto/sha256 and keeps the imports compiling: when the weak package is used
 * only here its import path is rewritten; otherwise `crypto/sha256` is imported beside it. When
 * crypto/sha256 is already imported and the weak import would be left unused, there is no fix,
 * since deleting an import line is not a minimal edit.
 */
function goFix(call: CallSite, code: CodeModel, packagePath: string, function_: string, replacement: string): TextEdit[] | undefined {
  const weakImport = code.imports().find((binding) => binding.target === packagePath);
  if (weakImport === undefined || call.receiver === undefined) return undefined;
  const local = weakImport.local;
  const pathLiteral = goImportPath(weakImport.node);
  if (pathLiteral === undefined) return undefined;
  const functionEdit = function_ === replacement ? [] : [renameInCallee(call, function_, replacement)];
  const sha256Import = code.imports().find((binding) => binding.target === 'crypto/sha256');
  const onlyUse = countIdentifiers(code.root, local) === 1;
  if (onlyUse && sha256Import === undefined) {
    // An unaliased import's package name follows its path, so the call's qualifier changes with it.
    const aliased = local !== packagePath.slice(packagePath.lastIndexOf('/') + 1);
    const qualifierEdit = aliased ? [] : [renameInCallee(call, local, 'sha256')];
    return definedEdits([
      { start: pathLiteral.startIndex + 1, end: pathLiteral.endIndex - 1, newText: 'crypto/sha256' },
      ...qualifierEdit,
      ...functionEdit,
    ]);
  }
  if (onlyUse) return undefined;
  const packageEdit = renameInCallee(call, local, sha256Import?.local ?? 'sha256');
  if (sha256Import !== undefined) return definedEdits([packageEdit, ...functionEdit]);
  return definedEdits([goImportInsertion(weakImport.node, pathLiteral), packageEdit, ...functionEdit]);
}

/** The string literal holding an import spec's path. */
function goImportPath(spec: SyntaxNode): SyntaxNode | undefined {
  if (spec.type === 'interpreted_string_literal') return spec;
  const path = spec.childForFieldName('path');
  return path ?? spec.namedChildren.find((child) => child?.type === 'interpreted_string_literal') ?? undefined;
}

/**
 * `"crypto/sha256"` on a new line after the weak import, which keeps a group of standard-library
 * imports sorted (`crypto/md5` and `crypto/sha1` both sort before it): inside an import group
 * with the same indentation, or as a declaration of its own.
 */
function goImportInsertion(spec: SyntaxNode, pathLiteral: SyntaxNode): TextEdit | undefined {
  const importSpec = spec.type === 'import_spec' ? spec : pathLiteral.parent;
  if (importSpec === null || importSpec.type !== 'import_spec') return undefined;
  const container = importSpec.parent;
  const text = importSpec.tree.rootNode.text;
  const lineEnd = text.includes('\r\n') ? '\r\n' : '\n';
  if (container?.type === 'import_spec_list') {
    const lineStart = text.lastIndexOf('\n', importSpec.startIndex - 1) + 1;
    const before = text.slice(lineStart, importSpec.startIndex);
    const indentation = before.trim() === '' ? before : '\t';
    return { start: importSpec.endIndex, end: importSpec.endIndex, newText: `${lineEnd}${indentation}"crypto/sha256"` };
  }
  if (container?.type === 'import_declaration') {
    return { start: container.endIndex, end: container.endIndex, newText: `${lineEnd}import "crypto/sha256"` };
  }
  return undefined;
}

function definedEdits(edits: readonly (TextEdit | undefined)[]): TextEdit[] | undefined {
  return edits.every((edit): edit is TextEdit => edit !== undefined) ? [...edits] : undefined;
}

/** How often an identifier-like node spells `name`, to know whether an import has other uses. */
function countIdentifiers(root: SyntaxNode, name: string): number {
  let count = 0;
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ((node.type === 'identifier' || node.type === 'package_identifier') && node.text === name) {
      if (node.parent?.type !== 'import_spec') count++;
    }
    for (const child of node.namedChildren) if (child !== null) stack.push(child);
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// PHP

/** Built-in one-shot functions and the `hash` family function each becomes. */
const PHP_FUNCTIONS: ReadonlyMap<string, { algorithm: WeakAlgorithm; replacement: string }> = new Map([
  ['md5', { algorithm: 'MD5', replacement: 'hash' }],
  ['md5_file', { algorithm: 'MD5', replacement: 'hash_file' }],
  ['sha1', { algorithm: 'SHA-1', replacement: 'hash' }],
  ['sha1_file', { algorithm: 'SHA-1', replacement: 'hash_file' }],
]);
const PHP_NAME_FIRST: ReadonlySet<string> = new Set(['hash', 'hash_file', 'hash_init']);
const PHP_SIGNATURE_FUNCTIONS: ReadonlySet<string> = new Set(['openssl_sign', 'openssl_verify']);
const PHP_ALGORITHM_CONSTANTS: ReadonlyMap<string, WeakAlgorithm> = new Map([
  ['OPENSSL_ALGO_SHA1', 'SHA-1'], ['OPENSSL_ALGO_MD5', 'MD5'], ['OPENSSL_ALGO_MD4', 'MD4'], ['OPENSSL_ALGO_MD2', 'MD2'],
]);

const detectPhp: Detector = unlessLocal((call, context) => {
  const { code } = context;
  if (call.receiver !== undefined || call.isConstructor) return undefined;
  const parts = nameParts(call.callee);
  if (parts.length !== 1) return undefined;
  const name = call.name.toLowerCase();
  const oneShot = PHP_FUNCTIONS.get(name);
  if (oneShot !== undefined) return { range: calleeRange(call), algorithm: oneShot.algorithm, edits: phpHashEdits(call, oneShot.replacement) };
  if (PHP_NAME_FIRST.has(name)) {
    // `hash_init('sha1', HASH_HMAC, $key)` is an HMAC.
    if (name === 'hash_init' && call.args.some((argument) => argument.node.text === 'HASH_HMAC')) return undefined;
    return byNameArgument(code, namedArgument(call, 'algo') ?? positionalArgument(call, 0), 'openssl');
  }
  if (name === 'openssl_digest') return byNameArgument(code, namedArgument(call, 'digest_algo') ?? positionalArgument(call, 1), 'openssl');
  if (PHP_SIGNATURE_FUNCTIONS.has(name)) return phpSignature(call, code);
  return undefined;
});

/** `md5($x)` → `hash('sha256', $x)`: the same hex output format, and `true` still asks for raw bytes. */
function phpHashEdits(call: CallSite, replacement: string): TextEdit[] | undefined {
  const rename = renameInCallee(call, call.name, replacement);
  const open = call.node.text.indexOf('(', call.calleeNode.endIndex - call.node.startIndex);
  if (rename === undefined || open < 0) return undefined;
  const at = call.node.startIndex + open + 1;
  return [rename, { start: at, end: at, newText: call.args.length > 0 ? "'sha256', " : "'sha256'" }];
}

/**
 * `openssl_sign($data, $signature, $key, OPENSSL_ALGO_SHA1)`, and the same call with no
 * algorithm, which defaults to SHA-1.
 */
function phpSignature(call: CallSite, code: CodeModel): WeakUse | undefined {
  const algorithm = namedArgument(call, 'algorithm') ?? positionalArgument(call, 3);
  if (algorithm === undefined) {
    const last = call.args[call.args.length - 1];
    if (call.args.length !== 3 || last === undefined) return undefined;
    return {
      range: calleeRange(call),
      algorithm: 'SHA-1',
      edits: [{ start: last.node.endIndex, end: last.node.endIndex, newText: ', OPENSSL_ALGO_SHA256' }],
    };
  }
  const constant = PHP_ALGORITHM_CONSTANTS.get(nameParts(algorithm.text).at(-1) ?? '');
  if (constant !== undefined) {
    return { range: rangeOf(algorithm), algorithm: constant, edits: [{ start: algorithm.startIndex, end: algorithm.endIndex, newText: 'OPENSSL_ALGO_SHA256' }] };
  }
  return byNameArgument(code, algorithm, 'openssl');
}

// ---------------------------------------------------------------------------------------------
// Ruby

const RUBY_DIGEST_CLASSES: ReadonlyMap<string, WeakAlgorithm> = new Map([
  ['MD5', 'MD5'], ['SHA1', 'SHA-1'], ['MD4', 'MD4'], ['MD2', 'MD2'],
]);
const RUBY_DIGEST_METHODS: ReadonlySet<string> = new Set(['new', 'digest', 'hexdigest', 'base64digest', 'file']);

const detectRuby: Detector = (call, context) => {
  // A digest object handed to `OpenSSL::HMAC` or `pbkdf2_hmac`; a finished digest string passed on is still a digest.
  if (call.name === 'new' && feedsKeyedConstruction(call, context)) return undefined;
  const parts = nameParts(call.qualified);
  if (!RUBY_DIGEST_METHODS.has(call.name)) return undefined;
  const owner = parts.slice(0, -1);
  // `Digest::MD5.hexdigest(x)`, `OpenSSL::Digest::SHA1.new`.
  const className = owner[owner.length - 1] ?? '';
  const classAlgorithm = RUBY_DIGEST_CLASSES.get(className);
  const module = owner.slice(0, -1).join('::');
  if (classAlgorithm !== undefined && (module === 'Digest' || module === 'OpenSSL::Digest')) {
    const edit = renameInCallee(call, className, 'SHA256');
    return { range: calleeRange(call), algorithm: classAlgorithm, edits: edit ? [edit] : undefined };
  }
  // `OpenSSL::Digest.new('SHA1')`, `OpenSSL::Digest.hexdigest('md5', data)`.
  if (owner.join('::') === 'OpenSSL::Digest' && call.name !== 'file') return byNameArgument(context.code, positionalArgument(call, 0), 'openssl');
  return undefined;
};

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

function messageFor(algorithm: WeakAlgorithm): string {
  return (
    `${algorithm} is a broken hash function. MoJ guidance expects adequate, proportionate cryptography for hashing ` +
    `(Cryptography: Hashing); NCSC and industry consider ${algorithm} unsafe. Use SHA-256 or stronger, or a ` +
    'password hashing function for passwords.'
  );
}

function consumersByArgument(code: CodeModel): Map<number, CallSite> {
  const consumers = new Map<number, CallSite>();
  for (const call of code.calls()) for (const argument of call.args) consumers.set(argument.node.id, call);
  return consumers;
}

/** Node types that declare a named function in the languages where a bare call could be shadowed. */
const FUNCTION_DEFINITIONS: ReadonlySet<string> = new Set(['function_definition', 'function_declaration']);

/**
 * Read from the whole tree, not `nodesOfType`: a definition anywhere in the file shadows the
 * library function, including in functions an incremental scan does not look at again.
 */
function definedFunctionNames(root: SyntaxNode): Set<string> {
  const names = new Set<string>();
  for (const node of root.descendantsOfType([...FUNCTION_DEFINITIONS])) {
    const name = node?.childForFieldName('name');
    if (name) names.add(name.text.toLowerCase());
  }
  return names;
}

/** RFC 6455's fixed key GUID and the header it produces, in lower case. */
const WEBSOCKET_HANDSHAKE_MARKERS: readonly string[] = ['sec-websocket-accept', '258eafa5-e914-47da-95ca-c5ab0dc85b11'];

/**
 * SHA-1 computing a WebSocket handshake's `Sec-WebSocket-Accept` value: RFC 6455 fixes the
 * algorithm, it proves only that the server speaks WebSocket, and no other hash would interoperate.
 */
function isWebSocketHandshake(code: CodeModel, call: CallSite): boolean {
  const scope = code.enclosingFunction(call.node);
  if (scope === undefined) return false;
  const text = scope.text.toLowerCase();
  return WEBSOCKET_HANDSHAKE_MARKERS.some((marker) => text.includes(marker));
}

/**
 * MD5 or SHA-1 inside a function named for a UUID (`uuid3`, `uuid5`, `uuidFromName`): RFC 4122
 * fixes these hashes for name-based UUIDs, which are identifiers, not integrity checks.
 */
function makesNameBasedUuid(code: CodeModel, call: CallSite): boolean {
  const scope = code.enclosingFunction(call.node);
  const name = scope?.childForFieldName('name')?.text.toLowerCase() ?? '';
  return name.includes('uuid');
}

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  let definedFunctions: ReadonlySet<string> | undefined;
  let consumers: ReadonlyMap<number, CallSite> | undefined;
  const detectorContext: DetectorContext = {
    code,
    consumerOf: (node) => (consumers ??= consumersByArgument(code)).get(node.id),
    // Only Python and PHP detectors match bare calls that a local definition could shadow.
    definedFunctions: () => (definedFunctions ??= code.language === 'python' || code.language === 'php' ? definedFunctionNames(code.root) : new Set()),
  };
  const reported = new Set<string>();
  for (const call of code.calls()) {
    const use = detect(call, detectorContext);
    const key = use ? `${use.range.start}:${use.range.end}` : '';
    if (use === undefined || reported.has(key) || (use.algorithm === 'SHA-1' && isWebSocketHandshake(code, call)) || makesNameBasedUuid(code, call)) continue;
    reported.add(key);
    context.report({
      range: use.range,
      message: messageFor(use.algorithm),
      fix: use.edits ? { title: `Use SHA-256 instead of ${use.algorithm}`, edits: use.edits } : undefined,
    });
  }
}

export const weakHash: Rule = {
  meta: {
    id: 'crypto/weak-hash',
    title: 'Broken hash function (MD5, SHA-1, MD4, MD2)',
    area: 'crypto',
    severity: 'high',
    confidence: 'high',
    cwe: [328, 327],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: ['cryptography#hashing', 'maintained-by-default#commodity-technical-maintenance', 'cryptography#the-base-principles'],
    basis: 'principle',
    why:
      'MD5, SHA-1, MD4 and MD2 have practical collision attacks, so digests, signatures and integrity checks built on them can be forged. ' +
      'MoJ guidance expects adequate, proportionate cryptography for hashing and hashing methods upgraded as practice changes (Cryptography: Hashing; Maintained by Default).',
    howToFix:
      'Use SHA-256 or stronger for digests and signatures, and a password hashing function (Argon2id, scrypt, bcrypt or PBKDF2) for passwords. ' +
      'Where a digest is only a non-security checksum, say so: pass usedforsecurity=False in Python, or name the Java or C# result as a checksum, ETag or cache key.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: ['md5', 'sha1', 'sha-1', 'md4', 'md2', '"sha"', 'Crypto.Hash', 'Cryptodome.Hash', 'MessageDigest', 'DigestUtils', 'Signature.getInstance', 'openssl_sign', 'openssl_verify'],
    examples: {
      javascript: "const digest = crypto.createHash('sha256').update(data).digest('hex');",
      typescript: "const digest = crypto.createHash('sha256').update(data).digest('hex');",
      tsx: "const digest = crypto.createHash('sha256').update(data).digest('hex');",
      python: 'digest = hashlib.sha256(data).hexdigest()',
      java: 'MessageDigest digest = MessageDigest.getInstance("SHA-256");',
      csharp: 'using var sha256 = SHA256.Create();',
      go: 'sum := sha256.Sum256(data)',
      php: "$digest = hash('sha256', $data);",
      ruby: 'digest = Digest::SHA256.hexdigest(data)',
    },
  },
  check,
};
