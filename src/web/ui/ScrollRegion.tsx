import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

interface Props {
  /** What the region holds, read out when it takes focus ("Systems", "Headcount by division and staff group"). */
  label: string;
  children: ReactNode;
  /** Keep the first column in view while the rest scrolls past it (the row headings of a grid). */
  stickyFirstColumn?: boolean;
  className?: string;
}

/**
 * Every table that can be wider than the page: it scrolls sideways inside this labelled region,
 * which a keyboard user can reach (tabIndex 0, so the arrow keys scroll it) and see focused, and
 * the page itself never does. The hint appears only while the table overflows, measured rather
 * than guessed from the screen width, because the same table fits or not depending on its data.
 */
export function ScrollRegion({ label, children, stickyFirstColumn = true, className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflow(ref);
  const classes = ['chorus-scroll-region', stickyFirstColumn ? 'chorus-scroll-region--sticky' : null, className]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="chorus-scroll-region__wrap">
      {overflows && (
        <p className="chorus-scroll-region__hint" data-testid="scroll-hint">
          Scroll sideways to see more columns
        </p>
      )}
      <div ref={ref} className={classes} role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}

/** Whether the element's content is wider than the element, kept current as either resizes. */
function useOverflow(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // One pixel of slack: sub-pixel widths round differently in the two measures.
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
    // No dependency list: the table inside may be replaced on any render (new data, filters).
  });
  return overflows;
}
