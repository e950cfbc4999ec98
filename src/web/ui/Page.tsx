import { useEffect, type ReactNode } from 'react';

interface Props {
  /** Goes into the window title as "<title> – Chorus". */
  title: string;
  /** The h1, when it should differ from the title (e.g. include a record's name). */
  heading?: ReactNode;
  /** Small text above the heading, such as the organisation name. */
  caption?: ReactNode;
  /** Back link or success banner, shown above the heading. */
  before?: ReactNode;
  children?: ReactNode;
}

/**
 * Every page has one h1, rendered at once (even while data loads) so that the layout can
 * move focus to it after each navigation and screen readers announce the new page.
 */
export function Page({ title, heading, caption, before, children }: Props) {
  useEffect(() => {
    document.title = `${title} – Chorus`;
  }, [title]);

  return (
    <>
      {before}
      <h1 className="nhsuk-heading-l" tabIndex={-1} data-page-heading="">
        {caption && <span className="nhsuk-caption-l">{caption}<span className="nhsuk-u-visually-hidden"> – </span></span>}
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
