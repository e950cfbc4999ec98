import { parseSimpleMarkdown } from '../../../../shared/simple-markdown.js';
import type { DocBlock, DocTable } from '../../../../shared/strategy-document.js';

/* Small builders for the composed tree: every string goes in as text, never markup. */

export const count = (value: number) => value.toLocaleString('en-GB');
export const plural = (value: number, one: string, many = `${one}s`) => `${count(value)} ${value === 1 ? one : many}`;

export const para = (text: string): DocBlock => ({ kind: 'paragraph', content: [{ text }] });
export const heading = (text: string, level: 3 | 4 = 3): DocBlock => ({ kind: 'heading', level, text });
export const table = (caption: string, header: string[], rows: string[][]): DocBlock => ({ kind: 'table', table: { caption, header, rows } });
export const bullets = (items: string[]): DocBlock => ({ kind: 'list', ordered: false, items: items.map((text) => [{ text }]) });
export const numbered = (items: string[]): DocBlock => ({ kind: 'list', ordered: true, items: items.map((text) => [{ text }]) });
export const quote = (text: string, source: string): DocBlock => ({ kind: 'quote', text, source });

export function bars(caption: string, alt: string, max: number, rows: { label: string; value: number | null; caption: string }[], data: DocTable): DocBlock {
  return { kind: 'figure', figure: { kind: 'bars', max, bars: rows }, alt, caption, table: data };
}

/** The team's Markdown, through the same small safe parser as survey introductions: no raw HTML can pass. */
export function markdown(source: string): DocBlock[] {
  return parseSimpleMarkdown(source).map((b) => (b.kind === 'p' ? { kind: 'paragraph', content: b.content } : { kind: 'list', ordered: b.kind === 'ol', items: b.items }));
}
