/** Builds throw-away project folders for the CLI tests from a literal map of paths to contents. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Tree = Readonly<Record<string, string | Uint8Array>>;

export class TempProject {
  readonly root: string;

  constructor(tree: Tree) {
    // realpath: on some systems the temp folder is a symbolic link, and paths are compared as strings.
    this.root = realpathSync(mkdtempSync(path.join(tmpdir(), 'moj-cli-')));
    this.write(tree);
  }

  write(tree: Tree): void {
    for (const [relative, content] of Object.entries(tree)) {
      const file = path.join(this.root, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      if (relative.endsWith('/')) mkdirSync(file, { recursive: true });
      else writeFileSync(file, content);
    }
  }

  path(relative = ''): string {
    return path.join(this.root, relative);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
