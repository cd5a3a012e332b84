/**
 * The fix round-trip harness (issue 2, item 8). For one rule and one text it applies every
 * finding's fix alone, and then all fixes at once, and reports each way the result goes wrong:
 * a new syntax error, the finding still there, a fix that changes the text again when applied
 * to its own output, a line ending of the wrong kind, or indentation that moved or changed style.
 *
 * It checks the rule's own edits, as the editor applies them, not the CLI's copy that turns `\n`
 * into `\r\n`: a quick fix in a CRLF file must already be CRLF.
 *
 * The checks return descriptions instead of throwing, so that the negative controls can feed a
 * deliberately corrupting fix and assert which problem the harness found.
 */
import type { Finding, Range, Rule, TextEdit } from '../../server/src/engine/contract';
import { detectLanguage } from '../../server/src/engine/languages/detect';
import { applyEdits, applyFixes } from '../../server/src/engine/fix/apply-edits';
import { mapRangeThroughEdits } from '../../server/src/engine/fix/map-range';
import { LineIndex } from '../../server/src/engine/text/line-index';
import { findingsOf, scanCase, type ValidCase } from './rule-tester';
import { reparseErrors } from './reparse';

export type VariantName = 'original' | 'crlf' | 'tabs';
export const VARIANT_NAMES: readonly VariantName[] = ['original', 'crlf', 'tabs'];

export type Variant = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'not-applicable'; readonly reason: string };

/**
 * File kinds where a tab in indentation changes meaning or is an error, so the tab variant is
 * not made. YAML forbids tabs in indentation (YAML 1.2, section 6.1). Makefiles, which need tabs
 * rather than forbid them, are not a file kind the engine reads; they would belong here too.
 */
const NO_TAB_INDENTATION: Readonly<Record<string, string>> = {
  yaml: 'YAML forbids tabs in indentation',
};

/** The case's text as the variant writes it, or why the variant does not apply to this case. */
export function makeVariant(testCase: ValidCase, variant: VariantName): Variant {
  const code = testCase.code;
  if (variant === 'original') return { kind: 'text', text: code };
  if (variant === 'crlf') {
    const text = code.replace(/\r?\n/g, '\r\n');
    return text === code ? { kind: 'not-applicable', reason: 'the text has no LF line break to turn into CRLF' } : { kind: 'text', text };
  }
  const language = detectLanguage(testCase.path, code);
  const refusal = language === undefined ? undefined : NO_TAB_INDENTATION[language];
  if (refusal !== undefined) return { kind: 'not-applicable', reason: refusal };
  return tabIndented(code, language === 'python');
}

/**
 * Leading spaces become tabs, one per indentation unit: 4 when every indented line is a
 * multiple of 4, otherwise 2. Left-over spaces stay (a doc comment's ` * ` continuation), except
 * in Python, where a line indented by tabs and spaces is ambiguous, so the variant is not made.
 */
function tabIndented(code: string, strict: boolean): Variant {
  const lines = code.split('\n');
  const widths = lines.map((line) => leadingSpaces(line)).filter((width) => width > 0);
  if (widths.length === 0) return { kind: 'not-applicable', reason: 'no line is indented with spaces' };
  const unit = widths.every((width) => width % 4 === 0) ? 4 : 2;
  if (strict && widths.some((width) => width % unit !== 0)) {
    return { kind: 'not-applicable', reason: `Python lines indented by a number of spaces that is not a multiple of ${unit} would mix tabs and spaces` };
  }
  const text = lines
    .map((line) => {
      const width = leadingSpaces(line);
      return '\t'.repeat(Math.floor(width / unit)) + ' '.repeat(width % unit) + line.slice(width);
    })
    .join('\n');
  return { kind: 'text', text };
}

function leadingSpaces(line: string): number {
  let width = 0;
  while (line[width] === ' ') width++;
  return width;
}

export interface RoundTripReport {
  /** Findings of the rule that carry a fix with at least one edit. */
  readonly fixable: number;
  /** Everything that went wrong; empty when the round trip is clean. */
  readonly problems: readonly string[];
}

