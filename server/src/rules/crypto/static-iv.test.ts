/**
 * crypto/static-iv: constant, zero and reused IVs and nonces in every language's cipher APIs,
 * with the safe look-alikes beside them (random IVs, buffers filled before use, IVs read from the
 * message, ECB, branches, loops that refresh the IV, comments and strings). Each finding's
 * trailing comment shows the text it flags.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { staticIv } from './static-iv';

const ZERO =
  'This IV or nonce is all zero bytes, the same for every message. A repeated IV shows when messages start alike, and a repeated nonce in CTR, GCM or ChaCha20 exposes the plaintexts and allows forgery. MoJ guidance expects existing algorithms to be used properly (Cryptography: The base principles), and NCSC and industry guidance call for a fresh IV or nonce for every encryption. Generate a random one for each message and store it with the ciphertext.';
const FIXED =
  'This IV or nonce is a fixed value in the code, the same for every message. A repeated IV shows when messages start alike, and a repeated nonce in CTR, GCM or ChaCha20 exposes the plaintexts and allows forgery. MoJ guidance expects existing algorithms to be used properly (Cryptography: The base principles), and NCSC and industry guidance call for a fresh IV or nonce for every encryption. Generate a random one for each message and store it with the ciphertext.';
const REUSED =
  'This IV or nonce is used for more than one encryption under the same key. A repeated IV shows when messages start alike, and a repeated nonce in CTR, GCM or ChaCha20 exposes the plaintexts and allows forgery. MoJ guidance expects existing algorithms to be used properly (Cryptography: The base principles), and NCSC and industry guidance call for a fresh IV or nonce for every encryption. Generate a random one for each message and store it with the ciphertext.';

export const table: RuleTable = {
  rule: staticIv,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'zero-filled Buffer.alloc IV, fixed with crypto.randomBytes',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16));\n",
      findings: [
        { line: 2, column: 58, endColumn: 74, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, crypto.randomBytes(16));\n" } }, // "Buffer.alloc(16)"
      ],
    },
    {
      name: 'string IV held in a module constant gets no fix: the constant may be shared',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst IV = '1234567890123456';\n\nfunction encrypt(key, data) {\n  const cipher = crypto.createCipheriv('aes-128-cbc', key, IV);\n  return Buffer.concat([cipher.update(data), cipher.final()]);\n}\n",
      findings: [
        { line: 5, column: 60, endColumn: 62, message: FIXED, fix: null }, // "IV"
      ],
    },
    {
      name: 'hex-decoded zero nonce with named imports, fixed with the imported randomBytes',
      path: 'src/seal.ts',
      code: "import { createCipheriv, randomBytes } from 'node:crypto';\n\nexport const seal = (key: Buffer) => createCipheriv('aes-256-gcm', key, Buffer.from('000000000000000000000000', 'hex'));\n",
      findings: [
        { line: 3, column: 73, endColumn: 119, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: "import { createCipheriv, randomBytes } from 'node:crypto';\n\nexport const seal = (key: Buffer) => createCipheriv('aes-256-gcm', key, randomBytes(12));\n" } }, // "Buffer.from('000000000000000000000000', 'hex')"
      ],
    },
    {
      name: 'aliased destructured require with a literal byte array and no randomBytes in scope has no fix',
      path: 'src/encrypt.js',
      code: "const { createCipheriv: cc } = require('node:crypto');\nconst stream = cc('aes-128-ctr', key, Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));\n",
      findings: [
        { line: 2, column: 39, endColumn: 106, message: FIXED, fix: null }, // "Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])"
      ],
    },
    {
      name: 'IV built by concatenating constants',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst PART = 'abcdefgh';\nconst IV = PART + '12345678';\ncrypto.createCipheriv('aes-128-cbc', key, IV);\n",
      findings: [
        { line: 4, column: 43, endColumn: 45, message: FIXED, fix: null }, // "IV"
      ],
    },
    {
      name: 'decryption with a zero IV is flagged but not fixed: the IV must match the one used to encrypt',
      path: 'src/decrypt.js',
      code: "const crypto = require('crypto');\nconst decipher = crypto.createDecipheriv('aes-128-cbc', key, Buffer.alloc(16, 0));\n",
      findings: [
        { line: 2, column: 62, endColumn: 81, message: ZERO, fix: null }, // "Buffer.alloc(16, 0)"
      ],
    },
    {
      name: 'the same random IV for two encryptions under one key',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\n\nfunction encryptBoth(key, first, second) {\n  const iv = crypto.randomBytes(12);\n  const a = crypto.createCipheriv('aes-256-gcm', key, iv);\n  const b = crypto.createCipheriv('aes-256-gcm', key, iv);\n  return [a.update(first), b.update(second)];\n}\n",
      findings: [
        { line: 6, column: 55, endColumn: 57, message: REUSED, confidence: 'medium', fix: null }, // "iv"
      ],
    },
    {
      name: 'WebCrypto AES-GCM with a zero Uint8Array, fixed with getRandomValues',
      path: 'src/seal.ts',
      code: "export async function seal(key: CryptoKey, data: Uint8Array) {\n  return crypto.subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, key, data);\n}\n",
      findings: [
        { line: 2, column: 55, endColumn: 73, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: "export async function seal(key: CryptoKey, data: Uint8Array) {\n  return crypto.subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)) }, key, data);\n}\n" } }, // "new Uint8Array(12)"
      ],
    },
    {
      name: 'WebCrypto algorithm object built apart from the call, nonce from a TextEncoder literal',
      path: 'src/seal.ts',
      code: "const iv = new TextEncoder().encode('static-nonce');\nconst algorithm = { name: 'AES-GCM', iv };\nexport const sealed = await crypto.subtle.encrypt(algorithm, key, data);\n",
      findings: [
        { line: 2, column: 38, endColumn: 40, message: FIXED, fix: null }, // "iv"
      ],
    },
    {
      name: 'crypto-js IV parsed from a literal, fixed with WordArray.random',
      path: 'src/token.js',
      code: "import CryptoJS from 'crypto-js';\nconst token = CryptoJS.AES.encrypt(text, key, { iv: CryptoJS.enc.Utf8.parse('1234567890123456'), mode: CryptoJS.mode.CBC });\n",
      findings: [
        { line: 2, column: 53, endColumn: 96, message: FIXED, fix: { title: 'Use a fresh random IV for each encryption', output: "import CryptoJS from 'crypto-js';\nconst token = CryptoJS.AES.encrypt(text, key, { iv: CryptoJS.lib.WordArray.random(16), mode: CryptoJS.mode.CBC });\n" } }, // "CryptoJS.enc.Utf8.parse('1234567890123456')"
      ],
    },
    {
      name: 'tweetnacl secretbox with a zero nonce',
      path: 'src/box.mjs',
      code: "import nacl from 'tweetnacl';\nexport const box = nacl.secretbox(message, new Uint8Array(nacl.secretbox.nonceLength), key);\n",
      findings: [
        { line: 2, column: 44, endColumn: 86, message: ZERO, fix: null }, // "new Uint8Array(nacl.secretbox.nonceLength)"
      ],
    },
    {
      name: 'zero IV in a TSX component',
      path: 'src/Vault.tsx',
      code: "import crypto from 'crypto';\nexport const Vault = ({ keyBytes }: Props) => {\n  const cipher = crypto.createCipheriv('aes-256-cbc', keyBytes, Buffer.alloc(16));\n  return <pre>{cipher.update('x', 'utf8', 'hex')}</pre>;\n};\n",
      findings: [
        { line: 3, column: 65, endColumn: 81, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: "import crypto from 'crypto';\nexport const Vault = ({ keyBytes }: Props) => {\n  const cipher = crypto.createCipheriv('aes-256-cbc', keyBytes, crypto.randomBytes(16));\n  return <pre>{cipher.update('x', 'utf8', 'hex')}</pre>;\n};\n" } }, // "Buffer.alloc(16)"
      ],
    },
    {
      name: 'one IV for every encryption in a loop',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\n\nfunction encryptAll(key, items, out) {\n  const iv = crypto.randomBytes(16);\n  for (const item of items) {\n    out.push(crypto.createCipheriv('aes-256-gcm', key, iv).update(item));\n  }\n}\n",
      findings: [
        { line: 6, column: 56, endColumn: 58, message: REUSED, confidence: 'medium', fix: null }, // "iv"
      ],
    },
    // Python
    {
      name: 'PyCryptodome CBC with a zero IV, fixed with os.urandom where the cipher encrypts',
      path: 'app/crypto.py',
      code: "import os\nfrom Crypto.Cipher import AES\n\n\ndef encrypt(key, data):\n    cipher = AES.new(key, AES.MODE_CBC, b'\\x00' * 16)\n    return cipher.encrypt(data)\n",
      findings: [
        { line: 6, column: 41, endColumn: 53, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: 'import os\nfrom Crypto.Cipher import AES\n\n\ndef encrypt(key, data):\n    cipher = AES.new(key, AES.MODE_CBC, os.urandom(16))\n    return cipher.encrypt(data)\n' } }, // "b'\\x00' * 16"
      ],
    },
    {
      name: 'iv keyword from a module constant, decrypting',
      path: 'app/crypto.py',
      code: "from Cryptodome.Cipher import AES\n\nIV = b'1234567890123456'\n\n\ndef decrypt(key, data):\n    return AES.new(key, AES.MODE_CBC, iv=IV).decrypt(data)\n",
      findings: [
        { line: 7, column: 42, endColumn: 44, message: FIXED, fix: null }, // "IV"
      ],
    },
    {
      name: 'GCM nonce of zero bytes with no encryption seen, so no fix',
      path: 'app/crypto.py',
      code: 'from Crypto.Cipher import AES\n\ncipher = AES.new(key, AES.MODE_GCM, nonce=bytes(12))\n',
      findings: [
        { line: 3, column: 43, endColumn: 52, message: ZERO, fix: null }, // "bytes(12)"
      ],
    },
    {
      name: 'aliased import with an encoded string IV and no os import has no fix',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import AES as Aes\n\n\ndef encrypt(key, data):\n    return Aes.new(key, Aes.MODE_CFB, 'abcdefghijklmnop'.encode()).encrypt(data)\n",
      findings: [
        { line: 5, column: 39, endColumn: 66, message: FIXED, fix: null }, // "'abcdefghijklmnop'.encode()"
      ],
    },
    {
      name: 'cryptography CBC mode with a zero IV feeding an encryptor, fixed',
      path: 'app/crypto.py',
      code: "import os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\n\ndef encrypt(key, data):\n    encryptor = Cipher(algorithms.AES(key), modes.CBC(b'\\0' * 16)).encryptor()\n    return encryptor.update(data) + encryptor.finalize()\n",
      findings: [
        { line: 6, column: 55, endColumn: 65, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: 'import os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\n\ndef encrypt(key, data):\n    encryptor = Cipher(algorithms.AES(key), modes.CBC(os.urandom(16))).encryptor()\n    return encryptor.update(data) + encryptor.finalize()\n' } }, // "b'\\0' * 16"
      ],
    },
    {
      name: 'AESGCM nonce from a hex constant',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\nNONCE = bytes.fromhex('000102030405060708090a0b')\n\n\ndef seal(key, data):\n    return AESGCM(key).encrypt(NONCE, data, None)\n",
      findings: [
        { line: 7, column: 32, endColumn: 37, message: FIXED, fix: null }, // "NONCE"
      ],
    },
    {
      name: 'ChaCha20Poly1305 object in a variable with a zero nonce, fixed',
      path: 'app/crypto.py',
      code: "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305\n\n\ndef seal(key, data):\n    aead = ChaCha20Poly1305(key)\n    return aead.encrypt(b'\\x00' * 12, data, None)\n",
      findings: [
        { line: 7, column: 25, endColumn: 37, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: 'import os\nfrom cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305\n\n\ndef seal(key, data):\n    aead = ChaCha20Poly1305(key)\n    return aead.encrypt(os.urandom(12), data, None)\n' } }, // "b'\\x00' * 12"
      ],
    },
    {
      name: 'one random nonce for two AES-GCM encryptions',
      path: 'app/crypto.py',
      code: 'import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\ndef seal_both(key, first, second):\n    aesgcm = AESGCM(key)\n    nonce = os.urandom(12)\n    return aesgcm.encrypt(nonce, first, None), aesgcm.encrypt(nonce, second, None)\n',
      findings: [
        { line: 8, column: 63, endColumn: 68, message: REUSED, confidence: 'medium', fix: null }, // "nonce"
      ],
    },
    {
      name: 'PyNaCl SecretBox with a zero nonce',
      path: 'app/crypto.py',
      code: 'import nacl.secret\n\nbox = nacl.secret.SecretBox(key)\nsealed = box.encrypt(message, bytes(24))\n',
      findings: [
        { line: 4, column: 31, endColumn: 40, message: ZERO, fix: null }, // "bytes(24)"
      ],
    },
    {
      name: 'ChaCha20 with a literal nonce keyword',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import ChaCha20\n\ncipher = ChaCha20.new(key=key, nonce=b'12345678')\n",
      findings: [
        { line: 3, column: 38, endColumn: 49, message: FIXED, fix: null }, // "b'12345678'"
      ],
    },
    {
      name: 'one nonce for every message in a comprehension',
      path: 'app/crypto.py',
      code: 'import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\ndef seal_all(key, messages):\n    aesgcm = AESGCM(key)\n    nonce = os.urandom(12)\n    return [aesgcm.encrypt(nonce, message, None) for message in messages]\n',
      findings: [
        { line: 8, column: 28, endColumn: 33, message: REUSED, confidence: 'medium', fix: null }, // "nonce"
      ],
    },
    {
      name: 'zero IV sized by the block size, fixed keeping the size',
      path: 'app/crypto.py',
      code: 'import os\nfrom Crypto.Cipher import AES\n\n\ndef encrypt(key, data):\n    cipher = AES.new(key, AES.MODE_CBC, bytes(AES.block_size))\n    return cipher.encrypt(data)\n',
      findings: [
        { line: 6, column: 41, endColumn: 62, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: 'import os\nfrom Crypto.Cipher import AES\n\n\ndef encrypt(key, data):\n    cipher = AES.new(key, AES.MODE_CBC, os.urandom(AES.block_size))\n    return cipher.encrypt(data)\n' } }, // "bytes(AES.block_size)"
      ],
    },
    // Java
    {
      name: 'zero IV written into IvParameterSpec',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    byte[] encrypt(SecretKey key, byte[] data) throws Exception {\n        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");\n        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[16]));\n        return cipher.doFinal(data);\n    }\n}\n',
      findings: [
        { line: 9, column: 67, endColumn: 79, message: ZERO, fix: null }, // "new byte[16]"
      ],
    },
    {
      name: "IV constant from a string's bytes",
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    private static final byte[] IV = "1234567890123456".getBytes(StandardCharsets.UTF_8);\n\n    byte[] encrypt(SecretKey key, byte[] data) throws Exception {\n        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");\n        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(IV));\n        return cipher.doFinal(data);\n    }\n}\n',
      findings: [
        { line: 11, column: 67, endColumn: 69, message: FIXED, fix: null }, // "IV"
      ],
    },
    {
      name: 'GCM nonce allocated and never filled',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    byte[] encrypt(SecretKey key, byte[] data) throws Exception {\n        byte[] iv = new byte[12];\n        GCMParameterSpec spec = new GCMParameterSpec(128, iv);\n        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");\n        cipher.init(Cipher.ENCRYPT_MODE, key, spec);\n        return cipher.doFinal(data);\n    }\n}\n',
      findings: [
        { line: 9, column: 59, endColumn: 61, message: ZERO, fix: null }, // "iv"
      ],
    },
    {
      name: 'a byte-array literal in a field',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    private static final byte[] IV = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f };\n\n    IvParameterSpec spec() {\n        return new IvParameterSpec(IV);\n    }\n}\n',
      findings: [
        { line: 10, column: 36, endColumn: 38, message: FIXED, fix: null }, // "IV"
      ],
    },
    {
      name: 'filled after the spec copied it: the spec holds zeros',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    IvParameterSpec spec(SecureRandom random) {\n        byte[] iv = new byte[16];\n        IvParameterSpec spec = new IvParameterSpec(iv);\n        random.nextBytes(iv);\n        return spec;\n    }\n}\n',
      findings: [
        { line: 9, column: 52, endColumn: 54, message: ZERO, fix: null }, // "iv"
      ],
    },
    {
      name: 'one IV for two GCM encryptions under the same key',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    void encryptBoth(SecretKey key, byte[] iv, byte[] a, byte[] b) throws Exception {\n        Cipher first = Cipher.getInstance("AES/GCM/NoPadding");\n        first.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n        Cipher second = Cipher.getInstance("AES/GCM/NoPadding");\n        second.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    }\n}\n',
      findings: [
        { line: 11, column: 73, endColumn: 75, message: REUSED, confidence: 'medium', fix: null }, // "iv"
      ],
    },
    {
      name: 'Bouncy Castle ParametersWithIV with a hex literal',
      path: 'src/main/java/app/Crypto.java',
      code: 'import org.bouncycastle.crypto.params.KeyParameter;\nimport org.bouncycastle.crypto.params.ParametersWithIV;\nimport org.bouncycastle.util.encoders.Hex;\n\nclass Crypto {\n    ParametersWithIV params(byte[] key) {\n        return new ParametersWithIV(new KeyParameter(key), Hex.decode("000102030405060708090a0b0c0d0e0f"));\n    }\n}\n',
      findings: [
        { line: 7, column: 60, endColumn: 106, message: FIXED, fix: null }, // "Hex.decode(\"000102030405060708090a0b0c0d0e0f\")"
      ],
    },
    {
      name: 'ChaCha20 nonce decoded from Base64',
      path: 'src/main/java/app/Crypto.java',
      code: 'import java.util.Base64;\nimport javax.crypto.spec.ChaCha20ParameterSpec;\n\nclass Crypto {\n    ChaCha20ParameterSpec spec() {\n        return new ChaCha20ParameterSpec(Base64.getDecoder().decode("AAAAAAAAAAAAAAAA"), 1);\n    }\n}\n',
      findings: [
        { line: 6, column: 42, endColumn: 88, message: ZERO, fix: null }, // "Base64.getDecoder().decode(\"AAAAAAAAAAAAAAAA\")"
      ],
    },
    // C#
    {
      name: 'zero IV on an Aes object that encrypts, fixed with GenerateIV',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    byte[] Encrypt(byte[] key, byte[] data)\n    {\n        using var aes = Aes.Create();\n        aes.Key = key;\n        aes.IV = new byte[16];\n        using var encryptor = aes.CreateEncryptor();\n        return encryptor.TransformFinalBlock(data, 0, data.Length);\n    }\n}\n',
      findings: [
        { line: 10, column: 18, endColumn: 30, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    byte[] Encrypt(byte[] key, byte[] data)\n    {\n        using var aes = Aes.Create();\n        aes.Key = key;\n        aes.GenerateIV();\n        using var encryptor = aes.CreateEncryptor();\n        return encryptor.TransformFinalBlock(data, 0, data.Length);\n    }\n}\n' } }, // "new byte[16]"
      ],
    },
    {
      name: "IV from a string's bytes in a static field, passed to CreateDecryptor",
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    static readonly byte[] Iv = Encoding.UTF8.GetBytes("1234567890123456");\n\n    ICryptoTransform Decryptor(Aes aes, byte[] key) => aes.CreateDecryptor(key, Iv);\n}\n',
      findings: [
        { line: 8, column: 81, endColumn: 83, message: FIXED, fix: null }, // "Iv"
      ],
    },
    {
      name: 'AesGcm nonce allocated and never filled',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    void Seal(byte[] key, byte[] plaintext, byte[] ciphertext, byte[] tag)\n    {\n        using var gcm = new AesGcm(key, 16);\n        var nonce = new byte[12];\n        gcm.Encrypt(nonce, plaintext, ciphertext, tag);\n    }\n}\n',
      findings: [
        { line: 10, column: 21, endColumn: 26, message: ZERO, fix: null }, // "nonce"
      ],
    },
    {
      name: 'one-shot EncryptCbc with a zero IV decoded from Base64',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    byte[] Encrypt(Aes aes, byte[] data) => aes.EncryptCbc(data, Convert.FromBase64String("AAAAAAAAAAAAAAAAAAAAAA=="));\n}\n',
      findings: [
        { line: 6, column: 66, endColumn: 118, message: ZERO, fix: null }, // "Convert.FromBase64String(\"AAAAAAAAAAAAAAAAAAAAAA==\")"
      ],
    },
    {
      name: 'object initialiser with a literal IV',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    SymmetricAlgorithm Make(byte[] key) => new AesManaged { Key = key, IV = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 } };\n}\n',
      findings: [
        { line: 6, column: 77, endColumn: 145, message: FIXED, fix: null }, // "new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }"
      ],
    },
    {
      name: 'an IV set on a cipher that decrypts gets no fix',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    byte[] Decrypt(Aes aes, byte[] data)\n    {\n        aes.IV = Encoding.ASCII.GetBytes("abcdefghijklmnop");\n        using var decryptor = aes.CreateDecryptor();\n        return decryptor.TransformFinalBlock(data, 0, data.Length);\n    }\n}\n',
      findings: [
        { line: 8, column: 18, endColumn: 61, message: FIXED, fix: null }, // "Encoding.ASCII.GetBytes(\"abcdefghijklmnop\")"
      ],
    },
    {
      name: 'one nonce for two AesGcm encryptions',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    void SealBoth(AesGcm gcm, byte[] a, byte[] b, byte[] outA, byte[] outB, byte[] tagA, byte[] tagB)\n    {\n        var nonce = RandomNumberGenerator.GetBytes(12);\n        gcm.Encrypt(nonce, a, outA, tagA);\n        gcm.Encrypt(nonce, b, outB, tagB);\n    }\n}\n',
      findings: [
        { line: 10, column: 21, endColumn: 26, message: REUSED, confidence: 'medium', fix: null }, // "nonce"
      ],
    },
    // Go
    {
      name: 'CBC IV allocated with make and never filled',
      path: 'crypto/encrypt.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n)\n\nfunc Encrypt(key, data []byte) []byte {\n\tblock, _ := aes.NewCipher(key)\n\tiv := make([]byte, aes.BlockSize)\n\tout := make([]byte, len(data))\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out, data)\n\treturn out\n}\n',
      findings: [
        { line: 12, column: 32, endColumn: 34, message: ZERO, fix: null }, // "iv"
      ],
    },
    {
      name: 'package-level IV from a string',
      path: 'crypto/stream.go',
      code: 'package crypto\n\nimport "crypto/cipher"\n\nvar fixedIV = []byte("fixed-iv-1234567")\n\nfunc Stream(block cipher.Block) cipher.Stream {\n\treturn cipher.NewCTR(block, fixedIV)\n}\n',
      findings: [
        { line: 8, column: 30, endColumn: 37, message: FIXED, fix: null }, // "fixedIV"
      ],
    },
    {
      name: 'GCM nonce sized from the AEAD and never filled',
      path: 'crypto/seal.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n)\n\nfunc Seal(key, plaintext []byte) []byte {\n\tblock, _ := aes.NewCipher(key)\n\tgcm, _ := cipher.NewGCM(block)\n\tnonce := make([]byte, gcm.NonceSize())\n\treturn gcm.Seal(nil, nonce, plaintext, nil)\n}\n',
      findings: [
        { line: 12, column: 23, endColumn: 28, message: ZERO, fix: null }, // "nonce"
      ],
    },
    {
      name: 'zero nonce decoded from hex, opening',
      path: 'crypto/open.go',
      code: 'package crypto\n\nimport (\n\t"crypto/cipher"\n\t"encoding/hex"\n)\n\nfunc Open(gcm cipher.AEAD, ciphertext []byte) ([]byte, error) {\n\tnonce, _ := hex.DecodeString("000000000000000000000000")\n\treturn gcm.Open(nil, nonce, ciphertext, nil)\n}\n',
      findings: [
        { line: 10, column: 23, endColumn: 28, message: ZERO, fix: null }, // "nonce"
      ],
    },
    {
      name: 'secretbox with a zero nonce array',
      path: 'crypto/box.go',
      code: 'package crypto\n\nimport "golang.org/x/crypto/nacl/secretbox"\n\nfunc Box(key *[32]byte, message []byte) []byte {\n\tvar nonce [24]byte\n\treturn secretbox.Seal(nil, message, &nonce, key)\n}\n',
      findings: [
        { line: 7, column: 38, endColumn: 44, message: ZERO, fix: null }, // "&nonce"
      ],
    },
    {
      name: 'one nonce for two seals',
      path: 'crypto/seal.go',
      code: 'package crypto\n\nimport "crypto/cipher"\n\nfunc SealBoth(gcm cipher.AEAD, nonce, a, b []byte) ([]byte, []byte) {\n\tfirst := gcm.Seal(nil, nonce, a, nil)\n\tsecond := gcm.Seal(nil, nonce, b, nil)\n\treturn first, second\n}\n',
      findings: [
        { line: 7, column: 26, endColumn: 31, message: REUSED, confidence: 'medium', fix: null }, // "nonce"
      ],
    },
    {
      name: 'aliased cipher import with a literal byte slice',
      path: 'crypto/cfb.go',
      code: 'package crypto\n\nimport c "crypto/cipher"\n\nfunc CFB(block c.Block) c.Stream {\n\treturn c.NewCFBEncrypter(block, []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})\n}\n',
      findings: [
        { line: 6, column: 34, endColumn: 94, message: FIXED, fix: null }, // "[]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}"
      ],
    },
    {
      name: 'a nonce parameter reused on every pass of a loop',
      path: 'crypto/seal.go',
      code: 'package crypto\n\nimport "crypto/cipher"\n\nfunc SealAll(gcm cipher.AEAD, nonce []byte, messages [][]byte) (out [][]byte) {\n\tfor _, message := range messages {\n\t\tout = append(out, gcm.Seal(nil, nonce, message, nil))\n\t}\n\treturn out\n}\n',
      findings: [
        { line: 7, column: 35, endColumn: 40, message: REUSED, confidence: 'medium', fix: null }, // "nonce"
      ],
    },
    // PHP
    {
      name: 'literal IV in openssl_encrypt, fixed with random_bytes',
      path: 'src/Crypto.php',
      code: "<?php\nfunction encrypt(string $data, string $key): string\n{\n    return openssl_encrypt($data, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, '1234567890123456');\n}\n",
      findings: [
        { line: 4, column: 74, endColumn: 92, message: FIXED, fix: { title: 'Use a fresh random IV for each encryption', output: "<?php\nfunction encrypt(string $data, string $key): string\n{\n    return openssl_encrypt($data, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, random_bytes(openssl_cipher_iv_length('aes-256-cbc')));\n}\n" } }, // "'1234567890123456'"
      ],
    },
    {
      name: 'IV from a constant in openssl_decrypt gets no fix',
      path: 'src/Crypto.php',
      code: "<?php\nconst IV = '1234567890123456';\n\nfunction decrypt(string $data, string $key): string\n{\n    return openssl_decrypt($data, 'aes-256-cbc', $key, 0, IV);\n}\n",
      findings: [
        { line: 6, column: 59, endColumn: 61, message: FIXED, fix: null }, // "IV"
      ],
    },
    {
      name: 'NUL bytes from str_repeat with the method in a variable, fixed',
      path: 'src/Crypto.php',
      code: "<?php\n$method = 'aes-128-cbc';\n$ciphertext = openssl_encrypt($plaintext, $method, $key, 0, str_repeat(\"\\0\", 16));\n",
      findings: [
        { line: 3, column: 61, endColumn: 81, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: "<?php\n$method = 'aes-128-cbc';\n$ciphertext = openssl_encrypt($plaintext, $method, $key, 0, random_bytes(openssl_cipher_iv_length($method)));\n" } }, // "str_repeat(\"\\0\", 16)"
      ],
    },
    {
      name: 'sodium secretbox nonce from a class constant',
      path: 'src/Box.php',
      code: "<?php\nclass Box\n{\n    private const NONCE = '000000000000000000000000000000000000000000000000';\n\n    public function seal(string $message, string $key): string\n    {\n        return sodium_crypto_secretbox($message, hex2bin(self::NONCE), $key);\n    }\n}\n",
      findings: [
        { line: 8, column: 50, endColumn: 70, message: ZERO, fix: null }, // "hex2bin(self::NONCE)"
      ],
    },
    {
      name: 'named arguments with a hex-decoded zero IV, fixed',
      path: 'src/Crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt(data: $plaintext, cipher_algo: 'aes-256-gcm', passphrase: $key, iv: hex2bin('000000000000000000000000'), tag: $tag);\n",
      findings: [
        { line: 2, column: 99, endColumn: 134, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: "<?php\n$ciphertext = openssl_encrypt(data: $plaintext, cipher_algo: 'aes-256-gcm', passphrase: $key, iv: random_bytes(openssl_cipher_iv_length('aes-256-gcm')), tag: $tag);\n" } }, // "hex2bin('000000000000000000000000')"
      ],
    },
    {
      name: 'phpseclib setIV with NUL bytes',
      path: 'src/Crypto.php',
      code: "<?php\nuse phpseclib3\\Crypt\\AES;\n\n$aes = new AES('cbc');\n$aes->setIV(str_repeat(chr(0), 16));\n",
      findings: [
        { line: 5, column: 13, endColumn: 35, message: ZERO, fix: null }, // "str_repeat(chr(0), 16)"
      ],
    },
    {
      name: 'one IV for two encryptions under the same key',
      path: 'src/Crypto.php',
      code: "<?php\nfunction encryptBoth(string $a, string $b, string $key, string $iv): array\n{\n    $first = openssl_encrypt($a, 'aes-256-gcm', $key, 0, $iv, $firstTag);\n    $second = openssl_encrypt($b, 'aes-256-gcm', $key, 0, $iv, $secondTag);\n    return [$first, $second];\n}\n",
      findings: [
        { line: 5, column: 59, endColumn: 62, message: REUSED, confidence: 'medium', fix: null }, // "$iv"
      ],
    },
    {
      name: 'NUL bytes sized by openssl_cipher_iv_length',
      path: 'src/Crypto.php',
      code: '<?php\nfunction encrypt(string $data, string $key, string $cipher): string\n{\n    return openssl_encrypt($data, $cipher, $key, 0, str_repeat("\\0", openssl_cipher_iv_length($cipher)));\n}\n',
      findings: [
        { line: 4, column: 53, endColumn: 104, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: '<?php\nfunction encrypt(string $data, string $key, string $cipher): string\n{\n    return openssl_encrypt($data, $cipher, $key, 0, random_bytes(openssl_cipher_iv_length($cipher)));\n}\n' } }, // "str_repeat(\"\\0\", openssl_cipher_iv_length($cipher))"
      ],
    },
    // Ruby
    {
      name: 'NUL-byte IV on a cipher set to encrypt, fixed with random_iv',
      path: 'lib/vault.rb',
      code: "require 'openssl'\n\ndef encrypt(key, data)\n  cipher = OpenSSL::Cipher.new('aes-256-cbc')\n  cipher.encrypt\n  cipher.key = key\n  cipher.iv = \"\\0\" * 16\n  cipher.update(data) + cipher.final\nend\n",
      findings: [
        { line: 7, column: 15, endColumn: 24, message: ZERO, fix: { title: 'Use a fresh random IV for each encryption', output: "require 'openssl'\n\ndef encrypt(key, data)\n  cipher = OpenSSL::Cipher.new('aes-256-cbc')\n  cipher.encrypt\n  cipher.key = key\n  cipher.iv = cipher.random_iv\n  cipher.update(data) + cipher.final\nend\n" } }, // "\"\\0\" * 16"
      ],
    },
    {
      name: 'IV constant on a decrypting cipher gets no fix',
      path: 'lib/vault.rb',
      code: "IV = '1234567890123456'\n\ndef decrypt(key, data)\n  cipher = OpenSSL::Cipher::AES.new(256, :CBC).decrypt\n  cipher.key = key\n  cipher.iv = IV\n  cipher.update(data) + cipher.final\nend\n",
      findings: [
        { line: 6, column: 15, endColumn: 17, message: FIXED, fix: null }, // "IV"
      ],
    },
    {
      name: 'hex-packed IV on a chained encrypt, fixed',
      path: 'lib/vault.rb',
      code: "def encrypt(key, data)\n  cipher = OpenSSL::Cipher.new('aes-128-cbc').encrypt\n  cipher.key = key\n  cipher.iv = ['000102030405060708090a0b0c0d0e0f'].pack('H*')\n  cipher.update(data) + cipher.final\nend\n",
      findings: [
        { line: 4, column: 15, endColumn: 62, message: FIXED, fix: { title: 'Use a fresh random IV for each encryption', output: "def encrypt(key, data)\n  cipher = OpenSSL::Cipher.new('aes-128-cbc').encrypt\n  cipher.key = key\n  cipher.iv = cipher.random_iv\n  cipher.update(data) + cipher.final\nend\n" } }, // "['000102030405060708090a0b0c0d0e0f'].pack('H*')"
      ],
    },
    {
      name: 'a cipher set up in another method: flagged, with no fix while its direction is unknown',
      path: 'lib/vault.rb',
      code: "class Vault\n  def initialize(key)\n    @cipher = OpenSSL::Cipher.new('aes-256-cbc')\n    @cipher.key = key\n  end\n\n  def reset\n    @cipher.iv = 'abcdefghijklmnop'.b\n  end\nend\n",
      findings: [
        { line: 8, column: 18, endColumn: 38, message: FIXED, fix: null }, // "'abcdefghijklmnop'.b"
      ],
    },
    {
      name: 'RbNaCl SecretBox with a NUL nonce',
      path: 'lib/box.rb',
      code: 'box = RbNaCl::SecretBox.new(key)\nsealed = box.encrypt("\\0" * 24, message)\n',
      findings: [
        { line: 2, column: 22, endColumn: 31, message: ZERO, fix: null }, // "\"\\0\" * 24"
      ],
    },
    {
      name: 'frozen string constant IV',
      path: 'lib/vault.rb',
      code: "class Vault\n  IV = '1234567890123456'.freeze\n\n  def encrypt(key, data)\n    cipher = OpenSSL::Cipher.new('aes-256-cbc').encrypt\n    cipher.key = key\n    cipher.iv = IV\n    cipher.update(data) + cipher.final\n  end\nend\n",
      findings: [
        { line: 7, column: 17, endColumn: 19, message: FIXED, fix: null }, // "IV"
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    {
      name: 'random IVs, inline and through a variable',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst iv = crypto.randomBytes(16);\nconst a = crypto.createCipheriv('aes-256-cbc', key, iv);\nconst b = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));\n",
    },
    {
      name: 'a zero buffer filled by randomFillSync before use',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst iv = Buffer.alloc(16);\ncrypto.randomFillSync(iv);\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, iv);\n",
    },
    {
      name: 'ECB takes no IV: crypto/ecb-mode reports it, not this rule',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-128-ecb', key, null);\n",
    },
    {
      name: 'decipher reading the IV from the message',
      path: 'src/decrypt.js',
      code: "const crypto = require('crypto');\nfunction decrypt(key, message) {\n  const decipher = crypto.createDecipheriv('aes-256-cbc', key, message.subarray(0, 16));\n  return Buffer.concat([decipher.update(message.subarray(16)), decipher.final()]);\n}\n",
    },
    {
      name: 'WebCrypto nonce from getRandomValues',
      path: 'src/seal.ts',
      code: "export async function seal(key: CryptoKey, data: Uint8Array) {\n  const iv = crypto.getRandomValues(new Uint8Array(12));\n  return { iv, sealed: await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data) };\n}\n",
    },
    {
      name: 'two encryptions with fresh IVs each',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nfunction encryptBoth(key, first, second) {\n  const a = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));\n  let iv = crypto.randomBytes(12);\n  const b = crypto.createCipheriv('aes-256-gcm', key, iv);\n  iv = crypto.randomBytes(12);\n  const c = crypto.createCipheriv('aes-256-gcm', key, iv);\n  return [a, b, c];\n}\n",
    },
    {
      name: 'the same IV on either side of a branch is used once',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nfunction encrypt(key, iv, legacy) {\n  if (legacy) {\n    return crypto.createCipheriv('aes-256-cbc', key, iv);\n  } else {\n    return crypto.createCipheriv('aes-256-cbc', key, iv);\n  }\n}\n",
    },
    {
      name: 'comments and strings that mention a zero IV are not code',
      path: 'src/docs.js',
      code: "// crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16))\nconst example = \"crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16))\";\n",
    },
    {
      name: "a counter that is not an AES algorithm's",
      path: 'src/page.js',
      code: "const state = { name: 'pager', counter: 0, iv: 'interval' };\n",
    },
    {
      name: 'a fresh IV on every pass of a loop',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\n\nfunction encryptAll(key, items, out) {\n  for (const item of items) {\n    const iv = crypto.randomBytes(16);\n    out.push({ iv, data: crypto.createCipheriv('aes-256-gcm', key, iv).update(item) });\n  }\n}\n",
    },
    {
      name: 'an IV refilled on every pass of a loop',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\n\nfunction encryptAll(key, iv, items, out) {\n  for (const item of items) {\n    crypto.randomFillSync(iv);\n    out.push(crypto.createCipheriv('aes-256-gcm', key, iv).update(item));\n  }\n}\n",
    },
    {
      name: 'a key derived per item makes each IV use unique',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\n\nfunction encryptAll(password, items, out) {\n  const iv = crypto.randomBytes(16);\n  for (const item of items) {\n    const key = crypto.scryptSync(password, item.salt, 32);\n    out.push(crypto.createCipheriv('aes-256-gcm', key, iv).update(item.data));\n  }\n}\n",
    },
    // Python
    {
      name: 'IVs and nonces from secure random sources',
      path: 'app/crypto.py',
      code: 'import os\nimport secrets\nfrom Crypto.Cipher import AES\nfrom Crypto.Random import get_random_bytes\n\n\ndef encrypt(key, data):\n    iv = get_random_bytes(16)\n    nonce = secrets.token_bytes(12)\n    a = AES.new(key, AES.MODE_CBC, iv).encrypt(data)\n    b = AES.new(key, AES.MODE_GCM, nonce=nonce)\n    c = AES.new(key, AES.MODE_CTR, nonce=os.urandom(8))\n    return a, b, c\n',
    },
    {
      name: 'ECB and a GCM cipher that makes its own nonce',
      path: 'app/crypto.py',
      code: 'from Crypto.Cipher import AES\n\necb = AES.new(key, AES.MODE_ECB)\ngcm = AES.new(key, AES.MODE_GCM)\n',
    },
    {
      name: 'nonce read from the message when decrypting',
      path: 'app/crypto.py',
      code: 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\ndef open_sealed(key, blob):\n    return AESGCM(key).decrypt(blob[:12], blob[12:], None)\n',
    },
    {
      name: 'fresh nonces for two encryptions',
      path: 'app/crypto.py',
      code: 'import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\ndef seal_both(key, first, second):\n    aesgcm = AESGCM(key)\n    return aesgcm.encrypt(os.urandom(12), first, None), aesgcm.encrypt(os.urandom(12), second, None)\n',
    },
    {
      name: 'a docstring and a comment are not code',
      path: 'app/crypto.py',
      code: "def encrypt(key, data):\n    \"\"\"Never call AES.new(key, AES.MODE_CBC, b'\\x00' * 16).\"\"\"\n    # AES.new(key, AES.MODE_CBC, bytes(16))\n    return None\n",
    },
    {
      name: 'encrypt on an object that is not an AEAD',
      path: 'app/client.py',
      code: "client = ApiClient()\nclient.encrypt(b'\\x00' * 12, payload)\n",
    },
    // Java
    {
      name: 'SecureRandom fills the IV before use',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    byte[] encrypt(SecretKey key, byte[] data) throws Exception {\n        byte[] iv = new byte[12];\n        new SecureRandom().nextBytes(iv);\n        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");\n        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n        return cipher.doFinal(data);\n    }\n}\n',
    },
    {
      name: 'a field IV filled in the constructor',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    private final byte[] iv = new byte[16];\n\n    Crypto(SecureRandom random) {\n        random.nextBytes(iv);\n    }\n\n    IvParameterSpec spec() {\n        return new IvParameterSpec(iv);\n    }\n}\n',
    },
    {
      name: 'the IV copied from the message when decrypting',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    byte[] decrypt(SecretKey key, byte[] message) throws Exception {\n        byte[] iv = new byte[16];\n        System.arraycopy(message, 0, iv, 0, 16);\n        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");\n        cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));\n        return cipher.doFinal(message, 16, message.length - 16);\n    }\n}\n',
    },
    {
      name: 'the provider chooses the IV and the code reads it back',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    byte[] encrypt(SecretKey key, byte[] data) throws Exception {\n        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");\n        cipher.init(Cipher.ENCRYPT_MODE, key);\n        byte[] iv = cipher.getIV();\n        return cipher.doFinal(data);\n    }\n}\n',
    },
    {
      name: 'IV sliced from the message',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    IvParameterSpec spec(byte[] message) {\n        return new IvParameterSpec(Arrays.copyOfRange(message, 0, 16));\n    }\n}\n',
    },
    {
      name: 'one IV passed to an encryption and a decryption',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.Cipher;\nimport javax.crypto.SecretKey;\nimport javax.crypto.spec.GCMParameterSpec;\nimport javax.crypto.spec.IvParameterSpec;\n\nclass Crypto {\n    void roundTrip(SecretKey key, byte[] iv) throws Exception {\n        Cipher enc = Cipher.getInstance("AES/GCM/NoPadding");\n        enc.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));\n        Cipher dec = Cipher.getInstance("AES/GCM/NoPadding");\n        dec.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));\n    }\n}\n',
    },
    // C#
    {
      name: 'RandomNumberGenerator fills the nonce before use',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    void Seal(byte[] key, byte[] plaintext, byte[] ciphertext, byte[] tag)\n    {\n        using var gcm = new AesGcm(key, 16);\n        var nonce = new byte[12];\n        RandomNumberGenerator.Fill(nonce);\n        gcm.Encrypt(nonce, plaintext, ciphertext, tag);\n    }\n}\n',
    },
    {
      name: 'GenerateIV, and the generated IV passed on',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    byte[] Encrypt(byte[] data)\n    {\n        using var aes = Aes.Create();\n        aes.GenerateIV();\n        return aes.EncryptCbc(data, aes.IV);\n    }\n}\n',
    },
    {
      name: 'an IV property on a message, not a cipher',
      path: 'src/Message.cs',
      code: 'class Envelope\n{\n    void Prepare(Message message, RandomNumberGenerator rng)\n    {\n        message.IV = new byte[16];\n        rng.GetBytes(message.IV);\n    }\n}\n',
    },
    {
      name: 'IV from RandomNumberGenerator.GetBytes',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    void Configure(Aes aes)\n    {\n        aes.IV = RandomNumberGenerator.GetBytes(16);\n    }\n}\n',
    },
    {
      name: 'nonce read from the message when decrypting',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    void Open(AesGcm gcm, byte[] message, byte[] plaintext, byte[] tag)\n    {\n        gcm.Decrypt(message.AsSpan(0, 12), message.AsSpan(12), tag, plaintext);\n    }\n}\n',
    },
    // Go
    {
      name: 'IV filled from crypto/rand with io.ReadFull',
      path: 'crypto/encrypt.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n\t"crypto/rand"\n\t"io"\n)\n\nfunc Encrypt(key, data []byte) ([]byte, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tout := make([]byte, aes.BlockSize+len(data))\n\tiv := out[:aes.BlockSize]\n\tif _, err := io.ReadFull(rand.Reader, iv); err != nil {\n\t\treturn nil, err\n\t}\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(out[aes.BlockSize:], data)\n\treturn out, nil\n}\n',
    },
    {
      name: 'GCM nonce filled by rand.Read',
      path: 'crypto/seal.go',
      code: 'package crypto\n\nimport (\n\t"crypto/cipher"\n\t"crypto/rand"\n)\n\nfunc Seal(gcm cipher.AEAD, plaintext []byte) []byte {\n\tnonce := make([]byte, gcm.NonceSize())\n\tif _, err := rand.Read(nonce); err != nil {\n\t\tpanic(err)\n\t}\n\treturn gcm.Seal(nonce, nonce, plaintext, nil)\n}\n',
    },
    {
      name: 'secretbox nonce array filled before sealing',
      path: 'crypto/box.go',
      code: 'package crypto\n\nimport (\n\t"crypto/rand"\n\t"io"\n\n\t"golang.org/x/crypto/nacl/secretbox"\n)\n\nfunc Box(key *[32]byte, message []byte) []byte {\n\tvar nonce [24]byte\n\tif _, err := io.ReadFull(rand.Reader, nonce[:]); err != nil {\n\t\tpanic(err)\n\t}\n\treturn secretbox.Seal(nonce[:], message, &nonce, key)\n}\n',
    },
    {
      name: 'nonce split from the message when opening',
      path: 'crypto/open.go',
      code: 'package crypto\n\nimport "crypto/cipher"\n\nfunc Open(gcm cipher.AEAD, data []byte) ([]byte, error) {\n\tnonce, ciphertext := data[:gcm.NonceSize()], data[gcm.NonceSize():]\n\treturn gcm.Open(nil, nonce, ciphertext, nil)\n}\n',
    },
    {
      name: "a Seal method that is not an AEAD's",
      path: 'store/store.go',
      code: 'package store\n\nfunc Close(s *Store, nonce []byte) {\n\ts.Seal(nil, make([]byte, 12), nil, nil)\n}\n',
    },
    {
      name: 'a nonce refilled on every pass of a loop',
      path: 'crypto/seal.go',
      code: 'package crypto\n\nimport (\n\t"crypto/cipher"\n\t"crypto/rand"\n)\n\nfunc SealAll(gcm cipher.AEAD, messages [][]byte) (out [][]byte) {\n\tnonce := make([]byte, gcm.NonceSize())\n\tfor _, message := range messages {\n\t\tif _, err := rand.Read(nonce); err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t\tout = append(out, gcm.Seal(append([]byte{}, nonce...), nonce, message, nil))\n\t}\n\treturn out\n}\n',
    },
    // PHP
    {
      name: 'IV from random_bytes',
      path: 'src/Crypto.php',
      code: "<?php\n$iv = random_bytes(openssl_cipher_iv_length('aes-256-cbc'));\n$ciphertext = openssl_encrypt($plaintext, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv);\n",
    },
    {
      name: 'ECB with an empty IV belongs to crypto/ecb-mode',
      path: 'src/Crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($plaintext, 'aes-256-ecb', $key, 0, '');\n",
    },
    {
      name: 'IV read from the message when decrypting',
      path: 'src/Crypto.php',
      code: "<?php\nfunction decrypt(string $raw, string $key): string\n{\n    return openssl_decrypt(substr($raw, 16), 'aes-256-cbc', $key, OPENSSL_RAW_DATA, substr($raw, 0, 16));\n}\n",
    },
    {
      name: 'sodium nonce from random_bytes',
      path: 'src/Box.php',
      code: '<?php\n$nonce = random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES);\n$box = sodium_crypto_secretbox($message, $nonce, $key);\n',
    },
    {
      name: 'a string that shows a bad call is not code',
      path: 'src/docs.php',
      code: "<?php\n$example = \"openssl_encrypt($data, 'aes-256-cbc', $key, 0, '1234567890123456')\";\n",
    },
    // Ruby
    {
      name: 'random_iv',
      path: 'lib/vault.rb',
      code: "def encrypt(key, data)\n  cipher = OpenSSL::Cipher.new('aes-256-gcm').encrypt\n  cipher.key = key\n  iv = cipher.random_iv\n  cipher.update(data) + cipher.final\nend\n",
    },
    {
      name: 'IV from SecureRandom',
      path: 'lib/vault.rb',
      code: "def encrypt(key, data)\n  cipher = OpenSSL::Cipher.new('aes-256-cbc').encrypt\n  cipher.key = key\n  cipher.iv = SecureRandom.random_bytes(16)\n  cipher.update(data) + cipher.final\nend\n",
    },
    {
      name: 'an iv attribute on a record, in a file with no cipher',
      path: 'app/models/secret.rb',
      code: "class SecretsController\n  def create\n    record.iv = '1234567890123456'\n  end\nend\n",
    },
    {
      name: 'IV read from the message when decrypting',
      path: 'lib/vault.rb',
      code: "def decrypt(key, data)\n  cipher = OpenSSL::Cipher.new('aes-256-cbc').decrypt\n  cipher.key = key\n  cipher.iv = data.byteslice(0, 16)\n  cipher.update(data.byteslice(16..)) + cipher.final\nend\n",
    },
  ],
};

describeRule(table);
