/**
 * The workspace scan's pool, run in a child process (scan-host.ts) rather than in the server.
 * Worker threads that end give back their JavaScript heaps, but not all of their native memory:
 * compiled grammars' WebAssembly and the allocator's fragments stayed in the server after every
 * scan (RSS 156-182 MB after a 10,000-file scan, for a 26 MB heap). A process that exits gives
 * back everything. The host's pool keeps its per-file watchdog, so a stuck file is still reported
 * skipped and the rest of the scan goes on; if the host itself dies, every file it held, and every
 * file after, is reported skipped with the reason.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { batchScanV8Flags } from '../cli/batch-v8-flags';
import type { ScanJob, ScanOutcome } from '../cli/scan-pool';
import type { FromScanHost, ScanHostInit, ToScanHost } from './scan-host-protocol';

export interface ScanProcessOptions extends ScanHostInit {
  /** The host's entry; by default scan-host beside this module (bundled or source). */
  readonly hostScript?: string;
}

export class ScanProcess {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, (outcome: ScanOutcome) => void>();
  private readonly exited: Promise<void>;
  private nextId = 1;
  /** Why no more jobs are answered: set once the host is closed or has died. */
  private stopped: string | undefined;

  constructor(options: ScanProcessOptions) {
    const { hostScript = defaultHostScript(), ...init } = options;
    this.child = fork(hostScript, [], {
      // Maps and the engine's results cross the channel as they cross to a worker thread.
      serialization: 'advanced',
      // Never the server's stdout: with `--stdio` that is the protocol stream.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      // Not the server's own flags (a debugger's --inspect port would clash), but those for batch
      // scanning; from source, the TypeScript loader as well.
      execArgv: [...batchScanV8Flags(), ...(hostScript.endsWith('.ts') ? ['--require', createRequire(__filename).resolve('tsx/cjs')] : [])],
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.stop(`analysis stopped: the scan process exited unexpectedly (${code === null ? `signal ${String(signal)}` : `exit code ${code}`})`);
        resolve();
      });
      // Not started at all: there will be no 'exit'.
      this.child.on('error', (error) => {
        this.stop(`analysis failed: the scan process failed: ${error.message}`);
        if (this.child.pid === undefined) resolve();
      });
    });
    this.child.on('message', (message: FromScanHost) => {
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve?.(message.outcome);
    });
    this.send({ kind: 'init', init });
  }

  /** The file's outcome; skipped, with the reason, once the host is closed or has died. */
  scan(job: ScanJob): Promise<ScanOutcome> {
    if (this.stopped !== undefined) return Promise.resolve({ kind: 'skipped', reason: this.stopped });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ kind: 'scan', id, job });
    });
  }

  /** Ends the host, and with it its threads and their memory; the files it holds resolve as skipped. */
  async close(): Promise<void> {
    this.stop('the scan was stopped');
    // Nothing in the host needs to finish: a kill ends a thread stuck in a loop at once, too.
    this.child.kill();
    await this.exited;
  }

  private send(message: ToScanHost): void {
    // A send to a host that has died fails; its 'exit' gives the reason, clearer than the send's.
    this.child.send(message, () => undefined);
  }

  private stop(reason: string): void {
    this.stopped ??= reason;
    for (const resolve of this.pending.values()) resolve({ kind: 'skipped', reason: this.stopped });
    this.pending.clear();
  }
}

function defaultHostScript(): string {
  const fromSource = __filename.endsWith('.ts');
  return path.join(__dirname, fromSource ? 'scan-host.ts' : 'scan-host.js');
}
