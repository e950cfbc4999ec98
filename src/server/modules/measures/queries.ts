import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { MeasureChoices, MeasureDetail, MeasureList, MeasureSummary } from '../../../shared/contracts/measures.js';
import { BINDABLE_QUESTION_TYPES } from '../../../shared/contracts/measures.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { maturityFrameworks, maturityMeasures } from '../maturity/index.js';
import { priorities } from '../priorities/tables.js';
import { initiatives, programmes } from '../roadmap/tables.js';
import { loadStrategy } from '../strategies/index.js';
import { surveyQuestions, surveys } from '../surveys/index.js';
import { countableAnswers } from './binding.js';
import { loadMeasure, type MeasureRow } from './load.js';
import { seriesOf } from './series.js';
import { summarise } from './summary.js';
import { outcomeMeasures } from './tables.js';

interface Owner {
  kind: 'priority' | 'initiative';
  id: string;
  title: string;
  priorityTitle: string | null;
  order: number[];
}

/** The strategy's priorities, then its initiatives (each under its priority), in the agreed order. */
async function ownersOf(db: Db, organisationId: string, strategyId: string): Promise<Owner[]> {
  const priorityRows = await db
    .select({ id: priorities.id, title: priorities.title, position: priorities.position })
    .from(priorities)
    .where(and(eq(priorities.strategyId, strategyId), eq(priorities.organisationId, organisationId)))
    .orderBy(asc(priorities.position), asc(priorities.title));
  const initiativeRows = await db
    .select({ id: initiatives.id, title: initiatives.title, priorityTitle: priorities.title, priorityPosition: priorities.position, programmePosition: programmes.position, position: initiatives.position })
    .from(initiatives)
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .innerJoin(priorities, eq(priorities.id, programmes.priorityId))
    .where(and(eq(initiatives.strategyId, strategyId), eq(initiatives.organisationId, organisationId)));
  const owners: Owner[] = [
    ...priorityRows.map((p) => ({ kind: 'priority' as const, id: p.id, title: p.title, priorityTitle: null, order: [p.position, -1, -1] })),
    ...initiativeRows.map((i) => ({ kind: 'initiative' as const, id: i.id, title: i.title, priorityTitle: i.priorityTitle, order: [i.priorityPosition, i.programmePosition, i.position] })),
  ];
  const compare = (a: number[], b: number[]) => a.reduce((d, v, i) => d || v - b[i]!, 0);
  return owners.sort((a, b) => compare(a.order, b.order) || a.title.localeCompare(b.title));
}

const ownerLabel = (o: Owner) => (o.kind === 'priority' ? o.title : `${o.title} (${o.priorityTitle})`);

/** What the "Add a measure" form offers: owners, the questions of the strategy's surveys that can be counted, and maturity measures. */
async function choicesOf(db: Db, organisationId: string, strategyId: string, owners: Owner[]): Promise<MeasureChoices> {
  const questions = await db
    .select({ id: surveyQuestions.id, title: surveyQuestions.title, type: surveyQuestions.type, options: surveyQuestions.options, surveyTitle: surveys.title })
    .from(surveyQuestions)
    .innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
    // Only first waves: a later wave's question is the same measure, found through its first.
    .where(and(eq(surveys.strategyId, strategyId), eq(surveys.organisationId, organisationId), isNull(surveyQuestions.firstWaveQuestionId), inArray(surveyQuestions.type, [...BINDABLE_QUESTION_TYPES])))
    .orderBy(asc(surveys.createdAt), asc(surveyQuestions.position));
  const maturity = await db
    .select({ id: maturityMeasures.id, name: maturityMeasures.name, framework: maturityFrameworks.name })
    .from(maturityMeasures)
    .innerJoin(maturityFrameworks, eq(maturityFrameworks.id, maturityMeasures.frameworkId))
    .where(eq(maturityFrameworks.organisationId, organisationId))
    .orderBy(asc(maturityFrameworks.name), asc(maturityMeasures.position));
  return {
    owners: owners.map((o) => ({ kind: o.kind, id: o.id, label: ownerLabel(o) })),
    surveyQuestions: questions.map((q) => ({ id: q.id, surveyTitle: q.surveyTitle, title: q.title, type: q.type, answers: countableAnswers(q) })),
    maturityMeasures: maturity.map((m) => ({ id: m.id, label: `${m.name} (${m.framework})` })),
  };
}

