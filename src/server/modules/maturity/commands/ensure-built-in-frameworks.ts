import { and, eq } from 'drizzle-orm';
import { CHORUS } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { maturityFrameworks, maturityMeasures } from '../tables.js';
import { WGLL, WGLL_KEY } from '../wgll.js';

/**
 * Gives an organisation What Good Looks Like the first time its maturity pages are used
 * (rather than at sign-up, so organisations created before this module get it too). Safe when
 * two requests race: the unique (organisation, built_in) pair lets only one insert win, and
 * only the winner adds the measures.
 */
export async function ensureBuiltInFrameworks(db: Db, organisationId: string): Promise<void> {
  const [found] = await db
    .select({ id: maturityFrameworks.id })
    .from(maturityFrameworks)
    .where(and(eq(maturityFrameworks.organisationId, organisationId), eq(maturityFrameworks.builtIn, WGLL_KEY)));
  if (found) return;
  await db.transaction((tx) => addBuiltInFrameworks(tx, organisationId));
}

/** The body of the above, for a caller already in a transaction (the demo seed). Returns the framework id. */
export async function addBuiltInFrameworks(tx: Db, organisationId: string): Promise<string> {
  const [claimed] = await tx
    .insert(maturityFrameworks)
    .values({ organisationId, builtIn: WGLL_KEY, name: WGLL.name, description: WGLL.description, scaleMax: WGLL.scaleMax })
    .onConflictDoNothing()
    .returning();
  if (!claimed) {
    const [existing] = await tx
      .select({ id: maturityFrameworks.id })
      .from(maturityFrameworks)
      .where(and(eq(maturityFrameworks.organisationId, organisationId), eq(maturityFrameworks.builtIn, WGLL_KEY)));
    return existing!.id;
  }
  await tx.insert(maturityMeasures).values(
    WGLL.measures.map((m, position) => ({ frameworkId: claimed.id, name: m.name, description: m.description, chorusSummary: true, position })),
  );
  await writeAudit(tx, CHORUS, {
    organisationId,
    action: 'maturity_framework.built_in_added',
    subjectType: 'maturity_framework',
    subjectId: claimed.id,
    after: { name: claimed.name, measures: WGLL.measures.map((m) => m.name) },
  });
  return claimed.id;
}
