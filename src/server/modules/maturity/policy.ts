import { allow, can, EVERY_ROLE, type Role } from '../../platform/policy.js';

/*
 * Every member may read the organisation's maturity frameworks and assessments: they are a
 * shared picture of where the organisation stands, and carry nobody's personal views. The
 * people running the strategy work record assessments and keep the frameworks.
 */
allow(EVERY_ROLE, ['read'], 'maturity_framework');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'maturity_framework');
allow(EVERY_ROLE, ['read'], 'maturity_assessment');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'maturity_assessment');

export const frameworkAbilities = (role: Role, builtIn: boolean, assessmentCount: number) => ({
  // A built-in framework is read-only; copying it is how an organisation adapts it.
  update: !builtIn && can(role, 'update', 'maturity_framework'),
  delete: !builtIn && assessmentCount === 0 && can(role, 'delete', 'maturity_framework'),
  copy: can(role, 'create', 'maturity_framework'),
});

/** Nothing may change an assessment of an archived strategy until the strategy is restored. */
export const assessmentAbilities = (role: Role, status: 'draft' | 'complete', strategyArchived: boolean) => {
  const change = !strategyArchived && can(role, 'update', 'maturity_assessment');
  return {
    update: change,
    delete: !strategyArchived && can(role, 'delete', 'maturity_assessment'),
    complete: change && status === 'draft',
    reopen: change && status === 'complete',
  };
};

export const canCreateFramework = (role: Role) => can(role, 'create', 'maturity_framework');
export const canCreateAssessment = (role: Role) => can(role, 'create', 'maturity_assessment');
