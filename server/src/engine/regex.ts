/**
 * The one place regular expressions are made. Every expression a rule or the engine uses comes
 * from `safeRegex`, which records it, so the ReDoS harness can check every pattern the product
 * ever builds, including ones assembled at run time from configuration or word lists.
 */
const created = new Map<string, RegExp>();

export function safeRegex(source: string, flags = ''): RegExp {
  const key = `/${source}/${flags}`;
  const existing = created.get(key);
  if (existing !== undefined && !flags.includes('g') && !flags.includes('y')) return existing;
  const regex = new RegExp(source, flags);
  created.set(key, regex);
  return regex;
}

/** Escape a literal for use inside a pattern. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Every expression built so far, for the ReDoS harness. */
export function createdRegexes(): readonly RegExp[] {
  return [...created.values()];
}
