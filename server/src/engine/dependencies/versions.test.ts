import assert from 'node:assert/strict';
import { cvss3BaseScore, cvssBand, roundUp } from './cvss';
import { comparatorFor, compareGo, compareMaven, compareNuGet, comparePackagist, comparePep440, compareRubyGems, compareSemVer, rangeAffects } from './versions';

/** Asserts each list is in strictly ascending order under the comparator, pairwise in both directions. */
function assertAscending(compare: (a: string, b: string) => number, versions: readonly string[]): void {
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      const a = versions[i] ?? '';
      const b = versions[j] ?? '';
      assert.ok(compare(a, b) < 0, `${a} < ${b}`);
      assert.ok(compare(b, a) > 0, `${b} > ${a}`);
    }
  }
}

describe('version ordering', () => {
  it('SemVer, pre-releases included (semver.org 11)', () => {
    assertAscending(compareSemVer, ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.10.0', '2.0.0']);
    assert.equal(compareSemVer('1.0.0+build.5', '1.0.0'), 0);
    assert.equal(compareSemVer('v1.2.3', '1.2.3'), 0);
  });

  it('Go, pseudo-versions and +incompatible', () => {
    assertAscending(compareGo, ['v0.0.0-20190101000000-aaaaaaaaaaaa', 'v0.0.0-20200101000000-bbbbbbbbbbbb', 'v0.1.0', 'v1.2.3', 'v1.2.4-0.20200101000000-cccccccccccc', 'v1.2.4', 'v2.0.0+incompatible']);
  });

  it('NuGet, four parts and case-insensitive labels', () => {
    assertAscending(compareNuGet, ['1.0.0-Beta', '1.0.0-rc.1', '1.0.0', '1.0.0.1', '1.0.1']);
    assert.equal(compareNuGet('1.0.0-BETA', '1.0.0-beta'), 0);
    assert.equal(compareNuGet('1.0', '1.0.0.0'), 0);
  });

  it('PEP 440: epochs, dev, pre, post and trailing zeros', () => {
    assertAscending(comparePep440, [
      '1.0.dev0', '1.0a1.dev1', '1.0a1', '1.0a2', '1.0b1', '1.0rc1', '1.0', '1.0.post1.dev0', '1.0.post1', '1.1.dev1', '1.1', '2.0', '1!0.1',
    ]);
    assert.equal(comparePep440('1.0', '1.0.0'), 0);
    assert.equal(comparePep440('1.0alpha1', '1.0a1'), 0);
    assert.equal(comparePep440('1.0-1', '1.0.post1'), 0);
    assert.equal(comparePep440('1.0+local.7', '1.0'), 0);
    assert.ok(comparePep440('1!1.0', '2.0') > 0, 'an epoch outranks any release');
  });

  it('Maven qualifiers', () => {
    assertAscending(compareMaven, ['1.0-alpha-1', '1.0-beta-2', '1.0-M1', '1.0-RC1', '1.0-SNAPSHOT', '1.0', '1.0-sp1', '1.0.1', '1.1']);
    assert.equal(compareMaven('1.0', '1.0.0'), 0);
    assert.equal(compareMaven('1.0.Final', '1.0'), 0);
    assert.equal(compareMaven('2.9.10.8', '2.9.10.8'), 0);
  });

  it('RubyGems pre-releases', () => {
    assertAscending(compareRubyGems, ['1.0.a', '1.0.b1', '1.0.rc1', '1.0', '1.0.1', '1.1']);
    assert.equal(compareRubyGems('1.0', '1.0.0'), 0);
  });

  it('Packagist stability suffixes', () => {
    assertAscending(comparePackagist, ['1.0.0-dev', '1.0.0-alpha1', '1.0.0-beta2', '1.0.0-RC1', '1.0.0', '1.0.0-pl1', '1.0.1']);
    assert.equal(comparePackagist('v5.4.0', '5.4.0'), 0);
  });

  it('picks the comparator by OSV ecosystem, ignoring a release suffix', () => {
    assert.equal(comparatorFor('PyPI'), comparePep440);
    assert.equal(comparatorFor('Maven'), compareMaven);
    assert.equal(comparatorFor('Debian:12') === compareSemVer, false);
  });
});

describe('OSV range evaluation', () => {
  const events = [{ introduced: '0' }, { fixed: '1.2.6' }, { introduced: '2.0.0' }, { fixed: '2.0.3' }];
  const cases: readonly (readonly [string, boolean, string | undefined])[] = [
    ['1.0.0', true, '1.2.6'],
    ['1.2.6', false, undefined],
    ['1.5.0', false, undefined],
    ['2.0.0-rc.1', false, undefined],
    ['2.0.0', true, '2.0.3'],
    ['2.0.3', false, undefined],
  ];
  for (const [version, affected, fixed] of cases) {
    it(`${version} is ${affected ? '' : 'not '}affected`, () => {
      assert.deepEqual(rangeAffects(version, events, compareSemVer), affected ? { affected, fixed } : { affected });
    });
  }

  it('last_affected includes its own version', () => {
    const lastAffected = [{ introduced: '1.0' }, { last_affected: '1.4' }];
    assert.equal(rangeAffects('1.4', lastAffected, comparePep440).affected, true);
    assert.equal(rangeAffects('1.4.post1', lastAffected, comparePep440).affected, false);
    assert.equal(rangeAffects('0.9', lastAffected, comparePep440).affected, false);
  });
});

describe('CVSS v3.1 base scores', () => {
  const vectors: readonly (readonly [string, number])[] = [
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', 5.9],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', 5.3],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
  ];
  for (const [vector, score] of vectors) {
    it(`${vector} = ${score}`, () => assert.equal(cvss3BaseScore(vector), score));
  }

  it('refuses incomplete, repeated and v4 vectors (negative control)', () => {
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H'), undefined);
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'), undefined);
    assert.equal(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), undefined);
    assert.equal(cvss3BaseScore('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'), undefined);
  });

  it('rounds up as the specification says', () => {
    assert.equal(roundUp(4.02), 4.1);
    assert.equal(roundUp(4.0), 4);
    assert.equal(roundUp(4.000000000000001), 4);
  });

  it('maps scores to MoJ bands', () => {
    assert.deepEqual([10, 9, 8.9, 7, 6.9, 4, 3.9, 0.1, 0].map(cvssBand), ['critical', 'critical', 'high', 'high', 'medium', 'medium', 'low', 'low', 'low']);
  });
});
