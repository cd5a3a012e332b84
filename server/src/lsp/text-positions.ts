/**
 * Converts the engine's UTF-16 offsets into LSP ranges and edits (ARCHITECTURE invariant 2), and
 * keeps inserted text in the document's own line endings.
 */
import type { Range as LspRange, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Range, TextEdit } from '../engine/contract';
import { LineIndex } from '../engine/text/line-index';

export type LineEnding = '\n' | '\r\n';

/** The document's line ending: that of its first line break, or `\n` for a one-line document. */
export function lineEndingOf(text: string): LineEnding {
  const firstBreak = text.indexOf('\n');
  return firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
}

/** Line breaks written by a rule or by this server (`\n`) in the document's own form. */
function withLineEnding(text: string, eol: LineEnding): string {
  return text.split('\r\n').join('\n').split('\n').join(eol);
}

/** A document's text with its line index, for converting many offsets. */
export class PositionedText {
  readonly lines: LineIndex;
  readonly eol: LineEnding;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.eol = lineEndingOf(text);
  }

  range(range: Range): LspRange {
    return { start: this.lines.positionAt(range.start), end: this.lines.positionAt(range.end) };
  }

  edit(edit: TextEdit): LspTextEdit {
    return { range: this.range(edit), newText: withLineEnding(edit.newText, this.eol) };
  }

  offsetAt(position: { readonly line: number; readonly character: number }): number {
    return this.lines.offsetAt(position);
  }
}
