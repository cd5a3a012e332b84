/**
 * dependencies/unpinned-version: a dependency declared in a manifest without a version that
 * fixes what gets installed.
 *
 * Each manifest reader turns a declaration into a `Declared` (name, version as written, where it
 * is) and `classify` places the version in one of four kinds:
 * - `any`: asks for whatever is newest: `*`, `latest` and other npm dist-tags, `x`, `""`,
 *   Maven `LATEST`/`RELEASE`, Gradle `+`/`latest.release`, Composer `dev-master`, NuGet `*`, a Git
 *   dependency on a branch;
 * - `missing`: names no version at all (`flask` in requirements.txt, `gem 'rails'`);
 * - `open`: a lower bound only (`>=2.0`, Maven `[1.0,)`), which takes every future major release;
 * - `range`: a bounded range (`^1.2`, `~1.2`, `~=1.2`, `~> 1.2`, `1.+`, `1.*`, `[1.0,2.0)`).
 *
 * A lockfile committed beside the manifest, or in a folder above it (workspaces keep one at the
 * root), records the exact versions that were tested, so then `missing`, `open` and `range` are
 * not reported at all and `any` is reported at low confidence (a lockfile refresh takes any new
 * major release). Without a lockfile, `any` is high confidence, `missing` medium, and `open`
 * and `range` low: ranges are how libraries are meant to declare their dependencies, so they are
 * only a hint for an application that ships without a lockfile.
 *
 * Manifests read: package.json (dependencies, devDependencies, optionalDependencies; peer ranges
 * are how plugins declare compatibility, so peerDependencies is skipped), requirements files
 * (a file with `-c`/`--constraint` or `--hash` options takes its versions from elsewhere),
 * pyproject.toml (`[project]` dependencies, optional-dependencies, `[dependency-groups]`,
 * Poetry's dependency tables, `python` skipped), Pipfile (pipenv writes `"*"` by default and
 * pins in Pipfile.lock, so `"*"` is quiet when Pipfile.lock is there), pom.xml (a missing
 * `<version>` comes from a parent or BOM and is normal; `LATEST`, `RELEASE` and ranges are
 * reported, `${property}` versions resolved from the same pom), Gradle build scripts (string
 * coordinates `group:name:version`), Gemfile, composer.json (platform packages `php`, `ext-*`
 * skipped) and .csproj `PackageReference` versions.
 *
 * Not reported: go.mod (every requirement is an exact version, and go.sum verifies it), local
 * paths (`file:`, `link:`, `workspace:`, `path:`), tarball URLs, Git references pinned to a
 * commit or tag, and versions written as variables the file does not define.
 */
import type { Confidence, ConfigEntry, ConfigModel, Range, Rule, RuleContext, SyntaxNode } from '../../engine/contract';
import { isPublishedNpmLibrary, safeRegex } from '../../engine/contract';

type Kind = 'any' | 'missing' | 'open' | 'range';

type Ecosystem = 'npm' | 'python' | 'pipenv' | 'maven' | 'gradle' | 'ruby' | 'composer' | 'nuget';

interface Declared {
  readonly name: string;
  /** The version as written, for the message; '' when there is none. */
  readonly version: string;
  readonly kind: Kind;
  /** The version's range, or the name's when there is no version. */
  readonly range: Range;
}

/** Lockfiles by ecosystem: any of these in the manifest's folder or a folder above it counts. */
const LOCKFILES: Readonly<Record<Ecosystem, readonly string[]>> = {
  npm: ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb'],
  python: ['poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml'],
  pipenv: ['Pipfile.lock'],
  maven: [],
  gradle: ['gradle.lockfile'],
  ruby: ['Gemfile.lock', 'gems.locked'],
  composer: ['composer.lock'],
  nuget: ['packages.lock.json'],
};

