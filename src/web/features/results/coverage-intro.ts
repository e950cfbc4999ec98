/**
 * The coverage page's opening line. While a survey is open coverage says whom to chase; once it
 * has closed that is no longer possible, and saying "before the survey closes" would be untrue.
 */
export function coverageIntro(status: string | undefined): string {
  if (status === 'closed') return 'Responses set against each group’s headcount: whose voice this survey heard, and whose it missed.';
  return 'Responses set against each group’s headcount, so you can see whose voice is missing before the survey closes.';
}
