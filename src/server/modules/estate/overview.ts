import { and, eq, inArray, sql } from 'drizzle-orm';
import { LIFECYCLES } from '../../../shared/contracts/estate.js';
import type { EstateOverview } from '../../../shared/contracts/estate-views.js';
import { todayInLondon } from '../../../shared/calendar-date.js';
import {
  capabilityOverlaps,
  contractTimeline,
  estateWarnings,
  isLive,
  timeQuadrant,
  type AssessedSystem,
} from '../../../shared/estate-assessment.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { estateAbilities } from './policy.js';
import { allSystems } from './queries.js';
import { integrations, projects, projectSystems } from './tables.js';

/** Projects that count as a plan for a system: not yet finished or abandoned. */
export const IN_FLIGHT = ['proposed', 'in_progress', 'on_hold'] as const;

export async function systemsWithWorkInFlight(db: Db, organisationId: string): Promise<Set<string>> {
  const rows = await db
    .select({ systemId: projectSystems.systemId })
    .from(projectSystems)
    .innerJoin(projects, eq(projects.id, projectSystems.projectId))
    .where(and(eq(projects.organisationId, organisationId), inArray(projects.status, [...IN_FLIGHT])));
  return new Set(rows.map((r) => r.systemId));
}

/** Everything the assessment views show, from the live register, as of today in London. */
export async function estateOverview(db: Db, actor: Actor, today = todayInLondon()): Promise<EstateOverview> {
  const organisationId = actor.member.organisationId;
  const [rows, inFlight, [links]] = await Promise.all([
    allSystems(db, organisationId, false),
    systemsWithWorkInFlight(db, organisationId),
    db.select({ count: sql<number>`count(*)::int` }).from(integrations).where(eq(integrations.organisationId, organisationId)),
  ]);
  const assessed: AssessedSystem[] = rows.map((r) => ({ ...r, retiredAt: r.retiredAt?.toISOString() ?? null }));
  const overlapping = new Set(capabilityOverlaps(assessed).map((o) => o.capability.toLowerCase().replace(/\s+/g, ' ')));

  const byCapability = new Map<string, EstateOverview['capabilities'][number]>();
  for (const s of assessed.filter(isLive)) {
    const capability = s.capability?.trim() || null;
    const key = capability?.toLowerCase().replace(/\s+/g, ' ') ?? '';
    const group = byCapability.get(key) ?? { capability, overlap: overlapping.has(key), systems: [] };
    group.systems.push({ id: s.id, name: s.name, lifecycle: s.lifecycle });
    byCapability.set(key, group);
  }
  const capabilities = [...byCapability.values()].sort((a, b) =>
    a.capability === null ? 1 : b.capability === null ? -1 : a.capability.localeCompare(b.capability),
  );

  return {
    today,
    totals: {
      systems: assessed.length,
      integrations: links?.count ?? 0,
      annualCost: assessed.reduce((sum, s) => sum + (s.annualCost ?? 0), 0),
      unrated: assessed.filter((s) => timeQuadrant(s.technicalFit, s.functionalFit) === null).length,
    },
    quadrant: assessed.flatMap((s) => {
      const time = timeQuadrant(s.technicalFit, s.functionalFit);
      return time ? [{ id: s.id, name: s.name, technicalFit: s.technicalFit!, functionalFit: s.functionalFit!, time, criticality: s.criticality }] : [];
    }),
    lifecycle: LIFECYCLES.map((lifecycle) => ({
      lifecycle,
      systems: assessed.filter((s) => s.lifecycle === lifecycle).map((s) => ({ id: s.id, name: s.name, criticality: s.criticality })),
    })),
    capabilities,
    contractTimeline: contractTimeline(assessed, today),
    warnings: assessed.flatMap((s) => estateWarnings(s, { systemsWithWorkInFlight: inFlight }, today)),
    can: estateAbilities(actor.member.role),
  };
}
