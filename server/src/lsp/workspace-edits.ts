/**
 * Workspace edits in the form the client accepts: versioned document changes where it supports
 * them (so an edit computed for an older version is refused rather than misapplied), plain
 * `changes` otherwise.
 */
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { ClientFeatures } from './client-features';

/** `version` is the document version the edits were computed for, or null for a file not open. */
export function documentEdit(features: Pick<ClientFeatures, 'documentChanges'>, uri: string, version: number | null, edits: TextEdit[]): WorkspaceEdit {
  if (features.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits } };
}

/** A new file with this content; only for clients that can create files in a workspace edit. */
export function createFileEdit(uri: string, content: string): WorkspaceEdit {
  return {
    documentChanges: [
      { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
    ],
  };
}
