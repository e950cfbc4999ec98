import { useState } from 'react';
import { Link } from 'react-router';
import { PROJECT_STATUS_LABELS, type ProjectView } from '../../../shared/contracts/estate.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { formatDate } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Table } from '../../ui/Table.js';
import { useDeleteProject, useProjects } from './api.js';
import { EstateNav } from './EstateNav.js';
import './estate.scss';

const when = (p: ProjectView) => {
  if (!p.startOn && !p.endOn) return 'Not recorded';
  return `${p.startOn ? formatDate(p.startOn) : '…'} to ${p.endOn ? formatDate(p.endOn) : '…'}`;
};

/** Work already in flight: projects and the systems they change, so the strategy does not plan over them. */
export function ProjectsPage() {
  const orgId = useOrgId();
  const { banner, notify } = useNotice(useFlash());
  const projects = useProjects(orgId);
  const remove = useDeleteProject(orgId);
  const [deleting, setDeleting] = useState<ProjectView | null>(null);
  const canChange = projects.data?.can.manage ?? false;
  return (
    <Page title="Work in flight" caption="Digital estate" before={banner}>
      <EstateNav current="projects" />
      <p className="nhsuk-body">Projects already running or agreed, and the systems each one changes.</p>
      {canChange && (
        <Link className="nhsuk-button" to={paths.newEstateProject(orgId)}>
          Add a project
        </Link>
      )}
      {projects.isPending && <Loading what="projects" />}
      {projects.isError && <LoadError error={projects.error} what="The projects" />}
      {remove.isError && <p className="nhsuk-error-message">{remove.error.message}</p>}
      {projects.data &&
        (projects.data.projects.length === 0 ? (
          <EmptyState title="No projects recorded yet." />
        ) : (
          <Table
            caption={`${projects.data.projects.length} ${projects.data.projects.length === 1 ? 'project' : 'projects'}`}
            columns={[
              { header: 'Project', cell: (p) => (canChange ? <Link to={paths.editEstateProject(orgId, p.id)}>{p.name}</Link> : p.name) },
              { header: 'Status', cell: (p) => PROJECT_STATUS_LABELS[p.status] },
              { header: 'Sponsor', cell: (p) => p.sponsor ?? 'Not recorded' },
              { header: 'When', cell: when },
              {
                header: 'Systems affected',
                cell: (p) =>
                  p.systems.length === 0
                    ? 'None'
                    : p.systems.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 && ', '}
                          <Link to={paths.system(orgId, s.id)}>{s.name}</Link>
                        </span>
                      )),
              },
              ...(canChange
                ? [
                    {
                      header: 'Actions',
                      headerHidden: true,
                      cell: (p: ProjectView) => (
                        <Button variant="warning" small onClick={() => setDeleting(p)}>
                          Delete<span className="nhsuk-u-visually-hidden"> {p.name}</span>
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
            rows={projects.data.projects}
            rowKey={(p) => p.id}
          />
        ))}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.name ?? 'the project'}?`}
        confirmLabel="Delete the project"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notify(`${deleting.name} has been deleted.`);
              setDeleting(null);
            },
            onError: () => setDeleting(null),
          })
        }
      >
        The project and its links to systems will be removed. The systems stay in the register.
      </ConfirmDialog>
    </Page>
  );
}
