/**
 * Which project a file belongs to and the configuration that applies to it, worked out as the
 * CLI does (server/src/cli/project-context.ts): the root is the nearer of the folder holding the
 * nearest `.moj-secure-code.json` and the git root, so the editor and CI see the same relative
 * path and fingerprint. Precedence (CONTRACTS §4): the nearest project file, then the editor
 * settings, then the defaults. In an untrusted workspace the project file's `policyBaseUrl`,
 * `advisories` and `eolData` are dropped.
 *
 * Unlike the CLI, a broken project file does not stop anything: its valid parts apply, and its
 * errors are shown on the file itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EffectiveConfig, PartialConfig } from '../engine/config/types';
import type { ConfigError } from '../engine/config/validate-config';
import { mergeConfig } from '../engine/config/merge-config';
import { applyWorkspaceTrust } from '../engine/config/trust';
import { findNearestProjectFile, parseProjectFile } from '../engine/config/project-file';
import type { FileContext } from '../cli/project-context';
import type { ContextSource } from '../cli/walk-files';
import type { RuleSet } from './rule-set';

export interface ProjectFileRead {
  readonly config: PartialConfig;
  readonly errors: readonly ConfigError[];
  /** The text read; undefined when the file could not be read. */
  readonly text: string | undefined;
}

/** Reads project files (the open editor's text first, else the disk) and remembers the answers. */
export class ProjectFiles {
  private readonly reads = new Map<string, ProjectFileRead>();
  private readonly nearestByDirectory = new Map<string, string | undefined>();
  private readonly gitRoots = new Map<string, string | undefined>();

  constructor(
    private readonly ruleSet: RuleSet,
    /** The text of an open, possibly unsaved, document at this path. */
    private readonly openText: (filePath: string) => string | undefined,
    /** Told of every project file read from disk, so its errors can be shown on it. */
    private readonly readFromDisk: (file: string, read: ProjectFileRead) => void,
  ) {}

  nearest(directory: string): string | undefined {
    if (this.nearestByDirectory.has(directory)) return this.nearestByDirectory.get(directory);
    const found = findNearestProjectFile(directory, (candidate) => existsSync(candidate));
    this.nearestByDirectory.set(directory, found);
    return found;
  }

  read(file: string): ProjectFileRead {
    const cached = this.reads.get(file);
    if (cached !== undefined) return cached;
    const open = this.openText(file);
    let text = open;
    if (text === undefined) {
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        const detail = `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
        return { config: {}, errors: [{ source: file, path: '', segments: [], detail, message: `${file}: ${detail}` }], text: undefined };
      }
    }
    const read = { ...parseProjectFile(text, file, this.ruleSet.knownRuleIds, this.ruleSet.thresholdNames), text };
    this.reads.set(file, read);
    if (open === undefined) this.readFromDisk(file, read);
    return read;
  }

  /** The folder holding `.git` at or above `directory`. */
  gitRoot(directory: string): string | undefined {
    if (this.gitRoots.has(directory)) return this.gitRoots.get(directory);
    const parent = path.dirname(directory);
    const found = existsSync(path.join(directory, '.git')) ? directory : parent === directory ? undefined : this.gitRoot(parent);
    this.gitRoots.set(directory, found);
    return found;
  }

  /** A project file's text changed: read it again next time. */
  changed(file: string): void {
    this.reads.delete(file);
  }

  /** Files were created or deleted: where the nearest project file and git root lie may have moved. */
  layoutChanged(): void {
    this.reads.clear();
    this.nearestByDirectory.clear();
    this.gitRoots.clear();
  }
}

export class ProjectContexts {
  /** Per settings layer (the store hands out one object per resource until settings change), per folder. */
  private contexts = new WeakMap<PartialConfig, Map<string, FileContext>>();

  constructor(
    private readonly files: ProjectFiles,
    private readonly trusted: () => boolean,
  ) {}

  /**
   * The context of files in `directory`. `settings` is the editor settings layer (or `{}` for the
   * configuration CI would use); `fallbackRoot` is used when no project file or git root lies above.
   */
  forDirectory(directory: string, settings: PartialConfig, fallbackRoot: string): FileContext {
    let byDirectory = this.contexts.get(settings);
    if (byDirectory === undefined) {
      byDirectory = new Map();
      this.contexts.set(settings, byDirectory);
    }
    const key = `${directory}\0${fallbackRoot}`;
    const cached = byDirectory.get(key);
    if (cached !== undefined) return cached;
    const projectFile = this.files.nearest(directory);
    const gitRoot = this.files.gitRoot(directory);
    const projectRoot = projectFile === undefined ? undefined : path.dirname(projectFile);
    const root = deeper(projectRoot, gitRoot) ?? fallbackRoot;
    const fileLayer = projectFile === undefined ? {} : applyWorkspaceTrust(this.files.read(projectFile).config, this.trusted());
    const config: EffectiveConfig = mergeConfig(fileLayer, settings);
    const context: FileContext = { root, config, ...(projectFile === undefined ? {} : { projectFile }) };
    byDirectory.set(key, context);
    return context;
  }

  /** The walker's view of the same contexts, for one settings layer. */
  source(settings: PartialConfig): ContextSource {
    return {
      forDirectory: (directory, fallbackRoot) => this.forDirectory(directory, settings, fallbackRoot),
      gitRoot: (directory) => this.files.gitRoot(directory),
    };
  }

  /** Project files, settings or trust changed. */
  clear(): void {
    this.contexts = new WeakMap();
  }
}

/** Of two ancestor folders of the same path, the one nearer to it. */
function deeper(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a.length >= b.length ? a : b;
}
