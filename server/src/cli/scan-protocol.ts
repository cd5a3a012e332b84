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
  /** The project index files per project key (the project root). */
  readonly projects: readonly (readonly [string, readonly IndexFile[]])[];
  /** End-of-life overrides and advisories, loaded once by the main thread, by `dependencyDataKey`. */
  readonly dependencyData?: readonly (readonly [string, DependencyData])[];
}

export interface ScanRequest {
  readonly id: number;
  readonly projectKey: string;
  readonly file: SourceFile;
  readonly config: EffectiveConfig;
  /** Which of `WorkerInit.dependencyData` applies to this file, if any. */
  readonly dependencyDataKey?: string;
}

export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'result'; readonly id: number; readonly result: ScanResult }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };
