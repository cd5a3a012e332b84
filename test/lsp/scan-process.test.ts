import assert from 'node:assert/strict';
import path from 'node:path';
import type { ScanOutcome } from '../../server/src/cli/scan-pool';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { ScanProcess } from '../../server/src/lsp/scan-process';
import { FIXTURE_RULES, LOOPING_RULES, REPOSITORY_ROOT } from '../cli/run-cli';

const CRASHING_RULES = path.join(REPOSITORY_ROOT, 'test/fixtures/cli/rules/crashing-rules.cjs');

const job = (text: string) => ({ projectKey: '/p', file: { path: 'a.js', text, language: 'javascript' as const }, config: DEFAULT_CONFIG });

/** Each outcome as the offsets of its findings, or the reason it was skipped. */
const summary = (outcomes: readonly ScanOutcome[]) =>
  outcomes.map((outcome) => (outcome.kind === 'result' ? outcome.result.findings.map((finding) => finding.range.start) : outcome.reason));

describe('ScanProcess', function () {
  this.timeout(60_000);

  it('scans in a child process, answering each file with its own result', async () => {
    const host = new ScanProcess({ size: 2, rulesModule: FIXTURE_RULES });
    try {
      const outcomes = await Promise.all(['md5(a);\n', 'x;\nmd5(b);\n', 'x;\nx;\nmd5(c);\n', 'nothing;\n'].map((text) => host.scan(job(text))));
      assert.deepEqual(summary(outcomes), [[0], [3], [6], []]);
    } finally {
      await host.close();
    }
  });

  it("keeps its pool's watchdog: a stuck file is skipped and the files after it are scanned", async () => {
    const host = new ScanProcess({ size: 1, rulesModule: LOOPING_RULES, timeBudgetMs: 100 });
    try {
      const outcomes = await Promise.all(['// loop-forever\n', 'md5(c);\n'].map((text) => host.scan(job(text))));
      assert.deepEqual(summary(outcomes), ['analysis did not finish within 1000 ms', [0]]);
    } finally {
      await host.close();
    }
  });

  it('reports every file it held, and every file after, skipped with the reason when the process dies', async () => {
    const host = new ScanProcess({ size: 1, rulesModule: CRASHING_RULES });
    try {
      const reason = 'analysis stopped: the scan process exited unexpectedly (signal SIGKILL)';
      const outcomes = await Promise.all(['// crash-process\n', 'md5(b);\n', 'md5(c);\n'].map((text) => host.scan(job(text))));
      assert.deepEqual(summary(outcomes), [reason, reason, reason]);
      assert.deepEqual(summary([await host.scan(job('md5(d);\n'))]), [reason]);
    } finally {
      await host.close();
    }
  });

  it('resolves the files it holds when closed, without waiting for a stuck thread', async () => {
    // A 50 s watchdog: close must not wait for it.
    const host = new ScanProcess({ size: 1, rulesModule: LOOPING_RULES, timeBudgetMs: 5000 });
    const outcomes = Promise.all(['// loop-forever\n', 'md5(c);\n'].map((text) => host.scan(job(text))));
    const closing = Date.now();
    await host.close();
    assert.ok(Date.now() - closing < 5000, `took ${Date.now() - closing} ms`);
    assert.deepEqual(summary(await outcomes), ['the scan was stopped', 'the scan was stopped']);
    assert.deepEqual(summary([await host.scan(job('md5(d);\n'))]), ['the scan was stopped']);
  });

  it('gives the reason when its process cannot start', async () => {
    const host = new ScanProcess({ size: 1, rulesModule: FIXTURE_RULES, hostScript: path.join(REPOSITORY_ROOT, 'test/fixtures/no-such-scan-host.js') });
    try {
      assert.deepEqual(summary([await host.scan(job('md5(a);\n'))]), ['analysis stopped: the scan process exited unexpectedly (exit code 1)']);
    } finally {
      await host.close();
    }
  });
});
