/**
 * The workspace folders the client opened (none, one, or several in a multi-root workspace), and
 * conversion between `file:` URIs and paths. Documents outside every folder, or with no file
 * behind them (`untitled:`), are still analysed: their project root is their own folder.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceFolder, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { isInside } from '../cli/walk-files';

export interface Folder {
  readonly uri: string;
  readonly path: string;
  readonly name: string;
}

/** The path of a `file:` URI, or undefined for any other scheme. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}

export class WorkspaceFolders {
  private folders: Folder[] = [];

  /** From `initialize`: the folders, or the old single `rootUri`, or nothing at all. */
  reset(folders: readonly WorkspaceFolder[] | null | undefined, rootUri: string | null | undefined): void {
    const given = folders ?? (rootUri ? [{ uri: rootUri, name: path.basename(uriToPath(rootUri) ?? rootUri) }] : []);
    this.folders = given.flatMap((folder) => toFolder(folder));
  }

  change(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((folder) => folder.uri));
    this.folders = [...this.folders.filter((folder) => !removed.has(folder.uri)), ...event.added.flatMap((folder) => toFolder(folder))];
  }

  all(): readonly Folder[] {
    return this.folders;
  }

  /** The innermost folder holding the path (folders may nest in a multi-root workspace). */
  folderFor(filePath: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.folders) {
      if (isInside(folder.path, filePath) && (best === undefined || folder.path.length > best.path.length)) best = folder;
    }
    return best;
  }
}

function toFolder(folder: WorkspaceFolder): Folder[] {
  const folderPath = uriToPath(folder.uri);
  return folderPath === undefined ? [] : [{ uri: folder.uri, path: folderPath, name: folder.name }];
}
