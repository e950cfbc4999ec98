import type { ProfileChoices, SurveyDefinition } from '../../../../shared/contracts/survey-definition.js';
import type { Db } from '../../../platform/db/client.js';
import { keptAnswers, mergeSection, nextSection, previousSection, sectionProblems, shownQuestions, visibleSections, type FormBody } from './flow.js';
import { checkPage, introPage, savedPage, sectionPage, type Page } from './pages.js';
import { saveDraft, type Progress, type Visit } from './visit.js';

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * One step of the journey: the respondent pressed Start, Continue, Back, Save, or Change on the
 * check page. Answers on the page are kept whichever button was pressed; they are checked only
 * on Continue, and again, all together, when the response is submitted.
 */
export async function navigate(
  db: Db,
  visit: Visit,
  content: { definition: SurveyDefinition; profile: ProfileChoices },
  progress: Progress,
  body: FormBody,
): Promise<Page> {
  const { definition, profile } = content;
  const nav = text(body.nav);
  const show = async (answers: Progress['answers'], sectionId: string | null, problems = [] as Parameters<typeof sectionPage>[4]) => {
    const next = { ...progress, answers };
    await saveDraft(db, visit, answers, sectionId);
    return sectionId ? sectionPage(visit, content, next, sectionId, problems) : checkPage(visit, content, next);
  };

  if (nav === 'start') {
    const resumeAt = progress.sectionId && visibleSections(definition, progress.answers).some((s) => s.id === progress.sectionId)
      ? progress.sectionId
      : (nextSection(definition, progress.answers, null)?.id ?? null);
    return show(progress.answers, resumeAt);
  }
  if (nav.startsWith('goto:')) {
    const target = visibleSections(definition, progress.answers).find((s) => s.id === nav.slice(5));
    return show(progress.answers, target?.id ?? nextSection(definition, progress.answers, null)?.id ?? null);
  }

  const sectionId = text(body.sectionId);
  if (!definition.sections.some((s) => s.id === sectionId)) return show(progress.answers, nextSection(definition, progress.answers, null)?.id ?? null);
  const answers = keptAnswers(definition, mergeSection(definition, sectionId, progress.answers, body));

  if (nav === 'back') {
    const previous = previousSection(definition, answers, sectionId);
    if (previous) return show(answers, previous.id);
    await saveDraft(db, visit, answers, sectionId);
    return introPage(visit, { ...progress, answers });
  }
  if (nav === 'save') {
    await saveDraft(db, visit, answers, sectionId);
    return visit.kind === 'invite' ? savedPage(visit) : sectionPage(visit, content, { ...progress, answers }, sectionId);
  }

  // Continue. A question whose condition became true on this very page has not been seen yet:
  // show the page again with it, rather than complaining about an answer never asked for.
  const rendered = new Set(text(body.shown).split(',').filter(Boolean));
  const nowShown = shownQuestions(definition, sectionId, answers).map((q) => q.id);
  const asked = new Set(nowShown.filter((id) => rendered.has(id)));
  const problems = sectionProblems(definition, answers, profile, asked);
  if (problems.length > 0 || nowShown.some((id) => !rendered.has(id))) return show(answers, sectionId, problems);
  return show(answers, nextSection(definition, answers, sectionId)?.id ?? null);
}
