import { Link, useSearchParams } from 'react-router';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { exportCsvHref, useDisagreements, useEstateOverview, useSystems } from './api.js';
import { BaselineLinks } from './BaselineLinks.js';
import { EstateNav } from './EstateNav.js';
import { RegisterFilters, FILTER_KEYS } from './RegisterFilters.js';
import { Pager } from './Pager.js';
import { SystemsTable } from './SystemsTable.js';
import './estate.scss';

/** The register: every system, filtered and sorted by what is in the address, so a view can be shared. */
export function RegisterPage() {
  const orgId = useOrgId();
  const { banner } = useNotice(useFlash());
  const [params, setParams] = useSearchParams();
  const search = params.toString() ? `?${params.toString()}` : '';
  const systems = useSystems(orgId, search);
  // The overview holds every warning and capability; the register counts warnings per row from it.
  const overview = useEstateOverview(orgId);
  const disagreements = useDisagreements(orgId);
  const warningCounts = new Map<string, number>();
  for (const w of overview.data?.warnings ?? []) warningCounts.set(w.systemId, (warningCounts.get(w.systemId) ?? 0) + 1);
  const capabilities = (overview.data?.capabilities ?? []).flatMap((c) => (c.capability ? [c.capability] : []));
  const disagreeing = disagreements.data ? new Set(disagreements.data.systems.filter((d) => d.disagreement.disagrees).map((d) => d.systemId)) : null;
  const filtered = FILTER_KEYS.some((key) => params.get(key));

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };
  // The export holds the whole register (the server takes no filters besides retired systems).
  const exportSearch = params.get('retired') === 'include' || params.get('retired') === 'only' ? '?retired=include' : '';

  const data = systems.data;
  return (
    <Page title="Systems register" caption="Digital estate" before={banner}>
      <EstateNav current="register" />
      <p className="nhsuk-body">Every system the organisation runs: who owns it, what it costs, how well it fits, and when its contract ends.</p>
      <div className="nhsuk-button-group">
        {data?.can.manage && (
          <Link className="nhsuk-button" to={paths.newSystem(orgId)}>
            Add a system
          </Link>
        )}
        <a className="nhsuk-button nhsuk-button--secondary" href={exportCsvHref(orgId, exportSearch)} download>
          Export CSV<span className="nhsuk-u-visually-hidden"> of the whole register</span>
        </a>
      </div>
      <RegisterFilters orgId={orgId} params={params} capabilities={capabilities} onApply={update} />
      {systems.isPending && <Loading what="systems" />}
      {systems.isError && <LoadError error={systems.error} what="The register" />}
      {data &&
        (data.systems.length === 0 ? (
          <EmptyState title={filtered ? 'No systems match these filters.' : 'No systems in the register yet.'}>
            {filtered ? (
              <p className="nhsuk-body">Change or clear the filters to see more.</p>
            ) : (
              <p className="nhsuk-body">
                Add systems one by one, or <Link to={paths.estateImport(orgId)}>import a register from a spreadsheet</Link>.
              </p>
            )}
          </EmptyState>
        ) : (
          <>
            <SystemsTable
              orgId={orgId}
              list={data}
              warningCounts={warningCounts}
              disagreeing={disagreeing}
              sort={params.get('sort') ?? 'name'}
              direction={params.get('direction') === 'desc' ? 'desc' : 'asc'}
              onSort={(sort, direction) => update({ sort, direction, page: null })}
            />
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={(page) => update({ page: page === 1 ? null : String(page) })} />
          </>
        ))}
      <BaselineLinks orgId={orgId} />
    </Page>
  );
}
