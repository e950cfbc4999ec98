import { eq } from 'drizzle-orm';
import type { UpdateVersion } from '../../../../shared/contracts/document-signoff.js';
import { writeAudit } from '../../../platform/audit.js';
import { auditActor } from '../../../platform/audit-actor.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadVersion } from '../load.js';
import { assertNotLocked } from '../signoff/state.js';
import { documentVersions } from '../tables.js';

/** Corrects a version's change note. Refused while the version is with the approvers or signed off: they must read what they approve. */
export async function updateVersion(ctx: AppContext, actor: Actor, versionId: string, input: UpdateVersion) {
  return ctx.db.transaction(async (tx) => {
    const { version, strategy } = await loadVersion(tx, actor, versionId);
    assertOpen(strategy);
    await assertNotLocked(tx, version);
    const [updated] = await tx.update(documentVersions).set({ changeNote: input.changeNote }).where(eq(documentVersions.id, version.id)).returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: version.organisationId,
      action: 'document.version_updated',
      subjectType: 'document_version',
      subjectId: version.id,
      before: { changeNote: version.changeNote },
      after: { changeNote: updated!.changeNote },
    });
    return updated!;
  });
}
