import type { ReactNode } from 'react';
import {
  LIKERT_LABELS,
  PREFER_NOT_TO_SAY,
  RATING_MAX,
  RATING_MIN,
  type AnswerValue,
  type ProfileChoices,
  type QuestionDefinition,
} from '../../../shared/contracts/survey-definition.js';
import { Radios } from '../../ui/Radios.js';
import { SystemsPreview } from './SystemsPreview.js';

interface Props {
  question: QuestionDefinition;
  number: number;
  profile: ProfileChoices;
  value: AnswerValue | undefined;
  ranks: Record<string, string>;
  error?: string | undefined;
  onChange(value: AnswerValue | undefined): void;
  onRank(key: string, rank: string): void;
}

/** The id the error summary links to: the question's first control. */
export const answerId = (questionId: string) => `answer-${questionId}`;

/** One question as a respondent meets it, in NHS.UK form components. */
export function PreviewQuestion({ question, number, profile, value, ranks, error, onChange, onRank }: Props) {
  const id = answerId(question.id);
  const legend = (
    <>
      <span className="nhsuk-u-visually-hidden">Question {number}: </span>
      {question.title}
      {!question.required && <span className="chorus-muted"> (optional)</span>}
    </>
  );
  const hint = question.help || undefined;
  const legendClassName = 'nhsuk-fieldset__legend--s';

  switch (question.type) {
    case 'single_choice':
    case 'profile': {
      const options =
        question.type === 'profile' && question.dimension
          ? [...profile[question.dimension], { key: PREFER_NOT_TO_SAY, label: 'Prefer not to say' }]
          : question.options;
      return (
        <Radios id={id} name={id} legend={legend} legendClassName={legendClassName} hint={hint} error={error}
          options={options.map((o) => ({ value: o.key, label: o.label }))} value={typeof value === 'string' ? value : ''} onChange={onChange} />
      );
    }
    case 'likert':
      return (
        <Radios id={id} name={id} legend={legend} legendClassName={legendClassName} hint={hint} error={error}
          options={LIKERT_LABELS.map((label, i) => ({ value: String(i + 1), label }))} value={value === undefined ? '' : String(value)} onChange={(v) => onChange(Number(v))} />
      );
    case 'rating':
      return (
        <Radios id={id} name={id} legend={legend} legendClassName={legendClassName} hint={hint} error={error} inline
          options={Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => ({ value: String(RATING_MIN + i), label: String(RATING_MIN + i) }))}
          value={value === undefined ? '' : String(value)} onChange={(v) => onChange(Number(v))} />
      );
    case 'multiple_choice': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <Group id={id} legend={legend} hint={hint} error={error}>
          <div className="nhsuk-checkboxes">
            {question.options.map((o, i) => {
              const optionId = i === 0 ? id : `${id}-${i + 1}`;
              return (
                <div className="nhsuk-checkboxes__item" key={o.key}>
                  <input className="nhsuk-checkboxes__input" id={optionId} name={id} type="checkbox" value={o.key} checked={chosen.includes(o.key)}
                    onChange={(event) => onChange(event.target.checked ? [...chosen, o.key] : chosen.filter((k) => k !== o.key))} />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>{o.label}</label>
                </div>
              );
            })}
          </div>
        </Group>
      );
    }
    case 'ranking':
      return (
        <Group id={id} legend={legend} hint={hint ?? 'Give each a different number, 1 for the most important.'} error={error}>
          {question.options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div className="nhsuk-form-group chorus-rank" key={o.key}>
                <label className="nhsuk-label" htmlFor={optionId}>{o.label}</label>
                <select className="nhsuk-select" id={optionId} value={ranks[o.key] ?? ''} onChange={(event) => onRank(o.key, event.target.value)}>
                  <option value="">Choose a rank</option>
                  {question.options.map((_, r) => <option key={r} value={String(r + 1)}>{r + 1}</option>)}
                </select>
              </div>
            );
          })}
        </Group>
      );
    case 'matrix': {
      const levels = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
      return (
        <Group id={`${id}-group`} legend={legend} hint={hint} error={error}>
          <div className="chorus-matrix" role="region" aria-label={`${question.title}: table of statements`} tabIndex={0}>
            <table className="nhsuk-table">
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th className="nhsuk-table__header" scope="col">Statement</th>
                  {LIKERT_LABELS.map((label) => <th key={label} className="nhsuk-table__header chorus-matrix__level" scope="col">{label}</th>)}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {question.rows.map((row, r) => (
                  <tr key={row.key} className="nhsuk-table__row">
                    <th className="nhsuk-table__header" scope="row">{row.label}</th>
                    {LIKERT_LABELS.map((label, level) => {
                      const cellId = r === 0 && level === 0 ? id : `${id}-${row.key}-${level + 1}`;
                      return (
                        <td key={label} className="nhsuk-table__cell chorus-matrix__cell">
                          <div className="nhsuk-radios nhsuk-radios--small">
                            <div className="nhsuk-radios__item">
                              <input className="nhsuk-radios__input" id={cellId} name={`${id}-${row.key}`} type="radio" checked={levels[row.key] === level + 1}
                                onChange={() => onChange({ ...levels, [row.key]: level + 1 })} />
                              <label className="nhsuk-label nhsuk-radios__label" htmlFor={cellId}>
                                <span className="nhsuk-u-visually-hidden">{row.label}: {label}</span>
                              </label>
                            </div>
                          </div>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Group>
      );
    }
    case 'systems':
      return (
        <Group id={`${id}-group`} legend={legend} hint={hint ?? 'Say how well each system you use supports your work, from 1 (very poorly) to 5 (very well).'} error={error}>
          <SystemsPreview id={id} question={question} value={value} onChange={onChange} />
        </Group>
      );
    case 'short_text':
    case 'long_text':
      return (
        <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>{legend}</label>
          {hint && <div className="nhsuk-hint" id={`${id}-hint`}>{hint}</div>}
          {error && <span className="nhsuk-error-message" id={`${id}-error`}><span className="nhsuk-u-visually-hidden">Error:</span> {error}</span>}
          {question.type === 'short_text' ? (
            <input className={['nhsuk-input', error ? 'nhsuk-input--error' : null].filter(Boolean).join(' ')} id={id} type="text" value={typeof value === 'string' ? value : ''}
              onChange={(event) => onChange(event.target.value)} aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined} />
          ) : (
            <textarea className={['nhsuk-textarea', error ? 'nhsuk-textarea--error' : null].filter(Boolean).join(' ')} id={id} rows={5} value={typeof value === 'string' ? value : ''}
              onChange={(event) => onChange(event.target.value)} aria-describedby={[hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined} />
          )}
        </div>
      );
  }
}

/** A fieldset with legend, hint and error, for questions made of several controls. */
function Group({ id, legend, hint, error, children }: { id: string; legend: ReactNode; hint: string | undefined; error: string | undefined; children: ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint && <div className="nhsuk-hint" id={`${id}-hint`}>{hint}</div>}
        {error && <span className="nhsuk-error-message" id={`${id}-error`}><span className="nhsuk-u-visually-hidden">Error:</span> {error}</span>}
        {children}
      </fieldset>
    </div>
  );
}
