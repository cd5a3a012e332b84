/**
 * `--format gitlab-sast`: GitLab's own SAST report (security report schema 15.0.7), for a job's
 * `artifacts: reports: sast`. GitLab reads this, not SARIF, into merge request widgets and the
 * vulnerability report. Suppressed findings are left out (GitLab has no suppression state of
 * its own to carry them); notes about suppressions and skipped files become scan messages.
 */
import { createHash } from 'node:crypto';
import type { RuleMeta, Severity } from '../../engine/contract';
import { NOTICE_RULE_IDS } from '../../engine/suppress/notices';
import type { ReportFinding, ScanReport } from '../report-model';
import { ruleHelpUri } from './guidance';

export const GITLAB_SAST_SCHEMA_VERSION = '15.0.7';

const SEVERITY: Readonly<Record<Severity, string>> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };
const NOTICE_IDS: ReadonlySet<string> = new Set(Object.values(NOTICE_RULE_IDS));
/** GitLab limits a vulnerability's name to 255 characters and its solution to 7,000. */
const MAX_NAME = 255;
const MAX_SOLUTION = 7000;

export function writeGitlabSast(report: ScanReport, now: Date = new Date()): string {
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  const analyzer = {
    id: 'moj-secure-code',
    name: report.tool.name,
    version: report.tool.version,
    vendor: { name: report.tool.name },
  };
  const messages = [
    ...report.skipped.map((notice) => ({ level: 'warn', value: `Skipped ${notice.location.path}: ${notice.message}` })),
    ...report.findings
      .filter((finding) => NOTICE_IDS.has(finding.ruleId))
      .map((finding) => ({ level: 'info', value: `${finding.location.path}:${finding.region.startLine}: ${finding.message}` })),
  ];
  const document = {
    version: GITLAB_SAST_SCHEMA_VERSION,
    scan: {
      analyzer,
      scanner: { ...analyzer, url: report.tool.informationUri },
      type: 'sast',
      start_time: gitlabTime(report.run?.startedAt ?? now.toISOString()),
      end_time: gitlabTime(report.run?.finishedAt ?? now.toISOString()),
      status: 'success',
      ...(messages.length === 0 ? {} : { messages }),
    },
    vulnerabilities: report.findings
      .filter((finding) => !NOTICE_IDS.has(finding.ruleId))
      .map((finding) => vulnerability(finding, rules.get(finding.ruleId), report.policyBaseUrl)),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

function vulnerability(finding: ReportFinding, rule: RuleMeta | undefined, policyBaseUrl: string): Record<string, unknown> {
  const helpUri = rule === undefined ? undefined : ruleHelpUri(rule, policyBaseUrl);
  return {
    id: uuidFromFingerprint(finding.fingerprint, finding.ruleId),
    name: truncate(rule?.title ?? finding.ruleId, MAX_NAME),
    description: finding.message,
    severity: SEVERITY[finding.severity],
    ...(rule === undefined ? {} : { solution: truncate(rule.howToFix, MAX_SOLUTION) }),
    identifiers: [
      // The first identifier is GitLab's primary one: it tracks the vulnerability across pipelines.
      { type: 'moj_secure_code_rule', name: `MoJ Secure Code ${finding.ruleId}`, value: finding.ruleId, ...(helpUri === undefined ? {} : { url: helpUri }) },
      ...(rule?.cwe ?? []).map((cwe) => ({ type: 'cwe', name: `CWE-${cwe}`, value: String(cwe), url: `https://cwe.mitre.org/data/definitions/${cwe}.html` })),
    ],
    location: { file: finding.location.path, start_line: finding.region.startLine, end_line: finding.region.endLine },
    ...(helpUri === undefined ? {} : { links: [{ name: 'MoJ security guidance', url: helpUri }] }),
    details: {
      confidence: { name: 'Confidence', type: 'text', value: finding.confidence },
      fingerprint: { name: 'Fingerprint (mojSecureCode/v1)', type: 'text', value: finding.fingerprint },
    },
  };
}

/** GitLab wants `yyyy-mm-ddThh:mm:ss` in UTC, without fractions or zone. */
function gitlabTime(iso: string): string {
  return iso.slice(0, 19);
}

/** A stable UUID-shaped id per finding, so GitLab matches the same finding across pipelines. */
function uuidFromFingerprint(fingerprint: string, ruleId: string): string {
  const hex = createHash('sha256').update(`${ruleId}\n${fingerprint}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
