/**
 * The engine's one entry point: a document in, findings out. Pure apart from loading grammar
 * WebAssembly on first use; the faces (CLI, language server) read files and pass text in.
 */
import type {
  CodeLanguage,
  CodeModel,
  Confidence,
  ConfigModel,
  Finding,
  LanguageId,
  ProjectIndex,
  Range,
  Rule,
  RuleContext,
  ScanDocument,
  Severity,
} from './contract';
import { CONFIDENCES, SEVERITIES } from './contract';
import type { EffectiveConfig } from './config/types';
import { resolveRuleSetting } from './config/rule-settings';
import { detectLanguage, isCodeLanguage, isGeneratedCode } from './languages/detect';
import { ParseFailure, parseCode, type ParsedCode } from './parse/parse-code';
import { parseConfigDocument } from './formats/parse-config';
import { buildCodeModel } from './model/code-model';
import { RangeSet } from './text/range-set';
import { findInlineSuppressions, applySuppressions, SUPPRESSION_NOTICE_RULES, type SuppressedFinding } from './suppress/suppressions';
import { computeFingerprints } from './output/fingerprint';
import { literalMatcherFor } from './prefilter';
import { Deadline } from './deadline';
import { BUNDLED_EOL_DATA, mergeEolData, type EolData } from './dependencies/eol-data';
import type { OsvAdvisory } from './dependencies/osv';

export interface SourceFile {
  /** Path relative to the project root, `/`-separated. */
  readonly path: string;
  readonly text: string;
  /** Detected from the path (and first line) when absent. */
  readonly language?: LanguageId;
}

export interface ScanOptions {
  readonly rules: readonly Rule[];
  readonly config: EffectiveConfig;
  readonly project: ProjectIndex;
  /** Wall-clock budget for the file: parsing stops, and remaining rules are skipped, past it. */
  readonly timeBudgetMs?: number;
  /** Today's date as YYYY-MM-DD, for suppression expiry (injected so tests are stable). */
  readonly today?: string;
  /** The user's `eolData` file, parsed by the face (`parseEolData`); merged over the bundled table. */
  readonly eolData?: EolData;
  /** OSV advisories the face loaded from the `advisories` folders (`parseOsvAdvisory`). */
  readonly advisories?: readonly OsvAdvisory[];
  /**
   * For a scan that runs in the background of an editor: the scan yields to the event loop
   * between rules and stops, with a "cancelled" skip notice, once this returns true.
   */
  readonly cancelled?: () => boolean;
}

export interface SkipNotice {
  readonly path: string;
  readonly reason: string;
}

export interface ScanResult {
  readonly language?: LanguageId;
  /** Findings after suppressions and severity/confidence filters, in document order. */
  readonly findings: readonly Finding[];
  /** Findings a suppression silenced, kept for reports. */
  readonly suppressed: readonly SuppressedFinding[];
  /** Fingerprints of `findings`, index for index. */
  readonly fingerprints: readonly string[];
  /** Set when the file, or part of its rules, was not analysed. */
  readonly skipped?: SkipNotice;
}

export const DEFAULT_TIME_BUDGET_MS = 5000;

export async function scan(file: SourceFile, options: ScanOptions): Promise<ScanResult> {
  const plan = planScan(file, options);
  if (!('candidates' in plan)) return plan;
  let parsed: ParsedCode | undefined;
  try {
    let code: CodeModel | undefined;
    let config: ConfigModel | undefined;
    let comments: () => RangeSet;
    if (isCodeLanguage(plan.language)) {
      const result = await parseOrSkip(plan, () => parseCode(file.text, plan.language as CodeLanguage, plan.deadline));
      if (!('tree' in result)) return result;
      parsed = result;
      comments = parsed.comments;
      code = buildCodeModel(parsed, options.project);
    } else {
      config = parseConfigDocument(file.text, plan.language);
      const configComments = new RangeSet(config.comments());
      comments = () => configComments;
    }
    const run = await runRules(plan, { code, config, comments });
    return finishScan(plan, run.findings, comments, run.skipped);
  } finally {
    parsed?.tree.delete();
  }
}

/** A rule that may run on this file, with its setting resolved once. */
export interface Candidate {
  readonly rule: Rule;
  readonly setting: ReturnType<typeof resolveRuleSetting>;
}

/** What every scan of one file works out before parsing. */
export interface ScanPlan {
  readonly file: SourceFile;
  readonly options: ScanOptions;
  readonly language: LanguageId;
  readonly candidates: readonly Candidate[];
  readonly document: ScanDocument;
  readonly today: string;
  readonly eolData: EolData;
  readonly advisories: readonly OsvAdvisory[];
  readonly deadline: Deadline;
}

