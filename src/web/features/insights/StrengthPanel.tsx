import { SOURCE_KIND_LABELS, SOURCE_KINDS, type InsightDetail } from '../../../shared/contracts/insights.js';
import type { Quote } from '../../../shared/contracts/evidence.js';
import { plural } from '../../ui/format.js';
import { Table } from '../../ui/Table.js';
import { QuoteMeta } from '../evidence/Quote.js';
import { StrengthTag } from './StrengthTag.js';

type Spread = InsightDetail['strength']['divisions'];

/**
 * How strongly the evidence backs the insight: the level and the rule that gave it, the sources,
 * the spread over groups (only groups the server names: it has already hidden small ones) and
 * leaders' and staff's voices side by side.
 */
export function StrengthPanel({ insight }: { insight: InsightDetail }) {
  const { strength, voices } = insight;
  return (
    <section aria-labelledby="strength-heading" className="chorus-strength">
      <h2 className="nhsuk-heading-m" id="strength-heading">
        Strength: <StrengthTag level={strength.level} />
      </h2>
      <p className="nhsuk-body">
        {plural(strength.items, 'piece')} of evidence from {plural(strength.sourceKinds, 'kind')} of source.
      </p>
      <p className="nhsuk-body-s chorus-strength-rule">
        <span className="nhsuk-u-font-weight-bold">How strength is worked out: </span>
        {insight.rule}
      </p>
      <Table
        caption="Evidence by kind of source"
        columns={[
          { header: 'Kind of source', cell: (k) => SOURCE_KIND_LABELS[k] },
          { header: 'Pieces of evidence', numeric: true, cell: (k) => (strength.sources[k] ?? 0).toLocaleString('en-GB') },
        ]}
        rows={SOURCE_KINDS}
        rowKey={(k) => k}
      />
      <div className="chorus-strength-spread">
        <SpreadTable caption="Spread across divisions" group="Division" spread={strength.divisions} />
        <SpreadTable caption="Spread across staff groups" group="Staff group" spread={strength.staffGroups} />
      </div>
      <p className="nhsuk-body-s">
        Groups are named only where the survey results would show them. Smaller groups, and answers that did not say, are counted together as
        “other groups” where that is safe.
      </p>
      <h3 className="nhsuk-heading-s">Leaders and staff</h3>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <Voice title="Leaders" count={voices.leaderCount} quote={voices.leaders} none="No leader interview backs this insight yet." />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Voice title="Staff" count={voices.staffCount} quote={voices.staff} none="No survey answer, sticky note or comment on a system backs this insight yet." />
        </div>
      </div>
    </section>
  );
}

function SpreadTable({ caption, group, spread }: { caption: string; group: string; spread: Spread }) {
  const rows = [...spread.named.map((r) => ({ key: `n-${r.label}`, label: r.label, count: r.count }))];
  if (spread.other > 0) rows.push({ key: 'other', label: 'Other groups', count: spread.other });
  if (rows.length === 0) {
    return (
      <p className="nhsuk-body-s">
        <span className="nhsuk-u-font-weight-bold">{caption}: </span>no group can be named (the evidence is not from survey answers, or the groups are too small).
      </p>
    );
  }
  return (
    <Table
      caption={caption}
      columns={[
        { header: group, cell: (r) => <span className="chorus-break-anywhere">{r.label}</span> },
        { header: 'Pieces of evidence', numeric: true, cell: (r) => r.count.toLocaleString('en-GB') },
      ]}
      rows={rows}
      rowKey={(r) => r.key}
    />
  );
}

function Voice({ title, count, quote, none }: { title: string; count: number; quote: Quote | null; none: string }) {
  return (
    <div className="nhsuk-card chorus-voice">
      <div className="nhsuk-card__content">
        <h4 className="nhsuk-heading-xs">
          {title}: {plural(count, 'piece')}
        </h4>
        {quote ? (
          <>
            <blockquote className="chorus-evidence-quote">
              <p className="nhsuk-body chorus-evidence-text">{quote.text}</p>
            </blockquote>
            <QuoteMeta quote={quote} />
          </>
        ) : (
          <p className="nhsuk-body-s">{count > 0 ? 'None of it may be quoted.' : none}</p>
        )}
      </div>
    </div>
  );
}
