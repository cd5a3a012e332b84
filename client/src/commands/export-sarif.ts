/**
 * "MoJ Secure Code: Export SARIF": the server scans the workspace as CI would and writes the log
 * with the CLI's SARIF writer; the client asks where to save it.
 */
import { Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExportSarifRequest } from '../protocol';
import { withServerProgress } from '../server-progress';

export async function exportSarif(client: LanguageClient): Promise<void> {
  const folder = workspace.workspaceFolders?.[0]?.uri;
  const target = await window.showSaveDialog({
    title: 'Export MoJ Secure Code findings as SARIF',
    filters: { SARIF: ['sarif', 'json'] },
    ...(folder === undefined ? {} : { defaultUri: Uri.joinPath(folder, 'moj-secure-code.sarif') }),
  });
  if (target === undefined) return;
  const result = await withServerProgress(client, 'MoJ Secure Code: exporting SARIF', ExportSarifRequest);
  if (result.cancelled) {
    void window.showInformationMessage('MoJ Secure Code: SARIF export cancelled; nothing was written.');
    return;
  }
  await workspace.fs.writeFile(target, new TextEncoder().encode(result.sarif));
  const open = await window.showInformationMessage(`MoJ Secure Code: wrote ${result.findings} findings from ${result.files} files to ${target.fsPath}.`, 'Open');
  if (open === 'Open') await window.showTextDocument(target);
}
