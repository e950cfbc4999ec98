import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { humanise } from '../../ui/format.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { AuditFilters as Filters } from './api.js';

const fieldIds = { action: 'filter-action', subjectType: 'filter-subject', from: 'filter-from', to: 'filter-to' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  filters: Filters;
  actions: string[];
  subjectTypes: string[];
  clearTo: string;
  /** On a phone with no filter applied: one tap to open, so the events come first. */
  folded?: boolean;
  onApply(filters: Filters): void;
}

/** Narrows the trail; the filters live in the address so a filtered view can be shared. */
export function AuditFilters({ filters, actions, subjectTypes, clearTo, folded = false, onApply }: Props) {
  const form = useFormProblem();
  const [action, setAction] = useState(filters.action ?? '');
  const [subjectType, setSubjectType] = useState(filters.subjectType ?? '');
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (from && !ISO_DATE.test(from)) fields.from = 'From must be a real date, like 2026-11-27';
    if (to && !ISO_DATE.test(to)) fields.to = 'To must be a real date, like 2026-11-27';
    if (!fields.from && !fields.to && from && to && from > to) fields.to = 'To must be the same as or after From';
    if (Object.keys(fields).length > 0) return form.set({ detail: null, fields });
    form.clear();
    onApply({ action: action || undefined, subjectType: subjectType || undefined, from: from || undefined, to: to || undefined });
  };

  // Keep a filter that is in the address but no longer among the choices, so it stays visible.
  const withCurrent = (values: string[], current: string) => (current && !values.includes(current) ? [current, ...values] : values);

  const body = (
    <>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        <div className="chorus-filters__grid">
          <Select
            id={fieldIds.action}
            label="What happened"
            value={action}
            onChange={setAction}
            options={[{ value: '', label: 'Any action' }, ...withCurrent(actions, action).map((a) => ({ value: a, label: humanise(a) }))]}
          />
          <Select
            id={fieldIds.subjectType}
            label="Type of record"
            value={subjectType}
            onChange={setSubjectType}
            options={[
              { value: '', label: 'Any record' },
              ...withCurrent(subjectTypes, subjectType).map((s) => ({ value: s, label: humanise(s) })),
            ]}
          />
          <TextInput id={fieldIds.from} label="From" type="date" value={from} onChange={setFrom} error={form.field('from')} />
          <TextInput id={fieldIds.to} label="To" type="date" value={to} onChange={setTo} error={form.field('to')} />
        </div>
        <div className="nhsuk-button-group">
          <Button type="submit" variant="secondary">
            Apply filters
          </Button>
          <Link className="nhsuk-link" to={clearTo}>
            Clear filters
          </Link>
        </div>
      </form>
    </>
  );
  if (folded) {
    return (
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Filter events</span>
        </summary>
        <div className="nhsuk-details__text">{body}</div>
      </details>
    );
  }
  return (
    <section aria-labelledby="filters-heading" className="chorus-filters">
      <h2 className="nhsuk-heading-s" id="filters-heading">
        Filter events
      </h2>
      {body}
    </section>
  );
}
