/**
 * secrets/private-key: a private key written into a file the engine reads: a PEM block
 * (`-----BEGIN RSA PRIVATE KEY-----`, PKCS #8, EC, DSA, OpenSSH, PGP) or a PuTTY key, in a code
 * string, a comment, a configuration value or a heredoc, and the same base64-encoded (Kubernetes
 * Secret `data`, kubeconfig `client-key-data`, Helm values).
 *
 * The engine reads the file kinds of CONTRACTS §6 only, so `.pem`, `.key` and `.ppk` files
 * themselves are not scanned: this rule sees the keys that code and configuration carry.
 *
 * The finding spans the key from its BEGIN line to its END line, and the whole span goes in
 * `secrets`, so every output redacts it. A key is only reported with its body: a marker on its own
 * (`startsWith('-----BEGIN PRIVATE KEY-----')`), a template that fills the body in at run time,
 * and a documentation stub (`MIIEpAIBAAK...`) are not keys. Public keys and certificates
 * (`BEGIN PUBLIC KEY`, `BEGIN CERTIFICATE`) are safe look-alikes and never match.
 *
 * Severity follows policy-map row 9, which names keys without passphrases: an unencrypted key is
 * critical; a passphrase-protected one (`ENCRYPTED PRIVATE KEY`, `Proc-Type: 4,ENCRYPTED`, an
 * OpenSSH key with a cipher, a PuTTY key with `Encryption:` other than none) is medium, since it
 * must still be attacked offline; a PGP block, usually but not provably protected, is high.
 */
import { safeRegex } from '../../engine/contract';
import type { Range, Rule, RuleContext, Severity } from '../../engine/contract';

// ---------------------------------------------------------------------------------------------
// Messages

interface KeyKind {
  /** Names the kind of key, never its content. */
  readonly subject: string;
  readonly encrypted: boolean;
  readonly severity?: Severity;
}

const CONTROL =
  'MoJ guidance requires each private key to be generated for one purpose and kept private, SSH keys to have a passphrase where practical, ' +
  'and secrets never to be stored in plain text, even in private repositories (Secrets management: User authentication secrets; Application & infrastructure secrets).';
const ADVICE =
  'Replace the key pair first and revoke the old key wherever it is trusted (certificates, authorized_keys, deploy keys), then remove it and scrub it from the git history ' +
  '(MoJ Technical Guidance: Storing source code); keep private keys in a secret store such as AWS Secrets Manager, Azure Key Vault, HashiCorp Vault or Kubernetes Secrets, and read or mount them at run time.';
const USE = 'can use it to sign, decrypt or sign in as its owner';
const ATTACK = 'can attack its passphrase offline, and has the key as soon as the passphrase is guessed or found';

type Place = 'code' | 'config' | 'comment' | 'encoded';

const PLACE_TEXT: Readonly<Record<Place, string>> = {
  code: 'in the source code',
  config: 'in this configuration file',
  comment: 'in a comment',
  encoded: 'base64-encoded in this file (base64 is an encoding, not encryption)',
};

function messageFor(kind: KeyKind, place: Place): string {
  return `This ${kind.subject} is written ${PLACE_TEXT[place]}: anyone who can read the repository, its history or a build ${kind.encrypted ? ATTACK : USE}. ${CONTROL} ${ADVICE}`;
}

function severityOf(kind: KeyKind): Severity | undefined {
  return kind.severity ?? (kind.encrypted ? 'medium' : undefined);
}

// ---------------------------------------------------------------------------------------------
// Key bodies

/** The PEM labels of private keys; the END line must repeat the same label. */
const PEM_BEGIN = safeRegex('-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY|PGP PRIVATE KEY BLOCK)-----', 'g');
const LABEL_SUBJECTS: Readonly<Record<string, string>> = {
  'RSA PRIVATE KEY': 'RSA private key (PKCS #1)',
  'EC PRIVATE KEY': 'EC private key',
  'DSA PRIVATE KEY': 'DSA private key',
  'OPENSSH PRIVATE KEY': 'OpenSSH private key',
  'PRIVATE KEY': 'private key (PKCS #8)',
  'ENCRYPTED PRIVATE KEY': 'encrypted private key (PKCS #8)',
  'PGP PRIVATE KEY BLOCK': 'PGP private key block',
};
/** The longest key body looked at: a PGP block with subkeys runs to several thousand characters. */
const MAX_BODY = 65_536;
/** A full line of a PEM body is 64 characters (OpenSSH: 70); documentation stubs stop far short. */
const MIN_BASE64_RUN = 40;
/** Random key material uses most of the alphabet; `AAAA…` or `XXXX…` filler does not. */
const MIN_DISTINCT = 16;
/** Share of base64 among the body's visible characters: a key with quotes, `+` and comment marks around its lines, not code. */
const MIN_BASE64_SHARE = 0.8;
/** Escape sequences that stand for line breaks in a string literal or JSON value. */
const ESCAPED_BREAK = safeRegex('\\\\[nrt]', 'g');

