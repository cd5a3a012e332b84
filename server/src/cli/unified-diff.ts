/**
 * A unified diff (as `diff -u` and `git diff` print it) of one file's text before and after
 * fixes, for `--fix --dry-run`. Lines are compared with their line breaks, so a changed line
 * ending shows; they are printed without them. Each printed line goes through a redaction
 * callback, so no secret reaches the diff.
 */

export interface DiffOptions {
  readonly oldLabel: string;
  readonly newLabel: string;
  readonly context?: number;
  /** Redacts a line of the old text that starts at `offset`. */
  readonly redactOld?: (line: string, offset: number) => string;
  /** Redacts a line of the new text that starts at `offset`. */
  readonly redactNew?: (line: string, offset: number) => string;
}

interface Line {
  readonly text: string;
  readonly offset: number;
  readonly hasBreak: boolean;
}

type Operation = { readonly kind: ' ' | '-' | '+'; readonly line: Line; readonly oldIndex: number; readonly newIndex: number };

/** The diff, or an empty string when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, options: DiffOptions): string {
  if (oldText === newText) return '';
  const context = options.context ?? 3;
  const operations = diffLines(splitLines(oldText), splitLines(newText));
  const out = [`--- ${options.oldLabel}`, `+++ ${options.newLabel}`];
  for (const hunk of hunks(operations, context)) {
    const first = hunk[0]!;
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    // An empty side names the line before the hunk, as diff -u does.
    const oldStart = oldCount === 0 ? first.oldIndex : first.oldIndex + 1;
    const newStart = newCount === 0 ? first.newIndex : first.newIndex + 1;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const op of hunk) {
      const redact = op.kind === '+' ? options.redactNew : options.redactOld;
      const content = stripBreak(op.line.text);
      out.push(op.kind + (redact ? redact(content, op.line.offset) : content));
      if (!op.line.hasBreak) out.push('\\ No newline at end of file');
    }
  }
  return out.join('\n') + '\n';
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

function stripBreak(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    lines.push({ text: text.slice(start, end), offset: start, hasBreak: newline >= 0 });
    start = end;
  }
  return lines;
}

/** Myers' O((N+M)D) shortest edit script, after trimming the common head and tail. */
function diffLines(a: readonly Line[], b: readonly Line[]): Operation[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head]!.text === b[head]!.text) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail]!.text === b[b.length - 1 - tail]!.text) tail++;

  const operations: Operation[] = [];
  for (let i = 0; i < head; i++) operations.push({ kind: ' ', line: a[i]!, oldIndex: i, newIndex: i });
  operations.push(...middle(a, b, head, a.length - tail, b.length - tail));
  for (let i = 0; i < tail; i++) {
    const oldIndex = a.length - tail + i;
    operations.push({ kind: ' ', line: a[oldIndex]!, oldIndex, newIndex: b.length - tail + i });
  }
  return operations;
}

function middle(a: readonly Line[], b: readonly Line[], start: number, aEnd: number, bEnd: number): Operation[] {
  const n = aEnd - start;
  const m = bEnd - start;
  const max = n + m;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[start + x]!.text === b[start + y]!.text) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }

  // Walk the trace back from the end to recover the script.
  const reversed: Operation[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const previous = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && previous[offset + k - 1]! < previous[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = previous[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      reversed.push({ kind: ' ', line: a[start + x]!, oldIndex: start + x, newIndex: start + y });
    }
    if (d === 0) break;
    if (down) {
      y--;
      reversed.push({ kind: '+', line: b[start + y]!, oldIndex: start + x, newIndex: start + y });
    } else {
      x--;
      reversed.push({ kind: '-', line: a[start + x]!, oldIndex: start + x, newIndex: start + y });
    }
  }
  return reversed.reverse();
}

/** Groups operations into hunks: each change with `context` unchanged lines around it. */
function hunks(operations: readonly Operation[], context: number): Operation[][] {
  const changed = operations.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  const groups: Operation[][] = [];
  let groupStart = -1;
  let groupEnd = -1;
  for (const index of changed) {
    const from = Math.max(0, index - context);
    const to = Math.min(operations.length - 1, index + context);
    if (groupStart >= 0 && from <= groupEnd + 1) groupEnd = to;
    else {
      if (groupStart >= 0) groups.push(operations.slice(groupStart, groupEnd + 1));
      groupStart = from;
      groupEnd = to;
    }
  }
  if (groupStart >= 0) groups.push(operations.slice(groupStart, groupEnd + 1));
  return groups;
}
