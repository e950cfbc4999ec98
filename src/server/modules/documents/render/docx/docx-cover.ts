import { HeadingLevel, PageBreak, Paragraph, TableOfContents, TextRun } from 'docx';
import type { StrategyDocument } from '../../../../../shared/strategy-document.js';
import { xmlSafe } from '../../../../platform/office/xml-safe.js';
import type { ContentsEntry } from './docx-blocks.js';
import { STYLE } from './docx-styles.js';

/*
 * The cover (organisation, title, version or draft, date) and the contents page. The contents
 * is a real TOC field over Heading 1–3: docx fills it from the headings as it writes, and the
 * document asks Word to update its fields on opening, so the page numbers are Word's own.
 */

// Made once: building a formatter costs milliseconds, each document needs it twice.
const UK_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "2026-11-30T10:15:00.000Z" → "30 November 2026", the day it was in the UK. */
export function composedDay(iso: string): string {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? iso.slice(0, 10) : UK_DAY.format(when);
}

export const versionWords = (doc: StrategyDocument) => (doc.version === null ? 'Draft' : `Version ${doc.version}`);

const line = (value: string) => new Paragraph({ style: STYLE.cover, children: [new TextRun(xmlSafe(value))] });

export function cover(doc: StrategyDocument) {
  return [
    line(doc.organisation),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(doc.title))] }),
    line(versionWords(doc)),
    line(composedDay(doc.composedAt)),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * The contents: a TOC field over Heading 1–2 (the sections and their parts; the third level is
 * the same few words under every priority) holding an entry per heading, each linking to its
 * bookmark, so readers that never update fields still show it. Given no entries, docx finds the
 * headings itself, which the page-numbering layout needs.
 */
const CONTENTS_LEVELS = 2;

export function contents(entries: ContentsEntry[] | null) {
  return [
    // Styled as Word's "TOC Heading", not as a heading, so the contents does not list itself.
    new Paragraph({ style: STYLE.contents, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: `1-${CONTENTS_LEVELS}`,
      ...(entries ? { cachedEntries: entries.filter((e) => e.level <= CONTENTS_LEVELS).map((e) => ({ ...e, title: xmlSafe(e.title) })) } : {}),
    }),
  ];
}