/** Scans `text` as the case's file with `rule`, then checks every fix alone and all together. */
export async function checkFixRoundTrip(rule: Rule, testCase: ValidCase, text: string): Promise<RoundTripReport> {
  const result = await scanCase(rule, testCase, text);
  if (result.skipped !== undefined) return { fixable: 0, problems: [`the file was skipped: ${result.skipped.reason}`] };
  const before = findingsOf(rule, result);
  const fixable = before.filter((finding) => finding.fix !== undefined && finding.fix.edits.length > 0);
  const context: CheckContext = {
    rule,
    testCase,
    input: text,
    inputLines: new LineIndex(text),
    before,
    inputErrors: await reparseErrors(testCase.path, text),
  };
  const problems: string[] = [];
  for (const [index, finding] of fixable.entries()) {
    const fix = finding.fix!;
    const label = `fix ${index + 1} of ${fixable.length} ("${fix.title}" at ${position(context.inputLines, finding.range.start)})`;
    let output: string;
    try {
      output = applyEdits(text, fix.edits);
    } catch (error) {
      problems.push(`${label}: its edits cannot be applied: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    problems.push(...(await checkOutput(context, label, [finding], sortEdits(fix.edits), output)));
  }
  if (fixable.length > 1) {
    const all = applyFixes(text, fixable, { safeOnly: false });
    // applyFixes keeps the edit objects it takes, so identity tells which fixes went in.
    const taken = new Set(all.edits);
    const applied = fixable.filter((finding) => finding.fix!.edits.every((edit) => taken.has(edit)));
    const label = `all ${fixable.length} fixes at once (${applied.length} applied, ${all.skipped} left out as overlapping)`;
    if (applied.length === 0) problems.push(`${label}: no fix could be applied`);
    else problems.push(...(await checkOutput(context, label, applied, all.edits, all.text)));
  }
  return { fixable: fixable.length, problems };
}

interface CheckContext {
  readonly rule: Rule;
  readonly testCase: ValidCase;
  readonly input: string;
  readonly inputLines: LineIndex;
  /** The rule's findings in the input. */
  readonly before: readonly Finding[];
  readonly inputErrors: readonly string[];
}

/** Every check of one output: `fixed` are the findings whose fixes made it, through `edits`. */
async function checkOutput(context: CheckContext, label: string, fixed: readonly Finding[], edits: readonly TextEdit[], output: string): Promise<string[]> {
  const problems: string[] = [];
  const outputLines = new LineIndex(output);

  const errors = await reparseErrors(context.testCase.path, output);
  if (errors.length > context.inputErrors.length) {
    problems.push(`${label}: the output no longer parses cleanly (${context.inputErrors.length} syntax errors before, ${errors.length} after): ${errors.join('; ')}`);
  }

  const rescan = await scanCase(context.rule, context.testCase, output);
  const after = findingsOf(context.rule, rescan);
  for (const finding of fixed) {
    const mapped = mapRangeThroughEdits(finding.range, edits);
    const still = after.filter((other) => other.message === finding.message && overlaps(other.range, mapped));
    for (const other of still) {
      problems.push(`${label}: the finding is still reported after its fix, at ${position(outputLines, other.range.start)}: ${excerpt(output, other.range)}`);
    }
  }
  for (const message of new Set(fixed.map((finding) => finding.message))) {
    const count = (findings: readonly Finding[]): number => findings.filter((finding) => finding.message === message).length;
    const expectedAtMost = count(context.before) - count(fixed);
    if (count(after) > expectedAtMost) {
      problems.push(`${label}: ${count(fixed)} of ${count(context.before)} findings with this message were fixed, yet ${count(after)} remain: "${shorten(message)}"`);
    }
  }

  problems.push(...checkIdempotence(label, fixed, edits, after, output, outputLines));
  problems.push(...checkLineEndings(label, context.input, output, outputLines));
  problems.push(...checkIndentation(label, context.input, output));
  return problems;
}

/**
 * Applying the same fix again to its own output must change nothing: any finding at the fixed
 * place that carries the same message or the same fix title must either have no fix or a fix
 * that leaves the text as it is. (Offsets of the first edits mean nothing in the output, so
 * "the same fix" is the one the rule offers there now.)
 */
function checkIdempotence(label: string, fixed: readonly Finding[], edits: readonly TextEdit[], after: readonly Finding[], output: string, outputLines: LineIndex): string[] {
  const problems: string[] = [];
  const again = after.filter((other) =>
    fixed.some(
      (finding) =>
        overlaps(other.range, mapRangeThroughEdits(finding.range, edits)) &&
        (other.message === finding.message || (other.fix !== undefined && other.fix.title === finding.fix?.title)),
    ),
  );
  for (const other of again) {
    if (other.fix === undefined || other.fix.edits.length === 0) continue;
    let second: string;
    try {
      second = applyEdits(output, other.fix.edits);
    } catch (error) {
      problems.push(`${label}: the fix offered again at ${position(outputLines, other.range.start)} cannot be applied: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (second !== output) {
      problems.push(`${label}: not idempotent: applying "${other.fix.title}" again at ${position(outputLines, other.range.start)} changes the text once more: ${firstDifference(output, second)}`);
    }
  }
  return problems;
}

/** A CRLF file stays CRLF, and an LF file gets no `\r`. */
function checkLineEndings(label: string, input: string, output: string, outputLines: LineIndex): string[] {
  const problems: string[] = [];
  const inputAllCrlf = input.includes('\r\n') && bareLineFeed(input) < 0;
  if (inputAllCrlf) {
    const at = bareLineFeed(output);
    if (at >= 0) problems.push(`${label}: the file uses CRLF but the output has a bare \\n line ending at ${position(outputLines, at)}`);
  }
  if (!input.includes('\r')) {
    const at = output.indexOf('\r');
    if (at >= 0) problems.push(`${label}: the file uses LF but the output has a \\r at ${position(outputLines, at)}`);
  }
  return problems;
}

/** Offset of the first `\n` not preceded by `\r`, or -1. */
function bareLineFeed(text: string): number {
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (text[at - 1] !== '\r') return at;
  }
  return -1;
}

/**
 * Lines a fix re-emits unchanged keep their indentation, and lines it adds follow the file's
 * indentation character. Lines outside every edit are copied by `applyEdits` and cannot move, so
 * only the lines between the first and last changed line are compared: a line of the output
 * whose content matches a line of the input there must keep that line's leading whitespace.
 */
function checkIndentation(label: string, input: string, output: string): string[] {
  const problems: string[] = [];
  const inputLines = splitLines(input);
  const outputLines = splitLines(output);
  let prefix = 0;
  while (prefix < inputLines.length && prefix < outputLines.length && inputLines[prefix] === outputLines[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < inputLines.length - prefix &&
    suffix < outputLines.length - prefix &&
    inputLines[inputLines.length - 1 - suffix] === outputLines[outputLines.length - 1 - suffix]
  ) {
    suffix++;
  }
  const changedInput = inputLines.slice(prefix, inputLines.length - suffix);
  const changedOutput = outputLines.slice(prefix, outputLines.length - suffix);
  const indentsByContent = new Map<string, Set<string>>();
  for (const line of changedInput) {
    const { indent, content } = splitIndent(line);
    if (content === '') continue;
    const indents = indentsByContent.get(content) ?? new Set<string>();
    indents.add(indent);
    indentsByContent.set(content, indents);
  }
  const style = indentationStyle(inputLines);
  for (const [index, line] of changedOutput.entries()) {
    const { indent, content } = splitIndent(line);
    if (content === '') continue;
    const lineNumber = prefix + index + 1;
    const original = indentsByContent.get(content);
    if (original !== undefined) {
      if (!original.has(indent)) {
        problems.push(`${label}: line ${lineNumber} "${shorten(content)}" changed its indentation from ${JSON.stringify([...original][0])} to ${JSON.stringify(indent)}`);
      }
      continue;
    }
    if (style === 'tabs' && indent.startsWith(' ')) {
      problems.push(`${label}: line ${lineNumber} "${shorten(content)}" is indented with spaces in a file indented with tabs`);
    } else if (style === 'spaces' && indent.startsWith('\t')) {
      problems.push(`${label}: line ${lineNumber} "${shorten(content)}" is indented with tabs in a file indented with spaces`);
    }
  }
  return problems;
}

/** Lines without their terminators (line endings are checked separately). */
function splitLines(text: string): string[] {
  return text.split(/\r?\n|\r/);
}

function splitIndent(line: string): { indent: string; content: string } {
  let width = 0;
  while (line[width] === ' ' || line[width] === '\t') width++;
  return { indent: line.slice(0, width), content: line.slice(width).trimEnd() };
}

/** How the input indents: only tabs, only spaces, or either (or not at all). */
function indentationStyle(lines: readonly string[]): 'tabs' | 'spaces' | 'mixed' {
  const tabs = lines.some((line) => line.startsWith('\t'));
  const spaces = lines.some((line) => line.startsWith(' ') && line.trim() !== '');
  if (tabs && !spaces) return 'tabs';
  if (spaces && !tabs) return 'spaces';
  return 'mixed';
}

function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether two ranges share a character, or an empty one sits inside (or at the start of) the other. */
function overlaps(a: Range, b: Range): boolean {
  if (a.start === a.end || b.start === b.end) return a.start === b.start || (a.start < b.end && b.start < a.end);
  return a.start < b.end && b.start < a.end;
}

function position(lines: LineIndex, offset: number): string {
  const at = lines.positionAt(offset);
  return `${at.line + 1}:${at.character + 1}`;
}

function excerpt(text: string, range: Range): string {
  return JSON.stringify(shorten(text.slice(range.start, range.end)));
}

function shorten(text: string, length = 80): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Where two texts first differ, with a little of each, for failure messages. */
function firstDifference(a: string, b: string): string {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 20);
  return `${JSON.stringify(a.slice(from, at + 40))} became ${JSON.stringify(b.slice(from, at + 40))}`;
}
