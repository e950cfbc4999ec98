import { eq } from 'drizzle-orm';
import { buildRespondentsCube } from '../src/server/modules/results/index.js';
import { organisations } from '../src/server/modules/organisations/index.js';
import { surveys } from '../src/server/modules/surveys/index.js';
import { loadProfileChoices } from '../src/server/modules/workforce/index.js';
import { suppressSmallGroups, type Atom } from '../src/server/platform/anonymity.js';
import { visibleShare } from '../src/server/platform/anonymity-measure.js';
import { openBenchInstance } from './fixtures.js';

/**
 * How much least-loss complementary suppression keeps visible on the demo survey, against the
 * previous rule ("not cascading, then smallest") on the same responses: the share of
 * respondents whose group is shown, over every grouping by staff group, division and site.
 */
export async function benchSuppression(): Promise<string> {
  const { ctx, organisationId } = await openBenchInstance({});
  try {
    const [survey] = (await ctx.db.select().from(surveys).where(eq(surveys.organisationId, organisationId))).filter((s) => s.source === 'chorus');
    const [organisation] = await ctx.db.select().from(organisations).where(eq(organisations.id, organisationId));
    const profile = await loadProfileChoices(ctx.db, organisationId);
    const cubes = await buildRespondentsCube(ctx.db, survey!.id, profile, organisation!.minGroupSize);
    const atoms: Atom[] = [...cubes.respondentAtoms].map(([key, count]) => ({ coords: key.split('|'), count }));
    const now = visibleShare(cubes.respondents, atoms);
    const before = visibleShare(suppressSmallGroups(cubes.segments, atoms, cubes.threshold, { complements: 'smallest' }), atoms);
    const percent = (x: number) => (x * 100).toFixed(1);
    return `bench suppression-visible: ${percent(now)}% | baseline previous rule: ${percent(before)}% | ratio ${(now / before).toFixed(3)}`;
  } finally {
    await ctx.jobs.stop();
    await ctx.database.close();
  }
}
