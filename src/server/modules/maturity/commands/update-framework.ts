import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { UpdateFramework } from '../../../../shared/contracts/maturity.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assessmentCount, loadFramework, measuresOf } from '../queries.js';
import { maturityAssessments, maturityFrameworks, maturityMeasures, maturityScores } from '../tables.js';
import { auditMaturity } from './audit.js';

export const BUILT_IN_READ_ONLY = 'The built-in What Good Looks Like framework cannot be changed. Make a copy to adapt it.';

/**
 * Renames, describes, rescales and re-orders a custom framework. The measures list is the
 * whole new list; a framework used by an assessment may gain and change measures but not lose
 * them, since the assessments' scores hang on them.
 */
export async function updateFramework(ctx: AppContext, actor: Actor, frameworkId: string, input: UpdateFramework) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadFramework(tx, actor, frameworkId);
    if (before.builtIn) throw conflict(BUILT_IN_READ_ONLY);
    // Lock the framework so an assessment cannot start using a measure being removed.
    await tx.execute(sql`select id from maturity_frameworks where id = ${before.id} for update`);
    const measuresBefore = await measuresOf(tx, before.id);
    const inUse = await assessmentCount(tx, before.id);
    const scaleMax = input.scaleMax ?? before.scaleMax;
    if (scaleMax < before.scaleMax) {
      const [top] = await tx
        .select({ top: max(maturityScores.score) })
        .from(maturityScores)
        .innerJoin(maturityAssessments, eq(maturityAssessments.id, maturityScores.assessmentId))
        .where(eq(maturityAssessments.frameworkId, before.id));
      if (top?.top && top.top > scaleMax) {
        throw conflict(`An assessment already gives a score of ${top.top}, so the top of the scale cannot go below ${top.top}.`, [
          { field: 'scaleMax', message: `The top of the scale must be at least ${top.top}, the highest score given` },
        ]);
      }
    }
    if (input.measures) {
      const known = new Set(measuresBefore.map((m) => m.id));
      const unknown = input.measures.find((m) => m.id && !known.has(m.id));
      if (unknown) throw badRequest('A measure in the list does not belong to this framework', [{ field: 'measures', message: 'A measure in the list does not belong to this framework' }]);
      const kept = new Set(input.measures.flatMap((m) => (m.id ? [m.id] : [])));
      const removed = measuresBefore.filter((m) => !kept.has(m.id));
      if (removed.length > 0 && inUse > 0) {
        const names = removed.map((m) => m.name).join(', ');
        const used = inUse === 1 ? '1 assessment' : `${inUse} assessments`;
        throw conflict(`This framework is used by ${used}, so its measures cannot be removed (${names}). Copy it into a new framework instead.`, [
          { field: 'measures', message: `Measures cannot be removed while the framework is used by ${used}: ${names}` },
        ]);
      }
      if (removed.length > 0) await tx.delete(maturityMeasures).where(and(eq(maturityMeasures.frameworkId, before.id), inArray(maturityMeasures.id, removed.map((m) => m.id))));
      for (const [position, m] of input.measures.entries()) {
        const old = measuresBefore.find((o) => o.id === m.id);
        const description = m.description ?? '';
        if (old) {
          // Rewriting a Chorus summary makes it the organisation's own words.
          const chorusSummary = old.chorusSummary && old.description === description;
          await tx.update(maturityMeasures).set({ name: m.name, description, position, chorusSummary }).where(eq(maturityMeasures.id, old.id));
        } else {
          await tx.insert(maturityMeasures).values({ frameworkId: before.id, name: m.name, description, position });
        }
      }
    }
    const [after] = await tx
      .update(maturityFrameworks)
      .set({ name: input.name ?? before.name, description: input.description ?? before.description, scaleMax, updatedAt: sql`now()` })
      .where(eq(maturityFrameworks.id, before.id))
      .returning();
    const measuresAfter = await measuresOf(tx, before.id);
    const pick = (f: typeof before, measures: typeof measuresBefore) => ({
      name: f.name,
      description: f.description,
      scaleMax: f.scaleMax,
      measures: measures.map((m) => m.name),
    });
    await auditMaturity(tx, actor, 'maturity_framework', before.id, {
      action: 'maturity_framework.updated',
      before: pick(before, measuresBefore),
      after: pick(after!, measuresAfter),
    });
    return after!;
  });
}
