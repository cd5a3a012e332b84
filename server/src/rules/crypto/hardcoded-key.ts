/**
 * crypto/hardcoded-key: a key written in the source code and passed to a cipher or a MAC. Anyone
 * who can read the repository, its history or a build can decrypt the data or forge the MACs, and
 * the key cannot be changed without a release.
 *
 * Each language's collector finds the arguments and settings that take a symmetric key (a cipher
 * or AEAD constructor, an HMAC, a key spec, a `key =` setting); the constant-bytes analysis that
 * crypto/static-iv also uses decides whether the value there is fixed in the code: a literal, an
 * encoded or decoded literal, a byte array, or a name holding one. A key derived in one call from
 * a literal passphrase (`crypto.scryptSync('passphrase', salt, 32)`, `hashlib.sha256(b'…').digest()`)
 * is as fixed as the passphrase.
 *
 * The key's text is a secret: its ranges go in `secrets`, so every output redacts them, and the
 * message never quotes it. A literal key passed to a cipher or a MAC belongs to this rule, and the
 * secrets rules stay silent on that range (CONTRACTS §10). Keys read from the environment, a
 * file, a key store or a secrets manager, and keys generated at run time, are not constant and are
 * never reported. Obvious placeholders (`''`, `'<key>'`, `'changeme'`, `'xxxx'`) are left alone:
 * they are unfinished code rather than exposed keys. A path under `test/` is not a marker
 * (CONTRACTS §7): a literal key in a test is still a key in the repository.
 */
import { namedArgument, pathNameParts, positionalArgument, safeRegex } from '../../engine/contract';
import type { CallSite, CodeModel, Range, RelatedLocation, Rule, RuleContext, SyntaxNode } from '../../engine/contract';
import { dotnetTypeOf, onFirstUse, type ConstantBytes, type ConstantBytesAnalyser } from './static-iv';

/** A place that takes a key. */
interface KeySink {
  /** The key expression as written. */
  readonly key: SyntaxNode;
}

interface Collector {
  readonly code: CodeModel;
  /** Built on first call: it indexes the whole file, which only a candidate sink needs. */
  readonly analyser: () => ConstantBytesAnalyser;
  readonly sinks: KeySink[];
  /** The calls and settings that take a key, which read a buffer rather than fill it. */
  readonly takers: Set<number>;
}

const CONSEQUENCE =
  'anyone who can read the code, its history or a build can decrypt the data or forge its MACs, and the key cannot change without a release.';
const CONTROL =
  'MoJ guidance requires application secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets).';
const ADVICE = 'Load the key at run time from a secrets manager or the environment, and rotate this one.';

const MESSAGES = {
  fixed: `This cipher or MAC key is written in the source code: ${CONSEQUENCE} ${CONTROL} ${ADVICE}`,
  zero: `This cipher or MAC key is all zero bytes, fixed in the source code: ${CONSEQUENCE} ${CONTROL} ${ADVICE}`,
  derived: `This cipher or MAC key is derived from a passphrase written in the source code: ${CONSEQUENCE} ${CONTROL} ${ADVICE}`,
} as const;

function rangeOf(node: SyntaxNode): Range {
  return { start: node.startIndex, end: node.endIndex };
}

/** Records the key argument of a call, when there is one. */
function take(collector: Collector, call: CallSite, key: SyntaxNode | undefined): void {
  collector.takers.add(call.node.id);
  if (key !== undefined) collector.sinks.push({ key });
}

// ---------------------------------------------------------------------------------------------
// Placeholders

/**
 * Whole values that announce themselves as a key still to be supplied, compared lower-case without
 * punctuation. Weak but real keys (`'secret'`, `'your-secret-key'`) are not on the list: such
 * values are copied into production, and then they are the key.
 */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'changeme', 'changeit', 'replaceme', 'placeholder', 'todo', 'fixme', 'tbd', 'redacted', 'yourkeyhere', 'yoursecrethere',
  'yoursecretkeyhere', 'yourkeygoeshere', 'insertkeyhere', 'insertyourkeyhere', 'enteryourkey', 'putyourkeyhere',
]);
/** `<key>`, `${KEY}`, `{{ key }}`, `%KEY%`: a template slot, not a value. */
const TEMPLATE_SLOT = safeRegex('^(<[^<>]*>|\\$\\{[^{}]*\\}|\\{\\{[^{}]*\\}\\}|%[A-Za-z0-9_]+%)$');
/** A run of one masking character: `xxxxxxxx`, `********`, `........`. */
const MASK_RUN = safeRegex('^(x+|X+|\\*+|\\.+|#+|-+|_+)$');
const NOT_ALPHANUMERIC = safeRegex('[^a-z0-9]', 'g');

