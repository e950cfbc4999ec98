import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Flag, InitiativeDetail, Roadmap, RoadmapInitiative, RoadmapOptions } from '../../../shared/contracts/roadmap.js';
import { criticalPath, scheduleConflicts } from '../../../shared/roadmap-graph.js';
import { durationInMonths, monthLabel, monthValue } from '../../../shared/roadmap-months.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { can } from '../../platform/policy.js';
import { projects, systems } from '../estate/index.js';
import { insights } from '../insights/index.js';
import { priorities } from '../priorities/tables.js';
import { loadStrategy } from '../strategies/index.js';
import { loadInitiative } from './load.js';
import { initiativeDependencies, initiativeInsights, initiativeProjects, initiatives, initiativeSystems, programmes } from './tables.js';
import { timeOf, timeWarning } from './time-warnings.js';

type Strategy = { id: string; name: string; startYear: number; endYear: number };

/** This month as a stored month, in the trust's time zone. */
export function thisMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' }).formatToParts(now);
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}-01`;
}

/**
 * Everything the three roadmap views draw, in six queries whatever the size: the programmes,
 * the initiatives, the dependencies, the systems changed (for TIME warnings), then the graph work
 * (schedule conflicts, critical path) in memory.
 */
export async function roadmapData(db: Db, strategy: Strategy, role: Actor['member']['role']): Promise<Roadmap> {
  const [priorityRows, programmeRows, initiativeRows, edges, changes] = await Promise.all([
    db.select({ id: priorities.id, title: priorities.title }).from(priorities).where(eq(priorities.strategyId, strategy.id)).orderBy(asc(priorities.position), asc(priorities.title)),
    db.select().from(programmes).where(eq(programmes.strategyId, strategy.id)).orderBy(asc(programmes.position), asc(programmes.name)),
    db.select().from(initiatives).where(eq(initiatives.strategyId, strategy.id)).orderBy(asc(initiatives.startMonth), asc(initiatives.title)),
    db.select({ initiativeId: initiativeDependencies.initiativeId, dependsOnId: initiativeDependencies.dependsOnId }).from(initiativeDependencies).where(eq(initiativeDependencies.strategyId, strategy.id)),
    db
      .select({ initiativeId: initiativeSystems.initiativeId, change: initiativeSystems.change, name: systems.name, technicalFit: systems.technicalFit, functionalFit: systems.functionalFit })
      .from(initiativeSystems)
      .innerJoin(initiatives, eq(initiatives.id, initiativeSystems.initiativeId))
      .innerJoin(systems, eq(systems.id, initiativeSystems.systemId))
      .where(eq(initiatives.strategyId, strategy.id)),
  ]);
  const priorityTitle = new Map(priorityRows.map((p) => [p.id, p.title]));
  const graphEdges = edges.map((e) => ({ from: e.initiativeId, to: e.dependsOnId }));
  const flags = new Map<string, Flag[]>();
  const flag = (id: string, f: Flag) => (flags.get(id) ?? flags.set(id, []).get(id)!).push(f);
  const scheduled = initiativeRows.map((i) => ({ id: i.id, title: i.title, startMonth: i.startMonth, endMonth: i.endMonth }));
  for (const c of scheduleConflicts(scheduled, graphEdges, monthLabel)) flag(c.initiativeId, { kind: 'schedule', message: c.message });
  for (const c of changes) {
    const warning = timeWarning(c.change, c.name, timeOf(c));
    if (warning) flag(c.initiativeId, { kind: 'time', message: warning });
  }
  const path = criticalPath(initiativeRows.map((i) => ({ id: i.id, months: durationInMonths(i.startMonth, i.endMonth) })), graphEdges);
  const onPath = new Set(path.chain);
  const dependsOn = new Map<string, string[]>();
  for (const e of edges) (dependsOn.get(e.initiativeId) ?? dependsOn.set(e.initiativeId, []).get(e.initiativeId)!).push(e.dependsOnId);
  const today = thisMonth();
  return {
    strategy: { id: strategy.id, name: strategy.name, startYear: strategy.startYear, endYear: strategy.endYear },
    today: monthValue(today),
    todayLabel: monthLabel(today),
    priorities: priorityRows,
    programmes: programmeRows.map((p) => ({ id: p.id, name: p.name, summary: p.summary, priorityId: p.priorityId, priorityTitle: priorityTitle.get(p.priorityId) ?? '', position: p.position })),
    initiatives: initiativeRows.map((i): RoadmapInitiative => ({
      id: i.id,
      programmeId: i.programmeId,
      title: i.title,
      owner: i.owner,
      status: i.status,
      horizon: i.horizon,
      position: i.position,
      start: monthValue(i.startMonth),
      end: monthValue(i.endMonth),
      startLabel: monthLabel(i.startMonth),
      endLabel: monthLabel(i.endMonth),
      months: durationInMonths(i.startMonth, i.endMonth),
      estimatedCost: i.estimatedCost,
      benefit: i.benefit,
      dependsOn: dependsOn.get(i.id) ?? [],
      flags: flags.get(i.id) ?? [],
      critical: onPath.has(i.id),
    })),
    dependencies: edges,
    criticalPath: path,
    can: { edit: can(role, 'update', 'roadmap') },
  };
}

export async function roadmapOf(db: Db, actor: Actor, strategyId: string): Promise<Roadmap> {
  return roadmapData(db, await loadStrategy(db, actor, strategyId), actor.member.role);
}

export async function initiativeDetail(db: Db, actor: Actor, initiativeId: string): Promise<InitiativeDetail> {
  const { initiative, strategy } = await loadInitiative(db, actor, initiativeId);
  const roadmap = await roadmapData(db, strategy, actor.member.role);
  const item = roadmap.initiatives.find((i) => i.id === initiative.id)!;
  const linked = (ids: string[]) => roadmap.initiatives.filter((i) => ids.includes(i.id)).map((i) => ({ id: i.id, title: i.title, startLabel: i.startLabel, endLabel: i.endLabel }));
  const [systemRows, projectRows, insightRows] = await Promise.all([
    db
      .select({ systemId: initiativeSystems.systemId, change: initiativeSystems.change, replacedById: initiativeSystems.replacedBySystemId, name: systems.name, technicalFit: systems.technicalFit, functionalFit: systems.functionalFit })
      .from(initiativeSystems)
      .innerJoin(systems, eq(systems.id, initiativeSystems.systemId))
      .where(eq(initiativeSystems.initiativeId, initiative.id))
      .orderBy(asc(systems.name)),
    db.select({ id: projects.id, name: projects.name }).from(initiativeProjects).innerJoin(projects, eq(projects.id, initiativeProjects.projectId)).where(eq(initiativeProjects.initiativeId, initiative.id)).orderBy(asc(projects.name)),
    db.select({ id: insights.id, statement: insights.statement }).from(initiativeInsights).innerJoin(insights, eq(insights.id, initiativeInsights.insightId)).where(eq(initiativeInsights.initiativeId, initiative.id)).orderBy(asc(insights.statement)),
  ]);
  const replacementIds = systemRows.map((s) => s.replacedById).filter((id): id is string => id !== null);
  const replacements = replacementIds.length === 0 ? [] : await db.select({ id: systems.id, name: systems.name }).from(systems).where(inArray(systems.id, replacementIds));
  const programme = roadmap.programmes.find((p) => p.id === initiative.programmeId)!;
  return {
    ...item,
    strategyId: strategy.id,
    summary: initiative.summary,
    programme: { id: programme.id, name: programme.name },
    dependsOnItems: linked(item.dependsOn),
    dependedOnBy: linked(roadmap.dependencies.filter((d) => d.dependsOnId === item.id).map((d) => d.initiativeId)),
    systems: systemRows.map((s) => {
      const time = timeOf(s);
      return { systemId: s.systemId, name: s.name, change: s.change, replacedBy: replacements.find((r) => r.id === s.replacedById) ?? null, time, warning: timeWarning(s.change, s.name, time) };
    }),
    projects: projectRows,
    insights: insightRows,
    can: roadmap.can,
  };
}

/** What the initiative form can link: live systems with their TIME decision, projects, the strategy's insights. */
export async function roadmapOptions(db: Db, actor: Actor, strategyId: string): Promise<RoadmapOptions> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [systemRows, projectRows, insightRows] = await Promise.all([
    db.select({ id: systems.id, name: systems.name, technicalFit: systems.technicalFit, functionalFit: systems.functionalFit }).from(systems).where(and(eq(systems.organisationId, strategy.organisationId), isNull(systems.retiredAt))).orderBy(asc(systems.name)),
    db.select({ id: projects.id, name: projects.name }).from(projects).where(eq(projects.organisationId, strategy.organisationId)).orderBy(asc(projects.name)),
    db.select({ id: insights.id, statement: insights.statement }).from(insights).where(eq(insights.strategyId, strategy.id)).orderBy(asc(insights.statement)),
  ]);
  return { systems: systemRows.map((s) => ({ id: s.id, name: s.name, time: timeOf(s) })), projects: projectRows, insights: insightRows };
}
