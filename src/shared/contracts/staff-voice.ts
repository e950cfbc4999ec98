import { z } from 'zod';
import { ZId } from './common.js';
import { ZSafeCount } from './results.js';

/**
 * Staff voice on systems: what staff said, in a survey's systems question, about how well each
 * system supports their work (1–5), beside the architects' fit (1–4). Every count went through
 * the suppression function; a hidden count is `{ value: null, suppressed: true }` and a mean is
 * shown only where every count it is made from is shown.
 *
 * API (under /api/v1/orgs/:orgId):
 *   GET /systems/:systemId/staff-voice   → ZSystemStaffVoice
 *   GET /estate/disagreements            → ZEstateDisagreements
 */

export const ZStaffVoiceParams = z.object({ orgId: ZId, systemId: ZId });

const ZLevelCount = z.object({ level: z.number().int(), label: z.string(), count: ZSafeCount });

export const ZSupportBreakdown = z.object({
  /** People who use the system and rated it. */
  rated: ZSafeCount,
  mean: z.number().nullable(),
  distribution: z.array(ZLevelCount),
});
export type SupportBreakdown = z.infer<typeof ZSupportBreakdown>;

export const ZDisagreement = z.object({
  status: z.enum(['staff_lower', 'staff_higher', 'agree', 'no_fit', 'too_few_ratings']),
  basis: z.enum(['functional', 'technical']).nullable(),
  staffOnFitScale: z.number().nullable(),
  gap: z.number().nullable(),
  disagrees: z.boolean(),
});

export const ZSurveyStaffVoice = z.object({
  surveyId: ZId,
  title: z.string(),
  status: z.string(),
  /** Everyone who answered the survey (users and non-users of this system). */
  respondents: ZSafeCount,
  total: ZSupportBreakdown,
  byStaffGroup: z.array(ZSupportBreakdown.extend({ staffGroupId: z.string(), label: z.string() })),
  disagreement: ZDisagreement,
});
export type SurveyStaffVoice = z.infer<typeof ZSurveyStaffVoice>;

export const ZSystemStaffVoice = z.object({
  system: z.object({
    id: ZId,
    name: z.string(),
    functionalFit: z.number().int().nullable(),
    technicalFit: z.number().int().nullable(),
  }),
  /** The organisation's minimum group size in force: smaller groups are hidden. */
  threshold: z.number().int(),
  minRatingsToCompare: z.number().int(),
  surveys: z.array(ZSurveyStaffVoice),
});
export type SystemStaffVoice = z.infer<typeof ZSystemStaffVoice>;

export const ZEstateDisagreement = z.object({
  systemId: ZId,
  name: z.string(),
  functionalFit: z.number().int().nullable(),
  technicalFit: z.number().int().nullable(),
  surveyId: ZId,
  surveyTitle: z.string(),
  rated: z.number().int(),
  staffMean: z.number(),
  disagreement: ZDisagreement,
});
export type EstateDisagreement = z.infer<typeof ZEstateDisagreement>;

export const ZEstateDisagreements = z.object({
  threshold: z.number(),
  minRatingsToCompare: z.number().int(),
  systems: z.array(ZEstateDisagreement),
});
export type EstateDisagreements = z.infer<typeof ZEstateDisagreements>;
