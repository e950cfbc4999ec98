import { and, eq, isNotNull } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadMissionVersion } from '../load.js';
import { missionVersions } from '../tables.js';

/**
 * Marks a version as the agreed mission (who, when). The version agreed before is un-agreed in the
 * same transaction; the database's partial unique index keeps it to one even if two people agree
 * different versions at once.
 */
export async function agreeMissionVersion(ctx: AppContext, actor: Actor, missionVersionId: string) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const { version, strategy } = await loadMissionVersion(tx, actor, missionVersionId);
      assertOpen(strategy);
      if (version.agreedAt) throw conflict(`Version ${version.number} is already the agreed mission.`);
      const previous = await tx
        .update(missionVersions)
        .set({ agreedAt: null, agreedByUserId: null })
        .where(and(eq(missionVersions.strategyId, strategy.id), isNotNull(missionVersions.agreedAt)))
        .returning({ number: missionVersions.number });
      const [agreed] = await tx
        .update(missionVersions)
        .set({ agreedAt: new Date(), agreedByUserId: actor.user.id })
        .where(eq(missionVersions.id, version.id))
        .returning();
      await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
        organisationId: strategy.organisationId,
        action: 'mission.version_agreed',
        subjectType: 'mission',
        subjectId: version.id,
        before: { agreedVersion: previous[0]?.number ?? null },
        after: { agreedVersion: version.number },
      });
      return agreed!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'mission_versions_agreed')) {
      throw conflict('Someone else agreed a version at the same moment. Reload the page to see which one is agreed.');
    }
    throw error;
  }
}
