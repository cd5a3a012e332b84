import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('sshd_config', () => {
  describe('an sshd_config with a Match block', () => {
    const text = [
      '# sshd',
      'PermitRootLogin yes',
      'PasswordAuthentication=no',
      'Ciphers aes128-cbc,aes256-ctr # weak',
      'Match User admin Address 10.0.0.0/8',
      '    PermitRootLogin no',
    ].join('\n');
    const model = parseConfigDocument(text, 'sshd');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['PermitRootLogin'], 'PermitRootLogin', 'yes', [7, 22], [23, 26], undefined],
        [['PasswordAuthentication'], 'PasswordAuthentication', 'no', [27, 49], [50, 52], undefined],
        [['Ciphers'], 'Ciphers', 'aes128-cbc,aes256-ctr', [53, 60], [61, 82], undefined],
        [['Match'], 'Match', 'User admin Address 10.0.0.0/8', [90, 95], [96, 125], undefined],
        [['Match', 'PermitRootLogin'], 'PermitRootLogin', 'no', [130, 145], [146, 148], 0],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['Match', 'User', 'admin', 'Address', '10.0.0.0/8'], [90, 148]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# sshd', '# weak']);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('reads Keyword=value and keeps keywords as written', () => {
    assert.deepEqual(entryRows(parseConfigDocument('passwordauthentication = yes', 'sshd')), [
      [['passwordauthentication'], 'passwordauthentication', 'yes', [0, 22], [25, 28], undefined],
    ]);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], rows: ReturnType<typeof entryRows>]> = [
      ['PermitRootLogin', ['PermitRootLogin has no value (offset 0)'], [[['PermitRootLogin'], 'PermitRootLogin', '', [0, 15], [15, 15], undefined]]],
      ['Ciphers "aes', ['Unclosed quote (offset 8)'], [[['Ciphers'], 'Ciphers', '"aes', [0, 7], [8, 12], undefined]]],
    ];
    for (const [text, errors, rows] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'sshd');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(entryRows(model), rows);
      });
    }
  });
});
