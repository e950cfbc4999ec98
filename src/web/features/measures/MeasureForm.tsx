import { useState, type FormEvent } from 'react';
import type { MeasureChoices, MeasureDetail } from '../../../shared/contracts/measures.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import type { MeasureBody } from './api.js';
import { formatNumber, numberOrText } from './words.js';

/** Field → id of its input, in page order, so the error summary links to each. */
const FIELD_IDS = {
  owner: 'measure-owner',
  name: 'measure-name',
  unit: 'measure-unit',
  direction: 'measure-direction',
  baselineValue: 'measure-baseline-value',
  baselineOn: 'measure-baseline-on',
  baselineSource: 'measure-baseline-source',
  targetValue: 'measure-target-value',
  targetOn: 'measure-target-on',
  source: 'measure-source',
  surveyQuestionId: 'measure-question',
  countedAnswers: 'measure-counted',
  maturityMeasureId: 'measure-maturity',
};

const SOURCES = [
  { value: 'manual', label: 'Typed in by the team', hint: 'Add each value as it is measured.' },
  { value: 'survey', label: 'A staff survey question', hint: 'The share of staff giving the answers you choose, from each wave of the survey.' },
  { value: 'maturity', label: 'A What Good Looks Like score', hint: 'The score in each completed maturity assessment.' },
];

interface Props {
  choices: MeasureChoices;
  /** The measure being changed; absent when adding one. */
  measure?: MeasureDetail;
  busy: boolean;
  submitLabel: string;
  onSubmit: (body: MeasureBody, problems: ReturnType<typeof useFormProblem>) => void;
}

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatNumber(value).replace(/,/g, ''));

