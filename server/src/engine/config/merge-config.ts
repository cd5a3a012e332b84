/**
 * Resolves the configuration of CONTRACTS §4 from its sources. Layers are given highest
 * precedence first: CLI flags, then the nearest project file, then the user's settings; the
 * defaults lie under them all.
 *
 * - Single values come from the highest layer that sets them.
 * - `rules` merge per rule id: a severity from the highest layer that gives one, and thresholds
 *   merged per name, so `--rule crypto/x=high` keeps the thresholds the project file sets.
 * - `exclude` and `suppressions` concatenate: a user's own excludes and the project's all apply,
 *   and a suppression never needs repeating in a higher layer to keep working.
 * - `advisories` come whole from the highest layer that sets them, so a CLI run can point at
 *   one fresh advisory folder without mixing in stale ones.
 */
import { DEFAULT_CONFIG, type EffectiveConfig, type PartialConfig, type RuleSetting } from './types';

export function mergeConfig(...layers: readonly PartialConfig[]): EffectiveConfig {
  const highest = <K extends keyof PartialConfig>(key: K): PartialConfig[K] => layers.find((layer) => layer[key] !== undefined)?.[key];
  const eolData = highest('eolData') ?? DEFAULT_CONFIG.eolData;
  return {
    rules: mergeRules(layers),
    minSeverity: highest('minSeverity') ?? DEFAULT_CONFIG.minSeverity,
    minConfidence: highest('minConfidence') ?? DEFAULT_CONFIG.minConfidence,
    exclude: [...new Set([...layers.flatMap((layer) => layer.exclude ?? []), ...DEFAULT_CONFIG.exclude])],
    maxFileSizeKb: highest('maxFileSizeKb') ?? DEFAULT_CONFIG.maxFileSizeKb,
    policyBaseUrl: highest('policyBaseUrl') ?? DEFAULT_CONFIG.policyBaseUrl,
    advisories: highest('advisories') ?? DEFAULT_CONFIG.advisories,
    ...(eolData !== undefined ? { eolData } : {}),
    suppressions: [...layers.flatMap((layer) => layer.suppressions ?? []), ...DEFAULT_CONFIG.suppressions],
    suppressionExpiryDays: highest('suppressionExpiryDays') ?? DEFAULT_CONFIG.suppressionExpiryDays,
  };
}

type Severityish = Exclude<RuleSetting, object>;
type Thresholds = Readonly<Record<string, number | string | readonly string[]>>;

function mergeRules(layers: readonly PartialConfig[]): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = {};
  // From the lowest layer up, so each higher layer overrides what lies beneath it.
  for (const layer of [...layers, DEFAULT_CONFIG].reverse()) {
    for (const [id, setting] of Object.entries(layer.rules ?? {})) {
      const below = merged[id];
      merged[id] = below === undefined ? setting : combine(below, setting);
    }
  }
  return merged;
}

function combine(lower: RuleSetting, higher: RuleSetting): RuleSetting {
  const low = asObject(lower);
  const high = asObject(higher);
  const severity = high.severity ?? low.severity;
  const thresholds: Thresholds | undefined =
    low.thresholds === undefined && high.thresholds === undefined ? undefined : { ...low.thresholds, ...high.thresholds };
  if (thresholds === undefined && severity !== undefined) return severity;
  return { ...(severity !== undefined ? { severity } : {}), ...(thresholds !== undefined ? { thresholds } : {}) };
}

function asObject(setting: RuleSetting): { readonly severity?: Severityish; readonly thresholds?: Thresholds } {
  return typeof setting === 'string' ? { severity: setting } : setting;
}
