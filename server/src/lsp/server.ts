/**
 * The language server's wiring: it registers handlers and nothing else. Each feature lives in
 * its own module beside this one, put together in language-server.ts. Started as
 * `dist/server.js --stdio` or `--node-ipc`; every handler is guarded, so a failure is logged
 * and answered with an empty result rather than ending the process.
 */
import {
  CodeActionRequest,
  createConnection,
  DocumentDiagnosticReportKind,
  HoverRequest,
  ProposedFeatures,
  TextDocuments,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageServer } from './language-server';
import { guarded, Log } from './log';
import { EvidenceReportRequest, ExportSarifRequest, ListRulesRequest, RuleDocumentationRequest, ScanWorkspaceRequest, WorkspaceTrustNotification } from './protocol';
import { loadRuleSet } from './rule-set';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const ruleSet = loadRuleSet(process.argv);
const log = new Log(connection);
let server: LanguageServer | undefined;

/** Runs `handler` on the server once `initialize` has created it, guarded. */
function withServer<P extends unknown[], R>(what: string, fallback: R, handler: (server: LanguageServer, ...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return guarded(log, what, fallback, (...args: P) => (server === undefined ? fallback : handler(server, ...args)));
}

connection.onInitialize((params) => {
  server = new LanguageServer(connection, documents, ruleSet, params);
  return server.initializeResult();
});
connection.onInitialized(
  withServer('Start-up', undefined, (active) => {
    if (active.features.workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(withServer('Changing workspace folders', undefined, (current, event) => current.foldersChanged(event)));
    }
    return active.initialized();
  }),
);

documents.onDidOpen(withServer('Opening a document', undefined, (active, event) => active.documentOpened(event.document)));
documents.onDidChangeContent(withServer('Analysing a change', undefined, (active, event) => active.documentChanged(event.document)));
documents.onDidSave(withServer('Analysing a saved document', undefined, (active, event) => active.documentSaved(event.document)));
documents.onDidClose(withServer('Closing a document', undefined, (active, event) => active.documentClosed(event.document)));

connection.onDidChangeConfiguration(withServer('Reading changed settings', undefined, (active, params) => active.configurationChanged(params.settings)));
connection.onNotification(WorkspaceTrustNotification, withServer('Applying workspace trust', undefined, (active, params) => active.trustChanged(params.trusted)));
connection.onDidChangeWatchedFiles(withServer('Handling changed files', undefined, (active, params) => active.files.changed(params.changes)));
connection.workspace.onDidCreateFiles(withServer('Handling created files', undefined, (active, params) => active.files.created(params.files.map((file) => file.uri))));
connection.workspace.onDidDeleteFiles(withServer('Handling deleted files', undefined, (active, params) => active.files.deleted(params.files.map((file) => file.uri))));
connection.workspace.onDidRenameFiles(withServer('Handling renamed files', undefined, (active, params) => active.files.renamed(params.files)));

connection.onRequest(HoverRequest.type, withServer('Hover', null, (active, params) => active.hover(params)));
connection.onRequest(CodeActionRequest.type, withServer('Code actions', [], (active, params) => active.codeAction(params)));
connection.languages.diagnostics.on(
  withServer('Pull diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, (active, params) => active.pullDiagnostics(params)),
);
connection.onRequest(ScanWorkspaceRequest, withServer('Workspace scan', { folders: 0, files: 0, findings: 0, skipped: 0, cancelled: true }, (active, params, token) => active.scanWorkspace(params, token)));
connection.onRequest(ExportSarifRequest, withServer('SARIF export', { sarif: '', files: 0, findings: 0, cancelled: true }, (active, params, token) => active.exportSarif(params, token)));
connection.onRequest(EvidenceReportRequest, withServer('Evidence report', { html: '', files: 0, findings: 0, cancelled: true }, (active, params, token) => active.evidenceReport(params, token)));
connection.onRequest(ListRulesRequest, withServer('Listing rules', [], (active) => active.listRules()));
connection.onRequest(RuleDocumentationRequest, withServer('Rule documentation', null, (active, params) => active.ruleDocumentation(params)));

// A task nobody awaited must cost a log line, not the process (Node ends on unhandled rejections).
process.on('unhandledRejection', (reason) => log.failure('A background task', reason));

documents.listen(connection);
connection.listen();

