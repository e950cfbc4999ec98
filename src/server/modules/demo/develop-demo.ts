import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/module.js';
import { missionVersions, seedMissionDemo } from '../mission/index.js';
import { seedPrioritiesDemo } from '../priorities/index.js';
import { initiatives, seedRoadmapDemo } from '../roadmap/index.js';
import { seedMeasuresDemo } from '../measures/index.js';
import { seedPartnershipDemo } from '../partnership/index.js';
import { seedDeliveryDemo } from '../delivery/index.js';
import { seedDocumentDemo } from '../documents/index.js';
import { demoActor } from './define-demo.js';

/**
 * The demo trust's Develop phase, built on its Define work: a mission in two versions, five scored
 * priority themes linked to insights, three programmes of initiatives with dependencies, outcome
 * measures (one following the staff survey) and a staff partnership endorsed by the demo staff.
 * Each part adds nothing when it is already there, so a half-finished seed can be run again.
 */
export async function seedDevelopDemo(ctx: AppContext, organisationId: string, strategyId: string): Promise<void> {
  const priorityIdsByTitle = await seedPrioritiesDemo(ctx, organisationId, strategyId);
  await ctx.db.transaction((tx) => seedRoadmapDemo(tx, organisationId, strategyId, priorityIdsByTitle));
  const initiativeIds = (
    await ctx.db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.strategyId, strategyId)).orderBy(asc(initiatives.startMonth), asc(initiatives.title))
  ).map((row) => row.id);
  await seedMeasuresDemo(ctx, organisationId, strategyId, { priorityIdsByTitle, initiativeIds });
  await seedMission(ctx, organisationId, strategyId);
  await seedPartnershipDemo(ctx, organisationId, strategyId);
  // Delivery has begun on what was already in flight: the first months of its updates.
  const team = await demoActor(ctx, organisationId, 'strategy@northbridge.example');
  await seedDeliveryDemo(ctx, organisationId, strategyId, team.user.id);
  // Deliver: the document composed from all of it, consulted on, signed off and published.
  const approvers = [await demoActor(ctx, organisationId, 'leader@northbridge.example'), await demoActor(ctx, organisationId, 'claire.ashby@northbridge.example')];
  await seedDocumentDemo(ctx, strategyId, { team, approvers });
}

async function seedMission(ctx: AppContext, organisationId: string, strategyId: string): Promise<void> {
  const [existing] = await ctx.db.select({ id: missionVersions.id }).from(missionVersions).where(eq(missionVersions.strategyId, strategyId)).limit(1);
  if (existing) return;
  const team = await demoActor(ctx, organisationId, 'strategy@northbridge.example');
  const leader = await demoActor(ctx, organisationId, 'leader@northbridge.example');
  await ctx.db.transaction((tx) => seedMissionDemo(tx, { organisationId, strategyId, authorUserIds: { team: team.user.id, leader: leader.user.id } }));
}
