/**
 * crypto/ecb-mode: a block cipher used in ECB mode, whether by name (`AES/ECB/PKCS5Padding`,
 * `aes-128-ecb`, `AES.MODE_ECB`, `modes.ECB()`, `CipherMode.ECB`), by default (Java's
 * `Cipher.getInstance("AES")`, PyCrypto and pyDes without a mode, OpenSSL's `des-ede3`, a
 * BouncyCastle engine with no mode around it) or by hand (Go's `cipher.Block` driven block by
 * block in a loop).
 *
 * RSA's "ECB" (`RSA/ECB/OAEPWithSHA-256AndMGF1Padding`) is a misnomer for one-block encryption
 * and is left alone, as are key-wrap transformations. Legacy ciphers in ECB mode are reported
 * here and by crypto/weak-cipher: the code is weak in two ways.
 *
 * Fixes are suggestions (GCM changes the output and needs a nonce and a tag) and are offered
 * only for AES named in a string literal, where the GCM name is valid for the same API.
 */
import { namedArgument, nameParts, positionalArgument } from '../../engine/contract';
import type { CallSite, CodeLanguage, CodeModel, Confidence, Range, Rule, RuleContext, SyntaxNode, TextEdit } from '../../engine/contract';

/** How the code arrives at ECB, which decides the sentence put before the message. */
type How = 'named' | 'provider-default' | 'pycrypto-default' | 'pydes-default' | 'openssl-implicit' | 'bare-engine' | 'manual';

interface EcbUse {
  readonly range: Range;
  readonly how: How;
  readonly edits?: readonly TextEdit[];
  readonly confidence?: Confidence;
}

const EXPLANATION =
  'ECB mode encrypts each block on its own, so identical plaintext blocks give identical ciphertext blocks: patterns in the ' +
  'data show through, and blocks can be swapped or replayed without detection. MoJ guidance expects adequate, proportionate ' +
  'cryptography through vetted, high-level APIs (Cryptography: The base principles); NCSC and industry consider ECB unsafe ' +
  'for data. Use an authenticated mode such as AES-GCM.';

const LEADS: Readonly<Record<How, string | undefined>> = {
  named: undefined,
  'provider-default': 'A transformation without a mode, such as "AES", makes the provider fall back to ECB.',
  'pycrypto-default': 'Without a mode argument, PyCrypto ciphers use ECB.',
  'pydes-default': 'Without a mode argument, pyDes ciphers use ECB.',
  'openssl-implicit': 'An OpenSSL cipher name without a mode, such as des-ede3, selects ECB.',
  'bare-engine': 'A BouncyCastle block cipher engine used without a mode around it runs in ECB.',
  manual: "Calling a cipher.Block's Encrypt or Decrypt block by block in a loop is ECB mode written by hand.",
};

function messageFor(how: How): string {
  const lead = LEADS[how];
  return lead === undefined ? EXPLANATION : `${lead} ${EXPLANATION}`;
}

// ---------------------------------------------------------------------------------------------
// Cipher names

/**
 * Whether an OpenSSL-style name (Node, PHP, Ruby, M2Crypto, node-forge) selects ECB: a name with
 * an `ecb` part, or `des-ede` and `des-ede3`, which OpenSSL reads as ECB because they name no mode.
 */
function opensslEcb(name: string): How | undefined {
  const lower = name.trim().toLowerCase().split('_').join('-');
  if (lower.split('-').includes('ecb')) return 'named';
  return lower === 'des-ede' || lower === 'des-ede3' ? 'openssl-implicit' : undefined;
}

/**
 * Block ciphers as the JCA and BouncyCastle name them, lower-cased. RSA, key-wrap and
 * password-based names are not here: their "ECB" or missing mode is not ECB on the data.
 */
