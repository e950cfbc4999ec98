import { and, eq } from 'drizzle-orm';
import { registerCommentSubject } from '../comments/index.js';
import { missionVersions } from './tables.js';

/** Comments on a mission version: the comments module asks here which strategy a version is of. */
registerCommentSubject('mission', async (db, organisationId, subjectId) => {
  const [row] = await db
    .select({ strategyId: missionVersions.strategyId, number: missionVersions.number })
    .from(missionVersions)
    .where(and(eq(missionVersions.id, subjectId), eq(missionVersions.organisationId, organisationId)));
  return row ? { strategyId: row.strategyId, label: `Mission version ${row.number}` } : null;
});
