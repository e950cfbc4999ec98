import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button.js';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Destructive actions use the warning (red) button. */
  destructive?: boolean;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before something that cannot simply be undone. A native modal <dialog> keeps focus
 * inside itself, closes on Escape, and returns focus to the button that opened it.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, destructive = true, busy, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);

  // A layout effect, so that closing (which sends focus back to the button that opened the
  // dialog) happens before ordinary effects run: a success banner or error summary shown by
  // the same update then takes focus last, and keeps it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // Start on the safe choice: Enter by reflex must not destroy anything.
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="chorus-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 className="nhsuk-heading-m" id={titleId}>
        {title}
      </h2>
      <div className="nhsuk-body">{children}</div>
      <div className="nhsuk-button-group">
        <Button variant={destructive ? 'warning' : 'primary'} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <button ref={cancelRef} type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
