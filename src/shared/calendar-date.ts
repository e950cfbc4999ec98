import { z } from 'zod';

/**
 * Calendar dates (an interview's or a workshop's day) cross the API as `YYYY-MM-DD`: they
 * are days, not instants, so no time zone can move them to the day before.
 */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A `YYYY-MM-DD` day as a count of days, so that two days subtract to the days between them. */
export const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Today as a UK trust's staff would write it, whatever the server's or browser's zone. */
export function todayInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const ZCalendarDate = (what: string) =>
  z
    .string({ error: `Enter the date of the ${what}` })
    .trim()
    .min(1, { error: `Enter the date of the ${what}` })
    .refine(isCalendarDate, { error: `The date of the ${what} must be a real date, like 2026-03-14` })
    .refine((value) => !isCalendarDate(value) || (value >= '2000-01-01' && value <= '2100-12-31'), {
      error: `The date of the ${what} must be between the years 2000 and 2100`,
    });
