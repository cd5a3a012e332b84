import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { PartialConfig } from './types';
import { validateConfig } from './validate-config';

const KNOWN_RULE_IDS = ['crypto/weak-hash', 'crypto/weak-password-hash', 'transport/cleartext-http', 'suppression/unused'];
const THRESHOLD_NAMES = { 'crypto/weak-password-hash': ['pbkdf2Iterations', 'bcryptCost'] };

interface GoodCase {
  readonly name: string;
  readonly value: unknown;
  readonly config: PartialConfig;
}

interface BadCase {
  readonly name: string;
  readonly value: unknown;
  readonly errors: readonly string[];
  /** What remains usable. */
  readonly config?: PartialConfig;
  /**
   * False where only validateConfig can tell: the schema checks a rule id's shape, not that the
   * rule exists, and it does not know each rule's threshold names.
   */
  readonly schemaRejects?: false;
}

const GOOD: readonly GoodCase[] = [
  { name: 'empty', value: {}, config: {} },
  {
    name: 'every key',
    value: {
      $schema: './node_modules/moj-secure-code/schemas/moj-secure-code.schema.json',
      rules: { 'crypto/weak-hash': 'off', 'transport/cleartext-http': 'critical', 'suppression/unused': 'info' },
      minSeverity: 'medium',
      minConfidence: 'high',
      exclude: ['dist/**', 'vendor/**'],
      maxFileSizeKb: 2048,
      policyBaseUrl: 'https://guidance.example.gov.uk/security/',
      advisories: ['.osv'],
      eolData: 'eol-overrides.json',
      suppressions: [
        { path: 'package-lock.json', rule: 'transport/cleartext-http', justification: 'internal registry', until: '2026-06-30' },
        { path: '**/composer.lock', rule: 'crypto/weak-hash', fingerprint: 'ab12cd34', justification: '' },
      ],
      suppressionExpiryDays: 30,
    },
    config: {
      rules: { 'crypto/weak-hash': 'off', 'transport/cleartext-http': 'critical', 'suppression/unused': 'info' },
      minSeverity: 'medium',
      minConfidence: 'high',
      exclude: ['dist/**', 'vendor/**'],
      maxFileSizeKb: 2048,
      policyBaseUrl: 'https://guidance.example.gov.uk/security',
      advisories: ['.osv'],
      eolData: 'eol-overrides.json',
      suppressions: [
        { path: 'package-lock.json', rule: 'transport/cleartext-http', justification: 'internal registry', until: '2026-06-30' },
        { path: '**/composer.lock', rule: 'crypto/weak-hash', fingerprint: 'ab12cd34', justification: '' },
      ],
      suppressionExpiryDays: 30,
    },
  },
  {
    name: 'a rule setting with a severity and thresholds',
    value: { rules: { 'crypto/weak-password-hash': { severity: 'critical', thresholds: { pbkdf2Iterations: 600000, bcryptCost: '12' } } } },
    config: { rules: { 'crypto/weak-password-hash': { severity: 'critical', thresholds: { pbkdf2Iterations: 600000, bcryptCost: '12' } } } },
  },
  {
    name: 'a rule turned off in object form, with a list threshold',
    value: { rules: { 'crypto/weak-hash': { severity: 'off', thresholds: { allowed: ['sha256', 'sha512'] } } } },
    config: { rules: { 'crypto/weak-hash': { severity: 'off', thresholds: { allowed: ['sha256', 'sha512'] } } } },
  },
  { name: 'the limits of the numeric ranges', value: { maxFileSizeKb: 102400, suppressionExpiryDays: 1 }, config: { maxFileSizeKb: 102400, suppressionExpiryDays: 1 } },
  { name: 'a leap day', value: { suppressions: [{ path: 'a.json', rule: 'crypto/weak-hash', justification: 'x', until: '2028-02-29' }] }, config: { suppressions: [{ path: 'a.json', rule: 'crypto/weak-hash', justification: 'x', until: '2028-02-29' }] } },
];

