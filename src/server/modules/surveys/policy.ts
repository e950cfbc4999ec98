import { allow, can, EVERY_ROLE, type Role } from '../../platform/policy.js';

// Every member may see which surveys exist and what they ask: staff are the people asked.
// The strategy team and admins build, publish and close them.
allow(EVERY_ROLE, ['read'], 'survey');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete', 'manage'], 'survey');

/**
 * How many have answered, and which questions and choices have answers, are results in small:
 * only people who may read results, or who edit the survey (and must know what answers lock),
 * are told them.
 */
export function seesResponses(role: Role): boolean {
  return can(role, 'read', 'survey_result') || can(role, 'update', 'survey');
}

export interface SurveyState {
  status: 'draft' | 'open' | 'closed';
  responseCount: number;
  strategyArchived: boolean;
}

export function surveyAbilities(role: Role, state: SurveyState) {
  const manage = !state.strategyArchived && can(role, 'manage', 'survey');
  return {
    update: !state.strategyArchived && can(role, 'update', 'survey'),
    changeAnonymous: !state.strategyArchived && can(role, 'update', 'survey') && state.responseCount === 0,
    publish: manage && state.status === 'draft',
    close: manage && state.status === 'open',
    reopen: manage && state.status === 'closed',
    delete: !state.strategyArchived && can(role, 'delete', 'survey') && state.responseCount === 0,
    // The rule itself is the results module's (results/policy.ts); asked here so the web never copies it.
    readResults: state.status !== 'draft' && can(role, 'read', 'survey_result'),
  };
}
