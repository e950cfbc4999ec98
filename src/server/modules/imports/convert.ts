import { LONG_TEXT_MAX, PREFER_NOT_TO_SAY, SHORT_TEXT_MAX, type Answers, type ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import { agreementLevel, looksLikeExcelDate, normaliseLabel, rankValue, ratingValue, splitMulti, ticked } from './infer.js';
import type { ImportPlan, PlannedQuestion } from './plan.js';
import { quote, type ProblemLog } from './problems.js';

/**
 * One row of the file → one response's answers (by question id) and the day it was completed.
 * Every cell that does not fit its question is reported with its row and column.
 */
export type DateOrder = 'day-month-year' | 'month-day-year';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[ T])/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:$|[ T,])/;

/**
 * Which order a column of dates uses: any first part above 12 settles it; otherwise the tool's
 * habit (`dateOrderFallback`).
 */
export function dateOrderOf(values: Iterable<string>, fallback: DateOrder): DateOrder {
  for (const value of values) {
    const m = NUMERIC.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'day-month-year';
    if (Number(m[2]) > 12) return 'month-day-year';
  }
  return fallback;
}

/**
 * An Excel serial date ("45306.4375": days since 30 December 1899, the fraction the time), as a
 * date column holds it when a workbook stores it as a plain number. 1982 to 2119 only, so a
 * count or a score is never read as a day.
 */
const SERIAL = /^(\d{5})(?:\.\d+)?$/;
const serialDay = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);

/**
 * When no date in the file settles it: SurveyMonkey writes dates the American way whatever the
 * account's country, and Microsoft Forms does when it writes two-digit years ("1/15/24 9:00:11",
 * its en-US form; its UK form is "15/01/2024 09:00"). Everything else is read the UK way.
 */
export function dateOrderFallback(tool: string, values: Iterable<string>): DateOrder {
  if (tool === 'surveymonkey') return 'month-day-year';
  if (tool === 'microsoft_forms') {
    for (const value of values) {
      const m = NUMERIC.exec(value.trim());
      if (m) return m[3]!.length === 2 ? 'month-day-year' : 'day-month-year';
    }
  }
  return 'day-month-year';
}

