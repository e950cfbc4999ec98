import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Participation } from '../../../shared/contracts/participation.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { interviews } from '../interviews/index.js';
import { countRespondents } from '../responses/index.js';
import { strategies } from '../strategies/index.js';
import { isAcceptingResponses, surveyInvitations, surveys } from '../surveys/index.js';
import { workshops } from '../workshops/index.js';

/** How many earlier surveys and workshops the home page lists: the latest few, not the archive. */
const EARLIER_LIMIT = 5;

/**
 * What is open to this member in their organisation, and what came of earlier rounds. Only
 * strategies that are not archived count: an archived strategy's surveys are history.
 */
export async function participationOf(db: Db, actor: Actor, now = new Date()): Promise<Participation> {
  const { organisationId, role } = actor.member;
  const live = await db
    .select({ id: strategies.id, name: strategies.name })
    .from(strategies)
    .where(and(eq(strategies.organisationId, organisationId), isNull(strategies.archivedAt)));
  const strategyIds = live.map((s) => s.id);
  const readResults = can(role, 'read', 'survey_result');
  const empty: Participation = {
    role,
    openSurveys: [],
    upcomingWorkshops: [],
    earlierSurveys: [],
    earlierWorkshops: [],
    interviews: can(role, 'read', 'interview') ? [] : null,
    can: { readResults },
  };
  if (strategyIds.length === 0) return empty;

  const surveyRows = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.organisationId, organisationId), inArray(surveys.strategyId, strategyIds), inArray(surveys.status, ['open', 'closed'])))
    .orderBy(asc(surveys.closesAt), asc(surveys.title));
  const open = surveyRows.filter((s) => isAcceptingResponses(s, now));
  // A survey sent only by personal invitation is open to this person only if one was emailed to them.
  const invited = open.length
    ? await db
        .select({ surveyId: surveyInvitations.surveyId })
        .from(surveyInvitations)
        .where(
          and(
            inArray(surveyInvitations.surveyId, open.map((s) => s.id)),
            eq(surveyInvitations.sent, true),
            sql`lower(${surveyInvitations.email}) = lower(${actor.user.email})`,
          ),
        )
    : [];
  const invitedTo = new Set(invited.map((i) => i.surveyId));
  const openSurveys = open.flatMap((s) => {
    const howToTakePart = s.openLinkSlug
      ? { kind: 'open_link' as const, path: `/s/${s.openLinkSlug}`, needsAccessCode: s.accessCodeHash !== null }
      : invitedTo.has(s.id)
        ? { kind: 'invitation' as const, email: actor.user.email }
        : null;
    if (!howToTakePart) return [];
    return [{ id: s.id, strategyId: s.strategyId, title: s.title, closesAt: s.closesAt?.toISOString() ?? null, howToTakePart }];
  });

  const closed = surveyRows
    .filter((s) => s.status === 'closed')
    .map((s) => ({ row: s, closedAt: s.closesAt && s.closesAt <= s.updatedAt ? s.closesAt : s.updatedAt }))
    .sort((a, b) => b.closedAt.getTime() - a.closedAt.getTime())
    .slice(0, EARLIER_LIMIT);
  const earlierSurveys = await Promise.all(
    closed.map(async ({ row, closedAt }) => ({
      id: row.id,
      strategyId: row.strategyId,
      title: row.title,
      closedAt: closedAt.toISOString(),
      results: readResults ? { responses: (await countRespondents(db, row.id)).reduce((sum, c) => sum + c.count, 0) } : null,
    })),
  );

  const today = now.toISOString().slice(0, 10);
  const workshopColumns = {
    id: workshops.id,
    strategyId: workshops.strategyId,
    title: workshops.title,
    heldOn: workshops.heldOn,
    department: workshops.department,
    facilitator: workshops.facilitator,
  };
  const upcomingWorkshops = await db
    .select(workshopColumns)
    .from(workshops)
    .where(and(inArray(workshops.strategyId, strategyIds), gte(workshops.heldOn, today)))
    .orderBy(asc(workshops.heldOn), asc(workshops.title));
  const earlierWorkshops = await db
    .select(workshopColumns)
    .from(workshops)
    .where(and(inArray(workshops.strategyId, strategyIds), lt(workshops.heldOn, today)))
    .orderBy(desc(workshops.heldOn), asc(workshops.title))
    .limit(EARLIER_LIMIT);

  return {
    ...empty,
    openSurveys,
    upcomingWorkshops,
    earlierSurveys,
    earlierWorkshops,
    interviews: empty.interviews && (await interviewsFor(db, actor, live)),
  };
}

/**
 * Interviews record the interviewee's role and, optionally, name, not their account: a leader
 * sees the interviews of the live strategies, with those under their own name marked.
 */
async function interviewsFor(db: Db, actor: Actor, live: { id: string; name: string }[]) {
  const names = new Map(live.map((s) => [s.id, s.name]));
  const rows = await db
    .select({
      id: interviews.id,
      strategyId: interviews.strategyId,
      intervieweeRole: interviews.intervieweeRole,
      intervieweeName: interviews.intervieweeName,
      heldOn: interviews.heldOn,
    })
    .from(interviews)
    .where(inArray(interviews.strategyId, [...names.keys()]))
    .orderBy(desc(interviews.heldOn), asc(interviews.intervieweeRole));
  const me = actor.user.name.trim().toLowerCase();
  return rows
    .map((r) => ({
      id: r.id,
      strategyId: r.strategyId,
      strategyName: names.get(r.strategyId) ?? '',
      intervieweeRole: r.intervieweeRole,
      heldOn: r.heldOn,
      withYou: (r.intervieweeName ?? '').trim().toLowerCase() === me,
    }))
    // Their own interviews first; then the rest, newest first.
    .sort((a, b) => Number(b.withYou) - Number(a.withYou));
}
