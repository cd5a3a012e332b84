/**
 * Shared reading of infrastructure-as-code for the access and infrastructure rules: Terraform
 * resources (blocks, their attributes, nested blocks and list items) and CloudFormation resources
 * (YAML or JSON templates), over the engine's config model. Not a rule: it only answers "which
 * resource is this, and what does it set", so each rule can say what is insecure.
 */
import type { ConfigBlock, ConfigEntry, ConfigModel, Range } from '../../engine/contract';

const SEPARATOR = '\u0000';

function joinPath(path: readonly string[]): string {
  return path.join(SEPARATOR);
}

/** Entries of one document (or one Terraform block) by path: lookups and children. */
export class EntryTree {
  private readonly byPath = new Map<string, ConfigEntry>();
  private readonly childrenByPath = new Map<string, ConfigEntry[]>();

  constructor(entries: readonly ConfigEntry[]) {
    for (const entry of entries) {
      const key = joinPath(entry.path);
      if (!this.byPath.has(key)) this.byPath.set(key, entry);
      const parent = joinPath(entry.path.slice(0, -1));
      const siblings = this.childrenByPath.get(parent);
      if (siblings === undefined) this.childrenByPath.set(parent, [entry]);
      else siblings.push(entry);
    }
  }

  get(path: readonly string[]): ConfigEntry | undefined {
    return this.byPath.get(joinPath(path));
  }

  children(path: readonly string[]): readonly ConfigEntry[] {
    return this.childrenByPath.get(joinPath(path)) ?? [];
  }

  /** The scalar at `path`, or the scalars of the list at `path` (one level down). */
  scalars(path: readonly string[]): readonly ConfigEntry[] {
    const entry = this.get(path);
    if (entry === undefined) return [];
    if (entry.value !== undefined) return [entry];
    return this.children(path).filter((child) => child.value !== undefined);
  }

  all(): IterableIterator<ConfigEntry> {
    return this.byPath.values();
  }
}

/** Groups entries by the block (Terraform block, YAML document) they belong to. */
export function treesByBlock(config: ConfigModel): ReadonlyMap<number | undefined, EntryTree> {
  const groups = new Map<number | undefined, ConfigEntry[]>();
  for (const entry of config.entries()) {
    const group = groups.get(entry.blockId);
    if (group === undefined) groups.set(entry.blockId, [entry]);
    else group.push(entry);
  }
  const trees = new Map<number | undefined, EntryTree>();
  for (const [blockId, entries] of groups) trees.set(blockId, new EntryTree(entries));
  return trees;
}

// ---------------------------------------------------------------------------------------------
// Terraform
// ---------------------------------------------------------------------------------------------

export interface TerraformBlock {
  readonly block: ConfigBlock;
  /** The entry path of the block's own attributes, minus the attribute name. */
  readonly path: readonly string[];
  /** `resource` / `data` type and name for top-level blocks; the outermost block's for nested ones. */
  readonly resourceType: string;
  readonly resourceName: string;
  /** The range of the outermost block's type label (`aws_db_instance`, inside the quotes). */
  readonly typeRange: Range;
}

export class TerraformFile {
  private readonly blocksById = new Map<number, TerraformBlock>();
  private readonly childBlocks = new Map<number, ConfigBlock[]>();
  private readonly attributesByBlock = new Map<number, ConfigEntry[]>();
  private readonly trees: ReadonlyMap<number | undefined, EntryTree>;

  constructor(
    readonly text: string,
    readonly config: ConfigModel,
  ) {
    this.trees = treesByBlock(config);
    for (const block of config.blocks()) {
      const parent = block.parentId === undefined ? undefined : this.blocksById.get(block.parentId);
      const path = [...(parent?.path ?? []), ...block.labels];
      const [kind = '', type = '', name = ''] = block.labels;
      const typeRange = parent?.typeRange ?? labelRange(text, block.range.start, type);
      this.blocksById.set(block.id, {
        block,
        path,
        resourceType: parent?.resourceType ?? (kind === 'resource' || kind === 'data' ? type : ''),
        resourceName: parent?.resourceName ?? (kind === 'resource' || kind === 'data' ? name : ''),
        typeRange,
      });
      if (block.parentId !== undefined) {
        const siblings = this.childBlocks.get(block.parentId);
        if (siblings === undefined) this.childBlocks.set(block.parentId, [block]);
        else siblings.push(block);
      }
    }
    for (const entry of config.entries()) {
      if (entry.blockId === undefined) continue;
      const owner = this.blocksById.get(entry.blockId);
      if (owner === undefined || entry.path.length !== owner.path.length + 1) continue;
      const list = this.attributesByBlock.get(entry.blockId);
      if (list === undefined) this.attributesByBlock.set(entry.blockId, [entry]);
      else list.push(entry);
    }
  }

  /** Top-level `resource` (or `data`) blocks, optionally of some types. */
  resources(kind: 'resource' | 'data', types?: ReadonlySet<string>): TerraformBlock[] {
    const found: TerraformBlock[] = [];
    for (const view of this.blocksById.values()) {
      const { labels, parentId } = view.block;
      if (parentId !== undefined || labels[0] !== kind || labels.length !== 3) continue;
      if (types === undefined || types.has(labels[1] ?? '')) found.push(view);
    }
    return found;
  }

  /** Top-level `module "name" {}` blocks. */
  modules(): TerraformBlock[] {
    return [...this.blocksById.values()].filter((view) => view.block.parentId === undefined && view.block.labels[0] === 'module' && view.block.labels.length === 2);
  }

  view(blockId: number): TerraformBlock | undefined {
    return this.blocksById.get(blockId);
  }

