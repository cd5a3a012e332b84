/**
 * Checks one rule's metadata for completeness and honesty, returning every problem as a line of
 * text (an empty list means the metadata is fine). test/unit/rule-metadata.test.ts runs it over
 * every built-in rule and feeds it deliberately broken metadata as a negative control.
 */
import {
  CONFIDENCES,
  SEVERITIES,
  type FixSafety,
  type LanguageId,
  type PolicyBasis,
  type RuleArea,
  type RuleMeta,
} from '../../server/src/engine/contract';
import { findPolicy } from '../../server/src/policy/catalogue';

// Records keyed by the contract's unions, so adding an area or a language to the contract
// without listing it here is a compile error rather than a silently failing check.
const AREAS: Readonly<Record<RuleArea, true>> = {
  crypto: true,
  transport: true,
  secrets: true,
  injection: true,
  deserialization: true,
  'web-config': true,
  access: true,
  infrastructure: true,
  dependencies: true,
  logging: true,
  suppression: true,
};

const LANGUAGES: Readonly<Record<LanguageId, true>> = {
  javascript: true,
  typescript: true,
  tsx: true,
  python: true,
  java: true,
  csharp: true,
  go: true,
  php: true,
  ruby: true,
  shell: true,
  yaml: true,
  json: true,
  xml: true,
  dockerfile: true,
  terraform: true,
  properties: true,
  dotenv: true,
  ini: true,
  npmrc: true,
  nginx: true,
  apache: true,
  haproxy: true,
  sshd: true,
  'pip-requirements': true,
  gradle: true,
  vue: true,
  erb: true,
  ejs: true,
  jinja: true,
  razor: true,
  blade: true,
  toml: true,
  'version-file': true,
  lockfile: true,
};

const BASES: Readonly<Record<PolicyBasis, true>> = { explicit: true, indirect: true, principle: true };
const FIX_SAFETIES: Readonly<Record<FixSafety, true>> = { safe: true, suggestion: true };

