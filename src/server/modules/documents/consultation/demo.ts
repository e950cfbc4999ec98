import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { todayInLondon } from '../../../../shared/calendar-date.js';
import { PREFER_NOT_TO_SAY, type Answers } from '../../../../shared/contracts/survey-definition.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { analyseOrganisation, evidenceItems, onMachineAnalyser } from '../../evidence/index.js';
import { recordResponse } from '../../responses/index.js';
import { loadSurveyDefinition } from '../../surveys/index.js';
import { staffGroups } from '../../workforce/index.js';
import { closeConsultation } from './commands/close-consultation.js';
import { openConsultation } from './commands/open-consultation.js';
import { recordHandling } from './commands/record-handling.js';
import { replyToComment } from './commands/reply-to-comment.js';
import { sectionsOf } from './comments.js';
import { DEMO_COMMENTS, DEMO_HANDLING, DEMO_REPLIES, DEMO_RESPONDENTS, KEEP_LISTENING_TITLE, supportOf, type DemoComment, type GroupKey } from './demo-content.js';
import { loadConsultation } from './load.js';

const inDays = (days: number) => new Date(Date.parse(`${todayInLondon()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Section = Awaited<ReturnType<typeof sectionsOf>>[number];
/** The demo's name for a section: its key, or "keep-listening" for the free section (whose key is an id). */
const demoSectionOf = (section: Section): string => (section.title === KEEP_LISTENING_TITLE ? 'keep-listening' : section.sectionKey);

/**
 * The demo's staff consultation on a frozen version: opened (three weeks to run), answered by 60
 * staff of the demo workforce's staff groups (see `SUPPORT_PLAN`) with a dozen comments, three
 * replied to in public and five handled, then closed early by the team, so it reads as finished. Through
 * the real commands and `recordResponse`, so the comments become evidence items (by the library's
 * trigger on each response) exactly as staff answers on the survey pages do. Does nothing if the
 * version already has a consultation.
 */
export async function seedConsultationDemo(ctx: AppContext, team: Actor, versionId: string): Promise<void> {
  const { consultation: existing } = await loadConsultation(ctx.db, team, versionId);
  if (existing) return;
  const organisationId = team.member.organisationId;
  const { consultation } = await openConsultation(ctx, team, versionId, { closesOn: inDays(21), anonymous: true });
  const surveyId = consultation.surveyId!;
  const sections = await sectionsOf(ctx.db, consultation.id);
  const definition = await loadSurveyDefinition(ctx.db, surveyId);
  const groupQuestion = definition.questions.find((q) => q.dimension === 'staff_group')!.id;
  const groups = await ctx.db.select({ id: staffGroups.id, name: staffGroups.name }).from(staffGroups).where(eq(staffGroups.organisationId, organisationId));
  const said = new Map<string, { responseId: string; questionId: string }>();

  await ctx.db.transaction(async (tx) => {
    for (const [key, { group, count }] of Object.entries(DEMO_RESPONDENTS) as [GroupKey, (typeof DEMO_RESPONDENTS)[GroupKey]][]) {
      const groupId = group ? groups.find((g) => g.name === group)?.id : undefined;
      // The first people of a group are the ones who commented, a comment each.
      const comments = DEMO_COMMENTS.filter((c) => c.group === key);
      for (let person = 0; person < count; person += 1) {
        const comment: DemoComment | undefined = comments[person];
        const answers: Answers = { [groupQuestion]: groupId ?? PREFER_NOT_TO_SAY };
        let commentQuestion: string | null = null;
        for (const section of sections) {
          const support = supportOf(demoSectionOf(section), key, person);
          if (support) answers[section.supportQuestionId!] = support;
          if (comment?.section === demoSectionOf(section)) {
            answers[section.commentQuestionId!] = comment.text;
            commentQuestion = section.commentQuestionId;
          }
        }
        const { responseId } = await recordResponse(tx, { survey: { id: surveyId, organisationId, anonymous: true }, definition, answers, idempotencyKey: randomUUID(), invitationId: null });
        if (comment && responseId && commentQuestion) said.set(comment.key, { responseId, questionId: commentQuestion });
      }
    }
  });
  // The comments are in the library already; analysed now rather than by a background job, so they
  // carry sentiment and any personal information is found, as the rest of the demo's voice is.
  await analyseOrganisation(ctx.db, organisationId, onMachineAnalyser());

  const evidenceOf = async (key: string) => {
    const where = said.get(key);
    if (!where) throw new Error(`The demo comment "${key}" was not recorded.`);
    const [item] = await ctx.db
      .select({ id: evidenceItems.id })
      .from(evidenceItems)
      .where(and(eq(evidenceItems.responseId, where.responseId), eq(evidenceItems.questionId, where.questionId)));
    if (!item) throw new Error(`The demo comment "${key}" did not become evidence.`);
    return item.id;
  };
  for (const [key, reply] of Object.entries(DEMO_REPLIES)) await replyToComment(ctx, team, versionId, await evidenceOf(key), reply);
  for (const [key, handled] of Object.entries(DEMO_HANDLING)) await recordHandling(ctx, team, versionId, await evidenceOf(key), handled);
  await closeConsultation(ctx, team, versionId);
}
