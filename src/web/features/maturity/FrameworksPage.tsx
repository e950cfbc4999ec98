import { Link, useNavigate } from 'react-router';
import type { Framework } from '../../../shared/contracts/maturity.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Tag } from '../../ui/Tag.js';
import { useCopyFramework } from './api.js';
import { useFrameworks } from './api.js';
import { scaleHelp, SummaryNotice } from './labels.js';

/** The organisation's frameworks: the built-in What Good Looks Like and any of its own. */
export function FrameworksPage() {
  const orgId = useOrgId();
  const { banner } = useNotice(useFlash());
  const list = useFrameworks(orgId);
  return (
    <Page title="Maturity frameworks" before={<><BackLink to={paths.maturity(orgId)}>Back to digital maturity</BackLink>{banner}</>}>
      <p className="nhsuk-body">
        What Good Looks Like is built in and cannot be changed. To adapt it, make a copy; or create a framework of your own.
      </p>
      {list.data?.can.create && (
        <Link className="nhsuk-button nhsuk-button--secondary" to={paths.newFramework(orgId)}>
          Create a framework
        </Link>
      )}
      {list.isPending && <Loading what="frameworks" />}
      {list.isError && <LoadError error={list.error} what="The frameworks" />}
      {list.data?.frameworks.map((f) => <FrameworkCard key={f.id} orgId={orgId} framework={f} />)}
    </Page>
  );
}

function FrameworkCard({ orgId, framework }: { orgId: string; framework: Framework }) {
  const navigate = useNavigate();
  const copy = useCopyFramework(orgId);
  return (
    <section className="nhsuk-card" aria-labelledby={`framework-${framework.id}`}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading" id={`framework-${framework.id}`}>
          {framework.name} {framework.builtIn && <Tag colour="blue">Built in</Tag>}
        </h2>
        {framework.description && <p className="nhsuk-body">{framework.description}</p>}
        <p className="nhsuk-body-s">
          {scaleHelp(framework.scaleMax)} Used by {framework.assessmentCount === 1 ? '1 assessment' : `${framework.assessmentCount} assessments`}.
        </p>
        <dl className="nhsuk-summary-list">
          {framework.measures.map((m) => (
            <div className="nhsuk-summary-list__row" key={m.id}>
              <dt className="nhsuk-summary-list__key">{m.name}</dt>
              <dd className="nhsuk-summary-list__value">
                {m.description || 'No description'}
                {m.description && m.chorusSummary && <SummaryNotice />}
              </dd>
            </div>
          ))}
        </dl>
        <div className="nhsuk-button-group">
          {framework.can.update && (
            <Link className="nhsuk-button nhsuk-button--secondary" to={paths.editFramework(orgId, framework.id)}>
              Edit<span className="nhsuk-u-visually-hidden"> {framework.name}</span>
            </Link>
          )}
          {framework.can.copy && (
            <Button
              variant="secondary"
              busy={copy.isPending}
              onClick={() =>
                copy.mutate(framework.id, {
                  onSuccess: (made) => navigate(paths.editFramework(orgId, made.id), { state: flashState(`“${made.name}” has been made. Change it as you need.`) }),
                })
              }
            >
              Make a copy<span className="nhsuk-u-visually-hidden"> of {framework.name}</span>
            </Button>
          )}
        </div>
        {copy.isError && <p className="nhsuk-error-message">{copy.error.message}</p>}
      </div>
    </section>
  );
}
