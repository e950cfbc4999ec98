import type { MeasureScore } from '../../../shared/contracts/maturity.js';
import { MAX_RATIONALE_LENGTH } from '../../../shared/contracts/maturity.js';
import { Button } from '../../ui/Button.js';
import { TextInput } from '../../ui/fields.js';
import { Radios } from '../../ui/Radios.js';
import { Textarea } from '../../ui/Textarea.js';
import { SummaryNotice } from './labels.js';

export interface MeasureDraft {
  score: string;
  rationale: string;
  evidence: { label: string; url: string }[];
}

export const draftOf = (m: MeasureScore): MeasureDraft => ({
  score: m.score === null ? '' : String(m.score),
  rationale: m.rationale,
  evidence: m.evidence.map((e) => ({ label: e.label, url: e.url ?? '' })),
});

interface Props {
  index: number;
  measure: MeasureScore;
  max: number;
  draft: MeasureDraft;
  error: string | undefined;
  onChange(next: MeasureDraft): void;
}

/** One measure's score, rationale and evidence, as a fieldset of its own. */
export function MeasureFields({ index, measure, max, draft, error, onChange }: Props) {
  const id = `measure-${index}`;
  const options = [
    ...Array.from({ length: max }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
    { value: '', label: 'Not yet scored' },
  ];
  const setEvidence = (evidence: MeasureDraft['evidence']) => onChange({ ...draft, evidence });
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-heading-m">{measure.name}</h2>
        {measure.description && <p className="nhsuk-body-s">{measure.description}</p>}
        {measure.description && measure.chorusSummary && <SummaryNotice />}
        <Radios
          id={id}
          name={id}
          legend={<>Score<span className="nhsuk-u-visually-hidden"> for {measure.name}</span></>}
          options={options}
          value={draft.score}
          onChange={(score) => onChange({ ...draft, score })}
          error={error}
          inline
        />
        <Textarea
          id={`${id}-rationale`}
          label={<>Rationale<span className="nhsuk-u-visually-hidden"> for {measure.name}</span></>}
          labelClassName="nhsuk-label--s"
          hint="Why this score: what is in place and what is missing for the next level. Markdown: - for a list, **bold**."
          rows={4}
          maxLength={MAX_RATIONALE_LENGTH}
          value={draft.rationale}
          onChange={(rationale) => onChange({ ...draft, rationale })}
        />
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Evidence<span className="nhsuk-u-visually-hidden"> for {measure.name}</span>
          </legend>
          <p className="nhsuk-hint">A label, with a web link when there is one. Without a link, the label names a document or record inside the organisation.</p>
          {draft.evidence.map((e, i) => (
            <div className="chorus-maturity-evidence" key={i}>
              <TextInput
                id={`${id}-evidence-${i}-label`}
                label={`Evidence ${i + 1} label`}
                value={e.label}
                onChange={(label) => setEvidence(draft.evidence.map((x, j) => (j === i ? { ...x, label } : x)))}
                width={20}
              />
              <TextInput
                id={`${id}-evidence-${i}-url`}
                label={`Evidence ${i + 1} link (optional)`}
                type="url"
                value={e.url}
                onChange={(url) => setEvidence(draft.evidence.map((x, j) => (j === i ? { ...x, url } : x)))}
                width={20}
              />
              <div className="nhsuk-form-group">
                <Button variant="secondary" small onClick={() => setEvidence(draft.evidence.filter((_, j) => j !== i))}>
                  Remove<span className="nhsuk-u-visually-hidden"> evidence {i + 1} of {measure.name}</span>
                </Button>
              </div>
            </div>
          ))}
          <Button variant="secondary" small onClick={() => setEvidence([...draft.evidence, { label: '', url: '' }])}>
            Add evidence<span className="nhsuk-u-visually-hidden"> for {measure.name}</span>
          </Button>
        </fieldset>
      </div>
    </div>
  );
}
