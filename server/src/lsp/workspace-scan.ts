/**
 * The workspace scan (`mojSecureCode/scanWorkspace`): walks every workspace folder as the CLI
 * does and publishes diagnostics for the files that are not open (open documents have their own).
 * Once a folder has been scanned its results are kept current: a file created, changed or saved
 * on disk is scanned again, a deleted one loses its diagnostics, a document closed falls back to
 * its file on disk, and a change to the project's facts (index files, project files) rescans the
 * folder.
 */
import type { CancellationToken, TextDocuments, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readSource } from '../cli/read-source';
import type { WalkedFile } from '../cli/walk-files';
import type { Analyzer } from './document-analysis';
import type { Log } from './log';
import type { ProjectContexts } from './project-config';
import type { ScanWorkspaceResult } from './protocol';
import type { PublishedDiagnostics } from './published-diagnostics';
import type { RuleSet } from './rule-set';
import type { EditorSettings, SettingsStore } from './settings';
import { analysisDiagnostics } from './to-diagnostic';
import { walkFolder, walkOne } from './workspace-walk';
import { pathToUri, uriToPath, type Folder, type WorkspaceFolders } from './workspace-folders';

/** Rescans of a whole folder wait this long, so a burst of file events costs one rescan. */
const FOLDER_RESCAN_DELAY_MS = 300;

export interface WorkspaceScanDependencies {
  readonly documents: TextDocuments<TextDocument>;
  readonly folders: WorkspaceFolders;
  readonly settings: SettingsStore;
  readonly contexts: ProjectContexts;
  readonly analyzer: Analyzer;
  readonly ruleSet: RuleSet;
  readonly published: PublishedDiagnostics;
  readonly log: Log;
}

export class WorkspaceScanner {
  /** Folders scanned at least once, by path: their disk diagnostics are kept current. */
  private readonly scanned = new Set<string>();
  private readonly rescanTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly dependencies: WorkspaceScanDependencies) {}

  async scanWorkspace(token: CancellationToken, progress: WorkDoneProgressReporter): Promise<ScanWorkspaceResult> {
    const folders = this.dependencies.folders.all();
    progress.begin('MoJ Secure Code: scanning the workspace', 0, 'listing files', true);
    let files = 0;
    let findings = 0;
    let skipped = 0;
    try {
      const walks = await Promise.all(folders.map(async (folder) => ({ settings: await this.dependencies.settings.forResource(folder.uri), folder })));
      const listed = walks.map(({ folder, settings }) => ({ settings, walk: walkFolder(folder, this.dependencies.contexts, settings.config) }));
      const total = listed.reduce((sum, { walk }) => sum + walk.files.length, 0);
      let done = 0;
      for (const { settings, walk } of listed) {
        this.scanned.add(walk.folder.path);
        skipped += walk.skipped.length;
        for (const file of walk.files) {
          if (token.isCancellationRequested) return { folders: folders.length, files, findings, skipped, cancelled: true };
          const outcome = await this.scanFile(file, settings);
          if (outcome === 'skipped') skipped++;
          else {
            files++;
            findings += outcome;
          }
          done++;
          progress.report(Math.floor((done / Math.max(total, 1)) * 100), `${done} of ${total} files`);
          // Let cancellation, edits and other requests through between files.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      return { folders: folders.length, files, findings, skipped, cancelled: false };
    } finally {
      progress.done();
    }
  }

  /** A file was created or changed on disk (or saved): scan it again if its folder was scanned. */
  async fileChanged(filePath: string): Promise<void> {
    const folder = this.scannedFolderOf(filePath);
    if (folder === undefined) return;
    const settings = await this.dependencies.settings.forResource(folder.uri);
    const file = walkOne(folder, filePath, this.dependencies.contexts, settings.config);
    if (file === undefined) this.dependencies.published.clear(pathToUri(filePath));
    else await this.scanFile(file, settings);
  }

  fileDeleted(uri: string): void {
    if (this.dependencies.documents.get(uri) === undefined) this.dependencies.published.clear(uri);
  }

  /** A document was closed: its diagnostics now come from the file on disk, if its folder was scanned. */
  async documentClosed(uri: string): Promise<void> {
    const filePath = uriToPath(uri);
    if (filePath !== undefined) await this.fileChanged(filePath);
  }

  /** The project's facts changed: rescan every scanned folder, once the burst of events is over. */
  rescanScannedFolders(): void {
    for (const folder of this.dependencies.folders.all()) {
      if (!this.scanned.has(folder.path)) continue;
      const pending = this.rescanTimers.get(folder.path);
      if (pending !== undefined) clearTimeout(pending);
      this.rescanTimers.set(
        folder.path,
        setTimeout(() => {
          this.rescanTimers.delete(folder.path);
          this.rescanFolder(folder).catch((error: unknown) => this.dependencies.log.failure(`Rescanning ${folder.path}`, error));
        }, FOLDER_RESCAN_DELAY_MS),
      );
    }
  }

  folderRemoved(folder: Folder): void {
    this.scanned.delete(folder.path);
  }

  private async rescanFolder(folder: Folder): Promise<void> {
    const settings = await this.dependencies.settings.forResource(folder.uri);
    for (const file of walkFolder(folder, this.dependencies.contexts, settings.config).files) {
      await this.scanFile(file, settings);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Scans one walked file from disk and publishes its diagnostics; open documents are left to their own pipeline. */
  private async scanFile(file: WalkedFile, settings: EditorSettings): Promise<number | 'skipped'> {
    const uri = pathToUri(file.absolutePath);
    const open = this.dependencies.documents.get(uri);
    if (open !== undefined) {
      const analysis = await this.dependencies.analyzer.analyse(open);
      return analysis.kind === 'findings' ? analysis.result.findings.length : 0;
    }
    const read = readSource(file.absolutePath, file.context.config.maxFileSizeKb);
    if (read.kind === 'skipped') {
      this.dependencies.published.clear(uri);
      return 'skipped';
    }
    const analysis = await this.dependencies.analyzer.analyseText({ uri, text: read.text }, settings);
    // The file may have been opened while it was being scanned.
    if (this.dependencies.documents.get(uri) !== undefined) return 0;
    const diagnostics = analysisDiagnostics(analysis, this.dependencies.ruleSet);
    if (diagnostics.length === 0) this.dependencies.published.clear(uri);
    else this.dependencies.published.publish(uri, diagnostics);
    return analysis.kind === 'findings' ? analysis.result.findings.length : 0;
  }

  private scannedFolderOf(filePath: string): Folder | undefined {
    const folder = this.dependencies.folders.folderFor(filePath);
    return folder !== undefined && this.scanned.has(folder.path) ? folder : undefined;
  }
}
