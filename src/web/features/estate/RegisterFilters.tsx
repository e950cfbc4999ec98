import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useWorkforce } from '../workforce/api.js';
import { criticalityOptions, hostingOptions, lifecycleOptions, timeOptions } from './labels.js';

export const FILTER_KEYS = ['q', 'capability', 'lifecycle', 'criticality', 'hosting', 'division', 'time', 'tag', 'retired'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Values = Record<FilterKey, string>;

const read = (params: URLSearchParams): Values =>
  Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as Values;

interface Props {
  orgId: string;
  params: URLSearchParams;
  /** Capabilities in use, for the select; a text box when there are none yet. */
  capabilities: string[];
  onApply(changes: Record<string, string | null>): void;
}

/**
 * The register's filters as one form: choices apply together on "Apply filters" (or Enter),
 * not on every keystroke, so a screen reader user is not interrupted by a changing table.
 */
export function RegisterFilters({ orgId, params, capabilities, onApply }: Props) {
  const [values, setValues] = useState<Values>(() => read(params));
  const workforce = useWorkforce(orgId);
  // Back and forward change the address: show the filters the address now holds.
  const key = params.toString();
  useEffect(() => setValues(read(new URLSearchParams(key))), [key]);

  const set = (name: FilterKey) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...values, page: null });
  };
  const clear = () => onApply({ ...Object.fromEntries(FILTER_KEYS.map((k) => [k, null])), page: null });

  const divisions = workforce.data?.divisions ?? [];
  return (
    <details className="nhsuk-details chorus-estate-filters" open>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Filter the register</span>
      </summary>
      <div className="nhsuk-details__text">
        <form onSubmit={apply} role="search" aria-label="Filter the register">
          <div className="chorus-estate-filter-grid">
            <TextInput id="filter-q" label="Name, supplier or product" value={values.q} onChange={set('q')} />
            {capabilities.length > 0 ? (
              <Select
                id="filter-capability"
                label="Capability"
                options={[{ value: '', label: 'Any capability' }, ...capabilities.map((c) => ({ value: c, label: c }))]}
                value={values.capability}
                onChange={set('capability')}
              />
            ) : (
              <TextInput id="filter-capability" label="Capability" value={values.capability} onChange={set('capability')} />
            )}
            <Select id="filter-lifecycle" label="Lifecycle" options={lifecycleOptions('Any stage')} value={values.lifecycle} onChange={set('lifecycle')} />
            <Select
              id="filter-criticality"
              label="Criticality"
              options={criticalityOptions('Any criticality')}
              value={values.criticality}
              onChange={set('criticality')}
            />
            <Select id="filter-hosting" label="Hosting" options={hostingOptions('Any hosting')} value={values.hosting} onChange={set('hosting')} />
            <Select
              id="filter-division"
              label="Division"
              options={[{ value: '', label: 'Any division' }, ...divisions.map((d) => ({ value: d.id, label: d.name }))]}
              value={values.division}
              onChange={set('division')}
            />
            <Select id="filter-time" label="TIME quadrant" options={timeOptions('Any quadrant')} value={values.time} onChange={set('time')} />
            <TextInput id="filter-tag" label="Tag" value={values.tag} onChange={set('tag')} />
            <Select
              id="filter-retired"
              label="Retired systems"
              options={[
                { value: '', label: 'Leave out retired systems' },
                { value: 'include', label: 'Include retired systems' },
                { value: 'only', label: 'Only retired systems' },
              ]}
              value={values.retired}
              onChange={set('retired')}
            />
          </div>
          <div className="nhsuk-button-group">
            <Button type="submit" variant="secondary">
              Apply filters
            </Button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={clear}>
              Clear filters
            </button>
          </div>
        </form>
      </div>
    </details>
  );
}
