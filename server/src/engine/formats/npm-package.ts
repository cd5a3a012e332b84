/**
 * Facts about an npm package.json that more than one rule needs. A package published for others
 * to install (not `"private": true`, and with an entry point such as `main`, `exports` or `bin`,
 * or a field only `npm publish` reads: `files`, `publishConfig`) declares version ranges and a
 * minimum Node.js on purpose: npm never publishes its lockfile, and its `engines` says what it
 * supports, not what anything runs on. Many packages rely on the default entry point
 * (`index.js`) and say they are published only through `files`.
 */
import type { ConfigModel } from '../contract';

const PUBLISHED_PACKAGE_FIELDS: ReadonlySet<string> = new Set(['main', 'module', 'exports', 'types', 'typings', 'browser', 'bin', 'files', 'publishConfig']);

export function isPublishedNpmLibrary(config: ConfigModel): boolean {
  let entryPoint = false;
  for (const entry of config.entries()) {
    if (entry.path.length !== 1) continue;
    if (entry.key === 'private' && entry.value === 'true') return false;
    if (PUBLISHED_PACKAGE_FIELDS.has(entry.key)) entryPoint = true;
  }
  return entryPoint;
}
