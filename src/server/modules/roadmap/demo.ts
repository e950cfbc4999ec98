import { and, eq, inArray } from 'drizzle-orm';
import type { Horizon, InitiativeStatus, SystemChange } from '../../../shared/contracts/roadmap.js';
import type { Db } from '../../platform/db/client.js';
import { projects, systems } from '../estate/index.js';
import { initiativeDependencies, initiativeProjects, initiatives, initiativeSystems, programmes } from './tables.js';

interface DemoInitiative {
  title: string;
  owner: string;
  start: string;
  end: string;
  status: InitiativeStatus;
  horizon: Horizon;
  cost: number | null;
  benefit: string;
  summary: string;
  dependsOn?: string[];
  systems?: { name: string; change: SystemChange; by?: string }[];
  project?: string;
}

/** Three programmes across 2026–2029; names of systems and projects are the demo estate's. */
const DEMO_PROGRAMMES: { name: string; summary: string; initiatives: DemoInitiative[] }[] = [
  {
    name: 'One electronic patient record',
    summary: 'Finish the EPR so that clinicians record once and find everything in one place.',
    initiatives: [
      { title: 'EPR outpatients and PAS switch-off', owner: 'Chief Operating Officer', start: '2026-04', end: '2027-03', status: 'in_progress', horizon: 'now', cost: 1_200_000, benefit: 'One booking system; no double entry between the PAS and the EPR.', summary: 'Outpatient booking moves into the EPR and the legacy PAS is switched off.', project: 'EPR phase 2: outpatients and retiring the PAS', systems: [{ name: 'Legacy Patient Administration System', change: 'retire' }, { name: 'Electronic Patient Record', change: 'improve' }] },
      { title: 'Speech recognition for clinic letters', owner: 'Chief Clinical Information Officer', start: '2027-04', end: '2027-12', status: 'planned', horizon: 'next', cost: 180_000, benefit: 'Letters out within two days instead of ten.', summary: 'Replace digital dictation with speech recognition inside the EPR letter templates.', dependsOn: ['EPR outpatients and PAS switch-off'], project: 'Speech recognition pilot', systems: [{ name: 'Digital dictation', change: 'replace', by: 'Speech recognition' }] },
      { title: 'Chemotherapy day unit scheduling', owner: 'Chemotherapy Day Unit Manager', start: '2027-04', end: '2027-12', status: 'planned', horizon: 'next', cost: 140_000, benefit: 'Chair bookings follow prescriptions without re-keying.', summary: 'Chair bookings move from the shared spreadsheet into the e-prescribing system.', dependsOn: ['EPR outpatients and PAS switch-off'], systems: [{ name: 'Chemotherapy day unit scheduling spreadsheet', change: 'retire' }, { name: 'Chemotherapy e-prescribing', change: 'improve' }] },
      { title: 'Acute oncology triage in the EPR', owner: 'Acute Oncology Lead Nurse', start: '2028-01', end: '2028-09', status: 'proposed', horizon: 'later', cost: 90_000, benefit: 'Triage notes written once and seen by the whole team.', summary: 'The Access triage tool is replaced by an EPR form.', dependsOn: ['EPR outpatients and PAS switch-off', 'Single sign-on for clinical systems'], systems: [{ name: 'Acute oncology triage tool', change: 'replace', by: 'Electronic Patient Record' }] },
    ],
  },
  {
    name: 'Diagnostics network',
    summary: 'Imaging and pathology systems shared with the network, with results where clinicians need them.',
    initiatives: [
      { title: 'Radiology information system replacement', owner: 'Imaging Services Manager', start: '2026-01', end: '2026-12', status: 'in_progress', horizon: 'now', cost: 650_000, benefit: 'Reporting turnaround within the national standard.', summary: 'A new RIS bought jointly with the imaging network.', project: 'Radiology information system replacement', systems: [{ name: 'Radiology information system', change: 'replace' }] },
      { title: 'Pathology network LIMS', owner: 'Clinical Director of Pathology', start: '2026-10', end: '2028-03', status: 'planned', horizon: 'next', cost: 900_000, benefit: 'One laboratory system across the network; results in the EPR.', summary: 'The laboratory system shared across the pathology network.', dependsOn: ['Radiology information system replacement'], project: 'Pathology network LIMS', systems: [{ name: 'Pathology laboratory information system', change: 'replace' }] },
      { title: 'Digital pathology reporting at scale', owner: 'Clinical Director of Pathology', start: '2028-04', end: '2029-03', status: 'proposed', horizon: 'later', cost: 400_000, benefit: 'Slides reported from any site.', summary: 'Digital slides for all histopathology reporting.', dependsOn: ['Pathology network LIMS'], systems: [{ name: 'Digital pathology viewer', change: 'improve' }] },
      { title: 'Imaging decision support pilot', owner: 'Imaging Services Manager', start: '2027-07', end: '2028-03', status: 'proposed', horizon: 'later', cost: 120_000, benefit: 'Urgent findings flagged to radiologists sooner.', summary: 'A supervised pilot of AI triage on chest imaging.', dependsOn: ['Radiology information system replacement'] },
    ],
  },
  {
    name: 'Patients and staff online',
    summary: 'Patients see their care online; staff sign in once and spend less time on systems.',
    initiatives: [
      { title: 'Patient portal for every cancer pathway', owner: 'Director of Patient Experience', start: '2026-01', end: '2026-09', status: 'in_progress', horizon: 'now', cost: 160_000, benefit: 'Fewer missed appointments and letters.', summary: 'Letters and appointments online for every cancer pathway.', project: 'Patient portal roll-out', systems: [{ name: 'Patient portal', change: 'improve' }] },
      { title: 'Single sign-on for clinical systems', owner: 'Head of Digital Applications', start: '2026-07', end: '2027-06', status: 'planned', horizon: 'now', cost: 220_000, benefit: 'Minutes saved at every log-in on shared ward computers.', summary: 'Tap-in single sign-on across the EPR and the most used clinical systems.' },
      { title: 'Rostering and observations joined up', owner: 'Chief Nurse', start: '2027-07', end: '2028-03', status: 'planned', horizon: 'next', cost: 75_000, benefit: 'Safe staffing decisions from acuity and rosters together.', summary: 'Connect nurse e-rostering with electronic observations.', dependsOn: ['Single sign-on for clinical systems'], systems: [{ name: 'Nurse e-rostering', change: 'integrate' }, { name: 'Electronic observations', change: 'integrate' }] },
      { title: 'Remote monitoring with patient-reported outcomes', owner: 'Head of Cancer Nursing', start: '2028-04', end: '2029-06', status: 'proposed', horizon: 'later', cost: 260_000, benefit: 'Side effects picked up at home before an admission.', summary: 'Patients report symptoms from home; the team sees them in the EPR.', dependsOn: ['Patient portal for every cancer pathway', 'EPR outpatients and PAS switch-off'], systems: [{ name: 'Electronic patient-reported outcomes', change: 'improve' }] },
    ],
  },
];