function isBase64Code(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 43 || code === 47 || code === 61;
}

function isWhitespaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The base64 characters of a body whose escapes are turned into spaces, when it reads as key material. */
function keyMaterial(body: string): string | undefined {
  const text = body.replace(ESCAPED_BREAK, ' ');
  let material = '';
  let visible = 0;
  let run = 0;
  let longest = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWhitespaceCode(code)) {
      run = 0;
      continue;
    }
    visible++;
    if (isBase64Code(code)) {
      material += text[index];
      run++;
      longest = Math.max(longest, run);
    } else {
      run = 0;
    }
  }
  if (longest < MIN_BASE64_RUN || material.length < visible * MIN_BASE64_SHARE || new Set(material).size < MIN_DISTINCT) return undefined;
  return material;
}

const PADDING = safeRegex('=', 'g');

/** The cipher an OpenSSH key names (`none` when it has no passphrase), read from its binary header. */
function openSshCipher(material: string): string | undefined {
  const bytes = Buffer.from(material.slice(0, 64).replace(PADDING, ''), 'base64');
  const magic = 'openssh-key-v1\0';
  if (bytes.length < magic.length + 4 || bytes.toString('latin1', 0, magic.length) !== magic) return undefined;
  const length = bytes.readUInt32BE(magic.length);
  const start = magic.length + 4;
  return start + length <= bytes.length ? bytes.toString('latin1', start, start + length) : undefined;
}

function pemKind(label: string, body: string, material: string, serviceAccount: boolean): KeyKind {
  if (label === 'PGP PRIVATE KEY BLOCK') return { subject: LABEL_SUBJECTS[label] ?? label, encrypted: false, severity: 'high' };
  const encrypted =
    label === 'ENCRYPTED PRIVATE KEY' ||
    body.includes('Proc-Type: 4,ENCRYPTED') ||
    (label === 'OPENSSH PRIVATE KEY' && (openSshCipher(material) ?? 'none') !== 'none');
  const subject = serviceAccount ? 'Google Cloud service account private key' : (LABEL_SUBJECTS[label] ?? label);
  return { subject: encrypted && !subject.startsWith('encrypted') ? `${subject}, protected by a passphrase,` : subject, encrypted };
}

interface KeyFinding {
  readonly kind: KeyKind;
  /** The whole key, from its BEGIN line to its END line. */
  readonly range: Range;
  /** The key material inside it, which every output redacts. */
  readonly secrets: readonly Range[];
  readonly encoded?: boolean;
}

/**
 * The key material between `start` and `end`: the base64 runs of the body's lines, headers
 * (`Proc-Type:`, `DEK-Info:`, `Version:`) left out. Runs on consecutive lines joined by nothing but
 * line breaks (real, or `\n` escapes in a string) form one range, so a plain PEM body is one
 * secret; where indentation, quotes or `+` sit between the lines, each line is its own range.
 * The markers, headers and that syntax are public text, and a range that held them would make
 * outputs look as if they quoted the secret wherever the same indentation or words appear.
 */
function materialRanges(text: string, start: number, end: number): Range[] {
  const lines: Range[][] = [[]];
  const header: boolean[] = [false];
  let runStart = -1;
  const closeRun = (at: number): void => {
    if (runStart >= 0 && HAS_ALPHANUMERIC.test(text.slice(runStart, at))) lines[lines.length - 1]?.push({ start: runStart, end: at });
    runStart = -1;
  };
  const newLine = (): void => {
    lines.push([]);
    header.push(false);
  };
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    const escapedBreak = code === 92 && (text[index + 1] === 'n' || text[index + 1] === 'r');
    if (isBase64Code(code) && !escapedBreak) {
      if (runStart < 0) runStart = index;
      continue;
    }
    closeRun(index);
    if (code === 10 || escapedBreak) newLine();
    else if (code === 58) header[header.length - 1] = true;
    if (escapedBreak) index++;
  }
  closeRun(end);
  const ranges: Range[] = [];
  lines.forEach((runs, line) => {
    if (header[line] === true) return;
    for (const run of runs) {
      const previous = ranges[ranges.length - 1];
      if (previous !== undefined && isBreaksOnly(text.slice(previous.end, run.start))) ranges[ranges.length - 1] = { start: previous.start, end: run.end };
      else ranges.push(run);
    }
  });
  return ranges;
}

