import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { ZImportOptions } from '../../../shared/contracts/imports.js';
import type { Database } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { strategies } from '../strategies/tables.js';
import { ImportRefused, importFile, previewImport } from './commands/import-file.js';
import { formatPreview } from './report.js';

export const IMPORT_HELP = `  npm run chorus -- import FILE --strategy STRATEGY_ID [--survey SURVEY_ID] [--title TITLE]
                   [--keep-identifying N,M] [--dry-run]
                                   Import a survey export (CSV or XLSX from Microsoft Forms, Google
                                   Forms, SurveyMonkey, Qualtrics, LimeSurvey or a plain file) as a
                                   new survey, or into SURVEY_ID. --dry-run prints the preview and
                                   every problem and changes nothing. Identifying columns are dropped
                                   unless kept by their column numbers. Exit code 2: refused.`;

interface Parsed {
  file: string;
  strategyId: string;
  surveyId?: string;
  title?: string;
  dryRun: boolean;
  keep: number[];
}

function parseArgs(args: string[]): Parsed | string {
  const flags = new Map<string, string>();
  let file: string | undefined;
  let dryRun = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--dry-run') dryRun = true;
    else if (['--strategy', '--survey', '--title', '--keep-identifying'].includes(arg)) {
      const value = args[i + 1];
      if (value === undefined) return `Give a value after ${arg}.`;
      flags.set(arg, value);
      i += 1;
    } else if (arg.startsWith('--')) return `Unknown option "${arg}".`;
    else if (!file) file = arg;
    else return `Only one file can be imported at a time ("${arg}").`;
  }
  if (!file) return 'Say which file: npm run chorus -- import FILE --strategy STRATEGY_ID';
  const strategyId = flags.get('--strategy');
  if (!strategyId) return 'Say which strategy with --strategy STRATEGY_ID.';
  const keepText = flags.get('--keep-identifying');
  const keep = keepText ? keepText.split(',').map((n) => Number(n.trim())) : [];
  if (keep.some((n) => !Number.isInteger(n) || n < 1)) return '--keep-identifying takes column numbers as the preview shows them, e.g. 3,4.';
  return { file, strategyId, surveyId: flags.get('--survey'), title: flags.get('--title'), dryRun, keep };
}

/** `npm run chorus -- import …`: the same preview and import as the API. Returns the exit code. */
export async function runImportCommand(database: Database, args: string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    err(parsed);
    return 1;
  }
  const { db } = database;
  const [strategy] = await db.select({ organisationId: strategies.organisationId }).from(strategies).where(eq(strategies.id, parsed.strategyId)).catch(() => []);
  if (!strategy) {
    err(`There is no strategy with the id ${parsed.strategyId}.`);
    return 1;
  }
  const options = ZImportOptions.safeParse({ surveyId: parsed.surveyId, title: parsed.title, keepIdentifying: parsed.keep.map((n) => n - 1) });
  if (!options.success) {
    err(options.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(parsed.file);
  } catch (error) {
    err(`Cannot read ${parsed.file}: ${(error as Error).message}`);
    return 1;
  }
  const who = { organisationId: strategy.organisationId, userId: null, name: 'Command line' };
  const input = { strategyId: parsed.strategyId, fileName: path.basename(parsed.file), bytes, options: options.data };
  try {
    if (parsed.dryRun) {
      const { preview } = await previewImport(db, who, input);
      out(formatPreview(preview));
      out('\nDry run: nothing was saved.');
      return preview.canImport ? 0 : 2;
    }
    const started = Date.now();
    const done = await importFile(database, who, input);
    out(`Imported ${done.responses.toLocaleString('en-GB')} responses (${done.answers.toLocaleString('en-GB')} answers) into survey ${done.surveyId} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } catch (error) {
    if (error instanceof ImportRefused) {
      err(formatPreview(error.preview));
      err(`\n${error.message}`);
      return 2;
    }
    if (error instanceof AppError) {
      err(error.message);
      return 2;
    }
    throw error;
  }
}
