import { z } from 'zod';
import { ZId, ZRole } from './common.js';

/**
 * What a member can take part in, and what came of earlier rounds: the home page of staff and
 * senior leaders. Never editor detail (no counts of invitations sent, no costs, no admin links).
 */

/** How this person reaches a survey's staff pages. Never another person's link. */
export const ZHowToTakePart = z.discriminatedUnion('kind', [
  /** The survey's open link (a path on this site); some also ask for the access code on the poster. */
  z.object({ kind: z.literal('open_link'), path: z.string(), needsAccessCode: z.boolean() }),
  /** Only personal invitations: theirs went to their email address. */
  z.object({ kind: z.literal('invitation'), email: z.string() }),
]);

export const ZOpenSurvey = z.object({
  id: ZId,
  strategyId: ZId,
  title: z.string(),
  closesAt: z.string().nullable(),
  howToTakePart: ZHowToTakePart,
});

export const ZEarlierSurvey = z.object({
  id: ZId,
  strategyId: ZId,
  title: z.string(),
  /** The day it stopped taking answers (ISO date-time). */
  closedAt: z.string(),
  /** Only for roles that may read results; otherwise null. */
  results: z.object({ responses: z.number().int() }).nullable(),
});

export const ZParticipationWorkshop = z.object({
  id: ZId,
  strategyId: ZId,
  title: z.string(),
  heldOn: z.string(),
  department: z.string().nullable(),
  facilitator: z.string().nullable(),
});

export const ZParticipationInterview = z.object({
  id: ZId,
  strategyId: ZId,
  strategyName: z.string(),
  intervieweeRole: z.string(),
  heldOn: z.string(),
  /** The interviewee's recorded name is this person's name. */
  withYou: z.boolean(),
});

export const ZParticipation = z.object({
  role: ZRole,
  openSurveys: z.array(ZOpenSurvey),
  upcomingWorkshops: z.array(ZParticipationWorkshop),
  earlierSurveys: z.array(ZEarlierSurvey),
  earlierWorkshops: z.array(ZParticipationWorkshop),
  /** Null for roles that may not read interviews (staff). */
  interviews: z.array(ZParticipationInterview).nullable(),
  can: z.object({ readResults: z.boolean() }),
});

export type HowToTakePart = z.infer<typeof ZHowToTakePart>;
export type OpenSurvey = z.infer<typeof ZOpenSurvey>;
export type EarlierSurvey = z.infer<typeof ZEarlierSurvey>;
export type ParticipationWorkshop = z.infer<typeof ZParticipationWorkshop>;
export type ParticipationInterview = z.infer<typeof ZParticipationInterview>;
export type Participation = z.infer<typeof ZParticipation>;
