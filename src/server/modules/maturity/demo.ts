import { eq } from 'drizzle-orm';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import { addBuiltInFrameworks } from './commands/ensure-built-in-frameworks.js';
import { measuresOf } from './queries.js';
import { maturityAssessments, maturityScores } from './tables.js';

type Scored = [score: number, rationale: string, evidence: { label: string; url: string | null }[]];

interface DemoAssessment {
  title: string;
  daysAgo: number;
  assessors: string[];
  /** Measure name → score, rationale (Markdown) and evidence, in What Good Looks Like's order. */
  scores: Record<string, Scored>;
}

const ASSESSORS = ['Priya Raman, Chief Digital Information Officer', 'Dr Sam Whitfield, Medical Director', 'Claire Ashby, Chief Nurse', 'Marcus Hale, Director of Finance'];

/* A specialist cancer centre a year apart: foundations and safety move first, population health last. */
const ASSESSMENTS: DemoAssessment[] = [
  {
    title: 'Baseline before the new strategy',
    daysAgo: 365,
    assessors: ASSESSORS,
    scores: {
      'Well led': [2, 'The previous digital strategy ended last year and was never refreshed. The board hears about digital only through **IT incident reports**; there is no CCIO yet.', [{ label: 'Board minutes, digital item', url: null }]],
      'Ensure smart foundations': [2, 'Wi-Fi is patchy on both sites, two of five data centres racks are out of support, and the network refresh is unfunded.', [{ label: 'Infrastructure risk register', url: null }]],
      'Safe practice': [3, 'The Data Security and Protection Toolkit is met, and a clinical safety officer signs off changes to the chemotherapy prescribing system. Business continuity plans exist but are not tested.', [{ label: 'DSPT submission', url: 'https://www.dsptoolkit.nhs.uk/' }]],
      'Support workforce': [2, 'Training is a twenty-minute video. Staff log in to up to six systems a shift, and students wait weeks for accounts.', []],
      'Empower people': [1, 'Patients receive letters by post only. There is no portal and no online way to report side effects between cycles.', []],
      'Improve care': [2, 'Observations are written on paper and typed in twice; MDT lists are built in spreadsheets.', [{ label: 'Chemotherapy day unit audit', url: null }]],
      'Healthy populations': [1, 'Data is shared with the cancer alliance by monthly extract only; no population analytics of our own.', []],
    },
  },
  {
    title: 'Refresh for the 2026 strategy',
    daysAgo: 21,
    assessors: [...ASSESSORS, 'Tom Okafor, Head of Digital Strategy'],
    scores: {
      'Well led': [3, 'A CCIO and a CNIO are in post, the board has a **quarterly digital item**, and this strategy is being built with staff. Funding beyond next year is not yet agreed, so not level 4.', [{ label: 'Board paper: digital leadership', url: null }]],
      'Ensure smart foundations': [3, 'The network refresh finished at the main site and unsupported servers are gone. The satellite site still drops Wi-Fi in treatment bays 4 to 6.', [{ label: 'Network refresh closure report', url: null }]],
      'Safe practice': [3, 'Unchanged: the toolkit is met and clinical safety cases are routine, but a full downtime test of the prescribing system is still outstanding.', []],
      'Support workforce': [3, 'Single sign-on covers four of the six daily systems and there is a super-user in each admin team. Training is still mostly online.', [{ label: 'Single sign-on roll-out plan', url: null }]],
      'Empower people': [2, 'Patient letters now go to the NHS App. Online symptom reporting is piloted in radiotherapy only.', [{ label: 'NHS App letters go-live note', url: 'https://www.nhs.uk/nhs-app/' }]],
      'Improve care': [2, 'Still paper observations in the day unit; tablets at the chair are in the strategy, not yet in use.', []],
      'Healthy populations': [1, 'No change yet; a shared care record with the alliance is planned for next year.', []],
    },
  },
];

function daysAgo(days: number): string {
  const today = new Date(`${todayInLondon()}T12:00:00Z`);
  today.setUTCDate(today.getUTCDate() - days);
  return today.toISOString().slice(0, 10);
}

/**
 * The demo trust's maturity baseline and its refresh, both complete, so the comparison shows
 * movement. Runs inside the demo seed's transaction and does nothing if the organisation
 * already has assessments.
 */
export async function seedMaturityDemo(tx: Db, input: { organisationId: string; strategyId: string }): Promise<void> {
  const [existing] = await tx.select({ id: maturityAssessments.id }).from(maturityAssessments).where(eq(maturityAssessments.organisationId, input.organisationId)).limit(1);
  if (existing) return;
  const frameworkId = await addBuiltInFrameworks(tx, input.organisationId);
  const measures = await measuresOf(tx, frameworkId);
  for (const demo of ASSESSMENTS) {
    const [row] = await tx
      .insert(maturityAssessments)
      .values({
        organisationId: input.organisationId,
        frameworkId,
        // The baseline predates the strategy; the refresh belongs to it.
        strategyId: demo.daysAgo < 100 ? input.strategyId : null,
        title: demo.title,
        assessedOn: daysAgo(demo.daysAgo),
        assessors: demo.assessors,
        status: 'complete',
        completedAt: new Date(`${daysAgo(demo.daysAgo)}T16:00:00Z`),
      })
      .returning();
    await tx.insert(maturityScores).values(
      measures.map((m) => {
        const [score, rationale, evidence] = demo.scores[m.name]!;
        return { assessmentId: row!.id, measureId: m.id, score, rationale, evidence };
      }),
    );
    await writeAudit(tx, { userId: null, name: 'Demo data' }, {
      organisationId: input.organisationId,
      action: 'maturity_assessment.created',
      subjectType: 'maturity_assessment',
      subjectId: row!.id,
      after: { title: demo.title, assessedOn: row!.assessedOn, status: 'complete' },
    });
  }
}
