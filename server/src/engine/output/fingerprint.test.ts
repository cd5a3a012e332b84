import assert from 'node:assert/strict';
import type { Finding, Range } from '../contract';
import { computeFingerprints } from './fingerprint';

/** A finding on the first occurrence at or after `from` of `flagged` in `text`. */
function findingOn(text: string, flagged: string, options: { ruleId?: string; from?: number; secrets?: (range: Range) => Range[] } = {}): Finding {
  const start = text.indexOf(flagged, options.from ?? 0);
  assert.ok(start >= 0, `${flagged} not in text`);
  const range = { start, end: start + flagged.length };
  return {
    ruleId: options.ruleId ?? 'crypto/weak-hash',
    severity: 'high',
    confidence: 'high',
    message: 'm',
    range,
    related: [],
    secrets: options.secrets?.(range) ?? [],
  };
}

function fingerprintOf(text: string, flagged: string, path = 'src/a.js'): string {
  const [fingerprint] = computeFingerprints([findingOn(text, flagged)], text, path);
  return fingerprint!;
}

describe('computeFingerprints', () => {
  const original = 'function f(x) {\n  return md5(x);\n}\n';

  it('is pinned: changing the hash input would invalidate every stored baseline', () => {
    assert.equal(fingerprintOf(original, 'md5(x)'), '1734f8b2d6fe26ca4d607dd7922deb5ce113dda923487a88393fb9f2b50f5c1d');
  });

  it('survives lines inserted above the finding', () => {
    const moved = '// a comment\nimport x from "y";\n\n' + original;
    assert.equal(fingerprintOf(moved, 'md5(x)'), fingerprintOf(original, 'md5(x)'));
  });

  it('survives re-indentation and re-wrapping inside the flagged text', () => {
    const before = 'call(\n  a,\n  b)';
    const after = '        call(\n            a,   b)';
    assert.equal(fingerprintOf(after, after.trim()), fingerprintOf(before, before));
  });

  it('changes when the flagged code changes', () => {
    assert.notEqual(fingerprintOf('return md5(y);', 'md5(y)'), fingerprintOf(original, 'md5(x)'));
  });

  it('changes with the rule id and with the path', () => {
    const base = fingerprintOf(original, 'md5(x)');
    const otherRule = computeFingerprints([findingOn(original, 'md5(x)', { ruleId: 'crypto/other' })], original, 'src/a.js')[0];
    assert.notEqual(otherRule, base);
    assert.notEqual(fingerprintOf(original, 'md5(x)', 'src/b.js'), base);
  });

  it('numbers identical findings in document order, whatever order they are passed in', () => {
    const text = 'md5(x);\nmd5(x);\nmd5(y);\n';
    const first = findingOn(text, 'md5(x)');
    const second = findingOn(text, 'md5(x)', { from: 1 });
    const third = findingOn(text, 'md5(y)');
    const forward = computeFingerprints([first, second, third], text, 'a.js');
    const backward = computeFingerprints([third, second, first], text, 'a.js');
    assert.equal(new Set(forward).size, 3);
    assert.deepEqual(backward, [forward[2], forward[1], forward[0]]);
    // Deleting the first copy gives the second one the first one's fingerprint: the index is what identifies it.
    const shorter = 'md5(x);\nmd5(y);\n';
    assert.deepEqual(computeFingerprints([findingOn(shorter, 'md5(x)')], shorter, 'a.js'), [forward[0]]);
  });

  describe('secrets', () => {
    const secretFinding = (text: string, token: string): Finding => findingOn(text, token, { secrets: (range) => [range] });

    it('tells apart two tokens that share their visible prefix', () => {
      const a = 'key = "sk_live_aaaaaaaaaaaa"';
      const b = 'key = "sk_live_bbbbbbbbbbbb"';
      const [fa] = computeFingerprints([secretFinding(a, 'sk_live_aaaaaaaaaaaa')], a, 'x.js');
      const [fb] = computeFingerprints([secretFinding(b, 'sk_live_bbbbbbbbbbbb')], b, 'x.js');
      assert.notEqual(fa, fb);
    });

    it('keeps the same token stable when lines move', () => {
      const a = 'key = "sk_live_aaaaaaaaaaaa"';
      const b = '\n\n  key = "sk_live_aaaaaaaaaaaa"';
      assert.deepEqual(
        computeFingerprints([secretFinding(b, 'sk_live_aaaaaaaaaaaa')], b, 'x.js'),
        computeFingerprints([secretFinding(a, 'sk_live_aaaaaaaaaaaa')], a, 'x.js'),
      );
    });

    it('is not the fingerprint of the same text without the secret marked', () => {
      const a = 'key = "sk_live_aaaaaaaaaaaa"';
      assert.notDeepEqual(
        computeFingerprints([secretFinding(a, 'sk_live_aaaaaaaaaaaa')], a, 'x.js'),
        computeFingerprints([findingOn(a, 'sk_live_aaaaaaaaaaaa')], a, 'x.js'),
      );
    });
  });
});
