import { eq } from 'drizzle-orm';
import type { UpdatePartnershipVersion } from '../../../../shared/contracts/partnership.js';
import type { Db } from '../../../platform/db/client.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { assertOpen, auditPartnership, loadVersion, statusOf } from '../load.js';
import { partnershipVersions } from '../tables.js';

/**
 * Changes a draft's introduction, or any version's review date. The review date is not part of
 * what staff were asked, so an agreed version may be given a new one; a new date may be reminded of again.
 */
export async function updateVersion(tx: Db, actor: Actor, versionId: string, input: UpdatePartnershipVersion) {
  const { version, strategy } = await loadVersion(tx, actor, versionId, true);
  assertOpen(strategy);
  const changes: Partial<typeof version> = {};
  if (input.intro !== undefined && input.intro !== version.intro) {
    if (statusOf(version) !== 'draft') {
      throw conflict(`Version ${version.number} has been put to staff, so its introduction cannot change. Start a new draft to change it.`, [
        { field: 'intro', message: 'Only a draft’s introduction can change' },
      ]);
    }
    changes.intro = input.intro;
  }
  if (input.reviewOn !== undefined && input.reviewOn !== version.reviewOn) {
    changes.reviewOn = input.reviewOn;
    changes.reminderSentAt = null;
  }
  if (Object.keys(changes).length === 0) return version;
  const [after] = await tx.update(partnershipVersions).set(changes).where(eq(partnershipVersions.id, version.id)).returning();
  await auditPartnership(tx, actor, version, {
    action: 'partnership.version_updated',
    before: { intro: version.intro, reviewOn: version.reviewOn },
    after: { intro: after!.intro, reviewOn: after!.reviewOn },
  });
  return after!;
}
