import assert from 'node:assert/strict';
import { findNearestProjectFile, parseProjectFile, PROJECT_FILE_NAME } from './project-file';

const FILE = 'repo/.moj-secure-code.json';
const KNOWN_RULE_IDS = ['crypto/weak-hash', 'transport/cleartext-http'];

function messages(text: string): string[] {
  return parseProjectFile(text, FILE, KNOWN_RULE_IDS).errors.map((error) => error.message);
}

describe('parseProjectFile', () => {
  it('reads a valid file', () => {
    const text = ['{', '  "minSeverity": "high",', '  "rules": { "crypto/weak-hash": "off" }', '}'].join('\n');
    assert.deepEqual(parseProjectFile(text, FILE, KNOWN_RULE_IDS), {
      config: { minSeverity: 'high', rules: { 'crypto/weak-hash': 'off' } },
      errors: [],
    });
  });

  it('reads a file that starts with a byte order mark', () => {
    assert.deepEqual(parseProjectFile('\uFEFF{ "minSeverity": "low" }', FILE, KNOWN_RULE_IDS).config, { minSeverity: 'low' });
  });

  const cases: readonly { name: string; lines: readonly string[]; errors: readonly string[] }[] = [
    { name: 'an empty file', lines: ['', '  '], errors: [`${FILE}:1:1: the file is empty; it should hold a JSON object such as {}`] },
    {
      name: 'a comment',
      lines: ['{', '  // stricter in CI', '  "minSeverity": "high"', '}'],
      errors: [`${FILE}:2:3: comments are not allowed: the project file is strict JSON`],
    },
    {
      name: 'a trailing comma',
      lines: ['{', '  "minSeverity": "high",', '}'],
      errors: [`${FILE}:3:1: trailing commas are not allowed: the project file is strict JSON`],
    },
    {
      name: 'a missing comma',
      lines: ['{', '  "minSeverity": "high"', '  "minConfidence": "low"', '}'],
      errors: [`${FILE}:3:3: invalid JSON: comma expected`],
    },
    {
      name: 'a bad value, located at its key',
      lines: ['{', '  "rules": {', '    "crypto/weak-hash": "loud"', '  }', '}'],
      errors: [`${FILE}:3:5: rules["crypto/weak-hash"]: "loud" is not one of off, critical, high, medium, low, info`],
    },
    {
      name: 'an unknown key and a missing one, in line order',
      lines: [
        '{',
        '  "suppressions": [',
        '    { "path": "package-lock.json", "rule": "transport/cleartext-http" }',
        '  ],',
        '  "minSeverty": "high"',
        '}',
      ],
      errors: [
        `${FILE}:3:5: suppressions[0]: missing required key "justification"`,
        `${FILE}:5:3: minSeverty: unknown key (did you mean "minSeverity"?)`,
      ],
    },
    {
      name: 'a key given twice',
      lines: ['{', '  "rules": { "crypto/weak-hash": "off", "crypto/weak-hash": "high" }', '}'],
      errors: [`${FILE}:2:41: rules["crypto/weak-hash"]: duplicate key; give each key once`],
    },
  ];

  for (const testCase of cases) {
    it(`reports ${testCase.name} with its line and column`, () => {
      assert.deepEqual(messages(testCase.lines.join('\n')), testCase.errors);
    });
  }

  it('gives no configuration from a file that does not parse', () => {
    assert.deepEqual(parseProjectFile('{ "minSeverity": "high", }', FILE, KNOWN_RULE_IDS).config, {});
  });

  it('keeps the valid keys of a file with a bad one', () => {
    assert.deepEqual(parseProjectFile('{ "minSeverity": "high", "maxFileSizeKb": 0 }', FILE, KNOWN_RULE_IDS).config, { minSeverity: 'high' });
  });
});

describe('findNearestProjectFile', () => {
  const existing = new Set(['/repo/.moj-secure-code.json', '/repo/services/api/.moj-secure-code.json']);
  const exists = (candidate: string): boolean => existing.has(candidate);

  it('is named .moj-secure-code.json', () => assert.equal(PROJECT_FILE_NAME, '.moj-secure-code.json'));

  it('finds the file in the start folder', () => {
    assert.equal(findNearestProjectFile('/repo/services/api', exists), '/repo/services/api/.moj-secure-code.json');
  });

  it('walks up to the nearest one', () => {
    assert.equal(findNearestProjectFile('/repo/services/api/src/handlers', exists), '/repo/services/api/.moj-secure-code.json');
    assert.equal(findNearestProjectFile('/repo/services/web', exists), '/repo/.moj-secure-code.json');
  });

  it('stops at the root when there is none', () => {
    const asked: string[] = [];
    const found = findNearestProjectFile('/elsewhere/src', (candidate) => {
      asked.push(candidate);
      return false;
    });
    assert.equal(found, undefined);
    assert.deepEqual(asked, ['/elsewhere/src/.moj-secure-code.json', '/elsewhere/.moj-secure-code.json', '/.moj-secure-code.json']);
  });
});