/** `<area>/<slug>`: lower-case words joined by single hyphens on both sides of the slash. */
const RULE_ID = /^([a-z]+(?:-[a-z]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const OWASP_2021 = /^A(0[1-9]|10):2021 \S/;

/**
 * Metadata as it may arrive from a rule module. Typed loosely on purpose: the negative controls
 * pass objects with fields missing, which the real `RuleMeta` type would reject at compile time.
 */
export type MetaUnderTest = { readonly [K in keyof RuleMeta]?: unknown };

export function checkRuleMeta(meta: MetaUnderTest): string[] {
  const problems: string[] = [];
  const id = typeof meta.id === 'string' ? meta.id : undefined;
  const label = id ?? '(no id)';
  const problem = (text: string): void => {
    problems.push(`${label}: ${text}`);
  };

  if (id === undefined) {
    problem('id is missing');
  } else {
    const match = RULE_ID.exec(id);
    if (match === null) problem(`id "${id}" is not <area>/<slug> in lower-case kebab case`);
    else if (match[1] !== meta.area) problem(`id area "${match[1]}" differs from meta.area "${show(meta.area)}"`);
  }
  if (!isKey(AREAS, meta.area)) problem(`area "${show(meta.area)}" is not a rule area`);

  if (!isText(meta.title)) problem('title is missing');
  if (!(SEVERITIES as readonly unknown[]).includes(meta.severity)) problem(`severity "${show(meta.severity)}" is not one of ${SEVERITIES.join(', ')}`);
  if (!(CONFIDENCES as readonly unknown[]).includes(meta.confidence)) problem(`confidence "${show(meta.confidence)}" is not one of ${CONFIDENCES.join(', ')}`);

  if (!isNonEmptyArray(meta.cwe)) problem('cwe needs at least one CWE id');
  else for (const cwe of meta.cwe) if (!Number.isInteger(cwe) || (cwe as number) <= 0) problem(`cwe ${show(cwe)} is not a CWE number`);

  if (meta.owasp !== undefined && !(typeof meta.owasp === 'string' && OWASP_2021.test(meta.owasp))) {
    problem(`owasp "${show(meta.owasp)}" is not an OWASP Top 10 2021 category such as "A02:2021 Cryptographic Failures"`);
  }

  checkPolicy(meta.policy, problem);

  if (!isKey(BASES, meta.basis)) problem(`basis "${show(meta.basis)}" is not explicit, indirect or principle`);
  if (!isText(meta.why)) problem('why is missing');
  if (!isText(meta.howToFix)) problem('howToFix is missing');
  if (!isKey(FIX_SAFETIES, meta.fixSafety)) problem(`fixSafety "${show(meta.fixSafety)}" is not safe or suggestion`);

  if (!isNonEmptyArray(meta.languages)) problem('languages needs at least one language');
  else {
    for (const language of meta.languages) if (!isKey(LANGUAGES, language)) problem(`language "${show(language)}" is not a known language id`);
    if (new Set(meta.languages).size !== meta.languages.length) problem('languages repeats a language');
  }

  if (!isNonEmptyArray(meta.prefilter)) problem('prefilter needs at least one literal');
  else if (!meta.prefilter.every(isText)) problem('prefilter holds an empty or non-string literal');

  checkThresholds(meta.thresholds, problem);

  for (const field of ['title', 'why', 'howToFix'] as const) {
    const text = meta[field];
    if (typeof text === 'string') for (const claim of findMojProhibitionClaims(text)) problem(`${field} ${claim}`);
  }
  return problems;
}

function checkPolicy(policy: unknown, problem: (text: string) => void): void {
  if (!isNonEmptyArray(policy)) {
    problem('policy needs at least one catalogue id');
    return;
  }
  if (new Set(policy).size !== policy.length) problem('policy repeats a catalogue id');
  for (const policyId of policy) {
    const entry = typeof policyId === 'string' ? findPolicy(policyId) : undefined;
    if (entry === undefined) problem(`policy id "${show(policyId)}" is not in the MoJ policy catalogue`);
    else if (entry.doNotLinkForCode) problem(`policy id "${entry.id}" is a page code findings must not link to`);
  }
}

function checkThresholds(thresholds: unknown, problem: (text: string) => void): void {
  if (thresholds === undefined) return;
  if (!Array.isArray(thresholds)) {
    problem('thresholds is not a list');
    return;
  }
  const names = new Set<string>();
  for (const threshold of thresholds as readonly Record<string, unknown>[]) {
    const name = isText(threshold.name) ? threshold.name : undefined;
    if (name === undefined) problem('a threshold has no name');
    else if (names.has(name)) problem(`threshold "${name}" is listed twice`);
    else names.add(name);
    const label = `threshold "${name ?? '?'}"`;
    if (!isText(threshold.description)) problem(`${label} has no description`);
    if (!isText(threshold.source)) problem(`${label} has no source`);
    if (threshold.default === undefined) problem(`${label} has no default`);
  }
}

/**
 * Words that would present MoJ as banning or prohibiting something. MoJ publishes no list of
 * banned algorithms (moj-policy-map.md §5), so the product must never word a finding that way.
 * "Block list" is left out on purpose: MoJ really does ask for password block lists.
 */
const PROHIBITION_WORD = /^(ban|bans|banned|banning|prohibit|prohibits|prohibited|prohibiting|prohibition|forbid|forbids|forbidden|forbidding|forbade|disallow|disallows|disallowed)$/;
const NEGATION_WORD = /^(no|not|never|neither|nor|without|cannot|doesn't|don't|isn't|aren't|won't|didn't)$/;
/** How many words apart "MoJ" and a prohibition word may be and still read as one claim. */
const CLAIM_WINDOW = 8;

/**
 * Finds sentences that attribute a ban or prohibition to MoJ: "MoJ bans MD5", "prohibited by
 * the MoJ", "MD5 is on MoJ's banned list". A sentence that negates the prohibition is allowed,
 * because it states the truth: "MoJ names no banned algorithms", "MD5 is not banned by MoJ".
 * Returns one description per offending sentence.
 */
export function findMojProhibitionClaims(text: string): string[] {
  const claims: string[] = [];
  for (const sentence of text.split(/(?<=[.!?;:])\s+|\n+/)) {
    const words = (sentence.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z']+/g) ?? []).map((word) => word.replace(/^'+|'+$/g, ''));
    const mojAt = mojPositions(words);
    const claimed = words.some(
      (word, at) =>
        PROHIBITION_WORD.test(word) &&
        mojAt.some((moj) => Math.abs(moj - at) <= CLAIM_WINDOW && !negated(words, moj, at)),
    );
    if (claimed) claims.push(`presents MoJ as banning or prohibiting something: "${sentence.trim()}"`);
  }
  return claims;
}

/** Word positions naming MoJ: `moj`, `moj's`, or the first word of "Ministry of Justice". */
function mojPositions(words: readonly string[]): number[] {
  const positions: number[] = [];
  words.forEach((word, at) => {
    if (word === 'moj' || word === "moj's") positions.push(at);
    else if (word === 'ministry' && words[at + 1] === 'of' && (words[at + 2] === 'justice' || words[at + 2] === "justice's")) positions.push(at);
  });
  return positions;
}

/**
 * Whether the prohibition is negated: a negation among the three words just before the
 * prohibition word ("is not banned", "not a MoJ ban"), or, when MoJ is named first, anywhere
 * between the two ("MoJ names no banned ..."). A negation after the prohibition word does not
 * count: "MD5 is banned and not recommended by MoJ" is still a claim.
 */
function negated(words: readonly string[], moj: number, prohibition: number): boolean {
  const from = moj < prohibition ? Math.min(moj, prohibition - 3) : prohibition - 3;
  return words.slice(Math.max(0, from), prohibition).some((word) => NEGATION_WORD.test(word));
}

/** A value as text for a problem line; JSON for anything but a string, so objects stay readable. */
function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function isNonEmptyArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && value.length > 0;
}

function isKey<T extends string>(table: Readonly<Record<T, true>>, value: unknown): value is T {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(table, value);
}
