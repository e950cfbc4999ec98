import { Link } from 'react-router';
import type { Roadmap } from '../../../shared/contracts/roadmap.js';
import { HORIZON_LABELS } from '../../../shared/contracts/roadmap.js';
import { paths } from '../../app/paths.js';
import { Table } from '../../ui/Table.js';
import { StatusTag } from './StatusTag.js';

type Row = Roadmap['initiatives'][number] & { programme: string };

/** The timeline's and the board's data as a table: what a screen reader user, or anyone wanting the figures, reads. */
export function RoadmapTable({ orgId, roadmap }: { orgId: string; roadmap: Roadmap }) {
  const titleOf = new Map(roadmap.initiatives.map((i) => [i.id, i.title]));
  const programmeOf = new Map(roadmap.programmes.map((p) => [p.id, p.name]));
  const order = new Map(roadmap.programmes.map((p, k) => [p.id, k]));
  const rows: Row[] = roadmap.initiatives
    .map((i) => ({ ...i, programme: programmeOf.get(i.programmeId) ?? '' }))
    .sort((a, b) => (order.get(a.programmeId) ?? 0) - (order.get(b.programmeId) ?? 0) || a.start.localeCompare(b.start));
  return (
    <Table<Row>
      caption="Initiatives by programme"
      captionHidden
      rowKey={(r) => r.id}
      rows={rows}
      columns={[
        { header: 'Programme', cell: (r) => <span className="chorus-break-anywhere">{r.programme}</span> },
        { header: 'Initiative', cell: (r) => <Link className="chorus-break-anywhere" to={paths.initiative(orgId, roadmap.strategy.id, r.id)}>{r.title}</Link> },
        { header: 'Owner', cell: (r) => <span className="chorus-break-anywhere">{r.owner || 'Not named'}</span> },
        { header: 'Start', cell: (r) => r.startLabel },
        { header: 'End', cell: (r) => r.endLabel },
        { header: 'Status', cell: (r) => <><StatusTag status={r.status} /> {HORIZON_LABELS[r.horizon]}{r.critical && roadmap.criticalPath.chain.length > 1 ? ', on the critical path' : ''}</> },
        { header: 'Depends on', cell: (r) => (r.dependsOn.length === 0 ? 'Nothing' : r.dependsOn.map((id) => titleOf.get(id)).join('; ')) },
        { header: 'Flags', cell: (r) => (r.flags.length === 0 ? 'None' : <ul className="nhsuk-list nhsuk-body-s">{r.flags.map((f) => <li key={f.message}>{f.message}</li>)}</ul>) },
      ]}
    />
  );
}
