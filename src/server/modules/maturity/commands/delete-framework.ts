import { eq } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assessmentCount, loadFramework } from '../queries.js';
import { maturityFrameworks } from '../tables.js';
import { auditMaturity } from './audit.js';
import { BUILT_IN_READ_ONLY } from './update-framework.js';

export async function deleteFramework(ctx: AppContext, actor: Actor, frameworkId: string) {
  await ctx.db.transaction(async (tx) => {
    const framework = await loadFramework(tx, actor, frameworkId);
    if (framework.builtIn) throw conflict(BUILT_IN_READ_ONLY);
    const used = await assessmentCount(tx, framework.id);
    if (used > 0) {
      throw conflict(`This framework is used by ${used === 1 ? '1 assessment' : `${used} assessments`}. Delete those assessments first.`);
    }
    await tx.delete(maturityFrameworks).where(eq(maturityFrameworks.id, framework.id));
    await auditMaturity(tx, actor, 'maturity_framework', framework.id, {
      action: 'maturity_framework.deleted',
      before: { name: framework.name },
    });
  });
}
