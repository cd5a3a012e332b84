import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('Dockerfile', () => {
  describe('a Dockerfile with two stages', () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      'ARG NODE=20',
      'FROM node:${NODE} AS build',
      '# Install build tools',
      'RUN apt-get update && \\',
      '    # a comment inside a continuation',
      '    apt-get install -y curl',
      'RUN <<EOF',
      'curl -fsSL http://get.example.org | sh',
      'EOF',
      'FROM --platform=linux/amd64 nginx:1.25',
      'COPY --from=build /app /usr/share/nginx/html',
      'user nginx',
    ].join('\n');
    const model = parseConfigDocument(text, 'dockerfile');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['ARG'], 'ARG', 'NODE=20', [29, 32], [33, 40], undefined],
        [['FROM'], 'FROM', 'node:${NODE} AS build', [41, 45], [46, 67], 0],
        [['RUN'], 'RUN', 'apt-get update && \\\n    # a comment inside a continuation\n    apt-get install -y curl', [90, 93], [94, 179], 0],
        [['RUN'], 'RUN', '<<EOF\ncurl -fsSL http://get.example.org | sh\nEOF', [180, 183], [184, 232], 0],
        [['FROM'], 'FROM', '--platform=linux/amd64 nginx:1.25', [233, 237], [238, 271], 1],
        [['COPY'], 'COPY', '--from=build /app /usr/share/nginx/html', [272, 276], [277, 316], 1],
        [['USER'], 'USER', 'nginx', [317, 321], [322, 327], 1],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['stage', 'build'], [41, 232]],
        [1, undefined, ['stage', '1'], [233, 327]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# syntax=docker/dockerfile:1', '# Install build tools', '# a comment inside a continuation']);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('continues lines with the escape character a parser directive chooses', () => {
    const text = '# escape=`\nFROM x\nRUN a `\n  b\n';
    const model = parseConfigDocument(text, 'dockerfile');
    assert.deepEqual(entryRows(model), [
      [['FROM'], 'FROM', 'x', [11, 15], [16, 17], 0],
      [['RUN'], 'RUN', 'a `\n  b', [18, 21], [22, 29], 0],
    ]);
    assert.deepEqual(commentTexts(model, text), ['# escape=`']);
  });

  it('reads several heredocs on one instruction in order', () => {
    const text = 'FROM a\nRUN <<A <<B\na\nA\nb\nB\nUSER x';
    assert.deepEqual(entryRows(parseConfigDocument(text, 'dockerfile')), [
      [['FROM'], 'FROM', 'a', [0, 4], [5, 6], 0],
      [['RUN'], 'RUN', '<<A <<B\na\nA\nb\nB', [7, 10], [11, 26], 0],
      [['USER'], 'USER', 'x', [27, 31], [32, 33], 0],
    ]);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], keys: readonly string[]]> = [
      ['RUN x\nFROM a', ['RUN comes before the first FROM (offset 0)'], ['RUN', 'FROM']],
      ['FROM a\nFORM x', ['Unknown instruction FORM (offset 7)'], ['FROM', 'FORM']],
      ['FROM a\nRUN <<EOF\nno end', ['Heredoc EOF is never closed (offset 7)'], ['FROM', 'RUN']],
      ['FROM a\nRUN b \\', [], ['FROM', 'RUN']],
      ['# escape=x\nFROM a', ['Invalid escape character "x"; use \\ or ` (offset 9)'], ['FROM']],
      ['\u0000\u0001', ['Unknown instruction \u0000\u0001 (offset 0)'], ['\u0000\u0001']],
    ];
    for (const [text, errors, keys] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'dockerfile');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(model.entries().map((entry) => entry.key), keys);
      });
    }
  });
});
