import { z } from 'zod';
import { ZId, ZRole } from './common.js';
import { ZQuote } from './evidence.js';
import { ZStrength, INSIGHT_STATUS_KEYS } from './insights.js';
import { ZSafeCount } from './results.js';

export const REACTION_KEYS = ['agree', 'surprised', 'disagree'] as const;
export type ReactionKey = (typeof REACTION_KEYS)[number];
export const REACTION_LABELS: Record<ReactionKey, string> = {
  agree: 'I agree',
  surprised: 'This surprises me',
  disagree: 'I disagree',
};
/** How a count of reactions reads: "2 agree, 1 surprised, 0 disagree". */
export const REACTION_WORDS: Record<ReactionKey, string> = { agree: 'agree', surprised: 'surprised', disagree: 'disagree' };
export const PLAYBACK_INTRO_MAX = 20_000;
export const REACTION_COMMENT_MAX = 2_000;

export const ZUpdatePlayback = z.object({
  intro: z.string().max(PLAYBACK_INTRO_MAX, { error: `The introduction must be ${PLAYBACK_INTRO_MAX.toLocaleString('en-GB')} characters or fewer` }),
});
export type UpdatePlayback = z.infer<typeof ZUpdatePlayback>;

export const ZReactionBody = z.object({
  reaction: z.enum(REACTION_KEYS, { error: 'Choose whether you agree, are surprised or disagree' }),
  comment: z
    .string()
    .trim()
    .max(REACTION_COMMENT_MAX, { error: `Your comment must be ${REACTION_COMMENT_MAX.toLocaleString('en-GB')} characters or fewer` })
    .default(''),
});
export type ReactionBody = z.infer<typeof ZReactionBody>;

export const ZReactionCounts = z.object({ agree: z.number().int(), surprised: z.number().int(), disagree: z.number().int() });
export type ReactionCounts = z.infer<typeof ZReactionCounts>;

export const ZReaction = z.object({
  reaction: z.enum(REACTION_KEYS),
  comment: z.string(),
  updatedAt: z.string(),
});

/** What the team sees of each reaction: who (name and role), what and why. */
export const ZNamedReaction = ZReaction.extend({ name: z.string(), role: ZRole });

export const ZPlaybackInsight = z.object({
  id: ZId,
  statement: z.string(),
  status: z.enum(INSIGHT_STATUS_KEYS),
  strength: ZStrength,
  /** Representative quotes, masked and suppressed like every quote: leaders' and staff's side by side. */
  voices: z.object({ leaders: ZQuote.nullable(), staff: ZQuote.nullable(), leaderCount: z.number().int(), staffCount: z.number().int() }),
  reactions: z.object({
    counts: ZReactionCounts,
    /** The signed-in person's own reaction, if any. */
    mine: ZReaction.nullable(),
    /** Every reaction with its author: the team only (null for leaders). */
    all: z.array(ZNamedReaction).nullable(),
  }),
});
export type PlaybackInsight = z.infer<typeof ZPlaybackInsight>;

export const ZChartBar = z.object({ label: z.string(), count: ZSafeCount, percent: z.number().nullable() });
export type ChartBar = z.infer<typeof ZChartBar>;
/** One closed question of a survey, as the results show it to everyone who may read results. */
export const ZPlaybackChart = z.object({
  surveyId: ZId,
  surveyTitle: z.string(),
  questionId: ZId,
  title: z.string(),
  respondents: ZSafeCount,
  bars: z.array(ZChartBar),
});
export type PlaybackChart = z.infer<typeof ZPlaybackChart>;

export const ZPlaybackGroup = z.object({ staffGroup: z.string(), division: z.string() });
export const ZPlaybackCoverage = z.object({
  surveyId: ZId,
  title: z.string(),
  responses: ZSafeCount,
  headcount: z.number().int().nullable(),
  rate: z.number().nullable(),
  /** Groups (by label) the shown figures prove have not been heard from at all. */
  neverHeard: z.array(ZPlaybackGroup),
  /** Groups the shown figures prove are below the target rate. */
  belowTarget: z.array(ZPlaybackGroup),
  targetRate: z.number(),
});
export type PlaybackCoverage = z.infer<typeof ZPlaybackCoverage>;

export const ZPlayback = z.object({
  strategy: z.object({ id: ZId, name: z.string() }),
  intro: z.string(),
  shared: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
  threshold: z.number().int(),
  heard: z.object({
    /** Pieces of evidence in the library, by kind of source. */
    evidence: z.object({ survey: z.number().int(), interview: z.number().int(), workshop: z.number().int(), system: z.number().int() }),
    surveys: z.array(z.object({ id: ZId, title: z.string(), status: z.string(), responses: ZSafeCount })),
    interviews: z.number().int(),
    workshops: z.number().int(),
  }),
  coverage: z.array(ZPlaybackCoverage),
  insights: z.array(ZPlaybackInsight),
  charts: z.array(ZPlaybackChart),
  estate: z.object({
    systems: z.number().int(),
    time: z.object({ invest: z.number().int(), tolerate: z.number().int(), migrate: z.number().int(), eliminate: z.number().int(), unrated: z.number().int() }),
    /** Live systems whose contract ends in the next 12 months, soonest first. */
    contractsEnding: z.array(z.object({ id: ZId, name: z.string(), contractEnd: z.string() })),
  }),
  maturity: z
    .object({
      title: z.string(),
      framework: z.string(),
      assessedOn: z.string(),
      max: z.number().int(),
      measures: z.array(z.object({ name: z.string(), score: z.number().int().nullable() })),
    })
    .nullable(),
  can: z.object({ update: z.boolean(), share: z.boolean(), react: z.boolean(), seeReactions: z.boolean() }),
});
export type Playback = z.infer<typeof ZPlayback>;

/** A shared playback waiting for the signed-in leader: the home page lists it. */
export const ZWaitingPlaybacks = z.object({
  playbacks: z.array(z.object({ strategyId: ZId, strategyName: z.string(), sharedAt: z.string(), insights: z.number().int(), reacted: z.number().int() })),
});
export type WaitingPlaybacks = z.infer<typeof ZWaitingPlaybacks>;
