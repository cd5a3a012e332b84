/**
 * Secret redaction for every output: messages, snippets, fixes, diffs and fingerprints show a
 * secret's first characters and then `…`, never the value itself (CONTRACTS §2).
 */
import type { Range } from '../contract';

export const REDACTION_MARK = '…';

/**
 * How many leading characters of a secret of this length stay visible: four, as the contract
 * says, but never more than half the value, so a short secret is not shown whole.
 */
function visiblePrefixLength(length: number): number {
  return Math.min(4, Math.floor(length / 2));
}

/** `ghp_0123456789abcdef` → `ghp_…`. */
export function redactSecret(value: string): string {
  return value.slice(0, visiblePrefixLength(value.length)) + REDACTION_MARK;
}

/**
 * Redacts the secret ranges (document offsets) that fall inside `text`, a slice of the document
 * that starts at `offsetOfText`. A secret that only partly overlaps the slice (a line of a
 * multi-line key, say) keeps only the part of its visible prefix that lies inside the slice.
 */
export function redactText(text: string, offsetOfText: number, secrets: readonly Range[]): string {
  const windowEnd = offsetOfText + text.length;
  let result = '';
  let cursor = offsetOfText;
  for (const secret of mergeRanges(secrets)) {
    const start = Math.max(secret.start, offsetOfText);
    const end = Math.min(secret.end, windowEnd);
    if (end <= start) continue;
    // Merged ranges are sorted and disjoint, so `cursor` never passes `start`.
    const visibleEnd = Math.max(start, Math.min(end, secret.start + visiblePrefixLength(secret.end - secret.start)));
    result += text.slice(cursor - offsetOfText, visibleEnd - offsetOfText);
    result += REDACTION_MARK;
    cursor = end;
  }
  return result + text.slice(cursor - offsetOfText);
}

/**
 * Replaces every occurrence of the given secret values in free text (a message a rule wrote, a
 * fix's inserted text), for places where document offsets no longer apply.
 */
export function redactValues(text: string, values: readonly string[]): string {
  let result = text;
  // Longer values first, so a secret that contains another is replaced whole.
  const ordered = [...new Set(values)].filter((value) => value.length > 0).sort((a, b) => b.length - a.length);
  for (const value of ordered) result = result.split(value).join(redactSecret(value));
  return result;
}

/** The secret values a finding's ranges cover in its document. */
export function secretValues(documentText: string, secrets: readonly Range[]): string[] {
  return secrets.map((secret) => documentText.slice(secret.start, secret.end)).filter((value) => value.length > 0);
}

function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter((range) => range.end > range.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}