/** The closing advice: pin, or commit the lockfile this ecosystem has. */
const ADVICE: Readonly<Record<Ecosystem, string>> = {
  npm: 'Pin an exact version, or commit package-lock.json (or yarn.lock, pnpm-lock.yaml).',
  python: 'Pin an exact version (==1.2.3), or commit a lockfile such as poetry.lock or uv.lock.',
  pipenv: 'Pin an exact version, or commit Pipfile.lock.',
  maven: 'Pin an exact version.',
  gradle: 'Pin an exact version, or enable dependency locking and commit gradle.lockfile.',
  ruby: 'Pin an exact version, or commit Gemfile.lock.',
  composer: 'Pin an exact version, or commit composer.lock.',
  nuget: 'Pin an exact version, or enable RestorePackagesWithLockFile and commit packages.lock.json.',
};

const CONTROL =
  "MoJ's baseline asks that the software a system is built from is verified and kept under version control (Defensive Layer 1; Configuration Management Policy).";

function messageFor(declared: Declared, ecosystem: Ecosystem, locked: boolean): string {
  const name = `"${declared.name}"`;
  switch (declared.kind) {
    case 'any':
      return locked
        ? `${name} asks for any version (${show(declared.version)}), so the next lockfile refresh takes whatever is newest, including a new major release or a compromised one, without review. ${CONTROL} Declare the version range you tested instead.`
        : `${name} asks for any version (${show(declared.version)}), and no lockfile records which one was tested, so every install takes whatever is newest, including a new major release or a compromised one. ${CONTROL} ${ADVICE[ecosystem]}`;
    case 'missing':
      return `${name} names no version, and no lockfile records which one was tested, so every install takes whatever is newest, including a new major release or a compromised one. ${CONTROL} ${ADVICE[ecosystem]}`;
    case 'open':
      return `${name} sets only a lower bound (${show(declared.version)}), and no lockfile records which version was tested, so every install takes the newest release, including new major versions. ${CONTROL} ${ADVICE[ecosystem]}`;
    case 'range':
      return `${name} accepts a range of versions (${show(declared.version)}), and no lockfile records which one was tested, so two installs of the same commit can run different code. ${CONTROL} ${ADVICE[ecosystem]}`;
  }
}

function show(version: string): string {
  return version === '' ? 'an empty version' : `"${version}"`;
}

/** How sure a finding is, or undefined when the lockfile makes it a non-issue. */
function confidenceFor(kind: Kind, locked: boolean): Confidence | undefined {
  if (locked) return kind === 'any' ? 'low' : undefined;
  if (kind === 'any') return 'high';
  return kind === 'missing' ? 'medium' : 'low';
}

function hasLockfile(context: RuleContext, ecosystem: Ecosystem): boolean {
  const names = LOCKFILES[ecosystem];
  if (names.length === 0) return false;
  // Walk from the manifest's folder up to the project root: workspaces lock at the root.
  const segments = context.document.path.split('/');
  for (let depth = segments.length - 1; depth >= 0; depth--) {
    const probe = [...segments.slice(0, depth), 'manifest'].join('/');
    if (names.some((name) => context.project.hasSibling(probe, name))) return true;
  }
  return false;
}

function reportAll(context: RuleContext, ecosystem: Ecosystem, declarations: readonly Declared[], quietAny = false): void {
  if (declarations.length === 0) return;
  const locked = hasLockfile(context, ecosystem);
  for (const declared of declarations) {
    if (locked && quietAny && declared.kind === 'any') continue;
    const confidence = confidenceFor(declared.kind, locked);
    if (confidence === undefined) continue;
    context.report({ range: declared.range, message: messageFor(declared, ecosystem, locked), confidence });
  }
}

// ---------------------------------------------------------------------------------------------
// Version syntaxes
// ---------------------------------------------------------------------------------------------

