/**
 * The redaction harness's fake secrets, the project they are planted in, and the leak check.
 * Every value is made up for these tests and shaped like the real thing (an AWS access key id,
 * a GitHub token, a password in a basic-auth URL, a PEM private key), so that any code which
 * treats secrets by shape meets them as it would real ones.
 */
import { createHash } from 'node:crypto';

export interface Secret {
  readonly name: string;
  readonly value: string;
}

export const AWS_ACCESS_KEY_ID: Secret = { name: 'AWS access key id', value: 'AKIAHARNESS7EXAMPLE3' };
export const GITHUB_TOKEN: Secret = { name: 'GitHub token', value: 'ghp_Harness0Fake1Token2For3Redaction4' };
export const BASIC_AUTH_PASSWORD: Secret = { name: 'basic-auth password', value: 'S3cr3tPassw0rd-Harness' };
export const PEM_PRIVATE_KEY: Secret = {
  name: 'PEM private key',
  value: [
    '-----BEGIN PRIVATE KEY-----',
    'MIIEvQIBADANHarnessFakeKeyBodyLineOne0123456789abcdefABCDEFGHIJ',
    'HarnessFakeKeyBodyLineTwo0123456789abcdefABCDEFGHIJKLMNOPQRSTU=',
    '-----END PRIVATE KEY-----',
  ].join('\n'),
};

export const PLANTED_SECRETS: readonly Secret[] = [AWS_ACCESS_KEY_ID, GITHUB_TOKEN, BASIC_AUTH_PASSWORD, PEM_PRIVATE_KEY];

/**
 * A project holding each planted secret where the planted rule (harness-secret-rules.ts)
 * reports it. The second token sits under a suppression, so suppressed findings are covered too.
 */
export const PLANTED_PROJECT: Readonly<Record<string, string>> = {
  '.git/HEAD': '',
  'src/keys.js': [
    "const accessKeyId = 'AKIAHARNESS7EXAMPLE3';",
    "const token = 'ghp_Harness0Fake1Token2For3Redaction4';",
    'const privateKey = `-----BEGIN PRIVATE KEY-----',
    'MIIEvQIBADANHarnessFakeKeyBodyLineOne0123456789abcdefABCDEFGHIJ',
    'HarnessFakeKeyBodyLineTwo0123456789abcdefABCDEFGHIJKLMNOPQRSTU=',
    '-----END PRIVATE KEY-----`;',
    "module.exports = { accessKeyId, token, privateKey };",
    '',
  ].join('\n'),
  'src/client.js': [
    "const axios = require('axios');",
    "axios.get('http://admin:S3cr3tPassw0rd-Harness@api.example.com/x');",
    '// moj-secure-code-ignore test/planted-secret -- rotated on 2026-05-01',
    "const old = 'ghp_Harness0Fake1Token2For3Redaction4';",
    '',
  ].join('\n'),
};

/** The same URL with credentials, for the built-in rules (transport/cleartext-http). */
export const CLEARTEXT_URL_CASE = {
  path: 'src/fetch-report.js',
  code: "const axios = require('axios');\naxios.get('http://admin:S3cr3tPassw0rd-Harness@api.example.com/x');\n",
};

/** The shortest part of a secret that counts as a leak of it. */
export const MIN_LEAK_LENGTH = 8;

/**
 * Where any of `secrets` shows in any output: the value itself, as JSON or a URL would escape
 * it, base64, a plain hex hash (MD5, SHA-1, SHA-256, whole or cut to 12 characters), or any
 * stretch of it at least MIN_LEAK_LENGTH long. A stretch that also occurs in `reference` (the
 * scanned files with their secrets blanked out, the rule texts) is not evidence: the output may
 * have it from there. The redacted form, a short prefix and `…`, is allowed by construction.
 * Problems name the output, the secret and the form, never the value.
 */
export function findLeaks(outputs: Readonly<Record<string, string>>, secrets: readonly Secret[], reference = ''): string[] {
  const problems: string[] = [];
  for (const secret of secrets) {
    const forms = leakForms(secret.value, reference);
    for (const [outputName, output] of Object.entries(outputs)) {
      for (const [form, needle] of forms) {
        const at = output.indexOf(needle);
        if (at >= 0) {
          problems.push(`${outputName}: contains the ${secret.name} (${form}) at offset ${at}`);
          break;
        }
      }
    }
  }
  return problems;
}

/** Every form of a value that must not appear, most complete first (the first hit is reported). */
function leakForms(value: string, reference: string): [string, string][] {
  const forms: [string, string][] = [['the whole value', value]];
  const json = JSON.stringify(value).slice(1, -1);
  if (json !== value) forms.push(['JSON-escaped', json]);
  const uri = encodeURIComponent(value);
  if (uri !== value) forms.push(['URL-encoded', uri]);
  forms.push(['base64', Buffer.from(value).toString('base64').replace(/=+$/, '')]);
  for (const algorithm of ['md5', 'sha1', 'sha256']) {
    const digest = createHash(algorithm).update(value).digest('hex');
    forms.push([`${algorithm} hex digest`, digest], [`${algorithm} hex digest cut to 12`, digest.slice(0, 12)]);
  }
  const length = Math.min(MIN_LEAK_LENGTH, value.length);
  const seen = new Set<string>();
  for (const text of new Set([value, json])) {
    for (let start = 0; start + length <= text.length; start++) {
      const stretch = text.slice(start, start + length);
      if (seen.has(stretch) || reference.includes(stretch)) continue;
      seen.add(stretch);
      forms.push([`its characters ${start + 1} to ${start + length}${text === value ? '' : ' as JSON'}`, stretch]);
    }
  }
  return forms;
}

/** `text` with the given ranges overwritten, so that no stretch of a secret matches in it. */
export function blankRanges(text: string, ranges: readonly { readonly start: number; readonly end: number }[]): string {
  // split('') keeps UTF-16 code units, which is what the ranges count.
  const units = text.split('');
  for (const range of ranges) for (let at = range.start; at < range.end && at < units.length; at++) units[at] = '\u0000';
  return units.join('');
}
