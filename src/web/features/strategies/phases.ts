import type { Phase } from '../../../shared/contracts/strategies.js';

/** What each Double Diamond phase means for a trust's digital strategy. */
export const PHASE_HINTS: Record<Phase, string> = {
  discover: 'Listen widely: interview leaders, run workshops and surveys with staff, and review the current digital estate.',
  define: 'Make sense of what you heard: tag the evidence, find the themes and agree the insights.',
  develop: 'Shape the response: vision, priorities, programmes and a roadmap, each traced back to the evidence.',
  deliver: 'Consult, get sign-off, publish the strategy and report progress against its measures.',
};
