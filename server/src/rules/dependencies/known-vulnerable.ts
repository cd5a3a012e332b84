/**
 * dependencies/known-vulnerable: a package version in a lockfile that an OSV advisory lists as
 * vulnerable.
 *
 * Advisories come from `context.advisories`: the faces read the OSV JSON files in the folders
 * the `advisories` setting (`--advisories DIR`) names. With no advisories configured the rule
 * reports nothing; it never goes to the network.
 *
 * Lockfiles read, each giving (ecosystem, name, exact version, where the version is written):
 * package-lock.json and npm-shrinkwrap.json (v1 `dependencies` trees, v2/v3 `packages`),
 * yarn.lock (v1 and Berry), pnpm-lock.yaml (v5 to v9 keys), poetry.lock and uv.lock,
 * Pipfile.lock, requirements files pinned with `==`, go.sum, Gemfile.lock, composer.lock,
 * NuGet packages.lock.json and gradle.lockfile.
 *
 * A version is affected when an advisory's `affected` entry for the same ecosystem and package
 * (PyPI names normalised, NuGet and Packagist names case-insensitive) lists it in `versions` or
 * its SEMVER/ECOSYSTEM `ranges` contain it, compared with the ecosystem's own version ordering
 * (engine/dependencies/versions.ts). Git ranges are not evaluated: a lockfile version is not a
 * commit.
 *
 * Severity is the MoJ band of the highest CVSS v3 base score the advisory carries, computed from
 * its vector (critical 9.0–10, high 7.0–8.9, medium 4.0–6.9, low below 4.0), and the message
 * cites the patching timescale MoJ sets for that band on servers and digital services. An
 * advisory without a CVSS v3 vector is reported as medium and says so.
 */
import type { ConfigEntry, ConfigModel, OsvAdvisory, Range, Rule, RuleContext, Severity } from '../../engine/contract';
import { comparatorFor, cvss3BaseScore, cvssBand, rangeAffects, safeRegex } from '../../engine/contract';

interface Installed {
  readonly ecosystem: string;
  readonly name: string;
  readonly version: string;
  /** Where the version is written. */
  readonly range: Range;
}

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

const TIMESCALES: Readonly<Record<Exclude<Severity, 'info'>, string>> = {
  critical: '3 to 7 days',
  high: '3 to 7 days',
  medium: '28 days',
  low: 'the next scheduled upgrade, and at most 90 days',
};

const MAX_SUMMARY = 160;

function messageFor(installed: Installed, advisory: OsvAdvisory, score: number | undefined, severity: Exclude<Severity, 'info'>, fixed: string | undefined): string {
  const cve = advisory.aliases.find((alias) => alias.startsWith('CVE-'));
  const title = `${advisory.id}${cve === undefined || cve === advisory.id ? '' : ` (${cve})`}`;
  const summary = advisory.summary === undefined ? '' : `: ${truncate(advisory.summary.trim())}`;
  const rating =
    score === undefined
      ? `The advisory has no CVSS v3 vector, so it is treated as medium; MoJ's patching schedule gives medium vulnerabilities ${TIMESCALES.medium}`
      : `Its CVSS 3.1 base score is ${score.toFixed(1)} (${severity}); MoJ's patching schedule gives ${severity} vulnerabilities ${TIMESCALES[severity]}`;
  const action = fixed === undefined ? 'No fixed version is listed: replace or remove the package, or record a patching exemption.' : `Upgrade to ${fixed} or later and refresh the lockfile.`;
  return `${installed.name} ${installed.version} is affected by ${title}${summary}. ${rating} on servers and digital services (Patch Management: Patching schedule). ${action}`;
}

function truncate(text: string): string {
  const oneLine = text.replace(WHITESPACE_RUN, ' ');
  return oneLine.length <= MAX_SUMMARY ? oneLine : `${oneLine.slice(0, MAX_SUMMARY - 1)}…`;
}

const WHITESPACE_RUN = safeRegex('\\s+', 'g');

// ---------------------------------------------------------------------------------------------
// Advisory index
// ---------------------------------------------------------------------------------------------

