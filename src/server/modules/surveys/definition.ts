import { asc, eq } from 'drizzle-orm';
import type { SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import type { Db } from '../../platform/db/client.js';
import { surveyQuestions, surveySections } from './tables.js';

/** A survey's sections and questions, in the order respondents meet them. */
export async function loadSurveyDefinition(db: Db, surveyId: string): Promise<SurveyDefinition> {
  // One after the other: inside a transaction both would share one connection anyway.
  const sections = await db.select().from(surveySections).where(eq(surveySections.surveyId, surveyId)).orderBy(asc(surveySections.position));
  const questions = await db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId)).orderBy(asc(surveyQuestions.position));
  const sectionOrder = new Map(sections.map((s, i) => [s.id, i]));
  questions.sort((a, b) => sectionOrder.get(a.sectionId)! - sectionOrder.get(b.sectionId)! || a.position - b.position);
  return {
    sections: sections.map((s) => ({ id: s.id, title: s.title, description: s.description })),
    questions: questions.map((q) => ({
      id: q.id,
      sectionId: q.sectionId,
      type: q.type,
      title: q.title,
      help: q.help,
      required: q.required,
      options: q.options,
      rows: q.rows,
      dimension: q.dimension ?? null,
      showIf: q.showIf ?? null,
    })),
  };
}
