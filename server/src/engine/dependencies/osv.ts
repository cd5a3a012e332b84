/**
 * OSV advisories (https://ossf.github.io/osv-schema/), the subset `dependencies/known-vulnerable`
 * reads: id, summary, aliases, CVSS severity vectors, and per affected package its ecosystem,
 * name, explicit versions and SEMVER/ECOSYSTEM ranges. The faces read the `advisories` folders
 * and hand each file's text to `parseOsvAdvisory`; nothing here does I/O.
 */

export type OsvEvent =
  | { readonly introduced: string }
  | { readonly fixed: string }
  | { readonly last_affected: string }
  | { readonly limit: string };

export interface OsvRange {
  readonly type: string;
  readonly events: readonly OsvEvent[];
}

export interface OsvAffected {
  readonly package: { readonly ecosystem: string; readonly name: string };
  readonly ranges: readonly OsvRange[];
  readonly versions: readonly string[];
}

export interface OsvAdvisory {
  readonly id: string;
  readonly summary?: string;
  readonly aliases: readonly string[];
  /** `{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/...' }` entries. */
  readonly severity: readonly { readonly type: string; readonly score: string }[];
  readonly affected: readonly OsvAffected[];
}

/** A problem with an advisory file, as one line naming the problem. */
export class OsvError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new OsvError(`${where} must be a list of strings`);
  return value;
}

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;

/**
 * Reads one OSV JSON document. Throws `OsvError` naming the first problem. Fields this tool does
 * not use are ignored, as the schema allows.
 */
export function parseOsvAdvisory(text: string): OsvAdvisory {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new OsvError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(value)) throw new OsvError('an advisory must be a JSON object');
  const { id, summary, aliases, severity, affected } = value;
  if (typeof id !== 'string' || id === '') throw new OsvError('"id" must be a non-empty string');
  if (summary !== undefined && typeof summary !== 'string') throw new OsvError('"summary" must be a string');
  const parsedSeverity: { type: string; score: string }[] = [];
  if (severity !== undefined) {
    if (!Array.isArray(severity)) throw new OsvError('"severity" must be a list');
    for (const [index, item] of severity.entries()) {
      if (!isRecord(item) || typeof item.type !== 'string' || typeof item.score !== 'string') {
        throw new OsvError(`"severity[${index}]" must be { "type": string, "score": string }`);
      }
      parsedSeverity.push({ type: item.type, score: item.score });
    }
  }
  if (!Array.isArray(affected)) throw new OsvError('"affected" must be a list');
  const parsedAffected = affected.map((item: unknown, index): OsvAffected => {
    const where = `"affected[${index}]"`;
    if (!isRecord(item) || !isRecord(item.package)) throw new OsvError(`${where} must have a "package" object`);
    const { ecosystem, name } = item.package;
    if (typeof ecosystem !== 'string' || typeof name !== 'string' || name === '') {
      throw new OsvError(`${where}.package must have string "ecosystem" and "name"`);
    }
    const ranges: OsvRange[] = [];
    if (item.ranges !== undefined) {
      if (!Array.isArray(item.ranges)) throw new OsvError(`${where}.ranges must be a list`);
      for (const [rangeIndex, range] of item.ranges.entries()) {
        const rangeWhere = `${where}.ranges[${rangeIndex}]`;
        if (!isRecord(range) || typeof range.type !== 'string' || !Array.isArray(range.events)) {
          throw new OsvError(`${rangeWhere} must have a string "type" and a list of "events"`);
        }
        const events = range.events.map((event: unknown, eventIndex): OsvEvent => {
          if (isRecord(event)) {
            for (const key of EVENT_KEYS) {
              const version = event[key];
              if (typeof version === 'string') return { [key]: version } as OsvEvent;
            }
          }
          throw new OsvError(`${rangeWhere}.events[${eventIndex}] must be one of introduced, fixed, last_affected or limit with a string version`);
        });
        ranges.push({ type: range.type, events });
      }
    }
    return { package: { ecosystem, name }, ranges, versions: stringList(item.versions, `${where}.versions`) };
  });
  return {
    id,
    ...(summary === undefined ? {} : { summary }),
    aliases: stringList(aliases, '"aliases"'),
    severity: parsedSeverity,
    affected: parsedAffected,
  };
}
