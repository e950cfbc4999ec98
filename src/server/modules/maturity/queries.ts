import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Assessment, AssessmentList, AssessmentSummary, Comparison, Framework, FrameworkList } from '../../../shared/contracts/maturity.js';
import { compareScores } from '../../../shared/maturity-compare.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { strategies } from '../strategies/index.js';
import { canCreateAssessment, canCreateFramework } from './policy.js';
import { presentAssessment, presentFramework, presentSummary, type MeasureRow, type ScoreRow } from './presenter.js';
import { maturityAssessments, maturityFrameworks, maturityMeasures, maturityScores } from './tables.js';

type FrameworkRow = typeof maturityFrameworks.$inferSelect;
type AssessmentRow = typeof maturityAssessments.$inferSelect;

/** A framework of the actor's organisation; any other id is not found. */
export async function loadFramework(db: Db, actor: Actor, frameworkId: string): Promise<FrameworkRow> {
  const [row] = await db
    .select()
    .from(maturityFrameworks)
    .where(and(eq(maturityFrameworks.id, frameworkId), eq(maturityFrameworks.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('The framework');
  return row;
}

export function measuresOf(db: Db, frameworkId: string): Promise<MeasureRow[]> {
  return db.select().from(maturityMeasures).where(eq(maturityMeasures.frameworkId, frameworkId)).orderBy(asc(maturityMeasures.position));
}

export async function assessmentCount(db: Db, frameworkId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(maturityAssessments).where(eq(maturityAssessments.frameworkId, frameworkId));
  return row?.n ?? 0;
}

export async function frameworkDetail(db: Db, actor: Actor, frameworkId: string): Promise<Framework> {
  const row = await loadFramework(db, actor, frameworkId);
  return presentFramework(row, await measuresOf(db, row.id), await assessmentCount(db, row.id), actor.member.role);
}

export async function listFrameworks(db: Db, actor: Actor): Promise<FrameworkList> {
  const rows = await db
    .select()
    .from(maturityFrameworks)
    .where(eq(maturityFrameworks.organisationId, actor.member.organisationId))
    // Built-in first, then the organisation's own by name.
    .orderBy(asc(isNull(maturityFrameworks.builtIn)), asc(maturityFrameworks.name));
  const frameworks = await Promise.all(
    rows.map(async (row) => presentFramework(row, await measuresOf(db, row.id), await assessmentCount(db, row.id), actor.member.role)),
  );
  return { frameworks, can: { create: canCreateFramework(actor.member.role) } };
}

/** An assessment of the actor's organisation; any other id is not found. */
export async function loadAssessment(db: Db, actor: Actor, assessmentId: string): Promise<AssessmentRow> {
  const [row] = await db
    .select()
    .from(maturityAssessments)
    .where(and(eq(maturityAssessments.id, assessmentId), eq(maturityAssessments.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('The assessment');
  return row;
}

export function scoresOf(db: Db, assessmentId: string): Promise<ScoreRow[]> {
  return db.select().from(maturityScores).where(eq(maturityScores.assessmentId, assessmentId));
}

async function strategyName(db: Db, strategyId: string | null) {
  if (!strategyId) return null;
  const [row] = await db.select({ id: strategies.id, name: strategies.name, archivedAt: strategies.archivedAt }).from(strategies).where(eq(strategies.id, strategyId));
  return row ? { id: row.id, name: row.name, archived: row.archivedAt !== null } : null;
}

/**
 * An assessment that may still be changed, locked for the change: one linked to an archived
 * strategy is part of that closed record, as the strategy's surveys and interviews are.
 */
export async function loadChangeableAssessment(tx: Db, actor: Actor, assessmentId: string): Promise<AssessmentRow> {
  const row = await loadAssessment(tx, actor, assessmentId);
  await tx.execute(sql`select id from maturity_assessments where id = ${row.id} for update`);
  const strategy = await strategyName(tx, row.strategyId);
  if (strategy?.archived) throw conflict(`This assessment belongs to the archived strategy "${strategy.name}". Restore the strategy before changing it.`);
  return row;
}

export async function assessmentDetail(db: Db, actor: Actor, assessmentId: string): Promise<Assessment> {
  const row = await loadAssessment(db, actor, assessmentId);
  const framework = await loadFramework(db, actor, row.frameworkId);
  return presentAssessment(row, framework, await measuresOf(db, framework.id), await scoresOf(db, row.id), await strategyName(db, row.strategyId), actor.member.role);
}

async function summaryOf(db: Db, actor: Actor, row: AssessmentRow): Promise<AssessmentSummary> {
  const framework = await loadFramework(db, actor, row.frameworkId);
  return presentSummary(row, framework, await measuresOf(db, framework.id), await scoresOf(db, row.id), await strategyName(db, row.strategyId));
}

export async function listAssessments(db: Db, actor: Actor): Promise<AssessmentList> {
  const organisationId = actor.member.organisationId;
  const rows = await db
    .select()
    .from(maturityAssessments)
    .where(eq(maturityAssessments.organisationId, organisationId))
    .orderBy(desc(maturityAssessments.assessedOn), desc(maturityAssessments.createdAt));
  const frameworks = await db
    .select({ id: maturityFrameworks.id, name: maturityFrameworks.name, builtIn: maturityFrameworks.builtIn })
    .from(maturityFrameworks)
    .where(eq(maturityFrameworks.organisationId, organisationId))
    .orderBy(asc(isNull(maturityFrameworks.builtIn)), asc(maturityFrameworks.name));
  const open = await db
    .select({ id: strategies.id, name: strategies.name })
    .from(strategies)
    .where(and(eq(strategies.organisationId, organisationId), isNull(strategies.archivedAt)))
    .orderBy(asc(strategies.name));
  return {
    assessments: await Promise.all(rows.map((row) => summaryOf(db, actor, row))),
    frameworks,
    strategies: open,
    can: { create: canCreateAssessment(actor.member.role) },
  };
}

/** Two assessments of one framework side by side, measure by measure, in the framework's order. */
export async function compareAssessments(db: Db, actor: Actor, fromId: string, toId: string): Promise<Comparison> {
  const [from, to] = [await loadAssessment(db, actor, fromId), await loadAssessment(db, actor, toId)];
  if (from.frameworkId !== to.frameworkId) {
    throw badRequest('Choose two assessments of the same framework to compare them', [
      { field: 'to', message: 'Choose an assessment of the same framework as the first' },
    ]);
  }
  const framework = await loadFramework(db, actor, from.frameworkId);
  const measures = await measuresOf(db, framework.id);
  const scores = await db.select().from(maturityScores).where(inArray(maturityScores.assessmentId, [from.id, to.id]));
  const side = (id: string) => scores.filter((s) => s.assessmentId === id).map((s) => ({ measureId: s.measureId, name: '', score: s.score }));
  return {
    framework: { id: framework.id, name: framework.name, scaleMax: framework.scaleMax },
    from: await summaryOf(db, actor, from),
    to: await summaryOf(db, actor, to),
    rows: compareScores(measures.map((m) => ({ measureId: m.id, name: m.name })), side(from.id), side(to.id)),
  };
}
