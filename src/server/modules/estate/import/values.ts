import type { Criticality, Hosting, Lifecycle } from '../../../../shared/contracts/estate.js';
import { isCalendarDate } from '../../../../shared/calendar-date.js';

/** A cell read as a field's value, or a sentence saying why it cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });
const words = (cell: string) => cell.trim().toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Dates as registers write them: ISO (2027-03-31, also Excel's own date cells, maybe with a time)
 * or UK day first (31/03/2027, 31-03-2027, 31.03.2027, 1/4/27). Never US month-first.
 */
export function parseDate(cell: string): Parsed<string | null> {
  const text = cell.trim();
  if (!text) return ok(null);
  let iso: string | null = null;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec(text);
  const ukMatch = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (isoMatch) iso = `${isoMatch[1]}-${isoMatch[2]!.padStart(2, '0')}-${isoMatch[3]!.padStart(2, '0')}`;
  else if (ukMatch) {
    const year = ukMatch[3]!.length === 2 ? `20${ukMatch[3]}` : ukMatch[3]!;
    iso = `${year}-${ukMatch[2]!.padStart(2, '0')}-${ukMatch[1]!.padStart(2, '0')}`;
  }
  if (!iso) return fail(`'${text}' is not a date: write it like 31/03/2027 or 2027-03-31`);
  if (!isCalendarDate(iso)) return fail(`'${text}' is not a real date`);
  return ok(iso);
}

/** Whole pounds from "£12,500", "12500.40", "£1.2m" or "15k"; pence are rounded away. */
export function parseMoney(cell: string): Parsed<number | null> {
  const text = cell.trim();
  if (!text) return ok(null);
  const match = /^£?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(k|m)?$/i.exec(text.replace(/\s*(gbp|pounds?)$/i, ''));
  if (!match) return fail(`'${text}' is not an amount in pounds, like £12,500`);
  const amount = Number(match[1]!.replace(/,/g, '')) * (match[2]?.toLowerCase() === 'k' ? 1_000 : match[2]?.toLowerCase() === 'm' ? 1_000_000 : 1);
  return ok(Math.round(amount));
}

export function parseWholeNumber(cell: string): Parsed<number | null> {
  const text = cell.trim();
  if (!text) return ok(null);
  if (!/^[0-9][0-9,]*$/.test(text)) return fail(`'${text}' is not a whole number`);
  return ok(Number(text.replace(/,/g, '')));
}

function fromWords<T>(cell: string, table: Record<string, T>, expected: string): Parsed<T | null> {
  const key = words(cell);
  if (!key) return ok(null);
  return key in table ? ok(table[key]!) : fail(`'${cell.trim()}' is not ${expected}`);
}

const LIFECYCLE_WORDS: Record<string, Lifecycle> = {
  plan: 'plan', planned: 'plan', planning: 'plan', proposed: 'plan', pipeline: 'plan',
  'phase in': 'phase_in', 'phasing in': 'phase_in', implementing: 'phase_in', implementation: 'phase_in', pilot: 'phase_in', 'roll out': 'phase_in', rollout: 'phase_in', new: 'phase_in',
  active: 'active', live: 'active', 'in use': 'active', production: 'active', current: 'active', keep: 'active', maintain: 'active', sustain: 'active', invest: 'active',
  'phase out': 'phase_out', 'phasing out': 'phase_out', replace: 'phase_out', replacing: 'phase_out', migrate: 'phase_out', migrating: 'phase_out', decommissioning: 'phase_out', retiring: 'phase_out',
  retire: 'end_of_life', retired: 'end_of_life', 'end of life': 'end_of_life', eol: 'end_of_life', sunset: 'end_of_life', obsolete: 'end_of_life', unsupported: 'end_of_life', decommission: 'end_of_life',
};
export const parseLifecycle = (cell: string) => fromWords(cell, LIFECYCLE_WORDS, 'a lifecycle stage: use Plan, Phase in, Active, Phase out or End of life');

const CRITICALITY_WORDS: Record<string, Criticality> = {
  critical: 'critical', 'mission critical': 'critical', 'business critical': 'critical', 'very high': 'critical', vital: 'critical', 'tier 1': 'critical', p1: 'critical', '1': 'critical',
  high: 'high', important: 'high', 'tier 2': 'high', p2: 'high', '2': 'high',
  medium: 'medium', med: 'medium', moderate: 'medium', 'tier 3': 'medium', p3: 'medium', '3': 'medium',
  low: 'low', minor: 'low', 'tier 4': 'low', p4: 'low', '4': 'low',
};
export const parseCriticality = (cell: string) => fromWords(cell, CRITICALITY_WORDS, 'a criticality: use Critical, High, Medium or Low');

const HOSTING_WORDS: Record<string, Hosting> = {
  'on premises': 'on_premises', 'on premise': 'on_premises', 'on prem': 'on_premises', onprem: 'on_premises', 'in house': 'on_premises', local: 'on_premises', 'data centre': 'on_premises', 'trust data centre': 'on_premises',
  cloud: 'cloud', hosted: 'cloud', 'cloud hosted': 'cloud', 'supplier hosted': 'cloud', 'private cloud': 'cloud', iaas: 'cloud', paas: 'cloud', azure: 'cloud', aws: 'cloud',
  saas: 'saas', 'software as a service': 'saas',
};
export const parseHosting = (cell: string) => fromWords(cell, HOSTING_WORDS, 'a hosting model: use On premises, Cloud or SaaS');

const YES_NO: Record<string, boolean> = { yes: true, y: true, true: true, '1': true, x: true, no: false, n: false, false: false, '0': false, none: false };
export const parseYesNo = (cell: string) => fromWords(cell, YES_NO, 'yes or no');

/** Fits are 1–4; a RAG rating reads as Red 1, Amber 2, Green 3 (4, "strong", is left to the architects). */
export function parseFit(cell: string): Parsed<number | null> {
  const key = words(cell);
  if (!key) return ok(null);
  const rag: Record<string, number> = { red: 1, r: 1, amber: 2, a: 2, green: 3, g: 3 };
  if (key in rag) return ok(rag[key]!);
  if (/^[1-4]$/.test(key)) return ok(Number(key));
  return fail(`'${cell.trim()}' is not a fit: use a number from 1 to 4, or Red, Amber or Green`);
}

export const parseTags = (cell: string): Parsed<string[]> =>
  ok([...new Set(cell.split(/[;,|]/).map((t) => t.trim()).filter(Boolean))]);

export const parseText = (cell: string): Parsed<string | null> => ok(cell.trim() || null);
