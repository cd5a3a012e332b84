/**
 * Which project a scanned file belongs to, and the configuration that applies to it. The root is
 * the nearer of the folder holding the nearest `.moj-secure-code.json` and the git root, so that
 * `scan .`, `scan src/`, a pre-commit hook and the editor all see the same relative path (and so
 * the same fingerprint). Configuration precedence: CLI flags, then `--config FILE` or else the
 * nearest project file, then defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EffectiveConfig, PartialConfig } from '../engine/config/types';
import { mergeConfig } from '../engine/config/merge-config';
import { findNearestProjectFile, parseProjectFile } from '../engine/config/project-file';

export interface FileContext {
  /** Absolute folder the file's path is relative to. */
  readonly root: string;
  readonly config: EffectiveConfig;
  /** The project file the configuration came from, if any. */
  readonly projectFile?: string;
}

/** A configuration problem: printed as one line on stderr, exit code 2. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface ProjectContextOptions {
  /** Configuration given as CLI flags. */
  readonly overrides: PartialConfig;
  /** `--config FILE`, absolute: used for every file instead of discovery. */
  readonly configFile?: string;
  readonly knownRuleIds: readonly string[];
  /** Each rule's threshold names, so a misspelt threshold in a project file is caught. */
  readonly thresholdNames?: Readonly<Record<string, readonly string[]>>;
}

/** The file layer of folders with no project file above them. */
const NO_PROJECT_FILE: PartialConfig = {};

export class ProjectContexts {
  private readonly byDirectory = new Map<string, FileContext>();
  private readonly projectConfigs = new Map<string, PartialConfig>();
  private readonly gitRoots = new Map<string, string | undefined>();
  /** Whether a project file exists, by path: every folder of a tree asks about the same ancestors. */
  private readonly projectFileExists = new Map<string, boolean>();
  /** The configuration per file layer, shared by the folders of one project. */
  private readonly configs = new Map<PartialConfig, EffectiveConfig>();
  private readonly explicitConfig: PartialConfig | undefined;

  constructor(private readonly options: ProjectContextOptions) {
    this.explicitConfig = options.configFile === undefined ? undefined : this.loadProjectFile(options.configFile);
  }

  /**
   * The context of files in `directory`. `fallbackRoot` is used when neither a project file nor
   * a git root lies above it.
   */
  forDirectory(directory: string, fallbackRoot: string): FileContext {
    const key = `${directory}\0${fallbackRoot}`;
    const cached = this.byDirectory.get(key);
    if (cached !== undefined) return cached;
    const projectFile = findNearestProjectFile(directory, (candidate) => this.exists(candidate));
    const gitRoot = this.gitRoot(directory);
    const projectRoot = projectFile === undefined ? undefined : path.dirname(projectFile);
    const root = deeper(projectRoot, gitRoot) ?? fallbackRoot;
    const fileLayer = this.explicitConfig ?? (projectFile === undefined ? NO_PROJECT_FILE : this.loadProjectFile(projectFile));
    const context: FileContext = {
      root,
      config: this.configFor(fileLayer),
      projectFile: this.options.configFile ?? projectFile,
    };
    this.byDirectory.set(key, context);
    return context;
  }

  private exists(file: string): boolean {
    let found = this.projectFileExists.get(file);
    if (found === undefined) {
      found = existsSync(file);
      this.projectFileExists.set(file, found);
    }
    return found;
  }

  private configFor(fileLayer: PartialConfig): EffectiveConfig {
    let config = this.configs.get(fileLayer);
    if (config === undefined) {
      config = mergeConfig(this.options.overrides, fileLayer);
      this.configs.set(fileLayer, config);
    }
    return config;
  }

  /** The folder holding `.git` (a folder, or a file in worktrees and submodules) at or above `directory`. */
  gitRoot(directory: string): string | undefined {
    if (this.gitRoots.has(directory)) return this.gitRoots.get(directory);
    const parent = path.dirname(directory);
    const found = existsSync(path.join(directory, '.git')) ? directory : parent === directory ? undefined : this.gitRoot(parent);
    this.gitRoots.set(directory, found);
    return found;
  }

  private loadProjectFile(file: string): PartialConfig {
    const cached = this.projectConfigs.get(file);
    if (cached !== undefined) return cached;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`${file}: could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const { config, errors } = parseProjectFile(text, file, this.options.knownRuleIds, this.options.thresholdNames);
    const first = errors[0];
    if (first !== undefined) throw new ConfigError(describeConfigError(first, file));
    this.projectConfigs.set(file, config);
    return config;
  }
}

/** The validator's errors name the key and value; make sure the line names the file too. */
function describeConfigError(error: unknown, file: string): string {
  const message = typeof error === 'string' ? error : (error as { message?: unknown }).message;
  const text = typeof message === 'string' ? message : JSON.stringify(error);
  return text.includes(file) ? text : `${file}: ${text}`;
}

/** Of two ancestor folders of the same path, the one nearer to it. */
function deeper(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a.length >= b.length ? a : b;
}
