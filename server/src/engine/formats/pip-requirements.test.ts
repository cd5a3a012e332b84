import assert from 'node:assert/strict';
import { commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('pip requirements files', () => {
  describe('a requirements.txt with index options', () => {
    const text = [
      '# Package index',
      '--index-url http://pypi.example.org/simple',
      '-i https://mirror.example.org/simple',
      '--extra-index-url=http://extra.example.org/simple',
      '--trusted-host pypi.example.org',
      'requests[security]>=2.31,<3 ; python_version > "3.8"',
      'flask==2.0.1 \\',
      '    --hash=sha256:abc123',
      'django',
      'pkg @ https://example.org/pkg-1.0.whl # direct reference',
      '-e git+https://github.com/acme/tool.git#egg=tool',
    ].join('\n');
    const model = parseConfigDocument(text, 'pip-requirements');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['--index-url'], '--index-url', 'http://pypi.example.org/simple', [16, 27], [28, 58], undefined],
        [['--index-url'], '--index-url', 'https://mirror.example.org/simple', [59, 61], [62, 95], undefined],
        [['--extra-index-url'], '--extra-index-url', 'http://extra.example.org/simple', [96, 113], [114, 145], undefined],
        [['--trusted-host'], '--trusted-host', 'pypi.example.org', [146, 160], [161, 177], undefined],
        [['requests'], 'requests', '>=2.31,<3', [178, 186], [196, 205], undefined],
        [['flask'], 'flask', '==2.0.1', [231, 236], [236, 243], undefined],
        [['flask', '--hash'], '--hash', 'sha256:abc123', [250, 256], [257, 270], undefined],
        [['django'], 'django', '', [271, 277], [277, 277], undefined],
        [['pkg'], 'pkg', '@ https://example.org/pkg-1.0.whl', [278, 281], [282, 315], undefined],
        [['--editable'], '--editable', 'git+https://github.com/acme/tool.git#egg=tool', [335, 337], [338, 383], undefined],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# Package index', '# direct reference']);
      assert.deepEqual(model.errors(), []);
    });
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], rows: ReturnType<typeof entryRows>]> = [
      ['--index-url', ['--index-url needs a value (offset 0)'], [[['--index-url'], '--index-url', '', [0, 11], [11, 11], undefined]]],
      ['??', ['Not a requirement: "??" (offset 0)'], []],
      ['-ihttps://x/simple', [], [[['--index-url'], '--index-url', 'https://x/simple', [0, 2], [2, 18], undefined]]],
      ['./local/pkg', [], [[['./local/pkg'], './local/pkg', './local/pkg', [0, 11], [0, 11], undefined]]],
    ];
    for (const [text, errors, rows] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'pip-requirements');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(entryRows(model), rows);
      });
    }
  });
});
