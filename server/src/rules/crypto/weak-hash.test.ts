/**
 * crypto/weak-hash: MD5, SHA-1, MD4 and MD2 in every language's hashing, signature and digest
 * APIs, with the safe look-alikes beside them (HMAC, key derivation, intent markers, comments,
 * strings, names). Each finding's trailing comment shows the text it flags.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { weakHash } from './weak-hash';

const MD5 =
  'MD5 is a broken hash function. MoJ guidance expects adequate, proportionate cryptography for hashing (Cryptography: Hashing); NCSC and industry consider MD5 unsafe. Use SHA-256 or stronger, or a password hashing function for passwords.';
const SHA1 =
  'SHA-1 is a broken hash function. MoJ guidance expects adequate, proportionate cryptography for hashing (Cryptography: Hashing); NCSC and industry consider SHA-1 unsafe. Use SHA-256 or stronger, or a password hashing function for passwords.';
const MD4 =
  'MD4 is a broken hash function. MoJ guidance expects adequate, proportionate cryptography for hashing (Cryptography: Hashing); NCSC and industry consider MD4 unsafe. Use SHA-256 or stronger, or a password hashing function for passwords.';
const MD2 =
  'MD2 is a broken hash function. MoJ guidance expects adequate, proportionate cryptography for hashing (Cryptography: Hashing); NCSC and industry consider MD2 unsafe. Use SHA-256 or stronger, or a password hashing function for passwords.';

export const table: RuleTable = {
  rule: weakHash,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'createHash with MD5 through require',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\nconst digest = crypto.createHash('md5').update(data).digest('hex');\n",
      findings: [
        { line: 2, column: 34, endColumn: 39, message: MD5, severity: 'high', confidence: 'high', fix: { title: 'Use SHA-256 instead of MD5', output: "const crypto = require('crypto');\nconst digest = crypto.createHash('sha256').update(data).digest('hex');\n" } }, // "'md5'"
      ],
    },
    {
      name: "compiled TypeScript: a named import called as `(0, crypto_1.createHash)(…)`",
      path: 'dist/digest.js',
      code: '"use strict";\nconst crypto_1 = require("crypto");\nconst digest = (data) => (0, crypto_1.createHash)("md5").update(data).digest("hex");\n',
      findings: [
        { line: 3, column: 51, endColumn: 56, message: MD5, severity: 'high', confidence: 'high', fix: { title: 'Use SHA-256 instead of MD5', output: '"use strict";\nconst crypto_1 = require("crypto");\nconst digest = (data) => (0, crypto_1.createHash)("sha256").update(data).digest("hex");\n' } }, // '"md5"'
      ],
    },
    {
      name: 'namespace import of node:crypto',
      path: 'src/digest.ts',
      code: "import * as crypto from 'node:crypto';\nexport const digest = (data: string) => crypto.createHash('sha1').update(data).digest('hex');\n",
      findings: [
        { line: 2, column: 59, endColumn: 65, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "import * as crypto from 'node:crypto';\nexport const digest = (data: string) => crypto.createHash('sha256').update(data).digest('hex');\n" } }, // "'sha1'"
      ],
    },
    {
      name: 'aliased named import keeps the upper-case spelling',
      path: 'src/digest.mjs',
      code: 'import { createHash as h } from "node:crypto";\nh("MD5").update(body);\n',
      findings: [
        { line: 2, column: 3, endColumn: 8, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'import { createHash as h } from "node:crypto";\nh("SHA256").update(body);\n' } }, // "\"MD5\""
      ],
    },
    {
      name: 'destructured require',
      path: 'src/digest.js',
      code: "const { createHash } = require('crypto');\ncreateHash('md4').update(body);\n",
      findings: [
        { line: 2, column: 12, endColumn: 17, message: MD4, fix: { title: 'Use SHA-256 instead of MD4', output: "const { createHash } = require('crypto');\ncreateHash('sha256').update(body);\n" } }, // "'md4'"
      ],
    },
    {
      name: 'require used inline',
      path: 'src/digest.js',
      code: "const digest = require('crypto').createHash('sha1').update(body).digest();\n",
      findings: [
        { line: 1, column: 45, endColumn: 51, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "const digest = require('crypto').createHash('sha256').update(body).digest();\n" } }, // "'sha1'"
      ],
    },
    {
      name: 'algorithm held in a constant gets no fix: the constant may be shared',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\nconst ALGORITHM = 'sha1';\ncrypto.createHash(ALGORITHM);\n",
      findings: [
        { line: 3, column: 19, endColumn: 28, message: SHA1, fix: null }, // "ALGORITHM"
      ],
    },
    {
      name: 'template string without substitutions',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\ncrypto.createHash(`md5`);\n",
      findings: [
        { line: 2, column: 19, endColumn: 24, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "const crypto = require('crypto');\ncrypto.createHash(`sha256`);\n" } }, // "`md5`"
      ],
    },
    {
      name: 'template string built from a constant has no fix',
      path: 'src/sign.js',
      code: "const crypto = require('crypto');\nconst prefix = 'RSA-';\nconst signer = crypto.createSign(`${prefix}SHA1`);\n",
      findings: [
        { line: 3, column: 34, endColumn: 49, message: SHA1, fix: null }, // "`${prefix}SHA1`"
      ],
    },
    {
      name: 'OpenSSL alias RSA-MD5',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\ncrypto.createHash('RSA-MD5');\n",
      findings: [
        { line: 2, column: 19, endColumn: 28, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "const crypto = require('crypto');\ncrypto.createHash('RSA-SHA256');\n" } }, // "'RSA-MD5'"
      ],
    },
    {
      name: 'OpenSSL alias sha1WithRSAEncryption',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\ncrypto.createHash('sha1WithRSAEncryption');\n",
      findings: [
        { line: 2, column: 19, endColumn: 42, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "const crypto = require('crypto');\ncrypto.createHash('sha256WithRSAEncryption');\n" } }, // "'sha1WithRSAEncryption'"
      ],
    },
    {
      name: 'crypto.hash one-shot (Node 21+)',
      path: 'src/digest.mjs',
      code: "import { hash } from 'node:crypto';\nconst digest = hash('sha1', body);\n",
      findings: [
        { line: 2, column: 21, endColumn: 27, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "import { hash } from 'node:crypto';\nconst digest = hash('sha256', body);\n" } }, // "'sha1'"
      ],
    },
    {
      name: 'WebCrypto digest with a name string',
      path: 'src/digest.ts',
      code: "export const digest = await crypto.subtle.digest('SHA-1', data);\n",
      findings: [
        { line: 1, column: 50, endColumn: 57, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "export const digest = await crypto.subtle.digest('SHA-256', data);\n" } }, // "'SHA-1'"
      ],
    },
    {
      name: 'WebCrypto digest with an algorithm object',
      path: 'src/digest.ts',
      code: "export const digest = await window.crypto.subtle.digest({ name: 'SHA-1' }, data);\n",
      findings: [
        { line: 1, column: 65, endColumn: 72, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "export const digest = await window.crypto.subtle.digest({ name: 'SHA-256' }, data);\n" } }, // "'SHA-1'"
      ],
    },
    {
      name: 'crypto-js default import',
      path: 'src/digest.js',
      code: "import CryptoJS from 'crypto-js';\nconst hex = CryptoJS.MD5(message).toString();\n",
      findings: [
        { line: 2, column: 13, endColumn: 25, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "import CryptoJS from 'crypto-js';\nconst hex = CryptoJS.SHA256(message).toString();\n" } }, // "CryptoJS.MD5"
      ],
    },
    {
      name: 'crypto-js global in a browser script',
      path: 'public/digest.js',
      code: 'const hex = CryptoJS.SHA1(message).toString();\n',
      findings: [
        { line: 1, column: 13, endColumn: 26, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'const hex = CryptoJS.SHA256(message).toString();\n' } }, // "CryptoJS.SHA1"
      ],
    },
    {
      name: 'crypto-js per-algorithm module has no fix: the import names the algorithm',
      path: 'src/digest.js',
      code: "import MD5 from 'crypto-js/md5';\nconst hex = MD5(message).toString();\n",
      findings: [
        { line: 2, column: 13, endColumn: 16, message: MD5, fix: null }, // "MD5"
      ],
    },
    {
      name: 'crypto-js per-algorithm module through require',
      path: 'src/digest.js',
      code: "const sha1 = require('crypto-js/sha1');\nconst hex = sha1(message).toString();\n",
      findings: [
        { line: 2, column: 13, endColumn: 17, message: SHA1, fix: null }, // "sha1"
      ],
    },
    {
      name: 'crypto-js progressive hasher',
      path: 'src/digest.js',
      code: "const CryptoJS = require('crypto-js');\nconst hasher = CryptoJS.algo.SHA1.create();\n",
      findings: [
        { line: 2, column: 16, endColumn: 41, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "const CryptoJS = require('crypto-js');\nconst hasher = CryptoJS.algo.SHA256.create();\n" } }, // "CryptoJS.algo.SHA1.create"
      ],
    },
    {
      name: 'node-forge MD5 message digest',
      path: 'src/digest.js',
      code: "const forge = require('node-forge');\nconst md = forge.md.md5.create();\n",
      findings: [
        { line: 2, column: 12, endColumn: 31, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "const forge = require('node-forge');\nconst md = forge.md.sha256.create();\n" } }, // "forge.md.md5.create"
      ],
    },
    {
      name: 'node-forge SHA-1 through an ES import',
      path: 'src/sign.ts',
      code: "import forge from 'node-forge';\nconst md = forge.md.sha1.create();\n",
      findings: [
        { line: 2, column: 12, endColumn: 32, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "import forge from 'node-forge';\nconst md = forge.md.sha256.create();\n" } }, // "forge.md.sha1.create"
      ],
    },
    {
      name: 'SHA-1 signature through createSign',
      path: 'src/sign.js',
      code: "const crypto = require('crypto');\nconst signer = crypto.createSign('RSA-SHA1');\n",
      findings: [
        { line: 2, column: 34, endColumn: 44, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "const crypto = require('crypto');\nconst signer = crypto.createSign('RSA-SHA256');\n" } }, // "'RSA-SHA1'"
      ],
    },
    {
      name: 'two weak hashes in one file are two findings',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\nconst a = crypto.createHash('md5');\nconst b = crypto.createHash('sha1');\n",
      findings: [
        { line: 2, column: 29, endColumn: 34, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "const crypto = require('crypto');\nconst a = crypto.createHash('sha256');\nconst b = crypto.createHash('sha1');\n" } }, // "'md5'"
        { line: 3, column: 29, endColumn: 35, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "const crypto = require('crypto');\nconst a = crypto.createHash('md5');\nconst b = crypto.createHash('sha256');\n" } }, // "'sha1'"
      ],
    },
    {
      name: 'TSX component',
      path: 'src/Badge.tsx',
      code: "import { createHash } from 'crypto';\nexport const Badge = ({ id }: { id: string }) => <span>{createHash('md5').update(id).digest('hex')}</span>;\n",
      findings: [
        { line: 2, column: 68, endColumn: 73, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "import { createHash } from 'crypto';\nexport const Badge = ({ id }: { id: string }) => <span>{createHash('sha256').update(id).digest('hex')}</span>;\n" } }, // "'md5'"
      ],
    },
    // Python
    {
      name: 'hashlib.md5',
      path: 'app/digest.py',
      code: 'import hashlib\n\ndigest = hashlib.md5(data).hexdigest()\n',
      findings: [
        { line: 3, column: 10, endColumn: 21, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'import hashlib\n\ndigest = hashlib.sha256(data).hexdigest()\n' } }, // "hashlib.md5"
      ],
    },
    {
      name: 'module alias',
      path: 'app/digest.py',
      code: 'import hashlib as hl\n\ndigest = hl.sha1(data).digest()\n',
      findings: [
        { line: 3, column: 10, endColumn: 17, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'import hashlib as hl\n\ndigest = hl.sha256(data).digest()\n' } }, // "hl.sha1"
      ],
    },
    {
      name: 'aliased from-import has no fix: renaming needs the import changed',
      path: 'app/digest.py',
      code: 'from hashlib import md5 as h\n\ndigest = h(data).hexdigest()\n',
      findings: [
        { line: 3, column: 10, endColumn: 11, message: MD5, fix: null }, // "h"
      ],
    },
    {
      name: 'hashlib.new with a literal name',
      path: 'app/digest.py',
      code: "import hashlib\n\ndigest = hashlib.new('md5', data)\n",
      findings: [
        { line: 3, column: 22, endColumn: 27, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "import hashlib\n\ndigest = hashlib.new('sha256', data)\n" } }, // "'md5'"
      ],
    },
    {
      name: 'hashlib.new keeps an upper-case name upper case',
      path: 'app/digest.py',
      code: 'import hashlib\n\ndigest = hashlib.new("SHA1")\n',
      findings: [
        { line: 3, column: 22, endColumn: 28, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'import hashlib\n\ndigest = hashlib.new("SHA256")\n' } }, // "\"SHA1\""
      ],
    },
    {
      name: 'hashlib.new with the name in a module constant has no fix',
      path: 'app/digest.py',
      code: 'import hashlib\n\nALGORITHM = "md5"\n\n\ndef digest(data):\n    return hashlib.new(name=ALGORITHM, data=data).hexdigest()\n',
      findings: [
        { line: 7, column: 29, endColumn: 38, message: MD5, fix: null }, // "ALGORITHM"
      ],
    },
    {
      name: 'usedforsecurity=True is not a marker',
      path: 'app/digest.py',
      code: 'import hashlib\n\ndigest = hashlib.sha1(data, usedforsecurity=True)\n',
      findings: [
        { line: 3, column: 10, endColumn: 22, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'import hashlib\n\ndigest = hashlib.sha256(data, usedforsecurity=True)\n' } }, // "hashlib.sha1"
      ],
    },
    {
      name: 'a path under test/ is not an intent marker',
      path: 'test/test_tokens.py',
      code: 'import hashlib\n\ntoken = hashlib.md5(secret).hexdigest()\n',
      findings: [
        { line: 3, column: 9, endColumn: 20, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'import hashlib\n\ntoken = hashlib.sha256(secret).hexdigest()\n' } }, // "hashlib.md5"
      ],
    },
    {
      name: 'hashlib.file_digest (Python 3.11)',
      path: 'app/digest.py',
      code: 'import hashlib\n\nwith open(path, "rb") as f:\n    digest = hashlib.file_digest(f, "sha1")\n',
      findings: [
        { line: 4, column: 37, endColumn: 43, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'import hashlib\n\nwith open(path, "rb") as f:\n    digest = hashlib.file_digest(f, "sha256")\n' } }, // "\"sha1\""
      ],
    },
    {
      name: 'PyCryptodome MD5',
      path: 'app/digest.py',
      code: 'from Crypto.Hash import MD5\n\nh = MD5.new(data)\n',
      findings: [
        { line: 3, column: 5, endColumn: 12, message: MD5, fix: null }, // "MD5.new"
      ],
    },
    {
      name: 'PyCryptodome through the Cryptodome package',
      path: 'app/digest.py',
      code: 'from Cryptodome.Hash import SHA1\n\nh = SHA1.new(data)\n',
      findings: [
        { line: 3, column: 5, endColumn: 13, message: SHA1, fix: null }, // "SHA1.new"
      ],
    },
    {
      name: 'PyCryptodome SHA is SHA-1',
      path: 'app/digest.py',
      code: 'from Crypto.Hash import SHA\n\nh = SHA.new(data)\n',
      findings: [
        { line: 3, column: 5, endColumn: 12, message: SHA1, fix: null }, // "SHA.new"
      ],
    },
    {
      name: 'PyCryptodome MD4',
      path: 'app/digest.py',
      code: 'from Crypto.Hash import MD4 as Legacy\n\nh = Legacy.new(data)\n',
      findings: [
        { line: 3, column: 5, endColumn: 15, message: MD4, fix: null }, // "Legacy.new"
      ],
    },
    {
      name: 'PyCryptodome MD2 through a module import',
      path: 'app/digest.py',
      code: 'import Crypto.Hash.MD2\n\nh = Crypto.Hash.MD2.new(data)\n',
      findings: [
        { line: 3, column: 5, endColumn: 24, message: MD2, fix: null }, // "Crypto.Hash.MD2.new"
      ],
    },
    {
      name: 'cryptography hashes.SHA1',
      path: 'app/digest.py',
      code: 'from cryptography.hazmat.primitives import hashes\n\ndigest = hashes.Hash(hashes.SHA1())\n',
      findings: [
        { line: 3, column: 22, endColumn: 33, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'from cryptography.hazmat.primitives import hashes\n\ndigest = hashes.Hash(hashes.SHA256())\n' } }, // "hashes.SHA1"
      ],
    },
    {
      name: 'cryptography MD5 imported by name has no fix',
      path: 'app/digest.py',
      code: 'from cryptography.hazmat.primitives.hashes import MD5, Hash\n\ndigest = Hash(MD5())\n',
      findings: [
        { line: 3, column: 15, endColumn: 18, message: MD5, fix: null }, // "MD5"
      ],
    },
    {
      name: 'cryptography SHA-1 certificate signature',
      path: 'app/cert.py',
      code: 'from cryptography.hazmat.primitives import hashes\n\ncertificate = builder.sign(private_key, hashes.SHA1())\n',
      findings: [
        { line: 3, column: 41, endColumn: 52, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'from cryptography.hazmat.primitives import hashes\n\ncertificate = builder.sign(private_key, hashes.SHA256())\n' } }, // "hashes.SHA1"
      ],
    },
    // Java
    {
      name: 'MessageDigest MD5 becomes SHA-256',
      path: 'src/main/java/Digests.java',
      code: 'import java.security.MessageDigest;\n\nclass Digests {\n    byte[] digest(byte[] data) throws Exception {\n        return MessageDigest.getInstance("MD5").digest(data);\n    }\n}\n',
      findings: [
        { line: 5, column: 42, endColumn: 47, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'import java.security.MessageDigest;\n\nclass Digests {\n    byte[] digest(byte[] data) throws Exception {\n        return MessageDigest.getInstance("SHA-256").digest(data);\n    }\n}\n' } }, // "\"MD5\""
      ],
    },
    {
      name: 'SHA-1 keeps its hyphen',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("SHA-1");\n}\n',
      findings: [
        { line: 2, column: 50, endColumn: 57, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("SHA-256");\n}\n' } }, // "\"SHA-1\""
      ],
    },
    {
      name: 'SHA1 without a hyphen gains the one SHA-256 needs',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("SHA1");\n}\n',
      findings: [
        { line: 2, column: 50, endColumn: 56, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("SHA-256");\n}\n' } }, // "\"SHA1\""
      ],
    },
    {
      name: 'SHA on its own means SHA-1',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("SHA");\n}\n',
      findings: [
        { line: 2, column: 50, endColumn: 55, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("SHA-256");\n}\n' } }, // "\"SHA\""
      ],
    },
    {
      name: 'a lower-case name stays lower case',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("md5");\n}\n',
      findings: [
        { line: 2, column: 50, endColumn: 55, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("sha-256");\n}\n' } }, // "\"md5\""
      ],
    },
    {
      name: 'MD2',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("MD2", "SUN");\n}\n',
      findings: [
        { line: 2, column: 50, endColumn: 55, message: MD2, fix: { title: 'Use SHA-256 instead of MD2', output: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("SHA-256", "SUN");\n}\n' } }, // "\"MD2\""
      ],
    },
    {
      name: 'fully qualified MessageDigest',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    java.security.MessageDigest md = java.security.MessageDigest.getInstance("MD5");\n}\n',
      findings: [
        { line: 2, column: 78, endColumn: 83, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'class Digests {\n    java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");\n}\n' } }, // "\"MD5\""
      ],
    },
    {
      name: 'algorithm in a constant field has no fix: the constant may be shared',
      path: 'src/main/java/Digests.java',
      code: 'import java.security.MessageDigest;\n\nclass Digests {\n    private static final String ALGORITHM = "SHA-1";\n\n    MessageDigest create() throws Exception {\n        return MessageDigest.getInstance(ALGORITHM);\n    }\n}\n',
      findings: [
        { line: 7, column: 42, endColumn: 51, message: SHA1, fix: null }, // "ALGORITHM"
      ],
    },
    {
      name: 'getProperty default is used when no properties file sets the key',
      path: 'src/main/java/Digests.java',
      code: 'import java.security.MessageDigest;\nimport java.util.Properties;\n\nclass Digests {\n    MessageDigest create(Properties props) throws Exception {\n        return MessageDigest.getInstance(props.getProperty("hashAlg", "MD5"));\n    }\n}\n',
      findings: [
        { line: 6, column: 42, endColumn: 77, message: MD5, fix: null }, // "props.getProperty(\"hashAlg\", \"MD5\")"
      ],
    },
    {
      name: 'properties file that says MD5 wins over a SHA-256 default',
      path: 'src/main/java/Digests.java',
      code: 'import java.security.MessageDigest;\nimport java.util.Properties;\n\nclass Digests {\n    MessageDigest create(Properties props) throws Exception {\n        return MessageDigest.getInstance(props.getProperty("hashAlg", "SHA-256"));\n    }\n}\n',
      project: [{ path: 'src/main/resources/application.properties', text: 'hashAlg=MD5\n' }],
      findings: [
        { line: 6, column: 42, endColumn: 81, message: MD5, fix: null }, // "props.getProperty(\"hashAlg\", \"SHA-256\")"
      ],
    },
    {
      name: 'Commons Codec MessageDigestAlgorithms constant',
      path: 'src/main/java/Digests.java',
      code: 'import java.security.MessageDigest;\nimport org.apache.commons.codec.digest.MessageDigestAlgorithms;\n\nclass Digests {\n    MessageDigest md = MessageDigest.getInstance(MessageDigestAlgorithms.SHA_1);\n}\n',
      findings: [
        { line: 5, column: 50, endColumn: 79, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'import java.security.MessageDigest;\nimport org.apache.commons.codec.digest.MessageDigestAlgorithms;\n\nclass Digests {\n    MessageDigest md = MessageDigest.getInstance(MessageDigestAlgorithms.SHA_256);\n}\n' } }, // "MessageDigestAlgorithms.SHA_1"
      ],
    },
    {
      name: 'Commons Codec DigestUtils.md5Hex',
      path: 'src/main/java/Tokens.java',
      code: 'import org.apache.commons.codec.digest.DigestUtils;\n\nclass Tokens {\n    String token(String secret) {\n        return DigestUtils.md5Hex(secret);\n    }\n}\n',
      findings: [
        { line: 5, column: 16, endColumn: 34, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'import org.apache.commons.codec.digest.DigestUtils;\n\nclass Tokens {\n    String token(String secret) {\n        return DigestUtils.sha256Hex(secret);\n    }\n}\n' } }, // "DigestUtils.md5Hex"
      ],
    },
    {
      name: 'Commons Codec DigestUtils.sha1',
      path: 'src/main/java/Tokens.java',
      code: 'class Tokens {\n    byte[] token(byte[] secret) {\n        return DigestUtils.sha1(secret);\n    }\n}\n',
      findings: [
        { line: 3, column: 16, endColumn: 32, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Tokens {\n    byte[] token(byte[] secret) {\n        return DigestUtils.sha256(secret);\n    }\n}\n' } }, // "DigestUtils.sha1"
      ],
    },
    {
      name: 'deprecated DigestUtils.shaHex is SHA-1',
      path: 'src/main/java/Tokens.java',
      code: 'class Tokens {\n    String token(String secret) {\n        return DigestUtils.shaHex(secret);\n    }\n}\n',
      findings: [
        { line: 3, column: 16, endColumn: 34, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Tokens {\n    String token(String secret) {\n        return DigestUtils.sha256Hex(secret);\n    }\n}\n' } }, // "DigestUtils.shaHex"
      ],
    },
    {
      name: 'DigestUtils.getMd5Digest',
      path: 'src/main/java/Tokens.java',
      code: 'class Tokens {\n    MessageDigest digest = DigestUtils.getMd5Digest();\n}\n',
      findings: [
        { line: 2, column: 28, endColumn: 52, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'class Tokens {\n    MessageDigest digest = DigestUtils.getSha256Digest();\n}\n' } }, // "DigestUtils.getMd5Digest"
      ],
    },
    {
      name: 'statically imported md5Hex has no fix',
      path: 'src/main/java/Tokens.java',
      code: 'import static org.apache.commons.codec.digest.DigestUtils.md5Hex;\n\nclass Tokens {\n    String token(String secret) {\n        return md5Hex(secret);\n    }\n}\n',
      findings: [
        { line: 5, column: 16, endColumn: 22, message: MD5, fix: null }, // "md5Hex"
      ],
    },
    {
      name: 'Spring DigestUtils has no SHA-256 counterpart to switch to',
      path: 'src/main/java/Tokens.java',
      code: 'import org.springframework.util.DigestUtils;\n\nclass Tokens {\n    String token(byte[] secret) {\n        return DigestUtils.md5DigestAsHex(secret);\n    }\n}\n',
      findings: [
        { line: 5, column: 16, endColumn: 42, message: MD5, fix: null }, // "DigestUtils.md5DigestAsHex"
      ],
    },
    {
      name: 'Guava Hashing.md5',
      path: 'src/main/java/Tokens.java',
      code: 'import com.google.common.hash.Hashing;\n\nclass Tokens {\n    String token(byte[] secret) {\n        return Hashing.md5().hashBytes(secret).toString();\n    }\n}\n',
      findings: [
        { line: 5, column: 16, endColumn: 27, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'import com.google.common.hash.Hashing;\n\nclass Tokens {\n    String token(byte[] secret) {\n        return Hashing.sha256().hashBytes(secret).toString();\n    }\n}\n' } }, // "Hashing.md5"
      ],
    },
    {
      name: 'Guava Hashing.sha1',
      path: 'src/main/java/Tokens.java',
      code: 'class Tokens {\n    HashFunction hash = Hashing.sha1();\n}\n',
      findings: [
        { line: 2, column: 25, endColumn: 37, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Tokens {\n    HashFunction hash = Hashing.sha256();\n}\n' } }, // "Hashing.sha1"
      ],
    },
    {
      name: 'SHA1withRSA signature',
      path: 'src/main/java/Signer.java',
      code: 'import java.security.Signature;\n\nclass Signer {\n    Signature signature() throws Exception {\n        return Signature.getInstance("SHA1withRSA");\n    }\n}\n',
      findings: [
        { line: 5, column: 38, endColumn: 51, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'import java.security.Signature;\n\nclass Signer {\n    Signature signature() throws Exception {\n        return Signature.getInstance("SHA256withRSA");\n    }\n}\n' } }, // "\"SHA1withRSA\""
      ],
    },
    {
      name: 'Commons Codec DigestUtils built from a name',
      path: 'src/main/java/Tokens.java',
      code: 'class Tokens {\n    DigestUtils digests = new DigestUtils("SHA-1");\n}\n',
      findings: [
        { line: 2, column: 43, endColumn: 50, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Tokens {\n    DigestUtils digests = new DigestUtils("SHA-256");\n}\n' } }, // "\"SHA-1\""
      ],
    },
    // C#
    {
      name: 'MD5.Create with var',
      path: 'src/Digests.cs',
      code: 'using System.Security.Cryptography;\n\nclass Digests\n{\n    byte[] Digest(byte[] data)\n    {\n        using var md5 = MD5.Create();\n        return md5.ComputeHash(data);\n    }\n}\n',
      findings: [
        { line: 7, column: 25, endColumn: 35, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'using System.Security.Cryptography;\n\nclass Digests\n{\n    byte[] Digest(byte[] data)\n    {\n        using var md5 = SHA256.Create();\n        return md5.ComputeHash(data);\n    }\n}\n' } }, // "MD5.Create"
      ],
    },
    {
      name: 'a declared MD5 type changes with the call',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    void Run()\n    {\n        MD5 hasher = MD5.Create();\n    }\n}\n',
      findings: [
        { line: 5, column: 22, endColumn: 32, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'class Digests\n{\n    void Run()\n    {\n        SHA256 hasher = SHA256.Create();\n    }\n}\n' } }, // "MD5.Create"
      ],
    },
    {
      name: 'SHA1.Create',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    HashAlgorithm hasher = SHA1.Create();\n}\n',
      findings: [
        { line: 3, column: 28, endColumn: 39, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests\n{\n    HashAlgorithm hasher = SHA256.Create();\n}\n' } }, // "SHA1.Create"
      ],
    },
    {
      name: 'MD5.HashData one-shot',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    byte[] Digest(byte[] data) => MD5.HashData(data);\n}\n',
      findings: [
        { line: 3, column: 35, endColumn: 47, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'class Digests\n{\n    byte[] Digest(byte[] data) => SHA256.HashData(data);\n}\n' } }, // "MD5.HashData"
      ],
    },
    {
      name: 'SHA1.HashData one-shot',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    byte[] Digest(byte[] data)\n    {\n        return SHA1.HashData(data);\n    }\n}\n',
      findings: [
        { line: 5, column: 16, endColumn: 29, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests\n{\n    byte[] Digest(byte[] data)\n    {\n        return SHA256.HashData(data);\n    }\n}\n' } }, // "SHA1.HashData"
      ],
    },
    {
      name: 'MD5CryptoServiceProvider',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    HashAlgorithm hasher = new MD5CryptoServiceProvider();\n}\n',
      findings: [
        { line: 3, column: 32, endColumn: 56, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'class Digests\n{\n    HashAlgorithm hasher = new SHA256CryptoServiceProvider();\n}\n' } }, // "MD5CryptoServiceProvider"
      ],
    },
    {
      name: 'SHA1CryptoServiceProvider',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    HashAlgorithm hasher = new SHA1CryptoServiceProvider();\n}\n',
      findings: [
        { line: 3, column: 32, endColumn: 57, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests\n{\n    HashAlgorithm hasher = new SHA256CryptoServiceProvider();\n}\n' } }, // "SHA1CryptoServiceProvider"
      ],
    },
    {
      name: 'SHA1Managed',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    HashAlgorithm hasher = new SHA1Managed();\n}\n',
      findings: [
        { line: 3, column: 32, endColumn: 43, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests\n{\n    HashAlgorithm hasher = new SHA256Managed();\n}\n' } }, // "SHA1Managed"
      ],
    },
    {
      name: 'HashAlgorithm.Create with a name',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    HashAlgorithm hasher = HashAlgorithm.Create("MD5");\n}\n',
      findings: [
        { line: 3, column: 49, endColumn: 54, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'class Digests\n{\n    HashAlgorithm hasher = HashAlgorithm.Create("SHA256");\n}\n' } }, // "\"MD5\""
      ],
    },
    {
      name: 'CryptoConfig.CreateFromName',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    object hasher = CryptoConfig.CreateFromName("SHA1");\n}\n',
      findings: [
        { line: 3, column: 49, endColumn: 55, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests\n{\n    object hasher = CryptoConfig.CreateFromName("SHA256");\n}\n' } }, // "\"SHA1\""
      ],
    },
    {
      name: 'CryptoConfig SHA on its own means SHA-1',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    object hasher = CryptoConfig.CreateFromName("SHA");\n}\n',
      findings: [
        { line: 3, column: 49, endColumn: 54, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests\n{\n    object hasher = CryptoConfig.CreateFromName("SHA256");\n}\n' } }, // "\"SHA\""
      ],
    },
    {
      name: 'IncrementalHash with HashAlgorithmName.MD5',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    IncrementalHash hasher = IncrementalHash.CreateHash(HashAlgorithmName.MD5);\n}\n',
      findings: [
        { line: 3, column: 57, endColumn: 78, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'class Digests\n{\n    IncrementalHash hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);\n}\n' } }, // "HashAlgorithmName.MD5"
      ],
    },
    {
      name: 'RSA signature over SHA-1',
      path: 'src/Signer.cs',
      code: 'class Signer\n{\n    byte[] Sign(RSA rsa, byte[] data) => rsa.SignData(data, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);\n}\n',
      findings: [
        { line: 3, column: 61, endColumn: 83, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Signer\n{\n    byte[] Sign(RSA rsa, byte[] data) => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);\n}\n' } }, // "HashAlgorithmName.SHA1"
      ],
    },
    {
      name: 'fully qualified System.Security.Cryptography.SHA1',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    byte[] Digest(byte[] data) => System.Security.Cryptography.SHA1.HashData(data);\n}\n',
      findings: [
        { line: 3, column: 35, endColumn: 77, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'class Digests\n{\n    byte[] Digest(byte[] data) => System.Security.Cryptography.SHA256.HashData(data);\n}\n' } }, // "System.Security.Cryptography.SHA1.HashData"
      ],
    },
    // Go
    {
      name: 'md5.Sum as the only use of its package rewrites the import',
      path: 'digest.go',
      code: 'package digest\n\nimport "crypto/md5"\n\nfunc Digest(b []byte) []byte {\n\tsum := md5.Sum(b)\n\treturn sum[:]\n}\n',
      findings: [
        { line: 6, column: 9, endColumn: 16, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'package digest\n\nimport "crypto/sha256"\n\nfunc Digest(b []byte) []byte {\n\tsum := sha256.Sum256(b)\n\treturn sum[:]\n}\n' } }, // "md5.Sum"
      ],
    },
    {
      name: 'sha1.New in an import group',
      path: 'digest.go',
      code: 'package digest\n\nimport (\n\t"crypto/sha1"\n\t"hash"\n)\n\nfunc Hasher() hash.Hash {\n\treturn sha1.New()\n}\n',
      findings: [
        { line: 9, column: 9, endColumn: 17, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'package digest\n\nimport (\n\t"crypto/sha256"\n\t"hash"\n)\n\nfunc Hasher() hash.Hash {\n\treturn sha256.New()\n}\n' } }, // "sha1.New"
      ],
    },
    {
      name: 'aliased import keeps its alias',
      path: 'digest.go',
      code: 'package digest\n\nimport (\n\t"hash"\n\n\tweak "crypto/md5"\n)\n\nfunc Hasher() hash.Hash {\n\treturn weak.New()\n}\n',
      findings: [
        { line: 10, column: 9, endColumn: 17, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'package digest\n\nimport (\n\t"hash"\n\n\tweak "crypto/sha256"\n)\n\nfunc Hasher() hash.Hash {\n\treturn weak.New()\n}\n' } }, // "weak.New"
      ],
    },
    {
      name: 'x/crypto md4',
      path: 'digest.go',
      code: 'package digest\n\nimport (\n\t"hash"\n\n\t"golang.org/x/crypto/md4"\n)\n\nfunc Hasher() hash.Hash {\n\treturn md4.New()\n}\n',
      findings: [
        { line: 10, column: 9, endColumn: 16, message: MD4, fix: { title: 'Use SHA-256 instead of MD4', output: 'package digest\n\nimport (\n\t"hash"\n\n\t"crypto/sha256"\n)\n\nfunc Hasher() hash.Hash {\n\treturn sha256.New()\n}\n' } }, // "md4.New"
      ],
    },
    {
      name: 'a package used elsewhere too gets crypto/sha256 imported beside it',
      path: 'digest.go',
      code: 'package digest\n\nimport (\n\t"crypto/md5"\n)\n\nconst Size = md5.Size\n\nfunc Digest(b []byte) []byte {\n\tsum := md5.Sum(b)\n\treturn sum[:]\n}\n',
      findings: [
        { line: 10, column: 9, endColumn: 16, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'package digest\n\nimport (\n\t"crypto/md5"\n\t"crypto/sha256"\n)\n\nconst Size = md5.Size\n\nfunc Digest(b []byte) []byte {\n\tsum := sha256.Sum256(b)\n\treturn sum[:]\n}\n' } }, // "md5.Sum"
      ],
    },
    {
      name: 'a single import declaration gets a new declaration beside it',
      path: 'digest.go',
      code: 'package digest\n\nimport "crypto/sha1"\n\nconst Size = sha1.Size\n\nfunc Digest(b []byte) []byte {\n\tsum := sha1.Sum(b)\n\treturn sum[:]\n}\n',
      findings: [
        { line: 8, column: 9, endColumn: 17, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'package digest\n\nimport "crypto/sha1"\nimport "crypto/sha256"\n\nconst Size = sha1.Size\n\nfunc Digest(b []byte) []byte {\n\tsum := sha256.Sum256(b)\n\treturn sum[:]\n}\n' } }, // "sha1.Sum"
      ],
    },
    {
      name: 'crypto/sha256 already imported',
      path: 'digest.go',
      code: 'package digest\n\nimport (\n\t"crypto/md5"\n\t"crypto/sha256"\n)\n\nvar Weak = md5.New\n\nfunc Digest(b []byte) []byte {\n\tsum := md5.Sum(b)\n\treturn sum[:]\n}\n\nvar Strong = sha256.New\n',
      findings: [
        { line: 11, column: 9, endColumn: 16, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'package digest\n\nimport (\n\t"crypto/md5"\n\t"crypto/sha256"\n)\n\nvar Weak = md5.New\n\nfunc Digest(b []byte) []byte {\n\tsum := sha256.Sum256(b)\n\treturn sum[:]\n}\n\nvar Strong = sha256.New\n' } }, // "md5.Sum"
      ],
    },
    {
      name: 'no fix when crypto/sha256 is imported and the weak import would be left unused',
      path: 'digest.go',
      code: 'package digest\n\nimport (\n\t"crypto/sha1"\n\t"crypto/sha256"\n)\n\nvar Strong = sha256.New\n\nfunc Digest(b []byte) []byte {\n\tsum := sha1.Sum(b)\n\treturn sum[:]\n}\n',
      findings: [
        { line: 11, column: 9, endColumn: 17, message: SHA1, fix: null }, // "sha1.Sum"
      ],
    },
    // PHP
    {
      name: 'md5 becomes hash with sha256',
      path: 'src/token.php',
      code: '<?php\n$token = md5($secret);\n',
      findings: [
        { line: 2, column: 10, endColumn: 13, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "<?php\n$token = hash('sha256', $secret);\n" } }, // "md5"
      ],
    },
    {
      name: 'sha1 with raw output keeps the flag',
      path: 'src/token.php',
      code: '<?php\n$token = sha1($secret, true);\n',
      findings: [
        { line: 2, column: 10, endColumn: 14, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "<?php\n$token = hash('sha256', $secret, true);\n" } }, // "sha1"
      ],
    },
    {
      name: 'a fully qualified call in a namespace',
      path: 'src/Token.php',
      code: '<?php\nnamespace App;\n\n$token = \\md5($secret);\n',
      findings: [
        { line: 4, column: 10, endColumn: 14, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "<?php\nnamespace App;\n\n$token = \\hash('sha256', $secret);\n" } }, // "\\md5"
      ],
    },
    {
      name: 'function names are case-insensitive',
      path: 'src/token.php',
      code: '<?php\n$token = MD5($secret);\n',
      findings: [
        { line: 2, column: 10, endColumn: 13, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "<?php\n$token = hash('sha256', $secret);\n" } }, // "MD5"
      ],
    },
    {
      name: 'md5_file becomes hash_file',
      path: 'src/files.php',
      code: '<?php\n$sum = md5_file($path);\n',
      findings: [
        { line: 2, column: 8, endColumn: 16, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "<?php\n$sum = hash_file('sha256', $path);\n" } }, // "md5_file"
      ],
    },
    {
      name: 'sha1_file becomes hash_file',
      path: 'src/files.php',
      code: '<?php\n$sum = sha1_file($path);\n',
      findings: [
        { line: 2, column: 8, endColumn: 17, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "<?php\n$sum = hash_file('sha256', $path);\n" } }, // "sha1_file"
      ],
    },
    {
      name: 'hash with md5',
      path: 'src/token.php',
      code: "<?php\n$token = hash('md5', $secret);\n",
      findings: [
        { line: 2, column: 15, endColumn: 20, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "<?php\n$token = hash('sha256', $secret);\n" } }, // "'md5'"
      ],
    },
    {
      name: 'hash_init with a double-quoted name',
      path: 'src/token.php',
      code: '<?php\n$context = hash_init("sha1");\n',
      findings: [
        { line: 2, column: 22, endColumn: 28, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: '<?php\n$context = hash_init("sha256");\n' } }, // "\"sha1\""
      ],
    },
    {
      name: 'hash_file with md5',
      path: 'src/files.php',
      code: "<?php\n$sum = hash_file('md5', $path);\n",
      findings: [
        { line: 2, column: 18, endColumn: 23, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "<?php\n$sum = hash_file('sha256', $path);\n" } }, // "'md5'"
      ],
    },
    {
      name: 'openssl_digest takes the method second',
      path: 'src/token.php',
      code: "<?php\n$token = openssl_digest($secret, 'sha1');\n",
      findings: [
        { line: 2, column: 34, endColumn: 40, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "<?php\n$token = openssl_digest($secret, 'sha256');\n" } }, // "'sha1'"
      ],
    },
    {
      name: 'openssl_sign with OPENSSL_ALGO_SHA1',
      path: 'src/sign.php',
      code: '<?php\nopenssl_sign($data, $signature, $key, OPENSSL_ALGO_SHA1);\n',
      findings: [
        { line: 2, column: 39, endColumn: 56, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: '<?php\nopenssl_sign($data, $signature, $key, OPENSSL_ALGO_SHA256);\n' } }, // "OPENSSL_ALGO_SHA1"
      ],
    },
    {
      name: 'openssl_sign without an algorithm uses SHA-1',
      path: 'src/sign.php',
      code: '<?php\nopenssl_sign($data, $signature, $key);\n',
      findings: [
        { line: 2, column: 1, endColumn: 13, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: '<?php\nopenssl_sign($data, $signature, $key, OPENSSL_ALGO_SHA256);\n' } }, // "openssl_sign"
      ],
    },
    {
      name: 'openssl_verify with a SHA-1 name',
      path: 'src/sign.php',
      code: '<?php\n$ok = openssl_verify($data, $signature, $key, "sha1WithRSAEncryption");\n',
      findings: [
        { line: 2, column: 47, endColumn: 70, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: '<?php\n$ok = openssl_verify($data, $signature, $key, "sha256WithRSAEncryption");\n' } }, // "\"sha1WithRSAEncryption\""
      ],
    },
    {
      name: 'md5 inside a template',
      path: 'views/avatar.php',
      code: '<p>Token</p>\n<?php echo md5($secret); ?>\n',
      findings: [
        { line: 2, column: 12, endColumn: 15, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "<p>Token</p>\n<?php echo hash('sha256', $secret); ?>\n" } }, // "md5"
      ],
    },
    {
      name: 'a fully qualified md5 is the built-in even where the namespace defines its own',
      path: 'src/Legacy.php',
      code: "<?php\nnamespace App\\Legacy;\n\nfunction md5($value) {\n    return hash('sha256', $value);\n}\n\n$token = \\md5($secret);\n",
      findings: [
        { line: 8, column: 10, endColumn: 14, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "<?php\nnamespace App\\Legacy;\n\nfunction md5($value) {\n    return hash('sha256', $value);\n}\n\n$token = \\hash('sha256', $secret);\n" } }, // "\\md5"
      ],
    },
    // Ruby
    {
      name: 'Digest::MD5.hexdigest',
      path: 'app/token.rb',
      code: "require 'digest'\n\ntoken = Digest::MD5.hexdigest(secret)\n",
      findings: [
        { line: 3, column: 9, endColumn: 30, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "require 'digest'\n\ntoken = Digest::SHA256.hexdigest(secret)\n" } }, // "Digest::MD5.hexdigest"
      ],
    },
    {
      name: 'Digest::SHA1.digest',
      path: 'app/token.rb',
      code: 'token = Digest::SHA1.digest(secret)\n',
      findings: [
        { line: 1, column: 9, endColumn: 28, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'token = Digest::SHA256.digest(secret)\n' } }, // "Digest::SHA1.digest"
      ],
    },
    {
      name: 'Digest::MD5.new',
      path: 'app/token.rb',
      code: 'hasher = Digest::MD5.new\n',
      findings: [
        { line: 1, column: 10, endColumn: 25, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'hasher = Digest::SHA256.new\n' } }, // "Digest::MD5.new"
      ],
    },
    {
      name: 'Digest::MD5.file',
      path: 'app/files.rb',
      code: 'sum = Digest::MD5.file(path).hexdigest\n',
      findings: [
        { line: 1, column: 7, endColumn: 23, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: 'sum = Digest::SHA256.file(path).hexdigest\n' } }, // "Digest::MD5.file"
      ],
    },
    {
      name: 'OpenSSL::Digest::MD5.new',
      path: 'app/token.rb',
      code: "require 'openssl'\n\nhasher = OpenSSL::Digest::MD5.new\n",
      findings: [
        { line: 3, column: 10, endColumn: 34, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "require 'openssl'\n\nhasher = OpenSSL::Digest::SHA256.new\n" } }, // "OpenSSL::Digest::MD5.new"
      ],
    },
    {
      name: 'OpenSSL::Digest::SHA1.hexdigest',
      path: 'app/token.rb',
      code: 'token = OpenSSL::Digest::SHA1.hexdigest(secret)\n',
      findings: [
        { line: 1, column: 9, endColumn: 40, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'token = OpenSSL::Digest::SHA256.hexdigest(secret)\n' } }, // "OpenSSL::Digest::SHA1.hexdigest"
      ],
    },
    {
      name: 'OpenSSL::Digest.new with an upper-case name',
      path: 'app/token.rb',
      code: "hasher = OpenSSL::Digest.new('MD5')\n",
      findings: [
        { line: 1, column: 30, endColumn: 35, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "hasher = OpenSSL::Digest.new('SHA256')\n" } }, // "'MD5'"
      ],
    },
    {
      name: 'OpenSSL::Digest.new with a lower-case name',
      path: 'app/token.rb',
      code: 'hasher = OpenSSL::Digest.new("sha1")\n',
      findings: [
        { line: 1, column: 30, endColumn: 36, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'hasher = OpenSSL::Digest.new("sha256")\n' } }, // "\"sha1\""
      ],
    },
    {
      name: 'OpenSSL::Digest.digest with a name',
      path: 'app/token.rb',
      code: "token = OpenSSL::Digest.digest('SHA1', secret)\n",
      findings: [
        { line: 1, column: 32, endColumn: 38, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: "token = OpenSSL::Digest.digest('SHA256', secret)\n" } }, // "'SHA1'"
      ],
    },
    {
      name: 'a SHA-1 signature',
      path: 'app/sign.rb',
      code: 'signature = key.sign(OpenSSL::Digest::SHA1.new, data)\n',
      findings: [
        { line: 1, column: 22, endColumn: 47, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'signature = key.sign(OpenSSL::Digest::SHA256.new, data)\n' } }, // "OpenSSL::Digest::SHA1.new"
      ],
    },
    {
      name: 'a top-level constant path',
      path: 'app/token.rb',
      code: 'token = ::Digest::SHA1.hexdigest(secret)\n',
      findings: [
        { line: 1, column: 9, endColumn: 33, message: SHA1, fix: { title: 'Use SHA-256 instead of SHA-1', output: 'token = ::Digest::SHA256.hexdigest(secret)\n' } }, // "::Digest::SHA1.hexdigest"
      ],
    },
    {
      name: 'a finished MD5 digest passed to an HMAC is still a digest',
      path: 'app/sign.rb',
      code: "mac = OpenSSL::HMAC.hexdigest('SHA256', key, Digest::MD5.hexdigest(data))\n",
      findings: [
        { line: 1, column: 46, endColumn: 67, message: MD5, fix: { title: 'Use SHA-256 instead of MD5', output: "mac = OpenSSL::HMAC.hexdigest('SHA256', key, Digest::SHA256.hexdigest(data))\n" } }, // "Digest::MD5.hexdigest"
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    {
      name: 'name-based UUID: RFC 4122 fixes SHA-1 for version 5 identifiers',
      path: 'app/ids.py',
      code: "import hashlib\nimport uuid\n\ndef uuid5_for(namespace, name):\n    digest = hashlib.sha1(namespace.bytes + name.encode('utf-8')).digest()\n    return uuid.UUID(bytes=digest[:16], version=5)\n",
    },
    {
      name: 'WebSocket handshake accept value: RFC 6455 fixes SHA-1 for Sec-WebSocket-Accept',
      path: 'src/ws/upgrade.js',
      code: "const { createHash } = require('crypto');\nconst { HANDSHAKE_GUID } = require('./constants');\n\nfunction acceptUpgrade(socket, key) {\n  const accept = createHash('sha1').update(key + HANDSHAKE_GUID).digest('base64');\n  socket.write(`HTTP/1.1 101 Switching Protocols\\r\\nSec-WebSocket-Accept: ${accept}\\r\\n\\r\\n`);\n}\n",
    },
    {
      name: 'createHmac with MD5 is not a broken construction: HMAC does not rely on collision resistance',
      path: 'src/mac.js',
      code: "const crypto = require('crypto');\nconst mac = crypto.createHmac('md5', key).update(body).digest('hex');\n",
    },
    {
      name: 'SHA-256',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\nconst digest = crypto.createHash('sha256').update(data).digest('hex');\n",
    },
    {
      name: 'a comment is not code',
      path: 'src/digest.js',
      code: "// crypto.createHash('md5') was replaced\nconst crypto = require('crypto');\ncrypto.createHash('sha512');\n",
    },
    {
      name: 'md5 in a log string',
      path: 'src/digest.js',
      code: "console.log('md5 checksum mismatch for', file);\n",
    },
    {
      name: 'a variable named md5Column',
      path: 'src/rows.ts',
      code: 'const md5Column = row.md5Column;\n',
    },
    {
      name: 'an algorithm the code cannot know',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\nfunction digest(algorithm, data) {\n  return crypto.createHash(algorithm).update(data).digest();\n}\n",
    },
    {
      name: 'a function the file defines named md5 is not a library hash',
      path: 'src/digest.js',
      code: "const crypto = require('crypto');\nfunction md5(text) {\n  return crypto.createHash('sha256').update(text).digest('hex');\n}\nmd5(name);\n",
    },
    {
      name: 'crypto-js SHA-256 and HMAC-SHA1',
      path: 'src/digest.js',
      code: "import CryptoJS from 'crypto-js';\nconst a = CryptoJS.SHA256(message);\nconst b = CryptoJS.HmacSHA1(message, key);\n",
    },
    {
      name: 'WebCrypto SHA-256',
      path: 'src/digest.ts',
      code: "export const digest = await crypto.subtle.digest('SHA-256', data);\n",
    },
    {
      name: 'sha1 inside an unrelated string',
      path: 'src/headers.js',
      code: "const headers = { 'x-hash-algorithm': 'sha1' };\n",
    },
    {
      name: 'a createHash that is not Node crypto',
      path: 'src/digest.js',
      code: "const hasher = require('./hasher');\nhasher.createHash('md5');\n",
    },
    // Python
    {
      name: 'usedforsecurity=False is an intent marker',
      path: 'app/cache.py',
      code: 'import hashlib\n\nkey = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()\n',
    },
    {
      name: 'usedforsecurity=False on hashlib.new is an intent marker',
      path: 'app/cache.py',
      code: "import hashlib\n\nkey = hashlib.new('md5', usedforsecurity=False)\n",
    },
    {
      name: 'usedforsecurity=False on sha1 is an intent marker',
      path: 'app/cache.py',
      code: 'import hashlib\n\nkey = hashlib.sha1(data, usedforsecurity=False).hexdigest()\n',
    },
    {
      name: 'hmac.new with hashlib.sha1 is an HMAC, not a bare digest',
      path: 'app/mac.py',
      code: 'import hashlib\nimport hmac\n\nmac = hmac.new(key, msg, hashlib.sha1).hexdigest()\n',
    },
    {
      name: 'cryptography HMAC with SHA-1 is an HMAC',
      path: 'app/mac.py',
      code: 'from cryptography.hazmat.primitives import hashes, hmac\n\nmac = hmac.HMAC(key, hashes.SHA1())\n',
    },
    {
      name: 'PBKDF2HMAC with SHA-1 belongs to the password hashing rule',
      path: 'app/kdf.py',
      code: 'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\n\nkdf = PBKDF2HMAC(algorithm=hashes.SHA1(), length=32, salt=salt, iterations=1_300_000)\n',
    },
    {
      name: 'OAEP with MGF1-SHA1 does not rely on collision resistance',
      path: 'app/wrap.py',
      code: 'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\n\noaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None)\n',
    },
    {
      name: 'SHA-256',
      path: 'app/digest.py',
      code: 'import hashlib\n\ndigest = hashlib.sha256(data).hexdigest()\n',
    },
    {
      name: 'a comment and a docstring are not code',
      path: 'app/digest.py',
      code: '"""Replaces the old hashlib.md5 digest."""\nimport hashlib\n\n# hashlib.md5(data) was here\ndigest = hashlib.sha256(data).hexdigest()\n',
    },
    {
      name: 'a function the file defines named md5 is not hashlib',
      path: 'app/digest.py',
      code: 'import hashlib\n\n\ndef md5(data):\n    return hashlib.sha256(data).hexdigest()\n\n\nprint(md5(b"x"))\n',
    },
    {
      name: 'a function the file defines shadows an imported md5',
      path: 'app/digest.py',
      code: 'import hashlib\nfrom hashlib import md5\n\n\ndef md5(data):\n    return hashlib.sha256(data).hexdigest()\n\n\nprint(md5(b"x"))\n',
    },
    {
      name: 'md5 in a log string and a variable name',
      path: 'app/rows.py',
      code: 'md5_column = row["md5"]\nlogger.info("md5 mismatch for %s", path)\n',
    },
    {
      name: 'hashlib.new with a name the code cannot know',
      path: 'app/digest.py',
      code: 'import hashlib\n\n\ndef digest(name, data):\n    return hashlib.new(name, data)\n',
    },
    {
      name: 'PyCryptodome HMAC takes the hash module, not a hash object',
      path: 'app/mac.py',
      code: 'from Crypto.Hash import HMAC, SHA1\n\nmac = HMAC.new(key, digestmod=SHA1)\n',
    },
    // Java
    {
      name: 'properties file that says SHA-256 wins over an MD5 default',
      path: 'src/main/java/Digests.java',
      code: 'import java.security.MessageDigest;\nimport java.util.Properties;\n\nclass Digests {\n    MessageDigest create(Properties props) throws Exception {\n        return MessageDigest.getInstance(props.getProperty("hashAlg", "MD5"));\n    }\n}\n',
      project: [{ path: 'src/main/resources/application.properties', text: 'hashAlg=SHA-256\n' }],
    },
    {
      name: 'SHA-256',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    MessageDigest md = MessageDigest.getInstance("SHA-256");\n}\n',
    },
    {
      name: 'a result named etag is an intent marker',
      path: 'src/main/java/Pages.java',
      code: 'class Pages {\n    void render(String body) {\n        String etag = DigestUtils.md5Hex(body);\n        send(etag, body);\n    }\n}\n',
    },
    {
      name: 'a digest named checksum is an intent marker',
      path: 'src/main/java/Files.java',
      code: 'class Files {\n    void store(byte[] data) throws Exception {\n        byte[] checksum = MessageDigest.getInstance("MD5").digest(data);\n        write(data, checksum);\n    }\n}\n',
    },
    {
      name: 'a result named cacheKey is an intent marker',
      path: 'src/main/java/Cache.java',
      code: 'class Cache {\n    Object get(String url) {\n        String cacheKey = Hashing.sha1().hashString(url, UTF_8).toString();\n        return store.get(cacheKey);\n    }\n}\n',
    },
    {
      name: 'the ETag header is an intent marker',
      path: 'src/main/java/Pages.java',
      code: 'class Pages {\n    void render(HttpServletResponse response, String body) {\n        response.setHeader("ETag", DigestUtils.md5Hex(body));\n    }\n}\n',
    },
    {
      name: 'the Spring eTag builder is an intent marker',
      path: 'src/main/java/Pages.java',
      code: 'class Pages {\n    ResponseEntity<String> page(String body) {\n        return ResponseEntity.ok().eTag(DigestUtils.md5DigestAsHex(body.getBytes())).body(body);\n    }\n}\n',
    },
    {
      name: 'a method named checksum is an intent marker',
      path: 'src/main/java/Files.java',
      code: 'class Files {\n    String checksum(byte[] data) {\n        return DigestUtils.sha1Hex(data);\n    }\n}\n',
    },
    {
      name: 'HmacMD5 is an HMAC, not a bare digest',
      path: 'src/main/java/Signer.java',
      code: 'class Signer {\n    Mac mac = Mac.getInstance("HmacMD5");\n}\n',
    },
    {
      name: 'a comment and a log string are not code',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    // MessageDigest.getInstance("MD5") was replaced\n    MessageDigest md = MessageDigest.getInstance("SHA-512");\n    void log() { logger.info("md5 mismatch"); }\n}\n',
    },
    {
      name: 'a field named md5Column',
      path: 'src/main/java/Rows.java',
      code: 'class Rows {\n    String md5Column = "md5";\n}\n',
    },
    {
      name: 'an algorithm the code cannot know',
      path: 'src/main/java/Digests.java',
      code: 'class Digests {\n    MessageDigest create(String algorithm) throws Exception {\n        return MessageDigest.getInstance(algorithm);\n    }\n}\n',
    },
    // C#
    {
      name: 'SHA-256',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    byte[] Digest(byte[] data) => SHA256.HashData(data);\n}\n',
    },
    {
      name: 'HMACMD5 is an HMAC, not a bare digest',
      path: 'src/Signer.cs',
      code: 'class Signer\n{\n    HMAC mac = new HMACMD5(key);\n}\n',
    },
    {
      name: 'IncrementalHash.CreateHMAC with SHA-1 is an HMAC',
      path: 'src/Signer.cs',
      code: 'class Signer\n{\n    IncrementalHash mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, key);\n}\n',
    },
    {
      name: 'Rfc2898DeriveBytes with SHA-1 belongs to the password hashing rule',
      path: 'src/Passwords.cs',
      code: 'class Passwords\n{\n    Rfc2898DeriveBytes kdf = new Rfc2898DeriveBytes(password, salt, 1300000, HashAlgorithmName.SHA1);\n}\n',
    },
    {
      name: 'a result named etag is an intent marker',
      path: 'src/Pages.cs',
      code: 'class Pages\n{\n    void Render(byte[] body)\n    {\n        var etag = Convert.ToHexString(MD5.HashData(body));\n        Send(etag, body);\n    }\n}\n',
    },
    {
      name: 'the ETag header is an intent marker',
      path: 'src/Pages.cs',
      code: 'class Pages\n{\n    void Render(HttpResponse response, byte[] body)\n    {\n        response.Headers.ETag = Convert.ToHexString(SHA1.HashData(body));\n    }\n}\n',
    },
    {
      name: 'a method named ComputeChecksum is an intent marker',
      path: 'src/Files.cs',
      code: 'class Files\n{\n    string ComputeChecksum(byte[] data) => Convert.ToHexString(MD5.HashData(data));\n}\n',
    },
    {
      name: 'a property named ETag is an intent marker',
      path: 'src/Pages.cs',
      code: 'class Pages\n{\n    public string ETag => Convert.ToHexString(MD5.HashData(body));\n}\n',
    },
    {
      name: 'a comment and a string are not code',
      path: 'src/Digests.cs',
      code: 'class Digests\n{\n    // MD5.Create() was replaced\n    string label = "md5";\n    byte[] Digest(byte[] data) => SHA512.HashData(data);\n}\n',
    },
    // Go
    {
      name: 'SHA-256',
      path: 'digest.go',
      code: 'package digest\n\nimport "crypto/sha256"\n\nfunc Digest(b []byte) [32]byte {\n\treturn sha256.Sum256(b)\n}\n',
    },
    {
      name: 'sha1.New handed to hmac.New is an HMAC',
      path: 'mac.go',
      code: 'package mac\n\nimport (\n\t"crypto/hmac"\n\t"crypto/sha1"\n)\n\nfunc Sign(key, msg []byte) []byte {\n\tmac := hmac.New(sha1.New, key)\n\tmac.Write(msg)\n\treturn mac.Sum(nil)\n}\n',
    },
    {
      name: 'a comment and a string are not code',
      path: 'digest.go',
      code: 'package digest\n\n// md5.Sum(b) was replaced\nconst Label = "md5"\n',
    },
    {
      name: 'a local package named md5 is not crypto/md5',
      path: 'digest.go',
      code: 'package digest\n\nimport "example.com/internal/md5"\n\nfunc Digest(b []byte) string {\n\treturn md5.Sum(b)\n}\n',
    },
    {
      name: 'a variable named md5sum',
      path: 'rows.go',
      code: 'package rows\n\nfunc Column(row map[string]string) string {\n\tmd5sum := row["md5"]\n\treturn md5sum\n}\n',
    },
    // PHP
    {
      name: 'SHA-256',
      path: 'src/token.php',
      code: "<?php\n$token = hash('sha256', $secret);\n",
    },
    {
      name: 'hash_hmac with md5 is an HMAC',
      path: 'src/sign.php',
      code: "<?php\n$mac = hash_hmac('md5', $data, $key);\n",
    },
    {
      name: 'hash_init in HMAC mode is an HMAC',
      path: 'src/sign.php',
      code: "<?php\n$context = hash_init('sha1', HASH_HMAC, $key);\n",
    },
    {
      name: 'a function the file defines named md5 is not the built-in',
      path: 'src/Legacy.php',
      code: "<?php\nnamespace App\\Legacy;\n\nfunction md5($value) {\n    return hash('sha256', $value);\n}\n\n$token = md5($secret);\n",
    },
    {
      name: 'a method named md5 is not the built-in',
      path: 'src/token.php',
      code: '<?php\n$token = $hasher->md5($secret);\n$other = Hasher::sha1($secret);\n',
    },
    {
      name: 'a comment, a string and a variable name are not code',
      path: 'src/token.php',
      code: "<?php\n// md5($secret) was replaced\n$md5Column = 'md5';\n",
    },
    {
      name: 'openssl_sign with SHA-256',
      path: 'src/sign.php',
      code: '<?php\nopenssl_sign($data, $signature, $key, OPENSSL_ALGO_SHA256);\n',
    },
    {
      name: 'text outside the PHP tags is not code',
      path: 'views/page.php',
      code: '<p>md5(x) and sha1(y)</p>\n',
    },
    // Ruby
    {
      name: 'SHA-256',
      path: 'app/token.rb',
      code: 'token = Digest::SHA256.hexdigest(secret)\n',
    },
    {
      name: 'an HMAC over SHA-1 is an HMAC',
      path: 'app/sign.rb',
      code: "mac = OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new('SHA1'), key, data)\n",
    },
    {
      name: 'an HMAC named by string is an HMAC',
      path: 'app/sign.rb',
      code: "mac = OpenSSL::HMAC.hexdigest('SHA1', key, data)\n",
    },
    {
      name: 'PBKDF2 over SHA-1 belongs to the password hashing rule',
      path: 'app/kdf.rb',
      code: 'key = OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 1_300_000, 32, OpenSSL::Digest::SHA1.new)\n',
    },
    {
      name: 'a comment, a string and a variable name are not code',
      path: 'app/rows.rb',
      code: "# Digest::MD5.hexdigest(secret) was replaced\nmd5_column = row['md5']\n",
    },
    {
      name: 'a method the file defines named md5',
      path: 'app/token.rb',
      code: 'def md5(value)\n  Digest::SHA256.hexdigest(value)\nend\n\ntoken = md5(secret)\n',
    },
  ],
};

describeRule(table);
