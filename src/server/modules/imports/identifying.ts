/**
 * Columns that could identify a respondent: by header (names however spelt, email, IP address,
 * telephone, respondent and collector IDs, external references, tokens, location, staff and
 * assignment numbers, exact start and end times) and by content (email addresses, UK telephone
 * numbers, IP addresses, coordinates, personal names, a different code on every row). They are
 * dropped unless the person keeps them, which an anonymous survey never allows.
 */

/**
 * "LastName", "last_name", "Last Name" and "LAST-NAME" all read "last name": tools write
 * headers in camel case or with underscores, people with spaces.
 */
export function headerWords(title: string): string {
  return title
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .replace(/[?:*]+$/, '')
    .replace(/\s*\((optional|required)\)$/i, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

const NAME_OWNER = "(?:your|full|first|last|given|family|middle|preferred|respondent'?s?|participant'?s?|recipient|contact|staff|employee|member'?s?)";
const BY_HEADER: [RegExp, string][] = [
  [/\be-?mail ?(address|addr)\b|^(your |work |nhs |contact |recipient |respondent |participant )?e-?mail$/, 'email address'],
  [new RegExp(`^(${NAME_OWNER} )*(sur|fore|first|last|full|given|family)? ?names?$`), 'name'],
  [/^(what is |please (enter|give|tell us) )?your (full )?name$/, 'name'],
  [/\bip ?addr(ess)?\b|^ip$/, 'IP address'],
  [/\b(respondent|response|participant|submission|user|unique) ?id\b|^(id|uuid)$/, 'respondent ID'],
  [/\bcollector ?id\b/, 'collector ID'],
  [/^recipient\b/, 'recipient details'],
  [/\bexternal (data )?ref(erence)?\b/, 'external reference'],
  [/\btoken\b/, 'access token'],
  [/\b(latitude|longitude)\b|^(lat|long|lng|location accuracy|geo ?location|gps)$/, 'location'],
  [/\b(staff|employee|assignment|payroll|nhs|esr|personnel) ?(number|no|num|id|ref|reference)\b/, 'staff, assignment or NHS number'],
  [/^(your |contact |work |home |mobile )?(phone|mobile|telephone|tel)( number| no)?$|\b(phone|mobile|telephone) (number|no)\b/, 'telephone number'],
  [/\bpost ?code\b|^(home )?address$/, 'address'],
  [/\bdate of birth\b|^dob$/, 'date of birth'],
  [/^(start|started|begin)( date| time| date ?time| timestamp| at)?$|^date ?(time )?started$/, 'exact start time'],
  [/^(end|ended|completion|completed|finish|finished)( date| time| date ?time| timestamp| at)?$/, 'exact end time'],
  [/^(submit|submitted|submission|recorded|last modified|modified|created|response)( date| time| date ?time| timestamp| at)$|^timestamp$|^date ?(time )?(submitted|completed|last action|recorded)$/, 'exact time'],
  [/^custom data( \d+)?$/, 'custom data (often a name or staff number)'],
];

export function identifyingByHeader(title: string): string | null {
  const text = headerWords(title);
  for (const [pattern, reason] of BY_HEADER) if (pattern.test(text)) return reason;
  return null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^(?=.*:.*:)[0-9a-f:]{2,39}$/i;
const COORDINATE = /^-?\d{1,3}\.\d{4,}$/;
const CODE = /^(?=.*\d)(?=.*[a-z])[a-z0-9_-]{8,}$/i;
const LONG_NUMBER = /^\d{6,}$/;
/** UK numbers as people write them: "07700 900123", "+44 (0)113 496 0000", "0113-496-0000". */
const PHONE = {
  // Separators go, then the "(0)" some write after +44: "+44 (0)113" is "+44113".
  test: (v: string) => /^[+(\d][\d\s().-]+$/.test(v) && /^(\+44|0044|0)\d{9,10}$/.test(v.replace(/[\s().-]/g, '').replace(/^(\+44|0044)0/, '$1')),
};
/** A capitalised word of a name: "Smith", "O'Brien", "McDonald", "Smith-Jones". */
const NAME_WORD = /^(?:Mc|Mac|O'|D')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?$/;
/**
 * Words that make a capitalised phrase an answer rather than a name: choice labels ("Strongly
 * Agree", "Allied Health Professionals"), places and common words.
 */
const COMMON = new Set(
  (
    'a an the and or of in on at to for with by from my our your we i is are was be not no yes it this that as if but so ' +
    'agree disagree strongly neither somewhat very quite good poor fair excellent satisfied dissatisfied never daily weekly monthly ' +
    'always often sometimes rarely applicable prefer say other none all some more less better worse faster slower new old ' +
    'health healthcare care clinical service services scientists scientific professionals professional staff medical dental ' +
    'nursing midwifery registered unregistered estates ancillary administrative clerical additional allied technical support ' +
    'ward wards unit team department hospital site division general royal community mental emergency surgery medicine women ' +
    'children north south east west central road street house centre center trust nhs foundation training wifi email teams ' +
    'log password passwords system systems digital it data information patient patients record records work office home day night ' +
    'morning evening week month year manager management nurse doctor doctors consultant admin finance human resources theatres ' +
    'outpatients inpatients pharmacy radiology pathology therapy therapies acute primary secondary main level floor block wing ' +
    'please thanks thank know sure maybe unsure high low medium very much little'
  ).split(' '),
);
const PERSONAL_NAME = {
  test: (v: string) => {
    const words = v.split(/\s+/);
    return words.length >= 2 && words.length <= 3 && words.every((w) => NAME_WORD.test(w) && !COMMON.has(w.toLowerCase()));
  },
};

type Pattern = { test(value: string): boolean };

/** Looks at a column's values; most of them must match for the column to count. */
export function identifyingByContent(values: string[]): string | null {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return null;
  const distinct = new Set(filled).size;
  // Whether at least `share` of the values match; stops as soon as too many have not.
  const mostly = (pattern: Pattern, share: number) => {
    const n = filled.length;
    // The same floating-point comparison as (matches / n >= share), so borders do not move.
    let allowedMisses = Math.floor(n * (1 - share));
    while (allowedMisses > 0 && (n - allowedMisses) / n < share) allowedMisses -= 1;
    while ((n - allowedMisses - 1) / n >= share) allowedMisses += 1;
    let misses = 0;
    for (const v of filled) if (!pattern.test(v) && ++misses > allowedMisses) return false;
    return true;
  };
  if (mostly(EMAIL, 0.5)) return 'looks like email addresses';
  if (mostly(IPV4, 0.8) || mostly(IPV6, 0.8)) return 'looks like IP addresses';
  if (mostly(PHONE, 0.8)) return 'looks like telephone numbers';
  if (mostly(COORDINATE, 0.8)) return 'looks like map coordinates';
  // Names differ from row to row; the same few capitalised phrases again and again are choices.
  if (filled.length >= 2 && distinct >= filled.length * 0.8 && mostly(PERSONAL_NAME, 0.8)) return 'looks like people\'s names';
  // A different code on every row (e.g. "R_1a2B3c4D5e6F7g8", "114152349") is a respondent ID.
  if (filled.length >= 3 && distinct === filled.length && (mostly(CODE, 0.95) || mostly(LONG_NUMBER, 0.95))) {
    return 'a different code on every row (a respondent ID)';
  }
  return null;
}