const JCA_BLOCK_CIPHERS: ReadonlySet<string> = new Set([
  'aes', 'aes_128', 'aes_192', 'aes_256', 'rijndael', 'des', 'desede', 'tripledes', '3des', 'tdea', 'blowfish', 'rc2',
  'rc5', 'rc6', 'idea', 'cast5', 'cast6', 'camellia', 'aria', 'seed', 'sm4', 'twofish', 'serpent', 'skipjack', 'xtea',
  'noekeon', 'gost28147',
]);

/** Whether a JCA transformation selects ECB, by name (`AES/ECB/PKCS5Padding`) or by leaving the mode out (`AES`). */
function jcaEcb(transformation: string): How | undefined {
  const [algorithm = '', mode] = transformation.split('/');
  if (!JCA_BLOCK_CIPHERS.has(algorithm.trim().toLowerCase())) return undefined;
  if (mode === undefined) return 'provider-default';
  return mode.trim().toLowerCase() === 'ecb' ? 'named' : undefined;
}

function isAes(algorithm: string): boolean {
  return algorithm.trim().toLowerCase().startsWith('aes');
}

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

/** The range inside the quotes of a string literal written in place, or undefined for any other expression. */
function literalValueRange(code: CodeModel, node: SyntaxNode): Range | undefined {
  return code.strings().find((literal) => literal.node.id === node.id)?.valueRange;
}

/** Keeps the original letter case: `ecb` becomes `gcm`, `ECB` becomes `GCM`. */
function gcmSpelledLike(original: string): string {
  return original === original.toUpperCase() ? 'GCM' : 'gcm';
}

/**
 * The edit turning the `ecb` part of an AES name written as a literal into `gcm`
 * (`'aes-128-ecb'` → `'aes-128-gcm'`, `'AES-ECB'` → `'AES-GCM'`), or undefined for any other name.
 */
function opensslGcmEdit(code: CodeModel, node: SyntaxNode, value: string): TextEdit[] | undefined {
  const inside = literalValueRange(code, node);
  if (inside === undefined || !isAes(value)) return undefined;
  const at = value.toLowerCase().indexOf('ecb');
  if (at < 0 || node.text.slice(inside.start - node.startIndex, inside.end - node.startIndex) !== value) return undefined;
  const start = inside.start + at;
  return [{ start, end: start + 3, newText: gcmSpelledLike(value.slice(at, at + 3)) }];
}

/** An ECB use chosen by an OpenSSL-style name argument, with the GCM fix when `fixable`. */
function byOpensslName(code: CodeModel, argument: SyntaxNode | undefined, fixable: boolean): EcbUse | undefined {
  if (argument === undefined) return undefined;
  const value = stringValue(code, argument);
  const how = value === undefined ? undefined : opensslEcb(value);
  if (value === undefined || how === undefined) return undefined;
  const edits = fixable && how === 'named' ? opensslGcmEdit(code, argument, value) : undefined;
  return { range: rangeOf(argument), how, edits };
}

/** An ECB use chosen by a JCA-style transformation, rewritten to AES-GCM when AES is named in a literal. */
function byTransformation(code: CodeModel, argument: SyntaxNode | undefined): EcbUse | undefined {
  if (argument === undefined) return undefined;
  const value = stringValue(code, argument);
  const how = value === undefined ? undefined : jcaEcb(value);
  if (value === undefined || how === undefined) return undefined;
  const inside = literalValueRange(code, argument);
  const edits = inside !== undefined && isAes(value) ? [{ ...inside, newText: 'AES/GCM/NoPadding' }] : undefined;
  return { range: rangeOf(argument), how, edits };
}

/**
 * `new PaddedBufferedBlockCipher(new AESEngine())`: a BouncyCastle engine given straight to a
 * buffering wrapper, with no mode (`CBCBlockCipher`, `GCMBlockCipher`) between them, runs in ECB.
 * Java and C# share the class names; the engine may also come from `AESEngine.newInstance()`.
 */
