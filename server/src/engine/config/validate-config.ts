/**
 * Checks one configuration source (a project file, the editor settings) against the keys of
 * CONTRACTS §4. Every problem becomes an error naming the key path and the value found; the
 * valid parts are kept, so one typo does not throw away the rest of the file.
 * `schemas/moj-secure-code.schema.json` states the same rules for editors, and a test keeps the two in step.
 */
import { CONFIDENCES, SEVERITIES } from '../contract';
import type { Confidence, Severity } from '../contract';
import { closestName } from './closest-name';
import { isIsoDate } from './iso-date';
import { isRuleIdShape, RULE_ID_EXAMPLE } from './rule-id';
import { safeRegex } from '../regex';
import type { PartialConfig, ProjectSuppression, RuleSetting } from './types';

export interface ConfigError {
  /** The file or settings scope the value came from. */
  readonly source: string;
  /** The key path as written in messages, e.g. `rules["crypto/weak-hash"]`; '' for the whole document. */
  readonly path: string;
  /** The key path as segments, for finding the value in the source document. */
  readonly segments: readonly (string | number)[];
  /** The key path and the problem, e.g. `maxFileSizeKb: 0 is out of range (1 to 102400)`. */
  readonly detail: string;
  /** 1-based line and column in the source, when the source is a file. */
  readonly line?: number;
  readonly column?: number;
  /** One line for people: source, position if known, and detail. */
  readonly message: string;
}

export interface ValidatedConfig {
  readonly config: PartialConfig;
  readonly errors: ConfigError[];
}

export const CONFIG_KEYS = [
  'rules',
  'minSeverity',
  'minConfidence',
  'exclude',
  'maxFileSizeKb',
  'policyBaseUrl',
  'advisories',
  'eolData',
  'suppressions',
  'suppressionExpiryDays',
] as const satisfies readonly (keyof PartialConfig)[];

/** Allowed besides the configuration keys, so a project file can name its schema for editors. */
const SCHEMA_KEY = '$schema';

/** A file over 100 MB is generated or data, never code worth scanning. */
export const MAX_FILE_SIZE_KB_RANGE = { min: 1, max: 102_400 } as const;
/** Accepted risks are to be looked at again at least once a year. */
export const SUPPRESSION_EXPIRY_DAYS_RANGE = { min: 1, max: 365 } as const;

const RULE_SETTING_VALUES: readonly string[] = ['off', ...SEVERITIES];
const RULE_OBJECT_KEYS = ['severity', 'thresholds'] as const;
const SUPPRESSION_KEYS = ['path', 'rule', 'fingerprint', 'justification', 'until'] as const;
const REQUIRED_SUPPRESSION_KEYS = ['path', 'rule', 'justification'] as const;

type Segments = readonly (string | number)[];
type ThresholdValue = number | string | readonly string[];

/**
 * @param knownRuleIds every rule id the product ships (and the suppression notice ids), so a misspelt id is caught.
 * @param thresholdNames when given, each rule's threshold names, so a misspelt threshold is caught too.
 */
export function validateConfig(
  value: unknown,
  source: string,
  knownRuleIds: readonly string[],
  thresholdNames?: Readonly<Record<string, readonly string[]>>,
): ValidatedConfig {
  const checker = new ConfigChecker(source, knownRuleIds, thresholdNames);
  return { config: checker.document(value), errors: checker.errors };
}

class ConfigChecker {
  readonly errors: ConfigError[] = [];
  private readonly knownRuleIds: ReadonlySet<string>;

  constructor(
    private readonly source: string,
    private readonly ruleIds: readonly string[],
    private readonly thresholdNames: Readonly<Record<string, readonly string[]>> | undefined,
  ) {
    this.knownRuleIds = new Set(ruleIds);
  }

