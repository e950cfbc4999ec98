import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../app/api.js';
import { paths } from '../app/paths.js';

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

/**
 * Shows why data could not be loaded, in the words the server used. A refusal (403) is not a
 * fault: the server's message says who may use the page and whom to ask; offer the way home.
 */
export function LoadError({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ApiError && error.status === 403) return <NotAllowed detail={error.message} />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundNotice detail={error.message} />;
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

/**
 * The address names a record that is not there (deleted, mistyped, or another organisation's):
 * the not-found page's advice, not a fault to report.
 */
export function NotFoundNotice({ detail }: { detail: string }) {
  return (
    <div className="nhsuk-inset-text" role="alert">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h2 className="nhsuk-heading-m">Page not found</h2>
      <p className="nhsuk-body">{detail}</p>
      <p className="nhsuk-body">If you typed or pasted the web address, check it is correct and complete.</p>
      <p className="nhsuk-body">
        <Link to={paths.home}>Go to your home page</Link>
      </p>
    </div>
  );
}

/** A page this person's role may not use: what the server said, and the way back to their home. */
export function NotAllowed({ detail, withHeading = true }: { detail: string; withHeading?: boolean }) {
  return (
    <div className="nhsuk-inset-text" role="alert">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {withHeading && <h2 className="nhsuk-heading-m">You cannot use this page</h2>}
      <p className="nhsuk-body">{detail}</p>
      <p className="nhsuk-body">
        <Link to={paths.home}>Go to your home page</Link>
      </p>
    </div>
  );
}
