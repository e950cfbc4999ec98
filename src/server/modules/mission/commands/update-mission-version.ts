import { eq } from 'drizzle-orm';
import type { UpdateMissionVersion } from '../../../../shared/contracts/mission.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditedText } from '../audit-record.js';
import { assertDraft, assertOpen, latestVersion, loadMissionVersion } from '../load.js';
import { missionVersions } from '../tables.js';

/** Changes the current draft in place; an agreed or superseded version is refused with what to do instead. */
export async function updateMissionVersion(ctx: AppContext, actor: Actor, missionVersionId: string, input: UpdateMissionVersion) {
  return ctx.db.transaction(async (tx) => {
    const { version, strategy } = await loadMissionVersion(tx, actor, missionVersionId);
    assertOpen(strategy);
    const latest = await latestVersion(tx, strategy.id);
    assertDraft(version, latest?.number ?? version.number, 'changed');
    const changes = {
      mission: input.mission ?? version.mission,
      vision: input.vision ?? version.vision,
      principles: input.principles ?? version.principles,
      changeNote: input.changeNote ?? version.changeNote,
    };
    // Saving the form unchanged is not a change: nothing to write or audit.
    if ((Object.keys(changes) as (keyof typeof changes)[]).every((key) => changes[key] === version[key])) return version;
    const [updated] = await tx.update(missionVersions).set(changes).where(eq(missionVersions.id, version.id)).returning();
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'mission.version_updated',
      subjectType: 'mission',
      subjectId: version.id,
      before: auditedText(version),
      after: auditedText(updated!),
    });
    return updated!;
  });
}
