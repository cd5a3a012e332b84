import assert from 'node:assert/strict';
import { isSecurityValueName, nameWords } from './security-value';

describe('security value names (CONTRACTS §7)', () => {
  it('splits names written in every case convention', () => {
    const cases: Array<[string, string[]]> = [
      ['sessionToken', ['session', 'token']],
      ['SESSION_TOKEN', ['session', 'token']],
      ['csrf-token', ['csrf', 'token']],
      ['resetURLToken2', ['reset', 'url', 'token2']],
      ['$apiKey', ['api', 'key']],
      ['IVBytes', ['iv', 'bytes']],
    ];
    for (const [name, words] of cases) assert.deepStrictEqual(nameWords(name), words, name);
  });

  it('recognises security values', () => {
    for (const name of ['token', 'sessionId', 'password_reset', 'otp', 'nonce', 'salt', 'secretKey', 'iv', 'csrfToken', 'authCode', 'api_key', 'SESSION_SECRET']) {
      assert.equal(isSecurityValueName(name), true, name);
    }
  });

  it('stays silent on look-alikes', () => {
    for (const name of ['keyboard', 'monkey', 'primaryKey', 'sortKey', 'cacheKey', 'shuffle', 'jitter', 'delay', 'sample', 'colour', 'tokenizer', 'ivory', 'saltwater']) {
      assert.equal(isSecurityValueName(name), false, name);
    }
  });
});