const CASE_INSENSITIVE: ReadonlySet<string> = new Set(['NuGet', 'Packagist', 'PyPI']);
const PYPI_SEPARATORS = safeRegex('[-_.]+', 'g');

function packageKey(ecosystem: string, name: string): string {
  const base = ecosystem.split(':')[0] ?? ecosystem;
  let normalised = CASE_INSENSITIVE.has(base) ? name.toLowerCase() : name;
  if (base === 'PyPI') normalised = normalised.replace(PYPI_SEPARATORS, '-');
  return `${base}\u0000${normalised}`;
}

type AdvisoryIndex = ReadonlyMap<string, readonly OsvAdvisory[]>;

const indexes = new WeakMap<readonly OsvAdvisory[], AdvisoryIndex>();

function indexOf(advisories: readonly OsvAdvisory[]): AdvisoryIndex {
  let index = indexes.get(advisories);
  if (index === undefined) {
    const built = new Map<string, OsvAdvisory[]>();
    for (const advisory of advisories) {
      const keys = new Set(advisory.affected.map((affected) => packageKey(affected.package.ecosystem, affected.package.name)));
      for (const key of keys) {
        const list = built.get(key) ?? [];
        list.push(advisory);
        built.set(key, list);
      }
    }
    index = built;
    indexes.set(advisories, index);
  }
  return index;
}

/** Whether the advisory covers the version, and the fixed version above it when one is listed. */
function affects(advisory: OsvAdvisory, installed: Installed): { affected: boolean; fixed?: string } {
  const key = packageKey(installed.ecosystem, installed.name);
  const compare = comparatorFor(installed.ecosystem);
  for (const affected of advisory.affected) {
    if (packageKey(affected.package.ecosystem, affected.package.name) !== key) continue;
    for (const range of affected.ranges) {
      if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') continue;
      const result = rangeAffects(installed.version, range.events, compare);
      if (result.affected) return result;
    }
    if (affected.versions.some((listed) => listed === installed.version || compare(listed, installed.version) === 0)) return { affected: true };
  }
  return { affected: false };
}

