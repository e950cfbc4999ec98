import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ZSaveProgramme } from '../../../../shared/contracts/roadmap.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { priorities } from '../../priorities/tables.js';
import { assertOpen, loadProgramme } from '../load.js';
import { programmes } from '../tables.js';

type Input = z.output<typeof ZSaveProgramme>;
type Strategy = { id: string; organisationId: string; archivedAt: Date | null };

async function assertPriorityOf(tx: Db, strategyId: string, priorityId: string): Promise<void> {
  const [row] = await tx.select({ id: priorities.id }).from(priorities).where(and(eq(priorities.id, priorityId), eq(priorities.strategyId, strategyId)));
  if (!row) throw badRequest('Choose a priority theme of this strategy', [{ field: 'priorityId', message: 'Choose a priority theme of this strategy' }]);
}

const audited = (p: typeof programmes.$inferSelect) => ({ name: p.name, summary: p.summary, priorityId: p.priorityId });

export async function createProgramme(tx: Db, actor: Actor, strategy: Strategy, input: Input) {
  assertOpen(strategy);
  await assertPriorityOf(tx, strategy.id, input.priorityId);
  const [last] = await tx.select({ max: sql<number | null>`max(${programmes.position})` }).from(programmes).where(eq(programmes.strategyId, strategy.id));
  const [programme] = await tx
    .insert(programmes)
    .values({ organisationId: strategy.organisationId, strategyId: strategy.id, priorityId: input.priorityId, name: input.name, summary: input.summary, position: (last?.max ?? -1) + 1 })
    .returning();
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId, action: 'programme.created', subjectType: 'programme', subjectId: programme!.id, after: audited(programme!),
  });
  return programme!;
}

export async function updateProgramme(tx: Db, actor: Actor, programmeId: string, input: Input) {
  const { programme, strategy } = await loadProgramme(tx, actor, programmeId);
  assertOpen(strategy);
  await assertPriorityOf(tx, strategy.id, input.priorityId);
  const [updated] = await tx
    .update(programmes)
    .set({ priorityId: input.priorityId, name: input.name, summary: input.summary, updatedAt: new Date() })
    .where(eq(programmes.id, programme.id))
    .returning();
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId, action: 'programme.updated', subjectType: 'programme', subjectId: programme.id, before: audited(programme), after: audited(updated!),
  });
  return updated!;
}
