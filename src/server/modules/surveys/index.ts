import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import './checklist-items.js';
import { surveyOwner } from './queries.js';
import { surveyRoutes } from './routes.js';

export { surveys, surveySections, surveyQuestions, surveyInvitations, surveyResponses, surveyAnswerCounts, SURVEY_STATUSES } from './tables.js';
export { loadSurveyDefinition } from './definition.js';
export { loadSurvey } from './queries.js';
export { isAcceptingResponses } from './presenter.js';
export { createSurvey } from './commands/create-survey.js';
export { createSurveyIn } from './commands/create-survey-in.js';
export type { SurveyTemplateDefinition } from './templates/types.js';
export { publishSurvey } from './commands/publish-survey.js';
export { closeSurvey } from './commands/close-survey.js';
export { insertTemplate } from './templates/template.js';
export { digitalExperienceTemplate } from './templates/digital-experience.js';

export const surveysModule: ChorusModule = {
  name: 'surveys',
  routes: surveyRoutes,
  owners: (ctx) => ({ surveyId: (id) => surveyOwner(ctx.db, id) }),
};