const HEX_COMMIT = safeRegex('^[0-9a-f]{7,40}$', 'i');
const NPM_EXACT = safeRegex('^=?\\s*v?\\d+\\.\\d+\\.\\d+(?:[-+][0-9A-Za-z.+-]*)?$');
const NPM_TAG = safeRegex('^[A-Za-z][\\w.-]*$');
const NPM_LOCAL = safeRegex('^(?:file|link|workspace|portal|patch|catalog):');
const NPM_GIT = safeRegex('^(?:git\\+|git:|github:|gitlab:|bitbucket:|gist:|[\\w.-]+/[\\w.-]+(?:#|$))');
const URL = safeRegex('^[a-z][a-z0-9+.-]*://', 'i');
const VERSION_TAG = safeRegex('^v?\\d+\\.\\d+\\.\\d+');
const STARTS_WITH_DIGIT = safeRegex('^v?\\d');
const LOWER_BOUND_ONLY = safeRegex('^>=?\\s*v?\\d[^<]*$');
const POETRY_EXACT = safeRegex('^\\d[\\w.+!*-]*$');
const STARTS_WITH_OPERATOR = safeRegex('^[<>=!~]');
const MAVEN_RANGE_START = safeRegex('^[\\[(]');
const MAVEN_EXACT_RANGE = safeRegex('^\\[[^,\\]]+\\]$');
const MAVEN_OPEN_END = safeRegex(',\\s*\\)$');
const GEM_EXACT = safeRegex('^=?\\s*\\d');
const COMPOSER_BRANCH = safeRegex('^dev-|\\.x-dev$', 'i');
const COMPOSER_EXACT = safeRegex('^v?\\d+\\.\\d+\\.\\d+(?:[-.][\\w.]+)?$');
const MAVEN_PROPERTY = safeRegex('^\\$\\{([^}]+)\\}$');

/** npm semver ranges, dist-tags, Git and local references. */
function classifyNpm(raw: string): Kind | undefined {
  const version = raw.trim();
  if (version === '' || version === '*' || version.toLowerCase() === 'x') return 'any';
  if (version.startsWith('npm:')) {
    const at = version.lastIndexOf('@');
    return at > 4 ? classifyNpm(version.slice(at + 1)) : 'any';
  }
  if (NPM_LOCAL.test(version)) return undefined;
  if (NPM_GIT.test(version)) {
    const hash = version.indexOf('#');
    if (hash < 0) return 'any';
    const reference = version.slice(hash + 1);
    if (reference.startsWith('semver:')) return classifyNpm(reference.slice(7));
    // A commit or a version tag fixes the code; a branch name does not.
    return HEX_COMMIT.test(reference) || VERSION_TAG.test(reference) ? undefined : 'any';
  }
  if (URL.test(version)) return undefined;
  if (NPM_EXACT.test(version)) return undefined;
  if (NPM_TAG.test(version) && !STARTS_WITH_DIGIT.test(version)) return 'any';
  if (version.includes('||') || version.includes(' - ')) return 'range';
  if (LOWER_BOUND_ONLY.test(version)) return 'open';
  return 'range';
}

/** PEP 440 specifiers, as requirements files and PEP 621 write them. */
function classifyPep440(raw: string): Kind | undefined {
  const specifier = raw.trim();
  if (specifier === '') return 'missing';
  if (specifier.startsWith('@')) return undefined;
  const clauses = specifier.split(',').map((clause) => clause.trim()).filter((clause) => clause !== '');
  if (clauses.some((clause) => clause.startsWith('==='))) return undefined;
  const exact = clauses.find((clause) => clause.startsWith('=='));
  if (exact !== undefined) return exact.includes('*') ? 'range' : undefined;
  const hasUpper = clauses.some((clause) => clause.startsWith('<') || clause.startsWith('~='));
  if (hasUpper) return 'range';
  if (clauses.some((clause) => clause.startsWith('>'))) return 'open';
  return 'missing';
}

/** Poetry and Pipfile versions: `*`, caret and tilde ranges, exact versions, PEP 440 clauses. */
function classifyPoetry(raw: string): Kind | undefined {
  const version = raw.trim();
  if (version === '' || version === '*') return 'any';
  if (version.startsWith('^') || version.startsWith('~')) return 'range';
  if (POETRY_EXACT.test(version)) return version.includes('*') ? 'range' : undefined;
  if (STARTS_WITH_OPERATOR.test(version)) return classifyPep440(version);
  return 'range';
}

