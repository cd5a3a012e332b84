import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import type { BaselineFile } from '../../server/src/cli/baseline';
import type { JsonReport } from '../../server/src/cli/writers/json';
import { runInProcess, type CliRun } from './run-cli';
import { TempProject } from './temp-project';

const SECRET = 'sk_live_abcdefghijklmnop1234';
const APP = ['const crypto = require("crypto");', 'function digest(x) {', '  return md5(x);', '}', `const key = "${SECRET}";`, ''].join('\n');

const jsonOf = (run: CliRun): JsonReport => JSON.parse(run.stdout) as JsonReport;

/** Every output must show at most the first four characters of the secret. */
function assertNoSecret(...outputs: string[]): void {
  for (const output of outputs) assert.ok(!output.includes(SECRET.slice(0, 5)), `secret leaked in:\n${output}`);
}

describe('moj-secure-code scan (in-process, fixture rules)', function () {
  this.timeout(60_000);
  let project: TempProject;

  beforeEach(() => {
    project = new TempProject({ '.git/HEAD': '', 'src/app.js': APP, 'src/clean.js': 'const a = 1;\n' });
  });
  afterEach(() => project.remove());

  describe('text output and exit codes', () => {
    it('lists findings grouped by file with a summary, and exits 1 at the default threshold (high)', async () => {
      const run = await runInProcess(['scan'], project.root);
      assert.equal(
        run.stdout,
        [
          'src/app.js:3:10 high test/md5-call MD5 is a broken hash; use SHA-256. (fixable with --fix)',
          'src/app.js:5:14 critical test/live-key Live key sk_l… is hard-coded.',
          '',
          '2 findings (1 critical, 1 high) in 1 file; 2 files scanned.',
          '',
        ].join('\n'),
      );
      assert.deepEqual([run.code, run.stderr], [1, '']);
      assertNoSecret(run.stdout);
    });

    it('exits 0 when nothing reaches --fail-on', async () => {
      assert.equal((await runInProcess(['scan', '--fail-on', 'none'], project.root)).code, 0);
      assert.equal((await runInProcess(['scan', '--fail-on', 'critical', '--rule', 'test/live-key=off'], project.root)).code, 0);
      assert.equal((await runInProcess(['scan', '--fail-on', 'critical', '--rule', 'test/md5-call=critical', '--rule', 'test/live-key=off'], project.root)).code, 1);
    });

    it('exits 0 with "No findings" on a clean file', async () => {
      const run = await runInProcess(['scan', 'src/clean.js'], project.root);
      assert.deepEqual(run, { code: 0, stdout: 'No findings; 1 file scanned.\n', stderr: '' });
    });

    it('exits 2 with one line naming an unknown flag', async () => {
      assert.deepEqual(await runInProcess(['scan', '--bogus'], project.root), { code: 2, stdout: '', stderr: 'moj-secure-code: unknown option --bogus\n' });
    });

    it('exits 2 naming an unknown rule id given to --rule', async () => {
      const run = await runInProcess(['scan', '--rule', 'test/md5-cal=off'], project.root);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^moj-secure-code: --rule: rules\["test\/md5-cal"\]: .*test\/md5-call.*\n$/);
    });

    it('exits 2 naming a missing path', async () => {
      assert.deepEqual(await runInProcess(['scan', 'missing'], project.root), { code: 2, stdout: '', stderr: 'moj-secure-code: path not found: missing\n' });
    });

    it('exits 2 naming the file, key and value of a malformed project file', async () => {
      project.write({ '.moj-secure-code.json': '{ "minSeverity": "severe" }' });
      const run = await runInProcess(['scan'], project.root);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^moj-secure-code: .*\.moj-secure-code\.json:1:3: minSeverity: "severe" .*\n$/);
      assert.equal(run.stderr.split('\n').length, 2);
    });

    it('prints the version and the help', async () => {
      const version = await runInProcess(['--version'], project.root);
      assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
      const help = await runInProcess(['--help'], project.root);
      assert.ok(help.stdout.startsWith('Usage: moj-secure-code scan [paths...] [options]\n'));
    });

    it('writes the report to --output and nothing to stdout', async () => {
      const run = await runInProcess(['scan', '--output', 'report.txt', '--fail-on', 'none'], project.root);
      assert.deepEqual([run.code, run.stdout], [0, '']);
      assert.match(readFileSync(project.path('report.txt'), 'utf8'), /2 findings \(1 critical, 1 high\) in 1 file; 2 files scanned\.\n$/);
    });

    it('applies the project file, and lets a flag override it', async () => {
      project.write({ '.moj-secure-code.json': '{ "rules": { "test/md5-call": "off" } }' });
      const fromFile = await runInProcess(['scan', '--format', 'json'], project.root);
      assert.deepEqual(jsonOf(fromFile).findings.map((f) => f.ruleId), ['test/live-key']);
      const overridden = await runInProcess(['scan', '--format', 'json', '--rule', 'test/md5-call=low'], project.root);
      assert.deepEqual(
        jsonOf(overridden).findings.map((f) => `${f.ruleId} ${f.severity}`),
        ['test/md5-call low', 'test/live-key critical'],
      );
    });
  });

  describe('JSON output', () => {
    it('has a stable shape with 1-based positions, fingerprints and fix availability', async () => {
      const run = await runInProcess(['scan', '--format', 'json'], project.root);
      const report = jsonOf(run);
      assert.equal(report.schemaVersion, 1);
      assert.equal(report.tool.name, 'MoJ Secure Code');
      assert.equal(report.findings.length, 2);
      const md5 = report.findings[0]!;
      const key = report.findings[1]!;
      assert.match(md5.fingerprint, /^[0-9a-f]{64}$/);
      assert.deepEqual(
        { ...md5, fingerprint: undefined },
        {
          ruleId: 'test/md5-call',
          severity: 'high',
          confidence: 'high',
          message: 'MD5 is a broken hash; use SHA-256.',
          path: 'src/app.js',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 13,
          fingerprint: undefined,
          fixAvailable: true,
          fixSafety: 'safe',
        },
      );
      assert.deepEqual([key.message, key.fixSafety, key.line, key.column, key.endColumn], ['Live key sk_l… is hard-coded.', 'suggestion', 5, 14, 42]);
      assert.deepEqual([report.skipped, report.suppressed, report.summary], [[], [], { filesScanned: 2, findings: 2, suppressed: 0, skipped: 0 }]);
      assertNoSecret(run.stdout);
    });

    it('emits files in sorted path order whatever the threads do', async () => {
      project.write({ 'b.js': 'md5(1)\n', 'a/z.js': 'md5(2)\n', 'a.js': 'md5(3)\n', 'c/d/e.js': 'md5(4)\n' });
      const run = await runInProcess(['scan', '--format', 'json'], project.root, { poolSize: 2 });
      const paths = jsonOf(run).findings.map((f) => f.path);
      assert.deepEqual(paths, ['a.js', 'a/z.js', 'b.js', 'c/d/e.js', 'src/app.js', 'src/app.js']);
    });

    it('uses the same path (and fingerprint) whether run from the root or a subfolder', async () => {
      const fromRoot = jsonOf(await runInProcess(['scan', '--format', 'json'], project.root));
      const fromSrc = jsonOf(await runInProcess(['scan', '.', '--format', 'json'], project.path('src')));
      assert.deepEqual(
        fromSrc.findings.map((f) => [f.path, f.fingerprint]),
        fromRoot.findings.map((f) => [f.path, f.fingerprint]),
      );
    });
  });

  describe('baselines', () => {
    it('round-trips: recorded findings stop counting, new ones still count', async () => {
      const write = await runInProcess(['scan', '--write-baseline', 'baseline.json', '--fail-on', 'none'], project.root);
      assert.equal(write.code, 0);
      const baseline = JSON.parse(readFileSync(project.path('baseline.json'), 'utf8')) as BaselineFile;
      assert.equal(baseline.version, 1);
      assert.equal(baseline.tool.name, 'MoJ Secure Code');
      assert.deepEqual(
        baseline.findings.map((entry) => [entry.ruleId, entry.path, entry.fingerprint.length]),
        [['test/live-key', 'src/app.js', 64], ['test/md5-call', 'src/app.js', 64]],
      );
      assertNoSecret(readFileSync(project.path('baseline.json'), 'utf8'));

      const unchanged = await runInProcess(['scan', '--baseline', 'baseline.json'], project.root);
      assert.deepEqual([unchanged.code, unchanged.stdout], [0, 'No findings; 2 files scanned; 2 in the baseline.\n']);

      // Lines inserted above and re-indentation keep the fingerprints.
      writeFileSync(project.path('src/app.js'), '// header\n\n' + APP.replace('  return md5(x);', '      return md5(x);'));
      assert.equal((await runInProcess(['scan', '--baseline', 'baseline.json'], project.root)).code, 0);

      writeFileSync(project.path('src/app.js'), APP + 'md5(other);\n');
      const grown = await runInProcess(['scan', '--baseline', 'baseline.json'], project.root);
      assert.equal(grown.code, 1);
      assert.equal(grown.stdout, 'src/app.js:6:1 high test/md5-call MD5 is a broken hash; use SHA-256. (fixable with --fix)\n\n1 finding (1 high) in 1 file; 2 files scanned; 2 in the baseline.\n');
    });

    it('exits 2 for a file that is not a baseline', async () => {
      project.write({ 'bad.json': '{"findings": [{"ruleId": "x"}], "version": 1}' });
      const run = await runInProcess(['scan', '--baseline', 'bad.json'], project.root);
      assert.deepEqual([run.code, run.stderr], [2, `moj-secure-code: --baseline ${project.path('bad.json')}: findings[0] has no "fingerprint" string\n`]);
    });
  });

  describe('--fix', () => {
    it('with --dry-run prints a unified diff, redacted, and writes nothing', async () => {
      const run = await runInProcess(['scan', '--fix', '--dry-run'], project.root);
      assert.equal(
        run.stdout,
        [
          '--- a/src/app.js',
          '+++ b/src/app.js',
          '@@ -1,5 +1,5 @@',
          ' const crypto = require("crypto");',
          ' function digest(x) {',
          '-  return md5(x);',
          '+  return sha256(x);',
          ' }',
          ' const key = "sk_l…";',
          '',
        ].join('\n'),
      );
      assert.equal(run.stderr, 'Dry run: 1 fix would be applied to 1 file; nothing was written.\n');
      assert.equal(readFileSync(project.path('src/app.js'), 'utf8'), APP);
      // What would remain is the critical key, so the exit code is still 1.
      assert.equal(run.code, 1);
      assertNoSecret(run.stdout, run.stderr);
    });

    it('redacts a secret on both sides of a changed line in the diff', async () => {
      project.write({ 'src/one.js': 'md5("sk_live_qqqqqqqqqqqqqqqq");\n' });
      const run = await runInProcess(['scan', 'src/one.js', '--fix', '--dry-run'], project.root);
      assert.equal(run.stdout, ['--- a/src/one.js', '+++ b/src/one.js', '@@ -1 +1 @@', '-md5("sk_l…");', '+sha256("sk_l…");', ''].join('\n'));
    });

    it('applies safe fixes only, reports what remains and keeps the BOM and CRLF line endings', async () => {
      const crlf = '\uFEFFmd5(a);\r\nconst k = "sk_live_zzzzzzzzzzzz";\r\nmd5(b);\r\n';
      project.write({ 'src/win.js': Buffer.from(crlf, 'utf8') });
      const run = await runInProcess(['scan', '--fix', '--format', 'json'], project.root);
      assert.equal(readFileSync(project.path('src/win.js'), 'utf8'), '\uFEFFsha256(a);\r\nconst k = "sk_live_zzzzzzzzzzzz";\r\nsha256(b);\r\n');
      assert.equal(readFileSync(project.path('src/app.js'), 'utf8'), APP.replace('md5(x)', 'sha256(x)'));
      const remaining = jsonOf(run).findings.map((f) => `${f.path} ${f.ruleId}`);
      assert.deepEqual(remaining, ['src/app.js test/live-key', 'src/win.js test/live-key']);
      assert.equal(run.stderr, 'Applied 3 fixes to 2 files.\n');
      assert.equal(run.code, 1);
    });

    it('does not write fixes into a file that is not valid UTF-8', async () => {
      const bytes = Buffer.concat([Buffer.from('md5(a); // caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
      project.write({ 'src/latin1.js': bytes });
      const run = await runInProcess(['scan', 'src/latin1.js', '--fix'], project.root);
      assert.deepEqual(readFileSync(project.path('src/latin1.js')), bytes);
      assert.match(run.stdout, /src\/latin1\.js: not fixed: the file is not valid UTF-8/);
    });
  });

  describe('bad inputs end in a clear message, never a crash', () => {
    it('skips a 10 MB minified file for its size, by default', async () => {
      project.write({ 'dist/app.min.js': 'var a=md5(1);'.repeat(10 * 1024 * 1024 / 13) });
      const run = await runInProcess(['scan', '--format', 'json', '--fail-on', 'none'], project.root);
      assert.deepEqual(jsonOf(run).skipped, [{ path: 'dist/app.min.js', reason: 'larger than maxFileSizeKb (1024 KB): 10240 KB' }]);
      assert.equal(run.code, 0);
    });

    it('skips a binary file, and --fail-on-skipped makes the skip count', async () => {
      project.write({ 'src/blob.js': new Uint8Array([0x6d, 0x64, 0x35, 0x28, 0x00, 0x29]) });
      const lenient = await runInProcess(['scan', 'src/blob.js', 'src/clean.js'], project.root);
      assert.deepEqual(lenient, {
        code: 0,
        stdout: 'Skipped files:\n  src/blob.js: binary file (contains a NUL byte)\n\nNo findings; 1 file scanned; 1 file skipped.\n',
        stderr: '',
      });
      assert.equal((await runInProcess(['scan', 'src/blob.js', '--fail-on-skipped', '--fail-on', 'none'], project.root)).code, 1);
    });

    it('scans invalid UTF-8 with replacement characters and notes it', async () => {
      project.write({ 'src/latin1.js': Buffer.concat([Buffer.from('md5(a); // caf'), Buffer.from([0xe9]), Buffer.from('\n')]) });
      const run = await runInProcess(['scan', 'src/latin1.js'], project.root);
      assert.equal(
        run.stdout,
        'src/latin1.js:1:1 high test/md5-call MD5 is a broken hash; use SHA-256. (fixable with --fix)\n\nNotes:\n  src/latin1.js: not valid UTF-8: read with replacement characters\n\n1 finding (1 high) in 1 file; 1 file scanned.\n',
      );
    });

    it('survives 5,000 levels of nesting', async () => {
      // One bracket a line: on a single line this would be minified code, which code rules skip.
      project.write({ 'src/deep.js': '[\n'.repeat(5000) + 'md5(x)' + ']'.repeat(5000) + ';\n' });
      const run = await runInProcess(['scan', 'src/deep.js', '--format', 'json', '--fail-on', 'none'], project.root);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, '');
      const report = jsonOf(run);
      // Either analysed or skipped with a reason; both are acceptable, a crash is not.
      assert.equal(report.findings.length + report.skipped.length >= 1, true);
    });
  });

  describe('--shard', () => {
    it('splits the files into disjoint parts that cover them all', async () => {
      project.write({ 'a.js': 'md5(1)\n', 'b.js': 'md5(2)\n', 'c.js': 'md5(3)\n' });
      const paths = async (shard: string): Promise<string[]> =>
        jsonOf(await runInProcess(['scan', '--format', 'json', '--shard', shard, '--rule', 'test/live-key=off'], project.root)).findings.map((f) => f.path);
      assert.deepEqual(await paths('1/2'), ['a.js', 'c.js']);
      assert.deepEqual(await paths('2/2'), ['b.js', 'src/app.js']);
    });
  });
});
