import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { dependentsOf, loadUnit } from '../queries.js';
import { orgUnits } from '../tables.js';
import { plural } from '../../../../shared/words.js';

/**
 * Deletes a division, department or site. Headcounts are the strategy team's work, so a unit
 * that still has departments or headcount figures is kept, and the refusal (409) says exactly
 * what would go with it; asking again with `force` deletes the unit and all of that together.
 */
export async function deleteOrgUnit(ctx: AppContext, actor: Actor, unitId: string, force: boolean) {
  return ctx.db.transaction(async (tx) => {
    const unit = await loadUnit(tx, actor, unitId);
    const organisationId = actor.member.organisationId;
    const held = await dependentsOf(tx, organisationId, { unitId });
    if (!force && (held.departments > 0 || held.figures > 0)) {
      const parts = [
        held.departments > 0 ? plural(held.departments, 'department') : null,
        held.figures > 0 ? `${plural(held.figures, 'headcount figure')} (${plural(held.people, 'person', 'people')})` : null,
      ].filter(Boolean);
      throw conflict(
        `${unit.name} has ${parts.join(' and ')}. Deleting it deletes ${held.departments + held.figures === 1 ? 'that' : 'them'} too. Confirm to delete them all.`,
      );
    }
    const departments = await tx
      .delete(orgUnits)
      .where(and(eq(orgUnits.organisationId, organisationId), eq(orgUnits.parentId, unitId)))
      .returning({ id: orgUnits.id, name: orgUnits.name });
    // Headcount figures of the unit go by the foreign keys' ON DELETE CASCADE.
    await tx.delete(orgUnits).where(eq(orgUnits.id, unitId));
    await writeAudit(tx, auditActor(actor), {
      organisationId,
      action: `${unit.kind}.deleted`,
      subjectType: unit.kind,
      subjectId: unitId,
      before: {
        name: unit.name,
        ...(departments.length > 0 ? { departments: departments.map((d) => d.name) } : {}),
        ...(held.figures > 0 ? { headcountFigures: held.figures, people: held.people } : {}),
      },
    });
  });
}
