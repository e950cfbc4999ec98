import { docxTextByLibreOffice } from '../../../../testing/office-readers.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockText, type DocBlock, type StrategyDocument } from '../../../../../shared/strategy-document.js';
import { naughtyStrings } from '../../../../testing/test-data.js';
import { xmlSafe } from '../../../../platform/office/xml-safe.js';
import { documentRuns, readZipEntry } from '../../../../platform/office/read-docx.js';
import { sampleStrategyDocument } from '../../testing-document.js';
import { plainDocx, strategyDocx } from './strategy-docx.js';
import { TIMELINE_PICTURE_NOTE } from './timeline-png.js';



const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (xml: string) =>
  xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) =>
    code.startsWith('#x') ? String.fromCodePoint(parseInt(code.slice(2), 16)) : code.startsWith('#') ? String.fromCodePoint(Number(code.slice(1))) : (ENTITIES[code] ?? whole),
  );
const entry = (docx: Buffer, name: string) => readZipEntry(docx, name)?.toString('utf8') ?? '';
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const textIn = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
/** A row marked as a header row: the element on its own, or turned on. */
const HEADER_ROW = /<w:tblHeader(?: w:val="(?:true|1|on)")?\/>/;
const styleOf = (p: string) => /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1];
const blocksOf = (doc: StrategyDocument) => doc.sections.flatMap((s) => s.blocks);
const figures = (doc: StrategyDocument) => blocksOf(doc).filter((b): b is Extract<DocBlock, { kind: 'figure' }> => b.kind === 'figure');

/** The strings planted in places the sample parses as Markdown, where `*` and `[…](…)` rightly become formatting. */
const MARKDOWN_PLACES = new Set(['Foreword paragraph', 'Foreword bullet', 'Free section paragraph']);

/** About sixty naughty strings: an even spread of the list, and the ones this renderer most needs to survive. */
function naughtySample(): string[] {
  const { strings } = naughtyStrings();
  const step = Math.ceil(strings.length / 48);
  const spread = strings.filter((s, i) => i % step === 0 && s.trim());
  const rtl = strings.find((s) => /[\u0590-\u06FF]/.test(s)) ?? 'مرحبا بالعالم';
  return [...new Set([...spread, '<script>alert(123)</script>', '{{7*7}}', '${7*7}', '&amp; &lt;b&gt;', '<w:t>planted</w:t>', 'NUL \u0000 here', 'lone high \uD800 surrogate', 'lone low \uDC00 surrogate', 'U+FFFF \uFFFF', rtl, "'; DROP TABLE sections; --"])];
}

const sample = sampleStrategyDocument();
const planted = naughtySample();
// Each distinct place gets one string, so a place used twice (a roadmap row's label and its table row) says the same.
const placed = new Map<string, string>();
const naughty = sampleStrategyDocument((place) => {
  if (!placed.has(place)) placed.set(place, planted[placed.size % planted.length]!);
  return placed.get(place)!;
});

/** One string in every kind of block and every text place of each: each place below that is a run of its own. */
const everyKind = (s: string): DocBlock[] => [
  { kind: 'heading', level: 3, text: s },
  { kind: 'heading', level: 4, text: s },
  { kind: 'paragraph', content: [{ text: s }, { text: s, strong: true, em: true, br: true }] },
  { kind: 'list', ordered: true, items: [[{ text: s }]] },
  { kind: 'list', ordered: false, items: [[{ text: s }]] },
  { kind: 'table', table: { caption: s, header: [s], rows: [[s]] } },
  { kind: 'quote', text: s, source: s },
  { kind: 'figure', figure: { kind: 'bars', max: 1, bars: [{ label: s, value: 1, caption: s }] }, alt: s, caption: s, table: { caption: s, header: [s], rows: [[s]] } },
];
const EXACT_RUNS_PER_STRING = 14;
naughty.sections.push({ key: 'free-every-kind', title: 'Every kind of block', source: 'free', blocks: planted.flatMap(everyKind) });

let docx: Buffer;
let text: string;
let naughtyDocx: Buffer;
let naughtyText: string;

beforeAll(async () => {
  [docx, naughtyDocx] = await Promise.all([strategyDocx(sample), strategyDocx(naughty)]);
  // The two conversions are the slow part (seconds each): once per document, side by side.
  [text, naughtyText] = await Promise.all([docxTextByLibreOffice(docx), docxTextByLibreOffice(naughtyDocx)]);
}, 240_000);

