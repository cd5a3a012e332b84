import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { LOCKFILE_NAMES, WATCHED_FILE_GLOBS } from '../../client/src/watched-files';
import { isProjectIndexFile } from '../../server/src/engine/project/project-index';

/**
 * The client watches the files the server's project index reads; the two lists live apart (the
 * client may not import the server), so this keeps them in step.
 */
describe('files the client watches for the project index', () => {
  const watched = picomatch([...WATCHED_FILE_GLOBS], { dot: true });

  it('names only files the project index reads', () => {
    for (const name of LOCKFILE_NAMES) assert.ok(isProjectIndexFile(`deep/folder/${name}`), name);
  });

  for (const file of ['src/main/resources/application.properties', 'infra/main.tf', 'package-lock.json', 'api/go.sum', 'Gemfile.lock', '.moj-secure-code.json', 'sub/.moj-secure-code.json']) {
    it(`watches ${file}`, () => assert.ok(watched(file)));
  }

  for (const file of ['src/app.js', 'package.json', 'main.tf.bak']) {
    it(`does not watch ${file}`, () => assert.equal(watched(file), false));
  }
});
