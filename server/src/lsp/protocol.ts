/**
 * The server's own requests and notifications beyond LSP, and the client commands its code
 * actions name. client/src/protocol.ts repeats the method names (the client may not import the
 * server); the protocol tests call every one of them by name.
 */
import { NotificationType, RequestType, RequestType0, type WorkDoneProgressParams } from 'vscode-languageserver';
import type { Confidence, RuleArea, Severity } from '../engine/contract';

export interface ScanWorkspaceResult {
  /** Workspace folders walked. */
  readonly folders: number;
  /** Files analysed, open documents included. */
  readonly files: number;
  readonly findings: number;
  /** Files walked but not analysed (too large, unreadable). */
  readonly skipped: number;
  readonly cancelled: boolean;
}

/** Walks every workspace folder as the CLI does and publishes diagnostics for files not open. */
export const ScanWorkspaceRequest = new RequestType<WorkDoneProgressParams, ScanWorkspaceResult, void>('mojSecureCode/scanWorkspace');

export interface ExportSarifResult {
  /** The SARIF 2.1.0 log as text, written by the CLI's SARIF writer. */
  readonly sarif: string;
  readonly files: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

/** Scans every workspace folder with the configuration CI would use and returns one SARIF log. */
export const ExportSarifRequest = new RequestType<WorkDoneProgressParams, ExportSarifResult, void>('mojSecureCode/exportSarif');

export interface EvidenceReportResult {
  /** The evidence report as one self-contained HTML document, written by the CLI's HTML writer. */
  readonly html: string;
  readonly files: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

/** Scans every workspace folder as CI would and returns the evidence report grouped by MoJ control. */
export const EvidenceReportRequest = new RequestType<WorkDoneProgressParams, EvidenceReportResult, void>('mojSecureCode/evidenceReport');

export interface RuleSummary {
  readonly id: string;
  readonly title: string;
  readonly area: RuleArea;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** The MoJ guidance section the rule checks, with the configured base URL. */
  readonly policyUrl: string;
}

export const ListRulesRequest = new RequestType0<RuleSummary[], void>('mojSecureCode/listRules');

export interface RuleDocumentationParams {
  readonly ruleId: string;
  /** The document the user is in, so the page uses that project's policy base URL. */
  readonly uri?: string;
}

/** A rule's documentation as Markdown, rendered from its metadata; null for an unknown id. */
export const RuleDocumentationRequest = new RequestType<RuleDocumentationParams, { markdown: string } | null, void>('mojSecureCode/ruleDocumentation');

export interface WorkspaceTrustParams {
  readonly trusted: boolean;
}

/** The user trusted the workspace after start-up (VS Code cannot take trust back without a reload). */
export const WorkspaceTrustNotification = new NotificationType<WorkspaceTrustParams>('mojSecureCode/didChangeWorkspaceTrust');

/** Client commands that code actions name. */
export const CLIENT_COMMANDS = {
  /** Arguments: the URL to open. */
  openPolicyPage: 'mojSecureCode.openPolicyPage',
  /** Arguments: the rule id, and the document URI. */
  showRuleDocumentation: 'mojSecureCode.showRuleDocumentation',
} as const;

/** The code action kind of "fix all safe fixes", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.mojSecureCode';
