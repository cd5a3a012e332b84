import assert from 'node:assert/strict';
import { firstArgumentValue, withModel } from '../../../../../test/support/model-fixture';

describe('JavaScript and TypeScript adapter', () => {
  it('resolves require, destructured require and ES import aliases', async () => {
    const source = [
      "const c = require('node:crypto');",
      "const { createHash: ch, createHmac } = require('crypto');",
      "import * as nodeCrypto from 'crypto';",
      "import { createHash as h } from 'node:crypto';",
      "c.createHash('md5'); ch('sha1'); createHmac('md5', k); nodeCrypto.createHash('a'); h('b');",
      "require('crypto').createHash('c');",
    ].join('\n');
    const qualified = await withModel('javascript', source, (model) =>
      model.calls().filter((call) => call.name !== 'require').map((call) => [call.callee, call.qualified]));
    assert.deepStrictEqual(qualified, [
      ['c.createHash', 'crypto.createHash'],
      ['ch', 'crypto.createHash'],
      ['createHmac', 'crypto.createHmac'],
      ['nodeCrypto.createHash', 'crypto.createHash'],
      ['h', 'crypto.createHash'],
      ['crypto.createHash', 'crypto.createHash'],
    ]);
  });

  it("resolves compiled code's indirect calls of named imports, `(0, crypto_1.createHash)(…)`", async () => {
    const source = [
      'const crypto_1 = require("crypto");',
      '(0, crypto_1.createHash)("md5");',
      '(0, (0, crypto_1.createHmac))("sha1", k);',
      '(a(), b, crypto_1.randomBytes)(16);',
    ].join('\n');
    const calls = await withModel('javascript', source, (model) =>
      model.calls().filter((call) => call.name !== 'require' && call.name !== 'a').map((call) => [call.name, call.qualified]));
    assert.deepStrictEqual(calls, [
      ['createHash', 'crypto.createHash'],
      ['createHmac', 'crypto.createHmac'],
      ['randomBytes', 'crypto.randomBytes'],
    ]);
  });

  it('names member chains the same whether written plainly (read from the text) or not (read node by node)', async () => {
    const source = [
      "import * as c from 'crypto';",
      "c.subtle.digest('SHA-1', d); c . subtle . digest('SHA-1', d); c\n  .subtle.digest('SHA-1', d); c['subtle'].digest('SHA-1', d);",
      'super.digest(d); this.digest(d); this.$x.y_1(d); a?.b.digest(d); undefined.digest(d);',
    ].join('\n');
    const calls = await withModel('javascript', source, (model) => model.calls().map((call) => [call.callee, call.qualified, call.name]));
    assert.deepStrictEqual(calls, [
      ['c.subtle.digest', 'crypto.subtle.digest', 'digest'],
      ['c.subtle.digest', 'crypto.subtle.digest', 'digest'],
      ['c.subtle.digest', 'crypto.subtle.digest', 'digest'],
      ['c.subtle.digest', 'crypto.subtle.digest', 'digest'],
      // No name heads these: the callee's text, compacted, with its last part as the name.
      ['super.digest', 'super.digest', 'digest'],
      ['this.digest', 'this.digest', 'digest'],
      ['this.$x.y_1', 'this.$x.y_1', 'y_1'],
      ['a.b.digest', 'a.b.digest', 'digest'],
      ['undefined.digest', 'undefined.digest', 'digest'],
    ]);
    const qualifiedNames = await withModel('javascript', 'const x = a.b.c;\nconst y = super.b;\n', (model) =>
      model.assignments().map((assignment) => model.qualifiedName(assignment.value) ?? null));
    assert.deepStrictEqual(qualifiedNames, ['a.b.c', null]);
  });

  it('gives a call its arguments without the comments among them, and a tagged template its template', async () => {
    const source = "f(/* first */ a, // second\n /b\\//g, c /* last */);\ntag`x${y}`;\nnew C(/c/, d);\n";
    const args = await withModel('javascript', source, (model) => model.calls().map((call) => call.args.map((argument) => argument.node.text)));
    assert.deepStrictEqual(args, [['a', '/b\\//g', 'c'], ['`x${y}`'], ['/c/', 'd']]);
  });

  it('propagates constants through variables, concatenation and template strings', async () => {
    const cases: Array<[string, unknown]> = [
      ["const ALG = 'md' + '5';\nf(ALG);", { kind: 'string', value: 'md5' }],
      ["function g() { let a = 'sha1'; a = 'sha256'; f(a); }", { kind: 'string', value: 'sha256' }],
      ["const n = 'md5';\nf(`${n}`);", { kind: 'string', value: 'md5' }],
      ['f(1024 * 2);', { kind: 'number', value: 2048 }],
      ["f(process.env.ALG || 'md5');", { kind: 'unknown' }],
      ["function g(p) { f(p); }", { kind: 'unknown' }],
      ["f('a\\x41');", { kind: 'string', value: 'aA' }],
    ];
    for (const [source, expected] of cases) {
      assert.deepStrictEqual(await withModel('javascript', source, (model) => firstArgumentValue(model, 'f')), expected, source);
    }
  });

  it('sees through TypeScript type assertions', async () => {
    const value = await withModel('typescript', "const a = 'md5' as const;\nf(a as string);", (model) => firstArgumentValue(model, 'f'));
    assert.deepStrictEqual(value, { kind: 'string', value: 'md5' });
  });

  it('collects object pairs, shorthand properties and JSX attributes as key/values', async () => {
    const source = "new A({ rejectUnauthorized: false, 'x-y': 1, agent });\nconst e = <div dangerouslySetInnerHTML={html} />;";
    const keys = await withModel('tsx', source, (model) => model.keyValues().map((pair) => [pair.key, pair.value.text]));
    assert.deepStrictEqual(keys, [['rejectUnauthorized', 'false'], ['x-y', '1'], ['agent', 'agent'], ['dangerouslySetInnerHTML', 'html']]);
  });

  it('records member assignments such as process.env settings', async () => {
    const targets = await withModel('javascript', "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';\nprocess.env['X'] = 1;", (model) =>
      model.assignments().map((assignment) => assignment.target));
    assert.deepStrictEqual(targets, ['process.env.NODE_TLS_REJECT_UNAUTHORIZED', "process.env['X']"]);
  });

  it('gives string values and value ranges, never comments', async () => {
    const source = "// 'md5' in a comment\nconst s = 'md5';";
    const strings = await withModel('javascript', source, (model) => model.strings().map((literal) => [literal.value, literal.valueRange]));
    assert.deepStrictEqual(strings, [['md5', { start: 33, end: 36 }]]);
  });
});

describe('JavaScript adapter on TypeScript types', () => {
  it('does not take the `string` type keyword for a string literal', async () => {
    const strings = await withModel('typescript', "let password: string = 'x';\nfunction f(a: string): string { return a; }", (model) =>
      model.strings().map((literal) => literal.value));
    assert.deepStrictEqual(strings, ['x']);
  });
});
