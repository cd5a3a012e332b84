import assert from 'node:assert/strict';
import { parse, type ParseError } from 'jsonc-parser';
import { commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('JSON', () => {
  describe('a package.json', () => {
    const text = [
      '{',
      '  "name": "demo",',
      '  "publishConfig": { "registry": "http://registry.example.org/" },',
      '  "files": ["dist", 2, true, null],',
      '  "escaped": "a\\"b\\u0041"',
      '}',
    ].join('\n');
    const model = parseConfigDocument(text, 'json');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['name'], 'name', 'demo', [5, 9], [13, 17], undefined],
        [['publishConfig'], 'publishConfig', undefined, [23, 36], [39, 85], undefined],
        [['publishConfig', 'registry'], 'registry', 'http://registry.example.org/', [42, 50], [54, 82], undefined],
        [['files'], 'files', undefined, [90, 95], [98, 121], undefined],
        [['files', '0'], '0', 'dist', [100, 104], [100, 104], undefined],
        [['files', '1'], '1', '2', [107, 108], [107, 108], undefined],
        [['files', '2'], '2', 'true', [110, 114], [110, 114], undefined],
        [['files', '3'], '3', 'null', [116, 120], [116, 120], undefined],
        [['escaped'], 'escaped', 'a"bA', [126, 133], [137, 147], undefined],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), []);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('records comments and reports them, since plain JSON has none', () => {
    const text = '{\n  // why\n  "a": 1 /* inline */\n}';
    const model = parseConfigDocument(text, 'json');
    assert.deepEqual(commentTexts(model, text), ['// why', '/* inline */']);
    assert.deepEqual(model.errors(), ['InvalidCommentToken (offset 4)', 'InvalidCommentToken (offset 20)']);
    assert.deepEqual(entryRows(model), [[['a'], 'a', '1', [14, 15], [18, 19], undefined]]);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], paths: readonly string[]]> = [
      ['{"a": 1,}', ['PropertyNameExpected (offset 8)'], ['a']],
      ['[1 2]', ['CommaExpected (offset 3)'], ['0', '1']],
      ['{"a" 1}', ['ColonExpected (offset 5)'], ['a']],
      ['{"a": "x', ['UnexpectedEndOfString (offset 6)', 'CloseBraceExpected (offset 8)'], ['a']],
      ['{"a": [1, 2}', ['CloseBracketExpected (offset 11)'], ['a', 'a.0', 'a.1']],
      ['{"a": 1} x', ['InvalidSymbol (offset 9)'], ['a']],
      ['', ['ValueExpected (offset 0)'], []],
      ['\u0000\u0001{"a":1}', ['InvalidSymbol (offset 0)'], ['a']],
    ];
    for (const [text, errors, paths] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'json');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(model.entries().map((entry) => entry.path.join('.')), paths);
      });
    }

    it('reports an error exactly when jsonc-parser does', () => {
      const texts = ['{}', '[]', '{"a": [1, {"b": null}]}', '"s"', '{"a": 1,}', '{,}', '{"a": 01}', '{"a": {"b": [}}', '[', ']', '{"a": tru}', '1 2'];
      for (const text of texts) {
        const errors: ParseError[] = [];
        parse(text, errors, { disallowComments: true, allowTrailingComma: false });
        assert.equal(parseConfigDocument(text, 'json').errors().length > 0, errors.length > 0, text);
      }
    });
  });

  it('reads 5,000 nested arrays, which jsonc-parser itself cannot', () => {
    const text = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const model = parseConfigDocument(text, 'json');
    assert.deepEqual(model.errors(), []);
    const deepest = model.entries()[4999];
    assert.equal(deepest?.path.length, 5000);
    assert.equal(deepest?.value, 'x');
    assert.deepEqual(deepest?.valueRange, { start: 5001, end: 5002 });
  });
});
