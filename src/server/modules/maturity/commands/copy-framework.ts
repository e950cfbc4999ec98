import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadFramework, measuresOf } from '../queries.js';
import { createFramework } from './create-framework.js';

/**
 * A custom copy of any framework (the usual way to adapt the read-only built-in one). Copied
 * descriptions keep their "summary by Chorus" flag until someone rewrites them.
 */
export async function copyFramework(ctx: AppContext, actor: Actor, frameworkId: string, name: string | undefined) {
  const source = await loadFramework(ctx.db, actor, frameworkId);
  const measures = await measuresOf(ctx.db, source.id);
  return createFramework(ctx, actor, {
    name: name ?? `Copy of ${source.name}`.slice(0, 120),
    description: source.description,
    scaleMax: source.scaleMax,
    measures: measures.map((m) => ({ name: m.name, description: m.description, chorusSummary: m.chorusSummary })),
    copiedFrom: { id: source.id, name: source.name },
  });
}
