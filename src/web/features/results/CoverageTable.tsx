import { NOT_STATED, type Coverage } from '../../../shared/contracts/results.js';
import { COVERAGE_STATUS_TEXT as STATUS_TEXT, hiddenFiguresText } from '../../../shared/coverage-text.js';
import { Hidden, rateText } from './format.js';
import { ScrollTable } from './Tables.js';

type Cell = Coverage['cells'][number];
type Margin = Coverage['total'];

const n = (value: number) => value.toLocaleString('en-GB');

/** One division × staff group: responses of headcount, the rate, and the status in words (not colour alone). */
function CoverageCell({ cell }: { cell: Cell | undefined }) {
  if (!cell) return <td className="chorus-coverage__cell">–</td>;
  const { responses, headcount, rate, status } = cell;
  return (
    <td className={`chorus-coverage__cell chorus-coverage--${status}`}>
      {responses.suppressed ? (
        <span className="chorus-coverage__figures">
          <Hidden />
          {/* What the shown figures prove about it, never its own count. */}
          <HiddenFigures atMost={cell.atMost} headcount={headcount} />
        </span>
      ) : (
        <span className="chorus-coverage__figures">
          {n(responses.value ?? 0)}
          {headcount !== null ? <> of {n(headcount)}</> : <span className="nhsuk-u-visually-hidden"> responses</span>}
          {rate !== null && <span className="chorus-coverage__rate">{rateText(rate)}</span>}
        </span>
      )}
      {status !== 'hidden' && <span className="chorus-coverage__status">{STATUS_TEXT[status]}</span>}
    </td>
  );
}

function HiddenFigures({ atMost, headcount }: { atMost: number | null; headcount: number | null }) {
  const text = hiddenFiguresText(atMost, headcount);
  return text === null ? null : <span className="chorus-coverage__headcount">{text}</span>;
}

function MarginCell({ margin }: { margin: Margin | undefined }) {
  if (!margin) return <td className="chorus-coverage__cell">–</td>;
  return (
    <td className="chorus-coverage__cell chorus-coverage__cell--total">
      {margin.responses.suppressed ? (
        <span className="chorus-coverage__figures">
          <Hidden />
          <HiddenFigures atMost={margin.atMost} headcount={margin.headcount} />
        </span>
      ) : (
        <span className="chorus-coverage__figures">
          {n(margin.responses.value ?? 0)}
          {margin.headcount !== null && <> of {n(margin.headcount)}</>}
          {margin.rate !== null && <span className="chorus-coverage__rate">{rateText(margin.rate)}</span>}
        </span>
      )}
    </td>
  );
}

/** Divisions down, staff groups across, with totals: each cell responses ÷ headcount. */
export function CoverageTable({ coverage }: { coverage: Coverage }) {
  const cell = (division: string, group: string) => coverage.cells.find((c) => c.division === division && c.staffGroup === group);
  // "Not stated" gets a row and column only when someone is in it (or it is hidden): a line of
  // zeros says nothing. Leaving it out shows nothing the margins do not already show.
  const said = (c: Cell) => c.responses.suppressed || (c.responses.value ?? 0) > 0;
  const divisions = coverage.divisions.filter((d) => d.key !== NOT_STATED || coverage.cells.some((c) => c.division === d.key && said(c)));
  const staffGroups = coverage.staffGroups.filter((g) => g.key !== NOT_STATED || coverage.cells.some((c) => c.staffGroup === g.key && said(c)));
  if (!coverage.recorded.staffGroup || !coverage.recorded.division) {
    return <OneWayCoverageTable coverage={coverage} staffGroups={staffGroups} divisions={divisions} />;
  }
  return (
    <ScrollTable caption="Responses against headcount, by division and staff group">
      <thead>
        <tr>
          <th scope="col">Division</th>
          {staffGroups.map((group) => (
            <th key={group.key} scope="col">{group.label}</th>
          ))}
          <th scope="col">All staff groups</th>
        </tr>
      </thead>
      <tbody>
        {divisions.map((division) => (
          <tr key={division.key}>
            <th scope="row">{division.label}</th>
            {staffGroups.map((group) => (
              <CoverageCell key={group.key} cell={cell(division.key, group.key)} />
            ))}
            <MarginCell margin={coverage.byDivision.find((d) => d.key === division.key)} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All divisions</th>
          {staffGroups.map((group) => (
            <MarginCell key={group.key} margin={coverage.byStaffGroup.find((g) => g.key === group.key)} />
          ))}
          <MarginCell margin={coverage.total} />
        </tr>
      </tfoot>
    </ScrollTable>
  );
}

type Options = Coverage['staffGroups'];

/**
 * A survey that asked only one of staff group and division (or neither): that one down the side,
 * each against its whole headcount, and the total. A grid would be one line of "All …".
 */
function OneWayCoverageTable({ coverage, staffGroups, divisions }: { coverage: Coverage; staffGroups: Options; divisions: Options }) {
  const bySide = coverage.recorded.staffGroup ? 'staffGroup' : 'division';
  const side = !coverage.recorded.staffGroup && !coverage.recorded.division ? [] : bySide === 'staffGroup' ? staffGroups : divisions;
  const heading = bySide === 'staffGroup' ? 'Staff group' : 'Division';
  const total = side.length === 0 ? 'All staff' : bySide === 'staffGroup' ? 'All staff groups' : 'All divisions';
  return (
    <ScrollTable caption={side.length === 0 ? 'Responses against headcount' : `Responses against headcount, by ${heading.toLowerCase()}`}>
      <thead>
        <tr>
          <th scope="col">{side.length === 0 ? 'Who' : heading}</th>
          <th scope="col">Responses of headcount</th>
        </tr>
      </thead>
      <tbody>
        {side.map((item) => (
          <tr key={item.key}>
            <th scope="row">{item.label}</th>
            <CoverageCell cell={coverage.cells.find((c) => c[bySide] === item.key)} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{total}</th>
          {side.length === 0 ? <CoverageCell cell={coverage.cells[0]} /> : <MarginCell margin={coverage.total} />}
        </tr>
      </tfoot>
    </ScrollTable>
  );
}

export function CoverageKey() {
  const statuses: Cell['status'][] = ['on_target', 'below_target', 'never_heard', 'no_headcount', 'hidden'];
  const meaning: Record<Cell['status'], string> = {
    on_target: 'the response rate meets the target',
    below_target: 'fewer responses than the target; for a hidden group, even the most the shown figures allow is below it',
    never_heard: 'staff are on the headcount, and nobody has responded',
    no_headcount: 'no headcount is recorded, so there is no rate',
    hidden: 'too few to show, or would let a small group be worked out; the shown figures cannot say whether it is below target',
  };
  return (
    <ul className="chorus-legend chorus-coverage-key" aria-label="Key to the coverage table">
      {statuses.map((status) => (
        <li key={status} className="chorus-legend__item">
          <span className={`chorus-legend__swatch chorus-coverage--${status}`} aria-hidden="true" />
          <span>
            <strong>{STATUS_TEXT[status]}</strong>: {meaning[status]}
          </span>
        </li>
      ))}
    </ul>
  );
}
