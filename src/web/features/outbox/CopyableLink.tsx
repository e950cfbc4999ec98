import { useRef, useState } from 'react';

/**
 * A link from an email, in a read-only box the admin can select and copy, with a Copy
 * button. It is deliberately not a clickable link: opening an invitation while signed in
 * as the admin would be the wrong person accepting it.
 */
export function CopyableLink({ id, url, label }: { id: string; url: string; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // Without clipboard permission the text stays selected for Ctrl+C.
      setCopied('select');
    }
  };

  return (
    <div className="nhsuk-form-group chorus-copy">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div className="nhsuk-input-wrapper chorus-copy__row">
        <input
          ref={input}
          id={id}
          className="nhsuk-input nhsuk-input--code chorus-copy__input"
          type="text"
          readOnly
          value={url}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small chorus-copy__button" onClick={() => void copy()}>
          Copy<span className="nhsuk-u-visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
      <p className="nhsuk-body-s chorus-copy__status" role="status">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'select' && 'The link is selected: press Ctrl+C (or Cmd+C) to copy it.'}
      </p>
    </div>
  );
}
