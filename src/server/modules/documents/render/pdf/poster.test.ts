import { describe, expect, it } from 'vitest';
import type { StrategyPoster } from '../../../../../shared/strategy-document.js';
import { samplePoster } from '../../testing-document.js';
import { findable, naughtySample, planter } from './naughty-sample.js';
import { strategyPosterPdf } from './poster.js';
import { pdfFonts, pdfInfo, pdfStructure, pdfText, pdfWordBoxes, squash } from './read-pdf.js';

const pageSize = async (pdf: Buffer) => {
  const [width, height] = /([\d.]+) x ([\d.]+) pts/.exec((await pdfInfo(pdf)).get('Page size') ?? '')!.slice(1).map(Number) as [number, number];
  return [Math.round(Math.min(width, height)), Math.round(Math.max(width, height))];
};

describe('strategyPosterPdf', () => {
  const poster = samplePoster();

  it.each([
    ['A4', [595, 842]],
    ['A3', [842, 1191]],
  ] as const)('is one tagged %s page with embedded fonts', async (size, expected) => {
    const pdf = await strategyPosterPdf(poster, size);
    const info = await pdfInfo(pdf);
    expect(info.get('Pages')).toBe('1');
    expect(info.get('Tagged')).toBe('yes');
    expect(info.get('Title')).toBe(poster.title);
    expect(await pageSize(pdf)).toEqual(expected);
    for (const font of await pdfFonts(pdf)) expect(font.embedded, font.name).toBe(true);
  });

  it('says the title, organisation, mission, each priority with its summary, three initiatives and the measures, and where to read more', async () => {
    const pdf = await strategyPosterPdf({ ...poster, priorities: poster.priorities.map((p, i) => (i === 0 ? { ...p, initiatives: [...p.initiatives, 'A fourth initiative'] } : p)) }, 'A4');
    const text = squash(await pdfText(pdf));
    for (const words of [poster.title, poster.organisation, poster.mission, poster.address!, ...poster.priorities.flatMap((p) => [p.title, p.summary, ...p.initiatives, ...p.measures])]) expect(text).toContain(squash(words));
    expect(text).not.toContain('Afourthinitiative');
    const nodes = await pdfStructure(pdf);
    expect(nodes.filter((n) => n.type === 'H1').map((n) => n.text)).toEqual([poster.title]);
    expect(nodes.filter((n) => n.type === 'H3').map((n) => n.text)).toEqual(poster.priorities.map((p) => p.title));
    expect(nodes.filter((n) => n.type === 'LI')).toHaveLength(poster.priorities.reduce((n, p) => n + Math.min(p.initiatives.length, 3) + Math.min(p.measures.length, 3), 0));
    expect(nodes.find((n) => n.type === 'Link')?.text).toContain(poster.address);
  });

  it('leaves out the address line before the strategy is published', async () => {
    const text = await pdfText(await strategyPosterPdf({ ...poster, address: null }, 'A4'));
    expect(text).toContain(poster.mission);
    expect(text).not.toContain('Read the full strategy');
  });

  it('shrinks the type for a crowded poster and stays on one page, with words inside it', async () => {
    const crowded: StrategyPoster = {
      ...poster,
      mission: `${poster.mission} `.repeat(12),
      priorities: Array.from({ length: 9 }, (_, i) => ({ title: `Priority number ${i + 1}`, summary: 'A long summary of what this priority is for. '.repeat(6), initiatives: ['One', 'Two', 'Three'].map((w) => `${w} initiative with a long name`), measures: ['A measure', 'Another measure'] })),
    };
    const pdf = await strategyPosterPdf(crowded, 'A4');
    expect((await pdfInfo(pdf)).get('Pages')).toBe('1');
    const text = squash(await pdfText(pdf));
    for (const p of crowded.priorities) expect(text).toContain(squash(p.title));
    for (const box of await pdfWordBoxes(pdf)) {
      expect(box.xMax).toBeLessThanOrEqual(box.pageWidth);
      expect(box.yMax).toBeLessThanOrEqual(box.pageHeight);
    }
  });

  it('stays on one page with naughty strings, printing them as written', async () => {
    const plant = planter(naughtySample());
    for (const size of ['A4', 'A3'] as const) {
      const pdf = await strategyPosterPdf(samplePoster(plant.text), size);
      expect((await pdfInfo(pdf)).get('Pages')).toBe('1');
      const text = await pdfText(pdf);
      expect(text).not.toContain('\u0000');
      const flat = squash(text);
      // Long fields are cut with "…" on a poster (the full strategy is a link away), so look for the short ones.
      const shown = findable(plant.planted()).filter((s) => s.length < 60 && flat.includes(squash(s)));
      expect(shown.length).toBeGreaterThanOrEqual(3);
    }
  });
});
