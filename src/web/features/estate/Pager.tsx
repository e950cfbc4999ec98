interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
  noun?: string;
}

/** NHS.UK pagination with previous/next buttons and where the reader is ("Showing 51 to 100 of 240"). */
export function Pager({ page, pageSize, total, onPage, noun = 'system' }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label={`Pages of ${noun}s`}>
      <p className="nhsuk-body" role="status">
        Showing {first} to {last} of {total} {total === 1 ? noun : `${noun}s`}
        {pages > 1 ? ` (page ${page} of ${pages})` : ''}
      </p>
      {pages > 1 && (
        <div className="nhsuk-button-group">
          {page > 1 && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onPage(page - 1)}>
              Previous<span className="nhsuk-u-visually-hidden"> page</span>
            </button>
          )}
          {page < pages && (
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onPage(page + 1)}>
              Next<span className="nhsuk-u-visually-hidden"> page</span>
            </button>
          )}
        </div>
      )}
    </nav>
  );
}
