/**
 * The scan options added for the dependency rules: per-language prefilters, and today's date,
 * end-of-life data and advisories handed through to the rule context.
 */
import assert from 'node:assert/strict';
import type { EolData, OsvAdvisory, Rule, RuleContext, RuleMeta } from './contract';
import { DEFAULT_CONFIG } from './config/types';
import { BUNDLED_EOL_DATA } from './dependencies/eol-data';
import { scan } from './scan';
import { NO_PROJECT } from '../../../test/support/model-fixture';

const META: RuleMeta = {
  id: 'dependencies/test-context',
  title: 'Test rule: records its context',
  area: 'dependencies',
  severity: 'low',
  confidence: 'high',
  cwe: [1104],
  policy: ['vulnerability-scanning-and-patch-management-guide#minimum-software-requirements'],
  basis: 'explicit',
  why: 'Test.',
  howToFix: 'Test.',
  fixSafety: 'suggestion',
  languages: ['pip-requirements', 'json'],
  prefilter: ['never-present'],
  prefilterByLanguage: { 'pip-requirements': [] },
};

function recorder(): { rule: Rule; seen: RuleContext[] } {
  const seen: RuleContext[] = [];
  return { seen, rule: { meta: META, check: (context) => void seen.push(context) } };
}

describe('scan options for the dependency rules', () => {
  it('uses a per-language prefilter in place of the rule-wide one, and the rule-wide one elsewhere', async () => {
    const { rule, seen } = recorder();
    const options = { rules: [rule], config: DEFAULT_CONFIG, project: NO_PROJECT, today: '2026-11-27' };
    await scan({ path: 'requirements.txt', text: 'flask\n' }, options);
    await scan({ path: 'package.json', text: '{ "a": 1 }\n' }, options);
    assert.deepEqual(seen.map((context) => context.document.path), ['requirements.txt']);
  });

  it('hands today, the merged end-of-life data and the advisories to the rule', async () => {
    const { rule, seen } = recorder();
    const override: EolData = { products: { node: [{ cycle: '20', eol: '2030-01-01' }] } };
    const advisories: OsvAdvisory[] = [{ id: 'A', aliases: [], severity: [], affected: [] }];
    await scan({ path: 'requirements.txt', text: 'flask\n' }, { rules: [rule], config: DEFAULT_CONFIG, project: NO_PROJECT, today: '2026-11-27', eolData: override, advisories });
    const context = seen[0];
    assert.equal(context?.today, '2026-11-27');
    assert.equal(context?.advisories, advisories);
    assert.equal(context?.eolData?.products.node?.find((line) => line.cycle === '20')?.eol, '2030-01-01');
    assert.equal(context?.eolData?.products.node?.find((line) => line.cycle === '16')?.eol, '2023-09-11');
  });

  it('gives the bundled table and no advisories by default', async () => {
    const { rule, seen } = recorder();
    await scan({ path: 'requirements.txt', text: 'flask\n' }, { rules: [rule], config: DEFAULT_CONFIG, project: NO_PROJECT });
    assert.equal(seen[0]?.eolData, BUNDLED_EOL_DATA);
    assert.deepEqual(seen[0]?.advisories, []);
    assert.match(seen[0]?.today ?? '', /^\d{4}-\d{2}-\d{2}$/);
  });
});
