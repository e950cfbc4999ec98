import type { EvidenceSourceKey } from '../../../shared/contracts/evidence.js';

/**
 * What the demo's strategy team made of what they heard, written for Chorus. Searches use the
 * evidence library's own web-search syntax, so the links are what a person searching would find.
 */
export interface DemoTag {
  name: string;
  description: string;
  parent?: string;
  /** Applied to every item this search finds; a parent without one only groups its children. */
  search?: string;
}

export const DEMO_TAGS: DemoTag[] = [
  { name: 'Access and sign-in', description: 'Getting into systems: log-ins, passwords, smartcards, timeouts.' },
  { name: 'Too many log-ins', parent: 'Access and sign-in', description: 'Several systems, several passwords, every shift.', search: 'login or logins or password or passwords' },
  { name: 'Smartcards', parent: 'Access and sign-in', description: 'Smartcard readers and badges.', search: 'smartcard or smartcards or badge' },
  { name: 'Infrastructure', description: 'Networks, devices and the places care happens.' },
  { name: 'Wi-Fi and signal', parent: 'Infrastructure', description: 'Connection drops where care happens.', search: 'wifi or "wi-fi" or signal' },
  { name: 'Devices and hardware', parent: 'Infrastructure', description: 'Computers, laptops, tablets, printers.', search: 'computers or laptop or laptops or tablets or printer' },
  { name: 'Paper and double entry', description: 'The same thing written or typed more than once.', search: 'paper or twice or "three times" or post-its' },
  { name: 'Training and support', description: 'How people learn systems and get help.', search: 'training or e-learning or champion or "service desk"' },
  { name: 'Patients online', description: 'What patients could see or do themselves.', search: 'portal or app or "video appointments" or "symptom reporting"' },
];

export interface DemoInsight {
  statement: string;
  detail: string;
  status: 'draft' | 'agreed';
  search: string;
  sources?: EvidenceSourceKey[];
  /** How many of the matching items the team linked: the insights differ in strength on purpose. */
  take: number;
  comments?: { by: string; body: string }[];
}

const MEDICAL_DIRECTOR = 'leader@northbridge.example';
const CHIEF_NURSE = 'claire.ashby@northbridge.example';
const TEAM_NURSE = 'hannah.wells@northbridge.example';

export const DEMO_INSIGHTS: DemoInsight[] = [
  {
    statement: 'Clinicians log in to too many systems, and it eats into time with patients',
    detail: 'Heard in every staff group that answered, in both workshops on clinical areas and from the Medical Director. People share log-ins to save time, which they know is wrong.',
    status: 'agreed',
    search: 'login or logins or password or passwords or smartcard',
    take: 60,
    comments: [
      { by: MEDICAL_DIRECTOR, body: 'Matches what the consultants tell me. Single sign-on has been promised before; we need a date this time.' },
      { by: CHIEF_NURSE, body: 'The bank and agency nurses feel this most. Worth checking their experience separately.' },
    ],
  },
  {
    statement: 'The Wi-Fi fails where care happens: the day unit, clinic rooms and the satellite site',
    detail: 'When the connection drops, laptops on wheels freeze mid-round and staff go back to paper.',
    status: 'agreed',
    search: 'wifi or "wi-fi" or signal',
    take: 40,
    comments: [{ by: CHIEF_NURSE, body: 'Bays 4 to 6 on the day unit have been reported for over a year.' }],
  },
  {
    statement: 'Staff type the same patient details into several systems',
    detail: 'Observations go on paper, then the EPR, then the chemotherapy system; secretaries type details into the PAS, the letter and the MDT list.',
    status: 'agreed',
    search: 'twice or "three times" or "same patient details" or again',
    take: 30,
  },
  {
    statement: 'Paper is still the fallback for much of the day',
    detail: 'Regimen booklets, consent forms and post-it notes fill the gaps between systems.',
    status: 'draft',
    search: 'paper or print or post-its or posted',
    take: 30,
  },
  {
    statement: 'Training does not fit around shifts, so people learn from whoever is on',
    detail: 'Short videos, ward champions and protected time are asked for more than classroom courses.',
    status: 'agreed',
    search: 'training or e-learning or course or videos',
    take: 40,
    comments: [{ by: TEAM_NURSE, body: 'Night staff mention this far more than day staff. We could pilot night drop-ins.' }],
  },
  {
    statement: 'Seeing results and imaging in one place saves clinicians time',
    detail: 'Where it works, staff say it saves phone calls and half an hour a clinic.',
    status: 'draft',
    search: 'results or imaging',
    take: 20,
  },
  {
    statement: 'Patients ask to see their letters and appointments themselves',
    detail: 'Admin staff take calls from patients who cannot find their letters; staff want a portal.',
    status: 'draft',
    search: 'portal or letters or app',
    take: 18,
  },
  {
    statement: 'Virtual clinics and Teams have made cross-site working easier',
    detail: 'A strength to build on: MDTs across sites and video follow-ups for patients who live far away.',
    status: 'draft',
    search: 'teams or video or virtual',
    take: 14,
  },
  {
    statement: 'Electronic prescribing is trusted because it catches errors',
    detail: 'Staff describe dosing checks and allergy alerts that have caught mistakes.',
    status: 'draft',
    search: 'prescribing or allergy or dosing',
    take: 8,
  },
  {
    statement: 'Staff were not involved before the last systems went live',
    detail: 'Radiographers and secretaries both asked to be involved before the next purchase.',
    status: 'draft',
    search: 'asked or involve or "go-live"',
    take: 6,
  },
  {
    statement: 'Students and bank staff wait too long for access',
    detail: 'Students wait until the third week of placement for log-ins; bank staff get a log-in and no training.',
    status: 'draft',
    search: 'students or bank',
    take: 4,
  },
  {
    statement: 'Leaders want capacity and performance data they can trust',
    detail: 'Raised in the leader interviews and by the radiotherapy workshop (a dashboard of machine capacity).',
    status: 'draft',
    search: 'dashboard or data or capacity or reporting',
    sources: ['interview_note', 'interview_excerpt', 'sticky_note'],
    take: 4,
  },
];
