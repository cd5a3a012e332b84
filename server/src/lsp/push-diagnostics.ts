/**
 * Push diagnostics for open documents, for clients that do not pull. Each change is analysed
 * after an adaptive debounce (CONTRACTS §8): none when the document's last analysis was fast, a
 * short one otherwise, so slow files are not analysed once per keystroke. A result is
 * published only if its version is still the document's latest and nothing it depends on changed
 * meanwhile; a newer version supersedes it. Every publication carries the document version.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './document-analysis';
import type { Log } from './log';
import type { RuleSet } from './rule-set';
import { analysisDiagnostics } from './to-diagnostic';

/**
 * An analysis faster than this is run at once on every change (CONTRACTS §8 asks for at least
 * under 10 ms). Keystrokes come about 100 ms apart, so an analysis of under 30 ms keeps up with
 * typing at no more than a third of a core, and waiting would only add its wait to every edit.
 */
export const FAST_ANALYSIS_MS = 30;
/** The wait after a change to a slower document: about one keystroke at typing speed. */
export const SLOW_DOCUMENT_DEBOUNCE_MS = 50;
/** Weight of the newest incremental analysis in a document's typical incremental analysis time. */
const NEWEST_WEIGHT = 0.3;

/**
 * Whether the next change is analysed at once: when the last analysis was fast, or when it was
 * incremental (so the next one most likely is too) and incremental analyses of the document are
 * typically fast. One slow incremental run (a garbage collection) then does not make the next
 * keystroke wait, while a document analysed in full each time keeps its debounce.
 */
export function analysesAtOnce(last: { readonly durationMs: number; readonly incremental: boolean }, typicalIncrementalMs: number | undefined): boolean {
  if (last.durationMs < FAST_ANALYSIS_MS) return true;
  return last.incremental && typicalIncrementalMs !== undefined && typicalIncrementalMs < FAST_ANALYSIS_MS;
}

interface DocumentState {
  timer?: NodeJS.Timeout;
  last: { durationMs: number; incremental: boolean };
  /** Running average of the document's incremental analysis times (NEWEST_WEIGHT on the newest). */
  typicalIncrementalMs?: number;
  /** What was last published, so that runs which met at the same version publish it once. */
  published?: { readonly version: number; readonly generation: number };
}

/** The parts of the server this module uses, as interfaces so a test can drive them. */
export interface DocumentSource {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

export interface DocumentAnalyses {
  readonly generation: number;
  analyse(document: TextDocument): Promise<Analysis>;
}

export interface DiagnosticsSink {
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  clear(uri: string): void;
}

export class PushDiagnostics {
  private readonly states = new Map<string, DocumentState>();

  constructor(
    private readonly documents: DocumentSource,
    private readonly analyzer: DocumentAnalyses,
    private readonly ruleSet: RuleSet,
    private readonly published: DiagnosticsSink,
    private readonly log: Pick<Log, 'failure'>,
  ) {}

  /** Analyses the document's latest version, now or after the debounce. */
  schedule(uri: string): void {
    const state = this.stateOf(uri);
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = undefined;
    if (analysesAtOnce(state.last, state.typicalIncrementalMs)) {
      void this.run(uri);
      return;
    }
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(uri);
    }, SLOW_DOCUMENT_DEBOUNCE_MS);
  }

  /** The analysis of the current version was replaced (an idle full scan corrected it): publish it again. */
  republish(uri: string): void {
    const state = this.states.get(uri);
    if (state === undefined) return;
    state.published = undefined;
    void this.run(uri);
  }

  /** Analyses every open document again (settings, project files or the project index changed). */
  scheduleAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri);
  }

  closed(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer !== undefined) clearTimeout(state.timer);
    this.states.delete(uri);
    // Sent with no version: the document is gone, and so are its diagnostics.
    this.published.clear(uri);
  }

  private stateOf(uri: string): DocumentState {
    let state = this.states.get(uri);
    if (state === undefined) {
      state = { last: { durationMs: 0, incremental: false } };
      this.states.set(uri, state);
    }
    return state;
  }

  private async run(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (document === undefined) return;
    try {
      const analysis = await this.analyzer.analyse(document);
      const state = this.states.get(uri);
      if (state === undefined) return; // closed meanwhile
      if (analysis.kind === 'findings') {
        state.last = { durationMs: analysis.durationMs, incremental: analysis.reusedFindings };
        if (analysis.reusedFindings) {
          const typical = state.typicalIncrementalMs;
          state.typicalIncrementalMs = typical === undefined ? analysis.durationMs : NEWEST_WEIGHT * analysis.durationMs + (1 - NEWEST_WEIGHT) * typical;
        }
      }
      // A newer version, or a change of settings or project facts, has a run of its own coming.
      if (this.documents.get(uri)?.version !== analysis.version || analysis.generation !== this.analyzer.generation) return;
      if (state.published?.version === document.version && state.published.generation === analysis.generation) return;
      state.published = { version: document.version, generation: analysis.generation };
      this.published.publish(uri, analysisDiagnostics(analysis, this.ruleSet), document.version);
    } catch (error) {
      this.log.failure(`Analysing ${uri}`, error);
    }
  }
}
