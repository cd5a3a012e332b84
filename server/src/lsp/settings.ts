/**
 * The editor settings, `mojSecureCode.*`: one typed table that the manifest's
 * `contributes.configuration` mirrors (test/unit/settings-contract.test.ts checks they agree),
 * and a store that pulls `workspace/configuration` per resource and caches the answer until
 * `workspace/didChangeConfiguration`. The CONTRACTS §4 keys are checked by the same validator
 * as a project file, so a setting and a project file can never mean different things.
 */
import type { Connection } from 'vscode-languageserver';
import { CONFIDENCES, SEVERITIES } from '../engine/contract';
import { CONFIG_KEYS, validateConfig } from '../engine/config/validate-config';
import { DEFAULT_CONFIG, type PartialConfig } from '../engine/config/types';
import type { RuleSet } from './rule-set';

export const SETTINGS_SECTION = 'mojSecureCode';

export const RUN_MODES = ['onType', 'onSave'] as const;
export type RunMode = (typeof RUN_MODES)[number];
export const TRACE_LEVELS = ['off', 'messages', 'verbose'] as const;
export type TraceLevel = (typeof TRACE_LEVELS)[number];

export type SettingType = 'boolean' | 'string' | 'integer' | 'array' | 'object';

export interface SettingSpec {
  readonly type: SettingType;
  readonly default: unknown;
  readonly enum?: readonly string[];
}

/**
 * Every setting, by its name under `mojSecureCode.`. The CONTRACTS §4 keys take the engine's
 * defaults, except `minConfidence`: the editor hides low-confidence findings unless the user or
 * the project file asks for them (CONTRACTS §1). An empty `eolData` means the bundled data.
 */
export const SETTINGS = {
  enable: { type: 'boolean', default: true },
  run: { type: 'string', default: 'onType', enum: RUN_MODES },
  'trace.server': { type: 'string', default: 'off', enum: TRACE_LEVELS },
  rules: { type: 'object', default: DEFAULT_CONFIG.rules },
  minSeverity: { type: 'string', default: DEFAULT_CONFIG.minSeverity, enum: SEVERITIES },
  minConfidence: { type: 'string', default: 'medium', enum: CONFIDENCES },
  exclude: { type: 'array', default: DEFAULT_CONFIG.exclude },
  maxFileSizeKb: { type: 'integer', default: DEFAULT_CONFIG.maxFileSizeKb },
  policyBaseUrl: { type: 'string', default: DEFAULT_CONFIG.policyBaseUrl },
  advisories: { type: 'array', default: DEFAULT_CONFIG.advisories },
  eolData: { type: 'string', default: '' },
  suppressions: { type: 'array', default: DEFAULT_CONFIG.suppressions },
  suppressionExpiryDays: { type: 'integer', default: DEFAULT_CONFIG.suppressionExpiryDays },
} as const satisfies Record<string, SettingSpec>;

type SettingName = keyof typeof SETTINGS;

export interface EditorSettings {
  readonly enable: boolean;
  readonly run: RunMode;
  readonly traceServer: TraceLevel;
  /** The CONTRACTS §4 keys, every one set: the layer under the project file. */
  readonly config: PartialConfig;
}

export interface ReadSettings {
  readonly settings: EditorSettings;
  /** One line per value that was not valid and was replaced by its default. */
  readonly problems: readonly string[];
}

/** The §4 keys' defaults as a configuration layer. */
const DEFAULT_SETTINGS_LAYER: PartialConfig = {
  rules: SETTINGS.rules.default,
  minSeverity: SETTINGS.minSeverity.default,
  minConfidence: SETTINGS.minConfidence.default,
  exclude: SETTINGS.exclude.default,
  maxFileSizeKb: SETTINGS.maxFileSizeKb.default,
  policyBaseUrl: SETTINGS.policyBaseUrl.default,
  advisories: SETTINGS.advisories.default,
  suppressions: SETTINGS.suppressions.default,
  suppressionExpiryDays: SETTINGS.suppressionExpiryDays.default,
};

