import type { EvidenceFilter } from '../../../../shared/contracts/evidence.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { findEvidenceIds } from '../../evidence/index.js';
import { loadTag } from '../tags.js';
import { applyTags, removeTags } from './apply-tags.js';

/**
 * Tags (or untags) every item an evidence filter matches. The filter goes through the evidence
 * library's own refusal: a filter naming a group too small to show is refused, not applied.
 */
export async function bulkTag(ctx: AppContext, actor: Actor, tagId: string, filter: EvidenceFilter, on: boolean) {
  return ctx.db.transaction(async (tx) => {
    const { strategy } = await loadTag(tx, actor, tagId);
    const found = await findEvidenceIds(tx, { organisationId: strategy.organisationId, strategyId: strategy.id }, filter);
    if ('refused' in found) throw badRequest(found.refused, [{ field: 'filter', message: 'Choose a larger group' }]);
    return on ? applyTags(tx, actor, tagId, found.ids, filter) : removeTags(tx, actor, tagId, found.ids, filter);
  });
}
