/**
 * crypto/weak-cipher: DES, Triple DES, RC2, RC4, Blowfish, IDEA and CAST5 chosen for encryption.
 * Each language's detector walks the code model's calls and resolves the cipher from the API's
 * own name (`DES.Create()`, `des.NewCipher`, `algorithms.TripleDES`) or from a constant
 * algorithm-name argument (`createCipheriv('des-ede3-cbc', …)`, `Cipher.getInstance("DESede")`,
 * a Java `getProperty` default resolved through the project's `.properties` files).
 *
 * Only names that reach a cipher, key or key-specification API count: a string that names DES
 * but reaches no such API, a TLS cipher-suite list (transport/weak-cipher-suite) and the IV or
 * key values themselves (crypto/static-iv, crypto/hardcoded-key) are left alone.
 *
 * Fixes are suggestions, since another cipher changes the output and the key size. They rename
 * an algorithm written as a string literal in place, and only to a name the same API accepts.
 */
import { namedArgument, nameParts, positionalArgument } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, Confidence, Range, Rule, RuleContext, Severity, SyntaxNode, TextEdit } from '../../engine/contract';

type WeakCipher = 'DES' | 'Triple DES' | 'RC2' | 'RC4' | 'Blowfish' | 'IDEA' | 'CAST5';

/** One weak use: the range to flag, the cipher, and the fix's edits and target name when a fix exists. */
interface WeakUse {
  readonly range: Range;
  readonly cipher: WeakCipher;
  readonly fix?: { readonly edits: readonly TextEdit[]; readonly target: string };
  /** A sentence put before the message, for a weak cipher chosen by a default rather than by name. */
  readonly note?: string;
  readonly confidence?: Confidence;
}

type Detector = (call: CallSite, code: CodeModel) => WeakUse | undefined;

/** Why each cipher is weak, in one clause for the message. */
const REASONS: Readonly<Record<WeakCipher, string>> = {
  DES: 'its 56-bit key is small enough to search exhaustively',
  'Triple DES':
    'its 64-bit block lets an attacker recover plaintext from large volumes of data encrypted under one key (Sweet32), and NIST disallowed it for encryption after 2023',
  RC2: 'its key schedule is weak, it is often used with 40-bit keys, and its 64-bit block is open to birthday attacks',
  RC4: 'its keystream has statistical biases that leak plaintext',
  Blowfish: 'its 64-bit block lets an attacker recover plaintext from large volumes of data encrypted under one key (Sweet32)',
  IDEA: 'its 64-bit block lets an attacker recover plaintext from large volumes of data encrypted under one key (Sweet32)',
  CAST5: 'its 64-bit block lets an attacker recover plaintext from large volumes of data encrypted under one key (Sweet32)',
};

/** CAST5 is not broken, only limited by its block size, so it is reported one band lower. */
const SEVERITIES: Readonly<Partial<Record<WeakCipher, Severity>>> = { CAST5: 'medium' };

function messageFor(use: WeakUse): string {
  const base =
    `${use.cipher} is a legacy cipher: ${REASONS[use.cipher]}. MoJ guidance expects adequate, proportionate cryptography ` +
    '(Cryptography: The base principles) and algorithms upgraded as practice moves on (Maintained by Default); NCSC and ' +
    `industry consider ${use.cipher} weak. Use AES-GCM or ChaCha20-Poly1305.`;
  return use.note === undefined ? base : `${use.note} ${base}`;
}

// ---------------------------------------------------------------------------------------------
// Algorithm names

/**
 * OpenSSL cipher names (Node, PHP, Ruby, M2Crypto), node-forge's (`3DES-CBC`) and mcrypt's
 * (`tripledes`, `arcfour`, `cast-128`): the first `-`-separated token names the cipher.
 */
