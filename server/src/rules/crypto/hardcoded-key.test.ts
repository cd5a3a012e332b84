/**
 * crypto/hardcoded-key: literal, encoded, byte-array, zero and passphrase-derived keys passed to
 * every language's cipher and MAC APIs, with the safe look-alikes beside them (keys from the
 * environment, files, key stores and generators, placeholders, non-cipher look-alikes, comments
 * and strings). Each finding's trailing comment shows the text it flags; the table after the
 * rule's own checks asserts which text each finding marks as secret.
 */
import assert from 'node:assert/strict';
import { describeRule, findingsOf, scanCase, type RuleTable } from '../../../../test/support/rule-tester';
import { hardcodedKey } from './hardcoded-key';

const KEY =
  'This cipher or MAC key is written in the source code: anyone who can read the code, its history or a build can decrypt the data or forge its MACs, and the key cannot change without a release. MoJ guidance requires application secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets). Load the key at run time from a secrets manager or the environment, and rotate this one.';
const ZERO_KEY =
  'This cipher or MAC key is all zero bytes, fixed in the source code: anyone who can read the code, its history or a build can decrypt the data or forge its MACs, and the key cannot change without a release. MoJ guidance requires application secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets). Load the key at run time from a secrets manager or the environment, and rotate this one.';
const DERIVED_KEY =
  'This cipher or MAC key is derived from a passphrase written in the source code: anyone who can read the code, its history or a build can decrypt the data or forge its MACs, and the key cannot change without a release. MoJ guidance requires application secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets). Load the key at run time from a secrets manager or the environment, and rotate this one.';

