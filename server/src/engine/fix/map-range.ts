/**
 * Where a range of the original text lies after edits were applied. A range that an edit
 * touches widens to cover the edit's new text, so redacting the mapped range can only hide
 * more, never less.
 */
import type { Range, TextEdit } from '../contract';

/** `edits` must be sorted and must not overlap (as `applyFixes` returns them). */
export function mapRangeThroughEdits(range: Range, edits: readonly TextEdit[]): Range {
  let startDelta = 0;
  let endDelta = 0;
  let start: number | undefined;
  let end: number | undefined;
  for (const edit of edits) {
    const delta = edit.newText.length - (edit.end - edit.start);
    const newStart = edit.start + startDelta;
    if (start === undefined) {
      if (edit.end <= range.start && !(edit.start === edit.end && edit.start === range.start)) startDelta += delta;
      else if (edit.start < range.start) start = newStart;
    }
    if (end === undefined) {
      if (edit.end <= range.end && edit.start < range.end) endDelta += delta;
      else if (edit.start < range.end) end = edit.start + endDelta + edit.newText.length;
    }
  }
  const mappedStart = start ?? range.start + startDelta;
  return { start: mappedStart, end: Math.max(mappedStart, end ?? range.end + endDelta) };
}
