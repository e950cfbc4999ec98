import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { StrategyDocument } from '../../../../../shared/strategy-document.js';
import { xmlSafe } from '../../../../platform/office/xml-safe.js';
import { docSection, type RenderState } from './docx-blocks.js';
import { composedDay, contents, cover, versionWords } from './docx-cover.js';
import { accentHex, strategyNumbering, strategyStyles } from './docx-styles.js';

/*
 * The strategy document as an accessible Word file: named heading styles in order, a contents
 * field Word fills on opening, header rows that repeat, pictures with alt text followed by their
 * data, real lists and links, en-GB throughout, and the title and author in the file's properties.
 */

const footer = (doc: StrategyDocument) =>
  new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`${xmlSafe(doc.title)} · page `, PageNumber.CURRENT], size: 18 })] })],
  });

export interface StrategyDocxOptions {
  /**
   * Lays the pages out as Word would (docx/layout) to write the contents' page numbers into the
   * file, for readers that never update fields (LibreOffice, previewers on phones). It takes
   * seconds for a full strategy rather than a fraction of one, so it is for a frozen version made
   * once in a background job, not for the live draft on every download.
   */
  pageNumbers?: boolean;
}

export async function strategyDocx(doc: StrategyDocument, options: StrategyDocxOptions = {}): Promise<Buffer> {
  const accent = accentHex(doc.accentColour);
  const state: RenderState = { accent, figures: 0, orderedLists: 0, headings: [] };
  const body = doc.sections.flatMap((section) => docSection(section, state));
  const file = new Document({
    title: xmlSafe(doc.title),
    creator: xmlSafe(doc.organisation),
    lastModifiedBy: 'Chorus',
    description: xmlSafe(`${doc.title}: ${doc.organisation}, ${versionWords(doc).toLowerCase()}, ${composedDay(doc.composedAt)}.`),
    // Word asks to update the fields as it opens the file, which fills in the contents' page numbers.
    features: { updateFields: true },
    // Loaded only when asked for: the layout engine and its font tables are large.
    ...(options.pageNumbers ? { pageNumbers: (await import('docx/layout')).estimatePageNumbers } : {}),
    styles: strategyStyles(accent),
    numbering: strategyNumbering,
    sections: [
      {
        // The cover has no footer; every page after it is numbered.
        properties: { titlePage: true },
        footers: { default: footer(doc) },
        children: [...cover(doc), ...contents(options.pageNumbers ? null : state.headings), ...body],
      },
    ],
  });
  return Packer.toBuffer(file);
}

/**
 * The same words as one section of plain paragraphs, with the same library and nothing else: the
 * baseline the benchmark weighs the structured document against.
 */
export async function plainDocx(title: string, paragraphs: string[]): Promise<Buffer> {
  const file = new Document({
    title: xmlSafe(title),
    creator: 'Chorus',
    sections: [{ children: [title, ...paragraphs].map((text) => new Paragraph({ children: [new TextRun(xmlSafe(text))] })) }],
  });
  return Packer.toBuffer(file);
}
