import { Document, HeadingLevel, Packer, Paragraph, type Table } from 'docx';
import { SOURCE_KIND_LABELS, type SourceKind } from '../../../../shared/contracts/insights.js';
import { REACTION_WORDS, type Playback, type PlaybackInsight } from '../../../../shared/contracts/playback.js';
import { chart, heading1, heading2, markdown, para, run, table, xmlSafe } from './blocks.js';

type Block = Paragraph | Table;
const SOURCES = Object.keys(SOURCE_KIND_LABELS) as SourceKind[];
const n = (value: number) => value.toLocaleString('en-GB');
const shown = (count: { value: number | null }) => (count.value === null ? 'hidden (small group)' : n(count.value));
const rate = (r: number | null) => (r === null ? 'not known' : `${(Math.round(r * 1000) / 10).toLocaleString('en-GB')}%`);
const day = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
const STRENGTH_WORDS = { strong: 'Strong', moderate: 'Moderate', emerging: 'Emerging' } as const;

function heard(pack: Playback): Block[] {
  const e = pack.heard.evidence;
  return [
    heading1('What we heard'),
    para(`${n(e.survey + e.interview + e.workshop + e.system)} pieces of evidence from ${n(pack.heard.surveys.length)} surveys, ${n(pack.heard.interviews)} leader interviews and ${n(pack.heard.workshops)} workshops.`),
    table(['Source', 'Pieces of evidence'], SOURCES.map((k) => [SOURCE_KIND_LABELS[k], n(e[k])])),
    ...(pack.heard.surveys.length ? [para(''), table(['Survey', 'Status', 'Responses'], pack.heard.surveys.map((s) => [s.title, s.status, shown(s.responses)]))] : []),
  ];
}

function whoFrom(pack: Playback): Block[] {
  const out: Block[] = [heading1('Who we heard from')];
  if (!pack.coverage.length) out.push(para('No survey has been run for this strategy yet.'));
  for (const c of pack.coverage) {
    out.push(heading2(c.title));
    out.push(para(`${shown(c.responses)} responses${c.headcount ? ` from ${n(c.headcount)} staff (${rate(c.rate)})` : ''}. Target: ${rate(c.targetRate)} of each group.`));
    if (c.neverHeard.length) {
      out.push(para('Not heard from at all:'));
      out.push(table(['Staff group', 'Division'], c.neverHeard.map((g) => [g.staffGroup, g.division])));
    }
    if (c.belowTarget.length) {
      out.push(para('Heard from, but below the target:'));
      out.push(table(['Staff group', 'Division'], c.belowTarget.map((g) => [g.staffGroup, g.division])));
    }
    if (!c.neverHeard.length && !c.belowTarget.length) out.push(para('No group is shown to be below the target.'));
  }
  return out;
}

function spread(title: string, s: PlaybackInsight['strength']['divisions']): Block[] {
  if (!s.named.length) return [];
  const rows = s.named.map((r) => [r.label, n(r.count)]);
  if (s.other) rows.push(['Other groups (not named)', n(s.other)]);
  return [para(title), table(['Group', 'Survey answers'], rows)];
}

function quote(label: string, q: PlaybackInsight['voices']['leaders']): Block[] {
  if (!q) return [];
  return [new Paragraph({ children: [run(`${label}: `, { bold: true }), run(`“${q.text}”`, { italics: true }), run(` (${q.whereFrom})`)] })];
}

function insight(i: PlaybackInsight, position: number): Block[] {
  const s = i.strength;
  const c = i.reactions.counts;
  return [
    heading2(`${position}. ${i.statement}`),
    para(`${STRENGTH_WORDS[s.level]}: ${n(s.items)} pieces of evidence from ${n(s.sourceKinds)} kinds of source.${i.status === 'draft' ? ' (Draft)' : ''}`),
    table(['Source', 'Pieces of evidence'], SOURCES.filter((k) => s.sources[k] > 0).map((k) => [SOURCE_KIND_LABELS[k], n(s.sources[k])])),
    ...spread('Survey answers by division:', s.divisions),
    ...spread('Survey answers by staff group:', s.staffGroups),
    ...quote(`Leaders (${n(i.voices.leaderCount)})`, i.voices.leaders),
    ...quote(`Staff (${n(i.voices.staffCount)})`, i.voices.staff),
    para(`Reactions so far: ${n(c.agree)} ${REACTION_WORDS.agree}, ${n(c.surprised)} ${REACTION_WORDS.surprised}, ${n(c.disagree)} ${REACTION_WORDS.disagree}.`),
  ];
}

