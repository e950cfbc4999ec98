import { count, eq, sql } from 'drizzle-orm';
import type { Distribution, DistributionCounts } from '../../../shared/contracts/survey-distribution.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import type { AppContext } from '../../platform/module.js';
import { countRespondents } from '../responses/index.js';
import { surveyInvitations } from '../surveys/tables.js';
import { distributionAbilities } from './policy.js';
import { loadSurveyOf, type SurveyRow } from './survey-access.js';

export async function distributionCounts(db: Db, surveyId: string): Promise<DistributionCounts> {
  const [row] = await db
    .select({
      invitations: count(),
      unsent: sql<number>`count(*) filter (where not ${surveyInvitations.sent})`.mapWith(Number),
      responded: sql<number>`count(*) filter (where ${surveyInvitations.responded})`.mapWith(Number),
    })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.surveyId, surveyId));
  const respondents = await countRespondents(db, surveyId);
  const invitations = row?.invitations ?? 0;
  const unsent = row?.unsent ?? 0;
  const responded = row?.responded ?? 0;
  return {
    invitations,
    sent: invitations - unsent,
    unsent,
    responded,
    notYet: invitations - unsent - responded,
    responses: respondents.reduce((total, r) => total + r.count, 0),
  };
}

export const openLinkUrl = (ctx: AppContext, slug: string) => `${ctx.config.publicUrl}/s/${slug}`;

export function presentDistribution(ctx: AppContext, actor: Actor, survey: SurveyRow, counts: DistributionCounts): Distribution {
  return {
    surveyId: survey.id,
    title: survey.title,
    status: survey.status,
    anonymous: survey.anonymous,
    opensAt: survey.opensAt?.toISOString() ?? null,
    closesAt: survey.closesAt?.toISOString() ?? null,
    openLink: survey.openLinkSlug ? { slug: survey.openLinkSlug, url: openLinkUrl(ctx, survey.openLinkSlug) } : null,
    accessCodeSet: survey.accessCodeHash !== null,
    counts,
    delivery: ctx.mailer.delivery,
    can: distributionAbilities(actor.member.role),
  };
}

export async function loadDistribution(ctx: AppContext, actor: Actor, surveyId: string): Promise<Distribution> {
  const survey = await loadSurveyOf(ctx.db, actor.member.organisationId, surveyId);
  return presentDistribution(ctx, actor, survey, await distributionCounts(ctx.db, surveyId));
}
