/**
 * Columns that could identify a respondent: by header (email, name, IP address, respondent
 * IDs, recipient fields, tokens, location, staff numbers) and by content (email addresses, IP
 * addresses, coordinates, per-row codes). They are dropped unless the person keeps them.
 */
const BY_HEADER: [RegExp, string][] = [
  [/\be-?mail\b/i, 'email address'],
  [/^(your |full |first |last |given |family |sur|respondent'?s? |participant'?s? |preferred )?name$/i, 'name'],
  [/^(what is )?your (full )?name\??$/i, 'name'],
  [/\bip ?addr(ess)?\b|^ip$/i, 'IP address'],
  [/\b(respondent|response|participant|submission) ?id\b|^responseid$/i, 'respondent ID'],
  [/^recipient/i, 'recipient details'],
  [/\btoken\b/i, 'access token'],
  [/\b(latitude|longitude)\b|^(lat|long|lng)$/i, 'location'],
  [/\b(staff|employee|assignment|payroll|nhs) ?(number|no\.?|id)\b/i, 'staff or NHS number'],
  [/\b(phone|mobile|telephone)\b/i, 'telephone number'],
  [/\bpost ?code\b|^(home )?address$/i, 'address'],
  [/\bdate of birth\b|^dob$/i, 'date of birth'],
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const IPV6 = /^(?=.*:.*:)[0-9a-f:]{2,39}$/i;
const COORDINATE = /^-?\d{1,3}\.\d{4,}$/;
const CODE = /^(?=.*\d)(?=.*[a-z])[a-z0-9_-]{8,}$/i;

export function identifyingByHeader(title: string): string | null {
  const text = title.trim();
  for (const [pattern, reason] of BY_HEADER) if (pattern.test(text)) return reason;
  return null;
}

/** Looks at a column's values; most of them must match for the column to count. */
export function identifyingByContent(values: string[]): string | null {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return null;
  // Whether at least `share` of the values match; stops as soon as too many have not.
  const mostly = (pattern: RegExp, share: number) => {
    const n = filled.length;
    // The same floating-point comparison as (matches / n >= share), so borders do not move.
    let allowedMisses = Math.floor(n * (1 - share));
    while (allowedMisses > 0 && (n - allowedMisses) / n < share) allowedMisses -= 1;
    while ((n - allowedMisses - 1) / n >= share) allowedMisses += 1;
    let misses = 0;
    for (const v of filled) if (!pattern.test(v) && ++misses > allowedMisses) return false;
    return true;
  };
  if (mostly(EMAIL, 0.5)) return 'email addresses';
  if (mostly(IPV4, 0.8) || mostly(IPV6, 0.8)) return 'IP addresses';
  if (mostly(COORDINATE, 0.8)) return 'map coordinates';
  // A different code on every row (e.g. "R_1a2B3c4D5e6F7g8") is a respondent ID.
  if (filled.length >= 3 && mostly(CODE, 0.95) && new Set(values.filter((v) => v.trim() !== '')).size === filled.length) {
    return 'a different code on every row (a respondent ID)';
  }
  return null;
}