function charts(pack: Playback): Block[] {
  if (!pack.charts.length) return [];
  const out: Block[] = [heading1('What the surveys say')];
  for (const c of pack.charts) {
    const bars = c.bars.map((b) => ({ value: b.percent, caption: b.percent === null ? '-' : `${b.percent}%` }));
    const words = c.bars.map((b, i) => `${i + 1}. ${b.label}: ${b.percent === null ? 'hidden' : `${b.percent}%`}`).join('; ');
    out.push(heading2(`${c.title} (${c.surveyTitle})`));
    out.push(para(`${shown(c.respondents)} people answered. Each bar is the share of them who chose the answer numbered beside it in the table below.`));
    out.push(chart(bars, 100, { title: `Bar chart: ${c.title}`, description: `${c.title}. ${words}.` }));
    out.push(table(['No.', 'Answer', 'People', 'Per cent'], c.bars.map((b, i) => [String(i + 1), b.label, shown(b.count), b.percent === null ? 'hidden' : `${b.percent}%`])));
  }
  return out;
}

function estate(pack: Playback): Block[] {
  const t = pack.estate.time;
  const out: Block[] = [
    heading1('The estate'),
    para(`${n(pack.estate.systems)} systems in use, by how well they fit (TIME):`),
    table(['TIME', 'Systems'], [['Invest', n(t.invest)], ['Tolerate', n(t.tolerate)], ['Migrate', n(t.migrate)], ['Eliminate', n(t.eliminate)], ['Not yet rated', n(t.unrated)]]),
    heading2('Contracts ending in the next 12 months'),
  ];
  if (!pack.estate.contractsEnding.length) out.push(para('None.'));
  else out.push(table(['System', 'Contract ends'], pack.estate.contractsEnding.map((s) => [s.name, day(s.contractEnd)])));
  return out;
}

function maturity(pack: Playback): Block[] {
  const m = pack.maturity;
  if (!m) return [heading1('Digital maturity'), para('No maturity assessment has been made yet.')];
  const words = m.measures.map((x, i) => `${i + 1}. ${x.name}: ${x.score ?? 'not scored'}`).join('; ');
  return [
    heading1('Digital maturity'),
    para(`${m.title} (${m.framework}), assessed on ${day(m.assessedOn)}. Scores out of ${m.max}.`),
    chart(m.measures.map((x) => ({ value: x.score ?? 0, caption: x.score === null ? '-' : String(x.score) })), m.max, { title: `Maturity scores: ${m.title}`, description: `Scores out of ${m.max}. ${words}.` }),
    table(['No.', 'Measure', 'Score'], m.measures.map((x, i) => [String(i + 1), x.name, x.score === null ? 'Not scored' : `${x.score} of ${m.max}`])),
  ];
}

/** The playback pack as a Word document: heading styles, header rows, charts with alt text, en-GB. */
export async function playbackDocx(pack: Playback, today: string): Promise<Buffer> {
  const title = `What we heard: ${pack.strategy.name}`;
  const body: Block[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(title)] }),
    para(`Playback to senior leaders, ${day(today)}. Quotes have personal information masked. Groups of fewer than ${pack.threshold} people are never named.`),
    ...(pack.intro.trim() ? [heading1('Introduction'), ...markdown(pack.intro)] : []),
    ...heard(pack),
    ...whoFrom(pack),
    heading1('Insights, strongest first'),
    ...(pack.insights.length ? pack.insights.flatMap((i, k) => insight(i, k + 1)) : [para('No insights have been written yet.')]),
    ...charts(pack),
    ...estate(pack),
    ...maturity(pack),
    para('Made with Chorus from the evidence the strategy team gathered.'),
  ];
  const doc = new Document({
    title: xmlSafe(title),
    creator: 'Chorus',
    description: xmlSafe(`Playback pack for ${pack.strategy.name}`),
    styles: { default: { document: { run: { language: { value: 'en-GB' }, font: 'Arial' } } } },
    sections: [{ children: body }],
  });
  return Packer.toBuffer(doc);
}
