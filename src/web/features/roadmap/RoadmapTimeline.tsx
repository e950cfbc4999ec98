import { useId, useState } from 'react';
import type { Roadmap } from '../../../shared/contracts/roadmap.js';
import { STATUS_LABELS } from '../../../shared/contracts/roadmap.js';
import { monthIndex } from '../../../shared/roadmap-months.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';

/** Width of one month at each zoom: years squeeze, months stretch. */
const ZOOMS = { years: 8, quarters: 18, months: 48 } as const;
type Zoom = keyof typeof ZOOMS;
const LABEL_WIDTH = 240;
const ROW = 30;
const HEADER = 58;
/** Room after the last month for the title of a bar that ends there. */
const TRAILING = 280;

/** Bar colours by status, from the NHS palette, each with text dark or light enough to read on it. */
export const STATUS_COLOURS: Record<string, { fill: string; text: string }> = {
  proposed: { fill: '#e8edee', text: '#212b32' },
  planned: { fill: '#41b6e6', text: '#212b32' },
  in_progress: { fill: '#005eb8', text: '#ffffff' },
  done: { fill: '#007f3b', text: '#ffffff' },
  paused: { fill: '#ffeb3b', text: '#212b32' },
  stopped: { fill: '#768692', text: '#ffffff' },
};

type Row = { kind: 'programme'; id: string; label: string } | { kind: 'initiative'; initiative: Roadmap['initiatives'][number] };

/**
 * The roadmap as a timeline: one row per initiative grouped under its programme, quarters across
 * the strategy's years, bars coloured by status with their title written on or beside them,
 * dependency arrows, a line at today and the critical path outlined. The same data is in the
 * table below for anyone who cannot see the picture.
 */
