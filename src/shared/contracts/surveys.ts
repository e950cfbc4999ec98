import { z } from 'zod';
import { ZId, ZName, ZOneLine } from './common.js';
import {
  MAX_SYSTEMS_IN_QUESTION,
  PROFILE_DIMENSIONS,
  QUESTION_TYPES,
  ZQuestionDefinition,
  ZShowIf,
} from './survey-definition.js';

/**
 * The survey builder's requests and responses. What a survey asks is described by
 * `survey-definition.ts`; this file is about building and running one.
 */

export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_STATUS_LABELS: Record<SurveyStatus, string> = { draft: 'Draft', open: 'Open', closed: 'Closed' };

export const SURVEY_TEMPLATES = ['blank', 'digital_experience'] as const;
export type SurveyTemplate = (typeof SURVEY_TEMPLATES)[number];
export const SURVEY_TEMPLATE_TITLES: Record<SurveyTemplate, string> = {
  blank: 'Staff survey',
  digital_experience: 'Digital experience of staff',
};

export const INTRO_MAX = 5000;
export const THANK_YOU_MAX = 2000;

const ZTitle = ZOneLine('a title for the survey', 200);

export const ZCreateSurvey = z.object({
  title: ZTitle,
  template: z.enum(SURVEY_TEMPLATES, { error: 'Choose a blank survey or the Digital experience template' }).default('blank'),
});
export type CreateSurvey = z.infer<typeof ZCreateSurvey>;

const ZInstant = (what: string) =>
  z.iso
    .datetime({ offset: true, error: `The ${what} must be a date and time, like 2026-03-14T09:00:00Z` })
    .nullable();

/** Both dates are optional; when both are given the survey must close after it opens. */
export const closesAfterOpens = (v: { opensAt?: string | null | undefined; closesAt?: string | null | undefined }) =>
  !v.opensAt || !v.closesAt || new Date(v.closesAt).getTime() > new Date(v.opensAt).getTime();
export const CLOSES_AFTER_OPENS = 'The closing date must be after the opening date';

export const ZUpdateSurvey = z
  .object({
    title: ZTitle.optional(),
    intro: z.string().max(INTRO_MAX, { error: `The introduction must be ${INTRO_MAX.toLocaleString('en-GB')} characters or fewer` }).optional(),
    thankYou: z.string().max(THANK_YOU_MAX, { error: `The thank-you message must be ${THANK_YOU_MAX.toLocaleString('en-GB')} characters or fewer` }).optional(),
    anonymous: z.boolean({ error: 'Say whether the survey is anonymous' }).optional(),
    opensAt: ZInstant('opening date').optional(),
    closesAt: ZInstant('closing date').optional(),
  })
  .refine(closesAfterOpens, { error: CLOSES_AFTER_OPENS, path: ['closesAt'] });
export type UpdateSurvey = z.infer<typeof ZUpdateSurvey>;

export const ZSurveySummary = z.object({
  id: ZId,
  organisationId: ZId,
  strategyId: ZId,
  title: z.string(),
  intro: z.string(),
  thankYou: z.string(),
  status: z.enum(SURVEY_STATUSES),
  anonymous: z.boolean(),
  /** Identifying columns (names, emails…) deliberately kept by an import; only ever in a survey that is not anonymous. */
  identifyingKept: z.array(z.object({ column: z.string(), reason: z.string(), fileName: z.string() })),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  /** Open, and today falls between the opening and closing dates (when set). */
  acceptingResponses: z.boolean(),
  questionCount: z.number().int(),
  /** Null for members who may neither read results nor edit the survey (staff). */
  responseCount: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({
    /** Change settings, sections and questions (some structural changes are refused once answers exist). */
    update: z.boolean(),
    /** Change the anonymous flag: only before any response arrives. */
    changeAnonymous: z.boolean(),
    publish: z.boolean(),
    close: z.boolean(),
    reopen: z.boolean(),
    delete: z.boolean(),
    /** Read the suppressed results and coverage: published surveys, for the roles results/policy.ts allows. */
    readResults: z.boolean(),
  }),
});
export type SurveySummary = z.infer<typeof ZSurveySummary>;

export const ZSurveyList = z.object({ surveys: z.array(ZSurveySummary) });

export const ZBuilderSection = z.object({ id: ZId, title: z.string(), description: z.string() });
export type BuilderSection = z.infer<typeof ZBuilderSection>;

export const ZBuilderQuestion = ZQuestionDefinition.extend({
  /** Some response holds an answer to it: it cannot be deleted or change type. Left out for staff. */
  answered: z.boolean().optional(),
  /** Which option and row keys have answers: those cannot be removed. Left out for staff. */
  answeredKeys: z.array(z.string()).optional(),
});
export type BuilderQuestion = z.infer<typeof ZBuilderQuestion>;

