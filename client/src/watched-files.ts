/**
 * The files whose changes the server must hear of even when they are not open: the project
 * index's inputs (Java `.properties`, lockfiles, Terraform) and the project file. Pure data, so
 * a test can check it against the engine's list of index files.
 */
export const LOCKFILE_NAMES: readonly string[] = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'poetry.lock',
  'Pipfile.lock',
  'go.sum',
  'Gemfile.lock',
  'composer.lock',
  'packages.lock.json',
  'gradle.lockfile',
];

export const WATCHED_FILE_GLOBS: readonly string[] = ['**/*.properties', `**/{${LOCKFILE_NAMES.join(',')}}`, '**/*.tf', '**/.moj-secure-code.json'];
