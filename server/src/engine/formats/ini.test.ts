import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('INI files', () => {
  describe('a pip.conf', () => {
    const text = [
      '; pip configuration',
      '[global]',
      'index-url = http://pypi.example.org/simple ; plain HTTP',
      'extra-index-url =',
      '    http://a.example.org/simple',
      '    https://b.example.org/simple',
      'trusted-host: a.example.org',
      '# install settings',
      '[install]',
      'no-compile',
    ].join('\n');
    const model = parseConfigDocument(text, 'ini');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['global', 'index-url'], 'index-url', 'http://pypi.example.org/simple', [29, 38], [41, 71], 0],
        [['global', 'extra-index-url'], 'extra-index-url', 'http://a.example.org/simple\nhttps://b.example.org/simple', [85, 100], [107, 167], 0],
        [['global', 'trusted-host'], 'trusted-host', 'a.example.org', [168, 180], [182, 195], 0],
        [['install', 'no-compile'], 'no-compile', '', [225, 235], [235, 235], 1],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['global'], [20, 195]],
        [1, undefined, ['install'], [215, 235]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['; pip configuration', '; plain HTTP', '# install settings']);
      assert.deepEqual(model.errors(), []);
    });
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], rows: ReturnType<typeof entryRows>]> = [
      ['[open\nk=v', ['Section header without a closing ] (offset 0)'], [[['open', 'k'], 'k', 'v', [6, 7], [8, 9], 0]]],
      ['  indented=1', [], [[['indented'], 'indented', '1', [2, 10], [11, 12], undefined]]],
      ['[]\n=v', [], [[['', ''], '', 'v', [3, 3], [4, 5], 0]]],
    ];
    for (const [text, errors, rows] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'ini');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(entryRows(model), rows);
      });
    }
  });
});

describe('.npmrc files', () => {
  describe('an .npmrc with registries and a token', () => {
    const text = [
      'registry=http://registry.npmjs.org/',
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      '@acme:registry = "https://npm.acme.example/"',
      'strict-ssl=false ; never do this',
      'always-auth',
    ].join('\n');
    const model = parseConfigDocument(text, 'npmrc');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['registry'], 'registry', 'http://registry.npmjs.org/', [0, 8], [9, 35], undefined],
        [['//registry.npmjs.org/:_authToken'], '//registry.npmjs.org/:_authToken', '${NPM_TOKEN}', [36, 68], [69, 81], undefined],
        [['@acme:registry'], '@acme:registry', 'https://npm.acme.example/', [82, 96], [100, 125], undefined],
        [['strict-ssl'], 'strict-ssl', 'false', [127, 137], [138, 143], undefined],
        [['always-auth'], 'always-auth', '', [160, 171], [171, 171], undefined],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['; never do this']);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('ends an unquoted value at an unescaped ";" or "#", as npm does', () => {
    const text = 'a=b\\;c#d';
    const model = parseConfigDocument(text, 'npmrc');
    assert.deepEqual(entryRows(model), [[['a'], 'a', 'b;c', [0, 1], [2, 6], undefined]]);
    assert.deepEqual(commentTexts(model, text), ['#d']);
  });

  it('keeps an unclosed quote as written', () => {
    assert.deepEqual(entryRows(parseConfigDocument('a="x', 'npmrc')), [[['a'], 'a', '"x', [0, 1], [2, 4], undefined]]);
  });
});
