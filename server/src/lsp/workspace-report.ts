/**
 * The workspace report behind "Export SARIF" (`mojSecureCode/exportSarif`) and "Write Evidence
 * Report" (`mojSecureCode/evidenceReport`): scans every workspace folder from disk with the
 * configuration CI would use (project files and defaults; personal editor settings do not
 * apply, and low-confidence findings are in, as CONTRACTS §1 has it for SARIF) into the CLI's own
 * report model, which the CLI's writers then format. Paths are relative to the first folder's
 * project root; files outside it get absolute URIs, as the CLI gives them.
 */
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { Range } from '../engine/contract';
import type { SuppressedFinding } from '../engine/suppress/suppressions';
import { computeFingerprints } from '../engine/output/fingerprint';
import { artifactPath } from '../cli/artifact-path';
import { readSource } from '../cli/read-source';
import { compareFindings, FileReporter, reportedSuppression, type ReportFinding, type ReportNotice, type ReportSuppressed, type ScanReport } from '../cli/report-model';
import { TOOL } from '../cli/run';
import { runInfo } from '../cli/run-info';
import { DEFAULT_POLICY_BASE_URL } from '../engine/config/types';
import type { Analyzer } from './document-analysis';
import type { ProjectContexts } from './project-config';
import type { RuleSet } from './rule-set';
import type { EditorSettings } from './settings';
import { walkFolder } from './workspace-walk';
import { pathToUri, type WorkspaceFolders } from './workspace-folders';

/** The settings layer of a CI run: nothing from the editor, so project files and defaults decide. */
const CI_SETTINGS: EditorSettings = { enable: true, run: 'onSave', traceServer: 'off', config: {} };

export interface WorkspaceReportDependencies {
  readonly folders: WorkspaceFolders;
  readonly contexts: ProjectContexts;
  readonly analyzer: Analyzer;
  readonly ruleSet: RuleSet;
}

export interface WorkspaceReport {
  readonly report: ScanReport;
  readonly cancelled: boolean;
}

/** `title` names the job in the progress notification. */
export async function buildWorkspaceReport(
  dependencies: WorkspaceReportDependencies,
  title: string,
  token: CancellationToken,
  progress: WorkDoneProgressReporter,
): Promise<WorkspaceReport> {
  const startedAt = new Date();
  const folders = dependencies.folders.all();
  const first = folders[0];
  const rootContext = first === undefined ? undefined : dependencies.contexts.forDirectory(first.path, CI_SETTINGS.config, first.path);
  const srcRoot = rootContext?.root ?? process.cwd();
  const findings: ReportFinding[] = [];
  const suppressed: ReportSuppressed[] = [];
  const skipped: ReportNotice[] = [];
  const notes: ReportNotice[] = [];
  let filesScanned = 0;
  let cancelled = false;

  progress.begin(title, 0, 'listing files', true);
  try {
    const walks = folders.map((folder) => walkFolder(folder, dependencies.contexts, CI_SETTINGS.config));
    const total = walks.reduce((sum, walk) => sum + walk.files.length, 0);
    let done = 0;
    outer: for (const walk of walks) {
      for (const skip of walk.skipped) skipped.push({ location: artifactPath(skip.absolutePath, srcRoot, srcRoot), message: skip.reason });
      for (const file of walk.files) {
        if (token.isCancellationRequested) {
          cancelled = true;
          break outer;
        }
        const location = artifactPath(file.absolutePath, srcRoot, srcRoot);
        const read = readSource(file.absolutePath, file.context.config.maxFileSizeKb);
        if (read.kind === 'skipped') {
          skipped.push({ location, message: read.reason });
        } else {
          if (read.invalidUtf8) notes.push({ location, message: 'not valid UTF-8: read with replacement characters' });
          const analysis = await dependencies.analyzer.analyseText({ uri: pathToUri(file.absolutePath), text: read.text }, CI_SETTINGS);
          if (analysis.kind === 'findings') {
            const result = analysis.result;
            const reporter = new FileReporter(read.text, location, secretRanges(result.findings, result.suppressed));
            findings.push(...result.findings.map((finding, index) => reporter.finding(finding, result.fingerprints[index] ?? '')));
            const suppressedFingerprints = computeFingerprints(result.suppressed.map((entry) => entry.finding), read.text, analysis.projectPath);
            suppressed.push(...result.suppressed.map((entry, index) => ({ ...reporter.finding(entry.finding, suppressedFingerprints[index] ?? ''), suppression: reportedSuppression(entry) })));
            if (result.skipped === undefined) filesScanned++;
            else skipped.push({ location, message: result.skipped.reason });
          }
        }
        done++;
        progress.report(Math.floor((done / Math.max(total, 1)) * 100), `${done} of ${total} files`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    progress.done();
  }

  const config = rootContext?.config;
  const report: ScanReport = {
    tool: TOOL,
    ...(config === undefined
      ? {}
      : { run: runInfo({ startedAt, finishedAt: new Date(), paths: folders.map((folder) => folder.path), config, srcRoot }) }),
    rules: dependencies.ruleSet.metas,
    policyBaseUrl: rootContext?.config.policyBaseUrl ?? DEFAULT_POLICY_BASE_URL,
    srcRoot,
    baselineUsed: false,
    findings: findings.sort(compareFindings),
    suppressed: suppressed.sort(compareFindings),
    skipped,
    notes,
    filesScanned,
  };
  return { report, cancelled };
}

function secretRanges(findings: readonly { readonly secrets: readonly Range[] }[], suppressed: readonly SuppressedFinding[]): Range[] {
  return [...findings, ...suppressed.map((entry) => entry.finding)].flatMap((finding) => finding.secrets);
}

