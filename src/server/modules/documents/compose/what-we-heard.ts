import { SOURCE_KIND_LABELS, SOURCE_KINDS } from '../../../../shared/contracts/insights.js';
import type { Playback } from '../../../../shared/contracts/playback.js';
import type { DocBlock } from '../../../../shared/strategy-document.js';
import { bars, bullets, count, heading, para, plural, quote } from './blocks.js';

const STRENGTH = { strong: 'Strong evidence', moderate: 'Moderate evidence', emerging: 'Emerging evidence' } as const;
const shown = (c: { value: number | null }) => (c.value === null ? 'a small number (hidden)' : count(c.value));
const percent = (rate: number | null) => (rate === null ? 'not known' : `${Math.round(rate * 1000) / 10}%`);

/**
 * What we heard: how much evidence, from whom, and the insights drawn from it with a masked quote
 * from leaders and from staff. Every figure about people comes from the playback pack, which takes
 * them from the suppressed results and strength; draft insights are left out of the document.
 */
export function whatWeHeard(pack: Playback): DocBlock[] {
  const e = pack.heard.evidence;
  const total = SOURCE_KINDS.reduce((sum, k) => sum + e[k], 0);
  const out: DocBlock[] = [
    para(
      `We gathered ${plural(total, 'piece')} of evidence: from ${plural(pack.heard.surveys.length, 'survey')}, ${plural(pack.heard.interviews, 'interview')} with senior leaders and ${plural(pack.heard.workshops, 'workshop')}. ` +
        `Quotes have personal details masked, and no group of fewer than ${pack.threshold} people is ever named.`,
    ),
    bars(
      'Evidence by kind of source',
      `Bar chart of the evidence by kind of source: ${SOURCE_KINDS.map((k) => `${SOURCE_KIND_LABELS[k]} ${count(e[k])}`).join(', ')}.`,
      Math.max(1, ...SOURCE_KINDS.map((k) => e[k])),
      SOURCE_KINDS.map((k) => ({ label: SOURCE_KIND_LABELS[k], value: e[k], caption: count(e[k]) })),
      { caption: 'Evidence by kind of source', header: ['Source', 'Pieces of evidence'], rows: SOURCE_KINDS.map((k) => [SOURCE_KIND_LABELS[k], count(e[k])]) },
    ),
  ];
  for (const c of pack.coverage) {
    out.push(heading(`Who answered: ${c.title}`));
    out.push(para(`${shown(c.responses)} responses${c.headcount ? ` from ${count(c.headcount)} staff (${percent(c.rate)})` : ''}. We aimed to hear from ${percent(c.targetRate)} of each group.`));
    if (c.neverHeard.length) {
      out.push(para('We have not yet heard from:'));
      out.push(bullets(c.neverHeard.map((g) => `${g.staffGroup}, ${g.division}`)));
    }
  }
  const insights = pack.insights.filter((i) => i.status !== 'draft');
  out.push(heading('What it told us'));
  if (!insights.length) out.push(para('No insight has been agreed yet.'));
  insights.forEach((insight, index) => {
    const s = insight.strength;
    out.push(heading(`${index + 1}. ${insight.statement}`, 4));
    out.push(para(`${STRENGTH[s.level]}: ${plural(s.items, 'piece')} of evidence from ${plural(s.sourceKinds, 'kind')} of source.`));
    if (insight.voices.staff) out.push(quote(insight.voices.staff.text, `Staff, ${insight.voices.staff.whereFrom}`));
    if (insight.voices.leaders) out.push(quote(insight.voices.leaders.text, `Senior leader, ${insight.voices.leaders.whereFrom}`));
  });
  return out;
}