/** Maven versions: `LATEST`, `RELEASE` and version ranges; a plain version is a soft pin Maven honours. */
function classifyMaven(raw: string): Kind | undefined {
  const version = raw.trim();
  if (version === 'LATEST' || version === 'RELEASE') return 'any';
  if (!MAVEN_RANGE_START.test(version)) return undefined;
  if (MAVEN_EXACT_RANGE.test(version)) return undefined;
  return MAVEN_OPEN_END.test(version) ? 'open' : 'range';
}

/** Gradle dynamic versions. */
function classifyGradle(raw: string): Kind | undefined {
  const version = raw.trim();
  if (version === '+' || version.startsWith('latest.')) return 'any';
  if (version.endsWith('+')) return 'range';
  return classifyMaven(version);
}

/** RubyGems requirements (`~> 1.2`, `>= 1`, `1.2.3`, `= 1.2.3`), one or more arguments. */
function classifyGem(requirements: readonly string[]): Kind | undefined {
  if (requirements.length === 0) return 'missing';
  const clauses = requirements.map((requirement) => requirement.trim());
  if (clauses.some((clause) => GEM_EXACT.test(clause))) return undefined;
  if (clauses.some((clause) => clause.startsWith('~>') || clause.startsWith('<'))) return 'range';
  if (clauses.some((clause) => clause.startsWith('>'))) return 'open';
  return 'range';
}

/** Composer constraints. */
function classifyComposer(raw: string): Kind | undefined {
  const version = raw.trim();
  if (version === '' || version === '*') return 'any';
  if (COMPOSER_BRANCH.test(version)) return 'any';
  if (COMPOSER_EXACT.test(version)) return undefined;
  if (LOWER_BOUND_ONLY.test(version)) return 'open';
  return 'range';
}

/** NuGet versions: floating `*`, `1.*`, `1.0.*-*`, and ranges; a plain version is a minimum NuGet resolves exactly. */
function classifyNuget(raw: string): Kind | undefined {
  const version = raw.trim();
  if (version === '*' || version === '*-*') return 'any';
  if (version.includes('*')) return 'range';
  return classifyMaven(version);
}

// ---------------------------------------------------------------------------------------------
// Manifests
// ---------------------------------------------------------------------------------------------

function fileName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}

function valueRangeOf(entry: ConfigEntry): Range {
  return entry.valueRange ?? entry.keyRange;
}

const NPM_SECTIONS: ReadonlySet<string> = new Set(['dependencies', 'devDependencies', 'optionalDependencies']);

function checkPackageJson(context: RuleContext, config: ConfigModel): void {
  const declarations: Declared[] = [];
  const library = isPublishedNpmLibrary(config);
  for (const entry of config.entries()) {
    if (entry.path.length !== 2 || !NPM_SECTIONS.has(entry.path[0] ?? '') || entry.value === undefined) continue;
    const kind = classifyNpm(entry.value);
    // npm never publishes a library's lockfile: ranges are how a library must declare what it
    // works with, and the application that installs it pins them in its own lockfile.
    if (library && (kind === 'range' || kind === 'open')) continue;
    if (kind !== undefined) declarations.push({ name: entry.key, version: entry.value, kind, range: valueRangeOf(entry) });
  }
  reportAll(context, 'npm', declarations);
}

const COMPOSER_SECTIONS: ReadonlySet<string> = new Set(['require', 'require-dev']);

function checkComposerJson(context: RuleContext, config: ConfigModel): void {
  const declarations: Declared[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 2 || !COMPOSER_SECTIONS.has(entry.path[0] ?? '') || entry.value === undefined) continue;
    // Platform requirements (the PHP version, extensions) are checks, not downloads.
    if (!entry.key.includes('/')) continue;
    const kind = classifyComposer(entry.value);
    if (kind !== undefined) declarations.push({ name: entry.key, version: entry.value, kind, range: valueRangeOf(entry) });
  }
  reportAll(context, 'composer', declarations);
}