/** Whether a string key is a stand-in for a real one (decided on the value before any decoding). */
function isPlaceholder(constant: ConstantBytes): boolean {
  if (constant.text === undefined) return constant.lengthText === '0';
  const value = constant.text.trim();
  if (value === '') return true;
  if (TEMPLATE_SLOT.test(value) || MASK_RUN.test(value)) return true;
  return PLACEHOLDER_WORDS.has(value.toLowerCase().replace(NOT_ALPHANUMERIC, ''));
}

// ---------------------------------------------------------------------------------------------
// Keys derived in one call from a literal passphrase

/** A derivation call and the argument holding the passphrase or input key material. */
type Derivation = (call: CallSite, analyser: ConstantBytesAnalyser) => SyntaxNode | undefined;

const javascriptDerivation: Derivation = (call, analyser) => {
  if (call.qualified === 'crypto.scryptSync' || call.qualified === 'crypto.pbkdf2Sync') return positionalArgument(call, 0);
  // `crypto.createHash('sha256').update('passphrase').digest()`.
  if (call.name === 'digest' && call.receiver !== undefined) {
    const update = analyser.callAt(call.receiver);
    const hash = update?.receiver === undefined ? undefined : analyser.callAt(update.receiver);
    if (update?.name === 'update' && hash?.qualified === 'crypto.createHash') return positionalArgument(update, 0);
  }
  return undefined;
};

const PYTHON_HASHES: ReadonlySet<string> = new Set(['sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s', 'md5', 'sha1']);

const pythonDerivation: Derivation = (call, analyser) => {
  if (call.qualified === 'hashlib.pbkdf2_hmac') return namedArgument(call, 'password') ?? positionalArgument(call, 1);
  if (call.qualified === 'hashlib.scrypt') return namedArgument(call, 'password') ?? positionalArgument(call, 0);
  const parts = pathNameParts(call.qualified);
  if ((parts[0] === 'Crypto' || parts[0] === 'Cryptodome') && (call.name === 'PBKDF2' || call.name === 'scrypt')) {
    return namedArgument(call, 'password') ?? positionalArgument(call, 0);
  }
  // `hashlib.sha256(b'passphrase').digest()`.
  if ((call.name === 'digest' || call.name === 'hexdigest') && call.receiver !== undefined) {
    const hash = analyser.callAt(call.receiver);
    const hashParts = hash === undefined ? [] : pathNameParts(hash.qualified);
    if (hash !== undefined && hashParts[0] === 'hashlib' && hashParts.length === 2 && PYTHON_HASHES.has(hash.name)) return positionalArgument(hash, 0);
  }
  return undefined;
};

const DERIVATIONS: Readonly<Partial<Record<CodeModel['language'], Derivation>>> = {
  javascript: javascriptDerivation,
  typescript: javascriptDerivation,
  tsx: javascriptDerivation,
  python: pythonDerivation,
};

/** The passphrase a key was derived from in one call, directly or through the name it was stored in. */
function derivedFrom(code: CodeModel, analyser: ConstantBytesAnalyser, key: SyntaxNode): { constant: ConstantBytes; via?: SyntaxNode } | undefined {
  const derive = DERIVATIONS[code.language];
  if (derive === undefined) return undefined;
  const direct = analyser.callAt(key);
  const inner = analyser.unwrap(key);
  const definition = direct === undefined && code.nameOf(inner) !== undefined ? analyser.definitionOf(inner) : undefined;
  const call = direct ?? (definition?.value === undefined ? undefined : analyser.callAt(definition.value));
  const input = call === undefined ? undefined : derive(call, analyser);
  const constant = input === undefined ? undefined : analyser.constantAt(input);
  if (constant === undefined) return undefined;
  return { constant, ...(definition !== undefined ? { via: definition.node } : {}) };
}

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript

const NODE_KEY_ARGUMENTS: ReadonlyMap<string, number> = new Map([
  ['crypto.createCipheriv', 1], ['crypto.createDecipheriv', 1], ['crypto.createCipher', 1], ['crypto.createDecipher', 1],
  ['crypto.createHmac', 1], ['crypto.createSecretKey', 0],
]);
const CRYPTO_JS_CIPHERS: ReadonlySet<string> = new Set(['AES', 'DES', 'TripleDES', 'Rabbit', 'RabbitLegacy', 'RC4', 'RC4Drop', 'Blowfish']);

