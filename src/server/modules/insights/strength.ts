import type { EvidenceSourceKey } from '../../../shared/contracts/evidence.js';
import type { SourceKind, Strength, StrengthLevel } from '../../../shared/contracts/insights.js';
import { suppressSmallGroups } from '../../platform/anonymity.js';

export const SOURCE_KIND_OF: Record<EvidenceSourceKey, SourceKind> = {
  survey_answer: 'survey',
  interview_note: 'interview',
  interview_excerpt: 'interview',
  sticky_note: 'workshop',
  system_comment: 'system',
};

/** The rule written on the page (STRENGTH_RULE): breadth of sources matters as much as volume. */
export function strengthLevel(items: number, sourceKinds: number): StrengthLevel {
  if (items >= 10 && sourceKinds >= 3) return 'strong';
  if (items >= 5 && sourceKinds >= 2) return 'moderate';
  return 'emerging';
}

// A value no group label can take: the answers whose group the results do not show.
const NOT_SHOWN = '\u0000not shown';

/**
 * How many of an insight's survey answers came from each group, naming only the groups the one
 * suppression function shows. `labels` are the groups each answer may show (null where its own
 * survey's results hide it). Counting answers per group is a new aggregate about people, so it
 * goes through `suppressSmallGroups` itself rather than trusting the per-quote decision: a group
 * with 2 answers here would otherwise be named with its count. The hidden groups and the answers
 * of no shown group are one "other" figure: the suppression leaves hidden cells either none or
 * together at least k, so total − named never isolates a small group.
 */
export function spreadOf(labels: (string | null)[], minGroupSize: number): Strength['divisions'] {
  const counts = new Map<string | null, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return spreadOfCounts(counts, minGroupSize);
}

/**
 * The same spread from counts already made (by SQL, over many thousands of answers): the count of
 * answers per shown label, null for those whose group the results hide.
 */
export function spreadOfCounts(countsByLabel: ReadonlyMap<string | null, number>, minGroupSize: number): Strength['divisions'] {
  const counts = new Map<string, number>();
  let total = 0;
  for (const [label, n] of countsByLabel) {
    if (n <= 0) continue;
    counts.set(label ?? NOT_SHOWN, (counts.get(label ?? NOT_SHOWN) ?? 0) + n);
    total += n;
  }
  const values = [...counts.keys()].sort();
  const cube = suppressSmallGroups(
    [{ key: 'group', values, residual: [NOT_SHOWN] }],
    values.map((v) => ({ coords: [v], count: counts.get(v)! })),
    minGroupSize,
  );
  const named = values
    .filter((v) => v !== NOT_SHOWN)
    .flatMap((v) => {
      const c = cube.count({ group: v });
      return c.suppressed ? [] : [{ label: v, count: c.value }];
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { named, other: total - named.reduce((s, r) => s + r.count, 0) };
}

export interface StrengthInput {
  source: EvidenceSourceKey;
  /** Survey answers only: the segment the results show, or nulls. */
  division: string | null;
  staffGroup: string | null;
}

export function strengthOf(items: StrengthInput[], minGroupSize: number): Strength {
  const sources: Record<SourceKind, number> = { survey: 0, interview: 0, workshop: 0, system: 0 };
  for (const item of items) sources[SOURCE_KIND_OF[item.source]] += 1;
  const sourceKinds = Object.values(sources).filter((n) => n > 0).length;
  const answers = items.filter((i) => i.source === 'survey_answer');
  return {
    level: strengthLevel(items.length, sourceKinds),
    items: items.length,
    sources,
    sourceKinds,
    divisions: spreadOf(answers.map((a) => a.division), minGroupSize),
    staffGroups: spreadOf(answers.map((a) => a.staffGroup), minGroupSize),
  };
}
