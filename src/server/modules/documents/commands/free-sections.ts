import { and, eq } from 'drizzle-orm';
import type { FreeSectionInput } from '../../../../shared/contracts/documents.js';
import { writeAudit } from '../../../platform/audit.js';
import { notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { freeKey, orderedKeys } from '../compose/compose-document.js';
import { assertOpen, documentSettings } from '../load.js';
import { documentFreeSections, strategyDocuments } from '../tables.js';

/*
 * The sections the team writes themselves, in Markdown. A new one goes at the end of the layout;
 * deleting one takes it out of the layout too (frozen versions keep their own copy).
 */

const auditor = (actor: Actor) => ({ userId: actor.user.id, name: actor.user.name });

export async function addFreeSection(ctx: AppContext, actor: Actor, strategyId: string, input: FreeSectionInput) {
  return ctx.db.transaction(async (tx) => {
    const { strategy, settings } = await documentSettings(tx, actor, strategyId);
    assertOpen(strategy);
    const free = await tx.select().from(documentFreeSections).where(eq(documentFreeSections.strategyId, strategy.id));
    // The whole order as it reads now (a layout never saved is the plan's own order), then the new section at the end.
    const current = orderedKeys(settings, free);
    const [section] = await tx.insert(documentFreeSections).values({ organisationId: strategy.organisationId, strategyId: strategy.id, title: input.title, body: input.body }).returning();
    await tx.update(strategyDocuments).set({ layout: [...current, { key: freeKey(section!.id), hidden: false }] }).where(eq(strategyDocuments.id, settings.id));
    await writeAudit(tx, auditor(actor), { organisationId: strategy.organisationId, action: 'document.section_added', subjectType: 'document_section', subjectId: section!.id, after: input });
    return section!;
  });
}

async function loadFree(tx: AppContext['db'], strategyId: string, sectionId: string) {
  const [section] = await tx.select().from(documentFreeSections).where(and(eq(documentFreeSections.id, sectionId), eq(documentFreeSections.strategyId, strategyId)));
  if (!section) throw notFound('The section');
  return section;
}

export async function updateFreeSection(ctx: AppContext, actor: Actor, strategyId: string, sectionId: string, input: FreeSectionInput) {
  return ctx.db.transaction(async (tx) => {
    const { strategy } = await documentSettings(tx, actor, strategyId);
    assertOpen(strategy);
    const before = await loadFree(tx, strategy.id, sectionId);
    const [section] = await tx.update(documentFreeSections).set({ title: input.title, body: input.body, updatedAt: new Date() }).where(eq(documentFreeSections.id, before.id)).returning();
    await writeAudit(tx, auditor(actor), {
      organisationId: strategy.organisationId,
      action: 'document.section_updated',
      subjectType: 'document_section',
      subjectId: before.id,
      before: { title: before.title, body: before.body },
      after: input,
    });
    return section!;
  });
}

export async function deleteFreeSection(ctx: AppContext, actor: Actor, strategyId: string, sectionId: string) {
  await ctx.db.transaction(async (tx) => {
    const { strategy, settings } = await documentSettings(tx, actor, strategyId);
    assertOpen(strategy);
    const before = await loadFree(tx, strategy.id, sectionId);
    await tx.delete(documentFreeSections).where(eq(documentFreeSections.id, before.id));
    await tx.update(strategyDocuments).set({ layout: settings.layout.filter((l) => l.key !== freeKey(before.id)) }).where(eq(strategyDocuments.id, settings.id));
    await writeAudit(tx, auditor(actor), { organisationId: strategy.organisationId, action: 'document.section_deleted', subjectType: 'document_section', subjectId: before.id, before: { title: before.title, body: before.body } });
  });
}
