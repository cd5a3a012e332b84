/**
 * The extension's entry point: starts the language server and registers the commands, the
 * status bar item and the rule documentation provider. All analysis happens in the server, so
 * the editor, the CLI and CI report the same findings; each job here has its own module.
 */
import { commands, window, type Disposable, type ExtensionContext, type LogOutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportSarif } from './commands/export-sarif';
import { writeEvidenceReport } from './commands/evidence-report';
import { openPolicyPage } from './commands/open-policy-page';
import { registerRuleDocuments, showRuleDocumentation } from './commands/rule-documentation';
import { scanWorkspace } from './commands/scan-workspace';
import { showRules } from './commands/show-rules';
import { CLIENT_NAME, createLanguageClient } from './language-client';
import { COMMANDS } from './protocol';
import { createStatusBar } from './status-bar';
import { forwardWorkspaceTrust } from './workspace-trust';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel(CLIENT_NAME, { log: true });
  const started = createLanguageClient(context, output);
  client = started;
  context.subscriptions.push(
    output,
    createStatusBar(),
    registerRuleDocuments(started),
    forwardWorkspaceTrust(started, output),
    command(output, COMMANDS.scanWorkspace, () => scanWorkspace(started)),
    command(output, COMMANDS.showRules, () => showRules(started)),
    command(output, COMMANDS.openPolicyPage, (url?: unknown) => openPolicyPage(url)),
    command(output, COMMANDS.showRuleDocumentation, (ruleId?: unknown, uri?: unknown) => showRuleDocumentation(ruleId, uri)),
    command(output, COMMANDS.exportSarif, () => exportSarif(started)),
    command(output, COMMANDS.writeEvidenceReport, () => writeEvidenceReport(started)),
    command(output, COMMANDS.restartServer, () => started.restart()),
  );
  await started.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Registers a command whose failures are logged and shown, never left unhandled. */
function command<A extends unknown[]>(output: LogOutputChannel, id: string, run: (...args: A) => Promise<void>): Disposable {
  return commands.registerCommand(id, async (...args: A) => {
    try {
      await run(...args);
    } catch (error) {
      output.error(`${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      void window.showErrorMessage(`MoJ Secure Code: ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
