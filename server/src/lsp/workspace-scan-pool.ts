/**
 * The workspace scan's files from disk, analysed on the CLI's scan pool (worker threads) in a
 * child process (scan-process.ts) rather than in the server's own thread. Each file then has the
 * pool's watchdog, so a rule stuck in a loop costs that file (reported skipped) instead of the
 * whole server, and the parsers, trees and WebAssembly memory of the scan live in a process that
 * exits with it: WebAssembly memory never shrinks, and even threads that end leave native memory
 * behind, so a scan run in the server's process would leave it holding much of its peak for good.
 *
 * Each file is analysed as `Analyzer.analyseText` analyses it (document-analysis.ts): the same
 * project context, project path, language, project index, `eolData`/`advisories` and date, with
 * the folder's editor settings. Open documents keep their in-editor pipeline.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { CancellationToken, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileContext } from '../cli/project-context';
import type { EffectiveConfig } from '../engine/config/types';
import { toPosix } from '../cli/gitignore';
import { DependencyDataCache, DependencyDataError, dependencyDataKey, dependencyPaths, isEmpty, type DependencyData } from '../cli/dependency-data';
import { forEachInOrder } from '../cli/ordered-work';
import { readSource } from '../cli/read-source';
import { filesInFlight, poolSizeFor, type ScanJob, type ScanOutcome } from '../cli/scan-pool';
import type { IndexFile } from '../cli/scan-protocol';
import type { WalkedFile } from '../cli/walk-files';
import { detectLanguage } from '../engine/languages/detect';
import { today, type Analyzer } from './document-analysis';
import type { Log } from './log';
import type { ProjectContexts } from './project-config';
import type { ProjectIndexStore } from './project-index-store';
import type { PublishedDiagnostics } from './published-diagnostics';
import type { RuleSet } from './rule-set';
import { ScanProcess } from './scan-process';
import type { EditorSettings } from './settings';
import { findingDiagnostics } from './to-diagnostic';
import { pathToUri, type Folder, type WorkspaceFolders } from './workspace-folders';

/**
 * At most this many threads, and one core left to the server's own thread and the editor: each
 * thread holds its own compiled grammars and trees (about 150 MB at peak), and a scan in the
 * background should not make the editor wait.
 */
const MAX_THREADS = 2;

export interface DiskScanDependencies {
  readonly documents: TextDocuments<TextDocument>;
  readonly folders: WorkspaceFolders;
  readonly contexts: ProjectContexts;
  readonly indexes: ProjectIndexStore;
  readonly analyzer: Analyzer;
  readonly ruleSet: RuleSet;
  readonly published: PublishedDiagnostics;
  readonly log: Log;
  readonly dependencyData: WorkspaceDependencyData;
  /** The engine's per-file budget in the worker threads (the watchdog is ten times it); the engine's default when absent. */
  readonly timeBudgetMs?: number;
}

/** A walked file and the settings of the folder whose walk found it. */
export interface DiskFile {
  readonly file: WalkedFile;
  readonly settings: EditorSettings;
}

/** A file's part of the scan: its number of findings, or skipped. */
export type DiskOutcome = number | 'skipped';

/**
 * Loads the `eolData` and `advisories` files once per distinct set until the facts change, and
 * reports a bad one once: like the editor, the scan then goes on without it.
 */
export class WorkspaceDependencyData {
  private readonly cache = new DependencyDataCache();
  private readonly reported = new Set<string>();

  constructor(private readonly warn: (message: string) => void) {}

  load(config: EffectiveConfig, root: string): { readonly key: string; readonly data: DependencyData } | undefined {
    const paths = dependencyPaths(config, root);
    if (isEmpty(paths)) return undefined;
    try {
      return { key: dependencyDataKey(paths), data: this.cache.load(paths) };
    } catch (error) {
      if (!(error instanceof DependencyDataError)) throw error;
      if (!this.reported.has(error.message)) {
        this.reported.add(error.message);
        this.warn(`MoJ Secure Code: ${error.message}; continuing without it.`);
      }
      return undefined;
    }
  }

  /** Settings, trust or project files changed: the files named, or their contents, may have too. */
  clear(): void {
    this.cache.clear();
    this.reported.clear();
  }
}

/** One file as `analyseText` would see it. */
interface PlannedFile {
  readonly absolutePath: string;
  readonly uri: string;
  readonly settings: EditorSettings;
  readonly context: FileContext;
  readonly projectPath: string;
  readonly projectKey: string;
  readonly dependencyDataKey: string | undefined;
}

type Work =
  | { readonly kind: 'cancelled' }
  /** An open document: its own pipeline publishes; this is its count of findings. */
  | { readonly kind: 'open'; readonly findings: number }
  /** Nothing to show: analysis is off here (0), or the file could not be read (skipped). */
  | { readonly kind: 'nothing'; readonly outcome: 0 | 'skipped' }
  | { readonly kind: 'scanned'; readonly text: string; readonly outcome: ScanOutcome };

/**
 * Scans `files` on worker threads in a child process that ends when this returns, publishing each
 * file's diagnostics in list order (so results do not depend on how threads interleave) and
 * telling `onOutcome` of each; returns false if `token` stopped it first.
 */
