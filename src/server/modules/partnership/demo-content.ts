import type { PartnershipSide } from '../../../shared/contracts/partnership.js';

/**
 * The demo trust's staff partnership, in the words a real NHS digital team would use. `about`
 * finds the demo insight it answers by a word of its statement (none where it answers none).
 */
export const DEMO_COMMITMENTS: { side: PartnershipSide; text: string; about?: RegExp; comments: string[] }[] = [
  {
    side: 'staff_can_expect',
    text: 'We will fix the things that waste your time first, and tell you what we fixed',
    about: /log in to too many systems/i,
    comments: ['Tell us on the ward, not only in the staff bulletin.', 'Start with logging in on the day unit PCs.'],
  },
  {
    side: 'staff_can_expect',
    text: 'We will involve staff who use a system before we buy it, change it or switch it on',
    about: /not involved before/i,
    comments: ['Include night staff and bank staff, not only the people who can get to a meeting.'],
  },
  {
    side: 'staff_can_expect',
    text: 'We will offer training that fits around shifts, on every site, including nights and weekends',
    about: /Training does not fit/i,
    comments: ['Short videos we can watch on a break would help more than classroom sessions.'],
  },
  {
    side: 'staff_can_expect',
    text: 'You will be able to log in once and get to the systems you need for your role',
    about: /Wi-Fi fails/i,
    comments: ['Also the Wi-Fi in the satellite clinic, or logging in once will not matter.'],
  },
  {
    side: 'staff_can_expect',
    text: 'We will explain what we decided and why, in plain English, including when the answer is no',
    comments: [],
  },
  {
    side: 'we_ask_of_staff',
    text: 'Tell us when a system gets in the way of care, through the service desk or your digital champion',
    about: /same patient details/i,
    comments: ['The service desk needs to be easier to reach from the ward than a 20-minute phone queue.'],
  },
  {
    side: 'we_ask_of_staff',
    text: 'Give an hour a quarter to test a change before it goes live in your area',
    comments: ['An hour is fine if the rota allows it; managers need to protect the time.', 'Only if we hear back what changed because of the testing.'],
  },
  {
    side: 'we_ask_of_staff',
    text: 'Use the new way of working once it is live, and tell us if it is slower than the old way',
    about: /Paper is still the fallback/i,
    comments: [],
  },
  {
    side: 'we_ask_of_staff',
    text: 'Keep your log-in to yourself and lock the screen when you step away, even when it is busy',
    comments: ['This is hard when it takes two minutes to log back in.'],
  },
  {
    side: 'we_ask_of_staff',
    text: 'Help a new colleague find their way round the systems in their first week',
    about: /Students and bank staff/i,
    comments: [],
  },
];

export const DEMO_INTRO =
  'This is the partnership between the digital team and everyone who works at Northbridge: what you can expect from us, ' +
  'and what we ask of you, as we change the systems you use to care for patients. We wrote it from what you told us in the staff survey, ' +
  'interviews and workshops. Tell us whether each commitment is right.';
