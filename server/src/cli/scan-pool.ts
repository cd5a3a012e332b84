/**
 * Scans files on worker threads. Each file gets a watchdog of ten times the engine's per-file
 * time budget: the engine stops cooperatively at the budget, so the watchdog only fires for code
 * that never yields (a rule stuck in a loop). Then the worker is terminated and replaced, and the
 * file is reported as skipped; the rest of the scan carries on.
 *
 * A thread is sent several files ahead, so that it never waits for the main thread between
 * files, and answers in batches (scan-worker.ts says why). It scans them one at a time; which
 * file it is on, and since when, it writes to shared memory, which the watchdog reads.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DEFAULT_TIME_BUDGET_MS, type ScanResult, type SourceFile } from '../engine/scan';
import type { EffectiveConfig } from '../engine/config/types';
import { Progress, type Answer, type ContextMessage, type IndexFile, type ScanContext, type ScanRequest, type WorkerData, type WorkerInit, type WorkerMessage } from './scan-protocol';
import type { DependencyData } from './dependency-data';

export const WATCHDOG_FACTOR = 10;
export const MAX_POOL_SIZE = 4;

export interface ScanPoolOptions {
  /** Number of worker threads; see `poolSizeFor`. */
  readonly size: number;
  readonly rulesModule?: string;
  /** The engine's per-file budget; the watchdog is ten times this. */
  readonly timeBudgetMs?: number;
  readonly today?: string;
  /** Project index files per project key. */
  readonly projects?: ReadonlyMap<string, readonly IndexFile[]>;
  /** The worker script; by default scan-worker beside this module (bundled or source). */
  readonly workerScript?: string;
  /** End-of-life overrides and advisories by key, and which key a job uses (see dependency-data.ts). */
  readonly dependencyData?: ReadonlyMap<string, DependencyData>;
  readonly dependencyDataKeyOf?: (job: ScanJob) => string | undefined;
  /** The projects and dependency data come later, from `provideContext`, and requests wait for them. */
  readonly contextLater?: boolean;
}

export interface ScanJob {
  readonly projectKey: string;
  readonly file: SourceFile;
  readonly config: EffectiveConfig;
  /** Which of `dependencyData` applies to this file, when the caller knows; else `dependencyDataKeyOf` says. */
  readonly dependencyDataKey?: string;
}

export type ScanOutcome =
  | { readonly kind: 'result'; readonly result: ScanResult }
  | { readonly kind: 'skipped'; readonly reason: string };

/** min(available parallelism, 4), and one thread when there is only one file. */
export function poolSizeFor(fileCount: number, availableParallelism: number): number {
  if (fileCount <= 1) return 1;
  return Math.max(1, Math.min(availableParallelism, MAX_POOL_SIZE, fileCount));
}

interface PendingJob {
  readonly request: ScanRequest;
  readonly resolve: (outcome: ScanOutcome) => void;
}

/**
 * Files sent to a thread beyond the one it is scanning: more than the thread's low water mark
 * for sending answers, so that it has work while its answers travel and more files come back.
 */
export const FILES_AHEAD = 8;

/**
 * Files to have read and not yet scanned for a pool of `threads`: each thread's files sent ahead
 * and a few more, so that a thread is sent its next files while it answers in batches
 * (scan-worker.ts): each message that wakes a waiting thread or process is costly.
 */
export function filesInFlight(threads: number): number {
  return threads * (FILES_AHEAD + 4);
}

interface Slot {
  readonly worker: Worker;
  readonly progress: Progress;
  ready: boolean;
  finished: boolean;
  contextSent: boolean;
  /** Sent and not yet answered, in the order the thread scans them. */
  readonly jobs: PendingJob[];
}

