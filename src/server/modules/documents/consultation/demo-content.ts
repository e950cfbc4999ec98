import type { Handling, SupportKey } from '../../../../shared/contracts/consultation.js';

/*
 * What the demo trust's staff said about version 1 of the strategy document, and what the team
 * did with it. The foreword is the section most answered "Partly": it did not say when anything
 * would change, which is why version 2's foreword does.
 */

/** Where a comment is about: a model section's key, or the demo's free section by its title. */
export type DemoSection = 'foreword' | 'what-we-heard' | 'priorities' | 'roadmap' | 'partnership' | 'keep-listening';
type PlanSection = DemoSection | 'mission' | 'where-we-are' | 'governance';
export const KEEP_LISTENING_TITLE = 'How we will keep listening';

export type GroupKey = 'nursing' | 'ahp' | 'admin' | 'medical' | 'none';
/** Who answered, by ESR staff group (minimum group size 10, so the doctors are hidden). */
export const DEMO_RESPONDENTS: Record<GroupKey, { group: string | null; count: number }> = {
  nursing: { group: 'Nursing and Midwifery Registered', count: 24 },
  ahp: { group: 'Allied Health Professionals', count: 12 },
  admin: { group: 'Administrative and Clerical', count: 12 },
  medical: { group: 'Medical and Dental', count: 6 },
  // Those who preferred not to say: with the doctors, a complement too big to work either out.
  none: { group: null, count: 6 },
};

/** Runs of people in a group giving the same answer; null is a section skipped. */
type Runs = [SupportKey | null, number][];
const same = (answer: SupportKey | null, count: number): Runs => [[answer, count]];

/*
 * Support, section by section, in runs that the suppression can show: each visible group gives
 * answers of at least the minimum group size, and the two hidden groups (the doctors and those who
 * did not say) answer alike, so that together they are never fewer than k in any answer. Anything
 * finer, with 60 people, reads as a page of "hidden". Most support the priorities and the roadmap;
 * the foreword is the weakest: it did not say when anything would change.
 */
const plan = (nursing: Runs, ahp: Runs, admin: Runs, hidden: SupportKey | null): Record<GroupKey, Runs> => ({
  nursing, ahp, admin, medical: same(hidden, 6), none: same(hidden, 6),
});
export const SUPPORT_PLAN: Record<PlanSection, Record<GroupKey, Runs>> = {
  foreword: plan([['partly', 14], ['yes', 10]], same('partly', 12), same('no', 12), 'yes'),
  mission: plan(same('yes', 24), same('partly', 12), same('yes', 12), 'yes'),
  'where-we-are': plan([['yes', 12], [null, 12]], same('yes', 12), same('partly', 12), 'yes'),
  'what-we-heard': plan(same('yes', 24), same('yes', 12), same('partly', 12), 'partly'),
  priorities: plan([['yes', 14], ['partly', 10]], same('yes', 12), same('yes', 12), 'yes'),
  roadmap: plan(same('yes', 24), same('yes', 12), same('partly', 12), 'yes'),
  partnership: plan([['yes', 12], ['partly', 12]], same('yes', 12), same('partly', 12), 'yes'),
  governance: plan([['yes', 12], ['partly', 12]], same('yes', 12), same('yes', 12), null),
  'keep-listening': plan([['partly', 12], ['yes', 12]], same('yes', 12), same(null, 12), 'yes'),
};

/** The answer of the n-th person of a group about a section. */
export function supportOf(section: string, group: GroupKey, person: number): SupportKey | null {
  const runs = SUPPORT_PLAN[(section in SUPPORT_PLAN ? section : 'mission') as PlanSection][group];
  let seen = 0;
  for (const [answer, count] of runs) {
    seen += count;
    if (person < seen) return answer;
  }
  throw new Error(`The demo consultation's plan for ${section} has fewer than ${person + 1} of ${group}.`);
}

export interface DemoComment {
  key: string;
  group: GroupKey;
  section: DemoSection;
  text: string;
}

