/**
 * Version ordering per package ecosystem, as OSV advisories name them, and OSV range
 * evaluation. Each comparator returns a negative number, zero or a positive number, like
 * `Array.prototype.sort` expects.
 *
 * - `npm`, `crates.io`, `Go` (after removing `v` and `+incompatible`; pseudo-versions are
 *   pre-releases whose fixed-width timestamps order correctly): Semantic Versioning 2.0.0,
 *   pre-release identifiers included, build metadata ignored.
 * - `NuGet`: SemVer with up to four numeric parts; pre-release labels compare case-insensitively.
 * - `PyPI`: PEP 440: epochs, release segments with trailing zeros ignored, pre-releases (a, b,
 *   rc and their spellings), post-releases and development releases; local labels ignored.
 * - `Maven`: Maven's ComparableVersion, simplified: numbers and qualifiers split at `.`, `-` and
 *   digit/letter boundaries; alpha < beta < milestone < rc < snapshot < release < sp.
 * - `RubyGems`: Gem::Version: a letter makes a pre-release segment, which sorts before numbers.
 * - `Packagist`: PHP's version_compare order: dev < alpha < beta < RC < release < patch.
 */

export type VersionComparator = (a: string, b: string) => number;

// ---------------------------------------------------------------------------------------------
// Semantic Versioning
// ---------------------------------------------------------------------------------------------

interface SemVer {
  readonly numbers: readonly number[];
  readonly prerelease: readonly string[];
}

function parseSemVer(text: string, partCount: number): SemVer {
  let version = text.trim();
  if (version.startsWith('v') || version.startsWith('V')) version = version.slice(1);
  if (version.startsWith('=')) version = version.slice(1).trim();
  const plus = version.indexOf('+');
  if (plus >= 0) version = version.slice(0, plus);
  const dash = version.indexOf('-');
  const core = dash >= 0 ? version.slice(0, dash) : version;
  const prerelease = dash >= 0 ? version.slice(dash + 1).split('.') : [];
  const numbers = core.split('.').map((part) => Number.parseInt(part, 10)).map((part) => (Number.isFinite(part) ? part : 0));
  while (numbers.length < partCount) numbers.push(0);
  return { numbers, prerelease };
}

function compareIdentifiers(a: string, b: string, caseInsensitive: boolean): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return Number(a) - Number(b);
  if (aNumeric) return -1;
  if (bNumeric) return 1;
  const left = caseInsensitive ? a.toLowerCase() : a;
  const right = caseInsensitive ? b.toLowerCase() : b;
  return left < right ? -1 : left > right ? 1 : 0;
}

function compareSemVerParsed(a: SemVer, b: SemVer, caseInsensitive: boolean): number {
  for (let index = 0; index < Math.max(a.numbers.length, b.numbers.length); index++) {
    const difference = (a.numbers[index] ?? 0) - (b.numbers[index] ?? 0);
    if (difference !== 0) return difference;
  }
  // A version without a pre-release sorts after every pre-release of the same numbers.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return b.prerelease.length - a.prerelease.length;
  for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index++) {
    const left = a.prerelease[index];
    const right = b.prerelease[index];
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    const difference = compareIdentifiers(left, right, caseInsensitive);
    if (difference !== 0) return difference;
  }
  return 0;
}

export const compareSemVer: VersionComparator = (a, b) => compareSemVerParsed(parseSemVer(a, 3), parseSemVer(b, 3), false);

export const compareGo: VersionComparator = (a, b) => compareSemVer(a.replace('+incompatible', ''), b.replace('+incompatible', ''));

export const compareNuGet: VersionComparator = (a, b) => compareSemVerParsed(parseSemVer(a, 4), parseSemVer(b, 4), true);

// ---------------------------------------------------------------------------------------------
// PEP 440
// ---------------------------------------------------------------------------------------------

const PEP440 =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+[a-z0-9._-]*)?$/i;

const PRE_PHASE: Readonly<Record<string, number>> = { a: 0, alpha: 0, b: 1, beta: 1, c: 2, rc: 2, pre: 2, preview: 2 };

