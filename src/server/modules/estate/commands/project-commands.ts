import { eq, sql } from 'drizzle-orm';
import { PROJECT_DATE_ORDER, type ProjectInput, type UpdateProject } from '../../../../shared/contracts/estate.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { assertSystemsAreOwn, loadProject, replaceProjectSystems, type ProjectRow } from '../projects.js';
import { projects, projectSystems } from '../tables.js';
import { auditEstate } from './audit.js';

const nameTaken = (name: string) =>
  conflict(`There is already a project called "${name}". Choose a different name.`, [{ field: 'name', message: `There is already a project called "${name}"` }]);

const record = (row: ProjectRow, systemIds: string[]) => ({
  name: row.name,
  sponsor: row.sponsor,
  status: row.status,
  startOn: row.startOn,
  endOn: row.endOn,
  systemIds: [...new Set(systemIds)].sort(),
  notesLength: row.notes.length,
});

async function uniqueName<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(name);
    throw error;
  }
}

export function createProject(ctx: AppContext, actor: Actor, input: ProjectInput) {
  return uniqueName(input.name, () =>
    ctx.db.transaction(async (tx) => {
      await assertSystemsAreOwn(tx, actor, input.systemIds);
      const { systemIds, notes, ...fields } = input;
      const [row] = await tx
        .insert(projects)
        .values({ ...fields, notes: notes ?? '', organisationId: actor.member.organisationId })
        .returning();
      await replaceProjectSystems(tx, row!.id, systemIds);
      await auditEstate(tx, actor, 'project', row!.id, { action: 'project.created', after: record(row!, systemIds) });
      return row!;
    }),
  );
}

/** Changes the fields (and affected systems) given; the dates are checked against the stored ones too. */
export async function updateProject(ctx: AppContext, actor: Actor, projectId: string, changes: UpdateProject) {
  const stored = await loadProject(ctx.db, actor, projectId);
  return uniqueName(changes.name ?? stored.name, () =>
    ctx.db.transaction(async (tx) => {
      const before = await loadProject(tx, actor, projectId);
      const beforeSystems = (await tx.select().from(projectSystems).where(eq(projectSystems.projectId, projectId))).map((r) => r.systemId);
      const { systemIds: changedSystems, ...changedFields } = changes;
      const defined = Object.fromEntries(Object.entries(changedFields).filter(([, v]) => v !== undefined));
      const startOn = changes.startOn !== undefined ? changes.startOn : before.startOn;
      const endOn = changes.endOn !== undefined ? changes.endOn : before.endOn;
      if (startOn && endOn && endOn < startOn) throw badRequest(PROJECT_DATE_ORDER, [{ field: 'endOn', message: PROJECT_DATE_ORDER }]);
      const systemIds = changedSystems ?? beforeSystems;
      if (changedSystems) await assertSystemsAreOwn(tx, actor, changedSystems);
      const [after] = await tx
        .update(projects)
        .set({ ...defined, updatedAt: sql`now()` })
        .where(eq(projects.id, projectId))
        .returning();
      if (changedSystems) await replaceProjectSystems(tx, projectId, changedSystems);
      await auditEstate(tx, actor, 'project', projectId, {
        action: 'project.updated',
        before: record(before, beforeSystems),
        after: record(after!, systemIds),
      });
      return after!;
    }),
  );
}

export async function deleteProject(ctx: AppContext, actor: Actor, projectId: string) {
  await ctx.db.transaction(async (tx) => {
    const before = await loadProject(tx, actor, projectId);
    const systemIds = (await tx.select().from(projectSystems).where(eq(projectSystems.projectId, projectId))).map((r) => r.systemId);
    await tx.delete(projects).where(eq(projects.id, projectId));
    await auditEstate(tx, actor, 'project', projectId, { action: 'project.deleted', before: record(before, systemIds) });
  });
}
