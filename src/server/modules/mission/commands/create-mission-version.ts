import type { CreateMissionVersion } from '../../../../shared/contracts/mission.js';
import { writeAudit } from '../../../platform/audit.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadStrategy } from '../../strategies/index.js';
import { auditedText } from '../audit-record.js';
import { assertOpen, latestVersion, stateOf } from '../load.js';
import { missionVersions } from '../tables.js';

/**
 * A new numbered version: the first draft, or the next one after the agreed text (the page's
 * "Edit" on an agreed version sends a copy of it here). One draft at a time: a second would leave
 * the first neither agreed nor current.
 */
export async function createMissionVersion(ctx: AppContext, actor: Actor, strategyId: string, input: CreateMissionVersion) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const strategy = await loadStrategy(tx, actor, strategyId);
      assertOpen(strategy);
      const latest = await latestVersion(tx, strategy.id);
      if (latest && stateOf(latest, latest.number) === 'draft') {
        throw conflict(`Version ${latest.number} is still a draft. Change that draft, or delete it, before starting another.`);
      }
      const [version] = await tx
        .insert(missionVersions)
        .values({
          organisationId: strategy.organisationId,
          strategyId: strategy.id,
          number: (latest?.number ?? 0) + 1,
          mission: input.mission,
          vision: input.vision ?? '',
          principles: input.principles ?? '',
          changeNote: input.changeNote ?? '',
          createdByUserId: actor.user.id,
        })
        .returning();
      await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
        organisationId: strategy.organisationId,
        action: 'mission.version_created',
        subjectType: 'mission',
        subjectId: version!.id,
        after: auditedText(version!),
      });
      return version!;
    });
  } catch (error) {
    // Two people starting a draft at the same moment: the second finds the number taken.
    if (isUniqueViolation(error, 'mission_versions_number')) {
      throw conflict('Someone else started a new version at the same moment. Reload the page to see it.');
    }
    throw error;
  }
}
