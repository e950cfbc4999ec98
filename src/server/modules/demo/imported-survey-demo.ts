import { and, eq } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import type { AppContext } from '../../platform/module.js';
import { importFile, imports } from '../imports/index.js';

/**
 * Last year's IT support pulse survey, run in SurveyMonkey before the trust had Chorus, and
 * brought in through the real import path: two header rows, multi-select across columns,
 * an agreement grid, a ranking (a column per option holding its rank), and identifying columns
 * (IP address, email) that the import drops.
 */
const FILE_NAME = 'it-support-pulse-2025-surveymonkey.csv';

const GROUPS = [
  ['Nursing and Midwifery Registered', 40],
  ['Allied Health Professionals', 30],
  ['Administrative and Clerical', 28],
  ['Medical and Dental', 12],
  ['Add Prof Scientific and Technic', 14],
  ['Additional Clinical Services', 8],
] as const;
const TOOLS = ['Email', 'Teams', 'EPR', 'Rostering app'];
const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const STATEMENTS = ['The service desk fixes problems first time', 'I can log in quickly', 'I have had enough training'];
const FIX_FIRST = ['Log-in', 'Wi-Fi', 'Printing', 'Training'];
/** Every order of four ranks, for respondents to pick from. */
const ORDERS = ((): number[][] => {
  const all: number[][] = [];
  const permute = (done: number[], rest: number[]): void => {
    if (rest.length === 0) all.push(done);
    rest.forEach((r, i) => permute([...done, r], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  permute([], [1, 2, 3, 4]);
  return all;
})();
const SATISFACTION = ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'];
const IDEAS = [
  'Fewer passwords',
  'Faster log-in on shared ward computers',
  'Wi-Fi that works in clinic rooms',
  'A named contact in IT for our department',
  'Laptops that start up quickly',
  'Stop printing and scanning the same forms',
];

export function demoSurveyMonkeyExport(): string {
  const header1 = ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1',
    'Which staff group are you in?', 'Which of these tools do you use at work?', '', '', '',
    'How far do you agree with each statement?', '', '', 'How satisfied are you with IT support overall?', 'What one thing would make digital work better for you?',
    'Put these in order: what should IT fix first?', '', '', ''];
  const header2 = ['', '', '', '', '', '', '', '', '', 'Response', ...TOOLS, ...STATEMENTS, 'Response', 'Open-Ended Response', ...FIX_FIRST];
  const rows: string[][] = [header1, header2];
  let n = 0;
  for (const [group, count] of GROUPS) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      const day = 1 + (n % 27);
      const stamp = `03/${String(day).padStart(2, '0')}/2025 0${1 + (n % 8)}:1${n % 10}:00 PM`;
      rows.push([
        String(11_500_000_000 + n * 7919), '512398765', stamp, stamp, `10.20.${n % 250}.${(n * 7) % 250}`, '', '', '', '',
        group,
        ...TOOLS.map((tool, t) => ((n + t) % 3 === 0 ? '' : tool)),
        ...STATEMENTS.map((_, s) => AGREEMENT[(n * (s + 2) + s) % 5]!),
        SATISFACTION[(n * 3) % 5]!,
        n % 3 === 0 ? IDEAS[n % IDEAS.length]! : '',
        // Most put log-in or Wi-Fi first; one in five skipped the question.
        ...(n % 5 === 0 ? FIX_FIRST.map(() => '') : ORDERS[(n * 7) % 12]!.map(String)),
      ]);
    }
  }
  return stringify(rows, { record_delimiter: '\r\n' });
}

/** Imports last year's survey into the demo strategy, once. */
export async function seedImportedSurvey(ctx: AppContext, organisationId: string, strategyId: string): Promise<void> {
  const [done] = await ctx.db.select({ id: imports.id }).from(imports).where(and(eq(imports.strategyId, strategyId), eq(imports.fileName, FILE_NAME)));
  if (done) return;
  await importFile(ctx.database, { organisationId, userId: null, name: 'Demo data' }, {
    strategyId,
    fileName: FILE_NAME,
    bytes: new TextEncoder().encode(demoSurveyMonkeyExport()),
    options: { title: 'IT support pulse survey 2025 (SurveyMonkey)', keepIdentifying: [], columns: [], unmatchedProfile: 'not_stated' },
  });
}
