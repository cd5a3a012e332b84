/**
 * `moj-secure-code`: parses the arguments, finds the files and their configuration, scans them
 * on the worker pool, applies fixes when asked, writes the report and returns the exit code.
 * Everything the process touches (folder, streams) comes in through `CliEnvironment`, so tests
 * run the whole command in-process.
 */
import { statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import packageJson from '../../../package.json';
import type { RuleMeta } from '../engine/contract';
import { DEFAULT_POLICY_BASE_URL, type EffectiveConfig, type PartialConfig } from '../engine/config/types';
import { validateConfig } from '../engine/config/validate-config';
import { isProjectIndexFile } from '../engine/project/project-index';
import { SUPPRESSION_NOTICE_RULES } from '../engine/suppress/suppressions';
import { parseArguments, UsageError, type ScanArguments } from './args';
import { artifactPath } from './artifact-path';
import { baselineFromFindings, readBaseline, serialiseBaseline } from './baseline';
import { HELP_TEXT } from './help';
import { loadRules } from './load-rules';
import { forEachInOrder } from './ordered-work';
import { ProgressBar, type ProgressStream } from './progress';
import { ConfigError, ProjectContexts, type FileContext } from './project-context';
import { readSource } from './read-source';
import {
  atOrAbove,
  comparePaths,
  type ArtifactPath,
  type ReportFinding,
  type ReportNotice,
  type ReportSuppressed,
  type ScanReport,
  type ToolInfo,
} from './report-model';
import { processFile, skippedOutcome } from './scan-file';
import { filesInFlight, poolSizeFor, ScanPool } from './scan-pool';
import type { IndexFile } from './scan-protocol';
import { walkFiles, type WalkedFile, type WalkResult } from './walk-files';
import { DependencyDataError, dependencyDataKey, dependencyPaths, isEmpty, loadDependencyData, type DependencyData, type DependencyPaths } from './dependency-data';
import { runInfo } from './run-info';
import { writeGitlabSast } from './writers/gitlab-sast';
import { writeHtml } from './writers/html';
import { writeJson } from './writers/json';
import { writeMarkdown } from './writers/markdown';
import { writeSarif } from './writers/sarif';
import { writeText } from './writers/text';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliEnvironment {
  readonly cwd: string;
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
  /** Set when NO_COLOR is: text output then never uses colour. */
  readonly noColour?: boolean;
}

/** Knobs for tests; the command line has no flags for them. */
export interface CliOptions {
  /** A rules module to use instead of the built-in rules. */
  readonly rulesModule?: string;
  /** The engine's per-file time budget (default 5000 ms); the watchdog is ten times this. */
  readonly timeBudgetMs?: number;
  readonly workerScript?: string;
  /** YYYY-MM-DD, for suppression expiry. */
  readonly today?: string;
  readonly poolSize?: number;
  /** The clock, for reports that record when the scan ran. */
  readonly now?: () => Date;
}

export const TOOL: ToolInfo = {
  name: 'MoJ Secure Code',
  version: packageJson.version,
  informationUri: (packageJson as { homepage?: string }).homepage ?? DEFAULT_POLICY_BASE_URL,
};

const FLAG_FOR_KEY: Readonly<Record<string, string>> = {
  rules: '--rule',
  minSeverity: '--min-severity',
  minConfidence: '--min-confidence',
  exclude: '--exclude',
  maxFileSizeKb: '--max-file-size-kb',
  policyBaseUrl: '--policy-base-url',
  advisories: '--advisories',
  eolData: '--eol-data',
};

export async function runCli(argv: readonly string[], environment: CliEnvironment, options: CliOptions = {}): Promise<number> {
  try {
    const command = parseArguments(argv);
    if (command.kind === 'help') {
      environment.stdout.write(HELP_TEXT);
      return EXIT_CLEAN;
    }
    if (command.kind === 'version') {
      environment.stdout.write(`${TOOL.version}\n`);
      return EXIT_CLEAN;
    }
    return await runScan(command.args, environment, options);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) return fail(environment, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return fail(environment, `internal error: ${message}`);
  }
}

function fail(environment: CliEnvironment, message: string): number {
  environment.stderr.write(`moj-secure-code: ${message}\n`);
  return EXIT_USAGE;
}

/** One file's place in the run: to be scanned, or already known to be skipped. */
type Entry =
  | { readonly kind: 'file'; readonly file: WalkedFile; readonly location: ArtifactPath }
  | { readonly kind: 'skip'; readonly location: ArtifactPath; readonly reason: string };


async function runScan(args: ScanArguments, environment: CliEnvironment, options: CliOptions): Promise<number> {
  const clock = options.now ?? ((): Date => new Date());
  const startedAt = clock();
  const resolve = (file: string): string => path.resolve(environment.cwd, file);
  const rules = loadRuleSet(options.rulesModule);
  const ruleMetas: RuleMeta[] = [...rules, ...SUPPRESSION_NOTICE_RULES];
  const knownRuleIds = ruleMetas.map((meta) => meta.id);
  const thresholdNames = Object.fromEntries(rules.map((meta) => [meta.id, (meta.thresholds ?? []).map((threshold) => threshold.name)]));
  checkOverrides(args.overrides, knownRuleIds, thresholdNames);

  const contexts = new ProjectContexts({
    overrides: args.overrides,
    configFile: args.configFile === undefined ? undefined : resolve(args.configFile),
    knownRuleIds,
    thresholdNames,
  });
  const baseline = args.baseline === undefined ? undefined : readBaseline(resolve(args.baseline));
  const dependencyPathsOf = (config: EffectiveConfig, root: string): DependencyPaths => dependencyPaths(config, root, args.overrides, environment.cwd);
  // The threads start before the files are listed, and load the engine meanwhile: a few hundred
  // milliseconds each, which came first otherwise. The projects and dependency data the files are
  // read against follow once the files are known. A folder is taken to hold many files.
  const pool = new ScanPool({
    dependencyDataKeyOf: (job) => {
      const paths = dependencyPathsOf(job.config, job.projectKey);
      return isEmpty(paths) ? undefined : dependencyDataKey(paths);
    },
    size: options.poolSize ?? poolSizeFor(args.paths.some((input) => isFolder(resolve(input))) ? Number.MAX_SAFE_INTEGER : args.paths.length, availableParallelism()),
    rulesModule: options.rulesModule,
    timeBudgetMs: options.timeBudgetMs,
    today: options.today,
    workerScript: options.workerScript,
    contextLater: true,
  });
  pool.startThreads();
  let listing: Listing;
  try {
    listing = listFiles(args, environment.cwd, contexts, dependencyPathsOf);
  } catch (error) {
    await pool.close();
    throw error;
  }
  const { walked, rootContext, srcRoot, entries, shard } = listing;
  pool.provideContext(projectIndexFiles(walked.files), listing.dependencyData);
  const progress = new ProgressBar(environment.stderr, entries.length);

  const findings: ReportFinding[] = [];
  const suppressed: ReportSuppressed[] = [];
  const skipped: ReportNotice[] = [];
  const notes: ReportNotice[] = [];
  const diffs: string[] = [];
  let filesScanned = 0;
  let fixesApplied = 0;
  let fixesSkipped = 0;
  let filesFixed = 0;
  let done = 0;
  try {
    await forEachInOrder(
      entries,
      RESULTS_AWAITING_REPORT,
      (entry) => (entry.kind === 'skip' ? Promise.resolve(skippedOutcome(entry.reason)) : processFile(entry.file, entry.location, args, pool)),
      (outcome, entry) => {
        findings.push(...outcome.findings);
        suppressed.push(...outcome.suppressed);
        if (outcome.skipReason !== undefined) skipped.push({ location: entry.location, message: outcome.skipReason });
        for (const note of outcome.notes) notes.push({ location: entry.location, message: note });
        if (outcome.diff !== undefined) diffs.push(outcome.diff);
        if (outcome.scanned) filesScanned++;
        fixesApplied += outcome.fixesApplied;
        fixesSkipped += outcome.fixesSkipped;
        if (outcome.fixesApplied > 0) filesFixed++;
        progress.update(++done);
      },
      filesInFlight(Math.max(2, pool.size)),
    );
  } finally {
    progress.clear();
    await pool.close();
  }

  const marked = baseline === undefined ? findings : findings.map((finding) => withBaselineState(finding, baseline));
  const markedSuppressed = baseline === undefined ? suppressed : suppressed.map((finding) => withBaselineState(finding, baseline));
  const report: ScanReport = {
    tool: TOOL,
    run: runInfo({
      startedAt,
      finishedAt: clock(),
      paths: args.paths,
      config: rootContext.config,
      srcRoot,
      ...(args.baseline === undefined ? {} : { baselineFile: args.baseline }),
      ...(shard === undefined ? {} : { shard }),
    }),
    rules: ruleMetas,
    policyBaseUrl: rootContext.config.policyBaseUrl,
    srcRoot,
    baselineUsed: baseline !== undefined,
    findings: marked,
    suppressed: markedSuppressed,
    skipped,
    notes,
    filesScanned,
  };

  if (args.writeBaseline !== undefined) writeOutput(resolve(args.writeBaseline), serialiseBaseline(baselineFromFindings(marked, TOOL)), '--write-baseline');
  const colour = args.output === undefined && args.format === 'text' && environment.stdout.isTTY === true && environment.noColour !== true;
  const rendered = render(report, args, colour);
  if (args.dryRun) {
    environment.stdout.write(diffs.join(''));
    if (args.output !== undefined) writeOutput(resolve(args.output), rendered, '--output');
    environment.stderr.write(`Dry run: ${plural(fixesApplied, 'fix', 'fixes')} would be applied to ${plural(filesFixed, 'file', 'files')}; nothing was written.\n`);
  } else {
    if (args.output === undefined) environment.stdout.write(rendered);
    else writeOutput(resolve(args.output), rendered, '--output');
    if (args.fix) environment.stderr.write(`Applied ${plural(fixesApplied, 'fix', 'fixes')} to ${plural(filesFixed, 'file', 'files')}.\n`);
  }
  if (fixesSkipped > 0) {
    environment.stderr.write(`${plural(fixesSkipped, 'fix', 'fixes')} overlapped another fix and ${fixesSkipped === 1 ? 'was' : 'were'} left out; run --fix again.\n`);
  }

  const failOn = args.failOn;
  const failing = failOn !== 'none' && marked.some((finding) => finding.baselineState !== 'unchanged' && atOrAbove(finding.severity, failOn));
  return failing || (args.failOnSkipped && skipped.length > 0) ? EXIT_FINDINGS : EXIT_CLEAN;
}

/**
 * Results are reported in path order, so one slow file holds up the report of every later one.
 * When the files read and not yet reported were capped at two per thread, the other threads ran
 * dry behind a large file and sat idle for a fifth of a node_modules scan. Now only the files
 * being scanned are capped (their texts are the memory that matters); the small results that wait
 * behind a slow file may number up to RESULTS_AWAITING_REPORT.
 */
const RESULTS_AWAITING_REPORT = 4096;

interface Listing {
  readonly walked: WalkResult;
  readonly rootContext: FileContext;
  readonly srcRoot: string;
  /** In path order; only this shard's with `--shard`. */
  readonly entries: readonly Entry[];
  readonly shard: ScanArguments['shard'];
  readonly dependencyData: Map<string, DependencyData>;
}

/** The files to scan and skip, and the dependency data they are read against. */
function listFiles(args: ScanArguments, cwd: string, contexts: ProjectContexts, dependencyPathsOf: (config: EffectiveConfig, root: string) => DependencyPaths): Listing {
  const resolve = (file: string): string => path.resolve(cwd, file);
  const walked = walkFiles(args.paths, cwd, contexts);
  const rootContext = contexts.forDirectory(cwd, cwd);
  const srcRoot = rootContext.root;
  const locate = (absolutePath: string): ArtifactPath => artifactPath(absolutePath, srcRoot, cwd);

  // The tool's own files (a report written last time, the baseline) are inputs or outputs, not code.
  const ownFiles = new Set([args.output, args.baseline, args.writeBaseline, args.configFile].flatMap((file) => (file === undefined ? [] : [resolve(file)])));
  const allEntries: Entry[] = [
    ...walked.files.filter((file) => !ownFiles.has(file.absolutePath)).map((file): Entry => ({ kind: 'file', file, location: locate(file.absolutePath) })),
    ...walked.skipped.map((skip): Entry => ({ kind: 'skip', location: locate(skip.absolutePath), reason: skip.reason })),
  ].sort((a, b) => comparePaths(a.location.path, b.location.path));
  const shard = args.shard;
  const entries = shard === undefined ? allEntries : allEntries.filter((_, index) => index % shard.count === shard.index - 1);

  // eolData and advisories files are read once per distinct set, before any file is scanned, so
  // a bad file stops the run with one line (exit 2) instead of failing file by file.
  const dependencyData = loadDependencySets(walked.files.map((file) => dependencyPathsOf(file.context.config, file.context.root)));
  return { walked, rootContext, srcRoot, entries, shard, dependencyData };
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function loadRuleSet(rulesModule: string | undefined): RuleMeta[] {
  try {
    return loadRules(rulesModule).map((rule) => rule.meta);
  } catch (error) {
    throw new ConfigError(`the rules could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The configuration flags get the same checks as a project file, reported under the flag's name. */
function checkOverrides(overrides: PartialConfig, knownRuleIds: readonly string[], thresholdNames: Readonly<Record<string, readonly string[]>>): void {
  const first = validateConfig(overrides, 'command line', knownRuleIds, thresholdNames).errors[0];
  if (first === undefined) return;
  const key = first.segments[0];
  throw new UsageError(`${typeof key === 'string' ? (FLAG_FOR_KEY[key] ?? key) : 'option'}: ${first.detail}`);
}

function withBaselineState<T extends ReportFinding>(finding: T, baseline: ReadonlySet<string>): T {
  return { ...finding, baselineState: baseline.has(finding.fingerprint) ? 'unchanged' : 'new' };
}

/** The project index's input files (`.properties`, lockfiles, Terraform) of every project walked. */
function projectIndexFiles(files: readonly WalkedFile[]): Map<string, IndexFile[]> {
  const projects = new Map<string, IndexFile[]>();
  for (const file of files) {
    // Every walked path goes in, so `hasSibling` sees lockfiles beside manifests; only the
    // files the index reads (properties, Terraform, lockfiles) are read here.
    let text = '';
    if (isProjectIndexFile(file.projectPath)) {
      const read = readSource(file.absolutePath, file.context.config.maxFileSizeKb);
      if (read.kind === 'text') text = read.text;
    }
    const list = projects.get(file.context.root) ?? [];
    list.push({ path: file.projectPath, text });
    projects.set(file.context.root, list);
  }
  for (const list of projects.values()) list.sort((a, b) => comparePaths(a.path, b.path));
  return projects;
}

function render(report: ScanReport, args: ScanArguments, colour: boolean): string {
  switch (args.format) {
    case 'json':
      return writeJson(report);
    case 'sarif':
      return writeSarif(report);
    case 'text':
      return writeText(report, { colour });
    case 'md':
      return writeMarkdown(report);
    case 'html':
      return writeHtml(report);
    case 'gitlab-sast':
      return writeGitlabSast(report);
  }
}

function writeOutput(file: string, content: string, flag: string): void {
  try {
    writeFileSync(file, content);
  } catch (error) {
    throw new ConfigError(`${flag} ${file}: could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}


function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function loadDependencySets(pathSets: readonly DependencyPaths[]): Map<string, DependencyData> {
  const sets = new Map<string, DependencyData>();
  for (const paths of pathSets) {
    if (isEmpty(paths)) continue;
    const key = dependencyDataKey(paths);
    if (sets.has(key)) continue;
    try {
      sets.set(key, loadDependencyData(paths));
    } catch (error) {
      if (error instanceof DependencyDataError) throw new ConfigError(error.message);
      throw error;
    }
  }
  return sets;
}
