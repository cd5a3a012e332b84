/**
 * The rules the server runs and the metadata every feature reads: the built-in rules, or for the
 * protocol tests a module named with `--rules-module PATH` (the CLI has the same knob), plus the
 * suppression notices, which have metadata but no `check`.
 */
import type { Rule, RuleMeta } from '../engine/contract';
import { SUPPRESSION_NOTICE_RULES } from '../engine/suppress/suppressions';
import { loadRules } from '../cli/load-rules';

export interface RuleSet {
  readonly rules: readonly Rule[];
  /** Every id a finding can carry: the rules' and the suppression notices'. */
  readonly knownRuleIds: readonly string[];
  readonly thresholdNames: Readonly<Record<string, readonly string[]>>;
  meta(ruleId: string): RuleMeta | undefined;
  /** Rules and notices, in a stable order (SARIF `ruleIndex` and the rules quick pick use it). */
  readonly metas: readonly RuleMeta[];
  /** The module the rules came from, when not the built-in ones: worker threads load the same. */
  readonly rulesModule?: string;
}

export function createRuleSet(rules: readonly Rule[], rulesModule?: string): RuleSet {
  const metas = [...rules.map((rule) => rule.meta), ...SUPPRESSION_NOTICE_RULES];
  const byId = new Map(metas.map((meta) => [meta.id, meta]));
  return {
    rules,
    knownRuleIds: metas.map((meta) => meta.id),
    thresholdNames: Object.fromEntries(rules.map((rule) => [rule.meta.id, (rule.meta.thresholds ?? []).map((threshold) => threshold.name)])),
    meta: (ruleId) => byId.get(ruleId),
    metas,
    ...(rulesModule === undefined ? {} : { rulesModule }),
  };
}

/** `--rules-module PATH` or `--rules-module=PATH` on the server's command line, if given. */
function rulesModuleArgument(argv: readonly string[]): string | undefined {
  for (const [index, argument] of argv.entries()) {
    if (argument === '--rules-module') return argv[index + 1];
    if (argument.startsWith('--rules-module=')) return argument.slice('--rules-module='.length);
  }
  return undefined;
}

export function loadRuleSet(argv: readonly string[]): RuleSet {
  const rulesModule = rulesModuleArgument(argv);
  return createRuleSet(loadRules(rulesModule), rulesModule);
}
