/**
 * The commit checked out in the git work tree holding a folder, read from `.git` directly: the
 * report records it as evidence of what was scanned, and the CLI starts no other process.
 * Anything unexpected (no repository, a detached worktree we cannot follow, a corrupt ref)
 * gives `undefined`, and the report says the commit was not recorded.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function gitCommit(folder: string): string | undefined {
  const gitDir = findGitDir(path.resolve(folder));
  if (gitDir === undefined) return undefined;
  const head = readText(path.join(gitDir, 'HEAD'))?.trim();
  if (head === undefined) return undefined;
  if (SHA.test(head)) return head;
  if (!head.startsWith('ref: ')) return undefined;
  return resolveRef(gitDir, head.slice('ref: '.length).trim());
}

/** `.git` is a folder, or in a linked worktree or submodule a file saying `gitdir: <path>`. */
function findGitDir(start: string): string | undefined {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, '.git');
    const kind = kindOf(candidate);
    if (kind === 'directory') return candidate;
    if (kind === 'file') {
      const pointer = readText(candidate)?.trim();
      if (pointer?.startsWith('gitdir: ') !== true) return undefined;
      return path.resolve(folder, pointer.slice('gitdir: '.length).trim());
    }
    if (path.dirname(folder) === folder) return undefined;
  }
}

/** Loose ref first, then `packed-refs`; linked worktrees keep shared refs in the common folder. */
function resolveRef(gitDir: string, ref: string): string | undefined {
  if (!ref.startsWith('refs/') || ref.split('/').includes('..')) return undefined;
  const common = readText(path.join(gitDir, 'commondir'))?.trim();
  const folders = common === undefined ? [gitDir] : [gitDir, path.resolve(gitDir, common)];
  for (const folder of folders) {
    const loose = readText(path.join(folder, ref))?.trim();
    if (loose !== undefined && SHA.test(loose)) return loose;
    const packed = readText(path.join(folder, 'packed-refs'));
    if (packed === undefined) continue;
    for (const line of packed.split('\n')) {
      const [sha, name] = line.trim().split(' ');
      if (name === ref && sha !== undefined && SHA.test(sha)) return sha;
    }
  }
  return undefined;
}

function kindOf(file: string): 'file' | 'directory' | undefined {
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
