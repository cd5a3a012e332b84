/**
 * Puts the server's parts together for one client, from its `initialize` request, and routes
 * document and workspace events between them. It computes nothing itself: each feature lives in
 * its own module, and server.ts registers the handlers.
 */
import path from 'node:path';
import {
  DidChangeConfigurationNotification,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type TextDocuments,
  type WorkDoneProgressParams,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PROJECT_FILE_NAME } from '../engine/config/project-file';
import { serverCapabilities } from './capabilities';
import { readClientFeatures, type ClientFeatures } from './client-features';
import { CodeActionProvider } from './code-actions';
import { Analyzer } from './document-analysis';
import { FileEvents } from './file-events';
import { HoverProvider } from './hover';
import { Log } from './log';
import { ProjectContexts, ProjectFiles, type ProjectFileRead } from './project-config';
import { ProjectIndexStore } from './project-index-store';
import type { EvidenceReportResult, ExportSarifResult, RuleDocumentationParams, RuleSummary, ScanWorkspaceResult } from './protocol';
import { PublishedDiagnostics } from './published-diagnostics';
import { PullDiagnostics } from './pull-diagnostics';
import { PushDiagnostics } from './push-diagnostics';
import { listRules, ruleDocumentation } from './rule-requests';
import type { RuleSet } from './rule-set';
import { evidenceReport, exportSarif } from './report-exports';
import type { WorkspaceReportDependencies } from './workspace-report';
import { SettingsStore } from './settings';
import { projectFileDiagnostics } from './to-diagnostic';
import { WorkspaceScanner } from './workspace-scan';
import { timeBudgetArgument } from './workspace-scan-pool';
import { pathToUri, uriToPath, WorkspaceFolders } from './workspace-folders';

