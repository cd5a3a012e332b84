/**
 * SARIF 2.1.0 (CONTRACTS §1, §2): one run, rules with MoJ help links and GitHub's
 * `security-severity`, results with 1-based lines and UTF-16 columns, fingerprints, baseline
 * state, suppressions and fixes, and skipped files as tool execution notifications.
 */
import { pathToFileURL } from 'node:url';
import type { RuleMeta, Severity } from '../../engine/contract';
import { FINGERPRINT_KEY } from '../../engine/output/fingerprint';
import { guidanceTitle, ruleHelpUri } from './guidance';
import type { ArtifactPath, Region, ReportFinding, ReportNotice, ReportSuppressed, ScanReport } from '../report-model';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_LEVELS: Readonly<Record<Severity, SarifLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning reads this to rank alerts; info has none (it is about the scan itself). */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string | undefined>> = {
  critical: '9.0',
  high: '7.5',
  medium: '5.0',
  low: '2.0',
  info: undefined,
};

export function writeSarif(report: ScanReport): string {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const notifications = [
    ...report.skipped.map((notice) => notification(notice, 'warning', 'skipped-file')),
    ...report.notes.map((notice) => notification(notice, 'note', 'file-note')),
  ];
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: report.tool.informationUri,
            rules: report.rules.map((rule) => ruleDescriptor(rule, report.policyBaseUrl)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(notifications.length === 0 ? {} : { toolExecutionNotifications: notifications }),
          },
        ],
        originalUriBaseIds: { SRCROOT: { uri: folderUri(report.srcRoot) } },
        columnKind: 'utf16CodeUnits',
        results: [
          ...report.findings.map((finding) => result(finding, ruleIndex, report.baselineUsed)),
          ...report.suppressed.map((finding) => suppressedResult(finding, ruleIndex, report.baselineUsed)),
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(rule: RuleMeta, policyBaseUrl: string): Record<string, unknown> {
  const helpUri = ruleHelpUri(rule, policyBaseUrl);
  const guidance = helpUri === undefined ? undefined : { url: helpUri, title: guidanceTitle(rule.policy[0]) };
  const cwe = rule.cwe[0];
  const securitySeverity = SECURITY_SEVERITY[rule.severity];
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    help: {
      text: [rule.why, `How to fix: ${rule.howToFix}`, ...(guidance ? [`MoJ guidance: ${guidance.title} (${guidance.url})`] : [])].join('\n\n'),
      markdown: [
        rule.why,
        `**How to fix:** ${rule.howToFix}`,
        ...(guidance ? [`**MoJ guidance:** [${guidance.title}](${guidance.url})`] : []),
      ].join('\n\n'),
    },
    ...(helpUri === undefined ? {} : { helpUri }),
    defaultConfiguration: { level: SARIF_LEVELS[rule.severity] },
    properties: {
      tags: ['security', rule.area, ...(cwe === undefined ? [] : [`external/cwe/cwe-${String(cwe).padStart(3, '0')}`])],
      precision: rule.confidence,
      ...(securitySeverity === undefined ? {} : { 'security-severity': securitySeverity }),
    },
  };
}

function result(finding: ReportFinding, ruleIndex: ReadonlyMap<string, number>, baselineUsed: boolean): Record<string, unknown> {
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: SARIF_LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.location),
          region: { ...finding.region, ...(finding.snippet === undefined ? {} : { snippet: { text: finding.snippet } }) },
        },
      },
    ],
    ...(finding.related.length === 0
      ? {}
      : {
          relatedLocations: finding.related.map((related, id) => ({
            id,
            message: { text: related.message },
            physicalLocation: { artifactLocation: artifactLocation(finding.location), region: related.region },
          })),
        }),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(baselineUsed && finding.baselineState !== undefined ? { baselineState: finding.baselineState } : {}),
    ...(finding.fix === undefined
      ? {}
      : {
          fixes: [
            {
              description: { text: finding.fix.title },
              artifactChanges: [
                {
                  artifactLocation: artifactLocation(finding.location),
                  replacements: finding.fix.replacements.map((replacement) => ({
                    deletedRegion: region(replacement.region),
                    insertedContent: { text: replacement.insertedText },
                  })),
                },
              ],
            },
          ],
        }),
    properties: { severity: finding.severity, confidence: finding.confidence, fixSafety: finding.fix?.safety },
  };
}

function suppressedResult(finding: ReportSuppressed, ruleIndex: ReadonlyMap<string, number>, baselineUsed: boolean): Record<string, unknown> {
  const justification = [finding.suppression.justification, finding.suppression.until ? `until ${finding.suppression.until}` : undefined]
    .filter((part) => part !== undefined && part.length > 0)
    .join(', ');
  return {
    ...result(finding, ruleIndex, baselineUsed),
    suppressions: [{ kind: finding.suppression.kind, status: 'accepted', ...(justification.length > 0 ? { justification } : {}) }],
  };
}

function notification(notice: ReportNotice, level: SarifLevel, id: string): Record<string, unknown> {
  return {
    level,
    message: { text: `${notice.location.path}: ${notice.message}` },
    descriptor: { id },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(notice.location) } }],
  };
}

function artifactLocation(location: ArtifactPath): Record<string, unknown> {
  return location.uriBaseId === undefined ? { uri: location.uri } : { uri: location.uri, uriBaseId: location.uriBaseId };
}

function region(value: Region): Region {
  return { startLine: value.startLine, startColumn: value.startColumn, endLine: value.endLine, endColumn: value.endColumn };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** `crypto/weak-hash` → `CryptoWeakHash`: SARIF's `name` is an identifier-like form of the rule. */
function pascalCase(id: string): string {
  return id
    .split(/[/-]/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
