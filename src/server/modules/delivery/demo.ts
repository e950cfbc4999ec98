import { and, eq, inArray } from 'drizzle-orm';
import { CHORUS } from '../../platform/audit-actor.js';
import { writeAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/module.js';
import { initiatives } from '../roadmap/index.js';
import { initiativeMilestones, initiativeUpdates } from './tables.js';

type Rag = 'green' | 'amber' | 'red';

/** What the demo's programme boards reported, month by month, for the initiatives under way. */
const STORIES: Record<string, { rag: Rag; percent: number; note: string; ragReason?: string; blockers?: string }[]> = {
  'EPR outpatients and PAS switch-off': [
    { rag: 'green', percent: 10, note: 'Outpatient build started; clinic templates agreed with the first four specialties.' },
    { rag: 'green', percent: 25, note: 'Booking rules for all specialties configured; data migration rehearsal 1 done.' },
    { rag: 'amber', percent: 35, note: 'Rehearsal 2 found 3% of future appointments without a clinic code.', ragReason: 'Data quality in the PAS: cleansing adds about a month.', blockers: 'Clinic codes missing on future appointments' },
    { rag: 'amber', percent: 48, note: 'Cleansing two-thirds done; training started for booking teams.', ragReason: 'Still a month behind the plan.' },
    { rag: 'green', percent: 60, note: 'Cleansing finished; go-live date confirmed for March 2027.' },
  ],
  'Radiology information system replacement': [
    { rag: 'green', percent: 55, note: 'New RIS live in the imaging network hub; our interfaces in test.' },
    { rag: 'green', percent: 70, note: 'Interfaces to the EPR and PACS passed testing.' },
    { rag: 'red', percent: 78, note: 'Go-live postponed: the reporting workflow failed user acceptance testing.', ragReason: 'Radiologists could not see prior reports side by side; supplier fix due in four weeks.', blockers: 'Supplier fix for prior reports' },
    { rag: 'amber', percent: 85, note: 'Supplier fix delivered and retested; new go-live date in December.', ragReason: 'No slack left before the old contract ends.' },
    { rag: 'green', percent: 92, note: 'Training complete for all radiographers and radiologists.' },
  ],
  'Patient portal for every cancer pathway': [
    { rag: 'green', percent: 45, note: 'Nine pathways live; letters now sent to the portal first.' },
    { rag: 'green', percent: 70, note: 'Twelve pathways live; appointment changes online for breast and lung.' },
    { rag: 'green', percent: 90, note: 'All fourteen pathways live; paper letters only on request.' },
    { rag: 'green', percent: 100, note: 'Roll-out complete; handed over to business as usual.' },
  ],
};

/** Each initiative's milestones: most ticked off, late or on time; one overdue (the RIS fix), one still ahead. */
const MILESTONES: Record<string, { title: string; dueOn: string; doneOn?: string }[]> = {
  'EPR outpatients and PAS switch-off': [
    { title: 'Clinic templates agreed with the first four specialties', dueOn: '2026-07-15', doneOn: '2026-07-10' },
    { title: 'Data migration rehearsal 2', dueOn: '2026-09-15', doneOn: '2026-09-28' },
    { title: 'PAS data cleansing complete', dueOn: '2026-10-31', doneOn: '2026-11-20' },
    { title: 'Go-live in outpatients', dueOn: '2027-03-01' },
  ],
  'Radiology information system replacement': [
    { title: 'Interfaces to the EPR and PACS tested', dueOn: '2026-08-31', doneOn: '2026-08-25' },
    { title: 'Prior-reports fix accepted by radiologists', dueOn: '2026-11-15' },
    { title: 'Go-live in the imaging network hub', dueOn: '2026-12-14' },
  ],
  'Patient portal for every cancer pathway': [
    { title: 'All fourteen pathways live', dueOn: '2026-09-30', doneOn: '2026-09-30' },
    { title: 'Handed over to business as usual', dueOn: '2026-10-31', doneOn: '2026-10-29' },
  ],
};

/** Month-end days from July to November 2026, the last updates first reported. */
const MONTHS = ['2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30'];

/**
 * The demo trust's delivery updates: a monthly update for each initiative under way, with the
 * ambers and a red a real programme has, ending where the roadmap shows it, and its milestones.
 * Adds nothing twice.
 */
export async function seedDeliveryDemo(ctx: AppContext, organisationId: string, strategyId: string, authorUserId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: initiativeUpdates.id }).from(initiativeUpdates).where(eq(initiativeUpdates.strategyId, strategyId)).limit(1);
    if (existing) return;
    const rows = await tx.select().from(initiatives).where(and(eq(initiatives.strategyId, strategyId), inArray(initiatives.title, Object.keys(STORIES))));
    for (const initiative of rows) {
      const story = STORIES[initiative.title]!;
      const days = MONTHS.slice(MONTHS.length - story.length);
      for (const [i, step] of story.entries()) {
        const status = step.percent === 100 ? 'done' : 'in_progress';
        await tx.insert(initiativeUpdates).values({
          organisationId, strategyId, initiativeId: initiative.id, recordedOn: days[i]!, status, rag: step.rag, ragReason: step.ragReason ?? '',
          percentComplete: step.percent, note: step.note, blockers: step.blockers ?? '', authorUserId,
        });
      }
      for (const [position, m] of (MILESTONES[initiative.title] ?? []).entries()) {
        await tx.insert(initiativeMilestones).values({ organisationId, strategyId, initiativeId: initiative.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn ?? null, position });
      }
      const last = story.at(-1)!;
      if (last.percent === 100) await tx.update(initiatives).set({ status: 'done' }).where(eq(initiatives.id, initiative.id));
      await writeAudit(tx, CHORUS, {
        organisationId, action: 'initiative.update_recorded', subjectType: 'initiative', subjectId: initiative.id,
        after: { updates: story.length, milestones: MILESTONES[initiative.title]?.length ?? 0, latestRag: last.rag, percentComplete: last.percent, demo: true },
      });
    }
  });
}
