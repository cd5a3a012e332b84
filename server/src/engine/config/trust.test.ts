import assert from 'node:assert/strict';
import { applyWorkspaceTrust } from './trust';
import type { PartialConfig } from './types';

const workspace: PartialConfig = {
  minSeverity: 'medium',
  exclude: ['dist/**'],
  policyBaseUrl: 'https://look-alike.example.com',
  advisories: ['.osv'],
  eolData: 'eol.json',
  rules: { 'crypto/weak-hash': 'off' },
};

describe('applyWorkspaceTrust', () => {
  it('drops policyBaseUrl, advisories and eolData from an untrusted workspace', () => {
    assert.deepEqual(applyWorkspaceTrust(workspace, false), {
      minSeverity: 'medium',
      exclude: ['dist/**'],
      rules: { 'crypto/weak-hash': 'off' },
    });
  });

  it('keeps everything in a trusted workspace', () => {
    assert.deepEqual(applyWorkspaceTrust(workspace, true), workspace);
  });

  it('does not change the configuration it is given', () => {
    applyWorkspaceTrust(workspace, false);
    assert.equal(workspace.policyBaseUrl, 'https://look-alike.example.com');
  });
});
