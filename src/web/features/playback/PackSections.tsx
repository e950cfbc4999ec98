import { SOURCE_KIND_LABELS, SOURCE_KINDS } from '../../../shared/contracts/insights.js';
import type { Playback } from '../../../shared/contracts/playback.js';
import { SURVEY_STATUS_LABELS, type SurveyStatus } from '../../../shared/contracts/surveys.js';
import { formatDate } from '../../ui/format.js';
import { Table } from '../../ui/Table.js';
import { Radar } from '../maturity/Radar.js';
import { BarList } from '../results/Charts.js';
import { Count, countText, Percent, rateText } from '../results/format.js';

/*
 * The pack's sections, read-only, in the order of the Word document. Every figure arrives from
 * the server already through the suppression function; a hidden one is written "Hidden".
 */

export function Heard({ pack }: { pack: Playback }) {
  const e = pack.heard.evidence;
  return (
    <section aria-labelledby="heard-heading">
      <h2 className="nhsuk-heading-l" id="heard-heading">What we heard</h2>
      <p className="nhsuk-body">
        {(e.survey + e.interview + e.workshop + e.system).toLocaleString('en-GB')} pieces of evidence from {pack.heard.surveys.length} surveys,{' '}
        {pack.heard.interviews} leader interviews and {pack.heard.workshops} workshops.
      </p>
      <Table
        caption="Evidence by kind of source"
        columns={[
          { header: 'Kind of source', cell: (k) => SOURCE_KIND_LABELS[k] },
          { header: 'Pieces of evidence', numeric: true, cell: (k) => e[k].toLocaleString('en-GB') },
        ]}
        rows={SOURCE_KINDS}
        rowKey={(k) => k}
      />
      {pack.heard.surveys.length > 0 && (
        <Table
          caption="Surveys"
          columns={[
            { header: 'Survey', cell: (s) => <span className="chorus-break-anywhere">{s.title}</span> },
            { header: 'Status', cell: (s) => SURVEY_STATUS_LABELS[s.status as SurveyStatus] ?? s.status },
            { header: 'Responses', numeric: true, cell: (s) => <Count count={s.responses} /> },
          ]}
          rows={pack.heard.surveys}
          rowKey={(s) => s.id}
        />
      )}
    </section>
  );
}

export function WhoFrom({ pack }: { pack: Playback }) {
  return (
    <section aria-labelledby="who-heading">
      <h2 className="nhsuk-heading-l" id="who-heading">Who we heard from</h2>
      {pack.coverage.length === 0 && <p className="nhsuk-body">No survey has been run for this strategy yet.</p>}
      {pack.coverage.map((c) => {
        const groups = [
          ...c.neverHeard.map((g) => ({ ...g, status: 'Not heard from at all' })),
          ...c.belowTarget.map((g) => ({ ...g, status: 'Below the target' })),
        ];
        return (
          <div key={c.surveyId}>
            <h3 className="nhsuk-heading-m chorus-break-anywhere">{c.title}</h3>
            <p className="nhsuk-body">
              {countText(c.responses)} responses
              {c.headcount ? ` from ${c.headcount.toLocaleString('en-GB')} staff (${rateText(c.rate) ?? 'rate not shown'})` : ''}. The target is{' '}
              {rateText(c.targetRate)} of each group.
            </p>
            {groups.length ? (
              <Table
                caption={`Groups still to hear from: ${c.title}`}
                captionHidden
                columns={[
                  { header: 'Staff group', cell: (g) => g.staffGroup },
                  { header: 'Division', cell: (g) => g.division },
                  { header: 'Coverage', cell: (g) => g.status },
                ]}
                rows={groups}
                rowKey={(g) => `${g.staffGroup}|${g.division}|${g.status}`}
              />
            ) : (
              <p className="nhsuk-body">No group is shown to be below the target.</p>
            )}
          </div>
        );
      })}
    </section>
  );
}

