import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { PriorityDetail, PriorityList, PriorityOptions } from '../../../shared/contracts/priorities.js';
import { timeQuadrant } from '../../../shared/estate-assessment.js';
import { RANKING_RULE } from '../../../shared/prioritisation.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { systems } from '../estate/index.js';
import { insights } from '../insights/index.js';
import { maturityFrameworks, maturityMeasures } from '../maturity/index.js';
import { loadStrategy } from '../strategies/index.js';
import { loadPriority } from './load.js';
import { currentLevels } from './maturity-levels.js';
import { criteriaOf, themesOf } from './ordering.js';
import { strengthBriefs } from './strength-sql.js';
import { priorityInsights, priorityMaturityTargets, prioritySystems } from './tables.js';

const presentCriterion = (c: { id: string; name: string; kind: 'value' | 'effort'; weight: number; position: number }) => ({
  id: c.id,
  name: c.name,
  kind: c.kind,
  weight: c.weight,
  position: c.position,
});

export async function listPriorities(db: Db, actor: Actor, strategyId: string): Promise<PriorityList> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [themes, criteria, insightCounts] = await Promise.all([
    themesOf(db, strategy.id),
    criteriaOf(db, strategy.id),
    db
      .select({ priorityId: priorityInsights.priorityId, n: count() })
      .from(priorityInsights)
      .innerJoin(insights, eq(insights.id, priorityInsights.insightId))
      .where(eq(insights.strategyId, strategy.id))
      .groupBy(priorityInsights.priorityId),
  ]);
  const countOf = new Map(insightCounts.map((c) => [c.priorityId, c.n]));
  return {
    priorities: themes.map((t) => ({
      id: t.id,
      title: t.title,
      summary: t.summary,
      sponsor: t.sponsor,
      lead: t.lead,
      position: t.position,
      positionReason: t.positionReason,
      insightCount: countOf.get(t.id) ?? 0,
      scores: t.scores,
    })),
    criteria: criteria.map(presentCriterion),
    rule: RANKING_RULE,
    can: { edit: !strategy.archivedAt && can(actor.member.role, 'update', 'priority') },
  };
}

export async function priorityDetail(db: Db, actor: Actor, priorityId: string): Promise<PriorityDetail> {
  const { priority, strategy } = await loadPriority(db, actor, priorityId);
  const [linked, targets, systemRows, criteria, themes] = await Promise.all([
    db
      .select({ id: insights.id, statement: insights.statement })
      .from(priorityInsights)
      .innerJoin(insights, eq(insights.id, priorityInsights.insightId))
      .where(eq(priorityInsights.priorityId, priority.id)),
    db
      .select({ measureId: maturityMeasures.id, name: maturityMeasures.name, targetLevel: priorityMaturityTargets.targetLevel })
      .from(priorityMaturityTargets)
      .innerJoin(maturityMeasures, eq(maturityMeasures.id, priorityMaturityTargets.measureId))
      .where(eq(priorityMaturityTargets.priorityId, priority.id))
      .orderBy(asc(maturityMeasures.position)),
    db
      .select({ id: systems.id, name: systems.name, technicalFit: systems.technicalFit, functionalFit: systems.functionalFit })
      .from(prioritySystems)
      .innerJoin(systems, eq(systems.id, prioritySystems.systemId))
      .where(eq(prioritySystems.priorityId, priority.id))
      .orderBy(asc(sql`lower(${systems.name})`)),
    criteriaOf(db, strategy.id),
    themesOf(db, strategy.id),
  ]);
  const [strengths, levels] = await Promise.all([
    strengthBriefs(db, { insightIds: linked.map((i) => i.id) }),
    currentLevels(db, strategy.organisationId, targets.map((t) => t.measureId)),
  ]);
  const scores = themes.find((t) => t.id === priority.id)?.scores ?? {};
  const rankOf = (level: string) => ['strong', 'moderate', 'emerging'].indexOf(level);
  const open = !strategy.archivedAt;
  return {
    id: priority.id,
    strategyId: strategy.id,
    title: priority.title,
    summary: priority.summary,
    ambition: priority.ambition,
    sponsor: priority.sponsor,
    lead: priority.lead,
    position: priority.position,
    positionReason: priority.positionReason,
    insights: linked
      .map((i) => ({ ...i, strength: strengths.get(i.id)! }))
      .sort((a, b) => rankOf(a.strength.level) - rankOf(b.strength.level) || b.strength.items - a.strength.items || a.statement.localeCompare(b.statement)),
    maturityTargets: targets.map((t) => ({ ...t, currentLevel: levels.get(t.measureId)?.level ?? null, currentFrom: levels.get(t.measureId)?.from ?? null })),
    systems: systemRows.map((s) => ({ id: s.id, name: s.name, time: timeQuadrant(s.technicalFit, s.functionalFit) })),
    scores: criteria.map((c) => ({ criterionId: c.id, name: c.name, kind: c.kind, weight: c.weight, score: scores[c.id] ?? null })),
    createdAt: priority.createdAt.toISOString(),
    updatedAt: priority.updatedAt.toISOString(),
    can: {
      update: open && can(actor.member.role, 'update', 'priority'),
      delete: open && can(actor.member.role, 'delete', 'priority'),
      comment: open && can(actor.member.role, 'create', 'develop_comment'),
    },
  };
}

/** What the form offers: the strategy's insights strongest first, the maturity measures, the live systems. */
export async function priorityOptions(db: Db, actor: Actor, strategyId: string): Promise<PriorityOptions> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [insightRows, strengths, measures, systemRows] = await Promise.all([
    db.select({ id: insights.id, statement: insights.statement }).from(insights).where(eq(insights.strategyId, strategy.id)),
    strengthBriefs(db, { strategyId: strategy.id }),
    db
      .select({ id: maturityMeasures.id, name: maturityMeasures.name, framework: maturityFrameworks.name })
      .from(maturityMeasures)
      .innerJoin(maturityFrameworks, eq(maturityFrameworks.id, maturityMeasures.frameworkId))
      .where(eq(maturityFrameworks.organisationId, strategy.organisationId))
      .orderBy(asc(maturityFrameworks.name), asc(maturityMeasures.position)),
    db
      .select({ id: systems.id, name: systems.name, technicalFit: systems.technicalFit, functionalFit: systems.functionalFit })
      .from(systems)
      .where(and(eq(systems.organisationId, strategy.organisationId), isNull(systems.retiredAt)))
      .orderBy(asc(sql`lower(${systems.name})`)),
  ]);
  const levels = await currentLevels(db, strategy.organisationId, measures.map((m) => m.id));
  const rankOf = (level: string) => ['strong', 'moderate', 'emerging'].indexOf(level);
  return {
    insights: insightRows
      .map((i) => ({ ...i, strength: strengths.get(i.id)! }))
      .sort((a, b) => rankOf(a.strength.level) - rankOf(b.strength.level) || b.strength.items - a.strength.items || a.statement.localeCompare(b.statement)),
    measures: measures.map((m) => ({ ...m, currentLevel: levels.get(m.id)?.level ?? null })),
    systems: systemRows.map((s) => ({ id: s.id, name: s.name, time: timeQuadrant(s.technicalFit, s.functionalFit) })),
  };
}

