import { useSearchParams } from 'react-router';
import { ApiError, query } from '../../app/api.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { formatDateTime, humanise } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNarrowScreen } from '../../ui/narrow-screen.js';
import { Table, type Column } from '../../ui/Table.js';
import { useOrganisation } from '../organisations/api.js';
import { PAGE_SIZE, PHONE_PAGE_SIZE, useAuditTrail, type AuditFilters as Filters, type AuditPage as AuditPageData } from './api.js';
import { AuditEventList, RecordName } from './AuditEventList.js';
import { AuditFilters } from './AuditFilters.js';
import { Changes } from './changes.js';

type Event = AuditPageData['events'][number];

const columns: Column<Event>[] = [
  { header: 'When', cell: (e) => formatDateTime(e.createdAt) },
  { header: 'Who', cell: (e) => e.actorName ?? 'Chorus' },
  { header: 'What', cell: (e) => humanise(e.action) },
  { header: 'Record', cell: (e) => <RecordName event={e} /> },
  { header: 'Changes', cell: (e) => <Changes before={e.before} after={e.after} /> },
];

export function AuditPage() {
  const orgId = useOrgId();
  const organisation = useOrganisation(orgId);
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    action: params.get('action') ?? undefined,
    subjectType: params.get('subjectType') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const filtered = Object.values(filters).some(Boolean);
  const narrow = useNarrowScreen();
  // Fewer events a page on a phone, so the page stays a few screens long; "Load more" brings the rest.
  const trail = useAuditTrail(orgId, filters, narrow ? PHONE_PAGE_SIZE : PAGE_SIZE);
  const pages = trail.data?.pages ?? [];
  const events = pages.flatMap((page) => page.events);
  const facets = pages[0];

  const apply = (next: Filters) => setParams(new URLSearchParams(query({ ...next }).slice(1)));

  return (
    <Page title="Audit trail" caption={organisation.data?.name}>
      <p className="nhsuk-body">
        Every change made in this organisation: who made it, when, and what it changed. Records cannot be edited or
        deleted.
      </p>
      {/* Someone refused sees why (below), not filters they cannot use. */}
      {!(trail.error instanceof ApiError && trail.error.status === 403) && <AuditFilters
        key={params.toString()}
        filters={filters}
        folded={narrow && !filtered}
        actions={facets?.actions ?? []}
        subjectTypes={facets?.subjectTypes ?? []}
        clearTo={paths.audit(orgId)}
        onApply={apply}
      />}
      {trail.isPending && <Loading what="the audit trail" />}
      {trail.isError && <LoadError error={trail.error} what="The audit trail" />}
      {trail.isSuccess &&
        (events.length === 0 ? (
          <EmptyState title={filtered ? 'No events match these filters.' : 'Nothing has been recorded yet.'}>
            {filtered && <p className="nhsuk-body">Try a wider date range, or clear the filters.</p>}
          </EmptyState>
        ) : (
          <>
            {narrow ? <AuditEventList events={events} /> : <Table caption="Events, newest first" columns={columns} rows={events} rowKey={(e) => e.id} />}
            <p className="nhsuk-body-s" role="status">
              Showing {events.length} {events.length === 1 ? 'event' : 'events'}
              {trail.hasNextPage ? '. There are more.' : '. That is all of them.'}
            </p>
            {trail.hasNextPage && (
              <Button variant="secondary" busy={trail.isFetchingNextPage} onClick={() => void trail.fetchNextPage()}>
                {trail.isFetchingNextPage ? 'Loading more events…' : 'Load more events'}
              </Button>
            )}
          </>
        ))}
    </Page>
  );
}
