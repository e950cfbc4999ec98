import { Bookmark, HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
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
  /** Every heading so far with the bookmark on it: the contents' entries. */
  headings: ContentsEntry[];
}

export interface ContentsEntry {
  title: string;
  /** 1 for Heading 1 (a section), 2 and 3 for the levels inside. */
  level: number;
  /** The bookmark around the heading's words, which the entry links to. */
  href: string;
}

const text = (value: string, options: { italics?: boolean } = {}) => new TextRun({ text: xmlSafe(value), ...options });

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * A heading, bookmarked and listed for the contents. The contents is written from this list rather
 * than left to docx to find the headings again in the finished body, which cost a strategy's
 * render more than all its tables.
 */
function heading(value: string, level: 1 | 2 | 3, state: RenderState, options: { pageBreakBefore?: boolean } = {}) {
  const href = `_TocChorus${state.headings.length + 1}`;
  state.headings.push({ title: value, level, href });
  return new Paragraph({ heading: LEVELS[level - 1], ...options, children: [new Bookmark({ id: href, children: [text(value)] })] });
}

function block(b: DocBlock, state: RenderState, seenLevel3: boolean): Child[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b.text, b.level === 4 && seenLevel3 ? 3 : 2, state)];
    case 'paragraph':
      return [new Paragraph({ style: STYLE.body, children: inlineRuns(b.content) })];
    case 'list': {
      const instance = b.ordered ? ++state.orderedLists : 0;
      return b.items.map(
        (item) => new Paragraph({ numbering: b.ordered ? { reference: NUMBERING.ordered, level: 0, instance } : { reference: NUMBERING.bullets, level: 0 }, children: inlineRuns(item) }),
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
  const out: Child[] = [heading(section.title, 1, state, { pageBreakBefore: true })];
  for (const b of section.blocks) {
    out.push(...block(b, state, seenLevel3));
    if (b.kind === 'heading' && b.level === 3) seenLevel3 = true;
  }
  return out;
}
