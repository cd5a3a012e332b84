/**
 * Workspace trust (CONTRACTS §4): a repository someone has only cloned must not point the tool
 * at its own policy site, advisory data or end-of-life data, which could hide findings or send
 * readers to a look-alike page. Those keys are dropped from workspace-supplied configuration
 * until the user trusts the workspace.
 */
import type { PartialConfig } from './types';

export const UNTRUSTED_KEYS = ['policyBaseUrl', 'advisories', 'eolData'] as const satisfies readonly (keyof PartialConfig)[];

export function applyWorkspaceTrust(config: PartialConfig, trusted: boolean): PartialConfig {
  if (trusted) return config;
  const kept: PartialConfig = { ...config };
  for (const key of UNTRUSTED_KEYS) delete kept[key];
  return kept;
}
