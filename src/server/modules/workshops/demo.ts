import { and, eq, inArray } from 'drizzle-orm';
import { DEFAULT_COLUMNS } from '../../../shared/contracts/workshops.js';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import { orgUnits, staffGroups } from '../workforce/tables.js';
import { stickyNotes, workshopAttendance, workshopColumns, workshops } from './tables.js';

type ColumnName = (typeof DEFAULT_COLUMNS)[number];

interface DemoWorkshop {
  title: string;
  daysAgo: number;
  department: string;
  /** The demo workforce's department, linked when it exists. */
  unit: string;
  facilitator: string;
  notes: string;
  /** ESR staff group name → people who came. */
  attendance: Record<string, number>;
  stickies: [ColumnName, string][];
}

/* Three workshops at the demo cancer centre, in the words staff actually use. */
const WORKSHOPS: DemoWorkshop[] = [
  {
    title: 'Chemotherapy day unit: digital tools in a working day',
    daysAgo: 27,
    department: 'Chemotherapy day unit nurses',
    unit: 'Chemotherapy Day Unit',
    facilitator: 'Hannah Wells',
    notes: 'Held over two lunchtimes so that both shifts could come. **Paper** came up in every group.',
    attendance: { 'Nursing and Midwifery Registered': 14, 'Additional Clinical Services': 5, 'Administrative and Clerical': 2 },
    stickies: [
      ['What works', 'The chemo prescribing system is reliable once the regimen is in'],
      ['What works', 'Pharmacy answer Teams messages quickly'],
      ['What works', 'Patient tracking board by the nurses station'],
      ['What gets in the way', 'We print the regimen booklet for every patient and then write on it'],
      ['What gets in the way', 'Obs go on paper, then into the EPR, then into the chemo system. Three times!'],
      ['What gets in the way', 'Logging in to 6 systems before the first patient arrives'],
      ['What gets in the way', 'Wi-Fi drops in bays 4-6 so the laptops on wheels are useless'],
      ['What gets in the way', "Can't see the GP's meds list without phoning the surgery"],
      ['What gets in the way', 'Not enough computers when the shifts overlap'],
      ['Ideas', 'Tablets at the chair so obs go straight in'],
      ['Ideas', 'One login that follows you (tap in with your badge)'],
      ['Ideas', 'Let patients fill in their toxicity questions at home the day before'],
      ['Ideas', 'Text patients when their chemo is ready instead of them waiting hours'],
      ['Ideas', 'Proper training on the new system, not a 20 min video'],
    ],
  },
  {
    title: 'Radiotherapy: physics and radiographers',
    daysAgo: 18,
    department: 'Radiotherapy physics and therapeutic radiographers',
    unit: 'Radiotherapy Physics',
    facilitator: 'Tom Okafor',
    notes: 'Joint session of physics and treatment radiographers. Strong feeling about **consent forms** and the planning system interface.',
    attendance: {
      'Allied Health Professionals': 11,
      'Healthcare Scientists': 6,
      'Add Prof Scientific and Technic': 3,
      Students: 2,
    },
    stickies: [
      ['What works', 'Treatment machines and the record-and-verify system talk to each other well'],
      ['What works', 'Physics checks are mostly electronic now'],
      ['What works', 'Remote access for planning from home'],
      ['What gets in the way', 'Paper consent forms go missing between clinic and CT sim'],
      ['What gets in the way', 'We chase consent forms a morning a week'],
      ['What gets in the way', 'Planning system and EPR need an interface workaround that breaks after upgrades'],
      ['What gets in the way', 'Appointment letters still posted, patients turn up on the wrong day'],
      ['What gets in the way', 'Students cannot get logins until week 3 of placement'],
      ['What gets in the way', 'Patient-reported side effects arrive by phone and get written on post-its'],
      ['Ideas', 'Electronic consent signed on a tablet in clinic'],
      ['Ideas', 'Patients see their treatment schedule in an app'],
      ['Ideas', 'Online symptom reporting for follow-up so we only see those who need us'],
      ['Ideas', 'Accounts ready for students on day one'],
      ['Ideas', 'Involve radiographers before buying the next planning system'],
      ['Ideas', 'Dashboard of machine capacity across both sites'],
    ],
  },
  {
    title: 'Medical secretaries and admin: letters, clinics and lists',
    daysAgo: 9,
    department: 'Medical secretaries and outpatient admin',
    unit: 'Oncology Outpatients',
    facilitator: 'Hannah Wells',
    notes: 'Small group; several people sent comments by email in advance, added as sticky notes with their agreement.',
    attendance: { 'Administrative and Clerical': 12, 'Medical and Dental': 1 },
    stickies: [
      ['What works', 'Digital dictation has saved hours'],
      ['What works', 'Shared team inbox for the tumour site'],
      ['What works', 'The outpatient booking system is quick once you know it'],
      ['What gets in the way', 'Typing the same patient details into the PAS, the letter and the MDT list'],
      ['What gets in the way', 'Letters wait days for a consultant to sign them off'],
      ['What gets in the way', 'Patients ring us because they cannot see their letters anywhere'],
      ['What gets in the way', "Two sites, two systems, and we're expected to know both"],
      ['What gets in the way', 'MDT lists built in Excel and emailed around 🙁'],
      ['What gets in the way', 'No one asked us before the last system went live'],
      ['Ideas', 'Patient portal with letters and appointments'],
      ['Ideas', 'MDT list built straight from the referral'],
      ['Ideas', 'Auto-fill letter templates from the record'],
      ['Ideas', 'A super-user in each admin team'],
    ],
  },
];

