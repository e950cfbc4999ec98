import type { ImportPreview, ImportProblem, ImportRow } from '../../../../shared/contracts/workforce.js';
import type { ParsedHeadcountCsv } from './headcount-csv.js';
import { nameKey, staffGroupSynonym } from './names.js';

/** What the organisation holds now, as far as an import needs to know. */
export interface WorkforceState {
  divisions: { id: string; name: string }[];
  sites: { id: string; name: string }[];
  staffGroups: { id: string; name: string }[];
  cells: { divisionId: string; staffGroupId: string; siteId: string | null; headcount: number }[];
}

export interface PlannedCell {
  /** `nameKey` of the division: an existing one, or one in `newDivisions`. */
  divisionKey: string;
  staffGroupId: string;
  siteKey: string | null;
  headcount: number;
}

export interface ImportPlan {
  preview: ImportPreview;
  /** The figures to write. For each division × staff group they replace every figure held now. */
  cells: PlannedCell[];
  /** Existing division × staff group pairs whose figures the file replaces. */
  replacedPairs: { divisionId: string; staffGroupId: string }[];
}

const cellKey = (division: string, group: string, site: string | null) => `${division}|${group}|${site ?? ''}`;

/**
 * Decides what importing a parsed file would do, without touching the database. The file
 * replaces, per division × staff group, whatever is held: a file with figures per site for
 * Surgery × Nursing replaces a whole-division figure for that pair (listed as removed), so a
 * pair never holds both. Pairs the file does not mention are left as they are.
 */
