/**
 * Dates as people in the NHS write them: "5 December 2027", and "5 December 2027 at 14:05"
 * where the time matters. One formatter for the React workspace and the server-rendered staff
 * pages, so every page reads the same. Times are UK time whatever the server's or browser's zone.
 */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const dayMonthYear = (timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
const inLondon = dayMonthYear('Europe/London');
// A calendar date (`2026-03-14`) is a day, not an instant: read it in UTC so no zone moves it.
const asDay = dayMonthYear('UTC');
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });

function toDate(value: string | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "5 December 2027". Accepts an ISO instant, a calendar date or a Date; anything unreadable is shown as given. */
export function formatDate(value: string | Date): string {
  if (typeof value === 'string' && CALENDAR_DATE.test(value)) {
    const day = toDate(`${value}T00:00:00Z`);
    return day ? asDay.format(day) : value;
  }
  const date = toDate(value);
  return date ? inLondon.format(date) : String(value);
}

/** "5 December 2027 at 14:05" (UK time, 24-hour clock). */
export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  return `${inLondon.format(date)} at ${clock.format(date)}`;
}
