/**
 * crypto/weak-password-hash: work factors under the OWASP Password Storage Cheat Sheet's minimums
 * (CONTRACTS §7), fast digests applied to passwords, fixed salts, weak and plain-text schemes and
 * Argon2i/Argon2d, in every language's password hashing APIs and in Symfony and Spring
 * configuration, with the safe look-alikes beside them. Each finding's trailing comment shows the
 * text it flags.
 */
import { describeRule, type RuleTable } from '../../../../test/support/rule-tester';
import { weakPasswordHash } from './weak-password-hash';

const CONTROL =
  'MoJ guidance requires stored passwords to be salted hashes whose strength matches the data they protect (Passwords: Password storage).';
const OWASP = 'that the OWASP Password Storage Cheat Sheet recommends, so stolen hashes can be guessed quickly.';

/** PBKDF2 iterations under the minimum for their digest. */
function underIterations(subject: string, minimum: string): string {
  return `${subject}, which is under the ${minimum} iterations ${OWASP} ${CONTROL} Raise the iterations to at least ${minimum}, or use Argon2id.`;
}

function underCost(subject: string): string {
  return `${subject}, which is under the cost of 10 ${OWASP} ${CONTROL} Raise the cost to at least 10.`;
}

function underN(subject: string): string {
  return `${subject}, which is under the N of 131,072 (2^17) ${OWASP} ${CONTROL} Raise N to at least 131,072.`;
}

function underMemory(subject: string): string {
  return `${subject}, which is under the 19,456 KiB (19 MiB) ${OWASP} ${CONTROL} Raise the memory to at least 19,456 KiB.`;
}

function underTime(subject: string): string {
  return `${subject}, which is under the 2 iterations ${OWASP} ${CONTROL} Raise the iterations to at least 2.`;
}

function fast(algorithm: string): string {
  return (
    `${algorithm} is a fast hash, and here it hashes a password: anyone holding the stored hashes can try billions of guesses a second. ` +
    `${CONTROL} Use a password hashing function (Argon2id, scrypt, bcrypt or PBKDF2) at the OWASP Password Storage Cheat Sheet's work factors.`
  );
}

function scheme(label: string): string {
  return (
    `${label} hashes passwords with a fast or unsalted construction, so stolen hashes can be guessed quickly. ${CONTROL} ` +
    "Hash new passwords with Argon2id, scrypt, bcrypt or PBKDF2 at the OWASP Password Storage Cheat Sheet's work factors."
  );
}

function plaintext(label: string): string {
  return (
    `${label} stores passwords as plain text, so anyone who reads the store has every password. ` +
    'MoJ guidance says passwords must never be stored in the clear, only as salted hashes (Passwords: Password storage). ' +
    'Use a password hashing function such as Argon2id, scrypt, bcrypt or PBKDF2.'
  );
}

function variant(name: string): string {
  return (
    `This selects ${name}; the OWASP Password Storage Cheat Sheet recommends Argon2id, which resists both side-channel and GPU cracking attacks. ` +
    `${CONTROL} Use Argon2id.`
  );
}

const SALT =
  'This salt is a fixed value, so identical passwords get identical hashes and one precomputed table cracks them all. ' +
  `${CONTROL} Generate a random salt of at least 16 bytes for each password with a cryptographic random generator, and store it beside the hash.`;

const PBKDF2_600K = 'Raise the PBKDF2 iterations to 600,000';
const PBKDF2_1300K = 'Raise the PBKDF2 iterations to 1,300,000';
const PBKDF2_210K = 'Raise the PBKDF2 iterations to 210,000';
const BCRYPT_12 = 'Raise the bcrypt cost to 12';
const SCRYPT_2_17 = 'Raise the scrypt N to 131,072';
const ARGON2_MEMORY = 'Raise the Argon2 memory to 19,456 KiB';
const ARGON2_TIME = 'Raise the Argon2 iterations to 2';
const ARGON2ID = 'Use Argon2id';

