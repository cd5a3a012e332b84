/**
 * The rule table runner. Each rule's `<slug>.test.ts` exports a literal table of vulnerable and
 * safe cases and calls `describeRule(table)`. For every vulnerable case the runner asserts the
 * exact findings (range, message, severity, confidence, fix title) and the exact text after
 * applying each finding's fix, then re-parses that text and checks the finding is gone.
 * The fix round-trip harness (test/harness) runs the same tables with harsher variations.
 */
import assert from 'node:assert/strict';
import type { Confidence, EolData, Finding, OsvAdvisory, Rule, Severity } from '../../server/src/engine/contract';
import { DEFAULT_CONFIG, type EffectiveConfig } from '../../server/src/engine/config/types';
import { scan, type ScanResult } from '../../server/src/engine/scan';
import { buildProjectIndex } from '../../server/src/engine/project/project-index';
import { applyEdits } from '../../server/src/engine/fix/apply-edits';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { reparseErrors } from './reparse';

export interface ExpectedFinding {
  /** 1-based line and column of the first character flagged. */
  readonly line: number;
  readonly column: number;
  /** 1-based line of the end; defaults to `line`. */
  readonly endLine?: number;
  /** 1-based column just after the last character flagged. */
  readonly endColumn: number;
  readonly message: string;
  readonly severity?: Severity;
  readonly confidence?: Confidence;
  /** The finding's fix: its title and the whole text after applying it alone; null when it has none. */
  readonly fix: { readonly title: string; readonly output: string } | null;
}

export interface ProjectFile {
  readonly path: string;
  readonly text: string;
}

interface CaseBase {
  /** Says what the case shows, e.g. "aliased import", "usedforsecurity=False is an intent marker". */
  readonly name: string;
  /** Decides the file kind, e.g. `app.py`, `src/Main.java`, `nginx/nginx.conf`. */
  readonly path: string;
  readonly code: string;
  /** Other project files the index should hold (e.g. `.properties` files). */
  readonly project?: readonly ProjectFile[];
  /** Threshold overrides for this case. */
  readonly thresholds?: Readonly<Record<string, number | string | readonly string[]>>;
  /** An `eolData` override file's contents, as the faces would hand it to the engine. */
  readonly eolData?: EolData;
  /** OSV advisories, as the faces would load them from `advisories` folders. */
  readonly advisories?: readonly OsvAdvisory[];
}

export type ValidCase = CaseBase;

export interface InvalidCase extends CaseBase {
  readonly findings: readonly ExpectedFinding[];
}

export interface RuleTable {
  readonly rule: Rule;
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

export const TEST_TODAY = '2026-11-27';

export function configFor(rule: Rule, testCase: CaseBase): EffectiveConfig {
  return {
    ...DEFAULT_CONFIG,
    rules: testCase.thresholds ? { [rule.meta.id]: { thresholds: testCase.thresholds } } : {},
  };
}

/** Scans `text` as the case's file with only the table's rule. */
export async function scanCase(rule: Rule, testCase: CaseBase, text = testCase.code): Promise<ScanResult> {
  return scan(
    { path: testCase.path, text },
    {
      rules: [rule],
      config: configFor(rule, testCase),
      project: buildProjectIndex([...(testCase.project ?? []), { path: testCase.path, text }]),
      today: TEST_TODAY,
      timeBudgetMs: 60_000,
      ...(testCase.eolData === undefined ? {} : { eolData: testCase.eolData }),
      ...(testCase.advisories === undefined ? {} : { advisories: testCase.advisories }),
    },
  );
}

export function findingsOf(rule: Rule, result: ScanResult): Finding[] {
  return result.findings.filter((finding) => finding.ruleId === rule.meta.id);
}

function describeFinding(text: string, finding: Finding): ExpectedFinding {
  const lines = new LineIndex(text);
  const start = lines.positionAt(finding.range.start);
  const end = lines.positionAt(finding.range.end);
  return {
    line: start.line + 1,
    column: start.character + 1,
    ...(end.line !== start.line ? { endLine: end.line + 1 } : {}),
    endColumn: end.character + 1,
    message: finding.message,
    severity: finding.severity,
    confidence: finding.confidence,
    fix: finding.fix ? { title: finding.fix.title, output: applyEdits(text, finding.fix.edits) } : null,
  };
}

function normaliseExpected(expected: ExpectedFinding, actual: ExpectedFinding): ExpectedFinding {
  // Severity and confidence are asserted only where the table states them.
  return {
    ...expected,
    ...(expected.endLine === undefined && actual.endLine === undefined ? {} : { endLine: expected.endLine ?? expected.line }),
    severity: expected.severity ?? actual.severity,
    confidence: expected.confidence ?? actual.confidence,
  };
}

export function describeRule(table: RuleTable): void {
  const { rule } = table;
  describe(`rule ${rule.meta.id}`, () => {
    describe('vulnerable cases', () => {
      for (const testCase of table.invalid) {
        it(`${testCase.path}: ${testCase.name}`, async () => {
          const result = await scanCase(rule, testCase);
          assert.equal(result.skipped, undefined, `the file was skipped: ${result.skipped?.reason}`);
          const actual = findingsOf(rule, result).map((finding) => describeFinding(testCase.code, finding));
          const expected = testCase.findings.map((finding, index) => {
            const counterpart = actual[index];
            return counterpart ? normaliseExpected(finding, counterpart) : finding;
          });
          assert.deepStrictEqual(actual, expected);
          for (const [index, finding] of findingsOf(rule, result).entries()) {
            if (!finding.fix) continue;
            const output = applyEdits(testCase.code, finding.fix.edits);
            assert.deepStrictEqual(await reparseErrors(testCase.path, output), [], `fix ${index + 1} left a syntax error`);
            const after = findingsOf(rule, await scanCase(rule, testCase, output));
            const remaining = after.filter((other) => other.message === finding.message);
            assert.ok(
              remaining.length < findingsOf(rule, result).filter((other) => other.message === finding.message).length,
              `fix ${index + 1} did not remove its finding`,
            );
          }
        });
      }
    });
    describe('safe cases', () => {
      for (const testCase of table.valid) {
        it(`${testCase.path}: ${testCase.name}`, async () => {
          const result = await scanCase(rule, testCase);
          assert.deepStrictEqual(findingsOf(rule, result).map((finding) => describeFinding(testCase.code, finding)), []);
        });
      }
    });
  });
}
