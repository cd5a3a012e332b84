/**
 * Facts about an npm package.json that more than one rule needs. A package published for others
 * to import (an entry point such as `main` or `exports`, and not `"private": true`) declares
 * version ranges and a minimum Node.js on purpose: npm never publishes its lockfile, and its
 * `engines` says what it supports, not what anything runs on.
 */
import type { ConfigModel } from '../contract';

const ENTRY_POINT_FIELDS: ReadonlySet<string> = new Set(['main', 'module', 'exports', 'types', 'typings', 'browser']);

export function isPublishedNpmLibrary(config: ConfigModel): boolean {
  let entryPoint = false;
  for (const entry of config.entries()) {
    if (entry.path.length !== 1) continue;
    if (entry.key === 'private' && entry.value === 'true') return false;
    if (ENTRY_POINT_FIELDS.has(entry.key)) entryPoint = true;
  }
  return entryPoint;
}
