import { and, eq } from 'drizzle-orm';
import type { ProfileChoices, SurveyDefinition } from '../../../../shared/contracts/survey-definition.js';
import type { AppContext } from '../../../platform/module.js';
import { AnswerProblems, recordResponse } from '../../responses/index.js';
import { surveyResponses } from '../../surveys/index.js';
import { surveyInvitations } from '../../surveys/tables.js';
import { availability, invitationByToken } from '../survey-access.js';
import { keptAnswers, visibleSections } from './flow.js';
import type { Progress, Visit } from './visit.js';

export type SubmitOutcome =
  | { kind: 'done' }
  | { kind: 'used' }
  | { kind: 'unavailable'; availability: ReturnType<typeof availability> }
  | { kind: 'problems'; sectionId: string | null; problems: { questionId: string; message: string }[] };

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Stores the response. For a personal invitation, marking it used and clearing its draft
 * happen in the same transaction, so a link is never spent without its response or the other
 * way round. In an anonymous survey the response row gets no invitation id and no time, and
 * the invitation gets a bare flag: nothing stored joins the two. Respondents are never audited.
 */
export async function submitResponse(
  ctx: AppContext,
  visit: Visit,
  token: string | null,
  content: { definition: SurveyDefinition; profile: ProfileChoices },
  progress: Progress,
  idempotencyKey: string,
): Promise<SubmitOutcome> {
  const { definition } = content;
  try {
    return await ctx.db.transaction(async (tx): Promise<SubmitOutcome> => {
      let invitationId: string | null = null;
      let answers = progress.answers;
      if (visit.kind === 'invite') {
        // Locking the invitation makes a double-click wait for the first submission to finish.
        const row = token ? await invitationByToken(tx, token, true) : null;
        if (!row) return { kind: 'used' };
        if (row.invitation.responded) {
          const [same] = await tx
            .select({ id: surveyResponses.id })
            .from(surveyResponses)
            .where(and(eq(surveyResponses.surveyId, row.survey.id), eq(surveyResponses.idempotencyKey, idempotencyKey)));
          return same ? { kind: 'done' } : { kind: 'used' };
        }
        invitationId = row.invitation.id;
        answers = (row.invitation.draft as { answers?: Progress['answers'] } | null)?.answers ?? {};
      }
      const state = availability(visit.survey);
      if (state !== 'open') return { kind: 'unavailable', availability: state };
      await recordResponse(tx, {
        survey: visit.survey,
        definition,
        answers: keptAnswers(definition, answers),
        idempotencyKey,
        invitationId,
      });
      if (invitationId) {
        await tx.update(surveyInvitations).set({ responded: true, draft: null }).where(eq(surveyInvitations.id, invitationId));
      }
      return { kind: 'done' };
    });
  } catch (error) {
    if (!(error instanceof AnswerProblems)) throw error;
    const firstQuestion = definition.questions.find((q) => error.problems.some((p) => p.questionId === q.id));
    const sectionId = visibleSections(definition, progress.answers).find((s) => s.id === firstQuestion?.sectionId)?.id ?? null;
    return { kind: 'problems', sectionId, problems: error.problems };
  }
}
