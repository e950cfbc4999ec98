import { Link, useParams } from 'react-router';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Contents } from '../../ui/Contents.js';
import { Page } from '../../ui/Page.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { roadmapCsvUrl, useRoadmap } from './api.js';
import { ImportRoadmapForm } from './ImportRoadmapForm.js';
import { ProgrammeList } from './ProgrammeList.js';
import { RoadmapBoard } from './RoadmapBoard.js';
import { RoadmapTable } from './RoadmapTable.js';
import { RoadmapTimeline } from './RoadmapTimeline.js';
import { roadmapPaths } from './roadmap-paths.js';
import './roadmap.scss';

const SECTIONS = [
  { id: 'timeline', label: 'Timeline by quarter' },
  { id: 'board', label: 'Now, next and later' },
  { id: 'table', label: 'Table of initiatives' },
  { id: 'programmes', label: 'Programmes' },
  { id: 'csv', label: 'Download or import as CSV' },
];

/** The programme roadmap in three views of the same data: a timeline, a now/next/later board and a table. */
export function RoadmapPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const roadmap = useRoadmap(strategyId);
  const { banner, notify } = useNotice(useFlash());
  const data = roadmap.data;
  const before = (
    <>
      <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
      {banner}
    </>
  );
  if (!data) {
    return (
      <Page title="Programme roadmap" before={before}>
        {roadmap.isPending && <Loading what="the roadmap" />}
        {roadmap.isError && <LoadError error={roadmap.error} what="The roadmap" />}
      </Page>
    );
  }
  const links = roadmapPaths(orgId, strategyId);
  const edit = data.can.edit;
  return (
    <Page title="Programme roadmap" caption={data.strategy.name} before={before}>
      <p className="nhsuk-body">
        Programmes deliver the priority themes; each initiative has months, an owner and what it depends on.
        {data.criticalPath.chain.length > 1 && ` The longest chain of dependent work (the critical path) takes ${data.criticalPath.months} months.`}
      </p>
      {!edit && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">You can read the roadmap and comment on initiatives. The strategy team changes it.</p>
        </div>
      )}
      {edit && (
        <div className="nhsuk-button-group">
          {data.programmes.length > 0 && <Link className="nhsuk-button" to={links.newInitiative}>Add an initiative</Link>}
          {data.priorities.length > 0 && <Link className="nhsuk-button nhsuk-button--secondary" to={links.newProgramme}>Add a programme</Link>}
        </div>
      )}
      {data.priorities.length === 0 && (
        <EmptyState title="There are no priority themes yet">
          <p className="nhsuk-body">Programmes sit under priority themes. <Link to={paths.priorities(orgId, strategyId)}>Add a priority theme</Link> first.</p>
        </EmptyState>
      )}
      {data.priorities.length > 0 && data.initiatives.length === 0 && (
        <EmptyState title="The roadmap is empty">
          <p className="nhsuk-body">{data.programmes.length === 0 ? 'Add a programme under a priority theme, then its initiatives' : 'Add initiatives to the programmes'}, or import them from a CSV file.</p>
        </EmptyState>
      )}
      <Contents items={SECTIONS} />
      <h2 className="nhsuk-heading-m" id="timeline">Timeline by quarter</h2>
      {data.initiatives.length > 0 ? <RoadmapTimeline roadmap={data} /> : <p className="nhsuk-body">The timeline appears when there are initiatives.</p>}
      <h2 className="nhsuk-heading-m" id="board">Now, next and later</h2>
      <RoadmapBoard orgId={orgId} roadmap={data} />
      <h2 className="nhsuk-heading-m" id="table">Table of initiatives</h2>
      {data.initiatives.length > 0 ? <RoadmapTable orgId={orgId} roadmap={data} /> : <p className="nhsuk-body">No initiatives yet.</p>}
      <h2 className="nhsuk-heading-m" id="programmes">Programmes</h2>
      <ProgrammeList roadmap={data} links={links} notify={notify} />
      <h2 className="nhsuk-heading-m" id="csv">Download or import as CSV</h2>
      <p className="nhsuk-body">
        <a href={roadmapCsvUrl(strategyId)} download>Download the roadmap as CSV</a> (one initiative a row; "Depends on" lists titles separated by semicolons).
      </p>
      {edit && <ImportRoadmapForm strategyId={strategyId} notify={notify} />}
    </Page>
  );
}
