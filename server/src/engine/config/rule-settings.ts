import type { RuleMeta, Severity } from '../contract';
import type { EffectiveConfig } from './types';

export interface ResolvedRuleSetting {
  readonly enabled: boolean;
  readonly severity: Severity;
  /** True when the user set the severity, which then wins over a rule's per-finding severity. */
  readonly severityOverridden: boolean;
  readonly thresholds: Readonly<Record<string, number | string | readonly string[]>>;
}

/** Applies the user's `rules` entry for a rule over its metadata defaults. */
export function resolveRuleSetting(config: EffectiveConfig, meta: RuleMeta): ResolvedRuleSetting {
  const defaults: Record<string, number | string | readonly string[]> = {};
  for (const threshold of meta.thresholds ?? []) defaults[threshold.name] = threshold.default;
  const setting = config.rules[meta.id];
  if (setting === undefined) return { enabled: true, severity: meta.severity, severityOverridden: false, thresholds: defaults };
  if (typeof setting === 'string') {
    if (setting === 'off') return { enabled: false, severity: meta.severity, severityOverridden: false, thresholds: defaults };
    return { enabled: true, severity: setting, severityOverridden: true, thresholds: defaults };
  }
  const severity = setting.severity;
  return {
    enabled: severity !== 'off',
    severity: severity === undefined || severity === 'off' ? meta.severity : severity,
    severityOverridden: severity !== undefined && severity !== 'off',
    thresholds: { ...defaults, ...(setting.thresholds ?? {}) },
  };
}