  document(value: unknown): PartialConfig {
    const config: PartialConfig = {};
    if (!isPlainObject(value)) {
      this.fail([], `the configuration must be a JSON object, not ${describe(value)}`);
      return config;
    }
    for (const [key, item] of Object.entries(value)) {
      const at = [key];
      switch (key) {
        case SCHEMA_KEY:
          if (typeof item !== 'string') this.problem(at, item, 'is not a string');
          break;
        case 'rules': {
          const rules = this.rules(item, at);
          if (rules !== undefined) config.rules = rules;
          break;
        }
        case 'minSeverity': {
          const severity = this.oneOf<Severity>(item, at, SEVERITIES);
          if (severity !== undefined) config.minSeverity = severity;
          break;
        }
        case 'minConfidence': {
          const confidence = this.oneOf<Confidence>(item, at, CONFIDENCES);
          if (confidence !== undefined) config.minConfidence = confidence;
          break;
        }
        case 'exclude':
        case 'advisories': {
          const list = this.stringList(item, at);
          if (list !== undefined) config[key] = list;
          break;
        }
        case 'maxFileSizeKb':
        case 'suppressionExpiryDays': {
          const range = key === 'maxFileSizeKb' ? MAX_FILE_SIZE_KB_RANGE : SUPPRESSION_EXPIRY_DAYS_RANGE;
          const number = this.wholeNumber(item, at, range);
          if (number !== undefined) config[key] = number;
          break;
        }
        case 'policyBaseUrl': {
          const url = this.httpsUrl(item, at);
          if (url !== undefined) config.policyBaseUrl = url;
          break;
        }
        case 'eolData': {
          const file = this.nonEmptyString(item, at);
          if (file !== undefined) config.eolData = file;
          break;
        }
        case 'suppressions': {
          const suppressions = this.suppressions(item, at);
          if (suppressions !== undefined) config.suppressions = suppressions;
          break;
        }
        default:
          this.unknownKey(at, [...CONFIG_KEYS, SCHEMA_KEY]);
      }
    }
    return config;
  }

