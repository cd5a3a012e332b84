import assert from 'node:assert/strict';
import type { Rule } from './contract';
import { DEFAULT_CONFIG, type EffectiveConfig } from './config/types';
import { parseStatistics } from './parse/parse-code';
import { scan } from './scan';
import { NO_PROJECT } from '../../../test/support/model-fixture';
import { MD5_TEST_RULE_META } from '../../../test/support/test-rule-meta';

const META = MD5_TEST_RULE_META;

/** Reports every call named md5, at the confidence its argument asks for. */
const md5Calls: Rule = {
  meta: META,
  check(context) {
    for (const call of context.code?.calls() ?? []) {
      if (call.name !== 'md5') continue;
      const argument = call.args[0];
      const confidence = argument && context.code?.valueOf(argument.node).kind === 'string' ? 'high' : 'low';
      context.report({ node: call.node, message: 'md5 call', confidence });
    }
  },
};

function options(overrides: Partial<EffectiveConfig> = {}, rules: readonly Rule[] = [md5Calls]) {
  return { rules, config: { ...DEFAULT_CONFIG, ...overrides }, project: NO_PROJECT, today: '2026-11-27' };
}

describe('scan', () => {
  it('reports findings as offsets on the flagged call', async () => {
    const text = "const a = 1;\nmd5('x');\n";
    const result = await scan({ path: 'a.js', text }, options());
    assert.deepStrictEqual(result.findings.map((finding) => [finding.ruleId, finding.range, finding.severity]), [
      ['crypto/test-md5-call', { start: 13, end: 21 }, 'high'],
    ]);
    assert.equal(result.fingerprints.length, 1);
  });

  it('never parses a file no rule can match', async () => {
    const before = parseStatistics().parses;
    const result = await scan({ path: 'a.js', text: 'sha256(x);\n' }, options());
    assert.equal(parseStatistics().parses, before);
    assert.deepStrictEqual(result.findings, []);
  });

  it('runs only the rules that read generated code on a .d.ts file, and parses it only for them', async () => {
    const md5TypeScript: Rule = { ...md5Calls, meta: { ...META, languages: ['typescript'] } };
    const declarationRule: Rule = {
      meta: { ...META, id: 'secrets/test-declarations', languages: ['typescript'], prefilter: ['ghp_'], generatedFiles: true },
      check(context) {
        const at = context.document.text.indexOf('ghp_');
        context.report({ range: { start: at, end: at + 4 }, message: 'token' });
      },
    };
    const rules = [md5TypeScript, declarationRule];
    const text = "// example: ghp_\nexport declare const hash: typeof md5;\nmd5('x');\n";
    const ruleIds = async (path: string): Promise<string[]> => (await scan({ path, text }, options({}, rules))).findings.map((finding) => finding.ruleId);
    assert.deepEqual(await ruleIds('src/hash.ts'), ['secrets/test-declarations', 'crypto/test-md5-call']);
    for (const path of ['types/hash.d.ts', 'lib/hash.d.mts', 'lib/hash.d.cts', 'styles/app.d.css.ts', 'HASH.D.TS']) {
      assert.deepEqual(await ruleIds(path), ['secrets/test-declarations'], path);
    }
    const before = parseStatistics().parses;
    await scan({ path: 'types/hash.d.ts', text: text.replace('ghp_', 'a token') }, options({}, rules));
    assert.equal(parseStatistics().parses, before, 'no rule that reads declarations could match, so no parse');
    // Look-alikes that are ordinary modules.
    for (const path of ['src/d.ts', 'src/data.d.ts.bak', 'src/record.dts.ts']) {
      const ids = await ruleIds(path);
      assert.ok(path.endsWith('.bak') ? ids.length === 0 : ids.includes('crypto/test-md5-call'), path);
    }
  });

  it('runs only the rules that read generated code on minified code', async () => {
    const md5Code: Rule = { ...md5Calls, meta: { ...META, languages: ['javascript', 'python'] } };
    const tokenRule: Rule = {
      meta: { ...META, id: 'secrets/test-generated', languages: ['javascript', 'python'], prefilter: ['ghp_'], generatedFiles: true },
      check(context) {
        const at = context.document.text.indexOf('ghp_');
        context.report({ range: { start: at, end: at + 4 }, message: 'token' });
      },
    };
    const ruleIds = async (path: string, text: string): Promise<string[]> =>
      (await scan({ path, text }, options({}, [md5Code, tokenRule]))).findings.map((finding) => finding.ruleId).sort();
    const statement = "md5('x');var t='ghp_';";
    const bundle = statement + 'var a=1;'.repeat(600);
    assert.deepEqual(await ruleIds('dist/app.js', bundle), ['secrets/test-generated'], 'one 4.8 KB line');
    // Half the text on long lines is not yet minified; a little more is.
    const longLine = 'var a=1;'.repeat(80);
    const shortLines = '\n'.concat(...Array.from({ length: 200 }, () => 'let b = 1;\n'));
    const halfLong = `${statement}\n${longLine}\n${longLine}\n${longLine}${shortLines}`;
    assert.ok(halfLong.length > 4096);
    assert.deepEqual(await ruleIds('src/data.js', halfLong), ['crypto/test-md5-call', 'secrets/test-generated']);
    assert.deepEqual(await ruleIds('src/data.js', `${halfLong}\n${longLine}\n${longLine}`), ['secrets/test-generated']);
    // Short files and ordinary code are read in full, whatever their line lengths.
    assert.deepEqual(await ruleIds('src/small.js', statement + 'var a=1;'.repeat(400)), ['crypto/test-md5-call', 'secrets/test-generated']);
    assert.deepEqual(await ruleIds('src/app.py', `${statement}\n${'x = 1\n'.repeat(2000)}`), ['crypto/test-md5-call', 'secrets/test-generated']);
  });

  it("runs a rule only where its mayReport answers true, and parses a file only for a rule that does", async () => {
    const asked: string[] = [];
    const tokenRule: Rule = {
      meta: {
        ...META,
        id: 'secrets/test-may-report',
        prefilter: ['token', 'ghp_'],
        mayReport: (text, language, present) => {
          asked.push(language);
          // The scan's pass over the text answers for the rule's literals, case-insensitively.
          assert.equal(present(['ghp_']), text.toLowerCase().includes('ghp_'));
          assert.equal(present(['TOKEN']), text.toLowerCase().includes('token'));
          return present(['ghp_']) && /ghp_\w{4}/.test(text);
        },
      },
      check(context) {
        const at = context.document.text.indexOf('ghp_');
        context.report({ range: { start: at, end: at + 8 }, message: 'token' });
      },
    };
    const ruleIds = async (text: string, rules: readonly Rule[]): Promise<string[]> =>
      (await scan({ path: 'a.js', text }, options({}, rules))).findings.map((finding) => finding.ruleId);
    assert.deepEqual(await ruleIds("const token = 'ghp_abcd';\n", [tokenRule]), ['secrets/test-may-report']);
    assert.deepEqual(asked, ['javascript']);
    // The literal is there, the format is not: no run, and with no other rule left, no parse.
    const before = parseStatistics().parses;
    assert.deepEqual(await ruleIds("const token = read('token');\n", [tokenRule]), []);
    assert.deepEqual(await ruleIds("const token = read('GHP_');\n", [tokenRule]), []);
    assert.equal(parseStatistics().parses, before);
    // Not asked when the literals already rule the file out.
    asked.length = 0;
    assert.deepEqual(await ruleIds("md5('gh_abcd');\n", [tokenRule, md5Calls]), ['crypto/test-md5-call']);
    assert.deepEqual(asked, []);
  });

  it('skips a file over maxFileSizeKb with the reason', async () => {
    const result = await scan({ path: 'big.js', text: `md5('x');${' '.repeat(2048)}` }, options({ maxFileSizeKb: 1 }));
    assert.deepStrictEqual(result.skipped, { path: 'big.js', reason: 'larger than maxFileSizeKb (1 KB)' });
    assert.deepStrictEqual(result.findings, []);
  });

  it('skips a file whose parse runs past the time budget', async () => {
    const text = `md5('x');\n${'const a = [1, 2, 3].map((x) => x * 2);\n'.repeat(40_000)}`;
    const result = await scan({ path: 'slow.js', text }, { ...options({ maxFileSizeKb: 10_000 }), timeBudgetMs: 1 });
    assert.match(result.skipped?.reason ?? '', /^parsing took longer than 1 ms$/);
  });

  it('survives 5,000 levels of nesting', async () => {
    // One bracket a line: on a single line this would be minified code, which code rules skip.
    const text = `md5(${'[\n'.repeat(5000)}${']'.repeat(5000)});\n`;
    const result = await scan({ path: 'deep.js', text }, options());
    assert.equal(result.findings.length, 1);
  });

  it('stops running rules once the budget is spent, and says so', async () => {
    const slow: Rule = {
      meta: { ...META, id: 'crypto/test-slow' },
      check() {
        const end = performance.now() + 30;
        while (performance.now() < end) { /* burn the budget */ }
      },
    };
    const result = await scan({ path: 'a.js', text: "md5('x');" }, { ...options({}, [slow, md5Calls]), timeBudgetMs: 20 });
    assert.equal(result.skipped?.reason, 'analysis took longer than 20 ms; later rules were not run');
  });

  it('applies a severity override, and turns a rule off', async () => {
    const text = "md5('x');";
    const medium = await scan({ path: 'a.js', text }, options({ rules: { 'crypto/test-md5-call': 'medium' } }));
    assert.deepStrictEqual(medium.findings.map((finding) => finding.severity), ['medium']);
    const off = await scan({ path: 'a.js', text }, options({ rules: { 'crypto/test-md5-call': 'off' } }));
    assert.deepStrictEqual(off.findings, []);
  });

  it('filters by minimum confidence', async () => {
    const text = "md5('x');\nmd5(userInput);";
    const all = await scan({ path: 'a.js', text }, options());
    assert.deepStrictEqual(all.findings.map((finding) => finding.confidence), ['high', 'low']);
    const confident = await scan({ path: 'a.js', text }, options({ minConfidence: 'medium' }));
    assert.deepStrictEqual(confident.findings.map((finding) => finding.confidence), ['high']);
  });

  it('ignores files it does not read, saying why', async () => {
    const result = await scan({ path: 'image.png', text: '\u0089PNG' }, options());
    assert.deepStrictEqual(result.skipped, { path: 'image.png', reason: 'not a file kind this tool reads' });
  });

  it('keeps positions in UTF-16 code units past astral characters', async () => {
    const text = "const s = '😀';\nmd5('x');";
    const result = await scan({ path: 'a.js', text }, options());
    assert.deepStrictEqual(result.findings[0]?.range, { start: text.indexOf('md5'), end: text.indexOf(';', text.indexOf('md5')) });
  });
});

