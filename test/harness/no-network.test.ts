/**
 * No-network harness: the built CLI scans the samples with the no-network preload in
 * NODE_OPTIONS (so its worker threads have it too) and must finish normally with no network
 * call attempted. The negative controls show that the preload blocks each way out, in the main
 * thread and in a worker, and that a network call hidden inside a rule is still caught.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BLOCKED_MESSAGE, networkProblems, runWithoutNetwork } from '../support/harness-no-network';

const REPOSITORY_ROOT = path.resolve(__dirname, '../..');
const BUILT_CLI = path.join(REPOSITORY_ROOT, 'dist/cli.js');

describe('no-network harness', function () {
  this.timeout(120_000);

  it('runs the built CLI over the samples with no network call, in every thread', function () {
    if (!existsSync(BUILT_CLI)) assert.fail(`${BUILT_CLI} is missing: run "npm run build" first`);
    const run = runWithoutNetwork([BUILT_CLI, 'scan', 'samples', '--format', 'sarif', '--fail-on', 'none'], REPOSITORY_ROOT);
    assert.deepEqual(networkProblems(run), []);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    const sarif = JSON.parse(run.stdout) as { runs: { results: unknown[] }[] };
    assert.ok((sarif.runs[0]?.results.length ?? 0) > 0, 'the samples produced no results');
    assert.ok(
      run.log.some((line) => line.startsWith('loaded in ') && line.includes(' worker thread ')),
      `the preload did not load in any scan worker thread:\n${run.log.join('\n')}`,
    );
  });

  describe('negative controls', () => {
    let directory: string;
    before(() => {
      directory = mkdtempSync(path.join(tmpdir(), 'moj-no-network-control-'));
    });
    after(() => rmSync(directory, { recursive: true, force: true }));

    const ATTEMPTS: readonly (readonly [string, string])[] = [
      ['fetch', "fetch('https://example.invalid/')"],
      ['http.get', "require('node:http').get('http://example.invalid/')"],
      ['http.request', "require('node:http').request('http://example.invalid/')"],
      ['https.get', "require('node:https').get('https://example.invalid/')"],
      ['https.request', "require('node:https').request('https://example.invalid/')"],
      ['http2.connect', "require('node:http2').connect('https://example.invalid/')"],
      ['dns.lookup', "require('node:dns').lookup('example.invalid', () => {})"],
      ['dns.resolve4', "require('node:dns').resolve4('example.invalid', () => {})"],
      ['dns.promises.lookup', "require('node:dns').promises.lookup('example.invalid')"],
      ['dns.promises.Resolver.prototype.resolveTxt', "new (require('node:dns').promises.Resolver)().resolveTxt('example.invalid')"],
      ['net.connect', "require('node:net').connect(443, 'example.invalid')"],
      ['net.createConnection', "require('node:net').createConnection(443, '127.0.0.1')"],
      ['net.Socket.prototype.connect', "new (require('node:net').Socket)().connect(443, '127.0.0.1')"],
      ['tls.connect', "require('node:tls').connect(443, 'example.invalid')"],
      ['dgram.Socket.prototype.send', "require('node:dgram').createSocket('udp4').send('x', 53, '127.0.0.1')"],
    ];

    /** A script that tries each call, in the main thread and then in a worker thread, and prints what each threw. */
    function writeProbe(): string {
      const probe = path.join(directory, 'probe.cjs');
      writeFileSync(
        probe,
        [
          "if (globalThis[Symbol.for('moj-secure-code.no-network')] === undefined) throw new Error('the probe runs only under the no-network preload');",
          "const { Worker, isMainThread } = require('node:worker_threads');",
          `const attempts = [${ATTEMPTS.map(([, call]) => `() => ${call}`).join(', ')}];`,
          "const where = isMainThread ? 'main' : 'worker';",
          'for (const attempt of attempts) {',
          "  try { attempt(); console.log(`${where}: no error`); } catch (error) { console.log(`${where}: ${error.message}`); }",
          '}',
          'if (isMainThread) new Worker(__filename);',
          '',
        ].join('\n'),
      );
      return probe;
    }

    it('blocks every way out in the main thread and in a worker thread, with the harness message', () => {
      const run = runWithoutNetwork([writeProbe()], directory);
      const expected = ['main', 'worker'].flatMap((where) => ATTEMPTS.map(([what]) => `${where}: ${BLOCKED_MESSAGE}${what}`));
      assert.deepEqual(run.stdout.trimEnd().split('\n'), expected);
      assert.equal(run.code, 0);
    });

    it('reports each attempt even when the code under test catches the error', () => {
      const run = runWithoutNetwork([writeProbe()], directory);
      const problems = networkProblems(run);
      assert.equal(problems.length, ATTEMPTS.length * 2, problems.join('\n'));
      assert.match(problems[0]!, /^network call attempted: fetch in pid \d+ main thread$/);
      assert.match(problems[ATTEMPTS.length]!, /^network call attempted: fetch in pid \d+ worker thread \d+$/);
    });

    it('catches a network call a rule makes and hides inside the CLI scan worker', () => {
      writeFileSync(path.join(directory, 'app.js'), '// phone-home\nconst a = 1;\n');
      const script = [
        `require(${JSON.stringify(path.join(REPOSITORY_ROOT, 'server/src/cli/run.ts'))})`,
        "  .runCli(['scan', 'app.js', '--format', 'json', '--fail-on', 'none'], { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr },",
        `    { rulesModule: ${JSON.stringify(path.join(REPOSITORY_ROOT, 'test/support/harness-network-rules.cjs'))}, poolSize: 1 })`,
        '  .then((code) => { process.exitCode = code; });',
      ].join('\n');
      const run = runWithoutNetwork(['--require', require.resolve('tsx/cjs'), '-e', script], directory);
      // The scan itself succeeds: only the harness can tell that something tried the network.
      assert.equal(run.code, 0, run.stderr);
      const problems = networkProblems(run).map((problem) => problem.replace(/ in pid \d+ (main thread|worker thread \d+)$/, (_, where: string) => (where === 'main thread' ? ' in the main thread' : ' in a worker')));
      // The TypeScript loader (tsx, needed to run the CLI from source) opens its own IPC pipe in
      // each thread it loads in; the harness blocks and reports that too, and it is no part of the
      // product, so it is set apart here rather than allowed by the preload.
      const loader = problems.filter((problem) => problem.startsWith('network call attempted: net.createConnection '));
      assert.deepEqual(loader, ['network call attempted: net.createConnection in the main thread', 'network call attempted: net.createConnection in a worker']);
      assert.deepEqual(
        problems.filter((problem) => !loader.includes(problem)),
        ['network call attempted: https.get in a worker', 'network call attempted: dns.lookup in a worker', 'network call attempted: fetch in a worker'],
      );
    });

    it('reports a run that did not have the preload at all', () => {
      assert.deepEqual(networkProblems({ code: 0, stdout: '', stderr: '', log: [] }), ['the no-network preload did not load in the main thread']);
    });
  });
});