function opensslCipher(name: string): WeakCipher | undefined {
  const [first, second] = name.trim().toLowerCase().split('_').join('-').split('-');
  switch (first) {
    case 'des':
      // `des-ede` and `des-ede3` (with or without a mode) are Triple DES; `des-cbc` is DES.
      return second === 'ede' || second === 'ede3' ? 'Triple DES' : 'DES';
    case 'des3':
    case '3des':
    case 'tripledes':
      return 'Triple DES';
    case 'desx':
      return 'DES';
    case 'rc2':
      return 'RC2';
    case 'rc4':
    case 'arc4':
    case 'arcfour':
      return 'RC4';
    case 'bf':
    case 'blowfish':
      return 'Blowfish';
    case 'idea':
      return 'IDEA';
    case 'cast5':
      return 'CAST5';
    case 'cast':
      // mcrypt's `cast-256` has a 128-bit block; OpenSSL's `cast` and mcrypt's `cast-128` are CAST5.
      return second === '256' ? undefined : 'CAST5';
    default:
      return undefined;
  }
}

/** JCA (and BouncyCastle) algorithm names, lower-cased. */
const JCA_CIPHERS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['des', 'DES'],
  ['desede', 'Triple DES'], ['desedewrap', 'Triple DES'], ['tripledes', 'Triple DES'], ['3des', 'Triple DES'], ['tdea', 'Triple DES'],
  ['rc2', 'RC2'], ['rc2wrap', 'RC2'],
  ['rc4', 'RC4'], ['arcfour', 'RC4'], ['arc4', 'RC4'],
  ['blowfish', 'Blowfish'],
  ['idea', 'IDEA'],
  ['cast5', 'CAST5'],
]);

/** A JCA transformation (`DESede/CBC/PKCS5Padding`) or a password-based name (`PBEWithMD5AndDES`). */
function jcaCipher(transformation: string): WeakCipher | undefined {
  const algorithm = (transformation.split('/')[0] ?? '').trim().toLowerCase();
  if (algorithm.startsWith('pbewith')) return pbeCipher(algorithm);
  return JCA_CIPHERS.get(algorithm);
}

/**
 * The cipher of a password-based encryption name, after its last "and": `pbewithmd5anddes`,
 * `pbewithsha1andrc2_40`, BouncyCastle's `pbewithshaand3-keytripledes-cbc` and `pbewithshaand128bitrc4`.
 */
function pbeCipher(algorithm: string): WeakCipher | undefined {
  const cipher = algorithm.slice(algorithm.lastIndexOf('and') + 3);
  if (cipher.includes('tripledes') || cipher.includes('desede')) return 'Triple DES';
  if (cipher.includes('rc2')) return 'RC2';
  if (cipher.includes('rc4')) return 'RC4';
  if (cipher.includes('des')) return 'DES';
  return undefined;
}

const DOTNET_NAMESPACE = 'system.security.cryptography.';

/** .NET `CryptoConfig` names: algorithm and class names, with or without the namespace. */
const DOTNET_CIPHERS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['des', 'DES'], ['descryptoserviceprovider', 'DES'],
  ['3des', 'Triple DES'], ['tripledes', 'Triple DES'], ['tripledescryptoserviceprovider', 'Triple DES'], ['tripledescng', 'Triple DES'],
  ['rc2', 'RC2'], ['rc2cryptoserviceprovider', 'RC2'],
]);

function dotnetCipher(name: string): WeakCipher | undefined {
  let compact = name.toLowerCase().split(' ').join('');
  if (compact.startsWith(DOTNET_NAMESPACE)) compact = compact.slice(DOTNET_NAMESPACE.length);
  return DOTNET_CIPHERS.get(compact);
}

/** BouncyCastle engines (Java `DESedeEngine`, C# `DesEdeEngine`), lower-cased. */
const BOUNCY_CASTLE_ENGINES: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['desengine', 'DES'], ['desedeengine', 'Triple DES'], ['desedewrapengine', 'Triple DES'],
  ['rc2engine', 'RC2'], ['rc2wrapengine', 'RC2'], ['rc4engine', 'RC4'],
  ['blowfishengine', 'Blowfish'], ['ideaengine', 'IDEA'], ['cast5engine', 'CAST5'],
]);

// ---------------------------------------------------------------------------------------------
// Shared helpers

function endsWith(parts: readonly string[], ...suffix: readonly string[]): boolean {
  if (parts.length < suffix.length) return false;
  const offset = parts.length - suffix.length;
  return suffix.every((segment, index) => parts[offset + index] === segment);
}

function last(parts: readonly string[]): string {
  return parts[parts.length - 1] ?? '';
}

