import { and, desc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Choice } from '../../../shared/contracts/survey-definition.js';
import { DEFAULT_SYSTEMS_IN_QUESTION, SYSTEMS_QUESTION_TITLE } from '../../../shared/survey-builder.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/errors.js';
import { systems } from '../estate/tables.js';
import { surveyQuestions, surveySections } from './tables.js';

/**
 * The options of a systems question come from the organisation's estate register when the
 * survey is built: keyed by system id, with the name copied, so renaming or retiring a system
 * later changes nothing in a survey already built (or answered).
 */

/** A new systems question starts with the most-used live systems; the team then chooses. */
export async function defaultSystemChoices(db: Db, organisationId: string): Promise<Choice[]> {
  const rows = await db
    .select({ id: systems.id, name: systems.name })
    .from(systems)
    .where(and(eq(systems.organisationId, organisationId), isNull(systems.retiredAt)))
    .orderBy(desc(systems.userCount), systems.name)
    .limit(DEFAULT_SYSTEMS_IN_QUESTION);
  return rows.map((r) => ({ key: r.id, label: r.name }));
}

/**
 * The systems chosen in the builder, in the order given. A system already in the question
 * keeps its copied name (even if retired since); any other must be a live system of this
 * organisation's register.
 */
export async function resolveSystemChoices(db: Db, organisationId: string, systemIds: string[], current: Choice[]): Promise<Choice[]> {
  if (new Set(systemIds).size !== systemIds.length) {
    throw badRequest('Choose each system only once', [{ field: 'systemIds', message: 'Choose each system only once' }]);
  }
  const fresh = systemIds.filter((id) => !current.some((c) => c.key === id));
  const found =
    fresh.length === 0
      ? []
      : await db
          .select({ id: systems.id, name: systems.name })
          .from(systems)
          .where(and(eq(systems.organisationId, organisationId), isNull(systems.retiredAt), inArray(systems.id, fresh)));
  const missing = fresh.find((id) => !found.some((f) => f.id === id));
  if (missing) {
    const message = 'One of the chosen systems is not a live system in your register. Refresh the page and choose again.';
    throw badRequest(message, [{ field: 'systemIds', message }]);
  }
  return systemIds.map((id) => current.find((c) => c.key === id) ?? { key: id, label: found.find((f) => f.id === id)!.name });
}

/**
 * The "Digital experience of staff" template asks about tools in general; when the organisation
 * has a register, it also asks about its most-used live systems, at the end of the tools section.
 */
export async function addRegisterSystemsQuestion(db: Db, organisationId: string, surveyId: string, sectionTitle: string): Promise<void> {
  const options = await defaultSystemChoices(db, organisationId);
  if (options.length === 0) return;
  const [section] = await db
    .select({ id: surveySections.id })
    .from(surveySections)
    .where(and(eq(surveySections.surveyId, surveyId), eq(surveySections.title, sectionTitle)));
  if (!section) return;
  const [last] = await db.select({ position: max(surveyQuestions.position) }).from(surveyQuestions).where(eq(surveyQuestions.sectionId, section.id));
  await db.insert(surveyQuestions).values({
    surveyId,
    sectionId: section.id,
    position: (last?.position ?? -1) + 1,
    type: 'systems',
    title: SYSTEMS_QUESTION_TITLE,
    help: '',
    required: false,
    options,
    rows: [],
    dimension: null,
    showIf: null,
  });
}
