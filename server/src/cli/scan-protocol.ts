/** Messages between the scan pool and its worker threads. Everything here is structured-cloneable. */
import type { EffectiveConfig } from '../engine/config/types';
import type { ScanResult, SourceFile } from '../engine/scan';
import type { DependencyData } from './dependency-data';

/** A file the project index reads (`.properties`, lockfiles, Terraform), relative to its project root. */
export interface IndexFile {
  readonly path: string;
  readonly text: string;
}

export interface WorkerInit {
  /** A module exporting `allRules` (or `rules`, or a default export) to use instead of the built-in rules. */
  readonly rulesModule?: string;
  readonly timeBudgetMs: number;
  /** YYYY-MM-DD, for suppression expiry; today when absent. */
  readonly today?: string;
}

/** What one thread is started with: the pool's `WorkerInit` and its own progress memory. */
export interface WorkerData extends WorkerInit {
  readonly progress: SharedArrayBuffer;
}

/**
 * What the files of a scan are read against, sent to each thread before its first request: it is
 * known only once the files are listed, and threads start while they are.
 */
export interface ScanContext {
  /** The project index files per project key (the project root). */
  readonly projects: readonly (readonly [string, readonly IndexFile[]])[];
  /** End-of-life overrides and advisories, loaded once by the main thread, by `dependencyDataKey`. */
  readonly dependencyData?: readonly (readonly [string, DependencyData])[];
}

export interface ContextMessage {
  readonly kind: 'context';
  readonly context: ScanContext;
}

/** What the pool sends a thread: the scan's context, then requests. */
export type PoolMessage = ContextMessage | ScanRequest;

export interface ScanRequest {
  readonly kind?: undefined;
  readonly id: number;
  readonly projectKey: string;
  readonly file: SourceFile;
  readonly config: EffectiveConfig;
  /** Which of `ScanContext.dependencyData` applies to this file, if any. */
  readonly dependencyDataKey?: string;
}

/** A file's outcome, as a thread sends it back. */
export type Answer =
  | { readonly kind: 'result'; readonly id: number; readonly result: ScanResult }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };

/** Answers come in batches, in the order the files were sent (see scan-worker.ts for why). */
export type WorkerMessage = { readonly kind: 'ready' } | { readonly kind: 'answers'; readonly answers: readonly Answer[] };

/**
 * Shared memory each thread writes its progress to, so the pool's watchdog can tell which file a
 * thread is on without a message: the id of the request being scanned (0 between files) and when
 * it started (milliseconds since the epoch).
 */
export class Progress {
  static readonly BYTES = 16;
  private readonly current: Int32Array;
  private readonly since: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.current = new Int32Array(buffer, 0, 1);
    this.since = new Float64Array(buffer, 8, 1);
  }

  start(id: number, now: number): void {
    this.since[0] = now;
    Atomics.store(this.current, 0, id);
  }

  stop(): void {
    Atomics.store(this.current, 0, 0);
  }

  /** The request being scanned and since when, or undefined between files. */
  read(): { readonly id: number; readonly since: number } | undefined {
    const id = Atomics.load(this.current, 0);
    return id === 0 ? undefined : { id, since: this.since[0]! };
  }
}
