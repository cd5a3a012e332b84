/**
 * Applies text edits and fixes. Edits are offsets into the original text; overlapping edits
 * have no single meaning, so `applyEdits` refuses them and `applyFixes` leaves out any fix that
 * would overlap one already taken, rather than ever producing corrupted text.
 */
import type { Finding, TextEdit } from '../contract';

export class OverlappingEditsError extends Error {
  constructor(readonly first: TextEdit, readonly second: TextEdit) {
    super(`edits overlap: [${first.start}, ${first.end}) and [${second.start}, ${second.end})`);
    this.name = 'OverlappingEditsError';
  }
}

/** Whether two edits touch the same text. Two insertions at one offset conflict: their order is undefined. */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const edit of sorted) {
    if (!(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length)) {
      throw new RangeError(`edit [${edit.start}, ${edit.end}) lies outside the text (length ${text.length})`);
    }
  }
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (editsOverlap(previous, current)) throw new OverlappingEditsError(previous, current);
  }
  // Every offset refers to the original text, so the result is assembled from slices of it in
  // one pass: the same outcome as applying the edits from the end, in linear time.
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(cursor, edit.start), edit.newText);
    cursor = edit.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

export interface ApplyFixesOptions {
  /** Take only fixes whose safety is `safe` (the CLI's `--fix`, the editor's "fix all"). */
  readonly safeOnly: boolean;
}

export interface AppliedFixes {
  readonly text: string;
  /** Fixes applied. */
  readonly applied: number;
  /** Eligible fixes left out because they overlap a fix already taken, or are malformed. */
  readonly skipped: number;
  /** The edits applied, in offsets of the original text, sorted. */
  readonly edits: readonly TextEdit[];
}

/** Applies the findings' fixes in document order, each whole or not at all. */
export function applyFixes(text: string, findings: readonly Finding[], options: ApplyFixesOptions): AppliedFixes {
  const taken: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  const ordered = [...findings].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  for (const finding of ordered) {
    const fix = finding.fix;
    if (fix === undefined || (options.safeOnly && fix.safety !== 'safe')) continue;
    if (fix.edits.length === 0) continue;
    const usable =
      fix.edits.every((edit) => edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length) &&
      fix.edits.every((edit, i) => fix.edits.every((other, j) => i === j || !editsOverlap(edit, other))) &&
      fix.edits.every((edit) => taken.every((other) => !editsOverlap(edit, other)));
    if (!usable) {
      skipped++;
      continue;
    }
    taken.push(...fix.edits);
    applied++;
  }
  const edits = taken.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: applyEdits(text, edits), applied, skipped, edits };
}
