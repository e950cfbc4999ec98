import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { SURVEY_STATUS_LABELS } from '../../../shared/contracts/surveys.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { formatDateTime } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { SuccessBanner } from '../../ui/SuccessBanner.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { Tag } from '../../ui/Tag.js';
import { useBuilderChange, useDeleteSurvey, useSurveyBuilder, type BuilderRequest } from './api.js';
import { plural, questionAnchor, STATUS_COLOURS } from './labels.js';
import { LifecycleActions } from './LifecycleActions.js';
import { NextWave } from './NextWave.js';
import { SectionBlock } from './SectionBlock.js';
import { SurveySettingsForm } from './SurveySettingsForm.js';
import { ResultsLinks } from '../results/ResultsLinks.js';
import { IdentifyingKept } from './IdentifyingKept.js';

/** The survey builder: settings, sections and questions, publishing. */
export function SurveyBuilderPage() {
  const orgId = useOrgId();
  const { strategyId = '', surveyId = '' } = useParams();
  const flash = useFlash();
  const navigate = useNavigate();
  const builder = useSurveyBuilder(surveyId);
  const change = useBuilderChange(surveyId);
  const problem = useFormProblem();
  const [done, setDone] = useState<string | null>(null);
  const [newSection, setNewSection] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const survey = builder.data?.survey;
  const remove = useDeleteSurvey(surveyId, strategyId);

  const send = (request: BuilderRequest, message: string) => {
    if (change.isPending) return;
    problem.clear();
    setDone(null);
    change.mutate(request, { onSuccess: () => setDone(message), onError: problem.showError });
  };

  const before = (
    <>
      <BackLink to={paths.surveys(orgId, strategyId)}>Back to surveys</BackLink>
      {(done ?? flash) && <SuccessBanner>{done ?? flash}</SuccessBanner>}
    </>
  );

  if (!builder.data || !survey) {
    return (
      <Page title="Survey" before={before}>
        {builder.isPending && <Loading what="the survey" />}
        {builder.isError && <LoadError error={builder.error} what="The survey" />}
      </Page>
    );
  }

  const { sections, questions } = builder.data;
  const canEdit = survey.can.update;
  const addSection = (event: FormEvent) => {
    event.preventDefault();
    if (!newSection.trim()) return problem.set({ detail: null, fields: { newSection: 'Enter a title for the section' } });
    send({ method: 'POST', path: '/sections', body: { title: newSection } }, `Section “${newSection.trim()}” added.`);
    setNewSection('');
  };
  const questionIds = Object.fromEntries(questions.map((q) => [q.id, questionAnchor(q.id)]));

  return (
    <Page title={survey.title} caption="Survey" before={before}>
      <p className="nhsuk-body">
        <Tag colour={STATUS_COLOURS[survey.status]}>{SURVEY_STATUS_LABELS[survey.status]}</Tag>
      </p>
      <SummaryList
        rows={[
          { key: 'Questions', value: plural(survey.questionCount, 'question') },
          ...(survey.responseCount === null ? [] : [{ key: 'Responses', value: plural(survey.responseCount, 'response') }]),
          { key: 'Anonymous', value: survey.anonymous ? 'Yes' : 'No' },
          { key: 'Opens', value: survey.opensAt ? formatDateTime(survey.opensAt) : 'When published' },
          { key: 'Closes', value: survey.closesAt ? formatDateTime(survey.closesAt) : 'When you close it' },
        ]}
      />
      <IdentifyingKept kept={survey.identifyingKept} />
      <ul className="nhsuk-list">
        <li>
          <Link to={paths.surveyPreview(orgId, strategyId, surveyId)}>Preview as a respondent</Link>
        </li>
        {survey.can.update && (
          <li>
            <Link to={paths.surveyDistribution(orgId, strategyId, surveyId)}>Share: open link, invitations, QR code and poster</Link>
          </li>
        )}
      </ul>
      <ResultsLinks orgId={orgId} strategyId={strategyId} survey={survey} />
      <LifecycleActions survey={survey} problems={builder.data.problems} questionIds={questionIds} />
      {survey.status !== 'draft' && survey.can.update && <NextWave orgId={orgId} survey={survey} />}
      <ErrorSummary problem={problem.problem} fieldIds={{ ...questionIds, newSection: 'new-section' }} />
      {sections.map((section, index) => (
        <SectionBlock
          key={section.id}
          section={section}
          index={index}
          sectionCount={sections.length}
          questions={questions.filter((q) => q.sectionId === section.id)}
          all={questions}
          canEdit={canEdit}
          busy={change.isPending}
          editPath={(questionId) => paths.surveyQuestion(orgId, strategyId, surveyId, questionId)}
          send={send}
        />
      ))}
      {canEdit && (
        <section aria-labelledby="add-section-heading">
          <h2 className="nhsuk-heading-m" id="add-section-heading">
            Add a section
          </h2>
          <form onSubmit={addSection} noValidate>
            <TextInput id="new-section" label="Section title" labelClassName="nhsuk-label--s" value={newSection} onChange={setNewSection} error={problem.field('newSection')} />
            <Button type="submit" variant="secondary" busy={change.isPending}>
              Add section
            </Button>
          </form>
        </section>
      )}
      {canEdit && <SurveySettingsForm key={survey.updatedAt} survey={survey} />}
      {survey.can.delete && (
        <section aria-labelledby="delete-survey-heading">
          <h2 className="nhsuk-heading-m" id="delete-survey-heading">
            Delete this survey
          </h2>
          <p className="nhsuk-body">Nobody has answered this survey yet, so it can be deleted.</p>
          <Button variant="warning" onClick={() => setConfirmDelete(true)}>
            Delete survey
          </Button>
          <ConfirmDialog
            open={confirmDelete}
            title="Delete this survey?"
            confirmLabel="Delete survey"
            busy={remove.isPending}
            onCancel={() => setConfirmDelete(false)}
            onConfirm={() =>
              remove.mutate(undefined, {
                onSuccess: () => navigate(paths.surveys(orgId, strategyId), { state: flashState(`“${survey.title}” has been deleted.`) }),
                onError: (error) => {
                  setConfirmDelete(false);
                  problem.showError(error);
                },
              })
            }
          >
            <p>“{survey.title}”, its sections and its questions will be deleted.</p>
          </ConfirmDialog>
        </section>
      )}
    </Page>
  );
}
