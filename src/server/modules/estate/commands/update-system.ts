import { eq, sql } from 'drizzle-orm';
import type { UpdateSystem } from '../../../../shared/contracts/estate.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { systemAuditRecord } from '../presenter.js';
import { loadSystem, unitIdsOf } from '../queries.js';
import { assertReplacementIsOwn, assertUnitsAreOwn, nameTaken, replaceUnits } from '../system-store.js';
import { systems } from '../tables.js';
import { auditEstate } from './audit.js';

/** Changes the fields given; contract dates are checked against the stored ones too. */
export async function updateSystem(ctx: AppContext, actor: Actor, systemId: string, input: UpdateSystem) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await loadSystem(tx, actor, systemId);
      const beforeUnits = await unitIdsOf(tx, systemId);
      const start = input.contractStart !== undefined ? input.contractStart : before.contractStart;
      const end = input.contractEnd !== undefined ? input.contractEnd : before.contractEnd;
      if (start && end && end < start) {
        const message = 'Contract end must be on or after contract start';
        throw badRequest(message, [{ field: 'contractEnd', message }]);
      }
      if (input.unitIds) await assertUnitsAreOwn(tx, actor, input.unitIds);
      await assertReplacementIsOwn(tx, actor, input.replacedById, systemId);
      const { unitIds, ...fields } = input;
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      const [after] = await tx
        .update(systems)
        .set({ ...defined, updatedAt: sql`now()` })
        .where(eq(systems.id, systemId))
        .returning();
      if (unitIds) await replaceUnits(tx, systemId, unitIds);
      await auditEstate(tx, actor, 'system', systemId, {
        action: 'system.updated',
        before: systemAuditRecord(before, beforeUnits),
        after: systemAuditRecord(after!, unitIds ?? beforeUnits),
      });
      return after!;
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.name) throw nameTaken(input.name);
    throw error;
  }
}
