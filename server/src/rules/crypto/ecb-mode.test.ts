/**
 * crypto/ecb-mode: ECB named, ECB by default and ECB written by hand, in every language's cipher
 * APIs, with the safe look-alikes beside them (RSA's "ECB", key wrap, authenticated and chaining
 * modes, comparisons and guards, comments, strings that reach no cipher API). Each finding's
 * trailing comment shows the text it flags.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { ecbMode } from './ecb-mode';

const ECB =
  'ECB mode encrypts each block on its own, so identical plaintext blocks give identical ciphertext blocks: patterns in the data show through, and blocks can be swapped or replayed without detection. MoJ guidance expects adequate, proportionate cryptography through vetted, high-level APIs (Cryptography: The base principles); NCSC and industry consider ECB unsafe for data. Use an authenticated mode such as AES-GCM.';
const PROVIDER_DEFAULT = `A transformation without a mode, such as "AES", makes the provider fall back to ECB. ${ECB}`;
const PYCRYPTO_DEFAULT = `Without a mode argument, PyCrypto ciphers use ECB. ${ECB}`;
const PYDES_DEFAULT = `Without a mode argument, pyDes ciphers use ECB. ${ECB}`;
const OPENSSL_IMPLICIT = `An OpenSSL cipher name without a mode, such as des-ede3, selects ECB. ${ECB}`;
const BARE_ENGINE = `A BouncyCastle block cipher engine used without a mode around it runs in ECB. ${ECB}`;
const MANUAL = `Calling a cipher.Block's Encrypt or Decrypt block by block in a loop is ECB mode written by hand. ${ECB}`;

export const table: RuleTable = {
  rule: ecbMode,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'createCipheriv with AES-128-ECB',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-128-ecb', key, null);\n",
      findings: [
        { line: 2, column: 38, endColumn: 51, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-128-gcm', key, null);\n" } }, // "'aes-128-ecb'"
      ],
    },
    {
      name: 'upper-case name through a namespace import keeps its case in the fix',
      path: 'src/decrypt.ts',
      code: "import * as crypto from 'node:crypto';\nexport const decipher = crypto.createDecipheriv('AES-256-ECB', key, null);\n",
      findings: [
        { line: 2, column: 49, endColumn: 62, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "import * as crypto from 'node:crypto';\nexport const decipher = crypto.createDecipheriv('AES-256-GCM', key, null);\n" } }, // "'AES-256-ECB'"
      ],
    },
    {
      name: 'name held in a constant gets no fix',
      path: 'src/encrypt.mjs',
      code: "import { createCipheriv } from 'crypto';\nconst ALGORITHM = 'aes-256-ecb';\nconst cipher = createCipheriv(ALGORITHM, key, null);\n",
      findings: [
        { line: 3, column: 31, endColumn: 40, message: ECB, fix: null }, // "ALGORITHM"
      ],
    },
    {
      name: 'legacy createCipher gets no fix: it derives the key from a password',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipher('aes-192-ecb', password);\n",
      findings: [
        { line: 2, column: 36, endColumn: 49, message: ECB, fix: null }, // "'aes-192-ecb'"
      ],
    },
    {
      name: 'des-ede3 names no mode, which OpenSSL reads as ECB',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('des-ede3', key, null);\n",
      findings: [
        { line: 2, column: 38, endColumn: 48, message: OPENSSL_IMPLICIT, fix: null }, // "'des-ede3'"
      ],
    },
    {
      name: 'DES in ECB mode has no AES-GCM rename',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('des-ecb', key, null);\n",
      findings: [
        { line: 2, column: 38, endColumn: 47, message: ECB, fix: null }, // "'des-ecb'"
      ],
    },
    {
      name: 'ECB in a TSX component',
      path: 'src/Token.tsx',
      code: "import { createCipheriv } from 'crypto';\nexport const Token = ({ id }: { id: string }) => <code>{createCipheriv('aes-128-ecb', key, null).update(id, 'utf8', 'hex')}</code>;\n",
      findings: [
        { line: 2, column: 72, endColumn: 85, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "import { createCipheriv } from 'crypto';\nexport const Token = ({ id }: { id: string }) => <code>{createCipheriv('aes-128-gcm', key, null).update(id, 'utf8', 'hex')}</code>;\n" } }, // "'aes-128-ecb'"
      ],
    },
    {
      name: 'crypto-js mode option',
      path: 'src/encrypt.js',
      code: "import CryptoJS from 'crypto-js';\nconst ciphertext = CryptoJS.AES.encrypt(message, key, { mode: CryptoJS.mode.ECB, padding: CryptoJS.pad.Pkcs7 });\n",
      findings: [
        { line: 2, column: 63, endColumn: 80, message: ECB, fix: null }, // "CryptoJS.mode.ECB"
      ],
    },
    {
      name: 'crypto-js global in a browser script',
      path: 'public/encrypt.js',
      code: "var encrypted = CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.ECB });\n",
      findings: [
        { line: 1, column: 57, endColumn: 74, message: ECB, fix: null }, // "CryptoJS.mode.ECB"
      ],
    },
    {
      name: 'crypto-js ECB mode module',
      path: 'src/encrypt.js',
      code: "import AES from 'crypto-js/aes';\nimport ECB from 'crypto-js/mode-ecb';\nconst ciphertext = AES.encrypt(message, key, { mode: ECB });\n",
      findings: [
        { line: 3, column: 54, endColumn: 57, message: ECB, fix: null }, // "ECB"
      ],
    },
    {
      name: 'crypto-js options object built up by assignment',
      path: 'src/encrypt.js',
      code: "const CryptoJS = require('crypto-js');\nconst options = {};\noptions.mode = CryptoJS.mode.ECB;\n",
      findings: [
        { line: 3, column: 16, endColumn: 33, message: ECB, fix: null }, // "CryptoJS.mode.ECB"
      ],
    },
    {
      name: 'node-forge AES-ECB by name',
      path: 'src/encrypt.js',
      code: "const forge = require('node-forge');\nconst cipher = forge.cipher.createCipher('AES-ECB', key);\n",
      findings: [
        { line: 2, column: 42, endColumn: 51, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "const forge = require('node-forge');\nconst cipher = forge.cipher.createCipher('AES-GCM', key);\n" } }, // "'AES-ECB'"
      ],
    },
    {
      name: 'node-forge legacy AES API with an ECB mode argument',
      path: 'src/encrypt.js',
      code: "const forge = require('node-forge');\nconst cipher = forge.aes.createEncryptionCipher(key, 'ECB');\n",
      findings: [
        { line: 2, column: 54, endColumn: 59, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "const forge = require('node-forge');\nconst cipher = forge.aes.createEncryptionCipher(key, 'GCM');\n" } }, // "'ECB'"
      ],
    },
    {
      name: 'node-forge legacy DES API in ECB has no AES-GCM rename',
      path: 'src/encrypt.js',
      code: "import forge from 'node-forge';\nconst cipher = forge.des.startEncrypting(key, null, null, 'ECB');\n",
      findings: [
        { line: 2, column: 59, endColumn: 64, message: ECB, fix: null }, // "'ECB'"
      ],
    },
    {
      name: 'aes-js ECB mode of operation',
      path: 'src/encrypt.js',
      code: "const aesjs = require('aes-js');\nconst ecb = new aesjs.ModeOfOperation.ecb(key);\n",
      findings: [
        { line: 2, column: 17, endColumn: 42, message: ECB, fix: null }, // "aesjs.ModeOfOperation.ecb"
      ],
    },
    // Python
    {
      name: 'PyCryptodome AES in ECB mode',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_ECB)\n",
      findings: [
        { line: 2, column: 23, endColumn: 35, message: ECB, fix: null }, // "AES.MODE_ECB"
      ],
    },
    {
      name: 'Cryptodome keyword mode argument',
      path: 'app/crypto.py',
      code: "from Cryptodome.Cipher import AES\ncipher = AES.new(key, mode=AES.MODE_ECB)\n",
      findings: [
        { line: 2, column: 28, endColumn: 40, message: ECB, fix: null }, // "AES.MODE_ECB"
      ],
    },
    {
      name: 'Triple DES in ECB mode',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import DES3\ncipher = DES3.new(key, DES3.MODE_ECB)\n",
      findings: [
        { line: 2, column: 24, endColumn: 37, message: ECB, fix: null }, // "DES3.MODE_ECB"
      ],
    },
    {
      name: 'PyCrypto AES without a mode defaults to ECB',
      path: 'app/crypto.py',
      code: "from Crypto.Cipher import AES\ncipher = AES.new(key)\n",
      findings: [
        { line: 2, column: 10, endColumn: 17, message: PYCRYPTO_DEFAULT, fix: null }, // "AES.new"
      ],
    },
    {
      name: 'cryptography modes.ECB',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nencryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()\n",
      findings: [
        { line: 2, column: 41, endColumn: 50, message: ECB, fix: null }, // "modes.ECB"
      ],
    },
    {
      name: 'cryptography ECB imported by name',
      path: 'app/crypto.py',
      code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms\nfrom cryptography.hazmat.primitives.ciphers.modes import ECB\ncipher = Cipher(algorithms.AES(key), ECB())\n",
      findings: [
        { line: 3, column: 38, endColumn: 41, message: ECB, fix: null }, // "ECB"
      ],
    },
    {
      name: 'pyaes ECB mode of operation',
      path: 'app/crypto.py',
      code: "import pyaes\ncipher = pyaes.AESModeOfOperationECB(key)\n",
      findings: [
        { line: 2, column: 10, endColumn: 37, message: ECB, fix: null }, // "pyaes.AESModeOfOperationECB"
      ],
    },
    {
      name: 'pyDes without a mode defaults to ECB',
      path: 'app/crypto.py',
      code: "import pyDes\ncipher = pyDes.des(key)\n",
      findings: [
        { line: 2, column: 10, endColumn: 19, message: PYDES_DEFAULT, fix: null }, // "pyDes.des"
      ],
    },
    {
      name: 'pyDes Triple DES with ECB named',
      path: 'app/crypto.py',
      code: "from pyDes import triple_des, ECB, PAD_PKCS5\ncipher = triple_des(key, ECB, padmode=PAD_PKCS5)\n",
      findings: [
        { line: 2, column: 26, endColumn: 29, message: ECB, fix: null }, // "ECB"
      ],
    },
    {
      name: 'M2Crypto name with ECB',
      path: 'app/crypto.py',
      code: "from M2Crypto import EVP\ncipher = EVP.Cipher('aes_128_ecb', key, iv, 1)\n",
      findings: [
        { line: 2, column: 21, endColumn: 34, message: ECB, fix: null }, // "'aes_128_ecb'"
      ],
    },
    // Java
    {
      name: 'AES/ECB/PKCS5Padding',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/ECB/PKCS5Padding\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 53, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"AES/ECB/PKCS5Padding\""
      ],
    },
    {
      name: 'bare AES defaults to ECB',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 36, message: PROVIDER_DEFAULT, fix: { title: 'Use AES-GCM instead of ECB mode', output: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"AES\""
      ],
    },
    {
      name: 'bare AES with a provider defaults to ECB',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES\", \"BC\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 36, message: PROVIDER_DEFAULT, fix: { title: 'Use AES-GCM instead of ECB mode', output: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/GCM/NoPadding\", \"BC\");\n  }\n}\n" } }, // "\"AES\""
      ],
    },
    {
      name: 'lower-case transformation',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.*;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"aes/ecb/pkcs5padding\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 53, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "import javax.crypto.*;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"aes/ecb/pkcs5padding\""
      ],
    },
    {
      name: 'Triple DES in ECB has no AES-GCM rename here',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"DESede/ECB/PKCS5Padding\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 56, message: ECB, fix: null }, // "\"DESede/ECB/PKCS5Padding\""
      ],
    },
    {
      name: 'bare DES defaults to ECB',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(\"DES\");\n  }\n}\n",
      findings: [
        { line: 4, column: 31, endColumn: 36, message: PROVIDER_DEFAULT, fix: null }, // "\"DES\""
      ],
    },
    {
      name: 'transformation held in a constant gets no fix',
      path: 'src/main/java/Crypto.java',
      code: "import javax.crypto.Cipher;\nclass Crypto {\n  private static final String TRANSFORMATION = \"AES/ECB/NoPadding\";\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance(TRANSFORMATION);\n  }\n}\n",
      findings: [
        { line: 5, column: 31, endColumn: 45, message: ECB, fix: null }, // "TRANSFORMATION"
      ],
    },
    {
      name: 'transformation set in a properties file',
      path: 'src/main/java/Crypto.java',
      project: [{ path: 'src/main/resources/application.properties', text: "crypto.transformation=AES/ECB/PKCS5Padding\n" }],
      code: "import javax.crypto.Cipher;\nimport java.util.Properties;\nclass Crypto {\n  Cipher cipher(Properties props) throws Exception {\n    return Cipher.getInstance(props.getProperty(\"crypto.transformation\", \"AES/GCM/NoPadding\"));\n  }\n}\n",
      findings: [
        { line: 5, column: 31, endColumn: 94, message: ECB, fix: null }, // "props.getProperty(\"crypto.transformation\", \"AES/GCM/NoPadding\")"
      ],
    },
    {
      name: 'static import of getInstance',
      path: 'src/main/java/Crypto.java',
      code: "import static javax.crypto.Cipher.getInstance;\nclass Crypto {\n  Object cipher() throws Exception {\n    return getInstance(\"AES/ECB/NoPadding\");\n  }\n}\n",
      findings: [
        { line: 4, column: 24, endColumn: 43, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "import static javax.crypto.Cipher.getInstance;\nclass Crypto {\n  Object cipher() throws Exception {\n    return getInstance(\"AES/GCM/NoPadding\");\n  }\n}\n" } }, // "\"AES/ECB/NoPadding\""
      ],
    },
    {
      name: 'BouncyCastle engine with no mode',
      path: 'src/main/java/Crypto.java',
      code: "import org.bouncycastle.crypto.engines.AESEngine;\nimport org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;\nclass Crypto {\n  PaddedBufferedBlockCipher cipher() {\n    return new PaddedBufferedBlockCipher(new AESEngine());\n  }\n}\n",
      findings: [
        { line: 5, column: 42, endColumn: 57, message: BARE_ENGINE, fix: null }, // "new AESEngine()"
      ],
    },
    {
      name: 'BouncyCastle engine factory with no mode',
      path: 'src/main/java/Crypto.java',
      code: "import org.bouncycastle.crypto.*;\nimport org.bouncycastle.crypto.engines.AESEngine;\nclass Crypto {\n  BufferedBlockCipher cipher() {\n    return new DefaultBufferedBlockCipher(AESEngine.newInstance());\n  }\n}\n",
      findings: [
        { line: 5, column: 43, endColumn: 66, message: BARE_ENGINE, fix: null }, // "AESEngine.newInstance()"
      ],
    },
    // C#
    {
      name: 'Mode property set to ECB',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  Aes Cipher() {\n    var aes = Aes.Create();\n    aes.Mode = CipherMode.ECB;\n    return aes;\n  }\n}\n",
      findings: [
        { line: 5, column: 16, endColumn: 30, message: ECB, fix: null }, // "CipherMode.ECB"
      ],
    },
    {
      name: 'object initialiser',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  SymmetricAlgorithm Cipher() => new AesManaged { Mode = CipherMode.ECB, Padding = PaddingMode.PKCS7 };\n}\n",
      findings: [
        { line: 3, column: 58, endColumn: 72, message: ECB, fix: null }, // "CipherMode.ECB"
      ],
    },
    {
      name: 'fully qualified CipherMode',
      path: 'src/Crypto.cs',
      code: "class Crypto {\n  void Configure(System.Security.Cryptography.SymmetricAlgorithm algorithm) {\n    algorithm.Mode = System.Security.Cryptography.CipherMode.ECB;\n  }\n}\n",
      findings: [
        { line: 3, column: 22, endColumn: 65, message: ECB, fix: null }, // "System.Security.Cryptography.CipherMode.ECB"
      ],
    },
    {
      name: 'one-shot EncryptEcb',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  byte[] Encrypt(Aes aes, byte[] data) => aes.EncryptEcb(data, PaddingMode.PKCS7);\n}\n",
      findings: [
        { line: 3, column: 43, endColumn: 57, message: ECB, fix: null }, // "aes.EncryptEcb"
      ],
    },
    {
      name: 'one-shot TryDecryptEcb',
      path: 'src/Crypto.cs',
      code: "using System.Security.Cryptography;\nclass Crypto {\n  bool Decrypt(Aes aes, byte[] data, byte[] output) => aes.TryDecryptEcb(data, output, PaddingMode.None, out _);\n}\n",
      findings: [
        { line: 3, column: 56, endColumn: 73, message: ECB, fix: null }, // "aes.TryDecryptEcb"
      ],
    },
    {
      name: 'BouncyCastle GetCipher with ECB',
      path: 'src/Crypto.cs',
      code: "using Org.BouncyCastle.Security;\nclass Crypto {\n  object Cipher() => CipherUtilities.GetCipher(\"AES/ECB/PKCS7Padding\");\n}\n",
      findings: [
        { line: 3, column: 48, endColumn: 70, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "using Org.BouncyCastle.Security;\nclass Crypto {\n  object Cipher() => CipherUtilities.GetCipher(\"AES/GCM/NoPadding\");\n}\n" } }, // "\"AES/ECB/PKCS7Padding\""
      ],
    },
    {
      name: 'BouncyCastle GetCipher with a bare algorithm',
      path: 'src/Crypto.cs',
      code: "using Org.BouncyCastle.Security;\nclass Crypto {\n  object Cipher() => CipherUtilities.GetCipher(\"AES\");\n}\n",
      findings: [
        { line: 3, column: 48, endColumn: 53, message: PROVIDER_DEFAULT, fix: { title: 'Use AES-GCM instead of ECB mode', output: "using Org.BouncyCastle.Security;\nclass Crypto {\n  object Cipher() => CipherUtilities.GetCipher(\"AES/GCM/NoPadding\");\n}\n" } }, // "\"AES\""
      ],
    },
    {
      name: 'BouncyCastle engine with no mode',
      path: 'src/Crypto.cs',
      code: "using Org.BouncyCastle.Crypto.Engines;\nusing Org.BouncyCastle.Crypto.Paddings;\nclass Crypto {\n  object Cipher() => new PaddedBufferedBlockCipher(new AesEngine());\n}\n",
      findings: [
        { line: 4, column: 52, endColumn: 67, message: BARE_ENGINE, fix: null }, // "new AesEngine()"
      ],
    },
    // Go
    {
      name: 'block cipher driven block by block in a loop',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"crypto/aes\"\n\nfunc Encrypt(key, data []byte) []byte {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tout := make([]byte, len(data))\n\tfor i := 0; i < len(data); i += aes.BlockSize {\n\t\tblock.Encrypt(out[i:i+aes.BlockSize], data[i:i+aes.BlockSize])\n\t}\n\treturn out\n}\n",
      findings: [
        { line: 12, column: 3, endColumn: 16, message: MANUAL, confidence: 'medium', fix: null }, // "block.Encrypt"
      ],
    },
    {
      name: 'cipher.Block parameter decrypting as the loop advances the slice',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"crypto/cipher\"\n\nfunc Decrypt(b cipher.Block, data []byte) {\n\tfor bs := b.BlockSize(); len(data) > 0; data = data[bs:] {\n\t\tb.Decrypt(data, data)\n\t}\n}\n",
      findings: [
        { line: 7, column: 3, endColumn: 12, message: MANUAL, confidence: 'medium', fix: null }, // "b.Decrypt"
      ],
    },
    {
      name: 'block held in a struct field',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"crypto/cipher\"\n\ntype ecb struct {\n\tblock cipher.Block\n}\n\nfunc (e *ecb) CryptBlocks(dst, src []byte) {\n\tfor len(src) > 0 {\n\t\te.block.Encrypt(dst[:16], src[:16])\n\t\tsrc = src[16:]\n\t\tdst = dst[16:]\n\t}\n}\n",
      findings: [
        { line: 11, column: 3, endColumn: 18, message: MANUAL, confidence: 'medium', fix: null }, // "e.block.Encrypt"
      ],
    },
    {
      name: 'Triple DES block in a range loop',
      path: 'crypto.go',
      code: "package crypto\n\nimport \"crypto/des\"\n\nfunc Encrypt(key []byte, chunks [][8]byte) []byte {\n\tblock, _ := des.NewTripleDESCipher(key)\n\tout := make([]byte, 8*len(chunks))\n\tfor i := range chunks {\n\t\tblock.Encrypt(out[i*8:], chunks[i][:])\n\t}\n\treturn out\n}\n",
      findings: [
        { line: 9, column: 3, endColumn: 16, message: MANUAL, confidence: 'medium', fix: null }, // "block.Encrypt"
      ],
    },
    {
      name: 'block declared as a cipher.Block variable',
      path: 'crypto.go',
      code: "package crypto\n\nimport (\n\t\"crypto/aes\"\n\t\"crypto/cipher\"\n)\n\nfunc Encrypt(key, data []byte) {\n\tvar block cipher.Block\n\tblock, _ = aes.NewCipher(key)\n\tfor i := 0; i+16 <= len(data); i += 16 {\n\t\tblock.Encrypt(data[i:], data[i:])\n\t}\n}\n",
      findings: [
        { line: 12, column: 3, endColumn: 16, message: MANUAL, confidence: 'medium', fix: null }, // "block.Encrypt"
      ],
    },
    // PHP
    {
      name: 'openssl_encrypt with AES-256-ECB',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($data, 'aes-256-ecb', $key, OPENSSL_RAW_DATA);\n",
      findings: [
        { line: 2, column: 38, endColumn: 51, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "<?php\n$ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA);\n" } }, // "'aes-256-ecb'"
      ],
    },
    {
      name: 'named cipher_algo argument keeps its case in the fix',
      path: 'src/crypto.php',
      code: "<?php\n$plaintext = openssl_decrypt(data: $ciphertext, cipher_algo: 'AES-128-ECB', passphrase: $key);\n",
      findings: [
        { line: 2, column: 62, endColumn: 75, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "<?php\n$plaintext = openssl_decrypt(data: $ciphertext, cipher_algo: 'AES-128-GCM', passphrase: $key);\n" } }, // "'AES-128-ECB'"
      ],
    },
    {
      name: 'des-ede3 names no mode, which OpenSSL reads as ECB',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($data, 'des-ede3', $key);\n",
      findings: [
        { line: 2, column: 38, endColumn: 48, message: OPENSSL_IMPLICIT, fix: null }, // "'des-ede3'"
      ],
    },
    {
      name: 'Blowfish in ECB has no AES-GCM rename',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($data, 'bf-ecb', $key);\n",
      findings: [
        { line: 2, column: 38, endColumn: 46, message: ECB, fix: null }, // "'bf-ecb'"
      ],
    },
    {
      name: 'cipher held in a constant gets no fix',
      path: 'src/crypto.php',
      code: "<?php\ndefine('CIPHER', 'aes-128-ecb');\n$ciphertext = openssl_encrypt($data, CIPHER, $key);\n",
      findings: [
        { line: 3, column: 38, endColumn: 44, message: ECB, fix: null }, // "CIPHER"
      ],
    },
    {
      name: 'mcrypt with the ECB mode constant',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_ECB);\n",
      findings: [
        { line: 2, column: 64, endColumn: 79, message: ECB, fix: null }, // "MCRYPT_MODE_ECB"
      ],
    },
    {
      name: 'mcrypt module opened in ECB mode by name',
      path: 'src/crypto.php',
      code: "<?php\n$module = mcrypt_module_open(MCRYPT_RIJNDAEL_256, '', 'ecb', '');\n",
      findings: [
        { line: 2, column: 55, endColumn: 60, message: ECB, fix: null }, // "'ecb'"
      ],
    },
    {
      name: 'mcrypt_ecb',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = mcrypt_ecb(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_ENCRYPT);\n",
      findings: [
        { line: 2, column: 15, endColumn: 25, message: ECB, fix: null }, // "mcrypt_ecb"
      ],
    },
    {
      name: 'phpseclib 3 AES in ECB mode',
      path: 'src/crypto.php',
      code: "<?php\nuse phpseclib3\\Crypt\\AES;\n$cipher = new AES('ecb');\n",
      findings: [
        { line: 3, column: 19, endColumn: 24, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "<?php\nuse phpseclib3\\Crypt\\AES;\n$cipher = new AES('gcm');\n" } }, // "'ecb'"
      ],
    },
    {
      name: 'phpseclib 2 mode constant',
      path: 'src/crypto.php',
      code: "<?php\nuse phpseclib\\Crypt\\AES;\n$cipher = new AES(AES::MODE_ECB);\n",
      findings: [
        { line: 3, column: 19, endColumn: 32, message: ECB, fix: null }, // "AES::MODE_ECB"
      ],
    },
    {
      name: 'phpseclib 1 mode constant',
      path: 'src/crypto.php',
      code: "<?php\n$cipher = new Crypt_AES(CRYPT_AES_MODE_ECB);\n",
      findings: [
        { line: 2, column: 25, endColumn: 43, message: ECB, fix: null }, // "CRYPT_AES_MODE_ECB"
      ],
    },
    // Ruby
    {
      name: 'OpenSSL::Cipher with AES-256-ECB',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher.new('aes-256-ecb')\n",
      findings: [
        { line: 1, column: 30, endColumn: 43, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "cipher = OpenSSL::Cipher.new('aes-256-gcm')\n" } }, // "'aes-256-ecb'"
      ],
    },
    {
      name: 'upper-case name keeps its case in the fix',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher.new('AES-128-ECB')\n",
      findings: [
        { line: 1, column: 30, endColumn: 43, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "cipher = OpenSSL::Cipher.new('AES-128-GCM')\n" } }, // "'AES-128-ECB'"
      ],
    },
    {
      name: 'AES subclass with an ECB symbol',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::AES.new(256, :ECB)\n",
      findings: [
        { line: 1, column: 40, endColumn: 44, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "cipher = OpenSSL::Cipher::AES.new(256, :GCM)\n" } }, // ":ECB"
      ],
    },
    {
      name: 'sized AES subclass with an ECB symbol',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::AES128.new(:ECB)\n",
      findings: [
        { line: 1, column: 38, endColumn: 42, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "cipher = OpenSSL::Cipher::AES128.new(:GCM)\n" } }, // ":ECB"
      ],
    },
    {
      name: 'DES subclass in EDE3 form names no mode',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::DES.new(:EDE3)\n",
      findings: [
        { line: 1, column: 10, endColumn: 34, message: OPENSSL_IMPLICIT, fix: null }, // "OpenSSL::Cipher::DES.new"
      ],
    },
    {
      name: 'Blowfish in ECB has no AES-GCM rename',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher.new('bf-ecb')\n",
      findings: [
        { line: 1, column: 30, endColumn: 38, message: ECB, fix: null }, // "'bf-ecb'"
      ],
    },
    {
      name: 'Blowfish subclass with an ECB symbol has no AES-GCM rename',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::BF.new(:ECB)\n",
      findings: [
        { line: 1, column: 34, endColumn: 38, message: ECB, fix: null }, // ":ECB"
      ],
    },
    {
      name: 'name held in a constant gets no fix',
      path: 'lib/crypto.rb',
      code: "CIPHER = 'aes-128-ecb'\ncipher = OpenSSL::Cipher.new(CIPHER)\n",
      findings: [
        { line: 2, column: 30, endColumn: 36, message: ECB, fix: null }, // "CIPHER"
      ],
    },
    {
      name: 'legacy OpenSSL::Cipher::Cipher',
      path: 'lib/crypto.rb',
      code: "cipher = OpenSSL::Cipher::Cipher.new('aes-128-ecb')\n",
      findings: [
        { line: 1, column: 38, endColumn: 51, message: ECB, fix: { title: 'Use AES-GCM instead of ECB mode', output: "cipher = OpenSSL::Cipher::Cipher.new('aes-128-gcm')\n" } }, // "'aes-128-ecb'"
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    {
      name: 'AES-256-GCM',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);\n",
    },
    {
      name: 'AES-256-CBC is not ECB',
      path: 'src/encrypt.ts',
      code: "import { createCipheriv } from 'node:crypto';\nexport const cipher = createCipheriv('aes-256-cbc', key, iv);\n",
    },
    {
      name: 'a string naming ECB that reaches no cipher API',
      path: 'src/help.js',
      code: "const warning = 'aes-128-ecb leaks patterns';\nconsole.warn(warning);\n",
    },
    {
      name: 'comment is not code',
      path: 'src/encrypt.js',
      code: "// crypto.createCipheriv('aes-128-ecb', key, null) was replaced\nconst cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);\n",
    },
    {
      name: 'crypto-js CBC mode',
      path: 'src/encrypt.js',
      code: "import CryptoJS from 'crypto-js';\nconst ciphertext = CryptoJS.AES.encrypt(message, key, { iv, mode: CryptoJS.mode.CBC });\n",
    },
    {
      name: 'a comparison with the ECB mode is not a setting',
      path: 'src/encrypt.js',
      code: "import CryptoJS from 'crypto-js';\nif (options.mode === CryptoJS.mode.ECB) throw new Error('ECB is not allowed');\n",
    },
    {
      name: 'WebCrypto AES-GCM',
      path: 'src/encrypt.ts',
      code: "export const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, data);\n",
    },
    {
      name: 'aes-js CTR mode',
      path: 'src/encrypt.js',
      code: "const aesjs = require('aes-js');\nconst ctr = new aesjs.ModeOfOperation.ctr(key, new aesjs.Counter(5));\n",
    },
    {
      name: 'an unrelated mode option',
      path: 'src/server.js',
      code: "const server = createServer({ mode: 'ecb', port: 8080 });\n",
    },
    // Python
    {
      name: 'PyCryptodome AES-GCM',
      path: 'app/crypto.py',
      code: 'from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_GCM)\n',
    },
    {
      name: 'Cryptodome requires a mode, so a call without one is not ECB',
      path: 'app/crypto.py',
      code: 'from Cryptodome.Cipher import AES\ncipher = AES.new(key)\n',
    },
    {
      name: 'cryptography GCM',
      path: 'app/crypto.py',
      code: 'from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ncipher = Cipher(algorithms.AES(key), modes.GCM(nonce))\n',
    },
    {
      name: 'pyDes in CBC mode',
      path: 'app/crypto.py',
      code: 'import pyDes\ncipher = pyDes.des(key, pyDes.CBC, iv)\n',
    },
    {
      name: 'a comparison with MODE_ECB is not a use',
      path: 'app/crypto.py',
      code: 'from Crypto.Cipher import AES\n\ndef check(mode):\n    if mode == AES.MODE_ECB:\n        raise ValueError("ECB is not allowed")\n',
    },
    {
      name: 'docstring and comment are not code',
      path: 'app/crypto.py',
      code: 'def encrypt(data):\n    """Never use AES.new(key, AES.MODE_ECB)."""\n    # modes.ECB() leaks patterns\n    return data\n',
    },
    {
      name: 'ARC4 is a stream cipher with no mode',
      path: 'app/crypto.py',
      code: 'from Crypto.Cipher import ARC4\ncipher = ARC4.new(key)\n',
    },
    // Java
    {
      name: 'AES/GCM/NoPadding',
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("AES/GCM/NoPadding");\n  }\n}\n',
    },
    {
      name: "RSA's ECB is a misnomer for one-block encryption",
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");\n  }\n}\n',
    },
    {
      name: 'bare RSA is not a block cipher mode',
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("RSA");\n  }\n}\n',
    },
    {
      name: 'AES key wrap names no data mode',
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  Cipher[] ciphers() throws Exception {\n    return new Cipher[] { Cipher.getInstance("AESWrap"), Cipher.getInstance("AES/KW/NoPadding") };\n  }\n}\n',
    },
    {
      name: 'password-based AES has a fixed CBC mode',
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("PBEWithHmacSHA256AndAES_256");\n  }\n}\n',
    },
    {
      name: 'strong transformation in the properties file overrides a bare default',
      path: 'src/main/java/Crypto.java',
      project: [{ path: 'src/main/resources/application.properties', text: 'crypto.transformation=AES/GCM/NoPadding\n' }],
      code: 'import javax.crypto.Cipher;\nimport java.util.Properties;\nclass Crypto {\n  Cipher cipher(Properties props) throws Exception {\n    return Cipher.getInstance(props.getProperty("crypto.transformation", "AES"));\n  }\n}\n',
    },
    {
      name: 'BouncyCastle engine wrapped in a mode',
      path: 'src/main/java/Crypto.java',
      code: 'import org.bouncycastle.crypto.engines.AESEngine;\nimport org.bouncycastle.crypto.modes.CBCBlockCipher;\nimport org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;\nclass Crypto {\n  PaddedBufferedBlockCipher cipher() {\n    return new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(AESEngine.newInstance()));\n  }\n}\n',
    },
    {
      name: 'comment is not code',
      path: 'src/main/java/Crypto.java',
      code: 'import javax.crypto.Cipher;\nclass Crypto {\n  // never Cipher.getInstance("AES/ECB/PKCS5Padding")\n  Cipher cipher() throws Exception {\n    return Cipher.getInstance("AES/GCM/NoPadding");\n  }\n}\n',
    },
    // C#
    {
      name: 'CBC mode',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nclass Crypto {\n  void Configure(Aes aes) {\n    aes.Mode = CipherMode.CBC;\n  }\n}\n',
    },
    {
      name: 'a comparison with ECB is a guard, not a setting',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nclass Crypto {\n  void Check(SymmetricAlgorithm algorithm) {\n    if (algorithm.Mode == CipherMode.ECB) throw new CryptographicException("ECB is not allowed");\n  }\n}\n',
    },
    {
      name: 'AesGcm',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nclass Crypto {\n  AesGcm Cipher(byte[] key) => new AesGcm(key, 16);\n}\n',
    },
    {
      name: 'one-shot EncryptCbc',
      path: 'src/Crypto.cs',
      code: 'using System.Security.Cryptography;\nclass Crypto {\n  byte[] Encrypt(Aes aes, byte[] data, byte[] iv) => aes.EncryptCbc(data, iv);\n}\n',
    },
    {
      name: 'comment is not code',
      path: 'src/Crypto.cs',
      code: 'class Crypto {\n  // aes.Mode = CipherMode.ECB was removed\n  void Configure() { }\n}\n',
    },
    // Go
    {
      name: 'one block encrypted outside a loop',
      path: 'crypto.go',
      code: 'package crypto\n\nimport "crypto/aes"\n\nfunc Subkey(key []byte) []byte {\n\tblock, _ := aes.NewCipher(key)\n\tout := make([]byte, aes.BlockSize)\n\tblock.Encrypt(out, make([]byte, aes.BlockSize))\n\treturn out\n}\n',
    },
    {
      name: 'CBC written by hand XORs each block with the previous one',
      path: 'crypto.go',
      code: 'package crypto\n\nimport "crypto/aes"\n\nfunc Encrypt(key, iv, data []byte) {\n\tblock, _ := aes.NewCipher(key)\n\tprev := iv\n\tfor i := 0; i < len(data); i += 16 {\n\t\tfor j := 0; j < 16; j++ {\n\t\t\tdata[i+j] ^= prev[j]\n\t\t}\n\t\tblock.Encrypt(data[i:i+16], data[i:i+16])\n\t\tprev = data[i : i+16]\n\t}\n}\n',
    },
    {
      name: 'CTR written by hand XORs a keystream',
      path: 'crypto.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/subtle"\n)\n\nfunc Stream(key, counter, data []byte) {\n\tblock, _ := aes.NewCipher(key)\n\tks := make([]byte, 16)\n\tfor i := 0; i < len(data); i += 16 {\n\t\tblock.Encrypt(ks, counter[i:i+16])\n\t\tsubtle.XORBytes(data[i:], data[i:], ks)\n\t}\n}\n',
    },
    {
      name: 'GCM',
      path: 'crypto.go',
      code: 'package crypto\n\nimport (\n\t"crypto/aes"\n\t"crypto/cipher"\n)\n\nfunc AEAD(key []byte) (cipher.AEAD, error) {\n\tblock, err := aes.NewCipher(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn cipher.NewGCM(block)\n}\n',
    },
    {
      name: 'an Encrypt method on something that is not a block',
      path: 'kms.go',
      code: 'package kms\n\nfunc EncryptAll(svc Service, items [][]byte) {\n\tfor i := range items {\n\t\tsvc.Encrypt(items[i][:], nil)\n\t}\n}\n',
    },
    // PHP
    {
      name: 'openssl_encrypt with AES-256-GCM',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag);\n",
    },
    {
      name: 'AES-256-CBC is not ECB',
      path: 'src/crypto.php',
      code: "<?php\n$ciphertext = openssl_encrypt($data, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv);\n",
    },
    {
      name: 'mcrypt in CBC mode',
      path: 'src/crypto.php',
      code: '<?php\n$ciphertext = mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $data, MCRYPT_MODE_CBC, $iv);\n',
    },
    {
      name: 'phpseclib 3 AES in GCM mode',
      path: 'src/crypto.php',
      code: "<?php\nuse phpseclib3\\Crypt\\AES;\n$cipher = new AES('gcm');\n",
    },
    {
      name: 'a string naming ECB that reaches no cipher API',
      path: 'src/help.php',
      code: "<?php\n$warning = 'aes-256-ecb leaks patterns';\necho $warning;\n",
    },
    {
      name: 'comment is not code',
      path: 'src/crypto.php',
      code: "<?php\n// openssl_encrypt($data, 'aes-256-ecb', $key) was replaced\n$ciphertext = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $nonce, $tag);\n",
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
      name: 'sized AES subclass defaults to CBC',
      path: 'lib/crypto.rb',
      code: 'cipher = OpenSSL::Cipher::AES256.new\n',
    },
    {
      name: 'a string naming ECB that reaches no cipher API',
      path: 'lib/help.rb',
      code: "warning = 'aes-128-ecb leaks patterns'\nputs warning\n",
    },
    {
      name: 'comment is not code',
      path: 'lib/crypto.rb',
      code: "# OpenSSL::Cipher.new('aes-128-ecb') was replaced\ncipher = OpenSSL::Cipher.new('aes-256-gcm')\n",
    },
  ],
};

describeRule(table);
