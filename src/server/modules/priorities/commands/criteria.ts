import { eq, max } from 'drizzle-orm';
import type { CriterionKind } from '../../../../shared/contracts/priorities.js';
import { valueCriteriaCarryWeight } from '../../../../shared/prioritisation.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadStrategy } from '../../strategies/index.js';
import { assertOpen, loadCriterion } from '../load.js';
import { criteriaOf } from '../ordering.js';
import { priorityCriteria } from '../tables.js';

type Strategy = Awaited<ReturnType<typeof loadStrategy>>;

/** The criteria most trusts weigh, with weights a team can start from and change. */
export const USUAL_CRITERIA: { name: string; kind: CriterionKind; weight: number }[] = [
  { name: 'Benefit to patients', kind: 'value', weight: 40 },
  { name: 'Benefit to staff', kind: 'value', weight: 30 },
  { name: 'Strategic fit', kind: 'value', weight: 20 },
  { name: 'Readiness', kind: 'value', weight: 10 },
  { name: 'Cost', kind: 'effort', weight: 50 },
  { name: 'Risk', kind: 'effort', weight: 50 },
];

const ZERO_WEIGHTS = 'Give at least one value criterion a weight above zero: without one, no theme can be ranked.';

/** Runs a change to the criteria in one transaction, refusing it if it leaves no value weight. */
async function changingCriteria<T>(ctx: AppContext, actor: Actor, strategyId: string, work: (tx: Db, strategy: Strategy) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const strategy = await loadStrategy(tx, actor, strategyId);
      assertOpen(strategy);
      const result = await work(tx, strategy);
      if (!valueCriteriaCarryWeight(await criteriaOf(tx, strategy.id))) throw badRequest(ZERO_WEIGHTS, [{ field: 'weight', message: ZERO_WEIGHTS }]);
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'priority_criteria_name')) {
      throw conflict('There is already a criterion with that name. Give this one a different name.', [{ field: 'name', message: 'A criterion with this name already exists' }]);
    }
    throw error;
  }
}

const audit = (tx: Db, actor: Actor, strategy: Strategy, action: string, subjectId: string, before: object | null, after: object | null) =>
  writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId,
    action,
    subjectType: 'priority_criterion',
    subjectId,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown> | null,
  });

const recordOf = (c: typeof priorityCriteria.$inferSelect) => ({ name: c.name, kind: c.kind, weight: c.weight, position: c.position });

async function insertCriteria(tx: Db, actor: Actor, strategy: Strategy, rows: { name: string; kind: CriterionKind; weight: number }[]) {
  const [{ last } = { last: null }] = await tx.select({ last: max(priorityCriteria.position) }).from(priorityCriteria).where(eq(priorityCriteria.strategyId, strategy.id));
  const first = last === null ? 0 : last + 1;
  const created = await tx
    .insert(priorityCriteria)
    .values(rows.map((r, i) => ({ organisationId: strategy.organisationId, strategyId: strategy.id, ...r, position: first + i })))
    .returning();
  for (const c of created) await audit(tx, actor, strategy, 'priority_criterion.created', c.id, null, recordOf(c));
  return created;
}

export function createCriterion(ctx: AppContext, actor: Actor, strategyId: string, input: { name: string; kind: CriterionKind; weight: number }) {
  return changingCriteria(ctx, actor, strategyId, async (tx, strategy) => (await insertCriteria(tx, actor, strategy, [input]))[0]!);
}

/** "Use the usual criteria": adds those of the usual set the strategy does not have yet. */
export function useUsualCriteria(ctx: AppContext, actor: Actor, strategyId: string) {
  return changingCriteria(ctx, actor, strategyId, async (tx, strategy) => {
    const have = new Set((await criteriaOf(tx, strategy.id)).map((c) => c.name.toLowerCase()));
    const missing = USUAL_CRITERIA.filter((c) => !have.has(c.name.toLowerCase()));
    return missing.length ? insertCriteria(tx, actor, strategy, missing) : [];
  });
}

export function updateCriterion(ctx: AppContext, actor: Actor, strategyId: string, criterionId: string, input: { name?: string; kind?: CriterionKind; weight?: number; position?: number }) {
  return changingCriteria(ctx, actor, strategyId, async (tx, strategy) => {
    const before = await loadCriterion(tx, strategy.id, criterionId);
    const [after] = await tx.update(priorityCriteria).set(input).where(eq(priorityCriteria.id, before.id)).returning();
    await audit(tx, actor, strategy, 'priority_criterion.updated', before.id, recordOf(before), recordOf(after!));
    return after!;
  });
}

export function deleteCriterion(ctx: AppContext, actor: Actor, strategyId: string, criterionId: string) {
  return changingCriteria(ctx, actor, strategyId, async (tx, strategy) => {
    const before = await loadCriterion(tx, strategy.id, criterionId);
    await tx.delete(priorityCriteria).where(eq(priorityCriteria.id, before.id));
    await audit(tx, actor, strategy, 'priority_criterion.deleted', before.id, recordOf(before), null);
  });
}

/** "Save weights": every weight given at once, checked together. */
export function saveWeights(ctx: AppContext, actor: Actor, strategyId: string, weights: { criterionId: string; weight: number }[]) {
  return changingCriteria(ctx, actor, strategyId, async (tx, strategy) => {
    for (const { criterionId, weight } of weights) {
      const before = await loadCriterion(tx, strategy.id, criterionId);
      if (before.weight === weight) continue;
      const [after] = await tx.update(priorityCriteria).set({ weight }).where(eq(priorityCriteria.id, before.id)).returning();
      await audit(tx, actor, strategy, 'priority_criterion.updated', before.id, recordOf(before), recordOf(after!));
    }
  });
}