export function Charts({ pack }: { pack: Playback }) {
  if (!pack.charts.length) return null;
  return (
    <section aria-labelledby="charts-heading">
      <h2 className="nhsuk-heading-l" id="charts-heading">What the surveys say</h2>
      {pack.charts.map((c) => {
        const items = c.bars.map((b, i) => ({ key: String(i), label: b.label, count: b.count, percent: b.percent }));
        return (
          <div key={c.questionId} className="chorus-playback-chart">
            <h3 className="nhsuk-heading-s chorus-break-anywhere">
              {c.title} <span className="nhsuk-caption-m">{c.surveyTitle}, {countText(c.respondents)} people answered</span>
            </h3>
            <BarList items={items} />
            <Table
              caption={`${c.title}: the figures`}
              captionHidden
              columns={[
                { header: 'Answer', cell: (b) => b.label },
                { header: 'People', numeric: true, cell: (b) => <Count count={b.count} /> },
                { header: 'Per cent', numeric: true, cell: (b) => <Percent percent={b.percent} /> },
              ]}
              rows={items}
              rowKey={(b) => b.key}
            />
          </div>
        );
      })}
    </section>
  );
}

export function Estate({ pack }: { pack: Playback }) {
  const t = pack.estate.time;
  const rows = [
    { key: 'invest', label: 'Invest', n: t.invest },
    { key: 'tolerate', label: 'Tolerate', n: t.tolerate },
    { key: 'migrate', label: 'Migrate', n: t.migrate },
    { key: 'eliminate', label: 'Eliminate', n: t.eliminate },
    { key: 'unrated', label: 'Not yet rated', n: t.unrated },
  ];
  return (
    <section aria-labelledby="estate-heading">
      <h2 className="nhsuk-heading-l" id="estate-heading">The estate</h2>
      <p className="nhsuk-body">{pack.estate.systems.toLocaleString('en-GB')} systems in use.</p>
      <Table
        caption="Systems by how well they fit (TIME)"
        columns={[
          { header: 'TIME', cell: (r) => r.label },
          { header: 'Systems', numeric: true, cell: (r) => r.n.toLocaleString('en-GB') },
        ]}
        rows={rows}
        rowKey={(r) => r.key}
      />
      {pack.estate.contractsEnding.length ? (
        <Table
          caption="Contracts ending in the next 12 months"
          columns={[
            { header: 'System', cell: (s) => <span className="chorus-break-anywhere">{s.name}</span> },
            { header: 'Contract ends', cell: (s) => formatDate(s.contractEnd) },
          ]}
          rows={pack.estate.contractsEnding}
          rowKey={(s) => s.id}
        />
      ) : (
        <p className="nhsuk-body">No contract ends in the next 12 months.</p>
      )}
    </section>
  );
}

export function Maturity({ pack }: { pack: Playback }) {
  const m = pack.maturity;
  return (
    <section aria-labelledby="maturity-heading">
      <h2 className="nhsuk-heading-l" id="maturity-heading">Digital maturity</h2>
      {!m ? (
        <p className="nhsuk-body">No maturity assessment has been made yet.</p>
      ) : (
        <>
          <p className="nhsuk-body">
            {m.title} ({m.framework}), assessed on {formatDate(m.assessedOn)}. Scores out of {m.max}.
          </p>
          <Radar title={`Maturity scores: ${m.title}`} measures={m.measures.map((x) => x.name)} max={m.max} series={[{ label: m.title, scores: m.measures.map((x) => x.score), style: 'solid' }]} />
          <Table
            caption="Maturity scores"
            columns={[
              { header: 'Measure', cell: (x) => x.name },
              { header: 'Score', numeric: true, cell: (x) => (x.score === null ? 'Not scored' : `${x.score} of ${m.max}`) },
            ]}
            rows={m.measures}
            rowKey={(x) => x.name}
          />
        </>
      )}
    </section>
  );
}
