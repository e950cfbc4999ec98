import type { Criticality, Hosting, Lifecycle, TimeQuadrant } from './contracts/estate.js';

/**
 * The estate's assessment rules, shared by the server (overview, list filters) and the web (the
 * same words on every screen). Pure functions over ISO calendar dates (`YYYY-MM-DD`): dates are
 * days, not instants, so no time zone can move a contract's end to the day before.
 */

/** A fit of 3 or 4 is "high"; the TIME quadrant needs both fits. The SQL filter mirrors this. */
export const HIGH_FIT = 3;

export function timeQuadrant(technicalFit: number | null | undefined, functionalFit: number | null | undefined): TimeQuadrant | null {
  if (technicalFit == null || functionalFit == null) return null;
  const techHigh = technicalFit >= HIGH_FIT;
  const funcHigh = functionalFit >= HIGH_FIT;
  if (techHigh && funcHigh) return 'invest';
  if (techHigh) return 'tolerate';
  if (funcHigh) return 'migrate';
  return 'eliminate';
}

// ---- calendar arithmetic -------------------------------------------------------------------

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same day `months` later, clamped to the month's last day: 2024-02-29 + 12 months is
 * 2025-02-28 and 2026-01-31 + 1 month is 2026-02-28, as a contract manager would count.
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = parts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/** `YYYY-MM` of a date. */
export const monthOf = (iso: string) => iso.slice(0, 7);

/** The last day of the month `months` after the month of `iso`. */
export function endOfMonthAfter(iso: string, months: number): string {
  const first = addMonths(`${iso.slice(0, 7)}-01`, months);
  const [y, m] = parts(first);
  return `${first.slice(0, 7)}-${pad(daysInMonth(y, m))}`;
}

// ---- warnings -------------------------------------------------------------------------------

export interface AssessedSystem {
  id: string;
  name: string;
  lifecycle: Lifecycle;
  criticality: Criticality;
  hosting: Hosting | null;
  businessOwner: string | null;
  technicalOwner: string | null;
  contractEnd: string | null;
  annualCost: number | null;
  holdsPatientData: boolean;
  technicalFit: number | null;
  functionalFit: number | null;
  replacedById: string | null;
  capability: string | null;
  retiredAt: string | null;
}

export interface WarningContext {
  /** Ids of systems affected by a project that is proposed, in progress or on hold. */
  systemsWithWorkInFlight: ReadonlySet<string>;
}

export const WARNING_KINDS = [
  'critical_end_of_life',
  'contract_ended',
  'contract_ending_unplanned',
  'patient_data_unowned',
  'eliminate_unplanned',
] as const;
export type EstateWarningKind = (typeof WARNING_KINDS)[number];

export interface EstateWarning {
  kind: EstateWarningKind;
  systemId: string;
  systemName: string;
  /** Plain English, ready to show; names the system so it reads on its own in a list. */
  message: string;
}

/** How far ahead "contract ends soon" looks: 12 calendar months, the usual notice and procurement lead time. */
export const CONTRACT_WARNING_MONTHS = 12;

const hasPlan = (system: AssessedSystem, context: WarningContext) =>
  system.replacedById !== null || context.systemsWithWorkInFlight.has(system.id);

/** Everything an architect should look at about one system today; retired systems raise nothing. */
export function estateWarnings(system: AssessedSystem, context: WarningContext, today: string): EstateWarning[] {
  if (system.retiredAt) return [];
  const warnings: EstateWarning[] = [];
  const add = (kind: EstateWarningKind, message: string) => warnings.push({ kind, systemId: system.id, systemName: system.name, message });
  const critical = system.criticality === 'critical' || system.criticality === 'high';

  if (critical && (system.lifecycle === 'end_of_life' || system.lifecycle === 'phase_out')) {
    const stage = system.lifecycle === 'end_of_life' ? 'at end of life' : 'being phased out';
    add('critical_end_of_life', `${system.name} is a ${system.criticality}-criticality system ${stage}.`);
  }
  if (system.contractEnd) {
    if (system.contractEnd < today) {
      add('contract_ended', `${system.name}'s contract ended on ${system.contractEnd} but the system is still in use.`);
    } else if (system.contractEnd <= addMonths(today, CONTRACT_WARNING_MONTHS) && !hasPlan(system, context)) {
      add(
        'contract_ending_unplanned',
        `${system.name}'s contract ends on ${system.contractEnd}, within 12 months, and no replacement or project is planned.`,
      );
    }
  }
  if (system.holdsPatientData) {
    const unknown = [
      system.hosting === null ? 'hosting' : null,
      system.businessOwner === null && system.technicalOwner === null ? 'owner' : null,
    ].filter((v): v is string => v !== null);
    if (unknown.length > 0) add('patient_data_unowned', `${system.name} holds patient data but its ${unknown.join(' and ')} ${unknown.length > 1 ? 'are' : 'is'} not recorded.`);
  }
  if (timeQuadrant(system.technicalFit, system.functionalFit) === 'eliminate' && system.lifecycle === 'active' && !hasPlan(system, context)) {
    add('eliminate_unplanned', `${system.name} is in the Eliminate quadrant but is still active with no replacement or project planned.`);
  }
  return warnings;
}

