/**
 * Reads the files behind the `eolData` and `advisories` settings (CONTRACTS §4) for the
 * dependency rules. Rules do no I/O, so the faces read and validate the files here and hand the
 * parsed data to the engine through its scan options. The CLI and the language server share this
 * module; each problem becomes one line naming the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EffectiveConfig, PartialConfig } from '../engine/config/types';
import { EolDataError, parseEolData, type EolData } from '../engine/dependencies/eol-data';
import { OsvError, parseOsvAdvisory, type OsvAdvisory } from '../engine/dependencies/osv';

export interface DependencyData {
  readonly eolData?: EolData;
  readonly advisories?: readonly OsvAdvisory[];
}

/** Absolute paths of the files one configuration names. */
export interface DependencyPaths {
  readonly eolData?: string;
  readonly advisories: readonly string[];
}

/** A file named by `eolData` or `advisories` that is missing or malformed. */
export class DependencyDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DependencyDataError';
  }
}

/** Past this many advisory files in one folder tree the read stops with an error, rather than exhaust memory. */
const MAX_ADVISORY_FILES = 500_000;

/**
 * Resolves the configured paths. Relative paths from CLI flags are relative to the working
 * folder; from a project file or editor settings, to the project root.
 */
export function dependencyPaths(config: EffectiveConfig, projectRoot: string, flags: PartialConfig = {}, cwd = projectRoot): DependencyPaths {
  const eolBase = flags.eolData !== undefined ? cwd : projectRoot;
  const advisoriesBase = flags.advisories !== undefined ? cwd : projectRoot;
  return {
    ...(config.eolData === undefined || config.eolData === '' ? {} : { eolData: path.resolve(eolBase, config.eolData) }),
    advisories: config.advisories.map((folder) => path.resolve(advisoriesBase, folder)),
  };
}

export function dependencyDataKey(paths: DependencyPaths): string {
  return JSON.stringify([paths.eolData ?? null, paths.advisories]);
}

export function isEmpty(paths: DependencyPaths): boolean {
  return paths.eolData === undefined && paths.advisories.length === 0;
}

export function loadEolDataFile(file: string): EolData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DependencyDataError(`eolData ${file}: could not be read (${codeOf(error)})`);
  }
  try {
    return parseEolData(text);
  } catch (error) {
    if (error instanceof EolDataError) throw new DependencyDataError(`eolData ${file}: ${error.message}`);
    throw error;
  }
}

/** Every `*.json` file under each folder, in path order, as OSV advisories. */
export function loadAdvisoryFolders(folders: readonly string[]): OsvAdvisory[] {
  const advisories: OsvAdvisory[] = [];
  for (const folder of folders) {
    let isFolder: boolean;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch (error) {
      throw new DependencyDataError(`advisories ${folder}: could not be read (${codeOf(error)})`);
    }
    if (!isFolder) throw new DependencyDataError(`advisories ${folder}: is not a folder`);
    for (const file of jsonFiles(folder)) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new DependencyDataError(`advisories ${file}: could not be read (${codeOf(error)})`);
      }
      try {
        advisories.push(parseOsvAdvisory(text));
      } catch (error) {
        if (error instanceof OsvError) throw new DependencyDataError(`advisories ${file}: ${error.message}`);
        throw error;
      }
    }
  }
  return advisories;
}

export function loadDependencyData(paths: DependencyPaths): DependencyData {
  return {
    ...(paths.eolData === undefined ? {} : { eolData: loadEolDataFile(paths.eolData) }),
    ...(paths.advisories.length === 0 ? {} : { advisories: loadAdvisoryFolders(paths.advisories) }),
  };
}

/** Loads each distinct set of files once; a failure is remembered and thrown again for the same key. */
export class DependencyDataCache {
  private readonly loaded = new Map<string, DependencyData | DependencyDataError>();

  load(paths: DependencyPaths): DependencyData {
    const key = dependencyDataKey(paths);
    let data = this.loaded.get(key);
    if (data === undefined) {
      try {
        data = loadDependencyData(paths);
      } catch (error) {
        if (!(error instanceof DependencyDataError)) throw error;
        data = error;
      }
      this.loaded.set(key, data);
    }
    if (data instanceof DependencyDataError) throw data;
    return data;
  }

  /** Forget everything, e.g. when the files may have changed. */
  clear(): void {
    this.loaded.clear();
  }
}

function jsonFiles(folder: string): string[] {
  const files: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) files.push(full);
      if (files.length > MAX_ADVISORY_FILES) throw new DependencyDataError(`advisories ${folder}: more than ${MAX_ADVISORY_FILES} files`);
    }
  }
  return files.sort();
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}
