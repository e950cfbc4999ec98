import type { CreateFramework } from '../../../../shared/contracts/maturity.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { maturityFrameworks, maturityMeasures } from '../tables.js';
import { auditMaturity } from './audit.js';

type Input = {
  name: string;
  description: string;
  scaleMax: number;
  measures: { name: string; description: string; chorusSummary?: boolean }[];
  /** The framework this one copies, for the audit trail. */
  copiedFrom?: { id: string; name: string };
};

/** An organisation's own framework, with its measures in the order given. */
export async function createFramework(ctx: AppContext, actor: Actor, input: Input | CreateFramework) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(maturityFrameworks)
      .values({ organisationId: actor.member.organisationId, name: input.name, description: input.description ?? '', scaleMax: input.scaleMax ?? 5 })
      .returning();
    await tx.insert(maturityMeasures).values(
      input.measures.map((m, position) => ({
        frameworkId: row!.id,
        name: m.name,
        description: m.description ?? '',
        chorusSummary: 'chorusSummary' in m ? m.chorusSummary === true : false,
        position,
      })),
    );
    await auditMaturity(tx, actor, 'maturity_framework', row!.id, {
      action: 'maturity_framework.created',
      after: {
        name: row!.name,
        scaleMax: row!.scaleMax,
        measures: input.measures.map((m) => m.name),
        ...('copiedFrom' in input && input.copiedFrom ? { copiedFrom: input.copiedFrom } : {}),
      },
    });
    return row!;
  });
}
