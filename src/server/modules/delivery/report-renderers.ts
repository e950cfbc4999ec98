import type { StrategyDocument } from '../../../shared/strategy-document.js';

/**
 * The Word and PDF renderers of a strategy-document tree, handed in at start-up (modules.ts)
 * rather than imported: the documents module depends on the demo, which seeds delivery, so a
 * delivery → documents import would close a loop between modules.
 */
export interface ReportRenderers {
  docx(doc: StrategyDocument): Promise<Buffer>;
  pdf(doc: StrategyDocument): Promise<Buffer>;
}

let renderers: ReportRenderers | null = null;

export function useReportRenderers(given: ReportRenderers): void {
  renderers = given;
}

export function reportRenderers(): ReportRenderers {
  if (!renderers) throw new Error('The board report renderers were not given: modules.ts calls useReportRenderers at start-up.');
  return renderers;
}
