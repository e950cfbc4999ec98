import type { Division, OrgUnit, StaffGroup, Workforce } from '../../../shared/contracts/workforce.js';
import type { Role } from '../../platform/policy.js';
import { workforceAbilities } from './policy.js';
import type { headcounts, orgUnits, staffGroups } from './tables.js';

type UnitRow = typeof orgUnits.$inferSelect;
type CellRow = Pick<typeof headcounts.$inferSelect, 'divisionId' | 'staffGroupId' | 'siteId' | 'headcount'>;

export function presentUnit(row: UnitRow): OrgUnit {
  return { id: row.id, kind: row.kind, name: row.name, parentId: row.parentId };
}

export function presentStaffGroup(row: typeof staffGroups.$inferSelect): StaffGroup {
  return { id: row.id, name: row.name, position: row.position };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');

/** Divisions with their departments, sites, staff groups and the headcount grid with its totals. */
export function presentWorkforce(units: UnitRow[], groups: (typeof staffGroups.$inferSelect)[], cells: CellRow[], role: Role): Workforce {
  const divisions: Division[] = units
    .filter((u) => u.kind === 'division')
    .sort(byName)
    .map((d) => ({
      ...presentUnit(d),
      departments: units.filter((u) => u.kind === 'department' && u.parentId === d.id).sort(byName).map(presentUnit),
    }));
  const add = (totals: Record<string, number>, key: string, n: number) => {
    totals[key] = (totals[key] ?? 0) + n;
  };
  const totals = { byDivision: {}, byStaffGroup: {}, bySite: {}, overall: 0 } as Workforce['headcounts']['totals'];
  for (const cell of cells) {
    add(totals.byDivision, cell.divisionId, cell.headcount);
    add(totals.byStaffGroup, cell.staffGroupId, cell.headcount);
    if (cell.siteId) add(totals.bySite, cell.siteId, cell.headcount);
    totals.overall += cell.headcount;
  }
  return {
    divisions,
    sites: units.filter((u) => u.kind === 'site').sort(byName).map(presentUnit),
    staffGroups: groups.map(presentStaffGroup),
    headcounts: {
      cells: cells.map((c) => ({ divisionId: c.divisionId, staffGroupId: c.staffGroupId, siteId: c.siteId, headcount: c.headcount })),
      totals,
    },
    can: workforceAbilities(role),
  };
}
