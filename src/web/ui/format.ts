// Dates read the same on every page, React and server-rendered alike: see shared/dates.ts.
export { formatDate, formatDateTime } from '../../shared/dates.js';
export { plural } from '../../shared/words.js';

/** "member.role_changed" → "Member role changed": the audit trail's codes read as words. */
export function humanise(code: string): string {
  const words = code.replace(/[._]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
