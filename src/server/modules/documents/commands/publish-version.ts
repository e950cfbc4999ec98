import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { organisations } from '../../organisations/index.js';
import { assertOpen, documentSettings, loadVersion } from '../load.js';
import { forgetPublishedVersions } from '../public/published.js';
import { documentVersions, strategyDocuments } from '../tables.js';

/** "Northbridge Cancer Centre" + "Digital strategy 2026 to 2029" → "northbridge-cancer-centre-digital-strategy-2026-to-2029". */
export const slugOf = (...parts: string[]) =>
  parts
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/nhs foundation trust|nhs trust/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '') || 'strategy';

/**
 * Publishes a version at the strategy's public address (no sign-in), made the first time and kept
 * after, so links on posters keep working. The version published before it stays readable there,
 * marked as superseded. Only a signed-off version may be published (checked by the caller's gate).
 */
export async function publishVersion(ctx: AppContext, actor: Actor, versionId: string, assertPublishable: (tx: AppContext['db'], versionId: string) => Promise<void>) {
  const published = await ctx.db.transaction(async (tx) => {
    const { version, strategy } = await loadVersion(tx, actor, versionId);
    assertOpen(strategy);
    await assertPublishable(tx, version.id);
    const { settings } = await documentSettings(tx, actor, strategy.id);
    let slug = settings.publicSlug;
    if (!slug) {
      const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, strategy.organisationId));
      const base = slugOf(org!.name, settings.title);
      const taken = new Set((await tx.select({ slug: strategyDocuments.publicSlug }).from(strategyDocuments).where(isNotNull(strategyDocuments.publicSlug))).map((r) => r.slug));
      slug = base;
      for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
      await tx.update(strategyDocuments).set({ publicSlug: slug }).where(eq(strategyDocuments.id, settings.id));
    }
    const publishedAt = new Date();
    await tx.update(documentVersions).set({ publishedAt }).where(eq(documentVersions.id, version.id));
    const earlier = await tx
      .select({ number: documentVersions.number })
      .from(documentVersions)
      .where(and(eq(documentVersions.strategyId, strategy.id), isNotNull(documentVersions.publishedAt), ne(documentVersions.id, version.id)));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'document.published',
      subjectType: 'document_version',
      subjectId: version.id,
      after: { number: version.number, address: `/p/${slug}`, supersedes: earlier.map((e) => e.number) },
    });
    return { slug, number: version.number };
  });
  forgetPublishedVersions();
  return published;
}
