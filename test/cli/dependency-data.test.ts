/**
 * The faces' loader for `eolData` and `advisories` files, and how the CLI reports a bad one
 * (exit 2, one line) and hands a good one to the rules.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  DependencyDataCache,
  DependencyDataError,
  dependencyPaths,
  loadAdvisoryFolders,
  loadEolDataFile,
} from '../../server/src/cli/dependency-data';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { REPOSITORY_ROOT, runInProcess } from './run-cli';
import { TempProject } from './temp-project';

const ADVISORY = (id: string): string =>
  JSON.stringify({ id, affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.0' }] }] }] });

describe('eolData and advisories files', () => {
  let project: TempProject;
  beforeEach(() => {
    project = new TempProject({
      'eol.json': JSON.stringify({ asOf: '2026-11-27', products: { node: [{ cycle: '24', eol: '2026-01-01' }] } }),
      'bad-json.json': '{ "products": ',
      'bad-date.json': JSON.stringify({ products: { node: [{ cycle: '24', eol: '1 Jan 2026' }] } }),
      'osv/npm/GHSA-1.json': ADVISORY('GHSA-1'),
      'osv/npm/nested/GHSA-2.json': ADVISORY('GHSA-2'),
      'osv/README.md': 'not an advisory',
      'bad-osv/x.json': JSON.stringify({ id: 'X', affected: 'npm' }),
      'app/Dockerfile': 'FROM node:24\n',
    });
  });
  afterEach(() => project.remove());

  it('reads an eolData file', () => {
    assert.deepEqual(loadEolDataFile(project.path('eol.json')), { asOf: '2026-11-27', products: { node: [{ cycle: '24', eol: '2026-01-01' }] } });
  });

  it('names the file and the problem for a bad eolData file (negative controls)', () => {
    assert.throws(() => loadEolDataFile(project.path('bad-json.json')), (error: unknown) => error instanceof DependencyDataError && /^eolData .*bad-json\.json: not valid JSON/.test(error.message));
    assert.throws(() => loadEolDataFile(project.path('bad-date.json')), {
      message: `eolData ${project.path('bad-date.json')}: "products.node[0]".eol must be a date written YYYY-MM-DD`,
    });
    assert.throws(() => loadEolDataFile(project.path('missing.json')), { message: `eolData ${project.path('missing.json')}: could not be read (ENOENT)` });
  });

  it('reads every JSON file under an advisories folder, in path order', () => {
    assert.deepEqual(loadAdvisoryFolders([project.path('osv')]).map((advisory) => advisory.id), ['GHSA-1', 'GHSA-2']);
  });

  it('names the file of a malformed advisory, and a missing folder', () => {
    assert.throws(() => loadAdvisoryFolders([project.path('bad-osv')]), { message: `advisories ${project.path('bad-osv/x.json')}: "affected" must be a list` });
    assert.throws(() => loadAdvisoryFolders([project.path('nowhere')]), { message: `advisories ${project.path('nowhere')}: could not be read (ENOENT)` });
  });

  it('resolves paths from flags against the working folder and from project files against the root', () => {
    const config = { ...DEFAULT_CONFIG, eolData: 'eol.json', advisories: ['osv'] };
    assert.deepEqual(dependencyPaths(config, '/repo'), { eolData: path.resolve('/repo/eol.json'), advisories: [path.resolve('/repo/osv')] });
    assert.deepEqual(dependencyPaths(config, '/repo', { eolData: 'eol.json' }, '/work'), { eolData: path.resolve('/work/eol.json'), advisories: [path.resolve('/repo/osv')] });
  });

  it('remembers a failure rather than reading a bad file again', () => {
    const cache = new DependencyDataCache();
    const paths = { eolData: project.path('bad-json.json'), advisories: [] };
    assert.throws(() => cache.load(paths), DependencyDataError);
    project.write({ 'bad-json.json': '{ "products": {} }' });
    assert.throws(() => cache.load(paths), DependencyDataError);
    cache.clear();
    assert.deepEqual(cache.load(paths), { eolData: { products: {} } });
  });

  it('exits 2 with one line when --eol-data names a bad file', async () => {
    const run = await runInProcess(['scan', '--eol-data', 'bad-date.json', 'app'], project.root);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `moj-secure-code: eolData ${project.path('bad-date.json')}: "products.node[0]".eol must be a date written YYYY-MM-DD\n`);
  });

  it('exits 2 with one line when --advisories names a missing folder', async () => {
    const run = await runInProcess(['scan', '--advisories', 'nowhere', 'app'], project.root);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `moj-secure-code: advisories ${project.path('nowhere')}: could not be read (ENOENT)\n`);
  });

  it('hands the eolData file to the rules', async () => {
    const rulesModule = path.join(REPOSITORY_ROOT, 'server/src/rules/index.ts');
    const without = await runInProcess(['scan', '--format', 'json', '--fail-on', 'none', 'app'], project.root, { rulesModule, today: '2026-11-27' });
    const withData = await runInProcess(['scan', '--format', 'json', '--fail-on', 'none', '--eol-data', 'eol.json', 'app'], project.root, { rulesModule, today: '2026-11-27' });
    assert.equal(without.code, 0, without.stderr);
    assert.equal(withData.code, 0, withData.stderr);
    const endOfLife = (stdout: string): number => (stdout.match(/dependencies\/end-of-life/g) ?? []).length;
    assert.equal(endOfLife(without.stdout), 0);
    assert.ok(endOfLife(withData.stdout) > 0, withData.stdout);
  });
});
