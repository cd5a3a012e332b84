/**
 * The project index (Java properties, lockfiles, Terraform resources, which files exist) for each
 * workspace folder, built by walking the folder with the CLI's walker (so `.gitignore` and
 * `exclude` apply as in CI) and kept current from `workspace/didChangeWatchedFiles`. A folder
 * can hold several projects (nested project files or git roots); each project root gets its own
 * index, with paths relative to that root, as the CLI builds them.
 */
import path from 'node:path';
import type { ProjectIndex } from '../engine/contract';
import type { PartialConfig } from '../engine/config/types';
import { buildProjectIndex, EMPTY_PROJECT_INDEX, isProjectIndexFile } from '../engine/project/project-index';
import { readSource } from '../cli/read-source';
import { toPosix } from '../cli/gitignore';
import type { IndexFile } from '../cli/scan-protocol';
import { isInside, walkFiles } from '../cli/walk-files';
import type { ProjectContexts } from './project-config';
import type { Folder } from './workspace-folders';

/** Index input files by project root, then by project-relative path. */
type FilesByRoot = Map<string, Map<string, string>>;

interface FolderIndex {
  readonly files: FilesByRoot;
  readonly indexes: Map<string, ProjectIndex>;
}

export class ProjectIndexStore {
  private readonly folders = new Map<string, Promise<FolderIndex>>();

  constructor(
    private readonly contexts: ProjectContexts,
    private readonly log: (message: string) => void,
  ) {}

  /** The index for a project root inside a folder; built on first use. */
  async indexFor(folder: Folder | undefined, root: string, settings: PartialConfig): Promise<ProjectIndex> {
    if (folder === undefined) return EMPTY_PROJECT_INDEX;
    const index = await this.folderIndex(folder, settings);
    return index.indexes.get(root) ?? EMPTY_PROJECT_INDEX;
  }

  /**
   * The index's input files of every project root in a folder, as the scan pool's worker threads
   * take them: each thread builds the same index from them as `indexFor` gives the editor.
   */
  async indexFiles(folder: Folder, settings: PartialConfig): Promise<Map<string, IndexFile[]>> {
    const index = await this.folderIndex(folder, settings);
    return new Map([...index.files].map(([root, files]) => [root, [...files].map(([filePath, text]) => ({ path: filePath, text }))]));
  }

  /**
   * A watched file was created, changed or deleted. Returns whether any index changed, so the
   * caller knows to analyse open documents again.
   */
  async fileChanged(folder: Folder, filePath: string, deleted: boolean, settings: PartialConfig): Promise<boolean> {
    const pending = this.folders.get(folder.path);
    if (pending === undefined) return false;
    const index = await pending;
    const context = this.contexts.forDirectory(path.dirname(filePath), settings, folder.path);
    const projectPath = toPosix(path.relative(context.root, filePath));
    if (!isInside(context.root, filePath)) return false;
    const files = index.files.get(context.root) ?? new Map<string, string>();
    index.files.set(context.root, files);
    if (deleted) {
      if (!files.delete(projectPath)) return false;
    } else {
      const read = isProjectIndexFile(projectPath) ? readSource(filePath, context.config.maxFileSizeKb) : undefined;
      const text = read?.kind === 'text' ? read.text : '';
      if (files.get(projectPath) === text) return false;
      files.set(projectPath, text);
    }
    index.indexes.set(context.root, buildIndex(files));
    return true;
  }

  /** Forget a folder's index (removed folder, or a change that moves project roots); rebuilt on next use. */
  forget(folderPath?: string): void {
    if (folderPath === undefined) this.folders.clear();
    else this.folders.delete(folderPath);
  }

  private folderIndex(folder: Folder, settings: PartialConfig): Promise<FolderIndex> {
    let index = this.folders.get(folder.path);
    if (index === undefined) {
      index = Promise.resolve().then(() => this.build(folder, settings));
      this.folders.set(folder.path, index);
    }
    return index;
  }

  private build(folder: Folder, settings: PartialConfig): FolderIndex {
    const files: FilesByRoot = new Map();
    try {
      const walked = walkFiles([folder.path], folder.path, this.contexts.source(settings));
      for (const file of walked.files) {
        // Every walked path goes in, so `hasSibling` sees lockfiles beside manifests; only the
        // files the index reads are read.
        let text = '';
        if (isProjectIndexFile(file.projectPath)) {
          const read = readSource(file.absolutePath, file.context.config.maxFileSizeKb);
          if (read.kind === 'text') text = read.text;
        }
        const forRoot = files.get(file.context.root) ?? new Map<string, string>();
        forRoot.set(file.projectPath, text);
        files.set(file.context.root, forRoot);
      }
    } catch (error) {
      this.log(`Could not index ${folder.path}; cross-file checks use no project facts there: ${String(error)}`);
    }
    const indexes = new Map<string, ProjectIndex>();
    for (const [root, forRoot] of files) indexes.set(root, buildIndex(forRoot));
    return { files, indexes };
  }
}

function buildIndex(files: ReadonlyMap<string, string>): ProjectIndex {
  return buildProjectIndex([...files].map(([filePath, text]) => ({ path: filePath, text })));
}
