/**
 * dependencies/end-of-life: a runtime or base image whose vendor support has ended, or ends
 * within a year.
 *
 * Dates come from `context.eolData`: the bundled table (engine/dependencies/eol-data.ts, with
 * its as-of date and a source per product) with the user's `eolData` file merged over it. Today
 * comes from `context.today`, so results are reproducible.
 *
 * Where versions are found:
 * - images: Dockerfile `FROM`, Compose and Kubernetes `image:`, GitHub Actions job containers:
 *   `node`, `python`, `ruby`, `php`, `golang`, `eclipse-temurin`/`openjdk`/`amazoncorretto`,
 *   `mcr.microsoft.com/dotnet/*`, `debian`, `ubuntu`, `alpine`, plus the distribution a tag
 *   names (`python:3.12-slim-buster`, `node:20-alpine3.18`) and Node.js codenames (`node:gallium`);
 * - version files: `.nvmrc`, `.node-version`, `.python-version`, `.ruby-version`, `.go-version`,
 *   `.java-version`, `.tool-versions`;
 * - manifests: package.json `engines.node`, pyproject `requires-python` and Poetry's `python`,
 *   composer.json `require.php`, Gemfile `ruby '…'`, .csproj `TargetFramework(s)`, pom.xml
 *   `maven.compiler.release`/`maven.compiler.source`/`java.version`, go.mod `go` (a minimum)
 *   and `toolchain`;
 * - GitHub Actions `setup-node`, `setup-python`, `setup-java`, `setup-go`, `setup-dotnet`,
 *   `ruby/setup-ruby` and `shivammathur/setup-php` versions.
 *
 * How it reports:
 * - past end of life: medium; high once it is more than two years past, because by then the
 *   runtime has missed years of security fixes that attackers know about;
 * - ending within `expiryWarningDays` (365, the MoJ scanning guide's "flag support expiry one
 *   year ahead"): low;
 * - a declaration that only sets a minimum (`>=16`, `>=3.8`, a Java compile target, go.mod's `go`) says the
 *   project still supports an old runtime, not that it runs on one: low severity, low confidence,
 *   and only once that minimum is past end of life.
 *
 * Not reported: versions the table does not know (newer than its newest line), `lts/*`, `latest`
 * and variables, .NET Framework (`net48`, supported with Windows) and .NET Standard, matrix
 * entries (testing on an old runtime is how libraries prove compatibility).
 */
import type { ConfigEntry, ConfigModel, Confidence, EolCycle, Range, Rule, RuleContext, Severity, SyntaxNode } from '../../engine/contract';
import { BUNDLED_EOL_DATA, DISTRIBUTION_CODENAMES, isPublishedNpmLibrary, safeRegex } from '../../engine/contract';

type Product = 'node' | 'python' | 'ruby' | 'php' | 'go' | 'dotnet' | 'java' | 'debian' | 'ubuntu' | 'alpine';

const PRODUCT_NAMES: Readonly<Record<Product, string>> = {
  node: 'Node.js',
  python: 'Python',
  ruby: 'Ruby',
  php: 'PHP',
  go: 'Go',
  dotnet: '.NET',
  java: 'Java',
  debian: 'Debian',
  ubuntu: 'Ubuntu',
  alpine: 'Alpine Linux',
};

/** How many version parts name a release line. */
const CYCLE_PARTS: Readonly<Record<Product, number>> = {
  node: 1, python: 2, ruby: 2, php: 2, go: 2, dotnet: 2, java: 1, debian: 1, ubuntu: 2, alpine: 2,
};

const NODE_CODENAMES: Readonly<Record<string, string>> = {
  argon: '4', boron: '6', carbon: '8', dubnium: '10', erbium: '12', fermium: '14', gallium: '16', hydrogen: '18', iron: '20', jod: '22', krypton: '24',
};

const MINIMUM_SOFTWARE =
  'MoJ treats missing or expired vendor support as a vulnerability and expects unsupported software to be upgraded or removed (Vulnerability Scanning and Patch Management: Minimum software requirements).';
