/**
 * Findings and project-file errors as LSP diagnostics (CONTRACTS §1): the rule id as `code`, the
 * MoJ section as `codeDescription`, our severities mapped, related locations, secrets redacted
 * in every message, and `data` holding what the code actions need.
 */
import { DiagnosticSeverity, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Finding, FixSafety, Severity } from '../engine/contract';
import type { ConfigError } from '../engine/config/validate-config';
import { redactValues, secretValues } from '../engine/output/redact';
import { policyUrl } from '../policy/catalogue';
import type { Analysis, FindingsAnalysis, ProjectFileAnalysis } from './document-analysis';
import type { RuleSet } from './rule-set';
import { PositionedText } from './text-positions';

/** CONTRACTS §1: our severities as LSP severities. */
const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Error,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'MoJ Secure Code';

/** What a diagnostic carries for code actions; its ranges belong to `version` of the document. */
export interface DiagnosticData {
  readonly ruleId: string;
  /** `partialFingerprints["mojSecureCode/v1"]`, for a project-file suppression. */
  readonly fingerprint: string;
  /** The document version the diagnostic was computed for; null for a file that is not open. */
  readonly version: number | null;
  readonly fix?: { readonly title: string; readonly safety: FixSafety; readonly edits: readonly LspTextEdit[] };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<Record<keyof DiagnosticData, unknown>>;
  return typeof data.ruleId === 'string' && typeof data.fingerprint === 'string' && (data.version === null || typeof data.version === 'number');
}

/** The MoJ section a rule links to, under the configured base URL; undefined for an unknown rule. */
export function ruleHelpUrl(ruleSet: RuleSet, ruleId: string, policyBaseUrl: string): string | undefined {
  const primary = ruleSet.meta(ruleId)?.policy[0];
  if (primary === undefined) return undefined;
  try {
    return policyUrl(primary, policyBaseUrl);
  } catch {
    // A policy id the catalogue lacks (a rule under development) costs the link, not the diagnostic.
    return undefined;
  }
}

/** The parts of a findings analysis its diagnostics depend on. */
export type DiagnosedFindings = Pick<FindingsAnalysis, 'uri' | 'version' | 'text' | 'config' | 'result'>;

/** A file's findings as diagnostics; the workspace scan calls this for results from its worker threads. */
export function findingDiagnostics(analysis: DiagnosedFindings, ruleSet: RuleSet): Diagnostic[] {
  const positioned = new PositionedText(analysis.text);
  const redact = redactorFor(analysis);
  return analysis.result.findings.map((finding, index) =>
    toDiagnostic(finding, {
      positioned,
      uri: analysis.uri,
      version: analysis.version ?? null,
      fingerprint: analysis.result.fingerprints[index] ?? '',
      helpUrl: ruleHelpUrl(ruleSet, finding.ruleId, analysis.config.policyBaseUrl),
      redact,
    }),
  );
}

/** Free text a rule wrote may quote a secret of the file: every secret value found is redacted. */
export function redactorFor(analysis: Pick<FindingsAnalysis, 'text' | 'result'>): (text: string) => string {
  const secrets = [...analysis.result.findings, ...analysis.result.suppressed.map((entry) => entry.finding)].flatMap((finding) => finding.secrets);
  const values = secretValues(analysis.text, secrets);
  return (text) => (values.length === 0 ? text : redactValues(text, values));
}

interface DiagnosticContext {
  readonly positioned: PositionedText;
  readonly uri: string;
  readonly version: number | null;
  readonly fingerprint: string;
  readonly helpUrl: string | undefined;
  readonly redact: (text: string) => string;
}

function toDiagnostic(finding: Finding, context: DiagnosticContext): Diagnostic {
  const { positioned } = context;
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    fingerprint: context.fingerprint,
    version: context.version,
    ...(finding.fix === undefined
      ? {}
      : { fix: { title: context.redact(finding.fix.title), safety: finding.fix.safety, edits: finding.fix.edits.map((edit) => positioned.edit(edit)) } }),
  };
  return {
    range: positioned.range(finding.range),
    severity: LSP_SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(context.helpUrl === undefined ? {} : { codeDescription: { href: context.helpUrl } }),
    source: DIAGNOSTIC_SOURCE,
    message: context.redact(finding.message),
    ...(finding.related.length === 0
      ? {}
      : {
          relatedInformation: finding.related.map((related) => ({
            location: { uri: context.uri, range: positioned.range(related.range) },
            message: context.redact(related.message),
          })),
        }),
    data,
  };
}

/** A project file's errors, each marked from its position to the end of that line. */
export function projectFileDiagnostics(analysis: Pick<ProjectFileAnalysis, 'text' | 'errors'>): Diagnostic[] {
  const positioned = new PositionedText(analysis.text);
  return analysis.errors.map((error) => configErrorDiagnostic(error, positioned));
}

function configErrorDiagnostic(error: ConfigError, positioned: PositionedText): Diagnostic {
  const line = Math.max(0, (error.line ?? 1) - 1);
  const character = Math.max(0, (error.column ?? 1) - 1);
  const lineEnd = positioned.lines.lineEnd(line) - positioned.lines.lineStart(line);
  return {
    range: { start: { line, character }, end: { line, character: Math.max(character, lineEnd) } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    // A syntax error costs the whole file, which is worth saying; a bad value names its key.
    message: error.path === '' ? `${error.detail} (the file is ignored until this is fixed)` : error.detail,
  };
}

/** The diagnostics of any analysis: findings, a project file's errors, or none when disabled. */
export function analysisDiagnostics(analysis: Analysis, ruleSet: RuleSet): Diagnostic[] {
  switch (analysis.kind) {
    case 'findings':
      return findingDiagnostics(analysis, ruleSet);
    case 'project-file':
      return projectFileDiagnostics(analysis);
    case 'disabled':
      return [];
  }
}
