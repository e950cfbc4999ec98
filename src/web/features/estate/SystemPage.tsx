import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CRITICALITY_LABELS, HOSTING_LABELS, LIFECYCLE_LABELS, PROJECT_STATUS_LABELS } from '../../../shared/contracts/estate.js';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { formatDate, formatDateTime } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { SummaryList } from '../../ui/SummaryList.js';
import { Tag } from '../../ui/Tag.js';
import { SystemStaffVoice } from '../staff-voice/SystemStaffVoice.js';
import { useEstateOverview, useProjects, useRetireSystem, useSystem } from './api.js';
import { EstateNav } from './EstateNav.js';
import { IntegrationsSection } from './IntegrationsSection.js';
import { formatCount, formatMoney, TimeBadge } from './labels.js';
import type { EstateWarning, ProjectView, SystemView } from './types.js';
import './estate.scss';

const orNot = (v: string | null | undefined) => v || 'Not recorded';

/** One system: every field, its TIME quadrant and warnings, its integrations and the projects touching it. */
export function SystemPage() {
  const orgId = useOrgId();
  const { systemId = '' } = useParams();
  const { banner, notify } = useNotice(useFlash());
  const system = useSystem(orgId, systemId);
  // Warnings and projects come from the estate-wide answers, filtered to this system.
  const overview = useEstateOverview(orgId);
  const projects = useProjects(orgId);
  const before = (
    <>
      <BackLink to={paths.estate(orgId)}>Back to the register</BackLink>
      {banner}
    </>
  );
  if (!system.data) {
    return (
      <Page title="System" before={before}>
        {system.isError ? <LoadError error={system.error} what="The system" /> : <Loading what="the system" />}
      </Page>
    );
  }
  const s = system.data;
  const canChange = overview.data?.can.manage ?? projects.data?.can.manage ?? false;
  const warnings = (overview.data?.warnings ?? []).filter((w) => w.systemId === s.id);
  const affecting = (projects.data?.projects ?? []).filter((p) => p.systems.some((x) => x.id === s.id));
  return (
    <Page title={s.name} caption="Digital estate" before={before}>
      <EstateNav />
      <p className="nhsuk-body">
        TIME quadrant: <TimeBadge time={s.time} /> {s.retiredAt && <Tag colour="grey">Retired {formatDate(s.retiredAt)}</Tag>}
      </p>
      {canChange && (
        <div className="nhsuk-button-group">
          <Link className="nhsuk-button nhsuk-button--secondary" to={paths.editSystem(orgId, s.id)}>
            Edit<span className="nhsuk-u-visually-hidden"> {s.name}</span>
          </Link>
          <RetireButton orgId={orgId} system={s} onDone={notify} />
        </div>
      )}
      <Warnings warnings={warnings} />
      <SummaryList
        rows={[
          { key: 'Supplier', value: orNot(s.supplier) },
          { key: 'Product', value: orNot(s.product) },
          { key: 'Capability', value: orNot(s.capability) },
          { key: 'Business owner', value: orNot(s.businessOwner) },
          { key: 'Technical owner', value: orNot(s.technicalOwner) },
          { key: 'Users', value: formatCount(s.userCount) },
          { key: 'Hosting', value: s.hosting ? HOSTING_LABELS[s.hosting] : 'Not recorded' },
          { key: 'Lifecycle', value: LIFECYCLE_LABELS[s.lifecycle] },
          { key: 'Business criticality', value: CRITICALITY_LABELS[s.criticality] },
          { key: 'Holds patient-identifiable data', value: s.holdsPatientData ? 'Yes' : 'No' },
          { key: 'Contract', value: contractText(s) },
          { key: 'Annual cost', value: formatMoney(s.annualCost) },
          { key: 'Technical fit', value: s.technicalFit ? `${s.technicalFit} of 4` : 'Not rated' },
          { key: 'Functional fit', value: s.functionalFit ? `${s.functionalFit} of 4` : 'Not rated' },
          {
            key: 'Planned replacement',
            value: s.replacedBy ? <Link to={paths.system(orgId, s.replacedBy.id)}>{s.replacedBy.name}</Link> : 'None planned',
          },
          { key: 'Used by', value: s.units.length ? s.units.map((u) => u.name).join(', ') : 'Not recorded' },
          { key: 'Tags', value: s.tags.length ? s.tags.join(', ') : 'None' },
          { key: 'Notes', value: s.notes ? <span className="chorus-preserve-lines">{s.notes}</span> : 'None' },
          { key: 'Last changed', value: formatDateTime(s.updatedAt) },
        ]}
      />
      <IntegrationsSection orgId={orgId} system={s} canChange={canChange} notify={notify} />
      <h2 className="nhsuk-heading-m">Work in flight affecting it</h2>
      {affecting.length === 0 ? (
        <p className="nhsuk-body">No projects recorded against this system.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {affecting.map((p: ProjectView) => (
            <li key={p.id}>
              <Link to={paths.editEstateProject(orgId, p.id)}>{p.name}</Link> ({PROJECT_STATUS_LABELS[p.status]})
            </li>
          ))}
        </ul>
      )}
      <SystemStaffVoice orgId={orgId} systemId={s.id} />
    </Page>
  );
}

function contractText(s: SystemView) {
  if (!s.contractStart && !s.contractEnd) return 'Not recorded';
  const start = s.contractStart ? formatDate(s.contractStart) : 'start not recorded';
  const end = s.contractEnd ? formatDate(s.contractEnd) : 'end not recorded';
  return `${start} to ${end}`;
}

function Warnings({ warnings }: { warnings: EstateWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {warnings.length === 1 ? 'Warning' : `${warnings.length} warnings`}
        </span>
      </h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {warnings.map((w) => (
          <li key={w.kind}>{w.message}</li>
        ))}
      </ul>
    </div>
  );
}

function RetireButton({ orgId, system, onDone }: { orgId: string; system: SystemView; onDone(message: string): void }) {
  const [open, setOpen] = useState(false);
  const change = useRetireSystem(orgId, system.id);
  const retire = !system.retiredAt;
  const confirm = () =>
    change.mutate(retire, {
      onSuccess: () => {
        setOpen(false);
        onDone(retire ? `${system.name} has been retired.` : `${system.name} is back in the live register.`);
      },
      onError: () => setOpen(false),
    });
  return (
    <>
      <Button variant={retire ? 'warning' : 'secondary'} onClick={() => setOpen(true)}>
        {retire ? 'Retire' : 'Reinstate'}
        <span className="nhsuk-u-visually-hidden"> {system.name}</span>
      </Button>
      {change.isError && <p className="nhsuk-error-message">{change.error.message}</p>}
      <ConfirmDialog
        open={open}
        title={retire ? `Retire ${system.name}?` : `Reinstate ${system.name}?`}
        confirmLabel={retire ? 'Retire the system' : 'Reinstate the system'}
        destructive={retire}
        busy={change.isPending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        {retire
          ? 'It leaves the live register, the map and the assessment. Its record, integrations and snapshots stay, and it can be reinstated.'
          : 'It returns to the live register, the map and the assessment.'}
      </ConfirmDialog>
    </>
  );
}
