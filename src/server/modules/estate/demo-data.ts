import type { Criticality, Hosting, InterfaceType, Lifecycle, ProjectStatus } from '../../../shared/contracts/estate.js';

/**
 * The demo trust's estate: a specialist cancer centre's systems as its architects might list them.
 * Suppliers are invented names (or the national services the NHS provides), so nothing here claims
 * anything about a real company. Contract ends are months from the day the demo is seeded, so the
 * warnings and the contract timeline always have something to show.
 */
export interface DemoSystem {
  name: string;
  supplier: string;
  product?: string;
  capability: string;
  owner: string | null;
  tech: string | null;
  users: number;
  hosting: Hosting | null;
  /** Contract end, in months from the seeding day (negative: already ended). */
  endsIn: number | null;
  cost: number | null;
  lifecycle: Lifecycle;
  criticality: Criticality;
  pid: boolean;
  fit: [number, number] | null;
  /** Divisions using it, by initial (see DIVISION_BY_CODE); none means trust-wide. */
  units?: string;
  /** Linked through the integration engine: 'in' receives ADT, 'both' also sends results or events back. */
  engine?: 'in' | 'both';
  /** Signs in through the trust's single sign-on. */
  sso?: boolean;
  replacedBy?: string;
  tags?: string[];
  notes?: string;
  retired?: boolean;
}

export const DIVISION_BY_CODE: Record<string, string> = {
  R: 'Radiotherapy & Imaging',
  C: 'Chemotherapy & Haemato-oncology',
  S: 'Surgery & Critical Care',
  P: 'Clinical Support Services',
  X: 'Corporate Services',
  I: 'Research & Innovation',
};

const CIO = 'Chief Information Officer';
const CCIO = 'Chief Clinical Information Officer';
const IT = 'Head of IT Infrastructure';
const APPS = 'Head of Clinical Applications';