export class ScanPool {
  readonly watchdogMs: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: PendingJob[] = [];
  private readonly init: WorkerInit;
  /** Sent to each thread before its first request; until it is known, requests wait. */
  private context: ScanContext | undefined;
  private readonly script: string;
  private nextId = 1;
  private closed = false;
  private startupFailure: string | undefined;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(private readonly options: ScanPoolOptions) {
    const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    this.watchdogMs = budget * WATCHDOG_FACTOR;
    this.init = { rulesModule: options.rulesModule, timeBudgetMs: budget, today: options.today };
    if (!options.contextLater) this.context = scanContext(options.projects, options.dependencyData);
    this.script = options.workerScript ?? defaultWorkerScript();
  }

  /**
   * Starts the threads before there is work for them, so that they load the engine while the
   * caller lists the files (a few hundred milliseconds each, which would otherwise come first).
   */
  startThreads(): void {
    while (!this.closed && this.slots.size < this.size) this.spawn();
  }

  /** The scan's context, for a pool made with `contextLater`: requests wait for it. */
  provideContext(projects: ReadonlyMap<string, readonly IndexFile[]>, dependencyData?: ReadonlyMap<string, DependencyData>): void {
    this.context = scanContext(projects, dependencyData);
    for (const slot of this.slots) if (!slot.finished) this.sendContext(slot);
    this.dispatch();
  }

  scan(job: ScanJob): Promise<ScanOutcome> {
    if (this.closed) return Promise.reject(new Error('the scan pool is closed'));
    return new Promise((resolve) => {
      const dependencyDataKey = job.dependencyDataKey ?? this.options.dependencyDataKeyOf?.(job);
      this.queue.push({ request: { id: this.nextId++, ...job, ...(dependencyDataKey === undefined ? {} : { dependencyDataKey }) }, resolve });
      this.dispatch();
    });
  }