export function planImport(parsed: ParsedHeadcountCsv, state: WorkforceState): ImportPlan {
  const problems: ImportProblem[] = [...parsed.problems];
  const divisions = new Map(state.divisions.map((d) => [nameKey(d.name), d]));
  const sites = new Map(state.sites.map((s) => [nameKey(s.name), s]));
  const groups = new Map(state.staffGroups.map((g) => [nameKey(g.name), g]));
  const heldCells = new Map(state.cells.map((c) => [cellKey(c.divisionId, c.staffGroupId, c.siteId), c]));
  const groupNames = state.staffGroups.map((g) => g.name).join(', ');
  const findGroup = (name: string) => {
    const synonym = staffGroupSynonym(name);
    return groups.get(nameKey(name)) ?? (synonym ? groups.get(nameKey(synonym)) : undefined);
  };

  const badRows = new Set(problems.map((p) => p.row));
  const firstRowOfCell = new Map<string, number>();
  const pairModes = new Map<string, { whole?: number; perSite?: number }>();
  const newDivisions = new Map<string, string>();
  const newSites = new Map<string, string>();
  const fileSitesOfPair = new Map<string, Set<string>>();
  const cells: PlannedCell[] = [];
  const rows: ImportRow[] = [];

  for (const parsedRow of parsed.rows) {
    const { row, division, staffGroup, site, headcount } = parsedRow;
    const out: ImportRow = { ...parsedRow, outcome: null, before: null };
    rows.push(out);
    const problem = (column: ImportProblem['column'], message: string) => {
      problems.push({ row, column, message: `Row ${row}: ${message}` });
      badRows.add(row);
    };
    const group = staffGroup === '' ? undefined : findGroup(staffGroup);
    if (staffGroup !== '' && !group) {
      problem(
        'staffGroup',
        groupNames
          ? `staff group "${staffGroup}" is not one of this organisation's staff groups (${groupNames}). Use one of these names, or add the staff group on the Workforce page first.`
          : `staff group "${staffGroup}" is not one of this organisation's staff groups, and it has none. Add staff groups on the Workforce page first.`,
      );
    }
    if (badRows.has(row) || !group || headcount === null) continue;

    const divisionKey = nameKey(division);
    const siteKey = site === null ? null : nameKey(site);
    const key = cellKey(divisionKey, group.id, siteKey);
    const earlier = firstRowOfCell.get(key);
    if (earlier !== undefined) {
      const where = site === null ? 'the whole division' : `site "${site}"`;
      problem(null, `repeats division "${division}", staff group "${group.name}" and ${where} from row ${earlier}. Keep one of the two rows.`);
      continue;
    }
    const pair = `${divisionKey}|${group.id}`;
    const modes = pairModes.get(pair) ?? {};
    const clash = site === null ? modes.perSite : modes.whole;
    if (clash !== undefined) {
      problem(
        'site',
        `gives ${site === null ? 'a figure for the whole division' : 'a figure for one site'} of "${division}" and staff group "${group.name}", but row ${clash} gives ${site === null ? 'figures per site' : 'one for the whole division'}. Give figures either for the whole division or per site, not both.`,
      );
      continue;
    }
    firstRowOfCell.set(key, row);
    pairModes.set(pair, site === null ? { ...modes, whole: row } : { ...modes, perSite: modes.perSite ?? row });
    fileSitesOfPair.set(pair, (fileSitesOfPair.get(pair) ?? new Set()).add(siteKey ?? ''));

    const existingDivision = divisions.get(divisionKey);
    if (!existingDivision && !newDivisions.has(divisionKey)) newDivisions.set(divisionKey, division);
    const existingSite = siteKey === null ? null : sites.get(siteKey);
    if (siteKey !== null && site !== null && !existingSite && !newSites.has(siteKey)) newSites.set(siteKey, site);

    const held =
      existingDivision && (siteKey === null || existingSite)
        ? heldCells.get(cellKey(existingDivision.id, group.id, existingSite?.id ?? null))
        : undefined;
    out.outcome = !held ? 'create' : held.headcount === headcount ? 'unchanged' : 'update';
    out.before = held?.headcount ?? null;
    cells.push({ divisionKey, staffGroupId: group.id, siteKey, headcount });
  }

  // Figures held now for a pair the file covers, at a site (or whole division) the file leaves out.
  const replacedPairs: ImportPlan['replacedPairs'] = [];
  const removed: ImportPreview['removed'] = [];
  const divisionById = new Map(state.divisions.map((d) => [d.id, d]));
  const siteById = new Map(state.sites.map((s) => [s.id, s]));
  const groupById = new Map(state.staffGroups.map((g) => [g.id, g]));
  const heldByPair = new Map<string, WorkforceState['cells']>();
  for (const cell of state.cells) {
    const pair = `${cell.divisionId}|${cell.staffGroupId}`;
    heldByPair.set(pair, [...(heldByPair.get(pair) ?? []), cell]);
  }
  for (const [pair, fileSites] of fileSitesOfPair) {
    const [divisionKey = '', staffGroupId = ''] = pair.split('|');
    const division = divisions.get(divisionKey);
    if (!division) continue;
    replacedPairs.push({ divisionId: division.id, staffGroupId });
    for (const cell of heldByPair.get(`${division.id}|${staffGroupId}`) ?? []) {
      const siteName = cell.siteId ? (siteById.get(cell.siteId)?.name ?? '') : null;
      if (fileSites.has(siteName === null ? '' : nameKey(siteName))) continue;
      removed.push({
        division: divisionById.get(cell.divisionId)?.name ?? '',
        staffGroup: groupById.get(cell.staffGroupId)?.name ?? '',
        site: siteName,
        headcount: cell.headcount,
      });
    }
  }

  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const count = (outcome: ImportRow['outcome']) => rows.filter((r) => r.outcome === outcome).length;
  return {
    preview: {
      delimiter: parsed.delimiter,
      ignoredColumns: parsed.ignoredColumns,
      rows,
      problems,
      newDivisions: [...newDivisions.values()],
      newSites: [...newSites.values()],
      removed,
      summary: {
        created: count('create'),
        updated: count('update'),
        unchanged: count('unchanged'),
        removed: removed.length,
        totalHeadcount: cells.reduce((sum, c) => sum + c.headcount, 0),
      },
    },
    cells,
    replacedPairs,
  };
}
