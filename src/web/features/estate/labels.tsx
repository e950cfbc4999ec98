import {
  CRITICALITIES,
  CRITICALITY_LABELS,
  HOSTINGS,
  HOSTING_LABELS,
  LIFECYCLES,
  LIFECYCLE_LABELS,
  TIME_LABELS,
  TIME_QUADRANTS,
  type TimeQuadrant,
} from '../../../shared/contracts/estate.js';
import { Tag, type TagColour } from '../../ui/Tag.js';

/** Select options from a contract's label table, with a leading "any" choice for filters. */
export function optionsOf<K extends string>(keys: readonly K[], labels: Record<K, string>, any?: string) {
  const options = keys.map((key) => ({ value: key as string, label: labels[key] }));
  return any ? [{ value: '', label: any }, ...options] : options;
}

export const lifecycleOptions = (any?: string) => optionsOf(LIFECYCLES, LIFECYCLE_LABELS, any);
export const criticalityOptions = (any?: string) => optionsOf(CRITICALITIES, CRITICALITY_LABELS, any);
export const hostingOptions = (any?: string) => optionsOf(HOSTINGS, HOSTING_LABELS, any);
export const timeOptions = (any?: string) => optionsOf(TIME_QUADRANTS, TIME_LABELS, any);

const TIME_COLOURS: Record<TimeQuadrant, TagColour> = { invest: 'green', tolerate: 'blue', migrate: 'orange', eliminate: 'red' };

/** The TIME quadrant as a tag; the colour only repeats the word, so nothing depends on colour alone. */
export function TimeBadge({ time }: { time: TimeQuadrant | null }) {
  if (!time) return <Tag colour="grey">Not rated</Tag>;
  return <Tag colour={TIME_COLOURS[time]}>{TIME_LABELS[time]}</Tag>;
}

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
export const formatMoney = (pounds: number | null | undefined) => (pounds === null || pounds === undefined ? 'Not recorded' : money.format(pounds));
export const formatCount = (n: number | null | undefined) => (n === null || n === undefined ? 'Not recorded' : n.toLocaleString('en-GB'));
