import type { OpenSurvey, ParticipationWorkshop } from '../../../shared/contracts/participation.js';
import { formatDate } from '../../ui/format.js';

/** One open survey and how this person takes part: their way in, never someone else's. */
function SurveyCard({ survey }: { survey: OpenSurvey }) {
  const how = survey.howToTakePart;
  return (
    <li className="nhsuk-card chorus-home__card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">{survey.title}</h3>
        <p className="nhsuk-body-s">
          {survey.closesAt ? `Open until ${formatDate(survey.closesAt)}.` : 'Open now, with no closing date set yet.'}
        </p>
        {how.kind === 'open_link' ? (
          <>
            {how.needsAccessCode && (
              <p className="nhsuk-body-s">
                You will be asked for the access code. It is on the survey poster, or in the message from the strategy team.
              </p>
            )}
            {/* The staff pages are served by the server, outside this app: a plain link. */}
            <a className="nhsuk-button nhsuk-u-margin-bottom-0" href={how.path}>
              Take part<span className="nhsuk-u-visually-hidden"> in {survey.title}</span>
            </a>
          </>
        ) : (
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
            Your personal invitation was emailed to you at {how.email}. Use the link in that email to take part; it keeps
            your answers if you stop and come back.
          </p>
        )}
      </div>
    </li>
  );
}

function WorkshopCard({ workshop }: { workshop: ParticipationWorkshop }) {
  return (
    <li className="nhsuk-card chorus-home__card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">Workshop: {workshop.title}</h3>
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
          On {formatDate(workshop.heldOn)}
          {workshop.department ? `, with ${workshop.department}` : ''}.
          {workshop.facilitator ? ` To take part, contact ${workshop.facilitator}, who is running it.` : ' To take part, ask the strategy team.'}
        </p>
      </div>
    </li>
  );
}

/** Surveys and workshops open to this person now; says so plainly when there are none. */
export function OpenToYou({ surveys, workshops }: { surveys: OpenSurvey[]; workshops: ParticipationWorkshop[] }) {
  return (
    <section aria-labelledby="open-to-you">
      <h2 id="open-to-you">Open to you now</h2>
      {surveys.length + workshops.length === 0 ? (
        <p className="nhsuk-body">
          Nothing is open to you just now. When the strategy team opens a survey or plans a workshop you can join, it
          will appear here.
        </p>
      ) : (
        <ul className="chorus-home__cards">
          {surveys.map((s) => (
            <SurveyCard key={s.id} survey={s} />
          ))}
          {workshops.map((w) => (
            <WorkshopCard key={w.id} workshop={w} />
          ))}
        </ul>
      )}
    </section>
  );
}
