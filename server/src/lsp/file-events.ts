/**
 * Files changing on disk: `workspace/didChangeWatchedFiles` (the client watches `.properties`,
 * lockfiles, Terraform and project files) and the file operations the editor performs (create,
 * delete, rename of any file). Project files and index files change the project's facts, so
 * every open document is analysed again; any file event keeps the workspace scan current.
 */
import path from 'node:path';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { PROJECT_FILE_NAME } from '../engine/config/project-file';
import { isProjectIndexFile } from '../engine/project/project-index';
import type { ProjectFiles } from './project-config';
import type { ProjectIndexStore } from './project-index-store';
import type { PublishedDiagnostics } from './published-diagnostics';
import type { SettingsStore } from './settings';
import type { WorkspaceScanner } from './workspace-scan';
import { uriToPath, type WorkspaceFolders } from './workspace-folders';

export interface FileEventDependencies {
  readonly folders: WorkspaceFolders;
  readonly settings: SettingsStore;
  readonly projectFiles: ProjectFiles;
  readonly indexes: ProjectIndexStore;
  readonly scanner: WorkspaceScanner;
  readonly published: PublishedDiagnostics;
  /** Called once per batch of events that changed configuration or project facts. */
  readonly factsChanged: () => void;
  /** Shows a project file's errors on it (or clears them), when it is not open. */
  readonly reportProjectFile: (file: string) => void;
}

export class FileEvents {
  constructor(private readonly dependencies: FileEventDependencies) {}

  async changed(changes: readonly FileEvent[]): Promise<void> {
    let factsChanged = false;
    for (const change of changes) {
      const filePath = uriToPath(change.uri);
      if (filePath === undefined) continue;
      const deleted = change.type === FileChangeType.Deleted;
      if (path.basename(filePath) === PROJECT_FILE_NAME) {
        this.projectFileChanged(filePath, change.type);
        factsChanged = true;
        if (deleted) this.dependencies.published.clear(change.uri);
        else this.dependencies.reportProjectFile(filePath);
        continue;
      }
      if (isProjectIndexFile(filePath)) factsChanged = (await this.indexFileChanged(filePath, deleted)) || factsChanged;
      if (deleted) this.dependencies.scanner.fileDeleted(change.uri);
      else this.dependencies.scanner.fileChanged(filePath);
    }
    if (factsChanged) this.dependencies.factsChanged();
  }

  created(uris: readonly string[]): Promise<void> {
    return this.changed(uris.map((uri) => ({ uri, type: FileChangeType.Created })));
  }

  deleted(uris: readonly string[]): Promise<void> {
    return this.changed(uris.map((uri) => ({ uri, type: FileChangeType.Deleted })));
  }

  renamed(renames: readonly { readonly oldUri: string; readonly newUri: string }[]): Promise<void> {
    return this.changed(
      renames.flatMap((rename) => [
        { uri: rename.oldUri, type: FileChangeType.Deleted },
        { uri: rename.newUri, type: FileChangeType.Created },
      ]),
    );
  }

  private projectFileChanged(filePath: string, type: FileChangeType): void {
    if (type === FileChangeType.Changed) {
      this.dependencies.projectFiles.changed(filePath);
      return;
    }
    // A project file appearing or going moves project roots: every folder index is rebuilt.
    this.dependencies.projectFiles.layoutChanged();
    this.dependencies.indexes.forget();
  }

  private async indexFileChanged(filePath: string, deleted: boolean): Promise<boolean> {
    const folder = this.dependencies.folders.folderFor(filePath);
    if (folder === undefined) return false;
    const settings = await this.dependencies.settings.forResource(folder.uri);
    return this.dependencies.indexes.fileChanged(folder, filePath, deleted, settings.config);
  }
}
