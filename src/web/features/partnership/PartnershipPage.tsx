import { Link, useParams, useSearchParams } from 'react-router';
import { PARTNERSHIP_SIDE_KEYS, type Partnership, type PartnershipVersion } from '../../../shared/contracts/partnership.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { useNotice, type Notify } from '../../ui/SuccessBanner.js';
import { Tag } from '../../ui/Tag.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { DevelopComments } from '../comments/DevelopComments.js';
import { usePartnership, useStartDraft } from './api.js';
import { CommitmentSide } from './CommitmentSide.js';
import { IntroEditor } from './IntroEditor.js';
import { NoteToCommitment } from './NoteToCommitment.js';
import { PartnershipResults } from './PartnershipResults.js';
import { VersionActions } from './VersionActions.js';
import './partnership.scss';

const STATUS_COLOURS = { draft: 'grey', published: 'blue', agreed: 'green' } as const;

/**
 * The staff partnership: what staff can expect from the digital team and what the team asks of
 * staff, side by side (one above the other on a phone), each commitment with the insights it
 * answers; then putting it to staff, what they said, agreeing it, its versions and comments.
 */
export function PartnershipPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const [params] = useSearchParams();
  const partnership = usePartnership(strategyId, params.get('version') ?? '');
  const { banner, notify } = useNotice();
  const before = (
    <>
      <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
      {banner}
    </>
  );
  return (
    <Page title="Staff partnership" caption="Develop" before={before}>
      {partnership.isPending && <Loading what="the partnership" />}
      {partnership.isError && <LoadError error={partnership.error} what="The partnership" />}
      {partnership.data && <PartnershipContent strategyId={strategyId} data={partnership.data} notify={notify} />}
    </Page>
  );
}

function PartnershipContent({ strategyId, data, notify }: { strategyId: string; data: Partnership; notify: Notify }) {
  const start = useStartDraft(strategyId);
  const { problem, showError } = useFormProblem();
  const [, setParams] = useSearchParams();
  const current = data.current;
  const startDraft = () =>
    start.mutate(undefined, {
      onSuccess: () => {
        setParams({});
        notify(current ? `Version ${(data.versions[0]?.number ?? 0) + 1} started as a copy of version ${data.versions[0]?.number}.` : 'First draft started.');
      },
      onError: showError,
    });

  return (
    <>
      <p className="nhsuk-body">
        Two lists of promises: what staff can expect from the digital team, and what the digital team asks of staff as you change care together. Link each to
        the insights it answers, put it to staff, and agree it once you have heard from them.
      </p>
      {!data.can.edit && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">You can read every version, see what staff said and comment. The strategy team drafts and agrees the partnership.</p>
        </div>
      )}
      <ErrorSummary problem={problem} fieldIds={{}} />
      {!current && (
        <EmptyState title="No partnership yet.">
          <p className="nhsuk-body">
            {data.can.startDraft
              ? 'Start a draft and write the first commitments, or promote sticky notes from a workshop board.'
              : 'The strategy team has not started the partnership yet.'}
          </p>
        </EmptyState>
      )}
      {data.can.startDraft && (
        <Button variant={current ? 'secondary' : 'primary'} busy={start.isPending} onClick={startDraft}>
          {current ? 'Start a new draft from the latest version' : 'Start the first draft'}
        </Button>
      )}
      {/* The first note promoted starts the first draft, so this shows before there is one too. */}
      {!current && data.can.startDraft && <NoteToCommitment strategyId={strategyId} notify={notify} />}
      {current && <VersionView strategyId={strategyId} version={current} notify={notify} />}
      {data.versions.length > 0 && <VersionList data={data} />}
      {current && <DevelopComments strategyId={strategyId} subjectType="partnership" subjectId={current.id} />}
    </>
  );
}

function VersionView({ strategyId, version, notify }: { strategyId: string; version: PartnershipVersion; notify: Notify }) {
  return (
    <>
      <h2 className="nhsuk-heading-l nhsuk-u-margin-top-5">
        Version {version.number} <Tag colour={STATUS_COLOURS[version.status]}>{version.statusLabel}</Tag>
      </h2>
      <p className="nhsuk-body-s">
        Started {version.createdOn}
        {version.publishedOn && <>; put to staff {version.publishedOn}</>}
        {version.agreedOn && <>; agreed {version.agreedOn} by {version.agreedBy}</>}
        {version.reviewOnLabel && <>; to be reviewed {version.reviewOnLabel}</>}.
      </p>
      <IntroEditor key={version.id} version={version} notify={notify} />
      <div className="chorus-partnership__sides">
        {PARTNERSHIP_SIDE_KEYS.map((side) => (
          <CommitmentSide
            key={`${version.id}-${side}`}
            strategyId={strategyId}
            versionId={version.id}
            side={side}
            commitments={version.commitments[side]}
            editable={version.can.edit}
            notify={notify}
          />
        ))}
      </div>
      {version.can.edit && <NoteToCommitment strategyId={strategyId} notify={notify} />}
      <VersionActions key={`actions-${version.id}`} strategyId={strategyId} version={version} notify={notify} />
      {version.surveyId && <PartnershipResults strategyId={strategyId} versionId={version.id} />}
    </>
  );
}

function VersionList({ data }: { data: Partnership }) {
  return (
    <section aria-labelledby="partnership-versions" className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m" id="partnership-versions">
        Versions
      </h2>
      <ul className="nhsuk-list">
        {data.versions.map((v) => (
          <li key={v.id}>
            {v.id === data.current?.id ? (
              <span aria-current="page" className="nhsuk-u-font-weight-bold">
                Version {v.number}
              </span>
            ) : (
              <Link to={`?version=${v.id}`}>Version {v.number}</Link>
            )}{' '}
            <Tag colour={STATUS_COLOURS[v.status]}>{v.statusLabel}</Tag> <span className="nhsuk-body-s">started {v.createdOn}{v.agreedOn ? `, agreed ${v.agreedOn}` : ''}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