const BUFFERED_CIPHERS: ReadonlySet<string> = new Set(['PaddedBufferedBlockCipher', 'BufferedBlockCipher', 'DefaultBufferedBlockCipher']);

function bareEngine(call: CallSite, code: CodeModel): EcbUse | undefined {
  if (!call.isConstructor || !BUFFERED_CIPHERS.has(last(nameParts(call.qualified)))) return undefined;
  const engine = positionalArgument(call, 0);
  const engineCall = engine === undefined ? undefined : code.callAt(engine);
  if (engine === undefined || engineCall === undefined) return undefined;
  const engineClass = engineCall.isConstructor ? last(nameParts(engineCall.qualified)) : nameParts(engineCall.qualified).slice(-2).join('.');
  const isEngine = engineCall.isConstructor ? engineClass.endsWith('Engine') : engineClass.endsWith('Engine.newInstance');
  return isEngine ? { range: rangeOf(engine), how: 'bare-engine' } : undefined;
}

/** What a detector sees besides the call. */
interface DetectorContext {
  readonly code: CodeModel;
}

type Detector = (call: CallSite, context: DetectorContext) => EcbUse | undefined;

// ---------------------------------------------------------------------------------------------
// JavaScript and TypeScript

const NODE_MODULES: ReadonlySet<string> = new Set(['crypto', 'crypto-browserify']);
const NODE_CIPHER_FUNCTIONS: ReadonlySet<string> = new Set(['createCipheriv', 'createDecipheriv']);
/** Removed in Node 22; they derive the key and IV from a password, so a GCM name is no drop-in. */
const NODE_LEGACY_FUNCTIONS: ReadonlySet<string> = new Set(['createCipher', 'createDecipher']);
/** node-forge's older per-cipher API and the position of its mode argument. */
const FORGE_MODE_POSITIONS: ReadonlyMap<string, number> = new Map([
  ['createEncryptionCipher', 1], ['createDecryptionCipher', 1], ['startEncrypting', 3], ['startDecrypting', 3],
]);
/** The crypto-js ECB mode object, through the bundle, its global or its own module. */
const CRYPTO_JS_ECB: ReadonlySet<string> = new Set(['crypto-js.mode.ECB', 'CryptoJS.mode.ECB', 'crypto-js/mode-ecb']);

/** Every call the JavaScript detector reports has one of these names, or is aes-js's: the rest are not split into parts. */
const JAVASCRIPT_CALL_NAMES: ReadonlySet<string> = new Set([...NODE_CIPHER_FUNCTIONS, ...NODE_LEGACY_FUNCTIONS, ...FORGE_MODE_POSITIONS.keys()]);
const AES_JS_ECB = 'aes-js.ModeOfOperation.ecb';

const detectJavaScript: Detector = (call, { code }) => {
  if (!JAVASCRIPT_CALL_NAMES.has(call.name) && call.qualified !== AES_JS_ECB) return undefined;
  const parts = nameParts(call.qualified);
  const head = parts[0] ?? '';
  if (parts.length === 2 && NODE_MODULES.has(head)) {
    if (NODE_CIPHER_FUNCTIONS.has(call.name)) return byOpensslName(code, positionalArgument(call, 0), true);
    if (NODE_LEGACY_FUNCTIONS.has(call.name)) return byOpensslName(code, positionalArgument(call, 0), false);
    return undefined;
  }
  if ((head === 'node-forge' || head === 'forge') && parts.length === 3) {
    // `forge.cipher.createCipher('AES-ECB', key)` and the older `forge.aes.createEncryptionCipher(key, 'ECB')`.
    if (parts[1] === 'cipher' && (call.name === 'createCipher' || call.name === 'createDecipher')) {
      return byOpensslName(code, positionalArgument(call, 0), true);
    }
    const position = FORGE_MODE_POSITIONS.get(call.name);
    if ((parts[1] === 'aes' || parts[1] === 'des') && position !== undefined) return forgeMode(code, positionalArgument(call, position), parts[1] === 'aes');
    return undefined;
  }
  // aes-js: `new aesjs.ModeOfOperation.ecb(key)`.
  if (call.qualified === AES_JS_ECB) return { range: calleeRange(call), how: 'named' };
  return undefined;
};

