import { describe, expect, it } from 'vitest';
import type { DocBlock, StrategyDocument } from '../../../../../shared/strategy-document.js';
import { sampleStrategyDocument } from '../../testing-document.js';
import { findable, INVISIBLE_FORMAT, naughtySample, planter } from './naughty-sample.js';
import { plainPdf } from './plain-pdf.js';
import { pagesWithInkRightOf, pdfFonts, pdfInfo, pdfStructure, pdfText, pdfWordBoxes, squash } from './read-pdf.js';
import { strategyPdf } from './strategy-pdf.js';

const innerHeadings = (doc: StrategyDocument) => doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
const oneSection = (blocks: DocBlock[]): StrategyDocument => ({ ...sampleStrategyDocument(), sections: [{ key: 'x', title: 'Only section', source: 'model', blocks }] });

describe('strategyPdf', () => {
  const sample = sampleStrategyDocument();
  const built = strategyPdf(sample);

  it('is a tagged PDF 1.7 with the title shown, in British English, with embedded DejaVu fonts only', async () => {
    const pdf = await built;
    const info = await pdfInfo(pdf);
    expect(info.get('Tagged')).toBe('yes');
    expect(info.get('PDF version')).toBe('1.7');
    expect(info.get('Title')).toBe(sample.title);
    expect(info.get('Author')).toBe(sample.organisation);
    expect(info.get('Page size')).toContain('(A4)');
    expect(Number(info.get('Pages'))).toBeGreaterThanOrEqual(sample.sections.length + 1);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/Lang (en-GB)');
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
    }
  });

  it('has a structure tree in reading order: H1, then each section title as an H2 in order, with its inner headings, lists, tables and figures', async () => {
    const nodes = await pdfStructure(await built);
    expect(nodes[0]?.type).toBe('Document');
    expect(nodes.filter((n) => n.type === 'H1').map((n) => n.text)).toEqual([sample.title]);
    expect(nodes.filter((n) => n.type === 'H2').map((n) => n.text)).toEqual(sample.sections.map((s) => s.title));
    expect(nodes.filter((n) => n.type === 'H3' || n.type === 'H4').map((n) => n.text)).toEqual(innerHeadings(sample));
    const types = new Set(nodes.map((n) => n.type));
    for (const type of ['Sect', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'TR', 'TH', 'TD', 'Figure', 'BlockQuote', 'Link']) expect(types, type).toContain(type);
    // Every table's first row holds the header cells.
    const roadmap = nodes.findIndex((n) => n.type === 'Table' && n.text.startsWith('Initiatives by month'));
    expect(nodes.slice(roadmap + 1, roadmap + 8).map((n) => n.type)).toEqual(['Caption', 'TR', 'TH', 'TH', 'TH', 'TH', 'TR']);
    // The Figure's text alternative is in its structure element.
    expect((await built).toString('latin1')).toContain('/Alt (Timeline of 30 initiatives from April 2026');
  });

  it('keeps page numbers and the running header out of the structure tree, but prints them', async () => {
    const pdf = await built;
    const pages = Number((await pdfInfo(pdf)).get('Pages'));
    expect(await pdfText(pdf, { first: 3, last: 3 })).toContain(`Page 3 of ${pages}`);
    const tagged = (await pdfStructure(pdf)).map((n) => n.text).join('\n');
    expect(tagged).not.toContain('Page 3 of');
  });

  it('prints every section title and inner heading', async () => {
    const text = squash(await pdfText(await built));
    for (const words of [...sample.sections.map((s) => s.title), ...innerHeadings(sample)]) expect(text).toContain(squash(words));
  });

  it('breaks a long table between rows and repeats its header row on each page, as decoration', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Row ${i + 1}`, `Value ${i + 1}`]);
    const pdf = await strategyPdf(oneSection([{ kind: 'table', table: { caption: 'A long table', header: ['Name heading', 'Value heading'], rows } }]));
    const pages = Number((await pdfInfo(pdf)).get('Pages'));
    expect(pages).toBeGreaterThanOrEqual(4);
    for (let page = 2; page <= pages; page++) expect(await pdfText(pdf, { first: page, last: page })).toContain('Name heading');
    const nodes = await pdfStructure(pdf);
    expect(nodes.filter((n) => n.type === 'TH').map((n) => n.text)).toEqual(['Name heading', 'Value heading']);
    expect(nodes.filter((n) => n.type === 'TR')).toHaveLength(121);
    const text = squash(await pdfText(pdf));
    for (const [name] of rows) expect(text).toContain(squash(`${name}Value`));
  });

  it('wraps unbroken strings wider than the page, in paragraphs and table cells, without running off the page', { timeout: 60_000 }, async () => {
    const long = 'x'.repeat(5_001);
    // Invisible format characters (zero-width, direction and tag characters) from the Big List, which PDFKit once drew wider than it measured.
    const invisible = INVISIBLE_FORMAT;
    const pdf = await strategyPdf(oneSection([{ kind: 'paragraph', content: [{ text: long }] }, { kind: 'table', table: { caption: 'Invisible characters', header: ['A', 'B', 'C', 'D'], rows: [['a', 'b', 'c', invisible.repeat(3)]] } }, { kind: 'table', table: { caption: long, header: ['A', 'B', 'C'], rows: [[long, 'b', 'c'], ['a', 'y'.repeat(3_000), 'c']] } }]));
    const boxes = await pdfWordBoxes(pdf);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.xMax).toBeLessThanOrEqual(box.pageWidth - 50);
      expect(box.yMax).toBeLessThanOrEqual(box.pageHeight);
    }
    // Nothing drawn in the right margin (56 pt, less slack for anti-aliasing) after the cover, whose band runs to the edge.
    expect((await pagesWithInkRightOf(pdf, 595.28 - 50)).filter((page) => page > 1)).toEqual([]);
    const text = squash(await pdfText(pdf));
    expect(text.split('x').length - 1).toBeGreaterThanOrEqual(5_001 * 2);
    expect(text).toContain('y'.repeat(3_000));
  });

  it('prints planted naughty strings as written text, with controls and lone surrogates replaced', { timeout: 60_000 }, async () => {
    const plant = planter(naughtySample());
    const pdf = await strategyPdf(sampleStrategyDocument(plant.text));
    expect((await pdfInfo(pdf)).get('Tagged')).toBe('yes');
    // What a screen reader gets: the tagged text, without the running header and footer that
    // pdftotext would splice into a string running over a page break.
    const tagged = squash((await pdfStructure(pdf))[0]!.text);
    const printable = findable(plant.planted());
    expect(printable.length).toBeGreaterThanOrEqual(20);
    for (const s of printable) expect(tagged, s.slice(0, 80)).toContain(squash(s));
    const text = await pdfText(pdf);
    expect(text.replace(/\s+/g, ' ')).toContain('<script>alert(123)</script>');
    expect(text).toContain('{{7*7}}');
    expect(text).not.toContain('\u0000');
    expect(text).toContain('Ward 5\uFFFD notes');
  });
});

describe('plainPdf', () => {
  it('is the same words, untagged, in the same embedded fonts', async () => {
    const pdf = await plainPdf('Plain baseline', ['First paragraph.', 'Second <b>paragraph</b>\u0000.']);
    const info = await pdfInfo(pdf);
    expect(info.get('Tagged')).toBe('no');
    expect(info.get('Title')).toBe('Plain baseline');
    const text = await pdfText(pdf);
    expect(text).toContain('First paragraph.');
    expect(text).toContain('Second <b>paragraph</b>\uFFFD.');
    for (const font of await pdfFonts(pdf)) expect(font.embedded, font.name).toBe(true);
  });
});
