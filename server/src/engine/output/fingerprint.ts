/**
 * `partialFingerprints["mojSecureCode/v1"]` (CONTRACTS §2): a hash of the rule id, the
 * project-relative path, the flagged text with whitespace normalised and the finding's index
 * among identical findings in the file. Lines inserted above a finding and re-indentation leave
 * it unchanged; editing the flagged code changes it.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Finding, Range } from '../contract';
import { safeRegex } from '../regex';
import { redactText } from './redact';

export const FINGERPRINT_KEY = 'mojSecureCode/v1';

/**
 * The key of the keyed hash over secret values. It is fixed and public: its job is to make the
 * truncated hash differ from a plain SHA-256 of the secret that someone might already hold, not
 * to be a secret itself.
 */
const SECRET_HASH_KEY = 'moj-secure-code secret fingerprint v1';
const SECRET_HASH_LENGTH = 12;

/** Fingerprints of `findings` (all from the one document `text` at `path`), index for index. */
export function computeFingerprints(findings: readonly Finding[], text: string, path: string): string[] {
  const flagged = findings.map((finding) => flaggedText(finding, text));
  const indices = new Array<number>(findings.length).fill(0);
  const seen = new Map<string, number>();
  // Count duplicates in document order, whatever order the caller passed them in.
  const order = findings.map((_, index) => index).sort((a, b) => compareRanges(findings[a]!.range, findings[b]!.range));
  for (const index of order) {
    const key = JSON.stringify([findings[index]!.ruleId, flagged[index]]);
    const count = seen.get(key) ?? 0;
    indices[index] = count;
    seen.set(key, count + 1);
  }
  return findings.map((finding, index) =>
    createHash('sha256').update(JSON.stringify([FINGERPRINT_KEY, finding.ruleId, path, flagged[index], indices[index]])).digest('hex'),
  );
}

/**
 * The flagged text as the fingerprint sees it. Secrets appear only in redacted form, followed
 * by a truncated keyed hash of each full value so that two different tokens never collide.
 */
function flaggedText(finding: Finding, text: string): string {
  const raw = text.slice(finding.range.start, finding.range.end);
  if (finding.secrets.length === 0) return normaliseWhitespace(raw);
  const hashes = [...finding.secrets]
    .sort(compareRanges)
    // moj-secure-code-ignore crypto/hardcoded-key -- a public, fixed key by design: it only keeps these hashes apart from plain SHA-256 and must match on every machine; it guards no secret until 2027-11-27
    .map((secret) => createHmac('sha256', SECRET_HASH_KEY).update(text.slice(secret.start, secret.end)).digest('hex').slice(0, SECRET_HASH_LENGTH));
  return [normaliseWhitespace(redactText(raw, finding.range.start, finding.secrets)), ...hashes].join(' ');
}

/** Runs of whitespace (including line breaks) become one space; the ends are trimmed. */
function normaliseWhitespace(text: string): string {
  return text.split(safeRegex('\\s+', 'u')).filter((part) => part.length > 0).join(' ');
}

function compareRanges(a: Range, b: Range): number {
  return a.start - b.start || a.end - b.end;
}
