import assert from 'node:assert/strict';
import { redactSecret, redactText, redactValues, secretValues } from './redact';

describe('redactSecret', () => {
  const cases: [string, string][] = [
    ['ghp_0123456789abcdefghij', 'ghp_…'],
    ['sk_live_abcdef', 'sk_l…'],
    ['abcdefgh', 'abcd…'],
    // Short values show at most half, so a four-character secret is never printed whole.
    ['abcdef', 'abc…'],
    ['abcd', 'ab…'],
    ['a', '…'],
    ['', '…'],
  ];
  for (const [value, expected] of cases) {
    it(`redacts ${JSON.stringify(value)} to ${JSON.stringify(expected)}`, () => {
      assert.equal(redactSecret(value), expected);
    });
  }
});

describe('redactText', () => {
  const document = 'const key = "sk_live_abcdef123456";\nconst other = "pk_test_000000000";\n';
  const first = { start: 13, end: 33 };
  const second = { start: 51, end: 68 };

  it('redacts a secret inside a slice taken at an offset', () => {
    assert.equal(redactText(document.slice(0, 36), 0, [first]), 'const key = "sk_l…";\n');
    assert.equal(redactText(document.slice(10, 36), 10, [first]), '= "sk_l…";\n');
  });

  it('redacts several secrets and leaves the text between them', () => {
    assert.equal(redactText(document, 0, [second, first]), 'const key = "sk_l…";\nconst other = "pk_t…";\n');
  });

  it('shows only the part of the visible prefix that falls inside the slice', () => {
    // The slice starts two characters into the secret: "li" of "sk_live…" is past the prefix.
    assert.equal(redactText(document.slice(15, 36), 15, [first]), '_l…";\n');
    assert.equal(redactText(document.slice(20, 36), 20, [first]), '…";\n');
  });

  it('redacts a secret that runs over several lines, line by line', () => {
    const pem = 'x = """-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34\nGkxFhD90vcNLYLInFEX\n-----END KEY-----"""';
    const secret = { start: 7, end: pem.length - 3 };
    const lines = pem.split('\n');
    let offset = 0;
    const redacted = lines.map((line) => {
      const result = redactText(line, offset, [secret]);
      offset += line.length + 1;
      return result;
    });
    assert.deepEqual(redacted, ['x = """----…', '…', '…', '…"""']);
  });

  it('merges overlapping secrets', () => {
    assert.equal(redactText('abcdefghijklmnop', 0, [{ start: 2, end: 8 }, { start: 5, end: 12 }]), 'abcdef…mnop');
  });

  it('leaves text without secrets alone', () => {
    assert.equal(redactText('plain', 40, [{ start: 0, end: 10 }]), 'plain');
  });
});

describe('redactValues', () => {
  it('replaces every occurrence, longest value first', () => {
    assert.equal(
      redactValues('Key sk_live_abcdef (and again sk_live_abcdef), token sk_live_abcdefXYZ', ['sk_live_abcdef', 'sk_live_abcdefXYZ']),
      'Key sk_l… (and again sk_l…), token sk_l…',
    );
  });

  it('reads the values from a document', () => {
    assert.deepEqual(secretValues('a = "s3cr3tvalue"', [{ start: 5, end: 16 }, { start: 3, end: 3 }]), ['s3cr3tvalue']);
  });
});
