import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unifiedDiff } from '../../server/src/cli/unified-diff';

const labels = { oldLabel: 'a/src/x.js', newLabel: 'b/src/x.js' };
const numbered = (count: number): string[] => Array.from({ length: count }, (_, i) => `line ${i + 1}`);

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    assert.equal(unifiedDiff('a\nb\n', 'a\nb\n', labels), '');
  });

  it('shows one changed line with three lines of context', () => {
    const before = numbered(10).join('\n') + '\n';
    const after = before.replace('line 5\n', 'line five\n');
    assert.equal(
      unifiedDiff(before, after, labels),
      [
        '--- a/src/x.js',
        '+++ b/src/x.js',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  it('makes separate hunks for changes far apart and joins near ones', () => {
    const lines = numbered(20);
    const after = [...lines];
    after[1] = 'two';
    after[17] = 'eighteen';
    const diff = unifiedDiff(lines.join('\n') + '\n', after.join('\n') + '\n', labels);
    assert.deepEqual(
      diff.split('\n').filter((line) => line.startsWith('@@')),
      ['@@ -1,5 +1,5 @@', '@@ -15,6 +15,6 @@'],
    );
    after[17] = 'line 18';
    after[8] = 'nine';
    const near = unifiedDiff(lines.join('\n') + '\n', after.join('\n') + '\n', labels);
    assert.deepEqual(
      near.split('\n').filter((line) => line.startsWith('@@')),
      ['@@ -1,12 +1,12 @@'],
    );
  });

  it('shows insertions and deletions with their counts', () => {
    assert.equal(
      unifiedDiff('a\nb\nc\n', 'a\nc\nd\ne\n', labels),
      ['--- a/src/x.js', '+++ b/src/x.js', '@@ -1,3 +1,4 @@', ' a', '-b', ' c', '+d', '+e', ''].join('\n'),
    );
  });

  it('marks a last line without a line break', () => {
    assert.equal(
      unifiedDiff('x = md5(a)', 'x = sha256(a)', labels),
      ['--- a/src/x.js', '+++ b/src/x.js', '@@ -1 +1 @@', '-x = md5(a)', '\\ No newline at end of file', '+x = sha256(a)', '\\ No newline at end of file', ''].join('\n'),
    );
  });

  it('prints CRLF lines without their carriage return', () => {
    assert.equal(
      unifiedDiff('a\r\nmd5()\r\n', 'a\r\nsha256()\r\n', labels),
      ['--- a/src/x.js', '+++ b/src/x.js', '@@ -1,2 +1,2 @@', ' a', '-md5()', '+sha256()', ''].join('\n'),
    );
  });

  it('passes each printed line, with its offset, through the redaction callbacks', () => {
    const seen: [string, number][] = [];
    const diff = unifiedDiff('k = "secret-1"\nz\n', 'k = env\nz\n', {
      ...labels,
      redactOld: (line, offset) => {
        seen.push([line, offset]);
        return line.replace('secret-1', 'secr…');
      },
      redactNew: (line) => line.toUpperCase(),
    });
    assert.equal(diff, ['--- a/src/x.js', '+++ b/src/x.js', '@@ -1,2 +1,2 @@', '-k = "secr…"', '+K = ENV', ' z', ''].join('\n'));
    assert.deepEqual(seen, [['k = "secret-1"', 0], ['z', 15]]);
  });

  it('reproduces both texts from one whole-file hunk, for any pair of texts', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }).map((lines) => lines.map((line) => `${line}\n`).join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = unifiedDiff(before, after, { ...labels, context: 1000 });
        if (before === after) return diff === '';
        const body = diff.split('\n').slice(3, -1);
        const side = (keep: string): string => body.filter((line) => line[0] === ' ' || line[0] === keep).map((line) => `${line.slice(1)}\n`).join('');
        return side('-') === before && side('+') === after;
      }),
      { numRuns: 300 },
    );
  });
});
