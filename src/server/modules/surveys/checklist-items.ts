import { registerChecklistItem } from '../strategies/index.js';
import { hasPublishedSurvey } from './queries.js';

registerChecklistItem({
  phase: 'discover',
  id: 'staff-survey-published',
  label: 'Staff survey published',
  hint: 'Build a survey from the "Digital experience of staff" template, or from blank, and publish it.',
  isDone: (db, strategy) => hasPublishedSurvey(db, strategy.id),
});
