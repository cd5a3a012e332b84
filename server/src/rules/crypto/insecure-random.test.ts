/**
 * crypto/insecure-random: non-cryptographic generators in every language, reported only where
 * the value becomes a security value (a name, a sink API, a function named for it), with the
 * UI shuffles, jitter, sampling, colours and load-balancing picks beside them that must stay
 * quiet. Each finding's trailing comment shows the text it flags and whether its fix is safe.
 */
import assert from 'node:assert/strict';
import { describeRule, findingsOf, scanCase, type RuleTable } from '../../../../test/support/rule-tester';
import { insecureRandom } from './insecure-random';

const NODE = 'Use crypto.randomBytes, crypto.randomInt or crypto.randomUUID (crypto.getRandomValues in the browser).';
const BROWSER = 'Use crypto.getRandomValues or crypto.randomUUID.';
const PYTHON = 'Use the secrets module (secrets.token_urlsafe, secrets.choice, secrets.randbelow).';
const JAVA = 'Use java.security.SecureRandom.';
const DOTNET = 'Use System.Security.Cryptography.RandomNumberGenerator.';
const GO = 'Use crypto/rand.';
const PHP = 'Use random_bytes or random_int.';
const RUBY = 'Use SecureRandom.';
const SHELL = 'Use openssl rand or read from /dev/urandom.';

/** The rule's message: the generator, what made the value a security value, and the language's secure alternative. */
function randomMessage(api: string, reason: string, advice: string): string {
  return (
    `${api} is not a cryptographically secure random generator, and here it makes a security value (${reason}). ` +
    'A value an attacker can predict is not private, and MoJ guidance expects tokens and keys to be kept private (Secrets management: User authentication secrets); ' +
    `OWASP considers non-cryptographic generators predictable. ${advice}`
  );
}

