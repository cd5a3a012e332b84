import assert from 'node:assert/strict';
import path from 'node:path';
import { ScanPool } from '../../server/src/cli/scan-pool';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { FIXTURE_RULES, REPOSITORY_ROOT } from './run-cli';

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
