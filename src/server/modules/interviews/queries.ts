import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { InterviewList, InterviewOptions, TopicOverview } from '../../../shared/contracts/interviews.js';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { users } from '../accounts/tables.js';
import { memberships } from '../organisations/index.js';
import { loadStrategy } from '../strategies/index.js';
import { suggestDuplicates } from './labels.js';
import { canCreateInterview } from './policy.js';
import { presentInterview, presentSummary, type ItemRow } from './presenter.js';
import { interviewItems, interviews, interviewTopics } from './tables.js';

type StrategyRow = Awaited<ReturnType<typeof loadStrategy>>;

/** The strategy, when it may still be changed: archived strategies are read-only. */
export async function loadOpenStrategy(db: Db, actor: Actor, strategyId: string): Promise<StrategyRow> {
  const strategy = await loadStrategy(db, actor, strategyId);
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
  return strategy;
}

/**
 * An interview of this strategy, in the actor's organisation (loadStrategy checks that);
 * an id from another strategy or organisation is simply not found.
 */
export async function loadInterview(db: Db, actor: Actor, strategyId: string, interviewId: string) {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [row] = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.strategyId, strategy.id)));
  if (!row) throw notFound('The interview');
  return { strategy, interview: row };
}

/** An item of an interview of this strategy; anything else is not found. */
export async function loadItem(db: Db, actor: Actor, strategyId: string, interviewId: string, itemId: string) {
  const { strategy, interview } = await loadInterview(db, actor, strategyId, interviewId);
  const [item] = await db
    .select()
    .from(interviewItems)
    .where(and(eq(interviewItems.id, itemId), eq(interviewItems.interviewId, interview.id)));
  if (!item) throw notFound('The driver or priority');
  const [topic] = await db.select().from(interviewTopics).where(eq(interviewTopics.id, item.topicId));
  return { strategy, interview, item, topic: topic! };
}

const interviewerName = { userId: users.id, name: users.name };

async function itemsOf(db: Db, interviewIds: string[]): Promise<ItemRow[]> {
  if (interviewIds.length === 0) return [];
  return db
    .select({
      id: interviewItems.id,
      interviewId: interviewItems.interviewId,
      label: interviewItems.label,
      detail: interviewItems.detail,
      createdAt: interviewItems.createdAt,
      topicId: interviewTopics.id,
      topicLabel: interviewTopics.label,
      kind: interviewTopics.kind,
    })
    .from(interviewItems)
    .innerJoin(interviewTopics, eq(interviewTopics.id, interviewItems.topicId))
    .where(inArray(interviewItems.interviewId, interviewIds))
    .orderBy(asc(interviewItems.createdAt), asc(interviewItems.id));
}

export async function listInterviews(db: Db, actor: Actor, strategyId: string): Promise<InterviewList> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const rows = await db
    .select({ interview: interviews, interviewer: interviewerName })
    .from(interviews)
    .leftJoin(users, eq(users.id, interviews.interviewerUserId))
    .where(eq(interviews.strategyId, strategy.id))
    .orderBy(desc(interviews.heldOn), desc(interviews.createdAt));
  const items = await itemsOf(db, rows.map((r) => r.interview.id));
  return {
    interviews: rows.map((r) => presentSummary(r.interview, r.interviewer, items)),
    can: { create: canCreateInterview(actor.member.role, strategy.archivedAt !== null) },
  };
}

export async function interviewDetail(db: Db, actor: Actor, strategyId: string, interviewId: string) {
  const { strategy, interview } = await loadInterview(db, actor, strategyId, interviewId);
  const [interviewer] = interview.interviewerUserId
    ? await db.select(interviewerName).from(users).where(eq(users.id, interview.interviewerUserId))
    : [];
  const items = await itemsOf(db, [interview.id]);
  return presentInterview(interview, interviewer ?? null, items, actor.member.role, strategy.archivedAt !== null);
}

/** The members who may be chosen as interviewer: anyone in the organisation. */
export async function interviewOptions(db: Db, actor: Actor, strategyId: string): Promise<InterviewOptions> {
  await loadStrategy(db, actor, strategyId);
  const rows = await db
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, actor.member.organisationId))
    .orderBy(asc(users.name));
  return { interviewers: rows };
}

/** The across-interviews view: each topic with how many interviews named it. */
export async function topicOverview(db: Db, actor: Actor, strategyId: string): Promise<TopicOverview> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const interviewRows = await db
    .select({ id: interviews.id, role: interviews.intervieweeRole })
    .from(interviews)
    .where(eq(interviews.strategyId, strategy.id));
  const roleOf = new Map(interviewRows.map((r) => [r.id, r.role]));
  const topics = await db
    .select()
    .from(interviewTopics)
    .where(eq(interviewTopics.strategyId, strategy.id))
    .orderBy(asc(interviewTopics.label));
  const items = await itemsOf(db, interviewRows.map((r) => r.id));
  const present = topics
    .map((topic) => {
      const mine = items.filter((item) => item.topicId === topic.id);
      return {
        id: topic.id,
        kind: topic.kind,
        label: topic.label,
        interviewCount: new Set(mine.map((item) => item.interviewId)).size,
        items: mine.map((item) => ({
          id: item.id,
          interviewId: item.interviewId,
          label: item.label,
          intervieweeRole: roleOf.get(item.interviewId) ?? '',
        })),
      };
    })
    .filter((topic) => topic.items.length > 0)
    .sort((a, b) => b.interviewCount - a.interviewCount || a.label.localeCompare(b.label, 'en-GB'));
  const suggestions = (['driver', 'priority'] as const).flatMap((kind) =>
    suggestDuplicates(present.filter((t) => t.kind === kind)).map(({ topics: [a, b], sharedWords }) => ({
      kind,
      topicIds: [a.id, b.id] as [string, string],
      labels: [a.label, b.label] as [string, string],
      sharedWords,
    })),
  );
  return {
    interviewCount: interviewRows.length,
    drivers: present.filter((t) => t.kind === 'driver'),
    priorities: present.filter((t) => t.kind === 'priority'),
    suggestions,
    can: { merge: strategy.archivedAt === null && can(actor.member.role, 'update', 'interview') },
  };
}
