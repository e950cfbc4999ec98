import { parseSimpleMarkdown, type Block } from '../../../shared/simple-markdown.js';
import type { DocBlock, DocSection, StrategyDocument, StrategyPoster } from '../../../shared/strategy-document.js';

/*
 * A full-size strategy document for the renderers' tests and benches, shaped like the demo
 * trust's: eight sections, every kind of block, a dozen insights with quotes, five priorities with
 * their initiatives and measures, a 30-row roadmap. `text` lets a test put its own strings (BLNS,
 * planted markup) into every free-text place.
 */

const fromMarkdown = (source: string): DocBlock[] =>
  parseSimpleMarkdown(source).map((b: Block) => (b.kind === 'p' ? { kind: 'paragraph', content: b.content } : { kind: 'list', ordered: b.kind === 'ol', items: b.items }));

const para = (text: string): DocBlock => ({ kind: 'paragraph', content: [{ text }] });

export function sampleStrategyDocument(text: (place: string) => string = (place) => place): StrategyDocument {
  const priorities = ['Records that follow the patient', 'Time back for care', 'Skills and confidence', 'Reliable kit and wifi', 'Working with our partners'];
  const sections: DocSection[] = [
    {
      key: 'foreword',
      title: 'Foreword',
      source: 'model',
      blocks: fromMarkdown(
        `${text('Foreword paragraph')} **Our staff** told us what gets in the way of caring for people, and *this strategy* is built on it.\n\nWe will:\n\n- ${text('Foreword bullet')}\n- publish what we did with what you said\n- [read the evidence](https://example.org/evidence)`,
      ),
    },
    {
      key: 'mission',
      title: 'Our mission',
      source: 'model',
      blocks: [para(text('Mission statement: digital that gives every member of staff time back for care.')), { kind: 'quote', text: text('Mission quote'), source: 'Agreed by the executive team' }],
    },
    {
      key: 'where-we-are',
      title: 'Where we are',
      source: 'model',
      blocks: [
        para(`We run 42 systems. ${text('Estate paragraph')}`),
        {
          kind: 'figure',
          figure: { kind: 'bars', max: 5, bars: ['Leadership', 'Infrastructure', 'Records', 'Skills', 'Safe practice', 'Partners'].map((label, i) => ({ label, value: (i % 5) + 1, caption: `${(i % 5) + 1} of 5` })) },
          alt: 'Digital maturity scores out of 5: Leadership 1, Infrastructure 2, Records 3, Skills 4, Safe practice 5, Partners 1.',
          caption: 'Digital maturity, scored in March 2026',
          table: { caption: 'Digital maturity scores', header: ['Measure', 'Score'], rows: ['Leadership', 'Infrastructure', 'Records', 'Skills', 'Safe practice', 'Partners'].map((m, i) => [m, `${(i % 5) + 1} of 5`]) },
        },
        { kind: 'table', table: { caption: 'Systems by how well they fit (TIME)', header: ['TIME', 'Systems'], rows: [['Invest', '12'], ['Tolerate', '18'], ['Migrate', '8'], ['Eliminate', '4']] } },
      ],
    },
    {
      key: 'what-we-heard',
      title: 'What we heard',
      source: 'model',
      blocks: [
        para(`1,214 staff answered our survey, and we interviewed 14 leaders. ${text('Heard paragraph')}`),
        {
          kind: 'figure',
          figure: { kind: 'bars', max: 100, bars: ['Nursing', 'Medical', 'Allied health', 'Admin', 'Estates'].map((label, i) => ({ label, value: i === 4 ? null : 60 - i * 9, caption: i === 4 ? 'hidden' : `${60 - i * 9}%` })) },
          alt: 'Share of each staff group who answered: Nursing 60%, Medical 51%, Allied health 42%, Admin 33%, Estates hidden (small group).',
          caption: 'Who we heard from',
          table: { caption: 'Response rate by staff group', header: ['Staff group', 'Answered'], rows: ['Nursing', 'Medical', 'Allied health', 'Admin', 'Estates'].map((g, i) => [g, i === 4 ? 'hidden (small group)' : `${60 - i * 9}%`]) },
        },
        ...Array.from({ length: 12 }, (_, i): DocBlock[] => [
          { kind: 'heading', level: 3, text: `${i + 1}. ${text(`Insight ${i + 1}`)}` },
          para(`Strong: ${40 - i} pieces of evidence from 3 kinds of source.`),
          { kind: 'quote', text: text(`Quote ${i + 1}: logging in four times a shift takes [name] away from patients`), source: 'Staff survey, nursing' },
        ]).flat(),
      ],
    },
    {
      key: 'priorities',
      title: 'Our priorities',
      source: 'model',
      blocks: priorities.flatMap((p, i): DocBlock[] => [
        { kind: 'heading', level: 3, text: `${i + 1}. ${p}` },
        para(text(`Priority ${i + 1} summary`)),
        { kind: 'heading', level: 4, text: 'What we will do' },
        { kind: 'list', ordered: false, items: Array.from({ length: 6 }, (_, k) => [{ text: text(`Initiative ${i + 1}.${k + 1}`) }]) },
        { kind: 'heading', level: 4, text: 'How we will know' },
        { kind: 'table', table: { caption: `Measures for ${p}`, header: ['Measure', 'Baseline', 'Target'], rows: [[text(`Measure ${i + 1}`), '42% (March 2026)', '70% by March 2028']] } },
      ]),
    },
    {
      key: 'roadmap',
      title: 'Roadmap',
      source: 'model',
      blocks: [
        {
          kind: 'figure',
          figure: { kind: 'timeline', start: '2026-04', months: 36, rows: Array.from({ length: 30 }, (_, i) => ({ label: text(`Initiative ${Math.floor(i / 6) + 1}.${(i % 6) + 1}`), lane: priorities[Math.floor(i / 6)]!, from: i % 12, to: (i % 12) + 6 + (i % 5) })) },
          alt: 'Timeline of 30 initiatives from April 2026 to March 2029, grouped by priority; the table below lists each with its months.',
          caption: 'The roadmap, April 2026 to March 2029',
          table: { caption: 'Initiatives by month', header: ['Initiative', 'Priority', 'From', 'To'], rows: Array.from({ length: 30 }, (_, i) => [text(`Initiative ${Math.floor(i / 6) + 1}.${(i % 6) + 1}`), priorities[Math.floor(i / 6)]!, 'April 2026', 'March 2027']) },
        },
      ],
    },
    {
      key: 'partnership',
      title: 'Our partnership with staff',
      source: 'model',
      blocks: [
        { kind: 'heading', level: 3, text: 'What the digital team will do' },
        { kind: 'list', ordered: true, items: [[{ text: text('Team commitment 1') }], [{ text: 'Fix what you report within five working days' }]] },
        { kind: 'heading', level: 3, text: 'What we ask of staff' },
        { kind: 'list', ordered: true, items: [[{ text: text('Staff commitment 1') }], [{ text: 'Complete the training for new systems' }]] },
      ],
    },
    {
      key: 'free-3b7e0c1a-0000-4000-8000-000000000001',
      title: text('A section the team wrote'),
      source: 'free',
      blocks: fromMarkdown(`${text('Free section paragraph')}\n\n1. first\n2. second`),
    },
    {
      key: 'governance',
      title: 'Governance and measures',
      source: 'model',
      blocks: [para('The Digital Board oversees delivery and reports to the Trust Board each quarter.'), { kind: 'table', table: { caption: 'All measures', header: ['Measure', 'Priority', 'Target'], rows: priorities.map((p, i) => [text(`Measure ${i + 1}`), p, '70%']) } }],
    },
  ];
  return {
    title: text('Digital strategy 2026 to 2029'),
    organisation: 'Northbridge Cancer Centre NHS Foundation Trust',
    accentColour: '#005eb8',
    language: 'en-GB',
    version: 2,
    composedAt: '2026-11-30T10:15:00.000Z',
    sections,
  };
}

export function samplePoster(text: (place: string) => string = (place) => place): StrategyPoster {
  return {
    title: text('Digital strategy 2026 to 2029'),
    organisation: 'Northbridge Cancer Centre NHS Foundation Trust',
    accentColour: '#005eb8',
    mission: text('Digital that gives every member of staff time back for care.'),
    priorities: ['Records that follow the patient', 'Time back for care', 'Skills and confidence', 'Reliable kit and wifi', 'Working with our partners'].map((title, i) => ({
      title,
      summary: text(`Priority ${i + 1} summary`),
      initiatives: [text(`Initiative ${i + 1}.1`), `Initiative ${i + 1}.2`, `Initiative ${i + 1}.3`],
      measures: [text(`Measure ${i + 1}`)],
    })),
    address: 'https://chorus.example/p/northbridge/digital-strategy',
  };
}
