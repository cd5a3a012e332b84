/**
 * "MoJ Secure Code: Write Evidence Report for the Workspace": the server scans the workspace as
 * CI would and renders the evidence report (grouped by MoJ control) with the CLI's HTML writer;
 * the client saves it where the user chooses and opens it in the browser.
 */
import { env, Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EvidenceReportRequest } from '../protocol';
import { withServerProgress } from '../server-progress';

export async function writeEvidenceReport(client: LanguageClient): Promise<void> {
  const folder = workspace.workspaceFolders?.[0]?.uri;
  const target = await window.showSaveDialog({
    title: 'Write the MoJ Secure Code evidence report',
    filters: { HTML: ['html'] },
    ...(folder === undefined ? {} : { defaultUri: Uri.joinPath(folder, 'moj-secure-code-report.html') }),
  });
  if (target === undefined) return;
  const result = await withServerProgress(client, 'MoJ Secure Code: writing the evidence report', EvidenceReportRequest);
  if (result.cancelled) {
    void window.showInformationMessage('MoJ Secure Code: evidence report cancelled; nothing was written.');
    return;
  }
  await workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
  await env.openExternal(target);
  void window.showInformationMessage(`MoJ Secure Code: wrote the evidence report (${result.findings} findings in ${result.files} files) to ${target.fsPath}.`);
}
