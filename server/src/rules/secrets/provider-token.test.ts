/**
 * secrets/provider-token: credentials of a known format in code strings, comments and
 * configuration values of every kind the engine reads. Safe cases show the look-alikes that must
 * stay silent: values from the environment or a secret store, documented example keys,
 * placeholders, public keys, patterns in regular expressions, a key owned by crypto/hardcoded-key,
 * and formats that only resemble a credential.
 *
 * Every token here is made up for these tests, random in the shape of the real format; none was
 * ever issued by a provider.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../engine/contract';
import { describeRule, findingsOf, scanCase, type RuleTable } from '../../../../test/support/rule-tester';
import { containsProviderToken, providerToken, providerTokenRanges } from './provider-token';

const FAKE = {
  akia: 'AKIAJTNXBNCCATNWTWOI',
  akia2: 'AKIA6OMIZAFJ5GL5Q5JL',
  asia: 'ASIALITIWQA73M65JUXU',
  awsSecret: 'pgE3u4oI3k4cGScCW8X7PMnT83sZJ+enstGS5rJw',
  awsSecret2: 'XlDDiRtSTef3kzNcZiy0Y3ZWp5RZ7JSDKsITON5T',
  ghp: 'ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4',
  gho: 'gho_JWVvNwahVjsCUR8dbvZLIn0WeG7Z7upPgngQ',
  ghs: 'ghs_plbe4Dd50fdOdbDiSrYaFNyMlNdOCSCzLqas',
  ghpat: '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',
  glpat: 'glpat-7bCuvxUpdfhxYmhfrvzU',
  xoxb: 'xoxb-165620947748-7371578131881-CcUlx8CMtRXTa0xZmWrBDjkC',
  xoxp: 'xoxp-817861134011-113351447083-5240808130837-9df98acc61e97cff096528cc875fefac',
  webhook: 'https://hooks.slack.com/services/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',
  sklive: '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',
  rklive: 'rk_live_9yZXAcgS5QWtr8gHBo3MxlL1',
  sktest: 'sk_test_VHPYEVvDiilIs7idLbeDNVEg',
  aiza: 'AIzamyvI2ixqZ-QrUtJ5Mk5HvooPSWqsUZQdKz9',
  aiza2: 'AIza5MdNDYTe4yazwdkTKYEhZK9QXK8cXg6i5AY',
  accountKey: 'u01dx7sK3hGiwjLBw0uuHaYSd8QvREDFSAjGimCvQlklvT8qXQbCSYmmrzqVJr8aXMbt75glDVPRapQP4bZ8sd==',
  sharedKey: '1gs0XUk9HlYYtCHlw14l/Sk/8Rw9DLHV07nYQtfJfiG=',
  sig: 'l0CX9n8WTB9HAzaFe%2F3n4rZZii%2BT0ThPhgU%2FVpdluF2%3D',
  sendgrid: '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',
  npm: 'npm_nOv9Sw1RTS1ARQlHT6E5T18IugleYlrFHL9t',
  npm2: 'npm_bFL2BDYkNbB96zRv1jRj6wBrk0ycqakjde7v',
  legacyNpm: '58ddf9b5-cc8e-406b-abf7-773433bbe550',
  password: 'S2hQJUG0ikGkLgZZ0Z',
  password2: 'xFb7oXxSMqZcHQ',
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYXNlLXdvcmtlci0xNyIsIm5hbWUiOiJSZXBvcnRzIFNlcnZpY2UiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MTc2NzIyOTIwMH0.wtGIgfr3_pLfnIYq0n5vNJG1vHScbKIWizqnO6pNVuQ',
  jwtRs256:
    'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InJlcG9ydHMtMjAyNiJ9.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5nb3YudWsiLCJzdWIiOiJyZXBvcnRzLWJhdGNoIiwiYXVkIjoicmVwb3J0cy1hcGkiLCJpYXQiOjE3NjcyMjU2MDB9.AbF6TDvJZbGZoDUG8w0tOo4LvNvOtsdkABdD9x7PKQjIOItMK9ykf1yTdkKHzeJpsRY4dsx_YjejX-2HTYYysA',
  /** A Supabase-style `anon` key: a JWT meant to be public. */
  jwtAnon:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF3aHRucm16cGRrc2x2YmN5eGF1Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MjA4Mjc1ODQwMH0.5X_FfEOkTeSkRhcJxGLZ6I7nuH4k-Z7XmGJMsE7z2bk',
  /** An unsigned token (`alg: none`): no credential, and web-config's concern. */
  jwtNone: 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJjYXNlLXdvcmtlci0xNyIsImFkbWluIjp0cnVlfQ.',
  /** base64 of `npm`; of `ci-reports:` and `password2`; of a plain name. */
  npmBase64: 'bnBtX25PdjlTdzFSVFMxQVJRbEhUNkU1VDE4SXVnbGVZbHJGSEw5dA==',
  authBase64: 'Y2ktcmVwb3J0czp4RmI3b1h4U01xWmNIUQ==',
  passwordBase64: 'UzJoUUpVRzBpa0drTGdaWjBa',
  plainBase64: 'cmVwb3J0cy1iYXRjaA==',
} as const;

/** Values published in providers' documentation. */
const DOCUMENTED = {
  awsKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  azurite: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  jwtIo: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
} as const;

const CONTROL =
  'MoJ guidance requires application secrets never to be stored in plain text, even in private repositories (Secrets management: Application & infrastructure secrets).';
const ADVICE =
  'Rotate it first, so the exposed value stops working, then remove it and scrub it from the git history (MoJ Technical Guidance: Storing source code); ' +
  'keep the new value in a secret store such as AWS Secrets Manager or SSM Parameter Store, Azure Key Vault, HashiCorp Vault or Kubernetes Secrets, and read it at run time.';

const PLACES = {
  code: 'in the source code',
  config: 'in this configuration file',
  comment: 'in a comment',
  kubernetes: 'base64-encoded in this Kubernetes Secret manifest (base64 is an encoding, not encryption)',
} as const;
type Place = keyof typeof PLACES;

const GITHUB = 'can call GitHub with its permissions';
const SLACK = 'can call Slack with its permissions';
const NPM = 'can publish and install packages as its owner';
const STRIPE_TEST = "can read and change the Stripe account's test-mode data, though not live payments";

/** Subject and consequence of each kind, as the message states them. */
const KIND = {
  awsPair: ['AWS access key id, with its secret access key,', 'can act as its AWS identity'],
  awsTemporaryPair: ['temporary AWS access key id (from STS), with its secret access key,', 'can act as its AWS identity until the session expires'],
  awsKeyId: ['AWS access key id', 'can tie it to its AWS identity, and its secret access key is often committed beside it or in the history'],
  awsSecret: ['AWS secret access key', 'can act as its AWS identity, given the key id'],
  ghp: ['GitHub personal access token', GITHUB],
  gho: ['GitHub OAuth access token', GITHUB],
  ghs: ['GitHub App installation access token', GITHUB],
  githubPat: ['GitHub fine-grained personal access token', GITHUB],
  gitlab: ['GitLab personal access token', 'can call GitLab with its permissions'],
  xoxb: ['Slack bot token', SLACK],
  xoxp: ['Slack user token', SLACK],
  slackWebhook: ['Slack incoming webhook URL', 'can post messages to its channel as your app'],
  stripeLiveSecret: ['Stripe live secret key', 'can make live charges, refunds and payouts through the Stripe API'],
  stripeLiveRestricted: ['Stripe live restricted key', 'can call the live Stripe API with its permissions'],
  stripeTestSecret: ['Stripe test-mode secret key', STRIPE_TEST],
  google: ['Google API key', 'can call the Google APIs it allows, billed to your project'],
  firebase: [
    'Google API key in a Firebase web configuration',
    'can call the Google APIs it allows, billed to your project, unless the key is restricted to your app (Firebase web keys are meant to reach browsers, so restriction, not secrecy, protects them)',
  ],
  azureStorage: ['Azure Storage account key', 'has full control of the storage account'],
  azureShared: ['Azure shared access key', "can use the Service Bus, Event Hubs or IoT Hub namespace with its policy's rights"],
  azureSas: ['Azure shared access signature', 'can use the storage it grants until it expires'],
  sendgrid: ['SendGrid API key', 'can send email as your organisation'],
  npm: ['npm access token', NPM],
  npmAuthToken: ['npm registry auth token', NPM],
  npmAuth: ['npm registry user name and password, base64-encoded,', 'can sign in to the registry as its user'],
  npmPassword: ['npm registry password, base64-encoded,', 'can sign in to the registry as its user'],
  jwt: ['JSON Web Token', 'can present it as a bearer credential until it expires'],
} as const;
type Kind = keyof typeof KIND;

