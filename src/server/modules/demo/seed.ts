import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/contracts/common.js';
import { writeAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/module.js';
import { hashPassword } from '../../platform/secrets.js';
import { users } from '../accounts/index.js';
import { memberships, organisations } from '../organisations/index.js';
import { seedDemoInterviews } from '../interviews/index.js';
import { strategies } from '../strategies/index.js';
import { seedImportedSurvey } from './imported-survey-demo.js';
import { seedDemoSurvey } from './survey-demo.js';
import { seedOpenPulseSurvey } from './open-survey-demo.js';
import { seedWorkforceDemo } from '../workforce/index.js';
import { seedDemoWorkshops } from '../workshops/index.js';
import { seedMaturityDemo } from '../maturity/index.js';
import { seedEstateDemo } from '../estate/index.js';
import { analyseOrganisation, onMachineAnalyser } from '../evidence/index.js';
import { seedDefineDemo } from './define-demo.js';
import { seedBoardAndPlaybackDemo } from './board-playback-demo.js';
import { seedDevelopDemo } from './develop-demo.js';

export const DEMO_ORGANISATION = 'Northbridge Cancer Centre NHS Foundation Trust (demo)';
export const DEMO_PASSWORD = 'northbridge-demo-strategy';

/** A believable cast: the people a trust's strategy work actually involves. */
export const DEMO_PEOPLE: { name: string; email: string; role: Role; title: string }[] = [
  { name: 'Priya Raman', email: 'admin@northbridge.example', role: 'admin', title: 'Chief Digital Information Officer' },
  { name: 'Tom Okafor', email: 'strategy@northbridge.example', role: 'strategy_team', title: 'Head of Digital Strategy' },
  { name: 'Hannah Wells', email: 'hannah.wells@northbridge.example', role: 'strategy_team', title: 'Clinical Informatics Lead (Nursing)' },
  { name: 'Dr Sam Whitfield', email: 'leader@northbridge.example', role: 'leader', title: 'Medical Director' },
  { name: 'Claire Ashby', email: 'claire.ashby@northbridge.example', role: 'leader', title: 'Chief Nurse' },
  { name: 'Marcus Hale', email: 'marcus.hale@northbridge.example', role: 'leader', title: 'Director of Finance' },
  { name: 'Aisha Begum', email: 'staff@northbridge.example', role: 'staff', title: 'Chemotherapy Day Unit Sister' },
  { name: 'Joe Lindqvist', email: 'joe.lindqvist@northbridge.example', role: 'staff', title: 'Therapeutic Radiographer' },
  { name: 'Grace Mensah', email: 'grace.mensah@northbridge.example', role: 'staff', title: 'Medical Secretary' },
];

export interface SeedResult {
  created: boolean;
  organisationId: string;
}

/**
 * Seeds the demo trust once. Idempotent: a second run finds the demo organisation and
 * does nothing, so it is safe on every start.
 */
export async function seedDemo(ctx: AppContext): Promise<SeedResult> {
  const [existing] = await ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.isDemo, 1)).limit(1);
  if (existing) return { created: false, organisationId: existing.id };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await ctx.db.transaction(async (tx) => {
    const [organisation] = await tx.insert(organisations).values({ name: DEMO_ORGANISATION, isDemo: 1 }).returning();
    const organisationId = organisation!.id;
    const seeder = { userId: null, name: 'Demo data' };
    for (const person of DEMO_PEOPLE) {
      const [found] = await tx.select().from(users).where(eq(users.email, person.email));
      const user = found ?? (await tx.insert(users).values({ email: person.email, name: person.name, passwordHash, lastOrganisationId: organisationId }).returning())[0]!;
      await tx.insert(memberships).values({ organisationId, userId: user.id, role: person.role }).onConflictDoNothing();
      await writeAudit(tx, seeder, {
        organisationId,
        action: 'member.added',
        subjectType: 'member',
        subjectId: user.id,
        after: { name: person.name, email: person.email, role: person.role },
      });
    }
    // Discover and Define are done and Develop is under way in the demo, so that is its phase.
    const [strategy] = await tx
      .insert(strategies)
      .values({ organisationId, name: 'Digital Strategy 2026–2029', startYear: 2026, endYear: 2029, phase: 'develop' })
      .returning();
    await writeAudit(tx, seeder, {
      organisationId,
      action: 'strategy.created',
      subjectType: 'strategy',
      subjectId: strategy!.id,
      after: { name: strategy!.name, startYear: 2026, endYear: 2029, phase: 'develop' },
    });
    await seedWorkforceDemo(tx, organisationId);
    await seedDemoInterviews(tx, {
      organisationId,
      strategyId: strategy!.id,
      interviewerEmails: ['strategy@northbridge.example', 'hannah.wells@northbridge.example'],
    });
    await seedDemoWorkshops(tx, { organisationId, strategyId: strategy!.id });
    await seedMaturityDemo(tx, { organisationId, strategyId: strategy!.id });
    await seedEstateDemo(tx, organisationId);
    await seedDemoSurvey(tx, { organisationId, strategyId: strategy!.id });
    await seedOpenPulseSurvey(tx, { organisationId, strategyId: strategy!.id });
    return { organisationId, strategyId: strategy!.id };
  });
  // Through the real import path, which runs its own transaction.
  await seedImportedSurvey(ctx, seeded.organisationId, seeded.strategyId);
  // Analysed now, not by a background job, so the demo opens with sentiment and a review queue.
  await analyseOrganisation(ctx.db, seeded.organisationId, onMachineAnalyser());
  // After the analysis, so the themes and insights quote masked text.
  await seedDefineDemo(ctx, seeded.organisationId, seeded.strategyId);
  await seedBoardAndPlaybackDemo(ctx, seeded.organisationId, seeded.strategyId);
  await seedDevelopDemo(ctx, seeded.organisationId, seeded.strategyId);
  return { created: true, organisationId: seeded.organisationId };
}

export function demoSignInHelp(publicUrl: string): string {
  const byRole = (role: Role) => DEMO_PEOPLE.find((p) => p.role === role)!.email;
  return [
    `Demo organisation: ${DEMO_ORGANISATION}`,
    `  Open ${publicUrl} and sign in with password "${DEMO_PASSWORD}" as:`,
    `    admin          ${byRole('admin')}`,
    `    strategy team  ${byRole('strategy_team')}`,
    `    senior leader  ${byRole('leader')}`,
    `    staff          ${byRole('staff')}`,
  ].join('\n');
}
