import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ProjectView } from '../../../shared/contracts/estate.js';
import type { ProjectList } from '../../../shared/contracts/estate-views.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { estateAbilities } from './policy.js';
import { projects, projectSystems, systems } from './tables.js';

export type ProjectRow = typeof projects.$inferSelect;

async function projectViews(db: Db, rows: ProjectRow[]): Promise<ProjectView[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select({ projectId: projectSystems.projectId, id: systems.id, name: systems.name })
    .from(projectSystems)
    .innerJoin(systems, eq(systems.id, projectSystems.systemId))
    .where(inArray(projectSystems.projectId, rows.map((r) => r.id)))
    .orderBy(asc(sql`lower(${systems.name})`));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    sponsor: r.sponsor,
    status: r.status,
    startOn: r.startOn,
    endOn: r.endOn,
    systems: links.filter((l) => l.projectId === r.id).map((l) => ({ id: l.id, name: l.name })),
    notes: r.notes,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function listProjects(db: Db, actor: Actor): Promise<ProjectList> {
  const rows = await db.select().from(projects).where(eq(projects.organisationId, actor.member.organisationId)).orderBy(asc(sql`lower(${projects.name})`));
  return { projects: await projectViews(db, rows), can: estateAbilities(actor.member.role) };
}

export async function loadProject(db: Db, actor: Actor, projectId: string): Promise<ProjectRow> {
  const [row] = await db.select().from(projects).where(and(eq(projects.id, projectId), eq(projects.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('That project');
  return row;
}

export async function projectDetail(db: Db, actor: Actor, projectId: string): Promise<ProjectView> {
  return (await projectViews(db, [await loadProject(db, actor, projectId)]))[0]!;
}

/** Every affected system must be in the actor's register. */
export async function assertSystemsAreOwn(tx: Db, actor: Actor, systemIds: string[]) {
  const unique = [...new Set(systemIds)];
  if (unique.length === 0) return;
  const found = await tx
    .select({ id: systems.id })
    .from(systems)
    .where(and(inArray(systems.id, unique), eq(systems.organisationId, actor.member.organisationId)));
  if (found.length !== unique.length) {
    const message = 'Choose the affected systems from this register';
    throw badRequest(message, [{ field: 'systemIds', message }]);
  }
}

export async function replaceProjectSystems(tx: Db, projectId: string, systemIds: string[]) {
  await tx.delete(projectSystems).where(eq(projectSystems.projectId, projectId));
  const unique = [...new Set(systemIds)];
  if (unique.length) await tx.insert(projectSystems).values(unique.map((systemId) => ({ projectId, systemId })));
}
