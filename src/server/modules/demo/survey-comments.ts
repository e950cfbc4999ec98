/**
 * Free-text answers for the demo survey, in the voice of staff at a cancer centre, written for
 * Chorus. Each question has themes; an answer is one of a theme's statements, sometimes with a
 * detail, a lead-in or a second theme, and written the way people type on a phone between shifts
 * (lower case, no full stop, "&"). A few name a colleague or give a phone number, as real comments
 * do, so the personal-information review has something to find. The generator is seeded: the demo
 * is the same on every machine.
 */

interface Theme {
  statements: readonly string[];
  details?: readonly string[];
}

const TRAINING: Record<string, Theme> = {
  epr: {
    statements: [
      'A refresher on the EPR order sets. I was trained three years ago and a lot has changed.',
      'How to find old results in the EPR without asking a colleague every time.',
      'Proper training on the EPR for bank staff, who get a log-in and nothing else.',
      'The EPR shortcuts. Everyone says there are quicker ways but nobody has shown me.',
      'How to set up my own EPR views so the things I need are on the first screen.',
      'Updating the care plan in the EPR. We each do it differently.',
    ],
    details: [
      'The e-learning is out of date and shows screens we no longer have.',
      'Ten minutes at a team meeting would do it.',
      'New starters are shown by whoever is on shift, so bad habits spread.',
    ],
  },
  format: {
    statements: [
      'Short videos I can watch on a break, not half-day classroom sessions I cannot be released for.',
      'Someone on the ward who knows the system well and can show us at the bedside.',
      'Training at night for those of us who only work nights.',
      'Drop-in sessions at the satellite sites, not only at the main hospital.',
      'One-page guides stuck by the computers would help more than a course.',
      'Protected time to do the mandatory digital training instead of doing it at home.',
    ],
    details: [
      'Release from the rota is the real problem, not willingness.',
      'We learn best from each other.',
      'Most of us would happily do it if the time was paid.',
    ],
  },
  tools: {
    statements: [
      'How to use Teams properly for MDT meetings, including sharing images.',
      'Excel, honestly. I spend hours on spreadsheets with no training at all.',
      'Training on the new chemotherapy prescribing screens before go-live, not after.',
      'How to use the e-rostering app to request leave and swap shifts.',
      'Basic cyber security: what is a phishing email and what do I do with one.',
      'Using the dictation system so letters go out faster.',
    ],
  },
};

const HELPS: Record<string, Theme> = {
  results: {
    statements: [
      'Being able to see imaging and reports in one place saves me phone calls.',
      'Results arriving electronically instead of on paper in the post tray.',
      'Seeing blood results on my phone before the patient arrives for chemo.',
      'The EPR shows the whole treatment history, so I do not chase paper notes any more.',
    ],
    details: ['It saves me at least half an hour a clinic.', 'Patients notice that we know their history.'],
  },
  mobile: {
    statements: [
      'E-rostering on my phone means I can swap shifts without coming in.',
      'Having my own laptop in clinic. I can type letters between patients.',
      'The tablets on the day unit mean observations go straight in at the chair.',
      'Working from home two days a week on a trust laptop has been a huge help.',
    ],
  },
  teams: {
    statements: [
      'Teams has made the cross-site MDTs much easier since the pandemic.',
      'Teams chat for quick questions instead of bleeping people.',
      'Video appointments for follow-up patients who live far away.',
      'Virtual clinics mean patients on treatment do not have to travel when they feel awful.',
    ],
    details: ['Some patients still prefer to come in and that is fine.'],
  },
  safety: {
    statements: [
      'The electronic prescribing checks have caught dosing errors more than once.',
      'Allergy alerts in the EPR are clear and hard to miss.',
      'Electronic observations flag a deteriorating patient sooner than paper did.',
    ],
  },
  support: {
    statements: [
      'The digital team answer quickly on the chat line when something breaks.',
      'Our digital champion on the ward is brilliant at showing people.',
      'The service desk called me back within the hour and fixed it.',
    ],
  },
};

const CLINICAL_OBSTACLES: Record<string, Theme> = {
  logins: {
    statements: [
      'Logging in to five different systems with five passwords at the start of every clinic.',
      'Smartcard readers that do not work and a twenty-minute wait for the service desk.',
      'Being timed out of the EPR every few minutes while I am with a patient.',
      'Passwords that expire every few weeks, each system on a different day.',
      'Logging in takes longer than the task I need to do.',
    ],
    details: [
      'Multiply that by every nurse on every shift.',
      'People share log-ins to save time, which we all know is wrong.',
      'Single sign-on was promised years ago.',
    ],
  },
  wifi: {
    statements: [
      'The Wi-Fi drops on the chemotherapy day unit, so the medicines trolley laptop freezes mid-round.',
      'No signal in half the clinic rooms, so video calls with patients fail.',
      'The Wi-Fi at the satellite site is so slow we go back to paper.',
      'Mobile devices lose connection between the ward and the day unit.',
    ],
    details: ['We end up writing on paper and typing it up later.', 'It is worst in the afternoon when everyone is on.'],
  },
  rekeying: {
    statements: [
      'I enter the same patient details into the EPR, the radiotherapy system and a spreadsheet.',
      'The radiotherapy planning system does not talk to the EPR, so we re-key the prescription.',
      'Results from the other trust come as PDFs by email that we have to upload by hand.',
      'Referrals arrive by fax or email and are typed in again by the booking team.',
      'We keep a separate spreadsheet because the EPR will not give us the report we need.',
    ],
    details: [
      'Every re-typing is a chance for an error.',
      'That is hours a week that could be spent with patients.',
      'Nobody owns fixing the link between the two systems.',
    ],
  },
  paper: {
    statements: [
      'We still print the treatment summary, sign it and scan it back in. It takes ages.',
      'Paper drug charts on the satellite site because the wards there are not live yet.',
      'Consent forms are still paper and go missing between clinic and the day unit.',
      'Handover is on printed sheets that are out of date by the time we read them.',
    ],
  },
  devices: {
    statements: [
      'There are never enough computers at the nurses station during handover.',
      'The computers on wheels have batteries that last an hour.',
      'Old computers that take ten minutes to start up in the morning.',
      'Printers on the ward jam every day and nobody knows who fixes them.',
    ],
    details: ['We queue for a computer while patients wait.'],
  },
};

