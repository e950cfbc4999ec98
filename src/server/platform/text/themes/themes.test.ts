import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { runThemesInWorker, suggestThemes } from './index.js';

const topics: Record<string, string[]> = {
  parking: ['parking', 'car', 'space', 'ticket', 'barrier', 'expensive'],
  food: ['food', 'meal', 'cold', 'breakfast', 'menu', 'sandwich'],
  waiting: ['wait', 'hour', 'delay', 'queue', 'appointment', 'late'],
  noise: ['noise', 'loud', 'sleep', 'night', 'ward', 'quiet'],
  nurses: ['nurse', 'kind', 'caring', 'friendly', 'helpful', 'gentle'],
};

/** Five topics with their own words, five to six words per comment, generated from a seed. */
function plantedCorpus(perTopic: number) {
  let state = 42;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const items: { id: string; text: string; topic: string }[] = [];
  for (const [topic, words] of Object.entries(topics)) {
    for (let i = 0; i < perTopic; i++) {
      const picked = Array.from({ length: 5 + Math.floor(next() * 2) }, () => words[Math.floor(next() * words.length)]!);
      items.push({ id: `${topic}-${i}`, text: `The ${picked.join(' and ')}.`, topic });
    }
  }
  return items;
}

describe('suggestThemes', () => {
  it('recovers planted topics, with readable labels and distinct representatives', () => {
    const items = plantedCorpus(40);
    const result = suggestThemes(items, { seed: 3 });
    expect(result.themes).toHaveLength(5);
    const topicOf = new Map(items.map((item) => [item.id, item.topic]));
    for (const theme of result.themes) {
      const seen = new Set(theme.memberIds.map((id) => topicOf.get(id)));
      expect(seen.size).toBe(1);
      const words = topics[[...seen][0]!]!;
      expect(theme.label.toLowerCase().split(', ').every((word) => words.includes(word))).toBe(true);
      expect(theme.representativeIds).toHaveLength(3);
      const texts = theme.representativeIds.map((id) => items.find((item) => item.id === id)!.text);
      expect(new Set(texts).size).toBe(3);
      expect(theme.cohesion).toBeGreaterThan(0);
      expect(theme.cohesion).toBeLessThanOrEqual(1);
    }
    const placed = result.themes.reduce((sum, theme) => sum + theme.memberIds.length, 0) + result.unfitted.length;
    expect(placed).toBe(items.length);
  });

  it('names a theme by its most distinctive noun phrase when its texts share one', () => {
    const wheels = ['have flat batteries again', 'are never charged', 'run out before the round ends', 'freeze during handover', 'are too few for the ward'];
    const desktop = ['is slow from home', 'drops every hour', 'will not open the rota', 'times out at night', 'needs a new password weekly'];
    const items = [
      ...Array.from({ length: 30 }, (_, i) => ({ id: `w${i}`, text: `The computers on wheels ${wheels[i % 5]} (${['ward', 'unit', 'bay'][i % 3]}).` })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, text: `Our remote desktop ${desktop[i % 5]}, ${['sadly', 'again', 'as usual'][i % 3]}.` })),
    ];
    const labels = suggestThemes(items, { seed: 2, themes: 2 }).themes.map((theme) => theme.label).sort();
    expect(labels).toEqual(['Computers on wheels', 'Remote desktop']);
  });

  it('gives identical output for the same input and seed', () => {
    const items = plantedCorpus(15).map(({ id, text }) => ({ id, text }));
    expect(suggestThemes(items, { seed: 9 })).toEqual(suggestThemes(items, { seed: 9 }));
  });

  it('asks for about n themes when told', () => {
    const result = suggestThemes(plantedCorpus(30), { seed: 1, themes: 2 });
    expect(result.themes.length).toBeLessThanOrEqual(2);
    expect(result.themes.length).toBeGreaterThanOrEqual(1);
  });

  it('explains an empty set, a set of one and emoji-only texts', () => {
    expect(suggestThemes([]).message).toMatch(/no texts/);
    const one = suggestThemes([{ id: 'a', text: 'The car park is too expensive' }]);
    expect(one.themes[0]!.memberIds).toEqual(['a']);
    expect(one.message).toMatch(/only one text/);
    const emoji = suggestThemes([
      { id: 'a', text: '😀😀' },
      { id: 'b', text: '👍 !!!' },
    ]);
    expect(emoji.themes).toEqual([]);
    expect(emoji.unfitted).toEqual(['a', 'b']);
    expect(emoji.message).toMatch(/emoji/);
  });

  it('groups 50,000 identical comments into one theme', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ id: String(i), text: 'Parking is awful' }));
    const result = suggestThemes(items);
    expect(result.themes).toHaveLength(1);
    expect(result.themes[0]!.memberIds).toHaveLength(50_000);
    expect(result.message).toMatch(/All 50000 texts/);
  });

  it('copes with naughty strings, non-English and very long texts', () => {
    const naughty = createRequire(import.meta.url)('big-list-of-naughty-strings') as string[];
    const items = [
      ...naughty.map((text, i) => ({ id: `n${i}`, text })),
      { id: 'fr', text: "Le personnel était très gentil et l'attente courte" },
      { id: 'cy', text: 'Roedd y nyrsys yn garedig iawn' },
      { id: 'long', text: 'parking '.repeat(20_000) },
      ...plantedCorpus(10),
    ];
    const result = suggestThemes(items, { seed: 2 });
    const all = [...result.themes.flatMap((theme) => theme.memberIds), ...result.unfitted];
    expect(all.sort()).toEqual(items.map((item) => item.id).sort());
    for (const theme of result.themes) expect(theme.label.length).toBeGreaterThan(0);
  });
});

describe('runThemesInWorker', () => {
  it('runs the engine in a worker thread and reports progress', async () => {
    const items = plantedCorpus(20).map(({ id, text }) => ({ id, text }));
    const fractions: number[] = [];
    const result = await runThemesInWorker(items, { seed: 4 }, (fraction) => fractions.push(fraction));
    expect(result).toEqual(suggestThemes(items, { seed: 4 }));
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions.at(-1)).toBe(1);
  });
});