describe('scan with a faulty rule', () => {
  it('keeps the other rules\' findings and says which rule failed', async () => {
    const throwing: Rule = {
      meta: { ...META, id: 'crypto/test-throws' },
      check() {
        throw new Error('boom');
      },
    };
    const result = await scan({ path: 'a.js', text: "md5('x');" }, options({}, [throwing, md5Calls]));
    assert.equal(result.findings.length, 1);
    assert.equal(result.skipped?.reason, 'some rules did not finish (crypto/test-throws failed: boom)');
  });
});

describe('scan of shell scripts', () => {
  const shellRule: Rule = { meta: { ...META, id: 'crypto/test-shell', languages: ['shell'], prefilter: ['case'] }, check: () => undefined };

  it('parses case statements, which the tree-sitter-wasms bash grammar threw on', async () => {
    const result = await scan({ path: 'install.sh', text: 'case "$1" in\n  a) echo a ;;\nesac\n' }, options({}, [shellRule]));
    assert.equal(result.skipped, undefined);
  });

  it('yields between rules when it can be cancelled, and stops with a "cancelled" notice once it is', async () => {
    const ran: string[] = [];
    const recorder = (id: string): Rule => ({ meta: { ...META, id }, check: () => void ran.push(id) });
    let calls = 0;
    const result = await scan(
      { path: 'a.js', text: 'md5(x);\n' },
      { ...options({}, [recorder('crypto/first'), recorder('crypto/second')]), cancelled: () => ++calls > 1 },
    );
    assert.deepEqual(ran, ['crypto/first']);
    assert.equal(result.skipped?.reason, 'cancelled');
  });
});
