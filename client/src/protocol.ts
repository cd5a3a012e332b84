/**
 * The server's own requests and notifications, as the client calls them. The client may not
 * import the server (lint forbids it), so the method names repeat server/src/lsp/protocol.ts;
 * the protocol tests call each of them against the server by name.
 */
import { NotificationType, RequestType, RequestType0, type WorkDoneProgressParams } from 'vscode-languageclient';

export interface ScanWorkspaceResult {
  readonly folders: number;
  readonly files: number;
  readonly findings: number;
  readonly skipped: number;
  readonly cancelled: boolean;
}

export const ScanWorkspaceRequest = new RequestType<WorkDoneProgressParams, ScanWorkspaceResult, void>('mojSecureCode/scanWorkspace');

export interface ExportSarifResult {
  readonly sarif: string;
  readonly files: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

export const ExportSarifRequest = new RequestType<WorkDoneProgressParams, ExportSarifResult, void>('mojSecureCode/exportSarif');

export interface EvidenceReportResult {
  readonly html: string;
  readonly files: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

export const EvidenceReportRequest = new RequestType<WorkDoneProgressParams, EvidenceReportResult, void>('mojSecureCode/evidenceReport');

export interface RuleSummary {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
  readonly confidence: 'high' | 'medium' | 'low';
  readonly policyUrl: string;
}

export const ListRulesRequest = new RequestType0<RuleSummary[], void>('mojSecureCode/listRules');

export const RuleDocumentationRequest = new RequestType<{ ruleId: string; uri?: string }, { markdown: string } | null, void>('mojSecureCode/ruleDocumentation');

export const WorkspaceTrustNotification = new NotificationType<{ trusted: boolean }>('mojSecureCode/didChangeWorkspaceTrust');

/** The commands the extension contributes (package.json `contributes.commands`). */
export const COMMANDS = {
  scanWorkspace: 'mojSecureCode.scanWorkspace',
  showRules: 'mojSecureCode.showRules',
  openPolicyPage: 'mojSecureCode.openPolicyPage',
  showRuleDocumentation: 'mojSecureCode.showRuleDocumentation',
  exportSarif: 'mojSecureCode.exportSarif',
  writeEvidenceReport: 'mojSecureCode.writeEvidenceReport',
  restartServer: 'mojSecureCode.restartServer',
} as const;
