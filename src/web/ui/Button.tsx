import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'warning' | 'reverse';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  small?: boolean;
  /** While a request runs the button stays focusable but ignores presses, so a double click sends once. */
  busy?: boolean;
}

export function Button({ variant = 'primary', small, busy, className, type = 'button', onClick, children, ...rest }: Props) {
  const classes = [
    'nhsuk-button',
    variant === 'primary' ? null : `nhsuk-button--${variant}`,
    small ? 'nhsuk-button--small' : null,
    className,
  ]
    .filter(Boolean)
    .join(' ');
  const guard = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button {...rest} type={type} className={classes} aria-disabled={busy || undefined} onClick={guard}>
      {children}
    </button>
  );
}

/** Keeps buttons and links of one form on one line on wide screens, stacked on phones. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="nhsuk-button-group">{children}</div>;
}
