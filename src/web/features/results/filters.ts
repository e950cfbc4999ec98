import { NOT_STATED, SEGMENT_DIMENSIONS, type ResultsFilter, type SegmentDimension } from '../../../shared/contracts/results.js';
import type { ResultsOverview } from './api.js';

export const FILTER_PARAMS = { staff_group: 'staffGroup', division: 'division', site: 'site' } as const satisfies Record<SegmentDimension, keyof ResultsFilter>;

export const DIMENSION_LABELS: Record<SegmentDimension, string> = { staff_group: 'Staff group', division: 'Division', site: 'Site' };

/** The choices of one dimension, with those who did not say (the API accepts them as a segment too). */
export const segmentChoices = (segments: ResultsOverview['segments'], dimension: SegmentDimension) => [
  ...segments[dimension],
  { key: NOT_STATED, label: 'Not stated' },
];

export interface ReadFilter {
  filter: ResultsFilter;
  /** Names of address values that are not (or no longer) part of the organisation, and were ignored. */
  ignored: string[];
}

/**
 * The filter from the page address. A bookmarked address may name a division that has since
 * been removed: it is ignored (and said so) rather than failing every question.
 */
export function readFilter(search: URLSearchParams, segments: ResultsOverview['segments']): ReadFilter {
  const filter: ResultsFilter = {};
  const ignored: string[] = [];
  for (const dimension of SEGMENT_DIMENSIONS) {
    const param = FILTER_PARAMS[dimension];
    const value = search.get(param);
    if (!value) continue;
    if (segmentChoices(segments, dimension).some((s) => s.key === value)) filter[param] = value;
    else ignored.push(DIMENSION_LABELS[dimension].toLowerCase());
  }
  const compareBy = search.get('compareBy');
  if (compareBy) {
    if ((SEGMENT_DIMENSIONS as readonly string[]).includes(compareBy)) filter.compareBy = compareBy as SegmentDimension;
    else ignored.push('comparison');
  }
  return { filter, ignored };
}

export const isFiltered = (filter: ResultsFilter) => Boolean(filter.staffGroup || filter.division || filter.site);

/** "Nursing, Surgery" — the chosen segments in words, for captions and the page summary. */
export function describeFilter(filter: ResultsFilter, segments: ResultsOverview['segments']): string | null {
  const parts = SEGMENT_DIMENSIONS.flatMap((dimension) => {
    const key = filter[FILTER_PARAMS[dimension]];
    const label = key ? segmentChoices(segments, dimension).find((s) => s.key === key)?.label : undefined;
    return label ? [label] : [];
  });
  return parts.length ? parts.join(', ') : null;
}
