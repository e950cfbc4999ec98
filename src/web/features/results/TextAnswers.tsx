import { useId, useMemo, useState } from 'react';
import type { QuestionResult } from '../../../shared/contracts/results.js';
import { Button } from '../../ui/Button.js';
import { plural } from '../../../shared/words.js';

const PAGE = 25;

/** Free-text answers as quotes, rendered as text, with a search over the answers already loaded. */
export function TextAnswers({ texts }: { texts: NonNullable<QuestionResult['texts']> }) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const needle = search.trim().toLocaleLowerCase('en-GB');
  const matching = useMemo(
    () => (needle ? texts.answers.filter((a) => a.toLocaleLowerCase('en-GB').includes(needle)) : texts.answers),
    [needle, texts.answers],
  );

  if (!texts.shown) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>{texts.reason ?? 'Comments are not shown for this group.'}</p>
      </div>
    );
  }
  if (texts.answers.length === 0) return <p className="nhsuk-body">Nobody in this group wrote an answer.</p>;

  const shown = matching.slice(0, limit);
  return (
    <div className="chorus-texts">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${id}-search`}>
          Search these answers
        </label>
        <input
          className="nhsuk-input nhsuk-input--width-20"
          id={`${id}-search`}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setLimit(PAGE);
          }}
          spellCheck={false}
        />
      </div>
      <p className="nhsuk-body-s" role="status">
        {needle
          ? `${matching.length.toLocaleString('en-GB')} of ${texts.answers.length.toLocaleString('en-GB')} answers contain “${search.trim()}”.`
          : `${plural(texts.answers.length, 'answer')}.`}
      </p>
      <ul className="chorus-texts__list">
        {shown.map((answer, i) => (
          // Answers carry no id (that could re-link them to people); position in this list is their only key.
          <li key={i} className="chorus-texts__item">
            <blockquote className="chorus-texts__quote">{answer}</blockquote>
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <Button variant="secondary" small onClick={() => setLimit((n) => n + PAGE)}>
          Show {Math.min(PAGE, matching.length - shown.length)} more answers
        </Button>
      )}
    </div>
  );
}
