import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { RAG_LABELS, type DeliveryDashboard, type Quarter, type Trajectory } from '../../../shared/contracts/delivery.js';
import { formatDate } from '../../../shared/dates.js';
import type { DocBlock, DocSection, StrategyDocument } from '../../../shared/strategy-document.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { organisations } from '../organisations/index.js';
import { initiatives } from '../roadmap/index.js';
import { deliveryDashboard } from './dashboard.js';
import { initiativeUpdates } from './tables.js';

/* Small builders: every string goes into the tree as text, never markup. */
const para = (text: string): DocBlock => ({ kind: 'paragraph', content: [{ text }] });
const table = (caption: string, header: string[], rows: string[][]): DocBlock => ({ kind: 'table', table: { caption, header, rows } });
const count = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;
const number = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(n);
const withUnit = (n: number | null | undefined, unit: string) => (n === null || n === undefined ? '—' : `${number(n)} ${unit}`);

export const BOARD_REPORT_SECTIONS = {
  summary: 'Summary',
  priorities: 'Progress per priority theme',
  atRisk: 'Initiatives rated red or amber',
  milestones: 'Overdue milestones',
  measures: 'Measures against their trajectory',
  updates: 'Updates recorded in the quarter',
} as const;

function summary(d: DeliveryDashboard, quarter: Quarter): DocBlock[] {
  const total = d.rag.green + d.rag.amber + d.rag.red + d.rag.none;
  return [
    para(`Delivery of the digital strategy in ${quarter.label}, with the figures as at ${d.asOfLabel}: each initiative by its latest update by then.`),
    para(
      total === 0
        ? 'The roadmap has no initiatives yet.'
        : `${plural(total, 'initiative')}: ${count(d.rag.red)} red, ${count(d.rag.amber)} amber, ${count(d.rag.green)} green and ${count(d.rag.none)} with no update yet. ` +
          `Overall ${d.percentComplete ?? 0}% complete (the average of each initiative’s latest percentage; one without an update counts as 0, a done one as 100).`,
    ),
    table('Initiatives by their latest RAG rating', ['RAG rating', 'Initiatives'], [
      [RAG_LABELS.red, count(d.rag.red)], [RAG_LABELS.amber, count(d.rag.amber)], [RAG_LABELS.green, count(d.rag.green)], ['No update yet', count(d.rag.none)],
    ]),
    para(`${plural(d.overdueMilestones.length, 'milestone')} overdue; ${plural(d.needUpdate.length, 'initiative')} in progress without an update for more than 45 days.`),
  ];
}

const priorities = (d: DeliveryDashboard): DocBlock[] =>
  d.priorities.length === 0
    ? [para('No priority themes have been agreed yet.')]
    : [table('Progress per priority theme', ['Priority theme', 'Initiatives', 'Done', 'Complete'], d.priorities.map((p) => [p.title, count(p.initiatives), count(p.done), p.percentComplete === null ? 'No initiatives' : `${p.percentComplete}%`]))];

const atRisk = (d: DeliveryDashboard): DocBlock[] =>
  d.atRisk.length === 0
    ? [para('No initiative is rated red or amber.')]
    : [table('Initiatives rated red or amber, with the reason given', ['Initiative', 'RAG rating', 'Reason', 'Latest update'], d.atRisk.map((i) => [i.title, RAG_LABELS[i.rag], i.reason, i.recordedOnLabel]))];

const milestones = (d: DeliveryDashboard): DocBlock[] =>
  d.overdueMilestones.length === 0
    ? [para('No milestone is overdue.')]
    : [table('Overdue milestones, most overdue first', ['Milestone', 'Initiative', 'Due', 'Days overdue'], d.overdueMilestones.map((m) => [m.title, m.initiativeTitle, m.dueOnLabel, count(m.daysOverdue)]))];

/** How far along a measure is, as a percentage of the way from baseline to target. */
const percentOf = (t: Trajectory) => (t.progress === null ? null : Math.round(t.progress * 100));