export async function scanDiskFiles(
  files: readonly DiskFile[],
  dependencies: DiskScanDependencies,
  control: { readonly token?: CancellationToken; readonly onOutcome?: (outcome: DiskOutcome) => void } = {},
): Promise<boolean> {
  const cancelled = (): boolean => control.token?.isCancellationRequested === true;
  const projects = new Map<string, IndexFile[]>();
  const dependencyData = new Map<string, DependencyData>();
  const planned: PlannedFile[] = [];
  const indexedFolders = new Set<string>();
  for (const { file, settings } of files) {
    if (cancelled()) return false;
    planned.push(await planFile(file, settings, dependencies, dependencyData));
    const folder = dependencies.folders.folderFor(file.absolutePath);
    if (settings.enable && folder !== undefined && !indexedFolders.has(folder.path)) {
      indexedFolders.add(folder.path);
      for (const [root, indexFiles] of await dependencies.indexes.indexFiles(folder, settings.config)) projects.set(projectKey(folder, root), indexFiles);
    }
  }

  const size = poolSizeFor(planned.filter((plan) => plan.settings.enable).length, Math.max(1, Math.min(MAX_THREADS, availableParallelism() - 1)));
  // Started on the first file that needs it: a batch of open documents starts no process.
  const host: { process?: ScanProcess } = {};
  const startHost = (): ScanProcess =>
    (host.process = new ScanProcess({ size, rulesModule: dependencies.ruleSet.rulesModule, timeBudgetMs: dependencies.timeBudgetMs, today: today(), projects, dependencyData }));
  // Stops the process at once: the files it holds resolve as skipped and are not published.
  const stopping = control.token?.onCancellationRequested(() => void host.process?.close());
  try {
    await forEachInOrder(
      planned,
      filesInFlight(size),
      async (plan): Promise<Work> => {
        if (cancelled()) return { kind: 'cancelled' };
        const open = dependencies.documents.get(plan.uri);
        if (open !== undefined) {
          const analysis = await dependencies.analyzer.analyse(open);
          return { kind: 'open', findings: analysis.kind === 'findings' ? analysis.result.findings.length : 0 };
        }
        if (!plan.settings.enable) return { kind: 'nothing', outcome: 0 };
        const read = readSource(plan.absolutePath, plan.context.config.maxFileSizeKb);
        if (read.kind === 'skipped') return { kind: 'nothing', outcome: 'skipped' };
        const language = detectLanguage(plan.projectPath, read.text);
        const job: ScanJob = {
          projectKey: plan.projectKey,
          file: { path: plan.projectPath, text: read.text, ...(language === undefined ? {} : { language }) },
          config: plan.context.config,
          ...(plan.dependencyDataKey === undefined ? {} : { dependencyDataKey: plan.dependencyDataKey }),
        };
        return { kind: 'scanned', text: read.text, outcome: await (host.process ?? startHost()).scan(job) };
      },
      (work, plan) => {
        if (work.kind === 'cancelled' || cancelled()) return;
        const outcome = publish(plan, work, dependencies);
        control.onOutcome?.(outcome);
      },
    );
  } finally {
    stopping?.dispose();
    await host.process?.close();
  }
  return !cancelled();
}

/** Where `analyseText` would place the file: the context of its directory in its own workspace folder. */
async function planFile(file: WalkedFile, settings: EditorSettings, dependencies: DiskScanDependencies, dependencyData: Map<string, DependencyData>): Promise<PlannedFile> {
  const absolutePath = file.absolutePath;
  const directory = path.dirname(absolutePath);
  const folder = dependencies.folders.folderFor(absolutePath);
  const context = dependencies.contexts.forDirectory(directory, settings.config, folder?.path ?? directory);
  const loaded = settings.enable ? dependencies.dependencyData.load(context.config, context.root) : undefined;
  if (loaded !== undefined) dependencyData.set(loaded.key, loaded.data);
  // Lets the event loop answer requests while a large workspace is planned.
  await new Promise((resolve) => setImmediate(resolve));
  return {
    absolutePath,
    uri: pathToUri(absolutePath),
    settings,
    context,
    projectPath: toPosix(path.relative(context.root, absolutePath)),
    projectKey: folder === undefined ? '' : projectKey(folder, context.root),
    dependencyDataKey: loaded?.key,
  };
}

/** Index files are per workspace folder (as `ProjectIndexStore` keeps them), then per project root. */
function projectKey(folder: Folder, root: string): string {
  return `${folder.path}\0${root}`;
}

/** Publishes a file's diagnostics, unless it was opened meanwhile: its document then speaks for it. */
function publish(plan: PlannedFile, work: Exclude<Work, { kind: 'cancelled' }>, dependencies: DiskScanDependencies): DiskOutcome {
  if (work.kind === 'open') return work.findings;
  if (dependencies.documents.get(plan.uri) !== undefined) return work.kind === 'nothing' ? work.outcome : 0;
  if (work.kind === 'nothing') {
    dependencies.published.clear(plan.uri);
    return work.outcome;
  }
  const outcome = work.outcome;
  if (outcome.kind === 'skipped') {
    dependencies.published.clear(plan.uri);
    dependencies.log.warn(`Workspace scan: skipped ${plan.absolutePath}: ${outcome.reason}`);
    return 'skipped';
  }
  const diagnostics = findingDiagnostics({ uri: plan.uri, version: undefined, text: work.text, config: plan.context.config, result: outcome.result }, dependencies.ruleSet);
  if (diagnostics.length === 0) dependencies.published.clear(plan.uri);
  else dependencies.published.publish(plan.uri, diagnostics);
  return outcome.result.findings.length;
}

/**
 * `--time-budget-ms N` on the server's command line: the engine's per-file budget on the worker
 * threads, so a test of the watchdog (ten times the budget) need not wait fifty seconds.
 */
export function timeBudgetArgument(argv: readonly string[]): number | undefined {
  const index = argv.indexOf('--time-budget-ms');
  const value = index < 0 ? undefined : Number(argv[index + 1]);
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
}
