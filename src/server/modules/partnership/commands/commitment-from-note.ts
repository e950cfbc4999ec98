import { and, eq } from 'drizzle-orm';
import { COMMITMENT_MAX, type PartnershipSide } from '../../../../shared/contracts/partnership.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { stickyNotes, workshops } from '../../workshops/index.js';
import { assertOpen, latestVersion, statusOf } from '../load.js';
import { startDraft } from './start-draft.js';
import { addCommitment } from './edit-commitments.js';

/**
 * Promotes a sticky note from one of the strategy's workshop boards into the draft (the first
 * draft is started if there is none yet). The note is copied: the board keeps its own.
 */
export async function commitmentFromNote(
  tx: Db,
  actor: Actor,
  strategy: { id: string; organisationId: string; archivedAt: Date | null },
  input: { noteId: string; side: PartnershipSide },
) {
  assertOpen(strategy);
  const [note] = await tx
    .select({ id: stickyNotes.id, text: stickyNotes.text })
    .from(stickyNotes)
    .innerJoin(workshops, eq(workshops.id, stickyNotes.workshopId))
    .where(and(eq(stickyNotes.id, input.noteId), eq(workshops.strategyId, strategy.id)));
  if (!note) throw notFound('The sticky note');
  // A note may hold line breaks; a commitment is one line.
  const text = note.text.replace(/\s+/g, ' ').trim();
  if (!text) throw badRequest('This sticky note is empty', [{ field: 'noteId', message: 'Choose a note with words on it' }]);
  if (text.length > COMMITMENT_MAX) {
    throw badRequest(`This sticky note is longer than ${COMMITMENT_MAX} characters`, [{ field: 'noteId', message: 'Shorten the note on the board, or write the commitment by hand' }]);
  }
  const latest = await latestVersion(tx, strategy.id);
  if (latest && statusOf(latest) !== 'draft') {
    throw conflict(`Version ${latest.number} has been ${statusOf(latest) === 'agreed' ? 'agreed' : 'put to staff'}. Start a new draft before adding commitments.`);
  }
  const draft = latest ?? (await startDraft(tx, actor, strategy));
  return addCommitment(tx, actor, draft.id, { side: input.side, text, insightIds: [], fromNoteId: note.id });
}
