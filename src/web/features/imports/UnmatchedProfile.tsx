import type { ImportPreview } from '../../../shared/contracts/imports.js';
import { plural } from '../../../shared/words.js';

interface Props {
  preview: ImportPreview;
  on: boolean;
  onChange(on: boolean): void;
}

/**
 * Staff group, division and site answers that match none of the organisation's: problems to put
 * right (in Workforce, or in the file), or, by choice, counted as "not stated". Shown only when the
 * file has such answers, or the choice is already made.
 */
export function UnmatchedProfile({ preview, on, onChange }: Props) {
  const count = preview.unmatchedProfileAnswers;
  if (count === 0 && !on) return null;
  const answers = plural(count, 'staff group, division or site answer matches', 'staff group, division or site answers match');
  const hint = on
    ? `${answers} none of your organisation's; ${count === 1 ? 'it' : 'they'} will be counted as "not stated".`
    : `${answers} none of your organisation's. Each is a problem until you add it in Workforce or correct the file, or count ${count === 1 ? 'it' : 'them'} as "not stated".`;
  return (
    <div className="nhsuk-form-group">
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input className="nhsuk-checkboxes__input" id="unmatched-profile" type="checkbox" checked={on}
            aria-describedby="unmatched-profile-hint" onChange={(e) => onChange(e.target.checked)} />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="unmatched-profile">Count unmatched answers as "not stated"</label>
          <div className="nhsuk-hint nhsuk-checkboxes__hint" id="unmatched-profile-hint">{hint}</div>
        </div>
      </div>
    </div>
  );
}