  /** The most threads this pool runs at once. */
  get size(): number {
    return Math.max(1, this.options.size);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    // Work not yet started resolves too, so a caller that stops early (a cancelled scan) is not left waiting.
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'skipped', reason: 'the scan was stopped' });
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) this.finish(slot, 'the scan was stopped');
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.closed || this.context === undefined) return;
    if (this.startupFailure !== undefined) {
      for (const job of this.queue.splice(0)) job.resolve({ kind: 'skipped', reason: this.startupFailure });
      return;
    }
    // Idle threads first; then more files each while more files wait than there are threads,
    // so that near the end no file waits behind another when a thread is free for it.
    for (const ahead of [0, FILES_AHEAD]) {
      for (const slot of this.slots) {
        while (this.queue.length > 0 && slot.ready && !slot.finished && slot.jobs.length <= ahead) {
          if (ahead > 0 && this.queue.length <= this.slots.size) break;
          this.send(slot, this.queue.shift()!);
        }
      }
    }
    // Work still waiting: start threads for it, up to the pool size, counting those still starting.
    let starting = [...this.slots].filter((slot) => !slot.ready).length;
    while (this.queue.length > starting && this.slots.size < this.size) {
      this.spawn();
      starting++;
    }
  }

  private send(slot: Slot, job: PendingJob): void {
    slot.jobs.push(job);
    slot.worker.postMessage(job.request);
  }

  /** Sent once per thread, before any request: messages to a thread arrive in the order sent. */
  private sendContext(slot: Slot): void {
    if (this.context === undefined || slot.contextSent) return;
    slot.contextSent = true;
    const message: ContextMessage = { kind: 'context', context: this.context };
    slot.worker.postMessage(message);
  }

  /** Checks every thread's progress often enough that a stuck file is stopped within a quarter of the watchdog past it. */
  private startWatchdog(): void {
    if (this.watchdog !== undefined) return;
    this.watchdog = setInterval(() => {
      const now = Date.now();
      for (const slot of this.slots) {
        const current = slot.progress.read();
        if (current !== undefined && now - current.since > this.watchdogMs) {
          this.settle(slot, current.id, { kind: 'skipped', reason: `analysis did not finish within ${this.watchdogMs} ms` });
          this.retire(slot);
        }
      }
    }, Math.max(25, Math.min(1000, this.watchdogMs / 4)));
    // The threads and the callers' promises keep the process alive, not the watchdog.
    this.watchdog.unref();
  }

  private spawn(): void {
    const progress = new Progress(new SharedArrayBuffer(Progress.BYTES));
    const workerData: WorkerData = { ...this.init, progress: progress.buffer };
    const worker = this.script.endsWith('.ts')
      ? // Running from source (tests): register the TypeScript loader inside the thread first. createRequire
        // keeps the bundler from resolving a development-only package.
        new Worker(`require(${JSON.stringify(createRequire(__filename).resolve('tsx/cjs'))}); require(${JSON.stringify(this.script)});`, {
          eval: true,
          workerData,
        })
      : new Worker(this.script, { workerData });
    const slot: Slot = { worker, progress, ready: false, finished: false, contextSent: false, jobs: [] };
    this.slots.add(slot);
    this.sendContext(slot);
    this.startWatchdog();
    worker.on('message', (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on('error', (error: Error) => {
      // A thread that fails before it is ready would fail the same way again: stop trying.
      if (!slot.ready) this.startupFailure = `analysis failed: the worker thread could not start: ${error.message}`;
      this.settle(slot, slot.progress.read()?.id, { kind: 'skipped', reason: `analysis failed: ${error.message}` });
      this.retire(slot);
    });
    worker.on('exit', (code) => {
      if (slot.finished) return;
      if (!slot.ready) this.startupFailure = `analysis failed: the worker thread exited while starting (exit code ${code})`;
      this.settle(slot, slot.progress.read()?.id, { kind: 'skipped', reason: `analysis stopped unexpectedly (exit code ${code})` });
      this.retire(slot);
    });
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.kind === 'ready') slot.ready = true;
    else for (const answer of message.answers) this.settle(slot, answer.id, outcomeOf(answer), false);
    this.dispatch();
  }

  /**
   * Resolves the job with this id. For a thread that failed, `id` is the file its progress names;
   * without one (it failed between files), the first it holds is blamed, so that a file that
   * kills threads cannot go round them forever.
   */
  private settle(slot: Slot, id: number | undefined, outcome: ScanOutcome, blameFirst = true): void {
    const index = id === undefined ? -1 : slot.jobs.findIndex((job) => job.request.id === id);
    if (index >= 0) slot.jobs.splice(index, 1)[0]!.resolve(outcome);
    else if (blameFirst) slot.jobs.shift()?.resolve(outcome);
  }

  /**
   * Stops a thread that is stuck or broken; a replacement starts if work is waiting. The files it
   * held go back to the front of the queue, in order, for another thread: those it had not
   * started, and those whose answers it had not sent yet.
   */
  private retire(slot: Slot): void {
    if (slot.finished) return;
    this.queue.unshift(...slot.jobs.splice(0));
    this.finish(slot, 'the worker thread stopped');
    this.slots.delete(slot);
    void slot.worker.terminate();
    this.dispatch();
  }

  private finish(slot: Slot, reason: string): void {
    slot.finished = true;
    for (const job of slot.jobs.splice(0)) job.resolve({ kind: 'skipped', reason });
  }
}

function scanContext(projects: ReadonlyMap<string, readonly IndexFile[]> = new Map(), dependencyData?: ReadonlyMap<string, DependencyData>): ScanContext {
  return { projects: [...projects.entries()], ...(dependencyData === undefined ? {} : { dependencyData: [...dependencyData.entries()] }) };
}

function outcomeOf(answer: Answer): ScanOutcome {
  return answer.kind === 'result' ? { kind: 'result', result: answer.result } : { kind: 'skipped', reason: `analysis failed: ${answer.message}` };
}

function defaultWorkerScript(): string {
  const fromSource = __filename.endsWith('.ts');
  return path.join(__dirname, fromSource ? 'scan-worker.ts' : 'scan-worker.js');
}
