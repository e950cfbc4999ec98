import type { Inline } from './simple-markdown.js';

/**
 * The strategy document as one tree of plain-text blocks. The composer builds it from the model
 * (and the team's Markdown free sections, parsed by `simple-markdown`); every output — the web
 * version, DOCX, tagged PDF — renders this same tree, so the three cannot say different things and
 * none of them ever receives markup: every string here is text to be escaped or written as a run.
 *
 * Heading levels: the document title is level 1, each section's title level 2, and headings inside
 * a section level 3 (and 4 beneath them). Renderers keep that order, so headings never skip a level.
 */

export type { Inline } from './simple-markdown.js';

export interface DocTable {
  /** Said before the table, and used as its caption (web `<caption>`, DOCX/PDF a caption line). */
  caption: string;
  header: string[];
  rows: string[][];
}

export interface DocBar {
  label: string;
  /** Null when the figure is hidden (a group below the anonymity threshold). */
  value: number | null;
  /** What is printed beside the bar: "42%", "3 of 5", "hidden". */
  caption: string;
}

export interface DocTimelineRow {
  label: string;
  /** A lane the row belongs to (a programme or priority); rows are drawn grouped by lane. */
  lane: string;
  /** Months from the figure's start, counting from 0; `to` is inclusive. */
  from: number;
  to: number;
}

export type DocFigure =
  | { kind: 'bars'; max: number; bars: DocBar[] }
  /** Months as "YYYY-MM"; `months` is how many the axis shows from `start`. */
  | { kind: 'timeline'; start: string; months: number; rows: DocTimelineRow[] };

export type DocBlock =
  | { kind: 'heading'; level: 3 | 4; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; table: DocTable }
  /** A chart with its text alternative and, always, its data as a table. */
  | { kind: 'figure'; figure: DocFigure; alt: string; caption: string; table: DocTable }
  /** A masked quote and where it came from ("Staff survey, nursing"). */
  | { kind: 'quote'; text: string; source: string };

export const MODEL_SECTION_KEYS = ['foreword', 'mission', 'where-we-are', 'what-we-heard', 'priorities', 'roadmap', 'partnership', 'governance'] as const;
export type ModelSectionKey = (typeof MODEL_SECTION_KEYS)[number];

export interface DocSection {
  /** A model section's key, or `free-<uuid>` for a section the team wrote. */
  key: string;
  title: string;
  /** 'model' sections are built from what the team recorded; 'free' ones are the team's Markdown. */
  source: 'model' | 'free';
  blocks: DocBlock[];
}

export interface StrategyDocument {
  title: string;
  /** "Northbridge Cancer Centre NHS Foundation Trust" */
  organisation: string;
  /** A hex colour that white text reads on at WCAG AA, or null for NHS blue. */
  accentColour: string | null;
  language: 'en-GB';
  /** Null for the live draft; the number once frozen. */
  version: number | null;
  /** ISO timestamp the tree was composed (the freezing time for a frozen version). */
  composedAt: string;
  sections: DocSection[];
}

/** "Strategy on a page": the poster for wards and staff rooms, made from the same model. */
export interface StrategyPoster {
  title: string;
  organisation: string;
  accentColour: string | null;
  mission: string;
  priorities: { title: string; summary: string; initiatives: string[]; measures: string[] }[];
  /** Where the full strategy can be read, or null before it is published. */
  address: string | null;
}

const inlineText = (pieces: Inline[]) => pieces.map((p) => p.text).join('');

/** A block as plain lines, for comparing versions, searching and counting words. */
export function blockText(block: DocBlock): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [inlineText(block.content)];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${inlineText(item)}`);
    case 'table':
      return [block.table.caption, block.table.header.join(' | '), ...block.table.rows.map((r) => r.join(' | '))];
    case 'figure':
      return [block.caption, block.alt, block.table.header.join(' | '), ...block.table.rows.map((r) => r.join(' | '))];
    case 'quote':
      return [`“${block.text}” (${block.source})`];
  }
}

export const sectionText = (section: DocSection): string => section.blocks.flatMap(blockText).join('\n');
