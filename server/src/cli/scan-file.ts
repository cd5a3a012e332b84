/**
 * One file's part of a scan: read it, scan it on the pool, apply or preview its safe fixes
 * (then scan what the fixes leave), and describe the outcome for the report.
 */
import { writeFileSync } from 'node:fs';
import type { Finding, Range } from '../engine/contract';
import { applyFixes } from '../engine/fix/apply-edits';
import { mapRangeThroughEdits } from '../engine/fix/map-range';
import { computeFingerprints } from '../engine/output/fingerprint';
import { redactText, redactValues } from '../engine/output/redact';
import type { ScanResult } from '../engine/scan';
import { encodeSource, readSource } from './read-source';
import { FileReporter, reportedSuppression, type ArtifactPath, type ReportFinding, type ReportSuppressed } from './report-model';
import type { ScanJob, ScanOutcome, ScanPool } from './scan-pool';
import { unifiedDiff } from './unified-diff';
import type { WalkedFile } from './walk-files';

export interface FixMode {
  /** `--fix`: apply safe fixes. */
  readonly fix: boolean;
  /** `--dry-run`: make the diff, write nothing. */
  readonly dryRun: boolean;
}

export interface FileOutcome {
  readonly findings: readonly ReportFinding[];
  readonly suppressed: readonly ReportSuppressed[];
  readonly skipReason?: string;
  readonly notes: readonly string[];
  readonly diff?: string;
  readonly fixesApplied: number;
  readonly fixesSkipped: number;
  /** False when the file was skipped, or only partly analysed. */
  readonly scanned: boolean;
}

export async function processFile(file: WalkedFile, location: ArtifactPath, mode: FixMode, pool: ScanPool): Promise<FileOutcome> {
  const read = readSource(file.absolutePath, file.context.config.maxFileSizeKb);
  if (read.kind === 'skipped') return skippedOutcome(read.reason);
  const notes: string[] = [];
  if (read.invalidUtf8) notes.push('not valid UTF-8: read with replacement characters');
  const job: ScanJob = {
    projectKey: file.context.root,
    file: { path: file.projectPath, text: read.text, language: file.language },
    config: file.context.config,
  };
  const first = await pool.scan(job);
  const fixing = mode.fix && first.kind === 'result' ? fixFile(read.text, first.result, { ...mode, file, location, bom: read.bom, invalidUtf8: read.invalidUtf8 }) : undefined;
  if (fixing?.note !== undefined) notes.push(fixing.note);
  if (fixing?.text === undefined) {
    return { ...describeOutcome(first, read.text, file, location), notes, fixesApplied: 0, fixesSkipped: fixing?.skipped ?? 0 };
  }
  // Report what is left after the fixes, as the file now stands (or would stand, for a dry run).
  const second = await pool.scan({ ...job, file: { ...job.file, text: fixing.text } });
  return { ...describeOutcome(second, fixing.text, file, location), notes, diff: fixing.diff, fixesApplied: fixing.applied, fixesSkipped: fixing.skipped };
}

interface FixContext extends FixMode {
  readonly file: WalkedFile;
  readonly location: ArtifactPath;
  readonly bom: boolean;
  readonly invalidUtf8: boolean;
}

interface FixStep {
  /** The fixed text, when fixes were applied (or, for a dry run, would be). */
  readonly text?: string;
  readonly applied: number;
  readonly skipped: number;
  readonly diff?: string;
  readonly note?: string;
}

/** Applies the file's safe fixes: writes the file, or for a dry run makes a redacted diff. */
function fixFile(text: string, result: ScanResult, context: FixContext): FixStep {
  const fixed = applyFixes(text, withLineEndingsOf(text, result.findings), { safeOnly: true });
  if (fixed.applied === 0) return { applied: 0, skipped: fixed.skipped };
  if (context.invalidUtf8) {
    return { applied: 0, skipped: fixed.skipped, note: 'not fixed: the file is not valid UTF-8, so writing it back would change bytes that were never read' };
  }
  if (!context.dryRun) {
    const failure = writeFixed(context.file.absolutePath, fixed.text, context.bom);
    if (failure !== undefined) return { applied: 0, skipped: fixed.skipped, note: failure };
    return { text: fixed.text, applied: fixed.applied, skipped: fixed.skipped };
  }
  // Secret ranges are offsets of the old text; on the new side they move with the edits.
  const secrets = secretRanges(result);
  const values = secrets.map((range) => text.slice(range.start, range.end)).filter((value) => value.length > 0);
  const movedSecrets = secrets.map((range) => mapRangeThroughEdits(range, fixed.edits));
  const diff = unifiedDiff(text, fixed.text, {
    oldLabel: `a/${context.location.path}`,
    newLabel: `b/${context.location.path}`,
    redactOld: (line, offset) => redactValues(redactText(line, offset, secrets), values),
    redactNew: (line, offset) => redactValues(redactText(line, offset, movedSecrets), values),
  });
  return { text: fixed.text, applied: fixed.applied, skipped: fixed.skipped, diff };
}

export function skippedOutcome(reason: string): FileOutcome {
  return { findings: [], suppressed: [], skipReason: reason, notes: [], fixesApplied: 0, fixesSkipped: 0, scanned: false };
}

function describeOutcome(
  outcome: ScanOutcome,
  text: string,
  file: WalkedFile,
  location: ArtifactPath,
): Pick<FileOutcome, 'findings' | 'suppressed' | 'skipReason' | 'scanned'> {
  if (outcome.kind === 'skipped') return { findings: [], suppressed: [], skipReason: outcome.reason, scanned: false };
  const result = outcome.result;
  // A partial analysis (a parse over budget, later rules not run) still reports what it found.
  const status = { skipReason: result.skipped?.reason, scanned: result.skipped === undefined };
  // Most files have nothing to report: no line index of their text is needed.
  if (result.findings.length === 0 && result.suppressed.length === 0) return { findings: [], suppressed: [], ...status };
  const reporter = new FileReporter(text, location, secretRanges(result));
  const fingerprints = result.fingerprints.length === result.findings.length ? result.fingerprints : computeFingerprints(result.findings, text, file.projectPath);
  const suppressedFingerprints = computeFingerprints(
    result.suppressed.map((entry) => entry.finding),
    text,
    file.projectPath,
  );
  return {
    findings: result.findings.map((finding, index) => reporter.finding(finding, fingerprints[index]!)),
    suppressed: result.suppressed.map((entry, index) => ({
      ...reporter.finding(entry.finding, suppressedFingerprints[index]!),
      suppression: reportedSuppression(entry),
    })),
    ...status,
  };
}


function secretRanges(result: ScanResult): Range[] {
  return [...result.findings, ...result.suppressed.map((entry) => entry.finding)].flatMap((finding) => finding.secrets);
}

/** A fix written with `\n` keeps a CRLF file CRLF. */
function withLineEndingsOf(text: string, findings: readonly Finding[]): Finding[] {
  const firstBreak = text.indexOf('\n');
  if (firstBreak <= 0 || text[firstBreak - 1] !== '\r') return [...findings];
  return findings.map((finding) =>
    finding.fix === undefined
      ? finding
      : { ...finding, fix: { ...finding.fix, edits: finding.fix.edits.map((edit) => ({ ...edit, newText: edit.newText.replace(/\r?\n/g, '\r\n') })) } },
  );
}

/** Writes a fixed file, byte order mark restored; returns a note when it could not. */
function writeFixed(absolutePath: string, text: string, bom: boolean): string | undefined {
  try {
    writeFileSync(absolutePath, encodeSource(text, bom));
    return undefined;
  } catch (error) {
    return `fixes not written: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}
