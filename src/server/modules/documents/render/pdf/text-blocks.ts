import type { DocBlock, Inline } from '../../../../../shared/strategy-document.js';
import { artifact, contentWidth, keepTogether } from './flow.js';
import { FONT } from './fonts.js';
import { inlineHeight, writeInline, type TextBox } from './inline.js';
import { pdfLine, pdfText } from './pdf-text.js';
import { LINE_GAP, SECONDARY_TEXT, SIZE, TEXT_COLOUR } from './theme.js';

/** What every block renderer needs: the document, the element to add to, and the accent colour. */
export interface Flow {
  doc: PDFKit.PDFDocument;
  parent: PDFKit.PDFStructureElement;
  accent: string;
}

const body = (flow: Flow, x = flow.doc.page.margins.left, width = contentWidth(flow.doc)): TextBox => ({ x, width, size: SIZE.body, linkColour: flow.accent });
const gap = (doc: PDFKit.PDFDocument, points: number) => (doc.y += points);

const HEADING = { 1: SIZE.h1, 2: SIZE.h2, 3: SIZE.h3, 4: SIZE.h4 } as const;

/** A heading kept on the same page as at least the first lines of what follows it. */
export function heading(flow: Flow, level: 1 | 2 | 3 | 4, text: string, options: { colour?: string; keepWith?: number } = {}): void {
  const { doc } = flow;
  const line = pdfLine(text);
  const width = contentWidth(doc);
  doc.font(FONT.bold).fontSize(HEADING[level]);
  const height = doc.heightOfString(line, { width });
  if (level > 2) gap(doc, HEADING[level] * 0.6);
  keepTogether(doc, Math.min(height, doc.page.maxY() - doc.page.margins.top) + (options.keepWith ?? SIZE.body * 3));
  const x = doc.page.margins.left;
  flow.parent.add(
    doc.struct(`H${level}`, {}, () => {
      doc.font(FONT.bold).fontSize(HEADING[level]).fillColor(options.colour ?? (level <= 3 ? flow.accent : TEXT_COLOUR)).text(line, x, doc.y, { width });
    }),
  );
  gap(doc, HEADING[level] * 0.35);
}

export function paragraph(flow: Flow, content: Inline[], box: TextBox = body(flow)): void {
  const p = flow.doc.struct('P');
  flow.parent.add(p);
  writeInline(flow.doc, p, content, box);
  p.end();
  gap(flow.doc, SIZE.body * 0.6);
}

export function list(flow: Flow, ordered: boolean, items: Inline[][]): void {
  const { doc } = flow;
  const l = doc.struct('L');
  flow.parent.add(l);
  const x = doc.page.margins.left;
  const indent = ordered ? 8 + String(items.length).length * 7 : 16;
  items.forEach((item, i) => {
    const box = body(flow, x + indent, contentWidth(doc) - indent);
    // Label and first line together: a bullet must not sit alone at the foot of a page.
    keepTogether(doc, Math.min(inlineHeight(doc, item, box), (SIZE.body + LINE_GAP) * 2));
    const li = doc.struct('LI');
    l.add(li);
    const y = doc.y;
    li.add(doc.struct('Lbl', {}, () => doc.font(FONT.regular).fontSize(SIZE.body).fillColor(TEXT_COLOUR).text(ordered ? `${i + 1}.` : '•', x, y, { width: indent, lineBreak: false })));
    doc.y = y;
    const lBody = doc.struct('LBody');
    li.add(lBody);
    // An empty item still says its number; its body is left empty rather than dropped.
    writeInline(doc, lBody, item, box);
    lBody.end();
    li.end();
    gap(doc, SIZE.body * 0.25);
  });
  l.end();
  gap(doc, SIZE.body * 0.4);
}

/** A masked quote: the words in italic, indented beside an accent rule, then where they came from. */
export function quote(flow: Flow, text: string, source: string): void {
  const { doc } = flow;
  const x = doc.page.margins.left + 16;
  const width = contentWidth(doc) - 16;
  const words = `“${pdfText(text)}”`;
  const from = pdfLine(source);
  doc.font(FONT.italic).fontSize(SIZE.body);
  const wordsHeight = doc.heightOfString(words, { width, lineGap: LINE_GAP });
  doc.font(FONT.regular).fontSize(SIZE.small);
  const height = wordsHeight + doc.heightOfString(from, { width }) + 4;
  keepTogether(doc, Math.min(height, (SIZE.body + LINE_GAP) * 3));
  const top = doc.y;
  const ruleHeight = Math.min(height, doc.page.maxY() - top);
  artifact(doc, () => doc.rect(doc.page.margins.left, top, 4, ruleHeight).fill(flow.accent));
  const q = doc.struct('BlockQuote');
  flow.parent.add(q);
  q.add(doc.struct('P', {}, () => doc.font(FONT.italic).fontSize(SIZE.body).fillColor(TEXT_COLOUR).text(words, x, top, { width, lineGap: LINE_GAP })));
  gap(doc, 4);
  q.add(doc.struct('P', {}, () => doc.font(FONT.regular).fontSize(SIZE.small).fillColor(SECONDARY_TEXT).text(from, x, doc.y, { width })));
  q.end();
  gap(doc, SIZE.body * 0.8);
}

export type TextBlock = Extract<DocBlock, { kind: 'heading' | 'paragraph' | 'list' | 'quote' }>;

export function textBlock(flow: Flow, block: TextBlock): void {
  switch (block.kind) {
    case 'heading':
      return heading(flow, block.level, block.text);
    case 'paragraph':
      return paragraph(flow, block.content);
    case 'list':
      return list(flow, block.ordered, block.items);
    case 'quote':
      return quote(flow, block.text, block.source);
  }
}