function measures(d: DeliveryDashboard): DocBlock[] {
  if (d.trajectories.length === 0) return [para('No outcome measures have been set yet.')];
  const shown = d.trajectories.map((t) => ({ t, percent: percentOf(t), latest: t.points.filter((p) => p.actual !== null).at(-1) }));
  const alt = `Bar chart of how far each measure has come from its baseline to its target: ${shown.map(({ t, percent }) => `${t.name} ${percent === null ? 'no values yet' : `${percent}%`}`).join(', ')}.`;
  return [
    para('Progress to target is the share of the way from the baseline to the target that the latest value has come: 0% at the baseline, 100% at the target. The trajectory is the straight line between them; “expected” is where that line is on the latest value’s day.'),
    {
      kind: 'figure',
      // Bars start at 0: a measure that went the wrong way shows none, and its table row says how far.
      figure: { kind: 'bars', max: Math.max(100, ...shown.map((s) => s.percent ?? 0)), bars: shown.map(({ t, percent }) => ({ label: t.name, value: percent === null ? null : Math.max(0, percent), caption: percent === null ? 'no values yet' : `${percent}%` })) },
      alt,
      caption: 'Progress to target per measure',
      table: {
        caption: 'Each measure against its trajectory',
        header: ['Measure', 'For', 'Baseline', 'Target', 'Latest', 'Expected on the trajectory', 'Progress to target', 'Where it stands'],
        rows: shown.map(({ t, percent, latest }) => [
          t.name, t.ownerLabel,
          t.baseline ? `${withUnit(t.baseline.value, t.unit)} (${t.baseline.onLabel})` : '—',
          t.target ? `${withUnit(t.target.value, t.unit)} by ${t.target.onLabel}` : '—',
          latest ? `${withUnit(latest.actual, t.unit)} (${latest.onLabel})` : 'No values yet',
          withUnit(latest?.expected, t.unit),
          percent === null ? '—' : `${percent}%`,
          t.statusWords,
        ]),
      },
    },
  ];
}

async function updates(db: Db, strategyId: string, quarter: Quarter, asOf: string): Promise<DocBlock[]> {
  const rows = await db
    .select({ update: initiativeUpdates, title: initiatives.title })
    .from(initiativeUpdates)
    .innerJoin(initiatives, eq(initiatives.id, initiativeUpdates.initiativeId))
    .where(and(eq(initiativeUpdates.strategyId, strategyId), gte(initiativeUpdates.recordedOn, quarter.from), lte(initiativeUpdates.recordedOn, asOf)))
    .orderBy(asc(initiativeUpdates.recordedOn), asc(initiatives.title), asc(initiativeUpdates.createdAt));
  if (rows.length === 0) return [para(`No delivery updates were recorded in ${quarter.label}.`)];
  const item = ({ update: u, title }: (typeof rows)[number]) =>
    [`${formatDate(u.recordedOn)}, ${title}: ${RAG_LABELS[u.rag]}, ${u.percentComplete}% complete.`, u.ragReason && `Why: ${u.ragReason}`, u.note, u.blockers && `Blockers: ${u.blockers}`].filter(Boolean).join(' ');
  return [para(`${plural(rows.length, 'update')} recorded, oldest first:`), { kind: 'list', ordered: false, items: rows.map((r) => [{ text: item(r) }]) }];
}

/**
 * The quarterly board report as a strategy-document tree, so the Word and PDF renderers the
 * strategy document uses make it too (headings, tables after figures, tagging all theirs). The
 * figures are as at the quarter's last day, or today while the quarter is still running.
 */
export async function composeBoardReport(db: Db, actor: Actor, strategyId: string, quarter: Quarter): Promise<StrategyDocument> {
  const today = todayInLondon();
  const asOf = quarter.to < today ? quarter.to : today;
  const dashboard = await deliveryDashboard(db, actor, strategyId, asOf);
  const [org] = await db.select({ name: organisations.name, accent: organisations.accentColour }).from(organisations).where(eq(organisations.id, actor.member.organisationId));
  const section = (key: keyof typeof BOARD_REPORT_SECTIONS, blocks: DocBlock[]): DocSection => ({ key, title: BOARD_REPORT_SECTIONS[key], source: 'model', blocks });
  return {
    title: `Digital strategy delivery report: ${quarter.label}`,
    organisation: org!.name,
    accentColour: org!.accent,
    language: 'en-GB',
    version: null,
    composedAt: new Date().toISOString(),
    sections: [
      section('summary', summary(dashboard, quarter)),
      section('priorities', priorities(dashboard)),
      section('atRisk', atRisk(dashboard)),
      section('milestones', milestones(dashboard)),
      section('measures', measures(dashboard)),
      section('updates', await updates(db, strategyId, quarter, asOf)),
    ],
  };
}
