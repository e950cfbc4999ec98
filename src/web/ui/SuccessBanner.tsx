import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The NHS.UK success notification banner. It takes focus once, when it appears (as the
 * NHS.UK script does), so a keyboard or screen reader user learns the outcome of what they
 * just did. A new message is a new banner (give it a new `key`), and focuses again.
 */
export function SuccessBanner({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={ref}
    >
      <div className="nhsuk-notification-banner__header">
        {/* Not a heading: the banner sits above the page's h1, and headings start at the h1. */}
        <p className="nhsuk-notification-banner__title" id={titleId}>
          Success
        </p>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}

export type Notify = (message: ReactNode | null) => void;

/**
 * One success message per page, shown at the top, whichever part of the page reported it;
 * several banners stacking up would leave people unsure which one is current.
 */
export function useNotice(flash: string | null = null) {
  const [notice, setNotice] = useState<{ id: number; message: ReactNode } | null>(null);
  const counter = useRef(0);
  const notify: Notify = useCallback((message) => {
    counter.current += 1;
    setNotice(message ? { id: counter.current, message } : null);
  }, []);
  // A message carried over from the previous page (see app/flash.ts).
  useEffect(() => {
    if (flash) notify(flash);
  }, [flash, notify]);
  const banner = notice ? <SuccessBanner key={notice.id}>{notice.message}</SuccessBanner> : null;
  return { notify, banner };
}
