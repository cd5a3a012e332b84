import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { RuleMeta } from '../../server/src/engine/contract';
import { allRules } from '../../server/src/rules';
import { checkRuleMeta, findMojProhibitionClaims, type MetaUnderTest } from '../support/check-rule-meta';
import { ruleTables } from '../support/rule-tables';

const RULES_DIR = path.resolve(__dirname, '../../server/src/rules');
// Loads a rule module by the path its id implies, to prove the rule object really lives there.
const loadModule = createRequire(__filename);

/** A complete, valid meta; the negative controls below break one thing at a time. */
const COMPLETE_META: RuleMeta = {
  id: 'crypto/example-weak-thing',
  title: 'Example weak thing',
  area: 'crypto',
  severity: 'high',
  confidence: 'medium',
  cwe: [328],
  owasp: 'A02:2021 Cryptographic Failures',
  policy: ['cryptography#hashing', 'maintained-by-default#commodity-technical-maintenance'],
  basis: 'principle',
  why: 'MoJ guidance expects adequate, proportionate cryptography; NCSC and industry consider this weak.',
  howToFix: 'Use SHA-256 or stronger.',
  fixSafety: 'suggestion',
  thresholds: [{ name: 'minBits', description: 'Smallest key size accepted.', default: 2048, source: 'NCSC TLS guidance' }],
  languages: ['python', 'javascript'],
  prefilter: ['md5'],
};

function without(field: keyof RuleMeta): MetaUnderTest {
  const copy: Record<string, unknown> = { ...COMPLETE_META };
  delete copy[field];
  return copy;
}

