import { PHASES, type Phase, type StrategyOverview } from '../../../shared/contracts/strategies.js';

/** What each Double Diamond phase means for a trust's digital strategy. */
export const PHASE_HINTS: Record<Phase, string> = {
  discover: 'Listen widely: interview leaders, run workshops and surveys with staff, and review the current digital estate.',
  define: 'Make sense of what you heard: tag the evidence, find the themes and agree the insights.',
  develop: 'Shape the response: vision, priorities, programmes and a roadmap, each traced back to the evidence.',
  deliver: 'Consult, get sign-off, publish the strategy and report progress against its measures.',
};

/**
 * Phases whose tools Chorus has only in part. Their pages say so plainly, with what is there and
 * what a team can do meanwhile, rather than showing an empty section or promising what is not.
 */
export const PHASES_TO_COME: Partial<Record<Phase, string>> = {
  // Define's, Develop's and Deliver's tools are built and linked under their headings on the strategy page.
};

/**
 * Checklist items left to do in the phase the strategy is in, when it moves on to a later
 * phase: the team is asked to confirm before leaving them. Going back to an earlier phase
 * (the method iterates) or staying put asks nothing.
 */
export function unfinishedBeforeMoving(overview: StrategyOverview, to: Phase): StrategyOverview['checklist'][number]['items'] {
  const from = overview.strategy.phase;
  if (PHASES.indexOf(to) <= PHASES.indexOf(from)) return [];
  return overview.checklist.find((c) => c.phase === from)?.items.filter((item) => !item.done) ?? [];
}
