/**
 * The workspace scan (`mojSecureCode/scanWorkspace`): walks every workspace folder as the CLI
 * does and publishes diagnostics for the files that are not open (open documents have their own).
 * Once a folder has been scanned its results are kept current: a file created, changed or saved
 * on disk is scanned again, a deleted one loses its diagnostics, a document closed falls back to
 * its file on disk, and a change to the project's facts (index files, project files) rescans the
 * folder. Files read from disk are analysed on worker threads in a child process
 * (workspace-scan-pool.ts), which ends when the scan, rescan or batch of changed files is over.
 */
import type { CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { ScanWorkspaceResult } from './protocol';
import type { SettingsStore } from './settings';
import { scanDiskFiles, WorkspaceDependencyData, type DiskFile, type DiskScanDependencies } from './workspace-scan-pool';
import { walkFolder, walkOne } from './workspace-walk';
import { pathToUri, uriToPath, type Folder } from './workspace-folders';

/** Rescans of a whole folder wait this long, so a burst of file events costs one rescan. */
const FOLDER_RESCAN_DELAY_MS = 300;
/** Files changed on disk are collected this long, so a burst of them (a checkout) starts one set of threads. */
const CHANGED_FILES_DELAY_MS = 100;

/** What the disk scan needs, except the eolData/advisories cache the scanner keeps itself, and the settings. */
export interface WorkspaceScanDependencies extends Omit<DiskScanDependencies, 'dependencyData'> {
  readonly settings: SettingsStore;
}

export class WorkspaceScanner {
  /** Folders scanned at least once, by path: their disk diagnostics are kept current. */
  private readonly scanned = new Set<string>();
  private readonly rescanTimers = new Map<string, NodeJS.Timeout>();
  private folderRescans: Promise<void> = Promise.resolve();
  private readonly disk: DiskScanDependencies;
  /** Files changed on disk and waiting to be scanned again, by path. */
  private readonly changedFiles = new Set<string>();
  private changedTimer: NodeJS.Timeout | undefined;
  /** One batch of changed files at a time, so an older result never lands after a newer one. */
  private changedRunning = false;

  constructor(private readonly dependencies: WorkspaceScanDependencies) {
    this.disk = { ...dependencies, dependencyData: new WorkspaceDependencyData((message) => dependencies.log.warn(message)) };
  }

  async scanWorkspace(token: CancellationToken, progress: WorkDoneProgressReporter): Promise<ScanWorkspaceResult> {
    const folders = this.dependencies.folders.all();
    progress.begin('MoJ Secure Code: scanning the workspace', 0, 'listing files', true);
    let files = 0;
    let findings = 0;
    let skipped = 0;
    try {
      const walks = await Promise.all(folders.map(async (folder) => ({ settings: await this.dependencies.settings.forResource(folder.uri), folder })));
      const listed: DiskFile[] = [];
      for (const { folder, settings } of walks) {
        const walk = walkFolder(folder, this.dependencies.contexts, settings.config);
        this.scanned.add(folder.path);
        skipped += walk.skipped.length;
        for (const file of walk.files) listed.push({ file, settings });
      }
      let done = 0;
      const completed = await scanDiskFiles(listed, this.disk, {
        token,
        onOutcome: (outcome) => {
          if (outcome === 'skipped') skipped++;
          else {
            files++;
            findings += outcome;
          }
          done++;
          progress.report(Math.floor((done / Math.max(listed.length, 1)) * 100), `${done} of ${listed.length} files`);
        },
      });
      return { folders: folders.length, files, findings, skipped, cancelled: !completed };
    } finally {
      progress.done();
    }
  }

  /** A file was created or changed on disk (or saved): scan it again soon, with others changed about then, if its folder was scanned. */
  fileChanged(filePath: string): void {
    if (this.scannedFolderOf(filePath) === undefined) return;
    this.changedFiles.add(filePath);
    this.scheduleChangedFiles();
  }

  fileDeleted(uri: string): void {
    const filePath = uriToPath(uri);
    if (filePath !== undefined) this.changedFiles.delete(filePath);
    if (this.dependencies.documents.get(uri) === undefined) this.dependencies.published.clear(uri);
  }

  /** A document was closed: its diagnostics now come from the file on disk, if its folder was scanned. */
  documentClosed(uri: string): void {
    const filePath = uriToPath(uri);
    if (filePath !== undefined) this.fileChanged(filePath);
  }

  /**
   * The project's facts changed (settings, trust, project or index files): rescan every scanned
   * folder, once the burst of events is over, with the `eolData` and `advisories` files read again.
   */
  rescanScannedFolders(): void {
    this.disk.dependencyData.clear();
    for (const folder of this.dependencies.folders.all()) {
      if (!this.scanned.has(folder.path)) continue;
      const pending = this.rescanTimers.get(folder.path);
      if (pending !== undefined) clearTimeout(pending);
      this.rescanTimers.set(
        folder.path,
        setTimeout(() => {
          this.rescanTimers.delete(folder.path);
          // One folder at a time: each rescan starts its own threads.
          this.folderRescans = this.folderRescans
            .then(() => this.rescanFolder(folder))
            .catch((error: unknown) => this.dependencies.log.failure(`Rescanning ${folder.path}`, error));
        }, FOLDER_RESCAN_DELAY_MS),
      );
    }
  }

  folderRemoved(folder: Folder): void {
    this.scanned.delete(folder.path);
  }

  private async rescanFolder(folder: Folder): Promise<void> {
    const settings = await this.dependencies.settings.forResource(folder.uri);
    // The folder may have been removed while an earlier rescan ran.
    if (!this.scanned.has(folder.path)) return;
    const walk = walkFolder(folder, this.dependencies.contexts, settings.config);
    await scanDiskFiles(
      walk.files.map((file) => ({ file, settings })),
      this.disk,
    );
  }

  private scheduleChangedFiles(): void {
    if (this.changedTimer !== undefined || this.changedRunning) return;
    this.changedTimer = setTimeout(() => {
      this.changedTimer = undefined;
      this.changedRunning = true;
      this.rescanChangedFiles()
        .catch((error: unknown) => this.dependencies.log.failure('Rescanning changed files', error))
        .finally(() => {
          this.changedRunning = false;
          // Files that changed while this batch ran make the next one.
          if (this.changedFiles.size > 0) this.scheduleChangedFiles();
        });
    }, CHANGED_FILES_DELAY_MS);
  }

  private async rescanChangedFiles(): Promise<void> {
    const paths = [...this.changedFiles].sort();
    this.changedFiles.clear();
    const files: DiskFile[] = [];
    for (const filePath of paths) {
      const folder = this.scannedFolderOf(filePath);
      if (folder === undefined) continue;
      const settings = await this.dependencies.settings.forResource(folder.uri);
      const file = walkOne(folder, filePath, this.dependencies.contexts, settings.config);
      if (file === undefined) this.dependencies.published.clear(pathToUri(filePath));
      else files.push({ file, settings });
    }
    await scanDiskFiles(files, this.disk);
  }

  private scannedFolderOf(filePath: string): Folder | undefined {
    const folder = this.dependencies.folders.folderFor(filePath);
    return folder !== undefined && this.scanned.has(folder.path) ? folder : undefined;
  }
}