export const table: RuleTable = {
  rule: weakPasswordHash,
  invalid: [
    // JavaScript and TypeScript
    {
      name: 'pbkdf2Sync under 600,000 SHA-256 iterations keeps the digit grouping',
      path: 'src/auth/keys.js',
      code: "const crypto = require('crypto');\nconst key = crypto.pbkdf2Sync(password, salt, 100_000, 32, 'sha256');\n",
      findings: [
        { line: 2, column: 47, endColumn: 54, message: underIterations('PBKDF2-HMAC-SHA256 runs 100,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "const crypto = require('crypto');\nconst key = crypto.pbkdf2Sync(password, salt, 600_000, 32, 'sha256');\n" } }, // "100_000"
      ],
    },
    {
      name: 'destructured pbkdf2 with HMAC-SHA1 and a callback',
      path: 'src/auth/keys.js',
      code: "const { pbkdf2 } = require('node:crypto');\npbkdf2(password, salt, 10000, 64, 'sha1', (err, key) => done(err, key));\n",
      findings: [
        { line: 2, column: 24, endColumn: 29, message: underIterations('PBKDF2-HMAC-SHA1 runs 10,000 iterations here', '1,300,000'), fix: { title: PBKDF2_1300K, output: "const { pbkdf2 } = require('node:crypto');\npbkdf2(password, salt, 1300000, 64, 'sha1', (err, key) => done(err, key));\n" } }, // "10000"
      ],
    },
    {
      name: "scryptSync with a fixed salt and Node's default N",
      path: 'src/auth/keys.mjs',
      code: "import { scryptSync } from 'node:crypto';\nexport const key = scryptSync(password, 'salt', 24);\n",
      findings: [
        { line: 2, column: 20, endColumn: 30, message: underN('scryptSync runs with its default N = 16,384 here'), fix: { title: SCRYPT_2_17, output: "import { scryptSync } from 'node:crypto';\nexport const key = scryptSync(password, 'salt', 24, { N: 131072, maxmem: 256 * 1024 * 1024 });\n" } }, // "scryptSync"
        { line: 2, column: 41, endColumn: 47, message: SALT, severity: 'medium', fix: null }, // "'salt'"
      ],
    },
    {
      name: 'scrypt N written as a power keeps its form, and maxmem is raised with it',
      path: 'src/auth/keys.js',
      code: "const crypto = require('crypto');\ncrypto.scrypt(password, salt, 64, { N: 2 ** 14, r: 8, p: 1 }, callback);\n",
      findings: [
        { line: 2, column: 40, endColumn: 47, message: underN('scrypt runs with N = 16,384 here'), fix: { title: SCRYPT_2_17, output: "const crypto = require('crypto');\ncrypto.scrypt(password, salt, 64, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 }, callback);\n" } }, // "2 ** 14"
      ],
    },
    {
      name: 'bcryptjs default import with a low cost',
      path: 'src/auth/passwords.js',
      code: "import bcrypt from 'bcryptjs';\nexport const hashPassword = (password) => bcrypt.hash(password, 8);\n",
      findings: [
        { line: 2, column: 65, endColumn: 66, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "import bcrypt from 'bcryptjs';\nexport const hashPassword = (password) => bcrypt.hash(password, 12);\n" } }, // "8"
      ],
    },
    {
      name: 'bcrypt cost held in a constant gets no fix: the constant may be shared',
      path: 'src/auth/passwords.js',
      code: "const bcrypt = require('bcrypt');\nconst SALT_ROUNDS = 6;\nconst salt = bcrypt.genSaltSync(SALT_ROUNDS);\n",
      findings: [
        { line: 3, column: 33, endColumn: 44, message: underCost('bcrypt runs at cost 6 here'), fix: null }, // "SALT_ROUNDS"
      ],
    },
    {
      name: 'argon2 options selecting Argon2i with too little memory and one pass',
      path: 'src/auth/passwords.js',
      code: "const argon2 = require('argon2');\nconst hash = await argon2.hash(password, { type: argon2.argon2i, memoryCost: 2 ** 12, timeCost: 1 });\n",
      findings: [
        { line: 2, column: 50, endColumn: 64, message: variant('Argon2i'), severity: 'medium', fix: { title: ARGON2ID, output: "const argon2 = require('argon2');\nconst hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 2 ** 12, timeCost: 1 });\n" } }, // "argon2.argon2i"
        { line: 2, column: 78, endColumn: 85, message: underMemory('Argon2i uses 4,096 KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "const argon2 = require('argon2');\nconst hash = await argon2.hash(password, { type: argon2.argon2i, memoryCost: 19456, timeCost: 1 });\n" } }, // "2 ** 12"
        { line: 2, column: 97, endColumn: 98, message: underTime('Argon2i runs 1 iteration here'), fix: { title: ARGON2_TIME, output: "const argon2 = require('argon2');\nconst hash = await argon2.hash(password, { type: argon2.argon2i, memoryCost: 2 ** 12, timeCost: 2 });\n" } }, // "1"
      ],
    },
    {
      name: 'createHash().update() on a request password stored as the hash',
      path: 'src/auth/register.js',
      code: "const crypto = require('crypto');\nuser.passwordHash = crypto.createHash('sha256').update(req.body.password).digest('hex');\n",
      findings: [
        { line: 2, column: 21, endColumn: 38, message: fast('SHA-256'), fix: null }, // "crypto.createHash"
      ],
    },
    {
      name: 'hash object held in a variable inside a function named for passwords',
      path: 'src/auth/legacy.js',
      code: "const crypto = require('crypto');\nfunction hashPassword(plain) {\n  const hash = crypto.createHash('md5');\n  hash.update(plain);\n  return hash.digest('hex');\n}\n",
      findings: [
        { line: 3, column: 16, endColumn: 33, message: fast('MD5'), confidence: 'medium', fix: null }, // "crypto.createHash"
      ],
    },
    {
      name: 'WebCrypto PBKDF2 deriveBits',
      path: 'src/crypto/derive.ts',
      code: "export async function derive(key: CryptoKey, salt: Uint8Array) {\n  return crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1000, hash: 'SHA-256' }, key, 256);\n}\n",
      findings: [
        { line: 2, column: 71, endColumn: 75, message: underIterations('PBKDF2-HMAC-SHA256 runs 1,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "export async function derive(key: CryptoKey, salt: Uint8Array) {\n  return crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 600000, hash: 'SHA-256' }, key, 256);\n}\n" } }, // "1000"
      ],
    },
    {
      name: 'CryptoJS SHA-256 of a password',
      path: 'src/auth/store.ts',
      code: "import CryptoJS from 'crypto-js';\nexport const stored = (password: string): string => CryptoJS.SHA256(password).toString();\n",
      findings: [
        { line: 2, column: 53, endColumn: 68, message: fast('SHA-256'), fix: null }, // "CryptoJS.SHA256"
      ],
    },
    {
      name: '@node-rs/argon2 selecting Argon2d by its enum',
      path: 'src/auth/Signup.tsx',
      code: "import { hash, Algorithm } from '@node-rs/argon2';\nexport const save = async (password: string) => hash(password, { algorithm: Algorithm.Argon2d });\n",
      findings: [
        { line: 2, column: 77, endColumn: 94, message: variant('Argon2d'), severity: 'medium', fix: { title: ARGON2ID, output: "import { hash, Algorithm } from '@node-rs/argon2';\nexport const save = async (password: string) => hash(password, { algorithm: Algorithm.Argon2id });\n" } }, // "Algorithm.Argon2d"
      ],
    },
    {
      name: 'an imported argon2i name is reported without a fix: renaming it would need the import changed',
      path: 'src/auth/passwords.mjs',
      code: "import { hash, argon2i } from 'argon2';\nexport const save = (password) => hash(password, { type: argon2i });\n",
      findings: [
        { line: 2, column: 58, endColumn: 65, message: variant('Argon2i'), severity: 'medium', fix: null }, // "argon2i"
      ],
    },
    {
      name: 'CryptoJS.PBKDF2 with an explicit SHA-512 hasher',
      path: 'src/auth/keys.ts',
      code: "import CryptoJS from 'crypto-js';\nconst key = CryptoJS.PBKDF2(password, salt, { keySize: 8, iterations: 10000, hasher: CryptoJS.algo.SHA512 });\n",
      findings: [
        { line: 2, column: 71, endColumn: 76, message: underIterations('PBKDF2-HMAC-SHA512 runs 10,000 iterations here', '210,000'), fix: { title: PBKDF2_210K, output: "import CryptoJS from 'crypto-js';\nconst key = CryptoJS.PBKDF2(password, salt, { keySize: 8, iterations: 210000, hasher: CryptoJS.algo.SHA512 });\n" } }, // "10000"
      ],
    },
    {
      name: "a project's higher bcrypt threshold",
      path: 'src/auth/passwords.js',
      code: "const bcrypt = require('bcrypt');\nbcrypt.hash(password, 11);\n",
      thresholds: { bcryptCost: 12 },
      findings: [
        { line: 2, column: 23, endColumn: 25, message: "bcrypt runs at cost 11 here, which is under the cost of 12 that this project requires, so stolen hashes can be guessed quickly. MoJ guidance requires stored passwords to be salted hashes whose strength matches the data they protect (Passwords: Password storage). Raise the cost to at least 12.", fix: { title: BCRYPT_12, output: "const bcrypt = require('bcrypt');\nbcrypt.hash(password, 12);\n" } }, // "11"
      ],
    },

    // Python
    {
      name: 'pbkdf2_hmac with an empty salt and too few iterations',
      path: 'app/auth.py',
      code: "import hashlib\nkey = hashlib.pbkdf2_hmac('sha256', password.encode(), b'', 100_000)\n",
      findings: [
        { line: 2, column: 56, endColumn: 59, message: SALT, severity: 'medium', fix: null }, // "b''"
        { line: 2, column: 61, endColumn: 68, message: underIterations('PBKDF2-HMAC-SHA256 runs 100,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "import hashlib\nkey = hashlib.pbkdf2_hmac('sha256', password.encode(), b'', 600_000)\n" } }, // "100_000"
      ],
    },
    {
      name: 'keyword arguments with HMAC-SHA512 and iterations in a constant',
      path: 'app/auth.py',
      code: "from hashlib import pbkdf2_hmac\nITERATIONS = 50_000\ndk = pbkdf2_hmac(hash_name='sha512', password=pw, salt=salt, iterations=ITERATIONS)\n",
      findings: [
        { line: 3, column: 73, endColumn: 83, message: underIterations('PBKDF2-HMAC-SHA512 runs 50,000 iterations here', '210,000'), fix: null }, // "ITERATIONS"
      ],
    },
    {
      name: 'hashlib.scrypt n as a power: the fix raises n and gives OpenSSL room',
      path: 'app/auth.py',
      code: 'import hashlib\nkey = hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1)\n',
      findings: [
        { line: 2, column: 45, endColumn: 50, message: underN('scrypt runs with N = 16,384 here'), fix: { title: SCRYPT_2_17, output: "import hashlib\nkey = hashlib.scrypt(password, salt=salt, n=2**17, r=8, p=1, maxmem=256 * 1024 * 1024)\n" } }, // "2**14"
      ],
    },
    {
      name: 'cryptography PBKDF2HMAC',
      path: 'app/kdf.py',
      code: 'from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\nkdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=100000)\n',
      findings: [
        { line: 3, column: 78, endColumn: 84, message: underIterations('PBKDF2-HMAC-SHA256 runs 100,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\nkdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000)\n" } }, // "100000"
      ],
    },
    {
      name: 'MD5 of a password stored on the user (also crypto/weak-hash)',
      path: 'app/users.py',
      code: 'import hashlib\ndef store(user, password):\n    user.password_hash = hashlib.md5(password.encode()).hexdigest()\n',
      findings: [
        { line: 3, column: 26, endColumn: 37, message: fast('MD5'), fix: null }, // "hashlib.md5"
      ],
    },
    {
      name: 'salted SHA-256 inside hash_password, fed through update()',
      path: 'app/users.py',
      code: 'import hashlib\ndef hash_password(raw):\n    h = hashlib.sha256()\n    h.update(SALT + raw.encode())\n    return h.hexdigest()\n',
      findings: [
        { line: 3, column: 9, endColumn: 23, message: fast('SHA-256'), confidence: 'medium', fix: null }, // "hashlib.sha256"
      ],
    },
    {
      name: 'argon2-cffi PasswordHasher with Argon2i and low costs',
      path: 'app/auth.py',
      code: 'from argon2 import PasswordHasher, Type\nph = PasswordHasher(time_cost=1, memory_cost=8192, type=Type.I)\n',
      findings: [
        { line: 2, column: 31, endColumn: 32, message: underTime('Argon2i runs 1 iteration here'), fix: { title: ARGON2_TIME, output: "from argon2 import PasswordHasher, Type\nph = PasswordHasher(time_cost=2, memory_cost=8192, type=Type.I)\n" } }, // "1"
        { line: 2, column: 46, endColumn: 50, message: underMemory('Argon2i uses 8,192 KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "from argon2 import PasswordHasher, Type\nph = PasswordHasher(time_cost=1, memory_cost=19456, type=Type.I)\n" } }, // "8192"
        { line: 2, column: 57, endColumn: 63, message: variant('Argon2i'), severity: 'medium', fix: { title: ARGON2ID, output: "from argon2 import PasswordHasher, Type\nph = PasswordHasher(time_cost=1, memory_cost=8192, type=Type.ID)\n" } }, // "Type.I"
      ],
    },
    {
      name: 'argon2-cffi low-level hash_secret_raw with a bytes salt',
      path: 'app/auth.py',
      code: "from argon2.low_level import hash_secret_raw, Type\nkey = hash_secret_raw(password, b'static', time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, type=Type.D)\n",
      findings: [
        { line: 2, column: 33, endColumn: 42, message: SALT, severity: 'medium', fix: null }, // "b'static'"
        { line: 2, column: 109, endColumn: 115, message: variant('Argon2d'), severity: 'medium', fix: { title: ARGON2ID, output: "from argon2.low_level import hash_secret_raw, Type\nkey = hash_secret_raw(password, b'static', time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, type=Type.ID)\n" } }, // "Type.D"
      ],
    },
    {
      name: 'cryptography Scrypt with n = 2**14',
      path: 'app/kdf.py',
      code: 'from cryptography.hazmat.primitives.kdf.scrypt import Scrypt\nkdf = Scrypt(salt=salt, length=32, n=2**14, r=8, p=1)\n',
      findings: [
        { line: 2, column: 38, endColumn: 43, message: underN('scrypt runs with N = 16,384 here'), fix: { title: SCRYPT_2_17, output: "from cryptography.hazmat.primitives.kdf.scrypt import Scrypt\nkdf = Scrypt(salt=salt, length=32, n=2**17, r=8, p=1)\n" } }, // "2**14"
      ],
    },
    {
      name: "Flask-Bcrypt rounds in the production configuration",
      path: 'app/config.py',
      code: 'class ProductionConfig(Config):\n    BCRYPT_LOG_ROUNDS = 6\n',
      findings: [
        { line: 2, column: 25, endColumn: 26, message: underCost('bcrypt runs at cost 6 here'), fix: { title: BCRYPT_12, output: "class ProductionConfig(Config):\n    BCRYPT_LOG_ROUNDS = 12\n" } }, // "6"
      ],
    },
    {
      name: 'bcrypt.gensalt with few rounds',
      path: 'app/auth.py',
      code: 'import bcrypt\nhashed = bcrypt.hashpw(password, bcrypt.gensalt(rounds=8))\n',
      findings: [
        { line: 2, column: 56, endColumn: 57, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "import bcrypt\nhashed = bcrypt.hashpw(password, bcrypt.gensalt(rounds=12))\n" } }, // "8"
      ],
    },
    {
      name: "passlib pbkdf2_sha256 at its 29,000-round default, and a weak CryptContext",
      path: 'app/auth.py',
      code: 'from passlib.hash import pbkdf2_sha256\nfrom passlib.context import CryptContext\nstored = pbkdf2_sha256.hash(password)\nctx = CryptContext(schemes=["md5_crypt", "bcrypt"], bcrypt__rounds=8)\n',
      findings: [
        { line: 3, column: 10, endColumn: 28, message: underIterations("passlib's pbkdf2_sha256 runs PBKDF2-HMAC-SHA256 with 29,000 iterations by default", '600,000'), fix: { title: PBKDF2_600K, output: "from passlib.hash import pbkdf2_sha256\nfrom passlib.context import CryptContext\nstored = pbkdf2_sha256.using(rounds=600000).hash(password)\nctx = CryptContext(schemes=[\"md5_crypt\", \"bcrypt\"], bcrypt__rounds=8)\n" } }, // "pbkdf2_sha256.hash"
        { line: 4, column: 29, endColumn: 40, message: scheme("passlib's md5_crypt"), fix: null }, // "\"md5_crypt\""
        { line: 4, column: 68, endColumn: 69, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "from passlib.hash import pbkdf2_sha256\nfrom passlib.context import CryptContext\nstored = pbkdf2_sha256.hash(password)\nctx = CryptContext(schemes=[\"md5_crypt\", \"bcrypt\"], bcrypt__rounds=12)\n" } }, // "8"
      ],
    },
    {
      name: 'passlib scrypt rounds are log2 of N',
      path: 'app/auth.py',
      code: 'from passlib.hash import scrypt\nhasher = scrypt.using(rounds=14)\n',
      findings: [
        { line: 2, column: 30, endColumn: 32, message: underN('scrypt runs with N = 16,384 (2^14) here'), fix: { title: SCRYPT_2_17, output: "from passlib.hash import scrypt\nhasher = scrypt.using(rounds=17)\n" } }, // "14"
      ],
    },
    {
      name: 'Werkzeug method strings carry their work factor',
      path: 'app/views.py',
      code: "from werkzeug.security import generate_password_hash\nhashed = generate_password_hash(form.password.data, method='pbkdf2:sha1:1000')\n",
      findings: [
        { line: 2, column: 60, endColumn: 78, message: underIterations('PBKDF2-HMAC-SHA1 runs 1,000 iterations here', '1,300,000'), fix: { title: PBKDF2_1300K, output: "from werkzeug.security import generate_password_hash\nhashed = generate_password_hash(form.password.data, method='pbkdf2:sha1:1300000')\n" } }, // "'pbkdf2:sha1:1000'"
      ],
    },
    {
      name: "Werkzeug's single-round sha256 and plain methods",
      path: 'app/views.py',
      code: "from werkzeug.security import generate_password_hash\na = generate_password_hash(password, method='sha256')\nb = generate_password_hash(password, 'plain')\n",
      findings: [
        { line: 2, column: 45, endColumn: 53, message: scheme("Werkzeug's single-round 'sha256' method"), fix: null }, // "'sha256'"
        { line: 3, column: 38, endColumn: 45, message: plaintext("Werkzeug's 'plain' method"), severity: 'critical', fix: null }, // "'plain'"
      ],
    },
    {
      name: 'Django PASSWORD_HASHERS led by MD5: the fix keeps it for old hashes',
      path: 'mysite/settings.py',
      code: 'PASSWORD_HASHERS = [\n    "django.contrib.auth.hashers.MD5PasswordHasher",\n    "django.contrib.auth.hashers.PBKDF2PasswordHasher",\n]\n',
      findings: [
        { line: 2, column: 5, endColumn: 52, message: scheme("Django's MD5PasswordHasher"), fix: { title: "Hash new passwords with Django's PBKDF2PasswordHasher", output: "PASSWORD_HASHERS = [\n    \"django.contrib.auth.hashers.PBKDF2PasswordHasher\",\n    \"django.contrib.auth.hashers.MD5PasswordHasher\",\n    \"django.contrib.auth.hashers.PBKDF2PasswordHasher\",\n]\n" } }, // "\"django.contrib.auth.hashers.MD5PasswordHasher\""
      ],
    },
    {
      name: 'Django hasher subclass lowering iterations',
      path: 'accounts/hashers.py',
      code: 'from django.contrib.auth.hashers import PBKDF2PasswordHasher\n\nclass FastHasher(PBKDF2PasswordHasher):\n    iterations = 10000\n',
      findings: [
        { line: 4, column: 18, endColumn: 23, message: underIterations('PBKDF2-HMAC-SHA256 runs 10,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "from django.contrib.auth.hashers import PBKDF2PasswordHasher\n\nclass FastHasher(PBKDF2PasswordHasher):\n    iterations = 600000\n" } }, // "10000"
      ],
    },
    {
      name: "Django make_password with an unsalted hasher",
      path: 'accounts/importer.py',
      code: "from django.contrib.auth.hashers import make_password\nuser.password = make_password(raw, hasher='unsalted_md5')\n",
      findings: [
        { line: 2, column: 43, endColumn: 57, message: scheme("Django's 'unsalted_md5' hasher"), fix: null }, // "'unsalted_md5'"
      ],
    },

    // Java
    {
      name: 'PBKDF2WithHmacSHA1 with few iterations and a fixed salt',
      path: 'src/main/java/uk/gov/justice/Passwords.java',
      code: 'class Passwords {\n  byte[] hash(char[] password) throws Exception {\n    SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1");\n    PBEKeySpec spec = new PBEKeySpec(password, "salt".getBytes(), 10_000, 256);\n    return factory.generateSecret(spec).getEncoded();\n  }\n}\n',
      findings: [
        { line: 4, column: 48, endColumn: 65, message: SALT, severity: 'medium', fix: null }, // "\"salt\".getBytes()"
        { line: 4, column: 67, endColumn: 73, message: underIterations('PBKDF2-HMAC-SHA1 runs 10,000 iterations here', '1,300,000'), fix: { title: PBKDF2_1300K, output: "class Passwords {\n  byte[] hash(char[] password) throws Exception {\n    SecretKeyFactory factory = SecretKeyFactory.getInstance(\"PBKDF2WithHmacSHA1\");\n    PBEKeySpec spec = new PBEKeySpec(password, \"salt\".getBytes(), 1_300_000, 256);\n    return factory.generateSecret(spec).getEncoded();\n  }\n}\n" } }, // "10_000"
      ],
    },
    {
      name: 'PBKDF2WithHmacSHA256 with iterations in a constant',
      path: 'src/main/java/uk/gov/justice/Passwords.java',
      code: 'class Passwords {\n  private static final int ITERATIONS = 65536;\n  byte[] hash(char[] password, byte[] salt) throws Exception {\n    KeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);\n    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();\n  }\n}\n',
      findings: [
        { line: 4, column: 51, endColumn: 61, message: underIterations('PBKDF2-HMAC-SHA256 runs 65,536 iterations here', '600,000'), fix: null }, // "ITERATIONS"
      ],
    },
    {
      name: 'BCryptPasswordEncoder bean with strength 8',
      path: 'src/main/java/uk/gov/justice/SecurityConfig.java',
      code: 'class SecurityConfig {\n  @Bean\n  PasswordEncoder passwordEncoder() {\n    return new BCryptPasswordEncoder(8);\n  }\n}\n',
      findings: [
        { line: 4, column: 38, endColumn: 39, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "class SecurityConfig {\n  @Bean\n  PasswordEncoder passwordEncoder() {\n    return new BCryptPasswordEncoder(12);\n  }\n}\n" } }, // "8"
      ],
    },
    {
      name: 'NoOpPasswordEncoder stores passwords as they are',
      path: 'src/main/java/uk/gov/justice/SecurityConfig.java',
      code: 'class SecurityConfig {\n  @Bean\n  PasswordEncoder passwordEncoder() {\n    return NoOpPasswordEncoder.getInstance();\n  }\n}\n',
      findings: [
        { line: 4, column: 12, endColumn: 43, message: plaintext("Spring Security's NoOpPasswordEncoder"), severity: 'critical', fix: null }, // "NoOpPasswordEncoder.getInstance"
      ],
    },
    {
      name: 'message-digest encoders and a noop delegating id',
      path: 'src/main/java/uk/gov/justice/SecurityConfig.java',
      code: 'class SecurityConfig {\n  PasswordEncoder md5 = new MessageDigestPasswordEncoder("MD5");\n  PasswordEncoder sha = new StandardPasswordEncoder();\n  PasswordEncoder delegating = new DelegatingPasswordEncoder("noop", encoders);\n}\n',
      findings: [
        { line: 2, column: 29, endColumn: 57, message: scheme("Spring Security's MessageDigestPasswordEncoder"), fix: null }, // "MessageDigestPasswordEncoder"
        { line: 3, column: 29, endColumn: 52, message: scheme("Spring Security's StandardPasswordEncoder"), fix: null }, // "StandardPasswordEncoder"
        { line: 4, column: 62, endColumn: 68, message: plaintext("Spring Security's 'noop' encoder"), severity: 'critical', fix: null }, // "\"noop\""
      ],
    },
    {
      name: 'Argon2PasswordEncoder with 4 MiB and one iteration',
      path: 'src/main/java/uk/gov/justice/SecurityConfig.java',
      code: 'class SecurityConfig {\n  PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 1 << 12, 1);\n}\n',
      findings: [
        { line: 2, column: 66, endColumn: 73, message: underMemory('Argon2id uses 4,096 KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "class SecurityConfig {\n  PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19456, 1);\n}\n" } }, // "1 << 12"
        { line: 2, column: 75, endColumn: 76, message: underTime('Argon2id runs 1 iteration here'), fix: { title: ARGON2_TIME, output: "class SecurityConfig {\n  PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 1 << 12, 2);\n}\n" } }, // "1"
      ],
    },
    {
      name: "Spring Security's 5.8 PBKDF2 and scrypt defaults are under today's minimums",
      path: 'src/main/java/uk/gov/justice/SecurityConfig.java',
      code: 'class SecurityConfig {\n  PasswordEncoder pbkdf2 = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();\n  PasswordEncoder scrypt = new SCryptPasswordEncoder(16384, 8, 1, 32, 64);\n}\n',
      findings: [
        { line: 2, column: 28, endColumn: 80, message: underIterations('Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8() configures PBKDF2-HMAC-SHA256 with 310,000 iterations', '600,000'), fix: null }, // "Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8"
        { line: 3, column: 54, endColumn: 59, message: underN('scrypt runs with N = 16,384 here'), fix: { title: SCRYPT_2_17, output: "class SecurityConfig {\n  PasswordEncoder pbkdf2 = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();\n  PasswordEncoder scrypt = new SCryptPasswordEncoder(131072, 8, 1, 32, 64);\n}\n" } }, // "16384"
      ],
    },
    {
      name: 'MessageDigest over password bytes',
      path: 'src/main/java/uk/gov/justice/LegacyLogin.java',
      code: 'class LegacyLogin {\n  byte[] digest(String password) throws Exception {\n    MessageDigest md = MessageDigest.getInstance("SHA-256");\n    return md.digest(password.getBytes(StandardCharsets.UTF_8));\n  }\n}\n',
      findings: [
        { line: 3, column: 24, endColumn: 49, message: fast('SHA-256'), fix: null }, // "MessageDigest.getInstance"
      ],
    },
    {
      name: 'Commons Codec md5Hex of a password',
      path: 'src/main/java/uk/gov/justice/LegacyLogin.java',
      code: 'class LegacyLogin {\n  String stored(User user) {\n    return DigestUtils.md5Hex(user.getPassword());\n  }\n}\n',
      findings: [
        { line: 3, column: 12, endColumn: 30, message: fast('MD5'), fix: null }, // "DigestUtils.md5Hex"
      ],
    },
    {
      name: 'Bouncy Castle Argon2 builder with Argon2i and one iteration',
      path: 'src/main/java/uk/gov/justice/Argon.java',
      code: 'class Argon {\n  Argon2Parameters parameters() {\n    return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_i)\n      .withIterations(1)\n      .withMemoryPowOfTwo(16)\n      .build();\n  }\n}\n',
      findings: [
        { line: 3, column: 41, endColumn: 66, message: variant('Argon2i'), severity: 'medium', fix: { title: ARGON2ID, output: "class Argon {\n  Argon2Parameters parameters() {\n    return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)\n      .withIterations(1)\n      .withMemoryPowOfTwo(16)\n      .build();\n  }\n}\n" } }, // "Argon2Parameters.ARGON2_i"
        { line: 4, column: 23, endColumn: 24, message: underTime('Argon2 runs 1 iteration here'), fix: { title: ARGON2_TIME, output: "class Argon {\n  Argon2Parameters parameters() {\n    return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_i)\n      .withIterations(2)\n      .withMemoryPowOfTwo(16)\n      .build();\n  }\n}\n" } }, // "1"
      ],
    },
    {
      name: 'older Pbkdf2PasswordEncoder constructors use HMAC-SHA1',
      path: 'src/main/java/uk/gov/justice/SecurityConfig.java',
      code: 'class SecurityConfig {\n  PasswordEncoder encoder = new Pbkdf2PasswordEncoder(secret, 185000, 256);\n}\n',
      findings: [
        { line: 2, column: 63, endColumn: 69, message: underIterations('PBKDF2-HMAC-SHA1 runs 185,000 iterations here', '1,300,000'), fix: { title: PBKDF2_1300K, output: "class SecurityConfig {\n  PasswordEncoder encoder = new Pbkdf2PasswordEncoder(secret, 1300000, 256);\n}\n" } }, // "185000"
      ],
    },

    // C#
    {
      name: 'Rfc2898DeriveBytes without an iteration count',
      path: 'src/Auth/Passwords.cs',
      code: 'class Passwords {\n  byte[] Derive(string password, byte[] salt) {\n    using var kdf = new Rfc2898DeriveBytes(password, salt);\n    return kdf.GetBytes(32);\n  }\n}\n',
      findings: [
        { line: 3, column: 25, endColumn: 43, message: underIterations('Rfc2898DeriveBytes without an iteration count runs PBKDF2-HMAC-SHA1 with 1,000 iterations', '1,300,000'), fix: { title: "Use PBKDF2-HMAC-SHA256 with 600,000 iterations", output: "class Passwords {\n  byte[] Derive(string password, byte[] salt) {\n    using var kdf = new Rfc2898DeriveBytes(password, salt, 600000, HashAlgorithmName.SHA256);\n    return kdf.GetBytes(32);\n  }\n}\n" } }, // "Rfc2898DeriveBytes"
      ],
    },
    {
      name: 'Rfc2898DeriveBytes with a fixed salt and 10,000 SHA-256 iterations',
      path: 'src/Auth/Passwords.cs',
      code: 'class Passwords {\n  byte[] Derive(string password) {\n    using var kdf = new Rfc2898DeriveBytes(password, Encoding.UTF8.GetBytes("static-salt"), 10000, HashAlgorithmName.SHA256);\n    return kdf.GetBytes(32);\n  }\n}\n',
      findings: [
        { line: 3, column: 54, endColumn: 91, message: SALT, severity: 'medium', fix: null }, // "Encoding.UTF8.GetBytes(\"static-salt\")"
        { line: 3, column: 93, endColumn: 98, message: underIterations('PBKDF2-HMAC-SHA256 runs 10,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "class Passwords {\n  byte[] Derive(string password) {\n    using var kdf = new Rfc2898DeriveBytes(password, Encoding.UTF8.GetBytes(\"static-salt\"), 600000, HashAlgorithmName.SHA256);\n    return kdf.GetBytes(32);\n  }\n}\n" } }, // "10000"
      ],
    },
    {
      name: 'Rfc2898DeriveBytes.Pbkdf2 with SHA-512',
      path: 'src/Auth/Passwords.cs',
      code: 'class Passwords {\n  byte[] Derive(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 100_000, HashAlgorithmName.SHA512, 64);\n}\n',
      findings: [
        { line: 2, column: 92, endColumn: 99, message: underIterations('PBKDF2-HMAC-SHA512 runs 100,000 iterations here', '210,000'), fix: { title: PBKDF2_210K, output: "class Passwords {\n  byte[] Derive(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 210_000, HashAlgorithmName.SHA512, 64);\n}\n" } }, // "100_000"
      ],
    },
    {
      name: 'KeyDerivation.Pbkdf2 with named arguments',
      path: 'src/Auth/Passwords.cs',
      code: 'class Passwords {\n  byte[] Derive(string password, byte[] salt) =>\n    KeyDerivation.Pbkdf2(password: password, salt: salt, prf: KeyDerivationPrf.HMACSHA256, iterationCount: 10000, numBytesRequested: 32);\n}\n',
      findings: [
        { line: 3, column: 108, endColumn: 113, message: underIterations('PBKDF2-HMAC-SHA256 runs 10,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "class Passwords {\n  byte[] Derive(string password, byte[] salt) =>\n    KeyDerivation.Pbkdf2(password: password, salt: salt, prf: KeyDerivationPrf.HMACSHA256, iterationCount: 600000, numBytesRequested: 32);\n}\n" } }, // "10000"
      ],
    },
    {
      name: 'BCrypt.Net work factors in a named argument and in GenerateSalt',
      path: 'src/Auth/Passwords.cs',
      code: 'class Passwords {\n  string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password, workFactor: 8);\n  string Salt() => BCrypt.Net.BCrypt.GenerateSalt(6);\n}\n',
      findings: [
        { line: 2, column: 88, endColumn: 89, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "class Passwords {\n  string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password, workFactor: 12);\n  string Salt() => BCrypt.Net.BCrypt.GenerateSalt(6);\n}\n" } }, // "8"
        { line: 3, column: 51, endColumn: 52, message: underCost('bcrypt runs at cost 6 here'), fix: { title: BCRYPT_12, output: "class Passwords {\n  string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password, workFactor: 8);\n  string Salt() => BCrypt.Net.BCrypt.GenerateSalt(12);\n}\n" } }, // "6"
      ],
    },
    {
      name: 'SHA256.HashData over password bytes',
      path: 'src/Auth/Legacy.cs',
      code: 'class Legacy {\n  byte[] Hash(string password) => SHA256.HashData(Encoding.UTF8.GetBytes(password));\n}\n',
      findings: [
        { line: 2, column: 35, endColumn: 50, message: fast('SHA-256'), fix: null }, // "SHA256.HashData"
      ],
    },
    {
      name: 'SHA512 hash object in a HashPassword method',
      path: 'src/Auth/Legacy.cs',
      code: 'class Legacy {\n  string HashPassword(string input) {\n    using var sha = SHA512.Create();\n    return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(input)));\n  }\n}\n',
      findings: [
        { line: 3, column: 21, endColumn: 34, message: fast('SHA-512'), confidence: 'medium', fix: null }, // "SHA512.Create"
      ],
    },
    {
      name: 'ASP.NET Core Identity iteration count and version 2 format',
      path: 'src/Startup.cs',
      code: 'class Startup {\n  void ConfigureServices(IServiceCollection services) {\n    services.Configure<PasswordHasherOptions>(options => options.IterationCount = 10_000);\n    services.Configure<PasswordHasherOptions>(options => options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2);\n  }\n}\n',
      findings: [
        { line: 3, column: 83, endColumn: 89, message: underIterations('PBKDF2-HMAC-SHA512 runs 10,000 iterations here', '210,000'), fix: { title: PBKDF2_210K, output: "class Startup {\n  void ConfigureServices(IServiceCollection services) {\n    services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);\n    services.Configure<PasswordHasherOptions>(options => options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2);\n  }\n}\n" } }, // "10_000"
        { line: 4, column: 86, endColumn: 128, message: scheme("ASP.NET Core Identity's version 2 format (PBKDF2-HMAC-SHA1, 1,000 iterations)"), fix: { title: "Use the version 3 hash format", output: "class Startup {\n  void ConfigureServices(IServiceCollection services) {\n    services.Configure<PasswordHasherOptions>(options => options.IterationCount = 10_000);\n    services.Configure<PasswordHasherOptions>(options => options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3);\n  }\n}\n" } }, // "PasswordHasherCompatibilityMode.IdentityV2"
      ],
    },
    {
      name: 'Konscious Argon2i with 1 MiB',
      path: 'src/Auth/Argon.cs',
      code: 'class Argon {\n  byte[] Hash(byte[] password) {\n    var argon = new Argon2i(password) { Salt = salt, MemorySize = 1024, Iterations = 4 };\n    return argon.GetBytes(32);\n  }\n}\n',
      findings: [
        { line: 3, column: 21, endColumn: 28, message: variant('Argon2i'), severity: 'medium', fix: { title: ARGON2ID, output: "class Argon {\n  byte[] Hash(byte[] password) {\n    var argon = new Argon2id(password) { Salt = salt, MemorySize = 1024, Iterations = 4 };\n    return argon.GetBytes(32);\n  }\n}\n" } }, // "Argon2i"
        { line: 3, column: 67, endColumn: 71, message: underMemory('Argon2i uses 1,024 KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "class Argon {\n  byte[] Hash(byte[] password) {\n    var argon = new Argon2i(password) { Salt = salt, MemorySize = 19456, Iterations = 4 };\n    return argon.GetBytes(32);\n  }\n}\n" } }, // "1024"
      ],
    },
    {
      name: 'FormsAuthentication.HashPasswordForStoringInConfigFile',
      path: 'src/Legacy/Login.cs',
      code: 'class Login {\n  string Stored(string secret) => FormsAuthentication.HashPasswordForStoringInConfigFile(secret, "MD5");\n}\n',
      findings: [
        { line: 2, column: 35, endColumn: 89, message: fast('MD5'), fix: null }, // "FormsAuthentication.HashPasswordForStoringInConfigFile"
      ],
    },

    // Go
    {
      name: 'x/crypto pbkdf2.Key with 4,096 SHA-256 iterations',
      path: 'internal/auth/keys.go',
      code: 'package auth\n\nimport (\n\t"crypto/sha256"\n\n\t"golang.org/x/crypto/pbkdf2"\n)\n\nfunc Derive(password, salt []byte) []byte {\n\treturn pbkdf2.Key(password, salt, 4096, 32, sha256.New)\n}\n',
      findings: [
        { line: 10, column: 36, endColumn: 40, message: underIterations('PBKDF2-HMAC-SHA256 runs 4,096 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "package auth\n\nimport (\n\t\"crypto/sha256\"\n\n\t\"golang.org/x/crypto/pbkdf2\"\n)\n\nfunc Derive(password, salt []byte) []byte {\n\treturn pbkdf2.Key(password, salt, 600000, 32, sha256.New)\n}\n" } }, // "4096"
      ],
    },
    {
      name: 'pbkdf2.Key with HMAC-SHA1 and a fixed salt',
      path: 'internal/auth/keys.go',
      code: 'package auth\n\nimport (\n\t"crypto/sha1"\n\n\t"golang.org/x/crypto/pbkdf2"\n)\n\nfunc Derive(password string) []byte {\n\treturn pbkdf2.Key([]byte(password), []byte("pepper"), 100000, 20, sha1.New)\n}\n',
      findings: [
        { line: 10, column: 38, endColumn: 54, message: SALT, severity: 'medium', fix: null }, // "[]byte(\"pepper\")"
        { line: 10, column: 56, endColumn: 62, message: underIterations('PBKDF2-HMAC-SHA1 runs 100,000 iterations here', '1,300,000'), fix: { title: PBKDF2_1300K, output: "package auth\n\nimport (\n\t\"crypto/sha1\"\n\n\t\"golang.org/x/crypto/pbkdf2\"\n)\n\nfunc Derive(password string) []byte {\n\treturn pbkdf2.Key([]byte(password), []byte(\"pepper\"), 1300000, 20, sha1.New)\n}\n" } }, // "100000"
      ],
    },
    {
      name: "Go 1.24 crypto/pbkdf2 takes the hash first",
      path: 'internal/auth/keys.go',
      code: 'package auth\n\nimport (\n\t"crypto/pbkdf2"\n\t"crypto/sha512"\n)\n\nfunc Derive(password string, salt []byte) ([]byte, error) {\n\treturn pbkdf2.Key(sha512.New, password, salt, 100000, 64)\n}\n',
      findings: [
        { line: 9, column: 48, endColumn: 54, message: underIterations('PBKDF2-HMAC-SHA512 runs 100,000 iterations here', '210,000'), fix: { title: PBKDF2_210K, output: "package auth\n\nimport (\n\t\"crypto/pbkdf2\"\n\t\"crypto/sha512\"\n)\n\nfunc Derive(password string, salt []byte) ([]byte, error) {\n\treturn pbkdf2.Key(sha512.New, password, salt, 210000, 64)\n}\n" } }, // "100000"
      ],
    },
    {
      name: 'bcrypt.MinCost',
      path: 'internal/auth/passwords.go',
      code: 'package auth\n\nimport "golang.org/x/crypto/bcrypt"\n\nfunc Hash(password string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost)\n}\n',
      findings: [
        { line: 6, column: 55, endColumn: 69, message: underCost('bcrypt runs at cost 4 here'), fix: { title: BCRYPT_12, output: "package auth\n\nimport \"golang.org/x/crypto/bcrypt\"\n\nfunc Hash(password string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(password), 12)\n}\n" } }, // "bcrypt.MinCost"
      ],
    },
    {
      name: 'scrypt.Key with N = 1<<14',
      path: 'internal/auth/passwords.go',
      code: 'package auth\n\nimport "golang.org/x/crypto/scrypt"\n\nfunc Hash(password, salt []byte) ([]byte, error) {\n\treturn scrypt.Key(password, salt, 1<<14, 8, 1, 32)\n}\n',
      findings: [
        { line: 6, column: 36, endColumn: 41, message: underN('scrypt runs with N = 16,384 here'), fix: { title: SCRYPT_2_17, output: "package auth\n\nimport \"golang.org/x/crypto/scrypt\"\n\nfunc Hash(password, salt []byte) ([]byte, error) {\n\treturn scrypt.Key(password, salt, 1<<17, 8, 1, 32)\n}\n" } }, // "1<<14"
      ],
    },
    {
      name: 'argon2.IDKey with one pass and 4 MiB',
      path: 'internal/auth/passwords.go',
      code: 'package auth\n\nimport "golang.org/x/crypto/argon2"\n\nfunc Hash(password, salt []byte) []byte {\n\treturn argon2.IDKey(password, salt, 1, 4*1024, 4, 32)\n}\n',
      findings: [
        { line: 6, column: 38, endColumn: 39, message: underTime('Argon2id runs 1 iteration here'), fix: { title: ARGON2_TIME, output: "package auth\n\nimport \"golang.org/x/crypto/argon2\"\n\nfunc Hash(password, salt []byte) []byte {\n\treturn argon2.IDKey(password, salt, 2, 4*1024, 4, 32)\n}\n" } }, // "1"
        { line: 6, column: 41, endColumn: 47, message: underMemory('Argon2id uses 4,096 KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "package auth\n\nimport \"golang.org/x/crypto/argon2\"\n\nfunc Hash(password, salt []byte) []byte {\n\treturn argon2.IDKey(password, salt, 1, 19*1024, 4, 32)\n}\n" } }, // "4*1024"
      ],
    },
    {
      name: 'argon2.Key is Argon2i',
      path: 'internal/auth/passwords.go',
      code: 'package auth\n\nimport "golang.org/x/crypto/argon2"\n\nfunc Hash(password, salt []byte) []byte {\n\treturn argon2.Key(password, salt, 3, 64*1024, 4, 32)\n}\n',
      findings: [
        { line: 6, column: 9, endColumn: 19, message: variant('Argon2i'), severity: 'medium', fix: { title: ARGON2ID, output: "package auth\n\nimport \"golang.org/x/crypto/argon2\"\n\nfunc Hash(password, salt []byte) []byte {\n\treturn argon2.IDKey(password, salt, 3, 64*1024, 4, 32)\n}\n" } }, // "argon2.Key"
      ],
    },
    {
      name: 'sha256.Sum256 of a password, and an md5 hash fed with io.WriteString',
      path: 'internal/auth/legacy.go',
      code: 'package auth\n\nimport (\n\t"crypto/md5"\n\t"crypto/sha256"\n\t"io"\n)\n\nfunc Legacy(password string) ([32]byte, []byte) {\n\tsum := sha256.Sum256([]byte(password))\n\th := md5.New()\n\tio.WriteString(h, password)\n\treturn sum, h.Sum(nil)\n}\n',
      findings: [
        { line: 10, column: 9, endColumn: 22, message: fast('SHA-256'), fix: null }, // "sha256.Sum256"
        { line: 11, column: 7, endColumn: 14, message: fast('MD5'), fix: null }, // "md5.New"
      ],
    },

    // PHP
    {
      name: 'password_hash with bcrypt cost 8',
      path: 'src/Auth.php',
      code: "<?php\n$hash = password_hash($password, PASSWORD_BCRYPT, ['cost' => 8]);\n",
      findings: [
        { line: 2, column: 62, endColumn: 63, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "<?php\n$hash = password_hash($password, PASSWORD_BCRYPT, ['cost' => 12]);\n" } }, // "8"
      ],
    },
    {
      name: 'Argon2id options held in a variable',
      path: 'src/Auth.php',
      code: "<?php\n$options = ['memory_cost' => 1024, 'time_cost' => 1];\n$hash = password_hash($password, PASSWORD_ARGON2ID, $options);\n",
      findings: [
        { line: 2, column: 30, endColumn: 34, message: underMemory('Argon2id uses 1,024 KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "<?php\n$options = ['memory_cost' => 19456, 'time_cost' => 1];\n$hash = password_hash($password, PASSWORD_ARGON2ID, $options);\n" } }, // "1024"
        { line: 2, column: 51, endColumn: 52, message: underTime('Argon2id runs 1 iteration here'), fix: { title: ARGON2_TIME, output: "<?php\n$options = ['memory_cost' => 1024, 'time_cost' => 2];\n$hash = password_hash($password, PASSWORD_ARGON2ID, $options);\n" } }, // "1"
      ],
    },
    {
      name: 'PASSWORD_ARGON2I',
      path: 'src/Auth.php',
      code: "<?php\n$hash = password_hash($password, PASSWORD_ARGON2I);\n",
      findings: [
        { line: 2, column: 34, endColumn: 50, message: variant('Argon2i'), severity: 'medium', fix: { title: ARGON2ID, output: "<?php\n$hash = password_hash($password, PASSWORD_ARGON2ID);\n" } }, // "PASSWORD_ARGON2I"
      ],
    },
    {
      name: 'crypt() with MD5-crypt and with a bcrypt cost of 08',
      path: 'src/Legacy.php',
      code: "<?php\n$a = crypt($password, '$1$' . $salt);\n$b = crypt($password, '$2y$08$' . $salt);\n",
      findings: [
        { line: 2, column: 23, endColumn: 36, message: scheme("crypt() with an MD5-crypt ('$1$') salt"), fix: null }, // "'$1$' . $salt"
        { line: 3, column: 23, endColumn: 40, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "<?php\n$a = crypt($password, '$1$' . $salt);\n$b = crypt($password, '$2y$12$' . $salt);\n" } }, // "'$2y$08$' . $salt"
      ],
    },
    {
      name: 'md5() of a password (also crypto/weak-hash) and a salted hash()',
      path: 'src/Legacy.php',
      code: "<?php\n$user->password = md5($_POST['password']);\n$check = hash('sha256', $salt . $password);\n",
      findings: [
        { line: 2, column: 19, endColumn: 22, message: fast('MD5'), fix: null }, // "md5"
        { line: 3, column: 10, endColumn: 14, message: fast('SHA-256'), fix: null }, // "hash"
      ],
    },
    {
      name: 'hash_pbkdf2 and openssl_pbkdf2, whose digest defaults to SHA-1',
      path: 'src/Keys.php',
      code: "<?php\n$a = hash_pbkdf2('sha256', $password, $salt, 1000, 64);\n$b = openssl_pbkdf2($password, $salt, 32, 10000);\n",
      findings: [
        { line: 2, column: 46, endColumn: 50, message: underIterations('PBKDF2-HMAC-SHA256 runs 1,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "<?php\n$a = hash_pbkdf2('sha256', $password, $salt, 600000, 64);\n$b = openssl_pbkdf2($password, $salt, 32, 10000);\n" } }, // "1000"
        { line: 3, column: 43, endColumn: 48, message: underIterations('PBKDF2-HMAC-SHA1 runs 10,000 iterations here', '1,300,000'), fix: { title: PBKDF2_1300K, output: "<?php\n$a = hash_pbkdf2('sha256', $password, $salt, 1000, 64);\n$b = openssl_pbkdf2($password, $salt, 32, 1300000);\n" } }, // "10000"
      ],
    },
    {
      name: 'Laravel Hash::make with rounds',
      path: 'app/Http/Controllers/RegisterController.php',
      code: "<?php\n$user->password = Hash::make($request->password, ['rounds' => 8]);\n",
      findings: [
        { line: 2, column: 63, endColumn: 64, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "<?php\n$user->password = Hash::make($request->password, ['rounds' => 12]);\n" } }, // "8"
      ],
    },
    {
      name: "Laravel config/hashing.php with the Argon2i driver and low defaults",
      path: 'config/hashing.php',
      code: "<?php\nreturn [\n    'driver' => 'argon',\n    'bcrypt' => ['rounds' => env('BCRYPT_ROUNDS', 8)],\n    'argon' => ['memory' => 1024, 'threads' => 2, 'time' => 2],\n];\n",
      findings: [
        { line: 3, column: 17, endColumn: 24, message: variant('Argon2i'), severity: 'medium', fix: { title: ARGON2ID, output: "<?php\nreturn [\n    'driver' => 'argon2id',\n    'bcrypt' => ['rounds' => env('BCRYPT_ROUNDS', 8)],\n    'argon' => ['memory' => 1024, 'threads' => 2, 'time' => 2],\n];\n" } }, // "'argon'"
        { line: 4, column: 51, endColumn: 52, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "<?php\nreturn [\n    'driver' => 'argon',\n    'bcrypt' => ['rounds' => env('BCRYPT_ROUNDS', 12)],\n    'argon' => ['memory' => 1024, 'threads' => 2, 'time' => 2],\n];\n" } }, // "8"
        { line: 5, column: 29, endColumn: 33, message: underMemory('Argon2 uses 1,024 KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "<?php\nreturn [\n    'driver' => 'argon',\n    'bcrypt' => ['rounds' => env('BCRYPT_ROUNDS', 8)],\n    'argon' => ['memory' => 19456, 'threads' => 2, 'time' => 2],\n];\n" } }, // "1024"
      ],
    },

    // Ruby
    {
      name: 'BCrypt::Password.create with cost 8',
      path: 'app/models/user.rb',
      code: "class User\n  def password=(new_password)\n    @password_digest = BCrypt::Password.create(new_password, cost: 8)\n  end\nend\n",
      findings: [
        { line: 3, column: 68, endColumn: 69, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "class User\n  def password=(new_password)\n    @password_digest = BCrypt::Password.create(new_password, cost: 12)\n  end\nend\n" } }, // "8"
      ],
    },
    {
      name: 'BCrypt::Engine.cost set low for the whole app',
      path: 'config/initializers/bcrypt.rb',
      code: "BCrypt::Engine.cost = 4\n",
      findings: [
        { line: 1, column: 23, endColumn: 24, message: underCost('bcrypt runs at cost 4 here'), fix: { title: BCRYPT_12, output: "BCrypt::Engine.cost = 12\n" } }, // "4"
      ],
    },
    {
      name: 'Devise stretches set to 1 in every environment',
      path: 'config/initializers/devise.rb',
      code: "Devise.setup do |config|\n  config.stretches = 1\nend\n",
      findings: [
        { line: 2, column: 22, endColumn: 23, message: underCost('bcrypt runs at cost 1 here'), fix: { title: BCRYPT_12, output: "Devise.setup do |config|\n  config.stretches = 12\nend\n" } }, // "1"
      ],
    },
    {
      name: 'Devise stretches too low on the production branch',
      path: 'config/initializers/devise.rb',
      code: "Devise.setup do |config|\n  config.stretches = Rails.env.production? ? 8 : 1\nend\n",
      findings: [
        { line: 2, column: 46, endColumn: 47, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "Devise.setup do |config|\n  config.stretches = Rails.env.production? ? 12 : 1\nend\n" } }, // "8"
      ],
    },
    {
      name: 'OpenSSL::PKCS5.pbkdf2_hmac with the digest named in a string',
      path: 'lib/keys.rb',
      code: "key = OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 20_000, 32, OpenSSL::Digest.new('SHA256'))\n",
      findings: [
        { line: 1, column: 50, endColumn: 56, message: underIterations('PBKDF2-HMAC-SHA256 runs 20,000 iterations here', '600,000'), fix: { title: PBKDF2_600K, output: "key = OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 600_000, 32, OpenSSL::Digest.new('SHA256'))\n" } }, // "20_000"
      ],
    },
    {
      name: 'OpenSSL::KDF with a fixed salt, HMAC-SHA1 and scrypt',
      path: 'lib/keys.rb',
      code: "a = OpenSSL::KDF.pbkdf2_hmac(password, salt: 'pepper', iterations: 1000, length: 32, hash: 'sha1')\nb = OpenSSL::KDF.scrypt(password, salt: salt, N: 2**14, r: 8, p: 1, length: 32)\n",
      findings: [
        { line: 1, column: 46, endColumn: 54, message: SALT, severity: 'medium', fix: null }, // "'pepper'"
        { line: 1, column: 68, endColumn: 72, message: underIterations('PBKDF2-HMAC-SHA1 runs 1,000 iterations here', '1,300,000'), fix: { title: PBKDF2_1300K, output: "a = OpenSSL::KDF.pbkdf2_hmac(password, salt: 'pepper', iterations: 1300000, length: 32, hash: 'sha1')\nb = OpenSSL::KDF.scrypt(password, salt: salt, N: 2**14, r: 8, p: 1, length: 32)\n" } }, // "1000"
        { line: 2, column: 50, endColumn: 55, message: underN('scrypt runs with N = 16,384 here'), fix: { title: SCRYPT_2_17, output: "a = OpenSSL::KDF.pbkdf2_hmac(password, salt: 'pepper', iterations: 1000, length: 32, hash: 'sha1')\nb = OpenSSL::KDF.scrypt(password, salt: salt, N: 2**17, r: 8, p: 1, length: 32)\n" } }, // "2**14"
      ],
    },
    {
      name: 'restful_authentication-style salted SHA-1',
      path: 'app/models/user.rb',
      code: "class User\n  def encrypt_password\n    self.crypted_password = Digest::SHA1.hexdigest(\"--#{salt}--#{password}--\")\n  end\nend\n",
      findings: [
        { line: 3, column: 29, endColumn: 51, message: fast('SHA-1'), fix: null }, // "Digest::SHA1.hexdigest"
      ],
    },
    {
      name: 'argon2 gem m_cost is log2 of the memory in KiB',
      path: 'app/models/user.rb',
      code: "digest = Argon2::Password.create(password, t_cost: 1, m_cost: 12)\n",
      findings: [
        { line: 1, column: 52, endColumn: 53, message: underTime('Argon2id runs 1 iteration here'), fix: { title: ARGON2_TIME, output: "digest = Argon2::Password.create(password, t_cost: 2, m_cost: 12)\n" } }, // "1"
        { line: 1, column: 63, endColumn: 65, message: underMemory('Argon2id uses 4,096 (2^12) KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "digest = Argon2::Password.create(password, t_cost: 1, m_cost: 15)\n" } }, // "12"
      ],
    },
    {
      name: "bcrypt gem's MIN_COST constant",
      path: 'lib/passwords.rb',
      code: "salt = BCrypt::Engine.generate_salt(BCrypt::Engine::MIN_COST)\n",
      findings: [
        { line: 1, column: 37, endColumn: 61, message: underCost('bcrypt runs at cost 4 here'), fix: { title: BCRYPT_12, output: "salt = BCrypt::Engine.generate_salt(12)\n" } }, // "BCrypt::Engine::MIN_COST"
      ],
    },

    // Symfony security.yaml
    {
      name: 'bcrypt cost 8, a plaintext in-memory user and a sha512 legacy hasher',
      path: 'config/packages/security.yaml',
      code: "security:\n    password_hashers:\n        App\\Entity\\User:\n            algorithm: bcrypt\n            cost: 8\n        Symfony\\Component\\Security\\Core\\User\\InMemoryUser: 'plaintext'\n        App\\Entity\\LegacyUser:\n            algorithm: sha512\n",
      findings: [
        { line: 5, column: 19, endColumn: 20, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "security:\n    password_hashers:\n        App\\Entity\\User:\n            algorithm: bcrypt\n            cost: 12\n        Symfony\\Component\\Security\\Core\\User\\InMemoryUser: 'plaintext'\n        App\\Entity\\LegacyUser:\n            algorithm: sha512\n" } }, // "8"
        { line: 6, column: 61, endColumn: 70, message: plaintext("Symfony's plaintext hasher"), severity: 'critical', fix: null }, // "plaintext"
        { line: 8, column: 24, endColumn: 30, message: scheme("Symfony's message-digest hasher ('sha512')"), fix: null }, // "sha512"
      ],
    },
    {
      name: 'Argon2i with 1 MiB under the older encoders key',
      path: 'app/config/security.yml',
      code: 'security:\n  encoders:\n    App\\Entity\\User:\n      algorithm: argon2i\n      memory_cost: 1024\n',
      findings: [
        { line: 4, column: 18, endColumn: 25, message: variant('Argon2i'), severity: 'medium', fix: { title: ARGON2ID, output: "security:\n  encoders:\n    App\\Entity\\User:\n      algorithm: argon2id\n      memory_cost: 1024\n" } }, // "argon2i"
        { line: 5, column: 20, endColumn: 24, message: underMemory('Argon2i uses 1,024 KiB of memory here'), fix: { title: ARGON2_MEMORY, output: "security:\n  encoders:\n    App\\Entity\\User:\n      algorithm: argon2i\n      memory_cost: 19456\n" } }, // "1024"
      ],
    },
    {
      name: 'shorthand sha512 encoder',
      path: 'app/config/security.yml',
      code: 'security:\n  encoders:\n    App\\Entity\\User: sha512\n',
      findings: [
        { line: 3, column: 22, endColumn: 28, message: scheme("Symfony's message-digest hasher ('sha512')"), fix: null }, // "sha512"
      ],
    },
    {
      name: 'pbkdf2 hasher left at 1,000 iterations',
      path: 'config/packages/security.yaml',
      code: 'security:\n  password_hashers:\n    App\\Entity\\User:\n      algorithm: pbkdf2\n      hash_algorithm: sha256\n',
      findings: [
        { line: 4, column: 18, endColumn: 24, message: underIterations("Symfony's pbkdf2 hasher without iterations runs PBKDF2-HMAC-SHA256 with 1,000 iterations", '600,000'), fix: null }, // "pbkdf2"
      ],
    },

    // Spring XML
    {
      name: 'NoOpPasswordEncoder bean',
      path: 'src/main/resources/security-context.xml',
      code: '<beans>\n  <bean id="passwordEncoder" class="org.springframework.security.crypto.password.NoOpPasswordEncoder" factory-method="getInstance"/>\n</beans>\n',
      findings: [
        { line: 2, column: 37, endColumn: 101, message: plaintext("Spring Security's NoOpPasswordEncoder"), severity: 'critical', fix: null }, // "org.springframework.security.crypto.password.NoOpPasswordEncoder"
      ],
    },
    {
      name: 'BCryptPasswordEncoder bean with strength 8',
      path: 'src/main/resources/security-context.xml',
      code: '<beans>\n  <bean id="passwordEncoder" class="org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder">\n    <constructor-arg value="8"/>\n  </bean>\n</beans>\n',
      findings: [
        { line: 3, column: 29, endColumn: 30, message: underCost('bcrypt runs at cost 8 here'), fix: { title: BCRYPT_12, output: "<beans>\n  <bean id=\"passwordEncoder\" class=\"org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder\">\n    <constructor-arg value=\"12\"/>\n  </bean>\n</beans>\n" } }, // "8"
      ],
    },
    {
      name: 'security namespace password-encoder hash="md5"',
      path: 'src/main/webapp/WEB-INF/security.xml',
      code: '<beans:beans xmlns="http://www.springframework.org/schema/security" xmlns:beans="http://www.springframework.org/schema/beans">\n  <authentication-manager>\n    <authentication-provider>\n      <password-encoder hash="md5"/>\n    </authentication-provider>\n  </authentication-manager>\n</beans:beans>\n',
      findings: [
        { line: 4, column: 31, endColumn: 34, message: scheme("Spring Security's 'md5' password encoder"), fix: null }, // "md5"
      ],
    },
  ],
  valid: [
    // JavaScript and TypeScript
    { name: 'bcrypt at cost 12', path: 'src/auth/passwords.js', code: "const bcrypt = require('bcrypt');\nconst hash = await bcrypt.hash(password, 12);\n" },
    { name: 'argon2 defaults are Argon2id with 64 MiB and 3 passes', path: 'src/auth/passwords.ts', code: "import * as argon2 from 'argon2';\nexport const hash = (password: string) => argon2.hash(password);\n" },
    { name: 'pbkdf2Sync at 600,000 SHA-256 iterations with a random salt', path: 'src/auth/keys.js', code: "const crypto = require('crypto');\nconst salt = crypto.randomBytes(16);\nconst key = crypto.pbkdf2Sync(password, salt, 600_000, 32, 'sha256');\n" },
    { name: 'scrypt at N = 2^17 with room to run', path: 'src/auth/keys.js', code: "const crypto = require('crypto');\ncrypto.scryptSync(password, salt, 64, { N: 2 ** 17, maxmem: 256 * 1024 * 1024 });\n" },
    { name: 'SHA-256 of a file buffer is not a password', path: 'src/files/etag.js', code: "const crypto = require('crypto');\nconst etag = crypto.createHash('sha256').update(fileBuffer).digest('hex');\n" },
    { name: 'a password reset token is high-entropy, so SHA-256 is enough', path: 'src/auth/reset.ts', code: "import { createHash } from 'node:crypto';\nexport const tokenDigest = (passwordResetToken: string) => createHash('sha256').update(passwordResetToken).digest('hex');\n" },
    { name: 'SHA-256 pre-hash inside bcrypt', path: 'src/auth/passwords.js', code: "const crypto = require('crypto');\nconst bcrypt = require('bcrypt');\nconst hash = await bcrypt.hash(crypto.createHash('sha256').update(password).digest('base64'), 12);\n" },
    { name: 'comment is not code', path: 'src/auth/passwords.js', code: "// Never do this: bcrypt.hash(password, 4) or createHash('md5').update(password)\nmodule.exports = {};\n" },
    { name: '@node-rs/argon2 with Argon2id', path: 'src/auth/passwords.ts', code: "import { hash, Algorithm } from '@node-rs/argon2';\nexport const save = (password: string) => hash(password, { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2 });\n" },
    { name: 'a password input in a form hashes nothing', path: 'src/auth/Login.tsx', code: 'export const Login = () => <input type="password" name="password" autoComplete="current-password" />;\n' },
    { name: "a project's lower PBKDF2 threshold", path: 'src/auth/keys.js', code: "const crypto = require('crypto');\ncrypto.pbkdf2Sync(password, salt, 100_000, 32, 'sha256');\n", thresholds: { pbkdf2Sha256Iterations: 100_000 } },

    // Python
    { name: 'SHA-256 of file bytes', path: 'app/files.py', code: "import hashlib\nchecksum = hashlib.sha256(file_bytes).hexdigest()\n" },
    { name: 'password reset token hashed with SHA-256', path: 'app/reset.py', code: "import hashlib\npassword_reset_token_hash = hashlib.sha256(token.encode()).hexdigest()\n" },
    { name: 'argon2-cffi defaults', path: 'app/auth.py', code: 'from argon2 import PasswordHasher\nph = PasswordHasher()\nstored = ph.hash(password)\n' },
    { name: 'bcrypt default rounds and pbkdf2_hmac at 600,000', path: 'app/auth.py', code: "import bcrypt, hashlib, os\nhashed = bcrypt.hashpw(password, bcrypt.gensalt())\nkey = hashlib.pbkdf2_hmac('sha256', password, os.urandom(16), 600_000)\n" },
    { name: 'Django test settings use a fast hasher on purpose', path: 'mysite/settings/test.py', code: 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]\n' },
    { name: 'legacy schemes kept after the default only verify old hashes', path: 'app/auth.py', code: 'from passlib.context import CryptContext\nctx = CryptContext(schemes=["bcrypt", "md5_crypt"], deprecated="auto")\n' },
    { name: 'SHA-256 pre-hash handed to bcrypt through a variable', path: 'app/auth.py', code: 'import base64, bcrypt, hashlib\ndef hash_password(password):\n    prehashed = base64.b64encode(hashlib.sha256(password.encode()).digest())\n    return bcrypt.hashpw(prehashed, bcrypt.gensalt())\n' },
    { name: 'SHA-1 prefix for the Pwned Passwords range API', path: 'app/breach.py', code: "import hashlib, requests\ndef is_pwned(password):\n    digest = hashlib.sha1(password.encode()).hexdigest().upper()\n    return digest[5:] in requests.get('https://api.pwnedpasswords.com/range/' + digest[:5]).text\n" },
    { name: "Flask's testing configuration lowers bcrypt rounds", path: 'app/config.py', code: 'class TestingConfig(Config):\n    TESTING = True\n    BCRYPT_LOG_ROUNDS = 4\n' },
    { name: 'verifying against a legacy scheme is not hashing with it', path: 'app/auth.py', code: 'from passlib.hash import md5_crypt\nok = md5_crypt.verify(password, legacy_hash)\n' },

    // Java
    { name: 'BCryptPasswordEncoder default and strength 12', path: 'src/main/java/uk/gov/justice/SecurityConfig.java', code: 'class SecurityConfig {\n  PasswordEncoder a = new BCryptPasswordEncoder();\n  PasswordEncoder b = new BCryptPasswordEncoder(12);\n}\n' },
    { name: 'PBKDF2WithHmacSHA1 at 1,300,000 iterations', path: 'src/main/java/uk/gov/justice/Passwords.java', code: 'class Passwords {\n  byte[] hash(char[] password, byte[] salt) throws Exception {\n    PBEKeySpec spec = new PBEKeySpec(password, salt, 1_300_000, 256);\n    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1").generateSecret(spec).getEncoded();\n  }\n}\n' },
    { name: 'MessageDigest over file contents', path: 'src/main/java/uk/gov/justice/Files.java', code: 'class Checksums {\n  byte[] of(Path path) throws Exception {\n    MessageDigest md = MessageDigest.getInstance("SHA-256");\n    return md.digest(Files.readAllBytes(path));\n  }\n}\n' },
    { name: 'delegating encoder hashes with bcrypt and keeps MD5 only to match', path: 'src/main/java/uk/gov/justice/SecurityConfig.java', code: 'class SecurityConfig {\n  PasswordEncoder a = PasswordEncoderFactories.createDelegatingPasswordEncoder();\n  PasswordEncoder b = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(), "MD5", legacy));\n}\n' },
    { name: 'Argon2PasswordEncoder at the minimums', path: 'src/main/java/uk/gov/justice/SecurityConfig.java', code: 'class SecurityConfig {\n  PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);\n}\n' },

    // C#
    { name: 'Rfc2898DeriveBytes.Pbkdf2 at 600,000 SHA-256 iterations', path: 'src/Auth/Passwords.cs', code: 'class Passwords {\n  byte[] Derive(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);\n}\n' },
    { name: 'a generated salt size is not a fixed salt', path: 'src/Auth/Passwords.cs', code: 'class Passwords {\n  Rfc2898DeriveBytes Derive(string password) => new Rfc2898DeriveBytes(password, 16, 1_300_000, HashAlgorithmName.SHA1);\n}\n' },
    { name: 'BCrypt.Net default work factor', path: 'src/Auth/Passwords.cs', code: 'class Passwords {\n  string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password);\n}\n' },
    { name: 'SHA256.HashData of file bytes', path: 'src/Files/Checksum.cs', code: 'class Checksum {\n  byte[] Of(byte[] fileBytes) => SHA256.HashData(fileBytes);\n}\n' },
    { name: 'Konscious Argon2id at the minimums', path: 'src/Auth/Argon.cs', code: 'class Argon {\n  byte[] Hash(byte[] password) => new Argon2id(password) { Salt = salt, MemorySize = 19456, Iterations = 2, DegreeOfParallelism = 1 }.GetBytes(32);\n}\n' },
    { name: 'Identity iteration count at the SHA-512 minimum', path: 'src/Startup.cs', code: 'class Startup {\n  void ConfigureServices(IServiceCollection services) {\n    services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);\n  }\n}\n' },

    // Go
    { name: 'bcrypt.DefaultCost', path: 'internal/auth/passwords.go', code: 'package auth\n\nimport "golang.org/x/crypto/bcrypt"\n\nfunc Hash(password string) ([]byte, error) {\n\treturn bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)\n}\n' },
    { name: 'argon2.IDKey at the minimums', path: 'internal/auth/passwords.go', code: 'package auth\n\nimport "golang.org/x/crypto/argon2"\n\nfunc Hash(password, salt []byte) []byte {\n\treturn argon2.IDKey(password, salt, 2, 19*1024, 1, 32)\n}\n' },
    { name: 'sha256.Sum256 of a request body', path: 'internal/http/etag.go', code: 'package http\n\nimport "crypto/sha256"\n\nfunc ETag(body []byte) [32]byte {\n\treturn sha256.Sum256(body)\n}\n' },
    { name: 'pbkdf2.Key at 600,000 SHA-256 iterations', path: 'internal/auth/keys.go', code: 'package auth\n\nimport (\n\t"crypto/sha256"\n\n\t"golang.org/x/crypto/pbkdf2"\n)\n\nfunc Derive(password, salt []byte) []byte {\n\treturn pbkdf2.Key(password, salt, 600_000, 32, sha256.New)\n}\n' },
    { name: 'scrypt.Key at N = 1<<17', path: 'internal/auth/passwords.go', code: 'package auth\n\nimport "golang.org/x/crypto/scrypt"\n\nfunc Hash(password, salt []byte) ([]byte, error) {\n\treturn scrypt.Key(password, salt, 1<<17, 8, 1, 32)\n}\n' },

    // PHP
    { name: 'password_hash with PASSWORD_DEFAULT', path: 'src/Auth.php', code: "<?php\n$hash = password_hash($password, PASSWORD_DEFAULT);\n" },
    { name: 'Argon2id defaults', path: 'src/Auth.php', code: "<?php\n$hash = password_hash($password, PASSWORD_ARGON2ID);\n" },
    { name: 'hash() of file contents and of a reset token', path: 'src/Files.php', code: "<?php\n$etag = hash('sha256', $fileContents);\n$digest = hash('sha256', $resetToken);\n" },
    { name: 'crypt() with a bcrypt cost of 12', path: 'src/Legacy.php', code: "<?php\n$hash = crypt($password, '$2y$12$' . $salt);\n" },
    { name: 'md5() in a comment', path: 'src/Legacy.php', code: "<?php\n// Old code used md5($password) here.\n$hash = password_hash($password, PASSWORD_DEFAULT);\n" },

    // Ruby
    { name: 'BCrypt::Password.create at its default cost', path: 'app/models/user.rb', code: "class User\n  def password=(new_password)\n    @password_digest = BCrypt::Password.create(new_password)\n  end\nend\n" },
    { name: "Devise's generated stretches: one only in the test environment", path: 'config/initializers/devise.rb', code: "Devise.setup do |config|\n  config.stretches = Rails.env.test? ? 1 : 12\nend\n" },
    { name: 'Devise stretches low outside production only', path: 'config/initializers/devise.rb', code: "Devise.setup do |config|\n  config.stretches = Rails.env.production? ? 12 : 1\nend\n" },
    { name: 'Digest::SHA256 of a file', path: 'lib/checksum.rb', code: "checksum = Digest::SHA256.hexdigest(File.read(path))\n" },
    { name: 'Digest::SHA256 of a remember token', path: 'app/models/user.rb', code: "def remember_digest(remember_token)\n  Digest::SHA256.hexdigest(remember_token)\nend\n" },
    { name: 'OpenSSL::KDF.pbkdf2_hmac at 600,000 iterations', path: 'lib/keys.rb', code: "key = OpenSSL::KDF.pbkdf2_hmac(password, salt: salt, iterations: 600_000, length: 32, hash: 'sha256')\n" },

    // Symfony security.yaml
    { name: "Symfony's test environment lowers the cost", path: 'config/packages/security.yaml', code: "security:\n    password_hashers:\n        App\\Entity\\User: 'auto'\nwhen@test:\n    security:\n        password_hashers:\n            App\\Entity\\User:\n                algorithm: auto\n                cost: 4\n                time_cost: 3\n                memory_cost: 10\n" },
    { name: "Symfony's older test configuration folder", path: 'config/packages/test/security.yaml', code: 'security:\n    password_hashers:\n        App\\Entity\\User:\n            algorithm: auto\n            cost: 4\n' },
    { name: 'auto hasher at its defaults', path: 'config/packages/security.yaml', code: "security:\n    password_hashers:\n        Symfony\\Component\\Security\\Core\\User\\PasswordAuthenticatedUserInterface: 'auto'\n" },
    { name: 'a cost key outside security is not a hasher', path: '.github/workflows/ci.yml', code: 'jobs:\n  build:\n    cost: 4\n    algorithm: md5\n' },

    // Spring XML
    { name: 'BCryptPasswordEncoder bean with strength 12', path: 'src/main/resources/security-context.xml', code: '<beans>\n  <bean id="passwordEncoder" class="org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder">\n    <constructor-arg value="12"/>\n  </bean>\n</beans>\n' },
    { name: 'password-encoder hash="bcrypt"', path: 'src/main/webapp/WEB-INF/security.xml', code: '<beans:beans xmlns="http://www.springframework.org/schema/security" xmlns:beans="http://www.springframework.org/schema/beans">\n  <authentication-manager>\n    <authentication-provider>\n      <password-encoder hash="bcrypt"/>\n    </authentication-provider>\n  </authentication-manager>\n</beans:beans>\n' },
  ],
};

describeRule(table);
