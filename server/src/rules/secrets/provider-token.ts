/**
 * secrets/provider-token: a credential in a format a provider publishes, written in code, a
 * comment or a configuration value: AWS access keys, GitHub, GitLab, Slack, Stripe, Google, Azure
 * Storage and Service Bus, SendGrid and npm tokens, JSON Web Tokens, and passwords in URLs.
 *
 * The formats are matched on the raw text (ARCHITECTURE: raw regular expressions only for
 * formats), so a token is found wherever the file holds it: a string literal, a comment, a YAML
 * value, a heredoc. A live key in a comment is as leaked as one in code, so comments are reported
 * at the same confidence; the message says where it is. Each value's range goes in `secrets`, so
 * every output redacts it, and messages name the provider and the kind, never the value.
 *
 * Precision:
 * - bodies that announce a stand-in are skipped: one repeated character, `xxxx`, `EXAMPLE`,
 *   `your…`, counting sequences; so are the documented example values (AWS's example key pair,
 *   the Azure Storage emulator key, jwt.io's example token, Stripe's documentation test key);
 * - values read from the environment or a secret store (`${NPM_TOKEN}`, `$PASSWORD`, `{{ … }}`)
 *   are never a format match, and the URL password check skips them explicitly;
 * - a match inside a regular expression (a JavaScript or Ruby regex literal, a string handed to
 *   `RegExp`, `re.compile`, `Pattern.compile`, `regexp.MustCompile`, `Regex`, `preg_*`) is a
 *   pattern, not a token;
 * - a literal key passed to a cipher or a MAC belongs to crypto/hardcoded-key (CONTRACTS §10):
 *   that rule's collectors are run and this rule stays silent on the ranges they report.
 *
 * Division of work with the other secrets rules: this rule knows formats. Names that look like
 * secrets with a high-entropy value are secrets/hardcoded-credential, and so are passwords in
 * database, cache and broker URLs (`postgres://`, `redis://`, `amqps://`), which it reads as
 * connection strings; vendor defaults such as `admin:admin` are secrets/default-credentials (so a
 * URL whose password is a default or a placeholder word is left alone here); PEM, OpenSSH and
 * PuTTY keys are secrets/private-key. Google service-account JSON is reported through its
 * `private_key` by secrets/private-key; its `private_key_id` only names the key and is not
 * reported. `providerTokenRanges` and `containsProviderToken` let the other rules step aside.
 *
 * AWS: an access key id and a secret access key near it (within five lines, assigned to a name
 * holding "secret", or passed to the same call) are one finding at the key id, with the secret as
 * a related location and both values redacted. A key id alone is reported at medium confidence
 * (its secret may be elsewhere); a secret access key alone only under an AWS name
 * (`aws_secret_access_key`, `secretAccessKey`, `AWS_SECRET_KEY`).
 */
import { pathNameParts, safeRegex } from '../../engine/contract';
import type {
  CallSite,
  CodeModel,
  Confidence,
  ConfigModel,
  Range,
  RelatedLocation,
  Rule,
  RuleContext,
  Severity,
  SyntaxNode,
} from '../../engine/contract';
import { hardcodedKey } from '../crypto/hardcoded-key';

// ---------------------------------------------------------------------------------------------
// Messages

/** What was found: the provider and kind of credential, and what anyone holding it can do. */
interface CredentialKind {
  /** Names the provider and the kind, never the value: "GitHub personal access token". */
  readonly subject: string;
  /** What a reader of the repository can do with it, completing "anyone who can read … ". */
  readonly consequence: string;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
}

const CONTROL =
  'MoJ guidance requires application secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets).';
const ADVICE =
  'Rotate it first, so the exposed value stops working, then remove it and scrub it from the git history (MoJ Technical Guidance: Storing source code); ' +
  'keep the new value in a secret store such as AWS Secrets Manager or SSM Parameter Store, Azure Key Vault, HashiCorp Vault or Kubernetes Secrets, and read it at run time.';

/** Where the value sits, completing "This … is written … ". */
type Place = 'code' | 'config' | 'comment' | 'kubernetes';

const PLACE_TEXT: Readonly<Record<Place, string>> = {
  code: 'in the source code',
  config: 'in this configuration file',
  comment: 'in a comment',
  kubernetes: 'base64-encoded in this Kubernetes Secret manifest (base64 is an encoding, not encryption)',
};

function messageFor(kind: CredentialKind, place: Place): string {
  return `This ${kind.subject} is written ${PLACE_TEXT[place]}: anyone who can read the repository, its history or a build ${kind.consequence}. ${CONTROL} ${ADVICE}`;
}

const GITHUB = 'can call GitHub with its permissions';
const SLACK = 'can call Slack with its permissions';
const NPM = 'can publish and install packages as its owner';