const OFFICE_OBSTACLES: Record<string, Theme> = {
  systems: {
    statements: [
      'Booking rooms, ordering and expenses are all in different systems with different log-ins.',
      'Clinic letters are typed twice because the dictation system does not link to the EPR.',
      'Forms we fill in on screen, print, sign and then scan back in.',
      'The patient administration system and the EPR show different appointment times.',
    ],
  },
  remote: {
    statements: [
      'I cannot get to shared drives when working from home without the VPN dropping.',
      'The remote desktop is so slow that I come in just to do the rota.',
      'Teams works at home but the finance system does not.',
    ],
  },
  kit: {
    statements: [
      'Old computers that take ten minutes to start up in the morning.',
      'A small laptop screen all day with no second monitor.',
      'Headsets for calls with patients are shared and often broken.',
    ],
  },
};

const IDEAS: Record<string, Theme> = {
  logins: { statements: ['One log-in for everything.', 'Tap in with a card and be in every system.', 'Single sign-on, please, before anything else.'] },
  wifi: { statements: ['Reliable Wi-Fi on every ward and in every clinic room.', 'Fix the Wi-Fi at the satellite sites.', 'Wi-Fi that works in the basement clinics.'] },
  patients: {
    statements: [
      'Let patients see their appointments and letters online.',
      'Let patients fill in their symptom questions on their phone before they come in.',
      'A patient app with their treatment calendar and who to call.',
    ],
  },
  paper: { statements: ['Stop paper drug charts at the satellite sites.', 'Electronic consent.', 'No more printing and scanning.'] },
  involve: {
    statements: [
      'Involve nurses before a new system is chosen, not after.',
      'Ask the people who use the system what they need before buying it.',
      'Test new systems on a real ward shift before go-live.',
    ],
  },
  devices: { statements: ['More mobile devices for ward rounds.', 'A laptop for every clinic room.', 'Tablets for the day unit chairs.'] },
  integration: {
    statements: [
      'Connect the radiotherapy system to the EPR.',
      'Get results from the other trusts straight into the EPR.',
      'Make the systems talk to each other so we type things once.',
    ],
  },
};

const LEAD_INS: Record<CommentQuestion, readonly string[]> = {
  training: [''],
  helps: ['Honestly, ', 'For me, '],
  obstacles: ['Honestly, ', 'Day to day, ', 'Most days, '],
  idea: ['Simple: ', 'My one wish: ', 'Honestly, '],
};
/** Colleagues and contacts staff mention; fictional, for the personal-information review to find. */
const MENTIONS = [
  'Sister Okafor on Ward 3 has been brilliant at showing us.',
  'Ask Priya Shah in the digital team, she sorted it for us.',
  'Dr Hughes raised this at the governance meeting last year.',
  'Call me on 07700 900461 if you want to see it happen.',
  'Email me at sam.taylor@example.nhs.uk and I will show you.',
  'Mark Ellis in pharmacy has a workaround everyone uses.',
];

export type CommentQuestion = 'training' | 'helps' | 'obstacles' | 'idea';

/** A seeded generator of varied comments, separate from the demo's other random draws. */
export function commentWriter(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const themesFor = (question: CommentQuestion, clinical: boolean) =>
    question === 'training' ? TRAINING : question === 'helps' ? HELPS : question === 'idea' ? IDEAS : clinical ? CLINICAL_OBSTACLES : OFFICE_OBSTACLES;

  /** Typed on a phone: some people skip capitals, full stops and "and". */
  const casual = (text: string) => {
    let out = text;
    if (next() < 0.15) out = out.toLowerCase();
    if (next() < 0.2) out = out.replace(/\.$/, '');
    if (next() < 0.1) out = out.replace(/ and /g, ' & ');
    return out;
  };
  const leadIn = (question: CommentQuestion, text: string) => {
    const lead = pick(LEAD_INS[question]);
    return lead ? lead + text.charAt(0).toLowerCase() + text.slice(1) : text;
  };

  return function write(question: CommentQuestion, clinical: boolean): string {
    const themes = Object.values(themesFor(question, clinical));
    const theme = pick(themes);
    const parts = [pick(theme.statements)];
    if (theme.details && next() < 0.4) parts.push(pick(theme.details));
    if (question !== 'idea' && next() < 0.12) parts.push(pick(pick(themes).statements));
    if (next() < 0.03) parts.push(pick(MENTIONS));
    const text = parts.join(' ');
    return casual(next() < 0.25 ? leadIn(question, text) : text);
  };
}