/** Every callee `collectJavaScript` reads by its parts holds one of these. */
const LIBRARY_MARKERS: readonly string[] = ['subtle', 'crypto-js', 'CryptoJS', 'aes-js', 'aesjs', 'nacl', 'forge'];

function collectJavaScript(collector: Collector): void {
  const { code } = collector;
  for (const call of code.calls()) {
    // Split only a callee that can name one of the libraries below: most name none.
    const parts = LIBRARY_MARKERS.some((marker) => call.qualified.includes(marker)) ? pathNameParts(call.qualified) : [];
    const head = parts[0] ?? '';
    const nodeKey = NODE_KEY_ARGUMENTS.get(call.qualified);
    if (nodeKey !== undefined) {
      take(collector, call, positionalArgument(call, nodeKey));
    } else if (parts[parts.length - 2] === 'subtle' && call.name === 'importKey') {
      webCryptoImport(collector, call);
    } else if (head === 'crypto-js' || head === 'CryptoJS') {
      const owner = parts[parts.length - 2] ?? '';
      // `CryptoJS.AES.encrypt(data, key)`, `CryptoJS.HmacSHA256(message, key)`, `CryptoJS.algo.HMAC.create(hasher, key)`.
      if ((call.name === 'encrypt' || call.name === 'decrypt') && parts.length === 3 && CRYPTO_JS_CIPHERS.has(owner)) take(collector, call, positionalArgument(call, 1));
      else if (parts.length === 2 && call.name.startsWith('Hmac')) take(collector, call, positionalArgument(call, 1));
      else if (parts[1] === 'algo' && owner === 'HMAC' && call.name === 'create') take(collector, call, positionalArgument(call, 1));
      else if (parts[1] === 'algo' && (call.name === 'createEncryptor' || call.name === 'createDecryptor')) take(collector, call, positionalArgument(call, 0));
    } else if ((head === 'aes-js' || head === 'aesjs') && call.isConstructor && parts[parts.length - 2] === 'ModeOfOperation') {
      take(collector, call, positionalArgument(call, 0));
    } else if ((head === 'tweetnacl' || head === 'nacl') && (call.name === 'secretbox' || (call.name === 'open' && parts[parts.length - 2] === 'secretbox'))) {
      take(collector, call, positionalArgument(call, 2));
    } else if ((head === 'tweetnacl' || head === 'nacl') && call.name === 'auth') {
      take(collector, call, positionalArgument(call, 1));
    } else if ((head === 'node-forge' || head === 'forge') && parts[parts.length - 2] === 'cipher' && (call.name === 'createCipher' || call.name === 'createDecipher')) {
      take(collector, call, positionalArgument(call, 1));
    } else if (call.name === 'start' && call.receiver !== undefined) {
      // node-forge: `const hmac = forge.hmac.create(); hmac.start('sha256', key)`.
      const creator = collector.analyser().creatorOf(call.receiver);
      const creatorParts = creator === undefined ? [] : pathNameParts(creator.qualified);
      if ((creatorParts[0] === 'node-forge' || creatorParts[0] === 'forge') && creatorParts[creatorParts.length - 2] === 'hmac') take(collector, call, positionalArgument(call, 1));
    }
  }
}

/** `subtle.importKey('raw', keyBytes, …)`, and a JWK whose `k` is a literal. */
function webCryptoImport(collector: Collector, call: CallSite): void {
  const { code } = collector;
  const format = positionalArgument(call, 0);
  const formatValue = format === undefined ? undefined : code.valueOf(format);
  const data = positionalArgument(call, 1);
  if (formatValue?.kind !== 'string' || data === undefined) return;
  if (formatValue.value === 'raw') {
    take(collector, call, data);
    return;
  }
  const object = collector.analyser().unwrap(data);
  if (formatValue.value !== 'jwk' || object.type !== 'object') return;
  take(collector, call, collector.code.keyValuesIn(object).find((pair) => pair.key === 'k')?.value);
}

// ---------------------------------------------------------------------------------------------
// Python

