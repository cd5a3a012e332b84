/**
 * Runs the engine over one document with the configuration and project index that apply to it,
 * and remembers the result per document version, so diagnostics, hovers and code actions share
 * one analysis. Every change of settings, project files, trust or project index starts a new
 * generation, which makes every remembered analysis stale.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageId } from '../engine/contract';
import type { EffectiveConfig } from '../engine/config/types';
import type { ConfigError } from '../engine/config/validate-config';
import { mergeConfig } from '../engine/config/merge-config';
import { PROJECT_FILE_NAME, parseProjectFile } from '../engine/config/project-file';
import { detectLanguage } from '../engine/languages/detect';
import { EMPTY_PROJECT_INDEX } from '../engine/project/project-index';
import { scan, type ScanResult } from '../engine/scan';
import { IncrementalScanner } from '../engine/incremental/incremental-scan';
import { toPosix } from '../cli/gitignore';
import { DependencyDataCache, DependencyDataError, dependencyPaths, isEmpty, type DependencyData } from '../cli/dependency-data';
import type { ProjectContexts } from './project-config';
import type { ProjectIndexStore } from './project-index-store';
import type { RuleSet } from './rule-set';
import type { EditorSettings, SettingsStore } from './settings';
import { uriToPath, type WorkspaceFolders } from './workspace-folders';

interface AnalysisBase {
  readonly uri: string;
  /** The document version analysed; undefined for a file read from disk. */
  readonly version: number | undefined;
  readonly generation: number;
  /** Raised when an idle full scan corrected an incremental result for the same version. */
  readonly revision: number;
  readonly text: string;
  readonly settings: EditorSettings;
}

export interface FindingsAnalysis extends AnalysisBase {
  readonly kind: 'findings';
  readonly language: LanguageId | undefined;
  /** Relative to `root`, `/`-separated: the path fingerprints and project suppressions use. */
  readonly projectPath: string;
  /** Absolute project root; undefined for a document with no file behind it. */
  readonly root: string | undefined;
  /** The project file whose settings apply, if any. */
  readonly projectFile: string | undefined;
  readonly config: EffectiveConfig;
  readonly result: ScanResult;
  /** Time the engine took, for the adaptive debounce (CONTRACTS §8). */
  readonly durationMs: number;
  /** Findings of unchanged functions were reused from the previous version (engine/incremental). */
  readonly reusedFindings: boolean;
}

/** A `.moj-secure-code.json` is read, not scanned: its diagnostics are its configuration errors. */
export interface ProjectFileAnalysis extends AnalysisBase {
  readonly kind: 'project-file';
  readonly errors: readonly ConfigError[];
}

/** `mojSecureCode.enable` is off for this document. */
export interface DisabledAnalysis extends AnalysisBase {
  readonly kind: 'disabled';
}

export type Analysis = FindingsAnalysis | ProjectFileAnalysis | DisabledAnalysis;

/** Editor language ids for documents whose name says nothing (`untitled:` buffers, odd names). */
const LANGUAGE_BY_EDITOR_ID: Readonly<Record<string, LanguageId>> = {
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'typescript',
  typescriptreact: 'tsx',
  python: 'python',
  java: 'java',
  csharp: 'csharp',
  go: 'go',
  php: 'php',
  ruby: 'ruby',
  shellscript: 'shell',
  yaml: 'yaml',
  json: 'json',
  jsonc: 'json',
  xml: 'xml',
  dockerfile: 'dockerfile',
  terraform: 'terraform',
  properties: 'properties',
  ini: 'ini',
  dotenv: 'dotenv',
  vue: 'vue',
  erb: 'erb',
  'jinja-html': 'jinja',
  jinja: 'jinja',
  'django-html': 'jinja',
  razor: 'razor',
  aspnetcorerazor: 'razor',
  blade: 'blade',
};

export interface AnalyzerDependencies {
  readonly ruleSet: RuleSet;
  readonly settings: SettingsStore;
  readonly contexts: ProjectContexts;
  readonly indexes: ProjectIndexStore;
  readonly folders: WorkspaceFolders;
  /** Where a bad `eolData` or `advisories` file is reported (the scan goes on without it). */
  readonly warn?: (message: string) => void;
  /** An idle full scan found an incremental result incomplete and replaced it: publish it again. */
  readonly corrected?: (uri: string) => void;
}

