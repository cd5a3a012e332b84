/**
 * Scans successive versions of one document, as an editor produces them, doing as little work
 * per version as the edit allows:
 * - the previous tree is edited and reparsed, so tree-sitter reuses what the edit did not touch;
 * - when the file's context (everything outside its function units, see function-units.ts) is
 *   unchanged, the findings of each unit whose text is unchanged are reused, moved to where the
 *   unit now starts, and the rules look only at the context and the changed units. A rule that
 *   applies for the first time (its prefilter literal was just typed) looks there too; a rule
 *   that no longer applies loses its findings.
 * The result is the same as `scan` of the same text whenever a unit's findings depend only on
 * its own text and the context. Two cases can differ until the unchanged function changes too:
 * a rule that reads facts from elsewhere in the file (another function's declarations), and a
 * rule that newly applies, which has never looked at the reused functions (its literal was
 * typed in the edited one, so that is where its findings almost always are). The language
 * server therefore checks an incremental result with a full scan once the user pauses (`scan`
 * with no session).
 */
import type { Edit, Tree } from 'web-tree-sitter';
import type { CodeLanguage, Finding, Range } from '../contract';
import { buildCodeModel } from '../model/code-model';
import { isCodeLanguage } from '../languages/detect';
import { parseCode } from '../parse/parse-code';
import { RangeSet } from '../text/range-set';
import { lastAtOrBefore } from '../text/sorted-search';
import { finishScan, parseOrSkip, planScan, runRules, scan, type ScanOptions, type ScanResult, type SourceFile } from '../scan';
import { functionUnits, type FunctionUnit, type UnitLayout } from './function-units';
import { textChange } from './text-change';

interface DocumentState {
  readonly text: string;
  readonly language: CodeLanguage;
  readonly tree: Tree;
  readonly reuseKey: ReuseKey;
  readonly layout: UnitLayout;
  /** Findings of each unit, by unit key, with ranges relative to the unit's start; absent when they cannot be reused. */
  readonly unitFindings: ReadonlyMap<string, readonly Finding[]>;
  /** Findings outside every unit, where they were in `text`. */
  readonly contextFindings: readonly Finding[];
}

/** What must be the same for findings of one version to hold for the next. */
interface ReuseKey {
  readonly options: ScanOptions;
  readonly config: string;
  readonly today: string;
  /** The rules that applied (their prefilter literals were in the text). */
  readonly ruleIds: ReadonlySet<string>;
}

export interface IncrementalStatistics {
  /** Scans that reused the previous tree. */
  readonly reparsed: number;
  /** Scans that reused some units' findings. */
  readonly reusedUnits: number;
  /** Units analysed again in those scans, and units whose findings were reused. */
  readonly unitsAnalysed: number;
  readonly unitsReused: number;
}

export class IncrementalScanner {
  private state: DocumentState | undefined;
  private counts = { reparsed: 0, reusedUnits: 0, unitsAnalysed: 0, unitsReused: 0 };
  private reusedInLastScan: readonly Range[] = [];

  get statistics(): IncrementalStatistics {
    return { ...this.counts };
  }

  /** Where the last scan reused findings (the units it did not analyse again). */
  get reusedRanges(): readonly Range[] {
    return this.reusedInLastScan;
  }

  async scan(file: SourceFile, options: ScanOptions): Promise<ScanResult> {
    this.reusedInLastScan = [];
    const plan = planScan(file, options);
    if (!('candidates' in plan) || !isCodeLanguage(plan.language)) {
      this.dispose();
      return 'candidates' in plan ? scan(file, options) : plan;
    }
    const language = plan.language;
    const reuseKey: ReuseKey = {
      options,
      config: JSON.stringify(options.config),
      today: plan.today,
      ruleIds: new Set(plan.candidates.map(({ rule }) => rule.meta.id)),
    };
    const previous = this.state;
    this.state = undefined;
    const sameLanguage = previous !== undefined && previous.language === language;
    const sameSetup = sameLanguage && sameOptions(previous.reuseKey, reuseKey);
    const change = previous === undefined ? undefined : textChange(previous.text, file.text);
    const parsed = await parseOrSkip(plan, () => parseCode(file.text, language, plan.deadline, sameLanguage ? { tree: previous.tree, change } : undefined)).finally(() =>
      previous?.tree.delete(),
    );
    if (!('tree' in parsed)) return parsed;
    if (sameLanguage) this.counts.reparsed++;

    let keepTree = false;
    try {
      const layout = functionUnits(parsed.tree.rootNode, file.text, language);
      const reusable = sameSetup && previous.layout.contextKey === layout.contextKey;
      // Every rule, including one that applies for the first time, looks at what changed only: a
      // rule reading the whole file for its first run cost 50-60 ms at 5,000 lines, on the
      // keystroke that completed its literal.
      const reused = reusable ? layout.units.filter((unit) => previous?.unitFindings.has(unit.key)) : [];
      this.reusedInLastScan = reused.map(({ start, end }) => ({ start, end }));
      const code = buildCodeModel(parsed, options.project, { excluded: reused, outline: layout.outline });
      const run = await runRules(plan, { code, comments: parsed.comments, reused: new RangeSet(reused) });
      const { inUnits, outside } = splitByUnit(layout.units, run.findings);
      let contextFindings = outside;
      if (reused.length > 0) {
        this.counts.reusedUnits++;
        this.counts.unitsReused += reused.length;
        this.counts.unitsAnalysed += layout.units.length - reused.length;
        // A finding in the context can rest on a reused function (a URL constant that one of them
        // sends a request to), which this run did not look at: the previous run's context
        // findings are kept, moved with the edit. One that the edit has made wrong stays until
        // the next full scan (the language server's check when the user pauses).
        contextFindings = union(outside, carriedThrough(applying(previous?.contextFindings ?? [], reuseKey.ruleIds), change));
      }
      const findings = [...contextFindings, ...inUnits];
      for (const unit of reused) {
        for (const finding of applying(previous?.unitFindings.get(unit.key) ?? [], reuseKey.ruleIds)) findings.push(moveFinding(finding, unit.start));
      }
      const result = finishScan(plan, findings, parsed.comments, run.skipped);
      // A run cut short (deadline, a failing rule) has findings missing, so nothing of it is kept for reuse.
      const unitFindings = run.skipped === undefined ? findingsByUnit(layout.units, findings) : new Map<string, readonly Finding[]>();
      if (run.skipped !== undefined) contextFindings = [];
      // A scan of the same document that overlapped this one (across the parse's await) may have kept its tree already.
      (this.state as DocumentState | undefined)?.tree.delete();
      this.state = { text: file.text, language, tree: parsed.tree, reuseKey, layout, unitFindings, contextFindings };
      keepTree = true;
      return result;
    } finally {
      if (!keepTree) parsed.tree.delete();
    }
  }

