import type { DocBlock } from '../../../../../shared/strategy-document.js';
import { barChartHeight, drawBars, drawTimeline, timelineHeight, timelineLayout } from './charts.js';
import { contentWidth, keepTogether } from './flow.js';
import { FONT } from './fonts.js';
import { pdfLine } from './pdf-text.js';
import { table } from './table.js';
import type { Flow } from './text-blocks.js';
import { SIZE, TEXT_COLOUR } from './theme.js';

type FigureBlock = Extract<DocBlock, { kind: 'figure' }>;

/**
 * A chart: its caption, the drawing as a Figure element whose Alt text a screen reader says instead
 * of the shapes, and then — always — the same data as a table, for anyone who would rather read numbers.
 */
export function figure(flow: Flow, block: FigureBlock): void {
  const { doc } = flow;
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  const caption = pdfLine(block.caption);
  doc.font(FONT.bold).fontSize(SIZE.body);
  const captionHeight = doc.heightOfString(caption, { width }) + 6;
  const room = doc.page.maxY() - doc.page.margins.top - captionHeight;
  const f = block.figure;
  const layout = f.kind === 'timeline' ? timelineLayout(f.rows, room) : null;
  const chartHeight = Math.min(layout ? timelineHeight(layout) : barChartHeight(f.kind === 'bars' ? f.bars : []), room);
  keepTogether(doc, captionHeight + chartHeight);

  flow.parent.add(doc.struct('P', {}, () => doc.font(FONT.bold).fontSize(SIZE.body).fillColor(TEXT_COLOUR).text(caption, x, doc.y, { width })));
  doc.y += 6;
  const top = doc.y;
  const box = { x, y: top, width, accent: flow.accent };
  // The bounding box lets a reader reflow or zoom the figure; PDF/UA expects one on every Figure.
  const options = { alt: pdfLine(block.alt), bbox: [x, top, x + width, top + chartHeight], placement: 'Block' } as PDFKit.Mixins.StructureElementOptions;
  flow.parent.add(
    doc.struct('Figure', options, () => {
      if (f.kind === 'bars') drawBars(doc, f.bars, f.max, box);
      else drawTimeline(doc, f.start, f.months, layout!, box);
    }),
  );
  doc.x = x;
  doc.y = top + chartHeight + SIZE.body;
  table(flow, block.table);
}
