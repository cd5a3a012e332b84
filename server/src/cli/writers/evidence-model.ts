/**
 * The evidence report's content, shared by the Markdown and HTML writers: findings grouped by the
 * MoJ control each rule applies (the primary section of its metadata), the suppressions with their
 * justification and expiry, the baseline state, the scope of the scan, the run facts and a
 * coverage table. The MoJ policy's Audit section asks for evidence that technical controls are
 * implemented and operate; a control with a rule and no findings is that evidence too.
 */
import { createHash } from 'node:crypto';
import type { RuleMeta, Severity } from '../../engine/contract';
import { NOTICE_RULE_IDS } from '../../engine/suppress/notices';
import { UNCHECKABLE_CONTROLS } from '../../policy/uncheckable-controls';
import { guidanceTitle, guidanceUrl } from './guidance';
import type { ReportFinding, ReportNotice, ReportSuppressed, RunInfo, ScanReport, ToolInfo } from '../report-model';

export const REPORT_SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export type SeverityCounts = Readonly<Record<Severity, number>>;

export interface ControlRule {
  readonly meta: RuleMeta;
  /** Turned off by configuration: the control was not checked by this rule. */
  readonly disabled: boolean;
  /** Tool version plus a digest of the rule's metadata, which changes with its thresholds and wording. */
  readonly version: string;
}

export interface ControlSection {
  readonly policyId: string;
  readonly title: string;
  readonly url?: string;
  readonly rules: readonly ControlRule[];
  readonly counts: SeverityCounts;
  readonly findings: readonly ReportFinding[];
}

export type SuppressionState = 'active' | 'unjustified' | 'expired' | 'unused' | 'malformed';

export interface SuppressionEntry {
  readonly state: SuppressionState;
  /** The rule whose finding it silences (or would), when known. */
  readonly ruleId?: string;
  readonly path: string;
  readonly line: number;
  readonly justification?: string;
  readonly until?: string;
  /** For notices: the engine's message saying what is wrong. */
  readonly detail?: string;
}

export interface UncheckedControl {
  readonly title: string;
  readonly url?: string;
  readonly reason: string;
}

export interface EvidenceReport {
  readonly tool: ToolInfo;
  readonly run?: RunInfo;
  readonly filesScanned: number;
  readonly totals: SeverityCounts;
  readonly findingCount: number;
  readonly controls: readonly ControlSection[];
  /** Findings silenced by a suppression, each with its justification (or none) and expiry. */
  readonly suppressed: readonly SuppressionEntry[];
  /** What the engine said about suppressions: expired, unjustified, unused or malformed. */
  readonly suppressionNotices: readonly SuppressionEntry[];
  readonly baseline?: { readonly newFindings: number; readonly accepted: number };
  readonly skipped: readonly ReportNotice[];
  readonly notes: readonly ReportNotice[];
  readonly unchecked: readonly UncheckedControl[];
}

const NOTICE_STATES: Readonly<Record<string, SuppressionState>> = {
  [NOTICE_RULE_IDS.expired]: 'expired',
  [NOTICE_RULE_IDS.unjustified]: 'unjustified',
  [NOTICE_RULE_IDS.unused]: 'unused',
  [NOTICE_RULE_IDS.malformed]: 'malformed',
};

export function buildEvidence(report: ScanReport): EvidenceReport {
  const disabled = new Set(report.run?.disabledRules ?? []);
  const notices = report.findings.filter((finding) => NOTICE_STATES[finding.ruleId] !== undefined);
  const findings = report.findings.filter((finding) => NOTICE_STATES[finding.ruleId] === undefined);
  const codeRules = report.rules.filter((meta) => meta.area !== 'suppression' && NOTICE_STATES[meta.id] === undefined);

  const sections = new Map<string, { rules: ControlRule[]; findings: ReportFinding[] }>();
  for (const meta of codeRules) {
    const primary = meta.policy[0];
    if (primary === undefined) continue;
    const section = sections.get(primary) ?? { rules: [], findings: [] };
    section.rules.push({ meta, disabled: disabled.has(meta.id), version: ruleVersion(report.tool, meta) });
    sections.set(primary, section);
  }
  const primaryOf = new Map(codeRules.map((meta) => [meta.id, meta.policy[0]]));
  for (const finding of findings) {
    const primary = primaryOf.get(finding.ruleId);
    if (primary !== undefined) sections.get(primary)?.findings.push(finding);
  }

  const controls = [...sections.entries()]
    .map(([policyId, section]): ControlSection => ({
      policyId,
      title: guidanceTitle(policyId),
      url: guidanceUrl(policyId, report.policyBaseUrl),
      rules: section.rules.sort((a, b) => compareText(a.meta.id, b.meta.id)),
      counts: countBySeverity(section.findings),
      findings: section.findings,
    }))
    .sort((a, b) => compareText(a.title, b.title));

  return {
    tool: report.tool,
    ...(report.run === undefined ? {} : { run: report.run }),
    filesScanned: report.filesScanned,
    totals: countBySeverity(findings),
    findingCount: findings.length,
    controls,
    suppressed: report.suppressed.map(activeSuppression).sort(byLocation),
    suppressionNotices: notices.map(noticeSuppression).sort(byLocation),
    ...(report.baselineUsed
      ? {
          baseline: {
            newFindings: findings.filter((finding) => finding.baselineState !== 'unchanged').length,
            accepted: findings.filter((finding) => finding.baselineState === 'unchanged').length,
          },
        }
      : {}),
    skipped: report.skipped,
    notes: report.notes,
    unchecked: UNCHECKABLE_CONTROLS.map((control) => ({
      title: control.control,
      url: guidanceUrl(control.policy[0], report.policyBaseUrl),
      reason: control.reason,
    })),
  };
}

/** A suppression with no justification counts as unjustified: the placeholder is not a reason (CONTRACTS §5). */
function activeSuppression(finding: ReportSuppressed): SuppressionEntry {
  const { justification, until } = finding.suppression;
  return {
    state: justification === undefined || justification.trim() === '' ? 'unjustified' : 'active',
    ruleId: finding.ruleId,
    path: finding.location.path,
    line: finding.region.startLine,
    ...(justification === undefined ? {} : { justification }),
    ...(until === undefined ? {} : { until }),
  };
}

function noticeSuppression(finding: ReportFinding): SuppressionEntry {
  return {
    state: NOTICE_STATES[finding.ruleId] ?? 'malformed',
    path: finding.location.path,
    line: finding.region.startLine,
    detail: finding.message,
  };
}

export function countBySeverity(findings: readonly { readonly severity: Severity }[]): SeverityCounts {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function ruleVersion(tool: ToolInfo, meta: RuleMeta): string {
  return `${tool.version}+${createHash('sha256').update(JSON.stringify(meta)).digest('hex').slice(0, 8)}`;
}

function byLocation(a: SuppressionEntry, b: SuppressionEntry): number {
  return compareText(a.path, b.path) || a.line - b.line || compareText(a.state, b.state);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const SUPPRESSION_STATE_TEXT: Readonly<Record<SuppressionState, string>> = {
  active: 'Active (justified)',
  unjustified: 'No justification',
  expired: 'Expired: finding reported again',
  unused: 'Suppresses nothing',
  malformed: 'Malformed',
};
