import { Worker } from 'node:worker_threads';
import type { ImportOptions, ImportPreview } from '../../../shared/contracts/imports.js';
import { encodeResponses, type EncodedTotals, type EncodeTarget, type ResponseChunk } from './encode-responses.js';
import type { ImportPlan } from './plan.js';
import { prepareImport, type PrepareContext } from './prepare.js';

/**
 * Reading, checking and encoding a file is seconds of pure JavaScript for a large export
 * (100,000 rows: about 3 s to read and check, 1 s to encode). Done on the server's own thread it
 * would stall every other request, staff submitting responses included, so a file above
 * OFF_THREAD_BYTES is prepared in a worker thread, which also lets the database take in one
 * chunk of responses while the worker encodes the next. A small file is prepared here: starting
 * a worker costs more than reading it.
 */
export const OFF_THREAD_BYTES = 512 * 1024;

export interface PrepareRequest {
  bytes: Uint8Array;
  fileName: string;
  options: ImportOptions;
  context: PrepareContext;
  /** Encode the responses too (a commit), for this survey and import. */
  encode: EncodeTarget | null;
}

/** What the commit needs of the plan: plain data, so it crosses to and from the worker. */
export type PlanSummary = Pick<ImportPlan, 'create' | 'anonymous' | 'definition' | 'identifying'>;

export const planSummaryOf = (plan: ImportPlan): PlanSummary => ({ create: plan.create, anonymous: plan.anonymous, definition: plan.definition, identifying: plan.identifying });

export type WorkerMessage =
  | { kind: 'prepared'; preview: ImportPreview; plan: PlanSummary | null }
  | ResponseChunk
  | EncodedTotals
  | { kind: 'failed'; message: string; stack?: string };

export interface PreparedImport {
  preview: ImportPreview;
  plan: PlanSummary | null;
  /** The encoded responses, then their totals: only when encoding was asked and the file can be imported. */
  encoded: AsyncIterable<ResponseChunk | EncodedTotals> | null;
  /** Stops the worker (when the commit does not go ahead). */
  close(): void;
}

export async function prepareFile(request: PrepareRequest, offThread = request.bytes.length > OFF_THREAD_BYTES): Promise<PreparedImport> {
  return offThread ? prepareInWorker(request) : prepareHere(request);
}

async function prepareHere(request: PrepareRequest): Promise<PreparedImport> {
  const { bytes, fileName, options, context, encode } = request;
  const prepared = await prepareImport(bytes, fileName, options, context);
  const { preview, plan } = prepared;
  const encoded = encode && preview.canImport && plan
    ? (async function* () {
        yield* encodeResponses(plan.definition, context.profile, prepared.rows, encode);
      })()
    : null;
  return { preview, plan: plan ? planSummaryOf(plan) : null, encoded, close() {} };
}

/**
 * The worker is TypeScript, like the rest of the server: its first line registers tsx's loader
 * in the new thread (a worker does not share the loader hooks of the thread that started it).
 * tsx is found from this file, whatever directory the server was started in.
 */
function startWorker(request: PrepareRequest): Worker {
  const entry = new URL('./prepare-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: request, execArgv: [] });
}

async function prepareInWorker(request: PrepareRequest): Promise<PreparedImport> {
  const worker = startWorker(request);
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let finished = false;
  const nudge = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.kind === 'failed') failure = Object.assign(new Error(message.message), { stack: message.stack });
    else queue.push(message);
    nudge();
  });
  worker.on('error', (error) => {
    failure = error;
    nudge();
  });
  worker.on('exit', () => {
    finished = true;
    nudge();
  });
  /** The next message, or null once the worker has ended with nothing more to say. */
  const next = async (): Promise<WorkerMessage | null> => {
    for (;;) {
      if (queue.length > 0) return queue.shift()!;
      if (failure) throw failure;
      if (finished) return null;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  const close = () => void worker.terminate();
  try {
    const first = await next();
    if (first?.kind !== 'prepared') throw new Error('The import worker stopped before reading the file.');
    const encoded = request.encode && first.preview.canImport
      ? (async function* () {
          for (let message = await next(); message; message = await next()) {
            if (message.kind === 'chunk' || message.kind === 'totals') yield message;
            if (message.kind === 'totals') return;
          }
        })()
      : null;
    return { preview: first.preview, plan: first.plan, encoded, close };
  } catch (error) {
    close();
    throw error;
  }
}