const KINDS = {
  awsPair: { subject: 'AWS access key id, with its secret access key,', consequence: 'can act as its AWS identity' },
  awsTemporaryPair: {
    subject: 'temporary AWS access key id (from STS), with its secret access key,',
    consequence: 'can act as its AWS identity until the session expires',
    severity: 'high',
  },
  awsKeyId: {
    subject: 'AWS access key id',
    consequence: 'can tie it to its AWS identity, and its secret access key is often committed beside it or in the history',
    severity: 'high',
    confidence: 'medium',
  },
  awsTemporaryKeyId: {
    subject: 'temporary AWS access key id (from STS)',
    consequence: 'can tie it to its AWS identity, and its secret access key and session token are often committed beside it',
    severity: 'high',
    confidence: 'medium',
  },
  awsSecret: { subject: 'AWS secret access key', consequence: 'can act as its AWS identity, given the key id' },
  ghp: { subject: 'GitHub personal access token', consequence: GITHUB },
  gho: { subject: 'GitHub OAuth access token', consequence: GITHUB },
  ghu: { subject: 'GitHub App user access token', consequence: GITHUB },
  ghs: { subject: 'GitHub App installation access token', consequence: GITHUB },
  ghr: { subject: 'GitHub App refresh token', consequence: 'can obtain new GitHub access tokens with its permissions' },
  githubPat: { subject: 'GitHub fine-grained personal access token', consequence: GITHUB },
  gitlab: { subject: 'GitLab personal access token', consequence: 'can call GitLab with its permissions' },
  xoxb: { subject: 'Slack bot token', consequence: SLACK },
  xoxp: { subject: 'Slack user token', consequence: SLACK },
  xoxa: { subject: 'Slack workspace app token', consequence: SLACK },
  xoxr: { subject: 'Slack refresh token', consequence: 'can obtain new Slack tokens with its permissions' },
  xoxs: { subject: 'Slack session token', consequence: SLACK },
  slackWebhook: { subject: 'Slack incoming webhook URL', consequence: 'can post messages to its channel as your app', severity: 'high' },
  stripeLiveSecret: { subject: 'Stripe live secret key', consequence: 'can make live charges, refunds and payouts through the Stripe API' },
  stripeLiveRestricted: { subject: 'Stripe live restricted key', consequence: 'can call the live Stripe API with its permissions' },
  stripeTestSecret: {
    subject: 'Stripe test-mode secret key',
    consequence: "can read and change the Stripe account's test-mode data, though not live payments",
    severity: 'low',
  },
  stripeTestRestricted: {
    subject: 'Stripe test-mode restricted key',
    consequence: "can read and change the Stripe account's test-mode data, though not live payments",
    severity: 'low',
  },
  google: { subject: 'Google API key', consequence: 'can call the Google APIs it allows, billed to your project', severity: 'high' },
  firebase: {
    subject: 'Google API key in a Firebase web configuration',
    consequence: 'can call the Google APIs it allows, billed to your project, unless the key is restricted to your app (Firebase web keys are meant to reach browsers, so restriction, not secrecy, protects them)',
    severity: 'high',
    confidence: 'low',
  },
  azureStorage: { subject: 'Azure Storage account key', consequence: 'has full control of the storage account' },
  azureShared: { subject: 'Azure shared access key', consequence: "can use the Service Bus, Event Hubs or IoT Hub namespace with its policy's rights" },
  azureSas: { subject: 'Azure shared access signature', consequence: 'can use the storage it grants until it expires', severity: 'high' },
  sendgrid: { subject: 'SendGrid API key', consequence: 'can send email as your organisation' },
  npm: { subject: 'npm access token', consequence: NPM },
  npmAuthToken: { subject: 'npm registry auth token', consequence: NPM },
  npmAuth: { subject: 'npm registry user name and password, base64-encoded,', consequence: 'can sign in to the registry as its user' },
  npmPassword: { subject: 'npm registry password, base64-encoded,', consequence: 'can sign in to the registry as its user' },
  jwt: { subject: 'JSON Web Token', consequence: 'can present it as a bearer credential until it expires', severity: 'high', confidence: 'medium' },
} as const satisfies Record<string, CredentialKind>;

