import assert from 'node:assert/strict';
import { commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('TOML files', () => {
  describe('a pyproject.toml', () => {
    const text = [
      '# Build settings',
      '[project]',
      'name = "app"',
      'dependencies = [',
      '  "requests>=2", # HTTP',
      "  'flask',",
      ']',
      '[tool.poetry.dependencies]',
      'django = { version = "*", optional = true }',
      '"my.pkg" = "^1.0"',
      'a.b = 1',
    ].join('\n');
    const model = parseConfigDocument(text, 'toml');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['project', 'name'], 'name', 'app', [27, 31], [35, 38], undefined],
        [['project', 'dependencies'], 'dependencies', undefined, [40, 52], [55, 93], undefined],
        [['project', 'dependencies', '0'], '0', 'requests>=2', [60, 71], [60, 71], undefined],
        [['project', 'dependencies', '1'], '1', 'flask', [84, 89], [84, 89], undefined],
        [['tool', 'poetry', 'dependencies', 'django'], 'django', undefined, [121, 127], [130, 164], undefined],
        [['tool', 'poetry', 'dependencies', 'django', 'version'], 'version', '*', [132, 139], [143, 144], undefined],
        [['tool', 'poetry', 'dependencies', 'django', 'optional'], 'optional', 'true', [147, 155], [158, 162], undefined],
        [['tool', 'poetry', 'dependencies', 'my.pkg'], 'my.pkg', '^1.0', [166, 172], [177, 181], undefined],
        [['tool', 'poetry', 'dependencies', 'a', 'b'], 'b', '1', [185, 186], [189, 190], undefined],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# Build settings', '# HTTP']);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('numbers the elements of an array of tables', () => {
    const text = '[[package]]\nname = "a"\n\n[[package]]\nname = "b"\n[package.extras]\nx = 1\n';
    assert.deepEqual(entryRows(parseConfigDocument(text, 'toml')).map((row) => [row[0], row[2]]), [
      [['package', '0', 'name'], 'a'],
      [['package', '1', 'name'], 'b'],
      [['package', 'extras', 'x'], '1'],
    ]);
  });

  it('decodes escapes and reads multi-line strings', () => {
    const text = 'a = "x\\ty\\u00e9"\nb = """\nline one\nline two"""\nc = \'\'\'raw\\n\'\'\'\n';
    assert.deepEqual(entryRows(parseConfigDocument(text, 'toml')).map((row) => [row[1], row[2]]), [
      ['a', 'x\ty\u00e9'],
      ['b', 'line one\nline two'],
      ['c', 'raw\\n'],
    ]);
  });

  it('reports unterminated strings, arrays and keys without values (negative control)', () => {
    const model = parseConfigDocument('a = "open\nb = [1, 2\n', 'toml');
    assert.deepEqual(model.errors(), ['a string is not closed (offset 4)', 'an array is not closed (offset 14)']);
    assert.deepEqual(parseConfigDocument('key\n', 'toml').errors(), ['a key without "= value" (offset 0)']);
  });

  it('stops with an error rather than exhaust the stack on deep nesting', () => {
    const model = parseConfigDocument(`a = ${'['.repeat(100_000)}`, 'toml');
    assert.deepEqual(model.errors(), ['arrays or inline tables nested too deeply to read (offset 205)']);
  });
});
