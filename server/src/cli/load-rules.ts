/**
 * The rule set a scan uses: the built-in rules, or for tests a module given by path (for
 * example one with a rule that never returns, to prove the watchdog).
 */
import { createRequire } from 'node:module';
import type { Rule } from '../engine/contract';
import { allRules } from '../rules/index';

export function loadRules(rulesModule?: string): readonly Rule[] {
  if (rulesModule === undefined) return allRules;
  // createRequire keeps the bundler from trying to resolve a path only known at run time.
  const loaded = createRequire(__filename)(rulesModule) as { allRules?: unknown; rules?: unknown; default?: unknown };
  const rules = loaded.allRules ?? loaded.rules ?? loaded.default;
  if (!Array.isArray(rules)) throw new Error(`${rulesModule} exports no rule list (allRules, rules or default)`);
  return rules as readonly Rule[];
}
