import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates.js';

describe('formatDate', () => {
  it('writes an instant as the day in the UK', () => {
    expect(formatDate('2027-12-05T14:05:00Z')).toBe('5 December 2027');
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(formatDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(formatDate(new Date(Date.UTC(2026, 0, 9, 12)))).toBe('9 January 2026');
  });

  it('keeps a calendar date on its own day', () => {
    expect(formatDate('2026-03-14')).toBe('14 March 2026');
    expect(formatDate('2026-07-01')).toBe('1 July 2026');
  });

  it('shows an unreadable value as it was given rather than "Invalid Date"', () => {
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('formatDateTime', () => {
  it('adds the UK time on the 24-hour clock after "at"', () => {
    expect(formatDateTime('2027-12-05T14:05:00Z')).toBe('5 December 2027 at 14:05');
    expect(formatDateTime('2026-06-30T23:30:00Z')).toBe('1 July 2026 at 00:30');
    expect(formatDateTime('2026-11-27T09:07:00Z')).toBe('27 November 2026 at 09:07');
  });

  it('shows an unreadable value as it was given', () => {
    expect(formatDateTime('soon')).toBe('soon');
  });
});
