import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { organisations } from '../tables.js';

export async function updateOrganisation(
  ctx: AppContext,
  actor: Actor,
  input: { name?: string | undefined; minGroupSize?: number | undefined; accentColour?: string | undefined },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, actor.member.organisationId));
    const [after] = await tx
      .update(organisations)
      .set({ name: input.name ?? before!.name, minGroupSize: input.minGroupSize ?? before!.minGroupSize, accentColour: input.accentColour ?? before!.accentColour })
      .where(eq(organisations.id, actor.member.organisationId))
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: actor.member.organisationId,
      before: { name: before!.name, minGroupSize: before!.minGroupSize, accentColour: before!.accentColour },
      after: { name: after!.name, minGroupSize: after!.minGroupSize, accentColour: after!.accentColour },
    });
  });
}