function highestScore(advisory: OsvAdvisory): number | undefined {
  let best: number | undefined;
  for (const severity of advisory.severity) {
    if (severity.type !== 'CVSS_V3') continue;
    const score = cvss3BaseScore(severity.score);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best;
}

function check(context: RuleContext, installed: readonly Installed[]): void {
  const advisories = context.advisories ?? [];
  if (advisories.length === 0) return;
  const index = indexOf(advisories);
  for (const item of installed) {
    for (const advisory of index.get(packageKey(item.ecosystem, item.name)) ?? []) {
      const result = affects(advisory, item);
      if (!result.affected) continue;
      const score = highestScore(advisory);
      const severity = score === undefined ? 'medium' : cvssBand(score);
      context.report({ range: item.range, message: messageFor(item, advisory, score, severity, result.fixed), severity });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Lockfiles
// ---------------------------------------------------------------------------------------------

const EXACT_VERSION = safeRegex('^v?\\d[\\w.+-]*$');

function at(entry: ConfigEntry): Range {
  return entry.valueRange ?? entry.keyRange;
}

/** package-lock.json / npm-shrinkwrap.json: v2/v3 `packages`, else the v1 `dependencies` tree. */
function npmLock(config: ConfigModel): Installed[] {
  const entries = config.entries();
  const hasPackages = entries.some((entry) => entry.path.length === 1 && entry.key === 'packages');
  const installed: Installed[] = [];
  for (const entry of entries) {
    if (entry.key !== 'version' || entry.value === undefined || !EXACT_VERSION.test(entry.value)) continue;
    const path = entry.path;
    let name: string | undefined;
    if (hasPackages) {
      const location = path.length === 3 && path[0] === 'packages' ? path[1] ?? '' : '';
      const marker = location.lastIndexOf('node_modules/');
      if (marker >= 0) name = location.slice(marker + 'node_modules/'.length);
    } else if (path.length >= 3 && path.length % 2 === 1 && path[0] === 'dependencies') {
      name = path[path.length - 2];
    }
    if (name !== undefined && name !== '') installed.push({ ecosystem: 'npm', name, version: entry.value, range: at(entry) });
  }
  return installed;
}

/** yarn.lock v1 (`version "1.2.3"`) and Berry (`version: 1.2.3`), under `"name@range", ...:` headers. */
function yarnLock(config: ConfigModel): Installed[] {
  const installed: Installed[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 2 || (entry.key !== 'version' && entry.key !== 'version:') || entry.value === undefined || entry.valueRange === undefined) continue;
    const name = yarnPackageName(entry.path[0] ?? '');
    if (name === undefined) continue;
    const quoted = entry.value.startsWith('"') && entry.value.endsWith('"') && entry.value.length >= 2;
    const version = quoted ? entry.value.slice(1, -1) : entry.value;
    if (!EXACT_VERSION.test(version)) continue;
    const start = entry.valueRange.start + (quoted ? 1 : 0);
    installed.push({ ecosystem: 'npm', name, version, range: { start, end: start + version.length } });
  }
  return installed;
}

const YARN_LOCAL_PROTOCOLS: readonly string[] = ['workspace:', 'link:', 'portal:', 'file:', 'patch:', 'exec:', 'git', 'http'];

/** `"@babel/core@^7.0.0",` or `lodash@npm:^4.17.0:` → the package name; undefined for local and Git packages. */
function yarnPackageName(header: string): string | undefined {
  let end = header.length;
  while (end > 0 && HEADER_PUNCTUATION.has(header[end - 1] ?? '')) end--;
  let descriptor = header.slice(0, end);
  if (descriptor.startsWith('"')) descriptor = descriptor.slice(1);
  if (descriptor === '__metadata' || descriptor === '') return undefined;
  const separator = descriptor.indexOf('@', 1);
  if (separator < 0) return undefined;
  const name = descriptor.slice(0, separator);
  const range = descriptor.slice(separator + 1);
  if (YARN_LOCAL_PROTOCOLS.some((protocol) => range.startsWith(protocol))) return undefined;
  return name;
}

/** What ends a yarn.lock header's first descriptor: `"lodash@^4",` or `lodash@^4:`. */
const HEADER_PUNCTUATION: ReadonlySet<string> = new Set(['"', ',', ':']);

/** pnpm-lock.yaml `packages` keys: `/name/1.2.3` (v5), `/name@1.2.3(peer@1)` (v6), `name@1.2.3` (v9). */
function pnpmLock(config: ConfigModel): Installed[] {
  const installed: Installed[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 2 || entry.path[0] !== 'packages') continue;
    const key = entry.key;
    const offset = key.startsWith('/') ? 1 : 0;
    let descriptor = key.slice(offset);
    const peers = descriptor.indexOf('(');
    if (peers >= 0) descriptor = descriptor.slice(0, peers);
    let name: string;
    let version: string;
    const atSign = descriptor.indexOf('@', 1);
    if (atSign > 0) {
      name = descriptor.slice(0, atSign);
      version = descriptor.slice(atSign + 1);
    } else {
      const slash = descriptor.lastIndexOf('/');
      if (slash <= 0) continue;
      name = descriptor.slice(0, slash);
      version = descriptor.slice(slash + 1);
    }
    const underscore = version.indexOf('_');
    if (underscore >= 0) version = version.slice(0, underscore);
    if (!EXACT_VERSION.test(version)) continue;
    const start = entry.keyRange.start + offset + name.length + 1;
    installed.push({ ecosystem: 'npm', name, version, range: { start, end: start + version.length } });
  }
  return installed;
}

/** poetry.lock and uv.lock: `[[package]]` tables with `name` and `version`. */
function poetryLock(config: ConfigModel): Installed[] {
  const names = new Map<string, string>();
  const versions: ConfigEntry[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 3 || entry.path[0] !== 'package' || entry.value === undefined) continue;
    if (entry.key === 'name') names.set(entry.path[1] ?? '', entry.value);
    else if (entry.key === 'version') versions.push(entry);
  }
  return versions.flatMap((entry) => {
    const name = names.get(entry.path[1] ?? '');
    return name === undefined || entry.value === undefined ? [] : [{ ecosystem: 'PyPI', name, version: entry.value, range: at(entry) }];
  });
}

/** Pipfile.lock: `default` and `develop` packages with `"version": "==1.2.3"`. */
function pipfileLock(config: ConfigModel): Installed[] {
  const installed: Installed[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 3 || (entry.path[0] !== 'default' && entry.path[0] !== 'develop') || entry.key !== 'version') continue;
    const pinned = pinnedPython(entry);
    if (pinned !== undefined) installed.push({ ...pinned, name: entry.path[1] ?? '' });
  }
  return installed;
}

