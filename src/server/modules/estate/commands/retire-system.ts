import { eq, sql } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadSystem } from '../queries.js';
import { systems } from '../tables.js';
import { auditEstate } from './audit.js';

/**
 * Retiring takes a system out of the live register but keeps it: its integrations, the projects
 * that replaced it and earlier snapshots still refer to it. Reinstating undoes a mistaken retirement.
 */
export async function setSystemRetired(ctx: AppContext, actor: Actor, systemId: string, retire: boolean) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadSystem(tx, actor, systemId);
    if (retire && before.retiredAt) throw conflict(`${before.name} is already retired.`);
    if (!retire && !before.retiredAt) throw conflict(`${before.name} is not retired, so there is nothing to reinstate.`);
    const [after] = await tx
      .update(systems)
      .set({ retiredAt: retire ? sql`now()` : null, updatedAt: sql`now()` })
      .where(eq(systems.id, systemId))
      .returning();
    await auditEstate(tx, actor, 'system', systemId, {
      action: retire ? 'system.retired' : 'system.reinstated',
      before: { retiredAt: before.retiredAt?.toISOString() ?? null },
      after: { retiredAt: after!.retiredAt?.toISOString() ?? null },
    });
    return after!;
  });
}