async function summaries(db: Db, actor: Actor, rows: MeasureRow[], owners: Owner[]): Promise<MeasureSummary[]> {
  const series = await seriesOf(db, actor, rows);
  const labels = new Map(owners.map((o) => [o.id, ownerLabel(o)]));
  return rows.map((m) => summarise(m, series.get(m.id) ?? [], labels.get(m.priorityId ?? m.initiativeId ?? '') ?? ''));
}

/** All the strategy's measures grouped by their priority or initiative, with what the form offers. */
export async function listMeasures(db: Db, actor: Actor, strategyId: string): Promise<MeasureList> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const organisationId = actor.member.organisationId;
  const owners = await ownersOf(db, organisationId, strategy.id);
  const rows = await db
    .select()
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.strategyId, strategy.id), eq(outcomeMeasures.organisationId, organisationId)))
    .orderBy(asc(outcomeMeasures.position), asc(outcomeMeasures.createdAt));
  const measures = await summaries(db, actor, rows, owners);
  const groups = owners
    .map((o) => ({ kind: o.kind, id: o.id, title: o.title, priorityTitle: o.priorityTitle, measures: measures.filter((m) => (m.priorityId ?? m.initiativeId) === o.id) }))
    .filter((g) => g.measures.length > 0);
  return {
    groups,
    choices: await choicesOf(db, organisationId, strategy.id, owners),
    can: { create: strategy.archivedAt === null && can(actor.member.role, 'create', 'measure') },
  };
}

/** The words for what a bound measure follows: the question and its counted answers, or the maturity measure. */
async function boundTo(db: Db, measure: MeasureRow): Promise<string | null> {
  if (measure.source === 'survey' && measure.surveyQuestionId) {
    const [q] = await db.select({ title: surveyQuestions.title, type: surveyQuestions.type, options: surveyQuestions.options, surveyTitle: surveys.title }).from(surveyQuestions).innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId)).where(eq(surveyQuestions.id, measure.surveyQuestionId));
    if (!q) return null;
    const answers = countableAnswers(q).filter((a) => measure.countedAnswers.includes(a.key)).map((a) => a.label);
    return `The share answering ${answers.join(' or ')} to “${q.title}” in each wave of ${q.surveyTitle}`;
  }
  if (measure.source === 'maturity' && measure.maturityMeasureId) {
    const [m] = await db.select({ name: maturityMeasures.name }).from(maturityMeasures).where(eq(maturityMeasures.id, measure.maturityMeasureId));
    return m ? `The score of “${m.name}” in each completed maturity assessment` : null;
  }
  return null;
}

export async function measureDetail(db: Db, actor: Actor, measureId: string): Promise<MeasureDetail> {
  const { measure, strategy } = await loadMeasure(db, actor, measureId);
  const owners = await ownersOf(db, actor.member.organisationId, strategy.id);
  const series = (await seriesOf(db, actor, [measure])).get(measure.id) ?? [];
  const label = owners.find((o) => o.id === (measure.priorityId ?? measure.initiativeId));
  const open = strategy.archivedAt === null;
  return {
    ...summarise(measure, series, label ? ownerLabel(label) : ''),
    strategyId: strategy.id,
    baselineSource: measure.baselineSource,
    surveyQuestionId: measure.surveyQuestionId,
    countedAnswers: measure.countedAnswers,
    maturityMeasureId: measure.maturityMeasureId,
    boundTo: await boundTo(db, measure),
    series,
    can: {
      update: open && can(actor.member.role, 'update', 'measure'),
      delete: open && can(actor.member.role, 'delete', 'measure'),
      addValue: open && measure.source === 'manual' && can(actor.member.role, 'update', 'measure'),
    },
  };
}

/** The measures of some priorities or initiatives of the actor's organisation, for other modules' pages. */
export async function measuresOf(db: Db, actor: Actor, filter: { priorityIds?: string[]; initiativeIds?: string[] }): Promise<MeasureSummary[]> {
  const which: SQL[] = [];
  if (filter.priorityIds?.length) which.push(inArray(outcomeMeasures.priorityId, filter.priorityIds));
  if (filter.initiativeIds?.length) which.push(inArray(outcomeMeasures.initiativeId, filter.initiativeIds));
  if (which.length === 0) return [];
  const rows = await db
    .select()
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.organisationId, actor.member.organisationId), or(...which)))
    .orderBy(asc(outcomeMeasures.position), asc(outcomeMeasures.createdAt));
  const strategyIds = [...new Set(rows.map((r) => r.strategyId))];
  const owners = (await Promise.all(strategyIds.map((id) => ownersOf(db, actor.member.organisationId, id)))).flat();
  return summaries(db, actor, rows, owners);
}
