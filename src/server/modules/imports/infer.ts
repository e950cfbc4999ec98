import { isNamedScale } from './scales.js';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX, type ProfileDimension, type QuestionType } from '../../../shared/contracts/survey-definition.js';

/**
 * Question types from the answers in a column. Pure: given the header and the cells, what a
 * person reading the column would call it.
 */
const AGREEMENT: Record<string, number> = {
  'strongly disagree': 1,
  'disagree strongly': 1,
  disagree: 2,
  'tend to disagree': 2,
  'somewhat disagree': 2,
  'neither agree nor disagree': 3,
  'neither agree or disagree': 3,
  'neither disagree nor agree': 3,
  neutral: 3,
  agree: 4,
  'tend to agree': 4,
  'somewhat agree': 4,
  'strongly agree': 5,
  'agree strongly': 5,
};

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
/**
 * Short labels seen recently, normalised: a column of choices repeats a handful of strings
 * 100,000 times, and the regular expression is what the import spent its time on. Long text is
 * not kept, and the memory is bounded.
 */
const NORMALISED = new Map<string, string>();
export const normaliseLabel = (s: string): string => {
  if (s.length > 64) return normalise(s);
  let label = NORMALISED.get(s);
  if (label === undefined) {
    label = normalise(s);
    if (NORMALISED.size >= 5000) NORMALISED.clear();
    NORMALISED.set(s, label);
  }
  return label;
};

/** "Strongly agree" → 5 … "Strongly disagree" → 1; null for anything else. */
export function agreementLevel(value: string): number | null {
  return AGREEMENT[normaliseLabel(value)] ?? null;
}

