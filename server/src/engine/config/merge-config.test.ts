import assert from 'node:assert/strict';
import { mergeConfig } from './merge-config';
import { DEFAULT_CONFIG, type PartialConfig } from './types';

const cli: PartialConfig = { minSeverity: 'high', rules: { 'crypto/weak-hash': 'critical' }, exclude: ['build/**'] };
const project: PartialConfig = {
  minSeverity: 'low',
  minConfidence: 'medium',
  rules: { 'crypto/weak-hash': { severity: 'off', thresholds: { allowed: ['sha256'] } }, 'transport/cleartext-http': 'off' },
  exclude: ['dist/**', 'build/**'],
  advisories: ['.osv/project'],
  suppressions: [{ path: 'package-lock.json', rule: 'transport/cleartext-http', justification: 'internal registry' }],
};
const user: PartialConfig = {
  maxFileSizeKb: 256,
  minConfidence: 'high',
  rules: { 'crypto/weak-hash': { thresholds: { allowed: ['sha1'], iterations: 5 } }, 'crypto/static-iv': 'low' },
  exclude: ['**/*.min.js'],
  advisories: ['/home/me/osv'],
  eolData: '/home/me/eol.json',
  suppressions: [{ path: 'yarn.lock', rule: 'transport/cleartext-http', justification: 'mirror' }],
};

describe('mergeConfig', () => {
  it('gives the defaults when no layer sets anything', () => {
    assert.deepEqual(mergeConfig(), DEFAULT_CONFIG);
    assert.deepEqual(mergeConfig({}, {}), DEFAULT_CONFIG);
  });

  it('lets earlier layers win, merging rules per id and thresholds per name', () => {
    assert.deepEqual(mergeConfig(cli, project, user), {
      rules: {
        'crypto/weak-hash': { severity: 'critical', thresholds: { allowed: ['sha256'], iterations: 5 } },
        'crypto/static-iv': 'low',
        'transport/cleartext-http': 'off',
      },
      minSeverity: 'high',
      minConfidence: 'medium',
      exclude: ['build/**', 'dist/**', '**/*.min.js'],
      maxFileSizeKb: 256,
      policyBaseUrl: DEFAULT_CONFIG.policyBaseUrl,
      advisories: ['.osv/project'],
      eolData: '/home/me/eol.json',
      suppressions: [
        { path: 'package-lock.json', rule: 'transport/cleartext-http', justification: 'internal registry' },
        { path: 'yarn.lock', rule: 'transport/cleartext-http', justification: 'mirror' },
      ],
      suppressionExpiryDays: 90,
    });
  });

  it('keeps a lower layer\'s severity when a higher one sets only thresholds', () => {
    const merged = mergeConfig({ rules: { 'crypto/weak-hash': { thresholds: { iterations: 9 } } } }, { rules: { 'crypto/weak-hash': 'medium' } });
    assert.deepEqual(merged.rules, { 'crypto/weak-hash': { severity: 'medium', thresholds: { iterations: 9 } } });
  });

  it('lets a higher "off" turn off a rule that a lower layer configures', () => {
    const merged = mergeConfig({ rules: { 'crypto/weak-hash': 'off' } }, { rules: { 'crypto/weak-hash': 'critical' } });
    assert.deepEqual(merged.rules, { 'crypto/weak-hash': 'off' });
  });

  it('takes advisories whole from the highest layer that sets them, even an empty list', () => {
    assert.deepEqual(mergeConfig({ advisories: [] }, { advisories: ['.osv'] }).advisories, []);
  });

  it('leaves eolData out when no layer sets it', () => {
    assert.equal('eolData' in mergeConfig(cli, project), false);
  });
});
