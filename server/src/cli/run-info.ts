/**
 * The run facts an evidence report records (scope, settings, commit, time), built the same way by
 * the CLI and by the editor's "Write Evidence Report" command.
 */
import { createHash } from 'node:crypto';
import type { EffectiveConfig } from '../engine/config/types';
import { gitCommit } from './git-commit';
import type { RunInfo } from './report-model';

export interface RunFacts {
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly paths: readonly string[];
  readonly config: EffectiveConfig;
  /** The folder the report's paths start from; its git commit is recorded. */
  readonly srcRoot: string;
  readonly baselineFile?: string;
  readonly shard?: { readonly index: number; readonly count: number };
}

export function runInfo(facts: RunFacts): RunInfo {
  const commit = gitCommit(facts.srcRoot);
  return {
    startedAt: facts.startedAt.toISOString(),
    finishedAt: facts.finishedAt.toISOString(),
    paths: facts.paths,
    exclude: facts.config.exclude,
    configHash: configHash(facts.config),
    disabledRules: Object.entries(facts.config.rules)
      .filter(([, setting]) => setting === 'off' || (typeof setting === 'object' && setting.severity === 'off'))
      .map(([id]) => id)
      .sort(),
    minSeverity: facts.config.minSeverity,
    minConfidence: facts.config.minConfidence,
    ...(commit === undefined ? {} : { gitCommit: commit }),
    ...(facts.baselineFile === undefined ? {} : { baselineFile: facts.baselineFile }),
    ...(facts.shard === undefined ? {} : { shard: `${facts.shard.index}/${facts.shard.count}` }),
  };
}

/** SHA-256 of the configuration as canonical JSON (keys sorted), first 16 hex digits. */
export function configHash(config: EffectiveConfig): string {
  return createHash('sha256').update(canonicalJson(config)).digest('hex').slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
