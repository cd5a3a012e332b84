import assert from 'node:assert/strict';
import type { Rule } from '../contract';
import { DEFAULT_CONFIG } from '../config/types';
import { scan, type ScanOptions, type ScanResult } from '../scan';
import { NO_PROJECT } from '../../../../test/support/model-fixture';
import { IncrementalScanner } from './incremental-scan';
import { MD5_TEST_RULE_META } from '../../../../test/support/test-rule-meta';

const META = MD5_TEST_RULE_META;

/** The calls the last run looked at, by callee and whole-file call count. */
const seen: { calls: string[]; wholeFileCalls: number } = { calls: [], wholeFileCalls: 0 };

/** Reports every md5() call, and a URL constant when any call in the file fetches it. */
const testRule: Rule = {
  meta: META,
  check(context) {
    const code = context.code;
    if (code === undefined) return;
    seen.calls = code.calls().map((call) => call.callee);
    seen.wholeFileCalls = code.wholeFile().calls().length;
    for (const call of code.calls()) if (call.name === 'md5') context.report({ node: call.node, message: 'md5 call' });
    for (const assignment of code.assignments()) {
      const fetched = code.calls().some((call) => call.name === 'fetch' && call.args[0]?.node.text === assignment.target);
      if (fetched && code.enclosingFunction(assignment.node) === undefined) context.report({ node: assignment.value, message: 'fetched URL constant' });
    }
  },
};

const OPTIONS: ScanOptions = { rules: [testRule], config: DEFAULT_CONFIG, project: NO_PROJECT, today: '2026-11-28' };

const FILE = [
  "const URL = 'http://example.test';",
  '// about a',
  'function a() { return md5(x); }',
  'function b() { return sha(y); }',
  'function c() { return fetch(URL); }',
  '',
].join('\n');

async function scanTwice(first: string, second: string): Promise<{ scanner: IncrementalScanner; incremental: Awaited<ReturnType<typeof scan>> }> {
  const scanner = new IncrementalScanner();
  await scanner.scan({ path: 'a.js', text: first }, OPTIONS);
  const incremental = await scanner.scan({ path: 'a.js', text: second }, OPTIONS);
  return { scanner, incremental };
}

