export { surveyResponses, surveyAnswerCounts } from './tables.js';
export { recordResponse, addToCounts, countRespondents, respondentTally, AnswerProblems } from './commands/record-response.js';
export { loadProfileChoices } from './profile-choices.js';
export { flattenAnswers, segmentOf } from './answer-rows.js';
export type { Segment } from './answer-rows.js';
