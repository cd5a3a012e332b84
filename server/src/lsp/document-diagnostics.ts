/**
 * Push diagnostics for open documents: scans the latest version of a document, drops results
 * that a newer version has overtaken, and always sets the document version.
 */
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, type EffectiveConfig } from '../engine/config/types';
import { scan } from '../engine/scan';
import { EMPTY_PROJECT_INDEX } from '../engine/project/project-index';
import { allRules } from '../rules';
import { policyUrl } from '../policy/catalogue';
import { toDiagnostic } from './to-diagnostic';

/** The editor hides low-confidence findings by default (CONTRACTS §1). */
const EDITOR_CONFIG: EffectiveConfig = { ...DEFAULT_CONFIG, minConfidence: 'medium' };

export class DocumentDiagnostics {
  private root: string | undefined;
  private readonly latest = new Map<string, number>();

  constructor(private readonly connection: Connection) {}

  setRoot(rootUri: string | undefined): void {
    this.root = rootUri;
  }

  schedule(document: TextDocument): void {
    this.latest.set(document.uri, document.version);
    void this.run(document).catch((error: unknown) => {
      this.connection.console.error(`MoJ Secure Code could not scan ${document.uri}: ${String(error)}`);
    });
  }

  clear(document: TextDocument): void {
    this.latest.delete(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }

  private async run(document: TextDocument): Promise<void> {
    const result = await scan(
      { path: this.relativePath(document.uri), text: document.getText() },
      { rules: allRules, config: EDITOR_CONFIG, project: EMPTY_PROJECT_INDEX },
    );
    if (this.latest.get(document.uri) !== document.version) return;
    const diagnostics = result.findings.map((finding) => {
      const meta = allRules.find((rule) => rule.meta.id === finding.ruleId)?.meta;
      const href = meta?.policy[0] ? policyUrl(meta.policy[0], EDITOR_CONFIG.policyBaseUrl) : undefined;
      return toDiagnostic(document, finding, href);
    });
    await this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  private relativePath(uri: string): string {
    const path = decodeURIComponent(uri.replace(/^file:\/\//, ''));
    const root = this.root ? decodeURIComponent(this.root.replace(/^file:\/\//, '')) : undefined;
    return root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path.split('/').pop() ?? path;
  }
}
