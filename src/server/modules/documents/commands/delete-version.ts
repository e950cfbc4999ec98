import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadVersion } from '../load.js';
import { assertNotLocked } from '../signoff/state.js';
import { documentVersions } from '../tables.js';

/**
 * Deletes a version frozen by mistake. Only one nobody has relied on: never submitted for sign-off
 * (a round, even withdrawn, is part of the record) and never published.
 */
export async function deleteVersion(ctx: AppContext, actor: Actor, versionId: string) {
  await ctx.db.transaction(async (tx) => {
    const { version, strategy } = await loadVersion(tx, actor, versionId);
    assertOpen(strategy);
    const rounds = await assertNotLocked(tx, version);
    if (rounds.length) throw conflict(`Version ${version.number} has been submitted for sign-off, so it stays in the record and cannot be deleted.`);
    if (version.publishedAt) throw conflict(`Version ${version.number} has been published, so it stays in the record and cannot be deleted.`);
    await tx.delete(documentVersions).where(eq(documentVersions.id, version.id));
    await writeAudit(tx, auditActor(actor), {
      organisationId: version.organisationId,
      action: 'document.version_deleted',
      subjectType: 'document_version',
      subjectId: version.id,
      before: { number: version.number, changeNote: version.changeNote },
    });
  });
}
