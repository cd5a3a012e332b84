/**
 * What the VSIX ships: exactly the files in test/fixtures/vsix-files.txt (the bundles, the
 * grammars, the manifest and what it points at), as `vsce ls` lists them through .vscodeignore's
 * allow-list, and small enough for the Marketplace. Needs a build (`npm run build`), as `npm test`
 * runs one first; a missing build fails here by name rather than passing with fewer files.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';

const ROOT = path.join(__dirname, '..', '..');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const EXPECTED_FILES = path.join(ROOT, 'test', 'fixtures', 'vsix-files.txt');
const MAX_VSIX_BYTES = 20 * 1024 * 1024;

/** The files `vsce ls` would pack, relative to the root, sorted. It reads no network. */
function packedFiles(): string[] {
  const output = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .sort();
}

function expectedFiles(): string[] {
  return readFileSync(EXPECTED_FILES, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .sort();
}

describe('the VSIX contents', function () {
  // vsce loads the whole manifest and walks the tree; on a busy machine that takes a while.
  this.timeout(120_000);

  let files: string[] = [];

  before(function () {
    for (const built of ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/scan-worker.js', 'dist/scan-host.js']) {
      assert.ok(existsSync(path.join(ROOT, built)), `${built} is missing: run \`npm run build\` before this test.`);
    }
    files = packedFiles();
  });

  it('lists exactly the files in test/fixtures/vsix-files.txt', () => {
    assert.deepEqual(files, expectedFiles());
  });

  it('ships no source maps, tests, sources or dependencies', () => {
    const unwanted = files.filter((file) => /\.map$|^dist\/test\/|^(client|server|test|e2e|node_modules|samples)\//.test(file));
    assert.deepEqual(unwanted, []);
  });

  it('compresses to under 20 MB, as the VSIX zip would', () => {
    // A VSIX is a zip of deflated entries; the deflated sizes plus a little per entry bound it.
    const bytes = files.reduce((total, file) => total + deflateRawSync(readFileSync(path.join(ROOT, file))).length + 200, 0);
    assert.ok(bytes < MAX_VSIX_BYTES, `The VSIX would be about ${(bytes / 1024 / 1024).toFixed(1)} MB.`);
  });
});
