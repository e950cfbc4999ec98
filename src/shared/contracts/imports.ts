import { z } from 'zod';
import { ZId } from './common.js';
import { QUESTION_TYPES } from './survey-definition.js';

/** Imports of survey results exported from other tools (Microsoft Forms, Google Forms, SurveyMonkey…). */

/** What the person chose for one inferred question, keyed by the question's first column. */
export const ZImportColumnChoice = z.object({
  column: z.number({ error: 'Column must be a number' }).int().min(0),
  skip: z.boolean().optional(),
  type: z.enum(QUESTION_TYPES, { error: 'Choose a question type from the list' }).optional(),
  /** Importing into an existing survey: the question this column's answers go to. */
  questionId: ZId.optional(),
});
export type ImportColumnChoice = z.infer<typeof ZImportColumnChoice>;

export const ZImportOptions = z.object({
  /** Import into this existing survey of the strategy; otherwise a new survey is created. */
  surveyId: ZId.optional(),
  /** Title of the survey created from the file (defaults to the file's name). */
  title: z.string().trim().min(1, { error: 'Enter a title for the survey' }).max(200, { error: 'The title must be 200 characters or fewer' }).optional(),
  /**
   * Identifying columns (email, name, IP address…) are dropped unless listed here, by column index;
   * never into an anonymous survey.
   */
  keepIdentifying: z.array(z.number().int().min(0)).max(200).default([]),
  /**
   * Creating a survey: whether it is anonymous. Left out, it is anonymous unless a column is kept;
   * true with a kept column is refused.
   */
  anonymous: z.boolean().optional(),
  columns: z.array(ZImportColumnChoice).max(1000).default([]),
  /** A staff group, division or site that matches none of the organisation's: a problem, or "not stated". */
  unmatchedProfile: z.enum(['problem', 'not_stated']).default('problem'),
});
export type ImportOptions = z.infer<typeof ZImportOptions>;

export const ZImportRequest = ZImportOptions.extend({
  fileName: z.string().trim().min(1, { error: 'Give the file name' }).max(255, { error: 'The file name must be 255 characters or fewer' }),
  /** The file's bytes, base64-encoded. */
  content: z.string({ error: 'Choose a file to import' }),
});
export type ImportRequest = z.infer<typeof ZImportRequest>;

export const ZImportProblem = z.object({
  /** Row number as a spreadsheet shows it (header rows included); null for a problem with the whole column or file. */
  row: z.number().int().nullable(),
  column: z.number().int().nullable(),
  columnTitle: z.string().nullable(),
  message: z.string(),
  /** Further rows with the same problem in the same column. */
  moreRows: z.number().int(),
  /** The problem as one sentence: `Row 212, column "…": …`. */
  text: z.string(),
});
export type ImportProblem = z.infer<typeof ZImportProblem>;

export const ZInferredQuestion = z.object({
  /** The question's first column: the key for choices. */
  column: z.number().int(),
  columns: z.array(z.number().int()),
  title: z.string(),
  type: z.enum(QUESTION_TYPES),
  inferredType: z.enum(QUESTION_TYPES),
  skipped: z.boolean(),
  /** How several chosen options are joined in one cell, when they are. */
  separator: z.string().nullable(),
  options: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
  rows: z.array(z.object({ key: z.string(), label: z.string() })),
  dimension: z.enum(['staff_group', 'division', 'site']).nullable(),
  /** Importing into an existing survey: the question the answers go to. */
  targetQuestionId: z.string().nullable(),
  answered: z.number().int(),
});
export type InferredQuestion = z.infer<typeof ZInferredQuestion>;

export const ZImportPreview = z.object({
  fileName: z.string(),
  sha256: z.string(),
  tool: z.string(),
  toolLabel: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  lineEnding: z.string().nullable(),
  headerRows: z.number().int(),
  rowCount: z.number().int(),
  header: z.array(z.string()),
  /** The first data rows as text; identifying cells that will be dropped are masked. */
  firstRows: z.array(z.array(z.string())),
  columns: z.array(z.object({ index: z.number().int(), header: z.string(), role: z.enum(['question', 'completed', 'meta', 'identifying']), reason: z.string().nullable() })),
  questions: z.array(ZInferredQuestion),
  identifying: z.array(z.object({ column: z.number().int(), title: z.string(), reason: z.string(), keep: z.boolean() })),
  completedColumn: z.number().int().nullable(),
  dateOrder: z.enum(['day-month-year', 'month-day-year']),
  problems: z.array(ZImportProblem),
  problemCount: z.number().int(),
  /**
   * Staff group, division and site answers that match none of the organisation's, counted
   * whichever way `unmatchedProfile` treats them (problems, or "not stated").
   */
  unmatchedProfileAnswers: z.number().int(),
  canImport: z.boolean(),
  target: z.object({ surveyId: z.string(), title: z.string(), anonymous: z.boolean() }).nullable(),
  duplicateOf: z.object({ surveyId: z.string(), surveyTitle: z.string(), importedAt: z.string() }).nullable(),
  /** Files larger than this run as a background job. */
  runsAsJob: z.boolean(),
});
export type ImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportDone = z.object({
  status: z.literal('done'),
  importId: ZId,
  surveyId: ZId,
  responses: z.number().int(),
  answers: z.number().int(),
});
export type ImportDone = z.infer<typeof ZImportDone>;

export const ZImportQueued = z.object({ status: z.literal('queued'), jobId: z.string(), organisationId: ZId });
export type ImportQueued = z.infer<typeof ZImportQueued>;

export const ZImportRecord = z.object({
  id: ZId,
  surveyId: ZId,
  surveyTitle: z.string(),
  fileName: z.string(),
  tool: z.string(),
  toolLabel: z.string(),
  rowCount: z.number().int(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export const ZImportHistory = z.object({ imports: z.array(ZImportRecord) });
