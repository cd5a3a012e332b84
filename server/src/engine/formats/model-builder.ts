/**
 * Collects what a format parser finds and freezes it into a `ConfigModel`. Parsers write into a
 * builder rather than returning a model so that, should one fail half-way, `parseConfigDocument`
 * can still hand rules everything recovered before the failure.
 */
import type { ConfigBlock, ConfigEntry, ConfigFormat, ConfigModel, Range, TemplateTag } from '../contract';
import { KeyPath } from './key-path';

/** Past this many syntax errors the rest are counted, not kept: a binary file can produce one per byte. */
const MAX_ERRORS = 1000;

/**
 * Every entry carries its whole path, so a chain nested n deep costs n²/2 path segments. This
 * caps the total (128 MB of references): a 5,000-level chain fits, a hostile file does not.
 * Entries past the cap are counted and left out.
 */
const MAX_PATH_SEGMENTS = 16_000_000;

/** An entry as parsers hand it over: nested formats pass a shared `KeyPath` rather than an array. */
export type EntryInput = Omit<ConfigEntry, 'path'> & { readonly path: readonly string[] | KeyPath };

interface MutableBlock {
  id: number;
  parentId: number | undefined;
  labels: readonly string[];
  start: number;
  end: number;
}

export class ConfigModelBuilder {
  private readonly entryList: ConfigEntry[] = [];
  private readonly blockList: MutableBlock[] = [];
  private readonly commentList: Range[] = [];
  private readonly errorList: string[] = [];
  private droppedErrors = 0;
  /** `addError` calls so far, kept and dropped. */
  private errorCalls = 0;
  private readonly deferredErrors: { readonly at: number; readonly find: (addError: (message: string, offset?: number) => void) => void }[] = [];
  private pathSegments = 0;
  private droppedEntries = 0;
  /** Set for templates only, so other formats' models carry no `templateTags`. */
  private tagList: TemplateTag[] | undefined;

  /**
   * Adds an entry and returns its index, for `replaceEntry` once a later token completes it, or
   * -1 when the path budget is spent (`replaceEntry` and `entryAt` ignore -1).
   */
  addEntry(entry: EntryInput): number {
    const length = entry.path.length;
    if (this.pathSegments + length > MAX_PATH_SEGMENTS) {
      this.droppedEntries++;
      return -1;
    }
    this.pathSegments += length;
    const path = entry.path instanceof KeyPath ? entry.path.toArray() : entry.path;
    this.entryList.push(withoutUndefined({ ...entry, path }));
    return this.entryList.length - 1;
  }

  entryAt(index: number): ConfigEntry | undefined {
    return this.entryList[index];
  }

  replaceEntry(index: number, entry: ConfigEntry): void {
    if (index >= 0 && index < this.entryList.length) this.entryList[index] = withoutUndefined(entry);
  }

  /** Opens a block whose end is not known yet; `closeBlock` sets it. Returns the block's id. */
  openBlock(labels: readonly string[], start: number, parentId?: number): number {
    const id = this.blockList.length;
    this.blockList.push({ id, parentId, labels, start, end: start });
    return id;
  }

  closeBlock(id: number, end: number): void {
    const block = this.blockList[id];
    if (block !== undefined) block.end = Math.max(block.start, end);
  }

  addComment(start: number, end: number): void {
    if (end > start) this.commentList.push({ start, end });
  }

  /** Marks the model as a template's, so it answers `templateTags()` even with no tags. */
  markTemplate(): void {
    this.tagList ??= [];
  }

  addTemplateTag(tag: TemplateTag): void {
    this.markTemplate();
    this.tagList?.push(tag);
  }

  addError(message: string, offset?: number): void {
    this.errorCalls++;
    if (this.errorList.length >= MAX_ERRORS) {
      this.droppedErrors++;
      return;
    }
    this.errorList.push(errorText(message, offset));
  }

  /**
   * Errors that cost real time to find (YAML's composer re-reads the whole document) and that
   * few callers ever read: `find` runs on the model's first `errors()` call, and what it adds
   * takes the place it would have had if added now. `find` must not throw.
   */
  addDeferredErrors(find: (addError: (message: string, offset?: number) => void) => void): void {
    this.deferredErrors.push({ at: this.errorCalls, find });
  }

  build(format: ConfigFormat): ConfigModel {
    const entries: readonly ConfigEntry[] = [...this.entryList];
    const blocks: readonly ConfigBlock[] = this.blockList.map((block) => toBlock(block));
    const comments: readonly Range[] = [...this.commentList].sort((a, b) => a.start - b.start);
    const errorList = [...this.errorList];
    const deferred = [...this.deferredErrors];
    const droppedErrors = this.droppedErrors;
    const droppedEntries = this.droppedEntries;
    let errors: readonly string[] | undefined;
    const model: ConfigModel = {
      format,
      entries: () => entries,
      blocks: () => blocks,
      comments: () => comments,
      errors: () => (errors ??= mergeErrors(errorList, deferred, droppedErrors, droppedEntries)),
    };
    if (this.tagList === undefined) return model;
    const tags: readonly TemplateTag[] = [...this.tagList];
    return { ...model, templateTags: () => tags };
  }
}

function errorText(message: string, offset: number | undefined): string {
  return offset === undefined ? message : `${message} (offset ${offset})`;
}

/**
 * The error list as if every deferred error had been added in its place: the first MAX_ERRORS
 * kept, the rest counted. Errors `addError` dropped came after MAX_ERRORS kept ones, so they
 * stay dropped.
 */
function mergeErrors(
  eager: readonly string[],
  deferred: readonly { readonly at: number; readonly find: (addError: (message: string, offset?: number) => void) => void }[],
  droppedEager: number,
  droppedEntries: number,
): readonly string[] {
  const errors: string[] = [];
  let dropped = droppedEager;
  const add = (message: string): void => {
    if (errors.length >= MAX_ERRORS) dropped++;
    else errors.push(message);
  };
  let next = 0;
  for (const { at, find } of deferred) {
    while (next < at && next < eager.length) add(eager[next++]!);
    find((message, offset) => add(errorText(message, offset)));
  }
  while (next < eager.length) add(eager[next++]!);
  if (dropped > 0) errors.push(`${dropped} more syntax errors not listed`);
  if (droppedEntries > 0) errors.push(`${droppedEntries} entries nested too deeply to list were left out`);
  return errors;
}

function toBlock(block: MutableBlock): ConfigBlock {
  const range = { start: block.start, end: block.end };
  return block.parentId === undefined
    ? { id: block.id, labels: block.labels, range }
    : { id: block.id, parentId: block.parentId, labels: block.labels, range };
}

/** Optional fields are left out rather than set to undefined, so models compare cleanly in tests. */
function withoutUndefined(entry: ConfigEntry): ConfigEntry {
  const result: { -readonly [K in keyof ConfigEntry]: ConfigEntry[K] } = {
    path: entry.path,
    key: entry.key,
    keyRange: entry.keyRange,
  };
  if (entry.value !== undefined) result.value = entry.value;
  if (entry.valueRange !== undefined) result.valueRange = entry.valueRange;
  if (entry.blockId !== undefined) result.blockId = entry.blockId;
  return result;
}
