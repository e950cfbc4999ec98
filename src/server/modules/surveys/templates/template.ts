import { randomUUID } from 'node:crypto';
import type { SurveyTemplate } from '../../../../shared/contracts/surveys.js';
import type { Db } from '../../../platform/db/client.js';
import { surveyQuestions, surveySections } from '../tables.js';
import { digitalExperienceTemplate } from './digital-experience.js';
import type { SurveyTemplateDefinition } from './types.js';

const BLANK: SurveyTemplateDefinition = {
  title: 'Staff survey',
  intro: '',
  thankYou: 'Thank you for taking part.',
  sections: [{ title: 'Your views', description: '', questions: [] }],
};

export const TEMPLATES: Record<SurveyTemplate, SurveyTemplateDefinition> = {
  blank: BLANK,
  digital_experience: digitalExperienceTemplate,
};

/** Inserts a template's sections and questions into an empty survey; returns the questions' ids by `ref`. */
export async function insertTemplate(tx: Db, surveyId: string, template: SurveyTemplateDefinition): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [sectionPosition, section] of template.sections.entries()) {
    const [row] = await tx
      .insert(surveySections)
      .values({ surveyId, position: sectionPosition, title: section.title, description: section.description })
      .returning({ id: surveySections.id });
    if (section.questions.length === 0) continue;
    const values = section.questions.map((q, position) => {
      const id = randomUUID();
      ids.set(q.ref, id);
      const parent = q.showIf ? ids.get(q.showIf.ref) : undefined;
      if (q.showIf && !parent) throw new Error(`Template question ${q.ref} depends on ${q.showIf.ref}, which is not earlier.`);
      return {
        id,
        surveyId,
        sectionId: row!.id,
        position,
        type: q.type,
        title: q.title,
        help: q.help ?? '',
        required: q.required ?? false,
        options: q.options ?? [],
        rows: q.rows ?? [],
        dimension: q.dimension ?? null,
        showIf: q.showIf && parent ? { questionId: parent, operator: q.showIf.operator, value: q.showIf.value } : null,
      };
    });
    await tx.insert(surveyQuestions).values(values);
  }
  return ids;
}