// ---- contract timeline ----------------------------------------------------------------------

export interface TimelineEntry {
  id: string;
  name: string;
  contractEnd: string;
  annualCost: number | null;
}
export interface TimelineBucket {
  key: string;
  label: string;
  systems: TimelineEntry[];
  /** Sum of the known annual costs; systems without a cost count as nothing. */
  annualCost: number;
}
export interface ContractTimeline {
  from: string;
  to: string;
  months: TimelineBucket[];
  /** NHS financial-year quarters (April to March), the periods budgets are set in. */
  quarters: TimelineBucket[];
  totalAnnualCost: number;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Financial quarter of a month: April–June is Q1 of year Y/Y+1. */
export function financialQuarter(iso: string): { key: string; label: string } {
  const [year, month] = parts(iso);
  const startYear = month >= 4 ? year : year - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  const fy = `${startYear}/${pad((startYear + 1) % 100)}`;
  return { key: `${startYear}-Q${quarter}`, label: `Q${quarter} ${fy}` };
}

/**
 * Contracts of live systems ending from today to the end of the `months`-th calendar month
 * (today's month counts as the first), grouped by month and by financial quarter. Every month
 * and quarter of the window is listed, empty or not, so the timeline has no gaps.
 */
export function contractTimeline(systems: readonly AssessedSystem[], today: string, months = 36): ContractTimeline {
  const to = endOfMonthAfter(today, months - 1);
  const ending = systems
    .filter((s) => !s.retiredAt && s.contractEnd !== null && s.contractEnd >= today && s.contractEnd <= to)
    .map((s) => ({ id: s.id, name: s.name, contractEnd: s.contractEnd!, annualCost: s.annualCost }))
    .sort((a, b) => a.contractEnd.localeCompare(b.contractEnd) || a.name.localeCompare(b.name));

  const monthBuckets = new Map<string, TimelineBucket>();
  const quarterBuckets = new Map<string, TimelineBucket>();
  for (let i = 0; i < months; i += 1) {
    const first = addMonths(`${monthOf(today)}-01`, i);
    const [y, m] = parts(first);
    monthBuckets.set(monthOf(first), { key: monthOf(first), label: `${MONTH_NAMES[m - 1]} ${y}`, systems: [], annualCost: 0 });
    const q = financialQuarter(first);
    if (!quarterBuckets.has(q.key)) quarterBuckets.set(q.key, { ...q, systems: [], annualCost: 0 });
  }
  for (const entry of ending) {
    for (const bucket of [monthBuckets.get(monthOf(entry.contractEnd))!, quarterBuckets.get(financialQuarter(entry.contractEnd).key)!]) {
      bucket.systems.push(entry);
      bucket.annualCost += entry.annualCost ?? 0;
    }
  }
  return {
    from: today,
    to,
    months: [...monthBuckets.values()],
    quarters: [...quarterBuckets.values()],
    totalAnnualCost: ending.reduce((sum, e) => sum + (e.annualCost ?? 0), 0),
  };
}

// ---- capability overlaps --------------------------------------------------------------------

/** A system serves patients and staff from phase-in until it is retired; planned ones do not yet. */
export const isLive = (s: Pick<AssessedSystem, 'lifecycle' | 'retiredAt'>) => !s.retiredAt && s.lifecycle !== 'plan';

export interface CapabilityOverlap {
  capability: string;
  systems: { id: string; name: string }[];
}

/** Capabilities served by two or more live systems: candidates for consolidation. Case and spacing are ignored. */
export function capabilityOverlaps(systems: readonly AssessedSystem[]): CapabilityOverlap[] {
  const groups = new Map<string, CapabilityOverlap>();
  for (const s of systems) {
    const capability = s.capability?.trim();
    if (!capability || !isLive(s)) continue;
    const key = capability.toLowerCase().replace(/\s+/g, ' ');
    const group = groups.get(key) ?? { capability, systems: [] };
    group.systems.push({ id: s.id, name: s.name });
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.systems.length >= 2)
    .map((g) => ({ ...g, systems: g.systems.sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => a.capability.localeCompare(b.capability));
}
