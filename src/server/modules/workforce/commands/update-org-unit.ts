import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { loadUnit } from '../queries.js';
import { orgUnits } from '../tables.js';
import { duplicateNameProblem, insertUniquely } from './unit-names.js';

/** Renames a division, department or site, or moves a department to another division. */
export async function updateOrgUnit(ctx: AppContext, actor: Actor, unitId: string, changes: { name?: string | undefined; parentId?: string | undefined }) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadUnit(tx, actor, unitId);
    let parentId = before.parentId;
    if (changes.parentId !== undefined && changes.parentId !== before.parentId) {
      const message =
        before.kind === 'department'
          ? 'Choose one of this organisation\'s divisions for the department'
          : `Only a department belongs to a division; a ${before.kind} cannot be moved`;
      const parent = before.kind === 'department' ? await loadUnit(tx, actor, changes.parentId).catch(() => null) : null;
      if (parent?.kind !== 'division') throw badRequest(message, [{ field: 'parentId', message }]);
      parentId = parent.id;
    }
    const name = changes.name ?? before.name;
    const after = await insertUniquely(
      () => tx.update(orgUnits).set({ name, parentId }).where(eq(orgUnits.id, unitId)).returning(),
      () => duplicateNameProblem(before.kind, name, before.kind === 'department'),
    );
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: `${before.kind}.updated`,
      subjectType: before.kind,
      subjectId: unitId,
      before: { name: before.name, divisionId: before.parentId },
      after: { name: after.name, divisionId: after.parentId },
    });
    return after;
  });
}
