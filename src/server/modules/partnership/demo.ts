import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import type { Actor } from '../../platform/http/access.js';
import type { AppContext } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { insights } from '../insights/index.js';
import { memberships, organisations } from '../organisations/index.js';
import { recordResponse } from '../responses/index.js';
import { loadStrategy } from '../strategies/index.js';
import { loadSurveyDefinition } from '../surveys/index.js';
import { staffGroups } from '../workforce/index.js';
import { agreeVersion } from './commands/agree-version.js';
import { addCommitment } from './commands/edit-commitments.js';
import { publishVersion } from './commands/publish-version.js';
import { startDraft } from './commands/start-draft.js';
import { updateVersion } from './commands/update-version.js';
import { DEMO_COMMITMENTS, DEMO_INTRO } from './demo-content.js';
import { ANSWER_NOT_QUITE, ANSWER_YES } from './survey-definition.js';
import { partnershipCommitments, partnershipVersions } from './tables.js';

/** The demo organisation's first admin, as the person who drafted, published and agreed it. */
async function demoActor(ctx: AppContext, organisationId: string): Promise<Actor> {
  const [row] = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email, membershipId: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin')))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  if (!row) throw new Error('The demo partnership needs an admin in the organisation.');
  return { user: { id: row.id, name: row.name, email: row.email, sessionTokenHash: '', csrfToken: '' }, member: { organisationId, membershipId: row.membershipId, role: 'admin' } };
}

/**
 * The demo trust's staff partnership: version 1 put to staff and agreed with a review date a
 * year on, ten commitments linked to the demo insights they answer, and five times the
 * organisation's minimum group size of staff responses (50 at the default 10). One staff group is smaller than the organisation's minimum group size (and some
 * staff prefer not to say their group), so the results show a group hidden. Call after the
 * workforce and the Define demo (insights) are seeded. Idempotent: does nothing if the strategy
 * already has a partnership.
 */
export async function seedPartnershipDemo(ctx: AppContext, organisationId: string, strategyId: string): Promise<void> {
  const [existing] = await ctx.db.select({ id: partnershipVersions.id }).from(partnershipVersions).where(eq(partnershipVersions.strategyId, strategyId)).limit(1);
  if (existing) return;
  const actor = await demoActor(ctx, organisationId);
  const known = await ctx.db.select({ id: insights.id, statement: insights.statement }).from(insights).where(eq(insights.strategyId, strategyId));
  const version = await ctx.db.transaction(async (tx) => {
    const draft = await startDraft(tx, actor, await loadStrategy(tx, actor, strategyId));
    await updateVersion(tx, actor, draft.id, { intro: DEMO_INTRO });
    for (const c of DEMO_COMMITMENTS) {
      const insight = c.about ? known.find((i) => c.about!.test(i.statement)) : undefined;
      await addCommitment(tx, actor, draft.id, { side: c.side, text: c.text, insightIds: insight ? [insight.id] : [] });
    }
    return draft;
  });
  const { version: published } = await publishVersion(ctx, actor, version.id);
  await seedResponses(ctx, organisationId, published.id, published.surveyId!);
  const review = new Date();
  review.setUTCFullYear(review.getUTCFullYear() + 1);
  await ctx.db.transaction((tx) => agreeVersion(tx, actor, version.id, review.toISOString().slice(0, 10)));
}

async function seedResponses(ctx: AppContext, organisationId: string, versionId: string, surveyId: string): Promise<void> {
  const [organisation] = await ctx.db.select({ k: organisations.minGroupSize }).from(organisations).where(eq(organisations.id, organisationId));
  const k = organisation!.k;
  const groups = await ctx.db.select().from(staffGroups).where(eq(staffGroups.organisationId, organisationId));
  const group = (name: string) => groups.find((g) => g.name === name)?.id;
  const small = Math.max(1, Math.floor(k / 3));
  /*
   * Whole blocks of k people answer alike, so each group's "yes" and "not quite" are 0 or at
   * least k and show; the doctors (fewer than k) are hidden, with the staff who preferred not to
   * say their group as the complement that keeps them from being worked out. `notQuite(i)` says
   * how many of the group's blocks find commitment i not quite right.
   */
  const plan: { groupId: string | undefined; blocks: number; size: number; notQuite(i: number): number }[] = [
    { groupId: group('Nursing and Midwifery Registered'), blocks: 2, size: k, notQuite: (i) => (i % 3 === 1 ? 1 : 0) },
    { groupId: group('Administrative and Clerical'), blocks: 1, size: k, notQuite: (i) => (i % 4 === 2 ? 1 : 0) },
    { groupId: group('Allied Health Professionals'), blocks: 1, size: k, notQuite: (i) => (i % 5 === 3 ? 1 : 0) },
    { groupId: group('Medical and Dental'), blocks: 1, size: small, notQuite: () => 0 },
    { groupId: undefined, blocks: 1, size: k - small, notQuite: () => 0 },
  ];
  const definition = await loadSurveyDefinition(ctx.db, surveyId);
  const groupQuestion = definition.questions.find((q) => q.dimension === 'staff_group')!.id;
  const commitments = await ctx.db.select().from(partnershipCommitments).where(eq(partnershipCommitments.versionId, versionId));
  let commented = 0;
  await ctx.db.transaction(async (tx) => {
    for (const { groupId, blocks, size, notQuite } of plan) {
      for (let person = 0; person < blocks * size; person += 1) {
        const answers: Answers = { [groupQuestion]: groupId ?? 'prefer_not_to_say' };
        for (const c of commitments) {
          const i = DEMO_COMMITMENTS.findIndex((d) => d.text === c.text);
          const yes = Math.floor(person / size) >= notQuite(i);
          answers[c.questionId!] = yes ? ANSWER_YES : ANSWER_NOT_QUITE;
          const comments = DEMO_COMMITMENTS[i]!.comments;
          // About one in three who say "not quite" say what would make it right.
          if (!yes && comments.length && person % 3 === 0) answers[c.commentQuestionId!] = comments[commented++ % comments.length]!;
        }
        await recordResponse(tx, { survey: { id: surveyId, organisationId, anonymous: true }, definition, answers, idempotencyKey: randomUUID(), invitationId: null });
      }
    }
  });
}
