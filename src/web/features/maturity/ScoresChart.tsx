import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { Radar, type RadarSeries } from './Radar.js';

interface Props {
  measures: readonly string[];
  max: number;
  series: readonly RadarSeries[];
  title: string;
}

/** The radar and, below it, the same scores as a table, for anyone who cannot use the picture. */
export function ScoresChart({ measures, max, series, title }: Props) {
  return (
    <div className="chorus-scores-chart">
      <Radar measures={measures} max={max} series={series} title={title} />
      <ScrollRegion label={`The scores in the chart, out of ${max}`}>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">The scores in the chart, out of {max}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Measure</th>
              {series.map((s) => (
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric" key={s.label}>{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {measures.map((name, i) => (
              <tr className="nhsuk-table__row" key={name}>
                <th scope="row" className="nhsuk-table__header">{name}</th>
                {series.map((s) => (
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={s.label}>{s.scores[i] ?? 'Not scored'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
