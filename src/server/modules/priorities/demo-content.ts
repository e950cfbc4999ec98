/**
 * The demo trust's five priority themes: a specialist cancer centre answering what its staff
 * said. Insights are named by their statements in the demo's Define content; measures by their
 * What Good Looks Like names; systems by their names in the demo register.
 */
export interface DemoPriority {
  title: string;
  summary: string;
  ambition: string;
  sponsor: string;
  lead: string;
  insights: string[];
  targets: { measure: string; level: number }[];
  systems: string[];
  /** Scores by criterion name, 1–5. */
  scores: Record<string, number>;
}

export const DEMO_PRIORITIES: DemoPriority[] = [
  {
    title: 'Give clinicians time back',
    summary: 'One log-in, fewer clicks and a network that holds, so that time goes to patients rather than to systems.',
    ambition: 'By **March 2028** a clinician signs in once a shift and moves between the EPR, imaging and results without logging in again, and the Wi-Fi holds in every clinical area, including the satellite site.',
    sponsor: 'Medical Director',
    lead: 'Chief Clinical Information Officer',
    insights: [
      'Clinicians log in to too many systems, and it eats into time with patients',
      'The Wi-Fi fails where care happens: the day unit, clinic rooms and the satellite site',
      'Seeing results and imaging in one place saves clinicians time',
    ],
    targets: [{ measure: 'Ensure smart foundations', level: 4 }, { measure: 'Safe practice', level: 4 }],
    systems: ['Electronic Patient Record', 'PACS', 'Digital dictation'],
    scores: { 'Benefit to patients': 4, 'Benefit to staff': 5, 'Strategic fit': 5, Readiness: 4, Cost: 3, Risk: 2 },
  },
  {
    title: 'One patient record',
    summary: 'Details typed once and seen everywhere: the paper fallback and the spreadsheets retired as the EPR takes over.',
    ambition: 'Patient details are entered once and flow to every system that needs them. The legacy PAS, the day-unit spreadsheet and the triage database are retired, and paper is kept for downtime only.',
    sponsor: 'Chief Operating Officer',
    lead: 'Head of Digital Delivery',
    insights: [
      'Staff type the same patient details into several systems',
      'Paper is still the fallback for much of the day',
      'Electronic prescribing is trusted because it catches errors',
    ],
    targets: [{ measure: 'Improve care', level: 4 }, { measure: 'Safe practice', level: 5 }],
    systems: ['Legacy Patient Administration System', 'Chemotherapy day unit scheduling spreadsheet', 'Acute oncology triage tool', 'Chemotherapy e-prescribing'],
    scores: { 'Benefit to patients': 5, 'Benefit to staff': 4, 'Strategic fit': 5, Readiness: 3, Cost: 5, Risk: 4 },
  },
  {
    title: 'Digital skills and support for every member of staff',
    summary: 'Training that fits around shifts, access on day one, and staff involved before a system goes live.',
    ambition: 'Every new starter, student and bank colleague has working access on their first shift; training is short, on the ward and at night as well as by day; and each go-live has staff testers from the areas it changes.',
    sponsor: 'Chief People Officer',
    lead: 'Digital Learning Lead',
    insights: [
      'Training does not fit around shifts, so people learn from whoever is on',
      'Students and bank staff wait too long for access',
      'Staff were not involved before the last systems went live',
    ],
    targets: [{ measure: 'Support workforce', level: 4 }],
    systems: [],
    scores: { 'Benefit to patients': 3, 'Benefit to staff': 5, 'Strategic fit': 4, Readiness: 5, Cost: 2, Risk: 1 },
  },
  {
    title: 'Patients as partners in their care',
    summary: 'Letters, appointments and symptom reporting in patients’ own hands, with video where it saves a journey.',
    ambition: 'Patients see their letters and appointments in the portal, report symptoms between cycles from home, and choose a video appointment where an examination is not needed.',
    sponsor: 'Director of Patient Experience',
    lead: 'Outpatient Transformation Lead',
    insights: [
      'Patients ask to see their letters and appointments themselves',
      'Virtual clinics and Teams have made cross-site working easier',
    ],
    targets: [{ measure: 'Empower people', level: 4 }],
    systems: ['Patient portal', 'Video consultations', 'Electronic patient-reported outcomes'],
    scores: { 'Benefit to patients': 5, 'Benefit to staff': 2, 'Strategic fit': 4, Readiness: 3, Cost: 3, Risk: 3 },
  },
  {
    title: 'Data we can act on',
    summary: 'Capacity, performance and cancer waiting-time figures that leaders trust and teams can see for themselves.',
    ambition: 'Divisional teams and the board read the same figures, refreshed daily, from one source: no more reconciling three spreadsheets before a performance meeting.',
    sponsor: 'Director of Finance',
    lead: 'Head of Business Intelligence',
    insights: ['Leaders want capacity and performance data they can trust'],
    targets: [{ measure: 'Well led', level: 4 }, { measure: 'Healthy populations', level: 3 }],
    systems: ['Cancer waiting times tracker', 'Cancer data submission tool'],
    scores: { 'Benefit to patients': 3, 'Benefit to staff': 3, 'Strategic fit': 4, Readiness: 2, Cost: 3, Risk: 3 },
  },
];
