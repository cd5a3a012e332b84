import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('HAProxy configuration', () => {
  describe('an haproxy.cfg with every kind of section', () => {
    const text = [
      'global',
      '    ssl-default-bind-options no-sslv3 # comment',
      'defaults',
      '    mode http',
      'frontend https-in',
      '    bind :443 ssl crt /etc/cert.pem',
      '    http-request redirect scheme https unless { ssl_fc }',
      'backend app',
      '    server s1 10.0.0.1:80 check',
    ].join('\n');
    const model = parseConfigDocument(text, 'haproxy');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['global'], 'global', '', [0, 6], [6, 6], undefined],
        [['global', 'ssl-default-bind-options'], 'ssl-default-bind-options', 'no-sslv3', [11, 35], [36, 44], 0],
        [['defaults'], 'defaults', '', [55, 63], [63, 63], undefined],
        [['defaults', 'mode'], 'mode', 'http', [68, 72], [73, 77], 1],
        [['frontend'], 'frontend', 'https-in', [78, 86], [87, 95], undefined],
        [['frontend', 'bind'], 'bind', ':443 ssl crt /etc/cert.pem', [100, 104], [105, 131], 2],
        [['frontend', 'http-request'], 'http-request', 'redirect scheme https unless { ssl_fc }', [136, 148], [149, 188], 2],
        [['backend'], 'backend', 'app', [189, 196], [197, 200], undefined],
        [['backend', 'server'], 'server', 's1 10.0.0.1:80 check', [205, 211], [212, 232], 3],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['global'], [0, 44]],
        [1, undefined, ['defaults'], [55, 77]],
        [2, undefined, ['frontend', 'https-in'], [78, 188]],
        [3, undefined, ['backend', 'app'], [189, 232]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# comment']);
      assert.deepEqual(model.errors(), []);
    });
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], rows: ReturnType<typeof entryRows>]> = [
      ['bind "x', ['Unclosed quote (offset 5)'], [[['bind'], 'bind', '"x', [0, 4], [5, 7], undefined]]],
      ['  \\#x y', [], [[['#x'], '#x', 'y', [2, 5], [6, 7], undefined]]],
    ];
    for (const [text, errors, rows] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'haproxy');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(entryRows(model), rows);
      });
    }
  });
});
