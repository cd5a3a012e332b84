import assert from 'node:assert/strict';
import { OsvError, parseOsvAdvisory } from './osv';

describe('OSV advisories', () => {
  it('keeps the fields the rule reads and ignores the rest', () => {
    const advisory = parseOsvAdvisory(
      JSON.stringify({
        schema_version: '1.6.0',
        id: 'GHSA-xxxx',
        aliases: ['CVE-2099-1'],
        summary: 'x',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
        affected: [
          {
            package: { ecosystem: 'npm', name: 'a', purl: 'pkg:npm/a' },
            ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.0' }], database_specific: {} }],
            versions: ['0.9.0'],
          },
        ],
        references: [{ type: 'WEB', url: 'https://example.org' }],
      }),
    );
    assert.deepEqual(advisory, {
      id: 'GHSA-xxxx',
      summary: 'x',
      aliases: ['CVE-2099-1'],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
      affected: [{ package: { ecosystem: 'npm', name: 'a' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.0' }] }], versions: ['0.9.0'] }],
    });
  });

  const invalid: readonly (readonly [string, string])[] = [
    ['not json', 'not valid JSON'],
    ['[]', 'an advisory must be a JSON object'],
    ['{ "affected": [] }', '"id" must be a non-empty string'],
    ['{ "id": "A" }', '"affected" must be a list'],
    ['{ "id": "A", "affected": [{}] }', '"affected[0]" must have a "package" object'],
    ['{ "id": "A", "affected": [{ "package": { "ecosystem": "npm" } }] }', '"affected[0]".package must have string "ecosystem" and "name"'],
    ['{ "id": "A", "affected": [{ "package": { "ecosystem": "npm", "name": "a" }, "ranges": [{ "type": "SEMVER", "events": [{ "fixd": "1" }] }] }] }', 'must be one of introduced, fixed, last_affected or limit'],
    ['{ "id": "A", "severity": [{ "type": "CVSS_V3" }], "affected": [] }', '"severity[0]" must be { "type": string, "score": string }'],
  ];
  for (const [text, message] of invalid) {
    it(`rejects ${text} (negative control)`, () => {
      assert.throws(() => parseOsvAdvisory(text), (error: unknown) => error instanceof OsvError && error.message.includes(message));
    });
  }
});
