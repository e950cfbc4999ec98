const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "5 December 2026", as the trust's staff read dates. */
export const dayOf = (at: Date | null): string | null => (at ? dayFormat.format(at) : null);
/** A calendar date ("2027-04-30") read the same way, whatever the server's time zone. */
export const calendarDay = (day: string | null): string | null => (day ? dayFormat.format(new Date(`${day}T12:00:00Z`)) : null);