export const DEFAULT_SETTINGS: EditorSettings = {
  enable: SETTINGS.enable.default,
  run: SETTINGS.run.default,
  traceServer: SETTINGS['trace.server'].default,
  config: DEFAULT_SETTINGS_LAYER,
};

/**
 * Reads the `mojSecureCode` section as a client sent it. A client may answer null, leave keys
 * out, or send values of the wrong type: each missing or invalid value takes its default.
 */
export function readSettings(raw: unknown, ruleSet: Pick<RuleSet, 'knownRuleIds' | 'thresholdNames'>): ReadSettings {
  const section = isObject(raw) ? raw : {};
  const problems: string[] = [];
  const pick = <T extends string>(name: SettingName, value: unknown, allowed: readonly T[], fallback: T): T => {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${SETTINGS_SECTION}.${name}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
    return fallback;
  };

  let enable: boolean = SETTINGS.enable.default;
  if (typeof section.enable === 'boolean') enable = section.enable;
  else if (section.enable !== undefined && section.enable !== null) problems.push(`${SETTINGS_SECTION}.enable: ${JSON.stringify(section.enable)} is not true or false`);
  const run = pick<RunMode>('run', section.run, RUN_MODES, SETTINGS.run.default);
  const trace = isObject(section.trace) ? section.trace.server : undefined;
  const traceServer = pick<TraceLevel>('trace.server', trace, TRACE_LEVELS, SETTINGS['trace.server'].default);

  const supplied: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const value = section[key];
    // VS Code cannot leave a string setting unset, so the empty string stands for "not set".
    if (value === undefined || value === null || (key === 'eolData' && value === '')) continue;
    supplied[key] = value;
  }
  const validated = validateConfig(supplied, `${SETTINGS_SECTION} settings`, ruleSet.knownRuleIds, ruleSet.thresholdNames);
  for (const error of validated.errors) problems.push(`${SETTINGS_SECTION}.${error.detail}`);
  return { settings: { enable, run, traceServer, config: { ...DEFAULT_SETTINGS_LAYER, ...validated.config } }, problems };
}

export interface SettingsStoreOptions {
  /** Whether the client answers `workspace/configuration`. */
  readonly pullsConfiguration: boolean;
  readonly ruleSet: RuleSet;
  readonly log: (message: string) => void;
}

/** Settings per resource, pulled from the client and cached until they change. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<EditorSettings>>();
  /** Settings a client pushed with `didChangeConfiguration`, for clients that cannot be asked. */
  private pushed: unknown;
  private readonly reported = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly options: SettingsStoreOptions,
  ) {}

  /** The settings that apply to a document or folder URI; undefined for no resource. */
  forResource(uri: string | undefined): Promise<EditorSettings> {
    const key = uri ?? '';
    let settings = this.cache.get(key);
    if (settings === undefined) {
      settings = this.fetch(uri);
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** `workspace/didChangeConfiguration`: forget every answer; `pushed` is the notification's settings. */
  changed(pushed: unknown): void {
    this.cache.clear();
    this.reported.clear();
    this.pushed = isObject(pushed) ? pushed[SETTINGS_SECTION] : undefined;
  }

  private async fetch(uri: string | undefined): Promise<EditorSettings> {
    let raw: unknown = this.pushed;
    if (this.options.pullsConfiguration) {
      try {
        raw = (await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })) as unknown;
      } catch (error) {
        this.options.log(`Could not read the ${SETTINGS_SECTION} settings, so the defaults apply: ${String(error)}`);
        raw = undefined;
      }
    }
    const { settings, problems } = readSettings(raw, this.options.ruleSet);
    for (const problem of problems) {
      // Logged once per distinct problem until the settings change, not once per document.
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.options.log(`Setting ignored, its default applies: ${problem}`);
    }
    return settings;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