describe('rule metadata', () => {
  describe('the checker (negative controls)', () => {
    it('accepts a complete meta', () => {
      assert.deepEqual(checkRuleMeta(COMPLETE_META), []);
    });

    it('catches a deliberately incomplete meta, naming every missing field', () => {
      const incomplete: MetaUnderTest = {
        id: 'crypto/half-done',
        area: 'crypto',
        severity: 'high',
        confidence: 'high',
        cwe: [],
        policy: [],
        languages: [],
        prefilter: [],
        thresholds: [{ name: 'rounds', description: 'Minimum rounds.', default: 10 }],
      };
      assert.deepEqual(checkRuleMeta(incomplete), [
        'crypto/half-done: title is missing',
        'crypto/half-done: cwe needs at least one CWE id',
        'crypto/half-done: policy needs at least one catalogue id',
        'crypto/half-done: basis "undefined" is not explicit, indirect or principle',
        'crypto/half-done: why is missing',
        'crypto/half-done: howToFix is missing',
        'crypto/half-done: fixSafety "undefined" is not safe or suggestion',
        'crypto/half-done: languages needs at least one language',
        'crypto/half-done: prefilter needs at least one literal',
        'crypto/half-done: threshold "rounds" has no source',
      ]);
    });

    it('catches a policy id that is not in the catalogue', () => {
      assert.deepEqual(checkRuleMeta({ ...COMPLETE_META, policy: ['cryptography#hashing', 'cryptography#banned-algorithms'] }), [
        'crypto/example-weak-thing: policy id "cryptography#banned-algorithms" is not in the MoJ policy catalogue',
      ]);
    });

    it('catches a policy id for a page code findings must not link to', () => {
      assert.deepEqual(checkRuleMeta({ ...COMPLETE_META, policy: ['use-of-hmg-cryptography-policy'] }), [
        'crypto/example-weak-thing: policy id "use-of-hmg-cryptography-policy" is a page code findings must not link to',
      ]);
    });

    const oneFieldBroken: readonly (readonly [string, MetaUnderTest, string])[] = [
      ['no id', without('id'), '(no id): id is missing'],
      ['id not <area>/<slug>', { ...COMPLETE_META, id: 'crypto/Weak_Hash' }, 'is not <area>/<slug>'],
      ['id area differs from meta.area', { ...COMPLETE_META, id: 'transport/example-weak-thing' }, 'id area "transport" differs from meta.area "crypto"'],
      ['unknown area', { ...COMPLETE_META, id: 'magic/x', area: 'magic' }, 'area "magic" is not a rule area'],
      ['unknown severity', { ...COMPLETE_META, severity: 'urgent' }, 'severity "urgent" is not one of'],
      ['unknown confidence', { ...COMPLETE_META, confidence: 'sure' }, 'confidence "sure" is not one of'],
      ['CWE not a number', { ...COMPLETE_META, cwe: ['CWE-328'] }, 'cwe CWE-328 is not a CWE number'],
      ['OWASP not a 2021 category', { ...COMPLETE_META, owasp: 'Crypto' }, 'owasp "Crypto" is not an OWASP Top 10 2021 category'],
      ['repeated policy id', { ...COMPLETE_META, policy: ['cryptography#hashing', 'cryptography#hashing'] }, 'policy repeats a catalogue id'],
      ['unknown language', { ...COMPLETE_META, languages: ['cobol'] }, 'language "cobol" is not a known language id'],
      ['empty prefilter literal', { ...COMPLETE_META, prefilter: [''] }, 'prefilter holds an empty or non-string literal'],
      ['blank why', { ...COMPLETE_META, why: '   ' }, 'why is missing'],
      ['unsourced threshold', { ...COMPLETE_META, thresholds: [{ name: 'n', description: 'd', default: 1, source: '' }] }, 'threshold "n" has no source'],
      ['MoJ ban in why', { ...COMPLETE_META, why: 'MD5 is banned by the MoJ.' }, 'why presents MoJ as banning or prohibiting something'],
      ['MoJ prohibition in howToFix', { ...COMPLETE_META, howToFix: 'MoJ prohibits DES; use AES-GCM.' }, 'howToFix presents MoJ as banning'],
    ];
    for (const [name, meta, expected] of oneFieldBroken) {
      it(`catches: ${name}`, () => {
        const problems = checkRuleMeta(meta);
        assert.equal(problems.length, 1, problems.join('\n'));
        assert.ok(problems[0]?.includes(expected), problems[0]);
      });
    }
  });

  describe('the MoJ prohibition wording check', () => {
    const claims: readonly string[] = [
      'MoJ bans MD5.',
      'MD5 is banned by MoJ.',
      'MD5 is prohibited by the MoJ for password storage.',
      'The MoJ forbids SSLv3.',
      'DES is on the MoJ-banned list.',
      "DES appears on MoJ's list of banned ciphers.",
      'Under Ministry of Justice policy, RC4 is prohibited.',
      'MD5 is banned and not recommended by MoJ.',
      'Use bcrypt. MoJ prohibits unsalted hashes.',
    ];
    for (const text of claims) {
      it(`flags ${JSON.stringify(text)}`, () => {
        assert.equal(findMojProhibitionClaims(text).length, 1);
      });
    }

    const honest: readonly string[] = [
      'MoJ guidance expects adequate, proportionate cryptography; this algorithm is considered weak by NCSC.',
      'MoJ names no banned algorithms; NCSC treats all SSL versions as insecure.',
      'MD5 is not banned by MoJ, but NCSC and industry consider it broken.',
      'MoJ does not prohibit a specific algorithm.',
      'NCSC has deprecated TLS 1.0. MoJ requires adequate cryptography in transit.',
      'Secrets must never be stored in plain text (MoJ Secrets management).',
      'MoJ requires adequate cryptography for data at rest and in transit, and NCSC guidance has banned every SSL version.',
      'MoJ asks services to block common passwords with a block list.',
    ];
    for (const text of honest) {
      it(`accepts ${JSON.stringify(text)}`, () => {
        assert.deepEqual(findMojProhibitionClaims(text), []);
      });
    }
  });

  describe('every built-in rule', () => {
    it('has at least one rule to check', () => {
      assert.ok(allRules.length > 0);
    });

    it('has a unique id', () => {
      const ids = allRules.map((rule) => rule.meta.id);
      assert.deepEqual(ids.filter((id, at) => ids.indexOf(id) !== at), []);
    });

    for (const rule of allRules) {
      const { meta } = rule;
      describe(meta.id, () => {
        it('has complete, honest metadata', () => {
          assert.deepEqual(checkRuleMeta(meta), []);
        });

        it('lives in server/src/rules/<area>/<slug>.ts', () => {
          const file = path.join(RULES_DIR, `${meta.id}.ts`);
          assert.ok(existsSync(file), `${file} does not exist`);
          const exported: unknown[] = Object.values(loadModule(file) as Record<string, unknown>);
          assert.ok(exported.includes(rule), `${file} does not export the rule object for ${meta.id}`);
        });

        it('never presents MoJ as banning something, in its source or its expected messages', () => {
          const source = readFileSync(path.join(RULES_DIR, `${meta.id}.ts`), 'utf8');
          const messages = ruleTables
            .filter((table) => table.rule === rule)
            .flatMap((table) => table.invalid.flatMap((testCase) => testCase.findings.map((finding) => finding.message)));
          assert.deepEqual([source, ...messages].flatMap(findMojProhibitionClaims), []);
        });
      });
    }
  });
});
