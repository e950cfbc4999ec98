/**
 * Roadmap months: entered as "2027-04" (a month) or "2027-Q2" (a quarter), stored as the first day
 * of the month ("2027-04-01"). A quarter's start is its first month and its end its last month, so
 * "2027-Q2" to "2027-Q2" is April to June.
 */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])(?:-01)?$/;
const QUARTER_PATTERN = /^(\d{4})-?Q([1-4])$/i;

/** "2027-Q2" or "2027-04" as a stored month ("2027-04-01"), or null when it is neither. */
export function parseMonthInput(text: string, side: 'start' | 'end'): string | null {
  const value = text.trim();
  const month = MONTH_PATTERN.exec(value);
  if (month) return `${month[1]}-${month[2]}-01`;
  const quarter = QUARTER_PATTERN.exec(value);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    const m = side === 'start' ? first : first + 2;
    return `${quarter[1]}-${String(m).padStart(2, '0')}-01`;
  }
  return null;
}

/** "2027-04-01" → "April 2027". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1] ?? ''} ${year}`;
}

/** "2027-04-01" → "2027-04", the value an `<input type="month">` and the CSV use. */
export const monthValue = (month: string) => month.slice(0, 7);

/** Months since year 0: a number to subtract and draw with. */
export function monthIndex(month: string): number {
  const [year, m] = month.split('-');
  return Number(year) * 12 + Number(m) - 1;
}

/** Inclusive duration: April to June is 3 months. */
export const durationInMonths = (startMonth: string, endMonth: string) => monthIndex(endMonth) - monthIndex(startMonth) + 1;

/** "Q2 2027" for the quarter a month falls in. */
export function quarterLabel(month: string): string {
  const index = monthIndex(month);
  return `Q${Math.floor((index % 12) / 3) + 1} ${Math.floor(index / 12)}`;
}

export const monthOfIndex = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
