import { useParams, useSearchParams, Link } from 'react-router';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Page } from '../../ui/Page.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { LoadError, Loading } from '../../ui/status.js';
import { TagPicker } from '../codebook/TagPicker.js';
import { SupportsInsights } from '../insights/SupportsInsights.js';
import { SupportsPriorities } from '../traceability/SupportsPriorities.js';
import { useEvidenceItem } from './api.js';
import { QuoteMeta, segmentText, TagChips } from './Quote.js';
import './evidence.scss';

/** One voice with where it came from; the unmasked words only on request (the request is audited). */
export function EvidenceItemPage() {
  const orgId = useOrgId();
  const { strategyId = '', evidenceId = '' } = useParams();
  const [params] = useSearchParams();
  const original = params.get('original') === '1';
  const item = useEvidenceItem(evidenceId, original);
  const data = item.data;
  return (
    <Page title="Evidence" before={<BackLink to={paths.evidence(orgId, strategyId)}>Back to the evidence library</BackLink>}>
      {item.isPending && <Loading what="the evidence" />}
      {item.isError && <LoadError error={item.error} what="The evidence item" />}
      {data && (
        <>
          <QuoteMeta quote={data} />
          <blockquote className="chorus-evidence-quote">
            <p className="nhsuk-body-l chorus-evidence-text">{data.text}</p>
          </blockquote>
          <TagChips tags={data.tags} />
          {!data.quotable && (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>The interviewee agreed to notes, not quotes: use this to understand, but do not quote it in insights or the playback.</p>
            </div>
          )}
          <h2 className="nhsuk-heading-m">Where it came from</h2>
          <SummaryList
            rows={[
              ...data.context.map((c) => ({ key: c.label, value: c.value })),
              { key: 'Said on', value: data.saidOn },
              { key: 'Group', value: segmentText(data) ?? 'Not shown (too few people, or not a survey answer)' },
            ]}
          />
          {data.masked && !original && (
            <p className="nhsuk-body">
              Personal information is masked. <Link to="?original=1">Show the original words</Link> (this is recorded in the audit trail).
            </p>
          )}
          {data.original !== null && (
            <>
              <h2 className="nhsuk-heading-m">Original words</h2>
              <p className="nhsuk-body chorus-evidence-text">{data.original}</p>
              <p className="nhsuk-body">
                <Link to="?">Hide the original</Link>
              </p>
            </>
          )}
          <TagPicker strategyId={strategyId} evidenceId={evidenceId} />
          <SupportsInsights strategyId={strategyId} evidenceId={evidenceId} />
          <SupportsPriorities strategyId={strategyId} evidenceId={evidenceId} />
        </>
      )}
    </Page>
  );
}
