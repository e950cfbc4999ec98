import { useState } from 'react';
import { Link } from 'react-router';
import { EVIDENCE_SOURCE_LABELS } from '../../../shared/contracts/evidence.js';
import type { InsightEvidenceList } from '../../../shared/contracts/insights.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { plural } from '../../ui/format.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { QuoteMeta, TagChips } from '../evidence/Quote.js';
import { useInsightEvidence, useLinkEvidence, useUnlinkEvidence } from './api.js';

type Item = InsightEvidenceList['items'][number];
type SourceLink = NonNullable<Item['link']>;

const SOURCE_WORDS: Record<SourceLink['kind'], string> = { survey: 'the survey', interview: 'the interview', workshop: 'the workshop', system: 'the system' };

function sourcePath(orgId: string, strategyId: string, link: SourceLink): string {
  if (link.kind === 'survey') return paths.surveyResults(orgId, strategyId, link.id);
  if (link.kind === 'interview') return paths.interview(orgId, strategyId, link.id);
  if (link.kind === 'workshop') return paths.workshop(orgId, strategyId, link.id);
  return paths.system(orgId, link.id);
}

/**
 * The walk down: every piece of evidence behind the insight, a page at a time, each with a link to
 * its own page and to its source. Removing one can be undone from the message that follows.
 */
export function InsightEvidence({ insightId, strategyId, canChange }: { insightId: string; strategyId: string; canChange: boolean }) {
  const orgId = useOrgId();
  const [page, setPage] = useState(1);
  const list = useInsightEvidence(insightId, page);
  const unlink = useUnlinkEvidence(insightId);
  const relink = useLinkEvidence(insightId);
  const [removed, setRemoved] = useState<Item | null>(null);
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const error = unlink.error ?? relink.error;

  return (
    <section aria-labelledby="insight-evidence-heading">
      <h2 className="nhsuk-heading-m" id="insight-evidence-heading">
        Evidence{data ? ` (${data.total.toLocaleString('en-GB')})` : ''}
      </h2>
      {removed && (
        <div className="nhsuk-inset-text" role="status">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p className="nhsuk-body">
            Removed the {EVIDENCE_SOURCE_LABELS[removed.source].toLowerCase()} from {removed.whereFrom}.{' '}
            <Button variant="secondary" small busy={relink.isPending} onClick={() => relink.mutate([removed.id], { onSuccess: () => setRemoved(null) })}>
              Undo
            </Button>
          </p>
        </div>
      )}
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error.message}
        </p>
      )}
      {list.isPending && <Loading what="the evidence" />}
      {list.isError && <LoadError error={list.error} what="The evidence" />}
      {data && data.total === 0 && (
        <EmptyState title="No evidence backs this insight yet.">
          <p className="nhsuk-body">
            {canChange
              ? 'Find evidence below, or search the evidence library and choose “Add to an insight”.'
              : 'The strategy team adds evidence from the evidence library.'}
          </p>
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <ol className="chorus-evidence-list">
          {data.items.map((item) => (
            <li key={item.id} className="nhsuk-card chorus-evidence-card">
              <div className="nhsuk-card__content">
                <QuoteMeta quote={item} />
                {item.quotable ? (
                  <p className="nhsuk-body chorus-evidence-text">{item.text}</p>
                ) : (
                  <p className="nhsuk-body-s">The interviewee agreed to notes, not quotes: open it to read it, but do not quote it.</p>
                )}
                <TagChips tags={item.tags} />
                <ul className="nhsuk-list chorus-inline-actions">
                  <li>
                    <Link to={paths.evidenceItem(orgId, strategyId, item.id)}>
                      Open the evidence<span className="nhsuk-u-visually-hidden"> from {item.whereFrom}</span>
                    </Link>
                  </li>
                  {item.link && (
                    <li>
                      <Link to={sourcePath(orgId, strategyId, item.link)}>Go to {SOURCE_WORDS[item.link.kind]}</Link>
                    </li>
                  )}
                  {canChange && (
                    <li>
                      <Button
                        variant="secondary"
                        small
                        busy={unlink.isPending}
                        onClick={() => unlink.mutate([item.id], { onSuccess: () => setRemoved(item) })}
                      >
                        Remove<span className="nhsuk-u-visually-hidden"> the evidence from {item.whereFrom} from this insight</span>
                      </Button>
                    </li>
                  )}
                </ul>
              </div>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav className="nhsuk-pagination" role="navigation" aria-label="Pages of this insight's evidence">
          <ul className="nhsuk-list nhsuk-pagination__list">
            {page > 1 && (
              <li className="nhsuk-pagination-item--previous">
                <button type="button" className="chorus-link-button nhsuk-pagination__link nhsuk-pagination__link--prev" onClick={() => setPage(page - 1)}>
                  <span className="nhsuk-pagination__title">Previous</span>
                  <span className="nhsuk-u-visually-hidden">:</span>
                  <span className="nhsuk-pagination__page">
                    Page {page - 1} of {pages}
                  </span>
                </button>
              </li>
            )}
            {page < pages && (
              <li className="nhsuk-pagination-item--next">
                <button type="button" className="chorus-link-button nhsuk-pagination__link nhsuk-pagination__link--next" onClick={() => setPage(page + 1)}>
                  <span className="nhsuk-pagination__title">Next</span>
                  <span className="nhsuk-u-visually-hidden">:</span>
                  <span className="nhsuk-pagination__page">
                    Page {page + 1} of {pages}
                  </span>
                </button>
              </li>
            )}
          </ul>
        </nav>
      )}
      {data && data.total > 0 && <p className="nhsuk-body-s">{plural(data.total, 'piece')} of evidence in all.</p>}
    </section>
  );
}
