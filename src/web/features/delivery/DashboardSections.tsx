import { useState } from 'react';
import { Link } from 'react-router';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { recentQuarters, type DeliveryDashboard } from '../../../shared/contracts/delivery.js';
import { paths } from '../../app/paths.js';
import { Select } from '../../ui/fields.js';
import { Table } from '../../ui/Table.js';
import { boardReportUrl } from './api.js';
import { RagTag } from './DeliveryPanel.js';
import { TrajectoryChart } from './TrajectoryChart.js';

interface Props {
  orgId: string;
  strategyId: string;
  data: DeliveryDashboard;
}

/** The red and amber initiatives, red first, each with the reason its owner gave. */
export function AtRisk({ orgId, strategyId, data }: Props) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Red and amber initiatives</h2>
      {data.atRisk.length === 0 ? (
        <p className="nhsuk-body">No initiative is rated red or amber in its latest update.</p>
      ) : (
        <ul className="nhsuk-list">
          {data.atRisk.map((i) => (
            <li key={i.initiativeId} className="chorus-delivery-update">
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                <Link to={paths.initiative(orgId, strategyId, i.initiativeId)} className="chorus-break-anywhere">{i.title}</Link> <RagTag rag={i.rag} />
              </p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0 chorus-break-anywhere chorus-pre-wrap">Why: {i.reason} (update of {i.recordedOnLabel})</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

type OverdueRow = DeliveryDashboard['overdueMilestones'][number];

/** Milestones not done whose due day has passed, most overdue first. */
export function OverdueMilestones({ orgId, strategyId, data }: Props) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Overdue milestones</h2>
      {data.overdueMilestones.length === 0 ? (
        <p className="nhsuk-body">No milestone is overdue.</p>
      ) : (
        <Table<OverdueRow>
          caption="Milestones not done by their due date, most overdue first"
          rows={data.overdueMilestones}
          rowKey={(m) => m.milestoneId}
          columns={[
            { header: 'Milestone', cell: (m) => <span className="chorus-break-anywhere">{m.title}</span> },
            { header: 'Initiative', cell: (m) => <Link to={paths.initiative(orgId, strategyId, m.initiativeId)} className="chorus-break-anywhere">{m.initiativeTitle}</Link> },
            { header: 'Due', cell: (m) => m.dueOnLabel },
            { header: 'Days overdue', numeric: true, cell: (m) => m.daysOverdue },
          ]}
        />
      )}
    </>
  );
}

/** Each measure: its chart against the trajectory, then the same figures as a table. */
export function Trajectories({ data }: Props) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Each measure against its trajectory</h2>
      {data.trajectories.length === 0 && <p className="nhsuk-body">No outcome measures have been set yet.</p>}
      {data.trajectories.map((m) => (
        <section key={m.measureId} aria-labelledby={`trajectory-${m.measureId}`}>
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1 chorus-break-anywhere" id={`trajectory-${m.measureId}`}>{m.name}</h3>
          <p className="nhsuk-body-s chorus-break-anywhere">
            For {m.ownerLabel}. {m.statusWords}
            {m.progress !== null && `: ${Math.round(m.progress * 100)}% of the way from the baseline to the target`}.
          </p>
          <TrajectoryChart measure={m} />
        </section>
      ))}
    </>
  );
}

/** The quarterly board report, made from the same figures, for the quarter chosen. */
export function BoardReportLinks({ strategyId }: { strategyId: string }) {
  const quarters = recentQuarters(todayInLondon(), 8);
  const [quarter, setQuarter] = useState(quarters[0]!.key);
  const label = quarters.find((q) => q.key === quarter)?.label ?? quarter;
  return (
    <>
      <h2 className="nhsuk-heading-m">Board report</h2>
      <p className="nhsuk-body">A report for the board of one quarter: the summary, progress per priority, red and amber initiatives with their reasons, overdue milestones, the measures against their trajectory and the updates recorded. A past quarter shows the figures as at its last day.</p>
      <Select id="board-report-quarter" label="Quarter" value={quarter} onChange={setQuarter} options={quarters.map((q) => ({ value: q.key, label: q.label }))} />
      <ul className="nhsuk-list">
        <li><a href={boardReportUrl(strategyId, 'docx', quarter)} download>Download the board report for {label} (Word)</a></li>
        <li><a href={boardReportUrl(strategyId, 'pdf', quarter)} download>Download the board report for {label} (PDF)</a></li>
      </ul>
    </>
  );
}
