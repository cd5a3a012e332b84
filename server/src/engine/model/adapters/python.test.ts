import assert from 'node:assert/strict';
import { firstArgumentValue, withModel } from '../../../../../test/support/model-fixture';

describe('Python adapter', () => {
  it('resolves import and from-import aliases', async () => {
    const source = [
      'import hashlib as h',
      'from hashlib import md5 as m',
      'from Crypto.Hash import MD5',
      'import os.path',
      'h.new("md5"); m(b"x"); MD5.new(); os.path.join("a")',
    ].join('\n');
    const qualified = await withModel('python', source, (model) => model.calls().map((call) => [call.callee, call.qualified]));
    assert.deepStrictEqual(qualified, [
      ['h.new', 'hashlib.new'],
      ['m', 'hashlib.md5'],
      ['MD5.new', 'Crypto.Hash.MD5.new'],
      ['os.path.join', 'os.path.join'],
    ]);
  });

  it('gives keyword arguments their names', async () => {
    const args = await withModel('python', 'requests.get(url, verify=False, **kw)', (model) =>
      model.calls()[0]?.args.map((argument) => [argument.name ?? null, argument.node.text]));
    assert.deepStrictEqual(args, [[null, 'url'], ['verify', 'False'], [null, '**kw']]);
  });

  it('propagates constants through module constants, f-strings and concatenation', async () => {
    const cases: Array<[string, unknown]> = [
      ['ALG = "md" "5"\ndef g():\n    f(ALG)', { kind: 'string', value: 'md5' }],
      ['def g():\n    a = "sha1"\n    f(a)', { kind: 'string', value: 'sha1' }],
      ['n = "md5"\nf(f"{n}")', { kind: 'string', value: 'md5' }],
      ['f(2 ** 10)', { kind: 'number', value: 1024 }],
      ['f(b"\\x41")', { kind: 'string', value: 'A' }],
      ['f(r"\\d")', { kind: 'string', value: '\\d' }],
      ['def g(x):\n    f(x)', { kind: 'unknown' }],
      ['f(False)', { kind: 'boolean', value: false }],
    ];
    for (const [source, expected] of cases) {
      assert.deepStrictEqual(await withModel('python', source, (model) => firstArgumentValue(model, 'f')), expected, source);
    }
  });

  it('treats docstrings as documentation, not code strings', async () => {
    const source = '"""Module md5 docs."""\ndef g():\n    """md5 here too."""\n    return "md5"\n';
    const strings = await withModel('python', source, (model) => model.strings().map((literal) => literal.value));
    assert.deepStrictEqual(strings, ['md5']);
  });
});
