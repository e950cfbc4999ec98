import type { ReactNode } from 'react';
import { ApiError } from '../app/api.js';

/**
 * Loading, empty and failed states. Each is announced politely (role=status) so a screen
 * reader user knows the page is not simply blank.
 */

export function Loading({ what }: { what: string }) {
  return (
    <p className="nhsuk-body chorus-loading" role="status">
      Loading {what}…
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p className="nhsuk-body nhsuk-u-font-weight-bold">{title}</p>
      {children}
    </div>
  );
}

/** Shows why data could not be loaded, in the words the server used. */
export function LoadError({ error, what }: { error: unknown; what: string }) {
  const detail = error instanceof ApiError ? error.message : 'Something went wrong. Please try again.';
  return (
    <div className="nhsuk-card nhsuk-card--warning" role="alert">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {what} could not be loaded
        </h2>
        <p>{detail}</p>
      </div>
    </div>
  );
}