/** A sort key: [epoch, release..., pre, post, dev] with the infinities PEP 440's ordering needs. */
function pep440Key(text: string): { epoch: number; release: number[]; pre: [number, number]; post: number; dev: number } | undefined {
  const match = PEP440.exec(text.trim().toLowerCase());
  if (match === null) return undefined;
  const release = (match[2] ?? '0').split('.').map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  const hasPre = match[3] !== undefined;
  const postNumber = match[5] ?? (match[6] !== undefined ? match[7] || '0' : undefined);
  const hasDev = match[8] !== undefined;
  let pre: [number, number];
  if (hasPre) pre = [PRE_PHASE[match[3] ?? 'a'] ?? 0, Number(match[4] || '0')];
  // A development release of a final version sorts before its pre-releases.
  else if (hasDev && postNumber === undefined) pre = [Number.NEGATIVE_INFINITY, 0];
  else pre = [Number.POSITIVE_INFINITY, 0];
  return {
    epoch: Number(match[1] ?? '0'),
    release,
    pre,
    post: postNumber === undefined ? Number.NEGATIVE_INFINITY : Number(postNumber),
    dev: hasDev ? Number(match[9] || '0') : Number.POSITIVE_INFINITY,
  };
}

export const comparePep440: VersionComparator = (a, b) => {
  const left = pep440Key(a);
  const right = pep440Key(b);
  if (left === undefined || right === undefined) return compareGeneric(a, b);
  if (left.epoch !== right.epoch) return left.epoch - right.epoch;
  for (let index = 0; index < Math.max(left.release.length, right.release.length); index++) {
    const difference = (left.release[index] ?? 0) - (right.release[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return (
    compareNumbers(left.pre[0], right.pre[0]) ||
    compareNumbers(left.pre[1], right.pre[1]) ||
    compareNumbers(left.post, right.post) ||
    compareNumbers(left.dev, right.dev)
  );
};

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

// ---------------------------------------------------------------------------------------------
// Maven, RubyGems, Packagist and a generic fallback
// ---------------------------------------------------------------------------------------------

/** Splits at `.`, `-`, `_`, `+` and at each change between digits and letters. */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/\d+|[a-z]+/g) ?? [];
}

const MAVEN_QUALIFIERS: Readonly<Record<string, number>> = {
  alpha: 0, a: 0, beta: 1, b: 1, milestone: 2, m: 2, rc: 3, cr: 3, snapshot: 4, '': 5, ga: 5, final: 5, release: 5, sp: 6,
};

function mavenItems(text: string): (number | string)[] {
  const items: (number | string)[] = tokens(text).map((token) => (/^\d+$/.test(token) ? Number(token) : token));
  // Trailing zeros and release qualifiers do not change a Maven version: 1.0 = 1 = 1.0.0-ga.
  while (items.length > 0) {
    const last = items[items.length - 1];
    if (last === 0 || (typeof last === 'string' && MAVEN_QUALIFIERS[last] === 5)) items.pop();
    else break;
  }
  return items;
}

function mavenItemOrder(item: number | string | undefined): [number, number | string] {
  if (item === undefined) return [1, 5]; // the end of a version: like "" (a release)
  if (typeof item === 'number') return [2, item];
  const known = MAVEN_QUALIFIERS[item];
  return known === undefined ? [1, `7${item}`] : [1, known];
}

export const compareMaven: VersionComparator = (a, b) => {
  const left = mavenItems(a);
  const right = mavenItems(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    // A missing part is 0 against a number, and a release against a qualifier: 1.0-alpha-1 < 1.0.
    const leftItem = left[index] ?? (typeof right[index] === 'number' ? 0 : undefined);
    const rightItem = right[index] ?? (typeof left[index] === 'number' ? 0 : undefined);
    const [leftKind, leftValue] = mavenItemOrder(leftItem);
    const [rightKind, rightValue] = mavenItemOrder(rightItem);
    if (leftKind !== rightKind) return leftKind - rightKind;
    if (leftValue !== rightValue) {
      if (typeof leftValue === 'number' && typeof rightValue === 'number') return leftValue - rightValue;
      return String(leftValue) < String(rightValue) ? -1 : 1;
    }
  }
  return 0;
};

export const compareRubyGems: VersionComparator = (a, b) => {
  const left = tokens(a).map((token) => (/^\d+$/.test(token) ? Number(token) : token));
  const right = tokens(b).map((token) => (/^\d+$/.test(token) ? Number(token) : token));
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const l = left[index] ?? 0;
    const r = right[index] ?? 0;
    if (l === r) continue;
    // A letter segment marks a pre-release, which sorts before any number.
    if (typeof l === 'string' && typeof r === 'number') return -1;
    if (typeof l === 'number' && typeof r === 'string') return 1;
    if (typeof l === 'number' && typeof r === 'number') return l - r;
    return l < r ? -1 : 1;
  }
  return 0;
};

