import { AA_NORMAL_TEXT, contrastRatio, isHexColour, normaliseHex, ratioText, WHITE } from '../../../shared/colour-contrast.js';
import { TextInput } from '../../ui/fields.js';

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}

/**
 * The published strategy's accent colour, typed as a hex code, with a sample of white text on it
 * and its contrast ratio worked out as the admin types, so a colour that would fail WCAG AA is
 * seen to fail before it is saved (the server refuses it too).
 */
export function AccentColourField({ id, value, onChange, error }: Props) {
  const typed = normaliseHex(value);
  const valid = isHexColour(typed);
  const ratio = valid ? contrastRatio(typed, WHITE) : null;
  return (
    <>
      <TextInput
        id={id}
        label="Accent colour"
        labelClassName="nhsuk-label--s"
        hint="The colour of the published strategy’s header and headings, as a hex code such as #005eb8 (NHS blue). White text on it must be easy to read: a contrast of at least 4.5 to 1."
        width={10}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={onChange}
        error={error}
      />
      {valid && ratio !== null && (
        <div className="chorus-accent-sample" aria-live="polite">
          {/* A failing colour is shown without the white sample text: that text would itself be unreadable. */}
          <span className="chorus-accent-sample__swatch" style={{ backgroundColor: typed }} aria-hidden="true">
            {ratio >= AA_NORMAL_TEXT ? 'Strategy 2026 to 2029' : '\u00a0'}
          </span>
          <p className="nhsuk-body-s">
            Contrast with white: {ratioText(ratio)}, {ratio >= AA_NORMAL_TEXT ? 'which meets WCAG AA.' : 'too low: choose a darker shade.'}
          </p>
        </div>
      )}
    </>
  );
}
