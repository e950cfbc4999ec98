import type { SurveyStatus } from '../../../shared/contracts/surveys.js';
import type { TagColour } from '../../ui/Tag.js';

export const STATUS_COLOURS: Record<SurveyStatus, TagColour> = { draft: 'grey', open: 'green', closed: 'blue' };

/** Ids of builder elements, shared by the page and the publish error summary that links to them. */
export const questionAnchor = (questionId: string) => `question-${questionId}`;

export { plural } from '../../../shared/words.js';
