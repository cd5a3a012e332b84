import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { JsonReport } from '../../server/src/cli/writers/json';
import { REPOSITORY_ROOT, runBuilt } from './run-cli';
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
});
