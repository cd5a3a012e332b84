/**
 * Worker thread entry (bundled to dist/scan-worker.js): scans one file per request with the
 * engine. The pool sends several requests ahead; they are scanned one at a time, in order.
 *
 * Answers are sent in batches. Each message to the main thread wakes it from its wait, and on a
 * virtual machine that wake-up cost the sending thread 0.25-0.45 ms: a tenth of a
 * `node_modules` scan, where most files take 1-3 ms. So answers are held while more requests are
 * queued here, and sent when the queue runs low (so the pool can send more before this thread
 * runs dry), when several are held, or when the oldest has waited a while.
 *
 * The pool terminates the thread if a file runs past the watchdog, so nothing here needs to guard
 * against a rule that never returns; it tells which file from the progress this thread writes to
 * shared memory, not from the answers, which may be held.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { ProjectIndex } from '../engine/contract';
import { buildProjectIndex, EMPTY_PROJECT_INDEX } from '../engine/project/project-index';
import { isCodeLanguage } from '../engine/languages/detect';
import { loadLanguage } from '../engine/parse/grammars';
import { scan, type ScanResult } from '../engine/scan';
import { loadRules } from './load-rules';
import type { DependencyData } from './dependency-data';
import { Progress, type Answer, type IndexFile, type PoolMessage, type ScanContext, type ScanRequest, type WorkerData, type WorkerMessage } from './scan-protocol';

const port = parentPort;
if (port === null) throw new Error('scan-worker must run in a worker thread');

const init = workerData as WorkerData;
const progress = new Progress(init.progress);
const rules = loadRules(init.rulesModule);
const indexFiles = new Map<string, readonly IndexFile[]>();
const indexes = new Map<string, ProjectIndex>();
const dependencyData = new Map<string, DependencyData>();

/** The scan's context, which the pool sends before the first request. */
function useContext(context: ScanContext): void {
  for (const [key, files] of context.projects) indexFiles.set(key, files);
  for (const [key, data] of context.dependencyData ?? []) dependencyData.set(key, data);
}

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

/** Requests received and not yet scanned, in order: while some are, answers can wait. */
const waiting: ScanRequest[] = [];
let held: Answer[] = [];
let heldSince = 0;
let scanning = false;

/** Answers are sent once no more than this many requests are left to scan... */
const LOW_WATER = 2;
/** ...or this many are held... */
const MOST_HELD = 16;
/** ...or the oldest has waited this long (a slow file should not hold finished ones back). */
const LONGEST_HOLD_MS = 20;

/**
 * Scans the waiting requests one at a time, each against its own time budget. Requests that
 * arrive meanwhile are taken off the port between files (the 'message' event would only come
 * once this loop has ended), so the count of waiting requests is right when answers are held.
 */
async function scanWaiting(): Promise<void> {
  scanning = true;
  for (let request = waiting.shift(); request !== undefined; request = waiting.shift()) {
    held.push(await answer(request));
    if (held.length === 1) heldSince = Date.now();
    takeArrived();
    if (waiting.length <= LOW_WATER || held.length >= MOST_HELD || Date.now() - heldSince >= LONGEST_HOLD_MS) sendHeld();
  }
  scanning = false;
}

function takeArrived(): void {
  for (let arrived = receiveMessageOnPort(port!); arrived !== undefined; arrived = receiveMessageOnPort(port!)) receive(arrived.message as PoolMessage);
}

function receive(message: PoolMessage): void {
  if (message.kind === 'context') useContext(message.context);
  else waiting.push(message);
}

/** Scans a request; never rejects, so the loop carries on. */
async function answer(request: ScanRequest): Promise<Answer> {
  progress.start(request.id, Date.now());
  try {
    return { kind: 'result', id: request.id, result: await scanRequest(request) };
  } catch (error) {
    return { kind: 'error', id: request.id, message: describe(error) };
  } finally {
    progress.stop();
  }
}

function sendHeld(): void {
  const answers = held;
  held = [];
  try {
    reply({ kind: 'answers', answers });
  } catch {
    // One result that cannot be cloned must not lose the others: send them one by one.
    for (const single of answers) {
      try {
        reply({ kind: 'answers', answers: [single] });
      } catch (error) {
        reply({ kind: 'answers', answers: [{ kind: 'error', id: single.id, message: `the result could not be sent: ${describe(error)}` }] });
      }
    }
  }
}

port.on('message', (message: PoolMessage) => {
  receive(message);
  if (!scanning && waiting.length > 0) void scanWaiting();
});

reply({ kind: 'ready' });

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
