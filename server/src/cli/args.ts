/**
 * Hand-written argument parsing for `moj-secure-code` (CONTRACTS §3). Every problem becomes a
 * `UsageError` whose message is the one line printed on stderr before exiting with code 2.
 */
import { CONFIDENCES, SEVERITIES } from '../engine/contract';
import type { PartialConfig, RuleSetting } from '../engine/config/types';
import { isRuleIdShape } from '../engine/config/rule-id';

export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'md', 'html', 'gitlab-sast'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const FAIL_ON_LEVELS = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export interface ScanArguments {
  readonly command: 'scan' | 'report';
  /** As given; the current folder when none. */
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly output?: string;
  readonly failOn: FailOn;
  readonly failOnSkipped: boolean;
  readonly baseline?: string;
  readonly writeBaseline?: string;
  readonly configFile?: string;
  readonly fix: boolean;
  readonly dryRun: boolean;
  readonly shard?: Shard;
  /** The configuration keys given as flags: the highest-precedence layer. */
  readonly overrides: PartialConfig;
}

export type ParsedCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'scan'; readonly args: ScanArguments };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const RULE_SETTINGS: readonly string[] = ['off', ...SEVERITIES];

/** Flags that take a value, and the flags that are switches. */
const VALUE_FLAGS = new Set([
  '--format', '--output', '--fail-on', '--baseline', '--write-baseline', '--config', '--shard',
  '--rule', '--min-severity', '--min-confidence', '--exclude', '--max-file-size-kb',
  '--policy-base-url', '--advisories', '--eol-data',
]);
const REPEATABLE_FLAGS = new Set(['--rule', '--exclude', '--advisories']);
const SWITCH_FLAGS = new Set(['--fail-on-skipped', '--fix', '--dry-run', '--help', '--version']);
const SHORT_FLAGS: Readonly<Record<string, string>> = { '-h': '--help', '-V': '--version', '-o': '--output', '-f': '--format' };

export function parseArguments(argv: readonly string[]): ParsedCommand {
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  const positionals: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = equals >= 0 ? arg.slice(0, equals) : arg;
    const flag = SHORT_FLAGS[written] ?? written;
    if (SWITCH_FLAGS.has(flag)) {
      if (equals >= 0) throw new UsageError(`${flag} takes no value`);
      switches.add(flag);
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) throw new UsageError(`unknown option ${written}`);
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`${flag} needs a value`);
      i++;
    }
    const list = values.get(flag) ?? [];
    if (list.length > 0 && !REPEATABLE_FLAGS.has(flag)) throw new UsageError(`${flag} was given more than once`);
    list.push(value);
    values.set(flag, list);
  }

  if (switches.has('--help')) return { kind: 'help' };
  if (switches.has('--version')) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command: use "scan" or "report" (see --help)');
  if (command !== 'scan' && command !== 'report') throw new UsageError(`unknown command ${command}: use "scan" or "report" (see --help)`);

  const single = (flag: string): string | undefined => values.get(flag)?.[0];
  const format = oneOf('--format', single('--format'), OUTPUT_FORMATS) ?? (command === 'report' ? 'html' : 'text');
  const fix = switches.has('--fix');
  const dryRun = switches.has('--dry-run');
  if (dryRun && !fix) throw new UsageError('--dry-run needs --fix');

  return {
    kind: 'scan',
    args: {
      command,
      paths: paths.length > 0 ? paths : ['.'],
      format,
      output: nonEmpty('--output', single('--output')),
      failOn: oneOf('--fail-on', single('--fail-on'), FAIL_ON_LEVELS) ?? (command === 'report' ? 'none' : 'high'),
      failOnSkipped: switches.has('--fail-on-skipped'),
      baseline: nonEmpty('--baseline', single('--baseline')),
      writeBaseline: nonEmpty('--write-baseline', single('--write-baseline')),
      configFile: nonEmpty('--config', single('--config')),
      fix,
      dryRun,
      shard: parseShard(single('--shard')),
      overrides: parseOverrides(values),
    },
  };
}

function parseOverrides(values: ReadonlyMap<string, readonly string[]>): PartialConfig {
  const overrides: PartialConfig = {};
  const rules = values.get('--rule');
  if (rules !== undefined) {
    const settings: Record<string, RuleSetting> = {};
    for (const entry of rules) {
      const equals = entry.indexOf('=');
      const id = entry.slice(0, equals).trim();
      const setting = entry.slice(equals + 1).trim();
      if (equals < 0 || !isRuleIdShape(id)) throw new UsageError(`--rule ${entry}: expected ID=off|SEVERITY, for example crypto/weak-hash=off`);
      if (!RULE_SETTINGS.includes(setting)) throw new UsageError(`--rule ${entry}: "${setting}" is not one of ${RULE_SETTINGS.join(', ')}`);
      settings[id] = setting as RuleSetting;
    }
    overrides.rules = settings;
  }
  const minSeverity = oneOf('--min-severity', values.get('--min-severity')?.[0], SEVERITIES);
  if (minSeverity !== undefined) overrides.minSeverity = minSeverity;
  const minConfidence = oneOf('--min-confidence', values.get('--min-confidence')?.[0], CONFIDENCES);
  if (minConfidence !== undefined) overrides.minConfidence = minConfidence;
  const exclude = values.get('--exclude');
  if (exclude !== undefined) overrides.exclude = exclude.map((glob) => nonEmpty('--exclude', glob)!);
  const maxFileSize = values.get('--max-file-size-kb')?.[0];
  if (maxFileSize !== undefined) {
    const kb = Number(maxFileSize);
    if (!/^\d+$/.test(maxFileSize) || !Number.isSafeInteger(kb) || kb < 1) {
      throw new UsageError(`--max-file-size-kb: "${maxFileSize}" is not a whole number of kilobytes of at least 1`);
    }
    overrides.maxFileSizeKb = kb;
  }
  const policyBaseUrl = values.get('--policy-base-url')?.[0];
  if (policyBaseUrl !== undefined) overrides.policyBaseUrl = httpsUrl(policyBaseUrl);
  const advisories = values.get('--advisories');
  if (advisories !== undefined) overrides.advisories = advisories.map((dir) => nonEmpty('--advisories', dir)!);
  const eolData = values.get('--eol-data')?.[0];
  if (eolData !== undefined) overrides.eolData = nonEmpty('--eol-data', eolData);
  return overrides;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard: "${value}" is not K/N with 1 <= K <= N, for example 1/4`);
  }
  return { index, count };
}

function httpsUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--policy-base-url: "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new UsageError(`--policy-base-url: "${value}" must use https`);
  return withoutTrailingSlashes(value);
}

/** Strips trailing slashes with a loop: the obvious `/\/+$/` backtracks quadratically on long runs. */
function withoutTrailingSlashes(value: string): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === '/') end--;
  return value.slice(0, end);
}
