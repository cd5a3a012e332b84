/**
 * The evidence report as a list of blocks (headings, paragraphs, tables) that the Markdown and
 * HTML writers render. Writing the content once keeps the two formats saying the same thing.
 */
import type { Severity } from '../../engine/contract';
import {
  buildEvidence,
  REPORT_SEVERITIES,
  SUPPRESSION_STATE_TEXT,
  type ControlSection,
  type EvidenceReport,
  type SeverityCounts,
  type SuppressionEntry,
} from './evidence-model';
import type { ReportFinding, ScanReport } from '../report-model';

/** Inline content: plain text, a link, or code. */
export type Inline = string | { readonly text: string; readonly href: string } | { readonly code: string };
export type Cell = Inline | readonly Inline[];

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly id: string }
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | { readonly kind: 'table'; readonly caption: string; readonly header: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

const SEVERITY_TEXT: Readonly<Record<Severity, string>> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

export function evidenceDocument(report: ScanReport): Block[] {
  const evidence = buildEvidence(report);
  return [
    heading(1, 'MoJ Secure Code evidence report', 'top'),
    paragraph(
      'Evidence that the Ministry of Justice technical security controls listed below were checked in code, and what was found. ',
      'Findings are grouped by the MoJ guidance section each rule applies. Secret values are redacted: only their first four characters are shown.',
    ),
    ...summary(evidence),
    ...run(evidence),
    ...controls(evidence),
    ...suppressions(evidence),
    ...baseline(evidence),
    ...scope(evidence),
    ...coverage(evidence),
  ];
}

function summary(evidence: EvidenceReport): Block[] {
  return [
    heading(2, 'Summary', 'summary'),
    table('Findings by severity', ['Files scanned', ...REPORT_SEVERITIES.map((severity) => SEVERITY_TEXT[severity]), 'Suppressed', 'Skipped files'], [
      [
        String(evidence.filesScanned),
        ...REPORT_SEVERITIES.map((severity) => String(evidence.totals[severity])),
        String(evidence.suppressed.length),
        String(evidence.skipped.length),
      ],
    ]),
  ];
}

function run(evidence: EvidenceReport): Block[] {
  const info = evidence.run;
  const notRecorded = 'not recorded';
  const rows: Cell[][] = [
    ['Tool', `${evidence.tool.name} ${evidence.tool.version}`],
    ['Scan started', info?.startedAt ?? notRecorded],
    ['Scan finished', info?.finishedAt ?? notRecorded],
    ['Git commit', info?.gitCommit === undefined ? 'not a git work tree, or not recorded' : { code: info.gitCommit }],
    ['Configuration hash (SHA-256, 16 digits)', info === undefined ? notRecorded : { code: info.configHash }],
    ['Minimum severity and confidence shown', info === undefined ? notRecorded : `${info.minSeverity}, ${info.minConfidence}`],
    ['Rules turned off', info === undefined ? notRecorded : info.disabledRules.length === 0 ? 'none' : info.disabledRules.map((id) => ({ code: id }))],
  ];
  if (info?.shard !== undefined) rows.push(['Shard', info.shard]);
  return [heading(2, 'Run', 'run'), table('Facts about this run', ['Item', 'Value'], rows)];
}

function controls(evidence: EvidenceReport): Block[] {
  const blocks: Block[] = [
    heading(2, 'Findings by MoJ control', 'controls'),
    paragraph(`${evidence.controls.length} MoJ guidance sections are checked by the rules below. A section with no findings was checked and nothing was found.`),
  ];
  for (const control of evidence.controls) blocks.push(...controlSection(control, evidence.baseline !== undefined));
  return blocks;
}

function controlSection(control: ControlSection, withBaseline: boolean): Block[] {
  const count = control.findings.length;
  const blocks: Block[] = [
    heading(3, control.title, `control-${slug(control.policyId)}`),
    paragraph('MoJ guidance: ', control.url === undefined ? 'not in the catalogue' : link(control.url, control.url)),
    table(
      `Rules checking ${control.title}`,
      ['Rule', 'Title', 'Default severity', 'Rule version', 'Status'],
      control.rules.map((rule) => [{ code: rule.meta.id }, rule.meta.title, SEVERITY_TEXT[rule.meta.severity], { code: rule.version }, rule.disabled ? 'Turned off by configuration' : 'Run']),
    ),
    paragraph(count === 0 ? 'No findings.' : `${count} ${count === 1 ? 'finding' : 'findings'}: ${countsText(control.counts)}.`),
  ];
  if (count > 0) {
    blocks.push(
      table(
        `Findings for ${control.title}`,
        ['Severity', 'Rule', 'Location', 'Message', ...(withBaseline ? ['Baseline'] : [])],
        control.findings.map((finding) => [
          SEVERITY_TEXT[finding.severity],
          { code: finding.ruleId },
          { code: location(finding) },
          finding.message,
          ...(withBaseline ? [finding.baselineState === 'unchanged' ? 'Accepted' : 'New'] : []),
        ]),
      ),
    );
  }
  return blocks;
}

function suppressions(evidence: EvidenceReport): Block[] {
  const blocks: Block[] = [heading(2, 'Suppressions', 'suppressions')];
  blocks.push(
    evidence.suppressed.length === 0
      ? paragraph('No findings were suppressed.')
      : table('Suppressed findings', ['Status', 'Rule', 'Location', 'Justification', 'Until'], evidence.suppressed.map(suppressionRow)),
  );
  blocks.push(
    evidence.suppressionNotices.length === 0
      ? paragraph('No suppression is expired, unjustified, unused or malformed.')
      : table(
          'Suppressions that need attention',
          ['Status', 'Location', 'Detail'],
          evidence.suppressionNotices.map((entry) => [SUPPRESSION_STATE_TEXT[entry.state], { code: `${entry.path}:${entry.line}` }, entry.detail ?? '']),
        ),
  );
  return blocks;
}

function suppressionRow(entry: SuppressionEntry): Cell[] {
  return [
    SUPPRESSION_STATE_TEXT[entry.state],
    entry.ruleId === undefined ? '' : { code: entry.ruleId },
    { code: `${entry.path}:${entry.line}` },
    entry.justification ?? 'none',
    entry.until ?? 'no expiry',
  ];
}

function baseline(evidence: EvidenceReport): Block[] {
  const state = evidence.baseline;
  const file = evidence.run?.baselineFile;
  if (state === undefined) return [heading(2, 'Baseline', 'baseline'), paragraph('No baseline was used: every finding counts as new.')];
  return [
    heading(2, 'Baseline', 'baseline'),
    paragraph(...(file === undefined ? [] : ['Baseline file: ', { code: file }, '. ']), `${state.newFindings} new findings; ${state.accepted} accepted in the baseline.`),
  ];
}

function scope(evidence: EvidenceReport): Block[] {
  const info = evidence.run;
  const blocks: Block[] = [
    heading(2, 'Scope', 'scope'),
    table('What was scanned', ['Item', 'Value'], [
      ['Paths', info === undefined ? 'not recorded' : info.paths.map((entry) => ({ code: entry }))],
      ['Excluded (globs)', info === undefined ? 'not recorded' : info.exclude.length === 0 ? 'none' : info.exclude.map((glob) => ({ code: glob }))],
      ['Files scanned', String(evidence.filesScanned)],
      ['Files skipped', String(evidence.skipped.length)],
    ]),
  ];
  if (evidence.skipped.length > 0) {
    blocks.push(table('Skipped files and why', ['File', 'Reason'], evidence.skipped.map((notice) => [{ code: notice.location.path }, notice.message])));
  }
  if (evidence.notes.length > 0) {
    blocks.push(table('Notes about scanned files', ['File', 'Note'], evidence.notes.map((notice) => [{ code: notice.location.path }, notice.message])));
  }
  return blocks;
}

function coverage(evidence: EvidenceReport): Block[] {
  return [
    heading(2, 'Coverage', 'coverage'),
    table(
      'MoJ controls this scan checked',
      ['MoJ guidance section', 'Rules', 'Checked'],
      evidence.controls.map((control) => {
        const running = control.rules.filter((rule) => !rule.disabled).length;
        return [
          link(control.title, control.url),
          control.rules.map((rule) => ({ code: rule.meta.id })),
          running === control.rules.length ? 'Yes' : running === 0 ? 'No: every rule is turned off' : `Partly: ${control.rules.length - running} of ${control.rules.length} rules turned off`,
        ];
      }),
    ),
    table(
      'MoJ controls that cannot be checked in code',
      ['Control', 'Why it is not checked'],
      evidence.unchecked.map((control) => [link(control.title, control.url), control.reason]),
    ),
  ];
}

function countsText(counts: SeverityCounts): string {
  return REPORT_SEVERITIES.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
}

function location(finding: ReportFinding): string {
  return `${finding.location.path}:${finding.region.startLine}:${finding.region.startColumn}`;
}

function link(text: string, href: string | undefined): Inline {
  return href === undefined ? text : { text, href };
}

function heading(level: 1 | 2 | 3, text: string, id: string): Block {
  return { kind: 'heading', level, text, id };
}

function paragraph(...content: Inline[]): Block {
  return { kind: 'paragraph', content };
}

function table(caption: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Block {
  return { kind: 'table', caption, header, rows };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
