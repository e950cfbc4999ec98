import { and, count, eq } from 'drizzle-orm';
import { ESR_STAFF_GROUPS } from '../../../shared/contracts/workforce.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import { addDefaultStaffGroups } from './commands/ensure-default-staff-groups.js';
import { upsertCells } from './headcount-store.js';
import { listStaffGroups } from './queries.js';
import { orgUnits } from './tables.js';

/**
 * The demo trust's workforce: a specialist cancer centre of about 1,900 people. Radiographers
 * and physicists dominate radiotherapy, registered nurses the chemotherapy and surgical
 * divisions, pharmacy and pathology the clinical support services, and administrative and
 * estates staff the corporate services.
 */
const DIVISIONS: { name: string; departments: string[]; headcounts: number[] }[] = [
  // Columns follow ESR_STAFF_GROUPS: Add Prof Sci & Tech, Additional Clinical Services, Admin & Clerical,
  // AHPs, Estates & Ancillary, Healthcare Scientists, Medical & Dental, Registered Nursing & Midwifery, Students.
  {
    name: 'Radiotherapy & Imaging',
    departments: ['Radiotherapy', 'Radiotherapy Physics', 'Diagnostic Imaging', 'Nuclear Medicine'],
    headcounts: [15, 30, 55, 210, 2, 60, 35, 25, 12],
  },
  {
    name: 'Chemotherapy & Haemato-oncology',
    departments: ['Chemotherapy Day Unit', 'Haemato-oncology Wards', 'Acute Oncology Service', 'Oncology Outpatients'],
    headcounts: [10, 75, 55, 8, 4, 6, 70, 210, 8],
  },
  {
    name: 'Surgery & Critical Care',
    departments: ['Theatres', 'Critical Care Unit', 'Surgical Wards', 'Anaesthetics'],
    headcounts: [5, 60, 30, 12, 6, 2, 55, 140, 6],
  },
  {
    name: 'Clinical Support Services',
    departments: ['Pharmacy', 'Pathology', 'Therapies', 'Psychological Services'],
    headcounts: [95, 40, 35, 45, 5, 60, 12, 10, 5],
  },
  {
    name: 'Corporate Services',
    departments: ['Finance', 'Workforce & Organisational Development', 'Digital Services', 'Estates & Facilities', 'Patient Experience'],
    headcounts: [4, 0, 210, 0, 95, 0, 4, 12, 2],
  },
  {
    name: 'Research & Innovation',
    departments: ['Clinical Trials Unit', 'Research Governance', 'Tissue Biobank'],
    headcounts: [12, 8, 30, 3, 0, 8, 6, 22, 2],
  },
];

const SITES = ['Northbridge Cancer Centre (main hospital)', 'Eastfield Radiotherapy Centre', 'Riverside Community Day Unit'];

/** Seeds the demo organisation's workforce inside the demo seed's transaction; does nothing if it has one already. */
export async function seedWorkforceDemo(tx: Db, organisationId: string): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(orgUnits).where(and(eq(orgUnits.organisationId, organisationId)));
  if ((existing?.n ?? 0) > 0) return;
  await addDefaultStaffGroups(tx, organisationId);
  const groupId = new Map((await listStaffGroups(tx, organisationId)).map((g) => [g.name, g.id]));
  const cells = [];
  for (const division of DIVISIONS) {
    const [row] = await tx.insert(orgUnits).values({ organisationId, kind: 'division', name: division.name }).returning();
    await tx.insert(orgUnits).values(division.departments.map((name) => ({ organisationId, kind: 'department' as const, name, parentId: row!.id })));
    for (const [i, headcount] of division.headcounts.entries()) {
      const staffGroupId = groupId.get(ESR_STAFF_GROUPS[i]!);
      if (staffGroupId && headcount > 0) cells.push({ divisionId: row!.id, staffGroupId, siteId: null, headcount });
    }
  }
  await tx.insert(orgUnits).values(SITES.map((name) => ({ organisationId, kind: 'site' as const, name })));
  await upsertCells(tx, organisationId, cells);
  await writeAudit(tx, { userId: null, name: 'Demo data' }, {
    organisationId,
    action: 'workforce.seeded',
    subjectType: 'headcounts',
    subjectId: null,
    after: {
      divisions: DIVISIONS.map((d) => d.name),
      sites: SITES,
      people: cells.reduce((sum, c) => sum + c.headcount, 0),
    },
  });
}
