import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
  action?: ReactNode;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  const hasActions = rows.some((row) => row.action);
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <div
          key={row.key}
          className={['nhsuk-summary-list__row', hasActions && !row.action ? 'nhsuk-summary-list__row--no-actions' : null].filter(Boolean).join(' ')}
        >
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
          {row.action && <dd className="nhsuk-summary-list__actions">{row.action}</dd>}
        </div>
      ))}
    </dl>
  );
}
