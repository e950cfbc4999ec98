import { useState } from 'react';
import { Link } from 'react-router';
import type { Roadmap } from '../../../shared/contracts/roadmap.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { plural } from '../../ui/format.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useDeleteProgramme } from './api.js';
import type { RoadmapPaths } from './roadmap-paths.js';

/** The programmes with their priority theme and size, each opening its own page (and comments); the team edits or deletes them here. */
export function ProgrammeList({ roadmap, links, notify }: { roadmap: Roadmap; links: RoadmapPaths; notify: Notify }) {
  const remove = useDeleteProgramme();
  const [deleting, setDeleting] = useState<Roadmap['programmes'][number] | null>(null);
  if (roadmap.programmes.length === 0) return <p className="nhsuk-body">No programmes yet.{roadmap.can.edit && roadmap.priorities.length > 0 ? ' Add one under a priority theme.' : ''}</p>;
  const count = (id: string) => roadmap.initiatives.filter((i) => i.programmeId === id).length;
  return (
    <>
      <dl className="nhsuk-summary-list">
        {roadmap.programmes.map((p) => (
          <div className="nhsuk-summary-list__row" key={p.id}>
            <dt className="nhsuk-summary-list__key chorus-break-anywhere">
              <Link to={links.programme(p.id)}>{p.name}</Link>
            </dt>
            <dd className="nhsuk-summary-list__value">
              <span className="chorus-break-anywhere">Delivers “{p.priorityTitle}”.</span> {plural(count(p.id), 'initiative')}.
              {p.summary && <span className="nhsuk-body-s chorus-break-anywhere"> {p.summary}</span>}
            </dd>
            {roadmap.can.edit && (
              <dd className="nhsuk-summary-list__actions">
                <Link to={links.editProgramme(p.id)}>Edit<span className="nhsuk-u-visually-hidden"> {p.name}</span></Link>{' '}
                <button type="button" className="chorus-roadmap-link-button" onClick={() => setDeleting(p)}>Delete<span className="nhsuk-u-visually-hidden"> {p.name}</span></button>
              </dd>
            )}
          </div>
        ))}
      </dl>
      {remove.error && <p className="nhsuk-error-message" role="alert">{remove.error.message}</p>}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the programme “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete the programme"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const programme = deleting!;
          remove.mutate(programme.id, { onSuccess: () => { setDeleting(null); notify(`Programme “${programme.name}” deleted`); }, onError: () => setDeleting(null) });
        }}
      >
        {deleting && count(deleting.id) > 0 ? `Its ${plural(count(deleting.id), 'initiative')} and their dependencies and comments are deleted with it.` : 'It has no initiatives.'}
      </ConfirmDialog>
    </>
  );
}
