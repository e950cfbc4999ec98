/**
 * The order of a choice question's options. A person reading a column of "Good", "Very poor",
 * "Excellent" sees a scale, not three answers to list by how often they were given: the options
 * follow the scale, and levels nobody chose in this file are still options (a results page that
 * leaves out "Very poor" because no one picked it misleads). Anything else keeps the order in
 * which the file first gives each answer, which is stable and is how the file reads.
 */

/** Common scales, each written out as tools offer it, lowest first. The first that holds every answer wins. */
const SCALES: string[][] = [
  ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'],
  ['Very dissatisfied', 'Somewhat dissatisfied', 'Neither satisfied nor dissatisfied', 'Somewhat satisfied', 'Very satisfied'],
  ['Extremely dissatisfied', 'Very dissatisfied', 'Somewhat dissatisfied', 'Neither satisfied nor dissatisfied', 'Somewhat satisfied', 'Very satisfied', 'Extremely satisfied'],
  ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
  ['Never', 'Rarely', 'Sometimes', 'Very often', 'Always'],
  ['Never', 'Rarely', 'Sometimes', 'Often', 'Very often', 'Always'],
  ['Never', 'Occasionally', 'Sometimes', 'Often', 'Always'],
  ['Never', 'Sometimes', 'About half the time', 'Most of the time', 'Always'],
  // The NHS Friends and Family Test, best last like the others.
  ['Very poor', 'Poor', 'Neither good nor poor', 'Good', 'Very good'],
  ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'],
  ['Very poor', 'Poor', 'Fair', 'Good', 'Excellent'],
  ['Very poor', 'Poor', 'Average', 'Good', 'Excellent'],
  ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'],
  ['Very poor', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'],
  ['Not at all likely', 'Not very likely', 'Somewhat likely', 'Very likely', 'Extremely likely'],
  ['Not at all likely', 'Slightly likely', 'Moderately likely', 'Very likely', 'Extremely likely'],
  ['Extremely unlikely', 'Unlikely', 'Neither likely nor unlikely', 'Likely', 'Extremely likely'],
  ['Very unlikely', 'Unlikely', 'Neither likely nor unlikely', 'Likely', 'Very likely'],
  ['Very difficult', 'Difficult', 'Neither easy nor difficult', 'Easy', 'Very easy'],
  ['Very difficult', 'Somewhat difficult', 'Neither easy nor difficult', 'Somewhat easy', 'Very easy'],
  ['Not at all', 'A little', 'Somewhat', 'Quite a lot', 'A great deal'],
  ['Not at all confident', 'Slightly confident', 'Somewhat confident', 'Fairly confident', 'Completely confident'],
  ['Not at all confident', 'Not very confident', 'Fairly confident', 'Very confident'],
  ['Much worse', 'Worse', 'About the same', 'Better', 'Much better'],
  ['Much worse', 'Somewhat worse', 'About the same', 'Somewhat better', 'Much better'],
];

/** Answers that sit beside a scale rather than on it; they follow it, in the file's order. */
const BESIDE = new Set([
  "don't know", 'do not know', 'dont know', 'not sure', 'unsure', 'not applicable', 'n/a', 'na', 'prefer not to say', 'rather not say',
  'no opinion', 'not relevant', 'does not apply',
]);

// Its own normalising, not infer's: infer asks this file whether a column is a scale.
const normaliseLabel = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const LEADING_NUMBER = /^\s*(\d{1,3})(?:\s*$|\s*[-–:.)(=]\s*|\s+)/;

function scaleOf(labels: string[]) {
  const onScale = labels.filter((l) => !BESIDE.has(normaliseLabel(l)));
  const beside = labels.filter((l) => BESIDE.has(normaliseLabel(l)));
  const byKey = new Map(onScale.map((l) => [normaliseLabel(l), l]));
  const fits = byKey.size > 0 ? SCALES.find((s) => {
    const keys = new Set(s.map(normaliseLabel));
    return [...byKey.keys()].every((k) => keys.has(k));
  }) : undefined;
  // Two answers could be from anywhere ("Never", "Always"); a scale needs most of its levels seen.
  const scale = fits && byKey.size * 2 > fits.length ? fits : null;
  return { onScale, beside, byKey, scale };
}

/** Whether the answers are levels of one of the common scales (then a choice, however few rows). */
export const isNamedScale = (labels: string[]): boolean => scaleOf(labels).scale !== null;

export interface OrderedOptions {
  labels: string[];
  /** The scale the options follow, for the preview to say so; null when kept in the file's order. */
  scale: string | null;
}

/**
 * Labels in first-appearance order → the options' order. A scale's labels are written as the file
 * writes them where it has them (its case and spelling), and as the scale names them otherwise.
 */
export function orderOptions(labels: string[]): OrderedOptions {
  const { onScale, beside, byKey, scale } = scaleOf(labels);
  if (scale) {
    return { labels: [...scale.map((level) => byKey.get(normaliseLabel(level)) ?? level), ...beside], scale: `${scale[0]} to ${scale[scale.length - 1]}` };
  }
  // Numbered answers ("1", "2 - Fair", "10 (Best)") in the order of their numbers.
  const numbers = onScale.map((l) => LEADING_NUMBER.exec(l)?.[1]);
  if (onScale.length > 1 && numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length) {
    const sorted = onScale.map((l, i) => ({ l, n: Number(numbers[i]) })).sort((a, b) => a.n - b.n).map((x) => x.l);
    return { labels: [...sorted, ...beside], scale: 'numbered answers, lowest first' };
  }
  return { labels, scale: null };
}
