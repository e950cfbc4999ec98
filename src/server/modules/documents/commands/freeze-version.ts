import type { FreezeVersion } from '../../../../shared/contracts/documents.js';
import type { StrategyDocument } from '../../../../shared/strategy-document.js';
import { writeAudit } from '../../../platform/audit.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, latestVersion } from '../load.js';
import { composeDraft } from '../queries.js';
import { renderOutputs } from '../render/outputs.js';
import { documentOutputs, documentVersions } from '../tables.js';

/** JSON with every object's keys sorted: jsonb keeps keys in its own order, so plain JSON of a stored tree differs from a fresh one. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
      : JSON.stringify(value);
const sameWords = (a: StrategyDocument, b: StrategyDocument) => a.title === b.title && canonical(a.sections) === canonical(b.sections);

/**
 * Freezes the live draft as the next numbered version: the composed tree is kept as it stands and
 * never recomposed, and its downloads are made now, once, so the bytes served, signed off and
 * verified later are always these. Freezing a draft identical to the latest version is refused.
 */
export async function freezeVersion(ctx: AppContext, actor: Actor, strategyId: string, input: FreezeVersion, publicUrl: string) {
  const draft = await composeDraft(ctx.db, actor, strategyId, publicUrl);
  assertOpen(draft.strategy);
  const latest = await latestVersion(ctx.db, draft.strategy.id);
  if (latest && sameWords(latest.content, draft.document)) {
    throw conflict(`Nothing has changed since version ${latest.number}. Change the draft (or the plan it is made from) before freezing another version.`);
  }
  const number = (latest?.number ?? 0) + 1;
  const frozenAt = new Date();
  const document: StrategyDocument = { ...draft.document, version: number, composedAt: frozenAt.toISOString() };
  // Rendering takes a second or two: done before the transaction, so no lock is held meanwhile.
  const outputs = await renderOutputs(document, draft.poster);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [version] = await tx
        .insert(documentVersions)
        .values({ organisationId: draft.strategy.organisationId, strategyId: draft.strategy.id, number, content: document, poster: draft.poster, changeNote: input.changeNote, frozenByUserId: actor.user.id, frozenAt })
        .returning();
      await tx.insert(documentOutputs).values(outputs.map((o) => ({ versionId: version!.id, kind: o.kind, bytes: o.bytes, sha256: o.sha256, size: o.bytes.length })));
      await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
        organisationId: draft.strategy.organisationId,
        action: 'document.version_frozen',
        subjectType: 'document_version',
        subjectId: version!.id,
        after: { number, changeNote: input.changeNote, sections: document.sections.map((s) => s.title), outputs: Object.fromEntries(outputs.map((o) => [o.kind, o.sha256])) },
      });
      return version!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'document_versions_number')) throw conflict('Someone else froze a version at the same moment. Reload the page to see it.');
    throw error;
  }
}
