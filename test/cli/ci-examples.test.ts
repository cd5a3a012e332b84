/**
 * docs/ci.md's examples, run for real: `npm pack` makes the tarball, the documented install
 * command puts it in a scratch project offline, and every command of the GitHub Actions and
 * GitLab CI examples, the baseline command and the pre-commit hook run there as a pipeline would
 * run them (`npm ci` steps aside: the scratch project is already installed). Needs `npm run
 * build` first, as `npm test` does.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import packageJson from '../../package.json';
import { BUILT_CLI, REPOSITORY_ROOT } from './run-cli';
import { sarifValidator } from './sarif-schema';

const CI_DOC = readFileSync(path.join(REPOSITORY_ROOT, 'docs/ci.md'), 'utf8');
const TARBALL = `moj-secure-code-${packageJson.version}.tgz`;

/** The fenced blocks of docs/ci.md in a given language, in order. */
function codeBlocks(language: string): string[] {
  const blocks: string[] = [];
  const fence = new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g');
  for (let match = fence.exec(CI_DOC); match !== null; match = fence.exec(CI_DOC)) blocks.push(match[1] ?? '');
  return blocks;
}

interface Step {
  readonly run?: string;
}
type Workflow = { jobs: Record<string, { steps: Step[] }> };
type GitlabJobs = Record<string, { script: string[] }>;

/** The shell commands of a pipeline that use the tool, in order. */
function toolCommands(commands: readonly string[]): string[] {
  return commands.filter((command) => command.includes('moj-secure-code'));
}

interface Run {
  readonly code: number | null;
  readonly output: string;
}

