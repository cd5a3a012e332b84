/**
 * The JSON report. Its shape is a contract for scripts: add fields, never rename or remove
 * them without raising `schemaVersion`.
 */
import type { Confidence, FixSafety, Severity } from '../../engine/contract';
import type { BaselineState, ReportFinding, ReportNotice, ReportSuppressed, ScanReport, ToolInfo } from '../report-model';

export const JSON_SCHEMA_VERSION = 1;

export interface JsonFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly message: string;
  /** Relative to the project root (or git root), `/`-separated. */
  readonly path: string;
  /** 1-based; columns count UTF-16 code units; `endColumn` is just after the last character. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fingerprint: string;
  readonly fixAvailable: boolean;
  readonly fixSafety: FixSafety | null;
  /** Present when a baseline was given. */
  readonly baselineState?: BaselineState;
}

export interface JsonSuppressedFinding extends JsonFinding {
  readonly suppression: { readonly kind: 'inSource' | 'external'; readonly justification: string | null; readonly until: string | null };
}

export interface JsonNotice {
  readonly path: string;
  readonly reason: string;
}

export interface JsonReport {
  readonly schemaVersion: number;
  readonly tool: ToolInfo;
  readonly findings: readonly JsonFinding[];
  readonly suppressed: readonly JsonSuppressedFinding[];
  readonly skipped: readonly JsonNotice[];
  readonly notes: readonly JsonNotice[];
  readonly summary: { readonly filesScanned: number; readonly findings: number; readonly suppressed: number; readonly skipped: number };
}

export function writeJson(report: ScanReport): string {
  const document: JsonReport = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: report.tool,
    findings: report.findings.map(finding),
    suppressed: report.suppressed.map(suppressed),
    skipped: report.skipped.map(notice),
    notes: report.notes.map(notice),
    summary: {
      filesScanned: report.filesScanned,
      findings: report.findings.length,
      suppressed: report.suppressed.length,
      skipped: report.skipped.length,
    },
  };
  return JSON.stringify(document, null, 2) + '\n';
}

function finding(entry: ReportFinding): JsonFinding {
  return {
    ruleId: entry.ruleId,
    severity: entry.severity,
    confidence: entry.confidence,
    message: entry.message,
    path: entry.location.path,
    line: entry.region.startLine,
    column: entry.region.startColumn,
    endLine: entry.region.endLine,
    endColumn: entry.region.endColumn,
    fingerprint: entry.fingerprint,
    fixAvailable: entry.fix !== undefined,
    fixSafety: entry.fix?.safety ?? null,
    ...(entry.baselineState === undefined ? {} : { baselineState: entry.baselineState }),
  };
}

function suppressed(entry: ReportSuppressed): JsonSuppressedFinding {
  return {
    ...finding(entry),
    suppression: {
      kind: entry.suppression.kind,
      justification: entry.suppression.justification ?? null,
      until: entry.suppression.until ?? null,
    },
  };
}

function notice(entry: ReportNotice): JsonNotice {
  return { path: entry.location.path, reason: entry.message };
}
