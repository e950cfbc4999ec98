import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ConsultationDetail } from '../../../../shared/contracts/consultation.js';
import { formatDate } from '../../../../shared/dates.js';
import { useOrgId } from '../../../app/OrgLayout.js';
import { paths } from '../../../app/paths.js';
import { BackLink } from '../../../ui/BackLink.js';
import { Button } from '../../../ui/Button.js';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../../ui/ErrorSummary.js';
import { plural } from '../../../ui/format.js';
import { useFormProblem } from '../../../ui/form-problem.js';
import { Page } from '../../../ui/Page.js';
import { LoadError, Loading } from '../../../ui/status.js';
import { useNotice, type Notify } from '../../../ui/SuccessBanner.js';
import { Count } from '../../results/format.js';
import { reportUrl, useCloseConsultation, useConsultation } from './api.js';
import { CommentCard } from './CommentCard.js';
import { OpenConsultationForm } from './OpenConsultationForm.js';
import { SupportTables } from './SupportTables.js';
import './consultation.scss';

/**
 * The staff consultation on one frozen version: opening it, the links to share, support per
 * section (overall and by staff group, suppressed), the comments with the team's replies and what
 * came of each, closing it early and the report. It is also the web report: it prints as it reads.
 * Leaders read it; only the strategy team acts.
 */
export function ConsultationPage() {
  const orgId = useOrgId();
  const { documentVersionId = '' } = useParams();
  const page = useConsultation(documentVersionId);
  const { notify, banner } = useNotice();
  const data = page.data;
  const title = data ? `Consultation on version ${data.versionNumber}` : 'Consultation';
  return (
    <Page
      title={title}
      caption={data?.documentTitle}
      before={
        <>
          {data && <BackLink to={paths.strategy(orgId, data.strategyId)}>Back to the strategy</BackLink>}
          {banner}
        </>
      }
    >
      {page.isPending && <Loading what="the consultation" />}
      {page.isError && <LoadError error={page.error} what="The consultation" />}
      {data && !data.consultation && (
        data.can.open ? (
          <OpenConsultationForm versionId={documentVersionId} number={data.versionNumber} onOpened={() => notify(`The consultation on version ${data.versionNumber} is open.`)} />
        ) : (
          <p className="nhsuk-body">There is no consultation on version {data.versionNumber}. The strategy team can open one.</p>
        )
      )}
      {data?.consultation && (
        <Consultation versionId={documentVersionId} detail={data.consultation} orgId={orgId} strategyId={data.strategyId} can={data.can} notify={notify} />
      )}
    </Page>
  );
}

interface ConsultationProps {
  versionId: string;
  detail: ConsultationDetail;
  orgId: string;
  strategyId: string;
  can: { respond: boolean; close: boolean };
  notify: Notify;
}

function Consultation({ versionId, detail, orgId, strategyId, can, notify }: ConsultationProps) {
  const comments = detail.sections.reduce((sum, s) => sum + s.comments.length, 0);
  return (
    <>
      <h2 className="nhsuk-heading-m">{detail.status === 'open' ? 'Open to staff' : 'Closed'}</h2>
      <p className="nhsuk-body">
        Opened on {formatDate(detail.openedOn)}.{' '}
        {detail.status === 'open' ? `Staff can answer until the end of ${formatDate(detail.closesOn)}.` : `Closed on ${formatDate(detail.closedOn ?? detail.closesOn)}.`}{' '}
        Answers are {detail.anonymous ? 'anonymous' : 'not anonymous'}.
      </p>
      <h3 className="nhsuk-heading-s">Links to share</h3>
      <ul className="nhsuk-list">
        <li>
          The draft to read: <span className="chorus-break-anywhere">{detail.readingLink}</span>
        </li>
        {detail.surveyLink && (
          <li>
            Have your say (open link): <span className="chorus-break-anywhere">{detail.surveyLink}</span>
          </li>
        )}
      </ul>
      {detail.surveyId && (
        <p className="nhsuk-body chorus-no-print">
          <Link to={paths.surveyDistribution(orgId, strategyId, detail.surveyId)}>Share it with staff: access code, personal invitations, QR code and poster</Link>
        </p>
      )}
      <p className="nhsuk-body chorus-no-print">
        <a href={reportUrl(versionId)} download>
          Download the consultation report<span className="nhsuk-u-visually-hidden"> as a Word document</span>
        </a>{' '}
        (Word document)
      </p>
      {can.close && <CloseConsultation versionId={versionId} notify={notify} />}

      <h2 className="nhsuk-heading-m">Support for each section</h2>
      <p className="nhsuk-body">
        <Count count={detail.respondents} /> staff answered. Groups smaller than {detail.threshold} are hidden, and sometimes another group too, so a hidden one
        cannot be worked out by subtraction.
      </p>
      <SupportTables sections={detail.sections} />

      <h2 className="nhsuk-heading-m">Comments</h2>
      <p className="nhsuk-body">
        Staff left {plural(comments, 'comment')}. Personal information in them is masked, as in the evidence library.
      </p>
      {detail.sections.map((section) => (
        <section key={section.key} aria-labelledby={`comments-${section.key}`}>
          <h3 className="nhsuk-heading-s chorus-break-anywhere" id={`comments-${section.key}`}>
            {section.title}
          </h3>
          {section.comments.length === 0 ? (
            <p className="nhsuk-body">No comments on this section.</p>
          ) : (
            <ul className="nhsuk-list">
              {section.comments.map((comment, i) => (
                <CommentCard key={comment.id} versionId={versionId} comment={comment} label={`Comment ${i + 1} on ${section.title}`} canRespond={can.respond} notify={notify} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function CloseConsultation({ versionId, notify }: { versionId: string; notify: Notify }) {
  const [asking, setAsking] = useState(false);
  const close = useCloseConsultation(versionId);
  const form = useFormProblem();
  return (
    <>
      <ErrorSummary problem={form.problem} fieldIds={{}} />
      <Button variant="secondary" onClick={() => setAsking(true)}>Close the consultation now</Button>
      <ConfirmDialog
        open={asking}
        title="Close the consultation now?"
        confirmLabel="Close it"
        busy={close.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          close.mutate(undefined, {
            onSuccess: () => {
              setAsking(false);
              notify('The consultation is closed. Staff can still read the draft.');
            },
            onError: (error) => {
              setAsking(false);
              form.showError(error);
            },
          })
        }
      >
        <p className="nhsuk-body">Staff will not be able to answer any more. They can still read the draft and your replies.</p>
      </ConfirmDialog>
    </>
  );
}
