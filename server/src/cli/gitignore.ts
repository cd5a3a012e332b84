/**
 * `.gitignore` matching across nested files, as git applies them: each file's patterns are
 * relative to its own folder, deeper files override shallower ones, and `!pattern` re-includes.
 * Files are read from the top folder (the git root, or the project root outside git) down.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';

type Ignore = ignore.Ignore;

export class GitignoreMatcher {
  private readonly perDirectory = new Map<string, Ignore | undefined>();
  private readonly applyingByDirectory = new Map<string, readonly { readonly directory: string; readonly rules: Ignore }[]>();

  /** `topFor(directory)` names the highest folder whose `.gitignore` applies to `directory`. */
  constructor(private readonly topFor: (directory: string) => string) {}

  isIgnored(absolutePath: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const { directory, rules } of this.applying(path.dirname(absolutePath))) {
      const relative = toPosix(path.relative(directory, absolutePath)) + (isDirectory ? '/' : '');
      const result = rules.test(relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /**
   * The ignore files that apply in `directory`, from the top down, worked out once per folder:
   * its files share them, and most folders on the way have none.
   */
  private applying(directory: string): readonly { readonly directory: string; readonly rules: Ignore }[] {
    let list = this.applyingByDirectory.get(directory);
    if (list === undefined) {
      const top = this.topFor(directory);
      list = ancestorsFrom(top, directory).flatMap((ancestor) => {
        const rules = this.rulesFor(ancestor, ancestor === top);
        return rules === undefined ? [] : [{ directory: ancestor, rules }];
      });
      this.applyingByDirectory.set(directory, list);
    }
    return list;
  }

  private rulesFor(directory: string, isTop: boolean): Ignore | undefined {
    const key = `${directory}\0${isTop}`;
    if (this.perDirectory.has(key)) return this.perDirectory.get(key);
    const sources = [readOptional(path.join(directory, '.gitignore'))];
    // The repository's own exclude file applies as if it were a .gitignore at the root.
    if (isTop) sources.unshift(readOptional(path.join(directory, '.git', 'info', 'exclude')));
    const present = sources.filter((text): text is string => text !== undefined);
    // Each text is added on its own: `add` splits a string into lines, but not an array's items.
    const rules = present.length === 0 ? undefined : present.reduce((all, text) => all.add(text), ignore({ ignorecase: false }));
    this.perDirectory.set(key, rules);
    return rules;
  }
}

/** `top`, then each folder down to and including `bottom` (which must lie inside `top`). */
function ancestorsFrom(top: string, bottom: string): string[] {
  const relative = path.relative(top, bottom);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [bottom];
  const chain = [top];
  let current = top;
  for (const part of relative.split(path.sep).filter((segment) => segment.length > 0)) {
    current = path.join(current, part);
    chain.push(current);
  }
  return chain;
}

function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export function toPosix(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
}
