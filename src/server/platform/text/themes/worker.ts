import { parentPort, workerData } from 'node:worker_threads';
import { suggestThemes, type ThemeItem, type ThemeOptions } from './suggest.js';

// Runs in a worker thread started by runThemesInWorker: the sampler is seconds of pure CPU.
const { items, options } = workerData as { items: ThemeItem[]; options: Omit<ThemeOptions, 'onProgress'> };
let last = -1;
const result = suggestThemes(items, {
  ...options,
  onProgress: (fraction) => {
    // Whole percents only: the main thread does not need thousands of messages.
    const percent = Math.floor(fraction * 100);
    if (percent === last) return;
    last = percent;
    parentPort!.postMessage({ type: 'progress', fraction });
  },
});
parentPort!.postMessage({ type: 'result', result });
