import assert from 'node:assert/strict';
import path from 'node:path';
import { ScanPool } from '../../server/src/cli/scan-pool';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { FIXTURE_RULES, LOOPING_RULES, REPOSITORY_ROOT } from './run-cli';

const job = (text: string) => ({ projectKey: '/p', file: { path: 'a.js', text, language: 'javascript' as const }, config: DEFAULT_CONFIG });

describe('ScanPool', function () {
  this.timeout(60_000);

  it('scans on a worker thread and sets the watchdog to ten times the budget', async () => {
    const pool = new ScanPool({ size: 1, rulesModule: FIXTURE_RULES, timeBudgetMs: 700 });
    try {
      assert.equal(pool.watchdogMs, 7000);
      const outcome = await pool.scan(job('md5(a);\n'));
      assert.equal(outcome.kind, 'result');
      if (outcome.kind !== 'result') return;
      assert.deepEqual(
        outcome.result.findings.map((finding) => [finding.ruleId, finding.range]),
        [['test/md5-call', { start: 0, end: 3 }]],
      );
    } finally {
      await pool.close();
    }
  });

  it('starts its threads before the scan context is known, and holds requests until it is', async () => {
    const pool = new ScanPool({ size: 2, rulesModule: FIXTURE_RULES, contextLater: true });
    try {
      pool.startThreads();
      let settled = false;
      const outcome = pool.scan(job('md5(a);\n')).then((value) => {
        settled = true;
        return value;
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.equal(settled, false, 'a request was scanned before the context came');
      pool.provideContext(new Map([['/p', [{ path: 'package.json', text: '{}' }]]]));
      const result = await outcome;
      assert.equal(result.kind, 'result');
    } finally {
      await pool.close();
    }
  });

  it('answers each of several files sent to one thread with its own result', async () => {
    const pool = new ScanPool({ size: 1, rulesModule: FIXTURE_RULES });
    try {
      const texts = ['md5(a);\n', 'x;\nmd5(b);\n', 'x;\nx;\nmd5(c);\n', 'nothing;\n'];
      const outcomes = await Promise.all(texts.map((text) => pool.scan(job(text))));
      assert.deepEqual(
        outcomes.map((outcome) => (outcome.kind === 'result' ? outcome.result.findings.map((finding) => finding.range.start) : outcome.reason)),
        [[0], [3], [6], []],
      );
    } finally {
      await pool.close();
    }
  });

  it('gives the files sent after a stuck one to a fresh thread', async () => {
    // One thread: it is sent the looping file and, ahead, the next one; the watchdog stops it,
    // and the files it never started are scanned by its replacement.
    const pool = new ScanPool({ size: 1, rulesModule: LOOPING_RULES, timeBudgetMs: 100 });
    try {
      const outcomes = await Promise.all(['// loop-forever\n', 'md5(c);\n', 'x;\nmd5(d);\n'].map((text) => pool.scan(job(text))));
      assert.deepEqual(
        outcomes.map((outcome) => (outcome.kind === 'result' ? outcome.result.findings.map((finding) => finding.range.start) : outcome.reason)),
        ['analysis did not finish within 1000 ms', [0], [3]],
      );
    } finally {
      await pool.close();
    }
  });

  it('blames the file a thread is on, not one whose answer it still holds, and scans the held ones again', async () => {
    // One thread is sent eight of the nine files. It holds the answers of the first three while
    // more files wait (they travel in one message later), so when it sticks on the fourth, those answers are
    // lost with it: the watchdog must name the fourth, from the thread's progress, and the
    // replacement must scan the first three again.
    const pool = new ScanPool({ size: 1, rulesModule: LOOPING_RULES, timeBudgetMs: 100 });
    try {
      const texts = ['md5(a);\n', 'x;\nmd5(b);\n', 'x;\nx;\nmd5(c);\n', '// loop-forever\n', 'md5(d);\n', 'x;\nmd5(e);\n', 'f;\n', 'g;\n', 'md5(h);\n'];
      const outcomes = await Promise.all(texts.map((text) => pool.scan(job(text))));
      assert.deepEqual(
        outcomes.map((outcome) => (outcome.kind === 'result' ? outcome.result.findings.map((finding) => finding.range.start) : outcome.reason)),
        [[0], [3], [6], 'analysis did not finish within 1000 ms', [0], [3], [], [], [0]],
      );
    } finally {
      await pool.close();
    }
  });

  it('resolves the work it holds when closed, so a caller that stops early is not left waiting', async () => {
    const pool = new ScanPool({ size: 1, rulesModule: LOOPING_RULES, timeBudgetMs: 5000 });
    const outcomes = Promise.all(['// loop-forever\n', 'md5(c);\n'].map((text) => pool.scan(job(text))));
    await pool.close();
    assert.deepEqual(await outcomes, [
      { kind: 'skipped', reason: 'the scan was stopped' },
      { kind: 'skipped', reason: 'the scan was stopped' },
    ]);
  });

  it('gives up, with the reason, when its threads cannot start', async () => {
    const pool = new ScanPool({ size: 2, rulesModule: path.join(REPOSITORY_ROOT, 'test/fixtures/cli/rules/broken-rules.cjs') });
    try {
      const outcomes = await Promise.all([pool.scan(job('a')), pool.scan(job('b')), pool.scan(job('c'))]);
      for (const outcome of outcomes) {
        assert.equal(outcome.kind, 'skipped');
        if (outcome.kind === 'skipped') assert.match(outcome.reason, /^analysis failed: .*broken on purpose/);
      }
    } finally {
      await pool.close();
    }
  });
});
