import { Link } from 'react-router';
import type { CommitmentResult, PartnershipResults as Results } from '../../../shared/contracts/partnership.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { plural } from '../../ui/format.js';
import { Table } from '../../ui/Table.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { Count, Percent, countText, percentText } from '../results/format.js';
import { usePartnershipResults } from './api.js';

type Group = CommitmentResult['byStaffGroup'][number];

/**
 * What staff said of each commitment: a bar of "yes" and "not quite" with the figures in words,
 * and the same by staff group. Every figure comes suppressed from the server; a hidden one is
 * shown as hidden, never guessed at, and no bar is drawn from it.
 */
export function PartnershipResults({ strategyId, versionId }: { strategyId: string; versionId: string }) {
  const orgId = useOrgId();
  const results = usePartnershipResults(versionId, true);
  if (results.isPending) return <Loading what="what staff said" />;
  if (results.isError) return <LoadError error={results.error} what="The results" />;
  const data: Results = results.data;
  const total = data.respondents;
  return (
    <section aria-labelledby="partnership-results">
      <h2 className="nhsuk-heading-m" id="partnership-results">
        What staff said
      </h2>
      {!total.suppressed && total.value === 0 ? (
        <EmptyState title="No answers yet.">
          <p className="nhsuk-body">Share the survey’s open link, access code or personal invitations; results appear here as staff answer.</p>
        </EmptyState>
      ) : (
        <>
          <p className="nhsuk-body">
            <Count count={total} /> staff answered. Groups smaller than {data.threshold} are hidden, and sometimes another group too, so a hidden one cannot be
            worked out by subtraction.
          </p>
          {data.comments > 0 && (
            <p className="nhsuk-body">
              Staff left {plural(data.comments, 'comment')} on what would make a commitment right.{' '}
              <Link to={`${paths.evidence(orgId, strategyId)}?surveyId=${encodeURIComponent(data.surveyId)}`}>Read them in the evidence library</Link>.
            </p>
          )}
          {data.commitments.map((c) => (
            <CommitmentResultCard key={c.commitmentId} result={c} />
          ))}
        </>
      )}
    </section>
  );
}

function CommitmentResultCard({ result }: { result: CommitmentResult }) {
  const groups = result.byStaffGroup.filter((g) => g.respondents.suppressed || (g.respondents.value ?? 0) > 0);
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-heading-s chorus-break-anywhere">{result.text}</h3>
        <ShareBar yes={result.yes} notQuite={result.notQuite} />
        {result.comments > 0 && <p className="nhsuk-body-s">{plural(result.comments, 'comment')} on what would make it right.</p>}
        {groups.length > 0 && (
          // Folded: a dozen commitments each with a table per staff group ran to metres on a phone.
          <details className="nhsuk-details nhsuk-u-margin-bottom-0">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                By staff group<span className="nhsuk-u-visually-hidden">: {result.text}</span>
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <Table<Group>
                // Every card has this table: its name says which commitment, as the survey results' tables do.
                caption={
                  <>
                    By staff group<span className="nhsuk-u-visually-hidden">: {result.text}</span>
                  </>
                }
                rows={groups}
                rowKey={(g) => g.key}
                columns={[
                  { header: 'Staff group', cell: (g) => g.label },
                  { header: 'Answered', numeric: true, cell: (g) => <Count count={g.respondents} /> },
                  { header: 'Yes, this is right', numeric: true, cell: (g) => <FigureAndShare share={g.yes} /> },
                  { header: 'Not quite', numeric: true, cell: (g) => <FigureAndShare share={g.notQuite} /> },
                ]}
              />
            </div>
          </details>
        )}
      </div>
    </div>
  );
}

function FigureAndShare({ share }: { share: CommitmentResult['yes'] }) {
  return (
    <>
      <Count count={share.count} />
      {share.percent !== null && (
        <span className="chorus-muted">
          {' '}
          (<Percent percent={share.percent} />)
        </span>
      )}
    </>
  );
}

/** A bar in two parts, drawn only from shown percentages; the words beside it say the same. */
function ShareBar({ yes, notQuite }: { yes: CommitmentResult['yes']; notQuite: CommitmentResult['notQuite'] }) {
  const drawable = yes.percent !== null && notQuite.percent !== null;
  const words = `Yes, this is right: ${countText(yes.count)}${yes.percent !== null ? ` (${percentText(yes.percent)})` : ''}. Not quite: ${countText(notQuite.count)}${notQuite.percent !== null ? ` (${percentText(notQuite.percent)})` : ''}.`;
  return (
    <>
      {drawable && (
        <svg className="chorus-partnership__bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect className="chorus-partnership__bar-yes" width={yes.percent!} height="4" />
          <rect className="chorus-partnership__bar-not-quite" x={yes.percent!} width={notQuite.percent!} height="4" />
        </svg>
      )}
      <p className="nhsuk-body-s">{words}</p>
    </>
  );
}
