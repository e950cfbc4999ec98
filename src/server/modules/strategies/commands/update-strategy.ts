import { eq, sql } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadStrategy } from '../queries.js';
import { strategies } from '../tables.js';

export interface StrategyChanges {
  name?: string | undefined;
  startYear?: number | undefined;
  endYear?: number | undefined;
  phase?: 'discover' | 'define' | 'develop' | 'deliver' | undefined;
}

/** Renames, re-sets the horizon or moves the phase (phases may be revisited: the method iterates). */
export async function updateStrategy(ctx: AppContext, actor: Actor, strategyId: string, changes: StrategyChanges) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadStrategy(tx, actor, strategyId);
    if (before.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
    const next = {
      name: changes.name ?? before.name,
      startYear: changes.startYear ?? before.startYear,
      endYear: changes.endYear ?? before.endYear,
      phase: changes.phase ?? before.phase,
    };
    if (next.endYear < next.startYear) {
      throw badRequest('End year must be the same as or after the start year', [
        { field: 'endYear', message: `End year must be ${next.startYear} or later` },
      ]);
    }
    const [after] = await tx
      .update(strategies)
      .set({ ...next, updatedAt: sql`now()` })
      .where(eq(strategies.id, strategyId))
      .returning();
    const pick = (s: typeof before) => ({ name: s.name, startYear: s.startYear, endYear: s.endYear, phase: s.phase });
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: changes.phase && changes.phase !== before.phase ? 'strategy.phase_changed' : 'strategy.updated',
      subjectType: 'strategy',
      subjectId: strategyId,
      before: pick(before),
      after: pick(after!),
    });
    return after!;
  });
}