  /** Frees the kept tree (the document was closed, or the next version is scanned from scratch). */
  dispose(): void {
    this.state?.tree.delete();
    this.state = undefined;
  }
}

/** The findings of rules that still apply (a rule whose prefilter literal was deleted has none). */
function applying(findings: readonly Finding[], ruleIds: ReadonlySet<string>): readonly Finding[] {
  return findings.filter((finding) => ruleIds.has(finding.ruleId));
}

function sameOptions(a: ReuseKey, b: ReuseKey): boolean {
  return (
    a.config === b.config &&
    a.today === b.today &&
    a.options.rules === b.options.rules &&
    a.options.project === b.options.project &&
    a.options.eolData === b.options.eolData &&
    a.options.advisories === b.options.advisories
  );
}

/**
 * Each unit's findings with ranges made relative to the unit's start. A finding belongs to the
 * unit its range starts in; a unit with a finding that reaches outside it (a related location at
 * a module constant) is not kept, because the outside may move independently of the unit.
 */
function splitByUnit(units: readonly FunctionUnit[], findings: readonly Finding[]): { inUnits: Finding[]; outside: Finding[] } {
  const starts = units.map((unit) => unit.start);
  const inUnits: Finding[] = [];
  const outside: Finding[] = [];
  for (const finding of findings) (unitAt(units, starts, finding.range.start) === undefined ? outside : inUnits).push(finding);
  return { inUnits, outside };
}

/** Findings of the old text where they are in the new one; those the change touches are dropped. */
function carriedThrough(findings: readonly Finding[], change: Edit | undefined): Finding[] {
  if (change === undefined) return [...findings];
  const delta = change.newEndIndex - change.oldEndIndex;
  const carried: Finding[] = [];
  for (const finding of findings) {
    const ranges = rangesOf(finding);
    if (ranges.every((range) => range.end <= change.startIndex)) carried.push(finding);
    else if (ranges.every((range) => range.start >= change.oldEndIndex)) carried.push(moveFinding(finding, delta));
  }
  return carried;
}

/** Both lists, with findings equal in every field kept once. */
function union(first: readonly Finding[], second: readonly Finding[]): Finding[] {
  const seen = new Set(first.map((finding) => JSON.stringify(finding)));
  return [...first, ...second.filter((finding) => !seen.has(JSON.stringify(finding)))];
}

function findingsByUnit(units: readonly FunctionUnit[], findings: readonly Finding[]): Map<string, readonly Finding[]> {
  const byUnit = new Map<FunctionUnit, Finding[]>(units.map((unit) => [unit, []]));
  const unreusable = new Set<FunctionUnit>();
  const starts = units.map((unit) => unit.start);
  for (const finding of findings) {
    const unit = unitAt(units, starts, finding.range.start);
    if (unit === undefined) continue;
    if (!rangesOf(finding).every((range) => range.start >= unit.start && range.end <= unit.end)) unreusable.add(unit);
    byUnit.get(unit)?.push(moveFinding(finding, -unit.start));
  }
  const kept = new Map<string, readonly Finding[]>();
  for (const [unit, list] of byUnit) {
    // Two units with the same key have the same findings; one that cannot be reused spoils the key.
    if (unreusable.has(unit)) kept.set(unit.key, UNREUSABLE);
    else if (kept.get(unit.key) !== UNREUSABLE) kept.set(unit.key, list);
  }
  for (const [key, list] of kept) if (list === UNREUSABLE) kept.delete(key);
  return kept;
}

const UNREUSABLE: readonly Finding[] = [];

function unitAt(units: readonly FunctionUnit[], starts: readonly number[], offset: number): FunctionUnit | undefined {
  const unit = units[lastAtOrBefore(starts, offset)];
  return unit !== undefined && offset < unit.end ? unit : undefined;
}

function rangesOf(finding: Finding): Range[] {
  return [finding.range, ...(finding.fix?.edits ?? []), ...finding.related.map((related) => related.range), ...finding.secrets];
}

function moveRange<T extends Range>(range: T, delta: number): T {
  return { ...range, start: range.start + delta, end: range.end + delta };
}

function moveFinding(finding: Finding, delta: number): Finding {
  return {
    ...finding,
    range: moveRange(finding.range, delta),
    fix: finding.fix === undefined ? undefined : { ...finding.fix, edits: finding.fix.edits.map((edit) => moveRange(edit, delta)) },
    related: finding.related.map((related) => ({ ...related, range: moveRange(related.range, delta) })),
    secrets: finding.secrets.map((range) => moveRange(range, delta)),
  };
}

