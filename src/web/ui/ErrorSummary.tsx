import { useEffect, useRef, type MouseEvent } from 'react';
import type { FormProblem } from './form-problem.js';

interface Props {
  problem: FormProblem | null;
  /** Field name → id of its input, in the order the fields appear on the page. */
  fieldIds: Record<string, string>;
}

/**
 * The NHS.UK error summary: announced (role=alert) and focused when it appears, so keyboard
 * and screen reader users land on it; each entry links to its field.
 */
export function ErrorSummary({ problem, fieldIds }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!problem) return;
    ref.current?.focus();
    // As on GOV.UK and NHS.UK services, the window title says there is an error, which is
    // the first thing a screen reader user hears on returning to the tab.
    if (!document.title.startsWith('Error: ')) document.title = `Error: ${document.title}`;
    return () => {
      document.title = document.title.replace(/^Error: /, '');
    };
  }, [problem]);

  if (!problem) return null;

  const linked = Object.entries(fieldIds).filter(([field]) => problem.fields[field]);
  const unlinked = Object.entries(problem.fields).filter(([field]) => !(field in fieldIds));
  const items = [
    ...linked.map(([field, id]) => ({ key: field, message: problem.fields[field]!, id })),
    ...unlinked.map(([field, message]) => ({ key: field, message, id: null })),
  ];
  const detail = problem.detail && !items.some((item) => item.message === problem.detail) ? problem.detail : null;

  // Follow the link by focusing the field itself, as the NHS.UK script does; a plain
  // fragment link would only scroll, and would count as a navigation in the router.
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    const label = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? target;
    label.scrollIntoView();
    target.focus({ preventScroll: true });
  };

  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__title">
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          {detail && <p>{detail}</p>}
          {items.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {items.map((item) => (
                <li key={item.key}>
                  {item.id ? (
                    <a href={`#${item.id}`} onClick={(event) => focusField(event, item.id!)}>
                      {item.message}
                    </a>
                  ) : (
                    item.message
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
