/**
 * The self-scan gate (`npm run self-scan`, run by `npm test`) can fail: the same command, with
 * its configuration and committed baseline, pointed at a file with a new finding exits 1, and at
 * a clean file exits 0. The gate over the repository itself runs in `npm test`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import packageJson from '../../package.json';
import { REPOSITORY_ROOT, runBuilt } from './run-cli';

/** The self-scan script's CLI arguments with its scanned path replaced. */
function selfScanArguments(scannedPath: string): string[] {
  const script = (packageJson.scripts as Record<string, string>)['self-scan'] ?? '';
  const words = script.split(/\s+/);
  assert.deepEqual(words.slice(0, 4), ['node', 'dist/cli.js', 'scan', '.'], script);
  return ['scan', scannedPath, ...words.slice(4)];
}

describe('self-scan gate', function () {
  this.timeout(120_000);
  let folder: string;

  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'moj-self-scan-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('uses the committed baseline and fails on findings below high', () => {
    const args = selfScanArguments('.');
    assert.ok(args.includes('--baseline') && args.includes('.moj-secure-code-baseline.json'));
    assert.equal(args[args.indexOf('--fail-on') + 1], 'low');
  });

  it('negative control: a new finding fails the gate', () => {
    writeFileSync(path.join(folder, 'digest.py'), 'import hashlib\n\ndef token_digest(token):\n    return hashlib.md5(token.encode()).hexdigest()\n');
    const run = runBuilt(selfScanArguments(path.join(folder, 'digest.py')), REPOSITORY_ROOT);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /crypto\/weak-hash/);
  });

  it('passes a file with no findings', () => {
    writeFileSync(path.join(folder, 'clean.py'), 'def add(a, b):\n    return a + b\n');
    const run = runBuilt(selfScanArguments(path.join(folder, 'clean.py')), REPOSITORY_ROOT);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });
});