export function RoadmapTimeline({ roadmap }: { roadmap: Roadmap }) {
  const [zoom, setZoom] = useState<Zoom>('quarters');
  const titleId = useId();
  const descId = useId();
  const first = Math.min(roadmap.strategy.startYear * 12, ...roadmap.initiatives.map((i) => monthIndex(`${i.start}-01`)));
  const last = Math.max(roadmap.strategy.endYear * 12 + 11, ...roadmap.initiatives.map((i) => monthIndex(`${i.end}-01`)));
  const firstYear = Math.floor(first / 12);
  const months = (Math.floor(last / 12) - firstYear + 1) * 12;
  const unit = ZOOMS[zoom];
  const x = (index: number) => LABEL_WIDTH + (index - firstYear * 12) * unit;
  const rows: Row[] = roadmap.programmes.flatMap((p) => [
    { kind: 'programme' as const, id: p.id, label: p.name },
    ...roadmap.initiatives.filter((i) => i.programmeId === p.id).map((initiative) => ({ kind: 'initiative' as const, initiative })),
  ]);
  const byId = new Map(roadmap.initiatives.map((i) => [i.id, i]));
  const rowOf = new Map<string, number>();
  rows.forEach((r, k) => r.kind === 'initiative' && rowOf.set(r.initiative.id, k));
  const width = LABEL_WIDTH + months * unit + TRAILING;
  const height = HEADER + rows.length * ROW + 8;
  const yOf = (k: number) => HEADER + k * ROW;
  const today = monthIndex(`${roadmap.today}-01`);
  const critical = roadmap.criticalPath.chain;
  const description = `${roadmap.initiatives.length} initiatives in ${roadmap.programmes.length} programmes from ${firstYear} to ${firstYear + months / 12 - 1}. `
    + (critical.length > 1 ? `The critical path, ${roadmap.criticalPath.months} months, runs through ${critical.map((id) => byId.get(id)?.title).join(', then ')}. ` : '')
    + 'The table of initiatives below gives the same information.';

  return (
    <div className="chorus-roadmap-timeline">
      <div className="nhsuk-button-group chorus-roadmap-timeline__zoom" role="group" aria-label="Zoom the timeline">
        {(Object.keys(ZOOMS) as Zoom[]).map((z) => (
          <button key={z} type="button" className={`nhsuk-button nhsuk-button--small ${z === zoom ? '' : 'nhsuk-button--secondary'}`} aria-pressed={z === zoom} onClick={() => setZoom(z)}>
            {z[0]!.toUpperCase() + z.slice(1)}
          </button>
        ))}
      </div>
      <ScrollRegion label="Timeline of initiatives" stickyFirstColumn={false}>
        <svg role="img" aria-labelledby={`${titleId} ${descId}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chorus-roadmap-timeline__svg">
          <title id={titleId}>Roadmap timeline by quarter</title>
          <desc id={descId}>{description}</desc>
          <defs>
            <marker id="chorus-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#4c6272" />
            </marker>
          </defs>
          {Array.from({ length: months / 3 }, (_, q) => {
            const start = firstYear * 12 + q * 3;
            const year = Math.floor(start / 12);
            const quarter = (start % 12) / 3 + 1;
            return (
              <g key={q}>
                <rect x={x(start)} y={0} width={unit * 3} height={height} fill={q % 2 === 0 ? '#f0f4f5' : '#ffffff'} />
                {quarter === 1 && <text x={x(start) + 4} y={16} className="chorus-roadmap-timeline__year">{year}</text>}
                {zoom !== 'years' && <text x={x(start) + 4} y={34} className="chorus-roadmap-timeline__quarter">Q{quarter}</text>}
              </g>
            );
          })}
          {rows.map((row, k) =>
            row.kind === 'programme' ? (
              <text key={row.id} x={4} y={yOf(k) + 20} className="chorus-roadmap-timeline__programme">{clip(row.label, 34)}</text>
            ) : (
              <g key={row.initiative.id}>
                <text x={16} y={yOf(k) + 20} className="chorus-roadmap-timeline__label">{clip(row.initiative.title, 32)}</text>
                <Bar initiative={row.initiative} x={x(monthIndex(`${row.initiative.start}-01`))} y={yOf(k) + 5} width={row.initiative.months * unit} onPath={row.initiative.critical && critical.length > 1} />
              </g>
            ),
          )}
          {roadmap.dependencies.map((d) => {
            const from = byId.get(d.dependsOnId);
            const to = byId.get(d.initiativeId);
            if (!from || !to) return null;
            const x1 = x(monthIndex(`${from.end}-01`) + 1);
            const y1 = yOf(rowOf.get(from.id)!) + ROW / 2;
            const x2 = x(monthIndex(`${to.start}-01`));
            const y2 = yOf(rowOf.get(to.id)!) + ROW / 2;
            const bend = Math.max(x1 + 8, x2 - 8);
            return <path key={`${d.initiativeId}-${d.dependsOnId}`} d={`M ${x1} ${y1} H ${bend} V ${y2} H ${x2}`} fill="none" stroke="#4c6272" strokeWidth={1.5} markerEnd="url(#chorus-arrow)" />;
          })}
          {today >= firstYear * 12 && today < firstYear * 12 + months && (
            <g>
              <line x1={x(today)} x2={x(today)} y1={HEADER - 14} y2={height} stroke="#d5281b" strokeWidth={2} />
              <text x={x(today) + 4} y={HEADER - 4} className="chorus-roadmap-timeline__today">Today</text>
            </g>
          )}
        </svg>
      </ScrollRegion>
      <ul className="chorus-roadmap-timeline__key nhsuk-list" aria-label="Key">
        {Object.entries(STATUS_COLOURS).map(([status, colour]) => (
          <li key={status}><span className="chorus-roadmap-timeline__swatch" style={{ background: colour.fill }} /> {STATUS_LABELS[status as keyof typeof STATUS_LABELS]}</li>
        ))}
        <li><span className="chorus-roadmap-timeline__swatch chorus-roadmap-timeline__swatch--critical" /> On the critical path</li>
        <li><span className="chorus-roadmap-timeline__swatch chorus-roadmap-timeline__swatch--today" /> Today ({roadmap.todayLabel})</li>
      </ul>
    </div>
  );
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function Bar({ initiative, x, y, width, onPath }: { initiative: Roadmap['initiatives'][number]; x: number; y: number; width: number; onPath: boolean }) {
  const colour = STATUS_COLOURS[initiative.status]!;
  const label = `${initiative.title} (${STATUS_LABELS[initiative.status]})`;
  // The title sits on the bar when it fits (about 7 px a character), else just after it.
  const fits = label.length * 7 < width - 8;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(width, 4)} height={ROW - 10} rx={3} fill={colour.fill} stroke={onPath ? '#d5281b' : '#4c6272'} strokeWidth={onPath ? 3 : 1} />
      <text x={fits ? x + 6 : x + width + 6} y={y + 15} className="chorus-roadmap-timeline__bar-label" fill={fits ? colour.text : '#212b32'}>{label}</text>
    </g>
  );
}
