import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CHANGE_LABELS, HORIZON_LABELS, type InitiativeDetail } from '../../../shared/contracts/roadmap.js';
import { TIME_LABELS } from '../../../shared/contracts/estate.js';
import { flashState, useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Page } from '../../ui/Page.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { LoadError, Loading } from '../../ui/status.js';
import { DevelopComments } from '../comments/DevelopComments.js';
import { DeliveryPanel } from '../delivery/DeliveryPanel.js';
import { useDeleteInitiative, useInitiative } from './api.js';
import { DependencyPanel } from './DependencyPanel.js';
import { roadmapPaths } from './roadmap-paths.js';
import { StatusTag } from './StatusTag.js';
import './roadmap.scss';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** One initiative: its plan, what it depends on and what depends on it, the systems it changes, and the conversation about it. */
export function InitiativePage() {
  const orgId = useOrgId();
  const { strategyId = '', initiativeId = '' } = useParams();
  const initiative = useInitiative(initiativeId);
  const { banner, notify } = useNotice(useFlash());
  const links = roadmapPaths(orgId, strategyId);
  const before = (
    <>
      <BackLink to={links.roadmap}>Back to the roadmap</BackLink>
      {banner}
    </>
  );
  const data = initiative.data;
  if (!data) {
    return (
      <Page title="Initiative" before={before}>
        {initiative.isPending && <Loading what="the initiative" />}
        {initiative.isError && <LoadError error={initiative.error} what="The initiative" />}
      </Page>
    );
  }
  return (
    <Page title={`Initiative: ${data.title.slice(0, 60)}`} heading={<span className="chorus-break-anywhere">{data.title}</span>} caption={data.programme.name} before={before}>
      <p className="nhsuk-body"><StatusTag status={data.status} /> {data.startLabel} to {data.endLabel} ({data.months} months), {HORIZON_LABELS[data.horizon].toLowerCase()} on the board{data.critical ? ', on the critical path' : ''}.</p>
      {data.flags.length > 0 && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label"><span role="text"><span className="nhsuk-u-visually-hidden">Important: </span>Check the plan</span></h2>
          <ul className="nhsuk-list nhsuk-list--bullet">{data.flags.map((f) => <li key={f.message} className="chorus-break-anywhere">{f.message}</li>)}</ul>
        </div>
      )}
      {data.can.edit && <Actions orgId={orgId} initiative={data} links={links} />}
      <dl className="nhsuk-summary-list">
        <Row label="Programme">{data.programme.name}</Row>
        <Row label="Owner">{data.owner || 'Not named yet'}</Row>
        <Row label="Summary">{data.summary || 'No summary yet'}</Row>
        <Row label="Estimated cost">{data.estimatedCost === null ? 'Not estimated' : pounds.format(data.estimatedCost)}</Row>
        <Row label="Benefit">{data.benefit || 'Not stated yet'}</Row>
      </dl>
      <DependencyPanel strategyId={strategyId} initiative={data} links={links} />
      <h2 className="nhsuk-heading-m">Systems it changes</h2>
      {data.systems.length === 0 ? <p className="nhsuk-body">None linked.</p> : (
        <ul className="nhsuk-list">
          {data.systems.map((s) => (
            <li key={s.systemId} className="chorus-break-anywhere">
              <Link to={paths.system(orgId, s.systemId)}>{s.name}</Link>: {CHANGE_LABELS[s.change].toLowerCase()}
              {s.replacedBy ? `, replaced by ${s.replacedBy.name}` : ''}. TIME decision: {s.time ? TIME_LABELS[s.time] : 'not rated'}.
              {s.warning && <strong className="nhsuk-tag nhsuk-tag--orange chorus-roadmap-warning">{s.warning}</strong>}
            </li>
          ))}
        </ul>
      )}
      <h2 className="nhsuk-heading-m">Projects it continues</h2>
      {data.projects.length === 0 ? <p className="nhsuk-body">None linked.</p> : <ul className="nhsuk-list nhsuk-list--bullet">{data.projects.map((p) => <li key={p.id} className="chorus-break-anywhere">{p.name}</li>)}</ul>}
      <h2 className="nhsuk-heading-m">Insights it answers</h2>
      {data.insights.length === 0 ? <p className="nhsuk-body">None linked directly; it answers its priority theme’s insights.</p> : (
        <ul className="nhsuk-list nhsuk-list--bullet">{data.insights.map((i) => <li key={i.id}><Link className="chorus-break-anywhere" to={paths.insight(orgId, strategyId, i.id)}>{i.statement}</Link></li>)}</ul>
      )}
      <DeliveryPanel initiativeId={data.id} status={data.status} notify={notify} />
      <DevelopComments strategyId={strategyId} subjectType="initiative" subjectId={data.id} />
    </Page>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value chorus-break-anywhere chorus-roadmap-text">{children}</dd>
    </div>
  );
}

function Actions({ orgId, initiative, links }: { orgId: string; initiative: InitiativeDetail; links: ReturnType<typeof roadmapPaths> }) {
  const navigate = useNavigate();
  const remove = useDeleteInitiative();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="nhsuk-button-group">
        <Link className="nhsuk-button nhsuk-button--secondary" to={links.editInitiative(initiative.id)}>Edit the initiative</Link>
        <Button variant="warning" onClick={() => setConfirming(true)}>Delete the initiative</Button>
      </div>
      {remove.error && <p className="nhsuk-error-message" role="alert">{remove.error.message}</p>}
      <ConfirmDialog
        open={confirming}
        title={`Delete “${initiative.title}”?`}
        confirmLabel="Delete the initiative"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(initiative.id, {
            onSuccess: () => void navigate(paths.roadmap(orgId, initiative.strategyId), { state: flashState(`Initiative “${initiative.title}” deleted`) }),
            onError: () => setConfirming(false),
          })
        }
      >
        Its dependencies both ways, its links and its comments are deleted with it.
      </ConfirmDialog>
    </>
  );
}
