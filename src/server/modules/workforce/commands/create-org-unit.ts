import type { CreateOrgUnit } from '../../../../shared/contracts/workforce.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { loadUnit } from '../queries.js';
import { orgUnits } from '../tables.js';
import { duplicateNameProblem, insertUniquely } from './unit-names.js';

/** Adds a division, a site, or a department of one of the organisation's divisions. */
export async function createOrgUnit(ctx: AppContext, actor: Actor, input: CreateOrgUnit) {
  return ctx.db.transaction(async (tx) => {
    const parentId = input.kind === 'department' ? (input.parentId ?? null) : null;
    if (parentId) {
      const parent = await loadUnit(tx, actor, parentId).catch(() => null);
      if (parent?.kind !== 'division') {
        throw badRequest('Choose one of this organisation\'s divisions for the department', [
          { field: 'parentId', message: 'Choose one of this organisation\'s divisions for the department' },
        ]);
      }
    }
    const row = await insertUniquely(
      () => tx.insert(orgUnits).values({ organisationId: actor.member.organisationId, kind: input.kind, name: input.name, parentId }).returning(),
      () => duplicateNameProblem(input.kind, input.name, parentId !== null),
    );
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: `${input.kind}.created`,
      subjectType: input.kind,
      subjectId: row.id,
      after: { name: row.name, ...(parentId ? { divisionId: parentId } : {}) },
    });
    return row;
  });
}
