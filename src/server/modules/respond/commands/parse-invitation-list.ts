import { z } from 'zod';
import { INVITATION_IMPORT_MAX_LINES } from '../../../../shared/contracts/survey-distribution.js';

export interface ListProblem {
  line: number;
  message: string;
}

const isEmail = (value: string) => value.length <= 254 && z.email().safeParse(value).success;
const unquote = (cell: string) => cell.trim().replace(/^"(.*)"$/s, '$1').replace(/""/g, '"').trim();

/**
 * Reads pasted addresses or a CSV export: one person a line, the address in any column (the
 * cell with an @). A first line of column names is skipped. Addresses are compared without
 * regard to case, and each problem names its line so the list can be fixed at the source.
 */
export function parseInvitationList(text: string): { emails: string[]; duplicates: number; problems: ListProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > INVITATION_IMPORT_MAX_LINES) {
    return { emails: [], duplicates: 0, problems: [{ line: INVITATION_IMPORT_MAX_LINES + 1, message: `A list can have at most ${INVITATION_IMPORT_MAX_LINES.toLocaleString('en-GB')} lines; split it into parts` }] };
  }
  const seen = new Set<string>();
  const emails: string[] = [];
  const problems: ListProblem[] = [];
  let duplicates = 0;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const cells = raw.split(/[,;\t]/).map(unquote).filter((c) => c !== '');
    const withAt = cells.filter((c) => c.includes('@'));
    if (withAt.length === 0) {
      // A header row ("Email", "Name,Email address") is not a problem; other text is.
      if (index === 0 && cells.some((c) => /e-?mail/i.test(c))) return;
      problems.push({ line, message: `Line ${line} has no email address: "${raw.trim().slice(0, 80)}"` });
      return;
    }
    if (withAt.length > 1) {
      problems.push({ line, message: `Line ${line} has more than one email address; put each person on their own line` });
      return;
    }
    const email = withAt[0]!.replace(/^.*<([^>]+)>$/, '$1').trim().toLowerCase();
    if (!isEmail(email)) {
      problems.push({ line, message: `Line ${line}: "${withAt[0]!.slice(0, 80)}" is not an email address in the correct format, like name@example.nhs.uk` });
      return;
    }
    if (seen.has(email)) {
      duplicates += 1;
      return;
    }
    seen.add(email);
    emails.push(email);
  });
  if (emails.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'The list has no email addresses' });
  return { emails, duplicates, problems };
}