function forgeMode(code: CodeModel, mode: SyntaxNode | undefined, aes: boolean): EcbUse | undefined {
  const value = mode === undefined ? undefined : stringValue(code, mode);
  if (mode === undefined || value?.trim().toLowerCase() !== 'ecb') return undefined;
  const inside = literalValueRange(code, mode);
  const edits = aes && inside !== undefined ? [{ ...inside, newText: gcmSpelledLike(value) }] : undefined;
  return { range: rangeOf(mode), how: 'named', edits };
}

/** crypto-js options: `{ mode: CryptoJS.mode.ECB }` and `cfg.mode = CryptoJS.mode.ECB`. */
function cryptoJsModes(code: CodeModel): EcbUse[] {
  const values = [
    ...code.keyValues().filter((pair) => pair.key === 'mode').map((pair) => pair.value),
    // Most assignments' targets do not hold the word at all: they are not split into parts.
    ...code.assignments().filter((assignment) => assignment.target.includes('mode') && last(nameParts(assignment.target)) === 'mode').map((assignment) => assignment.value),
  ];
  return values
    .filter((value) => CRYPTO_JS_ECB.has(code.qualifiedName(value) ?? ''))
    .map((value): EcbUse => ({ range: rangeOf(value), how: 'named' }));
}

// ---------------------------------------------------------------------------------------------
// Python

/** PyCryptodome and PyCrypto block ciphers whose `new()` takes a mode. */
const PYCRYPTODOME_BLOCK_CIPHERS: ReadonlySet<string> = new Set(['AES', 'DES', 'DES3', 'Blowfish', 'ARC2', 'CAST']);
const SPLATS: ReadonlySet<string> = new Set(['list_splat', 'dictionary_splat']);

const detectPython: Detector = (call, { code }) => {
  const parts = nameParts(call.qualified);
  const head = parts[0] ?? '';
  if ((head === 'Crypto' || head === 'Cryptodome') && parts[1] === 'Cipher' && parts.length === 4 && call.name === 'new') {
    if (!PYCRYPTODOME_BLOCK_CIPHERS.has(parts[2] ?? '') || call.args.some((argument) => SPLATS.has(argument.node.type))) return undefined;
    const mode = namedArgument(call, 'mode') ?? positionalArgument(call, 1);
    if (mode !== undefined) return last(nameParts(code.qualifiedName(mode) ?? '')) === 'MODE_ECB' ? { range: rangeOf(mode), how: 'named' } : undefined;
    // PyCryptodome requires the mode, so a call without one only runs on PyCrypto, which defaults to ECB.
    return head === 'Crypto' ? { range: calleeRange(call), how: 'pycrypto-default' } : undefined;
  }
  if (head === 'cryptography' && endsWith(parts, 'ciphers', 'modes', 'ECB')) return { range: calleeRange(call), how: 'named' };
  if (call.qualified === 'pyaes.AESModeOfOperationECB') return { range: calleeRange(call), how: 'named' };
  if (head === 'pyDes' && parts.length === 2 && (call.name === 'des' || call.name === 'triple_des')) return pyDesMode(call, code);
  if (endsWith(parts, 'M2Crypto', 'EVP', 'Cipher')) return byOpensslName(code, namedArgument(call, 'alg') ?? positionalArgument(call, 0), false);
  return undefined;
};

