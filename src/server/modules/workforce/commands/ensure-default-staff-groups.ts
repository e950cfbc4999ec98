import { eq } from 'drizzle-orm';
import { ESR_STAFF_GROUPS } from '../../../../shared/contracts/workforce.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { CHORUS } from '../../../platform/audit-actor.js';
import { staffGroups, workforceSettings } from '../tables.js';

/**
 * Gives an organisation the nine ESR staff groups the first time its workforce is used.
 * Idempotent and safe when two requests race: only the one that records the settings row
 * adds the groups. Once added they are the organisation's own to rename, reorder or delete;
 * they are never added again.
 */
export async function ensureDefaultStaffGroups(db: Db, organisationId: string): Promise<void> {
  const [done] = await db.select().from(workforceSettings).where(eq(workforceSettings.organisationId, organisationId));
  if (done) return;
  await db.transaction((tx) => addDefaultStaffGroups(tx, organisationId));
}

/** The body of the above, for a caller that already holds a transaction (the demo seed). */
export async function addDefaultStaffGroups(tx: Db, organisationId: string): Promise<void> {
  const [claimed] = await tx.insert(workforceSettings).values({ organisationId }).onConflictDoNothing().returning();
  if (!claimed) return;
  const added = await tx
    .insert(staffGroups)
    .values(ESR_STAFF_GROUPS.map((name, position) => ({ organisationId, name, position })))
    .onConflictDoNothing()
    .returning();
  await writeAudit(tx, CHORUS, {
    organisationId,
    action: 'staff_groups.defaults_added',
    subjectType: 'staff_group',
    subjectId: null,
    after: { staffGroups: added.map((g) => g.name) },
  });
}