const ONE_YEAR_AHEAD =
  "MoJ's scanning guide asks for vendor-support expiry within one year to be flagged, so the upgrade can be planned (Vulnerability Scanning: Scanning requirements).";

/** How firmly the text says what runs: exactly this version, or only "at least this version". */
type Use = 'runs' | 'minimum';

interface Sighting {
  readonly product: Product;
  /** The version as written (for the message). */
  readonly version: string;
  readonly range: Range;
  readonly use: Use;
}

// ---------------------------------------------------------------------------------------------
// Dates and the table
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function compareCycles(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const VERSION_PREFIX = safeRegex('^[vV]?(\\d+(?:\\.\\d+)*)');

/** The release line of a version: `16.20.2` → `16` for Node.js, `3.8.10` → `3.8` for Python. */
function cycleOf(product: Product, version: string): string | undefined {
  const match = VERSION_PREFIX.exec(version.trim());
  const digits = match?.[1];
  if (digits === undefined) return undefined;
  let parts = digits.split('.');
  // Java 8 and earlier were numbered 1.8; .NET's TargetFramework numbers come as `6.0`.
  if (product === 'java' && parts[0] === '1' && parts.length > 1) parts = parts.slice(1);
  const wanted = CYCLE_PARTS[product];
  if (parts.length < wanted) {
    // `python:3` or `alpine:3` name no single line; `dotnet 8` means 8.0.
    if (product === 'dotnet' && parts.length === 1) return `${parts[0] ?? ''}.0`;
    return undefined;
  }
  return parts.slice(0, wanted).join('.');
}

type Status =
  | { readonly kind: 'ended'; readonly eol: string; readonly cycle: string; readonly known: boolean }
  | { readonly kind: 'ending'; readonly eol: string; readonly cycle: string };

function statusOf(context: RuleContext, product: Product, cycle: string, warningDays: number): Status | undefined {
  const today = context.today ?? new Date().toISOString().slice(0, 10);
  const lines = tableOf(context, product);
  if (lines.length === 0) return undefined;
  const line = lines.find((candidate) => compareCycles(candidate.cycle, cycle) === 0);
  if (line === undefined) {
    // Older than every line the table lists: long out of support.
    const oldest = [...lines].sort((a, b) => compareCycles(a.cycle, b.cycle))[0];
    if (oldest !== undefined && compareCycles(cycle, oldest.cycle) < 0) return { kind: 'ended', eol: oldest.eol, cycle, known: false };
    return undefined;
  }
  const daysLeft = daysBetween(today, line.eol);
  if (daysLeft < 0) return { kind: 'ended', eol: line.eol, cycle, known: true };
  if (daysLeft <= warningDays) return { kind: 'ending', eol: line.eol, cycle };
  return undefined;
}

function tableOf(context: RuleContext, product: Product): readonly EolCycle[] {
  return (context.eolData ?? BUNDLED_EOL_DATA).products[product] ?? [];
}

/** The supported line with the furthest end date, to suggest. */
function suggestionFor(context: RuleContext, product: Product): string | undefined {
  const today = context.today ?? new Date().toISOString().slice(0, 10);
  const supported = tableOf(context, product).filter((line) => daysBetween(today, line.eol) > 0);
  supported.sort((a, b) => (a.eol < b.eol ? 1 : a.eol > b.eol ? -1 : compareCycles(b.cycle, a.cycle)));
  const best = supported[0];
  return best === undefined ? undefined : `${PRODUCT_NAMES[product]} ${best.cycle}`;
}

function reportSighting(context: RuleContext, sighting: Sighting): void {
  const cycle = cycleOf(sighting.product, sighting.version);
  if (cycle === undefined) return;
  const warningDays = warningDaysOf(context);
  const status = statusOf(context, sighting.product, cycle, warningDays);
  if (status === undefined) return;
  if (sighting.use === 'minimum' && status.kind !== 'ended') return;
  const name = `${PRODUCT_NAMES[sighting.product]} ${cycle}`;
  const suggestion = suggestionFor(context, sighting.product);
  const target = suggestion === undefined ? 'a supported release' : `a supported release such as ${suggestion}`;
  const when = status.kind === 'ended' && !status.known ? `before ${status.eol}` : `on ${status.eol}`;
  let message: string;
  let severity: Severity;
  let confidence: Confidence = 'high';
  if (sighting.use === 'minimum') {
    message = `This still declares support for ${name}, which reached end of life ${when} and gets no security fixes, so builds and users may run on it. ${MINIMUM_SOFTWARE} Raise the minimum to ${target}.`;
    severity = 'low';
    confidence = 'low';
  } else if (status.kind === 'ended') {
    message = `${name} reached end of life ${when}, so it no longer gets security fixes. ${MINIMUM_SOFTWARE} Move to ${target}.`;
    const today = context.today ?? new Date().toISOString().slice(0, 10);
    severity = daysBetween(status.eol, today) > LONG_PAST_DAYS ? 'high' : 'medium';
  } else {
    message = `${name} reaches end of life on ${status.eol}. ${ONE_YEAR_AHEAD} Plan the move to ${target}.`;
    severity = 'low';
  }
  context.report({ range: sighting.range, message, severity, confidence });
}

/** Two years past end of life: a runtime that has missed that many security releases is reported as high. */
const LONG_PAST_DAYS = 730;

function warningDaysOf(context: RuleContext): number {
  const value = context.thresholds.expiryWarningDays;
  return typeof value === 'number' && value >= 0 ? value : 365;
}

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

const IMAGE_PRODUCTS: Readonly<Record<string, Product>> = {
  node: 'node',
  python: 'python',
  ruby: 'ruby',
  php: 'php',
  golang: 'go',
  'eclipse-temurin': 'java',
  openjdk: 'java',
  amazoncorretto: 'java',
  debian: 'debian',
  ubuntu: 'ubuntu',
  alpine: 'alpine',
};

const DOTNET_IMAGES: ReadonlySet<string> = new Set(['aspnet', 'runtime', 'sdk', 'runtime-deps']);
const ALPINE_SUFFIX = safeRegex('^alpine(\\d+\\.\\d+)$');

/** What an image reference says about runtimes and distributions: `python:3.8-slim-buster` gives Python 3.8 and Debian 10. */
function imageSightings(reference: string, range: Range): Sighting[] {
  const at = reference.indexOf('@');
  const withoutDigest = at >= 0 ? reference.slice(0, at) : reference;
  const colon = withoutDigest.lastIndexOf(':');
  const slash = withoutDigest.lastIndexOf('/');
  if (colon <= slash) return [];
  const path = withoutDigest.slice(0, colon).toLowerCase();
  const tag = withoutDigest.slice(colon + 1);
  const segments = path.split('/');
  const last = segments[segments.length - 1] ?? '';
  const isDotnet = path.includes('dotnet/') && DOTNET_IMAGES.has(last);
  const product = isDotnet ? 'dotnet' : IMAGE_PRODUCTS[last];
  if (product === undefined) return [];
  // A namespaced image (`bitnami/node`) follows its own tags; only official images and their mirrors count.
  if (!isDotnet && segments.length > 1 && !isOfficialMirror(segments)) return [];
  const sightings: Sighting[] = [];
  const [head = '', ...suffixes] = tag.toLowerCase().split('-');
  if (product === 'debian' || product === 'ubuntu') {
    const codename = DISTRIBUTION_CODENAMES[head];
    if (codename !== undefined) sightings.push({ product: codename.product as Product, version: codename.cycle, range, use: 'runs' });
    else sightings.push({ product, version: head, range, use: 'runs' });
    return sightings;
  }
  if (product === 'node' && NODE_CODENAMES[head] !== undefined) sightings.push({ product, version: NODE_CODENAMES[head] ?? '', range, use: 'runs' });
  else if (product === 'node' && head === 'lts' && suffixes[0] !== undefined && NODE_CODENAMES[suffixes[0]] !== undefined) {
    sightings.push({ product, version: NODE_CODENAMES[suffixes[0]] ?? '', range, use: 'runs' });
  } else sightings.push({ product, version: head, range, use: 'runs' });
  for (const suffix of suffixes) {
    const codename = DISTRIBUTION_CODENAMES[suffix];
    if (codename !== undefined) sightings.push({ product: codename.product as Product, version: codename.cycle, range, use: 'runs' });
    const alpine = ALPINE_SUFFIX.exec(suffix)?.[1];
    if (alpine !== undefined) sightings.push({ product: 'alpine', version: alpine, range, use: 'runs' });
  }
  return sightings;
}

/** `library/node`, `docker.io/library/node`, `public.ecr.aws/docker/library/node`, `mirror.gcr.io/library/node`. */
function isOfficialMirror(segments: readonly string[]): boolean {
  return segments[segments.length - 2] === 'library';
}

const DOCKER_WORD = safeRegex('[^\\s\\\\]+', 'g');

function checkDockerfile(context: RuleContext, config: ConfigModel): void {
  for (const entry of config.entries()) {
    if (entry.key !== 'FROM' || entry.value === undefined || entry.valueRange === undefined) continue;
    DOCKER_WORD.lastIndex = 0;
    let image: { text: string; start: number } | undefined;
    for (let match = DOCKER_WORD.exec(entry.value); match !== null; match = DOCKER_WORD.exec(entry.value)) {
      if (match[0].startsWith('--')) continue;
      image = { text: match[0], start: entry.valueRange.start + match.index };
      break;
    }
    if (image === undefined || image.text.includes('$')) continue;
    for (const sighting of imageSightings(image.text, { start: image.start, end: image.start + image.text.length })) reportSighting(context, sighting);
  }
}

const CONTAINER_LISTS: ReadonlySet<string> = new Set(['containers', 'initContainers', 'ephemeralContainers']);

function isImageEntry(entry: ConfigEntry, workflow: boolean): boolean {
  const path = entry.path;
  if (entry.key === 'image') {
    if (path.length >= 3 && CONTAINER_LISTS.has(path[path.length - 3] ?? '')) return true;
    if (path.length === 3 && path[0] === 'services') return true;
    return workflow && path[0] === 'jobs' && (path[path.length - 2] === 'container' || path[path.length - 3] === 'services');
  }
  return workflow && entry.key === 'container' && path.length === 3 && path[0] === 'jobs';
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions setup steps
// ---------------------------------------------------------------------------------------------

const SETUP_ACTIONS: Readonly<Record<string, { readonly product: Product; readonly input: string }>> = {
  'actions/setup-node': { product: 'node', input: 'node-version' },
  'actions/setup-python': { product: 'python', input: 'python-version' },
  'actions/setup-java': { product: 'java', input: 'java-version' },
  'actions/setup-go': { product: 'go', input: 'go-version' },
  'actions/setup-dotnet': { product: 'dotnet', input: 'dotnet-version' },
  'ruby/setup-ruby': { product: 'ruby', input: 'ruby-version' },
  'shivammathur/setup-php': { product: 'php', input: 'php-version' },
};

function checkYaml(context: RuleContext, config: ConfigModel): void {
  const path = context.document.path.toLowerCase();
  const workflow = path.startsWith('.github/workflows/') || path.includes('/.github/workflows/') || path.endsWith('action.yml') || path.endsWith('action.yaml');
  const entries = config.entries();
  const usesByStep = new Map<string, string>();
  if (workflow) {
    for (const entry of entries) {
      if (entry.key === 'uses' && entry.value !== undefined) usesByStep.set(entry.path.slice(0, -1).join('\u0000'), entry.value.split('@')[0] ?? '');
    }
  }
  for (const entry of entries) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    if (isImageEntry(entry, workflow)) {
      for (const sighting of imageSightings(entry.value.trim(), entry.valueRange)) reportSighting(context, sighting);
      continue;
    }
    if (!workflow || entry.path[entry.path.length - 2] !== 'with') continue;
    const action = usesByStep.get(entry.path.slice(0, -2).join('\u0000'));
    const setup = action === undefined ? undefined : SETUP_ACTIONS[action];
    if (setup === undefined || entry.key !== setup.input || entry.value.includes('${{')) continue;
    reportSighting(context, { product: setup.product, version: entry.value, range: entry.valueRange, use: 'runs' });
  }
}

// ---------------------------------------------------------------------------------------------
// Version files and manifests
// ---------------------------------------------------------------------------------------------

const VERSION_FILES: Readonly<Record<string, Product>> = {
  '.nvmrc': 'node',
  '.node-version': 'node',
  '.python-version': 'python',
  '.ruby-version': 'ruby',
  '.go-version': 'go',
  '.java-version': 'java',
};

const TOOL_NAMES: Readonly<Record<string, Product>> = {
  nodejs: 'node', node: 'node', python: 'python', ruby: 'ruby', golang: 'go', go: 'go', java: 'java', php: 'php', dotnet: 'dotnet', 'dotnet-core': 'dotnet',
};

function checkVersionFile(context: RuleContext, config: ConfigModel, name: string): void {
  const single = VERSION_FILES[name];
  for (const entry of config.entries()) {
    if (entry.value === undefined || entry.valueRange === undefined) continue;
    const product = entry.key === 'version' ? single : name === '.tool-versions' ? TOOL_NAMES[entry.key] : undefined;
    if (product === undefined) continue;
    // `.ruby-version` may say `ruby-3.1.2`; `.tool-versions` java entries say `temurin-17.0.9`.
    const version = entry.value.replace(RUNTIME_PREFIX, '');
    const offset = entry.value.length - version.length;
    const range = { start: entry.valueRange.start + offset, end: entry.valueRange.end };
    reportSighting(context, { product, version, range, use: 'runs' });
    if (single !== undefined) return;
  }
}

const RUNTIME_PREFIX = safeRegex('^(?:ruby-|python-|temurin-|openjdk-|adoptopenjdk-|corretto-|zulu-)');

/**
 * A version requirement: `16.x`, `^16`, `~3.8`, `==3.8.*` say which line runs; `>=16`, `>3.8`,
 * `^16 || ^18` set only a minimum. Returns the lowest version and how it is used.
 */
function requirementOf(product: Product, text: string): { version: string; offset: number; use: Use } | undefined {
  const match = REQUIREMENT.exec(text);
  const version = match?.[2];
  if (match === null || version === undefined) return undefined;
  const operator = match[1] ?? '';
  // A caret on a line numbered major.minor (Python, PHP, Ruby) also allows the later minor lines.
  const caretAllowsLater = operator === '^' && CYCLE_PARTS[product] > 1;
  const minimum =
    operator.startsWith('>') || operator === '~=' || operator === '~>' || caretAllowsLater || text.includes('|') || text.includes(',') || text.includes(' - ');
  return { version, offset: match.index + (match[0].length - version.length), use: minimum ? 'minimum' : 'runs' };
}

const REQUIREMENT = safeRegex('^\\s*(?:(>=|>|\\^|~=|~>|~|==|=)\\s*)?v?(\\d+(?:\\.\\d+)*)');

function reportRequirement(context: RuleContext, product: Product, entry: ConfigEntry): void {
  if (entry.value === undefined || entry.valueRange === undefined) return;
  const requirement = requirementOf(product, entry.value);
  if (requirement === undefined) return;
  const start = entry.valueRange.start + requirement.offset;
  reportSighting(context, { product, version: requirement.version, range: { start, end: start + requirement.version.length }, use: requirement.use });
}

function checkJson(context: RuleContext, config: ConfigModel, name: string): void {
  // A published library's engines field says which Node.js versions it still supports, not which
  // one anything runs on: its users' own manifests and images are where an old runtime shows.
  const library = name === 'package.json' && isPublishedNpmLibrary(config);
  for (const entry of config.entries()) {
    const [first, second] = entry.path;
    if (entry.path.length !== 2) continue;
    if (name === 'package.json' && first === 'engines' && second === 'node') {
      if (!library) reportRequirement(context, 'node', entry);
    }
    else if (name === 'composer.json' && first === 'require' && second === 'php') reportRequirement(context, 'php', entry);
  }
}

function checkToml(context: RuleContext, config: ConfigModel, name: string): void {
  if (name !== 'pyproject.toml') return;
  for (const entry of config.entries()) {
    const path = entry.path.join('.');
    if (path === 'project.requires-python' || path === 'tool.poetry.dependencies.python') reportRequirement(context, 'python', entry);
  }
}

const TARGET_FRAMEWORK = safeRegex('^net(?:coreapp)?(\\d+\\.\\d+)(?:-[\\w.]+)?$', 'i');

function checkXml(context: RuleContext, config: ConfigModel, name: string): void {
  const entries = config.entries();
  if (name.endsWith('.csproj') || name.endsWith('.fsproj') || name.endsWith('.vbproj') || name === 'directory.build.props') {
    for (const entry of entries) {
      if ((entry.key !== 'TargetFramework' && entry.key !== 'TargetFrameworks') || entry.value === undefined || entry.valueRange === undefined) continue;
      let offset = 0;
      for (const framework of entry.value.split(';')) {
        const version = TARGET_FRAMEWORK.exec(framework.trim())?.[1];
        const start = entry.valueRange.start + offset + (framework.length - framework.trimStart().length);
        // net4x (.NET Framework) has no dot in its moniker and never matches; netstandard neither.
        if (version !== undefined) reportSighting(context, { product: 'dotnet', version, range: { start, end: start + framework.trim().length }, use: 'runs' });
        offset += framework.length + 1;
      }
    }
    return;
  }
  if (name !== 'pom.xml') return;
  for (const key of ['maven.compiler.release', 'maven.compiler.source', 'java.version']) {
    const entry = entries.find((candidate) => candidate.path.length === 3 && candidate.path[1] === 'properties' && candidate.key === key);
    if (entry?.value === undefined || entry.valueRange === undefined) continue;
    // A compile target says the code runs on this Java or later, not which Java runs it.
    reportSighting(context, { product: 'java', version: entry.value, range: entry.valueRange, use: 'minimum' });
    return;
  }
}

/**
 * go.mod: `toolchain go1.21.0` names the toolchain that builds; `go 1.20` is the minimum language
 * version the module needs, so it counts as a minimum.
 */
function checkGoMod(context: RuleContext, config: ConfigModel): void {
  for (const entry of config.entries()) {
    if (entry.path.length !== 1 || entry.value === undefined || entry.valueRange === undefined) continue;
    if (entry.key === 'go') {
      reportSighting(context, { product: 'go', version: entry.value, range: entry.valueRange, use: 'minimum' });
    } else if (entry.key === 'toolchain' && entry.value.startsWith('go')) {
      const start = entry.valueRange.start + 2;
      reportSighting(context, { product: 'go', version: entry.value.slice(2), range: { start, end: entry.valueRange.end }, use: 'runs' });
    }
  }
}

function checkGemfile(context: RuleContext): void {
  const code = context.code;
  if (code === undefined) return;
  for (const call of code.calls()) {
    if (call.callee !== 'ruby' || call.receiver !== undefined) continue;
    const first = call.args[0];
    if (first === undefined || first.name !== undefined) continue;
    const value = code.valueOf(first.node);
    if (value.kind !== 'string') continue;
    const requirement = requirementOf('ruby', value.value);
    if (requirement === undefined) continue;
    const start = insideQuotes(first.node).start + requirement.offset;
    reportSighting(context, { product: 'ruby', version: requirement.version, range: { start, end: start + requirement.version.length }, use: requirement.use });
  }
}

function insideQuotes(node: SyntaxNode): Range {
  const quoted = node.type === 'string' && node.endIndex - node.startIndex >= 2;
  return quoted ? { start: node.startIndex + 1, end: node.endIndex - 1 } : { start: node.startIndex, end: node.endIndex };
}

function fileName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}