/** Add or change a measure: its owner, name, unit, direction, baseline, target and where its values come from. */
export function MeasureForm({ choices, measure, busy, submitLabel, onSubmit }: Props) {
  const problems = useFormProblem();
  const [owner, setOwner] = useState(measure ? `${measure.priorityId ? 'priority' : 'initiative'}:${measure.priorityId ?? measure.initiativeId}` : '');
  const [name, setName] = useState(measure?.name ?? '');
  const [unit, setUnit] = useState(measure?.unit ?? '');
  const [direction, setDirection] = useState<string>(measure?.direction ?? '');
  // A baseline taken from the first survey wave is not the measure's own: the form keeps it empty.
  const own = measure && !measure.baseline.fromFirstWave ? measure.baseline : null;
  const [baselineValue, setBaselineValue] = useState(text(own?.value));
  const [baselineOn, setBaselineOn] = useState(own?.on?.on ?? '');
  const [baselineSource, setBaselineSource] = useState(measure?.baselineSource ?? '');
  const [targetValue, setTargetValue] = useState(text(measure?.target.value));
  const [targetOn, setTargetOn] = useState(measure?.target.on?.on ?? '');
  const [source, setSource] = useState<string>(measure?.source ?? 'manual');
  const [questionId, setQuestionId] = useState(measure?.surveyQuestionId ?? '');
  const [counted, setCounted] = useState<string[]>(measure?.countedAnswers ?? []);
  const [maturityId, setMaturityId] = useState(measure?.maturityMeasureId ?? '');
  const question = choices.surveyQuestions.find((q) => q.id === questionId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    problems.clear();
    const [kind, ownerId] = owner.split(':');
    onSubmit(
      {
        priorityId: kind === 'priority' ? ownerId! : null,
        initiativeId: kind === 'initiative' ? ownerId! : null,
        name,
        unit,
        direction: (direction || undefined) as MeasureBody['direction'],
        baselineValue: numberOrText(baselineValue) as number | null,
        baselineOn: baselineOn || null,
        baselineSource,
        targetValue: numberOrText(targetValue) as number | null,
        targetOn: targetOn || null,
        source: source as MeasureBody['source'],
        surveyQuestionId: source === 'survey' ? questionId || null : null,
        countedAnswers: source === 'survey' ? counted : [],
        maturityMeasureId: source === 'maturity' ? maturityId || null : null,
      },
      problems,
    );
  };

  return (
    <form onSubmit={submit} noValidate className="chorus-measure-form">
      <ErrorSummary problem={problems.problem} fieldIds={FIELD_IDS} />
      <Select
        id={FIELD_IDS.owner}
        label="Priority or initiative it belongs to"
        value={owner}
        onChange={setOwner}
        error={problems.field('owner')}
        options={[{ value: '', label: 'Choose one' }, ...choices.owners.map((o) => ({ value: `${o.kind}:${o.id}`, label: o.kind === 'priority' ? `Priority: ${o.label}` : `Initiative: ${o.label}` }))]}
      />
      <TextInput id={FIELD_IDS.name} label="Name" hint="What is measured, like “Time to log in to clinical systems”." value={name} onChange={setName} error={problems.field('name')} maxLength={400} />
      <TextInput id={FIELD_IDS.unit} label="Unit" hint="Like % of staff, minutes or wards." width={20} value={unit} onChange={setUnit} error={problems.field('unit')} />
      <Radios
        id={FIELD_IDS.direction}
        name="direction"
        legend="Which way is better?"
        value={direction}
        onChange={setDirection}
        error={problems.field('direction')}
        inline
        options={[
          { value: 'up', label: 'Higher is better' },
          { value: 'down', label: 'Lower is better' },
        ]}
      />
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Baseline</legend>
        {source === 'survey' && <p className="nhsuk-hint">Leave it empty to take the baseline from the survey’s first wave.</p>}
        <TextInput id={FIELD_IDS.baselineValue} label="Value" inputMode="decimal" width={10} value={baselineValue} onChange={setBaselineValue} error={problems.field('baselineValue')} />
        <TextInput id={FIELD_IDS.baselineOn} label="Date" type="date" width={10} value={baselineOn} onChange={setBaselineOn} error={problems.field('baselineOn')} />
        <TextInput id={FIELD_IDS.baselineSource} label="Source (optional)" hint="Where the figure comes from, like “Service desk report, March 2026”." value={baselineSource} onChange={setBaselineSource} error={problems.field('baselineSource')} />
      </fieldset>
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Target</legend>
        <TextInput id={FIELD_IDS.targetValue} label="Value" inputMode="decimal" width={10} value={targetValue} onChange={setTargetValue} error={problems.field('targetValue')} />
        <TextInput id={FIELD_IDS.targetOn} label="To reach by" type="date" width={10} value={targetOn} onChange={setTargetOn} error={problems.field('targetOn')} />
      </fieldset>
      <Radios id={FIELD_IDS.source} name="source" legend="Where do its values come from?" value={source} onChange={setSource} error={problems.field('source')} options={SOURCES} />
      {source === 'survey' && (
        <div className="nhsuk-inset-text">
          {choices.surveyQuestions.length === 0 ? (
            <p className="nhsuk-body">This strategy’s surveys have no choice, agreement or rating questions yet. Add one to a survey first.</p>
          ) : (
            <>
              <Select
                id={FIELD_IDS.surveyQuestionId}
                label="Survey question"
                value={questionId}
                onChange={(id) => {
                  setQuestionId(id);
                  setCounted([]);
                }}
                error={problems.field('surveyQuestionId')}
                options={[{ value: '', label: 'Choose a question' }, ...choices.surveyQuestions.map((q) => ({ value: q.id, label: `${q.surveyTitle}: ${q.title}` }))]}
              />
              {question && (
                <div className={['nhsuk-form-group', problems.field('countedAnswers') ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
                  <fieldset className="nhsuk-fieldset" aria-describedby={`${FIELD_IDS.countedAnswers}-hint`}>
                    <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Answers that count</legend>
                    <div className="nhsuk-hint" id={`${FIELD_IDS.countedAnswers}-hint`}>
                      {question.type === 'multiple_choice' ? 'Choose one option: the measure is the share of staff who ticked it.' : 'The measure is the share of those answering who chose one of these, like Agree and Strongly agree.'}
                    </div>
                    {problems.field('countedAnswers') && (
                      <span className="nhsuk-error-message">
                        <span className="nhsuk-u-visually-hidden">Error:</span> {problems.field('countedAnswers')}
                      </span>
                    )}
                    <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                      {question.answers.map((answer, index) => {
                        const id = index === 0 ? FIELD_IDS.countedAnswers : `${FIELD_IDS.countedAnswers}-${index + 1}`;
                        return (
                          <div className="nhsuk-checkboxes__item" key={answer.key}>
                            <input
                              className="nhsuk-checkboxes__input"
                              id={id}
                              type="checkbox"
                              checked={counted.includes(answer.key)}
                              onChange={(event) => setCounted(event.target.checked ? [...counted, answer.key] : counted.filter((k) => k !== answer.key))}
                            />
                            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                              {answer.label}
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                </div>
              )}
            </>
          )}
        </div>
      )}
      {source === 'maturity' && (
        <div className="nhsuk-inset-text">
          <Select
            id={FIELD_IDS.maturityMeasureId}
            label="What Good Looks Like measure"
            value={maturityId}
            onChange={setMaturityId}
            error={problems.field('maturityMeasureId')}
            options={[{ value: '', label: 'Choose a measure' }, ...choices.maturityMeasures.map((m) => ({ value: m.id, label: m.label }))]}
          />
        </div>
      )}
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
