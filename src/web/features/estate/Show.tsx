import type { ReactNode } from 'react';

/**
 * A list behind a disclosure that says how long it is ("Show the 12 systems"), so that a page of
 * many lists (the estate assessment) reads as counts first and stays short.
 */
export function Show({ count, noun, children }: { count: number; noun: string; children: ReactNode }) {
  return (
    <details className="nhsuk-details chorus-estate-show">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          {count === 1 ? `Show the ${noun}` : `Show the ${count.toLocaleString('en-GB')} ${noun}s`}
        </span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}
