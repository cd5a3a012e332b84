/**
 * dependencies/unpinned-action: a GitHub Actions step or reusable workflow referenced by a tag or
 * branch (`actions/checkout@v4`, `org/repo/.github/workflows/ci.yml@main`) instead of a full
 * 40-character commit SHA.
 *
 * Tags and branches can be moved by whoever controls the action's repository, so a hijacked
 * action (as with tj-actions/changed-files in 2025) runs in the pipeline with its secrets on
 * the next run. Only a full commit SHA fixes the code; GitHub's own hardening guide says so.
 *
 * Read: `uses:` of steps and of jobs (reusable workflows) in `.github/workflows/*.yml`, and of
 * steps in composite actions (`action.yml`). Not reported: local actions and workflows
 * (`./path`), Docker actions pinned by digest (`docker://image@sha256:…`), references written
 * as expressions, and a full SHA (a trailing `# v4.2.2` comment is the usual way to keep the
 * readable version). A branch is reported in stronger words than a tag, since it moves with
 * every push.
 */
import type { ConfigModel, Rule, RuleContext } from '../../engine/contract';
import { safeRegex } from '../../engine/contract';

const CONTROL =
  "MoJ's baseline asks that the software a system is built from is verified and kept under version control (Defensive Layer 1), and build pipelines are in scope of its scanning guidance.";
const FIX = 'Pin the full 40-character commit SHA, with the version in a comment (uses: owner/repo@<sha> # v4.2.2).';

const FULL_SHA = safeRegex('^[0-9a-f]{40}$');
const VERSION_LIKE = safeRegex('^v?\\d+(?:\\.\\d+)*(?:[-+][\\w.-]+)?$');
const BRANCH_NAMES: ReadonlySet<string> = new Set(['main', 'master', 'develop', 'dev', 'trunk', 'head', 'latest', 'release', 'stable', 'nightly']);

function messageFor(action: string, reference: string, reusable: boolean): string {
  const what = reusable ? `This reusable workflow (${action})` : `This action (${action})`;
  const branch = BRANCH_NAMES.has(reference.toLowerCase()) || !VERSION_LIKE.test(reference);
  const first = branch
    ? `${what} is pinned to "${reference}", which looks like a branch: it runs whatever was pushed last, with this pipeline's secrets and token.`
    : `${what} is pinned to the tag "${reference}", which the action's owner, or anyone who takes over the repository, can move to other code that then runs with this pipeline's secrets and token.`;
  return `${first} ${CONTROL} ${FIX}`;
}

function isWorkflowFile(path: string): boolean {
  const lower = path.toLowerCase();
  const name = lower.split('/').pop() ?? lower;
  if (!name.endsWith('.yml') && !name.endsWith('.yaml')) return false;
  return lower.startsWith('.github/workflows/') || lower.includes('/.github/workflows/') || name === 'action.yml' || name === 'action.yaml';
}

function checkUses(context: RuleContext, config: ConfigModel): void {
  for (const entry of config.entries()) {
    if (entry.key !== 'uses' || entry.value === undefined || entry.valueRange === undefined) continue;
    const path = entry.path;
    // Steps (`jobs.<id>.steps[i].uses`, `runs.steps[i].uses`) and reusable workflows (`jobs.<id>.uses`).
    const isStep = path.length >= 3 && path[path.length - 3] === 'steps';
    const isJob = path.length === 3 && path[0] === 'jobs';
    if (!isStep && !isJob) continue;
    const value = entry.value.trim();
    if (value.startsWith('./') || value.startsWith('.\\') || value.includes('${{')) continue;
    if (value.startsWith('docker://')) {
      if (!value.includes('@sha256:')) reportDocker(context, value, entry.valueRange);
      continue;
    }
    const at = value.lastIndexOf('@');
    // GitHub rejects a remote action without a reference, so there is nothing to pin.
    if (at <= 0) continue;
    const reference = value.slice(at + 1);
    if (FULL_SHA.test(reference)) continue;
    const action = value.slice(0, at);
    const referenceStart = entry.valueRange.start + entry.value.indexOf(value) + at + 1;
    context.report({
      range: { start: referenceStart, end: referenceStart + reference.length },
      message: messageFor(action, reference, isJob || action.includes('/.github/workflows/')),
    });
  }
}

function reportDocker(context: RuleContext, value: string, range: { start: number; end: number }): void {
  context.report({
    range,
    message: `This Docker action (${value}) is not pinned by digest, so whoever can push the image decides what runs with this pipeline's secrets and token. ${CONTROL} Pin the image digest (docker://image@sha256:…).`,
  });
}

export const unpinnedAction: Rule = {
  meta: {
    id: 'dependencies/unpinned-action',
    title: 'GitHub Action not pinned to a commit SHA',
    area: 'dependencies',
    severity: 'medium',
    confidence: 'high',
    cwe: [829, 1357],
    owasp: 'A08:2021 Software and Data Integrity Failures',
    policy: [
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
    ],
    basis: 'principle',
    why:
      'A third-party action referenced by a tag or branch runs whatever its repository points that name at on the day, with the workflow\'s secrets and GITHUB_TOKEN; a moved tag has been used to steal CI secrets at scale. MoJ\'s Defensive Layer 1 baseline asks for integrity verification of the software a system is built from, and its scanning guidance puts build pipelines in scope; MoJ says nothing about action pinning itself, and GitHub\'s security hardening guide recommends a full commit SHA.',
    howToFix:
      'Replace the tag or branch with the full 40-character commit SHA it points to, and keep the version in a trailing comment (uses: actions/checkout@<sha> # v4.2.2). Dependabot and Renovate update SHA pins.',
    fixSafety: 'suggestion',
    languages: ['yaml'],
    prefilter: ['uses'],
    examples: {
      yaml: 'steps:\n  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    },
  },
  check(context) {
    if (context.config === undefined || !isWorkflowFile(context.document.path)) return;
    checkUses(context, context.config);
  },
};
