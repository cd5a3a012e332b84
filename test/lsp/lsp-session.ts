/**
 * A language client for the protocol tests: starts the built server (`dist/server.js --stdio`,
 * so run `npm run build` first), speaks JSON-RPC to it, answers its requests to the client
 * (configuration, registrations, progress, refresh), and records every publication.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';

export const REPOSITORY_ROOT = path.resolve(__dirname, '../..');
/** `npm run build` makes it; MOJ_SECURE_CODE_SERVER may name another build of the same source. */
export const BUILT_SERVER = process.env.MOJ_SECURE_CODE_SERVER ?? path.join(REPOSITORY_ROOT, 'dist/server.js');
export const LSP_RULES = path.join(REPOSITORY_ROOT, 'test/fixtures/lsp/lsp-rules.cjs');

export type SettingsAnswer = (scopeUri: string | undefined) => unknown;

export interface SessionOptions {
  /** Workspace folders, absolute paths; none gives a client without a root folder. */
  readonly folders?: readonly string[];
  /** Advertise pull diagnostics (`textDocument.diagnostic`). */
  readonly pull?: boolean;
  readonly trusted?: boolean;
  /** The fixture rules by default; `builtin` for the product's own rules; or a rules module by path. */
  readonly rules?: 'fixtures' | 'builtin' | { readonly module: string };
  /** `--time-budget-ms`: the engine's per-file budget on the workspace scan's worker threads. */
  readonly timeBudgetMs?: number;
  /** Answers to `workspace/configuration` for the `mojSecureCode` section; `{}` by default. */
  readonly settings?: SettingsAnswer;
}

export function fileUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}

export class LspSession {
  readonly published: PublishDiagnosticsParams[] = [];
  /** Scope URIs of every `workspace/configuration` item the server asked for. */
  readonly configurationRequests: (string | undefined)[] = [];
  /** Every `window/logMessage` text the server sent. */
  readonly logs: string[] = [];
  refreshRequests = 0;
  settings: SettingsAnswer;
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();

  /** The server's answer to `initialize`. */
  initializeResult: InitializeResult = { capabilities: {} };

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    options: SessionOptions,
  ) {
    this.settings = options.settings ?? (() => ({}));
  }

  static async start(options: SessionOptions = {}): Promise<LspSession> {
    if (!existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing: run npm run build first`);
    const rules = options.rules ?? 'fixtures';
    const rulesModule = rules === 'fixtures' ? LSP_RULES : rules === 'builtin' ? undefined : rules.module;
    const args = [
      BUILT_SERVER,
      '--stdio',
      ...(rulesModule === undefined ? [] : ['--rules-module', rulesModule]),
      ...(options.timeBudgetMs === undefined ? [] : ['--time-budget-ms', String(options.timeBudgetMs)]),
    ];
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const session = new LspSession(connection, child, options);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => session.record(params));
    connection.onRequest(ConfigurationRequest.type, (params) => {
      session.configurationRequests.push(...params.items.map((item) => item.scopeUri));
      return params.items.map((item) => session.settings(item.scopeUri));
    });
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      session.refreshRequests++;
      session.wake();
    });
    connection.onNotification('window/logMessage', (params: LogMessageParams) => {
      session.logs.push(params.message);
    });
    connection.listen();

    const folders = options.folders ?? [];
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`dist/server.js exited with code ${String(code)} during start-up`))));
    exited.catch(() => undefined);
    session.initializeResult = await Promise.race([exited, connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] === undefined ? null : fileUri(folders[0]),
      workspaceFolders: folders.length === 0 ? null : folders.map((folder) => ({ uri: fileUri(folder), name: path.basename(folder) })),
      capabilities: clientCapabilities(options.pull === true),
      initializationOptions: { workspaceTrusted: options.trusted ?? true },
    })]);
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Writes raw bytes to the server's stdin: for malformed JSON-RPC. */
  writeRaw(bytes: string): void {
    this.child.stdin?.write(bytes);
  }

  /** Whether the server process is still running. */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeSettings(settings: SettingsAnswer): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const actions = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only === undefined ? {} : { only }) },
    });
    return (actions ?? []).filter((action): action is CodeAction => !isCommand(action));
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId === undefined ? {} : { previousResultId }) });
  }

  /** The first publication for `uri` (from now or already recorded after `since`) that satisfies `accept`. */
  async waitForDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000, since = 0): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.slice(since).find((params) => params.uri === uri && accept(params));
      if (found !== undefined) return found;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.filter((params) => params.uri === uri), null, 1)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until something happens or the time is up, whichever is first. */
  async settle(ms: number): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone.
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }

  private record(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    this.wake();
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

function clientCapabilities(pull: boolean): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: false },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
      workspaceFolders: true,
      diagnostics: { refreshSupport: true },
    },
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
    window: { workDoneProgress: true },
  };
}

function isCommand(value: Command | CodeAction): value is Command {
  return typeof (value as Command).command === 'string' && (value as CodeAction).kind === undefined && (value as CodeAction).edit === undefined;
}
