import type { MeasureSummary } from '../../../../shared/contracts/measures.js';
import type { PriorityList, PriorityVoices } from '../../../../shared/contracts/priorities.js';
import type { Roadmap } from '../../../../shared/contracts/roadmap.js';
import type { DocBlock } from '../../../../shared/strategy-document.js';
import { bullets, heading, markdown, para, plural, table } from './blocks.js';

export const STATUS_WORDS = { proposed: 'proposed', planned: 'planned', in_progress: 'in progress', done: 'done', paused: 'paused', stopped: 'stopped' } as const;

/** "62% of letters", "95 seconds": a unit starting with % sits against the number. */
const withUnit = (value: number, unit: string) => `${value.toLocaleString('en-GB')}${unit.startsWith('%') ? unit : ` ${unit}`}`;

export const measureValue = (m: MeasureSummary, point: { value: number | null; on: { label: string } | null } | null) =>
  point && point.value !== null ? `${withUnit(point.value, m.unit)}${point.on ? ` (${point.on.label})` : ''}` : 'Not set';

export const measureRow = (m: MeasureSummary) => [m.name, measureValue(m, m.baseline), measureValue(m, m.target), m.statusWords];

function evidenceLine(v: PriorityVoices): string {
  const hidden = v.staffGroups.other > 0 ? ` Groups of fewer than ${v.minGroupSize} are counted together, never named.` : '';
  const groups = v.staffGroups.named.length ? ` Survey answers came from ${v.staffGroups.named.map((g) => g.label).join(', ')}${v.staffGroups.other ? ' and other groups' : ''}.` : '';
  return `Built on ${plural(v.insights.length, 'insight')} and ${plural(v.items, 'piece')} of evidence: ${v.leaders.toLocaleString('en-GB')} from senior leaders and ${v.staff.toLocaleString('en-GB')} from staff.${groups}${hidden}`;
}

/**
 * Each priority in its agreed order: its summary, the evidence behind it (through the priorities
 * module's suppressed voices), the insights it answers, what we will do (its programmes'
 * initiatives) and how we will know (its measures and its initiatives' measures).
 */
export function prioritiesSection(list: PriorityList, voices: Map<string, PriorityVoices>, roadmap: Roadmap, measures: MeasureSummary[]): DocBlock[] {
  if (!list.priorities.length) return [para('No priority has been agreed yet.')];
  const out: DocBlock[] = [para(`We will focus on ${plural(list.priorities.length, 'priority', 'priorities')}, in this order.`)];
  list.priorities.forEach((p, index) => {
    out.push(heading(`${index + 1}. ${p.title}`));
    if (p.summary.trim()) out.push(...markdown(p.summary));
    const v = voices.get(p.id);
    if (v) {
      out.push(para(evidenceLine(v)));
      if (v.insights.length) {
        out.push(para('What staff and leaders told us:'));
        out.push(bullets(v.insights.map((i) => i.statement)));
      }
    }
    const programmeIds = new Set(roadmap.programmes.filter((g) => g.priorityId === p.id).map((g) => g.id));
    const initiatives = roadmap.initiatives.filter((i) => programmeIds.has(i.programmeId));
    out.push(heading('What we will do', 4));
    out.push(initiatives.length ? bullets(initiatives.map((i) => `${i.title} (${i.startLabel} to ${i.endLabel}, ${STATUS_WORDS[i.status]})`)) : para('The initiatives for this priority are still being planned.'));
    const initiativeIds = new Set(initiatives.map((i) => i.id));
    const own = measures.filter((m) => m.priorityId === p.id || (m.initiativeId !== null && initiativeIds.has(m.initiativeId)));
    out.push(heading('How we will know', 4));
    out.push(own.length ? table(`Measures for ${p.title}`, ['Measure', 'Baseline', 'Target', 'Where it stands'], own.map(measureRow)) : para('The measures for this priority are still being agreed.'));
  });
  return out;
}
