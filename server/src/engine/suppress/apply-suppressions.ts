/**
 * Splits a file's findings into those kept and those a suppression silenced, and adds the
 * info-level notices about the suppressions themselves (CONTRACTS §5).
 */
import picomatch from 'picomatch';
import type { Finding } from '../contract';
import type { ProjectSuppression } from '../config/types';
import { isPastDate } from '../config/iso-date';
import { computeFingerprints } from '../output/fingerprint';
import { LineIndex } from '../text/line-index';
import type { InlineSuppression } from './inline-suppressions';
import { listIds, notice, NOTICE_RULE_IDS } from './notices';
import { isPlaceholder, PLACEHOLDER_JUSTIFICATION } from './parse-directive';

export interface SuppressedFinding {
  readonly finding: Finding;
  readonly by: { kind: 'inline'; suppression: InlineSuppression } | { kind: 'project'; suppression: ProjectSuppression };
}

export interface SuppressionContext {
  readonly text: string;
  /** The file's path relative to the project root, `/`-separated, as project suppression globs are written. */
  readonly path: string;
  readonly inline: readonly InlineSuppression[];
  readonly project: readonly ProjectSuppression[];
  /** YYYY-MM-DD. */
  readonly today: string;
}

export interface SuppressionOutcome {
  /** Unsuppressed findings and the suppression notices, in document order. */
  readonly kept: Finding[];
  readonly suppressed: SuppressedFinding[];
}

export function applySuppressions(findings: readonly Finding[], context: SuppressionContext): SuppressionOutcome {
  // Lines are needed only to match inline suppressions; most files have none.
  let lines: LineIndex | undefined;
  const lineOf = (offset: number): number => (lines ??= new LineIndex(context.text)).positionAt(offset).line;
  const expired = (until: string | undefined): boolean => until !== undefined && isPastDate(until, context.today);
  const liveInline = context.inline.filter((s) => s.malformed === undefined && !expired(s.until));
  const projectHere = context.project.filter((s) => matchesPath(s.path, context.path));
  const usedRules = new Map<InlineSuppression, Set<string>>();
  const projectNotices = new Map<ProjectSuppression, Finding>();
  // Fingerprints cost a hash per finding, so they are worked out only when a project entry needs one.
  let fingerprints: readonly string[] | undefined;
  const fingerprintOf = (index: number): string | undefined =>
    (fingerprints ??= computeFingerprints(findings, context.text, context.path))[index];

  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  findings.forEach((finding, index) => {
    const inline = liveInline.length === 0 ? [] : liveInline.filter((s) => s.lines.includes(lineOf(finding.range.start)) && s.rules.includes(finding.ruleId));
    for (const s of inline) {
      const used = usedRules.get(s) ?? new Set<string>();
      used.add(finding.ruleId);
      usedRules.set(s, used);
    }
    const byInline = inline[0];
    if (byInline !== undefined) {
      suppressed.push({ finding, by: { kind: 'inline', suppression: byInline } });
      return;
    }

    const project = projectHere.filter(
      (s) => s.rule === finding.ruleId && (s.fingerprint === undefined || s.fingerprint === fingerprintOf(index)),
    );
    const byProject = project.find((s) => !expired(s.until));
    if (byProject !== undefined) {
      suppressed.push({ finding, by: { kind: 'project', suppression: byProject } });
      if (isUnjustified(byProject.justification) && !projectNotices.has(byProject)) {
        projectNotices.set(byProject, notice(NOTICE_RULE_IDS.unjustified, finding.range, projectUnjustifiedMessage(byProject)));
      }
      return;
    }
    kept.push(finding);
    for (const s of project) {
      if (!projectNotices.has(s)) projectNotices.set(s, notice(NOTICE_RULE_IDS.expired, finding.range, projectExpiredMessage(s)));
    }
  });

  const notices = [...context.inline.flatMap((s) => inlineNotices(s, expired(s.until), usedRules.get(s))), ...projectNotices.values()];
  return { kept: inDocumentOrder([...kept, ...notices]), suppressed };
}

function inlineNotices(s: InlineSuppression, isExpired: boolean, used: ReadonlySet<string> | undefined): Finding[] {
  const range = s.commentRange;
  if (s.malformed !== undefined) {
    return [notice(NOTICE_RULE_IDS.malformed, range, `Malformed suppression, so it suppresses nothing: ${s.malformed}.`)];
  }
  const ids = listIds(s.rules);
  if (isExpired) {
    return [
      notice(
        NOTICE_RULE_IDS.expired,
        range,
        `Suppression of ${ids} expired on ${s.until ?? ''}, so its findings are reported again. Fix the code, or review the justification and set a later "until" date.`,
      ),
    ];
  }
  const notices: Finding[] = [];
  if (s.justification === undefined) {
    notices.push(notice(NOTICE_RULE_IDS.unjustified, range, `Suppression of ${ids} has no justification. Say why the code is safe after " -- ".`));
  } else if (s.placeholder) {
    notices.push(
      notice(
        NOTICE_RULE_IDS.unjustified,
        range,
        `Suppression of ${ids} still has the placeholder justification "${PLACEHOLDER_JUSTIFICATION}". Replace it with why the code is safe.`,
      ),
    );
  }
  const unused = s.rules.filter((id) => used?.has(id) !== true);
  if (unused.length > 0) {
    notices.push(
      notice(
        NOTICE_RULE_IDS.unused,
        range,
        `Suppression of ${listIds(unused)} suppresses nothing: there is no such finding on the line it covers. Remove it.`,
      ),
    );
  }
  return notices;
}

function isUnjustified(justification: string): boolean {
  return justification.trim() === '' || isPlaceholder(justification);
}

function projectExpiredMessage(s: ProjectSuppression): string {
  return `The project file's suppression of ${s.rule} for "${s.path}" expired on ${s.until ?? ''}, so this finding is reported again. Fix the code, or review the justification and set a later "until" date.`;
}

function projectUnjustifiedMessage(s: ProjectSuppression): string {
  return `The project file's suppression of ${s.rule} for "${s.path}" has no justification. Say why the code is safe in its "justification".`;
}

const matchers = new Map<string, (path: string) => boolean>();

/** Globs are relative to the project root; `dot` lets `**` reach files such as `.github/...`. */
function matchesPath(glob: string, path: string): boolean {
  let matcher = matchers.get(glob);
  if (matcher === undefined) {
    matcher = picomatch(glob.startsWith('./') ? glob.slice(2) : glob, { dot: true });
    matchers.set(glob, matcher);
  }
  return matcher(path);
}

/** A stable sort by position: at one range, findings keep their order and come before the notices about them. */
function inDocumentOrder(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}
