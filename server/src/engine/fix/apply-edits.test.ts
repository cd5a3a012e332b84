import assert from 'node:assert/strict';
import type { Finding, FixSafety, TextEdit } from '../contract';
import { applyEdits, applyFixes, editsOverlap, OverlappingEditsError } from './apply-edits';
import { mapRangeThroughEdits } from './map-range';

const edit = (start: number, end: number, newText: string): TextEdit => ({ start, end, newText });

function finding(start: number, edits: TextEdit[], safety: FixSafety = 'safe'): Finding {
  return {
    ruleId: 'test/rule',
    severity: 'high',
    confidence: 'high',
    message: 'm',
    range: { start, end: start + 1 },
    fix: { title: 't', edits, safety },
    related: [],
    secrets: [],
  };
}

describe('applyEdits', () => {
  const cases: [string, string, TextEdit[], string][] = [
    ['no edits', 'abc', [], 'abc'],
    ['one replacement', 'md5(x)', [edit(0, 3, 'sha256')], 'sha256(x)'],
    ['edits given out of order', 'a-b-c', [edit(4, 5, 'C'), edit(0, 1, 'A')], 'A-b-C'],
    ['an insertion and a deletion', 'abc', [edit(0, 0, '>'), edit(1, 2, '')], '>ac'],
    ['an insertion at a replacement start', 'abc', [edit(1, 1, '['), edit(1, 2, 'B')], 'a[Bc'],
    ['adjacent replacements', 'abcd', [edit(0, 2, 'X'), edit(2, 4, 'Y')], 'XY'],
    ['an insertion at the end', 'abc', [edit(3, 3, '!')], 'abc!'],
  ];
  for (const [name, text, edits, expected] of cases) {
    it(name, () => assert.equal(applyEdits(text, edits), expected));
  }

  it('rejects overlapping replacements', () => {
    assert.throws(() => applyEdits('abcdef', [edit(0, 3, 'x'), edit(2, 4, 'y')]), OverlappingEditsError);
  });

  it('rejects two insertions at one offset, whose order is undefined', () => {
    assert.throws(() => applyEdits('abc', [edit(1, 1, 'x'), edit(1, 1, 'y')]), OverlappingEditsError);
  });

  it('rejects an insertion inside a replacement', () => {
    assert.throws(() => applyEdits('abcdef', [edit(1, 4, 'x'), edit(2, 2, 'y')]), OverlappingEditsError);
  });

  it('rejects an edit outside the text', () => {
    assert.throws(() => applyEdits('abc', [edit(2, 5, 'x')]), RangeError);
    assert.throws(() => applyEdits('abc', [edit(2, 1, 'x')]), RangeError);
  });
});

describe('editsOverlap', () => {
  const cases: [TextEdit, TextEdit, boolean][] = [
    [edit(0, 3, ''), edit(3, 5, ''), false],
    [edit(0, 3, ''), edit(2, 5, ''), true],
    [edit(2, 2, ''), edit(0, 3, ''), true],
    [edit(3, 3, ''), edit(0, 3, ''), false],
    [edit(3, 3, ''), edit(3, 3, ''), true],
  ];
  for (const [a, b, expected] of cases) {
    it(`[${a.start},${a.end}) and [${b.start},${b.end}) → ${expected}`, () => {
      assert.equal(editsOverlap(a, b), expected);
      assert.equal(editsOverlap(b, a), expected);
    });
  }
});

describe('applyFixes', () => {
  const text = 'md5(a); md5(b); md5(c);';

  it('applies every safe fix in document order', () => {
    const result = applyFixes(text, [finding(8, [edit(8, 11, 'sha256')]), finding(0, [edit(0, 3, 'sha256')])], { safeOnly: true });
    assert.deepEqual(result, {
      text: 'sha256(a); sha256(b); md5(c);',
      applied: 2,
      skipped: 0,
      edits: [edit(0, 3, 'sha256'), edit(8, 11, 'sha256')],
    });
  });

  it('leaves out a fix that overlaps one already taken, and never corrupts the text', () => {
    const result = applyFixes(text, [finding(0, [edit(0, 3, 'sha256')]), finding(1, [edit(2, 6, 'XX')]), finding(16, [edit(16, 19, 'sha256')])], {
      safeOnly: true,
    });
    assert.equal(result.text, 'sha256(a); md5(b); sha256(c);');
    assert.equal(result.applied, 2);
    assert.equal(result.skipped, 1);
  });

  it('takes a multi-edit fix whole or not at all', () => {
    // The second fix's first edit is free, but its second overlaps the first fix: none of it is applied.
    const result = applyFixes(text, [finding(8, [edit(8, 11, 'sha256')]), finding(9, [edit(0, 3, 'sha256'), edit(9, 10, 'X')])], { safeOnly: true });
    assert.equal(result.text, 'md5(a); sha256(b); md5(c);');
    assert.deepEqual([result.applied, result.skipped], [1, 1]);
  });

  it('leaves out a fix whose own edits overlap', () => {
    const result = applyFixes(text, [finding(0, [edit(0, 3, 'x'), edit(1, 2, 'y')])], { safeOnly: true });
    assert.deepEqual([result.text, result.applied, result.skipped], [text, 0, 1]);
  });

  it('applies suggestions only when not limited to safe fixes', () => {
    const findings = [finding(0, [edit(0, 3, 'sha256')], 'suggestion')];
    assert.deepEqual([applyFixes(text, findings, { safeOnly: true }).applied, applyFixes(text, findings, { safeOnly: true }).skipped], [0, 0]);
    assert.equal(applyFixes(text, findings, { safeOnly: false }).text, 'sha256(a); md5(b); md5(c);');
  });
});

describe('mapRangeThroughEdits', () => {
  // "0123456789": the range [4, 6) is "45".
  const cases: [string, TextEdit[], { start: number; end: number }][] = [
    ['no edits', [], { start: 4, end: 6 }],
    ['a longer edit before', [edit(0, 1, 'abc')], { start: 6, end: 8 }],
    ['a deletion before', [edit(0, 2, '')], { start: 2, end: 4 }],
    ['an edit after', [edit(8, 9, 'xyz')], { start: 4, end: 6 }],
    ['an insertion at its start, which it widens to cover', [edit(4, 4, 'ab')], { start: 4, end: 8 }],
    ['an insertion at its end, which stays outside', [edit(6, 6, 'ab')], { start: 4, end: 6 }],
    ['an edit across its start', [edit(3, 5, 'XYZW')], { start: 3, end: 8 }],
    ['an edit across its end', [edit(5, 7, 'XYZW')], { start: 4, end: 9 }],
    ['an edit replacing it', [edit(2, 8, 'Q')], { start: 2, end: 3 }],
  ];
  for (const [name, edits, expected] of cases) {
    it(name, () => assert.deepEqual(mapRangeThroughEdits({ start: 4, end: 6 }, edits), expected));
  }
});
