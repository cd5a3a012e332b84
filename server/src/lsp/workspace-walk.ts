/**
 * Lists the files of every workspace folder exactly as the CLI's walker does (`.gitignore`,
 * `exclude`, `maxFileSizeKb`, never `node_modules` or `.git`), and decides for a single file
 * whether a walk would have found it, for the rescans that follow file events.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { PartialConfig } from '../engine/config/types';
import { PROJECT_FILE_NAME } from '../engine/config/project-file';
import { GitignoreMatcher } from '../cli/gitignore';
import { NEVER_WALKED, walkFiles, type SkippedPath, type WalkedFile } from '../cli/walk-files';
import type { ProjectContexts } from './project-config';
import type { Folder } from './workspace-folders';

export interface FolderWalk {
  readonly folder: Folder;
  readonly files: readonly WalkedFile[];
  readonly skipped: readonly SkippedPath[];
}

export function walkFolder(folder: Folder, contexts: ProjectContexts, settings: PartialConfig): FolderWalk {
  const walked = walkFiles([folder.path], folder.path, contexts.source(settings));
  const byPath = (a: { absolutePath: string }, b: { absolutePath: string }): number => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0);
  return { folder, files: [...walked.files].sort(byPath), skipped: [...walked.skipped].sort(byPath) };
}

/** The walked form of one file, if a walk of its folder would scan it; undefined if it would be left out. */
export function walkOne(folder: Folder, filePath: string, contexts: ProjectContexts, settings: PartialConfig): WalkedFile | undefined {
  const source = contexts.source(settings);
  const gitignore = new GitignoreMatcher((directory) => source.gitRoot(directory) ?? source.forDirectory(directory, folder.path).root);
  const relative = path.relative(folder.path, filePath).split(path.sep);
  if (relative.some((part) => NEVER_WALKED.has(part)) || path.basename(filePath) === PROJECT_FILE_NAME) return undefined;
  // Every folder on the way down must be walkable too, as the walker would have entered them.
  let directory = folder.path;
  for (const part of relative.slice(0, -1)) {
    directory = path.join(directory, part);
    if (gitignore.isIgnored(directory, true)) return undefined;
  }
  if (gitignore.isIgnored(filePath, false)) return undefined;
  try {
    if (!statSync(filePath).isFile()) return undefined;
    return walkFiles([filePath], folder.path, source).files[0];
  } catch {
    // The file vanished between the event and the walk.
    return undefined;
  }
}
