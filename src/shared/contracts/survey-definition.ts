import { z } from 'zod';

/**
 * What a survey asks, shared by the builder, the respondent pages, results and imports.
 * Options and matrix rows carry stable keys so that editing a label never re-labels answers
 * already given.
 */
export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'likert',
  'rating',
  'short_text',
  'long_text',
  'ranking',
  'matrix',
  'profile',
  'systems',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: 'Single choice',
  multiple_choice: 'Multiple choice',
  likert: 'Agreement (5-point scale)',
  rating: 'Rating from 0 to 10',
  short_text: 'Short text',
  long_text: 'Long text',
  ranking: 'Ranking',
  matrix: 'Matrix of agreement rows',
  profile: 'About you (staff group, division or site)',
  systems: 'Systems you use, and how well each supports your work',
};

/**
 * The systems question: options are systems of the estate register, keyed by system id with
 * the name copied when the survey was built, so a system renamed or retired later never breaks
 * the survey. The answer is like a matrix: system id → support level 1–5, one entry per system
 * the respondent uses.
 */
export const SUPPORT_LABELS = ['Very poorly', 'Poorly', 'Adequately', 'Well', 'Very well'] as const;
export const MAX_SYSTEMS_IN_QUESTION = 30;

/** The 5-point agreement scale, stored as 1–5. */
export const LIKERT_LABELS = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'] as const;
export const RATING_MIN = 0;
export const RATING_MAX = 10;
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 5000;

export const PROFILE_DIMENSIONS = ['staff_group', 'division', 'site'] as const;
export type ProfileDimension = (typeof PROFILE_DIMENSIONS)[number];
/** A respondent may always decline to say; results then count them as "not stated". */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';

const ZKey = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9_-]+$/i, { error: 'Keys use letters, digits, - and _ only' });

export const ZChoice = z.object({
  key: ZKey,
  label: z.string().trim().min(1, { error: 'Enter the text of the option' }).max(200, { error: 'Option text must be 200 characters or fewer' }),
});
export type Choice = z.infer<typeof ZChoice>;

export const ZShowIf = z.object({
  /** An earlier question; the question is shown only when that answer matches. */
  questionId: z.uuid(),
  operator: z.enum(['equals', 'not_equals', 'includes']),
  /** An option key (choice questions), a scale value as text (likert, rating), or a profile value. */
  value: z.string().min(1).max(100),
});
export type ShowIf = z.infer<typeof ZShowIf>;

export const ZQuestionDefinition = z.object({
  id: z.uuid(),
  sectionId: z.uuid(),
  type: z.enum(QUESTION_TYPES),
  title: z.string().trim().min(1, { error: 'Enter the question' }).max(500, { error: 'The question must be 500 characters or fewer' }),
  help: z.string().max(1000, { error: 'Help text must be 1,000 characters or fewer' }).default(''),
  required: z.boolean().default(false),
  /** single_choice, multiple_choice, ranking; systems (key = system id, label = its name when chosen) */
  options: z.array(ZChoice).max(50, { error: 'A question can have at most 50 options' }).default([]),
  /** matrix */
  rows: z.array(ZChoice).max(30, { error: 'A matrix can have at most 30 rows' }).default([]),
  /** profile */
  dimension: z.enum(PROFILE_DIMENSIONS).nullable().default(null),
  showIf: ZShowIf.nullable().default(null),
});
export type QuestionDefinition = z.infer<typeof ZQuestionDefinition>;

export const ZSectionDefinition = z.object({
  id: z.uuid(),
  title: z.string().trim().min(1, { error: 'Enter a title for the section' }).max(200),
  description: z.string().max(2000).default(''),
});
export type SectionDefinition = z.infer<typeof ZSectionDefinition>;

export interface SurveyDefinition {
  sections: SectionDefinition[];
  /** In order: section by section, then position within the section. */
  questions: QuestionDefinition[];
}

/** The values a profile question may take, from the organisation's workforce. */
export type ProfileChoices = Record<ProfileDimension, Choice[]>;

/** One respondent's answers, by question id. */
export type AnswerValue = string | string[] | number | Record<string, number>;
export type Answers = Record<string, AnswerValue | undefined>;
