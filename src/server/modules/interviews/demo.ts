import { and, eq, inArray } from 'drizzle-orm';
import type { Consent, ItemKind } from '../../../shared/contracts/interviews.js';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import { users } from '../accounts/tables.js';
import { memberships } from '../organisations/index.js';
import { labelKey } from './labels.js';
import { interviewItems, interviews } from './tables.js';
import { topicForLabel } from './topics.js';

interface DemoInterview {
  role: string;
  name: string | null;
  daysAgo: number;
  /** Index into the interviewers passed in. */
  interviewer: number;
  consent: Consent;
  notes: string;
  items: [ItemKind, string, string?][];
}

/*
 * Eight executive interviews at a specialist cancer centre. Labels are written the way
 * interviewers jot them down, so several say the same thing differently ("Single EPR across
 * sites", "One electronic patient record", "single EPR") and the across-interviews view has
 * real merging to do.
 */
const INTERVIEWS: DemoInterview[] = [
  {
    role: 'Chief Executive',
    name: 'Dr Helen Marsh',
    daysAgo: 41,
    interviewer: 0,
    consent: 'notes_and_quotes',
    notes: `## Context
- Sees the next three years as **recovery plus growth**: performance against the 62-day standard first, research growth second.
- Board is tired of digital programmes that "land on the wards and then stop".

## What she said
> "If a digital strategy does not help us treat patients faster, the board will not fund it."

## Worries
1. The financial recovery plan leaves little for new investment.
2. Recruitment in therapeutic radiography.`,
    items: [
      ['driver', 'Elective recovery and 62-day cancer target'],
      ['driver', 'Financial recovery plan'],
      ['driver', 'Research growth and trials recruitment'],
      ['priority', 'Single EPR across sites', 'Main hospital and Eastfield still run separate systems.'],
      ['priority', 'Patient portal'],
    ],
  },
  {
    role: 'Medical Director',
    name: 'Dr Sam Whitfield',
    daysAgo: 37,
    interviewer: 0,
    consent: 'notes_and_quotes',
    notes: `## Clinical safety
- Results still reach consultants by three routes; **one place to look** is the ask.
- Wants clinicians in the design of anything that changes prescribing.

> "Our doctors log into eleven systems before lunch."`,
    items: [
      ['driver', '62 day cancer target', 'Breaches cluster in diagnostics and MDT scheduling.'],
      ['driver', 'Clinical safety of prescribing'],
      ['priority', 'One electronic patient record'],
      ['priority', 'Reduce duplicate data entry'],
      ['priority', 'Electronic prescribing for oral chemotherapy'],
    ],
  },
  {
    role: 'Chief Nurse',
    name: 'Claire Ashby',
    daysAgo: 33,
    interviewer: 1,
    consent: 'notes',
    notes: `- Chemotherapy day unit still prints the **regimen booklet** for every patient; nurses transcribe observations twice.
- Wants nurses to spend the time saved with patients, not on another screen.
- Concerned about agency spend and vacancy rates in the day unit.`,
    items: [
      ['driver', 'Nursing workforce retention'],
      ['driver', 'Patient experience and safety'],
      ['priority', 'Remove paper from chemotherapy day unit'],
      ['priority', 'Stop entering the same data twice'],
      ['priority', 'single EPR'],
    ],
  },
  {
    role: 'Director of Finance',
    name: 'Marcus Hale',
    daysAgo: 29,
    interviewer: 0,
    consent: 'notes',
    notes: `- Any business case must show **cash-releasing** benefits within the plan period.
- Three contracts end in 2027: an opportunity to consolidate.
- Supportive of a data platform if research income helps pay for it.`,
    items: [
      ['driver', 'Financial recovery and productivity'],
      ['driver', 'Contract renewals in 2027'],
      ['priority', 'Consolidate clinical systems at contract end'],
      ['priority', 'Data platform for research'],
    ],
  },
  {
    role: 'Chief Operating Officer',
    name: null,
    daysAgo: 24,
    interviewer: 1,
    consent: 'declined',
    notes: '',
    items: [
      ['driver', 'Meeting the 62-day cancer standard'],
      ['driver', 'Patient-initiated follow-up'],
      ['priority', 'Patient app and portal'],
      ['priority', 'Capacity and demand dashboards'],
    ],
  },
  {
    role: 'Director of Workforce',
    name: 'Nadia Osei',
    daysAgo: 19,
    interviewer: 1,
    consent: 'notes_and_quotes',
    notes: `- Therapeutic radiography vacancy rate is the highest in the region.
- E-rostering is in place but **not joined up** with ESR; managers re-key changes.
- Wants digital skills to be part of every induction.

> "People leave because the tools make a hard job harder."`,
    items: [
      ['driver', 'Workforce shortages in therapeutic radiography'],
      ['driver', 'Staff wellbeing and retention'],
      ['priority', 'Digital skills for all staff'],
      ['priority', 'Reduce duplicate data entry', 'Rostering, ESR and payroll each need the same change.'],
    ],
  },
  {
    role: 'Director of Research',
    name: 'Prof. Ian Castell',
    daysAgo: 12,
    interviewer: 0,
    consent: 'notes_and_quotes',
    notes: `## Research ambitions
- Aim: **double** the number of patients recruited to trials by 2029.
- Trial eligibility screening is done by hand from clinic letters.
- A trusted research environment would attract commercial trials.`,
    items: [
      ['driver', 'Growing clinical trials recruitment'],
      ['driver', 'Research income'],
      ['priority', 'Research data platform'],
      ['priority', 'Automated trial eligibility screening'],
    ],
  },
  {
    role: 'Clinical Director for Radiotherapy',
    name: 'Dr Priti Anand',
    daysAgo: 6,
    interviewer: 1,
    consent: 'notes',
    notes: `- Planning system upgrade due next year; needs integration with the EPR, not another interface engine workaround.
- Radiographers spend a morning a week **chasing paper consent forms**.
- Supports patient-initiated follow-up for prostate patients, if patients can report symptoms online.`,
    items: [
      ['driver', 'Therapeutic radiography workforce gaps'],
      ['driver', 'Patient initiated follow up'],
      ['priority', 'Electronic consent forms'],
      ['priority', 'Single EPR across all sites'],
      ['priority', 'Patient portal'],
    ],
  },
];

