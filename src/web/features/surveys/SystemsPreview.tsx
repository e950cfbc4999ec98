import { SUPPORT_LABELS, type AnswerValue, type QuestionDefinition } from '../../../shared/contracts/survey-definition.js';

/**
 * A systems question in the builder's preview. Respondents get, per system, an "I use this" box
 * and a 1–5 rating (server-rendered pages); the preview folds both into one select a system,
 * which shows the same choices in less space.
 */
export function SystemsPreview({ id, question, value, onChange }: { id: string; question: QuestionDefinition; value: AnswerValue | undefined; onChange(value: AnswerValue | undefined): void }) {
  const levels = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const choose = (key: string, level: string) => {
    const next = { ...levels };
    if (level === '') delete next[key];
    else next[key] = Number(level);
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  if (question.options.length === 0) return <p className="nhsuk-body-s">No systems chosen yet.</p>;
  return (
    <>
      {question.options.map((system, i) => {
        const selectId = i === 0 ? id : `${id}-${system.key}`;
        return (
          <div key={system.key} className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor={selectId}>{system.label}</label>
            <select className="nhsuk-select" id={selectId} value={levels[system.key] === undefined ? '' : String(levels[system.key])} onChange={(event) => choose(system.key, event.target.value)}>
              <option value="">I do not use it</option>
              {SUPPORT_LABELS.map((label, level) => <option key={label} value={String(level + 1)}>{`${level + 1} ${label}`}</option>)}
            </select>
          </div>
        );
      })}
    </>
  );
}