export class LanguageServer {
  readonly features: ClientFeatures;
  readonly log: Log;
  private trusted: boolean;
  private readonly folders = new WorkspaceFolders();
  private readonly settings: SettingsStore;
  private readonly projectFiles: ProjectFiles;
  private readonly contexts: ProjectContexts;
  private readonly indexes: ProjectIndexStore;
  private readonly analyzer: Analyzer;
  private readonly published: PublishedDiagnostics;
  private readonly push: PushDiagnostics | undefined;
  private readonly pull: PullDiagnostics | undefined;
  private readonly hovers: HoverProvider;
  private readonly codeActions: CodeActionProvider;
  private readonly scanner: WorkspaceScanner;
  private readonly fileEvents: FileEvents;
  /** Documents just opened, whose first content event is analysed whatever the `run` setting. */
  private readonly opening = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly ruleSet: RuleSet,
    params: InitializeParams,
  ) {
    this.features = readClientFeatures(params);
    this.trusted = this.features.workspaceTrusted;
    this.log = new Log(connection);
    this.folders.reset(params.workspaceFolders, params.rootUri);
    this.settings = new SettingsStore(connection, { pullsConfiguration: this.features.configuration, ruleSet, log: (message) => this.log.warn(message) });
    this.projectFiles = new ProjectFiles(ruleSet, (filePath) => this.openDocumentAt(filePath)?.getText(), (file, read) => this.showProjectFileErrors(file, read));
    this.contexts = new ProjectContexts(this.projectFiles, () => this.trusted);
    this.indexes = new ProjectIndexStore(this.contexts, (message) => this.log.warn(message));
    this.analyzer = new Analyzer({
      ruleSet, settings: this.settings, contexts: this.contexts, indexes: this.indexes, folders: this.folders,
      warn: (message) => this.log.warn(message),
      corrected: (uri) => {
        this.push?.republish(uri);
        this.refreshPulled();
      },
    });
    this.published = new PublishedDiagnostics(connection, this.log);
    this.push = this.features.pullDiagnostics ? undefined : new PushDiagnostics(documents, this.analyzer, ruleSet, this.published, this.log);
    this.pull = this.features.pullDiagnostics ? new PullDiagnostics(documents, this.analyzer, ruleSet, this.settings) : undefined;
    this.hovers = new HoverProvider(documents, this.analyzer, ruleSet);
    this.codeActions = new CodeActionProvider(documents, this.analyzer, ruleSet, this.features);
    this.scanner = new WorkspaceScanner({
      documents,
      folders: this.folders,
      settings: this.settings,
      contexts: this.contexts,
      indexes: this.indexes,
      analyzer: this.analyzer,
      ruleSet,
      published: this.published,
      log: this.log,
      timeBudgetMs: timeBudgetArgument(process.argv),
    });
    this.fileEvents = new FileEvents({
      folders: this.folders,
      settings: this.settings,
      projectFiles: this.projectFiles,
      indexes: this.indexes,
      scanner: this.scanner,
      published: this.published,
      factsChanged: () => this.refreshAll(),
      reportProjectFile: (file) => this.reportProjectFile(file),
    });
  }

  initializeResult(): InitializeResult {
    return { capabilities: serverCapabilities(this.features), serverInfo: { name: 'MoJ Secure Code' } };
  }

  /** Asks to hear of settings changes, for clients that register that notification dynamically. */
  async initialized(): Promise<void> {
    if (this.features.dynamicConfiguration) await this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'mojSecureCode' });
    if (!this.trusted) this.log.info('The workspace is not trusted: policyBaseUrl, advisories and eolData in project files are ignored.');
  }

  documentOpened(document: TextDocument): void {
    this.opening.add(document.uri);
    this.pull?.opened(document);
    // One model per document: whatever the workspace scan pushed gives way to pulled diagnostics.
    if (this.pull !== undefined) this.published.clear(document.uri);
    if (this.isProjectFile(document.uri)) this.projectFileEdited(document.uri);
  }

  async documentChanged(document: TextDocument): Promise<void> {
    const opened = this.opening.delete(document.uri);
    if (!opened && this.isProjectFile(document.uri)) this.projectFileEdited(document.uri);
    if (this.push === undefined) return;
    const settings = await this.settings.forResource(document.uri);
    if (opened || settings.run === 'onType') this.push.schedule(document.uri);
  }

  async documentSaved(document: TextDocument): Promise<void> {
    this.pull?.saved(document);
    const settings = await this.settings.forResource(document.uri);
    if (settings.run !== 'onSave') return;
    this.push?.schedule(document.uri);
    // Clients pull on change, not necessarily on save: ask them to pull the saved version.
    this.refreshPulled();
  }

  documentClosed(document: TextDocument): void {
    this.opening.delete(document.uri);
    this.analyzer.forget(document.uri);
    this.push?.closed(document.uri);
    this.pull?.closed(document.uri);
    const filePath = uriToPath(document.uri);
    if (filePath !== undefined && path.basename(filePath) === PROJECT_FILE_NAME) {
      // Unsaved edits are gone: the file on disk applies again, and shows its own errors.
      this.projectFileEdited(document.uri);
      this.reportProjectFile(filePath);
      return;
    }
    this.scanner.documentClosed(document.uri);
  }

  configurationChanged(pushedSettings: unknown): void {
    this.settings.changed(pushedSettings);
    // Excludes may have changed, and with them which files the index holds.
    this.indexes.forget();
    this.refreshAll();
  }

  trustChanged(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.refreshAll();
  }

  foldersChanged(event: WorkspaceFoldersChangeEvent): void {
    for (const removed of event.removed) {
      const folder = this.folders.all().find((candidate) => candidate.uri === removed.uri);
      if (folder === undefined) continue;
      this.indexes.forget(folder.path);
      this.scanner.folderRemoved(folder);
    }
    this.folders.change(event);
    this.projectFiles.layoutChanged();
    this.refreshAll();
  }

  get files(): FileEvents {
    return this.fileEvents;
  }

  hover(params: HoverParams): Promise<Hover | null> {
    return this.hovers.hover(params);
  }

  codeAction(params: CodeActionParams): Promise<CodeAction[]> {
    return this.codeActions.actions(params);
  }

  pullDiagnostics(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
    if (this.pull === undefined) return Promise.resolve({ kind: 'full', items: [] });
    return this.pull.report(params);
  }

  scanWorkspace(params: WorkDoneProgressParams, token: CancellationToken): Promise<ScanWorkspaceResult> {
    return this.scanner.scanWorkspace(token, this.connection.window.attachWorkDoneProgress(params.workDoneToken));
  }

  exportSarif(params: WorkDoneProgressParams, token: CancellationToken): Promise<ExportSarifResult> {
    return exportSarif(this.reportDependencies(), token, this.connection.window.attachWorkDoneProgress(params.workDoneToken));
  }

  evidenceReport(params: WorkDoneProgressParams, token: CancellationToken): Promise<EvidenceReportResult> {
    return evidenceReport(this.reportDependencies(), token, this.connection.window.attachWorkDoneProgress(params.workDoneToken));
  }

  private reportDependencies(): WorkspaceReportDependencies {
    return { folders: this.folders, contexts: this.contexts, analyzer: this.analyzer, ruleSet: this.ruleSet };
  }

  async listRules(): Promise<RuleSummary[]> {
    const config = await this.analyzer.configFor(this.folders.all()[0]?.uri, 'folder');
    return listRules(this.ruleSet, config.policyBaseUrl);
  }

  async ruleDocumentation(params: RuleDocumentationParams): Promise<{ markdown: string } | null> {
    const config = params.uri === undefined ? await this.analyzer.configFor(this.folders.all()[0]?.uri, 'folder') : await this.analyzer.configFor(params.uri);
    return ruleDocumentation(this.ruleSet, params, config.policyBaseUrl);
  }

  /** Configuration, trust or project facts changed: every analysis is stale. */
  private refreshAll(): void {
    this.contexts.clear();
    this.analyzer.invalidate();
    this.push?.scheduleAll();
    this.refreshPulled();
    this.scanner.rescanScannedFolders();
  }

  private refreshPulled(): void {
    if (this.pull === undefined || !this.features.diagnosticRefresh) return;
    this.connection.languages.diagnostics.refresh().catch((error: unknown) => this.log.failure('Asking the client to pull diagnostics again', error));
  }

  private projectFileEdited(uri: string): void {
    const filePath = uriToPath(uri);
    if (filePath === undefined) return;
    this.projectFiles.changed(filePath);
    this.refreshAll();
  }

  /** Reads a project file afresh so that its errors are shown on it, if it is not open. */
  private reportProjectFile(file: string): void {
    this.projectFiles.changed(file);
    this.projectFiles.read(file);
  }

  private showProjectFileErrors(file: string, read: ProjectFileRead): void {
    const uri = pathToUri(file);
    if (this.openDocumentAt(file) !== undefined) return;
    if (read.text === undefined) this.published.clear(uri);
    else this.published.publish(uri, projectFileDiagnostics({ text: read.text, errors: read.errors }));
  }

  private openDocumentAt(filePath: string): TextDocument | undefined {
    return this.documents.get(pathToUri(filePath)) ?? this.documents.all().find((document) => uriToPath(document.uri) === filePath);
  }

  private isProjectFile(uri: string): boolean {
    const filePath = uriToPath(uri);
    return filePath !== undefined && path.basename(filePath) === PROJECT_FILE_NAME;
  }
}
