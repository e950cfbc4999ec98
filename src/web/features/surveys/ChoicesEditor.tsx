import type { EditedChoice } from '../../../shared/contracts/surveys.js';
import { Button } from '../../ui/Button.js';

/** An option being edited; `uid` keeps each row's identity in the list while it moves. */
export type ChoiceDraft = EditedChoice & { uid: string };

let counter = 0;
export const draftsOf = (choices: { key: string; label: string }[]): ChoiceDraft[] => choices.map((c) => ({ ...c, uid: c.key }));
export const fromDrafts = (drafts: ChoiceDraft[]): EditedChoice[] => drafts.map(({ key, label }) => (key ? { key, label } : { label }));

interface Props {
  id: string;
  legend: string;
  /** "option" or "statement", for button and label text. */
  noun: string;
  hint?: string;
  error?: string | undefined;
  choices: ChoiceDraft[];
  /** Keys that have answers: they can be reworded but not removed. */
  locked: readonly string[];
  onChange(choices: ChoiceDraft[]): void;
}

/**
 * Options of a choice or ranking question, or statements of a matrix: reword, reorder, add,
 * remove. Existing entries keep their key, so answers already given stay with them.
 */
export function ChoicesEditor({ id, legend, noun, hint, error, choices, locked, onChange }: Props) {
  const set = (index: number, label: string) => onChange(choices.map((c, i) => (i === index ? { ...c, label } : c)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...choices];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <ol className="nhsuk-list chorus-choices">
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            const isLocked = choice.key !== undefined && locked.includes(choice.key);
            return (
              <li key={choice.uid} className="chorus-choices__item">
                <label className="nhsuk-label" htmlFor={inputId}>
                  {noun[0]!.toUpperCase() + noun.slice(1)} {index + 1}
                </label>
                <input className="nhsuk-input" id={inputId} type="text" value={choice.label} onChange={(event) => set(index, event.target.value)} />
                <div className="chorus-row-actions">
                  {index > 0 && (
                    <Button small variant="secondary" onClick={() => move(index, -1)}>
                      Move up<span className="nhsuk-u-visually-hidden"> {noun} {index + 1}</span>
                    </Button>
                  )}
                  {index < choices.length - 1 && (
                    <Button small variant="secondary" onClick={() => move(index, 1)}>
                      Move down<span className="nhsuk-u-visually-hidden"> {noun} {index + 1}</span>
                    </Button>
                  )}
                  {isLocked ? (
                    <span className="nhsuk-body-s chorus-muted">People chose this: it cannot be removed.</span>
                  ) : (
                    <Button small variant="secondary" onClick={() => onChange(choices.filter((_, i) => i !== index))}>
                      Remove<span className="nhsuk-u-visually-hidden"> {noun} {index + 1}</span>
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <Button variant="secondary" small onClick={() => onChange([...choices, { label: '', uid: `new-${++counter}` }])}>
          Add another {noun}
        </Button>
      </fieldset>
    </div>
  );
}
