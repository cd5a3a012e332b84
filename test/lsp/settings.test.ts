import assert from 'node:assert/strict';
import { createRuleSet } from '../../server/src/lsp/rule-set';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/lsp/settings';
import { allRules } from '../../server/src/rules';

const ruleSet = createRuleSet(allRules);

/** How the server reads the `mojSecureCode` section a client sends (server/src/lsp/settings.ts). */
describe('editor settings as the client sends them', () => {
  for (const [name, raw] of [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'mojSecureCode'],
    ['an empty object', {}],
  ] as const) {
    it(`takes every default for ${name}`, () => {
      assert.deepEqual(readSettings(raw, ruleSet), { settings: DEFAULT_SETTINGS, problems: [] });
    });
  }

  it('reads valid values, and reads an empty eolData as unset', () => {
    const { settings, problems } = readSettings(
      { enable: false, run: 'onSave', trace: { server: 'verbose' }, rules: { 'crypto/weak-hash': 'off' }, minConfidence: 'low', exclude: ['dist/**'], eolData: '' },
      ruleSet,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual([settings.enable, settings.run, settings.traceServer], [false, 'onSave', 'verbose']);
    assert.deepEqual(settings.config, { ...DEFAULT_SETTINGS.config, rules: { 'crypto/weak-hash': 'off' }, minConfidence: 'low', exclude: ['dist/**'] });
    assert.equal('eolData' in settings.config, false);
  });

  it('replaces each invalid value with its default and says why', () => {
    const { settings, problems } = readSettings(
      { enable: 'yes', run: 'always', minSeverity: 'severe', maxFileSizeKb: 0, policyBaseUrl: 'http://example.org', rules: { 'crypto/weak-hsh': 'off', 'crypto/weak-hash': 'high' } },
      ruleSet,
    );
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, config: { ...DEFAULT_SETTINGS.config, rules: { 'crypto/weak-hash': 'high' } } });
    assert.deepEqual(problems, [
      'mojSecureCode.enable: "yes" is not true or false',
      'mojSecureCode.run: "always" is not one of onType, onSave',
      'mojSecureCode.rules["crypto/weak-hsh"]: unknown rule id (did you mean "crypto/weak-hash"?)',
      'mojSecureCode.minSeverity: "severe" is not one of critical, high, medium, low, info',
      'mojSecureCode.maxFileSizeKb: 0 is out of range (1 to 102400)',
      'mojSecureCode.policyBaseUrl: "http://example.org" is not an https URL',
    ]);
  });
});
