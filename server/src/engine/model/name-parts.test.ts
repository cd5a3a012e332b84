import assert from 'node:assert/strict';
import { nameParts, pathNameParts } from './name-parts';

describe('name parts', () => {
  it('split at each language separator, dropping empty parts', () => {
    assert.deepEqual(nameParts('crypto.createHash'), ['crypto', 'createHash']);
    assert.deepEqual(nameParts('OpenSSL::Cipher.new'), ['OpenSSL', 'Cipher', 'new']);
    assert.deepEqual(nameParts('$this->cipher->encrypt'), ['$this', 'cipher', 'encrypt']);
    assert.deepEqual(nameParts('\\System\\Security\\Cryptography'), ['System', 'Security', 'Cryptography']);
    assert.deepEqual(nameParts(''), []);
  });

  it('keep a slash in a name, or split at it too for import paths', () => {
    assert.deepEqual(nameParts('crypto/md5.New'), ['crypto/md5', 'New']);
    assert.deepEqual(pathNameParts('crypto/md5.New'), ['crypto', 'md5', 'New']);
  });

  it('share one read-only array per name', () => {
    const parts = nameParts('hashlib.md5');
    assert.equal(nameParts('hashlib.md5'), parts);
    assert.ok(Object.isFrozen(parts));
    assert.notEqual(pathNameParts('hashlib.md5'), parts, 'each kind has its own');
  });

  it('still answer correctly once the cache has started again', () => {
    for (let index = 0; index < 20_001; index++) nameParts(`module${index}.call`);
    assert.deepEqual(nameParts('module7.call'), ['module7', 'call']);
    assert.deepEqual(nameParts('module20000.call'), ['module20000', 'call']);
  });
});
