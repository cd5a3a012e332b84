/** "MoJ Secure Code: Scan Workspace": the server walks every folder as the CLI does. */
import { window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ScanWorkspaceRequest } from '../protocol';
import { withServerProgress } from '../server-progress';

export async function scanWorkspace(client: LanguageClient): Promise<void> {
  const result = await withServerProgress(client, 'MoJ Secure Code: scanning the workspace', ScanWorkspaceRequest);
  const summary = `${result.findings} ${result.findings === 1 ? 'finding' : 'findings'} in ${result.files} ${result.files === 1 ? 'file' : 'files'}`;
  const skipped = result.skipped === 0 ? '' : `; ${result.skipped} skipped (see the output channel)`;
  void window.showInformationMessage(result.cancelled ? `MoJ Secure Code: scan cancelled after ${summary}.` : `MoJ Secure Code: ${summary}${skipped}.`);
}
