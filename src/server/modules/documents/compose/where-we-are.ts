import type { Playback } from '../../../../shared/contracts/playback.js';
import { formatDate } from '../../../../shared/dates.js';
import type { DocBlock } from '../../../../shared/strategy-document.js';
import { bars, count, heading, para, plural, table } from './blocks.js';

const TIME_ROWS = [
  ['invest', 'Invest: fits well, worth investing in'],
  ['tolerate', 'Tolerate: does the job for now'],
  ['migrate', 'Migrate: the right idea on the wrong system'],
  ['eliminate', 'Eliminate: to be replaced or retired'],
  ['unrated', 'Not yet rated'],
] as const;

/** Where we are: the estate's headlines (TIME, contracts ending) and the latest maturity scores. */
export function whereWeAre(pack: Playback): DocBlock[] {
  const e = pack.estate;
  const out: DocBlock[] = [
    para(`We use ${plural(e.systems, 'system')}. We rated each by how well it fits the work and how sound it is technically (TIME).`),
    table('Systems by how well they fit (TIME)', ['Rating', 'Systems'], TIME_ROWS.map(([key, label]) => [label, count(e.time[key])])),
  ];
  if (e.contractsEnding.length) {
    out.push(heading('Contracts ending in the next 12 months'));
    out.push(table('Contracts ending in the next 12 months', ['System', 'Contract ends'], e.contractsEnding.map((s) => [s.name, formatDate(s.contractEnd)])));
  }
  const m = pack.maturity;
  out.push(heading('Digital maturity'));
  if (!m) {
    out.push(para('We have not assessed our digital maturity yet.'));
    return out;
  }
  const scored = m.measures.map((x) => `${x.name} ${x.score === null ? 'not scored' : `${x.score}`}`).join(', ');
  out.push(para(`${m.title} (${m.framework}), assessed on ${formatDate(m.assessedOn)}. Each measure is scored out of ${m.max}.`));
  out.push(
    bars(
      `Digital maturity scores out of ${m.max}`,
      `Bar chart of digital maturity scores out of ${m.max}: ${scored}.`,
      m.max,
      m.measures.map((x) => ({ label: x.name, value: x.score, caption: x.score === null ? 'not scored' : `${x.score} of ${m.max}` })),
      { caption: `Digital maturity scores out of ${m.max}`, header: ['Measure', 'Score'], rows: m.measures.map((x) => [x.name, x.score === null ? 'Not scored' : `${x.score} of ${m.max}`]) },
    ),
  );
  return out;
}