/** pyDes: `des(key)` defaults to ECB; `des(key, pyDes.ECB)` or `mode=ECB` names it. */
function pyDesMode(call: CallSite, code: CodeModel): EcbUse | undefined {
  if (call.args.some((argument) => SPLATS.has(argument.node.type))) return undefined;
  const mode = namedArgument(call, 'mode') ?? positionalArgument(call, 1);
  if (mode === undefined) return { range: calleeRange(call), how: 'pydes-default' };
  const value = code.valueOf(mode);
  const isEcb = code.qualifiedName(mode) === 'pyDes.ECB' || (value.kind === 'number' && value.value === 0);
  return isEcb ? { range: rangeOf(mode), how: 'named' } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Java and C#

const detectJava: Detector = (call, context) => {
  if (call.isConstructor) return bareEngine(call, context.code);
  return endsWith(nameParts(call.qualified), 'Cipher', 'getInstance') ? byTransformation(context.code, positionalArgument(call, 0)) : undefined;
};

/** .NET 6 one-shot ECB methods on `SymmetricAlgorithm`. */
const DOTNET_ECB_METHODS: ReadonlySet<string> = new Set(['EncryptEcb', 'DecryptEcb', 'TryEncryptEcb', 'TryDecryptEcb']);

const detectCSharp: Detector = (call, context) => {
  if (call.isConstructor) return bareEngine(call, context.code);
  if (DOTNET_ECB_METHODS.has(call.name) && call.receiver !== undefined) return { range: calleeRange(call), how: 'named' };
  // BouncyCastle's `CipherUtilities.GetCipher("AES/ECB/PKCS7Padding")` takes JCA-style names.
  if (endsWith(nameParts(call.qualified), 'CipherUtilities', 'GetCipher')) return byTransformation(context.code, positionalArgument(call, 0));
  return undefined;
};

/** `aes.Mode = CipherMode.ECB` and `new AesManaged { Mode = CipherMode.ECB }`; a comparison is not a setting. */
function dotnetModeSettings(code: CodeModel): EcbUse[] {
  return code
    .assignments()
    .filter((assignment) => last(nameParts(assignment.target)) === 'Mode' && endsWith(nameParts(assignment.value.text), 'CipherMode', 'ECB'))
    .map((assignment): EcbUse => ({ range: rangeOf(assignment.value), how: 'named' }));
}

// ---------------------------------------------------------------------------------------------
// Go

/** Block cipher constructors whose result a loop could drive block by block. */
const GO_BLOCK_CONSTRUCTORS: ReadonlySet<string> = new Set([
  'crypto/aes.NewCipher', 'crypto/des.NewCipher', 'crypto/des.NewTripleDESCipher', 'golang.org/x/crypto/blowfish.NewCipher',
  'golang.org/x/crypto/twofish.NewCipher', 'golang.org/x/crypto/cast5.NewCipher',
]);
const GO_FUNCTIONS: ReadonlySet<string> = new Set(['function_declaration', 'method_declaration', 'func_literal']);
const GO_DECLARATIONS: ReadonlySet<string> = new Set(['short_var_declaration', 'assignment_statement', 'var_spec']);

/**
 * Go's `block.Encrypt(dst[i:], src[i:])` inside a `for` loop, with no XOR in the loop (which
 * would make it a chaining or counter mode written by hand). Medium confidence: the loop is a
 * heuristic, and the block must be known from its constructor or its `cipher.Block` type.
 */
function goManualEcb(blocks: ReadonlySet<string>): Detector {
  return (call) => {
    if ((call.name !== 'Encrypt' && call.name !== 'Decrypt') || call.receiver === undefined || call.args.length !== 2) return undefined;
    const receiverName = call.receiver.type === 'selector_expression' ? call.receiver.childForFieldName('field')?.text : call.receiver.text;
    if (receiverName === undefined || !blocks.has(receiverName)) return undefined;
    const loop = enclosingLoop(call.node);
    const source = call.args[1]?.node;
    if (loop === undefined || source === undefined || loopHasXor(loop)) return undefined;
    if (source.type !== 'slice_expression' && !(source.type === 'identifier' && resliced(loop, source.text))) return undefined;
    return { range: calleeRange(call), how: 'manual', confidence: 'medium' };
  };
}

/** Names that hold a `cipher.Block`: assigned from a block constructor, or declared with that type (parameters, variables, fields). */
function goBlockNames(code: CodeModel): Set<string> {
  const cipherPackages = new Set(code.imports().filter((binding) => binding.target === 'crypto/cipher').map((binding) => binding.local));
  const names = new Set<string>();
  for (const node of descendants(code.root)) {
    const type = node.childForFieldName('type');
    if (type?.type === 'qualified_type' && cipherPackages.has(type.childForFieldName('package')?.text ?? '') && type.childForFieldName('name')?.text === 'Block') {
      for (const name of node.childrenForFieldName('name')) if (name !== null) names.add(name.text);
    }
    if (!GO_DECLARATIONS.has(node.type)) continue;
    const left = node.type === 'var_spec' ? node.childForFieldName('name') : node.childForFieldName('left')?.namedChild(0);
    const right = (node.type === 'var_spec' ? node.childForFieldName('value') : node.childForFieldName('right'))?.namedChild(0);
    const constructor = right === null || right === undefined ? undefined : code.callAt(right);
    if (left !== null && left !== undefined && constructor !== undefined && GO_BLOCK_CONSTRUCTORS.has(constructor.qualified)) names.add(left.text);
  }
  return names;
}

function enclosingLoop(node: SyntaxNode): SyntaxNode | undefined {
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (parent.type === 'for_statement') return parent;
    if (GO_FUNCTIONS.has(parent.type)) return undefined;
  }
  return undefined;
}

