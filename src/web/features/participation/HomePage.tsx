import { Link } from 'react-router';
import { useMe } from '../../app/auth.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useOrganisation } from '../organisations/api.js';
import { useParticipation } from './api.js';
import { EarlierRounds } from './EarlierRounds.js';
import { LeaderInterviews } from './LeaderInterviews.js';
import { OpenToYou } from './OpenToYou.js';
import { WaitingPlaybacks } from '../playback/WaitingPlaybacks.js';
import './home.scss';

/**
 * A member's home in an organisation: what they can take part in now, their interviews if
 * they are a senior leader, and what came of earlier rounds. Nothing here is for editing.
 */
export function HomePage() {
  const orgId = useOrgId();
  const me = useMe();
  const organisation = useOrganisation(orgId);
  const participation = useParticipation(orgId);
  const data = participation.data;
  const firstName = me.user.name.split(' ').find((w) => !/^(dr|mr|mrs|ms|miss|prof)\.?$/i.test(w)) ?? me.user.name;
  return (
    <Page title="Home" heading={`Welcome, ${firstName}`} caption={organisation.data?.name}>
      <p className="nhsuk-lede-text">
        Your organisation is shaping its digital strategy with its staff. Here is what you can take part in, and what
        came of it.
      </p>
      {participation.isPending && <Loading what="what is open to you" />}
      {participation.isError && <LoadError error={participation.error} what="What is open to you" />}
      {data && (
        <>
          <WaitingPlaybacks orgId={orgId} enabled={data.role === 'leader'} />
          <OpenToYou surveys={data.openSurveys} workshops={data.upcomingWorkshops} />
          {data.interviews && <LeaderInterviews orgId={orgId} interviews={data.interviews} />}
          <EarlierRounds
            orgId={orgId}
            surveys={data.earlierSurveys}
            workshops={data.earlierWorkshops}
            canReadResults={data.can.readResults}
          />
          <p className="nhsuk-body">
            <Link to={paths.strategies(orgId)}>See the organisation’s strategies</Link>
          </p>
        </>
      )}
    </Page>
  );
}