function checkRequirements(context: RuleContext, config: ConfigModel): void {
  const entries = config.entries();
  // Versions come from a constraints file, or hashes fix every download: nothing floats.
  if (entries.some((entry) => entry.key === '--constraint' || entry.key === '--hash' || entry.key === '--require-hashes')) return;
  const declarations: Declared[] = [];
  for (const entry of entries) {
    if (entry.path.length !== 1 || entry.key.startsWith('-') || entry.value === undefined) continue;
    if (entry.key === entry.value || entry.key.includes('/') || entry.key.includes(':')) continue;
    const kind = classifyPep440(entry.value);
    if (kind === undefined) continue;
    const range = kind === 'missing' ? entry.keyRange : valueRangeOf(entry);
    declarations.push({ name: entry.key, version: entry.value, kind, range });
  }
  reportAll(context, 'python', declarations);
}

/** A PEP 508 requirement string: the name, then extras, a specifier and markers. */
const PEP508 = safeRegex('^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(\\[[^\\]]*\\])?\\s*([^;]*)');

function checkPyproject(context: RuleContext, config: ConfigModel): void {
  const declarations: Declared[] = [];
  for (const entry of config.entries()) {
    const path = entry.path;
    const pep621 =
      (path.length === 3 && path[0] === 'project' && path[1] === 'dependencies') ||
      (path.length === 4 && path[0] === 'project' && path[1] === 'optional-dependencies') ||
      (path.length === 3 && path[0] === 'dependency-groups');
    if (pep621 && entry.value !== undefined && entry.valueRange !== undefined) {
      const declared = pep508Declaration(entry.value, entry.valueRange);
      if (declared !== undefined) declarations.push(declared);
      continue;
    }
    const poetry =
      path[0] === 'tool' &&
      path[1] === 'poetry' &&
      ((path.length === 4 && (path[2] === 'dependencies' || path[2] === 'dev-dependencies')) ||
        (path.length === 6 && path[2] === 'group' && path[4] === 'dependencies'));
    if (poetry) {
      const declared = poetryDeclaration(entry, config);
      if (declared !== undefined) declarations.push(declared);
    }
  }
  reportAll(context, 'python', declarations);
}

function pep508Declaration(requirement: string, valueRange: Range): Declared | undefined {
  const match = PEP508.exec(requirement);
  const name = match?.[1];
  if (match === null || name === undefined) return undefined;
  let specifier = (match[3] ?? '').trim();
  // PEP 508 allows the specifier in parentheses: `name (>=1.0)`.
  if (specifier.startsWith('(') && specifier.endsWith(')')) specifier = specifier.slice(1, -1).trim();
  const kind = classifyPep440(specifier);
  if (kind === undefined) return undefined;
  // The requirement string is reported whole: it names the package and holds the specifier.
  return { name, version: specifier, kind, range: valueRange };
}

/** A Poetry or Pipfile dependency: `name = "^1.0"` or `name = { version = "^1.0", ... }`. */
function poetryDeclaration(entry: ConfigEntry, config: ConfigModel): Declared | undefined {
  if (entry.key.toLowerCase() === 'python') return undefined;
  if (entry.value !== undefined) {
    const kind = classifyPoetry(entry.value);
    return kind === undefined ? undefined : { name: entry.key, version: entry.value, kind, range: valueRangeOf(entry) };
  }
  // An inline table: local paths, Git sources and URLs are pinned elsewhere or not at all.
  const children = config.entries().filter((child) => child.path.length === entry.path.length + 1 && isPrefix(entry.path, child.path));
  if (children.some((child) => ['path', 'git', 'url', 'file', 'editable'].includes(child.key))) return undefined;
  const version = children.find((child) => child.key === 'version');
  if (version?.value === undefined) return undefined;
  const kind = classifyPoetry(version.value);
  return kind === undefined ? undefined : { name: entry.key, version: version.value, kind, range: valueRangeOf(version) };
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.every((segment, index) => path[index] === segment);
}

function checkPipfile(context: RuleContext, config: ConfigModel): void {
  const declarations: Declared[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 2 || (entry.path[0] !== 'packages' && entry.path[0] !== 'dev-packages')) continue;
    const declared = poetryDeclaration(entry, config);
    if (declared !== undefined) declarations.push(declared);
  }
  // pipenv writes "*" for every package it adds and pins them in Pipfile.lock.
  reportAll(context, 'pipenv', declarations, true);
}

