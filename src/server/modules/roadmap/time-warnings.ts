import { CHANGE_LABELS, type SystemChange } from '../../../shared/contracts/roadmap.js';
import { TIME_LABELS, type TimeQuadrant } from '../../../shared/contracts/estate.js';
import { timeQuadrant } from '../../../shared/estate-assessment.js';



/**
 * Changes that go against the register's TIME decision: putting money into a system marked for
 * leaving (migrate or eliminate), or retiring one the architects rated worth investing in. A
 * warning, not a refusal: the register may be out of date, and the team decides.
 */
const AGAINST: Record<SystemChange, TimeQuadrant[]> = {
  improve: ['migrate', 'eliminate'],
  integrate: ['eliminate'],
  introduce: [],
  replace: ['invest'],
  retire: ['invest'],
};

export function timeOf(system: { technicalFit: number | null; functionalFit: number | null }): TimeQuadrant | null {
  return timeQuadrant(system.technicalFit, system.functionalFit);
}

export function timeWarning(change: SystemChange, systemName: string, time: TimeQuadrant | null): string | null {
  if (!time || !AGAINST[change].includes(time)) return null;
  const verb = CHANGE_LABELS[change].replace(/ \(.*\)$/, '');
  return `${verb} "${systemName}" goes against its TIME decision in the register: ${TIME_LABELS[time]}`;
}
