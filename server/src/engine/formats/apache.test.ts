import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('Apache httpd configuration', () => {
  describe('an httpd.conf with nested sections', () => {
    const text = [
      '# Main server',
      'ServerTokens Full',
      '<VirtualHost *:443>',
      '    SSLEngine on',
      '    SSLProtocol all -SSLv3 \\',
      '        -TLSv1',
      '    <Directory "/var/www/html">',
      '        Options Indexes FollowSymLinks',
      '    </Directory>',
      '</VirtualHost>',
    ].join('\n');
    const model = parseConfigDocument(text, 'apache');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['ServerTokens'], 'ServerTokens', 'Full', [14, 26], [27, 31], undefined],
        [['VirtualHost'], 'VirtualHost', '*:443', [33, 44], [45, 50], undefined],
        [['VirtualHost', 'SSLEngine'], 'SSLEngine', 'on', [56, 65], [66, 68], 0],
        [['VirtualHost', 'SSLProtocol'], 'SSLProtocol', 'all -SSLv3 \\\n        -TLSv1', [73, 84], [85, 112], 0],
        [['VirtualHost', 'Directory'], 'Directory', '"/var/www/html"', [118, 127], [128, 143], 0],
        [['VirtualHost', 'Directory', 'Options'], 'Options', 'Indexes FollowSymLinks', [153, 160], [161, 183], 1],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['VirtualHost', '*:443'], [32, 215]],
        [1, 0, ['Directory', '/var/www/html'], [117, 200]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# Main server']);
      assert.deepEqual(model.errors(), []);
    });
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], rows: ReturnType<typeof entryRows>]> = [
      ['<A>\n<B>\n</A>', ['<B> is never closed (offset 4)'], [[['A'], 'A', '', [1, 2], [2, 2], undefined], [['A', 'B'], 'B', '', [5, 6], [6, 6], 0]]],
      ['<A x', ['Section line without a closing > (offset 0)', '<A> is never closed (offset 0)'], [[['A'], 'A', 'x', [1, 2], [3, 4], undefined]]],
      ['</B>', ['</B> closes no open section (offset 0)'], []],
    ];
    for (const [text, errors, rows] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'apache');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(entryRows(model), rows);
      });
    }
  });

  it('closes sections case-insensitively and keeps quoted arguments whole in labels', () => {
    const model = parseConfigDocument('<If "%{HTTPS} == on">\n</if>', 'apache');
    assert.deepEqual(model.errors(), []);
    assert.deepEqual(blockRows(model), [[0, undefined, ['If', '%{HTTPS} == on'], [0, 27]]]);
  });
});