/** `==1.2.3` (no wildcard, no second clause) as an exact PyPI version. */
function pinnedPython(entry: ConfigEntry): Omit<Installed, 'name'> | undefined {
  const value = entry.value;
  if (value === undefined || entry.valueRange === undefined || !value.startsWith('==') || value.startsWith('===')) return undefined;
  const version = value.slice(2).trim();
  if (version === '' || version.includes('*') || version.includes(',')) return undefined;
  const start = entry.valueRange.start + value.indexOf(version, 2);
  return { ecosystem: 'PyPI', version, range: { start, end: start + version.length } };
}

function requirements(config: ConfigModel): Installed[] {
  const installed: Installed[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 1 || entry.key.startsWith('-')) continue;
    const pinned = pinnedPython(entry);
    if (pinned !== undefined) installed.push({ ...pinned, name: entry.key });
  }
  return installed;
}

/** go.sum: `module version hash` lines; `/go.mod` lines only fetched the module's go.mod, not its code. */
function goSum(config: ConfigModel): Installed[] {
  const installed: Installed[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 1 || entry.value === undefined || entry.valueRange === undefined) continue;
    const version = entry.value.split(' ')[0] ?? '';
    if (version.endsWith('/go.mod') || !version.startsWith('v')) continue;
    installed.push({ ecosystem: 'Go', name: entry.key, version, range: { start: entry.valueRange.start, end: entry.valueRange.start + version.length } });
  }
  return installed;
}

/** Gemfile.lock: `    name (1.2.3)` (platform gems `(1.2.3-x86_64-linux)`) under a `specs:` section. */
function gemfileLock(config: ConfigModel): Installed[] {
  const installed: Installed[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 3 || entry.path[1] !== 'specs:' || entry.value === undefined || entry.valueRange === undefined) continue;
    if (!entry.value.startsWith('(') || !entry.value.endsWith(')')) continue;
    const inside = entry.value.slice(1, -1);
    const dash = inside.indexOf('-');
    const version = dash >= 0 ? inside.slice(0, dash) : inside;
    if (!EXACT_VERSION.test(version)) continue;
    const start = entry.valueRange.start + 1;
    installed.push({ ecosystem: 'RubyGems', name: entry.key, version, range: { start, end: start + version.length } });
  }
  return installed;
}

/** composer.lock: `packages` and `packages-dev` lists of `{ name, version }`. */
function composerLock(config: ConfigModel): Installed[] {
  const names = new Map<string, string>();
  const versions: ConfigEntry[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 3 || (entry.path[0] !== 'packages' && entry.path[0] !== 'packages-dev') || entry.value === undefined) continue;
    const item = `${entry.path[0]}/${entry.path[1] ?? ''}`;
    if (entry.key === 'name') names.set(item, entry.value);
    else if (entry.key === 'version' && EXACT_VERSION.test(entry.value)) versions.push(entry);
  }
  return versions.flatMap((entry) => {
    const name = names.get(`${entry.path[0] ?? ''}/${entry.path[1] ?? ''}`);
    return name === undefined || entry.value === undefined ? [] : [{ ecosystem: 'Packagist', name, version: entry.value, range: at(entry) }];
  });
}

