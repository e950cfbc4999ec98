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
import { Tag } from '../../ui/Tag.js';
import { ExcerptsPanel } from '../evidence/ExcerptsPanel.js';
import { useDeleteInterview, useInterview } from './api.js';
import { ItemsEditor } from './ItemsEditor.js';
import { consentColour, consentLabel } from './labels.js';
import './interviews.scss';

export function InterviewPage() {
  const orgId = useOrgId();
  const { strategyId = '', interviewId = '' } = useParams();
  const { notify, banner } = useNotice(useFlash());
  const interview = useInterview(strategyId, interviewId);
  const data = interview.data;
  const before = (
    <>
      <BackLink to={paths.interviews(orgId, strategyId)}>Back to interviews</BackLink>
      {banner}
    </>
  );

  if (!data) {
    return (
      <Page title="Interview" before={before}>
        {interview.isPending && <Loading what="the interview" />}
        {interview.isError && <LoadError error={interview.error} what="The interview" />}
      </Page>
    );
  }

  return (
    <Page title={`Interview: ${data.intervieweeRole}`} caption="Leader interview" heading={data.intervieweeRole} before={before}>
      <SummaryList
        rows={[
          { key: 'Name', value: data.intervieweeName ?? 'Not recorded' },
          { key: 'Date', value: formatDate(data.heldOn) },
          { key: 'Interviewer', value: data.interviewer?.name ?? 'Not recorded' },
          { key: 'Consent', value: <Tag colour={consentColour[data.consent]}>{consentLabel(data.consent)}</Tag> },
        ]}
      />
      {data.can.update && (
        <p className="nhsuk-body">
          <Link to={paths.editInterview(orgId, strategyId, data.id)}>
            Edit the interview<span className="nhsuk-u-visually-hidden"> details and notes</span>
          </Link>
        </p>
      )}
      <section aria-labelledby="notes-heading">
        <h2 className="nhsuk-heading-m" id="notes-heading">
          Notes
        </h2>
        {data.consent === 'declined' ? (
          <p className="nhsuk-body">No notes are kept: the interviewee declined consent.</p>
        ) : data.notes ? (
          <>
            {data.consent === 'notes' && (
              <p className="nhsuk-body-s chorus-muted">Consent covers notes only: do not quote these words in the strategy.</p>
            )}
            <Markdown>{data.notes}</Markdown>
          </>
        ) : (
          <p className="nhsuk-body">No notes have been written yet.</p>
        )}
      </section>
      {data.consent !== 'declined' && data.notes && (
        <ExcerptsPanel strategyId={strategyId} interviewId={data.id} notes={data.notes} onChange={notify} />
      )}
      <ItemsEditor interview={data} onChange={notify} />
      <p className="nhsuk-body">
        <Link to={paths.interviewTopics(orgId, strategyId)}>See how many leaders named each driver and priority</Link>
      </p>
      {data.can.delete && <DeleteInterview orgId={orgId} strategyId={strategyId} interviewId={data.id} role={data.intervieweeRole} />}
    </Page>
  );
}

function DeleteInterview({ orgId, strategyId, interviewId, role }: { orgId: string; strategyId: string; interviewId: string; role: string }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const remove = useDeleteInterview(strategyId, interviewId);
  return (
    <section aria-labelledby="delete-heading">
      <h2 className="nhsuk-heading-m" id="delete-heading">
        Delete the interview
      </h2>
      <p className="nhsuk-body">Deleting removes its notes, drivers and priorities. It cannot be undone.</p>
      <Button variant="warning" onClick={() => setOpen(true)}>
        Delete the interview
      </Button>
      {remove.isError && <p className="nhsuk-error-message">{remove.error.message}</p>}
      <ConfirmDialog
        open={open}
        title={`Delete the interview with the ${role}?`}
        confirmLabel="Delete the interview"
        busy={remove.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate(paths.interviews(orgId, strategyId), { state: flashState(`The interview with the ${role} has been deleted.`) }),
            onSettled: () => setOpen(false),
          })
        }
      >
        The notes and the drivers and priorities recorded in it will be deleted.
      </ConfirmDialog>
    </section>
  );
}
