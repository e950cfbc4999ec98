import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../platform/http/access.js';
import type { AppContext } from '../../../../platform/module.js';
import { conflict } from '../../../../platform/errors.js';
import { closeSurvey, loadSurvey } from '../../../surveys/index.js';
import { assertStrategyOpen, auditConsultation, isClosed, requireConsultation } from '../load.js';
import { documentConsultations } from '../tables.js';

/**
 * Closes a consultation before its closing day: the survey stops taking answers (through the
 * surveys' own close command, nested in this transaction) and the reading pages say it has closed.
 */
export async function closeConsultation(ctx: AppContext, actor: Actor, versionId: string) {
  return ctx.db.transaction(async (tx) => {
    const { consultation, strategy } = await requireConsultation(tx, actor, versionId, true);
    assertStrategyOpen(strategy);
    if (isClosed(consultation)) throw conflict('This consultation has already closed.');
    if (consultation.surveyId) {
      const survey = await loadSurvey(tx, actor, consultation.surveyId);
      if (survey.status === 'open') await closeSurvey({ ...ctx, db: tx }, actor, consultation.surveyId);
    }
    const [after] = await tx.update(documentConsultations).set({ closedAt: new Date() }).where(eq(documentConsultations.id, consultation.id)).returning();
    await auditConsultation(tx, actor, consultation, { action: 'consultation.closed', before: { status: 'open' }, after: { status: 'closed', closesOn: consultation.closesOn } });
    return after!;
  });
}
