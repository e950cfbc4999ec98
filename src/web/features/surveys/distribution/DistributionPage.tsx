import { useParams } from 'react-router';
import { useOrgId } from '../../../app/OrgLayout.js';
import { paths } from '../../../app/paths.js';
import { BackLink } from '../../../ui/BackLink.js';
import { Page } from '../../../ui/Page.js';
import { LoadError, Loading } from '../../../ui/status.js';
import { useDistribution } from './api.js';
import { InvitationsSection } from './InvitationsSection.js';
import { OpenLinkSection } from './OpenLinkSection.js';

/** How a survey reaches staff: the open link (QR code, poster, access code) and personal invitations. */
export function DistributionPage() {
  const orgId = useOrgId();
  const { strategyId = '', surveyId = '' } = useParams();
  const distribution = useDistribution(surveyId);
  const back = <BackLink to={paths.survey(orgId, strategyId, surveyId)}>Back to the survey</BackLink>;
  const data = distribution.data;
  return (
    <Page title="Share the survey" caption={data?.title} before={back}>
      {distribution.isPending && <Loading what="how the survey is shared" />}
      {distribution.isError && <LoadError error={distribution.error} what="how the survey is shared" />}
      {data && (
        <>
          {data.status === 'draft' && <div className="nhsuk-inset-text"><p>The survey is a draft: publish it before you share it. Links work only once it is open.</p></div>}
          {data.status === 'closed' && <div className="nhsuk-inset-text"><p>The survey has closed: its links show a “closed” page.</p></div>}
          <OpenLinkSection distribution={data} />
          <InvitationsSection distribution={data} />
        </>
      )}
    </Page>
  );
}
