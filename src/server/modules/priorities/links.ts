import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/errors.js';
import { systems } from '../estate/index.js';
import { insights } from '../insights/index.js';
import { maturityFrameworks, maturityMeasures } from '../maturity/index.js';
import { priorityInsights, priorityMaturityTargets, prioritySystems } from './tables.js';

const unique = (ids: string[]) => [...new Set(ids)];

function refuse(field: string, message: string): never {
  throw badRequest(message, [{ field, message }]);
}

/** Every insight must be of this strategy: a priority never answers another strategy's insight. */
export async function checkedInsightIds(db: Db, strategyId: string, ids: string[]): Promise<string[]> {
  const wanted = unique(ids);
  if (!wanted.length) return [];
  const found = await db.select({ id: insights.id }).from(insights).where(and(inArray(insights.id, wanted), eq(insights.strategyId, strategyId)));
  if (found.length !== wanted.length) refuse('insightIds', 'Some of the chosen insights are not in this strategy any more. Choose the insights again.');
  return wanted;
}

export async function checkedMaturityTargets(db: Db, organisationId: string, targets: { measureId: string; targetLevel: number }[]) {
  const byMeasure = new Map(targets.map((t) => [t.measureId, t.targetLevel]));
  if (byMeasure.size !== targets.length) refuse('maturityTargets', 'Each maturity measure can have one target: remove the repeated one.');
  if (!byMeasure.size) return [];
  const found = await db
    .select({ id: maturityMeasures.id })
    .from(maturityMeasures)
    .innerJoin(maturityFrameworks, eq(maturityFrameworks.id, maturityMeasures.frameworkId))
    .where(and(inArray(maturityMeasures.id, [...byMeasure.keys()]), eq(maturityFrameworks.organisationId, organisationId)));
  if (found.length !== byMeasure.size) refuse('maturityTargets', 'Some of the chosen maturity measures are not in your frameworks any more. Choose the measures again.');
  return [...byMeasure].map(([measureId, targetLevel]) => ({ measureId, targetLevel }));
}

export async function checkedSystemIds(db: Db, organisationId: string, ids: string[]): Promise<string[]> {
  const wanted = unique(ids);
  if (!wanted.length) return [];
  const found = await db.select({ id: systems.id }).from(systems).where(and(inArray(systems.id, wanted), eq(systems.organisationId, organisationId), isNull(systems.retiredAt)));
  if (found.length !== wanted.length) refuse('systemIds', 'Some of the chosen systems are not in the live register any more. Choose the systems again.');
  return wanted;
}

export interface PriorityLinks {
  insightIds?: string[];
  maturityTargets?: { measureId: string; targetLevel: number }[];
  systemIds?: string[];
}

/** Checks every list given before anything is written, so a bad id saves nothing. */
export async function checkedLinks(db: Db, strategy: { id: string; organisationId: string }, input: PriorityLinks): Promise<PriorityLinks> {
  return {
    insightIds: input.insightIds && (await checkedInsightIds(db, strategy.id, input.insightIds)),
    maturityTargets: input.maturityTargets && (await checkedMaturityTargets(db, strategy.organisationId, input.maturityTargets)),
    systemIds: input.systemIds && (await checkedSystemIds(db, strategy.organisationId, input.systemIds)),
  };
}

/** Replaces each list given (checked already); lists not given stay as they are. */
export async function writeLinks(tx: Db, priorityId: string, links: PriorityLinks): Promise<void> {
  if (links.insightIds) {
    await tx.delete(priorityInsights).where(eq(priorityInsights.priorityId, priorityId));
    if (links.insightIds.length) await tx.insert(priorityInsights).values(links.insightIds.map((insightId) => ({ priorityId, insightId })));
  }
  if (links.maturityTargets) {
    await tx.delete(priorityMaturityTargets).where(eq(priorityMaturityTargets.priorityId, priorityId));
    if (links.maturityTargets.length) await tx.insert(priorityMaturityTargets).values(links.maturityTargets.map((t) => ({ priorityId, ...t })));
  }
  if (links.systemIds) {
    await tx.delete(prioritySystems).where(eq(prioritySystems.priorityId, priorityId));
    if (links.systemIds.length) await tx.insert(prioritySystems).values(links.systemIds.map((systemId) => ({ priorityId, systemId })));
  }
}

/** The links as the audit trail records them: sorted ids, so before and after compare. */
export async function linksOf(db: Db, priorityId: string) {
  const [i, m, s] = await Promise.all([
    db.select({ id: priorityInsights.insightId }).from(priorityInsights).where(eq(priorityInsights.priorityId, priorityId)),
    db.select({ measureId: priorityMaturityTargets.measureId, targetLevel: priorityMaturityTargets.targetLevel }).from(priorityMaturityTargets).where(eq(priorityMaturityTargets.priorityId, priorityId)),
    db.select({ id: prioritySystems.systemId }).from(prioritySystems).where(eq(prioritySystems.priorityId, priorityId)),
  ]);
  return {
    insightIds: i.map((r) => r.id).sort(),
    maturityTargets: m.sort((a, b) => a.measureId.localeCompare(b.measureId)),
    systemIds: s.map((r) => r.id).sort(),
  };
}
