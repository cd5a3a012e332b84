/**
 * The scan host's entry (bundled to dist/scan-host.js): a child process of the language server
 * that runs the workspace scan's ScanPool, worker threads and watchdog included, and answers each
 * file's job over IPC. Its parent kills it when the scan ends, so the memory the threads leave
 * behind (compiled grammars, WebAssembly, the allocator's fragments) goes back to the system
 * rather than staying in the server for good.
 */
import { ScanPool } from '../cli/scan-pool';
import type { FromScanHost, ToScanHost } from './scan-host-protocol';

if (process.send === undefined) throw new Error('scan-host must be started by the language server, with an IPC channel');

let pool: ScanPool | undefined;

process.on('message', (message: ToScanHost) => {
  if (message.kind === 'init') {
    pool = new ScanPool(message.init);
    return;
  }
  // The pool rejects only once closed, and this one never is: the process ends instead.
  void pool!.scan(message.job).then((outcome) => reply({ id: message.id, outcome }));
});

// The server is gone (or has finished with this scan): nothing is left to answer.
process.on('disconnect', () => process.exit(0));

function reply(message: FromScanHost): void {
  // A send after the server has gone fails; the 'disconnect' above is ending this process.
  process.send?.(message, undefined, undefined, () => undefined);
}