/** The callee as written with its receiver (Java, PHP and Ruby give only the method name as the callee). */
function calleeRange(call: CallSite): Range {
  const { calleeNode, receiver } = call;
  const start = receiver !== undefined && receiver.startIndex < calleeNode.startIndex ? receiver.startIndex : calleeNode.startIndex;
  return { start, end: calleeNode.endIndex };
}

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

function stringValue(code: CodeModel, node: SyntaxNode): string | undefined {
  const value = code.valueOf(node);
  return value.kind === 'string' ? value.value : undefined;
}

/** A use chosen by the API's own name: the callee is flagged and there is no fix. */
function byApi(call: CallSite, cipher: WeakCipher | undefined): WeakUse | undefined {
  return cipher === undefined ? undefined : { range: calleeRange(call), cipher };
}

/** How a fix spells the replacement for a weak name, or undefined when the API has no drop-in name. */
type Replacement = (value: string) => { readonly text: string; readonly target: string } | undefined;

/** Keeps the literal's letter case: `'DES-EDE3-CBC'` becomes `'AES-256-GCM'`. */
function caseOf(original: string, replacement: string): string {
  return original !== original.toLowerCase() && original === original.toUpperCase() ? replacement.toUpperCase() : replacement;
}

const OPENSSL_GCM: Replacement = (value) => ({ text: caseOf(value, 'aes-256-gcm'), target: 'AES-GCM' });
/** node-forge upper-cases names itself and spells them in capitals. */
const FORGE_GCM: Replacement = () => ({ text: 'AES-GCM', target: 'AES-GCM' });
/** A password-based cipher is set up with a password key and salt, so AES is no drop-in for it. */
function isPasswordBased(value: string): boolean {
  return value.trim().toLowerCase().startsWith('pbewith');
}
const JCA_GCM: Replacement = (value) => (isPasswordBased(value) ? undefined : { text: 'AES/GCM/NoPadding', target: 'AES-GCM' });
const PLAIN_AES: Replacement = (value) => (isPasswordBased(value) ? undefined : { text: 'AES', target: 'AES' });

/**
 * A use chosen by an algorithm-name argument: flags the argument and, when it is a string literal
 * written in place, replaces the name inside the quotes. A name from a constant or a
 * configuration file gets no fix: the constant may be shared, and the file is another document.
 */
function byName(
  code: CodeModel,
  argument: SyntaxNode | undefined,
  classify: (name: string) => WeakCipher | undefined,
  replacement?: Replacement,
): WeakUse | undefined {
  if (argument === undefined) return undefined;
  const value = stringValue(code, argument);
  const cipher = value === undefined ? undefined : classify(value);
  if (value === undefined || cipher === undefined) return undefined;
  const literal = code.strings().find((candidate) => candidate.node.id === argument.id);
  const spelled = literal === undefined || replacement === undefined ? undefined : replacement(value);
  if (literal === undefined || spelled === undefined) return { range: rangeOf(argument), cipher };
  const edit: TextEdit = { start: literal.valueRange.start, end: literal.valueRange.end, newText: spelled.text };
  return { range: rangeOf(argument), cipher, fix: { edits: [edit], target: spelled.target } };
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript

const NODE_MODULES: ReadonlySet<string> = new Set(['crypto', 'crypto-browserify']);
const NODE_CIPHER_FUNCTIONS: ReadonlySet<string> = new Set(['createCipheriv', 'createDecipheriv']);
/** Removed in Node 22; they derive the key and IV from a password, so a GCM name is no drop-in. */
const NODE_LEGACY_FUNCTIONS: ReadonlySet<string> = new Set(['createCipher', 'createDecipher']);

const CRYPTO_JS_CIPHERS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['DES', 'DES'], ['TripleDES', 'Triple DES'], ['RC4', 'RC4'], ['RC4Drop', 'RC4'],
]);
/** crypto-js per-algorithm modules export the cipher helper itself. */
const CRYPTO_JS_MODULES: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['crypto-js/tripledes', 'Triple DES'], ['crypto-js/rc4', 'RC4'],
]);
const CRYPTO_JS_METHODS: ReadonlySet<string> = new Set(['encrypt', 'decrypt']);
const CRYPTO_JS_ALGO_METHODS: ReadonlySet<string> = new Set(['create', 'createEncryptor', 'createDecryptor']);