export const table: RuleTable = {
  rule: hardcodedKey,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'string literal key in createCipheriv',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-256-cbc', 'Kq7dW2zP9xRt4mLc8vBn3sYh6gJf1aE0', iv);\n",
      findings: [
        { line: 2, column: 53, endColumn: 87, message: KEY, fix: null }, // "'Kq7dW2zP9xRt4mLc8vBn3sYh6gJf1aE0'"
      ],
    },
    {
      name: 'hex key in a module constant, used for an HMAC',
      path: 'src/sign.js',
      code: "const crypto = require('crypto');\nconst MAC_KEY = Buffer.from('8d4f2a9c1e7b3056d2c8a4f1e9b7306c', 'hex');\n\nfunction sign(data) {\n  return crypto.createHmac('sha256', MAC_KEY).update(data).digest('hex');\n}\n",
      findings: [
        { line: 5, column: 38, endColumn: 45, message: KEY, fix: null }, // "MAC_KEY"
      ],
    },
    {
      name: 'key derived from a literal passphrase with scryptSync',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst key = crypto.scryptSync('tr0ub4dor-and-3-horses', 'salt', 32);\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, iv);\n",
      findings: [
        { line: 3, column: 53, endColumn: 56, message: DERIVED_KEY, fix: null }, // "key"
      ],
    },
    {
      name: 'key hashed from a literal passphrase',
      path: 'src/encrypt.ts',
      code: "import { createCipheriv, createHash } from 'node:crypto';\nconst key = createHash('sha256').update('n0de-hash-derived-passphrase').digest();\nexport const cipher = createCipheriv('aes-256-gcm', key, iv);\n",
      findings: [
        { line: 3, column: 53, endColumn: 56, message: DERIVED_KEY, fix: null }, // "key"
      ],
    },
    {
      name: 'crypto-js passphrase and HMAC key',
      path: 'src/token.ts',
      code: "import CryptoJS from 'crypto-js';\nexport const token = CryptoJS.AES.encrypt(payload, 'cjs-passphrase-71be0d94').toString();\nexport const signature = CryptoJS.HmacSHA256(payload, 'cjs-hmac-key-5a8e3f12').toString();\n",
      findings: [
        { line: 2, column: 52, endColumn: 77, message: KEY, fix: null }, // "'cjs-passphrase-71be0d94'"
        { line: 3, column: 55, endColumn: 78, message: KEY, fix: null }, // "'cjs-hmac-key-5a8e3f12'"
      ],
    },
    {
      name: 'WebCrypto raw key from encoded text',
      path: 'src/keys.ts',
      code: "const raw = new TextEncoder().encode('webcrypto-raw-key-c41f9d20e7');\nexport const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);\n",
      findings: [
        { line: 2, column: 57, endColumn: 60, message: KEY, fix: null }, // "raw"
      ],
    },
    {
      name: 'WebCrypto JWK with a literal secret',
      path: 'src/keys.ts',
      code: "export const key = await crypto.subtle.importKey('jwk', { kty: 'oct', k: 'Y3J5cHRvLWp3ay1zZWNyZXQtMDE', alg: 'A128GCM' }, 'AES-GCM', false, ['encrypt']);\n",
      findings: [
        { line: 1, column: 74, endColumn: 103, message: KEY, fix: null }, // "'Y3J5cHRvLWp3ay1zZWNyZXQtMDE'"
      ],
    },
    {
      name: 'all-zero key buffer',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), iv);\n",
      findings: [
        { line: 2, column: 53, endColumn: 69, message: ZERO_KEY, fix: null }, // "Buffer.alloc(32)"
      ],
    },
    {
      name: 'type assertion around a literal HMAC key',
      path: 'src/sign.ts',
      code: "import { createHmac } from 'crypto';\nexport const sign = (data: string) => createHmac('sha256', 'ts-hmac-key-e29b7c40' as string).update(data).digest('hex');\n",
      findings: [
        { line: 2, column: 60, endColumn: 92, message: KEY, fix: null }, // "'ts-hmac-key-e29b7c40' as string"
      ],
    },
    {
      name: 'literal passphrase decrypting in a TSX component',
      path: 'src/Secret.tsx',
      code: "import CryptoJS from 'crypto-js';\n\nexport const Secret = ({ sealed }: { sealed: string }) => (\n  <p>{CryptoJS.AES.decrypt(sealed, 'tsx-react-key-40b9e1c7').toString(CryptoJS.enc.Utf8)}</p>\n);\n",
      findings: [
        { line: 4, column: 36, endColumn: 60, message: KEY, fix: null }, // "'tsx-react-key-40b9e1c7'"
      ],
    },
    // Python
    {
      name: 'bytes literal key in PyCryptodome',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import AES\n\ncipher = AES.new(b'pycryptodome-key-4b1e9f7a03c2d6e8', AES.MODE_GCM)\n",
      findings: [
        { line: 3, column: 18, endColumn: 54, message: KEY, fix: null }, // "b'pycryptodome-key-4b1e9f7a03c2d6e8'"
      ],
    },
    {
      name: 'HMAC key in a module constant',
      path: 'app/signing.py',
      code: "import hashlib\nimport hmac\n\nSECRET = 'py-hmac-secret-0d93b7e2'.encode()\n\n\ndef sign(message):\n    return hmac.new(SECRET, message, hashlib.sha256).hexdigest()\n",
      findings: [
        { line: 8, column: 21, endColumn: 27, message: KEY, fix: null }, // "SECRET"
      ],
    },
    {
      name: 'HMAC key as a keyword argument',
      path: 'app/signing.py',
      code: "import hmac\n\nsignature = hmac.new(key=b'py-hmac-keyword-6c2a41f8', msg=body, digestmod='sha256').hexdigest()\n",
      findings: [
        { line: 3, column: 26, endColumn: 53, message: KEY, fix: null }, // "b'py-hmac-keyword-6c2a41f8'"
      ],
    },
    {
      name: 'Fernet key literal',
      path: 'app/tokens.py',
      code: "from cryptography.fernet import Fernet\n\nfernet = Fernet(b'q0Kd1AyyP2Q7Wc0kx4bBTRqzjw3yCTZGx7sL5yGj7KE=')\n",
      findings: [
        { line: 3, column: 17, endColumn: 64, message: KEY, fix: null }, // "b'q0Kd1AyyP2Q7Wc0kx4bBTRqzjw3yCTZGx7sL5yGj7KE='"
      ],
    },
    {
      name: 'AES-GCM key decoded from hex',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\naead = AESGCM(bytes.fromhex('6a1f3c9e0b7d2485e6c1a9f03d7b2e58'))\n",
      findings: [
        { line: 3, column: 15, endColumn: 64, message: KEY, fix: null }, // "bytes.fromhex('6a1f3c9e0b7d2485e6c1a9f03d7b2e58')"
      ],
    },
    {
      name: 'key hashed from a literal passphrase with hashlib',
      path: 'app/crypto.py',
      code: "import hashlib\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\n\nkey = hashlib.sha256(b'py-sha-derived-passphrase').digest()\ncipher = Cipher(algorithms.AES(key), modes.GCM(nonce))\n",
      findings: [
        { line: 5, column: 32, endColumn: 35, message: DERIVED_KEY, fix: null }, // "key"
      ],
    },
    {
      name: 'key stretched from a literal password with PBKDF2',
      path: 'app/crypto.py',
      code: "import hashlib\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\n\ndef make_aead(salt):\n    key = hashlib.pbkdf2_hmac('sha256', b'py-pbkdf2-password-77e1', salt, 600_000)\n    return AESGCM(key)\n",
      findings: [
        { line: 7, column: 19, endColumn: 22, message: DERIVED_KEY, fix: null }, // "key"
      ],
    },
    // Java
    {
      name: 'key string constant turned into a SecretKeySpec',
      path: 'src/main/java/app/Crypto.java',
      code: 'import java.nio.charset.StandardCharsets;\nimport javax.crypto.spec.SecretKeySpec;\n\nclass Crypto {\n    private static final String KEY = "java-aes-key-3e9a71c05f2d8b64";\n\n    SecretKeySpec key() {\n        return new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "AES");\n    }\n}\n',
      findings: [
        { line: 8, column: 34, endColumn: 70, message: KEY, fix: null }, // "KEY.getBytes(StandardCharsets.UTF_8)"
      ],
    },
    {
      name: 'HMAC key as a byte-array literal',
      path: 'src/main/java/app/Signer.java',
      code: 'import javax.crypto.Mac;\nimport javax.crypto.spec.SecretKeySpec;\n\nclass Signer {\n    Mac mac() throws Exception {\n        Mac mac = Mac.getInstance("HmacSHA256");\n        mac.init(new SecretKeySpec(new byte[] { 0x10, 0x22, 0x3a, 0x4f, 0x51, 0x6e, 0x77, 0x08 }, "HmacSHA256"));\n        return mac;\n    }\n}\n',
      findings: [
        { line: 7, column: 36, endColumn: 97, message: KEY, fix: null }, // "new byte[] { 0x10, 0x22, 0x3a, 0x4f, 0x51, 0x6e, 0x77, 0x08 }"
      ],
    },
    {
      name: 'key decoded from a Base64 literal',
      path: 'src/main/java/app/Crypto.java',
      code: 'import java.util.Base64;\nimport javax.crypto.spec.SecretKeySpec;\n\nclass Crypto {\n    SecretKeySpec key() {\n        return new SecretKeySpec(Base64.getDecoder().decode("amF2YS1iYXNlNjQta2V5LTljMmY="), "AES");\n    }\n}\n',
      findings: [
        { line: 6, column: 34, endColumn: 92, message: KEY, fix: null }, // "Base64.getDecoder().decode(\"amF2YS1iYXNlNjQta2V5LTljMmY=\")"
      ],
    },
    {
      name: 'Commons Codec HmacUtils with a string key',
      path: 'src/main/java/app/Signer.java',
      code: 'import org.apache.commons.codec.digest.HmacAlgorithms;\nimport org.apache.commons.codec.digest.HmacUtils;\n\nclass Signer {\n    String sign(String body) {\n        return new HmacUtils(HmacAlgorithms.HMAC_SHA_256, "java-hmacutils-key-5d0e").hmacHex(body);\n    }\n}\n',
      findings: [
        { line: 6, column: 59, endColumn: 84, message: KEY, fix: null }, // "\"java-hmacutils-key-5d0e\""
      ],
    },
    {
      name: 'Bouncy Castle KeyParameter from hex',
      path: 'src/main/java/app/Crypto.java',
      code: 'import org.bouncycastle.crypto.params.KeyParameter;\nimport org.bouncycastle.util.encoders.Hex;\n\nclass Crypto {\n    KeyParameter key() {\n        return new KeyParameter(Hex.decode("b3c1e8a4f2d60975c3e1a8b4f2d60975"));\n    }\n}\n',
      findings: [
        { line: 6, column: 33, endColumn: 79, message: KEY, fix: null }, // "Hex.decode(\"b3c1e8a4f2d60975c3e1a8b4f2d60975\")"
      ],
    },
    {
      name: 'triple-DES key spec from a string',
      path: 'src/main/java/app/Legacy.java',
      code: 'import javax.crypto.spec.DESedeKeySpec;\n\nclass Legacy {\n    DESedeKeySpec spec() throws Exception {\n        return new DESedeKeySpec("java-desede-key-0123456789ab".getBytes());\n    }\n}\n',
      findings: [
        { line: 5, column: 34, endColumn: 75, message: KEY, fix: null }, // "\"java-desede-key-0123456789ab\".getBytes()"
      ],
    },
    // C#
    {
      name: "Key property set from a string's bytes",
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    void Configure(Aes aes)\n    {\n        aes.Key = Encoding.UTF8.GetBytes("cs-aes-key-2f8d0b6e4a19c753");\n    }\n}\n',
      findings: [
        { line: 8, column: 19, endColumn: 72, message: KEY, fix: null }, // "Encoding.UTF8.GetBytes(\"cs-aes-key-2f8d0b6e4a19c753\")"
      ],
    },
    {
      name: 'HMAC key decoded from a Base64 literal',
      path: 'src/Signer.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Signer\n{\n    byte[] Sign(byte[] body)\n    {\n        using var hmac = new HMACSHA256(Convert.FromBase64String("Y3NoYXJwLWhtYWMta2V5LTQ0"));\n        return hmac.ComputeHash(body);\n    }\n}\n',
      findings: [
        { line: 8, column: 41, endColumn: 93, message: KEY, fix: null }, // "Convert.FromBase64String(\"Y3NoYXJwLWhtYWMta2V5LTQ0\")"
      ],
    },
    {
      name: 'one-shot HMACSHA256.HashData with a literal key',
      path: 'src/Signer.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Signer\n{\n    byte[] Sign(byte[] body) => HMACSHA256.HashData(Encoding.UTF8.GetBytes("cs-hashdata-key-83e1"), body);\n}\n',
      findings: [
        { line: 6, column: 53, endColumn: 99, message: KEY, fix: null }, // "Encoding.UTF8.GetBytes(\"cs-hashdata-key-83e1\")"
      ],
    },
    {
      name: 'AesGcm key from a byte-array field',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    static readonly byte[] KeyBytes = { 0x3c, 0x91, 0x5e, 0x07, 0xa2, 0x4b, 0xd8, 0x66, 0x1f, 0xe3, 0x70, 0x2a, 0xc5, 0x19, 0x8d, 0xb4 };\n\n    AesGcm Make() => new AesGcm(KeyBytes, 16);\n}\n',
      findings: [
        { line: 8, column: 33, endColumn: 41, message: KEY, fix: null }, // "KeyBytes"
      ],
    },
    {
      name: 'CreateEncryptor with a literal key',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    ICryptoTransform Encryptor(Aes aes, byte[] iv) => aes.CreateEncryptor(Encoding.ASCII.GetBytes("cs-encryptor-key-5b7e21d9"), iv);\n}\n',
      findings: [
        { line: 6, column: 75, endColumn: 127, message: KEY, fix: null }, // "Encoding.ASCII.GetBytes(\"cs-encryptor-key-5b7e21d9\")"
      ],
    },
    {
      name: 'object initialiser Key',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    SymmetricAlgorithm Make(byte[] iv) => new AesManaged { Key = Encoding.UTF8.GetBytes("cs-initialiser-key-77c3a0e1"), IV = iv };\n}\n',
      findings: [
        { line: 6, column: 66, endColumn: 119, message: KEY, fix: null }, // "Encoding.UTF8.GetBytes(\"cs-initialiser-key-77c3a0e1\")"
      ],
    },
    // Go
    {
      name: 'literal key converted to bytes for AES',
      path: 'crypto/block.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n)\n\nfunc Block() (cipher.Block, error) {\n\treturn aes.NewCipher([]byte("go-aes-key-0f4e8a2c6b1d9e73abcd"))\n}\n',
      findings: [
        { line: 9, column: 23, endColumn: 64, message: KEY, fix: null }, // "[]byte(\"go-aes-key-0f4e8a2c6b1d9e73abcd\")"
      ],
    },
    {
      name: 'HMAC key literal',
      path: 'crypto/sign.go',
      code: 'package crypto\n\nimport (\n\t"crypto/hmac"\n\t"crypto/sha256"\n)\n\nfunc Sign(body []byte) []byte {\n\tmac := hmac.New(sha256.New, []byte("go-hmac-key-91d3c7e5"))\n\tmac.Write(body)\n\treturn mac.Sum(nil)\n}\n',
      findings: [
        { line: 9, column: 30, endColumn: 60, message: KEY, fix: null }, // "[]byte(\"go-hmac-key-91d3c7e5\")"
      ],
    },
    {
      name: 'key decoded from hex',
      path: 'crypto/block.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n\t"encoding/hex"\n)\n\nfunc Block() (cipher.Block, error) {\n\tkey, _ := hex.DecodeString("5e2b9f07c4d18a63e0b74f29c1d85a36")\n\treturn aes.NewCipher(key)\n}\n',
      findings: [
        { line: 11, column: 23, endColumn: 26, message: KEY, fix: null }, // "key"
      ],
    },
    {
      name: 'ChaCha20-Poly1305 key as a byte-slice literal',
      path: 'crypto/aead.go',
      code: 'package crypto\n\nimport (\n\t"crypto/cipher"\n\n\t"golang.org/x/crypto/chacha20poly1305"\n)\n\nfunc AEAD() (cipher.AEAD, error) {\n\treturn chacha20poly1305.New([]byte{0x4a, 0x19, 0xe2, 0x7c, 0x05, 0xb3, 0xd8, 0x61})\n}\n',
      findings: [
        { line: 10, column: 30, endColumn: 84, message: KEY, fix: null }, // "[]byte{0x4a, 0x19, 0xe2, 0x7c, 0x05, 0xb3, 0xd8, 0x61}"
      ],
    },
    {
      name: 'key in a package constant',
      path: 'crypto/block.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n)\n\nconst secretKey = "go-const-key-6a2d9e41b07c3f58"\n\nfunc Block() (cipher.Block, error) {\n\treturn aes.NewCipher([]byte(secretKey))\n}\n',
      findings: [
        { line: 11, column: 23, endColumn: 40, message: KEY, fix: null }, // "[]byte(secretKey)"
      ],
    },
    // PHP
    {
      name: 'literal HMAC key in hash_hmac',
      path: 'src/Signer.php',
      code: "<?php\nfunction sign(string $body): string\n{\n    return hash_hmac('sha256', $body, 'php-hmac-key-8b2e61f0');\n}\n",
      findings: [
        { line: 4, column: 39, endColumn: 62, message: KEY, fix: null }, // "'php-hmac-key-8b2e61f0'"
      ],
    },
    {
      name: 'literal key in openssl_encrypt',
      path: 'src/Crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($plaintext, 'aes-256-gcm', 'php-openssl-key-c7a03e95d14b', OPENSSL_RAW_DATA, $iv, $tag);\n",
      findings: [
        { line: 2, column: 58, endColumn: 88, message: KEY, fix: null }, // "'php-openssl-key-c7a03e95d14b'"
      ],
    },
    {
      name: 'key from define() used to decrypt',
      path: 'src/Crypto.php',
      code: "<?php\ndefine('ENCRYPTION_KEY', 'php-define-key-4f91d2b8e6a0');\n\nfunction decrypt(string $data, string $iv): string\n{\n    return openssl_decrypt($data, 'aes-256-cbc', ENCRYPTION_KEY, 0, $iv);\n}\n",
      findings: [
        { line: 6, column: 50, endColumn: 64, message: KEY, fix: null }, // "ENCRYPTION_KEY"
      ],
    },
    {
      name: 'sodium secretbox key decoded from hex',
      path: 'src/Box.php',
      code: "<?php\n$box = sodium_crypto_secretbox($message, $nonce, hex2bin('0e8c4a2f6b1d9e7305c8a1f4b2d69e70a3c58b1e4f2d7a96c0b3e58a1d4f7c92'));\n",
      findings: [
        { line: 2, column: 50, endColumn: 125, message: KEY, fix: null }, // "hex2bin('0e8c4a2f6b1d9e7305c8a1f4b2d69e70a3c58b1e4f2d7a96c0b3e58a1d4f7c92')"
      ],
    },
    {
      name: 'named passphrase argument',
      path: 'src/Crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt(data: $plaintext, cipher_algo: 'aes-256-cbc', passphrase: 'php-named-key-2d8e5a17', iv: $iv);\n",
      findings: [
        { line: 2, column: 89, endColumn: 113, message: KEY, fix: null }, // "'php-named-key-2d8e5a17'"
      ],
    },
    {
      name: 'class constant HMAC key',
      path: 'src/Signer.php',
      code: "<?php\nclass Signer\n{\n    private const KEY = 'php-class-const-key-69b0e3c2';\n\n    public function sign(string $body): string\n    {\n        return hash_hmac('sha512', $body, self::KEY);\n    }\n}\n",
      findings: [
        { line: 8, column: 43, endColumn: 52, message: KEY, fix: null }, // "self::KEY"
      ],
    },
    {
      name: 'phpseclib setKey',
      path: 'src/Crypto.php',
      code: "<?php\nuse phpseclib3\\Crypt\\AES;\n\n$aes = new AES('gcm');\n$aes->setKey('phpseclib-key-0123456789abcdef');\n",
      findings: [
        { line: 5, column: 14, endColumn: 46, message: KEY, fix: null }, // "'phpseclib-key-0123456789abcdef'"
      ],
    },
    {
      name: 'Defuse key loaded from a literal',
      path: 'src/Crypto.php',
      code: "<?php\nuse Defuse\\Crypto\\Key;\n\n$key = Key::loadFromAsciiSafeString('def00000a3e9c1b7d5f2468e0c9b3a7d1f5e2c8b4a6d0e9f3c7b1a5d8e2f4c6b0a9d3e7f1c5b');\n",
      findings: [
        { line: 4, column: 37, endColumn: 115, message: KEY, fix: null }, // "'def00000a3e9c1b7d5f2468e0c9b3a7d1f5e2c8b4a6d0e9f3c7b1a5d8e2f4c6b0a9d3e7f1c5b'"
      ],
    },
    // Ruby
    {
      name: 'literal key in OpenSSL::HMAC.hexdigest',
      path: 'lib/signer.rb',
      code: "require 'openssl'\n\ndef sign(body)\n  OpenSSL::HMAC.hexdigest('SHA256', 'rb-hmac-key-3a7f0c91', body)\nend\n",
      findings: [
        { line: 4, column: 37, endColumn: 59, message: KEY, fix: null }, // "'rb-hmac-key-3a7f0c91'"
      ],
    },
    {
      name: 'literal key on a cipher',
      path: 'lib/vault.rb',
      code: "def encrypt(data)\n  cipher = OpenSSL::Cipher.new('aes-256-cbc').encrypt\n  cipher.key = 'rb-cipher-key-0123456789abcdef'\n  cipher.update(data) + cipher.final\nend\n",
      findings: [
        { line: 3, column: 16, endColumn: 48, message: KEY, fix: null }, // "'rb-cipher-key-0123456789abcdef'"
      ],
    },
    {
      name: 'key constant on a cipher',
      path: 'lib/vault.rb',
      code: "KEY = 'rb-const-key-5e8b1d94c02a7f36'\n\ndef decrypt(data)\n  cipher = OpenSSL::Cipher.new('aes-256-cbc').decrypt\n  cipher.key = KEY\n  cipher.update(data) + cipher.final\nend\n",
      findings: [
        { line: 5, column: 16, endColumn: 19, message: KEY, fix: null }, // "KEY"
      ],
    },
    {
      name: 'ActiveSupport::MessageEncryptor with a literal secret',
      path: 'app/services/token.rb',
      code: "class TokenService\n  def encryptor\n    ActiveSupport::MessageEncryptor.new('rb-encryptor-secret-0d2e9b7c41f8a365')\n  end\nend\n",
      findings: [
        { line: 3, column: 41, endColumn: 79, message: KEY, fix: null }, // "'rb-encryptor-secret-0d2e9b7c41f8a365'"
      ],
    },
    {
      name: 'hex-packed key on a cipher',
      path: 'lib/vault.rb',
      code: "def encrypt(data)\n  cipher = OpenSSL::Cipher.new('aes-128-cbc').encrypt\n  cipher.key = ['7c1e4a9f02b83d65e1a07c4f9b2d8e36'].pack('H*')\n  cipher.update(data) + cipher.final\nend\n",
      findings: [
        { line: 3, column: 16, endColumn: 63, message: KEY, fix: null }, // "['7c1e4a9f02b83d65e1a07c4f9b2d8e36'].pack('H*')"
      ],
    },
    {
      name: 'RbNaCl SecretBox key literal',
      path: 'lib/box.rb',
      code: "box = RbNaCl::SecretBox.new('rb-nacl-key-0123456789abcdef0123')\n",
      findings: [
        { line: 1, column: 29, endColumn: 63, message: KEY, fix: null }, // "'rb-nacl-key-0123456789abcdef0123'"
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    {
      name: 'keys from the environment',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst key = Buffer.from(process.env.DATA_KEY, 'base64');\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\nconst mac = crypto.createHmac('sha256', process.env.MAC_KEY);\n",
    },
    {
      name: 'generated and loaded keys',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst fs = require('fs');\nconst generated = crypto.randomBytes(32);\nconst a = crypto.createCipheriv('aes-256-gcm', generated, iv);\nconst loaded = fs.readFileSync('/run/secrets/data-key');\nconst b = crypto.createCipheriv('aes-256-gcm', loaded, iv);\n",
    },
    {
      name: 'a key passed in by the caller',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nmodule.exports = (key, iv) => crypto.createCipheriv('aes-256-gcm', key, iv);\n",
    },
    {
      name: 'obvious placeholders are unfinished code, not keys',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst a = crypto.createHmac('sha256', '');\nconst b = crypto.createHmac('sha256', '<your-key>');\nconst c = crypto.createHmac('sha256', 'changeme');\nconst d = crypto.createHmac('sha256', '${HMAC_KEY}');\n",
    },
    {
      name: 'a passphrase derived from the environment',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst key = crypto.scryptSync(process.env.PASSPHRASE, 'salt', 32);\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, iv);\n",
    },
    {
      name: 'comments and strings that show a literal key are not code',
      path: 'src/docs.js',
      code: "// crypto.createHmac('sha256', 'not-a-real-key-in-a-comment')\nconst example = \"crypto.createHmac('sha256', 'not-a-real-key-in-a-string')\";\n",
    },
    {
      name: 'a digest of a literal, not a key',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\nconst etag = crypto.createHash('sha256').update('static-body').digest('hex');\n",
    },
    // Python
    {
      name: 'key from the environment',
      path: 'app/crypto.py',
      code: "import base64\nimport os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\naead = AESGCM(base64.b64decode(os.environ['DATA_KEY']))\n",
    },
    {
      name: 'generated keys',
      path: 'app/crypto.py',
      code: 'from cryptography.fernet import Fernet\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\n\naead = AESGCM(AESGCM.generate_key(bit_length=256))\nfernet = Fernet(Fernet.generate_key())\n',
    },
    {
      name: 'key read from a file',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import AES\n\nwith open('/run/secrets/data-key', 'rb') as handle:\n    key = handle.read()\ncipher = AES.new(key, AES.MODE_GCM)\n",
    },
    {
      name: 'key from settings',
      path: 'app/signing.py',
      code: 'import hashlib\nimport hmac\nfrom django.conf import settings\n\nsignature = hmac.new(settings.SIGNING_KEY.encode(), body, hashlib.sha256).hexdigest()\n',
    },
    {
      name: 'placeholder key',
      path: 'app/signing.py',
      code: "import hmac\n\nsignature = hmac.new(b'changeme', body, 'sha256').hexdigest()\n",
    },
    {
      name: 'a digest of a literal that feeds no cipher',
      path: 'app/cache.py',
      code: "import hashlib\n\nCACHE_KEY = hashlib.sha256(b'static-cache-namespace').hexdigest()\n",
    },
    // Java
    {
      name: 'key from the environment',
      path: 'src/main/java/app/Crypto.java',
      code: 'import java.util.Base64;\nimport javax.crypto.spec.SecretKeySpec;\n\nclass Crypto {\n    SecretKeySpec key() {\n        return new SecretKeySpec(Base64.getDecoder().decode(System.getenv("DATA_KEY")), "AES");\n    }\n}\n',
    },
    {
      name: 'key bytes passed in',
      path: 'src/main/java/app/Crypto.java',
      code: 'import javax.crypto.spec.SecretKeySpec;\n\nclass Crypto {\n    SecretKeySpec key(byte[] material) {\n        return new SecretKeySpec(material, "AES");\n    }\n}\n',
    },
    {
      name: 'key read from a file',
      path: 'src/main/java/app/Crypto.java',
      code: 'import java.nio.file.Files;\nimport java.nio.file.Path;\nimport javax.crypto.spec.SecretKeySpec;\n\nclass Crypto {\n    SecretKeySpec key() throws Exception {\n        return new SecretKeySpec(Files.readAllBytes(Path.of("/run/secrets/data-key")), "AES");\n    }\n}\n',
    },
    {
      name: 'a key buffer filled by SecureRandom',
      path: 'src/main/java/app/Crypto.java',
      code: 'import java.security.SecureRandom;\nimport javax.crypto.spec.SecretKeySpec;\n\nclass Crypto {\n    SecretKeySpec key() {\n        byte[] material = new byte[32];\n        new SecureRandom().nextBytes(material);\n        return new SecretKeySpec(material, "AES");\n    }\n}\n',
    },
    // C#
    {
      name: 'key from an environment variable',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    void Configure(Aes aes)\n    {\n        aes.Key = Convert.FromBase64String(Environment.GetEnvironmentVariable("DATA_KEY"));\n    }\n}\n',
    },
    {
      name: 'generated keys',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    void Configure(Aes aes)\n    {\n        aes.GenerateKey();\n        using var hmac = new HMACSHA256(RandomNumberGenerator.GetBytes(32));\n    }\n}\n',
    },
    {
      name: 'a Key property on a settings object',
      path: 'src/Settings.cs',
      code: 'class Setup\n{\n    void Apply(CacheSettings settings)\n    {\n        settings.Key = "cache-partition-name";\n    }\n}\n',
    },
    {
      name: 'key fetched from Key Vault',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nusing System.Text;\n\nclass Crypto\n{\n    async Task Configure(Aes aes, SecretClient client)\n    {\n        KeyVaultSecret secret = await client.GetSecretAsync("data-key");\n        aes.Key = Convert.FromBase64String(secret.Value);\n    }\n}\n',
    },
    // Go
    {
      name: 'key from the environment',
      path: 'crypto/block.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n\t"os"\n)\n\nfunc Block() (cipher.Block, error) {\n\treturn aes.NewCipher([]byte(os.Getenv("DATA_KEY")))\n}\n',
    },
    {
      name: 'key filled from crypto/rand',
      path: 'crypto/block.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n\t"crypto/rand"\n)\n\nfunc Block() (cipher.Block, error) {\n\tkey := make([]byte, 32)\n\tif _, err := rand.Read(key); err != nil {\n\t\treturn nil, err\n\t}\n\treturn aes.NewCipher(key)\n}\n',
    },
    {
      name: 'key read from a file',
      path: 'crypto/block.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n\t"os"\n)\n\nfunc Block() (cipher.Block, error) {\n\tkey, err := os.ReadFile("/run/secrets/data-key")\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn aes.NewCipher(key)\n}\n',
    },
    {
      name: 'a NewCipher of another package',
      path: 'game/cipher.go',
      code: 'package game\n\nfunc Puzzle() *Cipher {\n\treturn NewCipher([]byte("rot13-puzzle-board"))\n}\n',
    },
    // PHP
    {
      name: 'key from the environment',
      path: 'src/Signer.php',
      code: "<?php\n$signature = hash_hmac('sha256', $body, getenv('SIGNING_KEY'));\n$ciphertext = openssl_encrypt($plaintext, 'aes-256-gcm', $_ENV['DATA_KEY'], OPENSSL_RAW_DATA, $iv, $tag);\n",
    },
    {
      name: 'generated keys',
      path: 'src/Box.php',
      code: "<?php\n$key = sodium_crypto_secretbox_keygen();\n$box = sodium_crypto_secretbox($message, $nonce, $key);\n$other = openssl_encrypt($plaintext, 'aes-256-gcm', random_bytes(32), OPENSSL_RAW_DATA, $iv, $tag);\n",
    },
    {
      name: 'placeholder key',
      path: 'src/Signer.php',
      code: "<?php\n$signature = hash_hmac('sha256', $body, 'CHANGE_ME');\n",
    },
    {
      name: 'a plain hash of a literal is no key',
      path: 'src/Digest.php',
      code: "<?php\n$etag = hash('sha256', 'static-body-content');\n",
    },
    {
      name: 'setKey on an object that is not a phpseclib cipher',
      path: 'src/Cache.php',
      code: "<?php\n$cache = new CacheItem();\n$cache->setKey('user-profile-cache');\n",
    },
    // Ruby
    {
      name: 'key from the environment',
      path: 'lib/vault.rb',
      code: "def encrypt(data)\n  cipher = OpenSSL::Cipher.new('aes-256-cbc').encrypt\n  cipher.key = ENV.fetch('DATA_KEY')\n  OpenSSL::HMAC.hexdigest('SHA256', ENV['MAC_KEY'], data)\nend\n",
    },
    {
      name: 'generated key',
      path: 'lib/vault.rb',
      code: "def encrypt(data)\n  cipher = OpenSSL::Cipher.new('aes-256-gcm').encrypt\n  cipher.key = cipher.random_key\n  cipher.update(data) + cipher.final\nend\n",
    },
    {
      name: 'key from Rails credentials',
      path: 'app/services/token.rb',
      code: 'class TokenService\n  def encryptor\n    ActiveSupport::MessageEncryptor.new(Rails.application.credentials.token_key)\n  end\nend\n',
    },
    {
      name: 'a key attribute on a record, in a file with no cipher',
      path: 'app/models/api_client.rb',
      code: "class ApiClientsController\n  def create\n    client.key = 'public-client-identifier'\n  end\nend\n",
    },
  ],
};

