/**
 * Worker thread entry (bundled to dist/scan-worker.js): scans one file per request with the
 * engine. The pool may send the next request before this one is answered; requests are scanned
 * one at a time, in order. The pool terminates the thread if a file runs past the watchdog, so
 * nothing here needs to guard against a rule that never returns.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ProjectIndex } from '../engine/contract';
import { buildProjectIndex, EMPTY_PROJECT_INDEX } from '../engine/project/project-index';
import { isCodeLanguage } from '../engine/languages/detect';
import { loadLanguage } from '../engine/parse/grammars';
import { scan, type ScanResult } from '../engine/scan';
import { loadRules } from './load-rules';
import type { IndexFile, ScanRequest, WorkerInit, WorkerMessage } from './scan-protocol';

const port = parentPort;
if (port === null) throw new Error('scan-worker must run in a worker thread');

const init = workerData as WorkerInit;
const rules = loadRules(init.rulesModule);
const indexFiles = new Map<string, readonly IndexFile[]>(init.projects);
const indexes = new Map<string, ProjectIndex>();
const dependencyData = new Map(init.dependencyData ?? []);

function projectIndex(key: string): ProjectIndex {
  let index = indexes.get(key);
  if (index === undefined) {
    const files = indexFiles.get(key);
    index = files === undefined || files.length === 0 ? EMPTY_PROJECT_INDEX : buildProjectIndex(files);
    indexes.set(key, index);
  }
  return index;
}

function reply(message: WorkerMessage): void {
  port!.postMessage(message);
}

/**
 * Loads the file's grammar before the engine starts its clock: compiling a grammar's
 * WebAssembly takes a few hundred milliseconds once per thread, and that is no part of the time
 * the file itself needs.
 */
async function scanRequest(request: ScanRequest): Promise<ScanResult> {
  const language = request.file.language;
  if (language !== undefined && isCodeLanguage(language)) await loadLanguage(language);
  const data = request.dependencyDataKey === undefined ? undefined : dependencyData.get(request.dependencyDataKey);
  return scan(request.file, {
    rules,
    config: request.config,
    project: projectIndex(request.projectKey),
    timeBudgetMs: init.timeBudgetMs,
    today: init.today,
    ...(data?.eolData === undefined ? {} : { eolData: data.eolData }),
    ...(data?.advisories === undefined ? {} : { advisories: data.advisories }),
  });
}

/** Scans a request and answers it; never rejects, so the chain below carries on. */
function answer(request: ScanRequest): Promise<void> {
  return scanRequest(request).then(
    (result) => {
      try {
        reply({ kind: 'result', id: request.id, result });
      } catch (error) {
        reply({ kind: 'error', id: request.id, message: `the result could not be sent: ${describe(error)}` });
      }
    },
    (error: unknown) => reply({ kind: 'error', id: request.id, message: describe(error) }),
  );
}

// One scan at a time, each against its own time budget, even when the next request has arrived.
let answered: Promise<void> = Promise.resolve();
port.on('message', (request: ScanRequest) => {
  answered = answered.then(() => answer(request));
});

reply({ kind: 'ready' });

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