describe('the strategy document in Word', () => {
  it('opens in LibreOffice with the cover, every section title and every heading inside them', () => {
    for (const line of [sample.organisation, sample.title, 'Version 2', '30 November 2026', 'Contents']) expect(text).toContain(line);
    for (const section of sample.sections) expect(text).toContain(section.title);
    const headings = blocksOf(sample).flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings.length).toBeGreaterThan(20);
    for (const h of headings) expect(text).toContain(h);
    // The words of the tables and figures' data reach the reader too.
    for (const row of ['Safe practice', 'hidden (small group)', 'Eliminate', 'Initiative 5.6', 'Measure 3']) expect(text).toContain(row);
  });

  it('writes the title as Title, sections as Heading 1 and inner levels as Heading 2 and 3, in document order', () => {
    const found = paragraphs(entry(docx, 'word/document.xml'))
      .filter((p) => /^(Title|Heading\d)$/.test(styleOf(p) ?? ''))
      .map((p) => `${styleOf(p)} ${textIn(p)}`);
    const expected = [`Title ${sample.title}`, ...sample.sections.flatMap((s) => [`Heading1 ${s.title}`, ...s.blocks.flatMap((b) => (b.kind === 'heading' ? [`Heading${b.level - 1} ${b.text}`] : []))])];
    expect(found).toEqual(expected);
  });

  it('never skips a level: a level 4 heading with no level 3 before it in its section is a Heading 2', async () => {
    const doc: StrategyDocument = { ...sample, sections: [{ key: 'x', title: 'Only section', source: 'model', blocks: [{ kind: 'heading', level: 4, text: 'Straight to four' }, { kind: 'heading', level: 3, text: 'Three' }, { kind: 'heading', level: 4, text: 'Four' }] }] };
    const styles = paragraphs(entry(await strategyDocx(doc), 'word/document.xml'))
      .filter((p) => /^Heading\d$/.test(styleOf(p) ?? ''))
      .map((p) => `${styleOf(p)} ${textIn(p)}`);
    expect(styles).toEqual(['Heading1 Only section', 'Heading2 Straight to four', 'Heading2 Three', 'Heading3 Four']);
  });

  it('has a table-of-contents field over Heading 1 and 2 that Word updates on opening', () => {
    const xml = entry(docx, 'word/document.xml');
    const instructions = [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => decode(m[1]!));
    expect(instructions.some((i) => /^\s*TOC\b.*\\o "1-2"/.test(i))).toBe(true);
    expect(entry(docx, 'word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });

  it('writes the contents’ page numbers into the file only when asked to lay the pages out', async () => {
    const tocEntry = (file: Buffer) => textIn(paragraphs(entry(file, 'word/document.xml')).find((p) => styleOf(p) === 'TOC1' && textIn(p).startsWith('Roadmap')) ?? '');
    expect(tocEntry(docx)).toBe('Roadmap');
    const laidOut = await strategyDocx(sample, { pageNumbers: true });
    expect(tocEntry(laidOut)).toMatch(/^Roadmap\d+$/);
    // The pages run in order: a later section never starts on an earlier page.
    const pages = paragraphs(entry(laidOut, 'word/document.xml'))
      .filter((p) => styleOf(p) === 'TOC1')
      .map((p) => Number(/\d+$/.exec(textIn(p))?.[0]));
    expect(pages.length).toBe(sample.sections.length);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(pages[0]).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('marks the first row of every table as a header row, and draws each table and figure data as one', () => {
    const xml = entry(docx, 'word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
    expect(tables.length).toBe(blocksOf(sample).filter((b) => b.kind === 'table' || b.kind === 'figure').length);
    for (const t of tables) {
      const rows = [...t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toMatch(HEADER_ROW);
      for (const r of rows.slice(1)) expect(r).not.toMatch(HEADER_ROW);
    }
  });

  it('gives every picture its figure’s alt text, and the pictures are PNGs', () => {
    const xml = entry(docx, 'word/document.xml');
    const pictures = [...xml.matchAll(/<wp:docPr [^>]*>/g)].map((m) => m[0]);
    const expected = figures(sample);
    expect(pictures.length).toBe(expected.length);
    pictures.forEach((picture, i) => {
      const figure = expected[i]!;
      const descr = decode(/descr="([^"]*)"/.exec(picture)![1]!);
      expect(decode(/title="([^"]*)"/.exec(picture)![1]!)).toBe(figure.alt);
      // A bar chart carries exactly the block's words; only the wordless timeline adds how to read it.
      if (figure.figure.kind === 'bars') expect(descr).toBe(figure.alt);
      else expect(descr).toBe(`${figure.alt} ${TIMELINE_PICTURE_NOTE}`);
    });
    for (const n of [1, 2, 3]) expect(readZipEntry(docx, `word/media/image${n}.png`)?.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('never leaves a picture without alt text, even when the figure came without any', async () => {
    const figure = figures(sample)[0]!;
    const doc: StrategyDocument = { ...sample, sections: [{ key: 'x', title: 'Figures', source: 'model', blocks: [{ ...figure, alt: ' ' }, { ...figure, alt: '', caption: '' }] }] };
    const descriptions = [...entry(await strategyDocx(doc), 'word/document.xml').matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => decode(m[1]!));
    expect(descriptions).toEqual([figure.caption, 'A chart; its data is in the table after it.']);
  });

  it('is in en-GB, with its title, author and description in the file’s properties', () => {
    expect(entry(docx, 'word/styles.xml')).toMatch(/<w:lang w:val="en-GB"\/>/);
    const core = entry(docx, 'docProps/core.xml');
    expect(decode(/<dc:title>([^<]*)<\/dc:title>/.exec(core)![1]!)).toBe(sample.title);
    expect(decode(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)![1]!)).toBe(sample.organisation);
    expect(decode(/<dc:description>([^<]*)<\/dc:description>/.exec(core)![1]!)).toContain('30 November 2026');
  });

  it('writes lists as Word numbering: bullets, and each numbered list starting again at 1', () => {
    const ps = paragraphs(entry(docx, 'word/document.xml'));
    const numId = (words: string) => /<w:numId w:val="(\d+)"\/>/.exec(ps.find((p) => textIn(p) === words) ?? '')?.[1];
    const [team, fix, staff, first, second] = ['Team commitment 1', 'Fix what you report within five working days', 'Staff commitment 1', 'first', 'second'].map(numId);
    expect(team).toBeDefined();
    expect(fix).toBe(team);
    expect(staff).toBeDefined();
    expect(staff).not.toBe(team);
    expect(second).toBe(first);
    expect(new Set([team, staff, first]).size).toBe(3);
    expect(numId('Initiative 1.1')).toBeDefined();
    const numbering = entry(docx, 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
  });

  it('links only to web and email addresses, as real hyperlinks, and formats bold and italic pieces', async () => {
    const xml = entry(docx, 'word/document.xml');
    const links = [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
    expect(links.map((l) => textIn(l[2]!))).toEqual(['read the evidence']);
    const relation = [...entry(docx, 'word/_rels/document.xml.rels').matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${links[0]![1]}"`));
    expect(relation).toContain('Target="https://example.org/evidence"');
    expect(relation).toContain('TargetMode="External"');
    const bold = paragraphs(xml).flatMap((p) => [...p.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*<\/w:r>/g)].map((m) => m[0])).find((r) => textIn(r) === 'Our staff');
    expect(bold).toContain('<w:b/>');

    const doc: StrategyDocument = { ...sample, sections: [{ key: 'x', title: 'Links', source: 'free', blocks: [{ kind: 'paragraph', content: [{ text: 'not a link', href: 'javascript:alert(1)' }, { text: ' mail us', href: 'mailto:team@example.org' }] }] }] };
    const other = await strategyDocx(doc);
    const otherXml = entry(other, 'word/document.xml');
    expect(textIn(otherXml)).toContain('not a link mail us');
    expect([...otherXml.matchAll(/<w:hyperlink [^>]*r:id=/g)].length).toBe(1);
    expect(entry(other, 'word/_rels/document.xml.rels')).not.toContain('javascript:');
  });

  it('sets masked quotes apart, indented and in italics, with where they came from', () => {
    const xml = entry(docx, 'word/document.xml');
    const quote = paragraphs(xml).find((p) => textIn(p).includes('Quote 1: logging in'))!;
    expect(styleOf(quote)).toBe('Quote');
    expect(textIn(quote)).toBe('“Quote 1: logging in four times a shift takes [name] away from patients”— Staff survey, nursing');
    const style = /<w:style [^>]*w:styleId="Quote"[\s\S]*?<\/w:style>/.exec(entry(docx, 'word/styles.xml'))![0];
    expect(style).toMatch(/<w:ind w:left="720"/);
    expect(style).toContain('<w:i/>');
  });

  it('colours the heading text in the organisation’s accent, or NHS blue without one', async () => {
    const headingColour = async (accentColour: string | null) => {
      const styles = entry(await strategyDocx({ ...sample, accentColour, sections: [] }), 'word/styles.xml');
      return /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<w:color w:val="([0-9A-Fa-f]{6})"/.exec(styles)?.[1];
    };
    expect(await headingColour('#7c2855')).toBe('7C2855');
    expect(await headingColour(null)).toBe('005EB8');
  });

  it('says Draft on the cover of the live draft', async () => {
    const draft = await strategyDocx({ ...sample, version: null, composedAt: '2027-01-05T23:30:00.000Z' });
    const runs = documentRuns(draft);
    expect(runs).toContain('Draft');
    expect(runs).toContain('5 January 2027');
    expect(runs.some((r) => r.startsWith('Version'))).toBe(false);
  });

  it('still builds a document whose sections have nothing in them yet, or that has no sections', async () => {
    const empty = await strategyDocx({ ...sample, sections: sample.sections.map((s) => ({ ...s, blocks: [] })) });
    const runs = documentRuns(empty);
    for (const s of sample.sections) expect(runs).toContain(s.title);
    expect(documentRuns(await strategyDocx({ ...sample, sections: [] }))).toContain(sample.title);
  });
});

describe('naughty strings in the strategy document', () => {
  it('prints every planted string as written, in the runs and in the file’s title', () => {
    expect(placed.size).toBeGreaterThan(planted.length);
    const all = documentRuns(naughtyDocx).join('\n');
    const checked = [...placed].filter(([place]) => !MARKDOWN_PLACES.has(place));
    for (const [place, s] of checked) expect(all, place).toContain(xmlSafe(s));
    expect(new Set(checked.map(([, s]) => s)).size).toBe(planted.length);
    expect(decode(/<dc:title>([^<]*)<\/dc:title>/.exec(entry(naughtyDocx, 'docProps/core.xml'))![1]!)).toBe(xmlSafe(naughty.title));
  });

  it('writes each planted string as whole runs of its own in every kind of block, and as the alt text of its picture', () => {
    const runs = documentRuns(naughtyDocx);
    const count = new Map<string, number>();
    for (const r of runs) count.set(r, (count.get(r) ?? 0) + 1);
    const descriptions = new Set([...entry(naughtyDocx, 'word/document.xml').matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => decode(m[1]!)));
    for (const [i, s] of planted.entries()) {
      const safe = xmlSafe(s);
      expect(count.get(safe) ?? 0, `string ${i}`).toBeGreaterThanOrEqual(EXACT_RUNS_PER_STRING);
      expect(runs, `string ${i} quoted`).toContain(`“${safe}”`);
      expect(runs, `string ${i} as a source`).toContain(`— ${safe}`);
      expect(descriptions.has(safe), `string ${i} as alt text`).toBe(true);
    }
  });

  it('lays the pages out with the planted strings too', async () => {
    const laidOut = await strategyDocx(naughty, { pageNumbers: true });
    expect(documentRuns(laidOut).join('\n')).toContain('<script>alert(123)</script>');
  }, 60_000);

  it('opens in LibreOffice with the planted markup as text', () => {
    expect(naughtyText).toContain(naughty.organisation);
    for (const s of ['<script>alert(123)</script>', '{{7*7}}', '&amp; &lt;b&gt;', '<w:t>planted</w:t>']) expect(naughtyText).toContain(s);
    expect(naughtyText).toContain('NUL \uFFFD here');
  });
});

describe('the plain baseline', () => {
  it('holds the same words as plain paragraphs in one section, with no heading styles', async () => {
    const words = blocksOf(sample).flatMap(blockText);
    const plain = await plainDocx(sample.title, words);
    const xml = entry(plain, 'word/document.xml');
    expect(documentRuns(plain)).toEqual([sample.title, ...words]);
    expect([...xml.matchAll(/<w:sectPr/g)].length).toBe(1);
    expect(xml).not.toContain('<w:pStyle');
    expect(decode(/<dc:title>([^<]*)<\/dc:title>/.exec(entry(plain, 'docProps/core.xml'))![1]!)).toBe(sample.title);
  });
});
