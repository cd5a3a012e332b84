import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { JsonReport } from '../../server/src/cli/writers/json';
import { BUILT_CLI, REPOSITORY_ROOT, runBuilt } from './run-cli';
import { sarifValidator } from './sarif-schema';
import { TempProject } from './temp-project';

/**
 * The bundle as users run it (dist/cli.js with dist/scan-worker.js), with the built-in rules.
 * `npm test` builds before mocha runs; run `npm run build` first when running this file alone.
 */
describe('dist/cli.js (built, built-in rules)', function () {
  this.timeout(120_000);
  let project: TempProject;

  before(() => {
    project = new TempProject({
      '.git/HEAD': '',
      'src/hash.js': "const crypto = require('crypto');\nconst digest = crypto.createHash('md5').update(data).digest('hex');\n",
      'src/clean.js': 'const a = 1;\n',
    });
  });
  after(() => project.remove());

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(`${REPOSITORY_ROOT}/package.json`, 'utf8')) as { version: string };
    assert.deepEqual(runBuilt(['--version'], project.root), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 with one line for an unknown flag', () => {
    assert.deepEqual(runBuilt(['scan', '--no-such-flag'], project.root), { code: 2, stdout: '', stderr: 'moj-secure-code: unknown option --no-such-flag\n' });
  });

  it('exits 0 on clean code', () => {
    assert.deepEqual(runBuilt(['scan', 'src/clean.js'], project.root), { code: 0, stdout: 'No findings; 1 file scanned.\n', stderr: '' });
  });

  it('finds MD5 with the built-in crypto/weak-hash rule and exits 1', () => {
    const run = runBuilt(['scan', '--format', 'json'], project.root);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
    const { findings } = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(
      findings.filter((finding) => finding.ruleId === 'crypto/weak-hash').map((finding) => [finding.path, finding.line]),
      [['src/hash.js', 2]],
    );
  });

  it('writes SARIF that the SARIF 2.1.0 schema accepts', () => {
    const run = runBuilt(['scan', '--format', 'sarif', '--fail-on', 'none'], project.root);
    assert.equal(run.code, 0);
    const validate = sarifValidator();
    assert.ok(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors, null, 2));
  });

  // The command runs in a child started with the batch-scan V8 flags (batch-v8-flags.ts): a
  // signal to the command must stop that child too, and the exit status say so.
  it('passes a SIGTERM on to the scan process it starts, and exits 143', async function () {
    if (process.platform !== 'linux') this.skip();
    const command = spawn(process.execPath, [BUILT_CLI, 'scan', 'samples', '--fail-on', 'none'], { cwd: REPOSITORY_ROOT, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => command.on('exit', (code) => resolve(code)));
    let scanProcess: number | undefined;
    for (let tries = 0; scanProcess === undefined && tries < 500; tries++) {
      scanProcess = childrenOf(command.pid!)[0];
      if (scanProcess === undefined) await sleep(10);
    }
    assert.ok(scanProcess !== undefined, 'the command started its scan process');
    command.kill('SIGTERM');
    assert.equal(await exited, 143);
    assert.ok(!readdirSync('/proc').includes(String(scanProcess)), 'the scan process has ended');
  });
});

/** The process ids whose parent is `pid` (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