/**
 * How long a document must be left alone before an incremental result is checked with a full
 * scan. Longer than the gap between keystrokes, so typing never pays for it.
 */
export const IDLE_CHECK_MS = 1000;

export interface SourceText {
  readonly uri: string;
  readonly text: string;
  /** The editor's language id, used when the file name says nothing. */
  readonly languageId?: string;
  readonly version?: number;
}

export class Analyzer {
  private generationCount = 0;
  private readonly cache = new Map<string, CacheEntry>();
  /** One incremental scanner per open document: it keeps the document's last tree and findings per function. */
  private readonly scanners = new Map<string, IncrementalScanner>();
  private readonly idleChecks = new Map<string, NodeJS.Timeout>();
  private readonly dependencyData = new DependencyDataCache();
  private readonly reportedDataErrors = new Set<string>();

  constructor(private readonly dependencies: AnalyzerDependencies) {}

  get generation(): number {
    return this.generationCount;
  }

  /** Something every analysis depends on changed. */
  invalidate(): void {
    this.generationCount++;
    this.cache.clear();
    // The eolData and advisories files may have changed with the settings or project files.
    this.dependencyData.clear();
    this.reportedDataErrors.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.scanners.get(uri)?.dispose();
    this.scanners.delete(uri);
    clearTimeout(this.idleChecks.get(uri));
    this.idleChecks.delete(uri);
  }

  /**
   * The parsed `eolData` and `advisories` files for a configuration (relative paths are relative
   * to the project root). A file that cannot be read or parsed is reported once through `warn`
   * and left out: the editor keeps analysing with the bundled end-of-life table and no
   * advisories rather than fail.
   */
  private dependencyDataFor(config: EffectiveConfig, root: string | undefined): DependencyData {
    if (root === undefined) return {};
    const paths = dependencyPaths(config, root);
    if (isEmpty(paths)) return {};
    try {
      return this.dependencyData.load(paths);
    } catch (error) {
      if (!(error instanceof DependencyDataError)) throw error;
      if (!this.reportedDataErrors.has(error.message)) {
        this.reportedDataErrors.add(error.message);
        this.dependencies.warn?.(`MoJ Secure Code: ${error.message}; continuing without it.`);
      }
      return {};
    }
  }

  /** The analysis of an open document's current version, shared by every feature that asks. */
  analyse(document: TextDocument): Promise<Analysis> {
    const cached = this.cache.get(document.uri);
    if (cached !== undefined && cached.version === document.version && cached.generation === this.generationCount) return cached.analysis;
    let scanner = this.scanners.get(document.uri);
    if (scanner === undefined) {
      scanner = new IncrementalScanner();
      this.scanners.set(document.uri, scanner);
    }
    const source = { uri: document.uri, text: document.getText(), languageId: document.languageId, version: document.version };
    const analysis = this.analyseText(source, undefined, scanner);
    const entry: CacheEntry = { version: document.version, generation: this.generationCount, analysis };
    this.cache.set(document.uri, entry);
    analysis.then(
      (result) => {
        if (result.kind === 'findings' && result.reusedFindings) this.checkWhenIdle(source, entry);
      },
      // A failed analysis must not be served from the cache for ever.
      () => {
        if (this.cache.get(document.uri) === entry) this.cache.delete(document.uri);
      },
    );
    return analysis;
  }

  /**
   * Once the document has been left alone for `IDLE_CHECK_MS`, scans it in full and, if that
   * differs from the incremental result (a rule read a fact from another function that changed),
   * replaces the result and says so through `corrected`.
   */
  private checkWhenIdle(source: SourceText, entry: CacheEntry): void {
    clearTimeout(this.idleChecks.get(source.uri));
    const timer = setTimeout(() => {
      this.idleChecks.delete(source.uri);
      if (this.cache.get(source.uri) !== entry) return;
      void (async () => {
        // Yields between rules and gives up as soon as a newer version or generation replaces the entry, so typing never waits for it.
        const superseded = (): boolean => this.cache.get(source.uri) !== entry;
        const [incremental, full] = await Promise.all([entry.analysis, this.analyseText(source, undefined, undefined, superseded)]);
        if (superseded() || full.generation !== entry.generation) return;
        if (incremental.kind !== 'findings' || full.kind !== 'findings' || sameResult(incremental.result, full.result)) return;
        this.cache.set(source.uri, { ...entry, analysis: Promise.resolve({ ...full, revision: incremental.revision + 1 }) });
        // The scanner's reused findings led it astray: its next scan starts afresh.
        this.scanners.get(source.uri)?.dispose();
        this.dependencies.corrected?.(source.uri);
      })().catch((error: unknown) => this.dependencies.warn?.(`MoJ Secure Code: checking ${source.uri} failed: ${String(error)}`));
    }, IDLE_CHECK_MS);
    // A pending check must not keep a server that is shutting down alive.
    timer.unref();
    this.idleChecks.set(source.uri, timer);
  }