describeRule(table);

/** The text each vulnerable case's findings mark as secret, finding by finding (a zero key has none). */
const SECRETS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'string literal key in createCipheriv': [['Kq7dW2zP9xRt4mLc8vBn3sYh6gJf1aE0']],
  'hex key in a module constant, used for an HMAC': [['8d4f2a9c1e7b3056d2c8a4f1e9b7306c']],
  'key derived from a literal passphrase with scryptSync': [['tr0ub4dor-and-3-horses']],
  'key hashed from a literal passphrase': [['n0de-hash-derived-passphrase']],
  'crypto-js passphrase and HMAC key': [['cjs-passphrase-71be0d94'], ['cjs-hmac-key-5a8e3f12']],
  'WebCrypto raw key from encoded text': [['webcrypto-raw-key-c41f9d20e7']],
  'WebCrypto JWK with a literal secret': [['Y3J5cHRvLWp3ay1zZWNyZXQtMDE']],
  'all-zero key buffer': [[]],
  'type assertion around a literal HMAC key': [['ts-hmac-key-e29b7c40']],
  'literal passphrase decrypting in a TSX component': [['tsx-react-key-40b9e1c7']],
  'bytes literal key in PyCryptodome': [['pycryptodome-key-4b1e9f7a03c2d6e8']],
  'HMAC key in a module constant': [['py-hmac-secret-0d93b7e2']],
  'HMAC key as a keyword argument': [['py-hmac-keyword-6c2a41f8']],
  'Fernet key literal': [['q0Kd1AyyP2Q7Wc0kx4bBTRqzjw3yCTZGx7sL5yGj7KE=']],
  'AES-GCM key decoded from hex': [['6a1f3c9e0b7d2485e6c1a9f03d7b2e58']],
  'key hashed from a literal passphrase with hashlib': [['py-sha-derived-passphrase']],
  'key stretched from a literal password with PBKDF2': [['py-pbkdf2-password-77e1']],
  'key string constant turned into a SecretKeySpec': [['java-aes-key-3e9a71c05f2d8b64']],
  'HMAC key as a byte-array literal': [['0x10, 0x22, 0x3a, 0x4f, 0x51, 0x6e, 0x77, 0x08']],
  'key decoded from a Base64 literal': [['amF2YS1iYXNlNjQta2V5LTljMmY=']],
  'Commons Codec HmacUtils with a string key': [['java-hmacutils-key-5d0e']],
  'Bouncy Castle KeyParameter from hex': [['b3c1e8a4f2d60975c3e1a8b4f2d60975']],
  'triple-DES key spec from a string': [['java-desede-key-0123456789ab']],
  "Key property set from a string's bytes": [['cs-aes-key-2f8d0b6e4a19c753']],
  'HMAC key decoded from a Base64 literal': [['Y3NoYXJwLWhtYWMta2V5LTQ0']],
  'one-shot HMACSHA256.HashData with a literal key': [['cs-hashdata-key-83e1']],
  'AesGcm key from a byte-array field': [['0x3c, 0x91, 0x5e, 0x07, 0xa2, 0x4b, 0xd8, 0x66, 0x1f, 0xe3, 0x70, 0x2a, 0xc5, 0x19, 0x8d, 0xb4']],
  'CreateEncryptor with a literal key': [['cs-encryptor-key-5b7e21d9']],
  'object initialiser Key': [['cs-initialiser-key-77c3a0e1']],
  'literal key converted to bytes for AES': [['go-aes-key-0f4e8a2c6b1d9e73abcd']],
  'HMAC key literal': [['go-hmac-key-91d3c7e5']],
  'key decoded from hex': [['5e2b9f07c4d18a63e0b74f29c1d85a36']],
  'ChaCha20-Poly1305 key as a byte-slice literal': [['0x4a, 0x19, 0xe2, 0x7c, 0x05, 0xb3, 0xd8, 0x61']],
  'key in a package constant': [['go-const-key-6a2d9e41b07c3f58']],
  'literal HMAC key in hash_hmac': [['php-hmac-key-8b2e61f0']],
  'literal key in openssl_encrypt': [['php-openssl-key-c7a03e95d14b']],
  'key from define() used to decrypt': [['php-define-key-4f91d2b8e6a0']],
  'sodium secretbox key decoded from hex': [['0e8c4a2f6b1d9e7305c8a1f4b2d69e70a3c58b1e4f2d7a96c0b3e58a1d4f7c92']],
  'named passphrase argument': [['php-named-key-2d8e5a17']],
  'class constant HMAC key': [['php-class-const-key-69b0e3c2']],
  'phpseclib setKey': [['phpseclib-key-0123456789abcdef']],
  'Defuse key loaded from a literal': [['def00000a3e9c1b7d5f2468e0c9b3a7d1f5e2c8b4a6d0e9f3c7b1a5d8e2f4c6b0a9d3e7f1c5b']],
  'literal key in OpenSSL::HMAC.hexdigest': [['rb-hmac-key-3a7f0c91']],
  'literal key on a cipher': [['rb-cipher-key-0123456789abcdef']],
  'key constant on a cipher': [['rb-const-key-5e8b1d94c02a7f36']],
  'ActiveSupport::MessageEncryptor with a literal secret': [['rb-encryptor-secret-0d2e9b7c41f8a365']],
  'hex-packed key on a cipher': [['7c1e4a9f02b83d65e1a07c4f9b2d8e36']],
  'RbNaCl SecretBox key literal': [['rb-nacl-key-0123456789abcdef0123']],
};

describe('rule crypto/hardcoded-key: secret ranges', () => {
  it('lists the secrets of every vulnerable case', () => {
    assert.deepEqual(Object.keys(SECRETS).sort(), table.invalid.map((testCase) => testCase.name).sort());
  });

  for (const testCase of table.invalid) {
    it(`${testCase.path}: ${testCase.name} marks the key for redaction and never quotes it`, async () => {
      const findings = findingsOf(hardcodedKey, await scanCase(hardcodedKey, testCase));
      const secrets = findings.map((finding) => finding.secrets.map((range) => testCase.code.slice(range.start, range.end)));
      assert.deepEqual(secrets, SECRETS[testCase.name]);
      for (const value of secrets.flat()) for (const finding of findings) assert.ok(!finding.message.includes(value));
    });
  }
});
