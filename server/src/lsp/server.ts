/**
 * The language server's wiring: it registers handlers and nothing else. Each feature lives in
 * its own module beside this one. Started as `dist/server.js --stdio` or `--node-ipc`.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentDiagnostics } from './document-diagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const diagnostics = new DocumentDiagnostics(connection);

connection.onInitialize((params) => {
  diagnostics.setRoot(params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined);
  return { capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } };
});

documents.onDidOpen((event) => diagnostics.schedule(event.document));
documents.onDidChangeContent((event) => diagnostics.schedule(event.document));
documents.onDidClose((event) => diagnostics.clear(event.document));

documents.listen(connection);
connection.listen();
