import type { ReactNode } from 'react';
import { ROLE_LABELS, type Role } from '../../../shared/contracts/common.js';
import { PHASE_LABELS, type Phase } from '../../../shared/contracts/strategies.js';
import { humanise } from '../../ui/format.js';

type Values = Record<string, unknown> | null;

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (field === 'role' && typeof value === 'string' && value in ROLE_LABELS) return ROLE_LABELS[value as Role];
  if (field === 'phase' && typeof value === 'string' && value in PHASE_LABELS) return PHASE_LABELS[value as Phase];
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A list (staff groups added, measures, kept columns) reads as a list, not as JSON. */
function Value({ field, value }: { field: string; value: unknown }): ReactNode {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    return (
      <ul className="nhsuk-list nhsuk-list--bullet chorus-changes__list">
        {value.map((item, i) => (
          <li key={i}>
            <Value field={field} value={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (value !== null && typeof value === 'object') {
    return (
      <ul className="nhsuk-list chorus-changes__list">
        {Object.entries(value).map(([key, inner]) => (
          <li key={key}>
            {humanise(key)}: <Value field={key} value={inner} />
          </li>
        ))}
      </ul>
    );
  }
  return show(field, value);
}

function changedFields(before: Values, after: Values) {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .map((field) => {
      const had = before ? show(field, before[field]) : null;
      const has = after ? show(field, after[field]) : null;
      return { field, had, has, before: before?.[field], after: after?.[field] };
    })
    .filter(({ had, has }) => had !== has);
}

/** How many fields an event changed, as `Changes` lists them. */
export const changedFieldCount = (before: Values, after: Values) => changedFields(before, after).length;

/**
 * What an event changed, field by field: "Role: Staff → Strategy team". Fields that stayed
 * the same are left out; a record created or removed shows the values it had.
 */
export function Changes({ before, after }: { before: Values; after: Values }) {
  const rows = changedFields(before, after);
  if (rows.length === 0) return <span className="chorus-muted">No field changes recorded</span>;
  return (
    <ul className="nhsuk-list chorus-changes">
      {rows.map(({ field, had, has, before: was, after: is }) => (
        <li key={field} className="chorus-break-anywhere">
          <span className="chorus-changes__field">{humanise(field)}:</span>{' '}
          {had !== null && has !== null ? (
            <>
              <del className="chorus-changes__before">
                <span className="nhsuk-u-visually-hidden">changed from </span>
                <Value field={field} value={was} />
              </del>{' '}
              <span aria-hidden="true">→</span>{' '}
              <ins className="chorus-changes__after">
                <span className="nhsuk-u-visually-hidden">to </span>
                <Value field={field} value={is} />
              </ins>
            </>
          ) : has !== null ? (
            <Value field={field} value={is} />
          ) : (
            <del className="chorus-changes__before">
              <span className="nhsuk-u-visually-hidden">removed: </span>
              <Value field={field} value={was} />
            </del>
          )}
        </li>
      ))}
    </ul>
  );
}