export const DEMO_SYSTEMS: DemoSystem[] = [
  { name: 'Electronic Patient Record', supplier: 'Meridian Health Systems', product: 'Meridian EPR', capability: 'Electronic patient record', owner: CCIO, tech: APPS, users: 1800, hosting: 'cloud', endsIn: 44, cost: 1_450_000, lifecycle: 'active', criticality: 'critical', pid: true, fit: [3, 3], engine: 'both', sso: true, tags: ['core'] },
  { name: 'Legacy Patient Administration System', supplier: 'Castlegate Software', product: 'Castlegate PAS', capability: 'Patient administration', owner: 'Chief Operating Officer', tech: APPS, users: 420, hosting: 'on_premises', endsIn: 5, cost: 310_000, lifecycle: 'phase_out', criticality: 'critical', pid: true, fit: [1, 2], engine: 'both', replacedBy: 'Electronic Patient Record', notes: 'Out of extended support after the contract ends; EPR phase 2 takes over outpatients.' },
  { name: 'Chemotherapy e-prescribing', supplier: 'Oncora Systems', product: 'ChemoScribe', capability: 'Chemotherapy prescribing', owner: 'Chief Pharmacist', tech: APPS, users: 260, hosting: 'on_premises', endsIn: 9, cost: 145_000, lifecycle: 'active', criticality: 'critical', pid: true, fit: [2, 4], units: 'C', engine: 'both', sso: true, notes: 'Clinicians like the regimen library; the server platform is out of support.' },
  { name: 'Radiotherapy treatment planning', supplier: 'Radiant Oncology Software', product: 'Radiant Plan', capability: 'Radiotherapy planning', owner: 'Head of Radiotherapy Physics', tech: 'Radiotherapy IT Manager', users: 85, hosting: 'on_premises', endsIn: 30, cost: 380_000, lifecycle: 'active', criticality: 'critical', pid: true, fit: [4, 4], units: 'R' },
  { name: 'Oncology information system (record and verify)', supplier: 'Radiant Oncology Software', product: 'Radiant OIS', capability: 'Radiotherapy delivery', owner: 'Radiotherapy Services Manager', tech: 'Radiotherapy IT Manager', users: 240, hosting: 'on_premises', endsIn: 30, cost: 420_000, lifecycle: 'active', criticality: 'critical', pid: true, fit: [3, 3], units: 'R', engine: 'both' },
  { name: 'Linac quality assurance', supplier: 'QualiBeam', capability: 'Radiotherapy physics', owner: 'Head of Radiotherapy Physics', tech: 'Radiotherapy IT Manager', users: 40, hosting: 'on_premises', endsIn: 20, cost: 38_000, lifecycle: 'active', criticality: 'high', pid: false, fit: [3, 2], units: 'R' },
  { name: 'PACS', supplier: 'ClearView Imaging', product: 'ClearView PACS', capability: 'Imaging', owner: 'Imaging Services Manager', tech: 'PACS Manager', users: 900, hosting: 'cloud', endsIn: 26, cost: 520_000, lifecycle: 'active', criticality: 'critical', pid: true, fit: [3, 4], units: 'R', engine: 'in', sso: true },
  { name: 'Radiology information system', supplier: 'ClearView Imaging', product: 'ClearView RIS', capability: 'Imaging', owner: 'Imaging Services Manager', tech: 'PACS Manager', users: 300, hosting: 'on_premises', endsIn: 11, cost: 160_000, lifecycle: 'phase_out', criticality: 'high', pid: true, fit: [2, 2], units: 'R', engine: 'both' },
  { name: 'Vendor neutral archive', supplier: 'Archivum Health', capability: 'Imaging', owner: 'Imaging Services Manager', tech: 'PACS Manager', users: 10, hosting: 'cloud', endsIn: 50, cost: 190_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [4, 3], units: 'R' },
  { name: 'Nuclear medicine workstation', supplier: 'IsoView', capability: 'Nuclear medicine', owner: 'Nuclear Medicine Lead', tech: 'PACS Manager', users: 25, hosting: 'on_premises', endsIn: 15, cost: 42_000, lifecycle: 'active', criticality: 'medium', pid: true, fit: [2, 3], units: 'R' },
  { name: 'Clinical photography archive', supplier: 'In-house', capability: 'Medical photography', owner: null, tech: null, users: 30, hosting: null, endsIn: null, cost: null, lifecycle: 'active', criticality: 'medium', pid: true, fit: [2, 2], notes: 'Grown on a shared drive; nobody has signed up as its owner.' },
  { name: 'Pathology laboratory information system', supplier: 'Labline', product: 'Labline LIMS', capability: 'Pathology', owner: 'Pathology Services Manager', tech: 'Pathology IT Lead', users: 210, hosting: 'on_premises', endsIn: -2, cost: 275_000, lifecycle: 'phase_out', criticality: 'critical', pid: true, fit: [2, 2], units: 'P', engine: 'both', notes: 'Running on a rolling extension while the network procurement completes.' },
  { name: 'Digital pathology viewer', supplier: 'SlideScope', capability: 'Pathology', owner: 'Clinical Director of Pathology', tech: 'Pathology IT Lead', users: 35, hosting: 'cloud', endsIn: 34, cost: 95_000, lifecycle: 'phase_in', criticality: 'medium', pid: true, fit: [4, 3], units: 'P' },
  { name: 'Blood transfusion tracking', supplier: 'Haemotrack', capability: 'Pathology', owner: 'Transfusion Lead', tech: 'Pathology IT Lead', users: 400, hosting: 'on_premises', endsIn: 18, cost: 48_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [3, 2], units: 'PC', engine: 'in' },
  { name: 'Cancer MDT system', supplier: 'Tumourboard Ltd', capability: 'Cancer MDT', owner: 'Cancer Services Manager', tech: APPS, users: 350, hosting: 'saas', endsIn: 7, cost: 65_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [2, 3], engine: 'in', sso: true },
  { name: 'Cancer waiting times tracker', supplier: 'In-house', capability: 'Cancer pathways', owner: 'Head of Cancer Performance', tech: 'Head of Business Intelligence', users: 60, hosting: 'on_premises', endsIn: null, cost: 0, lifecycle: 'active', criticality: 'high', pid: true, fit: [2, 4], engine: 'in' },
  { name: 'Acute oncology triage tool', supplier: 'In-house', capability: 'Cancer pathways', owner: 'Acute Oncology Lead Nurse', tech: APPS, users: 90, hosting: 'on_premises', endsIn: null, cost: 0, lifecycle: 'active', criticality: 'high', pid: true, fit: [1, 3], units: 'C', notes: 'An Access database; triage notes are typed again into the EPR.' },
  { name: 'Cancer data submission tool', supplier: 'Registry Data Services', capability: 'Cancer data', owner: 'Cancer Data Manager', tech: 'Head of Business Intelligence', users: 12, hosting: 'saas', endsIn: 22, cost: 18_000, lifecycle: 'active', criticality: 'medium', pid: true, fit: [3, 3] },
  { name: 'Chemotherapy day unit scheduling spreadsheet', supplier: 'In-house', capability: 'Chemotherapy scheduling', owner: 'Chemotherapy Day Unit Manager', tech: null, users: 25, hosting: 'on_premises', endsIn: null, cost: 0, lifecycle: 'active', criticality: 'medium', pid: true, fit: [1, 1], units: 'C', notes: 'Chair bookings live in a shared spreadsheet; appointments are re-keyed from the e-prescribing system.' },
  { name: 'Clinical trials management system', supplier: 'TrialPoint', capability: 'Research', owner: 'Director of Research', tech: 'Research Systems Manager', users: 150, hosting: 'saas', endsIn: 28, cost: 88_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [3, 3], units: 'I', engine: 'in', sso: true },
  { name: 'Research electronic data capture', supplier: 'TrialPoint', product: 'TrialPoint eCRF', capability: 'Research', owner: 'Director of Research', tech: 'Research Systems Manager', users: 120, hosting: 'saas', endsIn: 28, cost: 40_000, lifecycle: 'active', criticality: 'medium', pid: true, fit: [3, 2], units: 'I' },
  { name: 'Digital dictation', supplier: 'VoxScribe', capability: 'Clinical correspondence', owner: 'Head of Medical Secretaries', tech: APPS, users: 380, hosting: 'on_premises', endsIn: 8, cost: 72_000, lifecycle: 'active', criticality: 'medium', pid: true, fit: [1, 2], engine: 'both' },
  { name: 'Speech recognition', supplier: 'Parlance Health', capability: 'Clinical correspondence', owner: CCIO, tech: APPS, users: 120, hosting: 'saas', endsIn: 36, cost: 55_000, lifecycle: 'phase_in', criticality: 'medium', pid: true, fit: [4, 3], sso: true },
  { name: 'NHS e-Referral Service', supplier: 'NHS England (national service)', capability: 'Referrals', owner: 'Head of Patient Access', tech: APPS, users: 80, hosting: 'saas', endsIn: null, cost: 0, lifecycle: 'active', criticality: 'high', pid: true, fit: [3, 3], engine: 'both' },
  { name: 'Tertiary referral inbox', supplier: 'In-house', capability: 'Referrals', owner: 'Head of Patient Access', tech: APPS, users: 45, hosting: 'on_premises', endsIn: null, cost: 0, lifecycle: 'phase_out', criticality: 'medium', pid: true, fit: [1, 2], replacedBy: 'NHS e-Referral Service', notes: 'Referrals from other hospitals arrive as emailed PDFs and are typed into the PAS.' },
  { name: 'Patient portal', supplier: 'OpenDoor Health', capability: 'Patient engagement', owner: 'Director of Patient Experience', tech: APPS, users: 14000, hosting: 'saas', endsIn: 32, cost: 120_000, lifecycle: 'phase_in', criticality: 'medium', pid: true, fit: [4, 3] },
  { name: 'Appointment reminders', supplier: 'TextWell', capability: 'Patient engagement', owner: 'Head of Patient Access', tech: APPS, users: 20, hosting: 'saas', endsIn: 4, cost: 26_000, lifecycle: 'active', criticality: 'low', pid: true, fit: [3, 3], engine: 'in' },
  { name: 'Video consultations', supplier: 'ClinicLink', capability: 'Patient engagement', owner: 'Outpatient Transformation Lead', tech: APPS, users: 300, hosting: 'saas', endsIn: 10, cost: 30_000, lifecycle: 'active', criticality: 'medium', pid: true, fit: [3, 2], sso: true },
  { name: 'Electronic patient-reported outcomes', supplier: 'OutcomeNet', capability: 'Patient engagement', owner: 'Head of Cancer Nursing', tech: APPS, users: 3500, hosting: 'saas', endsIn: 19, cost: 35_000, lifecycle: 'active', criticality: 'medium', pid: true, fit: [3, 2] },
  { name: 'Pharmacy stock control', supplier: 'DispensaSoft', capability: 'Medicines management', owner: 'Chief Pharmacist', tech: APPS, users: 70, hosting: 'on_premises', endsIn: 7, cost: 58_000, lifecycle: 'active', criticality: 'high', pid: false, fit: [2, 2], units: 'P' },
  { name: 'Aseptic compounding system', supplier: 'Cleanroom Pharma Systems', capability: 'Medicines management', owner: 'Aseptic Services Manager', tech: APPS, users: 40, hosting: 'on_premises', endsIn: 24, cost: 47_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [3, 3], units: 'P', engine: 'in' },
  { name: 'Theatre management', supplier: 'OpTrack', capability: 'Theatres', owner: 'Theatres Manager', tech: APPS, users: 160, hosting: 'on_premises', endsIn: 14, cost: 62_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [2, 3], units: 'S', engine: 'both' },
  { name: 'Anaesthetic record', supplier: 'Meridian Health Systems', product: 'Meridian EPR anaesthesia module', capability: 'Theatres', owner: 'Clinical Director of Anaesthesia', tech: APPS, users: 60, hosting: 'cloud', endsIn: null, cost: null, lifecycle: 'plan', criticality: 'high', pid: true, fit: null, units: 'S' },
  { name: 'Bed management', supplier: 'FlowBoard', capability: 'Patient flow', owner: 'Director of Operations', tech: APPS, users: 250, hosting: 'saas', endsIn: 21, cost: 54_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [3, 3], engine: 'in', sso: true },
  { name: 'Critical care information system', supplier: 'IntensiView', capability: 'Critical care', owner: 'Clinical Director of Critical Care', tech: APPS, users: 140, hosting: 'on_premises', endsIn: 38, cost: 98_000, lifecycle: 'active', criticality: 'critical', pid: true, fit: [3, 4], units: 'S', engine: 'both' },
  { name: 'Electronic observations', supplier: 'VitalWatch', capability: 'Nursing', owner: 'Chief Nurse', tech: APPS, users: 900, hosting: 'cloud', endsIn: 16, cost: 84_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [3, 3], engine: 'both', sso: true },
  { name: 'Nurse e-rostering', supplier: 'RotaWise', capability: 'Workforce', owner: 'Chief Nurse', tech: 'Workforce Systems Manager', users: 1100, hosting: 'saas', endsIn: 12, cost: 76_000, lifecycle: 'active', criticality: 'medium', pid: false, fit: [4, 3], sso: true },
  { name: 'Medical rostering and job planning', supplier: 'DocRota', capability: 'Workforce', owner: 'Medical Director', tech: 'Workforce Systems Manager', users: 260, hosting: 'saas', endsIn: 23, cost: 41_000, lifecycle: 'active', criticality: 'medium', pid: false, fit: [3, 2] },
  { name: 'Electronic Staff Record', supplier: 'NHS Business Services Authority (national service)', capability: 'Workforce', owner: 'Director of People', tech: 'Workforce Systems Manager', users: 1900, hosting: 'saas', endsIn: null, cost: 0, lifecycle: 'active', criticality: 'high', pid: false, fit: [2, 3] },
  { name: 'Learning management system', supplier: 'SkillUp Learning', capability: 'Workforce', owner: 'Head of Learning and Development', tech: 'Workforce Systems Manager', users: 1900, hosting: 'saas', endsIn: 6, cost: 22_000, lifecycle: 'active', criticality: 'low', pid: false, fit: [3, 2], sso: true },
  { name: 'Microsoft 365', supplier: 'Microsoft (NHS national agreement)', capability: 'Productivity and collaboration', owner: CIO, tech: IT, users: 1900, hosting: 'saas', endsIn: 29, cost: 410_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [4, 4], tags: ['core'] },
  { name: 'Staff intranet', supplier: 'In-house', capability: 'Productivity and collaboration', owner: 'Head of Communications', tech: IT, users: 1900, hosting: 'on_premises', endsIn: null, cost: 0, lifecycle: 'end_of_life', criticality: 'low', pid: false, fit: [1, 2], replacedBy: 'Microsoft 365' },
  { name: 'Integration engine', supplier: 'Conduit Integration', product: 'Conduit Engine', capability: 'Integration', owner: CIO, tech: 'Integration Team Lead', users: 6, hosting: 'on_premises', endsIn: 10, cost: 92_000, lifecycle: 'active', criticality: 'critical', pid: true, fit: [3, 3], tags: ['core'], notes: 'Every HL7 v2 feed passes through it.' },
  { name: 'Single sign-on and identity', supplier: 'KeyPass Identity', capability: 'Identity and access', owner: CIO, tech: IT, users: 1900, hosting: 'cloud', endsIn: 17, cost: 68_000, lifecycle: 'active', criticality: 'critical', pid: false, fit: [3, 3], tags: ['core', 'cyber'] },
  { name: 'Care Identity Service smartcards', supplier: 'NHS England (national service)', capability: 'Identity and access', owner: 'Registration Authority Manager', tech: IT, users: 1400, hosting: 'saas', endsIn: null, cost: 0, lifecycle: 'active', criticality: 'high', pid: false, fit: [3, 3] },
  { name: 'Spine demographics service', supplier: 'Conduit Integration', capability: 'Integration', owner: APPS, tech: 'Integration Team Lead', users: 0, hosting: 'on_premises', endsIn: 10, cost: 15_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [3, 3] },
  { name: 'Document management and scanning', supplier: 'PaperLess Health', capability: 'Health records', owner: 'Head of Health Records', tech: APPS, users: 600, hosting: 'on_premises', endsIn: 13, cost: 110_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [2, 2], engine: 'in' },
  { name: 'Case-note tracking', supplier: 'In-house', capability: 'Health records', owner: 'Head of Health Records', tech: APPS, users: 80, hosting: 'on_premises', endsIn: null, cost: 0, lifecycle: 'end_of_life', criticality: 'medium', pid: true, fit: [1, 1] },
  { name: 'Clinical coding encoder', supplier: 'CodeRight', capability: 'Clinical coding', owner: 'Head of Clinical Coding', tech: APPS, users: 18, hosting: 'saas', endsIn: 3, cost: 21_000, lifecycle: 'active', criticality: 'medium', pid: true, fit: [3, 3] },
  { name: 'Data warehouse', supplier: 'In-house', capability: 'Business intelligence', owner: 'Head of Business Intelligence', tech: 'Head of Business Intelligence', users: 25, hosting: 'on_premises', endsIn: null, cost: 0, lifecycle: 'active', criticality: 'high', pid: true, fit: [2, 3], engine: 'in' },
  { name: 'Performance dashboards', supplier: 'Microsoft (NHS national agreement)', product: 'Power BI', capability: 'Business intelligence', owner: 'Director of Performance', tech: 'Head of Business Intelligence', users: 450, hosting: 'saas', endsIn: 29, cost: 24_000, lifecycle: 'active', criticality: 'medium', pid: false, fit: [4, 3], sso: true },
  { name: 'Finance ledger', supplier: 'LedgerCloud', capability: 'Finance', owner: 'Director of Finance', tech: 'Finance Systems Manager', users: 120, hosting: 'saas', endsIn: 40, cost: 130_000, lifecycle: 'active', criticality: 'high', pid: false, fit: [4, 3], units: 'X' },
  { name: 'Purchase-to-pay', supplier: 'LedgerCloud', capability: 'Finance', owner: 'Head of Procurement', tech: 'Finance Systems Manager', users: 300, hosting: 'saas', endsIn: 40, cost: 45_000, lifecycle: 'active', criticality: 'medium', pid: false, fit: [3, 2], units: 'X' },
  { name: 'Incident reporting', supplier: 'SafeReport', capability: 'Quality and safety', owner: 'Director of Quality', tech: APPS, users: 1900, hosting: 'saas', endsIn: 9, cost: 39_000, lifecycle: 'active', criticality: 'high', pid: true, fit: [3, 2], sso: true },
  { name: 'Complaints and PALS', supplier: 'SafeReport', capability: 'Quality and safety', owner: 'Head of Patient Experience', tech: APPS, users: 20, hosting: 'saas', endsIn: 9, cost: 12_000, lifecycle: 'active', criticality: 'low', pid: true, fit: [3, 2] },
  { name: 'IT service desk', supplier: 'ServiceFlow', capability: 'IT operations', owner: IT, tech: IT, users: 60, hosting: 'saas', endsIn: 25, cost: 36_000, lifecycle: 'active', criticality: 'medium', pid: false, fit: [4, 4], sso: true },
  { name: 'Endpoint management', supplier: 'Microsoft (NHS national agreement)', product: 'Intune', capability: 'IT operations', owner: IT, tech: IT, users: 1900, hosting: 'saas', endsIn: 29, cost: 0, lifecycle: 'active', criticality: 'high', pid: false, fit: [4, 3], tags: ['cyber'] },
  { name: 'Backup and recovery', supplier: 'VaultSafe', capability: 'IT operations', owner: IT, tech: IT, users: 4, hosting: 'on_premises', endsIn: 2, cost: 64_000, lifecycle: 'active', criticality: 'critical', pid: true, fit: [2, 3], tags: ['cyber'] },
  { name: 'Genomic test ordering', supplier: 'NHS Genomic Medicine Service (national service)', capability: 'Genomics', owner: 'Clinical Director of Pathology', tech: 'Pathology IT Lead', users: 70, hosting: 'saas', endsIn: null, cost: 0, lifecycle: 'phase_in', criticality: 'medium', pid: true, fit: [3, 3], units: 'PC' },
  { name: 'Estates helpdesk', supplier: 'FacilityDesk', capability: 'Estates and facilities', owner: 'Director of Estates', tech: IT, users: 150, hosting: 'saas', endsIn: 8, cost: 14_000, lifecycle: 'active', criticality: 'low', pid: false, fit: [3, 3], units: 'X' },
  { name: 'Car parking permits', supplier: 'ParkRight', capability: 'Estates and facilities', owner: 'Director of Estates', tech: IT, users: 1900, hosting: 'saas', endsIn: 20, cost: 9_000, lifecycle: 'active', criticality: 'low', pid: false, fit: [3, 2], units: 'X' },
  { name: 'Old oncology database', supplier: 'In-house', capability: 'Cancer pathways', owner: 'Cancer Services Manager', tech: APPS, users: 0, hosting: 'on_premises', endsIn: null, cost: 0, lifecycle: 'end_of_life', criticality: 'low', pid: true, fit: [1, 1], retired: true, notes: 'Read-only archive switched off once the MDT system went live.' },
];

