/**
 * Fuzzing harness (issue 6, "resilience at size"): random text, and truncated and mutated
 * versions of every sample file and every rule-table case, scanned with every rule in every
 * language the engine reads. Nothing may throw, no rule may fail (a failing rule shows as a
 * "some rules did not finish" skip), and every finding's range and every fix edit must lie
 * inside the document on UTF-16 code-unit boundaries (never between the two halves of an astral
 * character). Fixed seeds keep CI repeatable; `FUZZ_LONG=1` runs ten times as many cases.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Finding } from '../../server/src/engine/contract';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { buildProjectIndex } from '../../server/src/engine/project/project-index';
import { scan } from '../../server/src/engine/scan';
import { allRules } from '../../server/src/rules/index';
import { ruleTables } from '../support/rule-tables';
import { sampleFiles } from '../support/sample-files';

const LONG = process.env['FUZZ_LONG'] === '1';
const SEED = 20261127;
const REPOSITORY_ROOT = path.resolve(__dirname, '../..');

/** One file name per file kind, so random text goes through every parser and every rule. */
const PATHS = [
  'a.js', 'a.ts', 'a.tsx', 'a.py', 'A.java', 'A.cs', 'a.go', 'a.php', 'a.rb', 'a.sh',
  'a.yaml', 'a.json', 'web.config', 'Dockerfile', 'main.tf', 'app.properties', '.env', 'a.ini', '.npmrc',
  'nginx.conf', 'httpd.conf', 'haproxy.cfg', 'sshd_config', 'requirements.txt', 'build.gradle',
];

/** Where a range or edit breaks the contract, or undefined when it is sound. */
export function rangeProblem(text: string, range: { readonly start: number; readonly end: number }): string | undefined {
  if (!Number.isInteger(range.start) || !Number.isInteger(range.end)) return `non-integer range ${range.start}-${range.end}`;
  if (range.start < 0 || range.end > text.length || range.start > range.end) return `range ${range.start}-${range.end} outside 0-${text.length}`;
  for (const offset of [range.start, range.end]) {
    if (splitsSurrogatePair(text, offset)) return `offset ${offset} splits a surrogate pair`;
  }
  return undefined;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function findingProblems(text: string, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  for (const finding of findings) {
    const where = `${finding.ruleId}`;
    const own = rangeProblem(text, finding.range);
    if (own !== undefined) problems.push(`${where}: ${own}`);
    for (const edit of finding.fix?.edits ?? []) {
      const problem = rangeProblem(text, edit);
      if (problem !== undefined) problems.push(`${where} fix: ${problem}`);
    }
    for (const secret of finding.secrets) {
      const problem = rangeProblem(text, secret);
      if (problem !== undefined) problems.push(`${where} secret: ${problem}`);
    }
  }
  return problems;
}

async function scanProblems(filePath: string, text: string): Promise<string[]> {
  const result = await scan(
    { path: filePath, text },
    { rules: allRules, config: DEFAULT_CONFIG, project: buildProjectIndex([{ path: filePath, text }]), today: '2026-11-27', timeBudgetMs: 30_000 },
  );
  const problems = findingProblems(text, [...result.findings, ...result.suppressed.map((entry) => entry.finding)]);
  if (result.skipped?.reason.startsWith('some rules did not finish') === true) problems.push(result.skipped.reason);
  return problems.map((problem) => `${filePath}: ${problem}`);
}

/** A cheap deterministic generator for the mutations (fast-check drives the random-text part). */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTIONS = ['😀', '"', "'", '`', '{', '}', '(', ')', '<', '>', '\n', '\r\n', '\\', '${', '#', '//', '/*', '\u0000', '\uFEFF', '\uD83D'];

function mutate(text: string, random: () => number): string {
  let result = text;
  for (let step = 0; step < 3; step++) {
    const at = Math.floor(random() * (result.length + 1));
    const choice = random();
    if (choice < 0.4) result = result.slice(0, at) + INSERTIONS[Math.floor(random() * INSERTIONS.length)] + result.slice(at);
    else if (choice < 0.7) result = result.slice(0, at) + result.slice(Math.min(result.length, at + 1 + Math.floor(random() * 8)));
    else result = result.slice(0, at) + result.slice(at, at + 12) + result.slice(at);
  }
  return result;
}

describe('fuzzing harness', function () {
  this.timeout(LONG ? 3_600_000 : 180_000);

  it('negative control: the range check catches out-of-range ranges and split surrogate pairs', () => {
    const text = 'a😀b';
    assert.equal(rangeProblem(text, { start: 0, end: 4 }), undefined);
    assert.equal(rangeProblem(text, { start: 0, end: 5 }), 'range 0-5 outside 0-4');
    assert.equal(rangeProblem(text, { start: 2, end: 3 }), 'offset 2 splits a surrogate pair');
    assert.equal(rangeProblem(text, { start: 3, end: 1 }), 'range 3-1 outside 0-4');
  });

  it('random text in every file kind', async () => {
    const problems: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), fc.string({ unit: 'binary', maxLength: 400 }), async (filePath, text) => {
        problems.push(...(await scanProblems(filePath, text)));
        return true;
      }),
      { seed: SEED, numRuns: LONG ? 5000 : 400 },
    );
    assert.deepEqual(problems, []);
  });

  it('truncated and mutated rule-table cases, in their own file kind', async () => {
    const random = mulberry32(SEED);
    const problems: string[] = [];
    const cases = ruleTables.flatMap((table) => [...table.invalid, ...table.valid]);
    for (const testCase of cases) {
      const variants = LONG ? 10 : 1;
      for (let variant = 0; variant < variants; variant++) {
        const cut = Math.floor(random() * testCase.code.length);
        problems.push(...(await scanProblems(testCase.path, testCase.code.slice(0, cut))));
        problems.push(...(await scanProblems(testCase.path, mutate(testCase.code, random))));
      }
    }
    assert.ok(cases.length > 1000, `only ${cases.length} cases`);
    assert.deepEqual(problems.slice(0, 20), []);
  });

  it('truncated and mutated samples', async () => {
    const random = mulberry32(SEED + 1);
    const problems: string[] = [];
    for (const file of sampleFiles(path.join(REPOSITORY_ROOT, 'samples'))) {
      const relative = path.relative(REPOSITORY_ROOT, file);
      const text = readFileSync(file, 'utf8');
      for (let variant = 0; variant < (LONG ? 20 : 2); variant++) {
        problems.push(...(await scanProblems(relative, text.slice(0, Math.floor(random() * text.length)))));
        problems.push(...(await scanProblems(relative, mutate(text, random))));
      }
    }
    assert.deepEqual(problems.slice(0, 20), []);
  });
});
