/**
 * The edits of "Suppress on this line…" (CONTRACTS §5): a `moj-secure-code-ignore` comment with
 * the placeholder justification and an expiry date, in the file's comment syntax, on the flagged
 * line or on its own line above it with the line's indentation and the document's line ending;
 * for JSON, which has no comments, an entry in the project file's `suppressions`, creating the
 * file when there is none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { modify, parseTree, type ParseError } from 'jsonc-parser';
import type { TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, LanguageId } from '../engine/contract';
import type { ProjectSuppression } from '../engine/config/types';
import { PROJECT_FILE_NAME } from '../engine/config/project-file';
import { BACKSLASH_CONTINUATION } from '../engine/suppress/comment-syntax';
import { PLACEHOLDER_JUSTIFICATION, suppressionComment } from '../engine/suppress/suppressions';
import type { ClientFeatures } from './client-features';
import type { FindingsAnalysis } from './document-analysis';
import { lineEndingOf, PositionedText } from './text-positions';
import { createFileEdit, documentEdit } from './workspace-edits';
import { pathToUri } from './workspace-folders';

/** The comment insertion for one finding, as an edit of the analysed document. */
export function inlineSuppressionEdit(analysis: FindingsAnalysis, finding: Finding, language: LanguageId, until: string): LspTextEdit {
  const positioned = new PositionedText(analysis.text);
  const { lines } = positioned;
  const flaggedLine = lines.positionAt(finding.range.start).line;
  const continued = BACKSLASH_CONTINUATION.has(language);
  // A suppression above a statement covers its continuation lines; inside them it would break the statement.
  const statementLine = continued ? statementStart(positioned, flaggedLine) : flaggedLine;
  const jsx = (language === 'javascript' || language === 'tsx') && isJsxChildLine(positioned, flaggedLine);
  const comment = suppressionComment(language, [finding.ruleId], PLACEHOLDER_JUSTIFICATION, until, { jsx });
  const endsContinued = continued && lines.lineText(flaggedLine).trimEnd().endsWith('\\');
  if (comment.placement === 'same-line' && statementLine === flaggedLine && !endsContinued) {
    const end = lines.lineEnd(flaggedLine);
    const position = lines.positionAt(end);
    return { range: { start: position, end: position }, newText: ` ${comment.text}` };
  }
  const lineText = lines.lineText(statementLine);
  const indentation = lineText.slice(0, lineText.length - lineText.trimStart().length);
  const start = { line: statementLine, character: 0 };
  return { range: { start, end: start }, newText: `${indentation}${comment.text}${positioned.eol}` };
}

/** The first line of the statement a line belongs to, following backslash continuations up. */
function statementStart(positioned: PositionedText, line: number): number {
  let first = line;
  while (first > 0 && positioned.lines.lineText(first - 1).trimEnd().endsWith('\\')) first--;
  return first;
}

/**
 * Whether the line is an element among JSX children, where only `{/* *\/}` is a comment: it
 * starts with a tag, and the line before ends one (`>`, but not an arrow's `=>`). A root element
 * after `return (` takes an ordinary comment.
 */
function isJsxChildLine(positioned: PositionedText, line: number): boolean {
  if (!positioned.lines.lineText(line).trimStart().startsWith('<')) return false;
  for (let previous = line - 1; previous >= 0; previous--) {
    const text = positioned.lines.lineText(previous).trimEnd();
    if (text.trim() === '') continue;
    return text.endsWith('>') && !text.endsWith('=>');
  }
  return false;
}

export interface ProjectFileSuppressionInput {
  readonly analysis: FindingsAnalysis;
  readonly finding: Finding;
  readonly fingerprint: string;
  readonly until: string;
  readonly features: Pick<ClientFeatures, 'documentChanges' | 'createFiles'>;
  /** The open editor's text and version of a file, if it is open. */
  readonly openDocument: (filePath: string) => { readonly text: string; readonly version: number } | undefined;
}

/**
 * The project-file entry for a finding in a file without comments, added to the nearest project
 * file (the one the scan reads), or to a new one at the project root. Undefined when that cannot
 * be done safely: no file behind the document, a project file that is not valid JSON, or a client
 * that cannot create files.
 */
export function projectFileSuppressionEdit(input: ProjectFileSuppressionInput): { readonly edit: WorkspaceEdit; readonly file: string } | undefined {
  const { analysis, finding } = input;
  if (analysis.root === undefined) return undefined;
  const entry: ProjectSuppression = {
    path: analysis.projectPath,
    rule: finding.ruleId,
    ...(input.fingerprint === '' ? {} : { fingerprint: input.fingerprint }),
    justification: PLACEHOLDER_JUSTIFICATION,
    until: input.until,
  };
  const file = analysis.projectFile ?? path.join(analysis.root, PROJECT_FILE_NAME);
  const uri = pathToUri(file);
  const open = input.openDocument(file);
  let text = open?.text;
  if (text === undefined && analysis.projectFile !== undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  }
  if (text === undefined) {
    if (!input.features.createFiles) return undefined;
    return { file, edit: createFileEdit(uri, `${JSON.stringify({ suppressions: [entry] }, null, 2)}\n`) };
  }
  const errors: ParseError[] = [];
  if (parseTree(text, errors, { disallowComments: true }) === undefined || errors.length > 0) return undefined;
  const positioned = new PositionedText(text);
  const edits = modify(text, ['suppressions', -1], entry, { formattingOptions: { ...indentationOf(text), eol: lineEndingOf(text) } });
  const lspEdits = edits.map((edit) => ({ range: positioned.range({ start: edit.offset, end: edit.offset + edit.length }), newText: edit.content }));
  return { file, edit: documentEdit(input.features, uri, open?.version ?? null, lspEdits) };
}

/** The indentation of the first indented line: tabs, or that many spaces; two spaces for a file with none. */
function indentationOf(text: string): { insertSpaces: boolean; tabSize: number } {
  for (const line of text.split('\n')) {
    if (line.startsWith('\t')) return { insertSpaces: false, tabSize: 1 };
    const spaces = line.length - line.trimStart().length;
    if (spaces > 0 && line.trim() !== '') return { insertSpaces: true, tabSize: spaces };
  }
  return { insertSpaces: true, tabSize: 2 };
}