function urlPasswordKind(host: string, local: boolean): CredentialKind {
  return {
    subject: `password for ${host}, in this URL,`,
    consequence: `can sign in to ${host} with it`,
    ...(local ? { severity: 'high' as const, confidence: 'medium' as const } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Characters

type CharacterTest = (code: number) => boolean;

const isDigit: CharacterTest = (code) => code >= 48 && code <= 57;
const isUpper: CharacterTest = (code) => code >= 65 && code <= 90;
const isLower: CharacterTest = (code) => code >= 97 && code <= 122;
const isAlphanumeric: CharacterTest = (code) => isDigit(code) || isUpper(code) || isLower(code);
/** `-` and `_` as well: base64url, GitLab, Google. */
const isBase64Url: CharacterTest = (code) => isAlphanumeric(code) || code === 45 || code === 95;
const isAlphanumericOrUnderscore: CharacterTest = (code) => isAlphanumeric(code) || code === 95;
const isAlphanumericOrHyphen: CharacterTest = (code) => isAlphanumeric(code) || code === 45;
/** Standard base64 without padding. */
const isBase64: CharacterTest = (code) => isAlphanumeric(code) || code === 43 || code === 47;
const isBase64OrPadding: CharacterTest = (code) => isBase64(code) || code === 61;
/** Characters of an identifier-like name, dotted or kebab: `aws.secretKey`, `aws-secret-access-key`. */
const isNameCharacter: CharacterTest = (code) => isAlphanumericOrUnderscore(code) || code === 45 || code === 46;

/** Whether the character at `index` passes `test` (false outside the text, where charCodeAt gives NaN). */
function at(text: string, index: number, test: CharacterTest): boolean {
  return test(text.charCodeAt(index));
}

/** The end of the run of characters passing `test` that starts at `start`. */
function runEnd(text: string, start: number, test: CharacterTest, limit = text.length): number {
  let end = start;
  while (end < limit && at(text, end, test)) end++;
  return end;
}

// ---------------------------------------------------------------------------------------------
// Placeholders and documented examples

/** Words that mark a made-up body, found case-insensitively anywhere in it. */
const STAND_IN_WORDS: readonly string[] = ['example', 'placeholder', 'redacted', 'replace', 'changeme', 'dummy', 'sample', 'your', 'xxxx', 'insert', 'fake'];
/** Counting sequences that documentation writes into made-up tokens. */
const SEQUENCES: readonly string[] = ['123456789', 'abcdefghi'];
/** Six of one character in a row: never seen in a random body of these lengths in practice. */
const REPEATED_RUN = safeRegex('(.)\\1{5}');

/** Whether a token's body (after its fixed prefix) is a stand-in rather than a value. */
function isStandInBody(body: string): boolean {
  const lower = body.toLowerCase();
  return STAND_IN_WORDS.some((word) => lower.includes(word)) || SEQUENCES.some((sequence) => lower.includes(sequence)) || REPEATED_RUN.test(body);
}

/** Values published in providers' documentation, which are never anyone's live credential. */
const DOCUMENTED_EXAMPLES: ReadonlySet<string> = new Set([
  // AWS's documented example key pair (IAM User Guide).
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  // The Azure Storage emulator's (Azurite's) well-known account key.
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  // Stripe's documentation test key.
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
]);
/** The signature of jwt.io's example token (HS256 over "your-256-bit-secret"). */
const JWT_IO_EXAMPLE_SIGNATURE = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

// ---------------------------------------------------------------------------------------------
// Findings

interface TokenFinding {
  readonly kind: CredentialKind;
  /** The flagged value. */
  readonly range: Range;
  readonly secrets: readonly Range[];
  readonly related?: readonly RelatedLocation[];
  /** Found by decoding a Kubernetes Secret's base64 `data`. */
  readonly encoded?: boolean;
}

function single(kind: CredentialKind, range: Range): TokenFinding {
  return { kind, range, secrets: [range] };
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------------------------------------
// Fixed formats: a known prefix and a body of known length and alphabet

/**
 * A fixed format: a short expression finds the prefix, and the body is read by hand, so no
 * expression holds a long repetition (each stays trivially linear for the ReDoS harness).
 */
interface Format {
  readonly prefix: RegExp;
  /** Prefilter literals one of which every match of `prefix` contains, compared case-insensitively. */
  readonly literals: readonly string[];
  /** The end of the token whose body starts at `from`, or undefined when the body is not there. */
  readonly read: (text: string, from: number) => number | undefined;
  /** Characters that would continue the token: one that touches the end belongs to something longer. */
  readonly continues: CharacterTest;
  /** Fixed text before the value that is not part of it (`AccountKey=`): the value alone is flagged. */
  readonly skip?: number;
  /** Where the secret part starts in the value, when the value carries a fixed, public part too. */
  readonly secretOffset?: (value: string) => number;
  /** The credential's kind, or undefined for a stand-in or a look-alike. */
  readonly classify: (value: string, text: string, start: number) => CredentialKind | undefined;
}

/** A body of `min` to `max` characters passing `test`: the end of the run, or undefined when its length is outside. */
function body(test: CharacterTest, min: number, max = min): (text: string, from: number) => number | undefined {
  return (text, from) => {
    const end = runEnd(text, from, test, from + max + 1);
    return end - from >= min && end - from <= max ? end : undefined;
  };
}

/** Reads the parts in order; a string part must appear literally. */
function sequence(...parts: readonly (string | ((text: string, from: number) => number | undefined))[]): (text: string, from: number) => number | undefined {
  return (text, from) => {
    let position: number | undefined = from;
    for (const part of parts) {
      if (position === undefined) return undefined;
      if (typeof part === 'string') position = text.startsWith(part, position) ? position + part.length : undefined;
      else position = part(text, position);
    }
    return position;
  };
}

const isUpperOrDigit: CharacterTest = (code) => isUpper(code) || isDigit(code);

const GITHUB_KINDS: Readonly<Record<string, CredentialKind>> = { ghp: KINDS.ghp, gho: KINDS.gho, ghu: KINDS.ghu, ghs: KINDS.ghs, ghr: KINDS.ghr };
const SLACK_KINDS: Readonly<Record<string, CredentialKind>> = { xoxb: KINDS.xoxb, xoxp: KINDS.xoxp, xoxa: KINDS.xoxa, xoxr: KINDS.xoxr, xoxs: KINDS.xoxs };
const STRIPE_KINDS: Readonly<Record<string, CredentialKind>> = {
  sk_live: KINDS.stripeLiveSecret,
  rk_live: KINDS.stripeLiveRestricted,
  sk_test: KINDS.stripeTestSecret,
  rk_test: KINDS.stripeTestRestricted,
};

/** The kind for a prefixed token whose body (after `prefixLength` characters) is not a stand-in. */
function unlessStandIn(value: string, prefixLength: number, kind: CredentialKind | undefined): CredentialKind | undefined {
  if (kind === undefined || DOCUMENTED_EXAMPLES.has(value) || isStandInBody(value.slice(prefixLength))) return undefined;
  return kind;
}

/** A Slack token body has hyphen-separated parts, numeric ids among them. */
function isSlackShaped(rest: string): boolean {
  return rest.includes('-') && [...rest].some((character) => isDigit(character.charCodeAt(0)));
}

/** Firebase web configurations name the auth domain near the key. */
const FIREBASE_CONTEXT: readonly string[] = ['authdomain', 'firebaseapp.com', 'firebaseconfig', 'firebase_'];
const FIREBASE_WINDOW = 600;

function isFirebaseConfig(text: string, start: number): boolean {
  const around = text.slice(Math.max(0, start - FIREBASE_WINDOW), start + FIREBASE_WINDOW).toLowerCase();
  return FIREBASE_CONTEXT.some((marker) => around.includes(marker));
}

/** The characters of a URL query around `sig=`. */
const isQueryCharacter: CharacterTest = (code) => isBase64OrPadding(code) || code === 37 || code === 38 || code === 45 || code === 46 || code === 95 || code === 58;
/** A signature: URL-encoded base64. */
const isSignatureCharacter: CharacterTest = (code) => isBase64OrPadding(code) || code === 37;
/** How far around `sig=` the other parameters of its query are looked for. */
const MAX_QUERY = 2048;

/** An Azure SAS signature comes with the service version (`sv=`) and expiry (`se=`) parameters. */
function isSasQuery(text: string, sigStart: number): boolean {
  let start = sigStart;
  while (start > 0 && sigStart - start < MAX_QUERY && at(text, start - 1, isQueryCharacter)) start--;
  const query = text.slice(start, runEnd(text, sigStart, isQueryCharacter, sigStart + MAX_QUERY));
  const hasParameter = (name: string): boolean => query.startsWith(`${name}=`) || query.includes(`&${name}=`) || query.includes(`=${name}=`);
  return hasParameter('sv') && hasParameter('se');
}

const SLACK_SERVICES = '/services/';

const FORMATS: readonly Format[] = [
  {
    prefix: safeRegex('gh[pousr]_', 'g'),
    literals: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    read: body(isAlphanumeric, 36),
    continues: isAlphanumeric,
    classify: (value) => unlessStandIn(value, 4, GITHUB_KINDS[value.slice(0, 3)]),
  },
  {
    prefix: safeRegex('github_pat_', 'g'),
    literals: ['github_pat_'],
    read: body(isAlphanumericOrUnderscore, 82),
    continues: isAlphanumericOrUnderscore,
    classify: (value) => unlessStandIn(value, 11, KINDS.githubPat),
  },
  {
    prefix: safeRegex('glpat-', 'g'),
    literals: ['glpat-'],
    read: body(isBase64Url, 20, 80),
    continues: isBase64Url,
    classify: (value) => unlessStandIn(value, 6, KINDS.gitlab),
  },
  {
    prefix: safeRegex('xox[abprs]-', 'g'),
    literals: ['xox'],
    read: body(isAlphanumericOrHyphen, 20, 255),
    continues: isAlphanumericOrHyphen,
    classify: (value) => (isSlackShaped(value.slice(5)) ? unlessStandIn(value, 5, SLACK_KINDS[value.slice(0, 4)]) : undefined),
  },
  {
    prefix: safeRegex('https?://hooks\\.slack\\.com/services/', 'g'),
    literals: ['hooks.slack.com'],
    read: sequence('T', body(isUpperOrDigit, 8, 12), '/B', body(isUpperOrDigit, 8, 12), '/', body(isAlphanumeric, 24)),
    continues: isAlphanumeric,
    // The whole URL is flagged; the path after `/services/` is what makes it a credential.
    secretOffset: (value) => value.indexOf(SLACK_SERVICES) + SLACK_SERVICES.length,
    classify: (value) => unlessStandIn(value, value.lastIndexOf('/') + 1, KINDS.slackWebhook),
  },
  {
    prefix: safeRegex('[rs]k_(?:live|test)_', 'g'),
    literals: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
    read: body(isAlphanumeric, 24, 247),
    continues: isAlphanumeric,
    classify: (value) => unlessStandIn(value, 8, STRIPE_KINDS[value.slice(0, 7)]),
  },
  {
    prefix: safeRegex('AIza', 'g'),
    literals: ['AIza'],
    read: body(isBase64Url, 35),
    continues: isBase64Url,
    classify: (value, text, start) => unlessStandIn(value, 4, isFirebaseConfig(text, start) ? KINDS.firebase : KINDS.google),
  },
  {
    prefix: safeRegex('AccountKey=', 'gi'),
    literals: ['AccountKey='],
    read: sequence(body(isBase64, 86), '=='),
    continues: isBase64OrPadding,
    skip: 'AccountKey='.length,
    classify: (value) => unlessStandIn(value, 0, KINDS.azureStorage),
  },
  {
    prefix: safeRegex('SharedAccessKey=', 'gi'),
    literals: ['SharedAccessKey='],
    read: sequence(body(isBase64, 43), '='),
    continues: isBase64OrPadding,
    skip: 'SharedAccessKey='.length,
    classify: (value) => unlessStandIn(value, 0, KINDS.azureShared),
  },
  {
    prefix: safeRegex('sig=', 'g'),
    literals: ['sig='],
    read: body(isSignatureCharacter, 20, 200),
    continues: isSignatureCharacter,
    skip: 'sig='.length,
    classify: (value, text, start) => (isSasQuery(text, start) ? unlessStandIn(value, 0, KINDS.azureSas) : undefined),
  },
  {
    prefix: safeRegex('SG\\.', 'g'),
    literals: ['SG.'],
    read: sequence(body(isBase64Url, 22), '.', body(isBase64Url, 43)),
    continues: isBase64Url,
    classify: (value) => unlessStandIn(value, 3, KINDS.sendgrid),
  },
  {
    prefix: safeRegex('npm_', 'g'),
    literals: ['npm_'],
    read: body(isAlphanumeric, 36),
    continues: isAlphanumeric,
    classify: (value) => unlessStandIn(value, 4, KINDS.npm),
  },
];

function fixedFormatTokens(text: string, present: LiteralTest): TokenFinding[] {
  const found: TokenFinding[] = [];
  for (const format of FORMATS) {
    if (!present(format.literals)) continue;
    for (const match of text.matchAll(format.prefix)) {
      const start = match.index;
      const end = format.read(text, start + match[0].length);
      // A match inside a longer word or value is not this token (`…XAIza…`, a 90-character key).
      if (end === undefined || at(text, start - 1, isAlphanumeric) || at(text, end, format.continues)) continue;
      const valueStart = start + (format.skip ?? 0);
      const value = text.slice(valueStart, end);
      const kind = format.classify(value, text, start);
      if (kind === undefined) continue;
      const secretStart = valueStart + (format.secretOffset?.(value) ?? 0);
      found.push({ kind, range: { start: valueStart, end }, secrets: [{ start: secretStart, end }] });
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// JSON Web Tokens, scanned by hand: three base64url parts of open-ended length

const JWT_START = 'eyJ';
const MIN_JWT_PART = 10;
const MIN_JWT_SIGNATURE = 16;

function decodeJsonPart(part: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A signed JWT whose header and payload decode to JSON objects. Unsigned tokens (`alg: none`,
 * no signature) grant nothing and belong to the web-config JWT rules; a Supabase `anon` key is
 * public by design; jwt.io's example is documentation.
 */
function jwtAt(text: string, start: number): { end: number; found: boolean } {
  const headerEnd = runEnd(text, start, isBase64Url);
  if (text[headerEnd] !== '.' || !text.startsWith(JWT_START, headerEnd + 1)) return { end: headerEnd, found: false };
  const payloadEnd = runEnd(text, headerEnd + 1, isBase64Url);
  if (text[payloadEnd] !== '.') return { end: payloadEnd, found: false };
  const end = runEnd(text, payloadEnd + 1, isBase64Url);
  if (text[end] === '.') return { end, found: false };
  const header = decodeJsonPart(text.slice(start, headerEnd));
  const payload = decodeJsonPart(text.slice(headerEnd + 1, payloadEnd));
  const signature = text.slice(payloadEnd + 1, end);
  const found =
    headerEnd - start >= MIN_JWT_PART &&
    payloadEnd - headerEnd - 1 >= MIN_JWT_PART &&
    signature.length >= MIN_JWT_SIGNATURE &&
    header !== undefined &&
    typeof header.alg === 'string' &&
    header.alg.toLowerCase() !== 'none' &&
    payload !== undefined &&
    payload.role !== 'anon' &&
    signature !== JWT_IO_EXAMPLE_SIGNATURE &&
    !isStandInBody(signature);
  return { end, found };
}

function jsonWebTokens(text: string): TokenFinding[] {
  const found: TokenFinding[] = [];
  let from = 0;
  for (let start = text.indexOf(JWT_START, from); start >= 0; start = text.indexOf(JWT_START, from)) {
    if (at(text, start - 1, isBase64Url) || text[start - 1] === '.') {
      from = start + JWT_START.length;
      continue;
    }
    const jwt = jwtAt(text, start);
    if (jwt.found) found.push(single(KINDS.jwt, { start, end: jwt.end }));
    // Every part was read to its end, so no later start inside it can do better: the scan stays linear.
    from = Math.max(jwt.end, start + JWT_START.length);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// AWS access keys

const AWS_KEY_ID_PREFIX = safeRegex('A[KS]IA', 'g');
const AWS_KEY_ID_BODY = 16;
const AWS_SECRET_LENGTH = 40;
/** How many lines apart a key id and its secret may be and still be read as one pair. */
const AWS_PAIR_LINES = 5;
/** After a name holding "secret": a closing quote, an assignment or key separator, an opening quote. */
const ASSIGNMENT = safeRegex('["\'\\]]?[ \\t]{0,8}(?:=>|:=|=|:|>)[ \\t]{0,8}(?:[@rbfu]?["\'`])?', 'y');
const ASSIGNMENT_OPERATOR = safeRegex('[=:>]');

interface AwsKeyId {
  readonly range: Range;
  readonly temporary: boolean;
  readonly line: number;
}

interface AwsSecret {
  readonly range: Range;
  readonly line: number;
  /** Named as an AWS secret (`aws_secret_access_key`, `secretAccessKey`): reportable without its key id. */
  readonly awsNamed: boolean;
}

const SECRET_WORD = safeRegex('secret', 'i');

/** Offsets of line starts, for "how many lines apart"; found on the first question, as most files hold no AWS key. */
class Lines {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private lineStarts(): number[] {
    if (this.starts === undefined) {
      this.starts = [0];
      for (let index = this.text.indexOf('\n'); index >= 0; index = this.text.indexOf('\n', index + 1)) this.starts.push(index + 1);
    }
    return this.starts;
  }
}

/** A 40-character secret access key: mixed case with digits or `+`/`/`, so not a hex digest or a word. */
function isAwsSecretShaped(value: string): boolean {
  if (value.length !== AWS_SECRET_LENGTH || DOCUMENTED_EXAMPLES.has(value) || isStandInBody(value)) return false;
  const codes = [...value].map((character) => character.charCodeAt(0));
  return codes.every(isBase64) && codes.some(isUpper) && codes.some(isLower) && codes.some((code) => isDigit(code) || code === 43 || code === 47);
}

function awsKeyIds(text: string, lines: Lines): AwsKeyId[] {
  const ids: AwsKeyId[] = [];
  const readBody = body(isUpperOrDigit, AWS_KEY_ID_BODY);
  for (const match of text.matchAll(AWS_KEY_ID_PREFIX)) {
    const start = match.index;
    const end = readBody(text, start + match[0].length);
    if (end === undefined || at(text, start - 1, isAlphanumeric) || at(text, end, isAlphanumeric)) continue;
    const id = text.slice(start, end);
    if (DOCUMENTED_EXAMPLES.has(id) || isStandInBody(id.slice(4))) continue;
    ids.push({ range: { start, end }, temporary: id.startsWith('ASIA'), line: lines.lineOf(start) });
  }
  return ids;
}

/** Values assigned to a name holding "secret" (`secret_key = "…"`, `SecretAccessKey: …`) that look like AWS secret keys. */
function awsSecretsByName(text: string, lines: Lines): AwsSecret[] {
  const secrets = new Map<number, AwsSecret>();
  const lower = text.toLowerCase();
  for (let index = lower.indexOf('secret'); index >= 0; index = lower.indexOf('secret', index + 1)) {
    let nameStart = index;
    while (nameStart > 0 && index - nameStart < MAX_NAME && at(text, nameStart - 1, isNameCharacter)) nameStart--;
    const nameEnd = runEnd(text, index, isNameCharacter, index + MAX_NAME);
    ASSIGNMENT.lastIndex = nameEnd;
    const assignment = ASSIGNMENT.exec(text);
    if (assignment === null || !ASSIGNMENT_OPERATOR.test(assignment[0])) continue;
    const valueStart = nameEnd + assignment[0].length;
    const valueEnd = runEnd(text, valueStart, isBase64, valueStart + AWS_SECRET_LENGTH + 1);
    if (at(text, valueEnd, isBase64OrPadding) || !isAwsSecretShaped(text.slice(valueStart, valueEnd))) continue;
    const name = text.slice(nameStart, nameEnd).toLowerCase().replace(NAME_SEPARATORS, '');
    const awsNamed = name.includes('secretaccesskey') || name.includes('awssecret');
    const previous = secrets.get(valueStart);
    secrets.set(valueStart, { range: { start: valueStart, end: valueEnd }, line: lines.lineOf(valueStart), awsNamed: awsNamed || previous?.awsNamed === true });
  }
  return [...secrets.values()];
}

const NAME_SEPARATORS = safeRegex('[-_.]', 'g');
/** The longest name read around "secret", which keeps the scan linear in a file of long names. */
const MAX_NAME = 100;

/** The string-literal arguments of calls, by node id, for "passed to the same call". */
function literalRanges(code: CodeModel): Map<number, Range> {
  const ranges = new Map<number, Range>();
  for (const literal of code.strings()) ranges.set(literal.node.id, literal.valueRange);
  return ranges;
}

/** `new BasicAWSCredentials("AKIA…", "…")`, `credentials.NewStaticCredentials("AKIA…", "…", "")`: the secret beside the id. */
function awsSecretsBySameCall(code: CodeModel, text: string, ids: readonly AwsKeyId[]): Map<number, Range> {
  const paired = new Map<number, Range>();
  if (ids.length === 0) return paired;
  const literals = literalRanges(code);
  for (const call of code.calls()) {
    const argumentRanges = call.args.map((argument) => literals.get(argument.node.id));
    for (const id of ids) {
      const idIndex = argumentRanges.findIndex((range) => range !== undefined && range.start <= id.range.start && id.range.end <= range.end);
      if (idIndex < 0) continue;
      const secret = argumentRanges.find((range, index) => index !== idIndex && range !== undefined && isAwsSecretShaped(text.slice(range.start, range.end)));
      if (secret !== undefined) paired.set(id.range.start, secret);
    }
  }
  return paired;
}

function awsCredentials(text: string, code: CodeModel | undefined): TokenFinding[] {
  const lines = new Lines(text);
  const ids = awsKeyIds(text, lines);
  // A case-blind search rather than lower-casing the whole file, for every file, to ask one question.
  const named = SECRET_WORD.test(text) ? awsSecretsByName(text, lines) : [];
  const sameCall = code === undefined ? new Map<number, Range>() : awsSecretsBySameCall(code, text, ids);
  const used = new Set<number>();
  const found: TokenFinding[] = [];
  for (const id of ids) {
    let secret = sameCall.get(id.range.start);
    if (secret === undefined) {
      let best: AwsSecret | undefined;
      for (const candidate of named) {
        const distance = Math.abs(candidate.line - id.line);
        if (used.has(candidate.range.start) || distance > AWS_PAIR_LINES) continue;
        // The nearest wins; at equal distance, the one after the id (key id first is the usual order).
        if (best === undefined || distance < Math.abs(best.line - id.line) || (distance === Math.abs(best.line - id.line) && candidate.line > best.line)) best = candidate;
      }
      secret = best?.range;
    }
    if (secret === undefined) {
      found.push(single(id.temporary ? KINDS.awsTemporaryKeyId : KINDS.awsKeyId, id.range));
      continue;
    }
    used.add(secret.start);
    found.push({
      kind: id.temporary ? KINDS.awsTemporaryPair : KINDS.awsPair,
      range: id.range,
      secrets: [id.range, secret],
      related: [{ range: secret, message: 'The secret access key of this key id is here.' }],
    });
  }
  for (const secret of named) {
    if (secret.awsNamed && !used.has(secret.range.start)) found.push(single(KINDS.awsSecret, secret.range));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// npm registry credentials

const SCOPED_AUTH_TOKEN = safeRegex(':_authToken[ \\t]{0,8}=[ \\t]{0,8}["\']?', 'g');
const MIN_REGISTRY_TOKEN = 16;
/** Registry tokens are far shorter; a longer run is something else. */
const MAX_REGISTRY_TOKEN_LENGTH = 512;
/** Characters that end an unquoted value. */
const isValueCharacter: CharacterTest = (code) => code > 32 && code !== 34 && code !== 39 && code !== 96 && code !== 59 && code !== 44 && code !== 127;
/** An environment variable's name written as a value: `NPM_TOKEN`. */
const VARIABLE_NAME = safeRegex('^[A-Z][A-Z0-9_]*$');

/** Whether a registry credential is a value rather than a reference to one or a stand-in. */
function isRegistryValue(value: string, minimum: number): boolean {
  if (value.length < minimum || value.includes('$') || value.includes('{') || value.includes('<') || VARIABLE_NAME.test(value)) return false;
  const codes = [...value].map((character) => character.charCodeAt(0));
  return codes.some(isDigit) && codes.some((code) => isUpper(code) || isLower(code)) && !isStandInBody(value);
}

/** `//registry/:_authToken=…` anywhere: `.npmrc` text echoed by a Dockerfile, a CI step or a script. */
function scopedAuthTokens(text: string): TokenFinding[] {
  const found: TokenFinding[] = [];
  for (const match of text.matchAll(SCOPED_AUTH_TOKEN)) {
    const start = match.index + match[0].length;
    const end = runEnd(text, start, isValueCharacter, start + MAX_REGISTRY_TOKEN_LENGTH);
    if (isRegistryValue(text.slice(start, end), MIN_REGISTRY_TOKEN)) found.push(single(KINDS.npmAuthToken, { start, end }));
  }
  return found;
}

/** A whole value in standard base64. */
const BASE64_VALUE = safeRegex('^[A-Za-z0-9+/]+={0,2}$');

/** `_auth` holds base64 of `user:password`. */
function isBase64Credentials(value: string): boolean {
  if (!BASE64_VALUE.test(value)) return false;
  return Buffer.from(value, 'base64').toString('utf8').includes(':');
}

/** `.npmrc` entries: `_authToken`, `_auth` and `_password`, global or scoped to a registry. */
function npmrcCredentials(config: ConfigModel): TokenFinding[] {
  const found: TokenFinding[] = [];
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    const setting = entry.key.slice(entry.key.lastIndexOf(':') + 1);
    const value = entry.value;
    if (setting === '_authToken' && isRegistryValue(value, MIN_REGISTRY_TOKEN)) found.push(single(KINDS.npmAuthToken, entry.valueRange));
    else if (setting === '_auth' && isRegistryValue(value, 8) && isBase64Credentials(value)) found.push(single(KINDS.npmAuth, entry.valueRange));
    else if (setting === '_password' && !value.includes('$') && !value.includes('{') && value.length >= 4 && !isStandInBody(value)) {
      found.push(single(KINDS.npmPassword, entry.valueRange));
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Passwords in URLs: `scheme://user:password@host`, any scheme

/**
 * Schemes of databases, caches and brokers: a password in their URLs is a connection-string
 * password, which secrets/hardcoded-credential reports (the same list as its own), so each
 * password has one finding. Web, file-transfer and version-control URLs stay here.
 */
const DATABASE_SCHEMES: ReadonlySet<string> = new Set([
  'postgres', 'postgresql', 'mysql', 'mysqlx', 'mariadb', 'mongodb', 'redis', 'rediss', 'amqp', 'amqps', 'mssql', 'sqlserver',
  'oracle', 'cockroachdb', 'clickhouse', 'cassandra', 'neo4j', 'bolt', 'nats', 'memcached', 'snowflake', 'db2', 'sybase', 'mongo',
  'couchbase', 'influxdb', 'timescaledb', 'cockroach', 'sqlalchemy', 'jdbc',
]);

/** Characters that end a URL's authority (and so its user information). */
const AUTHORITY_END: ReadonlySet<string> = new Set(['/', '?', '#', ' ', '\t', '\n', '\r', '"', "'", '`', '\\', '<', '>', '(', ')', '{', '}', ',', ';', '|', '[', ']']);
const isSchemeCharacter: CharacterTest = (code) => isAlphanumeric(code) || code === 43 || code === 45 || code === 46;
const MAX_AUTHORITY = 512;

/**
 * Passwords that are a placeholder or a well-known default. Defaults (`postgres`, `guest`) are
 * secrets/default-credentials' to report; placeholders are unfinished text, not a leak.
 */
const STAND_IN_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'changeit', 'example', 'test', 'user', 'username', 'token', 'apikey', 'key',
  'admin', 'root', 'guest', 'postgres', 'mysql', 'redis', 'rabbitmq', 'default', 'dummy', 'fake', 'sample', 'placeholder', 'mypassword',
  'yourpassword', 'replaceme', 'todo', 'none', 'null', 'redacted', 'hidden', 'masked',
]);
const FORMAT_DIRECTIVE = safeRegex('%[-0-9.]{0,4}[sdvq]|%\\(');
const NOT_ALPHANUMERIC = safeRegex('[^a-z0-9]', 'g');

function isStandInPassword(password: string, user: string): boolean {
  if (password === '' || password === user) return true;
  if (password.startsWith('$') || password.includes('${') || password.includes('{{') || password.includes('$(')) return true;
  if (FORMAT_DIRECTIVE.test(password) || new Set(password).size === 1) return true;
  return STAND_IN_PASSWORDS.has(password.toLowerCase().replace(NOT_ALPHANUMERIC, ''));
}

/** Hosts on this machine or a single-label name (a Compose or cluster service): a development password, most likely. */
function isLocalHost(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower.startsWith('[')) return lower === '[::1]';
  return (
    lower === 'localhost' ||
    lower.endsWith('.localhost') ||
    lower.startsWith('127.') ||
    lower === '0.0.0.0' ||
    lower === 'host.docker.internal' ||
    !lower.includes('.')
  );
}

/**
 * Names reserved for documentation (RFC 2606, RFC 6761): `example.com`, `.net` and `.org` and
 * their subdomains, and the `.example`, `.test` and `.invalid` top-level domains. Nobody can sign
 * in there, so a password in such a URL is an example (library documentation is full of them).
 */
function isDocumentationHost(host: string): boolean {
  const lower = host.toLowerCase().replace(TRAILING_DOT, '');
  return DOCUMENTATION_DOMAINS.some((domain) => lower === domain || lower.endsWith(`.${domain}`));
}

const DOCUMENTATION_DOMAINS: readonly string[] = ['example.com', 'example.net', 'example.org', 'example', 'test', 'invalid'];
const TRAILING_DOT = safeRegex('\\.$');

function urlPasswords(text: string): TokenFinding[] {
  const found: TokenFinding[] = [];
  for (let separator = text.indexOf('://'); separator >= 0; separator = text.indexOf('://', separator + 3)) {
    let schemeStart = separator;
    while (schemeStart > 0 && at(text, schemeStart - 1, isSchemeCharacter)) schemeStart--;
    if (separator - schemeStart < 2 || !(isUpper(text.charCodeAt(schemeStart)) || isLower(text.charCodeAt(schemeStart)))) continue;
    if (DATABASE_SCHEMES.has(text.slice(schemeStart, separator).toLowerCase().split('+')[0] ?? '')) continue;
    const authorityStart = separator + 3;
    let authorityEnd = authorityStart;
    const limit = Math.min(text.length, authorityStart + MAX_AUTHORITY);
    while (authorityEnd < limit && !AUTHORITY_END.has(text[authorityEnd] ?? '/')) authorityEnd++;
    // Searches stay inside the authority, so a file of many URLs is read in linear time.
    const authority = text.slice(authorityStart, authorityEnd);
    const userEnd = authority.lastIndexOf('@');
    const colon = authority.indexOf(':');
    if (userEnd < 0 || colon < 0 || colon > userEnd) continue;
    const atSign = authorityStart + userEnd;
    const user = authority.slice(0, colon);
    const password = authority.slice(colon + 1, userEnd);
    const hostEnd = runEnd(text, atSign + 1, (code) => isNameCharacter(code) || code === 58 || code === 91 || code === 93, authorityEnd);
    const hostAndPort = text.slice(atSign + 1, hostEnd);
    const host = hostAndPort.startsWith('[') ? hostAndPort.slice(0, hostAndPort.indexOf(']') + 1) : hostAndPort.split(':')[0] ?? '';
    if (host === '' || isStandInPassword(password, user) || isDocumentationHost(host)) continue;
    found.push(single(urlPasswordKind(host, isLocalHost(host)), { start: authorityStart + colon + 1, end: atSign }));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Kubernetes Secrets: `data` values are base64 of the secret

function kubernetesSecretTokens(config: ConfigModel): TokenFinding[] {
  const entries = config.entries();
  const secretDocuments = new Set(entries.filter((entry) => entry.path.length === 1 && entry.key === 'kind' && entry.value === 'Secret').map((entry) => entry.blockId));
  const found: TokenFinding[] = [];
  for (const entry of entries) {
    if (!secretDocuments.has(entry.blockId) || entry.path.length !== 2 || entry.path[0] !== 'data') continue;
    if (entry.value === undefined || entry.valueRange === undefined || !BASE64_VALUE.test(entry.value)) continue;
    const decoded = Buffer.from(entry.value, 'base64').toString('utf8');
    const inside = tokensInText(decoded, undefined)[0];
    if (inside !== undefined) found.push({ kind: inside.kind, range: entry.valueRange, secrets: [entry.valueRange], encoded: true });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// All formats in a text, without the rule context

/**
 * Every credential of a known format in `text`, most specific first, with overlaps dropped: a
 * GitHub token used as a URL password is reported once, as the token.
 */
/**
 * Which of the rule's prefilter literals a text holds (case-insensitively), as the scan's one pass
 * over the text found them. Every finder starts from a literal of its own, so a finder whose
 * literals are all missing is not run.
 */
type LiteralTest = (literals: readonly string[]) => boolean;
const ANY_LITERAL: LiteralTest = () => true;

const JWT_LITERALS: readonly string[] = [JWT_START];
/** A key id's prefix, or the word every name of a secret access key holds. */
const AWS_LITERALS: readonly string[] = ['AKIA', 'ASIA', 'secret'];
const SCOPED_AUTH_LITERALS: readonly string[] = ['_auth'];
const URL_LITERALS: readonly string[] = ['://'];

function tokensInText(text: string, code: CodeModel | undefined, present: LiteralTest = ANY_LITERAL): TokenFinding[] {
  const candidates = [
    ...fixedFormatTokens(text, present),
    ...(present(JWT_LITERALS) ? jsonWebTokens(text) : []),
    ...(present(AWS_LITERALS) ? awsCredentials(text, code) : []),
    ...(present(SCOPED_AUTH_LITERALS) ? scopedAuthTokens(text) : []),
    ...(present(URL_LITERALS) ? urlPasswords(text) : []),
  ];
  return withoutOverlaps(candidates);
}

function withoutOverlaps(candidates: readonly TokenFinding[]): TokenFinding[] {
  const kept: TokenFinding[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => overlaps(other.range, candidate.range))) kept.push(candidate);
  }
  return kept;
}

/**
 * The secret ranges this rule finds in a document's text by format alone (before the code-context
 * checks), for the other secrets rules: a name-and-entropy candidate that overlaps one is this
 * rule's finding already, AWS secret access keys included, which have no prefix of their own.
 */
export function providerTokenRanges(text: string): Range[] {
  return tokensInText(text, undefined).flatMap((finding) => finding.secrets);
}

/**
 * Whether `value` holds a credential this rule reports by its format. Exported for the other
 * secrets rules, so that a name-and-entropy finding does not repeat a format finding.
 */
export function containsProviderToken(value: string): boolean {
  return tokensInText(value, undefined).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Code context: regular expressions and cipher keys

const REGEX_OWNERS: ReadonlySet<string> = new Set(['RegExp', 'Regex', 'Regexp', 'regexp', 'Pattern', 're', 'regex']);

/** A call that compiles or applies a regular expression given as a string. */
function isRegexCall(call: CallSite): boolean {
  return call.name.startsWith('preg_') || pathNameParts(call.qualified).some((part) => REGEX_OWNERS.has(part));
}

const REGEX_NODE_TYPES: ReadonlySet<string> = new Set(['regex', 'regex_pattern']);
const MAX_REGEX_DEPTH = 4;

/** Whether `offset` lies in a regular expression: a regex literal, or a string passed to a regex API. */
function regexTest(code: CodeModel): (offset: number) => boolean {
  let argumentRanges: Range[] | undefined;
  return (offset) => {
    let node: SyntaxNode | null = code.root.descendantForIndex(offset);
    for (let depth = 0; node !== null && depth < MAX_REGEX_DEPTH; depth++, node = node.parent) {
      if (REGEX_NODE_TYPES.has(node.type)) return true;
    }
    argumentRanges ??= code
      .calls()
      .filter(isRegexCall)
      .flatMap((call) => call.args.map((argument) => ({ start: argument.node.startIndex, end: argument.node.endIndex })));
    return argumentRanges.some((range) => range.start <= offset && offset < range.end);
  };
}

/**
 * The ranges crypto/hardcoded-key reports in this file (the key arguments and their literals),
 * on which this rule stays silent (CONTRACTS §10). Its collectors are run here, with a context
 * that only records, so the two rules share one definition of "a key passed to a cipher or MAC".
 */
function cipherKeyRanges(context: RuleContext): Range[] {
  const code = context.code;
  if (code === undefined || !hardcodedKey.meta.languages.includes(code.language)) return [];
  const ranges: Range[] = [];
  hardcodedKey.check({
    document: context.document,
    project: context.project,
    thresholds: {},
    code,
    config: context.config,
    isInComment: (offset) => context.isInComment(offset),
    report: (report) => {
      if (report.range !== undefined) ranges.push(report.range);
      if (report.node !== undefined) ranges.push({ start: report.node.startIndex, end: report.node.endIndex });
      ranges.push(...(report.secrets ?? []));
    },
  });
  return ranges;
}

// ---------------------------------------------------------------------------------------------
// The rule

function check(context: RuleContext): void {
  const { text } = context.document;
  const { code, config } = context;
  const candidates = [
    ...tokensInText(text, code),
    ...(config?.format === 'npmrc' ? npmrcCredentials(config) : []),
    ...(config?.format === 'yaml' ? kubernetesSecretTokens(config) : []),
  ];
  let findings = withoutOverlaps(candidates);
  if (code !== undefined && findings.length > 0) {
    const inRegex = regexTest(code);
    findings = findings.filter((finding) => !inRegex(finding.range.start));
    const cipherKeys = findings.length > 0 ? cipherKeyRanges(context) : [];
    findings = findings.filter((finding) => !finding.secrets.some((secret) => cipherKeys.some((range) => overlaps(range, secret))));
  }
  for (const finding of findings) {
    const place: Place = finding.encoded === true ? 'kubernetes' : context.isInComment(finding.range.start) ? 'comment' : code !== undefined ? 'code' : 'config';
    context.report({
      range: finding.range,
      message: messageFor(finding.kind, place),
      secrets: finding.secrets,
      ...(finding.related !== undefined ? { related: finding.related } : {}),
      ...(finding.kind.severity !== undefined ? { severity: finding.kind.severity } : {}),
      ...(finding.kind.confidence !== undefined ? { confidence: finding.kind.confidence } : {}),
    });
  }
}

const LANGUAGES = [
  'javascript', 'typescript', 'tsx', 'python', 'java', 'csharp', 'go', 'php', 'ruby', 'shell',
  'yaml', 'json', 'xml', 'dockerfile', 'terraform', 'properties', 'dotenv', 'ini', 'npmrc', 'nginx', 'apache', 'haproxy', 'sshd',
  'pip-requirements', 'gradle',
] as const;

export const providerToken: Rule = {
  meta: {
    id: 'secrets/provider-token',
    title: 'Provider credential (API key, access token, password in a URL) written in the repository',
    area: 'secrets',
    // CONTRACTS §1 names a hard-coded live key as the example of critical. Kinds with a narrower
    // reach report lower: test-mode Stripe keys, webhooks, SAS tokens, JWTs, a key id alone.
    severity: 'critical',
    confidence: 'high',
    cwe: [798],
    owasp: 'A07:2021 Identification and Authentication Failures',
    policy: [
      'secrets-management#application--infrastructure-secrets',
      'source-code-publishing#when-you-should-not-publish-materials-in-the-open',
      'tg:storing-source-code#converting-private-or-internal-repositories-to-public',
    ],
    basis: 'explicit',
    why:
      'A provider credential in the repository works for anyone who can read the code, its history or a build, and stays in the history after the line is deleted. ' +
      'MoJ guidance requires application secrets never to be stored in plain text, even in private repositories, and API keys never to be published (Secrets management: Application & infrastructure secrets; Source code publishing).',
    howToFix:
      'Rotate the credential first, then remove it and scrub it from the git history (MoJ Technical Guidance: Storing source code). ' +
      'Keep the new one in a secret store such as AWS Secrets Manager or SSM Parameter Store, Azure Key Vault, HashiCorp Vault or Kubernetes Secrets, and read it at run time.',
    // No edit can fix a leaked credential: it has to be rotated at the provider, and the value
    // stays in the history whatever the code says next.
    fixSafety: 'suggestion',
    languages: LANGUAGES,
    // A token in a declaration file's comment or in a bundle is as leaked as one anywhere else.
    generatedFiles: true,
    // Each finder's literals, and `_password`, which only the .npmrc reader looks for.
    prefilter: [...FORMATS.flatMap((format) => format.literals), ...JWT_LITERALS, ...AWS_LITERALS, ...SCOPED_AUTH_LITERALS, ...URL_LITERALS, '_password'],
    // The literals are common words ("secret", "://"); a token's format is not. The code is only
    // needed to set a format match aside, so a file without one is not parsed for this rule; and
    // only the finders whose literals the text holds look for one. The .npmrc and Kubernetes
    // Secret readers work on the configuration model and always run.
    mayReport: (text, language, present) => language === 'npmrc' || language === 'yaml' || tokensInText(text, undefined, present).length > 0,
    examples: {
      javascript: "const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });",
      typescript: "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');",
      tsx: "const client = createClient(import.meta.env.VITE_API_URL, await fetchSessionToken());",
      python: "client = WebClient(token=os.environ['SLACK_BOT_TOKEN'])",
      java: 'AwsCredentialsProvider credentials = DefaultCredentialsProvider.create();',
      csharp: 'var client = new SecretClient(new Uri(vaultUri), new DefaultAzureCredential());',
      go: 'cfg, err := config.LoadDefaultConfig(ctx) // credentials from the environment or the instance role',
      php: "$sendgrid = new \\SendGrid(getenv('SENDGRID_API_KEY'));",
      ruby: "Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY')",
      shell: 'export GITHUB_TOKEN="$(aws secretsmanager get-secret-value --secret-id ci/github-token --query SecretString --output text)"',
      yaml: 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
      dotenv: '# Set in the deployment from the secret store; never commit a value.\nSTRIPE_SECRET_KEY=',
      npmrc: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      terraform: 'variable "sendgrid_api_key" {\n  type      = string\n  sensitive = true\n}',
      dockerfile: 'RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci',
    },
  },
  check,
};
