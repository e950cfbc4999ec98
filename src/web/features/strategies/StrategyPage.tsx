import { Link, useParams } from 'react-router';
import { PHASE_LABELS } from '../../../shared/contracts/strategies.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { formatDateTime } from '../../ui/format.js';
import { useOrganisation } from '../organisations/api.js';
import { useStrategyOverview } from './api.js';
import { ArchiveSection } from './ArchiveSection.js';
import { Checklist } from './Checklist.js';
import { DevelopWarnings } from './DevelopWarnings.js';
import { PhasePurpose } from './PhasePurpose.js';
import { PhaseTracker } from './PhaseTracker.js';
import { RestoreButton } from './RestoreButton.js';

export function StrategyPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const flash = useFlash();
  const overview = useStrategyOverview(strategyId);
  const role = useOrganisation(orgId).data?.role;
  const strategy = overview.data?.strategy;
  const { notify, banner } = useNotice(flash);

  const before = (
    <>
      <BackLink to={strategy?.archived ? paths.archivedStrategies(orgId) : paths.strategies(orgId)}>Back to strategies</BackLink>
      {banner}
    </>
  );

  if (!overview.data || !strategy) {
    return (
      <Page title="Strategy" before={before}>
        {overview.isPending && <Loading what="the strategy" />}
        {overview.isError && <LoadError error={overview.error} what="The strategy" />}
      </Page>
    );
  }

  return (
    <Page title={strategy.name} caption={`${strategy.startYear} to ${strategy.endYear}`} before={before}>
      {strategy.archived && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This strategy is archived, so it cannot be changed.</p>
          {strategy.can.archive && <RestoreButton strategy={strategy} onRestored={() => notify('The strategy has been restored. It can be changed again.')} />}
        </div>
      )}
      <h2 className="nhsuk-heading-m">Where the strategy is</h2>
      <PhaseTracker current={strategy.phase} />
      <SummaryList
        rows={[
          { key: 'Current phase', value: PHASE_LABELS[strategy.phase] },
          { key: 'Years', value: `${strategy.startYear} to ${strategy.endYear}` },
          { key: 'Last changed', value: formatDateTime(strategy.updatedAt) },
        ]}
      />
      {strategy.can.update && (
        <ul className="nhsuk-list chorus-strategy-changes">
          <li>
            <Link to={paths.strategyPhase(orgId, strategy.id)}>Change phase</Link>
          </li>
          <li>
            <Link to={paths.strategyRename(orgId, strategy.id)}>Change name and years</Link>
          </li>
        </ul>
      )}
      <PhasePurpose phase={strategy.phase} />
      <section aria-labelledby="discover-heading">
        <h2 className="nhsuk-heading-m" id="discover-heading">
          Discover
        </h2>
        <ul className="nhsuk-list">
          {/* Interview notes are for the strategy team and leaders only (see interviews/policy.ts). */}
          {role && role !== 'staff' && (
            <li>
              <Link to={paths.interviews(orgId, strategy.id)}>Leader interviews</Link>
            </li>
          )}
          <li>
            <Link to={paths.workshops(orgId, strategy.id)}>Workshops</Link>
          </li>
          <li>
            <Link to={paths.surveys(orgId, strategy.id)}>Surveys</Link>
          </li>
          {strategy.can.update && (
            <li>
              <Link to={paths.surveyImport(orgId, strategy.id)}>Import survey results from another tool</Link>
            </li>
          )}
          <li>
            <Link to={paths.estate(orgId)}>Systems register</Link> and this strategy's{' '}
            <Link to={paths.registerSnapshots(orgId, strategy.id)}>register baselines</Link>
          </li>
          <li>
            <Link to={paths.maturity(orgId)}>Digital maturity assessments</Link>
          </li>
        </ul>
      </section>
      {/* Define is the strategy team's work (admins and the strategy team); each Define tool adds its link here. */}
      {(role === 'admin' || role === 'strategy_team') && (
        <section aria-labelledby="define-heading">
          <h2 className="nhsuk-heading-m" id="define-heading">
            Define
          </h2>
          <ul className="nhsuk-list">
            <li>
              <Link to={paths.evidence(orgId, strategy.id)}>Evidence library</Link>: search and filter everything people said
            </li>
            <li>
              <Link to={paths.personalInformation(orgId, strategy.id)}>Personal information to check</Link>
            </li>
            <li>
              <Link to={paths.codebook(orgId, strategy.id)}>Codebook</Link>: the tags you apply to evidence, with how often each is used
            </li>
            <li>
              <Link to={paths.themeRuns(orgId, strategy.id)}>Suggest themes</Link>: group what people said into themes and accept them as tags
            </li>
            <li>
              <Link to={paths.board(orgId, strategy.id)}>Affinity board</Link>: sort evidence into clusters and make a cluster an insight
            </li>
            <li>
              <Link to={paths.insights(orgId, strategy.id)}>Insights</Link>: statements of what you heard, each backed by evidence, with how strongly
            </li>
            <li>
              <Link to={paths.playback(orgId, strategy.id)}>Playback to leaders</Link>: the pack of what you heard, shared with senior leaders for their reactions, and as a Word document
            </li>
          </ul>
        </section>
      )}
      {/* Leaders read the insights (and later react to the playback); the rest of Define is the team's. */}
      {role === 'leader' && (
        <section aria-labelledby="define-heading">
          <h2 className="nhsuk-heading-m" id="define-heading">
            Define
          </h2>
          <p className="nhsuk-body">
            <Link to={paths.insights(orgId, strategy.id)}>Insights</Link>: what the strategy team heard, each backed by evidence, with how strongly
          </p>
          <p className="nhsuk-body">
            <Link to={paths.playback(orgId, strategy.id)}>Playback to leaders</Link>: once the strategy team shares it, what they heard, for your reactions
          </p>
        </section>
      )}
      {/* Develop: the team edits; leaders read everything and comment. */}
      {role !== 'staff' && (
        <section aria-labelledby="develop-heading">
          <h2 className="nhsuk-heading-m" id="develop-heading">
            Develop
          </h2>
          <ul className="nhsuk-list">
            <li>
              <Link to={paths.mission(orgId, strategy.id)}>Mission and vision</Link>: drafts, versions compared word by word, and the agreed text
            </li>
            <li>
              <Link to={paths.priorities(orgId, strategy.id)}>Priority themes</Link>: scored against weighted criteria, each traced to the voices behind it
            </li>
            <li>
              <Link to={paths.roadmap(orgId, strategy.id)}>Programme roadmap</Link>: programmes and initiatives on a timeline, with their dependencies
            </li>
            <li>
              <Link to={paths.measures(orgId, strategy.id)}>Outcome measures</Link>: baselines, targets and values over time
            </li>
            <li>
              <Link to={paths.partnership(orgId, strategy.id)}>Staff partnership</Link>: what staff can expect from the digital team, and what it asks of staff
            </li>
          </ul>
          <DevelopWarnings orgId={orgId} strategyId={strategy.id} />
        </section>
      )}
      {role !== 'staff' && (
        <section aria-labelledby="deliver-heading">
          <h2 className="nhsuk-heading-m" id="deliver-heading">
            Deliver
          </h2>
          <p className="nhsuk-body">
            <Link to={paths.delivery(orgId, strategy.id)}>Delivery</Link>: initiatives by their latest RAG rating, progress per priority theme, updates due and
            how the measures move; each initiative’s page records its updates
          </p>
          <p className="nhsuk-body">
            <Link to={paths.document(orgId, strategy.id)}>Strategy document</Link>: the document composed from the plan, its numbered frozen versions and
            their downloads (PDF, Word and a strategy on a page), sign-off by the executive and publishing
          </p>
          <p className="nhsuk-body">
            <Link to={paths.youSaid(orgId, strategy.id)}>You said, we did</Link>: what staff told us, what was decided because of it and what has been done,
            as staff will read it once the strategy is published
          </p>
        </section>
      )}
      <Checklist overview={overview.data} />
      {strategy.can.archive && !strategy.archived && <ArchiveSection strategy={strategy} />}
    </Page>
  );
}