/** An XOR in the loop (`^`, `^=`, `subtle.XORBytes`, a local `xorBytes`) marks a mode built by hand on top of the block. */
function loopHasXor(loop: SyntaxNode): boolean {
  return descendants(loop).some((node) => {
    if (node.type === 'binary_expression' || node.type === 'assignment_statement') return node.childForFieldName('operator')?.text.startsWith('^') ?? false;
    if (node.type === 'call_expression') return (node.childForFieldName('function')?.text.toLowerCase() ?? '').includes('xor');
    return false;
  });
}

/** Whether the loop moves `name` along the data: `for …; data = data[bs:] { … }`. */
function resliced(loop: SyntaxNode, name: string): boolean {
  return descendants(loop).some((node) => {
    if (node.type !== 'assignment_statement') return false;
    const left = node.childForFieldName('left')?.namedChild(0);
    const right = node.childForFieldName('right')?.namedChild(0);
    return left?.text === name && right?.type === 'slice_expression';
  });
}

function descendants(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack: SyntaxNode[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    found.push(node);
    for (const child of node.namedChildren) if (child !== null) stack.push(child);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// PHP

const PHP_OPENSSL_FUNCTIONS: ReadonlySet<string> = new Set(['openssl_encrypt', 'openssl_decrypt']);
/** mcrypt (removed in PHP 7.2) functions and the position of their mode argument. */
const PHP_MCRYPT_MODE_POSITIONS: ReadonlyMap<string, number> = new Map([['mcrypt_encrypt', 3], ['mcrypt_decrypt', 3], ['mcrypt_module_open', 2]]);
/** phpseclib's block cipher classes, lower-cased; phpseclib 3 takes the mode as the constructor's string. */
const PHPSECLIB_BLOCK_CIPHERS: ReadonlySet<string> = new Set(['aes', 'rijndael', 'des', 'tripledes', 'blowfish', 'rc2', 'twofish']);

const detectPhp: Detector = (call, { code }) => {
  if (call.isConstructor) return phpseclibMode(call, code);
  if (call.receiver !== undefined || nameParts(call.callee).length !== 1) return undefined;
  const name = call.name.toLowerCase();
  if (PHP_OPENSSL_FUNCTIONS.has(name)) return byOpensslName(code, namedArgument(call, 'cipher_algo') ?? positionalArgument(call, 1), true);
  if (name === 'mcrypt_ecb') return { range: calleeRange(call), how: 'named' };
  const position = PHP_MCRYPT_MODE_POSITIONS.get(name);
  const mode = position === undefined ? undefined : positionalArgument(call, position);
  if (mode === undefined) return undefined;
  const isEcb = mode.text.split('\\').join('') === 'MCRYPT_MODE_ECB' || stringValue(code, mode)?.toLowerCase() === 'ecb';
  return isEcb ? { range: rangeOf(mode), how: 'named' } : undefined;
};

/** `new AES('ecb')` (phpseclib 3), `new AES(AES::MODE_ECB)` (phpseclib 2) and `new Crypt_AES(CRYPT_AES_MODE_ECB)` (phpseclib 1). */
function phpseclibMode(call: CallSite, code: CodeModel): EcbUse | undefined {
  const parts = nameParts(call.qualified.toLowerCase());
  const className = last(parts);
  const namespaced = parts.includes('phpseclib') || parts.includes('phpseclib3');
  const cipher = namespaced ? className : parts.length === 1 && className.startsWith('crypt_') ? className.slice('crypt_'.length) : undefined;
  const mode = positionalArgument(call, 0);
  if (cipher === undefined || !PHPSECLIB_BLOCK_CIPHERS.has(cipher) || mode === undefined) return undefined;
  if (mode.text.endsWith('MODE_ECB')) return { range: rangeOf(mode), how: 'named' };
  const value = stringValue(code, mode);
  if (value?.toLowerCase() !== 'ecb') return undefined;
  const inside = literalValueRange(code, mode);
  const edits = cipher === 'aes' && inside !== undefined ? [{ ...inside, newText: gcmSpelledLike(value) }] : undefined;
  return { range: rangeOf(mode), how: 'named', edits };
}

// ---------------------------------------------------------------------------------------------
// Ruby

/** `OpenSSL::Cipher::AES.new(256, :ECB)`: these subclasses join their arguments into an OpenSSL name. */
const RUBY_JOINING_CLASSES: ReadonlySet<string> = new Set(['AES', 'DES', 'BF', 'RC2', 'CAST5', 'IDEA']);
/** `OpenSSL::Cipher::AES128.new(:ECB)` builds `aes-128-<mode>`, with CBC as the default mode. */
const RUBY_SIZED_AES: ReadonlyMap<string, string> = new Map([['AES128', 'aes-128'], ['AES192', 'aes-192'], ['AES256', 'aes-256']]);

const detectRuby: Detector = (call, { code }) => {
  if (call.name !== 'new') return undefined;
  const owner = nameParts(call.qualified).slice(0, -1);
  if (owner.join('.') === 'OpenSSL.Cipher' || owner.join('.') === 'OpenSSL.Cipher.Cipher') return byOpensslName(code, positionalArgument(call, 0), true);
  const className = last(owner);
  if (owner.length !== 3 || owner[0] !== 'OpenSSL' || owner[1] !== 'Cipher') return undefined;
  const words = call.args.map((argument) => stringValue(code, argument.node) ?? argument.node.text);
  const sized = RUBY_SIZED_AES.get(className);
  const name = sized !== undefined ? `${sized}-${words[0] ?? 'CBC'}` : RUBY_JOINING_CLASSES.has(className) ? [className, ...words].join('-') : undefined;
  const how = name === undefined ? undefined : opensslEcb(name);
  if (how === undefined) return undefined;
  // The `:ECB` argument is the insecure setting; `DES.new(:EDE3)` has none, so the call is flagged.
  const modeArgument = call.args.find((argument) => stringValue(code, argument.node)?.toLowerCase() === 'ecb')?.node;
  if (modeArgument === undefined) return { range: calleeRange(call), how };
  const edits = className.startsWith('AES') ? rubyModeEdit(code, modeArgument) : undefined;
  return { range: rangeOf(modeArgument), how, edits };
};

/** `:ECB` → `:GCM` and `'ECB'` → `'GCM'`, keeping the letter case. */
function rubyModeEdit(code: CodeModel, mode: SyntaxNode): TextEdit[] | undefined {
  const inside = literalValueRange(code, mode) ?? (mode.type === 'simple_symbol' ? { start: mode.startIndex + 1, end: mode.endIndex } : undefined);
  if (inside === undefined) return undefined;
  const original = mode.text.slice(inside.start - mode.startIndex, inside.end - mode.startIndex);
  return original.toLowerCase() === 'ecb' ? [{ ...inside, newText: gcmSpelledLike(original) }] : undefined;
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
  php: detectPhp,
  ruby: detectRuby,
};

/** Uses found from settings rather than calls: crypto-js options and .NET `Mode` properties. */
function settingUses(code: CodeModel): EcbUse[] {
  switch (code.language) {
    case 'javascript':
    case 'typescript':
    case 'tsx':
      return cryptoJsModes(code);
    case 'csharp':
      return dotnetModeSettings(code);
    default:
      return [];
  }
}

function check(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  const detect = code.language === 'go' ? goManualEcb(goBlockNames(code)) : DETECTORS[code.language];
  if (detect === undefined) return;
  const uses: EcbUse[] = [];
  for (const call of code.calls()) {
    const use = detect(call, { code });
    if (use !== undefined) uses.push(use);
  }
  uses.push(...settingUses(code));
  const reported = new Set<string>();
  for (const use of uses.sort((a, b) => a.range.start - b.range.start)) {
    const key = `${use.range.start}:${use.range.end}`;
    if (reported.has(key)) continue;
    reported.add(key);
    context.report({
      range: use.range,
      message: messageFor(use.how),
      confidence: use.confidence,
      fix: use.edits ? { title: 'Use AES-GCM instead of ECB mode', edits: use.edits } : undefined,
    });
  }
}

export const ecbMode: Rule = {
  meta: {
    id: 'crypto/ecb-mode',
    title: 'Block cipher in ECB mode',
    area: 'crypto',
    severity: 'high',
    confidence: 'high',
    cwe: [327],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: ['cryptography#the-base-principles'],
    basis: 'principle',
    why:
      'ECB mode encrypts each block independently, so equal plaintext blocks give equal ciphertext blocks and the structure of the data shows through; nothing detects blocks being reordered or replayed. ' +
      'MoJ guidance expects adequate, proportionate cryptography through vetted, high-level APIs (Cryptography: The base principles); NCSC and industry consider ECB unsafe for data.',
    howToFix:
      'Use an authenticated mode: AES-GCM with a fresh random nonce per message (Java "AES/GCM/NoPadding", Node "aes-256-gcm", .NET AesGcm, Go cipher.NewGCM, Python AESGCM), or ChaCha20-Poly1305. ' +
      'Always name the mode explicitly rather than relying on a provider default.',
    fixSafety: 'suggestion',
    languages: ['javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby'],
    prefilter: ['ecb', 'getInstance', 'GetCipher', 'BufferedBlockCipher', 'Encrypt', 'Decrypt', 'Crypto.Cipher', 'pyDes', 'ede', 'getProperty'],
    examples: {
      javascript: "const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);",
      typescript: "const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);",
      tsx: "const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);",
      python: 'ciphertext = AESGCM(key).encrypt(nonce, data, associated_data)',
      java: 'Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");',
      csharp: 'using var aes = new AesGcm(key, AesGcm.TagByteSizes.MaxSize);',
      go: 'aead, err := cipher.NewGCM(block)',
      php: "$ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag);",
      ruby: "cipher = OpenSSL::Cipher.new('aes-256-gcm')",
    },
  },
  check,
};