const ZChoiceList = z.array(z.object({ key: z.string(), label: z.string() }));

export const ZProblemList = z.array(z.object({ questionId: ZId, message: z.string() }));

export const ZSurveyBuilder = z.object({
  survey: ZSurveySummary,
  sections: z.array(ZBuilderSection),
  /** In the order respondents meet them. */
  questions: z.array(ZBuilderQuestion),
  /** The organisation's staff groups, divisions and sites that profile questions offer. */
  profileChoices: z.object({ staff_group: ZChoiceList, division: ZChoiceList, site: ZChoiceList }),
  /** What would stop the survey being published, per question. */
  problems: ZProblemList,
});
export type SurveyBuilder = z.infer<typeof ZSurveyBuilder>;

export const ZSectionInput = z.object({
  title: ZName('a title for the section', 200),
  description: z.string().max(2000, { error: 'The description must be 2,000 characters or fewer' }).default(''),
});
export const ZUpdateSection = z.object({
  title: ZName('a title for the section', 200).optional(),
  description: z.string().max(2000, { error: 'The description must be 2,000 characters or fewer' }).optional(),
});

/** Move by one step, or to a position (0 is first). */
export const ZMoveSection = z
  .object({ direction: z.enum(['up', 'down']).optional(), position: z.number().int().min(0).optional() })
  .refine((v) => (v.direction === undefined) !== (v.position === undefined), {
    error: 'Say either which way to move the section or the position to move it to',
  });

export const ZMoveQuestion = z
  .object({
    direction: z.enum(['up', 'down']).optional(),
    /** With `position`: the section to move into (the question's own when left out). */
    sectionId: ZId.optional(),
    position: z.number().int().min(0).optional(),
  })
  .refine((v) => (v.direction === undefined) !== (v.position === undefined), {
    error: 'Say either which way to move the question or the position to move it to',
  });
export type MoveQuestion = z.infer<typeof ZMoveQuestion>;

const ZQuestionTitle = z
  .string()
  .trim()
  .min(1, { error: 'Enter the question' })
  .max(500, { error: 'The question must be 500 characters or fewer' });
const ZHelp = z.string().max(1000, { error: 'Help text must be 1,000 characters or fewer' });

export const ZCreateQuestion = z.object({
  sectionId: ZId,
  type: z.enum(QUESTION_TYPES, { error: 'Choose a type of question' }),
  /** A sensible default is used for the type when left out. */
  title: ZQuestionTitle.optional(),
  /** Within the section; at the end when left out. */
  position: z.number().int().min(0).optional(),
  dimension: z.enum(PROFILE_DIMENSIONS).optional(),
});
export type CreateQuestion = z.infer<typeof ZCreateQuestion>;

/** An option as the builder sends it: existing options keep their key; new ones have none. */
export const ZEditedChoice = z.object({
  key: z.string().max(40).optional(),
  label: z
    .string()
    .trim()
    .min(1, { error: 'Enter the text of each option, or remove it' })
    .max(200, { error: 'Option text must be 200 characters or fewer' }),
});
export type EditedChoice = z.infer<typeof ZEditedChoice>;

const distinctLabels = (list: EditedChoice[] | undefined) =>
  !list || new Set(list.map((c) => c.label.trim().toLowerCase())).size === list.length;

export const ZUpdateQuestion = z.object({
  title: ZQuestionTitle.optional(),
  help: ZHelp.optional(),
  required: z.boolean().optional(),
  type: z.enum(QUESTION_TYPES, { error: 'Choose a type of question' }).optional(),
  options: z
    .array(ZEditedChoice)
    .max(50, { error: 'A question can have at most 50 options' })
    .refine(distinctLabels, { error: 'Two options have the same text' })
    .optional(),
  rows: z
    .array(ZEditedChoice)
    .max(30, { error: 'A matrix can have at most 30 statements' })
    .refine(distinctLabels, { error: 'Two statements have the same text' })
    .optional(),
  dimension: z.enum(PROFILE_DIMENSIONS, { error: 'Choose staff group, division or site' }).optional(),
  /** systems: the register's systems to ask about, in order (names are copied from the register). */
  systemIds: z
    .array(z.uuid({ error: 'Choose systems from the register' }))
    .min(1, { error: 'Choose at least one system' })
    .max(MAX_SYSTEMS_IN_QUESTION, { error: `Choose at most ${MAX_SYSTEMS_IN_QUESTION} systems: a longer list tires people out` })
    .optional(),
  showIf: ZShowIf.nullable().optional(),
});
export type UpdateQuestion = z.infer<typeof ZUpdateQuestion>;

/** What every change to sections and questions answers: the builder as it now is, and the record changed. */
export const ZBuilderResult = ZSurveyBuilder.extend({ changedId: ZId.nullable() });
export type BuilderResult = z.infer<typeof ZBuilderResult>;
