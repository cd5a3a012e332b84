/**
 * CVSS v3.1 base scores from vector strings (FIRST, CVSS v3.1 Specification, section 7 and
 * Appendix A), for OSV advisories' `severity[].score`. v3.0 vectors use the same formula; only
 * the rounding edge cases differ, which the 3.1 `Roundup` settles. Returns undefined for a
 * vector that is not a complete v3 base vector (a CVSS v4 vector, a missing metric).
 */

const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** Privileges Required weighs more when the scope changes. */
const PRIVILEGES = {
  U: { N: 0.85, L: 0.62, H: 0.27 },
  C: { N: 0.85, L: 0.68, H: 0.5 },
} as const;

/** CVSS v3.1 Appendix A: round up to one decimal, exactly, despite floating point. */
export function roundUp(value: number): number {
  const integer = Math.round(value * 100_000);
  return integer % 10_000 === 0 ? integer / 100_000 : (Math.floor(integer / 10_000) + 1) / 10;
}

export function cvss3BaseScore(vector: string): number | undefined {
  const parts = vector.trim().split('/');
  const version = parts.shift();
  if (version !== 'CVSS:3.1' && version !== 'CVSS:3.0') return undefined;
  const metrics = new Map<string, string>();
  for (const part of parts) {
    const [name, value] = part.split(':');
    if (name === undefined || value === undefined || metrics.has(name)) return undefined;
    metrics.set(name, value);
  }
  const pick = <T extends Readonly<Record<string, number>>>(table: T, name: string): number | undefined => {
    const value = metrics.get(name);
    return value !== undefined && Object.prototype.hasOwnProperty.call(table, value) ? table[value as keyof T] : undefined;
  };
  const scope = metrics.get('S');
  if (scope !== 'U' && scope !== 'C') return undefined;
  const attackVector = pick(WEIGHTS.AV, 'AV');
  const complexity = pick(WEIGHTS.AC, 'AC');
  const privileges = pick(PRIVILEGES[scope], 'PR');
  const interaction = pick(WEIGHTS.UI, 'UI');
  const confidentiality = pick(WEIGHTS.CIA, 'C');
  const integrity = pick(WEIGHTS.CIA, 'I');
  const availability = pick(WEIGHTS.CIA, 'A');
  if (
    attackVector === undefined || complexity === undefined || privileges === undefined || interaction === undefined ||
    confidentiality === undefined || integrity === undefined || availability === undefined
  ) {
    return undefined;
  }
  const impactSubScore = 1 - (1 - confidentiality) * (1 - integrity) * (1 - availability);
  const impact = scope === 'U' ? 6.42 * impactSubScore : 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15);
  const exploitability = 8.22 * attackVector * complexity * privileges * interaction;
  if (impact <= 0) return 0;
  return scope === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}

export type CvssBand = 'critical' | 'high' | 'medium' | 'low';

/** MoJ's vulnerability risk ratings (Vulnerability Scanning Guide): 9.0–10 critical, 7.0–8.9 high, 4.0–6.9 medium, below low. */
export function cvssBand(score: number): CvssBand {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}
