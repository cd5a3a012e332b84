/**
 * crypto/weak-cipher: DES, Triple DES, RC2, RC4, Blowfish, IDEA and CAST5 in every language's
 * cipher, key-generation and key-specification APIs, with the safe look-alikes beside them (AEAD
 * ciphers, TLS cipher-suite strings, names that reach no cipher API, comments, identifiers that
 * merely contain "des"). Each finding's trailing comment shows the text it flags.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { weakCipher } from './weak-cipher';

const DES =
  'DES is a legacy cipher: its 56-bit key is small enough to search exhaustively. MoJ guidance expects adequate, proportionate cryptography (Cryptography: The base principles) and algorithms upgraded as practice moves on (Maintained by Default); NCSC and industry consider DES weak. Use AES-GCM or ChaCha20-Poly1305.';
const TRIPLE_DES =
  'Triple DES is a legacy cipher: its 64-bit block lets an attacker recover plaintext from large volumes of data encrypted under one key (Sweet32), and NIST disallowed it for encryption after 2023. MoJ guidance expects adequate, proportionate cryptography (Cryptography: The base principles) and algorithms upgraded as practice moves on (Maintained by Default); NCSC and industry consider Triple DES weak. Use AES-GCM or ChaCha20-Poly1305.';
const RC2 =
  'RC2 is a legacy cipher: its key schedule is weak, it is often used with 40-bit keys, and its 64-bit block is open to birthday attacks. MoJ guidance expects adequate, proportionate cryptography (Cryptography: The base principles) and algorithms upgraded as practice moves on (Maintained by Default); NCSC and industry consider RC2 weak. Use AES-GCM or ChaCha20-Poly1305.';
const RC4 =
  'RC4 is a legacy cipher: its keystream has statistical biases that leak plaintext. MoJ guidance expects adequate, proportionate cryptography (Cryptography: The base principles) and algorithms upgraded as practice moves on (Maintained by Default); NCSC and industry consider RC4 weak. Use AES-GCM or ChaCha20-Poly1305.';
const BLOWFISH =
  'Blowfish is a legacy cipher: its 64-bit block lets an attacker recover plaintext from large volumes of data encrypted under one key (Sweet32). MoJ guidance expects adequate, proportionate cryptography (Cryptography: The base principles) and algorithms upgraded as practice moves on (Maintained by Default); NCSC and industry consider Blowfish weak. Use AES-GCM or ChaCha20-Poly1305.';
const IDEA =
  'IDEA is a legacy cipher: its 64-bit block lets an attacker recover plaintext from large volumes of data encrypted under one key (Sweet32). MoJ guidance expects adequate, proportionate cryptography (Cryptography: The base principles) and algorithms upgraded as practice moves on (Maintained by Default); NCSC and industry consider IDEA weak. Use AES-GCM or ChaCha20-Poly1305.';
const CAST5 =
  'CAST5 is a legacy cipher: its 64-bit block lets an attacker recover plaintext from large volumes of data encrypted under one key (Sweet32). MoJ guidance expects adequate, proportionate cryptography (Cryptography: The base principles) and algorithms upgraded as practice moves on (Maintained by Default); NCSC and industry consider CAST5 weak. Use AES-GCM or ChaCha20-Poly1305.';
const SEALED_RC4 = `openssl_seal() without a cipher argument uses RC4 on PHP 7 and earlier. ${RC4}`;

export const table: RuleTable = {
  rule: weakCipher,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'createCipheriv with Triple DES through require',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);\n",
      findings: [
        { line: 2, column: 38, endColumn: 52, message: TRIPLE_DES, fix: { title: 'Use AES-GCM instead of Triple DES', output: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, iv);\n" } }, // "'des-ede3-cbc'"
      ],
    },
    {
      name: 'createDecipheriv through a namespace import of node:crypto',
      path: 'src/decrypt.ts',
      code: "import * as crypto from 'node:crypto';\nexport const decipher = crypto.createDecipheriv('des-cbc', key, iv);\n",
      findings: [
        { line: 2, column: 49, endColumn: 58, message: DES, fix: { title: 'Use AES-GCM instead of DES', output: "import * as crypto from 'node:crypto';\nexport const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);\n" } }, // "'des-cbc'"
      ],
    },
    {
      name: 'destructured import of createCipheriv with Blowfish',
      path: 'src/encrypt.mjs',
      code: "import { createCipheriv } from 'crypto';\nconst cipher = createCipheriv('bf-cbc', key, iv);\n",
      findings: [
        { line: 2, column: 31, endColumn: 39, message: BLOWFISH, fix: { title: 'Use AES-GCM instead of Blowfish', output: "import { createCipheriv } from 'crypto';\nconst cipher = createCipheriv('aes-256-gcm', key, iv);\n" } }, // "'bf-cbc'"
      ],
    },
    {
      name: 'upper-case name keeps its case in the fix',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\ncrypto.createCipheriv('DES-EDE3-CBC', key, iv);\n",
      findings: [
        { line: 2, column: 23, endColumn: 37, message: TRIPLE_DES, fix: { title: 'Use AES-GCM instead of Triple DES', output: "const crypto = require('crypto');\ncrypto.createCipheriv('AES-256-GCM', key, iv);\n" } }, // "'DES-EDE3-CBC'"
      ],
    },
    {
      name: 'algorithm held in a constant gets no fix: the constant may be shared',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst ALGORITHM = 'des-ede3-cbc';\ncrypto.createCipheriv(ALGORITHM, key, iv);\n",
      findings: [
        { line: 3, column: 23, endColumn: 32, message: TRIPLE_DES, fix: null }, // "ALGORITHM"
      ],
    },
    {
      name: 'algorithm built from constants in a template string',
      path: 'src/encrypt.ts',
      code: "import crypto from 'node:crypto';\nconst mode = 'cbc';\nexport const cipher = crypto.createCipheriv(`des-ede3-${mode}`, key, iv);\n",
      findings: [
        { line: 3, column: 45, endColumn: 63, message: TRIPLE_DES, fix: null }, // "`des-ede3-${mode}`"
      ],
    },
    {
      name: 'legacy createCipher with RC4 gets no fix: it derives the key from a password',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipher('rc4', password);\n",
      findings: [
        { line: 2, column: 36, endColumn: 41, message: RC4, fix: null }, // "'rc4'"
      ],
    },
    {
      name: 'require used inline with RC2',
      path: 'src/encrypt.js',
      code: "const cipher = require('crypto').createCipheriv('rc2-cbc', key, iv);\n",
      findings: [
        { line: 1, column: 49, endColumn: 58, message: RC2, fix: { title: 'Use AES-GCM instead of RC2', output: "const cipher = require('crypto').createCipheriv('aes-256-gcm', key, iv);\n" } }, // "'rc2-cbc'"
      ],
    },
    {
      name: 'IDEA in a TSX component',
      path: 'src/Encrypt.tsx',
      code: "import { createCipheriv } from 'crypto';\nexport const Secret = ({ text }: { text: string }) => <p>{createCipheriv('idea-cbc', key, iv).update(text, 'utf8', 'hex')}</p>;\n",
      findings: [
        { line: 2, column: 74, endColumn: 84, message: IDEA, fix: { title: 'Use AES-GCM instead of IDEA', output: "import { createCipheriv } from 'crypto';\nexport const Secret = ({ text }: { text: string }) => <p>{createCipheriv('aes-256-gcm', key, iv).update(text, 'utf8', 'hex')}</p>;\n" } }, // "'idea-cbc'"
      ],
    },
    {
      name: 'CAST5 is reported at medium severity',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\ncrypto.createCipheriv('cast5-cbc', key, iv);\n",
      findings: [
        { line: 2, column: 23, endColumn: 34, message: CAST5, severity: 'medium', fix: { title: 'Use AES-GCM instead of CAST5', output: "const crypto = require('crypto');\ncrypto.createCipheriv('aes-256-gcm', key, iv);\n" } }, // "'cast5-cbc'"
      ],
    },
    {
      name: 'crypto-js Triple DES',
      path: 'src/encrypt.js',
      code: "import CryptoJS from 'crypto-js';\nconst ciphertext = CryptoJS.TripleDES.encrypt(message, passphrase).toString();\n",
      findings: [
        { line: 2, column: 20, endColumn: 46, message: TRIPLE_DES, fix: null }, // "CryptoJS.TripleDES.encrypt"
      ],
    },
    {
      name: 'crypto-js global RC4 decryption in a browser script',
      path: 'public/decrypt.js',
      code: "const plaintext = CryptoJS.RC4.decrypt(ciphertext, passphrase).toString(CryptoJS.enc.Utf8);\n",
      findings: [
        { line: 1, column: 19, endColumn: 39, message: RC4, fix: null }, // "CryptoJS.RC4.decrypt"
      ],
    },
    {
      name: 'crypto-js DES through its per-algorithm module',
      path: 'src/encrypt.js',
      code: "const TripleDES = require('crypto-js/tripledes');\nconst ciphertext = TripleDES.encrypt(message, passphrase);\n",
      findings: [
        { line: 2, column: 20, endColumn: 37, message: TRIPLE_DES, fix: null }, // "TripleDES.encrypt"
      ],
    },
    {
      name: 'crypto-js progressive RC4Drop encryptor',
      path: 'src/encrypt.js',
      code: "import CryptoJS from 'crypto-js';\nconst encryptor = CryptoJS.algo.RC4Drop.createEncryptor(key, { drop: 768 });\n",
      findings: [
        { line: 2, column: 19, endColumn: 56, message: RC4, fix: null }, // "CryptoJS.algo.RC4Drop.createEncryptor"
      ],
    },
    {
      name: 'node-forge Triple DES by name',
      path: 'src/encrypt.js',
      code: "const forge = require('node-forge');\nconst cipher = forge.cipher.createCipher('3DES-CBC', key);\n",
      findings: [
        { line: 2, column: 42, endColumn: 52, message: TRIPLE_DES, fix: { title: 'Use AES-GCM instead of Triple DES', output: "const forge = require('node-forge');\nconst cipher = forge.cipher.createCipher('AES-GCM', key);\n" } }, // "'3DES-CBC'"
      ],
    },
    {
      name: 'node-forge legacy RC2 API',
      path: 'src/encrypt.js',
      code: "import forge from 'node-forge';\nconst cipher = forge.rc2.createEncryptionCipher(key, 128);\n",
      findings: [
        { line: 2, column: 16, endColumn: 48, message: RC2, fix: null }, // "forge.rc2.createEncryptionCipher"
      ],
    },
    // Python
    {
      name: 'PyCryptodome DES',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import DES\ncipher = DES.new(key, DES.MODE_CBC, iv)\n",
      findings: [
        { line: 2, column: 10, endColumn: 17, message: DES, fix: null }, // "DES.new"
      ],
    },
    {
      name: 'Cryptodome namespace Triple DES',
      path: 'app/crypto.py',
      code: "from Cryptodome.Cipher import DES3\ncipher = DES3.new(key, DES3.MODE_EAX)\n",
      findings: [
        { line: 2, column: 10, endColumn: 18, message: TRIPLE_DES, fix: null }, // "DES3.new"
      ],
    },
    {
      name: 'aliased ARC4 import',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import ARC4 as StreamCipher\ncipher = StreamCipher.new(key)\n",
      findings: [
        { line: 2, column: 10, endColumn: 26, message: RC4, fix: null }, // "StreamCipher.new"
      ],
    },
    {
      name: 'module import of Blowfish',
      path: 'app/crypto.py',
      code: "import Crypto.Cipher.Blowfish\ncipher = Crypto.Cipher.Blowfish.new(key, Crypto.Cipher.Blowfish.MODE_CBC, iv)\n",
      findings: [
        { line: 2, column: 10, endColumn: 36, message: BLOWFISH, fix: null }, // "Crypto.Cipher.Blowfish.new"
      ],
    },
    {
      name: 'PyCryptodome ARC2 with keyword arguments',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import ARC2\ncipher = ARC2.new(key=key, mode=ARC2.MODE_CFB, iv=iv, effective_keylen=40)\n",
      findings: [
        { line: 2, column: 10, endColumn: 18, message: RC2, fix: null }, // "ARC2.new"
      ],
    },
    {
      name: 'cryptography TripleDES algorithm',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ncipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))\n",
      findings: [
        { line: 2, column: 17, endColumn: 37, message: TRIPLE_DES, fix: null }, // "algorithms.TripleDES"
      ],
    },
    {
      name: 'cryptography decrepit Blowfish imported by name',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.decrepit.ciphers.algorithms import Blowfish\nfrom cryptography.hazmat.primitives.ciphers import Cipher, modes\ncipher = Cipher(Blowfish(key), modes.CBC(iv))\n",
      findings: [
        { line: 3, column: 17, endColumn: 25, message: BLOWFISH, fix: null }, // "Blowfish"
      ],
    },
    {
      name: 'cryptography ARC4 stream cipher',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms\nencryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()\n",
      findings: [
        { line: 2, column: 20, endColumn: 35, message: RC4, fix: null }, // "algorithms.ARC4"
      ],
    },
    {
      name: 'cryptography IDEA',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ncipher = Cipher(algorithms.IDEA(key), modes.CBC(iv))\n",
      findings: [
        { line: 2, column: 17, endColumn: 32, message: IDEA, fix: null }, // "algorithms.IDEA"
      ],
    },
    {
      name: 'cryptography CAST5 is reported at medium severity',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ncipher = Cipher(algorithms.CAST5(key), modes.CBC(iv))\n",
      findings: [
        { line: 2, column: 17, endColumn: 33, message: CAST5, severity: 'medium', fix: null }, // "algorithms.CAST5"
      ],
    },
    {
      name: 'pyDes Triple DES',
      path: 'app/crypto.py',
      code: "import pyDes\ncipher = pyDes.triple_des(key, pyDes.CBC, iv, padmode=pyDes.PAD_PKCS5)\n",
      findings: [
        { line: 2, column: 10, endColumn: 26, message: TRIPLE_DES, fix: null }, // "pyDes.triple_des"
      ],
    },
    {
      name: 'pyDes DES imported by name',
      path: 'app/crypto.py',
      code: "from pyDes import des, CBC\ncipher = des(key, CBC, iv)\n",
      findings: [
        { line: 2, column: 10, endColumn: 13, message: DES, fix: null }, // "des"
      ],
    },
    {
      name: 'M2Crypto names OpenSSL ciphers with underscores',
      path: 'app/crypto.py',
      code: "from M2Crypto import EVP\ncipher = EVP.Cipher(alg='des_ede3_cbc', key=key, iv=iv, op=1)\n",
      findings: [
        { line: 2, column: 25, endColumn: 39, message: TRIPLE_DES, fix: null }, // "'des_ede3_cbc'"
      ],
    },
    {
      name: 'PyCryptodome CAST',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import CAST\ncipher = CAST.new(key, CAST.MODE_OPENPGP)\n",
      findings: [
        { line: 2, column: 10, endColumn: 18, message: CAST5, severity: 'medium', fix: null }, // "CAST.new"
      ],
    },
    // Java
    {
      name: 'Cipher.getInstance with DES in CBC mode',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"DES/CBC/PKCS5Padding\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 53, message: DES, fix: { title: 'Use AES-GCM instead of DES', output: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"DES/CBC/PKCS5Padding\""
      ],
    },
    {
      name: 'DESede transformation',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"DESede/CBC/PKCS5Padding\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 56, message: TRIPLE_DES, fix: { title: 'Use AES-GCM instead of Triple DES', output: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"DESede/CBC/PKCS5Padding\""
      ],
    },
    {
      name: 'bare algorithm name with a provider',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"Blowfish\", \"BC\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 41, message: BLOWFISH, fix: { title: 'Use AES-GCM instead of Blowfish', output: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/GCM/NoPadding\", \"BC\");\n  }\n}\n" } }, // "\"Blowfish\""
      ],
    },
    {
      name: 'ARCFOUR is RC4',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.*;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"ARCFOUR\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 40, message: RC4, fix: { title: 'Use AES-GCM instead of RC4', output: "import javax.crypto.*;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"ARCFOUR\""
      ],
    },
    {
      name: 'fully qualified Cipher with RC2',
      path: 'src/main/java/Crypto.java',
      code: "class Crypto {\n  javax.crypto.Cipher cipher() throws Exception {\n    return javax.crypto.Cipher.getInstance(\"RC2/CBC/PKCS5Padding\");\n  }\n}\n",
      findings: [
        { line: 3, column: 44, endColumn: 66, message: RC2, fix: { title: 'Use AES-GCM instead of RC2', output: "class Crypto {\n  javax.crypto.Cipher cipher() throws Exception {\n    return javax.crypto.Cipher.getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"RC2/CBC/PKCS5Padding\""
      ],
    },
    {
      name: 'static import of getInstance',
      path: 'src/main/java/Crypto.java',
      code: "import static javax.crypto.Cipher.getInstance;\nclass Crypto {\n  Object cipher() throws Exception {\n    return getInstance(\"IDEA/CBC/PKCS5Padding\");\n  }\n}\n",
      findings: [
        { line: 4, column: 24, endColumn: 47, message: IDEA, fix: { title: 'Use AES-GCM instead of IDEA', output: "import static javax.crypto.Cipher.getInstance;\nclass Crypto {\n  Object cipher() throws Exception {\n    return getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"IDEA/CBC/PKCS5Padding\""
      ],
    },
    {
      name: 'transformation held in a constant gets no fix',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  private static final String TRANSFORMATION = \"DESede/CBC/PKCS5Padding\";\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(TRANSFORMATION);\n  }\n}\n",
      findings: [
        { line: 5, column: 31, endColumn: 45, message: TRIPLE_DES, fix: null }, // "TRANSFORMATION"
      ],
    },
    {
      name: 'transformation built by concatenation gets no fix',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  private static final String MODE = \"/CBC/PKCS5Padding\";\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"DESede\" + MODE);\n  }\n}\n",
      findings: [
        { line: 5, column: 31, endColumn: 46, message: TRIPLE_DES, fix: null }, // "\"DESede\" + MODE"
      ],
    },
    {
      name: 'getProperty default used when no properties file sets the key',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nimport java.util.Properties;\nclass Crypto {\n  Cipher cipher(Properties props) throws Exception {\n    return Cipher.getInstance(props.getProperty(\"cipher\", \"DES\"));\n  }\n}\n",
      findings: [
        { line: 5, column: 31, endColumn: 65, message: DES, fix: null }, // "props.getProperty(\"cipher\", \"DES\")"
      ],
    },
    {
      name: 'weak cipher set in a properties file',
      path: 'src/main/java/Crypto.java',
      project: [{ path: 'src/main/resources/application.properties', text: "cipher=DESede/CBC/PKCS5Padding\n" }],
      code: "import javax.crypto.Cipher;\nimport java.util.Properties;\nclass Crypto {\n  Cipher cipher(Properties props) throws Exception {\n    return Cipher.getInstance(props.getProperty(\"cipher\", \"AES/GCM/NoPadding\"));\n  }\n}\n",
      findings: [
        { line: 5, column: 31, endColumn: 79, message: TRIPLE_DES, fix: null }, // "props.getProperty(\"cipher\", \"AES/GCM/NoPadding\")"
      ],
    },
    {
      name: 'KeyGenerator for Triple DES keys',
      path: 'src/main/java/Keys.java',
      code: "import javax.crypto.KeyGenerator;\nclass Keys {\n  KeyGenerator generator() throws Exception {\n    return KeyGenerator.getInstance(\"DESede\");\n  }\n}\n",
      findings: [
        { line: 4, column: 37, endColumn: 45, message: TRIPLE_DES, fix: { title: 'Use AES instead of Triple DES', output: "import javax.crypto.KeyGenerator;\nclass Keys {\n  KeyGenerator generator() throws Exception {\n    return KeyGenerator.getInstance(\"AES\");\n  }\n}\n" } }, // "\"DESede\""
      ],
    },
    {
      name: 'SecretKeyFactory has no AES counterpart to rename to',
      path: 'src/main/java/Keys.java',
      code: "import javax.crypto.SecretKeyFactory;\nclass Keys {\n  SecretKeyFactory factory() throws Exception {\n    return SecretKeyFactory.getInstance(\"DES\");\n  }\n}\n",
      findings: [
        { line: 4, column: 41, endColumn: 46, message: DES, fix: null }, // "\"DES\""
      ],
    },
    {
      name: 'DESKeySpec constructor',
      path: 'src/main/java/Keys.java',
      code: "import javax.crypto.spec.DESKeySpec;\nclass Keys {\n  DESKeySpec spec(byte[] key) throws Exception {\n    return new DESKeySpec(key);\n  }\n}\n",
      findings: [
        { line: 4, column: 16, endColumn: 26, message: DES, fix: null }, // "DESKeySpec"
      ],
    },
    {
      name: 'DESedeKeySpec constructor',
      path: 'src/main/java/Keys.java',
      code: "import javax.crypto.spec.DESedeKeySpec;\nclass Keys {\n  Object spec(byte[] key) throws Exception {\n    return new DESedeKeySpec(key);\n  }\n}\n",
      findings: [
        { line: 4, column: 16, endColumn: 29, message: TRIPLE_DES, fix: null }, // "DESedeKeySpec"
      ],
    },
    {
      name: 'SecretKeySpec naming Triple DES',
      path: 'src/main/java/Keys.java',
      code: "import javax.crypto.spec.SecretKeySpec;\nclass Keys {\n  SecretKeySpec spec(byte[] key) {\n    return new SecretKeySpec(key, \"DESede\");\n  }\n}\n",
      findings: [
        { line: 4, column: 35, endColumn: 43, message: TRIPLE_DES, fix: { title: 'Use AES instead of Triple DES', output: "import javax.crypto.spec.SecretKeySpec;\nclass Keys {\n  SecretKeySpec spec(byte[] key) {\n    return new SecretKeySpec(key, \"AES\");\n  }\n}\n" } }, // "\"DESede\""
      ],
    },
    {
      name: 'SecretKeySpec over part of an array naming Blowfish',
      path: 'src/main/java/Keys.java',
      code: "import javax.crypto.spec.SecretKeySpec;\nclass Keys {\n  SecretKeySpec spec(byte[] material) {\n    return new SecretKeySpec(material, 0, 16, \"Blowfish\");\n  }\n}\n",
      findings: [
        { line: 4, column: 47, endColumn: 57, message: BLOWFISH, fix: { title: 'Use AES instead of Blowfish', output: "import javax.crypto.spec.SecretKeySpec;\nclass Keys {\n  SecretKeySpec spec(byte[] material) {\n    return new SecretKeySpec(material, 0, 16, \"AES\");\n  }\n}\n" } }, // "\"Blowfish\""
      ],
    },
    {
      name: 'password-based encryption with MD5 and DES',
      path: 'src/main/java/Keys.java',
      code: "import javax.crypto.Cipher;\nclass Keys {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"PBEWithMD5AndDES\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 49, message: DES, fix: null }, // "\"PBEWithMD5AndDES\""
      ],
    },
    {
      name: 'BouncyCastle password-based Triple DES',
      path: 'src/main/java/Keys.java',
      code: "import javax.crypto.SecretKeyFactory;\nclass Keys {\n  SecretKeyFactory factory() throws Exception {\n    return SecretKeyFactory.getInstance(\"PBEWITHSHAAND3-KEYTRIPLEDES-CBC\", \"BC\");\n  }\n}\n",
      findings: [
        { line: 4, column: 41, endColumn: 74, message: TRIPLE_DES, fix: null }, // "\"PBEWITHSHAAND3-KEYTRIPLEDES-CBC\""
      ],
    },
    {
      name: 'BouncyCastle Triple DES engine',
      path: 'src/main/java/Crypto.java',
      code: "import org.bouncycastle.crypto.engines.DESedeEngine;\nimport org.bouncycastle.crypto.modes.CBCBlockCipher;\nclass Crypto {\n  Object cipher() {\n    return new CBCBlockCipher(new DESedeEngine());\n  }\n}\n",
      findings: [
        { line: 5, column: 35, endColumn: 47, message: TRIPLE_DES, fix: null }, // "DESedeEngine"
      ],
    },
    {
      name: 'BouncyCastle Blowfish and RC4 engines',
      path: 'src/main/java/Crypto.java',
      code: "import org.bouncycastle.crypto.engines.*;\nclass Crypto {\n  Object[] engines() {\n    return new Object[] { new BlowfishEngine(), new RC4Engine() };\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 45, message: BLOWFISH, fix: null }, // "BlowfishEngine"
        { line: 4, column: 53, endColumn: 62, message: RC4, fix: null }, // "RC4Engine"
      ],
    },
    // C#
    {
      name: 'DES.Create',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => DES.Create();\n}\n",
      findings: [
        { line: 3, column: 34, endColumn: 44, message: DES, fix: null }, // "DES.Create"
      ],
    },
    {
      name: 'TripleDES.Create in a using declaration',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  byte[] Encrypt(byte[] data) {\n    using var tdes = TripleDES.Create();\n    return tdes.EncryptCbc(data, iv);\n  }\n}\n",
      findings: [
        { line: 4, column: 22, endColumn: 38, message: TRIPLE_DES, fix: null }, // "TripleDES.Create"
      ],
    },
    {
      name: 'RC2.Create',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => RC2.Create();\n}\n",
      findings: [
        { line: 3, column: 34, endColumn: 44, message: RC2, fix: null }, // "RC2.Create"
      ],
    },
    {
      name: 'DESCryptoServiceProvider',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => new DESCryptoServiceProvider();\n}\n",
      findings: [
        { line: 3, column: 38, endColumn: 62, message: DES, fix: null }, // "DESCryptoServiceProvider"
      ],
    },
    {
      name: 'TripleDESCryptoServiceProvider with an object initialiser',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => new TripleDESCryptoServiceProvider { Padding = PaddingMode.PKCS7 };\n}\n",
      findings: [
        { line: 3, column: 38, endColumn: 68, message: TRIPLE_DES, fix: null }, // "TripleDESCryptoServiceProvider"
      ],
    },
    {
      name: 'fully qualified RC2CryptoServiceProvider',
      path: 'src/Crypto.cs',
      code: "class Crypto {\n  object Cipher() => new System.Security.Cryptography.RC2CryptoServiceProvider();\n}\n",
      findings: [
        { line: 2, column: 26, endColumn: 79, message: RC2, fix: null }, // "System.Security.Cryptography.RC2CryptoServiceProvider"
      ],
    },
    {
      name: 'SymmetricAlgorithm.Create by name',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => SymmetricAlgorithm.Create(\"TripleDES\");\n}\n",
      findings: [
        { line: 3, column: 60, endColumn: 71, message: TRIPLE_DES, fix: { title: 'Use AES instead of Triple DES', output: "using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => SymmetricAlgorithm.Create(\"AES\");\n}\n" } }, // "\"TripleDES\""
      ],
    },
    {
      name: 'CryptoConfig with a class name',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  object Cipher() => CryptoConfig.CreateFromName(\"System.Security.Cryptography.DESCryptoServiceProvider\");\n}\n",
      findings: [
        { line: 3, column: 50, endColumn: 105, message: DES, fix: { title: 'Use AES instead of DES', output: "using System.Security.Cryptography;\nclass Crypto {\n  object Cipher() => CryptoConfig.CreateFromName(\"AES\");\n}\n" } }, // "\"System.Security.Cryptography.DESCryptoServiceProvider\""
      ],
    },
    {
      name: 'BouncyCastle GetCipher with Triple DES',
      path: 'src/Crypto.cs',
      code: "using Org.BouncyCastle.Security;\nclass Crypto {\n  object Cipher() => CipherUtilities.GetCipher(\"DESede/CBC/PKCS7Padding\");\n}\n",
      findings: [
        { line: 3, column: 48, endColumn: 73, message: TRIPLE_DES, fix: { title: 'Use AES-GCM instead of Triple DES', output: "using Org.BouncyCastle.Security;\nclass Crypto {\n  object Cipher() => CipherUtilities.GetCipher(\"AES/GCM/NoPadding\");\n}\n" } }, // "\"DESede/CBC/PKCS7Padding\""
      ],
    },
    {
      name: 'BouncyCastle DesEdeEngine',
      path: 'src/Crypto.cs',
      code: "using Org.BouncyCastle.Crypto.Engines;\nusing Org.BouncyCastle.Crypto.Modes;\nclass Crypto {\n  object Cipher() => new CbcBlockCipher(new DesEdeEngine());\n}\n",
      findings: [
        { line: 4, column: 45, endColumn: 57, message: TRIPLE_DES, fix: null }, // "DesEdeEngine"
      ],
    },
    // Go
    {
      name: 'des.NewCipher',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"crypto/des\"\n\nfunc Block(key []byte) {\n\tblock, _ := des.NewCipher(key)\n\t_ = block\n}\n",
      findings: [
        { line: 6, column: 14, endColumn: 27, message: DES, fix: null }, // "des.NewCipher"
      ],
    },
    {
      name: 'des.NewTripleDESCipher',
      path: 'crypto.go',
      code: "package crypto\n\nimport (\n\t\"crypto/cipher\"\n\t\"crypto/des\"\n)\n\nfunc Encrypter(key, iv []byte) (cipher.BlockMode, error) {\n\tblock, err := des.NewTripleDESCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn cipher.NewCBCEncrypter(block, iv), nil\n}\n",
      findings: [
        { line: 9, column: 16, endColumn: 38, message: TRIPLE_DES, fix: null }, // "des.NewTripleDESCipher"
      ],
    },
    {
      name: 'rc4.NewCipher',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"crypto/rc4\"\n\nfunc Stream(key []byte) *rc4.Cipher {\n\tc, _ := rc4.NewCipher(key)\n\treturn c\n}\n",
      findings: [
        { line: 6, column: 10, endColumn: 23, message: RC4, fix: null }, // "rc4.NewCipher"
      ],
    },
    {
      name: 'x/crypto Blowfish',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"golang.org/x/crypto/blowfish\"\n\nfunc Block(key []byte) (*blowfish.Cipher, error) {\n\treturn blowfish.NewCipher(key)\n}\n",
      findings: [
        { line: 6, column: 9, endColumn: 27, message: BLOWFISH, fix: null }, // "blowfish.NewCipher"
      ],
    },
    {
      name: 'x/crypto salted Blowfish',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"golang.org/x/crypto/blowfish\"\n\nfunc Block(key, salt []byte) (*blowfish.Cipher, error) {\n\treturn blowfish.NewSaltedCipher(key, salt)\n}\n",
      findings: [
        { line: 6, column: 9, endColumn: 33, message: BLOWFISH, fix: null }, // "blowfish.NewSaltedCipher"
      ],
    },
    {
      name: 'aliased import of crypto/des',
      path: 'crypto.go',
      code: "package crypto\n\nimport legacy \"crypto/des\"\n\nfunc Block(key []byte) {\n\tblock, _ := legacy.NewCipher(key)\n\t_ = block\n}\n",
      findings: [
        { line: 6, column: 14, endColumn: 30, message: DES, fix: null }, // "legacy.NewCipher"
      ],
    },
    {
      name: 'x/crypto CAST5 is reported at medium severity',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"golang.org/x/crypto/cast5\"\n\nfunc Block(key []byte) (*cast5.Cipher, error) {\n\treturn cast5.NewCipher(key)\n}\n",
      findings: [
        { line: 6, column: 9, endColumn: 24, message: CAST5, severity: 'medium', fix: null }, // "cast5.NewCipher"
      ],
    },
    // PHP
    {
      name: 'openssl_encrypt with Triple DES',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($data, 'des-ede3-cbc', $key, OPENSSL_RAW_DATA, $iv);\n",
      findings: [
        { line: 2, column: 38, endColumn: 52, message: TRIPLE_DES, fix: { title: 'Use AES-GCM instead of Triple DES', output: "<?php\n$ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv);\n" } }, // "'des-ede3-cbc'"
      ],
    },
    {
      name: 'openssl_decrypt with Blowfish',
      path: 'src/crypto.php',
      code: "<?php\n$plaintext = openssl_decrypt($ciphertext, 'bf-cbc', $key, OPENSSL_RAW_DATA, $iv);\n",
      findings: [
        { line: 2, column: 43, endColumn: 51, message: BLOWFISH, fix: { title: 'Use AES-GCM instead of Blowfish', output: "<?php\n$plaintext = openssl_decrypt($ciphertext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv);\n" } }, // "'bf-cbc'"
      ],
    },
    {
      name: 'named cipher_algo argument with RC4',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt(data: $data, cipher_algo: 'rc4', passphrase: $key);\n",
      findings: [
        { line: 2, column: 57, endColumn: 62, message: RC4, fix: { title: 'Use AES-GCM instead of RC4', output: "<?php\n$ciphertext = openssl_encrypt(data: $data, cipher_algo: 'aes-256-gcm', passphrase: $key);\n" } }, // "'rc4'"
      ],
    },
    {
      name: 'upper-case name keeps its case in the fix',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($data, 'DES-EDE3-CBC', $key, 0, $iv);\n",
      findings: [
        { line: 2, column: 38, endColumn: 52, message: TRIPLE_DES, fix: { title: 'Use AES-GCM instead of Triple DES', output: "<?php\n$ciphertext = openssl_encrypt($data, 'AES-256-GCM', $key, 0, $iv);\n" } }, // "'DES-EDE3-CBC'"
      ],
    },
    {
      name: 'cipher held in a class constant gets no fix',
      path: 'src/Crypto.php',
      code: "<?php\nclass Crypto {\n    const CIPHER = 'des-cbc';\n    public function encrypt($data, $key, $iv) {\n        return openssl_encrypt($data, self::CIPHER, $key, 0, $iv);\n    }\n}\n",
      findings: [
        { line: 5, column: 39, endColumn: 51, message: DES, fix: null }, // "self::CIPHER"
      ],
    },
    {
      name: 'mcrypt with the Triple DES constant',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = mcrypt_encrypt(MCRYPT_3DES, $key, $data, MCRYPT_MODE_CBC, $iv);\n",
      findings: [
        { line: 2, column: 30, endColumn: 41, message: TRIPLE_DES, fix: null }, // "MCRYPT_3DES"
      ],
    },
    {
      name: 'mcrypt module opened by cipher name',
      path: 'src/crypto.php',
      code: "<?php\n$module = mcrypt_module_open('tripledes', '', 'cbc', '');\n",
      findings: [
        { line: 2, column: 30, endColumn: 41, message: TRIPLE_DES, fix: null }, // "'tripledes'"
      ],
    },
    {
      name: 'phpseclib 3 Triple DES through a use statement',
      path: 'src/crypto.php',
      code: "<?php\nuse phpseclib3\\Crypt\\TripleDES;\n$cipher = new TripleDES('cbc');\n",
      findings: [
        { line: 3, column: 15, endColumn: 24, message: TRIPLE_DES, fix: null }, // "TripleDES"
      ],
    },
    {
      name: 'phpseclib 1 DES class',
      path: 'src/crypto.php',
      code: "<?php\n$cipher = new Crypt_DES();\n",
      findings: [
        { line: 2, column: 15, endColumn: 24, message: DES, fix: null }, // "Crypt_DES"
      ],
    },
    {
      name: 'openssl_seal without a cipher defaults to RC4 on PHP 7',
      path: 'src/crypto.php',
      code: "<?php\nopenssl_seal($data, $sealed, $envelopeKeys, [$publicKey]);\n",
      findings: [
        { line: 2, column: 1, endColumn: 13, message: SEALED_RC4, confidence: 'medium', fix: null }, // "openssl_seal"
      ],
    },
    {
      name: 'openssl_seal with Triple DES',
      path: 'src/crypto.php',
      code: "<?php\nopenssl_seal($data, $sealed, $envelopeKeys, [$publicKey], 'des-ede3-cbc', $iv);\n",
      findings: [
        { line: 2, column: 59, endColumn: 73, message: TRIPLE_DES, fix: null }, // "'des-ede3-cbc'"
      ],
    },
    // Ruby
    {
      name: 'OpenSSL::Cipher with Triple DES',
      path: 'lib/crypto.rb',
      code: "require 'openssl'\ncipher = OpenSSL::Cipher.new('des-ede3-cbc')\n",
      findings: [
        { line: 2, column: 30, endColumn: 44, message: TRIPLE_DES, fix: { title: 'Use AES-GCM instead of Triple DES', output: "require 'openssl'\ncipher = OpenSSL::Cipher.new('aes-256-gcm')\n" } }, // "'des-ede3-cbc'"
      ],
    },
    {
      name: 'upper-case DES name keeps its case in the fix',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher.new('DES-CBC')\n",
      findings: [
        { line: 1, column: 30, endColumn: 39, message: DES, fix: { title: 'Use AES-GCM instead of DES', output: "cipher = OpenSSL::Cipher.new('AES-256-GCM')\n" } }, // "'DES-CBC'"
      ],
    },
    {
      name: 'Blowfish by name',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher.new(\"bf-cbc\")\n",
      findings: [
        { line: 1, column: 30, endColumn: 38, message: BLOWFISH, fix: { title: 'Use AES-GCM instead of Blowfish', output: "cipher = OpenSSL::Cipher.new(\"aes-256-gcm\")\n" } }, // "\"bf-cbc\""
      ],
    },
    {
      name: 'RC4 held in a constant gets no fix',
      path: 'lib/crypto.rb',
      code: "ALGORITHM = 'rc4'\ncipher = OpenSSL::Cipher.new(ALGORITHM)\n",
      findings: [
        { line: 2, column: 30, endColumn: 39, message: RC4, fix: null }, // "ALGORITHM"
      ],
    },
    {
      name: 'DES subclass in EDE3 form is Triple DES',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::DES.new(:EDE3, :CBC)\n",
      findings: [
        { line: 1, column: 10, endColumn: 34, message: TRIPLE_DES, fix: null }, // "OpenSSL::Cipher::DES.new"
      ],
    },
    {
      name: 'legacy OpenSSL::Cipher::Cipher with DES',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::Cipher.new('des')\n",
      findings: [
        { line: 1, column: 38, endColumn: 43, message: DES, fix: { title: 'Use AES-GCM instead of DES', output: "cipher = OpenSSL::Cipher::Cipher.new('aes-256-gcm')\n" } }, // "'des'"
      ],
    },
    {
      name: 'RC4 subclass',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::RC4.new\n",
      findings: [
        { line: 1, column: 10, endColumn: 34, message: RC4, fix: null }, // "OpenSSL::Cipher::RC4.new"
      ],
    },
    {
      name: 'Blowfish subclass',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::BF.new(:CBC)\n",
      findings: [
        { line: 1, column: 10, endColumn: 33, message: BLOWFISH, fix: null }, // "OpenSSL::Cipher::BF.new"
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    {
      name: 'AES-256-GCM is the strong alternative',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);\n",
    },
    {
      name: 'ChaCha20-Poly1305 is the strong alternative',
      path: 'src/encrypt.ts',
      code: "import { createCipheriv } from 'node:crypto';\nexport const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });\n",
    },
    {
      name: 'a string naming DES that reaches no cipher API',
      path: 'src/help.js',
      code: "const description = 'DES encryption is legacy';\nconsole.log(description);\n",
    },
    {
      name: 'comment is not code',
      path: 'src/encrypt.js',
      code: "// Formerly crypto.createCipheriv('des-ede3-cbc', key, iv); now AES-GCM.\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);\n",
    },
    {
      name: 'identifiers that merely contain des or rc4',
      path: 'src/options.js',
      code: "const DESCRIPTION = 'Legacy mode';\nconst options = { desiredState: 'on', rc4Compat: false, description: DESCRIPTION };\n",
    },
    {
      name: 'TLS cipher suite strings belong to transport/weak-cipher-suite',
      path: 'src/server.js',
      code: "const tls = require('tls');\ntls.createServer({ ciphers: 'DES-CBC3-SHA:RC4-SHA', key, cert });\n",
    },
    {
      name: 'WebCrypto offers no legacy cipher',
      path: 'src/encrypt.ts',
      code: "export const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, data);\n",
    },
    {
      name: 'a local function named createCipheriv is not Node crypto',
      path: 'src/encrypt.js',
      code: "function createCipheriv(name) {\n  return name;\n}\ncreateCipheriv('des-ede3-cbc');\n",
    },
    {
      name: 'capability check on the cipher list',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst legacy = crypto.getCiphers().includes('des-ede3-cbc');\n",
    },
    {
      name: 'an algorithm chosen at run time is not reported',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nfunction encrypt(algorithm, key, iv) {\n  return crypto.createCipheriv(algorithm, key, iv);\n}\n",
    },
    {
      name: 'crypto-js AES',
      path: 'src/encrypt.js',
      code: "import CryptoJS from 'crypto-js';\nconst ciphertext = CryptoJS.AES.encrypt(message, passphrase).toString();\n",
    },
    // Python
    {
      name: 'PyCryptodome AES-GCM',
      path: 'app/crypto.py',
      code: 'from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_GCM)\n',
    },
    {
      name: 'cryptography AES-GCM',
      path: 'app/crypto.py',
      code: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ncipher = Cipher(algorithms.AES(key), modes.GCM(nonce))\n',
    },
    {
      name: 'cryptography ChaCha20Poly1305',
      path: 'app/crypto.py',
      code: 'from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305\nciphertext = ChaCha20Poly1305(key).encrypt(nonce, data, None)\n',
    },
    {
      name: 'BLAKE2 is a hash, not a cipher',
      path: 'app/digest.py',
      code: 'import hashlib\ndigest = hashlib.blake2b(data).hexdigest()\n',
    },
    {
      name: 'docstring and comment are not code',
      path: 'app/crypto.py',
      code: 'def encrypt(data):\n    """Replaces DES.new(key, DES.MODE_CBC, iv)."""\n    # DES3.new was used here before\n    return data\n',
    },
    {
      name: 'a class of the same name defined locally',
      path: 'app/cipher.py',
      code: 'class DES:\n    @staticmethod\n    def new():\n        return None\n\ncipher = DES.new()\n',
    },
    // Java
    {
      name: 'AES-GCM transformation',
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("AES/GCM/NoPadding");\n  }\n}\n',
    },
    {
      name: 'RSA with OAEP is not a legacy cipher',
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");\n  }\n}\n',
    },
    {
      name: 'strong cipher in the properties file overrides a weak default',
      path: 'src/main/java/Crypto.java',
      project: [{ path: 'src/main/resources/application.properties', text: 'cipher=AES/GCM/NoPadding\n' }],
      code: 'import javax.crypto.Cipher;\nimport java.util.Properties;\nclass Crypto {\n  Cipher cipher(Properties props) throws Exception {\n    return Cipher.getInstance(props.getProperty("cipher", "DES"));\n  }\n}\n',
    },
    {
      name: 'a string naming DES that reaches no cipher API',
      path: 'src/main/java/Help.java',
      code: 'class Help {\n  static final String DESCRIPTION = "DES encryption is legacy";\n  String text() {\n    return DESCRIPTION;\n  }\n}\n',
    },
    {
      name: 'comment is not code',
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  // was Cipher.getInstance("DESede/CBC/PKCS5Padding")\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("AES/GCM/NoPadding");\n  }\n}\n',
    },
    {
      name: 'TLS cipher suites belong to transport/weak-cipher-suite',
      path: 'src/main/java/Tls.java',
      code: 'import javax.net.ssl.SSLParameters;\nclass Tls {\n  void configure(SSLParameters parameters) {\n    parameters.setCipherSuites(new String[] { "TLS_RSA_WITH_3DES_EDE_CBC_SHA" });\n  }\n}\n',
    },
    {
      name: 'AES key generation and key spec',
      path: 'src/main/java/Keys.java',
      code: 'import javax.crypto.KeyGenerator;\nimport javax.crypto.spec.SecretKeySpec;\nclass Keys {\n  Object[] keys(byte[] raw) throws Exception {\n    return new Object[] { KeyGenerator.getInstance("AES"), new SecretKeySpec(raw, "AES") };\n  }\n}\n',
    },
    {
      name: 'password-based encryption with AES',
      path: 'src/main/java/Keys.java',
      code: 'import javax.crypto.Cipher;\nclass Keys {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("PBEWithHmacSHA256AndAES_256");\n  }\n}\n',
    },
    // C#
    {
      name: 'Aes.Create',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => Aes.Create();\n}\n',
    },
    {
      name: 'AesGcm',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nclass Crypto {\n  AesGcm Cipher(byte[] key) => new AesGcm(key, 16);\n}\n',
    },
    {
      name: 'SymmetricAlgorithm.Create with AES',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => SymmetricAlgorithm.Create("AES");\n}\n',
    },
    {
      name: 'a string naming DES that reaches no cipher API',
      path: 'src/Help.cs',
      code: 'class Help {\n  const string Description = "DES encryption is legacy";\n  public string DesiredState { get; set; } = Description;\n}\n',
    },
    {
      name: 'comment is not code',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nclass Crypto {\n  // replaced TripleDES.Create() with AES\n  SymmetricAlgorithm Cipher() => Aes.Create();\n}\n',
    },
    // Go
    {
      name: 'AES-GCM',
      path: 'crypto.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n)\n\nfunc AEAD(key []byte) (cipher.AEAD, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn cipher.NewGCM(block)\n}\n',
    },
    {
      name: 'bcrypt uses Blowfish internally as a password hash',
      path: 'auth.go',
      code: 'package auth\n\nimport "golang.org/x/crypto/bcrypt"\n\nfunc Hash(password []byte) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword(password, bcrypt.DefaultCost)\n}\n',
    },
    {
      name: 'TLS cipher suites belong to transport/weak-cipher-suite',
      path: 'tls.go',
      code: 'package server\n\nimport "crypto/tls"\n\nvar config = &tls.Config{CipherSuites: []uint16{tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA}}\n',
    },
    {
      name: 'a local value named des is not the package',
      path: 'codec.go',
      code: 'package codec\n\nfunc Decode(des decoder) {\n\tdes.NewCipher(nil)\n}\n',
    },
    {
      name: 'comment is not code',
      path: 'crypto.go',
      code: 'package crypto\n\n// des.NewTripleDESCipher was replaced by AES-GCM.\nfunc Placeholder() {}\n',
    },
    // PHP
    {
      name: 'openssl_encrypt with AES-256-GCM',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);\n",
    },
    {
      name: 'a string naming DES that reaches no cipher API',
      path: 'src/help.php',
      code: "<?php\n$description = 'DES encryption is legacy';\necho $description;\n",
    },
    {
      name: 'comment is not code',
      path: 'src/crypto.php',
      code: "<?php\n// openssl_encrypt($data, 'des-ede3-cbc', $key) was replaced\n$ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);\n",
    },
    {
      name: 'phpseclib 3 AES',
      path: 'src/crypto.php',
      code: "<?php\nuse phpseclib3\\Crypt\\AES;\n$cipher = new AES('gcm');\n",
    },
    {
      name: 'an application class named DES is not phpseclib',
      path: 'src/Report.php',
      code: '<?php\nnamespace App\\Reports;\n$report = new DES();\n',
    },
    {
      name: 'capability check on the cipher list',
      path: 'src/crypto.php',
      code: "<?php\n$legacy = in_array('des-ede3-cbc', openssl_get_cipher_methods(), true);\n",
    },
    // Ruby
    {
      name: 'AES-256-GCM',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher.new('aes-256-gcm')\n",
    },
    {
      name: 'AES subclass in GCM mode',
      path: 'lib/crypto.rb',
      code: 'cipher = OpenSSL::Cipher::AES.new(256, :GCM)\n',
    },
    {
      name: 'a string naming DES that reaches no cipher API',
      path: 'lib/help.rb',
      code: "description = 'DES encryption is legacy'\nputs description\n",
    },
    {
      name: 'comment is not code',
      path: 'lib/crypto.rb',
      code: "# OpenSSL::Cipher.new('des-ede3-cbc') was replaced\ncipher = OpenSSL::Cipher.new('aes-256-gcm')\n",
    },
    {
      name: 'capability check on the cipher list',
      path: 'lib/crypto.rb',
      code: "legacy = OpenSSL::Cipher.ciphers.include?('des-ede3-cbc')\n",
    },
    {
      name: 'TLS cipher list belongs to transport/weak-cipher-suite',
      path: 'lib/tls.rb',
      code: "context = OpenSSL::SSL::SSLContext.new\ncontext.ciphers = 'DES-CBC3-SHA'\n",
    },
  ],
};

describeRule(table);
