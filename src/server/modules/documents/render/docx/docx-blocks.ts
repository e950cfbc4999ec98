import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { DocBlock, DocSection } from '../../../../../shared/strategy-document.js';
import { xmlSafe } from '../../../../platform/office/xml-safe.js';
import { inlineRuns } from './docx-inline.js';
import { docFigure } from './docx-figure.js';
import { NUMBERING, STYLE } from './docx-styles.js';
import { docTable } from './docx-table.js';

/*
 * One section of the strategy as Word paragraphs and tables. The tree's levels map onto Word's
 * named styles — the document title is Title, a section's title Heading 1, an inner level 3
 * heading Heading 2 and level 4 Heading 3 — and a level 4 heading with no level 3 before it in
 * its section is written as Heading 2, so the outline never skips a level.
 */

export type Child = Paragraph | Table;

/** What carries on from block to block across the whole document. */
export interface RenderState {
  accent: string;
  figures: number;
  /** Each ordered list is a numbering instance of its own, so each starts again at 1. */
  orderedLists: number;
}

const text = (value: string, options: { italics?: boolean } = {}) => new TextRun({ text: xmlSafe(value), ...options });

const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ heading: level, children: [text(value)] });

function block(b: DocBlock, state: RenderState, seenLevel3: boolean): Child[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b.text, b.level === 4 && seenLevel3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2)];
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(b.content) })];
    case 'list': {
      const instance = b.ordered ? ++state.orderedLists : 0;
      return b.items.map(
        (item) => new Paragraph({ numbering: b.ordered ? { reference: NUMBERING.ordered, level: 0, instance } : { reference: NUMBERING.bullets, level: 0 }, spacing: { after: 80 }, children: inlineRuns(item) }),
      );
    }
    case 'table':
      return docTable(b.table, state.accent);
    case 'figure':
      return docFigure(b, state.accent, ++state.figures);
    case 'quote':
      // The words in italics, then where they came from on a line of its own, upright.
      return [new Paragraph({ style: STYLE.quote, children: [text(`“${b.text}”`), new TextRun({ text: `— ${xmlSafe(b.source)}`, italics: false, break: 1 })] })];
  }
}

export function docSection(section: DocSection, state: RenderState): Child[] {
  let seenLevel3 = false;
  // Each section starts a page, as a printed strategy's chapters do.
  const out: Child[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [text(section.title)] })];
  for (const b of section.blocks) {
    out.push(...block(b, state, seenLevel3));
    if (b.kind === 'heading' && b.level === 3) seenLevel3 = true;
  }
  return out;
}
