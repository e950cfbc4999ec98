import { describe, expect, it } from 'vitest';
import {
  addMonths,
  capabilityOverlaps,
  contractTimeline,
  endOfMonthAfter,
  estateWarnings,
  financialQuarter,
  timeQuadrant,
  type AssessedSystem,
} from './estate-assessment.js';

const system = (overrides: Partial<AssessedSystem> = {}): AssessedSystem => ({
  id: 'id-1',
  name: 'PAS',
  lifecycle: 'active',
  criticality: 'medium',
  hosting: 'saas',
  businessOwner: 'COO',
  technicalOwner: null,
  contractEnd: null,
  annualCost: null,
  holdsPatientData: false,
  technicalFit: null,
  functionalFit: null,
  replacedById: null,
  capability: null,
  retiredAt: null,
  ...overrides,
});
const noWork = { systemsWithWorkInFlight: new Set<string>() };
const kinds = (s: AssessedSystem, today = '2026-06-15', context = noWork) => estateWarnings(s, context, today).map((w) => w.kind);

describe('timeQuadrant', () => {
  it.each([
    [4, 1, 'tolerate'],
    [3, 2, 'tolerate'],
    [3, 3, 'invest'],
    [4, 4, 'invest'],
    [2, 3, 'migrate'],
    [1, 4, 'migrate'],
    [2, 2, 'eliminate'],
    [1, 1, 'eliminate'],
  ] as const)('technical %i, functional %i is %s', (tech, func, quadrant) => {
    expect(timeQuadrant(tech, func)).toBe(quadrant);
  });
  it('is unknown until both fits are rated', () => {
    expect(timeQuadrant(null, 4)).toBeNull();
    expect(timeQuadrant(4, undefined)).toBeNull();
    expect(timeQuadrant(null, null)).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('clamps to the end of shorter months and handles leap days', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
  it('finds the last day of a later month', () => {
    expect(endOfMonthAfter('2026-06-15', 0)).toBe('2026-06-30');
    expect(endOfMonthAfter('2026-06-15', 35)).toBe('2029-05-31');
    expect(endOfMonthAfter('2027-11-02', 3)).toBe('2028-02-29');
  });
  it('puts months into NHS financial quarters', () => {
    expect(financialQuarter('2026-04-01')).toEqual({ key: '2026-Q1', label: 'Q1 2026/27' });
    expect(financialQuarter('2026-09-30')).toEqual({ key: '2026-Q2', label: 'Q2 2026/27' });
    expect(financialQuarter('2026-12-31')).toEqual({ key: '2026-Q3', label: 'Q3 2026/27' });
    expect(financialQuarter('2027-03-31')).toEqual({ key: '2026-Q4', label: 'Q4 2026/27' });
    expect(financialQuarter('2099-01-01')).toEqual({ key: '2098-Q4', label: 'Q4 2098/99' });
  });
});

describe('estateWarnings', () => {
  it('raises nothing for a healthy system', () => {
    expect(kinds(system({ contractEnd: '2030-01-01', technicalFit: 4, functionalFit: 4 }))).toEqual([]);
  });

  it('flags critical and high systems at end of life or being phased out, not medium ones', () => {
    expect(kinds(system({ criticality: 'critical', lifecycle: 'end_of_life' }))).toEqual(['critical_end_of_life']);
    expect(kinds(system({ criticality: 'high', lifecycle: 'phase_out' }))).toEqual(['critical_end_of_life']);
    expect(kinds(system({ criticality: 'medium', lifecycle: 'end_of_life' }))).toEqual([]);
    expect(kinds(system({ criticality: 'critical', lifecycle: 'active' }))).toEqual([]);
    expect(estateWarnings(system({ criticality: 'critical', lifecycle: 'end_of_life' }), noWork, '2026-06-15')[0]!.message).toBe(
      'PAS is a critical-criticality system at end of life.',
    );
  });

  it('counts a contract ending exactly 12 months ahead, or today, as ending soon; a day later is not', () => {
    expect(kinds(system({ contractEnd: '2027-06-15' }))).toEqual(['contract_ending_unplanned']);
    expect(kinds(system({ contractEnd: '2026-06-15' }))).toEqual(['contract_ending_unplanned']);
    expect(kinds(system({ contractEnd: '2027-06-16' }))).toEqual([]);
    // From a leap day, 12 months ahead is the 28th of February.
    expect(kinds(system({ contractEnd: '2025-02-28' }), '2024-02-29')).toEqual(['contract_ending_unplanned']);
    expect(kinds(system({ contractEnd: '2025-03-01' }), '2024-02-29')).toEqual([]);
  });

  it('is silenced by a planned replacement or a project in flight', () => {
    expect(kinds(system({ contractEnd: '2026-12-01', replacedById: 'id-2' }))).toEqual([]);
    expect(kinds(system({ contractEnd: '2026-12-01' }), '2026-06-15', { systemsWithWorkInFlight: new Set(['id-1']) })).toEqual([]);
    expect(kinds(system({ contractEnd: '2026-12-01' }), '2026-06-15', { systemsWithWorkInFlight: new Set(['other']) })).toEqual([
      'contract_ending_unplanned',
    ]);
  });

  it('says when a contract ended yesterday, even with a plan', () => {
    expect(kinds(system({ contractEnd: '2026-06-14', replacedById: 'id-2' }))).toEqual(['contract_ended']);
  });

  it('raises nothing for retired systems or systems without dates', () => {
    expect(kinds(system({ contractEnd: '2020-01-01', criticality: 'critical', lifecycle: 'end_of_life', retiredAt: '2026-01-01T00:00:00Z' }))).toEqual([]);
    expect(kinds(system({ contractEnd: null }))).toEqual([]);
  });

  it('names what is missing about patient data', () => {
    const message = (s: AssessedSystem) => estateWarnings(s, noWork, '2026-06-15').map((w) => w.message);
    expect(message(system({ holdsPatientData: true, hosting: null }))).toEqual(['PAS holds patient data but its hosting is not recorded.']);
    expect(message(system({ holdsPatientData: true, businessOwner: null }))).toEqual(['PAS holds patient data but its owner is not recorded.']);
    expect(message(system({ holdsPatientData: true, businessOwner: null, hosting: null }))).toEqual([
      'PAS holds patient data but its hosting and owner are not recorded.',
    ]);
    expect(kinds(system({ holdsPatientData: true, businessOwner: null, technicalOwner: 'IT' }))).toEqual([]);
    expect(kinds(system({ holdsPatientData: false, hosting: null, businessOwner: null }))).toEqual([]);
  });

  it('flags Eliminate systems still active without a plan', () => {
    expect(kinds(system({ technicalFit: 2, functionalFit: 1 }))).toEqual(['eliminate_unplanned']);
    expect(kinds(system({ technicalFit: 2, functionalFit: 1, lifecycle: 'phase_out' }))).toEqual([]);
    expect(kinds(system({ technicalFit: 2, functionalFit: 1, replacedById: 'x' }))).toEqual([]);
    expect(kinds(system({ technicalFit: 2, functionalFit: 3 }))).toEqual([]);
  });
});

describe('contractTimeline', () => {
  const systems = [
    system({ id: 'a', name: 'Alpha', contractEnd: '2026-06-15', annualCost: 1000 }),
    system({ id: 'b', name: 'Beta', contractEnd: '2026-06-14', annualCost: 5 }), // ended yesterday
    system({ id: 'c', name: 'Gamma', contractEnd: '2029-05-31', annualCost: 200 }), // last day of the window
    system({ id: 'd', name: 'Delta', contractEnd: '2029-06-01', annualCost: 7 }), // just outside
    system({ id: 'e', name: 'Epsilon', contractEnd: '2026-07-01', annualCost: null }),
    system({ id: 'f', name: 'Zeta', contractEnd: '2026-07-02', annualCost: 50, retiredAt: '2026-01-01T00:00:00Z' }),
    system({ id: 'g', name: 'Eta', contractEnd: null, annualCost: 9 }),
  ];

  it('lists 36 months from today, with financial quarters, totals and nothing outside the window', () => {
    const timeline = contractTimeline(systems, '2026-06-15');
    expect(timeline.to).toBe('2029-05-31');
    expect(timeline.months).toHaveLength(36);
    expect(timeline.months[0]).toMatchObject({ key: '2026-06', label: 'June 2026', annualCost: 1000 });
    expect(timeline.months[1]!.systems.map((s) => s.name)).toEqual(['Epsilon']);
    expect(timeline.months[1]!.annualCost).toBe(0);
    expect(timeline.months[35]).toMatchObject({ key: '2029-05', annualCost: 200 });
    expect(timeline.quarters[0]).toMatchObject({ key: '2026-Q1', annualCost: 1000 });
    expect(timeline.quarters.at(-1)).toMatchObject({ key: '2029-Q1', annualCost: 200 });
    expect(timeline.quarters.find((q) => q.key === '2026-Q2')!.systems.map((s) => s.id)).toEqual(['e']);
    expect(timeline.totalAnnualCost).toBe(1200);
  });

  it('takes a shorter window', () => {
    const timeline = contractTimeline(systems, '2026-06-15', 1);
    expect(timeline.months.map((m) => m.key)).toEqual(['2026-06']);
    expect(timeline.totalAnnualCost).toBe(1000);
  });
});

describe('capabilityOverlaps', () => {
  it('finds capabilities with two or more live systems, ignoring case, planned and retired systems', () => {
    const overlaps = capabilityOverlaps([
      system({ id: '1', name: 'Dictate B', capability: 'Dictation' }),
      system({ id: '2', name: 'Dictate A', capability: ' dictation ' }),
      system({ id: '3', name: 'Dictate C', capability: 'DICTATION', lifecycle: 'plan' }),
      system({ id: '4', name: 'PACS', capability: 'Imaging' }),
      system({ id: '5', name: 'Old PACS', capability: 'Imaging', retiredAt: '2025-01-01T00:00:00Z' }),
      system({ id: '6', name: 'No capability', capability: null }),
      system({ id: '7', name: 'Also none', capability: '  ' }),
    ]);
    expect(overlaps).toEqual([{ capability: 'Dictation', systems: [{ id: '2', name: 'Dictate A' }, { id: '1', name: 'Dictate B' }] }]);
  });
});
