import { parentPort, workerData } from 'node:worker_threads';
import { encodeResponses } from './encode-responses.js';
import { prepareImport } from './prepare.js';
import { planSummaryOf, type PrepareRequest, type WorkerMessage } from './prepare-off-thread.js';

/**
 * The import's worker thread: reads, plans and converts the file, then (for a commit that can go
 * ahead) encodes the responses chunk by chunk, posting each as it is ready so that the database
 * takes in one while the next is encoded. Started by prepare-off-thread.ts.
 */
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

async function run(request: PrepareRequest): Promise<void> {
  const { bytes, fileName, options, context, encode } = request;
  const prepared = await prepareImport(bytes, fileName, options, context);
  post({ kind: 'prepared', preview: prepared.preview, plan: prepared.plan ? planSummaryOf(prepared.plan) : null });
  if (!encode || !prepared.preview.canImport || !prepared.plan) return;
  for (const part of encodeResponses(prepared.plan.definition, context.profile, prepared.rows, encode)) post(part);
}

run(workerData as PrepareRequest).catch((error: unknown) => {
  post({ kind: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
});
