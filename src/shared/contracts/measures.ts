import { z } from 'zod';
import { ZCalendarDate } from '../calendar-date.js';
import { hasControlCharacters, ZId, ZOneLine } from './common.js';

export const MEASURE_NAME_MAX = 200;
export const MEASURE_UNIT_MAX = 60;
export const MEASURE_NOTE_MAX = 500;
export const MEASURE_DIRECTIONS = ['up', 'down'] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];
export const MEASURE_SOURCE_KINDS = ['manual', 'survey', 'maturity'] as const;
export type MeasureSourceKind = (typeof MEASURE_SOURCE_KINDS)[number];
/** Question types whose answers can be counted as "the share who said so". */
export const BINDABLE_QUESTION_TYPES = ['single_choice', 'likert', 'multiple_choice', 'rating'] as const;
export const MEASURE_STATUSES = ['target_met', 'on_track', 'not_yet', 'no_data'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const MEASURE_STATUS_WORDS: Record<MeasureStatus, string> = {
  target_met: 'Target met',
  on_track: 'On track',
  not_yet: 'Not yet on track',
  no_data: 'No values yet',
};
export const DIRECTION_WORDS: Record<MeasureDirection, string> = { up: 'Higher is better', down: 'Lower is better' };
/** Shown in place of a survey wave's value when too few answered for it to be shown. */
export const TOO_FEW_ANSWERS = 'Too few answers to show';

export const ZMeasureParams = z.object({ measureId: ZId });
export const ZMeasureValueParams = z.object({ measureId: ZId, valueId: ZId });

const ZUnit = z
  .string({ error: 'Enter a unit, like % of staff or minutes' })
  .trim()
  .min(1, { error: 'Enter a unit, like % of staff or minutes' })
  .max(MEASURE_UNIT_MAX, { error: `The unit must be ${MEASURE_UNIT_MAX} characters or fewer` })
  .refine((v) => !hasControlCharacters(v), { error: 'The unit must be on one line, without tabs' });
const ZNote = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(MEASURE_NOTE_MAX, { error: `${what} must be ${MEASURE_NOTE_MAX} characters or fewer` })
    .refine((v) => !hasControlCharacters(v), { error: `${what} must be on one line, without tabs` })
    .default('');
const ZValue = (what: string) =>
  z
    .number({ error: `Enter the ${what} as a number, like 55 or 12.5` })
    .refine(Number.isFinite, { error: `Enter the ${what} as a number, like 55 or 12.5` })
    .refine((v) => Math.abs(v) < 1e12, { error: `The ${what} is too large` });

/** How a number is written in messages: as typed, without trailing zeros. */
export const formatMeasureNumber = (value: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);

export const ZMeasureInput = z
  .object({
    priorityId: ZId.nullable().default(null),
    initiativeId: ZId.nullable().default(null),
    name: ZOneLine('a name for the measure', MEASURE_NAME_MAX),
    unit: ZUnit,
    direction: z.enum(MEASURE_DIRECTIONS, { error: 'Choose whether higher or lower is better' }),
    baselineValue: ZValue('baseline').nullable().default(null),
    baselineOn: ZCalendarDate('baseline').nullable().default(null),
    baselineSource: ZNote('The source of the baseline'),
    targetValue: ZValue('target').nullable().default(null),
    targetOn: ZCalendarDate('target').nullable().default(null),
    source: z.enum(MEASURE_SOURCE_KINDS, { error: 'Choose where the values come from' }).default('manual'),
    surveyQuestionId: ZId.nullable().default(null),
    countedAnswers: z.array(z.string().min(1).max(40)).max(20, { error: 'Choose 20 answers or fewer' }).default([]),
    maturityMeasureId: ZId.nullable().default(null),
  })
  .superRefine((m, issue) => {
    if ((m.priorityId === null) === (m.initiativeId === null)) {
      issue.addIssue({ code: 'custom', path: ['owner'], message: 'Choose the one priority or initiative this measure belongs to' });
    }
    if (m.baselineValue !== null && m.targetValue !== null) {
      const [target, baseline] = [formatMeasureNumber(m.targetValue), formatMeasureNumber(m.baselineValue)];
      if (m.direction === 'up' && m.targetValue <= m.baselineValue) {
        issue.addIssue({ code: 'custom', path: ['targetValue'], message: `Higher is better for this measure, so the target (${target}) must be above the baseline (${baseline})` });
      }
      if (m.direction === 'down' && m.targetValue >= m.baselineValue) {
        issue.addIssue({ code: 'custom', path: ['targetValue'], message: `Lower is better for this measure, so the target (${target}) must be below the baseline (${baseline})` });
      }
    }
    if (m.baselineOn && m.targetOn && m.targetOn <= m.baselineOn) {
      issue.addIssue({ code: 'custom', path: ['targetOn'], message: 'The target date must be after the baseline date' });
    }
    if (m.source === 'survey') {
      if (!m.surveyQuestionId) issue.addIssue({ code: 'custom', path: ['surveyQuestionId'], message: 'Choose the survey question this measure follows' });
      if (m.countedAnswers.length === 0) issue.addIssue({ code: 'custom', path: ['countedAnswers'], message: 'Choose the answers that count, like Agree and Strongly agree' });
    }
    if (m.source === 'maturity' && !m.maturityMeasureId) {
      issue.addIssue({ code: 'custom', path: ['maturityMeasureId'], message: 'Choose the What Good Looks Like measure this follows' });
    }
  });
export type MeasureInput = z.infer<typeof ZMeasureInput>;

export const ZMeasureValueInput = z.object({
  value: ZValue('value'),
  recordedOn: ZCalendarDate('value'),
  source: ZNote('The source'),
  note: ZNote('The note'),
});
export type MeasureValueInput = z.infer<typeof ZMeasureValueInput>;

const ZDayView = z.object({ on: z.string(), label: z.string() });
export const ZMeasurePoint = z.object({
  /** The typed-in value's id (so it can be deleted); null for values read from a survey or an assessment. */
  valueId: ZId.nullable(),
  on: z.string(),
  onLabel: z.string(),
  /** Null when suppressed: a wave with too few answers never shows a number. */
  value: z.number().nullable(),
  suppressed: z.boolean(),
  /** Where the value comes from: "Staff survey — wave 2", an assessment's title, or the source typed in. */
  label: z.string(),
  note: z.string(),
});
export type MeasurePoint = z.infer<typeof ZMeasurePoint>;

export const ZMeasureSummary = z.object({
  id: ZId,
  name: z.string(),
  unit: z.string(),
  direction: z.enum(MEASURE_DIRECTIONS),
  directionWords: z.string(),
  source: z.enum(MEASURE_SOURCE_KINDS),
  priorityId: ZId.nullable(),
  initiativeId: ZId.nullable(),
  ownerLabel: z.string(),
  baseline: z.object({ value: z.number().nullable(), on: ZDayView.nullable(), source: z.string(), fromFirstWave: z.boolean() }),
  target: z.object({ value: z.number().nullable(), on: ZDayView.nullable() }),
  latest: z.object({ value: z.number(), on: ZDayView }).nullable(),
  /** From baseline (0) to target (1); below 0 when it went the wrong way, above 1 past the target. */
  progress: z.number().nullable(),
  status: z.enum(MEASURE_STATUSES),
  statusWords: z.string(),
});
export type MeasureSummary = z.infer<typeof ZMeasureSummary>;

export const ZMeasureGroup = z.object({
  kind: z.enum(['priority', 'initiative']),
  id: ZId,
  title: z.string(),
  /** For an initiative: the priority its programme serves. */
  priorityTitle: z.string().nullable(),
  measures: z.array(ZMeasureSummary),
});

const ZChoice = z.object({ key: z.string(), label: z.string() });
export const ZMeasureChoices = z.object({
  owners: z.array(z.object({ kind: z.enum(['priority', 'initiative']), id: ZId, label: z.string() })),
  surveyQuestions: z.array(z.object({ id: ZId, surveyTitle: z.string(), title: z.string(), type: z.string(), answers: z.array(ZChoice) })),
  maturityMeasures: z.array(z.object({ id: ZId, label: z.string() })),
});
export type MeasureChoices = z.infer<typeof ZMeasureChoices>;

export const ZMeasureList = z.object({
  groups: z.array(ZMeasureGroup),
  choices: ZMeasureChoices,
  can: z.object({ create: z.boolean() }),
});
export type MeasureList = z.infer<typeof ZMeasureList>;

export const ZMeasureDetail = ZMeasureSummary.extend({
  strategyId: ZId,
  baselineSource: z.string(),
  surveyQuestionId: ZId.nullable(),
  countedAnswers: z.array(z.string()),
  maturityMeasureId: ZId.nullable(),
  /** What the values follow, in words: the question and counted answers, or the maturity measure. */
  boundTo: z.string().nullable(),
  series: z.array(ZMeasurePoint),
  can: z.object({ update: z.boolean(), delete: z.boolean(), addValue: z.boolean() }),
});
export type MeasureDetail = z.infer<typeof ZMeasureDetail>;
