import { ImageRun, Paragraph } from 'docx';
import type { DocBlock, DocTable } from '../../../../../shared/strategy-document.js';
import { barChartPng, CHART_SIZE } from '../../../../platform/office/bar-chart.js';
import { xmlSafe } from '../../../../platform/office/xml-safe.js';
import { caption, docTable } from './docx-table.js';
import { rgb, TIMELINE_PICTURE_NOTE, timelinePng } from './timeline-png.js';

/*
 * A figure: its caption, the picture with its alt text, and then always its data as a table, so
 * nobody needs the picture to read the numbers. The PNGs are drawn without a font (see
 * platform/office/bar-chart.ts), so the words live in the alt text and the table.
 */

type Figure = Extract<DocBlock, { kind: 'figure' }>;

/** Word's width for a picture is in pixels at 96 to the inch; the page's text is about 6.3 inches wide. */
const TEXT_WIDTH = 600;

/** The picture's alt text is the block's (or, should that be blank, its caption): never empty. */
const altOf = (block: Figure) => (block.alt.trim() ? block.alt : block.caption.trim() || 'A chart; its data is in the table after it.');
/** The alt text's longer form: the same, plus what the wordless roadmap picture cannot say. */
const pictureDescription = (block: Figure) => (block.figure.kind === 'timeline' ? `${altOf(block)} ${TIMELINE_PICTURE_NOTE}` : altOf(block));

function picture(block: Figure, accent: string): { data: Buffer; width: number; height: number } {
  if (block.figure.kind === 'bars') {
    const size = CHART_SIZE(block.figure.bars.length);
    // The picture's font has digits and "%" only: "3 of 5" would print as "3  5", so such a bar shows its value.
    const bars = block.figure.bars.map((b) => ({ value: b.value, caption: /^[0-9.%\- ]*$/.test(b.caption) ? b.caption : String(b.value ?? '-') }));
    return { data: barChartPng(bars, block.figure.max), width: size.width, height: size.height };
  }
  const drawn = timelinePng(block.figure.start, block.figure.months, block.figure.rows, rgb(accent));
  return { data: drawn.png, width: drawn.width, height: drawn.height };
}

/** The bar chart numbers its bars from 1; a "No." column lets a sighted reader find each bar's row. */
function numbered(block: Figure): DocTable {
  const { table } = block;
  if (block.figure.kind !== 'bars' || block.figure.bars.length !== table.rows.length) return table;
  return { ...table, header: ['No.', ...table.header], rows: table.rows.map((r, i) => [String(i + 1), ...r]) };
}

export function docFigure(block: Figure, accent: string, number: number) {
  const drawn = picture(block, accent);
  // Drawn larger than shown, so it stays sharp when printed; never wider than the text.
  const scale = Math.min(2 / 3, TEXT_WIDTH / drawn.width);
  return [
    ...(block.caption.trim() ? [caption(block.caption)] : []),
    new Paragraph({
      keepNext: true,
      spacing: { after: 120 },
      children: [
        new ImageRun({
          type: 'png',
          data: drawn.data,
          transformation: { width: Math.round(drawn.width * scale), height: Math.round(drawn.height * scale) },
          altText: { name: `Figure ${number}`, title: xmlSafe(altOf(block)), description: xmlSafe(pictureDescription(block)) },
        }),
      ],
    }),
    ...docTable(numbered(block), accent),
  ];
}