  /** The configuration that applies at a document, or at a folder's top. */
  async configFor(uri: string | undefined, kind: 'file' | 'folder' = 'file'): Promise<EffectiveConfig> {
    const settings = await this.dependencies.settings.forResource(uri);
    const filePath = uri === undefined ? undefined : uriToPath(uri);
    if (filePath === undefined) return mergeConfig(settings.config);
    const directory = kind === 'folder' ? filePath : path.dirname(filePath);
    const folder = this.dependencies.folders.folderFor(filePath);
    return this.dependencies.contexts.forDirectory(directory, settings.config, folder?.path ?? directory).config;
  }

  /** Analyses text that need not be open (the workspace scan reads files from disk). */
  async analyseText(source: SourceText, settingsOverride?: EditorSettings, scanner?: IncrementalScanner, cancelled?: () => boolean): Promise<Analysis> {
    const generation = this.generationCount;
    const settings = settingsOverride ?? (await this.dependencies.settings.forResource(source.uri));
    const base = { uri: source.uri, version: source.version, generation, revision: 0, text: source.text, settings };
    if (!settings.enable) return { ...base, kind: 'disabled' };
    const filePath = uriToPath(source.uri);
    const fileName = path.basename(filePath ?? source.uri);
    if (fileName === PROJECT_FILE_NAME) {
      const errors = parseProjectFile(source.text, filePath ?? fileName, this.dependencies.ruleSet.knownRuleIds, this.dependencies.ruleSet.thresholdNames).errors;
      return { ...base, kind: 'project-file', errors };
    }

    const folder = filePath === undefined ? undefined : this.dependencies.folders.folderFor(filePath);
    let root: string | undefined;
    let projectFile: string | undefined;
    let config: EffectiveConfig;
    let projectPath: string;
    if (filePath === undefined) {
      config = mergeConfig(settings.config);
      projectPath = fileName;
    } else {
      const context = this.dependencies.contexts.forDirectory(path.dirname(filePath), settings.config, folder?.path ?? path.dirname(filePath));
      root = context.root;
      projectFile = context.projectFile;
      config = context.config;
      projectPath = toPosix(path.relative(context.root, filePath));
    }
    const language = detectLanguage(projectPath, source.text) ?? (source.languageId === undefined ? undefined : LANGUAGE_BY_EDITOR_ID[source.languageId]);
    const project = root === undefined ? EMPTY_PROJECT_INDEX : await this.dependencies.indexes.indexFor(folder, root, settings.config);
    const started = performance.now();
    const file = { path: projectPath, text: source.text, ...(language === undefined ? {} : { language }) };
    const options = { rules: this.dependencies.ruleSet.rules, config, project, today: today(), ...this.dependencyDataFor(config, root), ...(cancelled === undefined ? {} : { cancelled }) };
    const reusedBefore = scanner?.statistics.unitsReused ?? 0;
    const result = await (scanner === undefined ? scan(file, options) : scanner.scan(file, options));
    const durationMs = performance.now() - started;
    const reusedFindings = (scanner?.statistics.unitsReused ?? 0) > reusedBefore;
    return { ...base, kind: 'findings', language: result.language ?? language, projectPath, root, projectFile, config, result, durationMs, reusedFindings };
  }
}

interface CacheEntry {
  readonly version: number;
  readonly generation: number;
  readonly analysis: Promise<Analysis>;
}

/** Whether two scans of the same text found the same things (fingerprints cover rule, place and code). */
function sameResult(a: ScanResult, b: ScanResult): boolean {
  return JSON.stringify([a.findings, a.suppressed, a.fingerprints, a.skipped]) === JSON.stringify([b.findings, b.suppressed, b.fingerprints, b.skipped]);
}

/** Today in UTC as YYYY-MM-DD, as the CLI dates suppressions. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
