import { eq } from 'drizzle-orm';
import type { UpdateDocument } from '../../../../shared/contracts/documents.js';
import { MODEL_SECTION_KEYS } from '../../../../shared/strategy-document.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { freeKey, orderedKeys } from '../compose/compose-document.js';
import { assertOpen, documentSettings } from '../load.js';
import { forgetPublishedVersions } from '../public/published.js';
import { documentFreeSections, strategyDocuments } from '../tables.js';

/** The document's title, foreword, governance text, section order and which sections are shown. */
export async function updateDocument(ctx: AppContext, actor: Actor, strategyId: string, input: UpdateDocument) {
  const updated = await ctx.db.transaction(async (tx) => {
    const { strategy, settings } = await documentSettings(tx, actor, strategyId);
    assertOpen(strategy);
    if (input.layout) {
      const free = await tx.select().from(documentFreeSections).where(eq(documentFreeSections.strategyId, strategy.id));
      const known = new Set<string>([...MODEL_SECTION_KEYS, ...free.map((f) => freeKey(f.id))]);
      const seen = new Set<string>();
      for (const { key } of input.layout) {
        if (!known.has(key)) throw badRequest(`The layout names a section this document does not have: ${key}. Reload the page and try again.`);
        if (seen.has(key)) throw badRequest(`The layout names the section ${key} twice.`);
        seen.add(key);
      }
      // Sections the new layout does not name keep their place at the end, shown.
      if (orderedKeys({ layout: input.layout }, free).every((l) => l.hidden)) throw badRequest('Show at least one section: a document with every section hidden would be empty.');
    }
    const [updated] = await tx
      .update(strategyDocuments)
      .set({
        title: input.title ?? settings.title,
        foreword: input.foreword ?? settings.foreword,
        governance: input.governance ?? settings.governance,
        layout: input.layout ?? settings.layout,
        heardIsPublic: input.heardIsPublic ?? settings.heardIsPublic,
        updatedByUserId: actor.user.id,
        updatedAt: new Date(),
      })
      .where(eq(strategyDocuments.id, settings.id))
      .returning();
    const pick = (row: typeof settings) => ({ title: row.title, foreword: row.foreword, governance: row.governance, layout: row.layout, heardIsPublic: row.heardIsPublic });
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'document.updated',
      subjectType: 'strategy_document',
      subjectId: settings.id,
      before: pick(settings),
      after: pick(updated!),
    });
    return updated!;
  });
  // "What we heard" may have been made public or private: the public pages read it afresh.
  forgetPublishedVersions();
  return updated;
}
