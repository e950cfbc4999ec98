import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { CreateExcerpt } from '../../../../shared/contracts/excerpts.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertNotesKept, loadExcerptInterview, passageOf } from '../excerpts.js';
import { evidenceItems, evidenceTags, tags } from '../tables.js';

/**
 * Saves a passage of an interview's notes as its own evidence item, with its own copy of the text:
 * later edits to the notes mark it `source_changed` (a trigger) but never change what was quoted.
 * The audit record keeps the offsets, never the words (interview notes stay out of the trail).
 */
export async function createExcerpt(ctx: AppContext, actor: Actor, ids: { strategyId: string; interviewId: string }, input: CreateExcerpt) {
  return ctx.db.transaction(async (tx) => {
    const { strategy, interview } = await loadExcerptInterview(tx, actor, ids.strategyId, ids.interviewId);
    if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
    assertNotesKept(interview);
    const passage = passageOf(interview.notes, input.start, input.end);
    const tagIds = [...new Set(input.tagIds ?? [])];
    if (tagIds.length) {
      const found = await tx
        .select({ id: tags.id })
        .from(tags)
        .where(and(inArray(tags.id, tagIds), eq(tags.strategyId, strategy.id), isNull(tags.deletedAt)));
      if (found.length !== tagIds.length) throw badRequest('One of the chosen tags is not in this strategy\'s codebook any more. Choose the tags again.', [{ field: 'tagIds', message: 'Choose tags from the codebook' }]);
    }
    const [item] = await tx
      .insert(evidenceItems)
      .values({
        organisationId: strategy.organisationId,
        strategyId: strategy.id,
        source: 'interview_excerpt',
        interviewId: interview.id,
        text: passage.text,
        saidOn: interview.heldOn,
        excerptStart: passage.start,
        excerptEnd: passage.end,
        createdByUserId: actor.user.id,
      })
      .returning();
    if (tagIds.length) {
      await tx.insert(evidenceTags).values(tagIds.map((tagId) => ({ evidenceItemId: item!.id, tagId, appliedByUserId: actor.user.id })));
    }
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'evidence.excerpt_created',
      subjectType: 'interview',
      subjectId: interview.id,
      after: { excerptId: item!.id, start: passage.start, end: passage.end, tagCount: tagIds.length },
    });
    return item!;
  });
}
