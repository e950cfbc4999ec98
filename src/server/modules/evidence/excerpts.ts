import { and, asc, eq } from 'drizzle-orm';
import type { Excerpt } from '../../../shared/contracts/excerpts.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { users } from '../accounts/tables.js';
import { interviews } from '../interviews/index.js';
import { loadStrategy } from '../strategies/index.js';
import { evidenceItems } from './tables.js';

/** An interview of this strategy (the strategy is checked against the caller's organisation). */
export async function loadExcerptInterview(db: Db, actor: Actor, strategyId: string, interviewId: string) {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [interview] = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.strategyId, strategy.id)));
  if (!interview) throw notFound('The interview');
  return { strategy, interview };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Checks a passage's UTF-16 offsets against the notes and trims the white space around it, so the
 * stored offsets point at exactly the stored text. A cut through the middle of an emoji (a surrogate
 * pair) would store half a character, which no browser can draw: it is refused, not silently moved.
 */
export function passageOf(notes: string, start: number, end: number): { start: number; end: number; text: string } {
  if (end <= start) throw badRequest('The passage ends before it starts. Select the passage again.', [{ field: 'end', message: 'Choose an end after the start' }]);
  if (end > notes.length) {
    throw badRequest('The passage goes past the end of the notes. The notes may have changed: reload the page and select the passage again.', [
      { field: 'end', message: 'Choose an end within the notes' },
    ]);
  }
  if (isLow(notes.charCodeAt(start)) || (end < notes.length && isLow(notes.charCodeAt(end)) && isHigh(notes.charCodeAt(end - 1)))) {
    throw badRequest('The passage starts or ends in the middle of a character (such as an emoji). Select whole characters.', [
      { field: isLow(notes.charCodeAt(start)) ? 'start' : 'end', message: 'Select whole characters' },
    ]);
  }
  const raw = notes.slice(start, end);
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) throw badRequest('The passage is only spaces or line breaks. Select some words.', [{ field: 'start', message: 'Select some words' }]);
  return { start: start + leading, end: start + leading + text.length, text };
}

/** Excerpts are taken only from notes the interviewee agreed could be kept. */
export function assertNotesKept(interview: { consent: string; notes: string }): void {
  if (interview.consent === 'declined' || !interview.notes.trim()) {
    throw conflict('This interview has no notes to cut a passage from: the interviewee declined notes, or none have been written yet.');
  }
}

export async function listExcerpts(db: Db, interviewId: string): Promise<Excerpt[]> {
  const rows = await db
    .select({ item: evidenceItems, createdBy: users.name })
    .from(evidenceItems)
    .leftJoin(users, eq(users.id, evidenceItems.createdByUserId))
    .where(and(eq(evidenceItems.interviewId, interviewId), eq(evidenceItems.source, 'interview_excerpt')))
    .orderBy(asc(evidenceItems.excerptStart), asc(evidenceItems.createdAt));
  return rows.map(({ item, createdBy }) => presentExcerpt(item, createdBy));
}

export function presentExcerpt(item: typeof evidenceItems.$inferSelect, createdBy: string | null): Excerpt {
  return {
    id: item.id,
    interviewId: item.interviewId!,
    text: item.text,
    start: item.excerptStart ?? 0,
    end: item.excerptEnd ?? 0,
    sourceChanged: item.sourceChanged,
    createdBy,
    createdAt: item.createdAt.toISOString(),
  };
}
