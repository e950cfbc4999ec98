import type { StrategyDocument } from '../../../../../shared/strategy-document.js';
import { artifact, contentWidth } from './flow.js';
import { FONT } from './fonts.js';
import { pdfLine } from './pdf-text.js';
import { list, paragraph, type Flow } from './text-blocks.js';
import { SIZE } from './theme.js';

const BAND = 220;
const day = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

/** "Version 2, 30 November 2026" or, for the live draft, "Draft, 30 November 2026". */
export function versionLine(strategy: Pick<StrategyDocument, 'version' | 'composedAt'>): string {
  const when = Number.isNaN(Date.parse(strategy.composedAt)) ? '' : `, ${day(strategy.composedAt)}`;
  return `${strategy.version === null ? 'Draft' : `Version ${strategy.version}`}${when}`;
}

/** The title in white on a band of the accent colour, who it is from, and the list of sections. */
export function cover(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, strategy: StrategyDocument, colour: string): void {
  const { left, top } = doc.page.margins;
  const width = contentWidth(doc);
  const title = pdfLine(strategy.title);
  // The title shrinks until it fits the band; a title too long even then is written below it in the accent colour.
  let size: number = SIZE.h1 + 6;
  doc.font(FONT.bold);
  while (size > 12 && doc.fontSize(size).heightOfString(title, { width }) > BAND - top - 24) size -= 2;
  const fits = doc.fontSize(size).heightOfString(title, { width }) <= BAND - top - 24;
  artifact(doc, () => doc.rect(0, 0, doc.page.width, BAND).fill(colour));
  const titleY = fits ? BAND - 24 - doc.heightOfString(title, { width }) : BAND + 24;
  root.add(doc.struct('H1', {}, () => doc.font(FONT.bold).fontSize(size).fillColor(fits ? 'white' : colour).text(title, left, titleY, { width })));
  doc.y = Math.max(doc.y, BAND) + 24;
  const flow: Flow = { doc, parent: root, accent: colour };
  doc.font(FONT.bold);
  paragraph(flow, [{ text: strategy.organisation, strong: true }], { x: left, width, size: SIZE.h4, linkColour: colour });
  paragraph(flow, [{ text: versionLine(strategy) }], { x: left, width, size: SIZE.body, linkColour: colour });
  doc.y += SIZE.body;
  paragraph(flow, [{ text: 'In this strategy', strong: true }], { x: left, width, size: SIZE.body, linkColour: colour });
  list(
    flow,
    true,
    strategy.sections.map((s) => [{ text: s.title }]),
  );
}
