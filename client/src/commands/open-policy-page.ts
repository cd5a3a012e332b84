/**
 * "MoJ Secure Code: Open MoJ Guidance": opens a guidance page, the one a code action names, or
 * else the configured Security Guidance site. Only https links are opened.
 */
import { env, Uri, window, workspace } from 'vscode';

export async function openPolicyPage(url?: unknown): Promise<void> {
  const target = typeof url === 'string' ? url : workspace.getConfiguration('mojSecureCode').get<string>('policyBaseUrl');
  if (target === undefined || !target.startsWith('https://')) {
    void window.showWarningMessage(`MoJ Secure Code: not opening ${String(target)}: guidance links must be https.`);
    return;
  }
  await env.openExternal(Uri.parse(target, true));
}