const FORGE_CIPHERS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([['des', 'DES'], ['rc2', 'RC2']]);
const FORGE_LEGACY_METHODS: ReadonlySet<string> = new Set([
  'createEncryptionCipher', 'createDecryptionCipher', 'startEncrypting', 'startDecrypting',
]);

/**
 * Every call the JavaScript detector reports has one of these names (forge's `createCipher` and
 * `createDecipher` are the Node legacy names): the rest are not split into parts.
 */
const JAVASCRIPT_CALL_NAMES: ReadonlySet<string> = new Set([
  ...NODE_CIPHER_FUNCTIONS, ...NODE_LEGACY_FUNCTIONS, ...CRYPTO_JS_METHODS, ...CRYPTO_JS_ALGO_METHODS, ...FORGE_LEGACY_METHODS,
]);

const detectJavaScript: Detector = (call, code) => {
  if (!JAVASCRIPT_CALL_NAMES.has(call.name)) return undefined;
  const parts = nameParts(call.qualified);
  const head = parts[0] ?? '';
  if (parts.length === 2 && NODE_MODULES.has(head)) {
    if (NODE_CIPHER_FUNCTIONS.has(call.name)) return byName(code, positionalArgument(call, 0), opensslCipher, OPENSSL_GCM);
    if (NODE_LEGACY_FUNCTIONS.has(call.name)) return byName(code, positionalArgument(call, 0), opensslCipher);
    return undefined;
  }
  if (head === 'crypto-js' || head === 'CryptoJS') {
    // `CryptoJS.TripleDES.encrypt(…)` and the progressive `CryptoJS.algo.DES.createEncryptor(…)`.
    if (parts.length === 3 && CRYPTO_JS_METHODS.has(call.name)) return byApi(call, CRYPTO_JS_CIPHERS.get(parts[1] ?? ''));
    if (parts.length === 4 && parts[1] === 'algo' && CRYPTO_JS_ALGO_METHODS.has(call.name)) return byApi(call, CRYPTO_JS_CIPHERS.get(parts[2] ?? ''));
    return undefined;
  }
  const moduleCipher = CRYPTO_JS_MODULES.get(head);
  if (moduleCipher !== undefined && parts.length === 2 && CRYPTO_JS_METHODS.has(call.name)) return byApi(call, moduleCipher);
  if (head === 'node-forge' || head === 'forge') {
    // `forge.cipher.createCipher('3DES-CBC', key)`, and the older `forge.des.startEncrypting(key, iv)`.
    if (parts.length === 3 && parts[1] === 'cipher' && (call.name === 'createCipher' || call.name === 'createDecipher')) {
      return byName(code, positionalArgument(call, 0), opensslCipher, FORGE_GCM);
    }
    if (parts.length === 3 && FORGE_LEGACY_METHODS.has(call.name)) return byApi(call, FORGE_CIPHERS.get(parts[1] ?? ''));
  }
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// Python

const PYCRYPTODOME_CIPHERS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['DES', 'DES'], ['DES3', 'Triple DES'], ['ARC2', 'RC2'], ['ARC4', 'RC4'], ['Blowfish', 'Blowfish'], ['CAST', 'CAST5'],
]);
const CRYPTOGRAPHY_CIPHERS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['TripleDES', 'Triple DES'], ['ARC4', 'RC4'], ['Blowfish', 'Blowfish'], ['IDEA', 'IDEA'], ['CAST5', 'CAST5'],
]);
/** `cryptography` moved its legacy ciphers to `hazmat.decrepit` in version 43. */
const CRYPTOGRAPHY_ALGORITHM_MODULES: readonly (readonly string[])[] = [
  ['cryptography', 'hazmat', 'primitives', 'ciphers', 'algorithms'],
  ['cryptography', 'hazmat', 'decrepit', 'ciphers', 'algorithms'],
];
const PYDES_CIPHERS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([['des', 'DES'], ['triple_des', 'Triple DES']]);

