import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../engine/contract';

/** CONTRACTS §1: our severities as LSP severities. */
const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'MoJ Secure Code';

export function toDiagnostic(document: TextDocument, finding: Finding, helpUri: string | undefined): Diagnostic {
  return {
    range: { start: document.positionAt(finding.range.start), end: document.positionAt(finding.range.end) },
    severity: LSP_SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(helpUri ? { codeDescription: { href: helpUri } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation: finding.related.map((related) => ({
      location: { uri: document.uri, range: { start: document.positionAt(related.range.start), end: document.positionAt(related.range.end) } },
      message: related.message,
    })),
  };
}
