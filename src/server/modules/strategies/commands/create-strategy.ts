import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { strategies } from '../tables.js';

export async function createStrategy(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; startYear: number; endYear: number },
) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(strategies)
      .values({ organisationId: actor.member.organisationId, ...input })
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'strategy.created',
      subjectType: 'strategy',
      subjectId: row!.id,
      after: { name: row!.name, startYear: row!.startYear, endYear: row!.endYear, phase: row!.phase },
    });
    return row!;
  });
}
