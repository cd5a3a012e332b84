import assert from 'node:assert/strict';
import { commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('Java .properties', () => {
  describe('an application.properties file', () => {
    const text = [
      '# Database settings',
      '! legacy comment',
      'db.url = jdbc:mysql://db.internal/app',
      'db.password:s3cret\\',
      '    Continued',
      'key\\ with\\ spaces value',
      'greeting=caf\\u00e9\\tend',
      'empty',
    ].join('\n');
    const model = parseConfigDocument(text, 'properties');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['db.url'], 'db.url', 'jdbc:mysql://db.internal/app', [37, 43], [46, 74], undefined],
        [['db.password'], 'db.password', 's3cretContinued', [75, 86], [87, 108], undefined],
        [['key with spaces'], 'key with spaces', 'value', [109, 126], [127, 132], undefined],
        [['greeting'], 'greeting', 'café\tend', [133, 141], [142, 156], undefined],
        [['empty'], 'empty', '', [157, 162], [162, 162], undefined],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# Database settings', '! legacy comment']);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('joins a continuation only after an odd run of backslashes', () => {
    const text = 'a=b\\\\\nc=d';
    assert.deepEqual(entryRows(parseConfigDocument(text, 'properties')), [
      [['a'], 'a', 'b\\', [0, 1], [2, 5], undefined],
      [['c'], 'c', 'd', [6, 7], [8, 9], undefined],
    ]);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], rows: ReturnType<typeof entryRows>]> = [
      ['a=\\u12', ['Malformed \\uxxxx encoding in a .properties value (offset 2)'], [[['a'], 'a', 'u12', [0, 1], [2, 6], undefined]]],
      ['=v', [], [[[''], '', 'v', [0, 0], [1, 2], undefined]]],
      ['a\\', [], [[['a'], 'a', '', [0, 1], [2, 2], undefined]]],
      ['\u0000\u0001=\u0002', [], [[['\u0000\u0001'], '\u0000\u0001', '\u0002', [0, 2], [3, 4], undefined]]],
    ];
    for (const [text, errors, rows] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'properties');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(entryRows(model), rows);
      });
    }
  });
});
