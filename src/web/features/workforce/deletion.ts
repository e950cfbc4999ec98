import type { Workforce } from '../../../shared/contracts/workforce.js';
import { plural } from '../../../shared/words.js';

/** What the Delete dialog asks about, and what goes with the record. */
export interface DeletionTarget {
  kind: 'division' | 'department' | 'site' | 'staff group';
  id: string;
  name: string;
  /** "its 4 departments and 12 headcount figures (240 people)", or null when nothing goes with it. */
  consequences: string | null;
}

export function describeDeletion(workforce: Workforce, target: Omit<DeletionTarget, 'consequences'>): DeletionTarget {
  const cells = workforce.headcounts.cells.filter((c) =>
    target.kind === 'staff group' ? c.staffGroupId === target.id : c.divisionId === target.id || c.siteId === target.id,
  );
  const departments = target.kind === 'division' ? (workforce.divisions.find((d) => d.id === target.id)?.departments.length ?? 0) : 0;
  const people = cells.reduce((sum, c) => sum + c.headcount, 0);
  const parts = [
    departments > 0 ? plural(departments, 'department') : null,
    cells.length > 0 ? `${plural(cells.length, 'headcount figure')} (${plural(people, 'person', 'people')})` : null,
  ].filter(Boolean);
  return { ...target, consequences: parts.length > 0 ? `its ${parts.join(' and ')}` : null };
}
