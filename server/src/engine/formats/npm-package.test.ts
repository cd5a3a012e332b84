import assert from 'node:assert/strict';
import { parseConfigDocument } from './parse-config';
import { isPublishedNpmLibrary } from './npm-package';

describe('isPublishedNpmLibrary', () => {
  const cases: [string, string, boolean][] = [
    ['an entry point, not private', '{ "name": "a", "main": "index.js" }', true],
    ['exports only', '{ "name": "a", "exports": { ".": "./index.js" } }', true],
    ['private with an entry point', '{ "private": true, "main": "server.js" }', false],
    ['the default entry point, published files listed', '{ "name": "a", "files": ["index.js", "index.d.ts"] }', true],
    ['a command-line tool', '{ "name": "a", "bin": { "a": "cli.js" } }', true],
    ['publish settings', '{ "name": "@acme/a", "publishConfig": { "access": "public" } }', true],
    ['private with published files', '{ "private": true, "files": ["dist"] }', false],
    ['no entry point (an application)', '{ "name": "app", "scripts": { "start": "node ." } }', false],
    ['a nested main is not the package entry point', '{ "config": { "main": "x" } }', false],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name} → ${String(expected)}`, () => {
      const config = parseConfigDocument(text, 'json');
      assert.equal(isPublishedNpmLibrary(config), expected);
    });
  }
});
