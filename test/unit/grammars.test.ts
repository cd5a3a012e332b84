/**
 * Every grammar the build ships loads with the pinned web-tree-sitter, and a fixture of modern
 * syntax per language parses with no ERROR or MISSING node (CONTRACTS §6).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHIPPED_GRAMMAR_LANGUAGES } from '../../server/src/engine/parse/grammars';
import { reparseErrors } from '../support/reparse';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'modern-syntax');

const MODERN_SYNTAX_FIXTURES: Readonly<Record<string, string>> = {
  javascript: 'modern.js',
  typescript: 'modern.ts',
  tsx: 'modern.tsx',
  python: 'modern.py',
  java: 'Modern.java',
  csharp: 'Modern.cs',
  go: 'modern.go',
  php: 'modern.php',
  ruby: 'modern.rb',
  shell: 'modern.sh',
};

describe('shipped grammars', () => {
  it('has a modern-syntax fixture for every shipped grammar', () => {
    assert.deepStrictEqual([...SHIPPED_GRAMMAR_LANGUAGES].sort(), Object.keys(MODERN_SYNTAX_FIXTURES).sort());
  });

  for (const [language, file] of Object.entries(MODERN_SYNTAX_FIXTURES)) {
    it(`${language} loads and parses ${file} without errors`, async () => {
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      assert.deepStrictEqual(await reparseErrors(file, text), []);
    });
  }

  it('reports a syntax error, so the check above can fail', async () => {
    assert.notDeepStrictEqual(await reparseErrors('broken.js', 'function ( {'), []);
  });
});