const EMPTY_RESULT = { findings: [], suppressed: [], fingerprints: [] };

/** The plan for a file, or the result when the file needs no parsing at all. */
export function planScan(file: SourceFile, options: ScanOptions): ScanPlan | ScanResult {
  const language = file.language ?? detectLanguage(file.path, file.text);
  if (language === undefined) return { ...EMPTY_RESULT, skipped: { path: file.path, reason: 'not a file kind this tool reads' } };

  const maxBytes = options.config.maxFileSizeKb * 1024;
  if (file.text.length > maxBytes) {
    return {
      ...EMPTY_RESULT,
      language,
      skipped: { path: file.path, reason: `larger than maxFileSizeKb (${options.config.maxFileSizeKb} KB)` },
    };
  }

  // The literals of every rule are looked for in one pass over the text. Then each remaining
  // rule's setting is resolved once, for both the enabled check and the run (not for every rule
  // of every file: most files rule most rules out).
  const containsAny = literalMatcherFor(options.rules).literalsIn(file.text);
  let candidates = options.rules
    .filter((rule) => rule.meta.languages.includes(language) && containsAny(rule.meta.prefilterByLanguage?.[language] ?? rule.meta.prefilter))
    .map((rule) => ({ rule, setting: resolveRuleSetting(options.config, rule.meta) }))
    .filter(({ setting }) => setting.enabled);
  // Looked for only when some rule could match: it reads the whole text.
  if (candidates.length > 0 && isCodeLanguage(language) && isGeneratedCode(file.path, file.text)) {
    candidates = candidates.filter(({ rule }) => rule.meta.generatedFiles === true);
  }
  // Last, as the dearest test: a rule's own look at the raw text.
  candidates = candidates.filter(({ rule }) => rule.meta.mayReport?.(file.text, language, containsAny) ?? true);
  // Suppression comments are found in the parse too, so parse whenever a rule could match or
  // the text mentions the suppression keyword; otherwise the file costs one text search.
  if (candidates.length === 0 && !file.text.includes('moj-secure-code-ignore')) return { ...EMPTY_RESULT, language };
  return {
    file,
    options,
    language,
    candidates,
    document: { path: file.path, text: file.text, language },
    today: options.today ?? new Date().toISOString().slice(0, 10),
    eolData: effectiveEolData(options.eolData),
    advisories: options.advisories ?? [],
    deadline: new Deadline(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS),
  };
}

/** Runs a parse, turning a grammar failure or a timeout into a skipped result. */
export async function parseOrSkip(plan: ScanPlan, parse: () => Promise<ParsedCode | 'timeout'>): Promise<ParsedCode | ScanResult> {
  const result = await parse().catch((error: unknown) => {
    if (error instanceof ParseFailure) return error;
    throw error;
  });
  const path = plan.file.path;
  if (result instanceof ParseFailure) return { ...EMPTY_RESULT, language: plan.language, skipped: { path, reason: result.message } };
  if (result === 'timeout') {
    return { ...EMPTY_RESULT, language: plan.language, skipped: { path, reason: `parsing took longer than ${plan.deadline.budgetMs} ms` } };
  }
  return result;
}

export interface RuleInputs {
  readonly code?: CodeModel;
  readonly config?: ConfigModel;
  readonly comments: () => RangeSet;
  /** Reports starting in these ranges are dropped (the incremental scan has them already). */
  readonly reused?: RangeSet;
}

export interface RuleRun {
  /** In the order rules reported them. */
  readonly findings: Finding[];
  readonly skipped?: SkipNotice;
}

