/**
 * Baseline files: the findings a team has accepted for now. `--write-baseline` records the
 * current findings; `--baseline` makes findings with a recorded fingerprint not count towards
 * `--fail-on` (they are `unchanged` in SARIF). Matching is by fingerprint alone, which already
 * includes the rule id and the project-relative path.
 */
import { readFileSync } from 'node:fs';
import type { ReportFinding, ToolInfo } from './report-model';
import { comparePaths } from './report-model';
import { ConfigError } from './project-context';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly ruleId: string;
  readonly path: string;
  readonly fingerprint: string;
}

export interface BaselineFile {
  readonly version: number;
  readonly tool: { readonly name: string; readonly version: string };
  readonly findings: readonly BaselineEntry[];
}

export function baselineFromFindings(findings: readonly ReportFinding[], tool: ToolInfo): BaselineFile {
  const entries = findings
    .map((finding) => ({ ruleId: finding.ruleId, path: finding.location.path, fingerprint: finding.fingerprint }))
    .sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.ruleId, b.ruleId) || comparePaths(a.fingerprint, b.fingerprint));
  return { version: BASELINE_VERSION, tool: { name: tool.name, version: tool.version }, findings: entries };
}

export function serialiseBaseline(baseline: BaselineFile): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

/** The fingerprints a baseline file records; a file that is not one is a configuration error. */
export function readBaseline(file: string): ReadonlySet<string> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new ConfigError(`--baseline ${file}: could not be read (${reason})`);
  }
  return parseBaseline(value, file);
}

export function parseBaseline(value: unknown, file: string): ReadonlySet<string> {
  const record = value as { version?: unknown; findings?: unknown } | null;
  if (typeof record !== 'object' || record === null || !Array.isArray(record.findings)) {
    throw new ConfigError(`--baseline ${file}: not a baseline file (no "findings" list)`);
  }
  if (record.version !== BASELINE_VERSION) {
    throw new ConfigError(`--baseline ${file}: version ${JSON.stringify(record.version)} is not supported (expected ${BASELINE_VERSION})`);
  }
  const fingerprints = new Set<string>();
  record.findings.forEach((entry: unknown, index: number) => {
    const fingerprint = (entry as { fingerprint?: unknown } | null)?.fingerprint;
    if (typeof fingerprint !== 'string' || fingerprint.length === 0) {
      throw new ConfigError(`--baseline ${file}: findings[${index}] has no "fingerprint" string`);
    }
    fingerprints.add(fingerprint);
  });
  return fingerprints;
}