function daysAgo(days: number): string {
  const today = new Date(`${todayInLondon()}T12:00:00Z`);
  today.setUTCDate(today.getUTCDate() - days);
  return today.toISOString().slice(0, 10);
}

/**
 * Seeds the demo strategy's leader interviews inside the demo seed's transaction.
 * `interviewerEmails` name members of the organisation (the demo's strategy team).
 */
export async function seedDemoInterviews(
  tx: Db,
  input: { organisationId: string; strategyId: string; interviewerEmails: string[] },
): Promise<void> {
  const [existing] = await tx.select({ id: interviews.id }).from(interviews).where(eq(interviews.strategyId, input.strategyId)).limit(1);
  if (existing) return;
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, input.organisationId)))
    .where(inArray(users.email, input.interviewerEmails));
  const interviewerIds = input.interviewerEmails.map((email) => people.find((p) => p.email === email)?.id ?? null);
  // One transaction gives every row the same now(); explicit, increasing times keep the
  // items in the order they were said.
  let clock = Date.now() - 60_000;
  for (const demo of INTERVIEWS) {
    const [row] = await tx
      .insert(interviews)
      .values({
        strategyId: input.strategyId,
        intervieweeRole: demo.role,
        intervieweeName: demo.name,
        heldOn: daysAgo(demo.daysAgo),
        interviewerUserId: interviewerIds[demo.interviewer] ?? null,
        consent: demo.consent,
        notes: demo.notes,
      })
      .returning();
    for (const [kind, label, detail] of demo.items) {
      const topicId = await topicForLabel(tx, input.strategyId, kind, label);
      await tx.insert(interviewItems).values({
        interviewId: row!.id,
        topicId,
        label,
        labelKey: labelKey(label),
        detail: detail ?? null,
        createdAt: new Date((clock += 10)),
      });
    }
    await writeAudit(tx, { userId: null, name: 'Demo data' }, {
      organisationId: input.organisationId,
      action: 'interview.created',
      subjectType: 'interview',
      subjectId: row!.id,
      after: { intervieweeRole: demo.role, heldOn: row!.heldOn, consent: demo.consent },
    });
  }
}
