import { randomBytes } from 'node:crypto';
import { dayNumber, todayInLondon } from '../../../../shared/calendar-date.js';
import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { auditActor } from '../../../platform/audit-actor.js';
import type { Db } from '../../../platform/db/client.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { loadVersion } from '../load.js';
import { documentConsultations } from './tables.js';

export type ConsultationRow = typeof documentConsultations.$inferSelect;

/** 32 random bytes as base64url: the reading pages' address, too long to guess. */
export const newReadingToken = () => randomBytes(32).toString('base64url');
export const READING_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Closed early by the team, or its last day has passed (in London). */
export const isClosed = (c: Pick<ConsultationRow, 'closedAt' | 'closesOn'>, now = new Date()): boolean =>
  c.closedAt !== null || dayNumber(todayInLondon(now)) > dayNumber(c.closesOn);

/** The instant the closing day ends in London (midnight after it), whatever the server's zone. */
export function endOfDayInLondon(day: string): Date {
  const midnightUtc = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(midnightUtc)
    .find((p) => p.type === 'timeZoneName')?.value;
  const hours = Number(/GMT([+-]\d+)?/.exec(offset ?? '')?.[1] ?? 0);
  return new Date(midnightUtc.getTime() - hours * 3_600_000);
}

/** A version of the actor's organisation and its consultation, if it has one. */
export async function loadConsultation(db: Db, actor: Actor, versionId: string, lock = false) {
  const loaded = await loadVersion(db, actor, versionId);
  const query = db.select().from(documentConsultations).where(and(eq(documentConsultations.versionId, loaded.version.id), eq(documentConsultations.organisationId, actor.member.organisationId)));
  const [consultation] = lock ? await query.for('update') : await query;
  return { ...loaded, consultation: consultation ?? null };
}

/** As `loadConsultation`, refused when the version has none. */
export async function requireConsultation(db: Db, actor: Actor, versionId: string, lock = false) {
  const loaded = await loadConsultation(db, actor, versionId, lock);
  if (!loaded.consultation) throw notFound(`A consultation on version ${loaded.version.number}`);
  return { ...loaded, consultation: loaded.consultation };
}

export function assertStrategyOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before changing its consultation.');
}

export async function auditConsultation(
  tx: Db,
  actor: Actor,
  consultation: Pick<ConsultationRow, 'id' | 'organisationId'>,
  entry: { action: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null },
): Promise<void> {
  await writeAudit(tx, auditActor(actor), {
    organisationId: consultation.organisationId,
    action: entry.action,
    subjectType: 'consultation',
    subjectId: consultation.id,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
