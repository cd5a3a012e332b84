/**
 * Pull diagnostics (`textDocument/diagnostic`) for clients that advertise them. The client asks
 * when it wants them; the answer is for the document's current version, and "unchanged" when
 * neither the version nor anything the analysis depends on has moved since the client's last
 * result. With `run: onSave`, edits after the last save keep the report of the saved version.
 */
import {
  DocumentDiagnosticReportKind,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from './document-analysis';
import type { RuleSet } from './rule-set';
import type { SettingsStore } from './settings';
import { analysisDiagnostics } from './to-diagnostic';

export class PullDiagnostics {
  private readonly lastReports = new Map<string, FullDocumentDiagnosticReport & { resultId: string }>();
  /** The version each document had when it was opened or last saved. */
  private readonly savedVersions = new Map<string, number>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyzer: Analyzer,
    private readonly ruleSet: RuleSet,
    private readonly settings: SettingsStore,
  ) {}

  opened(document: TextDocument): void {
    this.savedVersions.set(document.uri, document.version);
  }

  saved(document: TextDocument): void {
    this.savedVersions.set(document.uri, document.version);
  }

  closed(uri: string): void {
    this.lastReports.delete(uri);
    this.savedVersions.delete(uri);
  }

  async report(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const document = this.documents.get(uri);
    if (document === undefined) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await this.settings.forResource(uri);
    const last = this.lastReports.get(uri);
    if (settings.run === 'onSave' && last !== undefined && this.savedVersions.get(uri) !== document.version) {
      return params.previousResultId === last.resultId ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId } : last;
    }
    const analysis = await this.analyzer.analyse(document);
    const resultId = `${analysis.version ?? 0}:${analysis.generation}:${analysis.revision}`;
    if (params.previousResultId === resultId && last?.resultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const report: FullDocumentDiagnosticReport & { resultId: string } = {
      kind: DocumentDiagnosticReportKind.Full,
      resultId,
      items: analysisDiagnostics(analysis, this.ruleSet),
    };
    this.lastReports.set(uri, report);
    return report;
  }
}