const detectPython: Detector = (call, code) => {
  const parts = nameParts(call.qualified);
  const head = parts[0] ?? '';
  if ((head === 'Crypto' || head === 'Cryptodome') && parts[1] === 'Cipher' && parts.length === 4 && call.name === 'new') {
    return byApi(call, PYCRYPTODOME_CIPHERS.get(parts[2] ?? ''));
  }
  if (parts.length === 6 && CRYPTOGRAPHY_ALGORITHM_MODULES.some((module) => module.every((segment, index) => parts[index] === segment))) {
    return byApi(call, CRYPTOGRAPHY_CIPHERS.get(call.name));
  }
  if (head === 'pyDes' && parts.length === 2) return byApi(call, PYDES_CIPHERS.get(call.name));
  if (head === 'blowfish' && parts.length === 2 && call.name === 'Cipher') return byApi(call, 'Blowfish');
  // M2Crypto spells OpenSSL names with underscores: `EVP.Cipher(alg='des_ede3_cbc', …)`.
  if (endsWith(parts, 'M2Crypto', 'EVP', 'Cipher')) return byName(code, namedArgument(call, 'alg') ?? positionalArgument(call, 0), opensslCipher);
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// Java

const JAVA_KEY_SPECS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['DESKeySpec', 'DES'], ['DESedeKeySpec', 'Triple DES'],
]);

const detectJava: Detector = (call, code) => {
  const parts = nameParts(call.qualified);
  if (call.isConstructor) {
    const keySpec = JAVA_KEY_SPECS.get(call.name);
    if (keySpec !== undefined) return byApi(call, keySpec);
    // `new SecretKeySpec(key, "DES")` and `new SecretKeySpec(key, offset, length, "DES")`.
    if (call.name === 'SecretKeySpec') return byName(code, positionalArgument(call, call.args.length === 4 ? 3 : 1), jcaCipher, PLAIN_AES);
    return byApi(call, BOUNCY_CASTLE_ENGINES.get(call.name.toLowerCase()));
  }
  if (call.name !== 'getInstance') return undefined;
  const transformation = positionalArgument(call, 0);
  if (endsWith(parts, 'Cipher', 'getInstance')) return byName(code, transformation, jcaCipher, JCA_GCM);
  if (endsWith(parts, 'KeyGenerator', 'getInstance')) return byName(code, transformation, jcaCipher, PLAIN_AES);
  // The JDK offers no AES SecretKeyFactory, so there is nothing to rename to.
  if (endsWith(parts, 'SecretKeyFactory', 'getInstance')) return byName(code, transformation, jcaCipher);
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// C#

const DOTNET_CLASSES: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['DES', 'DES'], ['TripleDES', 'Triple DES'], ['RC2', 'RC2'],
]);
const DOTNET_CONSTRUCTORS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['DESCryptoServiceProvider', 'DES'], ['TripleDESCryptoServiceProvider', 'Triple DES'], ['TripleDESCng', 'Triple DES'],
  ['RC2CryptoServiceProvider', 'RC2'],
]);

const detectCSharp: Detector = (call, code) => {
  const parts = nameParts(call.qualified);
  if (call.isConstructor) {
    const name = last(parts);
    return byApi(call, DOTNET_CONSTRUCTORS.get(name) ?? BOUNCY_CASTLE_ENGINES.get(name.toLowerCase()));
  }
  const owner = parts[parts.length - 2] ?? '';
  if (call.name === 'Create' && DOTNET_CLASSES.has(owner)) return byApi(call, DOTNET_CLASSES.get(owner));
  if (endsWith(parts, 'SymmetricAlgorithm', 'Create') || endsWith(parts, 'CryptoConfig', 'CreateFromName')) {
    return byName(code, positionalArgument(call, 0), dotnetCipher, PLAIN_AES);
  }
  // BouncyCastle's `CipherUtilities.GetCipher("DESede/CBC/PKCS7Padding")` takes JCA-style names.
  if (endsWith(parts, 'CipherUtilities', 'GetCipher')) return byName(code, positionalArgument(call, 0), jcaCipher, JCA_GCM);
  return undefined;
};

// ---------------------------------------------------------------------------------------------
// Go

const GO_CONSTRUCTORS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['crypto/des.NewCipher', 'DES'],
  ['crypto/des.NewTripleDESCipher', 'Triple DES'],
  ['crypto/rc4.NewCipher', 'RC4'],
  ['golang.org/x/crypto/blowfish.NewCipher', 'Blowfish'],
  ['golang.org/x/crypto/blowfish.NewSaltedCipher', 'Blowfish'],
  ['golang.org/x/crypto/cast5.NewCipher', 'CAST5'],
]);

