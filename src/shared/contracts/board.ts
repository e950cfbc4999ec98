import { z } from 'zod';
import { ZId } from './common.js';
import { ZEvidenceFilter, ZQuote } from './evidence.js';
import { STRENGTH_LEVELS } from './insights.js';

/** A board holds at most this many cards: beyond it nobody can sort them by eye. */
export const BOARD_CARD_LIMIT = 1_000;
/** Cards drawn per pile at first; the page asks for more when someone wants them. */
export const BOARD_PILE_PAGE = 60;
export const CLUSTER_NAME_MAX = 300;

const ZClusterName = z
  .string({ error: 'Enter a name for the cluster' })
  .trim()
  .min(1, { error: 'Enter a name for the cluster' })
  .max(CLUSTER_NAME_MAX, { error: `Cluster name must be ${CLUSTER_NAME_MAX} characters or fewer` });

export const ZClusterParams = z.object({ clusterId: ZId });
export const ZBoardCardParams = z.object({ strategyId: ZId, evidenceId: ZId });

export const ZBoardQuery = z.object({
  /** How many cards of each pile to draw; every pile says how many it holds in all. */
  perPile: z.coerce.number().int().min(1, { error: 'must be 1 or more' }).max(BOARD_CARD_LIMIT).default(BOARD_PILE_PAGE),
});

/** Either the evidence library's filter (every item it finds) or chosen items. */
export const ZAddCards = z.union([
  z.object({ evidenceIds: z.array(ZId).min(1, { error: 'Choose at least one piece of evidence' }).max(BOARD_CARD_LIMIT, { error: `must name ${BOARD_CARD_LIMIT.toLocaleString('en-GB')} items or fewer` }) }),
  z.object({ filter: ZEvidenceFilter }),
], { error: 'Send either evidenceIds (a list of evidence items) or filter (the evidence library\'s search and filters)' });
export type AddCards = z.infer<typeof ZAddCards>;

export const ZAddCardsResult = z.object({
  added: z.number().int(),
  /** Already on the board, so not added twice. */
  alreadyOnBoard: z.number().int(),
  /** Interview notes whose leader agreed to notes only: the team may read them but not quote them. */
  notQuotable: z.number().int(),
});

export const ZCreateCluster = z.object({ name: ZClusterName });
export const ZUpdateCluster = z.object({
  name: ZClusterName.optional(),
  /** Where the cluster goes among the clusters, from 0; beyond the end means last. */
  position: z.number().int().min(0, { error: 'must be 0 or more' }).optional(),
});

export const ZMoveCard = z.object({
  evidenceId: ZId,
  /** The cluster to move into, or null for the unsorted pile. */
  clusterId: ZId.nullable(),
  /** Where in the pile, from 0; beyond the end means last. */
  position: z.number().int().min(0, { error: 'must be 0 or more' }),
});
export type MoveCard = z.infer<typeof ZMoveCard>;

export const ZBoardCard = z.object({ quote: ZQuote });
export type BoardCard = z.infer<typeof ZBoardCard>;

const ZPile = { total: z.number().int(), cards: z.array(ZBoardCard) };

export const ZClusterInsight = z.object({
  id: ZId,
  statement: z.string(),
  strength: z.object({ level: z.enum(STRENGTH_LEVELS), items: z.number().int(), sourceKinds: z.number().int() }),
});

export const ZBoardCluster = z.object({
  id: ZId,
  name: z.string(),
  position: z.number().int(),
  insight: ZClusterInsight.nullable(),
  ...ZPile,
});
export type BoardCluster = z.infer<typeof ZBoardCluster>;

export const ZBoard = z.object({
  strategyId: ZId,
  unsorted: z.object(ZPile),
  clusters: z.array(ZBoardCluster),
  totalCards: z.number().int(),
  limit: z.number().int(),
  perPile: z.number().int(),
  can: z.object({ change: z.boolean(), makeInsight: z.boolean() }),
});
export type Board = z.infer<typeof ZBoard>;

export const ZClusterCreated = z.object({ id: ZId });
export const ZMadeInsight = z.object({ insightId: ZId, created: z.boolean() });
