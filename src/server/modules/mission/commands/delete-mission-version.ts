import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { deleteCommentsOf } from '../../comments/index.js';
import { auditedText } from '../audit-record.js';
import { assertDraft, assertOpen, latestVersion, loadMissionVersion } from '../load.js';
import { missionVersions } from '../tables.js';

/**
 * Deletes the current draft with its comments. Only the draft: agreed and superseded versions are
 * the history of how the mission was reached, and numbers must not leave gaps behind the latest.
 */
export async function deleteMissionVersion(ctx: AppContext, actor: Actor, missionVersionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { version, strategy } = await loadMissionVersion(tx, actor, missionVersionId);
    assertOpen(strategy);
    const latest = await latestVersion(tx, strategy.id);
    assertDraft(version, latest?.number ?? version.number, 'deleted');
    await deleteCommentsOf(tx, 'mission', [version.id]);
    await tx.delete(missionVersions).where(eq(missionVersions.id, version.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'mission.version_deleted',
      subjectType: 'mission',
      subjectId: version.id,
      before: auditedText(version),
    });
  });
}
