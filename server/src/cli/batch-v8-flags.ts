/**
 * V8 flags for the processes that scan files in bulk on worker threads and then exit: the CLI and
 * the language server's workspace-scan process (scan-host.ts). Not for the language server
 * itself, whose one long-lived isolate earns back any compile time many times over.
 *
 * Every worker thread is a new V8 isolate, which compiles the engine's hot functions with
 * TurboFan all over again. On the repository's `node_modules` that compiling was a third of the
 * scan's CPU time (`--trace-opt`: 11 s of 30 s, two threads), most of it on V8's background
 * threads, where it took the cores from the scan threads. A scan of seconds never earns back the
 * compile time of deep inlining, so:
 * - an optimising compile runs on the thread that asked for it, not as a background job beside
 *   the other scan threads;
 * - the inlining budget is smaller (100 bytes of bytecode per function instead of 920), and a
 *   function runs longer before it is optimised (interrupt budget 300 KB instead of 132 KB);
 * - WebAssembly's optimising tier leaves out its optional optimisations (`--no-wasm-opt`). The
 *   grammars' lexers are single functions of 100–190 KB that each language's first few thousand
 *   characters send to TurboFan: 2.2 s of compiling in a `node_modules` scan (the shell grammar's
 *   alone, for two scripts, took up to 1.4 s), on the cores the scan threads need; without these
 *   passes, 0.9 s. The code is a little slower (1.03x the time over 300 MB on one thread, where
 *   the compiling cost nothing), and a scan of seconds comes out ahead (0.96–0.98x).
 *
 * (`--single-threaded-gc` was tried as well: no faster, and 80 MB more memory.)
 *
 * V8 reads its flags when a process starts; set later (`v8.setFlagsFromString`) they reach new
 * isolates but not the one running, and some crash it (the garbage collector's, in a failed check
 * of its concurrent marker). So the CLI starts itself again with them (cli/main.ts), and the
 * server forks the scan host with them, on Node.js (`batchScanV8Flags`).
 */
export const BATCH_SCAN_V8_FLAGS: readonly string[] = [
  '--no-concurrent-recompilation',
  '--max-inlined-bytecode-size-cumulative=100',
  '--interrupt-budget=300000',
  '--no-wasm-opt',
];

/**
 * The flags for a process started by this runtime: none under Electron (VS Code's own runtime,
 * which runs the language server on the desktop), whose V8 is not the one they were chosen and
 * checked for (`batch-v8-flags.test.ts`), and where a flag its V8 no longer knows would stop the
 * process from starting at all.
 */
export function batchScanV8Flags(versions: NodeJS.ProcessVersions = process.versions): readonly string[] {
  return versions.electron === undefined ? BATCH_SCAN_V8_FLAGS : [];
}

/** Node options under which a process is being debugged: it is run as it is, not started again. */
const DEBUGGING = /^--(inspect|debug)/;

/**
 * The arguments for `process.execPath` that run this script again with the flags, or undefined
 * when it should run as it is: it has them already (none apply under Electron), or a debugger is
 * attached to this process.
 */
export function relaunchArguments(execArgv: readonly string[], argv: readonly string[], versions: NodeJS.ProcessVersions = process.versions): string[] | undefined {
  const flags = batchScanV8Flags(versions);
  if (flags.every((flag) => execArgv.includes(flag))) return undefined;
  if (execArgv.some((option) => DEBUGGING.test(option))) return undefined;
  return [...execArgv, ...flags, ...argv.slice(1)];
}
