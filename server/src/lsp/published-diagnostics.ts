/**
 * Every `textDocument/publishDiagnostics` the server sends goes through here, so it knows which
 * documents hold pushed diagnostics and can clear them: when a pull client opens one (a document
 * gets one model, never both; CONTRACTS §8), when a file is deleted, or when the project file
 * it reported on is fixed. Documents are matched by path, since the editor may spell a file's
 * URI differently from the server (percent-encoding varies).
 */
import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { Log } from './log';
import { uriToPath } from './workspace-folders';

export class PublishedDiagnostics {
  /** The URI each document's non-empty diagnostics were published under, by path (or URI). */
  private readonly holding = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
  ) {}

  /** `version` is set for open documents, whose empty result must always be sent to clear old ones. */
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    const key = keyOf(uri);
    const previous = this.holding.get(key);
    if (diagnostics.length === 0 && version === undefined && previous === undefined) return;
    // Published before under another spelling of the URI: clear that one, so only one remains.
    if (previous !== undefined && previous !== uri) this.send(previous, { uri: previous, diagnostics: [] });
    if (diagnostics.length === 0) this.holding.delete(key);
    else this.holding.set(key, uri);
    this.send(uri, { uri, diagnostics, ...(version === undefined ? {} : { version }) });
  }

  /** Removes what was pushed for a document, if anything was. */
  clear(uri: string): void {
    const key = keyOf(uri);
    const published = this.holding.get(key);
    if (published === undefined) return;
    this.holding.delete(key);
    this.send(published, { uri: published, diagnostics: [] });
  }

  private send(uri: string, params: Parameters<Connection['sendDiagnostics']>[0]): void {
    this.connection.sendDiagnostics(params).catch((error: unknown) => this.log.failure(`Publishing diagnostics for ${uri}`, error));
  }
}

function keyOf(uri: string): string {
  return uriToPath(uri) ?? uri;
}