const BAD: readonly BadCase[] = [
  { name: 'not an object', value: [], errors: ['the configuration must be a JSON object, not []'] },
  { name: 'null', value: null, errors: ['the configuration must be a JSON object, not null'] },
  {
    name: 'a severity that does not exist',
    value: { rules: { 'crypto/weak-hash': 'loud' } },
    errors: ['rules["crypto/weak-hash"]: "loud" is not one of off, critical, high, medium, low, info'],
    config: { rules: {} },
  },
  {
    name: 'a misspelt rule id',
    value: { rules: { 'crypto/weak-hsh': 'off', 'crypto/weak-hash': 'low' } },
    errors: ['rules["crypto/weak-hsh"]: unknown rule id (did you mean "crypto/weak-hash"?)'],
    config: { rules: { 'crypto/weak-hash': 'low' } },
    schemaRejects: false,
  },
  { name: 'every rule at once', value: { rules: { '*': 'off' } }, errors: ['rules["*"]: "*" is not allowed; name each rule id'], config: { rules: {} } },
  {
    name: 'a rule id of the wrong shape',
    value: { rules: { WeakHash: 'off' } },
    errors: ['rules.WeakHash: unknown rule id (rule ids look like crypto/weak-hash)'],
    config: { rules: {} },
  },
  {
    name: 'a rule setting that is a number',
    value: { rules: { 'crypto/weak-hash': 3 } },
    errors: ['rules["crypto/weak-hash"]: 3 is not one of off, critical, high, medium, low, info, or an object with "severity" and "thresholds"'],
    config: { rules: {} },
  },
  {
    name: 'an unknown key in a rule setting',
    value: { rules: { 'crypto/weak-hash': { level: 'high' } } },
    errors: ['rules["crypto/weak-hash"].level: unknown key (expected one of severity, thresholds)'],
    config: { rules: {} },
  },
  {
    name: 'a bad severity in a rule setting',
    value: { rules: { 'crypto/weak-hash': { severity: 'HIGH' } } },
    errors: ['rules["crypto/weak-hash"].severity: "HIGH" is not one of off, critical, high, medium, low, info'],
    config: { rules: {} },
  },
  {
    name: 'a threshold that is not a number, string or list of strings',
    value: { rules: { 'crypto/weak-hash': { thresholds: { allowed: true } } } },
    errors: ['rules["crypto/weak-hash"].thresholds.allowed: true is not a number, a string or a list of strings'],
    config: { rules: {} },
  },
  {
    name: 'a misspelt threshold name',
    value: { rules: { 'crypto/weak-password-hash': { thresholds: { pbkdf2Iteration: 600000 } } } },
    errors: ['rules["crypto/weak-password-hash"].thresholds.pbkdf2Iteration: unknown threshold (did you mean "pbkdf2Iterations"?)'],
    config: { rules: {} },
    schemaRejects: false,
  },
  { name: 'rules as a list', value: { rules: ['crypto/weak-hash'] }, errors: ['rules: ["crypto/weak-hash"] is not an object mapping rule ids to settings'] },
  { name: 'a bad minimum severity', value: { minSeverity: 'severe' }, errors: ['minSeverity: "severe" is not one of critical, high, medium, low, info'] },
  { name: 'a number for the minimum confidence', value: { minConfidence: 2 }, errors: ['minConfidence: 2 is not one of high, medium, low'] },
  { name: 'exclude as a string', value: { exclude: 'dist/**' }, errors: ['exclude: "dist/**" is not a list of strings'] },
  {
    name: 'bad items in exclude',
    value: { exclude: ['dist/**', 3, ''] },
    errors: ['exclude[1]: 3 is not a string', 'exclude[2]: "" is empty'],
    config: { exclude: ['dist/**'] },
  },
  { name: 'a file size of zero', value: { maxFileSizeKb: 0 }, errors: ['maxFileSizeKb: 0 is out of range (1 to 102400)'] },
  { name: 'a fractional file size', value: { maxFileSizeKb: 1.5 }, errors: ['maxFileSizeKb: 1.5 is not a whole number'] },
  { name: 'a file size as a string', value: { maxFileSizeKb: '512' }, errors: ['maxFileSizeKb: "512" is not a whole number'] },
  { name: 'an expiry over a year', value: { suppressionExpiryDays: 400 }, errors: ['suppressionExpiryDays: 400 is out of range (1 to 365)'] },
  {
    name: 'a policy site over http',
    value: { policyBaseUrl: 'http://security-guidance.service.justice.gov.uk' },
    errors: ['policyBaseUrl: "http://security-guidance.service.justice.gov.uk" is not an https URL'],
  },
  { name: 'a policy URL with no host', value: { policyBaseUrl: 'https://' }, errors: ['policyBaseUrl: "https://" is not an https URL'] },
  { name: 'a policy URL with a space', value: { policyBaseUrl: 'https://exa mple.gov.uk' }, errors: ['policyBaseUrl: "https://exa mple.gov.uk" is not an https URL'] },
  { name: 'a null advisory folder', value: { advisories: [null] }, errors: ['advisories[0]: null is not a string'], config: { advisories: [] } },
  { name: 'an empty end-of-life file', value: { eolData: '' }, errors: ['eolData: "" is empty'] },
  { name: 'a misspelt key', value: { minSeverty: 'high' }, errors: ['minSeverty: unknown key (did you mean "minSeverity"?)'] },
  {
    name: 'an unknown key',
    value: { colour: 'red' },
    errors: [
      'colour: unknown key (expected one of rules, minSeverity, minConfidence, exclude, maxFileSizeKb, policyBaseUrl, advisories, eolData, suppressions, suppressionExpiryDays, $schema)',
    ],
  },
  { name: 'suppressions as an object', value: { suppressions: {} }, errors: ['suppressions: {} is not a list of suppressions'] },
  {
    name: 'a suppression that is a string',
    value: { suppressions: ['package-lock.json'] },
    errors: ['suppressions[0]: "package-lock.json" is not an object with "path", "rule" and "justification"'],
    config: { suppressions: [] },
  },
  {
    name: 'a suppression without a justification',
    value: { suppressions: [{ path: 'package-lock.json', rule: 'transport/cleartext-http' }] },
    errors: ['suppressions[0]: missing required key "justification"'],
    config: { suppressions: [] },
  },
  {
    name: 'a suppression of every rule',
    value: { suppressions: [{ path: 'a.json', rule: '*', justification: 'x' }] },
    errors: ['suppressions[0].rule: "*" is not allowed; name one rule id'],
    config: { suppressions: [] },
  },
  {
    name: 'a suppression of a misspelt rule',
    value: { suppressions: [{ path: 'a.json', rule: 'transport/cleartext-htp', justification: 'x' }] },
    errors: ['suppressions[0].rule: "transport/cleartext-htp" is not a known rule id (did you mean "transport/cleartext-http"?)'],
    config: { suppressions: [] },
    schemaRejects: false,
  },
  {
    name: 'a suppression with an impossible date',
    value: { suppressions: [{ path: 'a.json', rule: 'crypto/weak-hash', justification: 'x', until: '2026-02-29' }] },
    errors: ['suppressions[0].until: "2026-02-29" is not a date in the form YYYY-MM-DD'],
    config: { suppressions: [] },
  },
  {
    name: 'a suppression with a date in another form',
    value: { suppressions: [{ path: 'a.json', rule: 'crypto/weak-hash', justification: 'x', until: '31/12/2026' }] },
    errors: ['suppressions[0].until: "31/12/2026" is not a date in the form YYYY-MM-DD'],
    config: { suppressions: [] },
  },
  {
    name: 'a suppression with an unknown key',
    value: { suppressions: [{ path: 'a.json', rule: 'crypto/weak-hash', justification: 'x', reason: 'y' }] },
    errors: ['suppressions[0].reason: unknown key (expected one of path, rule, fingerprint, justification, until)'],
    config: { suppressions: [] },
  },
  {
    name: 'a suppression with an empty fingerprint and path',
    value: { suppressions: [{ path: ' ', rule: 'crypto/weak-hash', justification: 'x', fingerprint: '' }] },
    errors: ['suppressions[0].path: " " is empty', 'suppressions[0].fingerprint: "" is empty'],
    config: { suppressions: [] },
  },
  {
    name: 'several problems, with the good parts kept',
    value: { minSeverity: 'high', maxFileSizeKb: -1, suppressions: [{ path: 'a.json', rule: 'crypto/weak-hash', justification: 'ok' }, { path: 'b.json' }] },
    errors: [
      'maxFileSizeKb: -1 is out of range (1 to 102400)',
      'suppressions[1]: missing required key "rule"',
      'suppressions[1]: missing required key "justification"',
    ],
    config: { minSeverity: 'high', suppressions: [{ path: 'a.json', rule: 'crypto/weak-hash', justification: 'ok' }] },
  },
];

