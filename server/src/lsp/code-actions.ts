/**
 * Code actions, all computed in the server from the analysis of the document's current version:
 * - per finding: its fix (preferred when safe), "Fix all <rule> in this file" (safe fixes only,
 *   when there are two or more), "Suppress <rule> on this line…" (or in the project file, for
 *   JSON), "Open MoJ guidance" and "Show rule documentation";
 * - `source.fixAll.mojSecureCode`: every safe fix in the file, for `editor.codeActionsOnSave`.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Range as LspRange,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/contract';
import { applyFixes } from '../engine/fix/apply-edits';
import { canSuppressInline, NOTICE_RULE_IDS } from '../engine/suppress/suppressions';
import { PROJECT_FILE_NAME } from '../engine/config/project-file';
import type { ClientFeatures } from './client-features';
import { today, type Analyzer, type FindingsAnalysis } from './document-analysis';
import { CLIENT_COMMANDS, FIX_ALL_KIND } from './protocol';
import type { RuleSet } from './rule-set';
import { suppressionUntil } from './suppression-date';
import { inlineSuppressionEdit, projectFileSuppressionEdit } from './suppression-edits';
import { PositionedText } from './text-positions';
import { DIAGNOSTIC_SOURCE, isDiagnosticData, redactorFor, ruleHelpUrl } from './to-diagnostic';
import { documentEdit } from './workspace-edits';
import { uriToPath } from './workspace-folders';

const NOTICE_IDS: ReadonlySet<string> = new Set(Object.values(NOTICE_RULE_IDS));

export class CodeActionProvider {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyzer: Analyzer,
    private readonly ruleSet: RuleSet,
    private readonly features: ClientFeatures,
  ) {}

  async actions(params: CodeActionParams): Promise<CodeAction[]> {
    const document = this.documents.get(params.textDocument.uri);
    if (document === undefined) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
    const analysis = await this.analyzer.analyse(document);
    if (analysis.kind !== 'findings' || analysis.version !== document.version) return [];
    const positioned = new PositionedText(analysis.text);

    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const fixAllOffered = new Set<string>();
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') continue;
        const index = findingIndex(analysis, positioned, diagnostic);
        if (index === undefined) continue;
        const finding = analysis.result.findings[index]!;
        actions.push(...this.findingActions(analysis, positioned, finding, index, diagnostic, fixAllOffered));
      }
    }
    // Source actions only when asked for by kind (the "Source Action" menu, codeActionsOnSave),
    // never among the light bulb's quick fixes.
    if (only !== undefined && wants(FIX_ALL_KIND)) {
      const fixAll = this.fixAll(analysis, positioned, analysis.result.findings, 'Apply all safe MoJ Secure Code fixes', FIX_ALL_KIND, 1);
      if (fixAll !== undefined) actions.push(fixAll);
    }
    return actions;
  }

  private findingActions(
    analysis: FindingsAnalysis,
    positioned: PositionedText,
    finding: Finding,
    index: number,
    diagnostic: Diagnostic,
    fixAllOffered: Set<string>,
  ): CodeAction[] {
    const actions: CodeAction[] = [];
    const redact = redactorFor(analysis);
    if (finding.fix !== undefined && finding.fix.edits.length > 0) {
      actions.push({
        title: redact(finding.fix.title),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: finding.fix.safety === 'safe',
        edit: documentEdit(this.features, analysis.uri, analysis.version ?? null, finding.fix.edits.map((edit) => positioned.edit(edit))),
      });
    }
    if (!fixAllOffered.has(finding.ruleId)) {
      fixAllOffered.add(finding.ruleId);
      const sameRule = analysis.result.findings.filter((other) => other.ruleId === finding.ruleId);
      const fixAll = this.fixAll(analysis, positioned, sameRule, `Fix all ${finding.ruleId} findings in this file`, CodeActionKind.QuickFix, 2);
      if (fixAll !== undefined) actions.push({ ...fixAll, diagnostics: [diagnostic] });
    }
    if (!NOTICE_IDS.has(finding.ruleId)) {
      const suppress = this.suppressAction(analysis, finding, index, diagnostic);
      if (suppress !== undefined) actions.push(suppress);
    }
    const helpUrl = ruleHelpUrl(this.ruleSet, finding.ruleId, analysis.config.policyBaseUrl);
    if (helpUrl !== undefined) {
      actions.push({
        title: 'Open MoJ guidance',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Open MoJ guidance', command: CLIENT_COMMANDS.openPolicyPage, arguments: [helpUrl] },
      });
    }
    actions.push({
      title: `Show rule documentation for ${finding.ruleId}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Show rule documentation', command: CLIENT_COMMANDS.showRuleDocumentation, arguments: [finding.ruleId, analysis.uri] },
    });
    return actions;
  }

  /** Safe fixes of the given findings as one action, when at least `minimum` of them apply. */
  private fixAll(analysis: FindingsAnalysis, positioned: PositionedText, findings: readonly Finding[], title: string, kind: string, minimum: number): CodeAction | undefined {
    const fixed = applyFixes(analysis.text, findings, { safeOnly: true });
    if (fixed.applied < minimum) return undefined;
    return { title, kind, edit: documentEdit(this.features, analysis.uri, analysis.version ?? null, fixed.edits.map((edit) => positioned.edit(edit))) };
  }

  private suppressAction(analysis: FindingsAnalysis, finding: Finding, index: number, diagnostic: Diagnostic): CodeAction | undefined {
    const language = analysis.language;
    if (language === undefined) return undefined;
    const until = suppressionUntil(today(), analysis.config.suppressionExpiryDays);
    if (canSuppressInline(language)) {
      return {
        title: `Suppress ${finding.ruleId} on this line…`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: documentEdit(this.features, analysis.uri, analysis.version ?? null, [inlineSuppressionEdit(analysis, finding, language, until)]),
      };
    }
    const projectEdit = projectFileSuppressionEdit({
      analysis,
      finding,
      fingerprint: analysis.result.fingerprints[index] ?? '',
      until,
      features: this.features,
      openDocument: (filePath) => {
        const open = this.documents.all().find((candidate) => uriToPath(candidate.uri) === filePath);
        return open === undefined ? undefined : { text: open.getText(), version: open.version };
      },
    });
    if (projectEdit === undefined) return undefined;
    return { title: `Suppress ${finding.ruleId} in ${PROJECT_FILE_NAME}…`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: projectEdit.edit };
  }
}

/**
 * The finding a diagnostic stands for in the current analysis: same rule and range. The client
 * sends back the diagnostics it shows; one from an older version, whose ranges moved, matches
 * nothing and gets no actions until the new diagnostics arrive.
 */
function findingIndex(analysis: FindingsAnalysis, positioned: PositionedText, diagnostic: Diagnostic): number | undefined {
  const data = isDiagnosticData(diagnostic.data) ? diagnostic.data : undefined;
  const index = analysis.result.findings.findIndex(
    (finding, at) =>
      finding.ruleId === diagnostic.code &&
      sameRange(positioned.range(finding.range), diagnostic.range) &&
      (data === undefined || data.fingerprint === '' || data.fingerprint === analysis.result.fingerprints[at]),
  );
  return index < 0 ? undefined : index;
}

function sameRange(a: LspRange, b: LspRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
