import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { organisations } from '../organisations/index.js';
import { priorities } from '../priorities/tables.js';
import { initiatives, programmes } from '../roadmap/tables.js';
import { strategies } from '../strategies/index.js';

/**
 * A strategy with one priority and one initiative under it, inserted straight into their tables
 * (the priorities and roadmap modules' own routes are not needed to test measures), with the
 * smallest group size allowed so small test groups are easy to reason about.
 */
export async function strategyWithOwners(db: Db, organisationId: string, name = 'Digital strategy') {
  return db.transaction(async (tx) => {
    await tx.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, organisationId));
    const [strategy] = await tx.insert(strategies).values({ organisationId, name, startYear: 2026, endYear: 2029 }).returning();
    const strategyId = strategy!.id;
    const [priority] = await tx.insert(priorities).values({ organisationId, strategyId, title: 'Systems that help staff care', position: 0 }).returning();
    const [programme] = await tx.insert(programmes).values({ organisationId, strategyId, priorityId: priority!.id, name: 'Single sign-on', position: 0 }).returning();
    const [initiative] = await tx
      .insert(initiatives)
      .values({ organisationId, strategyId, programmeId: programme!.id, title: 'Tap-and-go login on wards', startMonth: '2026-04-01', endMonth: '2027-03-01', position: 0 })
      .returning();
    return { strategyId, priorityId: priority!.id, initiativeId: initiative!.id };
  });
}
