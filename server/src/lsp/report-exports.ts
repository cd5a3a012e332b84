/**
 * The two workspace reports the client can ask for: SARIF for code scanning, and the evidence
 * report (HTML) for auditors. Both come from one workspace scan and the CLI's own writers, so
 * the editor and CI produce the same documents.
 */
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import { writeHtml } from '../cli/writers/html';
import { writeSarif } from '../cli/writers/sarif';
import type { EvidenceReportResult, ExportSarifResult } from './protocol';
import { buildWorkspaceReport, type WorkspaceReportDependencies } from './workspace-report';

export async function exportSarif(dependencies: WorkspaceReportDependencies, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<ExportSarifResult> {
  const { report, cancelled } = await buildWorkspaceReport(dependencies, 'MoJ Secure Code: exporting SARIF', token, progress);
  return { sarif: writeSarif(report), files: report.filesScanned, findings: report.findings.length, cancelled };
}

export async function evidenceReport(dependencies: WorkspaceReportDependencies, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<EvidenceReportResult> {
  const { report, cancelled } = await buildWorkspaceReport(dependencies, 'MoJ Secure Code: writing the evidence report', token, progress);
  return { html: writeHtml(report), files: report.filesScanned, findings: report.findings.length, cancelled };
}
