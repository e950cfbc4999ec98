import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Commitment, Partnership, PartnershipVersion, PartnershipVersionSummary } from '../../../shared/contracts/partnership.js';
import { PARTNERSHIP_STATUS_LABELS } from '../../../shared/contracts/partnership.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { users } from '../accounts/index.js';
import { insights, insightsWithStrength } from '../insights/index.js';
import { loadStrategy } from '../strategies/index.js';
import { surveys } from '../surveys/index.js';
import { calendarDay, dayOf } from './dates.js';
import { statusOf, type VersionRow } from './load.js';
import { commitmentInsights, partnershipCommitments, partnershipVersions } from './tables.js';

function summary(v: VersionRow & { agreedBy: string | null }): PartnershipVersionSummary {
  const status = statusOf(v);
  return {
    id: v.id,
    number: v.number,
    status,
    statusLabel: PARTNERSHIP_STATUS_LABELS[status],
    createdOn: dayOf(v.createdAt)!,
    publishedOn: dayOf(v.publishedAt),
    agreedOn: dayOf(v.agreedAt),
    agreedBy: v.agreedAt ? (v.agreedBy ?? 'A former member') : null,
    reviewOn: v.reviewOn,
    reviewOnLabel: calendarDay(v.reviewOn),
  };
}

/** The strategy's partnership: every version, newest first, and one of them (the newest unless asked) in full. */
export async function partnershipOverview(db: Db, actor: Actor, strategyId: string, publicUrl: string, versionId?: string): Promise<Partnership> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const rows = await db
    .select({ version: partnershipVersions, agreedBy: users.name })
    .from(partnershipVersions)
    .leftJoin(users, eq(users.id, partnershipVersions.agreedByUserId))
    .where(and(eq(partnershipVersions.strategyId, strategy.id), eq(partnershipVersions.organisationId, actor.member.organisationId)))
    .orderBy(desc(partnershipVersions.number));
  const versions = rows.map((r) => ({ ...r.version, agreedBy: r.agreedBy }));
  const chosen = versionId ? versions.find((v) => v.id === versionId) : versions[0];
  if (versionId && !chosen) throw notFound('The partnership version');
  const mayEdit = can(actor.member.role, 'update', 'partnership') && !strategy.archivedAt;
  return {
    versions: versions.map(summary),
    current: chosen ? await versionDetail(db, { organisationId: strategy.organisationId, strategyId: strategy.id }, chosen, mayEdit, publicUrl) : null,
    can: { edit: mayEdit, startDraft: mayEdit && (versions.length === 0 || statusOf(versions[0]!) !== 'draft') },
  };
}

async function versionDetail(
  db: Db,
  scope: { organisationId: string; strategyId: string },
  version: VersionRow & { agreedBy: string | null },
  mayEdit: boolean,
  publicUrl: string,
): Promise<PartnershipVersion> {
  const commitments = await db
    .select()
    .from(partnershipCommitments)
    .where(eq(partnershipCommitments.versionId, version.id))
    .orderBy(asc(partnershipCommitments.position));
  const links = commitments.length
    ? await db
        .select({ commitmentId: commitmentInsights.commitmentId, id: insights.id, statement: insights.statement })
        .from(commitmentInsights)
        .innerJoin(insights, eq(insights.id, commitmentInsights.insightId))
        .where(inArray(commitmentInsights.commitmentId, commitments.map((c) => c.id)))
        .orderBy(asc(insights.statement))
    : [];
  const strengths = links.length ? await insightsWithStrength(db, scope, [...new Set(links.map((l) => l.id))]) : new Map();
  const present = (c: (typeof commitments)[number]): Commitment => ({
    id: c.id,
    side: c.side,
    text: c.text,
    position: c.position,
    insights: links.filter((l) => l.commitmentId === c.id).map((l) => ({ id: l.id, statement: l.statement, strength: strengths.get(l.id)?.level ?? 'emerging' })),
  });
  const [survey] = version.surveyId ? await db.select({ slug: surveys.openLinkSlug }).from(surveys).where(eq(surveys.id, version.surveyId)) : [];
  const status = statusOf(version);
  return {
    ...summary(version),
    intro: version.intro,
    surveyId: version.surveyId,
    openLink: survey?.slug ? `${publicUrl.replace(/\/$/, '')}/s/${survey.slug}` : null,
    commitments: {
      staff_can_expect: commitments.filter((c) => c.side === 'staff_can_expect').map(present),
      we_ask_of_staff: commitments.filter((c) => c.side === 'we_ask_of_staff').map(present),
    },
    can: {
      edit: mayEdit && status === 'draft',
      publish: mayEdit && status === 'draft',
      agree: mayEdit && status === 'published',
      setReview: mayEdit && status !== 'draft',
    },
  };
}
