/**
 * V8 flags for the processes that scan files in bulk on worker threads and then exit: the CLI and
 * the language server's workspace-scan process (scan-host.ts). Not for the language server
 * itself, whose one long-lived isolate earns back any compile time many times over.
 *
 * Every worker thread is a new V8 isolate, which compiles the engine's hot functions with
 * TurboFan all over again. On the repository's `node_modules` that compiling was a third of the
 * scan's CPU time (`--trace-opt`: 11 s of 30 s, two threads), most of it on V8's background
 * threads, which take the cores from the scan threads. A scan of seconds never earns back the
 * compile time of deep inlining, so:
 * - an optimising compile runs on the thread that asked for it, not as a background job beside
 *   the other scan threads;
 * - the inlining budget is smaller (100 bytes of bytecode per function instead of 920), and a
 *   function runs longer before it is optimised (interrupt budget 300 KB instead of 132 KB).
 *
 * On `node_modules`, two cores: 0.89× the wall time and the CPU time (BENCHMARKS.md).
 */
import { setFlagsFromString } from 'node:v8';

export const BATCH_SCAN_V8_FLAGS: readonly string[] = [
  '--no-concurrent-recompilation',
  '--max-inlined-bytecode-size-cumulative=100',
  '--interrupt-budget=300000',
];

/**
 * Sets the flags for the worker threads started after this call: V8 flags are process-wide, and
 * an isolate reads them when it is created (the calling thread's own isolate keeps its settings).
 */
export function useBatchScanV8Flags(): void {
  for (const flag of BATCH_SCAN_V8_FLAGS) setFlagsFromString(flag);
}
