import { useState } from 'react';
import { ROUND_STATUS_LABELS, type RoundStatus, type SignOffPage, type SignOffRound } from '../../../../shared/contracts/document-signoff.js';
import { formatDate } from '../../../../shared/dates.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { useFormProblem } from '../../../ui/form-problem.js';
import { LoadError, Loading } from '../../../ui/status.js';
import { useNotice, type Notify } from '../../../ui/SuccessBanner.js';
import { Tag, type TagColour } from '../../../ui/Tag.js';
import { useSignOff, useWithdrawSignOff } from './api.js';
import { DecisionForm } from './DecisionForm.js';
import { RoundApprovers } from './RoundApprovers.js';
import { SignOffRecordView } from './SignOffRecordView.js';
import { SubmitForSignOffForm } from './SubmitForSignOffForm.js';
import './signoff.scss';

const STATUS: Record<RoundStatus | 'not_submitted', { label: string; colour: TagColour }> = {
  not_submitted: { label: 'Not submitted', colour: 'grey' },
  in_review: { label: ROUND_STATUS_LABELS.in_review, colour: 'blue' },
  changes_requested: { label: ROUND_STATUS_LABELS.changes_requested, colour: 'orange' },
  signed_off: { label: ROUND_STATUS_LABELS.signed_off, colour: 'green' },
  withdrawn: { label: ROUND_STATUS_LABELS.withdrawn, colour: 'grey' },
};

/**
 * Sign-off of one frozen version, for its page: the team submits it to named approvers and may
 * withdraw it; a named approver decides; once signed off, the record and a form to check a file.
 */
export function SignOffPanel({ versionId }: { versionId: string }) {
  const query = useSignOff(versionId);
  const { notify, banner } = useNotice();
  return (
    <section aria-labelledby="signoff-heading" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="signoff-heading">
        Sign-off
      </h2>
      {banner}
      {query.isPending ? <Loading what="the sign-off" /> : query.isError ? <LoadError error={query.error} what="The sign-off" /> : <SignOffBody page={query.data} notify={notify} />}
    </section>
  );
}

function SignOffBody({ page, notify }: { page: SignOffPage; notify: Notify }) {
  const [current, ...earlier] = page.rounds;
  const open = current?.status === 'in_review' ? current : null;
  return (
    <>
      <p className="nhsuk-body">
        <Tag colour={STATUS[page.status].colour}>{STATUS[page.status].label}</Tag>
      </p>
      {current && <RoundSummary round={current} />}
      {current?.record && <SignOffRecordView versionId={page.versionId} versionNumber={page.versionNumber} record={current.record} />}
      {page.can.decide && <DecisionForm versionId={page.versionId} versionNumber={page.versionNumber} notify={notify} />}
      {open && page.can.withdraw && <WithdrawButton versionId={page.versionId} versionNumber={page.versionNumber} notify={notify} />}
      {page.can.submit && <SubmitForSignOffForm page={page} notify={notify} />}
      {!page.can.submit && page.eligibleApprovers.length > 0 && page.submitBlockedBecause && !open && page.status !== 'signed_off' && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">{page.submitBlockedBecause}</p>
        </div>
      )}
      {earlier.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Earlier rounds ({earlier.length})</span>
          </summary>
          <div className="nhsuk-details__text">
            {earlier.map((round) => (
              <RoundSummary key={round.id} round={round} />
            ))}
          </div>
        </details>
      )}
    </>
  );
}

function RoundSummary({ round }: { round: SignOffRound }) {
  return (
    <div className="nhsuk-u-margin-bottom-4">
      <p className="nhsuk-body">
        Submitted by {round.submittedBy} on {formatDate(round.submittedAt)}
        {round.status !== 'in_review' && round.closedAt && `; ${ROUND_STATUS_LABELS[round.status].toLowerCase()} on ${formatDate(round.closedAt)}`}.
      </p>
      {round.message && <p className="nhsuk-body chorus-signoff__text">“{round.message}”</p>}
      <RoundApprovers round={round} />
    </div>
  );
}

function WithdrawButton({ versionId, versionNumber, notify }: { versionId: string; versionNumber: number; notify: Notify }) {
  const [asking, setAsking] = useState(false);
  const withdraw = useWithdrawSignOff(versionId);
  const form = useFormProblem();
  const confirm = () =>
    withdraw.mutate(undefined, {
      onSuccess: () => {
        setAsking(false);
        form.clear();
        notify(`Version ${versionNumber} was withdrawn from review. It can be changed or submitted again.`);
      },
      onError: (error) => {
        setAsking(false);
        form.showError(error);
      },
    });
  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={{}} />
      <Button variant="secondary" onClick={() => setAsking(true)}>
        Withdraw from review
      </Button>
      <ConfirmDialog open={asking} title={`Withdraw version ${versionNumber} from review?`} confirmLabel="Withdraw it" busy={withdraw.isPending} onConfirm={confirm} onCancel={() => setAsking(false)}>
        <p>The approvers’ decisions so far are kept in the record, but this round ends. You can change the version, or submit it again for a new round.</p>
      </ConfirmDialog>
    </>
  );
}
