import { eq } from 'drizzle-orm';
import type { UpdateInsight } from '../../../../shared/contracts/insights.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadInsight } from '../load.js';
import { checkedMeasureIds, checkedSystemIds, checkedTagIds } from '../links.js';
import { insightMeasures, insights, insightSystems, insightTags } from '../tables.js';

/** Changes the wording, status or what the insight concerns; a list given replaces the old one. */
export async function updateInsight(ctx: AppContext, actor: Actor, insightId: string, input: UpdateInsight) {
  return ctx.db.transaction(async (tx) => {
    const { insight, strategy } = await loadInsight(tx, actor, insightId);
    assertOpen(strategy);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const fields = { statement: input.statement, detail: input.detail, status: input.status };
    const changes: Partial<typeof insight> = {};
    for (const [key, value] of Object.entries(fields) as [keyof typeof fields, string | undefined][]) {
      if (value === undefined || value === insight[key]) continue;
      before[key] = insight[key];
      after[key] = value;
      Object.assign(changes, { [key]: value });
    }
    if (input.tagIds) {
      const ids = await checkedTagIds(tx, strategy.id, input.tagIds);
      await tx.delete(insightTags).where(eq(insightTags.insightId, insight.id));
      if (ids.length) await tx.insert(insightTags).values(ids.map((tagId) => ({ insightId: insight.id, tagId })));
      after.tagIds = ids;
    }
    if (input.systemIds) {
      const ids = await checkedSystemIds(tx, strategy.organisationId, input.systemIds);
      await tx.delete(insightSystems).where(eq(insightSystems.insightId, insight.id));
      if (ids.length) await tx.insert(insightSystems).values(ids.map((systemId) => ({ insightId: insight.id, systemId })));
      after.systemIds = ids;
    }
    if (input.measureIds) {
      const ids = await checkedMeasureIds(tx, strategy.organisationId, input.measureIds);
      await tx.delete(insightMeasures).where(eq(insightMeasures.insightId, insight.id));
      if (ids.length) await tx.insert(insightMeasures).values(ids.map((measureId) => ({ insightId: insight.id, measureId })));
      after.measureIds = ids;
    }
    await tx.update(insights).set({ ...changes, updatedAt: new Date() }).where(eq(insights.id, insight.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'insight.updated',
      subjectType: 'insight',
      subjectId: insight.id,
      before,
      after,
    });
  });
}
