import type { SetHeadcounts } from '../../../../shared/contracts/workforce.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest, type FieldProblem } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { deleteCells, mixedPairs, upsertCells, type CellKey, type CellValue } from '../headcount-store.js';
import { workforceState } from '../queries.js';

const keyOf = (c: CellKey) => `${c.divisionId}|${c.staffGroupId}|${c.siteId ?? ''}`;

/**
 * Sets some cells of the headcount grid: a whole number sets the figure, blank (null) removes
 * it, and cells not sent are left as they are. Every id must belong to this organisation; one
 * bad cell refuses the whole request.
 */
export async function setHeadcounts(ctx: AppContext, actor: Actor, input: SetHeadcounts) {
  return ctx.db.transaction(async (tx) => {
    const organisationId = actor.member.organisationId;
    const state = await workforceState(tx, organisationId);
    const names = new Map([...state.divisions, ...state.sites, ...state.staffGroups].map((u) => [u.id, u.name]));
    const ids = {
      divisionId: new Set(state.divisions.map((d) => d.id)),
      staffGroupId: new Set(state.staffGroups.map((g) => g.id)),
      siteId: new Set(state.sites.map((s) => s.id)),
    };
    const problems: FieldProblem[] = [];
    const firstIndex = new Map<string, number>();
    const cells = input.cells.map((cell, i) => ({ ...cell, siteId: cell.siteId ?? null, index: i }));
    for (const cell of cells) {
      const at = `cells.${cell.index}`;
      if (!ids.divisionId.has(cell.divisionId)) problems.push({ field: `${at}.divisionId`, message: `Cell ${cell.index + 1}: the division is not one of this organisation's divisions` });
      if (!ids.staffGroupId.has(cell.staffGroupId)) problems.push({ field: `${at}.staffGroupId`, message: `Cell ${cell.index + 1}: the staff group is not one of this organisation's staff groups` });
      if (cell.siteId !== null && !ids.siteId.has(cell.siteId)) problems.push({ field: `${at}.siteId`, message: `Cell ${cell.index + 1}: the site is not one of this organisation's sites` });
      const earlier = firstIndex.get(keyOf(cell));
      if (earlier !== undefined) problems.push({ field: at, message: `Cell ${cell.index + 1} is the same cell as cell ${earlier + 1}; send each cell once` });
      else firstIndex.set(keyOf(cell), cell.index);
    }
    if (problems.length > 0) {
      throw badRequest(problems.length === 1 ? problems[0]!.message : `There are ${problems.length} problems with the headcounts`, problems);
    }

    const held = new Map(state.cells.map((c) => [keyOf(c), c.headcount]));
    const toSet: CellValue[] = [];
    const toRemove: CellKey[] = [];
    const before: Record<string, number | null> = {};
    const after: Record<string, number | null> = {};
    const label = (c: CellKey) => [names.get(c.divisionId), names.get(c.staffGroupId), c.siteId ? names.get(c.siteId) : null].filter(Boolean).join(' · ');
    for (const cell of cells) {
      const now = held.get(keyOf(cell)) ?? null;
      if (now === cell.headcount) continue;
      const key = { divisionId: cell.divisionId, staffGroupId: cell.staffGroupId, siteId: cell.siteId };
      if (cell.headcount === null) toRemove.push(key);
      else toSet.push({ ...key, headcount: cell.headcount });
      before[label(cell)] = now;
      after[label(cell)] = cell.headcount;
    }
    if (toSet.length === 0 && toRemove.length === 0) return;
    await deleteCells(tx, organisationId, toRemove);
    await upsertCells(tx, organisationId, toSet);

    const [mixed] = await mixedPairs(tx, organisationId);
    if (mixed) {
      const message = `${names.get(mixed.divisionId)} – ${names.get(mixed.staffGroupId)} would have both a figure for the whole division and figures per site. Clear one before entering the other, so nobody is counted twice.`;
      throw badRequest(message, [{ field: 'cells', message }]);
    }
    await writeAudit(tx, auditActor(actor), {
      organisationId,
      action: 'headcounts.set',
      subjectType: 'headcounts',
      subjectId: null,
      before,
      after,
    });
  });
}
