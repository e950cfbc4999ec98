import { z } from 'zod';
import { ZId } from './common.js';
import { EVIDENCE_SOURCE_KEYS, SENTIMENT_KEYS, ZEvidenceFilter, ZQuote } from './evidence.js';

export const THEME_RUN_STATUS_KEYS = ['queued', 'running', 'done', 'failed'] as const;
export const THEME_SUGGESTION_STATUS_KEYS = ['open', 'accepted', 'dismissed', 'merged', 'split'] as const;
export const THEMES_MIN = 2;
export const THEMES_MAX = 30;

const ZThemeCount = z.coerce
  .number({ error: 'must be a number of themes' })
  .int({ error: 'must be a whole number of themes' })
  .min(THEMES_MIN, { error: `must be at least ${THEMES_MIN}` })
  .max(THEMES_MAX, { error: `must be ${THEMES_MAX} or fewer` });

/**
 * Which evidence to group: a library filter, or the shortcut of one survey question or one kind
 * of evidence. With none, the whole library is grouped.
 */
export const ZStartThemeRun = z.object({
  filter: ZEvidenceFilter.optional(),
  questionId: ZId.optional(),
  source: z.enum(EVIDENCE_SOURCE_KEYS, { error: 'must be a kind of evidence such as survey_answer or sticky_note' }).optional(),
  themes: ZThemeCount.optional(),
  seed: z.number().int({ error: 'must be a whole number' }).min(0).max(2_147_483_647).optional(),
});
export type StartThemeRun = z.infer<typeof ZStartThemeRun>;

export const ZRerunThemes = z.object({ themes: ZThemeCount });
export const ZRenameSuggestion = z.object({
  label: z.string({ error: 'Enter a name for the theme' }).trim().min(1, { error: 'Enter a name for the theme' }).max(80, { error: 'A theme name must be 80 characters or fewer' }),
});
export const ZAcceptSuggestion = z.object({ label: ZRenameSuggestion.shape.label.optional() });
export const ZAccepted = z.object({ tagId: ZId, applied: z.number().int() });
export const ZMergeSuggestion = z.object({ intoId: ZId });
export const ZRunParams = z.object({ runId: ZId });
export const ZSuggestionParams = z.object({ suggestionId: ZId });

/** Started run: its id, and the background job to poll for progress. */
export const ZThemeRunStarted = z.object({ id: ZId, jobId: z.string().nullable(), itemCount: z.number().int() });

export const ZThemeRunSummary = z.object({
  id: ZId,
  strategyId: ZId,
  scopeLabel: z.string(),
  status: z.enum(THEME_RUN_STATUS_KEYS),
  jobId: z.string().nullable(),
  itemCount: z.number().int(),
  requestedThemes: z.number().int().nullable(),
  seed: z.number().int(),
  splitOfSuggestionId: ZId.nullable(),
  message: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ThemeRunSummary = z.infer<typeof ZThemeRunSummary>;
export const ZThemeRunList = z.object({ runs: z.array(ZThemeRunSummary) });

/** A count of members per group; groups too small to name are folded into "other". */
export const ZSpread = z.object({
  groups: z.array(z.object({ name: z.string(), count: z.number().int() })),
  /** Members whose group is not shown (too small overall, or too few in this theme to name). */
  other: z.number().int(),
});
export type Spread = z.infer<typeof ZSpread>;

export const ZThemeSuggestion = z.object({
  id: ZId,
  position: z.number().int(),
  label: z.string(),
  keywords: z.array(z.string()),
  status: z.enum(THEME_SUGGESTION_STATUS_KEYS),
  tagId: ZId.nullable(),
  mergedIntoId: ZId.nullable(),
  size: z.number().int(),
  quotes: z.array(ZQuote),
  divisions: ZSpread,
  staffGroups: ZSpread,
  sentiment: z.record(z.enum([...SENTIMENT_KEYS, 'unknown']), z.number().int()),
});
export type ThemeSuggestionView = z.infer<typeof ZThemeSuggestion>;

export const ZThemeRun = ZThemeRunSummary.extend({
  suggestions: z.array(ZThemeSuggestion),
  /** Items that fitted no theme well (masked quotes). */
  unfitted: z.array(ZQuote),
  can: z.object({ change: z.boolean() }),
});
export type ThemeRun = z.infer<typeof ZThemeRun>;
