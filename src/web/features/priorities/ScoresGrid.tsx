import type { Criterion } from '../../../shared/contracts/priorities.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';

const OPTIONS = ['', '1', '2', '3', '4', '5'];

interface Props {
  themes: { id: string; title: string; scores: Record<string, number> }[];
  criteria: Criterion[];
  canEdit: boolean;
  onScore(priorityId: string, criterionId: string, score: number): void;
}

/** One row per theme, one column per criterion; each score a labelled select (1 low, 5 high). */
export function ScoresGrid({ themes, criteria, canEdit, onScore }: Props) {
  return (
    <ScrollRegion label="Scores of each theme against each criterion">
      <table className="nhsuk-table chorus-table--grid">
        <caption className="nhsuk-u-visually-hidden">Scores from 1 (low) to 5 (high); for effort criteria a high score means more cost or risk</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Theme</th>
            {criteria.map((c) => (
              <th key={c.id} scope="col" className="nhsuk-table__header">
                {c.name} <span className="nhsuk-body-s">({c.kind === 'value' ? 'value' : 'effort'})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {themes.map((theme) => (
            <tr key={theme.id} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__header chorus-break-anywhere">{theme.title}</th>
              {criteria.map((c) => {
                const score = theme.scores[c.id];
                return (
                  <td key={c.id} className="nhsuk-table__cell">
                    {canEdit ? (
                      <>
                        <label className="nhsuk-u-visually-hidden" htmlFor={`score-${theme.id}-${c.id}`}>
                          {theme.title}: {c.name}
                        </label>
                        <select
                          id={`score-${theme.id}-${c.id}`}
                          className="nhsuk-select chorus-score-select"
                          value={score === undefined ? '' : String(score)}
                          onChange={(e) => e.target.value && onScore(theme.id, c.id, Number(e.target.value))}
                        >
                          {OPTIONS.map((o) => (
                            <option key={o} value={o} disabled={o === '' && score !== undefined}>
                              {o === '' ? 'Not scored' : o}
                            </option>
                          ))}
                        </select>
                      </>
                    ) : (
                      (score ?? 'Not scored')
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