/** Links beyond the generated engine and single sign-on ones: images, direct feeds and re-keying pain points. */
export const DEMO_LINKS: [source: string, target: string, type: InterfaceType, notes?: string][] = [
  ['PACS', 'Vendor neutral archive', 'dicom'],
  ['Radiology information system', 'PACS', 'dicom', 'Modality worklists'],
  ['Nuclear medicine workstation', 'PACS', 'dicom'],
  ['PACS', 'Radiotherapy treatment planning', 'dicom', 'Planning CT and MR images'],
  ['Radiotherapy treatment planning', 'Oncology information system (record and verify)', 'dicom', 'Approved plans (DICOM RT)'],
  ['Oncology information system (record and verify)', 'Linac quality assurance', 'dicom'],
  ['Clinical photography archive', 'Vendor neutral archive', 'dicom'],
  ['Digital pathology viewer', 'Vendor neutral archive', 'dicom', 'Whole-slide images'],
  ['Pathology laboratory information system', 'Digital pathology viewer', 'hl7v2'],
  ['Electronic Patient Record', 'Patient portal', 'fhir', 'Appointments, letters and results'],
  ['Patient portal', 'Electronic Patient Record', 'fhir', 'Questionnaires completed before clinic'],
  ['Electronic patient-reported outcomes', 'Patient portal', 'fhir'],
  ['Electronic patient-reported outcomes', 'Electronic Patient Record', 'manual_rekeying', 'Nurses copy toxicity scores into the record'],
  ['Spine demographics service', 'Integration engine', 'hl7v2', 'Demographics from the national Spine'],
  ['Electronic Patient Record', 'Spine demographics service', 'api'],
  ['Chemotherapy e-prescribing', 'Pharmacy stock control', 'manual_rekeying', 'Dispensed doses typed into stock control'],
  ['Chemotherapy e-prescribing', 'Chemotherapy day unit scheduling spreadsheet', 'manual_rekeying', 'Chair bookings copied by hand'],
  ['Chemotherapy e-prescribing', 'Aseptic compounding system', 'manual_rekeying', 'Worksheets printed and re-entered'],
  ['Cancer MDT system', 'Cancer data submission tool', 'manual_rekeying', 'Staging data re-keyed for national submissions'],
  ['Cancer MDT system', 'Cancer waiting times tracker', 'file_transfer', 'Nightly extract'],
  ['Acute oncology triage tool', 'Electronic Patient Record', 'manual_rekeying', 'Triage notes typed again'],
  ['Clinical trials management system', 'Research electronic data capture', 'manual_rekeying', 'Trial visits re-entered in each sponsor’s eCRF'],
  ['Tertiary referral inbox', 'Legacy Patient Administration System', 'manual_rekeying', 'Emailed referral PDFs typed in'],
  ['Electronic Staff Record', 'Nurse e-rostering', 'file_transfer', 'Monthly starters and leavers'],
  ['Electronic Staff Record', 'Medical rostering and job planning', 'file_transfer'],
  ['Electronic Staff Record', 'Learning management system', 'file_transfer'],
  ['Electronic Staff Record', 'Single sign-on and identity', 'api', 'Joiners, movers and leavers'],
  ['Nurse e-rostering', 'Finance ledger', 'file_transfer', 'Temporary staffing costs'],
  ['Purchase-to-pay', 'Finance ledger', 'api'],
  ['Pharmacy stock control', 'Purchase-to-pay', 'file_transfer'],
  ['Data warehouse', 'Performance dashboards', 'api'],
  ['Electronic Patient Record', 'Clinical coding encoder', 'api'],
  ['Clinical coding encoder', 'Data warehouse', 'file_transfer'],
  ['Cancer waiting times tracker', 'Performance dashboards', 'file_transfer'],
  ['Incident reporting', 'Data warehouse', 'file_transfer'],
  ['Genomic test ordering', 'Pathology laboratory information system', 'manual_rekeying', 'Results received as PDFs and filed by hand'],
  ['Speech recognition', 'Electronic Patient Record', 'api', 'Draft letters'],
  ['Document management and scanning', 'Electronic Patient Record', 'api', 'Scanned records viewer'],
  ['Backup and recovery', 'Electronic Patient Record', 'file_transfer', 'Nightly backup'],
];

