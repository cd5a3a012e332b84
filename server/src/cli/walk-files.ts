/**
 * Lists the files a scan reads. Folders are walked honouring `.gitignore` files (nested ones
 * too) and the configuration's `exclude` globs; `node_modules` and `.git` are never entered, and
 * symbolic links are not followed, so a link loop cannot trap the walk. Files the engine has no
 * reader for are left out silently when found by walking, and reported when named explicitly.
 * Files over `maxFileSizeKb` are reported as skipped with the reason.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { LanguageId } from '../engine/contract';
import { detectLanguage } from '../engine/languages/detect';
import { PROJECT_FILE_NAME } from '../engine/config/project-file';
import { UsageError } from './args';
import { GitignoreMatcher, toPosix } from './gitignore';
import type { FileContext } from './project-context';
import { readHead, tooLargeReason } from './read-source';

export interface WalkedFile {
  readonly absolutePath: string;
  readonly context: FileContext;
  /** Relative to `context.root`, `/`-separated: the path the engine and fingerprints use. */
  readonly projectPath: string;
  readonly language: LanguageId;
}

export interface SkippedPath {
  readonly absolutePath: string;
  readonly reason: string;
}

export interface WalkResult {
  /** In no particular order; callers sort by the path they display. */
  readonly files: readonly WalkedFile[];
  readonly skipped: readonly SkippedPath[];
}

export interface ContextSource {
  forDirectory(directory: string, fallbackRoot: string): FileContext;
  gitRoot(directory: string): string | undefined;
}

/** Folders never entered, whatever the ignore files say. */
export const NEVER_WALKED = new Set(['node_modules', '.git']);
/** Enough of an extension-less file to read its shebang. */
const SHEBANG_BYTES = 256;

/**
 * The `exclude` globs as one test of a root-relative path. A glob without a slash matches the
 * name at any depth, as in .gitignore; a glob with one matches the whole relative path. They are
 * compiled apart because picomatch's `basename` option also applies to globs with slashes, and
 * then `samples/**` would match nothing.
 */
export function excludeMatcher(globs: readonly string[]): (relativePath: string) => boolean {
  const byName = globs.filter((glob) => !glob.includes('/'));
  const byPath = globs.filter((glob) => glob.includes('/')).map((glob) => (glob.startsWith('./') ? glob.slice(2) : glob));
  const nameMatches = byName.length === 0 ? () => false : picomatch(byName, { dot: true, basename: true });
  const pathMatches = byPath.length === 0 ? () => false : picomatch(byPath, { dot: true });
  return (relativePath) => nameMatches(relativePath) || pathMatches(relativePath);
}

export function walkFiles(inputs: readonly string[], cwd: string, contexts: ContextSource): WalkResult {
  const files = new Map<string, WalkedFile>();
  const skipped = new Map<string, SkippedPath>();
  const excludeMatchers = new WeakMap<readonly string[], (relativePath: string) => boolean>();
  const isExcluded = (context: FileContext, absolutePath: string): boolean => {
    const relative = toPosix(path.relative(context.root, absolutePath));
    let matcher = excludeMatchers.get(context.config.exclude);
    if (matcher === undefined) {
      matcher = excludeMatcher(context.config.exclude);
      excludeMatchers.set(context.config.exclude, matcher);
    }
    return relative.length > 0 && !relative.startsWith('..') && matcher(relative);
  };

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new UsageError(`path not found: ${input}`);
    }
    const fallbackRoot = isInside(cwd, absolute) ? cwd : isDirectory ? absolute : path.dirname(absolute);
    const gitignore = new GitignoreMatcher(
      (directory) => contexts.gitRoot(directory) ?? contexts.forDirectory(directory, fallbackRoot).root,
    );

    const consider = (file: string, explicit: boolean): void => {
      if (files.has(file) || skipped.has(file)) return;
      const context = contexts.forDirectory(path.dirname(file), fallbackRoot);
      if (isExcluded(context, file)) return;
      const projectPath = toPosix(path.relative(context.root, file));
      const language = languageOf(file, projectPath);
      if (language === undefined) {
        if (explicit) skipped.set(file, { absolutePath: file, reason: 'not a file kind this tool reads' });
        return;
      }
      let size: number;
      try {
        size = statSync(file).size;
      } catch (error) {
        skipped.set(file, { absolutePath: file, reason: `could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
        return;
      }
      const tooLarge = tooLargeReason(size, context.config.maxFileSizeKb);
      if (tooLarge !== undefined) {
        skipped.set(file, { absolutePath: file, reason: tooLarge });
        return;
      }
      files.set(file, { absolutePath: file, context, projectPath, language });
    };

    if (!isDirectory) {
      consider(absolute, true);
      continue;
    }
    // An explicit stack rather than recursion: a very deep tree must not overflow the call stack.
    const pending = [absolute];
    while (pending.length > 0) {
      const directory = pending.pop()!;
      const context = contexts.forDirectory(directory, fallbackRoot);
      for (const entry of readEntries(directory)) {
        const child = path.join(directory, entry.name);
        if (entry.isDirectory()) {
          if (NEVER_WALKED.has(entry.name)) continue;
          if (gitignore.isIgnored(child, true) || isExcluded(context, child)) continue;
          pending.push(child);
        } else if (entry.isFile()) {
          // The tool's own configuration is read, not scanned.
          if (entry.name === PROJECT_FILE_NAME || gitignore.isIgnored(child, false)) continue;
          consider(child, false);
        }
      }
    }
  }
  return { files: [...files.values()], skipped: [...skipped.values()] };
}

function readEntries(directory: string): Dirent[] {
  try {
    return readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    // A folder that vanished or cannot be listed is simply not walked.
    return [];
  }
}

/** Detected from the project path, as the engine does; extension-less files by their shebang. */
function languageOf(absolutePath: string, projectPath: string): LanguageId | undefined {
  const byName = detectLanguage(projectPath);
  if (byName !== undefined || path.basename(projectPath).includes('.')) return byName;
  return detectLanguage(projectPath, readHead(absolutePath, SHEBANG_BYTES));
}

export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