const PHP_SPECIAL: Readonly<Record<string, number>> = { dev: 0, alpha: 1, a: 1, beta: 2, b: 2, rc: 3, c: 3, '#': 4, pl: 5, p: 5, patch: 5 };

export const comparePackagist: VersionComparator = (a, b) => {
  const strip = (text: string): string => text.trim().replace(/^v/i, '');
  const left = tokens(strip(a));
  const right = tokens(strip(b));
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    // A missing part is 0 against a number, and a release ("#") against a word: 1.0.0 > 1.0.0-beta.
    const l = left[index] ?? (/^\d+$/.test(right[index] ?? '') ? '0' : '#');
    const r = right[index] ?? (/^\d+$/.test(left[index] ?? '') ? '0' : '#');
    const lNumber = /^\d+$/.test(l);
    const rNumber = /^\d+$/.test(r);
    if (lNumber && rNumber) {
      const difference = Number(l) - Number(r);
      if (difference !== 0) return difference;
      continue;
    }
    const lRank = lNumber ? PHP_SPECIAL['#'] ?? 4 : PHP_SPECIAL[l] ?? -1;
    const rRank = rNumber ? PHP_SPECIAL['#'] ?? 4 : PHP_SPECIAL[r] ?? -1;
    if (lRank !== rRank) return lRank - rRank;
  }
  return 0;
};

/** Numbers numerically, words alphabetically; for ecosystems without a comparator here. */
export const compareGeneric: VersionComparator = (a, b) => {
  const left = tokens(a);
  const right = tokens(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const l = left[index] ?? '0';
    const r = right[index] ?? '0';
    if (l === r) continue;
    const lNumber = /^\d+$/.test(l);
    const rNumber = /^\d+$/.test(r);
    if (lNumber && rNumber) return Number(l) - Number(r);
    if (lNumber !== rNumber) return lNumber ? 1 : -1;
    return l < r ? -1 : 1;
  }
  return 0;
};

const COMPARATORS: Readonly<Record<string, VersionComparator>> = {
  npm: compareSemVer,
  'crates.io': compareSemVer,
  Go: compareGo,
  NuGet: compareNuGet,
  PyPI: comparePep440,
  Maven: compareMaven,
  RubyGems: compareRubyGems,
  Packagist: comparePackagist,
};

/** The comparator for an OSV ecosystem name (`npm`, `PyPI`, `Maven`, `Go`, ...). */
export function comparatorFor(ecosystem: string): VersionComparator {
  return COMPARATORS[ecosystem.split(':')[0] ?? ecosystem] ?? compareGeneric;
}

// ---------------------------------------------------------------------------------------------
// OSV ranges
// ---------------------------------------------------------------------------------------------

export interface RangeEvent {
  readonly introduced?: string;
  readonly fixed?: string;
  readonly last_affected?: string;
  readonly limit?: string;
}

/**
 * Whether `version` lies in an OSV SEMVER or ECOSYSTEM range, evaluated as the OSV schema
 * describes: walk the events in version order; `introduced` at or below the version opens the
 * range, `fixed` at or below it (or `last_affected` below it) closes it. `introduced: "0"` is
 * below everything. Returns the `fixed` version that closes the range above, when there is one.
 */
export function rangeAffects(version: string, events: readonly RangeEvent[], compare: VersionComparator): { affected: boolean; fixed?: string } {
  const versionOf = (event: RangeEvent): string => event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? '0';
  const order = (event: RangeEvent): number => (event.introduced !== undefined ? 0 : 1);
  const sorted = [...events].sort((a, b) => {
    const left = versionOf(a);
    const right = versionOf(b);
    if (left === '0' && a.introduced !== undefined) return right === '0' && b.introduced !== undefined ? 0 : -1;
    if (right === '0' && b.introduced !== undefined) return 1;
    return compare(left, right) || order(a) - order(b);
  });
  let affected = false;
  let fixedAbove: string | undefined;
  for (const event of sorted) {
    if (event.introduced !== undefined) {
      if (event.introduced === '0' || compare(version, event.introduced) >= 0) affected = true;
    } else if (event.fixed !== undefined) {
      if (compare(version, event.fixed) >= 0) affected = false;
      else if (affected && fixedAbove === undefined) fixedAbove = event.fixed;
    } else if (event.last_affected !== undefined) {
      if (compare(version, event.last_affected) > 0) affected = false;
    }
  }
  return affected ? { affected, ...(fixedAbove === undefined ? {} : { fixed: fixedAbove }) } : { affected: false };
}