const message = (kind: Kind, place: Place = 'code'): string =>
  `This ${KIND[kind][0]} is written ${PLACES[place]}: anyone who can read the repository, its history or a build ${KIND[kind][1]}. ${CONTROL} ${ADVICE}`;
const urlPassword = (host: string, place: Place = 'code'): string =>
  `This password for ${host}, in this URL, is written ${PLACES[place]}: anyone who can read the repository, its history or a build can sign in to ${host} with it. ${CONTROL} ${ADVICE}`;

export const table: RuleTable = {
  rule: providerToken,
  invalid: [
    // JavaScript, TypeScript and TSX
    {
      name: 'GitHub token passed to a client',
      path: 'src/github.js',
      code: `const octokit = new Octokit({ auth: '${FAKE.ghp}' });\n`,
      findings: [
        { line: 1, column: 38, endColumn: 78, message: message('ghp'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'AWS key id and secret access key in an SDK client are one finding',
      path: 'src/storage.js',
      code: `const s3 = new S3Client({\n  region: 'eu-west-2',\n  credentials: {\n    accessKeyId: '${FAKE.akia}',\n    secretAccessKey: '${FAKE.awsSecret}',\n  },\n});\n`,
      findings: [
        { line: 4, column: 19, endColumn: 39, message: message('awsPair'), severity: 'critical', confidence: 'high', fix: null }, // "AKIAJTNXBNCCATNWTWOI" related: "pgE3u4oI3k4cGScCW8X7PMnT83sZJ+enstGS5rJw"
      ],
    },
    {
      name: 'a live token in a comment is still leaked',
      path: 'src/notify.js',
      code: `// Old bot token, kept for reference: ${FAKE.xoxb}\nconst slack = new WebClient(process.env.SLACK_BOT_TOKEN);\n`,
      findings: [
        { line: 1, column: 39, endColumn: 95, message: message('xoxb', 'comment'), severity: 'critical', confidence: 'high', fix: null }, // "xoxb-165620947748-7371578131881-CcUlx8CMtRXTa0xZmWrBDjkC"
      ],
    },
    {
      name: 'password in an https URL',
      path: 'src/feed.js',
      code: `const feed = await axios.get('https://reports-bot:${FAKE.password}@feeds.example.gov.uk/v1/daily');\n`,
      findings: [
        { line: 1, column: 51, endColumn: 69, message: urlPassword('feeds.example.gov.uk'), severity: 'critical', confidence: 'high', fix: null }, // "S2hQJUG0ikGkLgZZ0Z"
      ],
    },
    {
      name: 'JWT in a test fixture is a bearer credential, at medium confidence',
      path: 'test/fixtures/session.js',
      code: `module.exports = { authorization: 'Bearer ${FAKE.jwt}' };\n`,
      findings: [
        { line: 1, column: 43, endColumn: 235, message: message('jwt'), severity: 'high', confidence: 'medium', fix: null }, // "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ…"
      ],
    },
    {
      name: 'Stripe live key in a template literal',
      path: 'src/payments.mjs',
      code: "import Stripe from 'stripe';\nexport const stripe = new Stripe(`" + FAKE.sklive + "`);\n",
      findings: [
        { line: 2, column: 35, endColumn: 134, message: message('stripeLiveSecret'), severity: 'critical', confidence: 'high', fix: null }, // "sk_live_spwyRd75FdqsJdjdDj0NFGdUL4vVwDD1…"
      ],
    },
    {
      name: 'SendGrid key in a class field',
      path: 'src/mailer.ts',
      code: `export class Mailer {\n  private readonly apiKey = '${FAKE.sendgrid}';\n}\n`,
      findings: [
        { line: 2, column: 30, endColumn: 99, message: message('sendgrid'), severity: 'critical', confidence: 'high', fix: null }, // "SG.66d6P94CNwYUrfTgmC07gF.YVOihmwC3vgEqi…"
      ],
    },
    {
      name: 'Stripe test key is reported at low severity',
      path: 'src/checkout.test.ts',
      code: `const stripe = new Stripe('${FAKE.sktest}', { apiVersion: '2024-06-20' });\n`,
      findings: [
        { line: 1, column: 28, endColumn: 60, message: message('stripeTestSecret'), severity: 'low', confidence: 'high', fix: null }, // "sk_test_VHPYEVvDiilIs7idLbeDNVEg"
      ],
    },
    {
      name: 'Google API key in a JSX attribute',
      path: 'src/CourtMap.tsx',
      code: `export const CourtMap = () => <APIProvider apiKey="${FAKE.aiza}"><Map /></APIProvider>;\n`,
      findings: [
        { line: 1, column: 52, endColumn: 91, message: message('google'), severity: 'high', confidence: 'high', fix: null }, // "AIzamyvI2ixqZ-QrUtJ5Mk5HvooPSWqsUZQdKz9"
      ],
    },
    {
      name: 'Firebase web configuration key is reported at low confidence',
      path: 'src/firebase.ts',
      code: `const firebaseConfig = {\n  apiKey: '${FAKE.aiza2}',\n  authDomain: 'moj-reports.firebaseapp.com',\n  projectId: 'moj-reports',\n};\n`,
      findings: [
        { line: 2, column: 12, endColumn: 51, message: message('firebase'), severity: 'high', confidence: 'low', fix: null }, // "AIza5MdNDYTe4yazwdkTKYEhZK9QXK8cXg6i5AY"
      ],
    },
    // Python
    {
      name: 'Slack user token in a settings dict',
      path: 'alerts/settings.py',
      code: `SLACK = {\n    'token': '${FAKE.xoxp}',\n    'channel': '#court-alerts',\n}\n`,
      findings: [
        { line: 2, column: 15, endColumn: 92, message: message('xoxp'), severity: 'critical', confidence: 'high', fix: null }, // "xoxp-817861134011-113351447083-524080813…"
      ],
    },
    {
      name: 'boto3 keyword arguments pair the key id with its secret',
      path: 'jobs/export.py',
      code: `s3 = boto3.client(\n    's3',\n    aws_access_key_id='${FAKE.akia2}',\n    aws_secret_access_key='${FAKE.awsSecret2}',\n)\n`,
      findings: [
        { line: 3, column: 24, endColumn: 44, message: message('awsPair'), severity: 'critical', confidence: 'high', fix: null }, // "AKIA6OMIZAFJ5GL5Q5JL" related: "XlDDiRtSTef3kzNcZiy0Y3ZWp5RZ7JSDKsITON5T"
      ],
    },
    {
      name: 'password in a requests URL',
      path: 'jobs/fetch.py',
      code: `response = requests.get('https://svc-reports:${FAKE.password2}@reports.example.gov.uk/api/daily')\n`,
      findings: [
        { line: 1, column: 46, endColumn: 60, message: urlPassword('reports.example.gov.uk'), severity: 'critical', confidence: 'high', fix: null }, // "xFb7oXxSMqZcHQ"
      ],
    },
    {
      name: 'SendGrid key passed to the client',
      path: 'mail/send.py',
      code: `sg = SendGridAPIClient(api_key="${FAKE.sendgrid}")\n`,
      findings: [
        { line: 1, column: 33, endColumn: 102, message: message('sendgrid'), severity: 'critical', confidence: 'high', fix: null }, // "SG.66d6P94CNwYUrfTgmC07gF.YVOihmwC3vgEqi…"
      ],
    },
    {
      name: 'AWS key id alone is reported at medium confidence',
      path: 'jobs/audit.py',
      code: `ALLOWED_KEY_IDS = ["${FAKE.akia}"]\n`,
      findings: [
        { line: 1, column: 21, endColumn: 41, message: message('awsKeyId'), severity: 'high', confidence: 'medium', fix: null }, // "AKIAJTNXBNCCATNWTWOI"
      ],
    },
    // Java
    {
      name: 'GitHub token in a static final String',
      path: 'src/main/java/uk/gov/justice/GitHubClient.java',
      code: `class GitHubClient {\n    private static final String TOKEN = "${FAKE.ghp}";\n}\n`,
      findings: [
        { line: 2, column: 42, endColumn: 82, message: message('ghp'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'key id and secret passed to the same constructor',
      path: 'src/main/java/uk/gov/justice/Storage.java',
      code: `class Storage {\n    AmazonS3 client() {\n        AWSCredentials credentials = new BasicAWSCredentials("${FAKE.akia}", "${FAKE.awsSecret}");\n        return AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(credentials)).build();\n    }\n}\n`,
      findings: [
        { line: 3, column: 63, endColumn: 83, message: message('awsPair'), severity: 'critical', confidence: 'high', fix: null }, // "AKIAJTNXBNCCATNWTWOI" related: "pgE3u4oI3k4cGScCW8X7PMnT83sZJ+enstGS5rJw"
      ],
    },
    {
      name: 'password in a URL passed to the URL constructor',
      path: 'src/main/java/uk/gov/justice/Feed.java',
      code: `class Feed {\n    static final URL FEED = new URL("https://reports:${FAKE.password}@feeds.example.gov.uk/daily.xml");\n}\n`,
      findings: [
        { line: 2, column: 54, endColumn: 72, message: urlPassword('feeds.example.gov.uk'), severity: 'critical', confidence: 'high', fix: null }, // "S2hQJUG0ikGkLgZZ0Z"
      ],
    },
    {
      name: 'Stripe test key in a setter is low severity',
      path: 'src/test/java/uk/gov/justice/PaymentsTest.java',
      code: `class PaymentsTest {\n    static { Stripe.apiKey = "${FAKE.sktest}"; }\n}\n`,
      findings: [
        { line: 2, column: 31, endColumn: 63, message: message('stripeTestSecret'), severity: 'low', confidence: 'high', fix: null }, // "sk_test_VHPYEVvDiilIs7idLbeDNVEg"
      ],
    },
    // C#
    {
      name: 'SendGrid key in a const',
      path: 'Services/Mailer.cs',
      code: `public class Mailer\n{\n    private const string ApiKey = "${FAKE.sendgrid}";\n}\n`,
      findings: [
        { line: 3, column: 36, endColumn: 105, message: message('sendgrid'), severity: 'critical', confidence: 'high', fix: null }, // "SG.66d6P94CNwYUrfTgmC07gF.YVOihmwC3vgEqi…"
      ],
    },
    {
      name: 'Azure Storage connection string with an account key',
      path: 'Services/Exports.cs',
      code: `var blobs = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=mojreports;AccountKey=${FAKE.accountKey};EndpointSuffix=core.windows.net");\n`,
      findings: [
        { line: 1, column: 101, endColumn: 189, message: message('azureStorage'), severity: 'critical', confidence: 'high', fix: null }, // "u01dx7sK3hGiwjLBw0uuHaYSd8QvREDFSAjGimCv…"
      ],
    },
    {
      name: 'Service Bus connection string with a shared access key',
      path: 'Services/Queue.cs',
      code: `const string Bus = "Endpoint=sb://moj-reports.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${FAKE.sharedKey}";\n`,
      findings: [
        { line: 1, column: 133, endColumn: 177, message: message('azureShared'), severity: 'critical', confidence: 'high', fix: null }, // "1gs0XUk9HlYYtCHlw14l/Sk/8Rw9DLHV07nYQtfJfiG="
      ],
    },
    {
      name: 'GitLab token in a verbatim string',
      path: 'Services/Repo.cs',
      code: `var client = new GitLabClient("https://gitlab.example.gov.uk", @"${FAKE.glpat}");\n`,
      findings: [
        { line: 1, column: 66, endColumn: 92, message: message('gitlab'), severity: 'critical', confidence: 'high', fix: null }, // "glpat-7bCuvxUpdfhxYmhfrvzU"
      ],
    },
    // Go
    {
      name: 'Slack webhook URL in a package variable',
      path: 'internal/alert/slack.go',
      code: `package alert\n\nvar webhookURL = "${FAKE.webhook}"\n`,
      findings: [
        { line: 3, column: 19, endColumn: 98, message: message('slackWebhook'), severity: 'high', confidence: 'high', fix: null }, // "https://hooks.slack.com/services/T8VMESS…"
      ],
    },
    {
      name: 'static credentials pair the key id with its secret',
      path: 'internal/store/s3.go',
      code: `package store\n\nfunc creds() *credentials.Credentials {\n\treturn credentials.NewStaticCredentials("${FAKE.akia2}", "${FAKE.awsSecret2}", "")\n}\n`,
      findings: [
        { line: 4, column: 43, endColumn: 63, message: message('awsPair'), severity: 'critical', confidence: 'high', fix: null }, // "AKIA6OMIZAFJ5GL5Q5JL" related: "XlDDiRtSTef3kzNcZiy0Y3ZWp5RZ7JSDKsITON5T"
      ],
    },
    {
      name: 'fine-grained GitHub token in a const block',
      path: 'cmd/sync/main.go',
      code: `package main\n\nconst (\n\towner = "ministryofjustice"\n\ttoken = "${FAKE.ghpat}"\n)\n`,
      findings: [
        { line: 5, column: 11, endColumn: 104, message: message('githubPat'), severity: 'critical', confidence: 'high', fix: null }, // "github_pat_8Mr5G7nWHKGQdGLvYO1h3H_NU24WN…"
      ],
    },
    {
      name: 'npm token in a raw string',
      path: 'tools/publish.go',
      code: `package tools\n\nvar npmrc = \`//registry.npmjs.org/:_authToken=${FAKE.npm}\`\n`,
      findings: [
        { line: 3, column: 47, endColumn: 87, message: message('npm'), severity: 'critical', confidence: 'high', fix: null }, // "npm_nOv9Sw1RTS1ARQlHT6E5T18IugleYlrFHL9t"
      ],
    },
    // PHP
    {
      name: 'Stripe live key in a config array',
      path: 'config/services.php',
      code: `<?php\nreturn [\n    'stripe' => ['secret' => '${FAKE.sklive}'],\n];\n`,
      findings: [
        { line: 3, column: 31, endColumn: 130, message: message('stripeLiveSecret'), severity: 'critical', confidence: 'high', fix: null }, // "sk_live_spwyRd75FdqsJdjdDj0NFGdUL4vVwDD1…"
      ],
    },
    {
      name: 'Google API key passed to a client method',
      path: 'src/Maps.php',
      code: `<?php\n$client = new Google\\Client();\n$client->setDeveloperKey('${FAKE.aiza}');\n`,
      findings: [
        { line: 3, column: 27, endColumn: 66, message: message('google'), severity: 'high', confidence: 'high', fix: null }, // "AIzamyvI2ixqZ-QrUtJ5Mk5HvooPSWqsUZQdKz9"
      ],
    },
    {
      name: 'password in an SFTP URL',
      path: 'config/export.php',
      code: `<?php\nreturn ['target' => 'sftp://exports:${FAKE.password2}@sftp.example.gov.uk/incoming'];\n`,
      findings: [
        { line: 2, column: 37, endColumn: 51, message: urlPassword('sftp.example.gov.uk'), severity: 'critical', confidence: 'high', fix: null }, // "xFb7oXxSMqZcHQ"
      ],
    },
    {
      name: 'SendGrid key passed to the constructor',
      path: 'src/Mail.php',
      code: `<?php\n$sendgrid = new \\SendGrid("${FAKE.sendgrid}");\n`,
      findings: [
        { line: 2, column: 28, endColumn: 97, message: message('sendgrid'), severity: 'critical', confidence: 'high', fix: null }, // "SG.66d6P94CNwYUrfTgmC07gF.YVOihmwC3vgEqi…"
      ],
    },
    // Ruby
    {
      name: 'GitHub token in a hash',
      path: 'lib/sync.rb',
      code: `CONFIG = { github_token: '${FAKE.ghp}', org: 'ministryofjustice' }.freeze\n`,
      findings: [
        { line: 1, column: 27, endColumn: 67, message: message('ghp'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'Aws::Credentials with a key id and secret',
      path: 'lib/storage.rb',
      code: `Aws.config.update(credentials: Aws::Credentials.new('${FAKE.akia}', '${FAKE.awsSecret}'))\n`,
      findings: [
        { line: 1, column: 54, endColumn: 74, message: message('awsPair'), severity: 'critical', confidence: 'high', fix: null }, // "AKIAJTNXBNCCATNWTWOI" related: "pgE3u4oI3k4cGScCW8X7PMnT83sZJ+enstGS5rJw"
      ],
    },
    {
      name: 'Stripe live restricted key assigned to the client',
      path: 'config/initializers/stripe.rb',
      code: `Stripe.api_key = '${FAKE.rklive}'\n`,
      findings: [
        { line: 1, column: 19, endColumn: 51, message: message('stripeLiveRestricted'), severity: 'critical', confidence: 'high', fix: null }, // "rk_live_9yZXAcgS5QWtr8gHBo3MxlL1"
      ],
    },
    {
      name: 'Slack bot token as a keyword argument',
      path: 'lib/notifier.rb',
      code: `client = Slack::Web::Client.new(token: "${FAKE.xoxb}")\n`,
      findings: [
        { line: 1, column: 41, endColumn: 97, message: message('xoxb'), severity: 'critical', confidence: 'high', fix: null }, // "xoxb-165620947748-7371578131881-CcUlx8CMtRXTa0xZmWrBDjkC"
      ],
    },
    // Shell
    {
      name: 'exported GitHub token',
      path: 'scripts/release.sh',
      code: `#!/usr/bin/env bash\nexport GITHUB_TOKEN=${FAKE.ghp}\ngh release create "$TAG"\n`,
      findings: [
        { line: 2, column: 21, endColumn: 61, message: message('ghp'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'GitLab token in a curl header',
      path: 'scripts/pipelines.sh',
      code: `curl --header "PRIVATE-TOKEN: ${FAKE.glpat}" https://gitlab.example.gov.uk/api/v4/projects\n`,
      findings: [
        { line: 1, column: 31, endColumn: 57, message: message('gitlab'), severity: 'critical', confidence: 'high', fix: null }, // "glpat-7bCuvxUpdfhxYmhfrvzU"
      ],
    },
    {
      name: 'GitHub token as the password of a clone URL is one finding, as the token',
      path: 'scripts/clone.sh',
      code: `git clone https://x-access-token:${FAKE.ghs}@github.com/ministryofjustice/reports.git\n`,
      findings: [
        { line: 1, column: 34, endColumn: 74, message: message('ghs'), severity: 'critical', confidence: 'high', fix: null }, // "ghs_plbe4Dd50fdOdbDiSrYaFNyMlNdOCSCzLqas"
      ],
    },
    {
      name: 'registry auth token written into an .npmrc',
      path: 'scripts/publish.sh',
      code: `echo "//registry.npmjs.org/:_authToken=${FAKE.legacyNpm}" > ~/.npmrc\nnpm publish\n`,
      findings: [
        { line: 1, column: 40, endColumn: 76, message: message('npmAuthToken'), severity: 'critical', confidence: 'high', fix: null }, // "58ddf9b5-cc8e-406b-abf7-773433bbe550"
      ],
    },
    // YAML
    {
      name: 'Kubernetes Secret stringData holds a token in plain text',
      path: 'deploy/github-secret.yaml',
      code: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: github\ntype: Opaque\nstringData:\n  token: ${FAKE.gho}\n`,
      findings: [
        { line: 7, column: 10, endColumn: 50, message: message('gho', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "gho_JWVvNwahVjsCUR8dbvZLIn0WeG7Z7upPgngQ"
      ],
    },
    {
      name: 'Kubernetes Secret data is only base64-encoded',
      path: 'deploy/npm-secret.yaml',
      code: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: npm\ndata:\n  token: ${FAKE.npmBase64}\n`,
      findings: [
        { line: 6, column: 10, endColumn: 66, message: message('npm', 'kubernetes'), severity: 'critical', confidence: 'high', fix: null }, // "bnBtX25PdjlTdzFSVFMxQVJRbEhUNkU1VDE4SXVnbGVZbHJGSEw5dA=="
      ],
    },
    {
      name: 'Slack webhook in a GitHub Actions env',
      path: '.github/workflows/notify.yml',
      code: `on: push\njobs:\n  notify:\n    runs-on: ubuntu-latest\n    env:\n      SLACK_WEBHOOK_URL: ${FAKE.webhook}\n    steps:\n      - run: ./notify.sh\n`,
      findings: [
        { line: 6, column: 26, endColumn: 105, message: message('slackWebhook', 'config'), severity: 'high', confidence: 'high', fix: null }, // "https://hooks.slack.com/services/T8VMESS…"
      ],
    },
    {
      name: 'URL to a Compose service name is a development password: high, medium confidence',
      path: 'docker-compose.yml',
      code: `services:\n  web:\n    environment:\n      REPORTS_API_URL: https://reports:${FAKE.password}@api:8443/v1\n`,
      findings: [
        { line: 4, column: 40, endColumn: 58, message: urlPassword('api', 'config'), severity: 'high', confidence: 'medium', fix: null }, // "S2hQJUG0ikGkLgZZ0Z"
      ],
    },
    {
      name: 'temporary AWS credentials in a serverless config',
      path: 'serverless.yml',
      code: `provider:\n  environment:\n    AWS_ACCESS_KEY_ID: ${FAKE.asia}\n    AWS_SECRET_ACCESS_KEY: ${FAKE.awsSecret2}\n`,
      findings: [
        { line: 3, column: 24, endColumn: 44, message: message('awsTemporaryPair', 'config'), severity: 'high', confidence: 'high', fix: null }, // "ASIALITIWQA73M65JUXU" related: "XlDDiRtSTef3kzNcZiy0Y3ZWp5RZ7JSDKsITON5T"
      ],
    },
    // JSON
    {
      name: 'Azure Storage connection string in appsettings.json',
      path: 'appsettings.json',
      code: `{\n  "ConnectionStrings": {\n    "Exports": "DefaultEndpointsProtocol=https;AccountName=mojreports;AccountKey=${FAKE.accountKey};EndpointSuffix=core.windows.net"\n  }\n}\n`,
      findings: [
        { line: 3, column: 82, endColumn: 170, message: message('azureStorage', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "u01dx7sK3hGiwjLBw0uuHaYSd8QvREDFSAjGimCv…"
      ],
    },
    {
      name: 'GitHub token in a package.json dependency URL',
      path: 'package.json',
      code: `{\n  "dependencies": {\n    "moj-internal": "git+https://ci-bot:${FAKE.ghp}@github.com/ministryofjustice/internal.git"\n  }\n}\n`,
      findings: [
        { line: 3, column: 41, endColumn: 81, message: message('ghp', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'service JWT in a config file',
      path: 'config/client.json',
      code: `{\n  "reportsApi": {\n    "token": "${FAKE.jwtRs256}"\n  }\n}\n`,
      findings: [
        { line: 3, column: 15, endColumn: 295, message: message('jwt', 'config'), severity: 'high', confidence: 'medium', fix: null }, // "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtp…"
      ],
    },
    {
      name: 'lone AWS secret access key under its AWS name',
      path: 'config/aws.json',
      code: `{\n  "region": "eu-west-2",\n  "secretAccessKey": "${FAKE.awsSecret}"\n}\n`,
      findings: [
        { line: 3, column: 23, endColumn: 63, message: message('awsSecret', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "pgE3u4oI3k4cGScCW8X7PMnT83sZJ+enstGS5rJw"
      ],
    },
    // .env
    {
      name: 'Stripe live key',
      path: '.env',
      code: `STRIPE_SECRET_KEY=${FAKE.sklive}\nSTRIPE_PUBLISHABLE_KEY=pk_live_51Hc8rLKq0wbVx2mNe7JtS9aQ\n`,
      findings: [
        { line: 1, column: 19, endColumn: 118, message: message('stripeLiveSecret', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "sk_live_spwyRd75FdqsJdjdDj0NFGdUL4vVwDD1…"
      ],
    },
    {
      name: 'SendGrid key',
      path: '.env.production',
      code: `SENDGRID_API_KEY="${FAKE.sendgrid}"\n`,
      findings: [
        { line: 1, column: 19, endColumn: 88, message: message('sendgrid', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "SG.66d6P94CNwYUrfTgmC07gF.YVOihmwC3vgEqi…"
      ],
    },
    {
      name: 'artifact repository URL with a password',
      path: '.env',
      code: `ARTIFACTS_URL=https://ci:${FAKE.password2}@artifacts.example.gov.uk/releases\n`,
      findings: [
        { line: 1, column: 26, endColumn: 40, message: urlPassword('artifacts.example.gov.uk', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "xFb7oXxSMqZcHQ"
      ],
    },
    {
      name: 'commented-out token is still leaked',
      path: 'config/app.env',
      code: `# GITHUB_TOKEN=${FAKE.ghp}\nGITHUB_TOKEN=\n`,
      findings: [
        { line: 1, column: 16, endColumn: 56, message: message('ghp', 'comment'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    // .properties
    {
      name: 'Spring Cloud AWS access key and secret key are one finding',
      path: 'src/main/resources/application.properties',
      code: `cloud.aws.region.static=eu-west-2\ncloud.aws.credentials.access-key=${FAKE.akia2}\ncloud.aws.credentials.secret-key=${FAKE.awsSecret2}\n`,
      findings: [
        { line: 2, column: 34, endColumn: 54, message: message('awsPair', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "AKIA6OMIZAFJ5GL5Q5JL" related: "XlDDiRtSTef3kzNcZiy0Y3ZWp5RZ7JSDKsITON5T"
      ],
    },
    {
      name: 'password in an FTPS URL',
      path: 'src/main/resources/application-prod.properties',
      code: `exports.target=ftps://reports:${FAKE.password}@ftp.example.gov.uk:990/incoming\n`,
      findings: [
        { line: 1, column: 31, endColumn: 49, message: urlPassword('ftp.example.gov.uk', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "S2hQJUG0ikGkLgZZ0Z"
      ],
    },
    {
      name: 'SendGrid key',
      path: 'src/main/resources/mail.properties',
      code: `sendgrid.api-key=${FAKE.sendgrid}\n`,
      findings: [
        { line: 1, column: 18, endColumn: 87, message: message('sendgrid', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "SG.66d6P94CNwYUrfTgmC07gF.YVOihmwC3vgEqi…"
      ],
    },
    // .npmrc
    {
      name: 'npm token for the public registry',
      path: '.npmrc',
      code: `//registry.npmjs.org/:_authToken=${FAKE.npm}\n`,
      findings: [
        { line: 1, column: 34, endColumn: 74, message: message('npm', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "npm_nOv9Sw1RTS1ARQlHT6E5T18IugleYlrFHL9t"
      ],
    },
    {
      name: 'GitHub token for GitHub Packages',
      path: '.npmrc',
      code: `@ministryofjustice:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${FAKE.ghp}\n`,
      findings: [
        { line: 2, column: 34, endColumn: 74, message: message('ghp', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'legacy registry token of no published format',
      path: 'frontend/.npmrc',
      code: `registry=https://artifactory.example.gov.uk/api/npm/npm/\n//artifactory.example.gov.uk/api/npm/npm/:_authToken=${FAKE.legacyNpm}\n`,
      findings: [
        { line: 2, column: 54, endColumn: 90, message: message('npmAuthToken', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "58ddf9b5-cc8e-406b-abf7-773433bbe550"
      ],
    },
    {
      name: '_auth holds a base64 user name and password',
      path: '.npmrc',
      code: `registry=https://nexus.example.gov.uk/repository/npm/\n_auth=${FAKE.authBase64}\nalways-auth=true\n`,
      findings: [
        { line: 2, column: 7, endColumn: 43, message: message('npmAuth', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "Y2ktcmVwb3J0czp4RmI3b1h4U01xWmNIUQ=="
      ],
    },
    {
      name: '_password holds a base64 password',
      path: '.npmrc',
      code: `//nexus.example.gov.uk/repository/npm/:username=ci-reports\n//nexus.example.gov.uk/repository/npm/:_password=${FAKE.passwordBase64}\n`,
      findings: [
        { line: 2, column: 50, endColumn: 74, message: message('npmPassword', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "UzJoUUpVRzBpa0drTGdaWjBa"
      ],
    },
    // Terraform
    {
      name: 'GitHub token as a variable default',
      path: 'infra/variables.tf',
      code: `variable "github_token" {\n  type    = string\n  default = "${FAKE.ghp}"\n}\n`,
      findings: [
        { line: 3, column: 14, endColumn: 54, message: message('ghp', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'AWS provider with a key pair',
      path: 'infra/providers.tf',
      code: `provider "aws" {\n  region     = "eu-west-2"\n  access_key = "${FAKE.akia}"\n  secret_key = "${FAKE.awsSecret}"\n}\n`,
      findings: [
        { line: 3, column: 17, endColumn: 37, message: message('awsPair', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "AKIAJTNXBNCCATNWTWOI" related: "pgE3u4oI3k4cGScCW8X7PMnT83sZJ+enstGS5rJw"
      ],
    },
    {
      name: 'Azure SAS URL',
      path: 'infra/exports.tf',
      code: `locals {\n  exports_url = "https://mojreports.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&spr=https&sig=${FAKE.sig}"\n}\n`,
      findings: [
        { line: 2, column: 137, endColumn: 189, message: message('azureSas', 'config'), severity: 'high', confidence: 'high', fix: null }, // "l0CX9n8WTB9HAzaFe%2F3n4rZZii%2BT0ThPhgU%2FVpdluF2%3D"
      ],
    },
    // Dockerfile
    {
      name: 'npm token in an ENV instruction',
      path: 'Dockerfile',
      code: `FROM node:20-alpine\nENV NPM_TOKEN=${FAKE.npm2}\nRUN npm ci\n`,
      findings: [
        { line: 2, column: 15, endColumn: 55, message: message('npm', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "npm_bFL2BDYkNbB96zRv1jRj6wBrk0ycqakjde7v"
      ],
    },
    {
      name: 'GitHub token as an ARG default',
      path: 'build/Dockerfile',
      code: `FROM golang:1.22\nARG GITHUB_TOKEN=${FAKE.ghp}\nRUN git config --global url."https://$GITHUB_TOKEN@github.com/".insteadOf "https://github.com/"\n`,
      findings: [
        { line: 2, column: 18, endColumn: 58, message: message('ghp', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'registry token echoed into .npmrc in a RUN',
      path: 'Dockerfile',
      code: `FROM node:20-alpine\nRUN echo "//registry.npmjs.org/:_authToken=${FAKE.legacyNpm}" > .npmrc && npm ci\n`,
      findings: [
        { line: 2, column: 44, endColumn: 80, message: message('npmAuthToken', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "58ddf9b5-cc8e-406b-abf7-773433bbe550"
      ],
    },
    // XML
    {
      name: 'web.config connection string with an account key',
      path: 'web.config',
      code: `<configuration>\n  <connectionStrings>\n    <add name="Exports" connectionString="DefaultEndpointsProtocol=https;AccountName=mojreports;AccountKey=${FAKE.accountKey};EndpointSuffix=core.windows.net" />\n  </connectionStrings>\n</configuration>\n`,
      findings: [
        { line: 3, column: 108, endColumn: 196, message: message('azureStorage', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "u01dx7sK3hGiwjLBw0uuHaYSd8QvREDFSAjGimCv…"
      ],
    },
    {
      name: 'SendGrid key in appSettings',
      path: 'Web.config',
      code: `<configuration>\n  <appSettings>\n    <add key="SendGridApiKey" value="${FAKE.sendgrid}" />\n  </appSettings>\n</configuration>\n`,
      findings: [
        { line: 3, column: 38, endColumn: 107, message: message('sendgrid', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "SG.66d6P94CNwYUrfTgmC07gF.YVOihmwC3vgEqi…"
      ],
    },
    {
      name: 'Service Bus connection string',
      path: 'App.config',
      code: `<configuration>\n  <connectionStrings>\n    <add name="Bus" connectionString="Endpoint=sb://moj-reports.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${FAKE.sharedKey}" />\n  </connectionStrings>\n</configuration>\n`,
      findings: [
        { line: 3, column: 130, endColumn: 174, message: message('azureShared', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "1gs0XUk9HlYYtCHlw14l/Sk/8Rw9DLHV07nYQtfJfiG="
      ],
    },
    // Other configuration formats
    {
      name: 'two profiles in an AWS credentials file: each key id pairs with its own secret',
      path: 'config/aws-credentials.ini',
      code: `[default]\naws_access_key_id = ${FAKE.akia}\naws_secret_access_key = ${FAKE.awsSecret}\n\n[deploy]\naws_access_key_id = ${FAKE.akia2}\naws_secret_access_key = ${FAKE.awsSecret2}\n`,
      findings: [
        { line: 2, column: 21, endColumn: 41, message: message('awsPair', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "AKIAJTNXBNCCATNWTWOI" related: "pgE3u4oI3k4cGScCW8X7PMnT83sZJ+enstGS5rJw"
        { line: 6, column: 21, endColumn: 41, message: message('awsPair', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "AKIA6OMIZAFJ5GL5Q5JL" related: "XlDDiRtSTef3kzNcZiy0Y3ZWp5RZ7JSDKsITON5T"
      ],
    },
    {
      name: 'a key id and a secret too far apart to pair are reported apart',
      path: 'jobs/settings.py',
      code: `AUDIT_KEY_ID = '${FAKE.akia}'\n\n\n\n\n\n\nAWS_SECRET_ACCESS_KEY = '${FAKE.awsSecret}'\n`,
      findings: [
        { line: 1, column: 17, endColumn: 37, message: message('awsKeyId'), severity: 'high', confidence: 'medium', fix: null }, // "AKIAJTNXBNCCATNWTWOI"
        { line: 8, column: 26, endColumn: 66, message: message('awsSecret'), severity: 'critical', confidence: 'high', fix: null }, // "pgE3u4oI3k4cGScCW8X7PMnT83sZJ+enstGS5rJw"
      ],
    },
    {
      name: 'pip.conf index URL with a password',
      path: 'pip.conf',
      code: `[global]\nindex-url = https://reports:${FAKE.password2}@pypi.example.gov.uk/simple\n`,
      findings: [
        { line: 2, column: 29, endColumn: 43, message: urlPassword('pypi.example.gov.uk', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "xFb7oXxSMqZcHQ"
      ],
    },
    {
      name: 'requirements line installing over a tokened URL',
      path: 'requirements.txt',
      code: `requests==2.32.3\ngit+https://ci-bot:${FAKE.ghp}@github.com/ministryofjustice/reports-lib.git@v1.4.0#egg=reports-lib\n`,
      findings: [
        { line: 2, column: 20, endColumn: 60, message: message('ghp', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'GitHub Packages password in a Gradle repository',
      path: 'build.gradle',
      code: `repositories {\n    maven {\n        url = uri("https://maven.pkg.github.com/ministryofjustice/reports")\n        credentials {\n            username = "ci-bot"\n            password = "${FAKE.ghp}"\n        }\n    }\n}\n`,
      findings: [
        { line: 6, column: 25, endColumn: 65, message: message('ghp', 'config'), severity: 'critical', confidence: 'high', fix: null }, // "ghp_Sy2fBenvq4wAeAGpbLh2DXzTaOjHIhkFafK4"
      ],
    },
    {
      name: 'bearer JWT in an nginx proxy header',
      path: 'nginx/nginx.conf',
      code: `server {\n    location /api/ {\n        proxy_set_header Authorization "Bearer ${FAKE.jwtRs256}";\n        proxy_pass https://reports.internal.example.gov.uk;\n    }\n}\n`,
      findings: [
        { line: 3, column: 48, endColumn: 328, message: message('jwt', 'config'), severity: 'high', confidence: 'medium', fix: null }, // "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtp…"
      ],
    },
  ],
  valid: [
    // JavaScript, TypeScript and TSX
    { name: 'token read from the environment', path: 'src/github.js', code: 'const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });\n' },
    { name: "AWS's documented example key pair", path: 'src/storage.js', code: `const credentials = { accessKeyId: '${DOCUMENTED.awsKeyId}', secretAccessKey: '${DOCUMENTED.awsSecret}' };\n` },
    { name: "a secrets scanner's pattern is not a token", path: 'src/scanner.js', code: 'const GITHUB_TOKEN = /gh[pousr]_[A-Za-z0-9]{36}/g;\nconst SLACK = /xox[abprs]-[A-Za-z0-9-]{20,}/;\n' },
    { name: 'a token inside a regular expression literal is a pattern', path: 'src/revoked.js', code: `const revoked = /^${FAKE.npm2}$/;\n` },
    { name: 'a token in a string compiled by RegExp is a pattern', path: 'src/revoked.ts', code: `const revoked = new RegExp('^${FAKE.npm2}$');\n` },
    { name: 'placeholder made of one repeated character', path: 'src/config.js', code: "const token = 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';\n" },
    { name: 'placeholder that says what goes there', path: 'README.js', code: "// Set SENDGRID_API_KEY, for example SG.yourKeyGoesHereAbcdefg.0123456789abcdefghijklmnopqrstuvwxyzABCDEFG\n" },
    { name: 'Stripe publishable key is public by design', path: 'src/checkout.js', code: "const stripe = Stripe('pk_live_51Hc8rLKq0wbVx2mNe7JtS9aQ');\n" },
    { name: 'a literal key passed to an HMAC belongs to crypto/hardcoded-key', path: 'src/sign.js', code: `const mac = crypto.createHmac('sha256', '${FAKE.ghp}');\n` },
    { name: 'URL whose password comes from the environment', path: 'src/feed.ts', code: 'const url = `https://reports:${process.env.FEED_PASSWORD}@feeds.example.gov.uk/daily`;\n' },
    { name: 'URL with a placeholder password', path: 'src/db.js', code: "// Format: mongodb+srv://<user>:<password>@cluster0.x7kq2.mongodb.net/reports\nconst example = 'https://user:password@api.example.gov.uk';\n" },
    { name: 'URL with a user name and no password', path: 'src/clone.js', code: "const repo = 'ssh://git@github.com/ministryofjustice/reports.git';\n" },
    {
      name: 'URL passwords for hosts reserved for documentation (RFC 2606, RFC 6761)',
      path: 'types/client.d.ts',
      code:
        "/**\n * @example new Client('https://alice:Wq8xZ2pLm4Rt@example.com/feed')\n * @example new Client('ftp://bob:Hy7rTq2Lp9Zs@files.example.org.')\n */\n" +
        "export const docs = ['https://carol:Vn3kQ8wRt5Yx@api.example.net/v1', 'https://dave:Pz6mW2qLs8Kd@reports.test/x', 'https://erin:Qa5tR7uYw2Xe@svc.example/y'];\n",
    },
    { name: "jwt.io's example token", path: 'src/auth.test.js', code: `const token = '${DOCUMENTED.jwtIo}';\n` },
    { name: 'unsigned JWT is not a credential', path: 'src/auth.test.ts', code: `const token = '${FAKE.jwtNone}';\n` },
    { name: 'Supabase anon key is meant to be public', path: 'src/supabase.tsx', code: `export const supabase = createClient('https://qwhtnrmzpdkslvbcyxau.supabase.co', '${FAKE.jwtAnon}');\n` },
    { name: 'AWS key id inside a longer identifier', path: 'src/ids.js', code: "const id = 'XAKIAJTNXBNCCATNWTWOIQ';\n" },
    { name: 'a 40-character hex digest under a secret name is not an AWS secret', path: 'src/webhook.js', code: `const webhookSecretSha1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';\nconst id = '${DOCUMENTED.awsKeyId}';\n` },
    // Python
    { name: 'token read from os.environ', path: 'alerts/settings.py', code: "SLACK = {'token': os.environ['SLACK_BOT_TOKEN'], 'channel': '#court-alerts'}\n" },
    { name: 'pattern compiled by re', path: 'scanner/patterns.py', code: `REVOKED = re.compile(r'${FAKE.npm2}')\nNPM = re.compile(r'npm_[A-Za-z0-9]{36}')\n` },
    { name: 'f-string password from a variable', path: 'jobs/fetch.py', code: "url = f'https://svc-reports:{password}@reports.example.gov.uk/api'\n" },
    { name: 'boto3 with credentials from the default chain', path: 'jobs/export.py', code: "s3 = boto3.client('s3', region_name='eu-west-2')\n" },
    // Java
    { name: 'key read with System.getenv', path: 'src/main/java/uk/gov/justice/Payments.java', code: 'class Payments {\n    static { Stripe.apiKey = System.getenv("STRIPE_SECRET_KEY"); }\n}\n' },
    { name: 'pattern compiled by Pattern.compile', path: 'src/main/java/uk/gov/justice/Scanner.java', code: `class Scanner {\n    static final Pattern REVOKED = Pattern.compile("${FAKE.ghp}");\n}\n` },
    { name: "AWS's documented example key id in a comment", path: 'src/main/java/uk/gov/justice/Storage.java', code: `class Storage {\n    // Key ids look like ${DOCUMENTED.awsKeyId}.\n}\n` },
    // C#
    { name: 'the Azure Storage emulator key is public', path: 'Services/Exports.cs', code: `var blobs = new BlobServiceClient("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DOCUMENTED.azurite};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;");\n` },
    { name: 'pattern given to Regex', path: 'Services/Scanner.cs', code: `var revoked = new Regex(@"${FAKE.sendgrid}");\n` },
    { name: 'key read from configuration', path: 'Services/Mailer.cs', code: 'var client = new SendGridClient(configuration["SendGrid:ApiKey"]);\n' },
    // Go
    { name: 'token read with os.Getenv', path: 'cmd/sync/main.go', code: 'package main\n\nvar token = os.Getenv("GITHUB_TOKEN")\n' },
    { name: 'pattern given to regexp.MustCompile', path: 'internal/scan/patterns.go', code: `package scan\n\nvar revoked = regexp.MustCompile("${FAKE.ghp}")\n` },
    // PHP
    { name: 'key read with getenv', path: 'src/Mail.php', code: "<?php\n$sendgrid = new \\SendGrid(getenv('SENDGRID_API_KEY'));\n" },
    { name: 'pattern given to preg_match', path: 'src/Scanner.php', code: `<?php\n$revoked = preg_match('/${FAKE.sklive}/', $input);\n` },
    // Ruby
    { name: 'key read with ENV.fetch', path: 'config/initializers/stripe.rb', code: "Stripe.api_key = ENV.fetch('STRIPE_SECRET_KEY')\n" },
    { name: 'token inside a regex literal', path: 'lib/scanner.rb', code: `REVOKED = /${FAKE.xoxb}/\n` },
    // Shell
    { name: 'token from the environment, required', path: 'scripts/release.sh', code: '#!/usr/bin/env bash\nexport GITHUB_TOKEN="${GITHUB_TOKEN:?set GITHUB_TOKEN}"\n' },
    { name: '.npmrc written with a variable reference', path: 'scripts/publish.sh', code: 'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc\n' },
    { name: 'curl with credentials from variables', path: 'scripts/fetch.sh', code: 'curl -u "$REPORTS_USER:$REPORTS_PASSWORD" https://reports.example.gov.uk/api/daily\n' },
    // YAML
    { name: 'GitHub Actions secret reference', path: '.github/workflows/release.yml', code: 'jobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      GH_TOKEN: ${{ github.token }}\n' },
    { name: 'Kubernetes Secret data that decodes to no token', path: 'deploy/secret.yaml', code: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: reports\ndata:\n  username: ${FAKE.plainBase64}\n` },
    { name: 'a ConfigMap is not decoded', path: 'deploy/config.yaml', code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: npm\ndata:\n  token: ${FAKE.npmBase64}\n` },
    { name: 'Compose password from an environment variable', path: 'docker-compose.yml', code: 'services:\n  web:\n    environment:\n      REPORTS_API_URL: https://reports:${REPORTS_API_PASSWORD}@api:8443/v1\n' },
    { name: 'Compose password equal to the user name is a default, for secrets/default-credentials', path: 'compose.yaml', code: 'services:\n  web:\n    environment:\n      REPORTS_API_URL: https://reports:reports@api:8443/v1\n' },
    { name: 'a database URL password is a connection string, for secrets/hardcoded-credential', path: 'docker-compose.yml', code: `services:\n  api:\n    environment:\n      DATABASE_URL: postgres://reports:${FAKE.password}@db.example.gov.uk:5432/reports\n` },
    { name: 'a MongoDB SRV URL password is a connection string, for secrets/hardcoded-credential', path: 'src/db.js', code: `mongoose.connect('mongodb+srv://reports:${FAKE.password}@cluster0.x7kq2.mongodb.net/reports');\n` },
    { name: 'a JDBC URL password is a connection string, for secrets/hardcoded-credential', path: 'src/main/java/uk/gov/justice/Db.java', code: `class Db {\n    static final String URL = "jdbc:postgresql://reports:${FAKE.password}@reports-db.example.gov.uk:5432/reports";\n}\n` },
    // JSON
    { name: 'Google service account JSON: the key is secrets/private-key, its id is not a credential', path: 'config/service-account.json', code: '{\n  "type": "service_account",\n  "project_id": "moj-reports",\n  "private_key_id": "3f7c1a9e5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e",\n  "client_email": "reports@moj-reports.iam.gserviceaccount.com"\n}\n' },
    { name: 'empty values in an appsettings template', path: 'appsettings.json', code: '{\n  "SendGrid": { "ApiKey": "" },\n  "ConnectionStrings": { "Exports": "UseDevelopmentStorage=true" }\n}\n' },
    // .env
    { name: 'empty value and a reference', path: '.env', code: 'STRIPE_SECRET_KEY=\nGITHUB_TOKEN=${GITHUB_TOKEN}\n' },
    { name: 'placeholder values', path: '.env.example', code: 'STRIPE_SECRET_KEY=sk_live_yourSecretKeyGoesHere000000\nAWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\n' },
    // .properties
    { name: 'values from the environment', path: 'src/main/resources/application.properties', code: 'cloud.aws.credentials.access-key=${AWS_ACCESS_KEY_ID}\ncloud.aws.credentials.secret-key=${AWS_SECRET_ACCESS_KEY}\n' },
    // .npmrc
    { name: 'token from the environment', path: '.npmrc', code: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nregistry=https://registry.npmjs.org/\nalways-auth=true\n' },
    // Terraform
    { name: 'sensitive variable without a default', path: 'infra/variables.tf', code: 'variable "github_token" {\n  type      = string\n  sensitive = true\n}\n' },
    { name: 'provider keys from variables', path: 'infra/providers.tf', code: 'provider "aws" {\n  access_key = var.aws_access_key\n  secret_key = var.aws_secret_key\n}\n' },
    { name: 'a sig parameter without a SAS version and expiry', path: 'infra/locals.tf', code: 'locals {\n  callback = "https://hooks.example.gov.uk/in?sig=Zm9vYmFyYmF6cXV4cXV1eGNvcmdl&id=42"\n}\n' },
    // Dockerfile
    { name: 'build argument without a default', path: 'Dockerfile', code: 'FROM node:20-alpine\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' },
    // XML
    { name: 'token replaced at deploy time', path: 'web.config', code: '<configuration>\n  <appSettings>\n    <add key="SendGridApiKey" value="#{SendGridApiKey}#" />\n  </appSettings>\n</configuration>\n' },
    // Other configuration formats
    { name: 'pip index without credentials', path: 'pip.conf', code: '[global]\nindex-url = https://pypi.example.gov.uk/simple\n' },
    { name: 'requirements over a public URL', path: 'requirements.txt', code: 'git+https://github.com/ministryofjustice/reports-lib.git@v1.4.0#egg=reports-lib\n' },
  ],
};

describeRule(table);

describe('containsProviderToken (for the other secrets rules)', () => {
  it('recognises a value holding a known format', () => {
    assert.equal(containsProviderToken(FAKE.ghp), true);
    assert.equal(containsProviderToken(`Bearer ${FAKE.jwt}`), true);
    assert.equal(containsProviderToken(`https://reports:${FAKE.password}@feeds.example.gov.uk`), true);
  });

  it('does not recognise a high-entropy value of no known format, a placeholder or a documented example', () => {
    assert.equal(containsProviderToken('k3J9xQ2mV8pL5wR7tY1zB4nC6'), false);
    assert.equal(containsProviderToken('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'), false);
    assert.equal(containsProviderToken(DOCUMENTED.awsKeyId), false);
  });
});

describe('secrets/provider-token: what each finding redacts and points to', () => {
  const findings = async (path: string, code: string): Promise<Finding[]> => findingsOf(providerToken, await scanCase(providerToken, { name: path, path, code }));
  const texts = (code: string, finding: Finding | undefined): string[] => (finding?.secrets ?? []).map((range) => code.slice(range.start, range.end));

  it('redacts both halves of an AWS key pair and points at the secret', async () => {
    const code = `const credentials = { accessKeyId: '${FAKE.akia}', secretAccessKey: '${FAKE.awsSecret}' };\n`;
    const [finding] = await findings('src/credentials.js', code);
    assert.deepEqual(texts(code, finding), [FAKE.akia, FAKE.awsSecret]);
    assert.deepEqual(
      finding?.related.map((related) => [code.slice(related.range.start, related.range.end), related.message]),
      [[FAKE.awsSecret, 'The secret access key of this key id is here.']],
    );
  });

  it('pairs each profile of a credentials file with its own secret', async () => {
    const code = `[default]\naws_access_key_id = ${FAKE.akia}\naws_secret_access_key = ${FAKE.awsSecret}\n\n[deploy]\naws_access_key_id = ${FAKE.akia2}\naws_secret_access_key = ${FAKE.awsSecret2}\n`;
    const reported = await findings('config/aws-credentials.ini', code);
    assert.deepEqual(reported.map((finding) => texts(code, finding)), [[FAKE.akia, FAKE.awsSecret], [FAKE.akia2, FAKE.awsSecret2]]);
  });

  it('flags the whole Slack webhook URL and redacts its credential path', async () => {
    const code = `package alert\n\nvar webhookURL = "${FAKE.webhook}"\n`;
    const [finding] = await findings('internal/alert/slack.go', code);
    assert.equal(code.slice(finding?.range.start, finding?.range.end), FAKE.webhook);
    assert.deepEqual(texts(code, finding), ['T8VMESSG4/B4QZS3DIXZH/dUH0KLUEvZG5puzK7pGbTp5K']);
  });

  it('gives the other secrets rules the ranges it reports by format, AWS secret access keys included', () => {
    const code = `aws_access_key_id = ${FAKE.akia}\naws_secret_access_key = ${FAKE.awsSecret}\ntoken = ${FAKE.ghp}\npassword = hunter22-not-a-format\n`;
    assert.deepEqual(providerTokenRanges(code).map((range) => code.slice(range.start, range.end)), [FAKE.ghp, FAKE.akia, FAKE.awsSecret]);
  });

  it('redacts the password of a URL, not the user or host', async () => {
    const code = `requests.get('https://svc-reports:${FAKE.password2}@reports.example.gov.uk/api')\n`;
    const [finding] = await findings('jobs/fetch.py', code);
    assert.deepEqual(texts(code, finding), [FAKE.password2]);
  });

  it('never quotes any stretch of a secret in a message, in every vulnerable case', async () => {
    for (const testCase of table.invalid) {
      for (const finding of findingsOf(providerToken, await scanCase(providerToken, testCase))) {
        assert.ok(finding.secrets.length > 0, `${testCase.name}: no secret declared`);
        for (const secret of texts(testCase.code, finding)) {
          for (let start = 0; start + 8 <= secret.length; start++) {
            assert.ok(!finding.message.includes(secret.slice(start, start + 8)), `${testCase.name}: the message quotes the secret`);
          }
        }
      }
    }
  });
});
