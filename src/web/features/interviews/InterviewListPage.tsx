import { Link, useParams } from 'react-router';
import type { InterviewSummary } from '../../../shared/contracts/interviews.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { formatDate } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Table, type Column } from '../../ui/Table.js';
import { Tag } from '../../ui/Tag.js';
import { useStrategyOverview } from '../strategies/api.js';
import { useInterviews } from './api.js';
import { consentColour, consentLabel, intervieweeOf } from './labels.js';

export function InterviewListPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const { banner } = useNotice(useFlash());
  const strategy = useStrategyOverview(strategyId).data?.strategy;
  const interviews = useInterviews(strategyId);

  const columns: Column<InterviewSummary>[] = [
    { header: 'Interviewee', cell: (i) => <Link to={paths.interview(orgId, strategyId, i.id)}>{intervieweeOf(i)}</Link> },
    { header: 'Date', cell: (i) => formatDate(i.heldOn) },
    { header: 'Interviewer', cell: (i) => i.interviewer?.name ?? 'Not recorded' },
    { header: 'Consent', cell: (i) => <Tag colour={consentColour[i.consent]}>{consentLabel(i.consent)}</Tag> },
    { header: 'Drivers', numeric: true, cell: (i) => i.driverCount },
    { header: 'Priorities', numeric: true, cell: (i) => i.priorityCount },
  ];

  return (
    <Page
      title="Leader interviews"
      caption={strategy?.name}
      before={
        <>
          <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
          {banner}
        </>
      }
    >
      <p className="nhsuk-body">
        One record per conversation with a senior leader, with the strategic drivers and priorities they named.
      </p>
      <ul className="nhsuk-list">
        {interviews.data?.can.create && (
          <li>
            <Link className="nhsuk-button" to={paths.newInterview(orgId, strategyId)}>
              Record an interview
            </Link>
          </li>
        )}
        <li>
          <Link to={paths.interviewTopics(orgId, strategyId)}>Drivers and priorities across all interviews</Link>
        </li>
      </ul>
      {interviews.isPending && <Loading what="interviews" />}
      {interviews.isError && <LoadError error={interviews.error} what="The interviews" />}
      {interviews.data &&
        (interviews.data.interviews.length === 0 ? (
          <EmptyState title="No interviews recorded yet.">
            <p className="nhsuk-body">Interview the executive team first: what drives the organisation, and what they see as priorities.</p>
          </EmptyState>
        ) : (
          <Table
            caption={`${interviews.data.interviews.length} ${interviews.data.interviews.length === 1 ? 'interview' : 'interviews'}`}
            columns={columns}
            rows={interviews.data.interviews}
            rowKey={(i) => i.id}
          />
        ))}
    </Page>
  );
}
