import { asc, eq } from 'drizzle-orm';
import type { Playback } from '../../../shared/contracts/playback.js';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { addMonths, CONTRACT_WARNING_MONTHS, isLive, timeQuadrant } from '../../../shared/estate-assessment.js';
import type { Db } from '../../platform/db/client.js';
import { systems } from '../estate/index.js';

/**
 * The register's headlines for leaders: how the live systems fall in the TIME quadrants (from the
 * shared rule the register itself uses) and the contracts ending in the next 12 months, the same
 * window as the register's contract warning.
 */
export async function estateHeadlines(db: Db, organisationId: string, today = todayInLondon()): Promise<Playback['estate']> {
  const rows = await db
    .select({ id: systems.id, name: systems.name, lifecycle: systems.lifecycle, retiredAt: systems.retiredAt, technicalFit: systems.technicalFit, functionalFit: systems.functionalFit, contractEnd: systems.contractEnd })
    .from(systems)
    .where(eq(systems.organisationId, organisationId))
    .orderBy(asc(systems.contractEnd), asc(systems.name));
  const live = rows.filter((s) => isLive({ lifecycle: s.lifecycle, retiredAt: s.retiredAt?.toISOString() ?? null }));
  const time = { invest: 0, tolerate: 0, migrate: 0, eliminate: 0, unrated: 0 };
  for (const s of live) time[timeQuadrant(s.technicalFit, s.functionalFit) ?? 'unrated'] += 1;
  const until = addMonths(today, CONTRACT_WARNING_MONTHS);
  const contractsEnding = live
    .filter((s) => s.contractEnd !== null && s.contractEnd >= today && s.contractEnd <= until)
    .map((s) => ({ id: s.id, name: s.name, contractEnd: s.contractEnd! }));
  return { systems: live.length, time, contractsEnding };
}