export interface DemoProject {
  name: string;
  sponsor: string;
  status: ProjectStatus;
  /** Start and end, in months from the seeding day. */
  start: number;
  end: number;
  systems: string[];
  notes: string;
}

export const DEMO_PROJECTS: DemoProject[] = [
  { name: 'EPR phase 2: outpatients and retiring the PAS', sponsor: 'Chief Operating Officer', status: 'in_progress', start: -8, end: 6, systems: ['Electronic Patient Record', 'Legacy Patient Administration System', 'Document management and scanning'], notes: 'Moves outpatient booking into the EPR so the PAS can be switched off.' },
  { name: 'Radiology information system replacement', sponsor: 'Imaging Services Manager', status: 'in_progress', start: -3, end: 10, systems: ['Radiology information system', 'PACS'], notes: 'Joint procurement with the imaging network.' },
  { name: 'Pathology network LIMS', sponsor: 'Clinical Director of Pathology', status: 'proposed', start: 2, end: 26, systems: ['Pathology laboratory information system', 'Blood transfusion tracking'], notes: 'Shared laboratory system across the pathology network; business case in draft.' },
  { name: 'Patient portal roll-out', sponsor: 'Director of Patient Experience', status: 'in_progress', start: -5, end: 7, systems: ['Patient portal', 'Appointment reminders', 'Electronic patient-reported outcomes'], notes: 'Letters and appointments online for every cancer pathway.' },
  { name: 'Speech recognition pilot', sponsor: CCIO, status: 'on_hold', start: -6, end: 4, systems: ['Speech recognition'], notes: 'Paused until the EPR letter templates are agreed.' },
  { name: 'Intranet move to Microsoft 365', sponsor: 'Head of Communications', status: 'completed', start: -14, end: -2, systems: ['Staff intranet', 'Microsoft 365'], notes: 'Content moved; the old intranet is read-only.' },
];
