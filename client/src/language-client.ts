/**
 * Creates the language client: the server bundle beside this one, spoken to over Node IPC,
 * with the documents it analyses, the files it must hear about, and the workspace trust state.
 */
import * as path from 'node:path';
import { workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './document-selector';
import SERVER_NODE_FLAGS from './server-node-flags.json';
import { WATCHED_FILE_GLOBS } from './watched-files';

const CLIENT_ID = 'mojSecureCode';
export const CLIENT_NAME = 'MoJ Secure Code';

export function createLanguageClient(context: ExtensionContext, output: LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Young-generation semi-spaces of at most 4 MB instead of V8's 16: a workspace scan's stream of
  // results and diagnostics grows them to their maximum, which V8 then keeps, so with 4 MB the
  // server's RSS after a 10,000-file scan is about 25 MB lower; edit latency is unchanged within
  // the noise. bench/latency.mjs starts the server with the same flags, so the benchmarks measure this.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const watchers = WATCHED_FILE_GLOBS.map((glob) => workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { fileEvents: watchers },
    outputChannel: output,
    // Read when the server (re)starts, so a restart after granting trust sends the new state.
    initializationOptions: () => ({ workspaceTrusted: workspace.isTrusted }),
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
