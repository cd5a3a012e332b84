/**
 * The engine's one entry point: a document in, findings out. Pure apart from loading grammar
 * WebAssembly on first use; the faces (CLI, language server) read files and pass text in.
 */
import type {
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
import { detectLanguage, isCodeLanguage } from './languages/detect';
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
  const language = file.language ?? detectLanguage(file.path, file.text);
  const empty = { findings: [], suppressed: [], fingerprints: [] };
  if (language === undefined) return { ...empty, skipped: { path: file.path, reason: 'not a file kind this tool reads' } };

  const maxBytes = options.config.maxFileSizeKb * 1024;
  if (file.text.length > maxBytes) {
    return {
      ...empty,
      language,
      skipped: { path: file.path, reason: `larger than maxFileSizeKb (${options.config.maxFileSizeKb} KB)` },
    };
  }

  // Each rule's setting is resolved once and serves both the enabled check and the run. The
  // literals of every rule are looked for in one pass over the text.
  const containsAny = literalMatcherFor(options.rules).literalsIn(file.text);
  const candidates = options.rules
    .filter((rule) => rule.meta.languages.includes(language))
    .map((rule) => ({ rule, setting: resolveRuleSetting(options.config, rule.meta) }))
    .filter(({ rule, setting }) => setting.enabled && containsAny(rule.meta.prefilterByLanguage?.[language] ?? rule.meta.prefilter));
  const document: ScanDocument = { path: file.path, text: file.text, language };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const eolData = effectiveEolData(options.eolData);
  const advisories = options.advisories ?? [];
  const deadline = new Deadline(options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);

  let parsed: ParsedCode | undefined;
  let config: ConfigModel | undefined;
  let comments: () => RangeSet;
  try {
    // Suppression comments are found in the parse too, so parse whenever a rule could match
    // or the text mentions the suppression keyword; otherwise the file costs one text search.
    if (candidates.length === 0 && !file.text.includes('moj-secure-code-ignore')) {
      return { ...empty, language };
    }
    if (isCodeLanguage(language)) {
      const result = await parseCode(file.text, language, deadline).catch((error: unknown) => {
        if (error instanceof ParseFailure) return error;
        throw error;
      });
      if (result instanceof ParseFailure) return { ...empty, language, skipped: { path: file.path, reason: result.message } };
      if (result === 'timeout') {
        return { ...empty, language, skipped: { path: file.path, reason: `parsing took longer than ${deadline.budgetMs} ms` } };
      }
      parsed = result;
      comments = parsed.comments;
    } else {
      config = parseConfigDocument(file.text, language);
      const configComments = new RangeSet(config.comments());
      comments = () => configComments;
    }

    const raw: Finding[] = [];
    let skipped: SkipNotice | undefined;
    const failures: string[] = [];
    const code = parsed ? buildCodeModel(parsed, options.project) : undefined;
    for (const { rule, setting } of candidates) {
      if (deadline.expired()) {
        skipped = { path: file.path, reason: `analysis took longer than ${deadline.budgetMs} ms; later rules were not run` };
        break;
      }
      const context: RuleContext = {
        document,
        project: options.project,
        thresholds: setting.thresholds,
        code,
        config,
        isInComment: (offset) => comments().contains(offset),
        today,
        eolData,
        advisories,
        report: (report) => {
          const range = report.range ?? (report.node ? { start: report.node.startIndex, end: report.node.endIndex } : undefined);
          if (range === undefined) throw new Error(`${rule.meta.id} reported without a node or range`);
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

    raw.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
    const inline = file.text.includes('moj-secure-code-ignore') ? findInlineSuppressions(file.text, comments().ranges, language) : [];
    const outcome = applySuppressions(raw, {
      text: file.text,
      path: file.path,
      inline,
      project: options.config.suppressions,
      today,
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
  } finally {
    parsed?.tree.delete();
  }
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
