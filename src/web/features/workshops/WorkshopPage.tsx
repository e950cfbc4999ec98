import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { formatDate } from '../../ui/format.js';
import { Markdown } from '../../ui/Markdown.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { useDeleteWorkshop, useWorkshop } from './api.js';
import { Board } from './Board.js';

export function WorkshopPage() {
  const orgId = useOrgId();
  const { strategyId = '', workshopId = '' } = useParams();
  const { banner } = useNotice(useFlash());
  const workshop = useWorkshop(strategyId, workshopId);
  const data = workshop.data;
  const before = (
    <>
      <BackLink to={paths.workshops(orgId, strategyId)}>Back to workshops</BackLink>
      {banner}
    </>
  );
  if (!data) {
    return (
      <Page title="Workshop" before={before}>
        {workshop.isPending && <Loading what="the workshop" />}
        {workshop.isError && <LoadError error={workshop.error} what="The workshop" />}
      </Page>
    );
  }
  const attendance = data.attendance.filter((a) => a.count > 0);
  return (
    <Page title={data.title} caption="Workshop" before={before}>
      <SummaryList
        rows={[
          { key: 'Date', value: formatDate(data.heldOn) },
          { key: 'Department or team', value: data.department ?? 'Not recorded' },
          ...(data.orgUnit ? [{ key: 'Part of the organisation', value: data.orgUnit.name }] : []),
          { key: 'Facilitator', value: data.facilitator ?? 'Not recorded' },
          {
            key: 'Who came',
            value:
              attendance.length === 0 ? (
                'Not recorded'
              ) : (
                <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                  {attendance.map((a) => (
                    <li key={a.staffGroupId}>
                      {a.name}: {a.count}
                    </li>
                  ))}
                  <li>
                    <strong>Total: {data.attendanceTotal}</strong>
                  </li>
                </ul>
              ),
          },
        ]}
      />
      {data.can.update && (
        <p className="nhsuk-body">
          <Link to={paths.editWorkshop(orgId, strategyId, data.id)}>
            Edit the workshop<span className="nhsuk-u-visually-hidden"> details, attendance and notes</span>
          </Link>
        </p>
      )}
      {data.notes && (
        <section aria-labelledby="workshop-notes-heading">
          <h2 className="nhsuk-heading-m" id="workshop-notes-heading">
            Notes
          </h2>
          <Markdown>{data.notes}</Markdown>
        </section>
      )}
      <Board workshop={data} />
      {data.can.delete && <DeleteWorkshop orgId={orgId} strategyId={strategyId} workshopId={data.id} title={data.title} />}
    </Page>
  );
}

function DeleteWorkshop({ orgId, strategyId, workshopId, title }: { orgId: string; strategyId: string; workshopId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useDeleteWorkshop(strategyId, workshopId);
  return (
    <section aria-labelledby="delete-workshop-heading">
      <h2 className="nhsuk-heading-m" id="delete-workshop-heading">
        Delete the workshop
      </h2>
      <Button variant="warning" onClick={() => setOpen(true)}>
        Delete the workshop
      </Button>
      {remove.isError && <p className="nhsuk-error-message">{remove.error.message}</p>}
      <ConfirmDialog
        open={open}
        title={`Delete “${title}”?`}
        confirmLabel="Delete the workshop"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate(paths.workshops(orgId, strategyId), { state: flashState(`“${title}” has been deleted.`) }),
            onSettled: () => setOpen(false),
          })
        }
      >
        Its sticky notes and attendance will be deleted too. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}
