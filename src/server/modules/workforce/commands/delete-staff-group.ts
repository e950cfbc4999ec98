import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { dependentsOf, loadStaffGroup } from '../queries.js';
import { staffGroups } from '../tables.js';

/** As with units: a staff group with headcount figures goes only when the deletion is confirmed (`force`). */
export async function deleteStaffGroup(ctx: AppContext, actor: Actor, staffGroupId: string, force: boolean) {
  return ctx.db.transaction(async (tx) => {
    const group = await loadStaffGroup(tx, actor, staffGroupId);
    const held = await dependentsOf(tx, actor.member.organisationId, { staffGroupId });
    if (!force && held.figures > 0) {
      const figures = `${held.figures} headcount figure${held.figures === 1 ? '' : 's'} (${held.people.toLocaleString('en-GB')} ${held.people === 1 ? 'person' : 'people'})`;
      throw conflict(`${group.name} has ${figures}. Deleting the staff group deletes ${held.figures === 1 ? 'it' : 'them'} too. Confirm to delete them all.`);
    }
    // Its headcount figures go by the foreign key's ON DELETE CASCADE.
    await tx.delete(staffGroups).where(eq(staffGroups.id, staffGroupId));
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'staff_group.deleted',
      subjectType: 'staff_group',
      subjectId: staffGroupId,
      before: { name: group.name, ...(held.figures > 0 ? { headcountFigures: held.figures, people: held.people } : {}) },
    });
  });
}
