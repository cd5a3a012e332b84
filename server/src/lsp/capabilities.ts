/**
 * What the server offers, given what the client can do: pull diagnostics only to clients that
 * pull (the others get pushes, never both), and file operation events for every file, so the
 * workspace scan hears of files created, deleted or renamed in the editor.
 */
import { CodeActionKind, TextDocumentSyncKind, type FileOperationRegistrationOptions, type ServerCapabilities } from 'vscode-languageserver';
import type { ClientFeatures } from './client-features';
import { FIX_ALL_KIND } from './protocol';

/** The identifier of this server's pull diagnostics. */
const DIAGNOSTIC_PROVIDER_ID = 'mojSecureCode';

const ALL_FILES: FileOperationRegistrationOptions = { filters: [{ scheme: 'file', pattern: { glob: '**/*', matches: 'file' } }] };

export function serverCapabilities(features: Pick<ClientFeatures, 'pullDiagnostics'>): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    ...(features.pullDiagnostics
      ? { diagnosticProvider: { identifier: DIAGNOSTIC_PROVIDER_ID, interFileDependencies: true, workspaceDiagnostics: false } }
      : {}),
    workspace: {
      workspaceFolders: { supported: true, changeNotifications: true },
      fileOperations: { didCreate: ALL_FILES, didDelete: ALL_FILES, didRename: ALL_FILES },
    },
  };
}
