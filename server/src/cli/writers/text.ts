/**
 * The human-readable report: findings grouped by file as `path:line:col severity rule-id
 * message`, then skipped files and notes, then a summary. Colour only when asked (a terminal).
 */
import type { Severity } from '../../engine/contract';
import type { ReportFinding, ScanReport } from '../report-model';

export interface TextOptions {
  readonly colour: boolean;
}

const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  critical: '\u001b[1;31m',
  high: '\u001b[31m',
  medium: '\u001b[33m',
  low: '\u001b[36m',
  info: '\u001b[2m',
};
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';

export function writeText(report: ScanReport, options: TextOptions): string {
  const paint = (code: string, text: string): string => (options.colour ? `${code}${text}${RESET}` : text);
  const out: string[] = [];
  // Findings already in the baseline are accepted; the text report lists only the others.
  const shown = report.findings.filter((finding) => finding.baselineState !== 'unchanged');
  let currentPath: string | undefined;
  for (const finding of shown) {
    if (currentPath !== undefined && finding.location.localPath !== currentPath) out.push('');
    currentPath = finding.location.localPath;
    out.push(formatFinding(finding, paint));
  }

  if (report.skipped.length > 0) {
    if (out.length > 0) out.push('');
    out.push(paint(BOLD, 'Skipped files:'));
    for (const skip of report.skipped) out.push(`  ${skip.location.localPath}: ${skip.message}`);
  }
  if (report.notes.length > 0) {
    if (out.length > 0) out.push('');
    out.push(paint(BOLD, 'Notes:'));
    for (const note of report.notes) out.push(`  ${note.location.localPath}: ${note.message}`);
  }
  if (out.length > 0) out.push('');
  out.push(summary(report, shown));
  return out.join('\n') + '\n';
}

function formatFinding(finding: ReportFinding, paint: (code: string, text: string) => string): string {
  const where = `${finding.location.localPath}:${finding.region.startLine}:${finding.region.startColumn}`;
  const fixable = finding.fix?.safety === 'safe' ? paint(DIM, ' (fixable with --fix)') : '';
  return `${where} ${paint(SEVERITY_COLOURS[finding.severity], finding.severity)} ${paint(DIM, finding.ruleId)} ${finding.message}${fixable}`;
}

function summary(report: ScanReport, shown: readonly ReportFinding[]): string {
  const counts = new Map<Severity, number>();
  for (const finding of shown) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  const bySeverity = (['critical', 'high', 'medium', 'low', 'info'] as const)
    .filter((severity) => (counts.get(severity) ?? 0) > 0)
    .map((severity) => `${counts.get(severity)} ${severity}`);
  const files = new Set(shown.map((finding) => finding.location.path)).size;
  const parts = [
    shown.length === 0
      ? 'No findings'
      : `${plural(shown.length, 'finding')} (${bySeverity.join(', ')}) in ${plural(files, 'file')}`,
    `${plural(report.filesScanned, 'file')} scanned`,
  ];
  const baselined = report.findings.length - shown.length;
  if (baselined > 0) parts.push(`${baselined} in the baseline`);
  if (report.suppressed.length > 0) parts.push(`${report.suppressed.length} suppressed`);
  if (report.skipped.length > 0) parts.push(`${plural(report.skipped.length, 'file')} skipped`);
  return parts.join('; ') + '.';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