const monthOf = (value: string) => `${value}-01`;

/**
 * The demo trust's roadmap: three programmes under the first three priorities given, twelve
 * initiatives across 2026–2029 with ten dependencies (no loop), linked to the demo estate's
 * systems and projects where they exist. One initiative deliberately starts before what it depends
 * on ends, and one improves a system marked Migrate, so both flags show. Does nothing when the
 * strategy already has programmes, or when fewer than three priorities are given.
 */
export async function seedRoadmapDemo(tx: Db, organisationId: string, strategyId: string, priorityIdsByTitle: Record<string, string>): Promise<void> {
  const priorityIds = Object.values(priorityIdsByTitle).slice(0, 3);
  if (priorityIds.length < 3) return;
  const [existing] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.strategyId, strategyId)).limit(1);
  if (existing) return;
  const systemNames = DEMO_PROGRAMMES.flatMap((p) => p.initiatives.flatMap((i) => (i.systems ?? []).flatMap((s) => [s.name, ...(s.by ? [s.by] : [])])));
  const projectNames = DEMO_PROGRAMMES.flatMap((p) => p.initiatives.flatMap((i) => (i.project ? [i.project] : [])));
  const systemId = new Map((await tx.select({ id: systems.id, name: systems.name }).from(systems).where(and(eq(systems.organisationId, organisationId), inArray(systems.name, systemNames)))).map((s) => [s.name, s.id]));
  const projectId = new Map((await tx.select({ id: projects.id, name: projects.name }).from(projects).where(and(eq(projects.organisationId, organisationId), inArray(projects.name, projectNames)))).map((p) => [p.name, p.id]));
  const initiativeId = new Map<string, string>();
  const positions: Record<Horizon, number> = { now: 0, next: 0, later: 0 };
  for (const [index, demo] of DEMO_PROGRAMMES.entries()) {
    const [programme] = await tx.insert(programmes).values({ organisationId, strategyId, priorityId: priorityIds[index]!, name: demo.name, summary: demo.summary, position: index }).returning();
    for (const item of demo.initiatives) {
      const [row] = await tx
        .insert(initiatives)
        .values({
          organisationId, strategyId, programmeId: programme!.id, title: item.title, summary: item.summary, owner: item.owner,
          startMonth: monthOf(item.start), endMonth: monthOf(item.end), status: item.status, horizon: item.horizon,
          estimatedCost: item.cost, benefit: item.benefit, position: positions[item.horizon]++,
        })
        .returning();
      initiativeId.set(item.title, row!.id);
      const links = (item.systems ?? []).filter((s) => systemId.has(s.name));
      if (links.length > 0) {
        await tx.insert(initiativeSystems).values(links.map((s) => ({ initiativeId: row!.id, systemId: systemId.get(s.name)!, change: s.change, replacedBySystemId: s.by ? (systemId.get(s.by) ?? null) : null })));
      }
      if (item.project && projectId.has(item.project)) await tx.insert(initiativeProjects).values({ initiativeId: row!.id, projectId: projectId.get(item.project)! });
    }
  }
  const edges = DEMO_PROGRAMMES.flatMap((p) => p.initiatives.flatMap((i) => (i.dependsOn ?? []).map((on) => ({ initiativeId: initiativeId.get(i.title)!, dependsOnId: initiativeId.get(on)!, strategyId }))));
  await tx.insert(initiativeDependencies).values(edges);
}

/** For the demo's own test: every dependency names an initiative of the demo. */
export const DEMO_ROADMAP = DEMO_PROGRAMMES;
