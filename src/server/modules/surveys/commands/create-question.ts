import { randomUUID } from 'node:crypto';
import type { QuestionDefinition } from '../../../../shared/contracts/survey-definition.js';
import type { CreateQuestion } from '../../../../shared/contracts/surveys.js';
import { defaultQuestion } from '../../../../shared/survey-builder.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import {
  assertOneProfilePerDimension,
  assertStillPublishable,
  auditSurvey,
  beginEditing,
  findSection,
  inSectionOrder,
  saveOrder,
  touchSurvey,
} from '../editing.js';
import { defaultSystemChoices } from '../system-choices.js';
import { surveyQuestions } from '../tables.js';

/**
 * Adds a question of a type, with defaults that make it complete at once (two options for
 * a choice, one statement for a matrix), at the end of a section or at a position in it.
 */
export async function createQuestion(ctx: AppContext, actor: Actor, surveyId: string, input: CreateQuestion): Promise<QuestionDefinition> {
  return ctx.db.transaction(async (tx) => {
    const editing = await beginEditing(tx, actor, surveyId);
    const section = findSection(editing, input.sectionId);
    const { definition } = editing;
    const defaults = defaultQuestion(input.type, input.dimension);
    const question: QuestionDefinition = {
      id: randomUUID(),
      sectionId: section.id,
      type: input.type,
      title: input.title ?? defaults.title,
      help: '',
      required: false,
      options: input.type === 'systems' ? await defaultSystemChoices(tx, actor.member.organisationId) : defaults.options,
      rows: defaults.rows,
      dimension: defaults.dimension,
      showIf: null,
    };
    const inSection = definition.questions.filter((q) => q.sectionId === section.id);
    const position = Math.min(input.position ?? inSection.length, inSection.length);
    inSection.splice(position, 0, question);
    const next = {
      sections: definition.sections,
      questions: inSectionOrder(definition.sections, [...definition.questions.filter((q) => q.sectionId !== section.id), ...inSection]),
    };
    assertOneProfilePerDimension(next, definition);
    assertStillPublishable(editing, next);
    await tx.insert(surveyQuestions).values({ ...question, surveyId, position });
    await saveOrder(tx, definition, next);
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, editing.survey, {
      action: 'survey.question_created',
      subjectType: 'survey_question',
      subjectId: question.id,
      after: { title: question.title, type: question.type, sectionId: section.id, position },
    });
    return question;
  });
}
