export { recordResponse, addToCounts, countRespondents, respondentTally, AnswerProblems } from './commands/record-response.js';
export { flattenAnswers, segmentOf } from './answer-rows.js';
export type { Segment } from './answer-rows.js';
