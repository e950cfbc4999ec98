import type { ImportProblem, ImportResult } from '../../../../shared/contracts/workforce.js';
import { writeAudit } from '../../../platform/audit.js';
import { AppError, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { deletePairs, upsertCells } from '../headcount-store.js';
import { parseHeadcountCsv } from '../import/headcount-csv.js';
import { nameKey } from '../import/names.js';
import { planImport } from '../import/plan-import.js';
import { workforceState } from '../queries.js';
import { orgUnits } from '../tables.js';
import { ensureDefaultStaffGroups } from './ensure-default-staff-groups.js';
import { insertUniquely } from './unit-names.js';

function importRefused(problems: ImportProblem[]): AppError {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return new AppError(
    400,
    'import_has_problems',
    `The file has ${count}. Nothing was imported: correct the file and import it again.`,
    problems.map((p) => ({ field: p.row === null ? 'csv' : `csv.row${p.row}${p.column ? `.${p.column}` : ''}`, message: p.message })),
  );
}

/**
 * Imports headcounts from CSV, all or nothing: the file is planned again inside the
 * transaction (the workforce may have changed since the preview), and any problem refuses
 * the whole file. New divisions and sites named in the file are created.
 */
export async function importHeadcounts(ctx: AppContext, actor: Actor, csv: string): Promise<ImportResult> {
  const organisationId = actor.member.organisationId;
  await ensureDefaultStaffGroups(ctx.db, organisationId);
  const parsed = parseHeadcountCsv(csv);
  return ctx.db.transaction(async (tx) => {
    const state = await workforceState(tx, organisationId);
    const plan = planImport(parsed, state);
    const { preview } = plan;
    if (preview.problems.length > 0) throw importRefused(preview.problems);

    const ids = {
      division: new Map(state.divisions.map((d) => [nameKey(d.name), d.id])),
      site: new Map(state.sites.map((s) => [nameKey(s.name), s.id])),
    };
    for (const [kind, names] of [['division', preview.newDivisions], ['site', preview.newSites]] as const) {
      if (names.length === 0) continue;
      const created = await insertUniquely(
        async () => [await tx.insert(orgUnits).values(names.map((name) => ({ organisationId, kind, name }))).returning()],
        () => conflict(`A ${kind} named in the file was added by someone else while importing. Preview the file again.`),
      );
      for (const unit of created) ids[kind].set(nameKey(unit.name), unit.id);
    }
    await deletePairs(tx, organisationId, plan.replacedPairs);
    await upsertCells(tx, organisationId, plan.cells.map((cell) => ({
      divisionId: ids.division.get(cell.divisionKey)!,
      staffGroupId: cell.staffGroupId,
      siteId: cell.siteKey === null ? null : ids.site.get(cell.siteKey)!,
      headcount: cell.headcount,
    })));
    await writeAudit(tx, auditActor(actor), {
      organisationId,
      action: 'headcounts.imported',
      subjectType: 'headcounts',
      subjectId: null,
      after: {
        rows: preview.rows.length,
        ...preview.summary,
        ...(preview.newDivisions.length > 0 ? { newDivisions: preview.newDivisions } : {}),
        ...(preview.newSites.length > 0 ? { newSites: preview.newSites } : {}),
        ...(preview.removed.length > 0 ? { removedFigures: preview.removed } : {}),
      },
    });
    return { summary: preview.summary, newDivisions: preview.newDivisions, newSites: preview.newSites };
  });
}
