import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { notFound } from '../../../platform/errors.js';
import { evidenceItems } from '../../evidence/index.js';
import type { ConsultationRow } from './load.js';
import { consultationCommentNotes, consultationSections } from './tables.js';

/** The consultation's sections in reading order, each with its questions. */
export async function sectionsOf(db: Db, consultationId: string) {
  return db.select().from(consultationSections).where(eq(consultationSections.consultationId, consultationId)).orderBy(consultationSections.position);
}

/**
 * The evidence items staff's comments became, with the section each is about. Only answers to
 * this consultation's comment questions: any other evidence is not a comment on this draft.
 */
export async function commentItems(db: Db, consultation: Pick<ConsultationRow, 'id' | 'surveyId'>) {
  if (!consultation.surveyId) return [];
  const sections = await sectionsOf(db, consultation.id);
  const questionIds = sections.map((s) => s.commentQuestionId).filter((id): id is string => id !== null);
  if (questionIds.length === 0) return [];
  const rows = await db
    .select({ id: evidenceItems.id, questionId: evidenceItems.questionId, saidOn: evidenceItems.saidOn })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.surveyId, consultation.surveyId), inArray(evidenceItems.questionId, questionIds)))
    .orderBy(evidenceItems.saidOn, evidenceItems.id);
  return rows.map((r) => ({ ...r, sectionKey: sections.find((s) => s.commentQuestionId === r.questionId)!.sectionKey }));
}

/** One comment of this consultation, or "not found" (another consultation's, or not a comment at all). */
export async function requireComment(db: Db, consultation: Pick<ConsultationRow, 'id' | 'surveyId'>, evidenceId: string) {
  const found = (await commentItems(db, consultation)).find((c) => c.id === evidenceId);
  if (!found) throw notFound('That comment');
  return found;
}

export async function notesOf(db: Db, consultationId: string) {
  return db.select().from(consultationCommentNotes).where(eq(consultationCommentNotes.consultationId, consultationId));
}

/** The replies given, for the reading pages. */
export async function repliesOf(db: Db, consultationId: string) {
  return db
    .select({ evidenceItemId: consultationCommentNotes.evidenceItemId, reply: consultationCommentNotes.reply, repliedAt: consultationCommentNotes.repliedAt })
    .from(consultationCommentNotes)
    .where(and(eq(consultationCommentNotes.consultationId, consultationId), isNotNull(consultationCommentNotes.reply)))
    .orderBy(consultationCommentNotes.repliedAt);
}
