/**
 * What the connected client can do and what it told the server at start-up, read once from the
 * `initialize` request so that every feature asks one place.
 */
import type { InitializeParams } from 'vscode-languageserver';

export interface ClientFeatures {
  /** The client pulls diagnostics (`textDocument/diagnostic`); it then gets no pushes for open documents. */
  readonly pullDiagnostics: boolean;
  /** The client answers `workspace/configuration`. */
  readonly configuration: boolean;
  /** The client sends `workspace/didChangeConfiguration` once the server registers for it. */
  readonly dynamicConfiguration: boolean;
  /** Workspace edits may carry versioned document changes. */
  readonly documentChanges: boolean;
  /** Workspace edits may create files (for a new project file holding a suppression). */
  readonly createFiles: boolean;
  /** The client tells the server when workspace folders are added or removed. */
  readonly workspaceFolderEvents: boolean;
  /** The client honours `workspace/diagnostic/refresh`. */
  readonly diagnosticRefresh: boolean;
  /**
   * Workspace trust, from `initializationOptions.workspaceTrusted`. A client that says nothing is
   * treated as untrusted, the safe default: only `policyBaseUrl`, `advisories` and `eolData` from
   * project files are then ignored.
   */
  readonly workspaceTrusted: boolean;
}

export function readClientFeatures(params: InitializeParams): ClientFeatures {
  const capabilities = params.capabilities;
  const workspaceEdit = capabilities.workspace?.workspaceEdit;
  const options: unknown = params.initializationOptions;
  const trusted = typeof options === 'object' && options !== null && (options as { workspaceTrusted?: unknown }).workspaceTrusted === true;
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    configuration: capabilities.workspace?.configuration === true,
    dynamicConfiguration: capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    documentChanges: workspaceEdit?.documentChanges === true,
    createFiles: workspaceEdit?.documentChanges === true && (workspaceEdit.resourceOperations ?? []).includes('create'),
    workspaceFolderEvents: capabilities.workspace?.workspaceFolders === true,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    workspaceTrusted: trusted,
  };
}
