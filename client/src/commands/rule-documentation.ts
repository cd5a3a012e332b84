/**
 * Rule documentation as a read-only Markdown document, rendered by the server from the rule's
 * metadata and shown in the Markdown preview. URIs look like
 * `moj-secure-code-rule:/crypto/weak-hash.md?<document uri>`.
 */
import { commands, Uri, workspace, type Disposable, type TextDocumentContentProvider } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RuleDocumentationRequest } from '../protocol';

const RULE_DOCUMENT_SCHEME = 'moj-secure-code-rule';

export function registerRuleDocuments(client: LanguageClient): Disposable {
  const provider: TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const ruleId = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const documentation = await client.sendRequest(RuleDocumentationRequest, { ruleId, ...(uri.query === '' ? {} : { uri: uri.query }) });
      return documentation?.markdown ?? `# Unknown rule\n\nMoJ Secure Code has no rule \`${ruleId}\`.\n`;
    },
  };
  return workspace.registerTextDocumentContentProvider(RULE_DOCUMENT_SCHEME, provider);
}

/** Arguments as the server's code action gives them: the rule id, and the document it was in. */
export async function showRuleDocumentation(ruleId?: unknown, documentUri?: unknown): Promise<void> {
  if (typeof ruleId !== 'string') return;
  const uri = Uri.from({ scheme: RULE_DOCUMENT_SCHEME, path: `/${ruleId}.md`, query: typeof documentUri === 'string' ? documentUri : '' });
  await commands.executeCommand('markdown.showPreview', uri);
}
