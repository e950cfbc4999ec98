import type { CreateSystem } from '../../../../shared/contracts/estate.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { systemAuditRecord } from '../presenter.js';
import { assertReplacementIsOwn, assertUnitsAreOwn, nameTaken, replaceUnits } from '../system-store.js';
import { systems } from '../tables.js';
import { auditEstate } from './audit.js';

/** Adds a system to the organisation's register. */
export async function createSystem(ctx: AppContext, actor: Actor, input: CreateSystem) {
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertUnitsAreOwn(tx, actor, input.unitIds);
      await assertReplacementIsOwn(tx, actor, input.replacedById);
      const { unitIds, notes, ...fields } = input;
      const [row] = await tx
        .insert(systems)
        .values({ ...fields, notes: notes ?? '', organisationId: actor.member.organisationId })
        .returning();
      await replaceUnits(tx, row!.id, unitIds);
      await auditEstate(tx, actor, 'system', row!.id, { action: 'system.created', after: systemAuditRecord(row!, unitIds) });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}
