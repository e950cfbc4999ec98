import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RegisterImportOptions, RegisterImportPreview } from '../../../../shared/contracts/estate-views.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { readTable, TableError, type Table } from '../../../platform/files/table.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { orgUnits } from '../../workforce/index.js';
import { planImport, type ImportPlan } from '../import/plan.js';
import type { UnitRef } from '../import/references.js';
import type { SystemRow } from '../presenter.js';
import { replaceUnitsOfMany } from '../system-store.js';
import { systems } from '../tables.js';
import { auditEstate } from './audit.js';

export interface RegisterImportInput extends RegisterImportOptions {
  fileName: string;
  bytes: Uint8Array;
}

const PREVIEW_ROWS = 20;

async function tableOf(bytes: Uint8Array): Promise<Table> {
  try {
    return await readTable(bytes);
  } catch (error) {
    if (error instanceof TableError) throw badRequest(`The file could not be read: ${error.message}`, [{ field: 'content', message: error.message }]);
    throw error;
  }
}

async function existingByName(db: Db, organisationId: string) {
  const rows = await db.select().from(systems).where(eq(systems.organisationId, organisationId));
  return new Map<string, SystemRow>(rows.map((r) => [r.name.toLowerCase(), r]));
}

/** The divisions and sites a "Divisions and sites" cell may name (departments are not linked to systems). */
async function unitsOf(db: Db, organisationId: string): Promise<UnitRef[]> {
  return db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.organisationId, organisationId), inArray(orgUnits.kind, ['division', 'site'])));
}

async function planFor(db: Db, organisationId: string, table: Table, input: RegisterImportInput) {
  return planImport(table, input, await existingByName(db, organisationId), await unitsOf(db, organisationId));
}

const countsOf = (plan: ImportPlan) => ({
  create: plan.rows.filter((r) => r.action === 'create').length,
  update: plan.rows.filter((r) => r.action === 'update').length,
  duplicate: plan.rows.filter((r) => r.action === 'duplicate').length,
});

/** What the import would do, changing nothing. */
export async function previewRegisterImport(ctx: AppContext, actor: Actor, input: RegisterImportInput): Promise<RegisterImportPreview> {
  const table = await tableOf(input.bytes);
  const plan = await planFor(ctx.db, actor.member.organisationId, table, input);
  return {
    columns: plan.columns,
    rowCount: Math.max(0, table.rows.length - 1),
    rows: plan.rows.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, values: r.values, action: r.action })),
    counts: countsOf(plan),
    problems: plan.problems,
  };
}

/**
 * Imports every row or none: the plan is made again inside the transaction (so it sees the register
 * as it is now), and any problem refuses the whole file before anything is written.
 */
export async function commitRegisterImport(ctx: AppContext, actor: Actor, input: RegisterImportInput) {
  const table = await tableOf(input.bytes);
  try {
    return await ctx.db.transaction(async (tx) => {
      const plan = await planFor(tx, actor.member.organisationId, table, input);
      if (plan.problems.length > 0) {
        throw new AppError(
          400,
          'import_refused',
          `The register was not imported: ${plan.problems.length === 1 ? 'there is 1 problem' : `there are ${plan.problems.length} problems`} to fix. Nothing was changed.`,
          plan.problems.map((p) => ({ field: p.column ?? 'file', message: p.message })),
        );
      }
      const idByName = new Map([...(await existingByName(tx, actor.member.organisationId))].map(([key, row]) => [key, row.id]));
      const creates = plan.rows.filter((r) => r.action === 'create');
      for (let i = 0; i < creates.length; i += 500) {
        const inserted = await tx
          .insert(systems)
          .values(
            creates
              .slice(i, i + 500)
              .map(({ values: { unitIds: _u, replacedById: _r, notes, ...fields } }) => ({ ...fields, notes: notes ?? '', organisationId: actor.member.organisationId })),
          )
          .returning({ id: systems.id, name: systems.name });
        for (const row of inserted) idByName.set(row.name.toLowerCase(), row.id);
      }
      const updates = plan.rows.filter((r) => r.action === 'update');
      for (const { existingId, values } of updates) {
        const { unitIds: _u, replacedById: _r, ...fields } = values;
        await tx.update(systems).set({ ...fields, notes: fields.notes ?? '', updatedAt: sql`now()` }).where(eq(systems.id, existingId!));
      }
      // Only now does every system in the file exist, so rows can name each other as replacements.
      const unitsBySystem = new Map<string, string[]>();
      const replacing = new Map<string | null, string[]>();
      for (const row of plan.rows) {
        if (row.action === 'duplicate') continue;
        const systemId = row.existingId ?? idByName.get(row.values.name.toLowerCase())!;
        // A new system has no units or replacement yet: only what the file names needs writing.
        const isNew = row.action === 'create';
        if (row.unitIds && !(isNew && row.unitIds.length === 0)) unitsBySystem.set(systemId, row.unitIds);
        if (row.replacedBy !== undefined && !(isNew && row.replacedBy === null)) {
          const replacedById = row.replacedBy === null ? null : idByName.get(row.replacedBy)!;
          replacing.set(replacedById, [...(replacing.get(replacedById) ?? []), systemId]);
        }
      }
      await replaceUnitsOfMany(tx, unitsBySystem);
      // One statement for each replacement named (a register names a few), not one a row.
      for (const [replacedById, systemIds] of replacing) {
        for (let i = 0; i < systemIds.length; i += 1000) await tx.update(systems).set({ replacedById }).where(inArray(systems.id, systemIds.slice(i, i + 1000)));
      }
      const result = { created: creates.length, updated: updates.length, duplicates: plan.rows.length - creates.length - updates.length };
      await auditEstate(tx, actor, 'register_import', null, {
        action: 'register.imported',
        after: { fileName: input.fileName, mode: input.mode, rows: plan.rows.length, ...result },
      });
      return result;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw badRequest('Another change added a system with one of these names while the file was being imported. Nothing was changed: preview the file again.');
    }
    throw error;
  }
}