export const endOfLife: Rule = {
  meta: {
    id: 'dependencies/end-of-life',
    title: 'End-of-life runtime or base image',
    area: 'dependencies',
    severity: 'medium',
    confidence: 'high',
    cwe: [1104],
    owasp: 'A06:2021 Vulnerable and Outdated Components',
    policy: [
      'vulnerability-scanning-and-patch-management-guide#minimum-software-requirements',
      'vulnerability-scanning-guide#scanning-requirements',
      'technical-controls-policy#application-security-policy',
    ],
    basis: 'explicit',
    why:
      'A runtime or operating system past its vendor\'s end of life gets no security fixes, so every vulnerability found after that date stays open. MoJ requires software to be supported and patchable, treats missing or expired support as a vulnerability (Minimum software requirements), and asks scans to flag support that expires within one year (Scanning requirements). Dates come from a bundled table (as of 2026-11-27; sources: the Node.js release schedule, the Python developer guide, ruby-lang.org, php.net, the Go release policy, Microsoft\'s .NET support policy, the Adoptium roadmap, Debian LTS, the Ubuntu release cycle and Alpine releases) that an eolData file can override. Past end of life is medium, and high once more than two years past; support ending within a year is low; a minimum version (engines, requires-python, a Java compile target) is reported at low confidence only once past end of life, and not at all in the engines field of a published npm library, which states what it supports rather than what runs.',
    howToFix:
      'Move to a supported release line (for images, change the tag, e.g. node:16 to node:24-bookworm-slim) and rebuild; where a declaration only sets a minimum, raise it. To correct or extend the dates, point eolData (--eol-data) at a JSON file of { "products": { "node": [{ "cycle": "16", "eol": "2023-09-11" }] } }.',
    fixSafety: 'suggestion',
    thresholds: [
      {
        name: 'expiryWarningDays',
        description: 'Report support that ends within this many days (low severity).',
        default: 365,
        source: 'MoJ Vulnerability Scanning Guide, Scanning requirements: flag licence or vendor-support expiry due within one year',
      },
    ],
    languages: ['dockerfile', 'yaml', 'version-file', 'json', 'toml', 'xml', 'ruby', 'lockfile'],
    prefilter: [
      'node', 'python', 'ruby', 'php', 'golang', 'go', 'temurin', 'openjdk', 'corretto', 'java', 'dotnet', 'net', 'debian', 'ubuntu', 'alpine',
    ],
    // A version file may hold nothing but a number, so every one is read.
    prefilterByLanguage: { 'version-file': [], ruby: ['ruby'] },
    examples: {
      dockerfile: 'FROM node:24-bookworm-slim',
      yaml: "- uses: actions/setup-node@<sha> # v4\n  with:\n    node-version: 24",
      'version-file': '24.11.1',
      json: '{ "engines": { "node": ">=22" } }',
      toml: '[project]\nrequires-python = ">=3.12"',
      xml: '<TargetFramework>net10.0</TargetFramework>',
      ruby: "ruby '3.4.7'",
    },
  },
  check(context) {
    const name = fileName(context.document.path);
    if (context.document.language === 'ruby') {
      if (name === 'gemfile' || name === 'gems.rb') checkGemfile(context);
      return;
    }
    const config = context.config;
    if (config === undefined) return;
    switch (config.format) {
      case 'dockerfile':
        checkDockerfile(context, config);
        break;
      case 'yaml':
        checkYaml(context, config);
        break;
      case 'version-file':
        checkVersionFile(context, config, name);
        break;
      case 'json':
        checkJson(context, config, name);
        break;
      case 'toml':
        checkToml(context, config, name);
        break;
      case 'xml':
        checkXml(context, config, name);
        break;
      case 'lockfile':
        if (name === 'go.mod') checkGoMod(context, config);
        break;
      default:
        break;
    }
  },
};
