/** The shared target reasoning of path-traversal, ssrf and open-redirect: fixed hosts and guarding checks. */
import assert from 'node:assert/strict';
import { decidesWith, hostIsFixed } from './untrusted-target';

describe('untrusted targets', () => {
  const hosts: [string | undefined, boolean][] = [
    ['https://api.example.com/users/', true],
    ['https://api.example.com', false],
    ['/account/', true],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['?next=', true],
    ['api/items/', true],
    ['http', false],
    ['', false],
    [undefined, false],
  ];
  for (const [prefix, fixed] of hosts) {
    it(`a target starting ${JSON.stringify(prefix)} ${fixed ? 'has' : 'does not have'} a fixed host`, () => {
      assert.equal(hostIsFixed(prefix), fixed);
    });
  }

  it('takes a decision that names a check word, or compares with a literal, as a guard', () => {
    assert.equal(decidesWith('if (ALLOWED_HOSTS.includes(host)) {', ['allowed'], false), true);
    assert.equal(decidesWith("if (host === 'api.example.com') {", [], true), true);
    assert.equal(decidesWith("const host = 'api.example.com';", ['allowed'], true), false);
  });
});
