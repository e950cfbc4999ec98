import { eq } from 'drizzle-orm';
import { dayNumber, todayInLondon } from '../../../../../shared/calendar-date.js';
import type { OpenConsultation } from '../../../../../shared/contracts/consultation.js';
import { formatDate } from '../../../../../shared/dates.js';
import { badRequest, conflict } from '../../../../platform/errors.js';
import type { Actor } from '../../../../platform/http/access.js';
import type { AppContext } from '../../../../platform/module.js';
import { setOpenLink } from '../../../respond/index.js';
import { createSurveyIn, publishSurvey, surveys } from '../../../surveys/index.js';
import { assertStrategyOpen, auditConsultation, endOfDayInLondon, loadConsultation, newReadingToken } from '../load.js';
import { commentRef, consultationSurvey, supportRef } from '../survey-definition.js';
import { consultationSections, documentConsultations } from '../tables.js';

const MAX_DAYS = 366;

/** After today and within a year: a consultation that ends before it starts, or never, is a mistake. */
function checkClosingDay(closesOn: string, now: Date): void {
  const days = dayNumber(closesOn) - dayNumber(todayInLondon(now));
  if (days < 1) throw badRequest('The closing date must be after today', [{ field: 'closesOn', message: 'The closing date must be after today' }]);
  if (days > MAX_DAYS) {
    const latest = new Date(Date.parse(`${todayInLondon(now)}T00:00:00Z`) + MAX_DAYS * 86_400_000).toISOString().slice(0, 10);
    throw badRequest('The closing date must be within a year', [{ field: 'closesOn', message: `The closing date must be on or before ${formatDate(latest)}` }]);
  }
}

/**
 * Opens a consultation on a frozen version: writes its survey (a page per section), opens it with
 * the open link on and the closing day set, and records which questions ask about which section,
 * all in one transaction (the surveys' own commands run nested in it), so a refusal anywhere leaves
 * no survey and no consultation behind.
 */
export async function openConsultation(ctx: AppContext, actor: Actor, versionId: string, input: OpenConsultation, now = new Date()) {
  checkClosingDay(input.closesOn, now);
  return ctx.db.transaction(async (tx) => {
    const { version, strategy, consultation: existing } = await loadConsultation(tx, actor, versionId);
    assertStrategyOpen(strategy);
    if (existing) throw conflict(`Version ${version.number} already has a consultation. Freeze a new version to consult on it again.`);
    if (version.content.sections.length === 0) throw conflict(`Version ${version.number} has no sections to consult on.`);
    const token = newReadingToken();
    const readingUrl = `${ctx.config.publicUrl.replace(/\/$/, '')}/c/${token}`;
    const definition = consultationSurvey(version.content, version.number, readingUrl, input.closesOn);
    const { survey, questionIds } = await createSurveyIn(tx, actor, strategy, definition);
    await tx.update(surveys).set({ closesAt: endOfDayInLondon(input.closesOn), anonymous: input.anonymous }).where(eq(surveys.id, survey.id));
    const inTransaction = { ...ctx, db: tx };
    await publishSurvey(inTransaction, actor, survey.id);
    const opened = await setOpenLink(inTransaction, actor, survey.id, true);
    const [row] = await tx
      .insert(documentConsultations)
      .values({
        organisationId: strategy.organisationId,
        strategyId: strategy.id,
        versionId: version.id,
        surveyId: survey.id,
        token,
        closesOn: input.closesOn,
        anonymous: input.anonymous,
        openedByUserId: actor.user.id,
      })
      .returning();
    await tx.insert(consultationSections).values(
      version.content.sections.map((section, position) => ({
        consultationId: row!.id,
        sectionKey: section.key,
        title: section.title,
        position,
        supportQuestionId: questionIds.get(supportRef(section.key)) ?? null,
        commentQuestionId: questionIds.get(commentRef(section.key)) ?? null,
      })),
    );
    await auditConsultation(tx, actor, row!, {
      action: 'consultation.opened',
      after: { version: version.number, surveyId: survey.id, closesOn: input.closesOn, anonymous: input.anonymous, sections: version.content.sections.length },
    });
    return { consultation: row!, openLinkSlug: opened.openLinkSlug };
  });
}
