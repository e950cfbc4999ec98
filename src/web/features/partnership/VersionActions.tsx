import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PartnershipVersion } from '../../../shared/contracts/partnership.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useAgreeVersion, usePublishVersion, useUpdateVersion } from './api.js';

interface Props {
  strategyId: string;
  version: PartnershipVersion;
  notify: Notify;
}

/** Putting a draft to staff, where staff answer it, agreeing it, and its review date. */
export function VersionActions({ strategyId, version, notify }: Props) {
  const orgId = useOrgId();
  const [confirming, setConfirming] = useState(false);
  const publish = usePublishVersion(version.id);
  const { problem, showError } = useFormProblem();
  const sides = Object.values(version.commitments);

  return (
    <section aria-labelledby="partnership-staff" className="nhsuk-u-margin-bottom-6">
      <h2 className="nhsuk-heading-m" id="partnership-staff">
        {version.status === 'draft' ? 'Put it to staff' : 'Staff’s say'}
      </h2>
      <ErrorSummary problem={problem} fieldIds={{}} />
      {version.status === 'draft' && (
        <>
          <p className="nhsuk-body">
            When the draft is ready, put it to staff. Chorus opens a short anonymous survey at an open link: for each commitment staff say “Yes, this is right” or
            “Not quite”, and may say what would make it right. It works on a phone, without JavaScript.
          </p>
          {sides.some((s) => s.length === 0) && <p className="nhsuk-body">Add at least one commitment to each side first.</p>}
          {version.can.publish && (
            <Button onClick={() => setConfirming(true)} busy={publish.isPending}>
              Put it to staff
            </Button>
          )}
          <ConfirmDialog
            open={confirming}
            title="Put this version to staff?"
            confirmLabel="Open the survey"
            destructive={false}
            busy={publish.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              publish.mutate(undefined, {
                onSuccess: () => {
                  setConfirming(false);
                  notify(`Version ${version.number} is open to staff. Share its link from the survey’s sharing page.`);
                },
                onError: (e) => {
                  setConfirming(false);
                  showError(e);
                },
              })
            }
          >
            <p className="nhsuk-body">
              This opens a survey at an open link that anyone with the link can answer, anonymously. The commitments of version {version.number} can no
              longer change: to change them later, start a new draft.
            </p>
          </ConfirmDialog>
        </>
      )}
      {version.surveyId && (
        <>
          {version.openLink && (
            <p className="nhsuk-body">
              Open link: <span className="chorus-break-anywhere">{version.openLink}</span>
            </p>
          )}
          <p className="nhsuk-body">
            <Link to={paths.surveyDistribution(orgId, strategyId, version.surveyId)}>Share it with staff: open link, access code, QR poster and personal invitations</Link>
          </p>
        </>
      )}
      {version.can.agree && <AgreeForm version={version} notify={notify} />}
      {version.status === 'agreed' && version.can.setReview && <ReviewDateForm version={version} notify={notify} />}
    </section>
  );
}

function AgreeForm({ version, notify }: { version: PartnershipVersion; notify: Notify }) {
  const [reviewOn, setReviewOn] = useState(version.reviewOn ?? '');
  const agree = useAgreeVersion(version.id);
  const { problem, showError, set, field } = useFormProblem();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (agree.isPending) return;
    if (!reviewOn) return set({ detail: null, fields: { reviewOn: 'Set a date to review the partnership' } });
    agree.mutate(reviewOn, { onSuccess: () => notify(`Version ${version.number} is now the agreed partnership.`), onError: showError });
  };
  return (
    <form onSubmit={submit} noValidate className="nhsuk-u-margin-top-5">
      <h3 className="nhsuk-heading-s">Agree this version</h3>
      <p className="nhsuk-body">Once you have heard from staff, agree the version. Any version agreed before stops being the agreed one.</p>
      <ErrorSummary problem={problem} fieldIds={{ reviewOn: 'partnership-agree-review' }} />
      <TextInput
        id="partnership-agree-review"
        type="date"
        width={10}
        label="Review date"
        hint="The strategy team is emailed on this day to look at the partnership again."
        value={reviewOn}
        onChange={setReviewOn}
        error={field('reviewOn')}
      />
      <Button type="submit" busy={agree.isPending}>
        Agree version {version.number}
      </Button>
    </form>
  );
}

function ReviewDateForm({ version, notify }: { version: PartnershipVersion; notify: Notify }) {
  const [reviewOn, setReviewOn] = useState(version.reviewOn ?? '');
  const update = useUpdateVersion(version.id);
  const { problem, showError, set, field } = useFormProblem();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    if (!reviewOn) return set({ detail: null, fields: { reviewOn: 'Set a date to review the partnership' } });
    update.mutate({ reviewOn }, { onSuccess: () => notify('Review date saved.'), onError: showError });
  };
  return (
    <form onSubmit={submit} noValidate className="nhsuk-u-margin-top-5">
      <ErrorSummary problem={problem} fieldIds={{ reviewOn: 'partnership-review' }} />
      <TextInput
        id="partnership-review"
        type="date"
        width={10}
        label="Review date"
        labelClassName="nhsuk-label--s"
        hint={version.reviewOnLabel ? `Now ${version.reviewOnLabel}. The strategy team is emailed that day.` : 'The strategy team is emailed that day.'}
        value={reviewOn}
        onChange={setReviewOn}
        error={field('reviewOn')}
      />
      <Button type="submit" variant="secondary" busy={update.isPending}>
        Change the review date
      </Button>
    </form>
  );
}
