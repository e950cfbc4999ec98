import { and, eq } from 'drizzle-orm';
import type { ChorusModule } from '../../platform/module.js';
import { registerCommentSubject } from '../comments/index.js';
import './checklist-items.js';
import './policy.js';
import { measureOwner } from './load.js';
import { measureRoutes } from './routes.js';
import { outcomeMeasures } from './tables.js';

export { outcomeMeasures, measureValues, MEASURE_SOURCES } from './tables.js';
export { measuresOf } from './queries.js';
export { seriesOf } from './series.js';
export { progressOf } from './summary.js';
export { seedMeasuresDemo } from './demo.js';

registerCommentSubject('measure', async (db, organisationId, subjectId) => {
  const [row] = await db
    .select({ strategyId: outcomeMeasures.strategyId, name: outcomeMeasures.name })
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.id, subjectId), eq(outcomeMeasures.organisationId, organisationId)));
  return row ? { strategyId: row.strategyId, label: row.name } : null;
});

/**
 * Develop's outcome measures: how each priority or initiative will show it worked, with a
 * baseline, a target and a series of values — typed in, or computed when read from each wave of
 * a survey (through the results pages' suppression) or from successive maturity assessments.
 */
export const measuresModule: ChorusModule = {
  name: 'measures',
  routes: measureRoutes,
  owners: (ctx) => ({ measureId: (id) => measureOwner(ctx.db, id) }),
};
