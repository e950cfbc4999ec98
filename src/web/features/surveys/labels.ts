import type { SurveyStatus } from '../../../shared/contracts/surveys.js';
import type { TagColour } from '../../ui/Tag.js';

export const STATUS_COLOURS: Record<SurveyStatus, TagColour> = { draft: 'grey', open: 'green', closed: 'blue' };

/** Ids of builder elements, shared by the page and the publish error summary that links to them. */
export const questionAnchor = (questionId: string) => `question-${questionId}`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