/** NuGet packages.lock.json: `dependencies.<framework>.<package>.resolved`. */
function nugetLock(config: ConfigModel): Installed[] {
  const installed: Installed[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 4 || entry.path[0] !== 'dependencies' || entry.key !== 'resolved' || entry.value === undefined) continue;
    installed.push({ ecosystem: 'NuGet', name: entry.path[2] ?? '', version: entry.value, range: at(entry) });
  }
  return installed;
}

/** gradle.lockfile: `group:artifact:version=configurations`. */
function gradleLockfile(config: ConfigModel): Installed[] {
  const installed: Installed[] = [];
  for (const entry of config.entries()) {
    if (entry.path.length !== 1) continue;
    const equals = entry.key.indexOf('=');
    const coordinates = (equals >= 0 ? entry.key.slice(0, equals) : entry.key).split(':');
    const [group, artifact, version] = coordinates;
    if (coordinates.length !== 3 || group === undefined || artifact === undefined || version === undefined || !EXACT_VERSION.test(version)) continue;
    const start = entry.keyRange.start + group.length + artifact.length + 2;
    installed.push({ ecosystem: 'Maven', name: `${group}:${artifact}`, version, range: { start, end: start + version.length } });
  }
  return installed;
}

const READERS: Readonly<Record<string, (config: ConfigModel) => Installed[]>> = {
  'package-lock.json': npmLock,
  'npm-shrinkwrap.json': npmLock,
  'yarn.lock': yarnLock,
  'pnpm-lock.yaml': pnpmLock,
  'poetry.lock': poetryLock,
  'uv.lock': poetryLock,
  'pipfile.lock': pipfileLock,
  'go.sum': goSum,
  'gemfile.lock': gemfileLock,
  'gems.locked': gemfileLock,
  'composer.lock': composerLock,
  'packages.lock.json': nugetLock,
  'gradle.lockfile': gradleLockfile,
};

export const knownVulnerable: Rule = {
  meta: {
    id: 'dependencies/known-vulnerable',
    title: 'Dependency version with a known vulnerability',
    area: 'dependencies',
    severity: 'high',
    confidence: 'high',
    cwe: [1395, 1104],
    owasp: 'A06:2021 Vulnerable and Outdated Components',
    policy: [
      'patch-management-guide#patching-schedule',
      'vulnerability-scanning-guide#vulnerability-risk-ratings',
      'vulnerability-scanning-guide#in-house-developed',
      'patch-management-guide#patching-of-moj-systems-and-equipment',
      'vulnerability-scanning-and-patch-management-guide#the-base-principles',
    ],
    basis: 'explicit',
    why:
      'A library version with a published vulnerability can be attacked by anyone who reads the advisory. MoJ requires in-house scans to find vulnerabilities in libraries, rates them by CVSS (critical 9.0–10, high 7.0–8.9, medium 4.0–6.9, low below 4.0), and sets patching timescales by rating: 3 to 7 days for critical and high on servers and digital services, 28 days for medium, and the next scheduled upgrade (at most 90 days) for low. The severity of each finding is the MoJ band of the advisory\'s CVSS 3.1 base score, computed from its vector.',
    howToFix:
      'Upgrade the package to the fixed version the message names (or later) and refresh the lockfile; where no fix exists, replace the package or record a patching exemption. Keep the advisories folder (--advisories DIR, OSV format) current.',
    fixSafety: 'suggestion',
    languages: ['json', 'yaml', 'toml', 'pip-requirements', 'lockfile'],
    // gradle.lockfile lines have only `group:artifact:version=configurations` in common.
    prefilter: ['version', 'h1:', 'specs:', '='],
    examples: {
      json: '"node_modules/lodash": { "version": "4.17.21" }',
      'pip-requirements': 'requests==2.32.3',
    },
  },
  check(context) {
    if ((context.advisories ?? []).length === 0 || context.config === undefined) return;
    const name = (context.document.path.split('/').pop() ?? '').toLowerCase();
    const reader = context.document.language === 'pip-requirements' ? requirements : READERS[name];
    if (reader === undefined) return;
    check(context, reader(context.config));
  },
};
