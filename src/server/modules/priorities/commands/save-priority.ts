import { and, eq, max, ne, sql } from 'drizzle-orm';
import type { CreatePriority, UpdatePriority } from '../../../../shared/contracts/priorities.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadStrategy } from '../../strategies/index.js';
import { priorityAuditRecord } from '../audit-record.js';
import { checkedLinks, linksOf, writeLinks } from '../links.js';
import { assertOpen, loadPriority } from '../load.js';
import { priorities } from '../tables.js';

const duplicateTitle = () =>
  conflict('This strategy already has a priority with that title. Give this one a different title, or edit the other.', [
    { field: 'title', message: 'A priority with this title already exists' },
  ]);

async function assertTitleFree(tx: Db, strategyId: string, title: string, exceptId?: string): Promise<void> {
  const where = [eq(priorities.strategyId, strategyId), sql`lower(${priorities.title}) = lower(${title})`];
  if (exceptId) where.push(ne(priorities.id, exceptId));
  const [taken] = await tx.select({ id: priorities.id }).from(priorities).where(and(...where));
  if (taken) throw duplicateTitle();
}

/** Runs a write, turning a repeat title that slipped past the check (two at once) into the same 409. */
async function guardingTitle<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'priorities_title')) throw duplicateTitle();
    throw error;
  }
}

/** A new priority goes last in the agreed order, with its links, all in one transaction. */
export async function createPriority(ctx: AppContext, actor: Actor, strategyId: string, input: CreatePriority) {
  return guardingTitle(() =>
    ctx.db.transaction(async (tx) => {
      const strategy = await loadStrategy(tx, actor, strategyId);
      assertOpen(strategy);
      await assertTitleFree(tx, strategy.id, input.title);
      const links = await checkedLinks(tx, strategy, input);
      const [{ last } = { last: null }] = await tx.select({ last: max(priorities.position) }).from(priorities).where(eq(priorities.strategyId, strategy.id));
      const [row] = await tx
        .insert(priorities)
        .values({
          organisationId: strategy.organisationId,
          strategyId: strategy.id,
          title: input.title,
          summary: input.summary ?? '',
          ambition: input.ambition ?? '',
          sponsor: input.sponsor ?? '',
          lead: input.lead ?? '',
          position: last === null ? 0 : last + 1,
          createdByUserId: actor.user.id,
        })
        .returning();
      await writeLinks(tx, row!.id, links);
      await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
        organisationId: strategy.organisationId,
        action: 'priority.created',
        subjectType: 'priority',
        subjectId: row!.id,
        after: priorityAuditRecord(row!, await linksOf(tx, row!.id)),
      });
      return row!;
    }),
  );
}

export async function updatePriority(ctx: AppContext, actor: Actor, priorityId: string, input: UpdatePriority): Promise<void> {
  await guardingTitle(() =>
    ctx.db.transaction(async (tx) => {
      const { priority, strategy } = await loadPriority(tx, actor, priorityId);
      assertOpen(strategy);
      if (input.title !== undefined) await assertTitleFree(tx, strategy.id, input.title, priority.id);
      const links = await checkedLinks(tx, strategy, input);
      const before = priorityAuditRecord(priority, await linksOf(tx, priority.id));
      const { insightIds: _i, maturityTargets: _m, systemIds: _s, ...fields } = input;
      const [row] = await tx
        .update(priorities)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(priorities.id, priority.id))
        .returning();
      await writeLinks(tx, priority.id, links);
      await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
        organisationId: strategy.organisationId,
        action: 'priority.updated',
        subjectType: 'priority',
        subjectId: priority.id,
        before,
        after: priorityAuditRecord(row!, await linksOf(tx, priority.id)),
      });
    }),
  );
}
