import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CRITICALITY_LABELS, LIFECYCLE_LABELS } from '../../../shared/contracts/estate.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { BackLink } from '../../ui/BackLink.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { formatDateTime } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { Table } from '../../ui/Table.js';
import { useStrategyOverview } from '../strategies/api.js';
import { useCreateSnapshot, useSnapshot, useSnapshots } from './api.js';
import { formatMoney, TimeBadge } from './labels.js';
import './estate.scss';

const LABEL_ID = 'snapshot-label';

/** A strategy's frozen baselines of the register: freeze one now, or open an earlier one. */
export function SnapshotsPage() {
  const orgId = useOrgId();
  const { strategyId = '' } = useParams();
  const { banner, notify } = useNotice();
  const strategy = useStrategyOverview(strategyId).data?.strategy;
  const snapshots = useSnapshots(strategyId);
  const create = useCreateSnapshot(strategyId);
  const form = useFormProblem();
  const [label, setLabel] = useState('');

  const freeze = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    if (!label.trim()) return form.set({ detail: null, fields: { label: 'Enter a label for the baseline, like “Start of the strategy”' } });
    form.clear();
    create.mutate(label.trim(), {
      onSuccess: (s) => {
        setLabel('');
        notify(`The register has been frozen as “${s.label}”.`);
      },
      onError: form.showError,
    });
  };

  return (
    <Page
      title="Register baselines"
      caption={strategy?.name}
      before={
        <>
          <BackLink to={paths.strategy(orgId, strategyId)}>Back to the strategy</BackLink>
          {banner}
        </>
      }
    >
      <p className="nhsuk-body">
        A baseline keeps the register as it stands today, so the strategy can later show what changed. The live <Link to={paths.estate(orgId)}>register</Link> carries on.
      </p>
      {snapshots.data?.can.create && (
        <>
          <ErrorSummary problem={form.problem} fieldIds={{ label: LABEL_ID }} />
          <form onSubmit={freeze} noValidate>
            <TextInput id={LABEL_ID} label="Label" hint="Like “Start of the strategy, November 2026”" value={label} onChange={setLabel} error={form.field('label')} />
            <Button type="submit" busy={create.isPending}>
              Freeze the register as this strategy’s baseline
            </Button>
          </form>
        </>
      )}
      {snapshots.isPending && <Loading what="baselines" />}
      {snapshots.isError && <LoadError error={snapshots.error} what="The baselines" />}
      {snapshots.data &&
        (snapshots.data.snapshots.length === 0 ? (
          <EmptyState title="No baselines yet." />
        ) : (
          <Table
            caption="Baselines"
            columns={[
              { header: 'Label', cell: (s) => <Link to={paths.registerSnapshot(orgId, strategyId, s.id)}>{s.label}</Link> },
              { header: 'Frozen', cell: (s) => formatDateTime(s.takenAt) },
              { header: 'Systems', numeric: true, cell: (s) => s.systemCount },
              { header: 'Integrations', numeric: true, cell: (s) => s.integrationCount },
            ]}
            rows={snapshots.data.snapshots}
            rowKey={(s) => s.id}
          />
        ))}
    </Page>
  );
}

/** One baseline, read only: the register as it was frozen. */
export function SnapshotPage() {
  const orgId = useOrgId();
  const { strategyId = '', snapshotId = '' } = useParams();
  const snapshot = useSnapshot(strategyId, snapshotId);
  const before = <BackLink to={paths.registerSnapshots(orgId, strategyId)}>Back to the baselines</BackLink>;
  if (!snapshot.data) {
    return <Page title="Register baseline" before={before}>{snapshot.isError ? <LoadError error={snapshot.error} what="The baseline" /> : <Loading what="the baseline" />}</Page>;
  }
  const s = snapshot.data;
  return (
    <Page title={s.label} caption="Register baseline" before={before}>
      <p className="nhsuk-body">Frozen {formatDateTime(s.takenAt)}{s.takenBy ? ` by ${s.takenBy}` : ''}, with {s.integrationCount} integrations. This is a record: it does not change when the register does.</p>
      <Table
        caption={`${s.content.systems.length} ${s.content.systems.length === 1 ? 'system' : 'systems'}`}
        columns={[
          { header: 'System', cell: (x) => x.name },
          { header: 'Capability', cell: (x) => x.capability ?? 'Not recorded' },
          { header: 'Lifecycle', cell: (x) => LIFECYCLE_LABELS[x.lifecycle] },
          { header: 'Criticality', cell: (x) => CRITICALITY_LABELS[x.criticality] },
          { header: 'TIME', cell: (x) => <TimeBadge time={x.time} /> },
          { header: 'Annual cost', numeric: true, cell: (x) => formatMoney(x.annualCost) },
        ]}
        rows={s.content.systems}
        rowKey={(x) => x.id}
      />
    </Page>
  );
}
