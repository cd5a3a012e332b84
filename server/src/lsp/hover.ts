/**
 * Hover on a finding: for each finding under the cursor, its rule's Markdown (rule-markdown.ts)
 * with the finding's own message, for the document's current version.
 */
import { MarkupKind, type Hover, type HoverParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { today, type Analyzer } from './document-analysis';
import type { RuleSet } from './rule-set';
import { findingHoverMarkdown } from './rule-markdown';
import { suppressionUntil } from './suppression-date';
import { PositionedText } from './text-positions';
import { redactorFor } from './to-diagnostic';

export class HoverProvider {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyzer: Analyzer,
    private readonly ruleSet: RuleSet,
  ) {}

  async hover(params: HoverParams): Promise<Hover | null> {
    const document = this.documents.get(params.textDocument.uri);
    if (document === undefined) return null;
    const analysis = await this.analyzer.analyse(document);
    if (analysis.kind !== 'findings') return null;
    const positioned = new PositionedText(analysis.text);
    const offset = positioned.offsetAt(params.position);
    const under = analysis.result.findings.filter((finding) => finding.range.start <= offset && offset <= finding.range.end);
    const first = under[0];
    if (first === undefined) return null;
    const redact = redactorFor(analysis);
    const until = suppressionUntil(today(), analysis.config.suppressionExpiryDays);
    const parts = under.flatMap((finding) => {
      const meta = this.ruleSet.meta(finding.ruleId);
      if (meta === undefined) return [];
      return [findingHoverMarkdown(meta, { message: redact(finding.message), language: analysis.language, policyBaseUrl: analysis.config.policyBaseUrl, suppressUntil: until })];
    });
    if (parts.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: positioned.range(first.range) };
  }
}