  private rules(value: unknown, at: Segments): Record<string, RuleSetting> | undefined {
    if (!isPlainObject(value)) return this.problem(at, value, 'is not an object mapping rule ids to settings');
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(value)) {
      const here = [...at, id];
      if (!this.ruleId(id, here)) continue;
      const checked = this.ruleSetting(id, setting, here);
      if (checked !== undefined) rules[id] = checked;
    }
    return rules;
  }

  /** Reports an id that is `*` or unknown; `asValue` when the id is a value (a suppression's rule), not a key. */
  private ruleId(id: string, at: Segments, asValue = false): boolean {
    if (id === '*') {
      this.fail(at, `"*" is not allowed; name ${asValue ? 'one rule id' : 'each rule id'}`);
      return false;
    }
    if (this.knownRuleIds.has(id)) return true;
    const suggestion = closestName(id, this.ruleIds);
    const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : isRuleIdShape(id) ? '' : ` (rule ids look like ${RULE_ID_EXAMPLE})`;
    this.fail(at, asValue ? `${describe(id)} is not a known rule id${hint}` : `unknown rule id${hint}`);
    return false;
  }

  private ruleSetting(id: string, value: unknown, at: Segments): RuleSetting | undefined {
    if (typeof value === 'string') return this.oneOf<Severity | 'off'>(value, at, RULE_SETTING_VALUES);
    if (!isPlainObject(value)) {
      return this.problem(at, value, `is not one of ${RULE_SETTING_VALUES.join(', ')}, or an object with "severity" and "thresholds"`);
    }
    let severity: Severity | 'off' | undefined;
    let thresholds: Record<string, ThresholdValue> | undefined;
    let valid = true;
    for (const [key, item] of Object.entries(value)) {
      const here = [...at, key];
      if (key === 'severity') {
        severity = this.oneOf<Severity | 'off'>(item, here, RULE_SETTING_VALUES);
        valid &&= severity !== undefined;
      } else if (key === 'thresholds') {
        thresholds = this.thresholds(id, item, here);
        valid &&= thresholds !== undefined;
      } else {
        this.unknownKey(here, RULE_OBJECT_KEYS);
        valid = false;
      }
    }
    if (!valid) return undefined;
    return { ...(severity !== undefined ? { severity } : {}), ...(thresholds !== undefined ? { thresholds } : {}) };
  }

  private thresholds(id: string, value: unknown, at: Segments): Record<string, ThresholdValue> | undefined {
    if (!isPlainObject(value)) return this.problem(at, value, 'is not an object mapping threshold names to values');
    const names = this.thresholdNames?.[id];
    const thresholds: Record<string, ThresholdValue> = {};
    let valid = true;
    for (const [name, item] of Object.entries(value)) {
      const here = [...at, name];
      if (names !== undefined && !names.includes(name)) {
        this.unknownKey(here, names, 'threshold');
        valid = false;
      } else if (typeof item === 'number' || typeof item === 'string') {
        thresholds[name] = item;
      } else if (isStringList(item)) {
        thresholds[name] = item;
      } else {
        this.problem(here, item, 'is not a number, a string or a list of strings');
        valid = false;
      }
    }
    return valid ? thresholds : undefined;
  }

  private suppressions(value: unknown, at: Segments): ProjectSuppression[] | undefined {
    if (!Array.isArray(value)) return this.problem(at, value, 'is not a list of suppressions');
    const suppressions: ProjectSuppression[] = [];
    value.forEach((item: unknown, index) => {
      const checked = this.suppression(item, [...at, index]);
      if (checked !== undefined) suppressions.push(checked);
    });
    return suppressions;
  }

  private suppression(value: unknown, at: Segments): ProjectSuppression | undefined {
    if (!isPlainObject(value)) return this.problem(at, value, 'is not an object with "path", "rule" and "justification"');
    let valid = true;
    for (const key of REQUIRED_SUPPRESSION_KEYS) {
      if (!(key in value)) {
        this.fail(at, `missing required key "${key}"`);
        valid = false;
      }
    }
    const fields: { -readonly [K in keyof ProjectSuppression]?: ProjectSuppression[K] } = {};
    for (const [key, item] of Object.entries(value)) {
      const here = [...at, key];
      let ok: string | undefined;
      switch (key) {
        case 'path':
        case 'fingerprint':
          ok = this.nonEmptyString(item, here);
          break;
        case 'rule':
          ok = typeof item === 'string' ? (this.ruleId(item, here, true) ? item : undefined) : this.problem(here, item, 'is not a string');
          break;
        case 'justification':
          ok = typeof item === 'string' ? item : this.problem(here, item, 'is not a string');
          break;
        case 'until':
          ok = typeof item === 'string' && isIsoDate(item) ? item : this.problem(here, item, 'is not a date in the form YYYY-MM-DD');
          break;
        default:
          this.unknownKey(here, SUPPRESSION_KEYS);
      }
      if (ok === undefined) valid = false;
      else fields[key as keyof ProjectSuppression] = ok;
    }
    if (!valid || fields.path === undefined || fields.rule === undefined || fields.justification === undefined) return undefined;
    return {
      path: fields.path,
      rule: fields.rule,
      ...(fields.fingerprint !== undefined ? { fingerprint: fields.fingerprint } : {}),
      justification: fields.justification,
      ...(fields.until !== undefined ? { until: fields.until } : {}),
    };
  }

  private oneOf<T extends string>(value: unknown, at: Segments, allowed: readonly string[]): T | undefined {
    if (typeof value === 'string' && allowed.includes(value)) return value as T;
    return this.problem(at, value, `is not one of ${allowed.join(', ')}`);
  }

  private stringList(value: unknown, at: Segments): string[] | undefined {
    if (!Array.isArray(value)) return this.problem(at, value, 'is not a list of strings');
    const list: string[] = [];
    value.forEach((item: unknown, index) => {
      const checked = this.nonEmptyString(item, [...at, index]);
      if (checked !== undefined) list.push(checked);
    });
    return list;
  }

  private nonEmptyString(value: unknown, at: Segments): string | undefined {
    if (typeof value !== 'string') return this.problem(at, value, 'is not a string');
    if (value.trim() === '') return this.problem(at, value, 'is empty');
    return value;
  }

  private wholeNumber(value: unknown, at: Segments, range: { readonly min: number; readonly max: number }): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.problem(at, value, 'is not a whole number');
    if (value < range.min || value > range.max) return this.problem(at, value, `is out of range (${range.min} to ${range.max})`);
    return value;
  }

  /** Trailing slashes are dropped so that policy links join the same way whichever source set the URL. */
  private httpsUrl(value: unknown, at: Segments): string | undefined {
    if (typeof value !== 'string') return this.problem(at, value, 'is not a string');
    if (!value.startsWith('https://') || safeRegex('\\s').test(value) || !parsesAsUrl(value)) {
      return this.problem(at, value, 'is not an https URL');
    }
    let url = value;
    while (url.endsWith('/')) url = url.slice(0, -1);
    return url;
  }

  private unknownKey(at: Segments, known: readonly string[], what = 'key'): void {
    const name = String(at[at.length - 1]);
    const suggestion = closestName(name, known);
    const hint = suggestion !== undefined ? ` (did you mean "${suggestion}"?)` : ` (expected one of ${known.join(', ')})`;
    this.fail(at, `unknown ${what}${hint}`);
  }

  /** Records "<path>: <value> <problem>" and returns undefined, so callers can `return this.problem(...)`. */
  private problem(at: Segments, value: unknown, problem: string): undefined {
    this.fail(at, `${describe(value)} ${problem}`);
    return undefined;
  }

  private fail(segments: Segments, text: string): void {
    const path = formatKeyPath(segments);
    const detail = path === '' ? text : `${path}: ${text}`;
    this.errors.push({ source: this.source, path, segments, detail, message: `${this.source}: ${detail}` });
  }
}

/** `rules["crypto/weak-hash"].thresholds.iterations`, `suppressions[0].until`. */
export function formatKeyPath(segments: Segments): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (isIdentifier(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

function isIdentifier(name: string): boolean {
  if (name === '') return false;
  return [...name].every((char, i) => char === '_' || char === '$' || (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (i > 0 && char >= '0' && char <= '9'));
}

/** The value as JSON, shortened so one error stays on one line. */
function describe(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsesAsUrl(value: string): boolean {
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}
