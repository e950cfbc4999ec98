import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FREQUENCY_LABELS, INTERFACE_TYPES, INTERFACE_TYPE_LABELS } from '../../../shared/contracts/estate.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Select } from '../../ui/fields.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { Table } from '../../ui/Table.js';
import { useWorkforce } from '../workforce/api.js';
import { useEstateMap } from './api.js';
import { EstateNav } from './EstateNav.js';
import { criticalityOptions, lifecycleOptions, optionsOf } from './labels.js';
import { CapabilityChooser } from './CapabilityChooser.js';
import { capabilitiesOf, startsClustered } from './map-clusters.js';
import { MapCanvas } from './MapCanvas.js';
import { visibleEdges } from './map-layout.js';
import { Pager } from './Pager.js';
import './estate.scss';

const MAP_FILTERS = ['division', 'criticality', 'lifecycle', 'interfaceType'] as const;
const TABLE_PAGE = 100;
const TABLE_ID = 'integrations-table';

/** The integrations map and, on the same page and filtered the same way, the table that says it in words. */
export function MapPage() {
  const orgId = useOrgId();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const workforce = useWorkforce(orgId);
  const search = new URLSearchParams(MAP_FILTERS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))).toString();
  const map = useEstateMap(orgId, search ? `?${search}` : '');
  const [page, setPage] = useState(1);

  const setFilter = (key: (typeof MAP_FILTERS)[number]) => (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setPage(1);
  };
  const openSystem = useCallback((id: string) => navigate(paths.system(orgId, id)), [navigate, orgId]);
  const capabilities = useMemo(() => (map.data ? capabilitiesOf(map.data) : []), [map.data]);
  const clustered = useMemo(() => (map.data ? startsClustered(map.data) : false), [map.data]);
  // A small, sparse map (perhaps a large one filtered down) shows every system; one whose full
  // graph would be a tangle shows the capabilities the person opened, none at first.
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const openCapabilities = useMemo(
    () => (clustered ? chosen : new Set(capabilities.map((c) => c.capability))),
    [chosen, clustered, capabilities],
  );
  const toggleCapability = useCallback((capability: string) => {
    const next = new Set(openCapabilities);
    if (next.has(capability)) next.delete(capability);
    else next.add(capability);
    setChosen(next);
  }, [openCapabilities]);

  const rows = useMemo(() => {
    if (!map.data) return [];
    const names = new Map(map.data.nodes.map((n) => [n.id, n.name]));
    return visibleEdges(map.data)
      .map((e) => ({ ...e, sourceName: names.get(e.source) ?? '', targetName: names.get(e.target) ?? '' }))
      .sort((a, b) => a.sourceName.localeCompare(b.sourceName) || a.targetName.localeCompare(b.targetName));
  }, [map.data]);
  const shown = rows.slice((page - 1) * TABLE_PAGE, page * TABLE_PAGE);

  return (
    <Page title="Integrations map" caption="Digital estate">
      <EstateNav current="map" />
      <p className="nhsuk-body">
        How data moves between systems. <a href={`#${TABLE_ID}`}>Skip the map and go to the table of integrations</a>
      </p>
      <form className="chorus-estate-filter-grid" aria-label="Filter the map and the table" onSubmit={(e) => e.preventDefault()}>
        <Select
          id="map-division"
          label="Division"
          options={[{ value: '', label: 'Any division' }, ...(workforce.data?.divisions ?? []).map((d) => ({ value: d.id, label: d.name }))]}
          value={params.get('division') ?? ''}
          onChange={setFilter('division')}
        />
        <Select id="map-criticality" label="Criticality" options={criticalityOptions('Any criticality')} value={params.get('criticality') ?? ''} onChange={setFilter('criticality')} />
        <Select id="map-lifecycle" label="Lifecycle" options={lifecycleOptions('Any stage')} value={params.get('lifecycle') ?? ''} onChange={setFilter('lifecycle')} />
        <Select
          id="map-interface"
          label="Interface type"
          options={optionsOf(INTERFACE_TYPES, INTERFACE_TYPE_LABELS, 'Any interface')}
          value={params.get('interfaceType') ?? ''}
          onChange={setFilter('interfaceType')}
        />
      </form>
      {map.isPending && <Loading what="the map" />}
      {map.isError && <LoadError error={map.error} what="The map" />}
      {map.data &&
        (map.data.nodes.length === 0 ? (
          <EmptyState title="No systems match these filters." />
        ) : (
          <>
            {clustered && <CapabilityChooser capabilities={capabilities} open={openCapabilities} onChange={setChosen} />}
            <MapCanvas map={map.data} open={openCapabilities} tableId={TABLE_ID} onOpen={openSystem} onToggleCapability={toggleCapability} />
            <div id={TABLE_ID} tabIndex={-1}>
              {rows.length === 0 ? (
                <EmptyState title="No integrations between these systems." />
              ) : (
                <>
                  <Table
                    caption={`Integrations (${rows.length.toLocaleString('en-GB')})`}
                    columns={[
                      { header: 'Source', cell: (r) => r.sourceName },
                      { header: 'Target', cell: (r) => r.targetName },
                      { header: 'Interface', cell: (r) => INTERFACE_TYPE_LABELS[r.interfaceType] },
                      { header: 'Frequency', cell: (r) => (r.frequency ? FREQUENCY_LABELS[r.frequency] : 'Not recorded') },
                    ]}
                    rows={shown}
                    rowKey={(r) => r.id}
                  />
                  <Pager page={page} pageSize={TABLE_PAGE} total={rows.length} onPage={setPage} noun="integration" />
                </>
              )}
            </div>
          </>
        ))}
    </Page>
  );
}
