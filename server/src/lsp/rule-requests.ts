/**
 * The rule catalogue for the client's "Show rules" quick pick and its documentation pages, both
 * from metadata inside the server, with the policy base URL that applies where the user is.
 */
import { policyUrl } from '../policy/catalogue';
import type { RuleDocumentationParams, RuleSummary } from './protocol';
import type { RuleSet } from './rule-set';
import { ruleDocumentationMarkdown } from './rule-markdown';

export function listRules(ruleSet: RuleSet, policyBaseUrl: string): RuleSummary[] {
  return ruleSet.metas.map((meta) => ({
    id: meta.id,
    title: meta.title,
    area: meta.area,
    severity: meta.severity,
    confidence: meta.confidence,
    policyUrl: meta.policy[0] === undefined ? policyBaseUrl : policyUrl(meta.policy[0], policyBaseUrl),
  }));
}

export function ruleDocumentation(ruleSet: RuleSet, params: RuleDocumentationParams, policyBaseUrl: string): { markdown: string } | null {
  const meta = ruleSet.meta(params.ruleId);
  return meta === undefined ? null : { markdown: ruleDocumentationMarkdown(meta, policyBaseUrl) };
}
