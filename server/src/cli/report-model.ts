/**
 * The scan report every writer formats: findings with 1-based lines and UTF-16 columns, paths
 * for display, fingerprints, and every message, snippet and fix already redacted. Writers never
 * see document text or secret ranges, so they cannot leak a secret.
 */
import type { Confidence, Finding, FixSafety, Range, RuleMeta, Severity } from '../engine/contract';
import { redactText, redactValues } from '../engine/output/redact';
import { LineIndex } from '../engine/text/line-index';
import type { SuppressedFinding } from '../engine/suppress/suppressions';

/** 1-based lines and columns; `endColumn` is the column just after the last character, as SARIF has it. */
export interface Region {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface ArtifactPath {
  /** Relative to the report root (`srcRoot`), `/`-separated; absolute for files outside it. */
  readonly path: string;
  /** SARIF artifact URI: relative (with `uriBaseId`) or an absolute `file:` URI. */
  readonly uri: string;
  readonly uriBaseId?: 'SRCROOT';
  /** Relative to the current folder, for text output a terminal can open. */
  readonly localPath: string;
}

export interface ReportFix {
  readonly title: string;
  readonly safety: FixSafety;
  readonly replacements: readonly { readonly region: Region; readonly insertedText: string }[];
}

export type BaselineState = 'new' | 'unchanged';

export interface ReportFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly message: string;
  readonly location: ArtifactPath;
  readonly region: Region;
  /** The flagged text, redacted; absent when long. */
  readonly snippet?: string;
  readonly fingerprint: string;
  readonly fix?: ReportFix;
  readonly related: readonly { readonly region: Region; readonly message: string }[];
  /** Set when a baseline was given. */
  readonly baselineState?: BaselineState;
}

export interface ReportSuppression {
  /** SARIF's words: a comment in the file, or an entry in the project file. */
  readonly kind: 'inSource' | 'external';
  readonly justification?: string;
  readonly until?: string;
}

export interface ReportSuppressed extends ReportFinding {
  readonly suppression: ReportSuppression;
}

export interface ReportNotice {
  readonly location: ArtifactPath;
  readonly message: string;
}

export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

/** What an auditor needs to know about the run itself: when, over what, with which settings. */
export interface RunInfo {
  /** ISO 8601 UTC times. */
  readonly startedAt: string;
  readonly finishedAt: string;
  /** The paths asked for, as given on the command line (or the workspace folders). */
  readonly paths: readonly string[];
  /** The `exclude` globs of the root configuration. */
  readonly exclude: readonly string[];
  /** A hash of the root's effective configuration, so two reports show whether settings differed. */
  readonly configHash: string;
  /** The rules turned off by configuration: their controls were not checked. */
  readonly disabledRules: readonly string[];
  readonly minSeverity: Severity;
  readonly minConfidence: Confidence;
  /** The commit checked out at the report root, when it is a git work tree. */
  readonly gitCommit?: string;
  readonly baselineFile?: string;
  /** `K/N` when the run scanned one shard. */
  readonly shard?: string;
}

export interface ScanReport {
  readonly tool: ToolInfo;
  /** Absent for reports built without a run (tests of one writer). */
  readonly run?: RunInfo;
  /** Every rule that can report, in a stable order (SARIF `ruleIndex` points into this). */
  readonly rules: readonly RuleMeta[];
  readonly policyBaseUrl: string;
  /** Absolute folder the report's relative paths start from. */
  readonly srcRoot: string;
  readonly baselineUsed: boolean;
  readonly findings: readonly ReportFinding[];
  readonly suppressed: readonly ReportSuppressed[];
  /** Files not analysed, each with the reason. */
  readonly skipped: readonly ReportNotice[];
  /** Things worth knowing about a file that was analysed (invalid UTF-8, a fix not written). */
  readonly notes: readonly ReportNotice[];
  readonly filesScanned: number;
}

/** Longest flagged text shown as a snippet; longer regions (a whole key block) show none. */
export const MAX_SNIPPET_LENGTH = 500;

/** Converts one file's findings for the report; `secrets` are every secret range in the file. */
export class FileReporter {
  private readonly lines: LineIndex;
  private readonly secretValues: readonly string[];

  constructor(
    private readonly text: string,
    private readonly location: ArtifactPath,
    private readonly secrets: readonly Range[],
  ) {
    this.lines = new LineIndex(text);
    this.secretValues = secrets.map((range) => text.slice(range.start, range.end)).filter((value) => value.length > 0);
  }

  finding(finding: Finding, fingerprint: string): ReportFinding {
    const length = finding.range.end - finding.range.start;
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      confidence: finding.confidence,
      message: this.redact(finding.message),
      location: this.location,
      region: this.region(finding.range),
      snippet: length <= MAX_SNIPPET_LENGTH ? this.snippet(finding.range) : undefined,
      fingerprint,
      fix:
        finding.fix === undefined
          ? undefined
          : {
              title: this.redact(finding.fix.title),
              safety: finding.fix.safety,
              replacements: finding.fix.edits.map((edit) => ({ region: this.region(edit), insertedText: this.redact(edit.newText) })),
            },
      related: finding.related.map((related) => ({ region: this.region(related.range), message: this.redact(related.message) })),
    };
  }

  region(range: Range): Region {
    const start = this.lines.positionAt(range.start);
    const end = this.lines.positionAt(range.end);
    return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }

  private snippet(range: Range): string {
    return this.redact(redactText(this.text.slice(range.start, range.end), range.start, this.secrets));
  }

  /** Free text a rule wrote may quote a secret; replace any value found. */
  private redact(text: string): string {
    return this.secretValues.length === 0 ? text : redactValues(text, this.secretValues);
  }
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Whether `severity` is at or above `threshold` (critical is highest). */
export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold);
}

export function compareFindings(a: ReportFinding, b: ReportFinding): number {
  return (
    comparePaths(a.location.path, b.location.path) ||
    a.region.startLine - b.region.startLine ||
    a.region.startColumn - b.region.startColumn ||
    comparePaths(a.ruleId, b.ruleId)
  );
}

/** Code-unit order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How a report shows a suppression: the inserted placeholder counts as no justification until someone edits it (CONTRACTS §5). */
export function reportedSuppression(entry: SuppressedFinding): ReportSuppressed['suppression'] {
  if (entry.by.kind === 'inline') {
    const { justification, until, placeholder } = entry.by.suppression;
    return { kind: 'inSource', justification: placeholder ? undefined : justification, until };
  }
  return { kind: 'external', justification: entry.by.suppression.justification, until: entry.by.suppression.until };
}