const MAVEN_VERSION_PARENTS: ReadonlySet<string> = new Set(['dependency', 'plugin', 'extension']);

function checkPom(context: RuleContext, config: ConfigModel): void {
  const entries = config.entries();
  const properties = new Map<string, string>();
  for (const entry of entries) {
    if (entry.path.length === 3 && entry.path[0] === 'project' && entry.path[1] === 'properties' && entry.value !== undefined) {
      properties.set(entry.key, entry.value);
    }
  }
  const declarations: Declared[] = [];
  for (const entry of entries) {
    if (entry.key !== 'version' || entry.value === undefined || entry.valueRange === undefined) continue;
    if (!MAVEN_VERSION_PARENTS.has(entry.path[entry.path.length - 2] ?? '')) continue;
    const property = MAVEN_PROPERTY.exec(entry.value)?.[1];
    const version = property === undefined ? entry.value : properties.get(property);
    if (version === undefined) continue;
    const kind = classifyMaven(version);
    if (kind === undefined) continue;
    const artifact = entries.find((other) => other.blockId === entry.blockId && other.key === 'artifactId')?.value ?? 'this dependency';
    declarations.push({ name: artifact, version, kind, range: entry.valueRange });
  }
  reportAll(context, 'maven', declarations);
}

/** `group:name:version`, optionally with `:classifier` and `@extension`. */
const GRADLE_COORDINATES = safeRegex('^([\\w.-]+):([\\w.-]+):([^:@\\s]+)(?::[\\w.-]+)?(?:@\\w+)?$');

function checkGradle(context: RuleContext, config: ConfigModel): void {
  const declarations: Declared[] = [];
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined || !entry.path.includes('dependencies')) continue;
    const match = GRADLE_COORDINATES.exec(entry.value);
    const version = match?.[3];
    if (match === null || version === undefined || version.includes('$')) continue;
    const kind = classifyGradle(version);
    if (kind === undefined) continue;
    // Coordinates hold no escapes, so the version starts after the group, the name and two colons.
    const start = entry.valueRange.start + (match[1] ?? '').length + (match[2] ?? '').length + 2;
    declarations.push({ name: `${match[1] ?? ''}:${match[2] ?? ''}`, version, kind, range: { start, end: start + version.length } });
  }
  reportAll(context, 'gradle', declarations);
}

function checkCsproj(context: RuleContext, config: ConfigModel): void {
  const entries = config.entries();
  const declarations: Declared[] = [];
  for (const entry of entries) {
    const isVersion = entry.key === '@Version' || entry.key === 'Version';
    if (!isVersion || entry.path[entry.path.length - 2] !== 'PackageReference' || entry.value === undefined || entry.valueRange === undefined) continue;
    const kind = classifyNuget(entry.value);
    if (kind === undefined) continue;
    const name =
      entries.find((other) => other.blockId === entry.blockId && (other.key === '@Include' || other.key === '@Update'))?.value ?? 'this package';
    declarations.push({ name, version: entry.value, kind, range: entry.valueRange });
  }
  reportAll(context, 'nuget', declarations);
}

/** Gemfile `gem 'name', 'requirement', ..., option: value`. */
function checkGemfile(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  const declarations: Declared[] = [];
  for (const call of code.calls()) {
    if (call.callee !== 'gem' || call.receiver !== undefined) continue;
    const [first, ...rest] = call.args;
    if (first === undefined || first.name !== undefined) continue;
    const name = code.valueOf(first.node);
    if (name.kind !== 'string') continue;
    // Local paths and Git sources are pinned (or not) by their own options.
    if (rest.some((argument) => argument.name !== undefined && ['path', 'git', 'github', 'gitlab', 'bitbucket'].includes(argument.name))) continue;
    const requirements: { value: string; node: SyntaxNode }[] = [];
    let unknown = false;
    for (const argument of rest) {
      if (argument.name !== undefined) continue;
      const value = code.valueOf(argument.node);
      if (value.kind === 'string') requirements.push({ value: value.value, node: argument.node });
      else unknown = true;
    }
    if (unknown) continue;
    const kind = classifyGem(requirements.map((requirement) => requirement.value));
    if (kind === undefined) continue;
    const at = requirements[0]?.node ?? first.node;
    declarations.push({
      name: name.value,
      version: requirements.map((requirement) => requirement.value).join(', '),
      kind,
      range: insideQuotes(at),
    });
  }
  reportAll(context, 'ruby', declarations);
}