export async function runRules(plan: ScanPlan, inputs: RuleInputs): Promise<RuleRun> {
  const { file, options, deadline } = plan;
  const raw: Finding[] = [];
  let skipped: SkipNotice | undefined;
  const failures: string[] = [];
  for (const { rule, setting } of plan.candidates) {
    if (options.cancelled !== undefined) {
      // Lets an edit that arrives during a background scan be handled between two rules.
      await new Promise((resolve) => setImmediate(resolve));
      if (options.cancelled()) return { findings: raw, skipped: { path: file.path, reason: 'cancelled' } };
    }
    if (deadline.expired()) {
      skipped = { path: file.path, reason: `analysis took longer than ${deadline.budgetMs} ms; later rules were not run` };
      break;
    }
    const context: RuleContext = {
      document: plan.document,
      project: options.project,
      thresholds: setting.thresholds,
      code: inputs.code,
      config: inputs.config,
      isInComment: (offset) => inputs.comments().contains(offset),
      today: plan.today,
      eolData: plan.eolData,
      advisories: plan.advisories,
      report: (report) => {
        const range = report.range ?? (report.node ? { start: report.node.startIndex, end: report.node.endIndex } : undefined);
        if (range === undefined) throw new Error(`${rule.meta.id} reported without a node or range`);
        if (inputs.reused?.contains(range.start)) return;
        raw.push({
          ruleId: rule.meta.id,
          severity: report.severity && setting.severityOverridden === false ? report.severity : setting.severity,
          confidence: report.confidence ?? rule.meta.confidence,
          message: report.message,
          range: clampRange(range, file.text.length),
          fix: report.fix ? { ...report.fix, safety: report.fix.safety ?? rule.meta.fixSafety } : undefined,
          related: report.related ?? [],
          secrets: report.secrets ?? [],
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      // One faulty rule must not cost the file its other findings, nor crash the server.
      failures.push(`${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0 && skipped === undefined) {
    skipped = { path: file.path, reason: `some rules did not finish (${failures.join('; ')})` };
  }
  return { findings: raw, skipped };
}

/** Sorts the rules' findings, applies suppressions and filters, and fingerprints what is left. */
export function finishScan(plan: ScanPlan, raw: Finding[], comments: () => RangeSet, skipped: SkipNotice | undefined): ScanResult {
  const { file, options, language } = plan;
  raw.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  const inline = file.text.includes('moj-secure-code-ignore') ? findInlineSuppressions(file.text, comments().ranges, language) : [];
  const outcome = applySuppressions(raw, {
    text: file.text,
    path: file.path,
    inline,
    project: options.config.suppressions,
    today: plan.today,
  });
  const noticeIds = new Set(SUPPRESSION_NOTICE_RULES.map((meta) => meta.id));
  const visible = outcome.kept.filter((finding) => passesFilters(finding, options.config) && noticeEnabled(finding, noticeIds, options.config));
  return {
    language,
    findings: visible,
    suppressed: outcome.suppressed,
    fingerprints: fingerprintsOf(visible, raw, file),
    skipped,
  };
}

/**
 * Fingerprints count identical findings in the whole file, so they are computed over every
 * finding before suppression: suppressing one of two identical findings must not change the
 * other's fingerprint. Notices are fingerprinted among themselves.
 */
function fingerprintsOf(visible: readonly Finding[], raw: readonly Finding[], file: SourceFile): string[] {
  const byFinding = new Map<Finding, string>();
  const rawFingerprints = computeFingerprints(raw, file.text, file.path);
  raw.forEach((finding, index) => byFinding.set(finding, rawFingerprints[index] ?? ''));
  const notices = visible.filter((finding) => !byFinding.has(finding));
  const noticeFingerprints = computeFingerprints(notices, file.text, file.path);
  notices.forEach((finding, index) => byFinding.set(finding, noticeFingerprints[index] ?? ''));
  return visible.map((finding) => byFinding.get(finding) ?? '');
}

/** Suppression notices honour `rules` settings like any rule (e.g. `"suppression/unused": "off"`). */
function noticeEnabled(finding: Finding, noticeIds: ReadonlySet<string>, config: EffectiveConfig): boolean {
  return !noticeIds.has(finding.ruleId) || config.rules[finding.ruleId] !== 'off';
}

function clampRange(range: Range, length: number): Range {
  const start = Math.max(0, Math.min(range.start, length));
  return { start, end: Math.max(start, Math.min(range.end, length)) };
}

function passesFilters(finding: Finding, config: EffectiveConfig): boolean {
  return atLeast(finding.severity, config.minSeverity, SEVERITIES) && atLeast(finding.confidence, config.minConfidence, CONFIDENCES);
}

/** Lists run from most to least severe, so "at least" means "no later in the list". */
function atLeast<T extends Severity | Confidence>(value: T, floor: T, order: readonly T[]): boolean {
  return order.indexOf(value) <= order.indexOf(floor);
}

/** Merging is done once per override object, not once per file. */
const mergedEolData = new WeakMap<EolData, EolData>();

function effectiveEolData(override: EolData | undefined): EolData {
  if (override === undefined) return BUNDLED_EOL_DATA;
  let merged = mergedEolData.get(override);
  if (merged === undefined) {
    merged = mergeEolData(BUNDLED_EOL_DATA, override);
    mergedEolData.set(override, merged);
  }
  return merged;
}
