import { SOURCE_KIND_LABELS, SOURCE_KINDS } from '../../../shared/contracts/insights.js';
import type { PriorityVoices } from '../../../shared/contracts/priorities.js';
import { plural } from '../../ui/format.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Table } from '../../ui/Table.js';
import { usePriorityVoices } from './api.js';

interface Row {
  key: string;
  label: string;
  count: number | null;
  note?: string;
}

/** Bars for the counts given; a hidden group has no bar (its number is not known to the page). */
function Bars({ title, rows }: { title: string; rows: Row[] }) {
  const shown = rows.filter((r) => r.count !== null && r.count > 0);
  const max = Math.max(1, ...shown.map((r) => r.count!));
  const rowHeight = 26;
  return (
    <svg className="chorus-voices-bars" viewBox={`0 0 320 ${Math.max(1, shown.length) * rowHeight + 4}`} role="img" aria-label={`${title}: ${shown.map((r) => `${r.label} ${r.count}`).join(', ') || 'none'}`}>
      <title>{title}</title>
      {shown.map((r, i) => (
        <g key={r.key} aria-hidden="true">
          <text x={0} y={i * rowHeight + 17} className="chorus-voices-bars__label">{r.label.length > 19 ? `${r.label.slice(0, 18)}…` : r.label}</text>
          <rect x={150} y={i * rowHeight + 4} height={18} width={Math.max(2, (r.count! / max) * 130)} className="chorus-voices-bars__bar" />
          <text x={154 + (r.count! / max) * 130} y={i * rowHeight + 17} className="chorus-voices-bars__value">{r.count}</text>
        </g>
      ))}
    </svg>
  );
}

function spreadRows(spread: PriorityVoices['divisions'], k: number, what: string): Row[] {
  const rows: Row[] = spread.named.map((r) => ({ key: r.label, label: r.label, count: r.count }));
  if (spread.other > 0) rows.push({ key: 'other', label: `Other ${what}s, or not stated`, count: spread.other, note: `groups of fewer than ${k} people, and any hidden to protect them, are not named` });
  return rows;
}

/** One breakdown: its heading, the bars at a glance, and the same figures (and the hidden line) as a table. */
function Breakdown({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <div>
      <h3 className="nhsuk-heading-s">{title}</h3>
      <Bars title={title} rows={rows.filter((r) => r.key !== 'other')} />
      <CountTable caption={title} rows={rows} />
    </div>
  );
}

function CountTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <ScrollRegion label={caption}>
      <Table
        caption={caption}
        captionHidden
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { header: 'Group', cell: (r) => <span className="chorus-break-anywhere">{r.label}{r.note && <span className="nhsuk-body-s"> ({r.note})</span>}</span> },
          { header: 'Pieces of evidence', cell: (r) => (r.count === null ? 'hidden' : r.count.toLocaleString('en-GB')), numeric: true },
        ]}
      />
    </ScrollRegion>
  );
}

/**
 * "Voices behind this priority": its insights → their evidence → where it came from, counted once
 * each. Divisions and staff groups come through the suppression function: small groups are never
 * named with a number, only folded into one line that says they are fewer than the threshold.
 */
export function VoicesPanel({ priorityId }: { priorityId: string }) {
  const voices = usePriorityVoices(priorityId);
  const data = voices.data;
  return (
    <section aria-labelledby="voices-heading">
      <h2 className="nhsuk-heading-m" id="voices-heading">Voices behind this priority</h2>
      {voices.isPending && <Loading what="the voices behind this priority" />}
      {voices.isError && <LoadError error={voices.error} what="The voices behind this priority" />}
      {data && data.items === 0 && <p className="nhsuk-body">No evidence yet: link the insights this priority answers, and their evidence counts here.</p>}
      {data && data.items > 0 && (
        <>
          <p className="nhsuk-body">
            {plural(data.items, 'piece')} of evidence across {plural(data.insights.length, 'insight')}: {plural(data.staff, 'from staff', 'from staff')} and{' '}
            {plural(data.leaders, 'from a leader’s interview', 'from leaders’ interviews')}. Groups of fewer than {data.minGroupSize} people are not shown on their own.
          </p>
          <div className="chorus-voices-grid">
            <Breakdown title="By kind of source" rows={SOURCE_KINDS.map((k) => ({ key: k, label: SOURCE_KIND_LABELS[k], count: data.sources[k] }))} />
            {data.sources.survey === 0 ? (
              <p className="nhsuk-body">No survey answers stand behind it, so there are no counts by division or staff group.</p>
            ) : (
              <>
                <Breakdown title="Survey answers by division" rows={spreadRows(data.divisions, data.minGroupSize, 'division')} />
                <Breakdown title="Survey answers by staff group" rows={spreadRows(data.staffGroups, data.minGroupSize, 'staff group')} />
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}
