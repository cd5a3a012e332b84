import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/types';
import type { Analysis } from '../../server/src/lsp/document-analysis';
import { FAST_ANALYSIS_MS, PushDiagnostics, SLOW_DOCUMENT_DEBOUNCE_MS } from '../../server/src/lsp/push-diagnostics';
import { createRuleSet } from '../../server/src/lsp/rule-set';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const URI = 'file:///project/a.js';

/** An analysis the test finishes by hand, taking the time it says. */
class PendingAnalysis {
  readonly promise: Promise<Analysis>;
  private resolveWith: ((analysis: Analysis) => void) | undefined;

  constructor(readonly document: TextDocument) {
    this.promise = new Promise((resolve) => {
      this.resolveWith = resolve;
    });
  }

  finish(durationMs: number, generation = 0, reusedFindings = false): void {
    this.resolveWith?.({
      kind: 'findings',
      uri: this.document.uri,
      version: this.document.version,
      generation,
      revision: 0,
      text: this.document.getText(),
      settings: DEFAULT_SETTINGS,
      language: 'javascript',
      projectPath: 'a.js',
      root: '/project',
      projectFile: undefined,
      config: DEFAULT_CONFIG,
      result: { findings: [], suppressed: [], fingerprints: [] },
      durationMs,
      reusedFindings,
    });
  }
}

class Harness {
  document = TextDocument.create(URI, 'javascript', 1, 'a');
  readonly analyses: PendingAnalysis[] = [];
  readonly published: { uri: string; version: number | undefined; diagnostics: Diagnostic[] }[] = [];
  readonly analyzer = {
    generation: 0,
    analyse: (document: TextDocument): Promise<Analysis> => {
      const pending = new PendingAnalysis(document);
      this.analyses.push(pending);
      return pending.promise;
    },
  };
  readonly push = new PushDiagnostics(
    { get: (uri) => (uri === URI ? this.document : undefined), all: () => [this.document] },
    this.analyzer,
    createRuleSet([]),
    { publish: (uri, diagnostics, version) => this.published.push({ uri, version, diagnostics }), clear: () => undefined },
    { failure: (what, error) => assert.fail(`${what}: ${String(error)}`) },
  );

  edit(text: string): void {
    this.document = TextDocument.create(URI, 'javascript', this.document.version + 1, text);
    this.push.schedule(URI);
  }
}

async function settled(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

/** PushDiagnostics in-process, with analyses the test finishes in the order it chooses. */
describe('push diagnostics scheduling (CONTRACTS §8)', () => {
  it('drops a result that a newer version overtook, and publishes the newer one with its version', async () => {
    const harness = new Harness();
    harness.push.schedule(URI);
    harness.edit('ab');
    assert.deepEqual(harness.analyses.map((analysis) => analysis.document.version), [1, 2]);
    harness.analyses[0]!.finish(1);
    await settled();
    assert.deepEqual(harness.published, []);
    harness.analyses[1]!.finish(1);
    await settled();
    assert.deepEqual(harness.published, [{ uri: URI, version: 2, diagnostics: [] }]);
  });

  it('drops a result when the settings or project facts changed while it ran', async () => {
    const harness = new Harness();
    harness.push.schedule(URI);
    harness.analyzer.generation = 1;
    harness.analyses[0]!.finish(1, 0);
    await settled();
    assert.deepEqual(harness.published, []);
  });

  it(`analyses at once while the last analysis took under ${FAST_ANALYSIS_MS} ms`, async () => {
    const harness = new Harness();
    harness.push.schedule(URI);
    harness.analyses[0]!.finish(FAST_ANALYSIS_MS - 1);
    await settled();
    harness.edit('ab');
    assert.equal(harness.analyses.length, 2, 'the change was analysed without waiting');
  });

  it(`waits ${SLOW_DOCUMENT_DEBOUNCE_MS} ms after a change to a slower document, and analyses only the last of a burst`, async () => {
    const harness = new Harness();
    harness.push.schedule(URI);
    harness.analyses[0]!.finish(FAST_ANALYSIS_MS + 5);
    await settled();
    harness.edit('ab');
    harness.edit('abc');
    assert.equal(harness.analyses.length, 1, 'nothing analysed before the debounce');
    await new Promise((resolve) => setTimeout(resolve, SLOW_DOCUMENT_DEBOUNCE_MS + 30));
    assert.deepEqual(harness.analyses.map((analysis) => analysis.document.version), [1, 3]);
  });

  it('keeps analysing at once after one slow incremental run when incremental runs are typically fast', async () => {
    const harness = new Harness();
    harness.push.schedule(URI);
    harness.analyses[0]!.finish(5, 0, true);
    await settled();
    harness.edit('ab');
    // A garbage collection makes one incremental run slow; the average stays under the bar.
    harness.analyses[1]!.finish(FAST_ANALYSIS_MS + 20, 0, true);
    await settled();
    harness.edit('abc');
    assert.equal(harness.analyses.length, 3, 'the change after the slow run was analysed without waiting');
  });

  it('keeps the debounce for a document analysed in full each time', async () => {
    const harness = new Harness();
    harness.push.schedule(URI);
    harness.analyses[0]!.finish(5, 0, true);
    await settled();
    harness.edit('ab');
    harness.analyses[1]!.finish(FAST_ANALYSIS_MS + 20, 0, false);
    await settled();
    harness.edit('abc');
    assert.equal(harness.analyses.length, 2, 'the change after a slow full run waits');
  });

  it('publishes one version once, however many runs meet at it', async () => {
    const harness = new Harness();
    harness.push.schedule(URI);
    harness.push.schedule(URI);
    for (const analysis of harness.analyses) analysis.finish(1);
    await settled();
    assert.deepEqual(harness.published.map((entry) => entry.version), [1]);
  });
});
