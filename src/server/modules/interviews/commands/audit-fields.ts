import type { interviews } from '../tables.js';

/**
 * What the audit trail keeps of an interview. Never the notes or the interviewee's name:
 * the trail is kept for good, and notes deleted because consent was withdrawn must not live
 * on in it. Whether notes exist, and how long they are, is enough to see that they changed.
 */
export function auditedInterview(row: typeof interviews.$inferSelect) {
  return {
    intervieweeRole: row.intervieweeRole,
    named: row.intervieweeName !== null,
    heldOn: row.heldOn,
    interviewerUserId: row.interviewerUserId,
    consent: row.consent,
    notesLength: row.notes.length,
  };
}
