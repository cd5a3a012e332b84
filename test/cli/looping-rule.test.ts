import assert from 'node:assert/strict';
import { LOOPING_RULES, runInProcess } from './run-cli';
import { TempProject } from './temp-project';

/**
 * A rule whose check never returns (`for (;;) {}`) must not hang the CLI: the pool's watchdog
 * (ten times the per-file budget) terminates the worker thread, reports the file as skipped, and
 * a fresh thread carries on with the other files.
 */
describe('a rule that never returns', function () {
  this.timeout(60_000);
  let project: TempProject;

  before(() => {
    project = new TempProject({
      '.git/HEAD': '',
      'a-first.js': 'md5(a);\n',
      'b-loop.js': '// loop-forever\n',
      'c-after.js': 'md5(c);\n',
    });
  });
  after(() => project.remove());

  it('ends the scan, reports the file skipped and scans the others', async () => {
    const started = Date.now();
    const run = await runInProcess(['scan', '--fail-on', 'none'], project.root, { rulesModule: LOOPING_RULES, timeBudgetMs: 300 });
    assert.ok(Date.now() - started < 30_000);
    assert.equal(
      run.stdout,
      [
        'a-first.js:1:1 high test/md5-call MD5 is a broken hash; use SHA-256. (fixable with --fix)',
        '',
        'c-after.js:1:1 high test/md5-call MD5 is a broken hash; use SHA-256. (fixable with --fix)',
        '',
        'Skipped files:',
        '  b-loop.js: analysis did not finish within 3000 ms',
        '',
        '2 findings (2 high) in 2 files; 2 files scanned; 1 file skipped.',
        '',
      ].join('\n'),
    );
    assert.equal(run.code, 0);
  });

  it('exits 1 with --fail-on-skipped', async () => {
    const run = await runInProcess(['scan', 'b-loop.js', '--fail-on', 'none', '--fail-on-skipped'], project.root, {
      rulesModule: LOOPING_RULES,
      timeBudgetMs: 300,
    });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /b-loop\.js: analysis did not finish within 3000 ms/);
  });
});
