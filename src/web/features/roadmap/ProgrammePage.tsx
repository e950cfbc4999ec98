import { Link, useParams } from 'react-router';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { plural } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { DevelopComments } from '../comments/DevelopComments.js';
import { useRoadmap } from './api.js';
import { roadmapPaths } from './roadmap-paths.js';
import { StatusTag } from './StatusTag.js';
import './roadmap.scss';

/**
 * One programme: the priority theme it delivers, its initiatives in start order, and the
 * conversation about it (leaders comment here as on any other Develop item). Read from the
 * roadmap the list page already loads, so moving between them costs no request.
 */
export function ProgrammePage() {
  const orgId = useOrgId();
  const { strategyId = '', programmeId = '' } = useParams();
  const roadmap = useRoadmap(strategyId);
  const links = roadmapPaths(orgId, strategyId);
  const before = <BackLink to={links.roadmap}>Back to the roadmap</BackLink>;
  const programme = roadmap.data?.programmes.find((p) => p.id === programmeId);
  if (!roadmap.data || !programme) {
    return (
      <Page title="Programme" before={before}>
        {roadmap.isPending && <Loading what="the programme" />}
        {roadmap.isError && <LoadError error={roadmap.error} what="The programme" />}
        {roadmap.data && !programme && <p className="nhsuk-body">This programme is not on the roadmap: it may have been deleted.</p>}
      </Page>
    );
  }
  const initiatives = roadmap.data.initiatives
    .filter((i) => i.programmeId === programme.id)
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  return (
    <Page title={`Programme: ${programme.name.slice(0, 60)}`} heading={<span className="chorus-break-anywhere">{programme.name}</span>} caption="Programme" before={before}>
      <p className="nhsuk-body chorus-break-anywhere">
        Delivers the priority theme <Link to={paths.priority(orgId, strategyId, programme.priorityId)}>{programme.priorityTitle}</Link>.
      </p>
      {programme.summary && <p className="nhsuk-body chorus-break-anywhere">{programme.summary}</p>}
      {roadmap.data.can.edit && (
        <p className="nhsuk-body">
          <Link to={links.editProgramme(programme.id)}>Edit the programme</Link>
        </p>
      )}
      <h2 className="nhsuk-heading-m">{plural(initiatives.length, 'initiative')}</h2>
      {initiatives.length === 0 ? (
        <p className="nhsuk-body">No initiatives yet.{roadmap.data.can.edit ? ' Add one from the roadmap.' : ''}</p>
      ) : (
        <ul className="nhsuk-list">
          {initiatives.map((i) => (
            <li key={i.id}>
              <Link to={links.initiative(i.id)} className="chorus-break-anywhere">{i.title}</Link> <StatusTag status={i.status} />
              <br />
              <span className="nhsuk-body-s">{i.startLabel} to {i.endLabel}{i.owner ? `, ${i.owner}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
      <DevelopComments strategyId={strategyId} subjectType="programme" subjectId={programme.id} />
    </Page>
  );
}