/** The day of a timestamp as YYYY-MM-DD (the time is never kept), or null when it is not a date. */
export function dayOf(value: string, order: DateOrder): string | null {
  const text = value.trim();
  let y: number, mo: number, d: number;
  const iso = ISO.exec(text);
  const numeric = iso ? null : NUMERIC.exec(text);
  const serial = iso || numeric ? null : SERIAL.exec(text);
  if (serial && Number(serial[1]) >= 30_000 && Number(serial[1]) < 80_000) {
    const day = serialDay(Number(serial[1]));
    [y, mo, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  } else if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    [d, mo] = order === 'day-month-year' ? [a, b] : [b, a];
    y = Number(numeric[3]);
    if (y < 100) y += 2000;
  } else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NOT_STATED = new Set(['prefer not to say', 'rather not say', 'not stated', 'i would prefer not to say', "i'd rather not say"]);
const normaliseName = (s: string) => normaliseLabel(s).replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();

export interface RowContext {
  plan: ImportPlan;
  profile: ProfileChoices;
  unmatchedProfile: 'problem' | 'not_stated';
  /** Told of each profile answer that matches none of the organisation's, whichever way it is treated. */
  onUnmatchedProfile?: () => void;
  completedColumn: number | null;
  completedTitle: string | null;
  dateOrder: DateOrder;
  dateCells: Set<string>;
  problems: ProblemLog;
}

export function profileLookups(profile: ProfileChoices) {
  const of = (list: { key: string; label: string }[]) => new Map(list.map((c) => [normaliseName(c.label), c.key]));
  return { staff_group: of(profile.staff_group), division: of(profile.division), site: of(profile.site) };
}

export function makeRowConverter(context: RowContext) {
  const profiles = profileLookups(context.profile);
  const active = context.plan.questions.filter((q) => !q.skipped && q.question);
  const unsure = (value: string, index: number, column: number) =>
    looksLikeExcelDate(value) || context.dateCells.has(`${index}:${column}`)
      ? ` It looks like a date: Excel may have turned a range such as "1-5" into a date. Correct the cell in the file.`
      : '';

  return function convert(cells: string[], index: number, rowNumber: number): { answers: Answers; submittedOn: string | null } {
    const answers: Answers = {};
    const problem = (q: PlannedQuestion, column: number, message: string) => context.problems.add(rowNumber, column, q.title, message);
    for (const q of active) {
      const question = q.question!;
      if (q.style === 'option_columns') {
        const keys: string[] = [];
        q.columns.forEach((column, i) => {
          const cell = cells[column] ?? '';
          const on = ticked(cell, q.subs[i]!);
          if (on === null) problem(q, column, `${quote(cell)} is neither a tick nor the option "${q.subs[i]}".`);
          else if (on) keys.push(q.lookup.get(String(column))!);
        });
        if (keys.length > 0) answers[question.id] = keys;
        continue;
      }
      if (q.style === 'ranking') {
        const ranking = convertRanking(q, cells, (column, message) => problem(q, column, message));
        if (ranking) answers[question.id] = ranking;
        continue;
      }
      if (q.style === 'rank_positions') {
        // LimeSurvey: the option put first, second, … in the position columns, in order.
        const positions = q.columns.map((column) => (cells[column] ?? '').trim());
        const named = positions.filter((cell) => cell !== '');
        const empty = positions.indexOf('');
        if (empty >= 0 && empty < positions.findLastIndex((cell) => cell !== '')) {
          problem(q, q.column, `Position ${empty + 1} is empty, but a later one is filled. Rankings run from position 1 with none left out: correct the row, or clear its ranking.`);
          continue;
        }
        const ranking = named.length === 0 ? null : rankingFromList(q, named, (message) => problem(q, q.column, message));
        if (ranking) answers[question.id] = ranking;
        continue;
      }
      if (q.style === 'grid') {
        const levels: Record<string, number> = {};
        q.columns.forEach((column) => {
          const cell = cells[column] ?? '';
          if (cell.trim() === '') return;
          const level = agreementLevel(cell) ?? (/^\s*[1-5]\s*$/.test(cell) ? Number(cell) : null);
          const rowKey = q.lookup.get(String(column));
          if (level === null) problem(q, column, `${quote(cell)} is not an agreement level (Strongly disagree to Strongly agree).${unsure(cell, index, column)}`);
          else if (rowKey) levels[rowKey] = level;
        });
        if (Object.keys(levels).length > 0) answers[question.id] = levels;
        continue;
      }
      const column = q.column;
      const cell = cells[column] ?? '';
      if (cell.trim() === '') continue;
      switch (question.type) {
        case 'single_choice': {
          const key = q.lookup.get(normaliseLabel(cell));
          if (key) answers[question.id] = key;
          else problem(q, column, `${quote(cell)} is not one of the options.${unsure(cell, index, column)}`);
          break;
        }
        case 'multiple_choice': {
          const keys = new Set<string>();
          for (const part of q.separator ? splitMulti(cell, q.separator) : [cell.trim()]) {
            const key = q.lookup.get(normaliseLabel(part));
            if (key) keys.add(key);
            else problem(q, column, `${quote(part)} is not one of the options.${unsure(part, index, column)}`);
          }
          if (keys.size > 0) answers[question.id] = [...keys];
          break;
        }
        case 'profile': {
          const dimension = question.dimension;
          if (!dimension) break;
          const name = normaliseName(cell);
          const key = NOT_STATED.has(normaliseLabel(cell)) ? PREFER_NOT_TO_SAY : profiles[dimension].get(name);
          if (key) answers[question.id] = key;
          else context.onUnmatchedProfile?.();
          if (!key && context.unmatchedProfile === 'problem') {
            const what = { staff_group: 'staff groups', division: 'divisions', site: 'sites' }[dimension];
            problem(q, column, `${quote(cell)} is not one of the organisation's ${what}. Add it in Workforce, or choose to count unmatched answers as "not stated".`);
          }
          break;
        }
        case 'ranking': {
          const ranking = rankingFromList(q, splitMulti(cell, q.separator ?? ';'), (message) => problem(q, column, message));
          if (ranking) answers[question.id] = ranking;
          break;
        }
        case 'likert': {
          const level = agreementLevel(cell) ?? (/^\s*[1-5]\s*$/.test(cell) ? Number(cell) : null);
          if (level !== null) answers[question.id] = level;
          else problem(q, column, `${quote(cell)} is not an agreement level (Strongly disagree to Strongly agree).${unsure(cell, index, column)}`);
          break;
        }
        case 'rating': {
          const value = ratingValue(cell);
          if (value !== null) answers[question.id] = value;
          else problem(q, column, `${quote(cell)} is not a whole number from 0 to 10.${unsure(cell, index, column)}`);
          break;
        }
        case 'short_text':
        case 'long_text': {
          const max = question.type === 'short_text' ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
          if (cell.includes('\u0000')) problem(q, column, 'The answer contains a NUL character, which cannot be stored. Remove it from the file.');
          else if (cell.length > max) {
            problem(q, column, `The answer is ${cell.length.toLocaleString('en-GB')} characters long; this question takes at most ${max.toLocaleString('en-GB')}.${question.type === 'short_text' ? ' Import the column as long text.' : ''}`);
          } else answers[question.id] = cell;
          break;
        }
        default:
          problem(q, column, `Answers to a ${question.type} question cannot be imported from one column.`);
      }
    }
    let submittedOn: string | null = null;
    if (context.completedColumn !== null) {
      const cell = cells[context.completedColumn] ?? '';
      if (cell.trim() !== '') {
        submittedOn = dayOf(cell, context.dateOrder);
        if (!submittedOn) context.problems.add(rowNumber, context.completedColumn, context.completedTitle, `${quote(cell)} is not a date.`);
      }
    }
    return { answers, submittedOn };
  };
}

/**
 * One row's rank columns → option keys, first choice first. A row may rank only its first few
 * choices (LimeSurvey's "maximum answers", SurveyMonkey's "N/A"): the ranks given must then run
 * from 1 with none repeated or left out. A row that ranks none did not answer.
 */
function convertRanking(q: PlannedQuestion, cells: string[], problem: (column: number, message: string) => void): string[] | null {
  const size = q.columns.length;
  const ranked: string[] = [];
  const rankedBy: string[] = [];
  let given = 0;
  let wrong = false;
  q.columns.forEach((column, i) => {
    const cell = cells[column] ?? '';
    if (cell.trim() === '') return;
    const rank = rankValue(cell);
    if (rank === null || rank < 1 || rank > size) {
      problem(column, `${quote(cell)} is not a rank from 1 to ${size}.`);
      wrong = true;
    } else if (ranked[rank - 1] !== undefined) {
      problem(column, `Rank ${rank} is given to both "${rankedBy[rank - 1]}" and "${q.subs[i]}".`);
      wrong = true;
    } else {
      ranked[rank - 1] = q.lookup.get(String(column))!;
      rankedBy[rank - 1] = q.subs[i]!;
      given += 1;
    }
  });
  if (wrong || given === 0) return null;
  if (given < ranked.length) {
    const missing = Array.from({ length: ranked.length }, (_, i) => i + 1).find((rank) => ranked[rank - 1] === undefined)!;
    problem(q.column, `Rank ${missing} is missing, but rank ${ranked.length} is given. Ranks run from 1 with none left out: correct the ranks, or clear the row's ranks.`);
    return null;
  }
  return ranked;
}

/**
 * A ranking given as a list of options, first choice first: in one cell (Microsoft Forms:
 * "Wifi;Log-in;Training;") or across position columns (LimeSurvey). It may stop before the last
 * option.
 */
function rankingFromList(q: PlannedQuestion, parts: string[], problem: (message: string) => void): string[] | null {
  const keys: string[] = [];
  let wrong = false;
  for (const part of parts) {
    const key = q.lookup.get(normaliseLabel(part));
    if (!key) problem(`${quote(part)} is not one of the options.`);
    else if (keys.includes(key)) problem(`${quote(part)} is ranked twice.`);
    else {
      keys.push(key);
      continue;
    }
    wrong = true;
  }
  return wrong ? null : keys;
}
