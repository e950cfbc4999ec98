import { Link } from 'react-router';
import type { EarlierSurvey, ParticipationWorkshop } from '../../../shared/contracts/participation.js';
import { paths } from '../../app/paths.js';
import { formatDate, plural } from '../../ui/format.js';

interface Props {
  orgId: string;
  surveys: EarlierSurvey[];
  workshops: ParticipationWorkshop[];
  canReadResults: boolean;
}

/** What came of earlier surveys and workshops: results for those who may read them, a plain sentence otherwise. */
export function EarlierRounds({ orgId, surveys, workshops, canReadResults }: Props) {
  return (
    <section aria-labelledby="earlier">
      <h2 id="earlier">What came of earlier ones</h2>
      {surveys.length + workshops.length === 0 && (
        <p className="nhsuk-body">No survey has closed and no workshop has been held yet. What came of them will be shown here.</p>
      )}
      {surveys.length > 0 && (
        <ul className="nhsuk-list nhsuk-list--border">
          {surveys.map((s) => (
            <li key={s.id}>
              <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">{s.title}</h3>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">Closed on {formatDate(s.closedAt)}.</p>
              {s.results ? (
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                  {plural(s.results.responses, 'response')} received.{' '}
                  <Link to={paths.surveyResults(orgId, s.strategyId, s.id)}>
                    Read the results<span className="nhsuk-u-visually-hidden"> of {s.title}</span>
                  </Link>
                </p>
              ) : (
                <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                  The strategy team is using what staff said to shape the digital strategy, and shares the results with
                  senior leaders. Individual answers are never shown.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {workshops.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Workshops held</h3>
          <ul className="nhsuk-list nhsuk-list--border">
            {workshops.map((w) => (
              <li key={w.id}>
                <Link to={paths.workshop(orgId, w.strategyId, w.id)}>{w.title}</Link>
                <span className="nhsuk-body-s"> on {formatDate(w.heldOn)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {!canReadResults && surveys.length > 0 && (
        <p className="nhsuk-body-s">Survey results are read by senior leaders and the strategy team.</p>
      )}
    </section>
  );
}
