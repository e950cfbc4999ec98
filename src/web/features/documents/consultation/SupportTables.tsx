import type { ConsultationSection, SupportFigures } from '../../../../shared/contracts/consultation.js';
import { Count, Percent } from '../../results/format.js';
import { Table } from '../../../ui/Table.js';

type Group = ConsultationSection['byStaffGroup'][number];

function Share({ share }: { share: SupportFigures['yes'] }) {
  return (
    <>
      <Count count={share.count} />
      {share.percent !== null && (
        <span className="chorus-muted">
          {' '}
          (<Percent percent={share.percent} />)
        </span>
      )}
    </>
  );
}

const figures = <Row,>(of: (row: Row) => SupportFigures) => [
  { header: 'Yes', numeric: true, cell: (r: Row) => <Share share={of(r).yes} /> },
  { header: 'Partly', numeric: true, cell: (r: Row) => <Share share={of(r).partly} /> },
  { header: 'No', numeric: true, cell: (r: Row) => <Share share={of(r).no} /> },
];

/**
 * Support for each section, and the same by staff group. Every figure arrives suppressed from the
 * server: a hidden one reads "Hidden", and nothing here is worked out from one.
 */
export function SupportTables({ sections }: { sections: ConsultationSection[] }) {
  return (
    <>
      <Table<ConsultationSection>
        caption="Support for each section"
        captionHidden
        rows={sections}
        rowKey={(s) => s.key}
        columns={[{ header: 'Section', cell: (s) => <span className="chorus-break-anywhere">{s.title}</span> }, ...figures<ConsultationSection>((s) => s.support)]}
      />
      {sections.map((section) => {
        const groups = section.byStaffGroup.filter((g) => g.respondents.suppressed || (g.respondents.value ?? 0) > 0);
        if (groups.length === 0) return null;
        return (
          <details className="nhsuk-details" key={section.key}>
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                By staff group: {section.title}
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <Table<Group>
                // The summary above says it; the caption names the table for screen readers.
                caption={<>By staff group: {section.title}</>}
                captionHidden
                rows={groups}
                rowKey={(g) => g.key}
                columns={[{ header: 'Staff group', cell: (g) => g.label }, { header: 'Answered', numeric: true, cell: (g) => <Count count={g.respondents} /> }, ...figures<Group>((g) => g)]}
              />
            </div>
          </details>
        );
      })}
    </>
  );
}
