/**
 * MoJ guidance links for reports. A rule (for example one loaded with `rulesModule` in tests)
 * naming an id the catalogue lacks gets a generic title and no link rather than crashing a report.
 */
import type { RuleMeta } from '../../engine/contract';
import { policyTitle, policyUrl } from '../../policy/catalogue';

export function guidanceUrl(policyId: string | undefined, policyBaseUrl: string): string | undefined {
  if (policyId === undefined) return undefined;
  try {
    return policyUrl(policyId, policyBaseUrl);
  } catch {
    return undefined;
  }
}

export function guidanceTitle(policyId: string | undefined): string {
  try {
    return policyTitle(policyId ?? '');
  } catch {
    return 'MoJ security guidance';
  }
}

/** The rule's primary MoJ section URL: SARIF `helpUri`, GitLab links. */
export function ruleHelpUri(rule: RuleMeta, policyBaseUrl: string): string | undefined {
  return guidanceUrl(rule.policy[0], policyBaseUrl);
}
