import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { UNTRUSTED_KEYS } from '../../server/src/engine/config/trust';
import { CONFIG_KEYS, MAX_FILE_SIZE_KB_RANGE, SUPPRESSION_EXPIRY_DAYS_RANGE } from '../../server/src/engine/config/validate-config';
import { SETTINGS, SETTINGS_SECTION, type SettingSpec } from '../../server/src/lsp/settings';

/**
 * ARCHITECTURE invariant 3: one settings contract. The manifest's `contributes.configuration`
 * and the server's typed settings (server/src/lsp/settings.ts) must name the same keys, with
 * the same types, defaults and allowed values, and every CONTRACTS §4 key must be a setting.
 */
interface ManifestProperty {
  readonly type?: string;
  readonly default?: unknown;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly description?: string;
  readonly markdownDescription?: string;
}

interface Manifest {
  readonly contributes: { readonly configuration: { readonly properties: Readonly<Record<string, ManifestProperty>> } };
  readonly capabilities: { readonly untrustedWorkspaces: { readonly supported: unknown; readonly restrictedConfigurations: readonly string[] } };
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;
const typed: Readonly<Record<string, SettingSpec>> = SETTINGS;

describe('settings contract (package.json and server/src/lsp/settings.ts)', () => {
  it('names the same keys in both', () => {
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(typed).map((name) => `${SETTINGS_SECTION}.${name}`).sort());
  });

  it('has every CONTRACTS §4 key, plus enable, run and trace.server', () => {
    assert.deepEqual(Object.keys(typed).sort(), [...CONFIG_KEYS, 'enable', 'run', 'trace.server'].sort());
  });

  for (const [name, spec] of Object.entries(typed)) {
    it(`agrees on ${SETTINGS_SECTION}.${name}: type, default and allowed values`, () => {
      const property = properties[`${SETTINGS_SECTION}.${name}`];
      assert.ok(property, `package.json has no ${SETTINGS_SECTION}.${name}`);
      assert.equal(property.type, spec.type);
      assert.deepEqual(property.default, spec.default);
      assert.deepEqual(property.enum, spec.enum);
      assert.ok((property.markdownDescription ?? property.description ?? '').length > 20, 'the setting needs a description');
    });
  }

  it('takes the engine defaults, except that the editor hides low confidence (CONTRACTS §1)', () => {
    assert.deepEqual(
      Object.fromEntries(CONFIG_KEYS.map((key) => [key, typed[key]?.default])),
      {
        rules: {},
        minSeverity: 'info',
        minConfidence: 'medium',
        exclude: [],
        maxFileSizeKb: 1024,
        policyBaseUrl: 'https://security-guidance.service.justice.gov.uk',
        advisories: [],
        eolData: '',
        suppressions: [],
        suppressionExpiryDays: 90,
      },
    );
    assert.equal(DEFAULT_CONFIG.minConfidence, 'low');
  });

  it('gives the numeric settings the validator’s ranges', () => {
    assert.deepEqual(
      [properties['mojSecureCode.maxFileSizeKb']?.minimum, properties['mojSecureCode.maxFileSizeKb']?.maximum],
      [MAX_FILE_SIZE_KB_RANGE.min, MAX_FILE_SIZE_KB_RANGE.max],
    );
    assert.deepEqual(
      [properties['mojSecureCode.suppressionExpiryDays']?.minimum, properties['mojSecureCode.suppressionExpiryDays']?.maximum],
      [SUPPRESSION_EXPIRY_DAYS_RANGE.min, SUPPRESSION_EXPIRY_DAYS_RANGE.max],
    );
  });

  it('declares limited workspace trust, restricting exactly the keys trust drops from project files', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(
      [...manifest.capabilities.untrustedWorkspaces.restrictedConfigurations].sort(),
      UNTRUSTED_KEYS.map((key) => `${SETTINGS_SECTION}.${key}`).sort(),
    );
  });
});