const HAS_ALPHANUMERIC = safeRegex('[A-Za-z0-9]');
/** Whether `separator` is line breaks and their escapes (`\\n`, `\\r`) and nothing else. */
function isBreaksOnly(separator: string): boolean {
  let index = 0;
  while (index < separator.length) {
    const character = separator[index];
    if (character === '\n' || character === '\r') index++;
    else if (character === '\\' && (separator[index + 1] === 'n' || separator[index + 1] === 'r')) index += 2;
    else return false;
  }
  return separator.length > 0;
}

/** A service-account JSON names its type and holds the key under `private_key`. */
function isServiceAccountKey(text: string, begin: number): boolean {
  return text.includes('service_account') && text.slice(Math.max(0, begin - 40), begin).includes('private_key');
}

function pemKeys(text: string): KeyFinding[] {
  const found: KeyFinding[] = [];
  // The next END marker of each label at or after the last BEGIN read: BEGINs come in order, so
  // each label's END markers are searched for once each, and the scan stays linear.
  const nextEnd = new Map<string, number>();
  for (const match of text.matchAll(PEM_BEGIN)) {
    const label = match[1] ?? '';
    const bodyStart = match.index + match[0].length;
    const endMarker = `-----END ${label}-----`;
    let endStart = nextEnd.get(label);
    if (endStart === undefined || (endStart >= 0 && endStart < bodyStart)) {
      endStart = text.indexOf(endMarker, bodyStart);
      nextEnd.set(label, endStart);
    }
    if (endStart < 0 || endStart - bodyStart > MAX_BODY) continue;
    const body = text.slice(bodyStart, endStart);
    // Another BEGIN before this END means this block never ended; the next match reads the other.
    if (body.includes('-----BEGIN ')) continue;
    const material = keyMaterial(body);
    if (material === undefined) continue;
    found.push({
      kind: pemKind(label, body, material, isServiceAccountKey(text, match.index)),
      range: { start: match.index, end: endStart + endMarker.length },
      secrets: materialRanges(text, bodyStart, endStart),
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// PuTTY keys: `PuTTY-User-Key-File-N:` headers, public and private base64 lines, and a MAC

const PUTTY_HEADER = 'PuTTY-User-Key-File-';
const PUTTY_PRIVATE = 'Private-Lines:';
const PUTTY_MAC = safeRegex('Private-(?:MAC|Hash):[ \\t]{0,4}[0-9a-fA-F]{1,128}', 'g');
const PUTTY_NO_ENCRYPTION = safeRegex('Encryption:[ \\t]{0,4}none');
/** The line count after `Private-Lines:`, which is not key material. */
const LINE_COUNT = safeRegex('^[ \\t]{0,4}[0-9]{1,4}');

function puttyKeys(text: string): KeyFinding[] {
  const found: KeyFinding[] = [];
  for (let start = text.indexOf(PUTTY_HEADER); start >= 0; start = text.indexOf(PUTTY_HEADER, start + PUTTY_HEADER.length)) {
    // The key is read inside a window of the longest body, up to the next key's header.
    let window = text.slice(start, start + MAX_BODY);
    const nextHeader = window.indexOf(PUTTY_HEADER, PUTTY_HEADER.length);
    if (nextHeader >= 0) window = window.slice(0, nextHeader);
    const privateAt = window.indexOf(PUTTY_PRIVATE);
    if (privateAt < 0) continue;
    PUTTY_MAC.lastIndex = privateAt;
    const mac = PUTTY_MAC.exec(window);
    if (mac === null) continue;
    if (keyMaterial(window.slice(privateAt + PUTTY_PRIVATE.length, mac.index).replace(LINE_COUNT, ' ')) === undefined) continue;
    const encrypted = !PUTTY_NO_ENCRYPTION.test(window.slice(0, privateAt));
    const subject = encrypted ? 'PuTTY private key, protected by a passphrase,' : 'PuTTY private key';
    // The private lines are the secret; the public lines and the MAC are not.
    const countAt = privateAt + PUTTY_PRIVATE.length;
    const privateLines = start + countAt + (LINE_COUNT.exec(window.slice(countAt))?.[0].length ?? 0);
    found.push({
      kind: { subject, encrypted },
      range: { start, end: start + mac.index + mac[0].length },
      secrets: materialRanges(text, privateLines, start + mac.index),
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Base64-encoded PEM: `LS0tLS1CRUdJT` is base64 of `-----BEGI`

const ENCODED_BEGIN = 'LS0tLS1CRUdJT';

function encodedKeys(text: string): KeyFinding[] {
  const found: KeyFinding[] = [];
  let from = 0;
  for (let start = text.indexOf(ENCODED_BEGIN, from); start >= 0; start = text.indexOf(ENCODED_BEGIN, from)) {
    let end = start;
    while (end < text.length && isBase64Code(text.charCodeAt(end))) end++;
    from = end;
    if (start > 0 && isBase64Code(text.charCodeAt(start - 1))) continue;
    const inner = keysIn(Buffer.from(text.slice(start, end), 'base64').toString('utf8'))[0];
    if (inner !== undefined) found.push({ kind: inner.kind, range: { start, end }, secrets: [{ start, end }], encoded: true });
  }
  return found;
}

function keysIn(text: string): KeyFinding[] {
  return [...pemKeys(text), ...puttyKeys(text)];
}

/**
 * Whether `value` holds a private key this rule reports. Exported for the other secrets rules, so
 * that a name-and-entropy finding (`private_key = "-----BEGIN …"`) does not repeat this one.
 */
export function containsPrivateKey(value: string): boolean {
  return keysIn(value).length > 0 || encodedKeys(value).length > 0;
}

// ---------------------------------------------------------------------------------------------
// The rule

function check(context: RuleContext): void {
  const { text } = context.document;
  const findings = [...keysIn(text), ...encodedKeys(text)].sort((a, b) => a.range.start - b.range.start);
  for (const finding of findings) {
    const place: Place = finding.encoded === true ? 'encoded' : context.isInComment(finding.range.start) ? 'comment' : context.code !== undefined ? 'code' : 'config';
    const severity = severityOf(finding.kind);
    context.report({
      range: finding.range,
      message: messageFor(finding.kind, place),
      secrets: finding.secrets,
      ...(severity !== undefined ? { severity } : {}),
    });
  }
}

export const privateKey: Rule = {
  meta: {
    id: 'secrets/private-key',
    title: 'Private key written in the repository',
    area: 'secrets',
    // CONTRACTS §1: a hard-coded live key is critical. Keys protected by a passphrase report
    // medium (policy-map row 9 names keys without passphrases), PGP blocks high.
    severity: 'critical',
    confidence: 'high',
    cwe: [321, 798],
    owasp: 'A02:2021 Cryptographic Failures',
    policy: [
      'secrets-management#user-authentication-secrets',
      'secrets-management#application--infrastructure-secrets',
      'authentication#account-sharing',
      'tg:storing-source-code#converting-private-or-internal-repositories-to-public',
    ],
    basis: 'explicit',
    why:
      'A private key in the repository lets anyone who can read the code, its history or a build sign, decrypt or sign in as its owner, and every copy of the repository shares it. ' +
      'MoJ guidance requires each private key to be kept private to one purpose, with a passphrase where practical, and secrets never to be stored in plain text (Secrets management: User authentication secrets).',
    howToFix:
      'Replace the key pair and revoke the old key first, then remove it and scrub it from the git history (MoJ Technical Guidance: Storing source code). ' +
      'Keep private keys in a secret store such as AWS Secrets Manager, Azure Key Vault, HashiCorp Vault or Kubernetes Secrets, and read or mount them at run time.',
    // No edit can fix a committed key: it has to be replaced and revoked, and it stays in the history.
    fixSafety: 'suggestion',
    languages: [
      'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
      'yaml', 'json', 'xml', 'dockerfile', 'terraform', 'properties', 'dotenv', 'ini', 'npmrc', 'nginx', 'apache', 'haproxy', 'sshd',
      'pip-requirements', 'gradle',
    ],
    generatedFiles: true,
    prefilter: ['PRIVATE KEY', PUTTY_HEADER, ENCODED_BEGIN],
    // Every finding is a key in the raw text: a file without one (most files that name "PRIVATE
    // KEY" only mention it) is not parsed for this rule.
    mayReport: containsPrivateKey,
    examples: {
      javascript: "const key = fs.readFileSync(process.env.SIGNING_KEY_PATH, 'utf8');",
      typescript: 'const key = await secrets.getSecretValue({ SecretId: \'reports/signing-key\' });',
      python: "key = serialization.load_pem_private_key(Path(os.environ['SIGNING_KEY_PATH']).read_bytes(), password=passphrase)",
      java: 'KeyStore store = KeyStore.getInstance("PKCS12");\nstore.load(Files.newInputStream(Path.of(System.getenv("KEYSTORE_PATH"))), passphrase);',
      csharp: 'var certificate = (await certificateClient.DownloadCertificateAsync("reports-signing")).Value;',
      go: 'keyPEM, err := os.ReadFile(os.Getenv("SIGNING_KEY_PATH"))',
      yaml: 'volumes:\n  - name: tls\n    secret:\n      secretName: reports-tls',
      terraform: 'private_key = data.aws_secretsmanager_secret_version.signing_key.secret_string',
    },
  },
  check,
};