export const DEMO_COMMENTS: DemoComment[] = [
  {
    key: 'foreword-when',
    group: 'nursing',
    section: 'foreword',
    text: 'It reads well, but it does not say when any of this will change on the wards. We were promised a new system five years ago and then heard nothing for two years.',
  },
  {
    key: 'foreword-dates',
    group: 'ahp',
    section: 'foreword',
    text: 'The foreword does not say when things will change or how we will find out. Rough dates would do, and somewhere we can check what has actually happened.',
  },
  {
    key: 'foreword-who',
    group: 'admin',
    section: 'foreword',
    text: 'Nice words, but if something in here does not happen, who do we ask? Give us a page we can look at rather than another all-staff email.',
  },
  {
    key: 'priorities-night-logins',
    group: 'nursing',
    section: 'priorities',
    text: 'Single sign-on has to come first. On a night shift I log in to five systems with my smartcard for one patient, and it times out while I am drawing up drugs.',
  },
  {
    key: 'priorities-radiotherapy-logins',
    group: 'ahp',
    section: 'priorities',
    text: 'Glad to see logins as a priority. On the linac we lose a minute or two with every patient taking the smartcard in and out between the planning system and the EPR.',
  },
  {
    key: 'priorities-day-unit-wifi',
    group: 'nursing',
    section: 'priorities',
    text: 'The wifi on the chemotherapy day unit drops most afternoons. Until that is fixed, tablets at the chair will not help anyone. It should be a priority in its own right.',
  },
  {
    key: 'roadmap-letters',
    group: 'admin',
    section: 'roadmap',
    text: 'Speech recognition for clinic letters does not start until 2027. Letters are going out ten days after clinic now and patients ring us to chase them. Could it come forward?',
  },
  {
    key: 'roadmap-winter',
    group: 'nursing',
    section: 'roadmap',
    text: 'Please do not go live with anything new on the wards in December or January, when nights are short-staffed. Spring would be far safer.',
  },
  {
    key: 'roadmap-training-time',
    group: 'ahp',
    section: 'roadmap',
    text: 'Good to see dates at last. Please say which of these need training time so managers can plan the rota around it; we cannot just stop treating.',
  },
  {
    key: 'heard-shared-pcs',
    group: 'ahp',
    section: 'what-we-heard',
    text: 'This matches what we said in the survey, especially about shared computers. The day unit still has two PCs for twelve chairs.',
  },
  {
    key: 'partnership-secretaries',
    group: 'admin',
    section: 'partnership',
    text: 'Medical secretaries type every letter that leaves this hospital and we are not mentioned once. Please include us when the new dictation is tested.',
  },
  {
    key: 'listening-handover',
    group: 'nursing',
    section: 'keep-listening',
    text: 'Night digital clinics are a good idea, but hold them at handover, about half seven in the morning. At 3am nobody can leave the ward.',
  },
];

/** The team's public replies, shown under the section on the draft's reading pages. */
export const DEMO_REPLIES: Record<string, string> = {
  'foreword-dates':
    'Thank you: you were right that the draft did not say when. The foreword of version 2 now says every priority has its initiatives and dates beside it, and we will publish what we have done, and what we have not, every quarter on our “you said, we did” page.',
  'priorities-night-logins':
    'Single sign-on for clinical systems starts in July 2026 and is in the first part of the roadmap. We will try it on a night shift on one ward before it goes any further, and ask the night staff what they found.',
  'priorities-day-unit-wifi':
    'The day unit’s wifi is part of the first priority, “Give clinicians time back”: its ambition is that the wifi holds in every clinical area, the day unit included. We will say on the “you said, we did” page when the new access points are in.',
};

/** What came of five comments: three changed the foreword; two did not change the text, and why. */
export const DEMO_HANDLING: Record<string, { handling: Handling; reason: string }> = {
  'foreword-when': { handling: 'changed', reason: 'The foreword now says that every priority has its initiatives and dates beside it.' },
  'foreword-dates': { handling: 'changed', reason: 'The foreword now says when things will change and how staff will hear: a report every quarter on the “you said, we did” page.' },
  'foreword-who': { handling: 'changed', reason: 'The foreword now links to the “you said, we did” page, where we publish every quarter what has and has not been done.' },
  'priorities-day-unit-wifi': {
    handling: 'not_changed',
    reason: 'Wifi in every clinical area is already in the first priority’s ambition, with a date. Rather than add a priority, the new foreword points staff to those dates and to the quarterly report.',
  },
  'roadmap-letters': {
    handling: 'not_changed',
    reason: 'Speech recognition needs the EPR’s letter templates, which come with the outpatients work first. The new foreword commits us to reporting progress every quarter, so staff will see if it can come forward.',
  },
};
