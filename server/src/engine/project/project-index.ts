/**
 * Read-only facts about the whole project that single-file rules need: Java properties (for
 * `getProperty("key")`), lockfiles beside manifests, Terraform resources defined in other files,
 * and which files exist. The CLI walks the project and hands every path in; only the files
 * `isProjectIndexFile` names need their text, the others come with text ''.
 */
import type { ProjectIndex, TerraformResource } from '../contract';
import { parseConfigDocument } from '../formats/parse-config';

/** Lockfiles by exact file name, across the ecosystems the dependency rules read. */
const LOCKFILE_NAMES: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'poetry.lock',
  'Pipfile.lock',
  'go.sum',
  'Gemfile.lock',
  'composer.lock',
  'packages.lock.json',
  'gradle.lockfile',
]);

export interface ProjectFile {
  /** Relative to the project root, `/`-separated. */
  readonly path: string;
  readonly text: string;
}

/** Whether the index needs this file's text, so the CLI reads only those. */
export function isProjectIndexFile(path: string): boolean {
  const name = fileName(normalisePath(path));
  return name.endsWith('.properties') || name.endsWith('.tf') || LOCKFILE_NAMES.has(name);
}

export function buildProjectIndex(files: Iterable<ProjectFile>): ProjectIndex {
  const paths = new Set<string>();
  const indexed: ProjectFile[] = [];
  for (const file of files) {
    const path = normalisePath(file.path);
    paths.add(path);
    if (isProjectIndexFile(path)) indexed.push({ path, text: file.text });
  }
  // Sorting first makes "the first file that defines a key wins" independent of walk order.
  indexed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const properties = new Map<string, string>();
  const lockfiles = new Map<string, string>();
  const resources: TerraformResource[] = [];
  for (const file of indexed) {
    const name = fileName(file.path);
    if (name.endsWith('.properties')) addProperties(file.text, properties);
    else if (name.endsWith('.tf')) addTerraformResources(file, resources);
    else lockfiles.set(file.path, file.text);
  }

  return {
    property: (key) => properties.get(key),
    lockfiles: () => lockfiles,
    terraformResources: (type) => (type === undefined ? resources : resources.filter((resource) => resource.type === type)),
    hasSibling: (relativePath, siblingName) => {
      const folder = folderOf(normalisePath(relativePath));
      return paths.has(folder === '' ? siblingName : `${folder}/${siblingName}`);
    },
  };
}

export const EMPTY_PROJECT_INDEX: ProjectIndex = buildProjectIndex([]);

function addProperties(text: string, properties: Map<string, string>): void {
  for (const entry of parseConfigDocument(text, 'properties').entries()) {
    if (!properties.has(entry.key)) properties.set(entry.key, entry.value ?? '');
  }
}

/** `resource "type" "name" { attr = value }` at the top level of a file; nested blocks are left out. */
function addTerraformResources(file: ProjectFile, resources: TerraformResource[]): void {
  const model = parseConfigDocument(file.text, 'terraform');
  const attributesByBlock = new Map<number, Map<string, string>>();
  for (const entry of model.entries()) {
    // A top-level attribute's path is exactly [resource, type, name, attribute].
    if (entry.blockId === undefined || entry.path.length !== 4 || entry.path[0] !== 'resource') continue;
    const attributes = attributesByBlock.get(entry.blockId) ?? new Map<string, string>();
    const value = entry.value ?? (entry.valueRange === undefined ? '' : file.text.slice(entry.valueRange.start, entry.valueRange.end));
    attributes.set(entry.key, value);
    attributesByBlock.set(entry.blockId, attributes);
  }
  for (const block of model.blocks()) {
    const [kind, type, name] = block.labels;
    if (block.parentId !== undefined || kind !== 'resource' || type === undefined || name === undefined || block.labels.length !== 3) continue;
    resources.push({ type, name, file: file.path, attributes: attributesByBlock.get(block.id) ?? new Map<string, string>() });
  }
}

/** Project-relative paths with `/`, without a leading `./`, whatever the caller's platform gave. */
function normalisePath(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  return slashed.startsWith('./') ? slashed.slice(2) : slashed;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
