/**
 * Messages between the language server and its scan host (scan-host.ts), a child process that
 * owns the workspace scan's pool of worker threads. The channel uses Node's `advanced`
 * serialization, so everything here is structured-cloneable, as between the pool and its threads.
 */
import type { ScanJob, ScanOutcome, ScanPoolOptions } from '../cli/scan-pool';

/** The pool the host starts: the scan pool's options, with the worker script its own default. */
export type ScanHostInit = Omit<ScanPoolOptions, 'workerScript' | 'dependencyDataKeyOf'>;

export type ToScanHost =
  | { readonly kind: 'init'; readonly init: ScanHostInit }
  | { readonly kind: 'scan'; readonly id: number; readonly job: ScanJob };

export interface FromScanHost {
  readonly id: number;
  readonly outcome: ScanOutcome;
}