const detectGo: Detector = (call) => byApi(call, GO_CONSTRUCTORS.get(call.qualified));

// ---------------------------------------------------------------------------------------------
// PHP

/** Functions taking an OpenSSL cipher name (parameter `cipher_algo`), with its position. */
const PHP_OPENSSL_FUNCTIONS: ReadonlyMap<string, number> = new Map([['openssl_encrypt', 1], ['openssl_decrypt', 1]]);
/** mcrypt (removed in PHP 7.2) functions whose first argument is the cipher. */
const PHP_MCRYPT_FUNCTIONS: ReadonlySet<string> = new Set([
  'mcrypt_encrypt', 'mcrypt_decrypt', 'mcrypt_module_open', 'mcrypt_ecb', 'mcrypt_cbc', 'mcrypt_cfb', 'mcrypt_ofb',
]);
const PHP_MCRYPT_CONSTANTS: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['MCRYPT_DES', 'DES'], ['MCRYPT_3DES', 'Triple DES'], ['MCRYPT_TRIPLEDES', 'Triple DES'],
  ['MCRYPT_RC2', 'RC2'], ['MCRYPT_ARCFOUR', 'RC4'], ['MCRYPT_ARCFOUR_IV', 'RC4'],
  ['MCRYPT_BLOWFISH', 'Blowfish'], ['MCRYPT_BLOWFISH_COMPAT', 'Blowfish'], ['MCRYPT_IDEA', 'IDEA'], ['MCRYPT_CAST_128', 'CAST5'],
]);
/** phpseclib's cipher classes (v2 and v3 namespaced, v1 `Crypt_*` globals), lower-cased. */
const PHPSECLIB_CLASSES: ReadonlyMap<string, WeakCipher> = new Map<string, WeakCipher>([
  ['des', 'DES'], ['tripledes', 'Triple DES'], ['rc2', 'RC2'], ['rc4', 'RC4'], ['blowfish', 'Blowfish'],
]);

const detectPhp: Detector = (call, code) => {
  if (call.isConstructor) return phpseclibCipher(call);
  if (call.receiver !== undefined || nameParts(call.callee).length !== 1) return undefined;
  const name = call.name.toLowerCase();
  const position = PHP_OPENSSL_FUNCTIONS.get(name);
  if (position !== undefined) return byName(code, namedArgument(call, 'cipher_algo') ?? positionalArgument(call, position), opensslCipher, OPENSSL_GCM);
  if (name === 'openssl_seal' || name === 'openssl_open') return opensslSeal(call, code, name);
  if (PHP_MCRYPT_FUNCTIONS.has(name)) {
    const cipher = positionalArgument(call, 0);
    if (cipher === undefined) return undefined;
    const constant = PHP_MCRYPT_CONSTANTS.get(cipher.text.split('\\').join(''));
    return constant !== undefined ? { range: rangeOf(cipher), cipher: constant } : byName(code, cipher, opensslCipher);
  }
  return undefined;
};

function phpseclibCipher(call: CallSite): WeakUse | undefined {
  const parts = nameParts(call.qualified.toLowerCase());
  const className = last(parts);
  if (parts.includes('phpseclib') || parts.includes('phpseclib3')) return byApi(call, PHPSECLIB_CLASSES.get(className));
  if (parts.length === 1 && className.startsWith('crypt_')) return byApi(call, PHPSECLIB_CLASSES.get(className.slice('crypt_'.length)));
  return undefined;
}

/**
 * `openssl_seal($data, $sealed, $keys, $publicKeys, 'des-ede3-cbc', $iv)`. Before PHP 8 the cipher
 * could be left out, and then it was RC4; PHP 8 refuses the call, so code written that way runs
 * only on older PHP (hence medium confidence).
 */