const INTEGER = /^\s*\d{1,2}\s*$/;
export function ratingValue(value: string): number | null {
  if (!INTEGER.test(value)) return null;
  const n = Number(value);
  return n >= 0 && n <= 10 ? n : null;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const EXCEL_DATE = new RegExp(`^(\\d{1,2}[-/ ](${MONTHS})|(${MONTHS})[-/ ]\\d{2,4})$`, 'i');
/** "05-Jan", "Jan-05", "1-May": what Excel makes of a range like "1-5" or "5-10". */
export const looksLikeExcelDate = (value: string) => EXCEL_DATE.test(value.trim());

/**
 * Whole words only, a hyphen joining words: "knowledge-base", "website" and "requisite" are not
 * a site, and "sub-division" is not a division.
 */
const word = (alternatives: string) => new RegExp(`(?<![\\w-])(?:${alternatives})(?![\\w-])`, 'i');
const PROFILE_HEADERS: [RegExp, ProfileDimension][] = [
  [word('(?:staff|professional|occupational|job|workforce) ?group'), 'staff_group'],
  [word('division|directorate|care group|clinical business unit'), 'division'],
  [word('site|hospital site|main site|base'), 'site'],
];
export function profileDimensionOf(title: string): ProfileDimension | null {
  for (const [pattern, dimension] of PROFILE_HEADERS) if (pattern.test(title)) return dimension;
  return null;
}

/**
 * The distinct values of a column in order of first appearance, with counts. With `limit`, stops
 * (and says so) once there are more distinct values than that: a column of free text is known
 * not to be a choice without normalising all its 100,000 cells. Repeated cells are normalised
 * once (a column of choices holds a handful of different strings).
 */
export function vocabulary(values: Iterable<string>, limit = Infinity): Vocabulary {
  const seen: Vocabulary = new Map();
  const keys = new Map<string, string>();
  for (const raw of values) {
    let key = keys.get(raw);
    if (key === undefined) {
      const label = raw.trim();
      if (label === '') continue;
      key = normaliseLabel(label);
      if (keys.size < 1000) keys.set(raw, key);
      if (!seen.has(key)) {
        if (seen.size >= limit) {
          seen.truncated = true;
          return seen;
        }
        seen.set(key, { label, count: 0 });
      }
    }
    seen.get(key)!.count += 1;
  }
  return seen;
}
export type Vocabulary = Map<string, { label: string; count: number }> & { truncated?: boolean };

function* splitEach(values: string[], separator: string): Generator<string> {
  for (const value of values) yield* splitMulti(value, separator);
}

export function splitMulti(value: string, separator: string): string[] {
  // Microsoft Forms ends the list with its separator ("Email;Teams;"): the empty last part is not an option.
  return value.split(separator.trim() === '' ? separator : separator.trim()).map((p) => p.trim()).filter((p) => p !== '');
}

const MAX_OPTIONS = 50;
const CHOICE_LIMIT = Math.min(MAX_OPTIONS, 20);
/**
 * Few distinct answers, given twice each on average (or a handful, some repeated): a choice,
 * not free text.
 */
function isSmallVocabulary(vocab: Vocabulary, answered: number): boolean {
  if (vocab.size === 0 || vocab.truncated || vocab.size > CHOICE_LIMIT) return false;
  if ([...vocab.values()].some((v) => v.label.length > 120)) return false;
  return answered >= vocab.size * 2 || (vocab.size <= 6 && answered > vocab.size);
}

export interface CellInference {
  type: QuestionType;
  dimension: ProfileDimension | null;
  /** The options (choice types) in order of first appearance, with counts. */
  options: { label: string; count: number }[];
  separator: string | null;
}

/** Infers the type of a question held in one column. */
export function inferCellQuestion(title: string, values: string[], separators: string[]): CellInference {
  const filled = values.filter((v) => v.trim() !== '');
  const dimension = profileDimensionOf(title);
  if (dimension) return { type: 'profile', dimension, options: [...vocabulary(filled).values()], separator: null };
  // More than this many different answers is neither a choice (isSmallVocabulary) nor a scale.
  const whole = vocabulary(filled, CHOICE_LIMIT);
  const options = [...whole.values()];
  if (filled.length === 0) return { type: 'short_text', dimension: null, options: [], separator: null };
  // Every cell's normalised form is a key of the vocabulary: checking the keys checks every cell.
  const keys = whole.truncated ? filled : [...whole.keys()];
  if (keys.every((v) => agreementLevel(v) !== null)) return { type: 'likert', dimension: null, options, separator: null };
  if (keys.every((v) => ratingValue(v) !== null)) return { type: 'rating', dimension: null, options, separator: null };
  for (const separator of separators) {
    const sep = separator.trim() === '' ? separator : separator.trim();
    if (!filled.some((v) => v.includes(sep))) continue;
    // Split lazily: a column of free text stops as soon as it has too many different parts.
    const parts = vocabulary(splitEach(filled, separator), CHOICE_LIMIT);
    // Every cell ending with the separator is Microsoft Forms' list ("Email;Teams;"), however few rows.
    const msForms = sep === ';' && filled.every((v) => v.trimEnd().endsWith(sep));
    if (!isSmallVocabulary(parts, filled.length) && !(msForms && parts.size > 0 && !parts.truncated)) continue;
    if (ranksEveryOption(filled, separator, parts.size)) return { type: 'ranking', dimension: null, options: [...parts.values()], separator };
    // Splitting leaves fewer different answers, or every cell ends with the separator: a list of
    // choices, not single answers that contain it.
    const listed = whole.truncated || parts.size < whole.size || msForms;
    if (listed) return { type: 'multiple_choice', dimension: null, options: [...parts.values()], separator };
  }
  // Levels of a common scale are a choice even when a small file gives each once.
  if (isSmallVocabulary(whole, filled.length) || (!whole.truncated && isNamedScale(options.map((o) => o.label)))) {
    return { type: 'single_choice', dimension: null, options, separator: null };
  }
  let longest = 0;
  let total = 0;
  for (const v of filled) {
    longest = Math.max(longest, v.length);
    total += v.length;
  }
  const mean = total / filled.length;
  return { type: longest > SHORT_TEXT_MAX || mean > 80 ? 'long_text' : 'short_text', dimension: null, options: [], separator: null };
}

/**
 * Microsoft Forms writes a ranking in one cell, first choice first ("Wifi;Log-in;Training;"): a
 * column whose every answer lists all the options once, in more than one order, is a ranking
 * rather than a multiple choice where everybody ticked everything.
 */
function ranksEveryOption(filled: string[], separator: string, optionCount: number): boolean {
  if (optionCount < 2) return false;
  const orders = new Set<string>();
  for (const cell of new Set(filled)) {
    const parts = splitMulti(cell, separator).map(normaliseLabel);
    if (parts.length !== optionCount || new Set(parts).size !== optionCount) return false;
    orders.add(parts.join('\u0001'));
  }
  return orders.size > 1;
}

const TICKED = new Set(['y', 'yes', '1', 'x', 'true', 'checked', 'selected']);
const UNTICKED = new Set(['', 'n', 'no', '0', 'false', 'not selected', 'unchecked']);

/** A cell of a column-per-option question: is the option chosen? null when the cell is neither. */
export function ticked(cell: string, optionLabel: string): boolean | null {
  const value = normaliseLabel(cell);
  if (UNTICKED.has(value)) return false;
  if (TICKED.has(value) || value === normaliseLabel(optionLabel)) return true;
  return null;
}

/** A rank as a file writes it ("1" to "99"), or null. */
export function rankValue(value: string): number | null {
  return INTEGER.test(value) ? Number(value) : null;
}

/**
 * Columns of one question that hold ranks (SurveyMonkey and Qualtrics write a ranking question as
 * one column per option, each cell the rank given to it): every cell empty or a whole number from
 * 1 to the number of columns, and most answered rows give ranks 1, 2, … once each, all the way or
 * only their first few choices (SurveyMonkey's "N/A"). Some row must rank two or more, or the
 * columns are ticks ("1") of a multiple choice. A row that repeats a rank or leaves one out is
 * then a problem in that row (see convert.ts), not a reason to read the columns as numbers.
 */
function holdsRanks(columns: { values: string[] }[]): boolean {
  const size = columns.length;
  const rowCount = columns[0]?.values.length ?? 0;
  let answered = 0;
  let whole = 0;
  let longest = 0;
  for (let row = 0; row < rowCount; row += 1) {
    const seen = new Set<number>();
    let filled = 0;
    let highest = 0;
    for (const column of columns) {
      const cell = column.values[row] ?? '';
      if (cell.trim() === '') continue;
      const rank = rankValue(cell);
      if (rank === null || rank < 1 || rank > size) return false;
      seen.add(rank);
      filled += 1;
      highest = Math.max(highest, rank);
    }
    if (filled === 0) continue;
    answered += 1;
    if (seen.size === filled && highest === filled) {
      whole += 1;
      longest = Math.max(longest, filled);
    }
  }
  return answered > 0 && longest >= 2 && whole * 2 >= answered;
}

const RANK_POSITION = /^(?:rank(?:ing)?\s*)?(\d{1,2})$/i;

/**
 * LimeSurvey writes a ranking the other way round: one column per position ("Put these in order
 * [Ranking 1]", "[Ranking 2]", …), each cell the option put there. The columns are positions
 * 1…k in order, the cells name at least k different options (more when respondents rank only
 * their first k: LimeSurvey's "maximum answers"), never numbers, and most answered rows fill the
 * positions from the first, each option once; the other rows are then problems (see convert.ts).
 */
function holdsRankedOptions(columns: { sub: string; values: string[] }[]): boolean {
  if (!columns.every((c, i) => Number(RANK_POSITION.exec(c.sub.trim())?.[1]) === i + 1)) return false;
  const options = new Set<string>();
  const rowCount = columns[0]?.values.length ?? 0;
  let answered = 0;
  let whole = 0;
  for (let row = 0; row < rowCount; row += 1) {
    const positions = columns.map((c) => normaliseLabel(c.values[row] ?? ''));
    const named = positions.filter((v) => v !== '');
    if (named.length === 0) continue;
    if (named.some((v) => /^\d+$/.test(v))) return false;
    named.forEach((v) => options.add(v));
    if (options.size > CHOICE_LIMIT) return false;
    answered += 1;
    const fromFirst = positions.slice(0, named.length).every((v) => v !== '');
    if (fromFirst && new Set(named).size === named.length) whole += 1;
  }
  return options.size >= columns.length && answered > 0 && whole * 2 >= answered;
}

/**
 * How a question spread over several columns holds its answers: one column per option
 * (SurveyMonkey, LimeSurvey multiple choice), one column per agreement statement (grids), one
 * column per option holding its rank (ranking) or per position holding an option (LimeSurvey's
 * ranking), or none of these — then each column is a
 * question of its own.
 */
export function groupStyle(columns: { sub: string; values: string[] }[], numericLevels = false): 'option_columns' | 'grid' | 'ranking' | 'rank_positions' | 'separate' {
  const filled = (values: string[]) => values.filter((v) => v.trim() !== '');
  const anyAnswers = columns.some((c) => filled(c.values).length > 0);
  if (anyAnswers && columns.every((c) => filled(c.values).every((v) => agreementLevel(v) !== null))) return 'grid';
  if (holdsRanks(columns)) return 'ranking';
  if (holdsRankedOptions(columns)) return 'rank_positions';
  // Levels written as numbers, where the tool writes them so (LimeSurvey's 5-point arrays);
  // elsewhere such columns are separate numbers. Columns of nothing but 1s are ticks.
  const levels = numericLevels ? columns.flatMap((c) => filled(c.values)) : [];
  if (levels.length > 0 && levels.every((v) => /^\s*[1-5]\s*$/.test(v)) && levels.some((v) => v.trim() !== '1')) return 'grid';
  if (columns.every((c) => c.values.every((v) => ticked(v, c.sub) !== null))) return 'option_columns';
  return 'separate';
}

export const TEXT_LIMITS: Partial<Record<QuestionType, number>> = { short_text: SHORT_TEXT_MAX, long_text: LONG_TEXT_MAX };
