/**
 * crypto/weak-key-size: RSA, DSA and Diffie-Hellman sizes, curves and generated symmetric keys
 * in every language's key-generation APIs, shell commands, Dockerfiles, Terraform and
 * cert-manager manifests, with the strong and unresolvable look-alikes beside them. Each
 * finding's trailing comment shows the text it flags.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { weakKeySize } from './weak-key-size';

/** The rule's message: what was found, the minimum it misses, and what to use instead. */
function keyMessage(subject: string, minimum: number, advice: string): string {
  return (
    `${subject}, under the ${minimum}-bit minimum. MoJ guidance expects adequate, proportionate cryptography that is kept up to date ` +
    `(Cryptography: The base principles; Maintained by Default); NCSC and NIST SP 800-57 consider keys this short too weak. ${advice}`
  );
}

/** The message for a size that meets the published minimum but not the one the project raised. */
function projectKeyMessage(subject: string, minimum: number, threshold: string, advice: string): string {
  return (
    `${subject}, under the ${minimum}-bit minimum this project sets (${threshold}). MoJ guidance expects adequate, proportionate cryptography ` +
    `that is kept up to date (Cryptography: The base principles; Maintained by Default). ${advice}`
  );
}

export const table: RuleTable = {
  rule: weakKeySize,
  invalid: [
    {
      name: 'generateKeyPairSync with a 1024-bit RSA modulus',
      path: 'src/keys.js',
      code: "const { generateKeyPairSync } = require('crypto');\nconst { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });\n",
      findings: [
        { line: 2, column: 79, endColumn: 83, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "const { generateKeyPairSync } = require('crypto');\nconst { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });\n" } }, // "1024"
      ],
    },
    {
      name: 'promisified generateKeyPair with DSA options held in a variable',
      path: 'src/keys.mjs',
      code: "import { generateKeyPair } from 'node:crypto';\nimport { promisify } from 'node:util';\nconst generate = promisify(generateKeyPair);\nconst options = { modulusLength: 1024, divisorLength: 160 };\nconst pair = await generate('dsa', options);\n",
      findings: [
        { line: 4, column: 34, endColumn: 38, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: "import { generateKeyPair } from 'node:crypto';\nimport { promisify } from 'node:util';\nconst generate = promisify(generateKeyPair);\nconst options = { modulusLength: 2048, divisorLength: 160 };\nconst pair = await generate('dsa', options);\n" } }, // "1024"
      ],
    },
    {
      name: 'createDiffieHellman with a 512-bit prime length',
      path: 'src/dh.js',
      code: "const crypto = require('crypto');\nconst alice = crypto.createDiffieHellman(512);\n",
      findings: [
        { line: 2, column: 42, endColumn: 45, message: keyMessage('These Diffie-Hellman parameters are 512 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: "const crypto = require('crypto');\nconst alice = crypto.createDiffieHellman(2048);\n" } }, // "512"
      ],
    },
    {
      name: 'getDiffieHellman with the 768-bit modp1 group',
      path: 'src/dh.ts',
      code: "import * as crypto from 'crypto';\nconst group = crypto.getDiffieHellman('modp1');\n",
      findings: [
        { line: 2, column: 39, endColumn: 46, message: keyMessage('The Diffie-Hellman group modp1 is 768 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: "import * as crypto from 'crypto';\nconst group = crypto.getDiffieHellman('modp14');\n" } }, // "'modp1'"
      ],
    },
    {
      name: 'createDiffieHellmanGroup alias with the 1536-bit modp5 group',
      path: 'src/dh.js',
      code: `const crypto = require('crypto');\nconst group = crypto.createDiffieHellmanGroup("modp5");\n`,
      findings: [
        { line: 2, column: 47, endColumn: 54, message: keyMessage('The Diffie-Hellman group modp5 is 1536 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: `const crypto = require('crypto');\nconst group = crypto.createDiffieHellmanGroup("modp14");\n` } }, // "\"modp5\""
      ],
    },
    {
      name: 'createECDH with prime192v1',
      path: 'src/ecdh.js',
      code: "const crypto = require('crypto');\nconst ecdh = crypto.createECDH('prime192v1');\n",
      findings: [
        { line: 2, column: 32, endColumn: 44, message: keyMessage('The elliptic curve prime192v1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: "const crypto = require('crypto');\nconst ecdh = crypto.createECDH('prime256v1');\n" } }, // "'prime192v1'"
      ],
    },
    {
      name: 'EC key pair on the NIST P-192 curve keeps the NIST spelling',
      path: 'src/keys.ts',
      code: "import { generateKeyPairSync } from 'node:crypto';\nexport const pair = generateKeyPairSync('ec', { namedCurve: 'P-192' });\n",
      findings: [
        { line: 2, column: 61, endColumn: 68, message: keyMessage('The elliptic curve P-192 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: "import { generateKeyPairSync } from 'node:crypto';\nexport const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });\n" } }, // "'P-192'"
      ],
    },
    {
      name: 'DH key pair with a prime length option',
      path: 'src/keys.ts',
      code: "import crypto from 'node:crypto';\ncrypto.generateKeyPair('dh', { primeLength: 1024 }, (err, publicKey, privateKey) => {});\n",
      findings: [
        { line: 2, column: 45, endColumn: 49, message: keyMessage('These Diffie-Hellman parameters are 1024 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: "import crypto from 'node:crypto';\ncrypto.generateKeyPair('dh', { primeLength: 2048 }, (err, publicKey, privateKey) => {});\n" } }, // "1024"
      ],
    },
    {
      name: 'WebCrypto RSA-OAEP key of 1024 bits',
      path: 'src/browser/keys.ts',
      code: "export const key = await crypto.subtle.generateKey(\n  { name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },\n  true,\n  ['encrypt', 'decrypt'],\n);\n",
      findings: [
        { line: 2, column: 38, endColumn: 42, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "export const key = await crypto.subtle.generateKey(\n  { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },\n  true,\n  ['encrypt', 'decrypt'],\n);\n" } }, // "1024"
      ],
    },
    {
      name: 'WebCrypto HMAC key of 64 bits',
      path: 'src/browser/mac.ts',
      code: "export const key = await window.crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 64 }, false, ['sign']);\n",
      findings: [
        { line: 1, column: 100, endColumn: 102, message: keyMessage('This HMAC key is 64 bits', 128, 'Use keys of at least 128 bits.'), fix: { title: 'Use a 128-bit key', output: "export const key = await window.crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 128 }, false, ['sign']);\n" } }, // "64"
      ],
    },
    {
      name: 'node-forge generateKeyPair with a bits option',
      path: 'src/forge.js',
      code: "const forge = require('node-forge');\nconst keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });\n",
      findings: [
        { line: 2, column: 52, endColumn: 56, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "const forge = require('node-forge');\nconst keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });\n" } }, // "1024"
      ],
    },
    {
      name: 'node-forge generateKeyPair with a bare size',
      path: 'src/forge.js',
      code: "import forge from 'node-forge';\nconst keys = forge.pki.rsa.generateKeyPair(512);\n",
      findings: [
        { line: 2, column: 44, endColumn: 47, message: keyMessage('This RSA key is 512 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "import forge from 'node-forge';\nconst keys = forge.pki.rsa.generateKeyPair(2048);\n" } }, // "512"
      ],
    },
    {
      name: 'node-rsa constructor with a 512-bit key',
      path: 'src/rsa.js',
      code: "const NodeRSA = require('node-rsa');\nconst key = new NodeRSA({ b: 512 });\n",
      findings: [
        { line: 2, column: 30, endColumn: 33, message: keyMessage('This RSA key is 512 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "const NodeRSA = require('node-rsa');\nconst key = new NodeRSA({ b: 2048 });\n" } }, // "512"
      ],
    },
    {
      name: 'elliptic library on the p192 curve',
      path: 'src/ec.js',
      code: "const EC = require('elliptic').ec;\nconst ec = new EC('p192');\n",
      findings: [
        { line: 2, column: 19, endColumn: 25, message: keyMessage('The elliptic curve p192 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: "const EC = require('elliptic').ec;\nconst ec = new EC('p256');\n" } }, // "'p192'"
      ],
    },
    {
      name: 'modulus length from a constant is flagged without a fix',
      path: 'src/keys.js',
      code: "const crypto = require('crypto');\nconst KEY_BITS = 1024;\ncrypto.generateKeyPairSync('rsa', { modulusLength: KEY_BITS });\n",
      findings: [
        { line: 3, column: 52, endColumn: 60, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: null }, // "KEY_BITS"
      ],
    },
    {
      name: 'a raised RSA threshold moves the fix to 3072 bits',
      path: 'src/keys.js',
      code: "const crypto = require('crypto');\ncrypto.generateKeyPairSync('rsa', { modulusLength: 2048 });\n",
      thresholds: {minRsaBits: 3072},
      findings: [
        { line: 2, column: 52, endColumn: 56, message: projectKeyMessage('This RSA key is 2048 bits', 3072, 'minRsaBits', 'Use RSA keys of at least 3072 bits.'), fix: { title: 'Use a 3072-bit key', output: "const crypto = require('crypto');\ncrypto.generateKeyPairSync('rsa', { modulusLength: 3072 });\n" } }, // "2048"
      ],
    },
    {
      name: 'tsx component generating an RSA-PSS key',
      path: 'src/Keys.tsx',
      code: "import { generateKeyPairSync } from 'crypto';\nconst pair = generateKeyPairSync('rsa-pss', { modulusLength: 1536 });\nexport const Keys = () => <pre>{pair.publicKey.export({ type: 'spki', format: 'pem' })}</pre>;\n",
      findings: [
        { line: 2, column: 62, endColumn: 66, message: keyMessage('This RSA key is 1536 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "import { generateKeyPairSync } from 'crypto';\nconst pair = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });\nexport const Keys = () => <pre>{pair.publicKey.export({ type: 'spki', format: 'pem' })}</pre>;\n" } }, // "1536"
      ],
    },
    {
      name: 'cryptography RSA key of 1024 bits',
      path: 'app/keys.py',
      code: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nprivate_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n',
      findings: [
        { line: 3, column: 72, endColumn: 76, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nprivate_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'cryptography RSA key size given positionally',
      path: 'app/keys.py',
      code: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nprivate_key = rsa.generate_private_key(65537, 512)\n',
      findings: [
        { line: 3, column: 47, endColumn: 50, message: keyMessage('This RSA key is 512 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nprivate_key = rsa.generate_private_key(65537, 2048)\n' } }, // "512"
      ],
    },
    {
      name: 'cryptography DSA key of 1024 bits',
      path: 'app/keys.py',
      code: 'from cryptography.hazmat.primitives.asymmetric import dsa\n\nkey = dsa.generate_private_key(key_size=1024)\n',
      findings: [
        { line: 3, column: 41, endColumn: 45, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: 'from cryptography.hazmat.primitives.asymmetric import dsa\n\nkey = dsa.generate_private_key(key_size=2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'cryptography DH parameters of 1024 bits',
      path: 'app/dh.py',
      code: 'from cryptography.hazmat.primitives.asymmetric import dh\n\nparameters = dh.generate_parameters(generator=2, key_size=1024)\n',
      findings: [
        { line: 3, column: 59, endColumn: 63, message: keyMessage('These Diffie-Hellman parameters are 1024 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: 'from cryptography.hazmat.primitives.asymmetric import dh\n\nparameters = dh.generate_parameters(generator=2, key_size=2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'cryptography curve class SECP192R1',
      path: 'app/ec.py',
      code: 'from cryptography.hazmat.primitives.asymmetric import ec\n\nkey = ec.generate_private_key(ec.SECP192R1())\n',
      findings: [
        { line: 3, column: 31, endColumn: 43, message: keyMessage('The elliptic curve SECP192R1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'from cryptography.hazmat.primitives.asymmetric import ec\n\nkey = ec.generate_private_key(ec.SECP256R1())\n' } }, // "ec.SECP192R1"
      ],
    },
    {
      name: 'curve class imported by name has no fix',
      path: 'app/ec.py',
      code: 'from cryptography.hazmat.primitives.asymmetric.ec import SECT163K1, generate_private_key\n\nkey = generate_private_key(SECT163K1())\n',
      findings: [
        { line: 3, column: 28, endColumn: 37, message: keyMessage('The elliptic curve SECT163K1 gives 163-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: null }, // "SECT163K1"
      ],
    },
    {
      name: 'PyCryptodome RSA.generate',
      path: 'app/keys.py',
      code: 'from Crypto.PublicKey import RSA\n\nkey = RSA.generate(1024)\n',
      findings: [
        { line: 3, column: 20, endColumn: 24, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'from Crypto.PublicKey import RSA\n\nkey = RSA.generate(2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'PyCryptodome DSA.generate with the bits keyword',
      path: 'app/keys.py',
      code: 'from Cryptodome.PublicKey import DSA\n\nkey = DSA.generate(bits=1024)\n',
      findings: [
        { line: 3, column: 25, endColumn: 29, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: 'from Cryptodome.PublicKey import DSA\n\nkey = DSA.generate(bits=2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'PyCryptodome ECC on P-192 keeps the spelling',
      path: 'app/keys.py',
      code: "from Crypto.PublicKey import ECC\n\nkey = ECC.generate(curve='P-192')\n",
      findings: [
        { line: 3, column: 26, endColumn: 33, message: keyMessage('The elliptic curve P-192 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: "from Crypto.PublicKey import ECC\n\nkey = ECC.generate(curve='P-256')\n" } }, // "'P-192'"
      ],
    },
    {
      name: 'paramiko RSA key',
      path: 'deploy/keys.py',
      code: 'import paramiko\n\nkey = paramiko.RSAKey.generate(bits=1024)\n',
      findings: [
        { line: 3, column: 37, endColumn: 41, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'import paramiko\n\nkey = paramiko.RSAKey.generate(bits=2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'paramiko DSS key defaults to 1024 bits',
      path: 'deploy/keys.py',
      code: 'from paramiko import DSSKey\n\nkey = DSSKey.generate()\n',
      findings: [
        { line: 3, column: 7, endColumn: 22, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: null }, // "DSSKey.generate"
      ],
    },
    {
      name: 'key size from a module constant is flagged without a fix',
      path: 'app/keys.py',
      code: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nKEY_SIZE = 1024\n\n\ndef make_key():\n    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)\n',
      findings: [
        { line: 7, column: 69, endColumn: 77, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: null }, // "KEY_SIZE"
      ],
    },
    {
      name: 'pyOpenSSL generate_key',
      path: 'app/cert.py',
      code: 'from OpenSSL import crypto\n\nkey = crypto.PKey()\nkey.generate_key(crypto.TYPE_RSA, 1024)\n',
      findings: [
        { line: 4, column: 35, endColumn: 39, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'from OpenSSL import crypto\n\nkey = crypto.PKey()\nkey.generate_key(crypto.TYPE_RSA, 2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'python-rsa newkeys',
      path: 'app/keys.py',
      code: 'import rsa\n\n(public_key, private_key) = rsa.newkeys(512)\n',
      findings: [
        { line: 3, column: 41, endColumn: 44, message: keyMessage('This RSA key is 512 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'import rsa\n\n(public_key, private_key) = rsa.newkeys(2048)\n' } }, // "512"
      ],
    },
    {
      name: 'an SSL context on a weak ECDH curve',
      path: 'app/server.py',
      code: "import ssl\n\ncontext = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\ncontext.set_ecdh_curve('prime192v1')\n",
      findings: [
        { line: 4, column: 24, endColumn: 36, message: keyMessage('The elliptic curve prime192v1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: "import ssl\n\ncontext = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\ncontext.set_ecdh_curve('prime256v1')\n" } }, // "'prime192v1'"
      ],
    },
    {
      name: 'KeyPairGenerator for RSA initialised to 1024 bits',
      path: 'src/main/java/Keys.java',
      code: 'import java.security.KeyPair;\nimport java.security.KeyPairGenerator;\n\nclass Keys {\n  KeyPair generate() throws Exception {\n    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");\n    generator.initialize(1024);\n    return generator.generateKeyPair();\n  }\n}\n',
      findings: [
        { line: 7, column: 26, endColumn: 30, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'import java.security.KeyPair;\nimport java.security.KeyPairGenerator;\n\nclass Keys {\n  KeyPair generate() throws Exception {\n    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");\n    generator.initialize(2048);\n    return generator.generateKeyPair();\n  }\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'a generator field set in the constructor and initialised elsewhere from a constant',
      path: 'src/main/java/Signer.java',
      code: 'import java.security.KeyPairGenerator;\n\nclass Signer {\n  private static final int KEY_SIZE = 1024;\n  private final KeyPairGenerator generator;\n\n  Signer() throws Exception {\n    this.generator = KeyPairGenerator.getInstance("DSA");\n  }\n\n  void init() {\n    this.generator.initialize(KEY_SIZE);\n  }\n}\n',
      findings: [
        { line: 12, column: 31, endColumn: 39, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: null }, // "KEY_SIZE"
      ],
    },
    {
      name: 'Diffie-Hellman KeyPairGenerator',
      path: 'src/main/java/Exchange.java',
      code: 'import java.security.KeyPairGenerator;\n\nclass Exchange {\n  void start() throws Exception {\n    KeyPairGenerator dh = KeyPairGenerator.getInstance("DiffieHellman");\n    dh.initialize(1024, new java.security.SecureRandom());\n  }\n}\n',
      findings: [
        { line: 6, column: 19, endColumn: 23, message: keyMessage('These Diffie-Hellman parameters are 1024 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: 'import java.security.KeyPairGenerator;\n\nclass Exchange {\n  void start() throws Exception {\n    KeyPairGenerator dh = KeyPairGenerator.getInstance("DiffieHellman");\n    dh.initialize(2048, new java.security.SecureRandom());\n  }\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'RSAKeyGenParameterSpec of 1024 bits',
      path: 'src/main/java/Keys.java',
      code: 'import java.security.spec.RSAKeyGenParameterSpec;\n\nclass Keys {\n  void init(java.security.KeyPairGenerator generator) throws Exception {\n    generator.initialize(new RSAKeyGenParameterSpec(1024, RSAKeyGenParameterSpec.F4));\n  }\n}\n',
      findings: [
        { line: 5, column: 53, endColumn: 57, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'import java.security.spec.RSAKeyGenParameterSpec;\n\nclass Keys {\n  void init(java.security.KeyPairGenerator generator) throws Exception {\n    generator.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4));\n  }\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'ECGenParameterSpec on secp192r1',
      path: 'src/main/java/Keys.java',
      code: 'import java.security.spec.ECGenParameterSpec;\n\nclass Keys {\n  void init(java.security.KeyPairGenerator generator) throws Exception {\n    generator.initialize(new ECGenParameterSpec("secp192r1"));\n  }\n}\n',
      findings: [
        { line: 5, column: 49, endColumn: 60, message: keyMessage('The elliptic curve secp192r1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'import java.security.spec.ECGenParameterSpec;\n\nclass Keys {\n  void init(java.security.KeyPairGenerator generator) throws Exception {\n    generator.initialize(new ECGenParameterSpec("secp256r1"));\n  }\n}\n' } }, // "\"secp192r1\""
      ],
    },
    {
      name: 'an EC generator initialised with a 192-bit size',
      path: 'src/main/java/Keys.java',
      code: 'import java.security.KeyPairGenerator;\n\nclass Keys {\n  void init() throws Exception {\n    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");\n    ec.initialize(192);\n  }\n}\n',
      findings: [
        { line: 6, column: 19, endColumn: 22, message: keyMessage('This elliptic curve key is 192 bits', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'import java.security.KeyPairGenerator;\n\nclass Keys {\n  void init() throws Exception {\n    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");\n    ec.initialize(256);\n  }\n}\n' } }, // "192"
      ],
    },
    {
      name: 'an AES KeyGenerator initialised to 64 bits',
      path: 'src/main/java/Keys.java',
      code: 'import javax.crypto.KeyGenerator;\n\nclass Keys {\n  void init() throws Exception {\n    KeyGenerator keys = KeyGenerator.getInstance("AES");\n    keys.init(64);\n  }\n}\n',
      findings: [
        { line: 6, column: 15, endColumn: 17, message: keyMessage('This AES key is 64 bits', 128, 'Use keys of at least 128 bits.'), fix: { title: 'Use a 128-bit key', output: 'import javax.crypto.KeyGenerator;\n\nclass Keys {\n  void init() throws Exception {\n    KeyGenerator keys = KeyGenerator.getInstance("AES");\n    keys.init(128);\n  }\n}\n' } }, // "64"
      ],
    },
    {
      name: 'a size read from a .properties file through getProperty',
      path: 'src/main/java/Keys.java',
      code: 'import java.security.KeyPairGenerator;\n\nclass Keys {\n  void init(java.util.Properties props) throws Exception {\n    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");\n    generator.initialize(Integer.parseInt(props.getProperty("rsa.bits", "2048")));\n  }\n}\n',
      project: [{ path: 'src/main/resources/app.properties', text: 'rsa.bits=1024\n' }],
      findings: [
        { line: 6, column: 26, endColumn: 81, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: null }, // "Integer.parseInt(props.getProperty(\"rsa.bits\", \"2048\"))"
      ],
    },
    {
      name: 'AlgorithmParameterGenerator for DH parameters',
      path: 'src/main/java/Params.java',
      code: 'import java.security.AlgorithmParameterGenerator;\n\nclass Params {\n  void make() throws Exception {\n    AlgorithmParameterGenerator params = AlgorithmParameterGenerator.getInstance("DH");\n    params.init(512);\n  }\n}\n',
      findings: [
        { line: 6, column: 17, endColumn: 20, message: keyMessage('These Diffie-Hellman parameters are 512 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: 'import java.security.AlgorithmParameterGenerator;\n\nclass Params {\n  void make() throws Exception {\n    AlgorithmParameterGenerator params = AlgorithmParameterGenerator.getInstance("DH");\n    params.init(2048);\n  }\n}\n' } }, // "512"
      ],
    },
    {
      name: 'RSACryptoServiceProvider with 1024 bits',
      path: 'src/Keys.cs',
      code: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    RSA Make() => new RSACryptoServiceProvider(1024);\n}\n',
      findings: [
        { line: 5, column: 48, endColumn: 52, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    RSA Make() => new RSACryptoServiceProvider(2048);\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'RSA.Create with a size',
      path: 'src/Keys.cs',
      code: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    void Make()\n    {\n        using var rsa = RSA.Create(1024);\n    }\n}\n',
      findings: [
        { line: 7, column: 36, endColumn: 40, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    void Make()\n    {\n        using var rsa = RSA.Create(2048);\n    }\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'KeySize set on an RSA instance',
      path: 'src/Keys.cs',
      code: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    void Make()\n    {\n        RSA rsa = RSA.Create();\n        rsa.KeySize = 1024;\n    }\n}\n',
      findings: [
        { line: 8, column: 23, endColumn: 27, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    void Make()\n    {\n        RSA rsa = RSA.Create();\n        rsa.KeySize = 2048;\n    }\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'KeySize in an object initialiser',
      path: 'src/Keys.cs',
      code: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    object Make() => new DSACryptoServiceProvider { KeySize = 512 };\n}\n',
      findings: [
        { line: 5, column: 63, endColumn: 66, message: keyMessage('This DSA key is 512 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    object Make() => new DSACryptoServiceProvider { KeySize = 2048 };\n}\n' } }, // "512"
      ],
    },
    {
      name: 'KeySize on a parameter named for RSA is trusted at medium confidence',
      path: 'src/Keys.cs',
      code: 'class Keys\n{\n    void Configure(System.Security.Cryptography.AsymmetricAlgorithm rsaKey)\n    {\n        rsaKey.KeySize = 1024;\n    }\n}\n',
      findings: [
        { line: 5, column: 26, endColumn: 30, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), confidence: 'medium', fix: { title: 'Use a 2048-bit key', output: 'class Keys\n{\n    void Configure(System.Security.Cryptography.AsymmetricAlgorithm rsaKey)\n    {\n        rsaKey.KeySize = 2048;\n    }\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'DSACryptoServiceProvider with 512 bits',
      path: 'src/Keys.cs',
      code: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    DSA Make() => new DSACryptoServiceProvider(512);\n}\n',
      findings: [
        { line: 5, column: 48, endColumn: 51, message: keyMessage('This DSA key is 512 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    DSA Make() => new DSACryptoServiceProvider(2048);\n}\n' } }, // "512"
      ],
    },
    {
      name: 'a curve created from the friendly name secp192r1',
      path: 'src/Curves.cs',
      code: 'using System.Security.Cryptography;\n\nclass Curves\n{\n    ECDsa Make() => ECDsa.Create(ECCurve.CreateFromFriendlyName("secp192r1"));\n}\n',
      findings: [
        { line: 5, column: 65, endColumn: 76, message: keyMessage('The elliptic curve secp192r1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'using System.Security.Cryptography;\n\nclass Curves\n{\n    ECDsa Make() => ECDsa.Create(ECCurve.CreateFromFriendlyName("nistP256"));\n}\n' } }, // "\"secp192r1\""
      ],
    },
    {
      name: 'a 160-bit Brainpool named curve',
      path: 'src/Curves.cs',
      code: 'using System.Security.Cryptography;\n\nclass Curves\n{\n    ECDiffieHellman Make() => ECDiffieHellman.Create(ECCurve.NamedCurves.brainpoolP160r1);\n}\n',
      findings: [
        { line: 5, column: 54, endColumn: 89, message: keyMessage('The elliptic curve brainpoolP160r1 gives 160-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'using System.Security.Cryptography;\n\nclass Curves\n{\n    ECDiffieHellman Make() => ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);\n}\n' } }, // "ECCurve.NamedCurves.brainpoolP160r1"
      ],
    },
    {
      name: 'Bouncy Castle RSA key generation parameters',
      path: 'src/Keys.cs',
      code: 'using Org.BouncyCastle.Crypto.Parameters;\nusing Org.BouncyCastle.Math;\nusing Org.BouncyCastle.Security;\n\nclass Keys\n{\n    object Make() => new RsaKeyGenerationParameters(BigInteger.ValueOf(0x10001), new SecureRandom(), 1024, 25);\n}\n',
      findings: [
        { line: 7, column: 102, endColumn: 106, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'using Org.BouncyCastle.Crypto.Parameters;\nusing Org.BouncyCastle.Math;\nusing Org.BouncyCastle.Security;\n\nclass Keys\n{\n    object Make() => new RsaKeyGenerationParameters(BigInteger.ValueOf(0x10001), new SecureRandom(), 2048, 25);\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'a curve created from the OID of secp192r1 gets the P-256 OID',
      path: 'src/Curves.cs',
      code: 'using System.Security.Cryptography;\n\nclass Curves\n{\n    ECCurve Make() => ECCurve.CreateFromValue("1.2.840.10045.3.1.1");\n}\n',
      findings: [
        { line: 5, column: 47, endColumn: 68, message: keyMessage('The elliptic curve 1.2.840.10045.3.1.1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'using System.Security.Cryptography;\n\nclass Curves\n{\n    ECCurve Make() => ECCurve.CreateFromValue("1.2.840.10045.3.1.7");\n}\n' } }, // "\"1.2.840.10045.3.1.1\""
      ],
    },
    {
      name: 'rsa.GenerateKey with 1024 bits',
      path: 'internal/keys/keys.go',
      code: 'package keys\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\nfunc New() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 1024)\n}\n',
      findings: [
        { line: 9, column: 38, endColumn: 42, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'package keys\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\nfunc New() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 2048)\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'aliased crypto/rsa import',
      path: 'internal/keys/keys.go',
      code: 'package keys\n\nimport (\n\t"crypto/rand"\n\tcryptorsa "crypto/rsa"\n)\n\nvar key, _ = cryptorsa.GenerateKey(rand.Reader, 512)\n',
      findings: [
        { line: 8, column: 49, endColumn: 52, message: keyMessage('This RSA key is 512 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'package keys\n\nimport (\n\t"crypto/rand"\n\tcryptorsa "crypto/rsa"\n)\n\nvar key, _ = cryptorsa.GenerateKey(rand.Reader, 2048)\n' } }, // "512"
      ],
    },
    {
      name: 'key size from a package constant is flagged without a fix',
      path: 'internal/keys/keys.go',
      code: 'package keys\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\nconst bits = 1024\n\nfunc New() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, bits)\n}\n',
      findings: [
        { line: 11, column: 38, endColumn: 42, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: null }, // "bits"
      ],
    },
    {
      name: 'GenerateMultiPrimeKey with 1024 bits',
      path: 'internal/keys/keys.go',
      code: 'package keys\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\nfunc New() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateMultiPrimeKey(rand.Reader, 3, 1024)\n}\n',
      findings: [
        { line: 9, column: 51, endColumn: 55, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'package keys\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\nfunc New() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateMultiPrimeKey(rand.Reader, 3, 2048)\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'DSA parameters with L1024N160',
      path: 'internal/keys/dsa.go',
      code: 'package keys\n\nimport (\n\t"crypto/dsa"\n\t"crypto/rand"\n)\n\nfunc Params() (dsa.Parameters, error) {\n\tvar params dsa.Parameters\n\terr := dsa.GenerateParameters(&params, rand.Reader, dsa.L1024N160)\n\treturn params, err\n}\n',
      findings: [
        { line: 10, column: 54, endColumn: 67, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: 'package keys\n\nimport (\n\t"crypto/dsa"\n\t"crypto/rand"\n)\n\nfunc Params() (dsa.Parameters, error) {\n\tvar params dsa.Parameters\n\terr := dsa.GenerateParameters(&params, rand.Reader, dsa.L2048N256)\n\treturn params, err\n}\n' } }, // "dsa.L1024N160"
      ],
    },
    {
      name: 'P-224 under a raised curve threshold',
      path: 'internal/keys/ec.go',
      code: 'package keys\n\nimport (\n\t"crypto/ecdsa"\n\t"crypto/elliptic"\n\t"crypto/rand"\n)\n\nfunc New() (*ecdsa.PrivateKey, error) {\n\treturn ecdsa.GenerateKey(elliptic.P224(), rand.Reader)\n}\n',
      thresholds: {minCurveBits: 256},
      findings: [
        { line: 10, column: 27, endColumn: 40, message: projectKeyMessage('The elliptic curve elliptic.P224 gives 224-bit keys', 256, 'minCurveBits', 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'package keys\n\nimport (\n\t"crypto/ecdsa"\n\t"crypto/elliptic"\n\t"crypto/rand"\n)\n\nfunc New() (*ecdsa.PrivateKey, error) {\n\treturn ecdsa.GenerateKey(elliptic.P256(), rand.Reader)\n}\n' } }, // "elliptic.P224"
      ],
    },
    {
      name: 'openssl_pkey_new with 1024 bits and the RSA default type',
      path: 'src/keys.php',
      code: "<?php\n$key = openssl_pkey_new(['private_key_bits' => 1024]);\n",
      findings: [
        { line: 2, column: 48, endColumn: 52, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "<?php\n$key = openssl_pkey_new(['private_key_bits' => 2048]);\n" } }, // "1024"
      ],
    },
    {
      name: 'openssl_pkey_new for a DSA key',
      path: 'src/keys.php',
      code: "<?php\n$key = openssl_pkey_new([\n    'private_key_bits' => 1024,\n    'private_key_type' => OPENSSL_KEYTYPE_DSA,\n]);\n",
      findings: [
        { line: 3, column: 27, endColumn: 31, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: "<?php\n$key = openssl_pkey_new([\n    'private_key_bits' => 2048,\n    'private_key_type' => OPENSSL_KEYTYPE_DSA,\n]);\n" } }, // "1024"
      ],
    },
    {
      name: 'a DH configuration array held in a variable',
      path: 'src/dh.php',
      code: "<?php\n$config = ['private_key_bits' => 512, 'private_key_type' => OPENSSL_KEYTYPE_DH];\n$params = openssl_pkey_new($config);\n",
      findings: [
        { line: 2, column: 34, endColumn: 37, message: keyMessage('These Diffie-Hellman parameters are 512 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: "<?php\n$config = ['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_DH];\n$params = openssl_pkey_new($config);\n" } }, // "512"
      ],
    },
    {
      name: 'an EC key on secp192k1',
      path: 'src/ec.php',
      code: "<?php\n$key = openssl_pkey_new(['curve_name' => 'secp192k1', 'private_key_type' => OPENSSL_KEYTYPE_EC]);\n",
      findings: [
        { line: 2, column: 42, endColumn: 53, message: keyMessage('The elliptic curve secp192k1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: "<?php\n$key = openssl_pkey_new(['curve_name' => 'prime256v1', 'private_key_type' => OPENSSL_KEYTYPE_EC]);\n" } }, // "'secp192k1'"
      ],
    },
    {
      name: 'phpseclib 3 RSA::createKey',
      path: 'src/keys.php',
      code: '<?php\nuse phpseclib3\\Crypt\\RSA;\n\n$private = RSA::createKey(1024);\n',
      findings: [
        { line: 4, column: 27, endColumn: 31, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: '<?php\nuse phpseclib3\\Crypt\\RSA;\n\n$private = RSA::createKey(2048);\n' } }, // "1024"
      ],
    },
    {
      name: 'phpseclib 2 Crypt_RSA createKey',
      path: 'src/keys.php',
      code: '<?php\n$rsa = new Crypt_RSA();\nextract($rsa->createKey(512));\n',
      findings: [
        { line: 3, column: 25, endColumn: 28, message: keyMessage('This RSA key is 512 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: '<?php\n$rsa = new Crypt_RSA();\nextract($rsa->createKey(2048));\n' } }, // "512"
      ],
    },
    {
      name: 'phpseclib 3 EC::createKey on secp160r1',
      path: 'src/ec.php',
      code: "<?php\nuse phpseclib3\\Crypt\\EC;\n\n$private = EC::createKey('secp160r1');\n",
      findings: [
        { line: 4, column: 26, endColumn: 37, message: keyMessage('The elliptic curve secp160r1 gives 160-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: "<?php\nuse phpseclib3\\Crypt\\EC;\n\n$private = EC::createKey('prime256v1');\n" } }, // "'secp160r1'"
      ],
    },
    {
      name: 'phpseclib 3 DH parameters from the 1024-bit SSH group',
      path: 'src/dh.php',
      code: "<?php\nuse phpseclib3\\Crypt\\DH;\n\n$params = DH::createParameters('diffie-hellman-group1-sha1');\n",
      findings: [
        { line: 4, column: 32, endColumn: 60, message: keyMessage('The Diffie-Hellman group diffie-hellman-group1-sha1 is 1024 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: "<?php\nuse phpseclib3\\Crypt\\DH;\n\n$params = DH::createParameters('diffie-hellman-group14-sha256');\n" } }, // "'diffie-hellman-group1-sha1'"
      ],
    },
    {
      name: 'OpenSSL::PKey::RSA.new with 1024 bits',
      path: 'lib/keys.rb',
      code: "require 'openssl'\n\nkey = OpenSSL::PKey::RSA.new(1024)\n",
      findings: [
        { line: 3, column: 30, endColumn: 34, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "require 'openssl'\n\nkey = OpenSSL::PKey::RSA.new(2048)\n" } }, // "1024"
      ],
    },
    {
      name: 'OpenSSL::PKey::RSA.generate with 512 bits',
      path: 'lib/keys.rb',
      code: "require 'openssl'\n\nkey = OpenSSL::PKey::RSA.generate(512)\n",
      findings: [
        { line: 3, column: 35, endColumn: 38, message: keyMessage('This RSA key is 512 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "require 'openssl'\n\nkey = OpenSSL::PKey::RSA.generate(2048)\n" } }, // "512"
      ],
    },
    {
      name: 'OpenSSL::PKey::DSA.new',
      path: 'lib/keys.rb',
      code: 'key = OpenSSL::PKey::DSA.new(1024)\n',
      findings: [
        { line: 1, column: 30, endColumn: 34, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: 'key = OpenSSL::PKey::DSA.new(2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'OpenSSL::PKey::DH.new with 1024-bit parameters',
      path: 'lib/dh.rb',
      code: 'dh = OpenSSL::PKey::DH.new(1024)\n',
      findings: [
        { line: 1, column: 28, endColumn: 32, message: keyMessage('These Diffie-Hellman parameters are 1024 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: 'dh = OpenSSL::PKey::DH.new(2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'an EC key on secp192k1',
      path: 'lib/ec.rb',
      code: "key = OpenSSL::PKey::EC.generate('secp192k1')\n",
      findings: [
        { line: 1, column: 34, endColumn: 45, message: keyMessage('The elliptic curve secp192k1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: "key = OpenSSL::PKey::EC.generate('prime256v1')\n" } }, // "'secp192k1'"
      ],
    },
    {
      name: 'OpenSSL::PKey.generate_key with rsa_keygen_bits',
      path: 'lib/keys.rb',
      code: "key = OpenSSL::PKey.generate_key('RSA', rsa_keygen_bits: 1024)\n",
      findings: [
        { line: 1, column: 58, endColumn: 62, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "key = OpenSSL::PKey.generate_key('RSA', rsa_keygen_bits: 2048)\n" } }, // "1024"
      ],
    },
    {
      name: 'the sshkey gem with a DSA key',
      path: 'lib/ssh.rb',
      code: "key = SSHKey.generate(type: 'DSA', bits: 1024)\n",
      findings: [
        { line: 1, column: 42, endColumn: 46, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: { title: 'Use a 2048-bit key', output: "key = SSHKey.generate(type: 'DSA', bits: 2048)\n" } }, // "1024"
      ],
    },
    {
      name: 'include OpenSSL then PKey::RSA',
      path: 'lib/keys.rb',
      code: 'include OpenSSL\n\nKEY = PKey::RSA.new(1024)\n',
      findings: [
        { line: 3, column: 21, endColumn: 25, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'include OpenSSL\n\nKEY = PKey::RSA.new(2048)\n' } }, // "1024"
      ],
    },
    {
      name: 'openssl genrsa with an output file and 1024 bits',
      path: 'scripts/keys.sh',
      code: '#!/bin/sh\nopenssl genrsa -out server.key 1024\n',
      findings: [
        { line: 2, column: 32, endColumn: 36, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: '#!/bin/sh\nopenssl genrsa -out server.key 2048\n' } }, // "1024"
      ],
    },
    {
      name: 'openssl genrsa in a pipeline',
      path: 'scripts/keys.sh',
      code: 'openssl genrsa 512 | openssl rsa -pubout -out public.pem\n',
      findings: [
        { line: 1, column: 16, endColumn: 19, message: keyMessage('This RSA key is 512 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'openssl genrsa 2048 | openssl rsa -pubout -out public.pem\n' } }, // "512"
      ],
    },
    {
      name: 'openssl req with -newkey rsa:1024',
      path: 'scripts/cert.sh',
      code: 'openssl req -x509 -newkey rsa:1024 -nodes -keyout key.pem -out cert.pem -days 365 -subj "/CN=localhost"\n',
      findings: [
        { line: 1, column: 27, endColumn: 35, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 365 -subj "/CN=localhost"\n' } }, // "rsa:1024"
      ],
    },
    {
      name: 'openssl dhparam run through sudo',
      path: 'scripts/dh.sh',
      code: 'sudo openssl dhparam -out /etc/nginx/dhparam.pem 1024\n',
      findings: [
        { line: 1, column: 50, endColumn: 54, message: keyMessage('These Diffie-Hellman parameters are 1024 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: 'sudo openssl dhparam -out /etc/nginx/dhparam.pem 2048\n' } }, // "1024"
      ],
    },
    {
      name: 'openssl ecparam on secp192k1',
      path: 'scripts/ec.sh',
      code: 'openssl ecparam -name secp192k1 -genkey -noout -out ec.pem\n',
      findings: [
        { line: 1, column: 23, endColumn: 32, message: keyMessage('The elliptic curve secp192k1 gives 192-bit keys', 224, 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'openssl ecparam -name prime256v1 -genkey -noout -out ec.pem\n' } }, // "secp192k1"
      ],
    },
    {
      name: 'openssl genpkey with an RSA bits option',
      path: 'scripts/keys.sh',
      code: 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out key.pem\n',
      findings: [
        { line: 1, column: 41, endColumn: 61, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out key.pem\n' } }, // "rsa_keygen_bits:1024"
      ],
    },
    {
      name: 'ssh-keygen RSA key of 1024 bits',
      path: 'scripts/ssh.sh',
      code: "ssh-keygen -t rsa -b 1024 -f ~/.ssh/id_rsa -N ''\n",
      findings: [
        { line: 1, column: 22, endColumn: 26, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: "ssh-keygen -t rsa -b 2048 -f ~/.ssh/id_rsa -N ''\n" } }, // "1024"
      ],
    },
    {
      name: 'ssh-keygen DSA keys are always 1024 bits',
      path: 'scripts/ssh.sh',
      code: "ssh-keygen -t dsa -f ~/.ssh/id_dsa -N ''\n",
      findings: [
        { line: 1, column: 15, endColumn: 18, message: keyMessage('This DSA key is 1024 bits', 2048, 'Use DSA keys of at least 2048 bits, or better, Ed25519 or ECDSA on P-256.'), fix: null }, // "dsa"
      ],
    },
    {
      name: 'keytool with a 1024-bit RSA key',
      path: 'scripts/keystore.sh',
      code: 'keytool -genkeypair -alias app -keyalg RSA -keysize 1024 -keystore app.jks\n',
      findings: [
        { line: 1, column: 53, endColumn: 57, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'keytool -genkeypair -alias app -keyalg RSA -keysize 2048 -keystore app.jks\n' } }, // "1024"
      ],
    },
    {
      name: 'a size held in a variable is flagged without a fix',
      path: 'scripts/keys.sh',
      code: 'BITS=1024\nopenssl genrsa -out key.pem "$BITS"\n',
      findings: [
        { line: 2, column: 29, endColumn: 36, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: null }, // "\"$BITS\""
      ],
    },
    {
      name: 'a tls_private_key with 1024 RSA bits',
      path: 'infra/certs.tf',
      code: 'resource "tls_private_key" "ca" {\n  algorithm = "RSA"\n  rsa_bits  = 1024\n}\n',
      findings: [
        { line: 3, column: 15, endColumn: 19, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'resource "tls_private_key" "ca" {\n  algorithm = "RSA"\n  rsa_bits  = 2048\n}\n' } }, // "1024"
      ],
    },
    {
      name: 'a P224 ECDSA key under a raised curve threshold',
      path: 'infra/certs.tf',
      code: 'resource "tls_private_key" "signing" {\n  algorithm   = "ECDSA"\n  ecdsa_curve = "P224"\n}\n',
      thresholds: {minCurveBits: 256},
      findings: [
        { line: 3, column: 18, endColumn: 22, message: projectKeyMessage('The elliptic curve P224 gives 224-bit keys', 256, 'minCurveBits', 'Use P-256 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 256-bit curve', output: 'resource "tls_private_key" "signing" {\n  algorithm   = "ECDSA"\n  ecdsa_curve = "P256"\n}\n' } }, // "P224"
      ],
    },
    {
      name: 'a cert-manager Certificate with a 1024-bit RSA key',
      path: 'k8s/certificate.yaml',
      code: 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  privateKey:\n    algorithm: RSA\n    size: 1024\n',
      findings: [
        { line: 9, column: 11, endColumn: 15, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  privateKey:\n    algorithm: RSA\n    size: 2048\n' } }, // "1024"
      ],
    },
    {
      name: 'the RSA default algorithm with a quoted size',
      path: 'k8s/certificate.yaml',
      code: 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: api\nspec:\n  privateKey:\n    size: "1024"\n',
      findings: [
        { line: 7, column: 12, endColumn: 16, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: api\nspec:\n  privateKey:\n    size: "2048"\n' } }, // "1024"
      ],
    },
    {
      name: 'an ECDSA P-256 key under a raised curve threshold',
      path: 'k8s/certificate.yaml',
      code: 'kind: Certificate\nspec:\n  privateKey:\n    algorithm: ECDSA\n    size: 256\n',
      thresholds: {minCurveBits: 384},
      findings: [
        { line: 5, column: 11, endColumn: 14, message: projectKeyMessage('This elliptic curve key is 256 bits', 384, 'minCurveBits', 'Use P-384 or stronger, or X25519/Ed25519.'), fix: { title: 'Use a 384-bit curve', output: 'kind: Certificate\nspec:\n  privateKey:\n    algorithm: ECDSA\n    size: 384\n' } }, // "256"
      ],
    },
    {
      name: 'RUN openssl genrsa in a chain',
      path: 'Dockerfile',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache openssl && \\\n    openssl genrsa -out /etc/ssl/private/app.key 1024\n',
      findings: [
        { line: 3, column: 50, endColumn: 54, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'FROM alpine:3.20\nRUN apk add --no-cache openssl && \\\n    openssl genrsa -out /etc/ssl/private/app.key 2048\n' } }, // "1024"
      ],
    },
    {
      name: 'RUN openssl dhparam in exec form',
      path: 'docker/Dockerfile',
      code: 'FROM nginx:1.27\nRUN ["openssl", "dhparam", "-out", "/etc/nginx/dhparam.pem", "1024"]\n',
      findings: [
        { line: 2, column: 62, endColumn: 68, message: keyMessage('These Diffie-Hellman parameters are 1024 bits', 2048, 'Use Diffie-Hellman parameters of at least 2048 bits, or ECDH on P-256 or X25519.'), fix: { title: 'Use 2048-bit Diffie-Hellman parameters', output: 'FROM nginx:1.27\nRUN ["openssl", "dhparam", "-out", "/etc/nginx/dhparam.pem", "2048"]\n' } }, // "\"1024\""
      ],
    },
    {
      name: 'RUN openssl req with -newkey rsa:1024',
      path: 'Dockerfile',
      code: 'FROM nginx:1.27\nRUN openssl req -x509 -newkey rsa:1024 -nodes -keyout /k.pem -out /c.pem -subj "/CN=app"\n',
      findings: [
        { line: 2, column: 31, endColumn: 39, message: keyMessage('This RSA key is 1024 bits', 2048, 'Use RSA keys of at least 2048 bits.'), fix: { title: 'Use a 2048-bit key', output: 'FROM nginx:1.27\nRUN openssl req -x509 -newkey rsa:2048 -nodes -keyout /k.pem -out /c.pem -subj "/CN=app"\n' } }, // "rsa:1024"
      ],
    },
  ],
  valid: [
    {
      name: 'a 2048-bit RSA modulus',
      path: 'src/keys.js',
      code: "const crypto = require('crypto');\ncrypto.generateKeyPairSync('rsa', { modulusLength: 2048 });\n",
    },
    {
      name: 'EC key pair on P-256 and Ed25519',
      path: 'src/keys.ts',
      code: "import { generateKeyPairSync } from 'node:crypto';\ngenerateKeyPairSync('ec', { namedCurve: 'P-256' });\ngenerateKeyPairSync('ed25519');\n",
    },
    {
      name: 'createDiffieHellman with a given prime is not a prime length',
      path: 'src/dh.js',
      code: "const crypto = require('crypto');\nconst bob = crypto.createDiffieHellman(alice.getPrime(), alice.getGenerator());\n",
    },
    {
      name: 'the 2048-bit modp14 group',
      path: 'src/dh.js',
      code: "const crypto = require('crypto');\ncrypto.getDiffieHellman('modp14');\n",
    },
    {
      name: 'a size from the environment cannot be resolved',
      path: 'src/keys.js',
      code: "const crypto = require('crypto');\ncrypto.generateKeyPairSync('rsa', { modulusLength: Number(process.env.KEY_BITS) });\n",
    },
    {
      name: 'comments and strings are not code',
      path: 'src/keys.js',
      code: "// generateKeyPairSync('rsa', { modulusLength: 1024 }) was too weak\nconst note = 'openssl genrsa 1024';\n",
    },
    {
      name: 'an unrelated modulusLength option',
      path: 'src/layout.js',
      code: 'const grid = layout({ modulusLength: 1024 });\n',
    },
    {
      name: 'an AES WebCrypto key of 256 bits',
      path: 'src/browser/aes.ts',
      code: "export const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);\n",
    },
    {
      name: 'a 2048-bit cryptography key',
      path: 'app/keys.py',
      code: 'from cryptography.hazmat.primitives.asymmetric import rsa\n\nprivate_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)\n',
    },
    {
      name: 'P-256 and P-384 curve classes',
      path: 'app/ec.py',
      code: 'from cryptography.hazmat.primitives.asymmetric import ec\n\nkey = ec.generate_private_key(ec.SECP256R1())\nother = ec.generate_private_key(ec.SECP384R1())\n',
    },
    {
      name: 'a key size passed in by the caller',
      path: 'app/keys.py',
      code: 'from Crypto.PublicKey import RSA\n\n\ndef make_key(bits):\n    return RSA.generate(bits)\n',
    },
    {
      name: 'a key size read from the environment',
      path: 'app/keys.py',
      code: "import os\nfrom cryptography.hazmat.primitives.asymmetric import rsa\n\nkey = rsa.generate_private_key(public_exponent=65537, key_size=int(os.environ['KEY_BITS']))\n",
    },
    {
      name: 'a local function named like the library',
      path: 'app/keys.py',
      code: 'def generate(bits):\n    return bits\n\n\nRSA = object()\nsize = generate(1024)\n',
    },
    {
      name: 'a 2048-bit RSA generator',
      path: 'src/main/java/Keys.java',
      code: 'import java.security.KeyPairGenerator;\n\nclass Keys {\n  void init() throws Exception {\n    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");\n    generator.initialize(2048);\n  }\n}\n',
    },
    {
      name: 'ECGenParameterSpec on secp256r1',
      path: 'src/main/java/Keys.java',
      code: 'class Keys {\n  Object spec = new java.security.spec.ECGenParameterSpec("secp256r1");\n}\n',
    },
    {
      name: 'DES key size is left to crypto/weak-cipher',
      path: 'src/main/java/Legacy.java',
      code: 'import javax.crypto.KeyGenerator;\n\nclass Legacy {\n  void init() throws Exception {\n    KeyGenerator des = KeyGenerator.getInstance("DES");\n    des.init(56);\n  }\n}\n',
    },
    {
      name: 'a properties file that sets a strong size overrides the weak default',
      path: 'src/main/java/Keys.java',
      code: 'import java.security.KeyPairGenerator;\n\nclass Keys {\n  void init(java.util.Properties props) throws Exception {\n    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");\n    generator.initialize(Integer.parseInt(props.getProperty("rsa.bits", "1024")));\n  }\n}\n',
      project: [{ path: 'src/main/resources/app.properties', text: 'rsa.bits=4096\n' }],
    },
    {
      name: 'an initialize call on something that is not a key generator',
      path: 'src/main/java/Pool.java',
      code: 'class Pool {\n  void start(ThreadPool pool) {\n    pool.initialize(512);\n  }\n}\n',
    },
    {
      name: 'RSA.Create with 2048 bits and with parameters',
      path: 'src/Keys.cs',
      code: 'using System.Security.Cryptography;\n\nclass Keys\n{\n    void Make(RSAParameters parameters)\n    {\n        using var strong = RSA.Create(2048);\n        using var imported = RSA.Create(parameters);\n    }\n}\n',
    },
    {
      name: 'the nistP256 named curve',
      path: 'src/Curves.cs',
      code: 'using System.Security.Cryptography;\n\nclass Curves\n{\n    ECDsa Make() => ECDsa.Create(ECCurve.NamedCurves.nistP256);\n}\n',
    },
    {
      name: 'KeySize on an AES instance is not an asymmetric key',
      path: 'src/Cipher.cs',
      code: 'using System.Security.Cryptography;\n\nclass Cipher\n{\n    void Make()\n    {\n        using var aes = Aes.Create();\n        aes.KeySize = 128;\n    }\n}\n',
    },
    {
      name: 'KeySize on an object of unknown type',
      path: 'src/Settings.cs',
      code: 'class Settings\n{\n    void Apply(Options options)\n    {\n        options.KeySize = 512;\n    }\n}\n',
    },
    {
      name: 'rsa.GenerateKey with 3072 bits',
      path: 'internal/keys/keys.go',
      code: 'package keys\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n)\n\nfunc New() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 3072)\n}\n',
    },
    {
      name: 'P-224 meets the default 224-bit curve minimum',
      path: 'internal/keys/ec.go',
      code: 'package keys\n\nimport (\n\t"crypto/ecdsa"\n\t"crypto/elliptic"\n\t"crypto/rand"\n)\n\nfunc New() (*ecdsa.PrivateKey, error) {\n\treturn ecdsa.GenerateKey(elliptic.P224(), rand.Reader)\n}\n',
    },
    {
      name: 'DSA parameters with L2048N256',
      path: 'internal/keys/dsa.go',
      code: 'package keys\n\nimport (\n\t"crypto/dsa"\n\t"crypto/rand"\n)\n\nfunc Params(params *dsa.Parameters) error {\n\treturn dsa.GenerateParameters(params, rand.Reader, dsa.L2048N256)\n}\n',
    },
    {
      name: 'a key size from a command-line flag',
      path: 'cmd/keygen/main.go',
      code: 'package main\n\nimport (\n\t"crypto/rand"\n\t"crypto/rsa"\n\t"flag"\n)\n\nfunc main() {\n\tbits := flag.Int("bits", 4096, "key size")\n\tflag.Parse()\n\trsa.GenerateKey(rand.Reader, *bits)\n}\n',
    },
    {
      name: 'a 2048-bit openssl_pkey_new',
      path: 'src/keys.php',
      code: "<?php\n$key = openssl_pkey_new(['private_key_bits' => 2048, 'private_key_type' => OPENSSL_KEYTYPE_RSA]);\n",
    },
    {
      name: 'an EC key on prime256v1',
      path: 'src/ec.php',
      code: "<?php\n$key = openssl_pkey_new(['curve_name' => 'prime256v1', 'private_key_type' => OPENSSL_KEYTYPE_EC]);\n",
    },
    {
      name: 'a key size from the environment',
      path: 'src/keys.php',
      code: "<?php\n$key = openssl_pkey_new(['private_key_bits' => (int) getenv('KEY_BITS')]);\n",
    },
    {
      name: 'phpseclib 3 RSA::createKey with 4096 bits',
      path: 'src/keys.php',
      code: '<?php\nuse phpseclib3\\Crypt\\RSA;\n\n$private = RSA::createKey(4096);\n',
    },
    {
      name: 'a 2048-bit RSA key',
      path: 'lib/keys.rb',
      code: 'key = OpenSSL::PKey::RSA.new(2048)\n',
    },
    {
      name: 'RSA.new parsing a PEM file',
      path: 'lib/keys.rb',
      code: "key = OpenSSL::PKey::RSA.new(File.read('key.pem'))\n",
    },
    {
      name: 'an EC key on prime256v1',
      path: 'lib/ec.rb',
      code: "key = OpenSSL::PKey::EC.generate('prime256v1')\n",
    },
    {
      name: 'a key size from the environment',
      path: 'lib/keys.rb',
      code: "key = OpenSSL::PKey::RSA.new(ENV.fetch('KEY_BITS').to_i)\n",
    },
    {
      name: 'openssl genrsa with 4096 bits and three primes',
      path: 'scripts/keys.sh',
      code: 'openssl genrsa -primes 3 -out key.pem 4096\n',
    },
    {
      name: 'ssh-keygen Ed25519 and ECDSA keys',
      path: 'scripts/ssh.sh',
      code: "ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 -N ''\nssh-keygen -t ecdsa -b 256 -f ~/.ssh/id_ecdsa -N ''\n",
    },
    {
      name: 'a command quoted in an echo and a comment',
      path: 'scripts/help.sh',
      code: '# openssl genrsa 1024 is too weak\necho "never run: openssl genrsa 1024"\n',
    },
    {
      name: 'openssl rand is not a key size',
      path: 'scripts/secret.sh',
      code: 'openssl rand -hex 1024 > secret.txt\n',
    },
    {
      name: 'a tls_private_key with 4096 RSA bits and a P384 key',
      path: 'infra/certs.tf',
      code: 'resource "tls_private_key" "ca" {\n  algorithm = "RSA"\n  rsa_bits  = 4096\n}\n\nresource "tls_private_key" "signing" {\n  algorithm   = "ECDSA"\n  ecdsa_curve = "P384"\n}\n',
    },
    {
      name: 'rsa_bits outside a tls_private_key resource',
      path: 'infra/module.tf',
      code: 'variable "rsa_bits" {\n  default = 1024\n}\n\nlocals {\n  rsa_bits = 1024\n}\n',
    },
    {
      name: 'a 2048-bit cert-manager key and an Ed25519 key',
      path: 'k8s/certificate.yaml',
      code: 'kind: Certificate\nspec:\n  privateKey:\n    algorithm: RSA\n    size: 2048\n---\nkind: Certificate\nspec:\n  privateKey:\n    algorithm: Ed25519\n',
    },
    {
      name: 'a privateKey size in another kind of resource',
      path: 'k8s/other.yaml',
      code: 'kind: ConfigMap\ndata:\n  spec: x\nspec:\n  privateKey:\n    size: 512\n',
    },
    {
      name: 'RUN openssl genrsa with 4096 bits',
      path: 'Dockerfile',
      code: 'FROM alpine:3.20\nRUN openssl genrsa -out /etc/ssl/private/app.key 4096\n',
    },
    {
      name: 'a commented-out RUN line',
      path: 'Dockerfile',
      code: 'FROM alpine:3.20\n# RUN openssl genrsa -out /k.pem 1024\n',
    },
  ],
};

describeRule(table);