describe('IncrementalScanner', () => {
  it('analyses only the function that changed, reuses the others, and finds what a full scan finds', async () => {
    const edited = FILE.replace('sha(y)', 'sha(yz)');
    const { scanner, incremental } = await scanTwice(FILE, edited);
    assert.deepEqual(scanner.statistics, { reparsed: 1, reusedUnits: 1, unitsAnalysed: 1, unitsReused: 2 });
    assert.deepEqual(seen.calls, ['sha'], 'the rule saw only the changed function');
    assert.equal(seen.wholeFileCalls, 3, 'wholeFile() still sees every function');
    assert.deepEqual(incremental, await scan({ path: 'a.js', text: edited }, OPTIONS));
    assert.deepEqual(incremental.findings.map((finding) => finding.message), ['fetched URL constant', 'md5 call']);
    scanner.dispose();
  });

  it('moves reused findings with the text above them', async () => {
    const edited = FILE.replace('// about a', '// about function a, which hashes');
    const { scanner, incremental } = await scanTwice(FILE, edited);
    assert.equal(scanner.statistics.unitsReused, 3);
    const md5 = incremental.findings.find((finding) => finding.message === 'md5 call');
    assert.equal(edited.slice(md5?.range.start, md5?.range.end), 'md5(x)');
    assert.deepEqual(incremental, await scan({ path: 'a.js', text: edited }, OPTIONS));
    scanner.dispose();
  });

  it('keeps a context finding that rests on a reused function (the constant fetched in c)', async () => {
    const { incremental, scanner } = await scanTwice(FILE, FILE.replace('md5(x)', 'md5(xy)'));
    assert.deepEqual(seen.calls, ['md5'], 'c() was not looked at');
    assert.ok(incremental.findings.some((finding) => finding.message === 'fetched URL constant'));
    scanner.dispose();
  });

  it('analyses the whole file again when the context changes', async () => {
    const { scanner, incremental } = await scanTwice(FILE, FILE.replace('http://example.test', 'https://example.test'));
    assert.equal(scanner.statistics.reusedUnits, 0);
    assert.deepEqual(seen.calls, ['md5', 'sha', 'fetch']);
    assert.deepEqual(incremental, await scan({ path: 'a.js', text: FILE.replace('http://example.test', 'https://example.test') }, OPTIONS));
    scanner.dispose();
  });

  it('runs a rule that newly applies (its prefilter literal was typed) on the changed function only, like the others', async () => {
    const addedSaw: string[][] = [];
    const added: Rule = {
      meta: { ...META, id: 'crypto/test-added', prefilter: ['zzz'] },
      check(context) {
        const calls = context.code?.calls() ?? [];
        addedSaw.push(calls.map((call) => call.callee));
        for (const call of calls) if (call.name === 'md5' || call.name === 'sha') context.report({ node: call.node, message: 'added rule' });
      },
    };
    const options = { ...OPTIONS, rules: [testRule, added] };
    const edited = FILE.replace('sha(y)', 'sha(zzz)');
    const scanner = new IncrementalScanner();
    await scanner.scan({ path: 'a.js', text: FILE }, options);
    const incremental = await scanner.scan({ path: 'a.js', text: edited }, options);
    assert.deepEqual(seen.calls, ['sha'], 'the rule that applied before saw only the changed function');
    assert.deepEqual(addedSaw, [['sha']], 'the new rule saw only the changed function');
    const addedFindings = (result: ScanResult): string[] =>
      result.findings.filter((finding) => finding.ruleId === 'crypto/test-added').map((finding) => edited.slice(finding.range.start, finding.range.end));
    assert.deepEqual(addedFindings(incremental), ['sha(zzz)'], 'its finding in the edited function is there at once');
    const full = await scan({ path: 'a.js', text: edited }, options);
    assert.deepEqual(addedFindings(full), ['md5(x)', 'sha(zzz)'], 'the one in the reused function comes with the full scan');
    assert.deepEqual(
      incremental.findings.filter((finding) => finding.ruleId !== 'crypto/test-added'),
      full.findings.filter((finding) => finding.ruleId !== 'crypto/test-added'),
    );
    // Deleting the literal again drops the rule's findings from the reused functions.
    const back = await scanner.scan({ path: 'a.js', text: FILE }, options);
    assert.equal(scanner.statistics.reusedUnits, 2);
    assert.deepEqual(back, await scan({ path: 'a.js', text: FILE }, options));
    scanner.dispose();
  });

  it('reuses nothing after a run in which a rule failed', async () => {
    let fail = true;
    const flaky: Rule = {
      meta: { ...META, id: 'crypto/test-flaky' },
      check() {
        if (fail) throw new Error('boom');
      },
    };
    const options = { ...OPTIONS, rules: [testRule, flaky] };
    const scanner = new IncrementalScanner();
    const first = await scanner.scan({ path: 'a.js', text: FILE }, options);
    assert.match(first.skipped?.reason ?? '', /crypto\/test-flaky failed: boom/);
    fail = false;
    await scanner.scan({ path: 'a.js', text: FILE.replace('sha(y)', 'sha(yz)') }, options);
    assert.equal(scanner.statistics.reusedUnits, 0);
    scanner.dispose();
  });

  it('scans a file of another kind, or an unchanged text, as scan does', async () => {
    const scanner = new IncrementalScanner();
    await scanner.scan({ path: 'a.js', text: FILE }, OPTIONS);
    const python = 'import hashlib\ndef a():\n    return md5(x)\n';
    assert.deepEqual(await scanner.scan({ path: 'a.py', text: python }, OPTIONS), await scan({ path: 'a.py', text: python }, OPTIONS));
    assert.deepEqual(await scanner.scan({ path: 'a.py', text: python }, OPTIONS), await scan({ path: 'a.py', text: python }, OPTIONS));
    scanner.dispose();
  });
});
