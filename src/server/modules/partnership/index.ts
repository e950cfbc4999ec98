import { and, eq } from 'drizzle-orm';
import type { ChorusModule } from '../../platform/module.js';
import { registerCommentSubject } from '../comments/index.js';
import './checklist-items.js';
import './policy.js';
import { partnershipVersionOwner } from './load.js';
import { defineReviewReminders } from './reminders.js';
import { partnershipRoutes } from './routes.js';
import { partnershipVersions } from './tables.js';

export { partnershipVersions, partnershipCommitments, commitmentInsights } from './tables.js';
export { sendDueReviewReminders } from './reminders.js';
export { seedPartnershipDemo } from './demo.js';
export { partnershipOverview } from './queries.js';

// Comments are on a version of the partnership (leaders discuss the draft, or what staff said of it).
registerCommentSubject('partnership', async (db, organisationId, subjectId) => {
  const [row] = await db
    .select({ strategyId: partnershipVersions.strategyId, number: partnershipVersions.number })
    .from(partnershipVersions)
    .where(and(eq(partnershipVersions.id, subjectId), eq(partnershipVersions.organisationId, organisationId)));
  return row ? { strategyId: row.strategyId, label: `Staff partnership, version ${row.number}` } : null;
});

/**
 * Develop's staff partnership: reciprocal commitments between the digital team and staff, each
 * linked to the insights it answers, put to staff as a survey (so distribution, suppressed
 * results and comments-as-evidence are the surveys' own), agreed, and reviewed on a set day.
 */
export const partnershipModule: ChorusModule = {
  name: 'partnership',
  routes: partnershipRoutes,
  owners: (ctx) => ({ partnershipVersionId: (id) => partnershipVersionOwner(ctx.db, id) }),
  jobs: defineReviewReminders,
};
