import { Link, useParams, useSearchParams } from 'react-router';
import { EVIDENCE_SOURCE_KEYS, EVIDENCE_SOURCE_LABELS } from '../../../shared/contracts/evidence.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { plural } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useStrategyOverview } from '../strategies/api.js';
import { useWorkforce } from '../workforce/api.js';
import { evidenceCsvUrl, useEvidence } from './api.js';
import { CsvDownload } from './CsvDownload.js';
import { EvidenceFilters } from './EvidenceFilters.js';
import { Pieces, QuoteMeta, TagChips } from './Quote.js';
import './evidence.scss';
import { BulkTagForm } from '../codebook/BulkTagForm.js';
import { AddToBoard } from '../board/AddToBoard.js';
import { AddToInsightForm } from '../insights/AddToInsightForm.js';

/** Every voice of the strategy in one list: search, filter, page, export. */
export function EvidenceLibraryPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const strategy = useStrategyOverview(strategyId).data?.strategy;
  const workforce = useWorkforce(orgId).data;
  const evidence = useEvidence(strategyId, query);
  const data = evidence.data;
  const page = Number(params.get('page') ?? '1') || 1;
  // Past the counting cap the last page is unknown: there is a next page while this one is full.
  const pages = data ? (data.capped ? page + (data.items.length === data.pageSize ? 1 : 0) : Math.max(1, Math.ceil(data.total / data.pageSize))) : 1;
  const pageLabel = (n: number) => (data?.capped ? `Page ${n}` : `Page ${n} of ${pages}`);
  const filtered = [...params.keys()].some((k) => k !== 'page');
  const everything = data ? Object.values(data.counts).reduce((a, b) => a + b, 0) : 0;
  const go = (next: URLSearchParams) => setParams(next);
  const toPage = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    return `?${next.toString()}`;
  };

  return (
    <Page title="Evidence library" caption={strategy?.name} before={<BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>}>
      <p className="nhsuk-body">
        Everything people said in Discover, in one place: survey answers and comments on systems, leader interview notes and excerpts, and workshop sticky notes.
        Personal information found in the text is masked.
      </p>
      <EvidenceFilters params={params} counts={data?.countsCapped ? undefined : (data?.counts ?? {})} workforce={workforce} onApply={go} />
      {evidence.isPending && <Loading what="evidence" />}
      {evidence.isError && <LoadError error={evidence.error} what="The evidence" />}
      {data?.refused && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Nothing listed for this group
            </span>
          </h2>
          <p>{data.refused}</p>
        </div>
      )}
      {data && !data.refused && data.total === 0 && !filtered && (
        <EmptyState title="No evidence yet.">
          <p className="nhsuk-body">
            Evidence arrives by itself as Discover goes on: answers to a survey's free-text questions, notes of leader interviews, and sticky notes from workshops.
            Open a survey, record an interview or run a workshop, and what people said appears here.
          </p>
        </EmptyState>
      )}
      {data && !data.refused && data.total === 0 && filtered && (
        <EmptyState title="Nothing matches.">
          <p className="nhsuk-body">
            Try fewer or different words, or remove a filter. <Link to="?">Show all the evidence</Link>.
          </p>
        </EmptyState>
      )}
      {data && !data.refused && data.total > 0 && (
        <>
          {data.capped ? (
            <>
              <h2 className="nhsuk-heading-s" aria-live="polite">
                More than {data.total.toLocaleString('en-GB')} items {filtered ? 'match' : 'in the library'}
              </h2>
              <p className="nhsuk-body-s">
                So many that they are not all counted{params.get('q') ? ', and the newest are listed first rather than the best matches' : ''}. Add words or filters to narrow the list.
              </p>
            </>
          ) : (
            <>
              <h2 className="nhsuk-heading-s" aria-live="polite">
                {plural(data.total, 'item')}
                {filtered && !data.countsCapped ? ` match, of ${everything} in the kinds chosen` : filtered ? ' match' : ''}
              </h2>
              <p className="nhsuk-body-s">
                {EVIDENCE_SOURCE_KEYS.filter((k) => data.counts[k]).map((k) => `${EVIDENCE_SOURCE_LABELS[k]}: ${data.counts[k]}`).join(' · ')}
              </p>
            </>
          )}
          <p className="nhsuk-body">
            <CsvDownload href={evidenceCsvUrl(strategyId, new URLSearchParams([...params].filter(([k]) => k !== 'page')).toString())} fileName="evidence.csv">
              Download {data.capped ? 'all these items' : `these ${plural(data.total, 'item')}`} as a spreadsheet (CSV)
            </CsvDownload>
            {' · '}
            <Link to={paths.themeRuns(orgId, strategyId, new URLSearchParams([...params].filter(([k]) => k !== 'page')).toString())}>Suggest themes from {data.capped ? 'all these items' : `these ${plural(data.total, 'item')}`}</Link>
          </p>
          {/* Counting stopped at the cap, so a confirmation could not say how many would change. */}
          {data.capped ? (
            <p className="nhsuk-body">To tag all the items in a list at once, narrow it to {data.total.toLocaleString('en-GB')} or fewer.</p>
          ) : (
            <BulkTagForm strategyId={strategyId} query={query} total={data.total} />
          )}
          <AddToBoard strategyId={strategyId} query={query} total={data.total} capped={data.capped} />
          <AddToInsightForm strategyId={strategyId} query={query} total={data.total} capped={data.capped} />
          <ol className="chorus-evidence-list">
            {data.items.map((item) => (
              <li key={item.id} className="nhsuk-card chorus-evidence-card">
                <div className="nhsuk-card__content">
                  <QuoteMeta quote={item} />
                  <p className="nhsuk-body chorus-evidence-text">
                    <Pieces pieces={item.pieces} />
                  </p>
                  <TagChips tags={item.tags} />
                  <Link to={paths.evidenceItem(orgId, strategyId, item.id)}>
                    Open<span className="nhsuk-u-visually-hidden"> this {EVIDENCE_SOURCE_LABELS[item.source].toLowerCase()} from {item.whereFrom}</span>
                  </Link>
                </div>
              </li>
            ))}
          </ol>
          {pages > 1 && (
            <nav className="nhsuk-pagination" role="navigation" aria-label="Pages of evidence">
              <ul className="nhsuk-list nhsuk-pagination__list">
                {page > 1 && (
                  <li className="nhsuk-pagination-item--previous">
                    <Link className="nhsuk-pagination__link nhsuk-pagination__link--prev" to={toPage(page - 1)}>
                      <span className="nhsuk-pagination__title">Previous</span>
                      <span className="nhsuk-u-visually-hidden">:</span>
                      <span className="nhsuk-pagination__page">{pageLabel(page - 1)}</span>
                    </Link>
                  </li>
                )}
                {page < pages && (
                  <li className="nhsuk-pagination-item--next">
                    <Link className="nhsuk-pagination__link nhsuk-pagination__link--next" to={toPage(page + 1)}>
                      <span className="nhsuk-pagination__title">Next</span>
                      <span className="nhsuk-u-visually-hidden">:</span>
                      <span className="nhsuk-pagination__page">{pageLabel(page + 1)}</span>
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
    </Page>
  );
}