function opensslSeal(call: CallSite, code: CodeModel, name: string): WeakUse | undefined {
  const cipher = namedArgument(call, 'cipher_algo') ?? positionalArgument(call, 4);
  if (cipher !== undefined) return byName(code, cipher, opensslCipher);
  if (call.args.length !== 4 || call.args.some((argument) => argument.name !== undefined || argument.node.text.startsWith('...'))) return undefined;
  return {
    range: calleeRange(call),
    cipher: 'RC4',
    note: `${name}() without a cipher argument uses RC4 on PHP 7 and earlier.`,
    confidence: 'medium',
  };
}

// ---------------------------------------------------------------------------------------------
// Ruby

/** `OpenSSL::Cipher::DES.new(:EDE3, :CBC)`: each subclass joins its arguments into an OpenSSL name. */
const RUBY_CIPHER_CLASSES: ReadonlySet<string> = new Set(['DES', 'BF', 'RC2', 'RC4', 'IDEA', 'CAST5']);

const detectRuby: Detector = (call, code) => {
  if (call.name !== 'new') return undefined;
  const owner = nameParts(call.qualified).slice(0, -1);
  // `OpenSSL::Cipher.new('des-ede3-cbc')` and the legacy `OpenSSL::Cipher::Cipher.new('des')`.
  if (owner.join('.') === 'OpenSSL.Cipher' || owner.join('.') === 'OpenSSL.Cipher.Cipher') {
    return byName(code, positionalArgument(call, 0), opensslCipher, OPENSSL_GCM);
  }
  const className = last(owner);
  if (owner.length === 3 && owner[0] === 'OpenSSL' && owner[1] === 'Cipher' && RUBY_CIPHER_CLASSES.has(className)) {
    const words = call.args.map((argument) => stringValue(code, argument.node) ?? argument.node.text);
    return byApi(call, opensslCipher([className, ...words].join('-')));
  }
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

function check(context: RuleContext): void {
  const code = context.code;
  const detect = code ? DETECTORS[code.language] : undefined;
  if (code === undefined || detect === undefined) return;
  const reported = new Set<string>();
  for (const call of code.calls()) {
    const use = detect(call, code);
    const key = use ? `${use.range.start}:${use.range.end}` : '';
    if (use === undefined || reported.has(key)) continue;
    reported.add(key);
    context.report({
      range: use.range,
      message: messageFor(use),
      severity: SEVERITIES[use.cipher],
      confidence: use.confidence,
      fix: use.fix ? { title: `Use ${use.fix.target} instead of ${use.cipher}`, edits: use.fix.edits } : undefined,
    });
  }
}

export const weakCipher: Rule = {
  meta: {
    id: 'crypto/weak-cipher',
    title: 'Legacy cipher (DES, Triple DES, RC2, RC4, Blowfish, IDEA, CAST5)',
    area: 'crypto',
    severity: 'high',
    confidence: 'high',
    cwe: [327],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: ['cryptography#the-base-principles', 'maintained-by-default#commodity-technical-maintenance', 'it-security-technical-users-policy#cryptography'],
    basis: 'principle',
    why:
      'DES has a key small enough to search exhaustively, RC4 leaks plaintext through keystream biases, and Triple DES, RC2, Blowfish, IDEA and CAST5 have 64-bit blocks that leak plaintext once a key has encrypted a few tens of gigabytes (Sweet32). ' +
      'MoJ guidance expects adequate, proportionate cryptography and algorithms upgraded as practice moves on (Cryptography: The base principles; Maintained by Default); NCSC and industry consider these ciphers weak.',
    howToFix:
      'Encrypt with AES-GCM (or ChaCha20-Poly1305) through a vetted, high-level library, with a fresh random nonce per message and a 128- or 256-bit key. ' +
      'Data already encrypted with a legacy cipher needs a migration: decrypt it once with the old cipher and re-encrypt it with the new one.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: ['des', 'rc2', 'rc4', 'arc4', 'arcfour', 'blowfish', 'bf', 'idea', 'cast', 'openssl_seal', 'getProperty'],
    examples: {
      javascript: "const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);",
      typescript: "const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);",
      tsx: "const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);",
      python: 'ciphertext = AESGCM(key).encrypt(nonce, data, associated_data)',
      java: 'Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");',
      csharp: 'using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);',
      go: 'block, err := aes.NewCipher(key) // then cipher.NewGCM(block)',
      php: "$ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag);",
      ruby: "cipher = OpenSSL::Cipher.new('aes-256-gcm')",
    },
  },
  check,
};
