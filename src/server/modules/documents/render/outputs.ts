import { createHash } from 'node:crypto';
import type { OutputKind } from '../../../../shared/contracts/documents.js';
import type { StrategyDocument, StrategyPoster } from '../../../../shared/strategy-document.js';
import { strategyDocx } from './docx/strategy-docx.js';
import { strategyPosterPdf } from './pdf/poster.js';
import { strategyPdf } from './pdf/strategy-pdf.js';

export interface Output {
  kind: OutputKind;
  bytes: Buffer;
  sha256: string;
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every download of a version, made once from the one tree: the Word document, the tagged PDF and the two posters. */
export async function renderOutputs(document: StrategyDocument, poster: StrategyPoster): Promise<Output[]> {
  // One after another: each takes a core for a second or so, and the server has other work.
  const made: [OutputKind, Buffer][] = [
    ['docx', await strategyDocx(document)],
    ['pdf', await strategyPdf(document)],
    ['poster-a4', await strategyPosterPdf(poster, 'A4')],
    ['poster-a3', await strategyPosterPdf(poster, 'A3')],
  ];
  return made.map(([kind, bytes]) => ({ kind, bytes, sha256: sha256(bytes) }));
}