export const table: RuleTable = {
  rule: insecureRandom,
  invalid: [
    {
      name: 'token returned from a function named for it',
      path: 'src/tokens.js',
      code: 'function generateToken() {\n  return Math.random().toString(36).slice(2);\n}\n',
      findings: [
        { line: 2, column: 10, endColumn: 23, message: randomMessage('Math.random()', 'returned by generateToken', NODE), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'session cookie value',
      path: 'src/login.js',
      code: "app.post('/login', (req, res) => {\n  res.cookie('sid', Math.random().toString(16).slice(2), { httpOnly: true });\n});\n",
      findings: [
        { line: 2, column: 21, endColumn: 34, message: randomMessage('Math.random()', 'passed to res.cookie', NODE), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'reset code in a TypeScript constant',
      path: 'src/reset.ts',
      code: 'export function startReset(user: User): void {\n  const resetCode: number = Math.floor(Math.random() * 1_000_000);\n  mailer.send(user.email, resetCode);\n}\n',
      findings: [
        { line: 2, column: 40, endColumn: 53, message: randomMessage('Math.random()', 'named resetCode', NODE), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'a helper whose result is stored as an API key',
      path: 'src/keys.js',
      code: "const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';\nfunction randomString(length) {\n  let out = '';\n  for (let i = 0; i < length; i++) out += CHARS[Math.floor(Math.random() * CHARS.length)];\n  return out;\n}\nconst apiKey = randomString(40);\n",
      findings: [
        { line: 4, column: 60, endColumn: 73, message: randomMessage('Math.random()', 'named apiKey', NODE), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'a value stored under a token label',
      path: 'src/browser/session.js',
      code: "const value = Math.random().toString(36);\nlocalStorage.setItem('authToken', value);\n",
      findings: [
        { line: 1, column: 15, endColumn: 28, message: randomMessage('Math.random()', 'stored as "authToken"', NODE), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'an IV handed to createCipheriv through Buffer.from',
      path: 'src/encrypt.js',
      code: "const crypto = require('crypto');\nconst cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.from(`${Math.random()}`.slice(2, 18)));\n",
      findings: [
        { line: 2, column: 73, endColumn: 86, message: randomMessage('Math.random()', 'passed to crypto.createCipheriv', NODE), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'lodash random as a nonce',
      path: 'src/csp.js',
      code: "import _ from 'lodash';\nexport const nonce = _.random(1e9).toString(36);\n",
      findings: [
        { line: 2, column: 22, endColumn: 35, message: randomMessage('_.random()', 'named nonce', NODE), fix: null }, // "_.random(1e9)"
      ],
    },
    {
      name: 'an arrow function named for a password',
      path: 'src/passwords.ts',
      code: "const makePassword = (): string => Array.from({ length: 12 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');\n",
      findings: [
        { line: 1, column: 89, endColumn: 102, message: randomMessage('Math.random()', 'returned by makePassword', NODE), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'a session cookie written from a TSX component',
      path: 'src/Login.tsx',
      code: 'export const Login = () => {\n  document.cookie = `session=${Math.random().toString(36)}; Secure`;\n  return <form />;\n};\n',
      findings: [
        { line: 2, column: 32, endColumn: 45, message: randomMessage('Math.random()', 'written as session', BROWSER), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'a helper used for both an OTP and a dice roll is reported once',
      path: 'src/random.js',
      code: 'function getRandomInt(max) {\n  return Math.floor(Math.random() * max);\n}\nconst dice = getRandomInt(6);\nconst otp = getRandomInt(1000000);\n',
      findings: [
        { line: 2, column: 21, endColumn: 34, message: randomMessage('Math.random()', 'named otp', NODE), fix: null }, // "Math.random()"
      ],
    },
    {
      name: 'reset code from random.choice, with import secrets added',
      path: 'app/reset.py',
      code: "import random\nimport string\n\n\ndef make_reset_code():\n    return ''.join(random.choice(string.digits) for _ in range(6))\n",
      findings: [
        { line: 6, column: 20, endColumn: 48, message: randomMessage('random.choice()', 'returned by make_reset_code', PYTHON), fix: { title: 'Use secrets.choice instead of random.choice', output: "import random\nimport secrets\nimport string\n\n\ndef make_reset_code():\n    return ''.join(secrets.choice(string.digits) for _ in range(6))\n" } }, // "random.choice(string.digits)"
      ],
    },
    {
      name: 'secrets already imported',
      path: 'app/tokens.py',
      code: `import random\nimport secrets\n\nALPHABET = "abcdefghijklmnopqrstuvwxyz"\ntoken = ''.join(random.choice(ALPHABET) for _ in range(32))\n`,
      findings: [
        { line: 5, column: 17, endColumn: 40, message: randomMessage('random.choice()', 'named token', PYTHON), fix: { title: 'Use secrets.choice instead of random.choice', output: `import random\nimport secrets\n\nALPHABET = "abcdefghijklmnopqrstuvwxyz"\ntoken = ''.join(secrets.choice(ALPHABET) for _ in range(32))\n` } }, // "random.choice(ALPHABET)"
      ],
    },
    {
      name: 'choice imported from random by name',
      path: 'app/passwords.py',
      code: "from random import choice\n\n\ndef new_password(alphabet, length=16):\n    chars = []\n    for _ in range(length):\n        chars.append(choice(alphabet))\n    return ''.join(chars)\n",
      findings: [
        { line: 7, column: 22, endColumn: 38, message: randomMessage('random.choice()', 'returned by new_password', PYTHON), fix: { title: 'Use secrets.choice instead of random.choice', output: "from random import choice\nimport secrets\n\n\ndef new_password(alphabet, length=16):\n    chars = []\n    for _ in range(length):\n        chars.append(secrets.choice(alphabet))\n    return ''.join(chars)\n" } }, // "choice(alphabet)"
      ],
    },
    {
      name: 'CSRF token in the Flask session',
      path: 'app/views.py',
      code: "import random\nfrom flask import session\n\n\ndef login():\n    session['csrf_token'] = str(random.getrandbits(64))\n",
      findings: [
        { line: 6, column: 33, endColumn: 55, message: randomMessage('random.getrandbits()', "named session['csrf_token']", PYTHON), fix: { title: 'Use secrets.randbits instead of random.getrandbits', output: "import random\nimport secrets\nfrom flask import session\n\n\ndef login():\n    session['csrf_token'] = str(secrets.randbits(64))\n" } }, // "random.getrandbits(64)"
      ],
    },
    {
      name: 'a random.Random instance drawing a salt',
      path: 'app/hashing.py',
      code: 'import random\n\nrng = random.Random()\nsalt = bytes(rng.getrandbits(8) for _ in range(16))\n',
      findings: [
        { line: 3, column: 7, endColumn: 22, message: randomMessage('random.Random', 'named salt', PYTHON), fix: { title: 'Use random.SystemRandom instead of random.Random', output: 'import random\n\nrng = random.SystemRandom()\nsalt = bytes(rng.getrandbits(8) for _ in range(16))\n' } }, // "random.Random()"
      ],
    },
    {
      name: 'an OTP in a function named for it has medium confidence',
      path: 'app/otp.py',
      code: 'import random\n\n\ndef send_otp(user):\n    code = random.randint(100000, 999999)\n    sms.send(user.phone, f"Your code is {code}")\n',
      findings: [
        { line: 5, column: 12, endColumn: 42, message: randomMessage('random.randint()', 'made in send_otp', PYTHON), confidence: 'medium', fix: { title: 'Use secrets.SystemRandom().randint instead of random.randint', output: 'import random\nimport secrets\n\n\ndef send_otp(user):\n    code = secrets.SystemRandom().randint(100000, 999999)\n    sms.send(user.phone, f"Your code is {code}")\n' } }, // "random.randint(100000, 999999)"
      ],
    },
    {
      name: 'a cookie set from random.random',
      path: 'app/views.py',
      code: "import random\n\n\ndef remember(response):\n    response.set_cookie('remember', str(random.random()))\n",
      findings: [
        { line: 5, column: 41, endColumn: 56, message: randomMessage('random.random()', 'passed to response.set_cookie', PYTHON), fix: { title: 'Use secrets.SystemRandom().random instead of random.random', output: "import random\nimport secrets\n\n\ndef remember(response):\n    response.set_cookie('remember', str(secrets.SystemRandom().random()))\n" } }, // "random.random()"
      ],
    },
    {
      name: 'randrange with one bound becomes randbelow',
      path: 'app/pins.py',
      code: 'import random\n\npin = random.randrange(10000)\n',
      findings: [
        { line: 3, column: 7, endColumn: 30, message: randomMessage('random.randrange()', 'named pin', PYTHON), fix: { title: 'Use secrets.randbelow instead of random.randrange', output: 'import random\nimport secrets\n\npin = secrets.randbelow(10000)\n' } }, // "random.randrange(10000)"
      ],
    },
    {
      name: 'a seeded generator has no fix',
      path: 'app/keys.py',
      code: 'import random\n\ngenerator = random.Random(1234)\napi_key = generator.getrandbits(128)\n',
      findings: [
        { line: 3, column: 13, endColumn: 32, message: randomMessage('random.Random', 'named api_key', PYTHON), fix: null }, // "random.Random(1234)"
      ],
    },
    {
      name: 'an import inside a function gets the secrets import beside it',
      path: 'app/tokens.py',
      code: "def make_token():\n    import random\n    return '%030x' % random.getrandbits(120)\n",
      findings: [
        { line: 3, column: 22, endColumn: 45, message: randomMessage('random.getrandbits()', 'returned by make_token', PYTHON), fix: { title: 'Use secrets.randbits instead of random.getrandbits', output: "def make_token():\n    import random\n    import secrets\n    return '%030x' % secrets.randbits(120)\n" } }, // "random.getrandbits(120)"
      ],
    },
    {
      name: 'numpy random bytes as a key',
      path: 'app/ml_keys.py',
      code: 'import numpy as np\n\nsecret_key = np.random.bytes(32)\n',
      findings: [
        { line: 3, column: 14, endColumn: 33, message: randomMessage('numpy.random.bytes()', 'named secret_key', PYTHON), fix: null }, // "np.random.bytes(32)"
      ],
    },
    {
      name: 'a static Random field used for a token',
      path: 'src/main/java/TokenService.java',
      code: 'import java.util.Random;\n\nclass TokenService {\n  private static final Random RANDOM = new Random();\n\n  String generateToken() {\n    StringBuilder sb = new StringBuilder();\n    for (int i = 0; i < 32; i++) sb.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));\n    return sb.toString();\n  }\n}\n',
      findings: [
        { line: 4, column: 40, endColumn: 52, message: randomMessage('java.util.Random', 'returned by generateToken', JAVA), fix: { title: 'Use SecureRandom instead of java.util.Random', output: 'import java.util.Random;\n\nclass TokenService {\n  private static final Random RANDOM = new java.security.SecureRandom();\n\n  String generateToken() {\n    StringBuilder sb = new StringBuilder();\n    for (int i = 0; i < 32; i++) sb.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));\n    return sb.toString();\n  }\n}\n' } }, // "new Random()"
      ],
    },
    {
      name: 'a salt filled by nextBytes',
      path: 'src/main/java/Hasher.java',
      code: 'import java.util.Random;\n\nclass Hasher {\n  byte[] salt() {\n    byte[] salt = new byte[16];\n    new Random().nextBytes(salt);\n    return salt;\n  }\n}\n',
      findings: [
        { line: 6, column: 5, endColumn: 17, message: randomMessage('java.util.Random', 'named salt', JAVA), fix: { title: 'Use SecureRandom instead of java.util.Random', output: 'import java.util.Random;\n\nclass Hasher {\n  byte[] salt() {\n    byte[] salt = new byte[16];\n    new java.security.SecureRandom().nextBytes(salt);\n    return salt;\n  }\n}\n' } }, // "new Random()"
      ],
    },
    {
      name: 'ThreadLocalRandom in a session cookie',
      path: 'src/main/java/Login.java',
      code: 'import java.util.concurrent.ThreadLocalRandom;\nimport javax.servlet.http.Cookie;\n\nclass Login {\n  Cookie cookie() {\n    return new Cookie("SESSIONID", Long.toHexString(ThreadLocalRandom.current().nextLong()));\n  }\n}\n',
      findings: [
        { line: 6, column: 53, endColumn: 80, message: randomMessage('ThreadLocalRandom', 'passed to Cookie', JAVA), fix: null }, // "ThreadLocalRandom.current()"
      ],
    },
    {
      name: 'RandomStringUtils for an API key has medium confidence',
      path: 'src/main/java/Keys.java',
      code: 'import org.apache.commons.lang3.RandomStringUtils;\n\nclass Keys {\n  String apiKey = RandomStringUtils.randomAlphanumeric(40);\n}\n',
      findings: [
        { line: 4, column: 19, endColumn: 59, message: randomMessage('RandomStringUtils.randomAlphanumeric()', 'named apiKey', JAVA), confidence: 'medium', fix: { title: 'Use RandomStringUtils.secure().nextAlphanumeric', output: 'import org.apache.commons.lang3.RandomStringUtils;\n\nclass Keys {\n  String apiKey = RandomStringUtils.secure().nextAlphanumeric(40);\n}\n' } }, // "RandomStringUtils.randomAlphanumeric(40)"
      ],
    },
    {
      name: 'Math.random for a reset code',
      path: 'src/main/java/Reset.java',
      code: 'class Reset {\n  void start() {\n    String resetCode = String.valueOf((int) (Math.random() * 1000000));\n  }\n}\n',
      findings: [
        { line: 3, column: 46, endColumn: 59, message: randomMessage('Math.random()', 'named resetCode', JAVA), fix: { title: 'Use SecureRandom instead of Math.random', output: 'class Reset {\n  void start() {\n    String resetCode = String.valueOf((int) (new java.security.SecureRandom().nextDouble() * 1000000));\n  }\n}\n' } }, // "Math.random()"
      ],
    },
    {
      name: 'a seeded Random for a password has no fix',
      path: 'src/main/java/Passwords.java',
      code: 'import java.util.Random;\n\nclass Passwords {\n  String password(long seed) {\n    Random random = new Random(seed);\n    return Long.toString(random.nextLong(), 36);\n  }\n}\n',
      findings: [
        { line: 5, column: 21, endColumn: 37, message: randomMessage('java.util.Random', 'returned by password', JAVA), fix: null }, // "new Random(seed)"
      ],
    },
    {
      name: 'a Random field filling a reset token buffer',
      path: 'src/Tokens.cs',
      code: 'using System;\n\npublic class Tokens\n{\n    private static readonly Random Rng = new Random();\n\n    public string CreateResetToken()\n    {\n        var bytes = new byte[32];\n        Rng.NextBytes(bytes);\n        return Convert.ToBase64String(bytes);\n    }\n}\n',
      findings: [
        { line: 5, column: 42, endColumn: 54, message: randomMessage('System.Random', 'returned by CreateResetToken', DOTNET), fix: null }, // "new Random()"
      ],
    },
    {
      name: 'Random.Shared in a session cookie',
      path: 'src/Login.cs',
      code: 'public class Login\n{\n    public void SignIn(HttpResponse response)\n    {\n        response.Cookies.Append("session", Random.Shared.Next().ToString("x"));\n    }\n}\n',
      findings: [
        { line: 5, column: 44, endColumn: 57, message: randomMessage('Random.Shared', 'passed to response.Cookies.Append', DOTNET), fix: null }, // "Random.Shared"
      ],
    },
    {
      name: 'a new Random for an OTP',
      path: 'src/Otp.cs',
      code: 'public class Otp\n{\n    public int Issue()\n    {\n        var otp = new Random().Next(100000, 999999);\n        return otp;\n    }\n}\n',
      findings: [
        { line: 5, column: 19, endColumn: 31, message: randomMessage('System.Random', 'named otp', DOTNET), fix: null }, // "new Random()"
      ],
    },
    {
      name: 'an expression-bodied API key property',
      path: 'src/Keys.cs',
      code: 'public class Keys\n{\n    public string ApiKey => Random.Shared.NextInt64().ToString("x");\n}\n',
      findings: [
        { line: 3, column: 29, endColumn: 42, message: randomMessage('Random.Shared', 'returned by ApiKey', DOTNET), fix: null }, // "Random.Shared"
      ],
    },
    {
      name: 'a password built with LINQ',
      path: 'src/Passwords.cs',
      code: 'using System.Linq;\n\npublic class Passwords\n{\n    public string Make(string chars)\n    {\n        var rnd = new System.Random();\n        var password = new string(Enumerable.Repeat(chars, 12).Select(s => s[rnd.Next(s.Length)]).ToArray());\n        return password;\n    }\n}\n',
      findings: [
        { line: 7, column: 19, endColumn: 38, message: randomMessage('System.Random', 'named password', DOTNET), fix: null }, // "new System.Random()"
      ],
    },
    {
      name: 'a helper building a session ID',
      path: 'internal/auth/session.go',
      code: 'package auth\n\nimport "math/rand"\n\nconst letters = "abcdefghijklmnopqrstuvwxyz"\n\nfunc randomString(n int) string {\n\tb := make([]byte, n)\n\tfor i := range b {\n\t\tb[i] = letters[rand.Intn(len(letters))]\n\t}\n\treturn string(b)\n}\n\nfunc NewSession() string {\n\tsessionID := randomString(32)\n\treturn sessionID\n}\n',
      findings: [
        { line: 10, column: 18, endColumn: 41, message: randomMessage('math/rand.Intn', 'named sessionID', GO), fix: null }, // "rand.Intn(len(letters))"
      ],
    },
    {
      name: 'math/rand Read filling a nonce',
      path: 'internal/crypto/nonce.go',
      code: 'package crypto\n\nimport "math/rand"\n\nfunc Nonce() []byte {\n\tnonce := make([]byte, 12)\n\trand.Read(nonce)\n\treturn nonce\n}\n',
      findings: [
        { line: 7, column: 2, endColumn: 18, message: randomMessage('math/rand.Read', 'named nonce', GO), fix: null }, // "rand.Read(nonce)"
      ],
    },
    {
      name: 'a seeded generator for a CSRF token',
      path: 'internal/auth/csrf.go',
      code: 'package auth\n\nimport (\n\t"math/rand"\n\t"time"\n)\n\nfunc Issue() int64 {\n\tr := rand.New(rand.NewSource(time.Now().UnixNano()))\n\tcsrfToken := r.Int63()\n\treturn csrfToken\n}\n',
      findings: [
        { line: 9, column: 7, endColumn: 54, message: randomMessage('math/rand.New', 'named csrfToken', GO), fix: null }, // "rand.New(rand.NewSource(time.Now().UnixNano()))"
      ],
    },
    {
      name: 'math/rand/v2 for an OTP',
      path: 'internal/auth/otp.go',
      code: 'package auth\n\nimport "math/rand/v2"\n\nfunc Code() int {\n\totp := rand.IntN(1000000)\n\treturn otp\n}\n',
      findings: [
        { line: 6, column: 9, endColumn: 27, message: randomMessage('math/rand/v2.IntN', 'named otp', GO), fix: null }, // "rand.IntN(1000000)"
      ],
    },
    {
      name: 'a cookie value in an http.Cookie literal',
      path: 'internal/web/login.go',
      code: 'package web\n\nimport (\n\t"math/rand"\n\t"net/http"\n\t"strconv"\n)\n\nfunc login(w http.ResponseWriter) {\n\thttp.SetCookie(w, &http.Cookie{Name: "session", Value: strconv.Itoa(rand.Int())})\n}\n',
      findings: [
        { line: 10, column: 70, endColumn: 80, message: randomMessage('math/rand.Int', 'stored in a http.Cookie', GO), fix: null }, // "rand.Int()"
      ],
    },
    {
      name: 'an aliased math/rand import',
      path: 'internal/keys/keys.go',
      code: 'package keys\n\nimport mrand "math/rand"\n\nvar apiKey = mrand.Uint64()\n',
      findings: [
        { line: 5, column: 14, endColumn: 28, message: randomMessage('math/rand.Uint64', 'named apiKey', GO), fix: null }, // "mrand.Uint64()"
      ],
    },
    {
      name: 'an API key built from mt_rand in a loop',
      path: 'src/keys.php',
      code: "<?php\nfunction generate_api_key(): string {\n    $key = '';\n    for ($i = 0; $i < 32; $i++) {\n        $key .= dechex(mt_rand(0, 15));\n    }\n    return $key;\n}\n",
      findings: [
        { line: 5, column: 24, endColumn: 38, message: randomMessage('mt_rand()', 'named $key', PHP), fix: { title: 'Use random_int instead of mt_rand', output: "<?php\nfunction generate_api_key(): string {\n    $key = '';\n    for ($i = 0; $i < 32; $i++) {\n        $key .= dechex(random_int(0, 15));\n    }\n    return $key;\n}\n" } }, // "mt_rand(0, 15)"
      ],
    },
    {
      name: 'a CSRF token in the session from uniqid and mt_rand',
      path: 'src/csrf.php',
      code: "<?php\n$_SESSION['csrf'] = md5(uniqid(mt_rand(), true));\n",
      findings: [
        { line: 2, column: 25, endColumn: 48, message: randomMessage('uniqid()', "named $_SESSION['csrf']", PHP), fix: null }, // "uniqid(mt_rand(), true)"
        { line: 2, column: 32, endColumn: 41, message: randomMessage('mt_rand()', "named $_SESSION['csrf']", PHP), fix: { title: 'Use random_int instead of mt_rand', output: "<?php\n$_SESSION['csrf'] = md5(uniqid(random_int(0, mt_getrandmax()), true));\n" } }, // "mt_rand()"
      ],
    },
    {
      name: 'a cookie from str_shuffle',
      path: 'src/login.php',
      code: "<?php\nsetcookie('remember_me', str_shuffle('abcdefghijklmnop0123456789'), time() + 3600);\n",
      findings: [
        { line: 2, column: 26, endColumn: 67, message: randomMessage('str_shuffle()', 'passed to setcookie', PHP), fix: null }, // "str_shuffle('abcdefghijklmnop0123456789')"
      ],
    },
    {
      name: 'an OTP from rand keeps its range',
      path: 'src/otp.php',
      code: '<?php\n$otp = rand(100000, 999999);\n',
      findings: [
        { line: 2, column: 8, endColumn: 28, message: randomMessage('rand()', 'named $otp', PHP), fix: { title: 'Use random_int instead of rand', output: '<?php\n$otp = random_int(100000, 999999);\n' } }, // "rand(100000, 999999)"
      ],
    },
    {
      name: 'a password from shuffle',
      path: 'src/passwords.php',
      code: "<?php\n$chars = str_split('abcdefghijkmnpqrstuvwxyz23456789');\nshuffle($chars);\n$password = implode('', array_slice($chars, 0, 12));\n",
      findings: [
        { line: 3, column: 1, endColumn: 16, message: randomMessage('shuffle()', 'named $password', PHP), fix: null }, // "shuffle($chars)"
      ],
    },
    {
      name: 'a token from rand without arguments',
      path: 'src/tokens.php',
      code: '<?php\n$token = sha1(rand());\n',
      findings: [
        { line: 2, column: 15, endColumn: 21, message: randomMessage('rand()', 'named $token', PHP), fix: { title: 'Use random_int instead of rand', output: '<?php\n$token = sha1(random_int(0, getrandmax()));\n' } }, // "rand()"
      ],
    },
    {
      name: 'a JWT signing key',
      path: 'src/jwt.php',
      code: "<?php\nuse Firebase\\JWT\\JWT;\n\n$jwt = JWT::encode($payload, (string) mt_rand(), 'HS256');\n",
      findings: [
        { line: 4, column: 39, endColumn: 48, message: randomMessage('mt_rand()', 'passed to JWT::encode', PHP), fix: { title: 'Use random_int instead of mt_rand', output: "<?php\nuse Firebase\\JWT\\JWT;\n\n$jwt = JWT::encode($payload, (string) random_int(0, mt_getrandmax()), 'HS256');\n" } }, // "mt_rand()"
      ],
    },
    {
      name: 'a function named for what it receives',
      path: 'src/otp.php',
      code: '<?php\nsendOtp($user, mt_rand(100000, 999999));\n',
      findings: [
        { line: 2, column: 16, endColumn: 39, message: randomMessage('mt_rand()', 'passed to sendOtp', PHP), fix: { title: 'Use random_int instead of mt_rand', output: '<?php\nsendOtp($user, random_int(100000, 999999));\n' } }, // "mt_rand(100000, 999999)"
      ],
    },
    {
      name: 'a token from Array#sample without securerandom required',
      path: 'lib/tokens.rb',
      code: "class TokenGenerator\n  CHARS = [*'a'..'z', *'0'..'9'].freeze\n\n  def generate_token\n    Array.new(32) { CHARS.sample }.join\n  end\nend\n",
      findings: [
        { line: 5, column: 21, endColumn: 33, message: randomMessage('Array#sample', 'returned by generate_token', RUBY), fix: { title: 'Draw sample from SecureRandom', output: "class TokenGenerator\n  CHARS = [*'a'..'z', *'0'..'9'].freeze\n\n  def generate_token\n    Array.new(32) { CHARS.sample(random: SecureRandom) }.join\n  end\nend\n" } }, // "CHARS.sample"
      ],
    },
    {
      name: 'a reset code from rand with securerandom required',
      path: 'lib/reset.rb',
      code: "require 'securerandom'\n\ndef reset_code\n  rand(100_000..999_999)\nend\n",
      findings: [
        { line: 4, column: 3, endColumn: 25, message: randomMessage('rand', 'returned by reset_code', RUBY), fix: { title: 'Use SecureRandom.random_number instead of rand', output: "require 'securerandom'\n\ndef reset_code\n  SecureRandom.random_number(100_000..999_999)\nend\n" } }, // "rand(100_000..999_999)"
      ],
    },
    {
      name: 'a CSRF value in the session',
      path: 'app/controllers/sessions_controller.rb',
      code: 'class SessionsController < ApplicationController\n  def create\n    session[:csrf] = rand(36**16).to_s(36)\n  end\nend\n',
      findings: [
        { line: 3, column: 22, endColumn: 34, message: randomMessage('rand', 'named session[:csrf]', RUBY), fix: { title: 'Use SecureRandom.random_number instead of rand', output: 'class SessionsController < ApplicationController\n  def create\n    session[:csrf] = SecureRandom.random_number(36**16).to_s(36)\n  end\nend\n' } }, // "rand(36**16)"
      ],
    },
    {
      name: 'a remember cookie from Random.new.bytes',
      path: 'app/controllers/logins_controller.rb',
      code: "class LoginsController < ApplicationController\n  def create\n    cookies[:remember_token] = Random.new.bytes(16).unpack1('H*')\n  end\nend\n",
      findings: [
        { line: 3, column: 32, endColumn: 42, message: randomMessage('Random.new', 'named cookies[:remember_token]', RUBY), fix: null }, // "Random.new"
      ],
    },
    {
      name: 'an OTP instance variable from Random.rand',
      path: 'lib/otp.rb',
      code: "require 'securerandom'\n\nclass Otp\n  def issue\n    @otp = Random.rand(1_000_000)\n  end\nend\n",
      findings: [
        { line: 5, column: 12, endColumn: 34, message: randomMessage('Random.rand', 'named @otp', RUBY), fix: { title: 'Use SecureRandom.random_number instead of rand', output: "require 'securerandom'\n\nclass Otp\n  def issue\n    @otp = SecureRandom.random_number(1_000_000)\n  end\nend\n" } }, // "Random.rand(1_000_000)"
      ],
    },
    {
      name: 'a bare rand without arguments',
      path: 'lib/tokens.rb',
      code: 'token = (rand * 10**16).to_i.to_s(36)\n',
      findings: [
        { line: 1, column: 10, endColumn: 14, message: randomMessage('rand', 'named token', RUBY), fix: { title: 'Use SecureRandom.random_number instead of rand', output: 'token = (SecureRandom.random_number * 10**16).to_i.to_s(36)\n' } }, // "rand"
      ],
    },
    {
      name: 'sample with securerandom required is a safe fix',
      path: 'lib/passwords.rb',
      code: "require 'securerandom'\n\npassword = ('a'..'z').to_a.sample(12).join\n",
      findings: [
        { line: 3, column: 12, endColumn: 38, message: randomMessage('Array#sample', 'named password', RUBY), fix: { title: 'Draw sample from SecureRandom', output: "require 'securerandom'\n\npassword = ('a'..'z').to_a.sample(12, random: SecureRandom).join\n" } }, // "('a'..'z').to_a.sample(12)"
      ],
    },
    {
      name: 'a password from sample with a count',
      path: 'lib/passwords.rb',
      code: "password = ('a'..'z').to_a.sample(12).join\n",
      findings: [
        { line: 1, column: 12, endColumn: 38, message: randomMessage('Array#sample', 'named password', RUBY), fix: { title: 'Draw sample from SecureRandom', output: "password = ('a'..'z').to_a.sample(12, random: SecureRandom).join\n" } }, // "('a'..'z').to_a.sample(12)"
      ],
    },
    {
      name: 'a token variable from $RANDOM',
      path: 'scripts/setup.sh',
      code: '#!/bin/bash\nTOKEN=$RANDOM\n',
      findings: [
        { line: 2, column: 7, endColumn: 14, message: randomMessage('$RANDOM', 'named TOKEN', SHELL), fix: null }, // "$RANDOM"
      ],
    },
    {
      name: 'an exported password with braces',
      path: 'scripts/setup.sh',
      code: '#!/bin/bash\nexport DB_PASSWORD="pw${RANDOM}"\n',
      findings: [
        { line: 2, column: 23, endColumn: 32, message: randomMessage('$RANDOM', 'named DB_PASSWORD', SHELL), fix: null }, // "${RANDOM}"
      ],
    },
    {
      name: 'a function named for a secret has medium confidence',
      path: 'scripts/secrets.sh',
      code: '#!/bin/bash\ngen_secret() {\n  echo "$RANDOM"\n}\n',
      findings: [
        { line: 3, column: 9, endColumn: 16, message: randomMessage('$RANDOM', 'made in gen_secret', SHELL), confidence: 'medium', fix: null }, // "$RANDOM"
      ],
    },
    {
      name: 'a secret key written into an env file',
      path: 'scripts/env.sh',
      code: '#!/bin/sh\necho "SECRET_KEY=$RANDOM" >> .env\n',
      findings: [
        { line: 2, column: 18, endColumn: 25, message: randomMessage('$RANDOM', 'written as SECRET_KEY', SHELL), fix: null }, // "$RANDOM"
      ],
    },
    {
      name: 'a password option',
      path: 'scripts/db.sh',
      code: '#!/bin/bash\nmysql -u admin --password "$RANDOM" < schema.sql\n',
      findings: [
        { line: 2, column: 28, endColumn: 35, message: randomMessage('$RANDOM', 'passed as --password', SHELL), fix: null }, // "$RANDOM"
      ],
    },
    {
      name: 'a PIN from arithmetic expansion',
      path: 'scripts/pin.sh',
      code: '#!/bin/bash\nPIN=$((RANDOM % 10000))\n',
      findings: [
        { line: 2, column: 8, endColumn: 14, message: randomMessage('$RANDOM', 'named PIN', SHELL), fix: null }, // "RANDOM"
      ],
    },
  ],
  valid: [
    {
      name: 'crypto.getRandomValues is the platform API, not a same-named Math.random fallback in the bundle',
      path: 'src/bundle.js',
      code: `const fallbackRandom = {
  getRandomValues(buffer) {
    for (let i = 0; i < buffer.length; i++) buffer[i] = Math.floor(Math.random() * 256);
    return buffer;
  },
};

function newId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16)).join('');
}

const nonce = newId();
const markup = \`<script nonce="\${nonce}"></script>\`;
`,
    },
    {
      name: 'random imported only as the fallback for a secrets import on old Pythons',
      path: 'oauth/common.py',
      code: `try:
    from secrets import randbits
except ImportError:
    from random import getrandbits as randbits

def generate_nonce():
    return str(randbits(64))
`,
    },
    {
      name: 'MIME multipart boundary only has to differ from the message text',
      path: 'mail/generator.py',
      code: `import random
import sys

def _make_boundary(text=None):
    token = random.randrange(sys.maxsize)
    return '=' * 15 + ('%019d' % token) + '=='
`,
    },
    {
      name: 'retry jitter is not a security value',
      path: 'src/retry.js',
      code: 'const jitter = Math.random() * 100;\nsetTimeout(retry, 2 ** attempt * 100 + jitter);\n',
    },
    {
      name: 'a UI shuffle of quiz questions',
      path: 'src/quiz.js',
      code: 'const shuffled = questions.slice().sort(() => Math.random() - 0.5);\n',
    },
    {
      name: 'sampling decision in an if',
      path: 'src/telemetry.js',
      code: 'if (Math.random() < sampleRate) {\n  report(event);\n}\n',
    },
    {
      name: 'a random colour',
      path: 'src/chart.js',
      code: 'const colour = palette[Math.floor(Math.random() * palette.length)];\n',
    },
    {
      name: 'a React key is not a secret key',
      path: 'src/List.tsx',
      code: 'export const List = ({ items }: Props) => (\n  <ul>{items.map((item) => <li key={Math.random()}>{item}</li>)}</ul>\n);\n',
    },
    {
      name: 'crypto.randomBytes with a randomised length',
      path: 'src/tokens.js',
      code: "const crypto = require('crypto');\nconst token = crypto.randomBytes(16 + Math.floor(Math.random() * 16)).toString('hex');\n",
    },
    {
      name: 'a game reset is not a password reset',
      path: 'src/game.js',
      code: 'function resetGame() {\n  spawnEnemy(Math.random() * width);\n}\n',
    },
    {
      name: 'a key press handler is not about keys',
      path: 'src/keys.js',
      code: 'function handleKeyPress() {\n  animate(Math.random());\n}\n',
    },
    {
      name: 'a session timeout is a duration, not a session value',
      path: 'src/session.js',
      code: 'const sessionTimeout = 1800 + Math.floor(Math.random() * 60);\n',
    },
    {
      name: 'backoff delay',
      path: 'app/retry.py',
      code: 'import random\nimport time\n\n\ndef backoff(attempt):\n    time.sleep(random.uniform(0, 2 ** attempt))\n',
    },
    {
      name: 'a card game shuffle',
      path: 'app/game.py',
      code: 'import random\n\n\ndef deal(deck):\n    random.shuffle(deck)\n    return deck[:5]\n',
    },
    {
      name: 'a seeded simulation sample',
      path: 'app/simulation.py',
      code: 'import random\n\nrng = random.Random(42)\nsample = rng.sample(population, 10)\n',
    },
    {
      name: 'SystemRandom and secrets are cryptographic',
      path: 'app/tokens.py',
      code: "import random\nimport secrets\n\ntoken = secrets.token_urlsafe(32)\npassword = ''.join(random.SystemRandom().choice(ALPHABET) for _ in range(16))\n",
    },
    {
      name: 'a local variable named random is not the module',
      path: 'app/tokens.py',
      code: 'import secrets\n\nrandom = secrets.SystemRandom()\ntoken = random.choice(ALPHABET)\n',
    },
    {
      name: 'backoff jitter from a Random field',
      path: 'src/main/java/Retry.java',
      code: 'import java.util.Random;\n\nclass Retry {\n  private final Random jitterSource = new Random();\n\n  long delay(int attempt) {\n    long jitter = jitterSource.nextInt(100);\n    return (long) Math.pow(2, attempt) * 100 + jitter;\n  }\n}\n',
    },
    {
      name: 'shuffling questions for display',
      path: 'src/main/java/Quiz.java',
      code: 'import java.util.*;\n\nclass Quiz {\n  void shuffleQuestions(List<String> questions) {\n    Collections.shuffle(questions, new Random());\n  }\n}\n',
    },
    {
      name: 'SecureRandom and RandomStringUtils.secure()',
      path: 'src/main/java/Tokens.java',
      code: 'import java.security.SecureRandom;\nimport org.apache.commons.lang3.RandomStringUtils;\n\nclass Tokens {\n  private final SecureRandom random = new SecureRandom();\n  String token() {\n    return Long.toHexString(random.nextLong()) + RandomStringUtils.secure().nextAlphanumeric(16);\n  }\n}\n',
    },
    {
      name: 'a sampling decision',
      path: 'src/main/java/Tracing.java',
      code: 'class Tracing {\n  boolean sampled() {\n    return Math.random() < 0.01;\n  }\n}\n',
    },
    {
      name: 'a retry delay',
      path: 'src/Retry.cs',
      code: 'public class Retry\n{\n    public TimeSpan Delay() => TimeSpan.FromMilliseconds(Random.Shared.Next(50, 250));\n}\n',
    },
    {
      name: 'a random colour',
      path: 'src/Chart.cs',
      code: 'public class Chart\n{\n    public string Pick(string[] colours)\n    {\n        var colour = colours[new Random().Next(colours.Length)];\n        return colour;\n    }\n}\n',
    },
    {
      name: 'RandomNumberGenerator for a token',
      path: 'src/Tokens.cs',
      code: 'using System.Security.Cryptography;\n\npublic class Tokens\n{\n    public byte[] Token() => RandomNumberGenerator.GetBytes(32);\n}\n',
    },
    {
      name: 'a load-balancing pick',
      path: 'src/Balancer.cs',
      code: 'public class Balancer\n{\n    private readonly Random _random = new Random();\n    public Uri Next(Uri[] backends) => backends[_random.Next(backends.Length)];\n}\n',
    },
    {
      name: 'sleep jitter',
      path: 'internal/retry/retry.go',
      code: 'package retry\n\nimport (\n\t"math/rand"\n\t"time"\n)\n\nfunc wait() {\n\ttime.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)\n}\n',
    },
    {
      name: 'crypto/rand filling a key',
      path: 'internal/keys/keys.go',
      code: 'package keys\n\nimport "crypto/rand"\n\nfunc Key() []byte {\n\tkey := make([]byte, 32)\n\trand.Read(key)\n\treturn key\n}\n',
    },
    {
      name: 'a load-balancing pick',
      path: 'internal/lb/lb.go',
      code: 'package lb\n\nimport "math/rand"\n\nfunc pick(backends []string) string {\n\tbackend := backends[rand.Intn(len(backends))]\n\treturn backend\n}\n',
    },
    {
      name: 'a sampling decision',
      path: 'internal/trace/sample.go',
      code: 'package trace\n\nimport "math/rand"\n\nfunc sampled() bool {\n\treturn rand.Float64() < 0.1\n}\n',
    },
    {
      name: 'a delay',
      path: 'src/retry.php',
      code: '<?php\n$delay = mt_rand(100, 500);\nusleep(rand(100, 500));\n',
    },
    {
      name: 'a random colour from array_rand',
      path: 'src/chart.php',
      code: '<?php\n$colour = $palette[array_rand($palette)];\n',
    },
    {
      name: 'random_int and random_bytes',
      path: 'src/tokens.php',
      code: '<?php\n$otp = random_int(100000, 999999);\n$token = bin2hex(random_bytes(32));\n',
    },
    {
      name: 'a method named rand on an object',
      path: 'src/dice.php',
      code: '<?php\n$token = $dice->rand(6);\n',
    },
    {
      name: 'a sleep between retries',
      path: 'lib/retry.rb',
      code: 'sleep(rand * 2)\n',
    },
    {
      name: 'a card shuffle',
      path: 'lib/cards.rb',
      code: 'def shuffle_cards(cards)\n  cards.shuffle\nend\n',
    },
    {
      name: 'sample drawing from SecureRandom',
      path: 'lib/tokens.rb',
      code: 'token = CHARS.sample(32, random: SecureRandom).join\n',
    },
    {
      name: 'SecureRandom helpers',
      path: 'lib/tokens.rb',
      code: 'token = SecureRandom.hex(32)\ncode = SecureRandom.random_number(1_000_000)\n',
    },
    {
      name: 'a random sleep',
      path: 'scripts/retry.sh',
      code: '#!/bin/bash\nsleep $((RANDOM % 10))\n',
    },
    {
      name: 'a random port',
      path: 'scripts/dev.sh',
      code: '#!/bin/bash\nPORT=$((8000 + RANDOM % 1000))\n',
    },
    {
      name: 'openssl rand for a token',
      path: 'scripts/setup.sh',
      code: '#!/bin/bash\nTOKEN="$(openssl rand -hex 32)"\n',
    },
    {
      name: 'seeding RANDOM and a comment',
      path: 'scripts/test.sh',
      code: '#!/bin/bash\n# TOKEN=$RANDOM is not secure\nRANDOM=42\n',
    },
  ],
};

describeRule(table);

/**
 * Fix safety is not part of the table format, so it is asserted here: a fix is safe only where the
 * replacement keeps behaviour (same range, same methods), and a suggestion where it may not.
 */
const FIX_SAFETY: Readonly<Record<string, readonly ('safe' | 'suggestion')[]>> = {
  'reset code from random.choice, with import secrets added': ['safe'],
  'secrets already imported': ['safe'],
  'choice imported from random by name': ['safe'],
  'CSRF token in the Flask session': ['safe'],
  'a random.Random instance drawing a salt': ['safe'],
  'an OTP in a function named for it has medium confidence': ['safe'],
  'a cookie set from random.random': ['safe'],
  'randrange with one bound becomes randbelow': ['safe'],
  'an import inside a function gets the secrets import beside it': ['safe'],
  'a static Random field used for a token': ['safe'],
  'a salt filled by nextBytes': ['safe'],
  'RandomStringUtils for an API key has medium confidence': ['suggestion'],
  'Math.random for a reset code': ['suggestion'],
  'an API key built from mt_rand in a loop': ['safe'],
  'a CSRF token in the session from uniqid and mt_rand': ['safe'],
  'an OTP from rand keeps its range': ['safe'],
  'a token from rand without arguments': ['safe'],
  'a JWT signing key': ['safe'],
  'a function named for what it receives': ['safe'],
  'a token from Array#sample without securerandom required': ['suggestion'],
  'a reset code from rand with securerandom required': ['safe'],
  'a CSRF value in the session': ['suggestion'],
  'an OTP instance variable from Random.rand': ['safe'],
  'a bare rand without arguments': ['suggestion'],
  'sample with securerandom required is a safe fix': ['safe'],
  'a password from sample with a count': ['suggestion'],
};

describe('rule crypto/insecure-random fix safety', () => {
  for (const [name, expected] of Object.entries(FIX_SAFETY)) {
    it(name, async () => {
      const testCase = table.invalid.find((candidate) => candidate.name === name);
      assert.ok(testCase, `no case named ${name}`);
      const findings = findingsOf(insecureRandom, await scanCase(insecureRandom, testCase));
      assert.deepStrictEqual(findings.flatMap((finding) => (finding.fix ? [finding.fix.safety] : [])), expected);
    });
  }
});
