import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ThemeItem, ThemeOptions, ThemeSuggestion } from './suggest.js';

// The worker file has this module's own extension: .ts under `node --import tsx` (dev, npm start)
// and vitest, .js if the server is ever compiled. worker-entry.mjs loads it, registering tsx's
// loader when the thread cannot read TypeScript on its own.
const here = fileURLToPath(import.meta.url);
const entry = path.join(path.dirname(here), 'worker-entry.mjs');
const workerFile = pathToFileURL(path.join(path.dirname(here), `worker${path.extname(here)}`)).href;

/**
 * Suggests themes in a worker thread so the server keeps answering while it runs. Progress is
 * reported as a fraction from 0 to 1.
 */
export function runThemesInWorker(
  items: ThemeItem[],
  options: Omit<ThemeOptions, 'onProgress'> = {},
  onProgress?: (fraction: number) => void,
): Promise<ThemeSuggestion> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      workerData: { file: workerFile, items, options: { seed: options.seed, themes: options.themes } },
    });
    let settled = false;
    worker.on('message', (message: { type: 'progress'; fraction: number } | { type: 'result'; result: ThemeSuggestion }) => {
      if (message.type === 'progress') onProgress?.(message.fraction);
      else {
        settled = true;
        resolve(message.result);
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The theme worker stopped (exit code ${code}) before it finished. Try again; if it keeps happening, report it.`));
    });
  });
}
