import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RuleMeta } from '../../server/src/engine/contract';
import { findPolicy } from '../../server/src/policy/catalogue';
import { allRules } from '../../server/src/rules';
import { UNCHECKABLE_CONTROLS } from '../../server/src/policy/uncheckable-controls';
import { RULE_DOCS_PATH, renderRuleDocs, ruleDocsAreCurrent } from '../support/generate-rule-docs';

const weakThingWithoutOwasp: Omit<RuleMeta, 'owasp'> = {
  id: 'crypto/weak-thing',
  title: 'Weak thing | with a pipe',
  area: 'crypto',
  severity: 'high',
  confidence: 'medium',
  cwe: [328, 327],
  policy: ['cryptography#hashing', 'technical-controls-policy#lockdown-policy'],
  basis: 'principle',
  why: 'MoJ guidance expects adequate cryptography.',
  howToFix: 'Use SHA-256.',
  fixSafety: 'suggestion',
  thresholds: [
    { name: 'minBits', description: 'Smallest key size.', default: 2048, source: 'NCSC' },
    { name: 'weakCurves', description: 'Curves reported.', default: ['secp192r1', 'sect163k1'], source: 'CONTRACTS §7' },
  ],
  languages: ['python', 'javascript'],
  prefilter: ['md5'],
};

const weakThing: RuleMeta = { ...weakThingWithoutOwasp, owasp: 'A02:2021 Cryptographic Failures' };

const cleartext: RuleMeta = {
  ...weakThingWithoutOwasp,
  id: 'transport/cleartext',
  title: 'Cleartext',
  area: 'transport',
  cwe: [319],
  policy: ['cryptography#in-transit'],
  basis: 'explicit',
  fixSafety: 'safe',
  thresholds: [],
};

describe('rule documentation', () => {
  it('docs/rules.md is current with the rules\' metadata (regenerate: npx tsx test/support/generate-rule-docs.ts)', () => {
    const rendered = renderRuleDocs(allRules);
    let written: string | undefined;
    try {
      written = readFileSync(RULE_DOCS_PATH, 'utf8');
    } catch {
      written = undefined;
    }
    assert.ok(written !== undefined, 'docs/rules.md is missing: run npx tsx test/support/generate-rule-docs.ts');
    assert.ok(written === rendered, 'docs/rules.md is stale: run npx tsx test/support/generate-rule-docs.ts');
  });

  describe('the renderer', () => {
    // Given in reverse order, to show the output is sorted by id.
    const doc = renderRuleDocs([{ meta: cleartext }, { meta: weakThing }]);
    const lines = doc.split('\n');

    it('writes one summary table per area that has rules, in the architecture\'s order', () => {
      assert.deepEqual(
        lines.filter((line) => line.startsWith('### ') && line.includes('(`')),
        ['### Cryptography (`crypto`)', '### Transport security (`transport`)'],
      );
    });

    it('writes a summary row with links, escaping a pipe in the title', () => {
      assert.ok(
        lines.includes(
          '| [`crypto/weak-thing`](#cryptoweak-thing) | Weak thing \\| with a pipe | high | medium | ' +
            '[CWE-328](https://cwe.mitre.org/data/definitions/328.html), [CWE-327](https://cwe.mitre.org/data/definitions/327.html) | ' +
            'A02:2021 Cryptographic Failures | [Cryptography – Hashing](https://security-guidance.service.justice.gov.uk/cryptography/#hashing) | ' +
            'General principle only | suggestion |',
        ),
        doc,
      );
      assert.ok(
        lines.includes(
          '| [`transport/cleartext`](#transportcleartext) | Cleartext | high | medium | [CWE-319](https://cwe.mitre.org/data/definitions/319.html) | – | ' +
            '[Cryptography – In-transit](https://security-guidance.service.justice.gov.uk/cryptography/#in-transit) | Explicit | safe |',
        ),
        doc,
      );
    });

    it('writes a section per rule with why, how to fix, every policy link with legacy ids, and languages', () => {
      const start = lines.indexOf('### crypto/weak-thing');
      const end = lines.indexOf('### transport/cleartext');
      assert.ok(start > 0 && end > start);
      assert.deepEqual(lines.slice(start, end), [
        '### crypto/weak-thing',
        '',
        '**Weak thing | with a pipe**',
        '',
        '- Severity: high; confidence: medium',
        '- CWE: [CWE-328](https://cwe.mitre.org/data/definitions/328.html), [CWE-327](https://cwe.mitre.org/data/definitions/327.html)',
        '- OWASP: A02:2021 Cryptographic Failures',
        '- Basis in MoJ guidance: General principle only',
        '- Fix safety: suggestion (review before applying)',
        '- Languages: `python`, `javascript`',
        '',
        '**Why it matters.** MoJ guidance expects adequate cryptography.',
        '',
        '**How to fix.** Use SHA-256.',
        '',
        '**MoJ guidance:**',
        '',
        '- [Cryptography – Hashing](https://security-guidance.service.justice.gov.uk/cryptography/#hashing)',
        '- [Technical Controls Policy – Lockdown policy](https://security-guidance.service.justice.gov.uk/technical-controls-policy/#lockdown-policy) (POL.TCP.096, POL.TCP.100)',
        '',
        '**Thresholds** (override per rule in the `rules` setting):',
        '',
        '| Name | Default | Meaning | Source |',
        '| --- | --- | --- | --- |',
        '| `minBits` | `2048` | Smallest key size. | NCSC |',
        '| `weakCurves` | `secp192r1`, `sect163k1` | Curves reported. | CONTRACTS §7 |',
        '',
      ]);
    });

    it('lists the controls that cannot be checked in code: map rows 11, 27, 29 and 35', () => {
      assert.deepEqual(
        UNCHECKABLE_CONTROLS.map((control) => control.row),
        [11, 27, 29, 35],
      );
      const start = lines.indexOf('## Controls that cannot be checked in code');
      assert.ok(start > lines.indexOf('## Rule details'));
      const rows = lines.slice(start).filter((line) => /^\| \d+ \|/.test(line));
      assert.deepEqual(
        rows.map((row) => row.split(' | ')[0]),
        ['| 11', '| 27', '| 29', '| 35'],
      );
      assert.ok(rows[1]?.includes('[Authentication – MFA for Administrators](https://security-guidance.service.justice.gov.uk/authentication/#mfa-for-administrators)'));
      for (const control of UNCHECKABLE_CONTROLS) {
        for (const id of control.policy) assert.ok(findPolicy(id) !== undefined, id);
        assert.ok(control.reason.endsWith('.'), `row ${control.row} gives its reason as a sentence`);
      }
    });

    it('ends with one newline', () => {
      assert.ok(doc.endsWith('|\n') && !doc.endsWith('\n\n'));
    });
  });

  describe('the staleness check', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'rule-docs-'));
    });
    afterEach(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('is current only when the file holds exactly the rendering', () => {
      const file = path.join(dir, 'rules.md');
      writeFileSync(file, 'abc\n');
      assert.equal(ruleDocsAreCurrent('abc\n', file), true);
      assert.equal(ruleDocsAreCurrent('abc', file), false);
    });

    it('treats a missing file as stale', () => {
      assert.equal(ruleDocsAreCurrent('abc\n', path.join(dir, 'missing.md')), false);
    });
  });
});
