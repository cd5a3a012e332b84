/**
 * ReDoS harness: every regular expression the product builds goes through `safeRegex`, which
 * records it. This test loads every rule, scans every rule-table case and every sample file with
 * all the rules (so expressions assembled at run time exist too), and checks each recorded
 * expression with recheck. Constant expressions in the product source are checked as well, so a
 * pattern on a path the scans never reach cannot hide. The negative controls prove the checker
 * catches known catastrophic patterns.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { createdRegexes } from '../../server/src/engine/regex';
import { scan } from '../../server/src/engine/scan';
import { buildProjectIndex } from '../../server/src/engine/project/project-index';
import { allRules } from '../../server/src/rules/index';
import { ruleTables } from '../support/rule-tables';
import { scanCase } from '../support/rule-tester';
import { findReDoS, regexesInSource } from '../support/harness-redos';

const REPOSITORY_ROOT = path.resolve(__dirname, '../..');

describe('ReDoS harness', function () {
  this.timeout(120_000);

  it('finds no vulnerable expression among those safeRegex made while scanning every case and sample', async () => {
    for (const table of ruleTables) {
      for (const testCase of [...table.valid, ...table.invalid]) {
        await scanCase(table.rule, testCase);
        // Every rule on every case's text: a rule may assemble expressions from what another rule's case contains.
        await scan({ path: testCase.path, text: testCase.code }, { rules: allRules, config: DEFAULT_CONFIG, project: buildProjectIndex(testCase.project ?? []), timeBudgetMs: 60_000 });
      }
    }
    for (const file of sampleFiles()) {
      await scan(
        { path: path.relative(path.join(REPOSITORY_ROOT, 'samples'), file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') },
        { rules: allRules, config: DEFAULT_CONFIG, project: buildProjectIndex([]), timeBudgetMs: 60_000 },
      );
    }
    const regexes = createdRegexes();
    assert.ok(regexes.length > 0, 'nothing was made through safeRegex, so nothing was checked');
    assert.deepEqual(await findReDoS(regexes.map((regex) => ({ source: regex.source, flags: regex.flags, origin: 'safeRegex' }))), []);
  });

  it('finds no vulnerable constant expression in server/src (literals, new RegExp, safeRegex)', async () => {
    const patterns = regexesInSource(path.join(REPOSITORY_ROOT, 'server/src'));
    assert.ok(patterns.length > 0, 'no expression was found in the source, so nothing was checked');
    assert.deepEqual(await findReDoS(patterns), []);
  });

  describe('negative controls', () => {
    it('catches nested quantifiers: (a+)+$', async () => {
      const [problem, ...rest] = await findReDoS([{ source: '(a+)+$', flags: '', origin: 'control' }]);
      assert.deepEqual(rest, []);
      assert.match(problem ?? '', /^\/\(a\+\)\+\$\/ \(control\): vulnerable, exponential; attack string /);
    });

    it('catches an ambiguous alternation under a star: ^(a|a)*$', async () => {
      const [problem, ...rest] = await findReDoS([{ source: '^(a|a)*$', flags: '', origin: 'control' }]);
      assert.deepEqual(rest, []);
      assert.match(problem ?? '', /^\/\^\(a\|a\)\*\$\/ \(control\): vulnerable, exponential; attack string /);
    });

    it('catches a polynomial one among safe ones, and checks a repeated pattern once', async () => {
      const problems = await findReDoS([
        { source: '\\s+', flags: 'u' },
        { source: '^\\s*a\\s*\\s*$', flags: '' },
        { source: '^\\s*a\\s*\\s*$', flags: '' },
        { source: '^[a-z][a-z0-9_-]*$', flags: 'i' },
      ]);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /^\/\^\\s\*a\\s\*\\s\*\$\/: vulnerable, 2nd degree polynomial; attack string /);
    });

    it('fails an expression that could not be judged rather than passing it', async () => {
      const problems = await findReDoS([{ source: '(?<=a', flags: '', origin: 'control' }]);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0]!, /^\/\(\?<=a\/ \(control\): could not be shown safe \(invalid: /);
    });

    it('finds and catches catastrophic constants in source: a literal, new RegExp and safeRegex', async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'moj-redos-'));
      try {
        mkdirSync(path.join(root, 'rules'));
        writeFileSync(
          path.join(root, 'rules/bad.ts'),
          "export const a = /(a+)+$/;\nexport const b = new RegExp('^(b|b)*$', 'i');\nexport const c = safeRegex(\"(c*)*d\", 'g');\nexport const ok = safeRegex('^[a-z]+$');\n",
        );
        writeFileSync(path.join(root, 'rules/bad.test.ts'), 'export const ignored = /(x+)+$/;\n');
        const patterns = regexesInSource(root);
        assert.deepEqual(
          patterns.map((pattern) => [pattern.source, pattern.flags, pattern.origin?.slice(pattern.origin.lastIndexOf('/') + 1)]),
          [['(a+)+$', '', 'bad.ts:1'], ['^(b|b)*$', 'i', 'bad.ts:2'], ['(c*)*d', 'g', 'bad.ts:3'], ['^[a-z]+$', '', 'bad.ts:4']],
        );
        const problems = await findReDoS(patterns);
        assert.equal(problems.length, 3, problems.join('\n'));
        for (const [index, pattern] of patterns.slice(0, 3).entries()) {
          assert.ok(problems[index]!.startsWith(`/${pattern.source}/${pattern.flags} (${pattern.origin}): vulnerable, `), problems[index]);
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });
});

function sampleFiles(directory = path.join(REPOSITORY_ROOT, 'samples')): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...sampleFiles(full));
    else if (entry.name !== 'README.md') files.push(full);
  }
  return files.sort();
}
