/** Small helpers for extension-host tests, which observe a language server that answers later. */
import type * as vscode from 'vscode';

const POLL_INTERVAL_MS = 100;
const DEFAULT_TIMEOUT_MS = 30_000;

/** Polls `probe` until it returns something other than undefined, or fails naming `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** A diagnostic's code as a string, whether or not it carries a link (`codeDescription`). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}