describe('validateConfig', () => {
  for (const testCase of GOOD) {
    it(`accepts ${testCase.name}`, () => {
      assert.deepEqual(validateConfig(testCase.value, 'test.json', KNOWN_RULE_IDS, THRESHOLD_NAMES), { config: testCase.config, errors: [] });
    });
  }

  for (const testCase of BAD) {
    it(`rejects ${testCase.name}`, () => {
      const { config, errors } = validateConfig(testCase.value, 'test.json', KNOWN_RULE_IDS, THRESHOLD_NAMES);
      assert.deepEqual(
        errors.map((error) => error.detail),
        testCase.errors,
      );
      assert.deepEqual(config, testCase.config ?? {});
    });
  }

  it('names the source and the key path in each error', () => {
    const [error] = validateConfig({ rules: { 'crypto/weak-hash': 'loud' } }, 'settings.json', KNOWN_RULE_IDS).errors;
    assert.deepEqual(error, {
      source: 'settings.json',
      path: 'rules["crypto/weak-hash"]',
      segments: ['rules', 'crypto/weak-hash'],
      detail: 'rules["crypto/weak-hash"]: "loud" is not one of off, critical, high, medium, low, info',
      message: 'settings.json: rules["crypto/weak-hash"]: "loud" is not one of off, critical, high, medium, low, info',
    });
  });

  it('accepts any threshold name when the caller gives none', () => {
    const value = { rules: { 'crypto/weak-password-hash': { thresholds: { anything: 1 } } } };
    assert.deepEqual(validateConfig(value, 'test.json', KNOWN_RULE_IDS).errors, []);
  });
});

describe('the JSON Schema and validateConfig', () => {
  const schemaPath = path.join(__dirname, '../../../../schemas/moj-secure-code.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  for (const testCase of GOOD) {
    it(`both accept ${testCase.name}`, () => {
      assert.equal(validate(testCase.value), true, JSON.stringify(validate.errors));
    });
  }

  for (const testCase of BAD) {
    const schemaRejects = testCase.schemaRejects ?? true;
    it(`${schemaRejects ? 'both reject' : 'only validateConfig rejects'} ${testCase.name}`, () => {
      assert.equal(validate(testCase.value), !schemaRejects);
    });
  }

  it('describes every key', () => {
    const properties = (schema as { properties: Record<string, { description?: string }> }).properties;
    assert.deepEqual(
      Object.entries(properties).filter(([, property]) => (property.description ?? '') === '').map(([key]) => key),
      [],
    );
  });
});
