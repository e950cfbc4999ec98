import { Link, useNavigate, useParams } from 'react-router';
import { SURVEY_STATUS_LABELS, SURVEY_TEMPLATE_TITLES, type SurveySummary, type SurveyTemplate } from '../../../shared/contracts/surveys.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { formatDate } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { SuccessBanner } from '../../ui/SuccessBanner.js';
import { Table, type Column } from '../../ui/Table.js';
import { Tag } from '../../ui/Tag.js';
import { useStrategyOverview } from '../strategies/api.js';
import { useCreateSurvey, useSurveys } from './api.js';
import { STATUS_COLOURS } from './labels.js';
import { ResultsCellLink } from '../results/ResultsLinks.js';

/** The surveys of a strategy, and the two ways to start one. */
export function SurveyListPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const flash = useFlash();
  const navigate = useNavigate();
  const overview = useStrategyOverview(strategyId);
  const surveys = useSurveys(strategyId);
  const create = useCreateSurvey(strategyId);
  const form = useFormProblem();
  const strategy = overview.data?.strategy;
  const canCreate = strategy?.can.update ?? false;

  const start = (template: SurveyTemplate) => {
    if (create.isPending) return;
    form.clear();
    create.mutate(
      { title: SURVEY_TEMPLATE_TITLES[template], template },
      {
        onSuccess: (survey) =>
          navigate(paths.survey(orgId, strategyId, survey.id), {
            state: flashState(template === 'blank' ? 'Survey created. Add your questions.' : 'Survey created from the template. Check each question before you publish.'),
          }),
        onError: form.showError,
      },
    );
  };

  const columns: Column<SurveySummary>[] = [
    { header: 'Survey', cell: (s) => <Link to={paths.survey(orgId, strategyId, s.id)}>{s.title}</Link> },
    { header: 'Status', cell: (s) => <Tag colour={STATUS_COLOURS[s.status]}>{SURVEY_STATUS_LABELS[s.status]}</Tag> },
    { header: 'Questions', numeric: true, cell: (s) => s.questionCount.toLocaleString('en-GB') },
    // Staff are not told how many have answered (null), so they get no column for it.
    ...(surveys.data?.some((s) => s.responseCount !== null)
      ? [{ header: 'Responses', numeric: true, cell: (s: SurveySummary) => (s.responseCount ?? 0).toLocaleString('en-GB') }]
      : []),
    { header: 'Results', cell: (s) => <ResultsCellLink orgId={orgId} strategyId={strategyId} survey={s} /> },
    { header: 'Created', cell: (s) => formatDate(s.createdAt) },
  ];

  return (
    <Page
      title="Surveys"
      caption={strategy?.name}
      before={
        <>
          <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
          {flash && <SuccessBanner>{flash}</SuccessBanner>}
        </>
      }
    >
      <p className="nhsuk-body">
        Ask staff across the organisation which digital tools help them and which get in the way. Surveys are anonymous
        unless you choose otherwise.
      </p>
      {surveys.isPending && <Loading what="surveys" />}
      {surveys.isError && <LoadError error={surveys.error} what="The surveys" />}
      {surveys.data &&
        (surveys.data.length === 0 ? (
          <EmptyState title="There are no surveys for this strategy yet." />
        ) : (
          <Table caption="Surveys of this strategy" captionHidden columns={columns} rows={surveys.data} rowKey={(s) => s.id} />
        ))}
      {canCreate && (
        <section aria-labelledby="start-heading">
          <h2 className="nhsuk-heading-m" id="start-heading">
            Start a survey
          </h2>
          <ErrorSummary problem={form.problem} fieldIds={{}} />
          <p className="nhsuk-body">
            The Digital experience template asks about 12 questions a trust would ask its staff: the tools they use, how
            well those tools support their work, what helps, what gets in the way, training, and their ideas. You can
            change any of it before you publish.
          </p>
          <ButtonGroup>
            <Button busy={create.isPending} onClick={() => start('digital_experience')}>
              Start from the Digital experience template
            </Button>
            <Button variant="secondary" busy={create.isPending} onClick={() => start('blank')}>
              Blank survey
            </Button>
          </ButtonGroup>
        </section>
      )}
    </Page>
  );
}
