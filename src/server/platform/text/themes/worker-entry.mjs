// Plain JavaScript entry for the theme worker. Worker threads do not get the loader that
// `node --import tsx` (or vitest) gave the main thread, so a .ts worker registers tsx here first.
import { workerData } from 'node:worker_threads';

if (workerData.file.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.file);