  /** A block's own attribute (not one of a nested block's). */
  attribute(block: TerraformBlock, name: string): ConfigEntry | undefined {
    return this.attributesByBlock.get(block.block.id)?.find((entry) => entry.key === name);
  }

  attributes(block: TerraformBlock): readonly ConfigEntry[] {
    return this.attributesByBlock.get(block.block.id) ?? [];
  }

  /** Nested blocks of a type, e.g. every `ingress` of a security group. */
  children(block: TerraformBlock, type: string): TerraformBlock[] {
    const children = this.childBlocks.get(block.block.id) ?? [];
    return children
      .filter((child) => child.labels[0] === type)
      .map((child) => this.blocksById.get(child.id))
      .filter((child): child is TerraformBlock => child !== undefined);
  }

  /** Every nested block, whatever its type. */
  allChildren(block: TerraformBlock): TerraformBlock[] {
    return (this.childBlocks.get(block.block.id) ?? [])
      .map((child) => this.blocksById.get(child.id))
      .filter((child): child is TerraformBlock => child !== undefined);
  }

  /** The entries of a block, including items inside its attributes' values (`jsonencode({...})`). */
  tree(block: TerraformBlock): EntryTree {
    return this.trees.get(block.block.id) ?? new EntryTree([]);
  }

  /** The scalar of an attribute, or each scalar item of its list value. */
  scalars(block: TerraformBlock, name: string): readonly ConfigEntry[] {
    return this.tree(block).scalars([...block.path, name]);
  }

  /** Whether a value was written as a quoted string (or heredoc), not an expression like `var.x`. */
  isLiteralString(entry: ConfigEntry): boolean {
    const range = entry.valueRange;
    return range !== undefined && this.text.charAt(range.start - 1) === '"' && this.text.charAt(range.end) === '"';
  }
}

/** The range of a block's type label inside its quotes, searched from the block's start. */
function labelRange(text: string, blockStart: number, label: string): Range {
  const quoted = `"${label}"`;
  const at = label === '' ? -1 : text.indexOf(quoted, blockStart);
  if (at < 0 || at > blockStart + 200) return blockKeywordRange(text, blockStart);
  return { start: at + 1, end: at + 1 + label.length };
}

/** The range of a block's type keyword (`root_block_device` in `root_block_device {`). */
export function blockKeywordRange(text: string, blockStart: number): Range {
  let end = blockStart;
  while (end < text.length && text.charAt(end) !== ' ' && text.charAt(end) !== '{' && text.charAt(end) !== '\n') end++;
  return { start: blockStart, end: Math.max(end, blockStart + 1) };
}

/** The line break and indentation to insert a new attribute as the first line of a block's body. */
export function firstLineInsertion(text: string, block: ConfigBlock, line: string): { at: number; newText: string } | undefined {
  const brace = text.indexOf('{', block.range.start);
  if (brace < 0 || brace >= block.range.end) return undefined;
  const lineStart = text.lastIndexOf('\n', block.range.start) + 1;
  const outer = leadingWhitespace(text, lineStart);
  const nextLineStart = text.indexOf('\n', brace) + 1;
  const inner = nextLineStart > 0 && nextLineStart < block.range.end ? leadingWhitespace(text, nextLineStart) : '';
  const indent = inner.length > outer.length ? inner : `${outer}${outer.includes('\t') ? '\t' : '  '}`;
  return { at: brace + 1, newText: `${lineBreakOf(text)}${indent}${line}` };
}

/** The file's own line break, so an inserted line keeps CRLF files CRLF. */
export function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function leadingWhitespace(text: string, from: number): string {
  let end = from;
  while (end < text.length && (text.charAt(end) === ' ' || text.charAt(end) === '\t')) end++;
  return text.slice(from, end);
}

// ---------------------------------------------------------------------------------------------
// CloudFormation
// ---------------------------------------------------------------------------------------------

export interface CloudFormationResource {
  readonly tree: EntryTree;
  readonly name: string;
  readonly type: string;
  readonly typeEntry: ConfigEntry;
  /** Path of `Properties`. */
  readonly properties: readonly string[];
}

/** `Resources: { Name: { Type: AWS::..., Properties: {...} } }` in a YAML or JSON template. */
export function cloudFormationResources(config: ConfigModel, types?: ReadonlySet<string>): CloudFormationResource[] {
  const resources: CloudFormationResource[] = [];
  for (const tree of treesByBlock(config).values()) {
    for (const entry of tree.children(['Resources'])) {
      const name = entry.key;
      const typeEntry = tree.get(['Resources', name, 'Type']);
      const type = typeEntry?.value;
      if (typeEntry === undefined || type === undefined || !type.includes('::')) continue;
      if (types !== undefined && !types.has(type)) continue;
      resources.push({ tree, name, type, typeEntry, properties: ['Resources', name, 'Properties'] });
    }
  }
  return resources;
}

/** The range to flag when a required setting is missing from a CloudFormation resource: its type. */
export function cloudFormationAnchor(resource: CloudFormationResource): Range {
  return resource.typeEntry.valueRange ?? resource.typeEntry.keyRange;
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

export function isFalse(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'false';
}

export function isTrue(value: string | undefined): boolean {
  return value !== undefined && value.trim().toLowerCase() === 'true';
}

/** A whole number written literally, or undefined for an expression (`var.port`). */
export function integerOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const digits = text.startsWith('-') ? text.slice(1) : text;
  if (digits === '' || digits.length > 12 || ![...digits].every((character) => character >= '0' && character <= '9')) return undefined;
  return Number(text);
}