describe('docs/ci.md examples, through the packed CLI', function () {
  this.timeout(300_000);
  let project: string;

  function sh(command: string, env: Record<string, string> = {}): Run {
    const result = spawnSync('sh', ['-c', command], { cwd: project, encoding: 'utf8', env: { ...process.env, ...env, NO_COLOR: '1' }, timeout: 120_000 });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }

  before(function () {
    if (!existsSync(BUILT_CLI)) throw new Error('dist/ is missing: run "npm run build" first');
    project = mkdtempSync(path.join(tmpdir(), 'moj-ci-examples-'));
    execFileSync('npm', ['pack', '--pack-destination', project], { cwd: REPOSITORY_ROOT, stdio: 'ignore' });
    cpSync(path.join(REPOSITORY_ROOT, 'samples/suppressions'), path.join(project, 'app'), { recursive: true });
    cpSync(path.join(REPOSITORY_ROOT, 'samples/python-service'), path.join(project, 'service'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'scratch-service', version: '1.0.0', private: true }, null, 2));
    const install = codeBlocks('sh').flatMap((block) => block.split('\n')).find((line) => line.startsWith('npm install --save-dev --offline'));
    assert.ok(install, 'docs/ci.md shows the install command');
    const installed = sh(`${install} --no-audit --no-fund`);
    assert.equal(installed.code, 0, installed.output);
  });

  after(() => rmSync(project, { recursive: true, force: true }));

  it('installs an offline tarball whose CLI runs', () => {
    assert.ok(existsSync(path.join(project, TARBALL)));
    const version = sh('npx --no-install moj-secure-code --version');
    assert.equal(version.output.trim(), packageJson.version);
  });

  it('runs the GitHub Actions job: SARIF for upload, then a gate that passes on the baseline and fails on a new finding', () => {
    const workflow = parseYaml(codeBlocks('yaml')[0] ?? '') as Workflow;
    const commands = toolCommands(Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]))));
    assert.equal(commands.length, 2);
    const [scan, gate] = commands as [string, string];
    const scanned = sh(scan);
    assert.equal(scanned.code, 0, scanned.output);
    const validate = sarifValidator();
    const log = JSON.parse(readFileSync(path.join(project, 'moj-secure-code.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.ok((log.runs[0]?.results.length ?? 0) > 0);

    const baseline = codeBlocks('sh').flatMap((block) => block.split('\n')).find((line) => line.includes('--write-baseline'));
    assert.ok(baseline);
    assert.equal(sh(baseline).code, 0);
    const passing = sh(gate);
    assert.equal(passing.code, 0, passing.output);
    copyFileSync(path.join(REPOSITORY_ROOT, 'samples/python-service/app.py'), path.join(project, 'service/new_module.py'));
    assert.equal(sh(gate).code, 1);
    rmSync(path.join(project, 'service/new_module.py'));
  });

  it('runs the GitLab job: a schema-valid SAST report and the evidence report as artefacts', () => {
    const jobs = parseYaml(codeBlocks('yaml')[1] ?? '') as GitlabJobs;
    const commands = toolCommands(Object.values(jobs).flatMap((job) => job.script));
    assert.equal(commands.length, 3);
    for (const command of commands) {
      const run = sh(command);
      assert.equal(run.code, 0, `${command}\n${run.output}`);
    }
    const schema = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'test/fixtures/cli/gitlab-sast-report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false }).compile(schema);
    const report = JSON.parse(readFileSync(path.join(project, 'gl-sast-report.json'), 'utf8')) as { vulnerabilities: unknown[] };
    assert.ok(validate(report), JSON.stringify(validate.errors));
    assert.ok(report.vulnerabilities.length > 0);
    assert.match(readFileSync(path.join(project, 'moj-secure-code-report.html'), 'utf8'), /<h2 id="coverage">/);
  });

  it('runs the sharded jobs: together the shards report each finding exactly once', () => {
    // Earlier examples left reports in the project; a fresh checkout would not have them.
    for (const report of ['moj-secure-code.sarif', 'gl-sast-report.json', 'moj-secure-code-report.html']) rmSync(path.join(project, report), { force: true });
    const inCode = (entry: { location: { file: string } }): boolean => /^(app|service)\//.test(entry.location.file);
    const gitlab = toolCommands(Object.values(parseYaml(codeBlocks('yaml')[2] ?? '') as GitlabJobs).flatMap((job) => job.script));
    const github = toolCommands(
      Object.values((parseYaml(codeBlocks('yaml')[3] ?? '') as Workflow).jobs).flatMap((job) => job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]))),
    );
    assert.deepEqual([gitlab.length, github.length], [1, 1]);
    const ids: string[] = [];
    for (let index = 1; index <= 4; index++) {
      sh(gitlab[0]!, { CI_NODE_INDEX: String(index), CI_NODE_TOTAL: '4' });
      const shard = JSON.parse(readFileSync(path.join(project, `gl-sast-report-${index}.json`), 'utf8')) as { vulnerabilities: { id: string; location: { file: string } }[] };
      ids.push(...shard.vulnerabilities.filter(inCode).map((entry) => entry.id));
      // Each shard is its own CI job on a fresh checkout: its report is not there for the next one.
      rmSync(path.join(project, `gl-sast-report-${index}.json`));
      const matrix = sh(github[0]!.replace('${{ matrix.shard }}', String(index)));
      assert.ok(matrix.code === 0 || matrix.code === 1, matrix.output);
    }
    const whole = sh('npx --no-install moj-secure-code scan . --format gitlab-sast --output whole.json --fail-on none');
    assert.equal(whole.code, 0, whole.output);
    const all = (JSON.parse(readFileSync(path.join(project, 'whole.json'), 'utf8')) as { vulnerabilities: { id: string; location: { file: string } }[] }).vulnerabilities
      .filter(inCode)
      .map((entry) => entry.id);
    assert.ok(all.length > 4);
    assert.deepEqual([...ids].sort(), [...all].sort());
  });

  it('runs the pre-commit hook on staged files only', () => {
    const hooks = codeBlocks('sh').find((block) => block.includes('.git/hooks/pre-commit'));
    assert.ok(hooks);
    for (const command of ['git init -q', 'git config user.email ci@example.invalid', 'git config user.name CI', 'git config commit.gpgsign false']) assert.equal(sh(command).code, 0);
    for (const line of hooks.trim().split('\n')) assert.equal(sh(line).code, 0, line);
    writeFileSync(path.join(project, 'clean.py'), 'print("hello")\n');
    sh('git add clean.py');
    const clean = sh('.git/hooks/pre-commit');
    assert.equal(clean.code, 0, clean.output);
    // The vulnerable samples are in the working tree but not staged: the hook does not read them.
    assert.doesNotMatch(clean.output, /crypto\/weak-hash/);
    sh('git add service/app.py');
    const blocked = sh('.git/hooks/pre-commit');
    assert.equal(blocked.code, 1, blocked.output);
    assert.match(blocked.output, /service\/app\.py/);
    assert.equal(sh('git commit -q -m "add service"').code, 1, 'git runs the hook and refuses the commit');
  });
});
