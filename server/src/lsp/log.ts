/**
 * The server's log (the client shows it in the "MoJ Secure Code" output channel), and the guard
 * every handler runs inside: a failure in one feature is logged and answered with an empty
 * result, never allowed to take the server down.
 */
import type { Connection } from 'vscode-languageserver';

export class Log {
  constructor(private readonly connection: Connection) {}

  info(message: string): void {
    this.connection.console.info(message);
  }

  warn(message: string): void {
    this.connection.console.warn(message);
  }

  failure(what: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`${what} failed: ${detail}`);
  }
}

/** Wraps a handler so that any exception or rejection is logged and `fallback` returned instead. */
export function guarded<P extends unknown[], R>(log: Log, what: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.failure(what, error);
      return fallback;
    }
  };
}
