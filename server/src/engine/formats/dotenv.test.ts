import assert from 'node:assert/strict';
import { commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('.env files', () => {
  describe('a .env file', () => {
    const text = [
      '# Local settings',
      'export API_KEY=abc123',
      'DATABASE_URL="postgres://u:p@db/app?x=1\\n2" # quoted',
      'SINGLE=\'a#b $HOME\'',
      'PLAIN=value #comment',
      'HASH_IN_URL=http://x/#frag',
    ].join('\n');
    const model = parseConfigDocument(text, 'dotenv');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['API_KEY'], 'API_KEY', 'abc123', [24, 31], [32, 38], undefined],
        [['DATABASE_URL'], 'DATABASE_URL', 'postgres://u:p@db/app?x=1\n2', [39, 51], [53, 81], undefined],
        [['SINGLE'], 'SINGLE', 'a#b $HOME', [92, 98], [100, 109], undefined],
        [['PLAIN'], 'PLAIN', 'value', [111, 116], [117, 122], undefined],
        [['HASH_IN_URL'], 'HASH_IN_URL', 'http://x/#frag', [132, 143], [144, 158], undefined],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# Local settings', '# quoted', '#comment']);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('lets a double-quoted value span lines', () => {
    const text = 'KEY="line one\nline two"\nNEXT=1';
    assert.deepEqual(entryRows(parseConfigDocument(text, 'dotenv')), [
      [['KEY'], 'KEY', 'line one\nline two', [0, 3], [5, 22], undefined],
      [['NEXT'], 'NEXT', '1', [24, 28], [29, 30], undefined],
    ]);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], rows: ReturnType<typeof entryRows>]> = [
      ['A=\'open\nB=2', ['Unclosed quote in the value of A (offset 2)'], [[['A'], 'A', 'open', [0, 1], [3, 7], undefined], [['B'], 'B', '2', [8, 9], [10, 11], undefined]]],
      ['=x', ['Expected KEY=value, found "=x" (offset 0)'], [[[''], '', undefined, [0, 0], undefined, undefined]]],
      ['A="x" junk', ['Unexpected text after the quoted value of A (offset 6)'], [[['A'], 'A', 'x', [0, 1], [3, 4], undefined]]],
      ['BAD LINE', ['Expected KEY=value, found "BAD LINE" (offset 0)'], [[['BAD'], 'BAD', undefined, [0, 3], undefined, undefined]]],
    ];
    for (const [text, errors, rows] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'dotenv');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(entryRows(model), rows);
      });
    }
  });
});
