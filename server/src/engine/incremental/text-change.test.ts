import assert from 'node:assert/strict';
import { pointAt, textChange } from './text-change';

describe('textChange', () => {
  it('is undefined for the same text', () => {
    assert.equal(textChange('abc', 'abc'), undefined);
  });

  it('finds one typed character between a common prefix and suffix, with rows and UTF-16 columns', () => {
    assert.deepEqual(textChange('ab\ncd\nef', 'ab\ncXd\nef'), {
      startIndex: 4,
      oldEndIndex: 4,
      newEndIndex: 5,
      startPosition: { row: 1, column: 1 },
      oldEndPosition: { row: 1, column: 1 },
      newEndPosition: { row: 1, column: 2 },
    });
  });

  it('covers coalesced edits far apart as one replacement', () => {
    const change = textChange('one two three', 'One two threE');
    assert.deepEqual([change?.startIndex, change?.oldEndIndex, change?.newEndIndex], [0, 13, 13]);
  });

  it('does not let the suffix reach back into the prefix when a repeated character is inserted', () => {
    // "aa" → "aaa": prefix 2, and the suffix may use only what is left after it.
    const change = textChange('aa', 'aaa');
    assert.deepEqual([change?.startIndex, change?.oldEndIndex, change?.newEndIndex], [2, 2, 3]);
  });

  it('handles deletion of a whole line', () => {
    const change = textChange('a\nb\nc', 'a\nc');
    assert.deepEqual([change?.startIndex, change?.oldEndIndex, change?.newEndIndex], [2, 4, 2]);
    assert.deepEqual(change?.oldEndPosition, { row: 2, column: 0 });
  });
});

describe('pointAt', () => {
  it('counts rows by line feed and columns in UTF-16 code units', () => {
    assert.deepEqual(pointAt('😀x\ny', 2), { row: 0, column: 2 });
    assert.deepEqual(pointAt('😀x\ny', 4), { row: 1, column: 0 });
    assert.deepEqual(pointAt('a\r\nb', 3), { row: 1, column: 0 });
  });
});
