import { useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

export interface Action {
  label: ReactNode;
  /** Drawn as a warning (red), for actions that remove something. */
  warning?: boolean;
  run(): void;
}

interface Props {
  /** Visually hidden words after "Actions" that say what the actions are for ("for the note: Car parking"). */
  forWhat: string;
  actions: readonly Action[];
}

/**
 * One "Actions" button that shows a short list of actions: a disclosure (aria-expanded), not an
 * ARIA menu, so every screen reader reads the list as plain buttons. Enter or Space opens it and
 * moves to the first action; Up and Down (or Tab) move through them; Escape closes it and
 * returns to the button; leaving it with Tab or a click elsewhere closes it too.
 */
export function ActionsMenu({ forWhat, actions }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const items = () => Array.from(listRef.current?.querySelectorAll('button') ?? []);
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    const current = items().indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusItem(current + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusItem(current < 0 ? -1 : current - 1);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focusItem(event.key === 'Home' ? 0 : -1);
    }
  };
  // Focus moving out of the whole control (Tab past the last action, a click elsewhere) closes it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="chorus-actions-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="chorus-actions-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setOpen(!open);
          // The list is drawn on the next render; move to its first action then.
          if (!open) requestAnimationFrame(() => focusItem(0));
        }}
      >
        Actions<span className="nhsuk-u-visually-hidden"> {forWhat}</span>
      </button>
      <ul id={listId} ref={listRef} className="chorus-actions-menu__list" hidden={!open}>
        {actions.map((action, i) => (
          <li key={i}>
            <button
              type="button"
              className={['chorus-actions-menu__item', action.warning ? 'chorus-actions-menu__item--warning' : null].filter(Boolean).join(' ')}
              onClick={() => {
                close(true);
                action.run();
              }}
            >
              {action.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
