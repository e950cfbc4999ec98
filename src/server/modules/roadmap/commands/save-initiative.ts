import { and, eq, inArray, sql } from 'drizzle-orm';
import type { SavedInitiative } from '../../../../shared/contracts/roadmap.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { projects, systems } from '../../estate/index.js';
import { insights } from '../../insights/index.js';
import { assertOpen, loadInitiative } from '../load.js';
import { initiativeInsights, initiativeProjects, initiatives, initiativeSystems, programmes } from '../tables.js';
import { timeOf, timeWarning } from '../time-warnings.js';

type Strategy = { id: string; organisationId: string; archivedAt: Date | null };

const refused = (field: string, message: string) => badRequest(message, [{ field, message }]);

/** Checks every linked id belongs where it must; returns the TIME warnings of the systems' changes. */
async function checkLinks(tx: Db, strategy: Strategy, input: SavedInitiative): Promise<string[]> {
  const [programme] = await tx.select({ id: programmes.id }).from(programmes).where(and(eq(programmes.id, input.programmeId), eq(programmes.strategyId, strategy.id)));
  if (!programme) throw refused('programmeId', 'Choose a programme of this strategy');
  const systemIds = [...new Set(input.systems.flatMap((s) => [s.systemId, s.replacedBySystemId ?? null]).filter((id): id is string => id !== null))];
  const found = systemIds.length === 0 ? [] : await tx
    .select({ id: systems.id, name: systems.name, technicalFit: systems.technicalFit, functionalFit: systems.functionalFit })
    .from(systems)
    .where(and(inArray(systems.id, systemIds), eq(systems.organisationId, strategy.organisationId)));
  if (found.length !== systemIds.length) throw refused('systems', 'Choose systems from your organisation’s register');
  if (new Set(input.systems.map((s) => s.systemId)).size !== input.systems.length) throw refused('systems', 'Each system can be listed once');
  const projectIds = [...new Set(input.projectIds)];
  if (projectIds.length > 0) {
    const rows = await tx.select({ id: projects.id }).from(projects).where(and(inArray(projects.id, projectIds), eq(projects.organisationId, strategy.organisationId)));
    if (rows.length !== projectIds.length) throw refused('projectIds', 'Choose projects from your organisation’s work in flight');
  }
  const insightIds = [...new Set(input.insightIds)];
  if (insightIds.length > 0) {
    const rows = await tx.select({ id: insights.id }).from(insights).where(and(inArray(insights.id, insightIds), eq(insights.strategyId, strategy.id)));
    if (rows.length !== insightIds.length) throw refused('insightIds', 'Choose insights of this strategy');
  }
  const byId = new Map(found.map((s) => [s.id, s]));
  return input.systems.map((s) => timeWarning(s.change, byId.get(s.systemId)!.name, timeOf(byId.get(s.systemId)!))).filter((w): w is string => w !== null);
}

async function writeLinks(tx: Db, initiativeId: string, input: SavedInitiative): Promise<void> {
  await tx.delete(initiativeSystems).where(eq(initiativeSystems.initiativeId, initiativeId));
  await tx.delete(initiativeProjects).where(eq(initiativeProjects.initiativeId, initiativeId));
  await tx.delete(initiativeInsights).where(eq(initiativeInsights.initiativeId, initiativeId));
  if (input.systems.length > 0) {
    await tx.insert(initiativeSystems).values(input.systems.map((s) => ({ initiativeId, systemId: s.systemId, change: s.change, replacedBySystemId: s.change === 'replace' ? (s.replacedBySystemId ?? null) : null })));
  }
  const projectIds = [...new Set(input.projectIds)];
  if (projectIds.length > 0) await tx.insert(initiativeProjects).values(projectIds.map((projectId) => ({ initiativeId, projectId })));
  const insightIds = [...new Set(input.insightIds)];
  if (insightIds.length > 0) await tx.insert(initiativeInsights).values(insightIds.map((insightId) => ({ initiativeId, insightId })));
}

const fields = (input: SavedInitiative) => ({
  programmeId: input.programmeId,
  title: input.title,
  summary: input.summary,
  owner: input.owner,
  startMonth: input.start,
  endMonth: input.end,
  status: input.status,
  horizon: input.horizon,
  estimatedCost: input.estimatedCost,
  benefit: input.benefit,
});

type Links = Pick<SavedInitiative, 'projectIds' | 'insightIds'> & { systems: { systemId: string; change: string; replacedBySystemId?: string | null }[] };
const audited = (i: typeof initiatives.$inferSelect, links: Links) => ({
  programmeId: i.programmeId, title: i.title, summary: i.summary, owner: i.owner, startMonth: i.startMonth, endMonth: i.endMonth,
  status: i.status, horizon: i.horizon, estimatedCost: i.estimatedCost, benefit: i.benefit,
  systems: links.systems, projectIds: links.projectIds, insightIds: links.insightIds,
});

export async function createInitiative(tx: Db, actor: Actor, strategy: Strategy, input: SavedInitiative) {
  assertOpen(strategy);
  const warnings = await checkLinks(tx, strategy, input);
  const [last] = await tx.select({ max: sql<number | null>`max(${initiatives.position})` }).from(initiatives).where(and(eq(initiatives.strategyId, strategy.id), eq(initiatives.horizon, input.horizon)));
  const [initiative] = await tx
    .insert(initiatives)
    .values({ organisationId: strategy.organisationId, strategyId: strategy.id, ...fields(input), position: (last?.max ?? -1) + 1, createdByUserId: actor.user.id })
    .returning();
  await writeLinks(tx, initiative!.id, input);
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId, action: 'initiative.created', subjectType: 'initiative', subjectId: initiative!.id, after: audited(initiative!, input),
  });
  return { initiative: initiative!, warnings };
}

export async function updateInitiative(tx: Db, actor: Actor, initiativeId: string, input: SavedInitiative) {
  const { initiative, strategy } = await loadInitiative(tx, actor, initiativeId);
  assertOpen(strategy);
  const warnings = await checkLinks(tx, strategy, input);
  const before = await linksOf(tx, initiative.id);
  const [updated] = await tx.update(initiatives).set({ ...fields(input), updatedAt: new Date() }).where(eq(initiatives.id, initiative.id)).returning();
  await writeLinks(tx, initiative.id, input);
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId, action: 'initiative.updated', subjectType: 'initiative', subjectId: initiative.id,
    before: audited(initiative, before), after: audited(updated!, input),
  });
  return { initiative: updated!, warnings };
}

async function linksOf(tx: Db, initiativeId: string) {
  const [linkedSystems, linkedProjects, linkedInsights] = await Promise.all([
    tx.select({ systemId: initiativeSystems.systemId, change: initiativeSystems.change, replacedBySystemId: initiativeSystems.replacedBySystemId }).from(initiativeSystems).where(eq(initiativeSystems.initiativeId, initiativeId)),
    tx.select({ id: initiativeProjects.projectId }).from(initiativeProjects).where(eq(initiativeProjects.initiativeId, initiativeId)),
    tx.select({ id: initiativeInsights.insightId }).from(initiativeInsights).where(eq(initiativeInsights.initiativeId, initiativeId)),
  ]);
  return { systems: linkedSystems, projectIds: linkedProjects.map((p) => p.id), insightIds: linkedInsights.map((i) => i.id) };
}
