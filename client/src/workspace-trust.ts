/**
 * Tells the server when the user trusts the workspace, so project files may then set
 * `policyBaseUrl`, `advisories` and `eolData` (VS Code cannot withdraw trust without a reload).
 */
import { workspace, type Disposable, type LogOutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceTrustNotification } from './protocol';

export function forwardWorkspaceTrust(client: LanguageClient, output: LogOutputChannel): Disposable {
  return workspace.onDidGrantWorkspaceTrust(() => {
    client.sendNotification(WorkspaceTrustNotification, { trusted: true }).catch((error: unknown) => output.error(`Could not tell the server about workspace trust: ${String(error)}`));
  });
}
