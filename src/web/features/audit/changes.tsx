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

/**
 * What an event changed, field by field: "Role: Staff → Strategy team". Fields that stayed
 * the same are left out; a record created or removed shows the values it had.
 */
export function Changes({ before, after }: { before: Values; after: Values }) {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const rows = fields
    .map((field) => {
      const had = before ? show(field, before[field]) : null;
      const has = after ? show(field, after[field]) : null;
      return { field, had, has };
    })
    .filter(({ had, has }) => had !== has);
  if (rows.length === 0) return <span className="chorus-muted">No field changes recorded</span>;
  return (
    <ul className="nhsuk-list chorus-changes">
      {rows.map(({ field, had, has }) => (
        <li key={field}>
          <span className="chorus-changes__field">{humanise(field)}:</span>{' '}
          {had !== null && has !== null ? (
            <>
              <del className="chorus-changes__before">
                <span className="nhsuk-u-visually-hidden">changed from </span>
                {had}
              </del>{' '}
              <span aria-hidden="true">→</span>{' '}
              <ins className="chorus-changes__after">
                <span className="nhsuk-u-visually-hidden">to </span>
                {has}
              </ins>
            </>
          ) : has !== null ? (
            <span className="chorus-break-anywhere">{has}</span>
          ) : (
            <del className="chorus-changes__before chorus-break-anywhere">
              <span className="nhsuk-u-visually-hidden">removed: </span>
              {had}
            </del>
          )}
        </li>
      ))}
    </ul>
  );
}
