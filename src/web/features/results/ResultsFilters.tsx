import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { SEGMENT_DIMENSIONS, type ResultsFilter, type SegmentDimension } from '../../../shared/contracts/results.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/fields.js';
import type { ResultsOverview } from './api.js';
import { DIMENSION_LABELS, FILTER_PARAMS, segmentChoices } from './filters.js';

/**
 * A GET form: Apply writes the choices into the address (so a view can be bookmarked and
 * shared), and nothing changes until Apply is pressed. Without script it submits the same
 * query string to the same page.
 */
export function ResultsFilters({ filter, segments }: { filter: ResultsFilter; segments: ResultsOverview['segments'] }) {
  const location = useLocation();
  const [, setSearchParams] = useSearchParams();
  const fromAddress = (): Record<string, string> => ({
    staffGroup: filter.staffGroup ?? '',
    division: filter.division ?? '',
    site: filter.site ?? '',
    compareBy: filter.compareBy ?? '',
  });
  const [values, setValues] = useState(fromAddress);
  // Back, Forward and "Clear filters" change the address: the fields follow it. The form is
  // not remounted, so focus stays on Apply (or the link) rather than falling to the page.
  const addressKey = JSON.stringify(fromAddress());
  useEffect(() => setValues(JSON.parse(addressKey) as Record<string, string>), [addressKey]);
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (value) next.set(name, value);
    setSearchParams(next);
  };

  const choices = (dimension: SegmentDimension) => [
    { value: '', label: `All ${DIMENSION_LABELS[dimension].toLowerCase()}s` },
    ...segmentChoices(segments, dimension).map((s) => ({ value: s.key, label: s.label })),
  ];

  return (
    <form method="get" action={location.pathname} onSubmit={apply} className="chorus-results-filters" aria-labelledby="filters-heading" noValidate>
      <h2 className="nhsuk-heading-m" id="filters-heading">
        Filter and compare
      </h2>
      <div className="chorus-results-filters__fields">
        {SEGMENT_DIMENSIONS.map((dimension) => {
          const name = FILTER_PARAMS[dimension];
          return (
            <Select
              key={dimension}
              id={`filter-${name}`}
              name={name}
              label={DIMENSION_LABELS[dimension]}
              labelClassName="nhsuk-label--s"
              value={values[name] ?? ''}
              onChange={set(name)}
              options={choices(dimension)}
            />
          );
        })}
        <Select
          id="filter-compareBy"
          name="compareBy"
          label="Compare by"
          labelClassName="nhsuk-label--s"
          value={values.compareBy ?? ''}
          onChange={set('compareBy')}
          options={[{ value: '', label: 'No comparison' }, ...SEGMENT_DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))]}
        />
      </div>
      <div className="nhsuk-button-group">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        <Link className="nhsuk-link" to={location.pathname}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