function daysAgo(days: number): string {
  const today = new Date(`${todayInLondon()}T12:00:00Z`);
  today.setUTCDate(today.getUTCDate() - days);
  return today.toISOString().slice(0, 10);
}

/**
 * Seeds the demo strategy's workshops inside the demo seed's transaction. Staff groups and
 * departments come from the demo workforce, looked up by name; any that are missing (the
 * workforce demo not yet run) are skipped rather than failing the seed.
 */
export async function seedDemoWorkshops(tx: Db, input: { organisationId: string; strategyId: string }): Promise<void> {
  const [existing] = await tx.select({ id: workshops.id }).from(workshops).where(eq(workshops.strategyId, input.strategyId)).limit(1);
  if (existing) return;
  const groupNames = [...new Set(WORKSHOPS.flatMap((w) => Object.keys(w.attendance)))];
  const groups = await tx
    .select({ id: staffGroups.id, name: staffGroups.name })
    .from(staffGroups)
    .where(and(eq(staffGroups.organisationId, input.organisationId), inArray(staffGroups.name, groupNames)));
  const units = await tx
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.organisationId, input.organisationId), inArray(orgUnits.name, WORKSHOPS.map((w) => w.unit))));
  for (const demo of WORKSHOPS) {
    const [row] = await tx
      .insert(workshops)
      .values({
        strategyId: input.strategyId,
        title: demo.title,
        heldOn: daysAgo(demo.daysAgo),
        department: demo.department,
        orgUnitId: units.find((u) => u.name === demo.unit)?.id ?? null,
        facilitator: demo.facilitator,
        notes: demo.notes,
      })
      .returning();
    const columns = await tx
      .insert(workshopColumns)
      .values(DEFAULT_COLUMNS.map((title, position) => ({ workshopId: row!.id, title, position })))
      .returning();
    const attendance = Object.entries(demo.attendance).flatMap(([name, count]) => {
      const group = groups.find((g) => g.name === name);
      return group ? [{ workshopId: row!.id, staffGroupId: group.id, count }] : [];
    });
    if (attendance.length > 0) await tx.insert(workshopAttendance).values(attendance);
    const positions = new Map<string, number>();
    await tx.insert(stickyNotes).values(
      demo.stickies.map(([columnTitle, text]) => {
        const columnId = columns.find((c) => c.title === columnTitle)!.id;
        const position = positions.get(columnId) ?? 0;
        positions.set(columnId, position + 1);
        return { workshopId: row!.id, columnId, text, position };
      }),
    );
    await writeAudit(tx, { userId: null, name: 'Demo data' }, {
      organisationId: input.organisationId,
      action: 'workshop.created',
      subjectType: 'workshop',
      subjectId: row!.id,
      after: { title: demo.title, heldOn: row!.heldOn, stickyNotes: demo.stickies.length },
    });
  }
}