const PYCRYPTODOME_CIPHERS: ReadonlySet<string> = new Set([
  'AES', 'DES', 'DES3', 'Blowfish', 'CAST', 'ARC2', 'ARC4', 'ChaCha20', 'XChaCha20', 'ChaCha20_Poly1305', 'Salsa20',
]);
const CRYPTOGRAPHY_ALGORITHMS: ReadonlySet<string> = new Set([
  'AES', 'AES128', 'AES256', 'ChaCha20', 'TripleDES', 'Camellia', 'SM4', 'Blowfish', 'CAST5', 'IDEA', 'SEED', 'ARC4',
]);
const CRYPTOGRAPHY_AEADS: ReadonlySet<string> = new Set(['AESGCM', 'AESCCM', 'AESOCB3', 'AESSIV', 'AESGCMSIV', 'ChaCha20Poly1305']);

function collectPython(collector: Collector): void {
  const { code } = collector;
  for (const call of code.calls()) {
    const parts = pathNameParts(call.qualified);
    const library = parts[0];
    const keyArgument = (): SyntaxNode | undefined => namedArgument(call, 'key') ?? positionalArgument(call, 0);
    if ((library === 'Crypto' || library === 'Cryptodome') && parts.length === 4 && call.name === 'new') {
      const isCipher = parts[1] === 'Cipher' && PYCRYPTODOME_CIPHERS.has(parts[2] ?? '');
      const isMac = parts[1] === 'Hash' && (parts[2] === 'HMAC' || parts[2] === 'CMAC');
      if (isCipher || isMac) take(collector, call, keyArgument());
    } else if (call.qualified === 'hmac.new' || call.qualified === 'hmac.digest' || call.qualified === 'hmac.HMAC') {
      take(collector, call, keyArgument());
    } else if (library === 'cryptography') {
      const owner = parts[parts.length - 2];
      const isKeyed = (owner === 'algorithms' && CRYPTOGRAPHY_ALGORITHMS.has(call.name)) || (owner === 'aead' && CRYPTOGRAPHY_AEADS.has(call.name))
        || (owner === 'fernet' && call.name === 'Fernet') || (owner === 'hmac' && call.name === 'HMAC');
      if (isKeyed) take(collector, call, keyArgument());
    } else if (library === 'nacl' && parts[1] === 'secret' && (call.name === 'SecretBox' || call.name === 'Aead')) {
      take(collector, call, keyArgument());
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Java

const JAVA_KEY_SPECS: ReadonlyMap<string, number> = new Map([
  ['SecretKeySpec', 0], ['DESKeySpec', 0], ['DESedeKeySpec', 0], ['KeyParameter', 0], ['HmacUtils', 1],
]);
const JAVA_HMAC_UTILS_STATIC: ReadonlySet<string> = new Set([
  'hmacMd5', 'hmacMd5Hex', 'hmacSha1', 'hmacSha1Hex', 'hmacSha256', 'hmacSha256Hex', 'hmacSha384', 'hmacSha384Hex', 'hmacSha512', 'hmacSha512Hex',
]);

function collectJava(collector: Collector): void {
  for (const call of collector.code.calls()) {
    const parts = pathNameParts(call.qualified);
    const owner = parts[parts.length - 2];
    if (call.isConstructor) {
      const index = JAVA_KEY_SPECS.get(call.name);
      // `new HmacUtils(algorithm, key)`; its no-argument form takes no key.
      if (index !== undefined && call.args.length > index) take(collector, call, positionalArgument(call, index));
    } else if (owner === 'HmacUtils' && JAVA_HMAC_UTILS_STATIC.has(call.name)) {
      take(collector, call, positionalArgument(call, 0));
    } else if (owner === 'Hashing' && call.name.startsWith('hmac')) {
      take(collector, call, positionalArgument(call, 0));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// C#

const DOTNET_KEYED_TYPES: ReadonlySet<string> = new Set([
  'Aes', 'AesManaged', 'AesCng', 'AesCryptoServiceProvider', 'Rijndael', 'RijndaelManaged', 'SymmetricAlgorithm',
  'TripleDES', 'TripleDESCng', 'TripleDESCryptoServiceProvider', 'DES', 'DESCryptoServiceProvider', 'RC2', 'RC2CryptoServiceProvider',
  'HMAC', 'KeyedHashAlgorithm', 'HMACSHA1', 'HMACSHA256', 'HMACSHA384', 'HMACSHA512', 'HMACMD5', 'HMACSHA3_256', 'HMACSHA3_384', 'HMACSHA3_512',
]);
const DOTNET_KEYED_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'HMACSHA1', 'HMACSHA256', 'HMACSHA384', 'HMACSHA512', 'HMACMD5', 'HMACSHA3_256', 'HMACSHA3_384', 'HMACSHA3_512',
  'AesGcm', 'AesCcm', 'ChaCha20Poly1305', 'KeyParameter',
]);

function collectCSharp(collector: Collector): void {
  const { code } = collector;
  for (const assignment of code.assignments()) {
    const parent = assignment.node.parent;
    if (assignment.target === 'Key' && parent?.type === 'initializer_expression') {
      const created = parent.parent === null ? undefined : collector.analyser().callAt(parent.parent);
      if (created !== undefined && DOTNET_KEYED_TYPES.has(created.name)) {
        collector.takers.add(assignment.node.id);
        collector.sinks.push({ key: assignment.value });
      }
      continue;
    }
    const receiver = assignment.targetNode.type === 'member_access_expression' ? assignment.targetNode.childForFieldName('expression') : null;
    if (!assignment.target.endsWith('.Key') || receiver === null) continue;
    const type = dotnetTypeOf(collector.analyser(), receiver);
    if (type === undefined || !DOTNET_KEYED_TYPES.has(type)) continue;
    collector.takers.add(assignment.node.id);
    collector.sinks.push({ key: assignment.value });
  }
  for (const call of code.calls()) {
    const parts = pathNameParts(call.qualified);
    if (call.isConstructor) {
      if (DOTNET_KEYED_CONSTRUCTORS.has(call.name)) take(collector, call, namedArgument(call, 'key') ?? positionalArgument(call, 0));
    } else if ((call.name === 'CreateEncryptor' || call.name === 'CreateDecryptor') && call.args.length === 2) {
      take(collector, call, namedArgument(call, 'rgbKey') ?? positionalArgument(call, 0));
    } else if (call.name === 'HashData' && (parts[parts.length - 2] ?? '').startsWith('HMAC')) {
      take(collector, call, namedArgument(call, 'key') ?? positionalArgument(call, 0));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Go

const GO_KEY_ARGUMENTS: ReadonlyMap<string, number> = new Map([
  ['crypto/aes.NewCipher', 0], ['crypto/des.NewCipher', 0], ['crypto/des.NewTripleDESCipher', 0], ['crypto/rc4.NewCipher', 0],
  ['golang.org/x/crypto/blowfish.NewCipher', 0], ['golang.org/x/crypto/chacha20poly1305.New', 0],
  ['golang.org/x/crypto/chacha20poly1305.NewX', 0], ['golang.org/x/crypto/chacha20.NewUnauthenticatedCipher', 0],
  ['crypto/hmac.New', 1], ['golang.org/x/crypto/nacl/secretbox.Seal', 3], ['golang.org/x/crypto/nacl/secretbox.Open', 3],
]);

function collectGo(collector: Collector): void {
  for (const call of collector.code.calls()) {
    const index = GO_KEY_ARGUMENTS.get(call.qualified);
    if (index !== undefined) take(collector, call, positionalArgument(call, index));
  }
}

// ---------------------------------------------------------------------------------------------
// PHP

/** Built-in functions, the name of their key parameter and its position. */
const PHP_KEY_ARGUMENTS: ReadonlyMap<string, { name: string; index: number }> = new Map([
  ['openssl_encrypt', { name: 'passphrase', index: 2 }],
  ['openssl_decrypt', { name: 'passphrase', index: 2 }],
  ['hash_hmac', { name: 'key', index: 2 }],
  ['hash_hmac_file', { name: 'key', index: 2 }],
  ['mcrypt_encrypt', { name: 'key', index: 1 }],
  ['mcrypt_decrypt', { name: 'key', index: 1 }],
  ['sodium_crypto_secretbox', { name: 'key', index: 2 }],
  ['sodium_crypto_secretbox_open', { name: 'key', index: 2 }],
  ['sodium_crypto_stream_xor', { name: 'key', index: 2 }],
  ['sodium_crypto_stream_xchacha20_xor', { name: 'key', index: 2 }],
  ['sodium_crypto_auth', { name: 'key', index: 1 }],
  ['sodium_crypto_auth_verify', { name: 'key', index: 2 }],
]);
const SODIUM_AEAD_PREFIX = 'sodium_crypto_aead_';
const PHPSECLIB_CIPHERS: ReadonlySet<string> = new Set(['aes', 'rijndael', 'blowfish', 'tripledes', 'des', 'rc4', 'rc2', 'twofish', 'chacha20', 'salsa20']);

function collectPhp(collector: Collector): void {
  const { code } = collector;
  for (const call of code.calls()) {
    const name = call.name.toLowerCase();
    if (call.isConstructor) continue;
    if (call.receiver !== undefined) {
      // phpseclib: `$aes = new AES('cbc'); $aes->setKey('…')`.
      const creator = name === 'setkey' ? collector.analyser().creatorOf(call.receiver) : undefined;
      const className = creator?.isConstructor ? (pathNameParts(creator.qualified).at(-1) ?? '').toLowerCase() : undefined;
      if (className !== undefined && PHPSECLIB_CIPHERS.has(className)) take(collector, call, positionalArgument(call, 0));
      // Defuse: `Key::loadFromAsciiSafeString('…')`.
      if (name === 'loadfromasciisafestring' && call.callee.toLowerCase().endsWith('key::loadfromasciisafestring')) take(collector, call, positionalArgument(call, 0));
      continue;
    }
    if (name === 'hash_init') {
      // `hash_init('sha256', HASH_HMAC, $key)`: only the HMAC form takes a key.
      if (call.args.some((argument) => argument.node.text.endsWith('HASH_HMAC'))) take(collector, call, namedArgument(call, 'key') ?? positionalArgument(call, 2));
      continue;
    }
    const known = PHP_KEY_ARGUMENTS.get(name);
    if (known !== undefined) take(collector, call, namedArgument(call, known.name) ?? positionalArgument(call, known.index));
    else if (name.startsWith(SODIUM_AEAD_PREFIX) && (name.endsWith('_encrypt') || name.endsWith('_decrypt'))) take(collector, call, namedArgument(call, 'key') ?? positionalArgument(call, 3));
  }
}

// ---------------------------------------------------------------------------------------------
// Ruby

const RUBY_HMAC_ONE_SHOT: ReadonlySet<string> = new Set(['digest', 'hexdigest', 'base64digest']);
const RUBY_KEYED_CLASSES: ReadonlySet<string> = new Set([
  'ActiveSupport.MessageEncryptor', 'ActiveSupport.MessageVerifier', 'RbNaCl.SecretBox', 'RbNaCl.SimpleBox',
]);

function collectRuby(collector: Collector): void {
  const { code } = collector;
  const mentionsCipher = code.root.text.includes('OpenSSL::Cipher');
  for (const assignment of code.assignments()) {
    const receiver = assignment.targetNode.type === 'call' ? assignment.targetNode.childForFieldName('receiver') : null;
    if (receiver === null || assignment.targetNode.childForFieldName('method')?.text !== 'key') continue;
    const creator = collector.analyser().creatorOf(receiver);
    if (creator !== undefined ? !creator.qualified.includes('Cipher') : !mentionsCipher) continue;
    collector.takers.add(assignment.node.id);
    collector.sinks.push({ key: assignment.value });
  }
  for (const call of code.calls()) {
    const owner = pathNameParts(call.qualified).slice(0, -1).join('.');
    if (owner === 'OpenSSL.HMAC' && RUBY_HMAC_ONE_SHOT.has(call.name)) take(collector, call, positionalArgument(call, 1));
    else if (owner === 'OpenSSL.HMAC' && call.name === 'new') take(collector, call, positionalArgument(call, 0));
    else if (call.name === 'new' && (RUBY_KEYED_CLASSES.has(owner) || owner.startsWith('RbNaCl.AEAD.'))) take(collector, call, positionalArgument(call, 0));
    else if (owner.startsWith('RbNaCl.HMAC.') && (call.name === 'auth' || call.name === 'verify')) take(collector, call, positionalArgument(call, 0));
  }
}

// ---------------------------------------------------------------------------------------------
// Check

const COLLECTORS: Readonly<Partial<Record<CodeModel['language'], (collector: Collector) => void>>> = {
  javascript: collectJavaScript,
  typescript: collectJavaScript,
  tsx: collectJavaScript,
  python: collectPython,
  java: collectJava,
  csharp: collectCSharp,
  go: collectGo,
  php: collectPhp,
  ruby: collectRuby,
};

function check(context: RuleContext): void {
  const code = context.code;
  const collect = code === undefined ? undefined : COLLECTORS[code.language];
  if (code === undefined || collect === undefined) return;
  const takers = new Set<number>();
  const collector: Collector = {
    code,
    ...onFirstUse(code, takers),
    sinks: [],
    takers,
  };
  collect(collector);
  const reported = new Set<string>();
  for (const sink of collector.sinks) {
    const found = keyConstant(collector, sink.key);
    if (found === undefined || isPlaceholder(found.constant)) continue;
    const key = `${sink.key.startIndex}:${sink.key.endIndex}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const { constant, message } = found;
    const definition = constant.definition ?? found.via;
    const related: RelatedLocation[] = definition !== undefined ? [{ range: rangeOf(definition), message: 'The key is set here.' }] : [];
    context.report({
      range: rangeOf(sink.key),
      message,
      ...(constant.sources.length > 0 ? { secrets: constant.sources } : {}),
      ...(related.length > 0 ? { related } : {}),
    });
  }
}

/** The constant a key argument holds, or the literal passphrase it was derived from. */
function keyConstant(collector: Collector, key: SyntaxNode): { constant: ConstantBytes; message: string; via?: SyntaxNode } | undefined {
  const { code } = collector;
  const constant = collector.analyser().constantAt(key);
  if (constant !== undefined) return { constant, message: MESSAGES[constant.kind] };
  const derived = derivedFrom(code, collector.analyser(), key);
  if (derived === undefined) return undefined;
  return { constant: derived.constant, message: MESSAGES.derived, ...(derived.via !== undefined ? { via: derived.via } : {}) };
}

export const hardcodedKey: Rule = {
  meta: {
    id: 'crypto/hardcoded-key',
    title: 'Cipher or MAC key written in the source code',
    area: 'crypto',
    // CONTRACTS §1 names a hard-coded live key as the example of critical: the key works as
    // written for anyone who has the code, and decrypts or forges everything it protects.
    severity: 'critical',
    confidence: 'high',
    cwe: [321, 798],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: [
      'secrets-management#application--infrastructure-secrets',
      'source-code-publishing#when-you-should-not-publish-materials-in-the-open',
      'cryptography#the-base-principles',
    ],
    basis: 'explicit',
    why:
      'A key in the source code is readable by anyone with the repository, its history or a build, who can then decrypt the data or forge its MACs; it cannot be rotated without a release. ' +
      'MoJ guidance requires application secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets).',
    howToFix:
      'Read the key at run time from a secrets manager (for example AWS Secrets Manager, Azure Key Vault, a KMS) or a protected environment variable, and rotate the exposed key. ' +
      'Generate new keys with a secure random generator, never from a memorable passphrase.',
    // There is no fix: the key has to move to wherever the deployment keeps secrets, and the exposed
    // key has to be rotated; an edit that swapped the literal for an environment lookup would
    // change the program's type and behaviour while leaving the exposed key in the history.
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    // Every key sink's file names a cipher, encryption, a key or a MAC, or one of these libraries.
    prefilter: ['key', 'crypt', 'cipher', 'hmac', 'mac', 'aead', 'nacl', 'secretbox', 'sodium', 'Fernet', 'openssl'],
    examples: {
      javascript: "const key = Buffer.from(process.env.DATA_KEY, 'base64');\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);",
      typescript: "const key = Buffer.from(process.env.DATA_KEY ?? '', 'base64');\nconst mac = crypto.createHmac('sha256', key);",
      tsx: "const key = await crypto.subtle.importKey('raw', await fetchKeyFromServer(), 'AES-GCM', false, ['encrypt']);",
      python: "key = base64.b64decode(os.environ['DATA_KEY'])\nciphertext = AESGCM(key).encrypt(nonce, data, None)",
      java: 'byte[] key = Base64.getDecoder().decode(System.getenv("DATA_KEY"));\nSecretKeySpec spec = new SecretKeySpec(key, "AES");',
      csharp: 'aes.Key = Convert.FromBase64String(Environment.GetEnvironmentVariable("DATA_KEY"));',
      go: 'key, err := base64.StdEncoding.DecodeString(os.Getenv("DATA_KEY"))\nblock, err := aes.NewCipher(key)',
      php: "$key = base64_decode(getenv('DATA_KEY'));\n$mac = hash_hmac('sha256', $data, $key);",
      ruby: "cipher.key = Base64.strict_decode64(ENV.fetch('DATA_KEY'))",
    },
  },
  check,
};
