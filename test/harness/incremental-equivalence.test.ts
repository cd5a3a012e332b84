/**
 * Incremental equivalence harness (issue 6): the editor's incremental scan must give what a full
 * scan of the same text gives. Every rule-table case and sample in a language the incremental
 * scan handles is scanned once, then edited inside each of its function units in turn and
 * scanned again incrementally; each result is compared with `scan` of the edited text.
 * - A space doubled changes no meaning: the results must be equal. A rule that reads another
 *   function through the scoped lists instead of `wholeFile()` fails here; the negative control
 *   is such a rule.
 * - A letter typed into the unit's first string can change meaning (`"DSA"` → `"qDSA"` in a
 *   constructor changes what a method that uses the field does). The edited function and the
 *   context must still be exact; a reused function may keep its old findings until the language
 *   server's full scan when the user pauses, and that is all that may differ.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeLanguage, Finding, Rule } from '../../server/src/engine/contract';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import { Deadline } from '../../server/src/engine/deadline';
import { functionUnits } from '../../server/src/engine/incremental/function-units';
import { IncrementalScanner } from '../../server/src/engine/incremental/incremental-scan';
import { detectLanguage, isCodeLanguage } from '../../server/src/engine/languages/detect';
import { parseCode } from '../../server/src/engine/parse/parse-code';
import { buildProjectIndex } from '../../server/src/engine/project/project-index';
import { scan, type ScanOptions } from '../../server/src/engine/scan';
import { allRules } from '../../server/src/rules/index';
import { ruleTables } from '../support/rule-tables';
import { sampleFiles } from '../support/sample-files';

const REPOSITORY_ROOT = path.resolve(__dirname, '../..');

interface Source {
  readonly path: string;
  readonly text: string;
}

/** Edits that stay inside one unit: offsets into the text, each applied to the original text. */
interface Edit {
  readonly at: number;
  readonly insert: string;
  /** Whether the edit may change what the code means. */
  readonly semantic: boolean;
}

async function unitEdits(source: Source, language: CodeLanguage): Promise<Edit[]> {
  const parsed = await parseCode(source.text, language, new Deadline(30_000));
  if (parsed === 'timeout') return [];
  try {
    const edits: Edit[] = [];
    for (const unit of functionUnits(parsed.tree.rootNode, source.text, language).units) {
      const body = source.text.slice(unit.start, unit.end);
      const space = body.indexOf(' ');
      if (space > 0) edits.push({ at: unit.start + space, insert: ' ', semantic: false });
      const quote = body.search(/["'][a-z]/i);
      if (quote > 0) edits.push({ at: unit.start + quote + 1, insert: 'q', semantic: true });
    }
    return edits;
  } finally {
    parsed.tree.delete();
  }
}

interface Outcome {
  readonly edits: number;
  readonly reusedScans: number;
  readonly mismatches: string[];
}

async function compareEdits(sources: readonly Source[], rules: readonly Rule[]): Promise<Outcome> {
  let edits = 0;
  let reusedScans = 0;
  const mismatches: string[] = [];
  for (const source of sources) {
    const language = detectLanguage(source.path, source.text);
    if (language === undefined || !isCodeLanguage(language)) continue;
    const options: ScanOptions = {
      rules,
      config: DEFAULT_CONFIG,
      project: buildProjectIndex([{ path: source.path, text: source.text }]),
      today: '2026-11-28',
      timeBudgetMs: 30_000,
    };
    for (const edit of await unitEdits(source, language)) {
      const scanner = new IncrementalScanner();
      try {
        await scanner.scan(source, options);
        const edited = { path: source.path, text: source.text.slice(0, edit.at) + edit.insert + source.text.slice(edit.at) };
        const incremental = await scanner.scan(edited, options);
        const full = await scan(edited, options);
        edits++;
        if (scanner.statistics.reusedUnits > 0) reusedScans++;
        const reused = scanner.reusedRanges;
        const outsideReused = (findings: readonly Finding[]): string =>
          JSON.stringify(findings.filter((finding) => !reused.some((range) => finding.range.start >= range.start && finding.range.start < range.end)));
        const equal = edit.semantic
          ? outsideReused(incremental.findings) === outsideReused(full.findings) && JSON.stringify(incremental.skipped) === JSON.stringify(full.skipped)
          : JSON.stringify(incremental) === JSON.stringify(full);
        if (!equal) {
          mismatches.push(`${source.path} (edit at ${edit.at}): incremental ${JSON.stringify(incremental.findings.map((f) => [f.ruleId, f.range]))}, full ${JSON.stringify(full.findings.map((f) => [f.ruleId, f.range]))}`);
        }
      } finally {
        scanner.dispose();
      }
    }
  }
  return { edits, reusedScans, mismatches };
}

/**
 * Reports every call in the file once the file has a doubled space anywhere: a finding in one
 * function that depends on another function's text, which the incremental scan cannot see.
 */
const NON_LOCAL_RULE: Rule = {
  meta: { ...allRules[0]!.meta, id: 'test/non-local', languages: ['javascript'], prefilter: [], prefilterByLanguage: { javascript: [] } },
  check(context) {
    if (!context.document.text.includes('  ')) return;
    for (const call of context.code?.calls() ?? []) context.report({ node: call.node, message: 'call' });
  },
};

describe('incremental equivalence harness', function () {
  this.timeout(300_000);

  it('negative control: a rule whose findings in one function depend on another function is caught', async () => {
    const source = { path: 'a.js', text: 'function a() { f(); }\nfunction b() { g(); }\n' };
    const outcome = await compareEdits([source], [NON_LOCAL_RULE]);
    assert.equal(outcome.edits, 2);
    assert.equal(outcome.reusedScans, 2);
    // Doubling a space in b() makes the rule report a()'s call, which the reused a() lacks (and the other way round).
    assert.equal(outcome.mismatches.length, 2);
  });

  it('every rule-table case, edited inside each function, scans incrementally as it scans in full', async () => {
    const sources = ruleTables.flatMap((table) => [...table.invalid, ...table.valid]).map((testCase) => ({ path: testCase.path, text: testCase.code }));
    const outcome = await compareEdits(sources, allRules);
    assert.deepEqual(outcome.mismatches.slice(0, 10), []);
    assert.ok(outcome.edits > 1000, `only ${outcome.edits} edits`);
    // Most cases are one function, where there is nothing to reuse.
    assert.ok(outcome.reusedScans > 100, `only ${outcome.reusedScans} scans reused a unit`);
  });

  it('every sample, edited inside each function, scans incrementally as it scans in full', async () => {
    const sources = sampleFiles(path.join(REPOSITORY_ROOT, 'samples')).map((file) => ({ path: path.relative(REPOSITORY_ROOT, file), text: readFileSync(file, 'utf8') }));
    const outcome = await compareEdits(sources, allRules);
    assert.deepEqual(outcome.mismatches.slice(0, 10), []);
    assert.ok(outcome.edits > 100, `only ${outcome.edits} edits`);
    assert.ok(outcome.reusedScans > 50, `only ${outcome.reusedScans} scans reused a unit`);
  });
});
