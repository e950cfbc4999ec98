import { HeadingLevel, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { parseSimpleMarkdown, type Inline } from '../../../../shared/simple-markdown.js';
import { barChartPng, CHART_SIZE, type Bar } from '../../../platform/office/bar-chart.js';
import { xmlSafe } from '../../../platform/office/xml-safe.js';

/*
 * The building blocks of the Word pack. Every piece of text goes in as a text run, never as
 * markup: a statement reading "<b>bold</b>" or "{{7*7}}" is printed as written.
 */

export { xmlSafe };

export const run = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: xmlSafe(text), ...options });
export const para = (text: string) => new Paragraph({ children: [run(text)] });
export const heading1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(text)] });
export const heading2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(text)] });
export const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, children: [run(text)] });

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [run(text, { bold })] })] });

/** A table whose first row is a header row Word repeats on every page the table runs onto. */
export function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text) => cell(text)) })),
    ],
  });
}

let chartCount = 0;
/** A bar chart as a picture, with its alt text; the caller puts the same data in a table after it. */
export function chart(bars: readonly Bar[], max: number, alt: { title: string; description: string }): Paragraph {
  chartCount += 1;
  const size = CHART_SIZE(bars.length);
  // Drawn at two thirds of its pixels so that it fits the page's text width (about 6.3 inches).
  const scale = 2 / 3;
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: barChartPng(bars, max),
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { name: `Chart ${chartCount}`, title: xmlSafe(alt.title), description: xmlSafe(alt.description) },
      }),
    ],
  });
}

function inlineRuns(pieces: Inline[]): TextRun[] {
  return pieces.map((p) => new TextRun({ text: xmlSafe(p.text + (p.href ? ` (${p.href})` : '')), bold: p.strong, italics: p.em, break: p.br ? 1 : undefined }));
}

/** The team's Markdown introduction, through the same small safe parser as survey introductions. */
export function markdown(source: string): Paragraph[] {
  return parseSimpleMarkdown(source).flatMap((block) =>
    block.kind === 'p'
      ? [new Paragraph({ children: inlineRuns(block.content) })]
      : block.items.map((item, i) =>
          block.kind === 'ul'
            ? new Paragraph({ bullet: { level: 0 }, children: inlineRuns(item) })
            : new Paragraph({ children: [new TextRun(`${i + 1}. `), ...inlineRuns(item)] }),
        ),
  );
}
