import { describe, expect, it } from 'vitest';
import type { Phase, StrategyOverview } from '../../../shared/contracts/strategies.js';
import { unfinishedBeforeMoving } from './phases.js';

const overview = (phase: Phase): StrategyOverview => ({
  strategy: {
    id: '00000000-0000-4000-8000-000000000001',
    organisationId: '00000000-0000-4000-8000-000000000002',
    name: 'Digital strategy',
    startYear: 2026,
    endYear: 2029,
    phase,
    archived: false,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    can: { update: true, archive: true },
  },
  checklist: [
    {
      phase: 'discover',
      items: [
        { id: 'interviews', label: 'Interview leaders', done: true, hint: '' },
        { id: 'survey', label: 'Run a staff survey', done: false, hint: 'Publish a survey' },
        { id: 'estate', label: 'Review the estate', done: false, hint: 'Add systems' },
      ],
    },
    { phase: 'define', items: [] },
  ],
});

describe('unfinishedBeforeMoving', () => {
  it('lists the current phase’s items not done when moving on', () => {
    expect(unfinishedBeforeMoving(overview('discover'), 'define').map((i) => i.label)).toEqual(['Run a staff survey', 'Review the estate']);
    expect(unfinishedBeforeMoving(overview('discover'), 'deliver')).toHaveLength(2);
  });

  it('asks nothing when going back or staying put', () => {
    expect(unfinishedBeforeMoving(overview('define'), 'discover')).toEqual([]);
    expect(unfinishedBeforeMoving(overview('discover'), 'discover')).toEqual([]);
  });

  it('asks nothing when the current phase has nothing left to do', () => {
    expect(unfinishedBeforeMoving(overview('define'), 'develop')).toEqual([]);
  });
});