function insideQuotes(node: SyntaxNode): Range {
  const quoted = node.type === 'string' && node.endIndex - node.startIndex >= 2;
  return quoted ? { start: node.startIndex + 1, end: node.endIndex - 1 } : { start: node.startIndex, end: node.endIndex };
}

export const unpinnedVersion: Rule = {
  meta: {
    id: 'dependencies/unpinned-version',
    title: 'Dependency version not pinned',
    area: 'dependencies',
    severity: 'low',
    confidence: 'medium',
    cwe: [1357, 829],
    owasp: 'A08:2021 Software and Data Integrity Failures',
    policy: [
      'technical-security-controls-guide-defensive-layer-1#defensive-layer-1-creating-a-baseline-security-software-development-and-system-configuration',
      'technical-controls-policy#configuration-management-policy',
    ],
    basis: 'principle',
    why:
      'A dependency declared as "*", "latest", with no version, or as an open range with no lockfile lets every install pull whatever was published last, so an untested major release, or a hijacked package, reaches the build without review. MoJ\'s Defensive Layer 1 baseline asks for integrity verification of the software a system is built from, and the Configuration Management Policy asks for configuration under version control; MoJ says nothing about pinning itself. Ranges such as ^1.2 and ~1.2 are not reported when a lockfile (package-lock.json, yarn.lock, pnpm-lock.yaml, poetry.lock, uv.lock, Pipfile.lock, Gemfile.lock, composer.lock, packages.lock.json, gradle.lockfile) is committed in the manifest\'s folder or a folder above it; without one they are reported at low confidence, except in a published npm library (a package.json that is not private and has an entry point such as main, exports or bin, or a files or publishConfig field), which must declare ranges because npm never publishes its lockfile.',
    howToFix:
      'Pin an exact version (==1.2.3, "1.2.3", <version>1.2.3</version>), or keep a range and commit the lockfile your package manager writes. Replace "*", "latest", LATEST/RELEASE, "+" and branch references with the version you tested.',
    fixSafety: 'suggestion',
    languages: ['json', 'pip-requirements', 'toml', 'xml', 'gradle', 'ruby'],
    prefilter: ['dependencies', 'require', 'packages', 'PackageReference', '<version', 'implementation', 'api', 'compile', 'classpath', 'gem'],
    // A requirements file may be nothing but package names, so every one is read.
    prefilterByLanguage: { 'pip-requirements': [], ruby: ['gem'] },
    examples: {
      json: '{\n  "dependencies": { "express": "4.21.2" }\n}',
      'pip-requirements': 'requests==2.32.3',
      toml: '[project]\ndependencies = ["requests==2.32.3"]',
      xml: '<PackageReference Include="Newtonsoft.Json" Version="13.0.3" />',
      gradle: "implementation 'com.google.guava:guava:33.3.1-jre'",
      ruby: "gem 'rails', '7.2.2'",
    },
  },
  check(context) {
    const name = fileName(context.document.path);
    const config = context.config;
    if (context.document.language === 'ruby') {
      if (name === 'gemfile' || name === 'gems.rb') checkGemfile(context);
      return;
    }
    if (config === undefined) return;
    if (name === 'package.json') checkPackageJson(context, config);
    else if (name === 'composer.json') checkComposerJson(context, config);
    else if (context.document.language === 'pip-requirements') checkRequirements(context, config);
    else if (name === 'pyproject.toml') checkPyproject(context, config);
    else if (name === 'pipfile') checkPipfile(context, config);
    else if (name === 'pom.xml') checkPom(context, config);
    else if (name.endsWith('.csproj') || name.endsWith('.fsproj') || name.endsWith('.vbproj')) checkCsproj(context, config);
    else if (context.document.language === 'gradle') checkGradle(context, config);
  },
};
