import type { Roadmap } from '../../../../shared/contracts/roadmap.js';
import { monthIndex, monthLabel } from '../../../../shared/roadmap-months.js';
import type { DocBlock } from '../../../../shared/strategy-document.js';
import { para, plural } from './blocks.js';
import { STATUS_WORDS } from './priorities.js';

/** The roadmap as a timeline figure, its data as a table beside it (every initiative and its months). */
export function roadmapSection(roadmap: Roadmap): DocBlock[] {
  // Grouped by programme, in the roadmap's own order, so each lane's rows sit together in the figure.
  const lanePosition = new Map(roadmap.programmes.map((g, i) => [g.id, i]));
  const initiatives = [...roadmap.initiatives].sort((a, b) => (lanePosition.get(a.programmeId) ?? 0) - (lanePosition.get(b.programmeId) ?? 0) || a.position - b.position);
  if (!initiatives.length) return [para('The roadmap has no initiatives yet.')];
  const programme = new Map(roadmap.programmes.map((g) => [g.id, g]));
  const first = Math.min(...initiatives.map((i) => monthIndex(i.start)));
  const last = Math.max(...initiatives.map((i) => monthIndex(i.end)));
  const start = `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, '0')}`;
  const lane = (id: string) => programme.get(id)?.name ?? 'Other';
  const startLabel = monthLabel(`${start}-01`);
  const endLabel = monthLabel(`${Math.floor(last / 12)}-${String((last % 12) + 1).padStart(2, '0')}-01`);
  return [
    para(`${plural(initiatives.length, 'initiative')} in ${plural(roadmap.programmes.length, 'programme')}, from ${startLabel} to ${endLabel}.`),
    {
      kind: 'figure',
      figure: {
        kind: 'timeline',
        start,
        months: last - first + 1,
        rows: initiatives.map((i) => ({ label: i.title, lane: lane(i.programmeId), from: monthIndex(i.start) - first, to: monthIndex(i.end) - first })),
      },
      alt: `Timeline of ${plural(initiatives.length, 'initiative')} from ${startLabel} to ${endLabel}, grouped by programme. The table after it lists each initiative with its programme, months and status.`,
      caption: `The roadmap, ${startLabel} to ${endLabel}`,
      table: {
        caption: 'Initiatives and their months',
        header: ['Initiative', 'Programme', 'Starts', 'Ends', 'Status'],
        rows: initiatives.map((i) => [i.title, lane(i.programmeId), i.startLabel, i.endLabel, STATUS_WORDS[i.status]]),
      },
    },
  ];
}
