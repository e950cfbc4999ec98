import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  PROFILE_DIMENSIONS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type ProfileDimension,
  type QuestionType,
  type ShowIf,
} from '../../../shared/contracts/survey-definition.js';
import { ZUpdateQuestion, type BuilderQuestion, type SurveyBuilder } from '../../../shared/contracts/surveys.js';
import { PROFILE_DIMENSION_LABELS, usesOptions } from '../../../shared/survey-builder.js';
import { flashState } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { Radios } from '../../ui/Radios.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useBuilderChange, useSurveyBuilder } from './api.js';
import { ChoicesEditor, draftsOf, fromDrafts } from './ChoicesEditor.js';
import { ConditionEditor } from './ConditionEditor.js';
import { SystemsPicker } from './SystemsPicker.js';
import { TextArea } from './TextArea.js';

const ids = { title: 'question-title', help: 'question-help', type: 'question-type', dimension: 'question-dimension', options: 'question-options', rows: 'question-rows', systemIds: 'question-systems', showIf: 'show-if-question' };

/** One question on its own page: wording, help, required, type, options or statements, condition. */
export function QuestionEditPage() {
  const { surveyId = '', questionId = '' } = useParams();
  const builder = useSurveyBuilder(surveyId);
  const question = builder.data?.questions.find((q) => q.id === questionId);
  if (!builder.data || !question) {
    return (
      <Page title="Edit question">
        {builder.isPending && <Loading what="the question" />}
        {builder.isError && <LoadError error={builder.error} what="The question" />}
        {builder.data && !question && <p className="nhsuk-body">This question is no longer in the survey.</p>}
      </Page>
    );
  }
  return <QuestionForm key={question.id} builder={builder.data} question={question} />;
}

function QuestionForm({ builder, question }: { builder: SurveyBuilder; question: BuilderQuestion }) {
  const orgId = useOrgId();
  const navigate = useNavigate();
  const change = useBuilderChange(builder.survey.id);
  const form = useFormProblem();
  const back = paths.survey(orgId, builder.survey.strategyId, builder.survey.id);
  const number = builder.questions.indexOf(question) + 1;
  const [title, setTitle] = useState(question.title);
  const [help, setHelp] = useState(question.help);
  const [required, setRequired] = useState(question.required);
  const [type, setType] = useState<QuestionType>(question.type);
  const [dimension, setDimension] = useState<ProfileDimension>(question.dimension ?? 'staff_group');
  const [options, setOptions] = useState(draftsOf(question.options));
  const [rows, setRows] = useState(draftsOf(question.rows));
  const [showIf, setShowIf] = useState<ShowIf | null>(question.showIf);
  const [systemIds, setSystemIds] = useState(question.type === 'systems' ? question.options.map((o) => o.key) : []);
  const earlier = builder.questions.slice(0, number - 1).map((q, i) => ({ question: q, number: i + 1 }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const input = {
      title,
      help,
      required,
      type,
      ...(usesOptions(type) ? { options: fromDrafts(options) } : {}),
      ...(type === 'matrix' ? { rows: fromDrafts(rows) } : {}),
      ...(type === 'profile' ? { dimension } : {}),
      ...(type === 'systems' ? { systemIds } : {}),
      showIf,
    };
    const parsed = ZUpdateQuestion.safeParse(input);
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    change.mutate(
      { method: 'PATCH', path: `/questions/${question.id}`, body: parsed.data },
      { onSuccess: () => navigate(back, { state: flashState(`Question ${number} saved.`) }), onError: form.showError },
    );
  };

  return (
    <Page title={`Edit question ${number}`} caption={builder.survey.title} before={<BackLink to={back}>Back to the survey</BackLink>}>
      <ErrorSummary problem={form.problem} fieldIds={ids} />
      <form onSubmit={submit} noValidate>
        <TextArea id={ids.title} label="Question" value={title} onChange={setTitle} error={form.field('title')} rows={2} />
        <TextArea id={ids.help} label="Help text (optional)" hint="Shown under the question, for example “Select all that apply”." value={help} onChange={setHelp} error={form.field('help')} rows={2} />
        <div className="nhsuk-form-group">
          <div className="nhsuk-checkboxes">
            <div className="nhsuk-checkboxes__item">
              <input className="nhsuk-checkboxes__input" id="question-required" type="checkbox" checked={required} onChange={(event) => setRequired(event.target.checked)} />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="question-required">
                People must answer this question
              </label>
            </div>
          </div>
        </div>
        {question.answered ? (
          <p className="nhsuk-body">
            Type: {QUESTION_TYPE_LABELS[question.type]}. People have answered this question, so its type cannot change.
          </p>
        ) : (
          <Select
            id={ids.type}
            label="Type of question"
            labelClassName="nhsuk-label--s"
            value={type}
            onChange={(value) => setType(value as QuestionType)}
            error={form.field('type')}
            options={QUESTION_TYPES.map((t) => ({ value: t, label: QUESTION_TYPE_LABELS[t] }))}
          />
        )}
        {type === 'profile' && (
          <Radios
            id={ids.dimension}
            name="dimension"
            legend="What does it ask about?"
            hint="Answers come from the organisation's workforce lists and let results be compared between groups."
            options={PROFILE_DIMENSIONS.map((d) => ({ value: d, label: PROFILE_DIMENSION_LABELS[d] }))}
            value={dimension}
            onChange={(value) => setDimension(value as ProfileDimension)}
            error={form.field('dimension')}
          />
        )}
        {usesOptions(type) && (
          <ChoicesEditor id={ids.options} legend="Options" noun="option" error={form.field('options')} choices={options} locked={question.answeredKeys ?? []} onChange={setOptions} />
        )}
        {type === 'matrix' && (
          <ChoicesEditor
            id={ids.rows}
            legend="Statements"
            noun="statement"
            hint="Each statement is answered on the scale from Strongly disagree to Strongly agree."
            error={form.field('rows')}
            choices={rows}
            locked={question.answeredKeys ?? []}
            onChange={setRows}
          />
        )}
        {type === 'systems' && (
          <SystemsPicker id={ids.systemIds} orgId={orgId} current={question.type === 'systems' ? question.options : []} chosen={systemIds}
            locked={question.answeredKeys ?? []} error={form.field('systemIds')} onChange={setSystemIds} />
        )}
        <ConditionEditor earlier={earlier} profile={builder.profileChoices} value={showIf} error={form.field('showIf')} onChange={setShowIf} />
        <ButtonGroup>
          <Button type="submit" busy={change.isPending}>
            Save question
          </Button>
        </ButtonGroup>
      </form>
    </Page>
  );
}
