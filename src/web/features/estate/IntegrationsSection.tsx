import { useState } from 'react';
import { Link } from 'react-router';
import { FREQUENCY_LABELS, INTERFACE_TYPE_LABELS, type IntegrationView } from '../../../shared/contracts/estate.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { LoadError, Loading } from '../../ui/status.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { ScrollRegion } from '../../ui/ScrollRegion.js';
import { Table, type Column } from '../../ui/Table.js';
import { useDeleteIntegration, useIntegrations } from './api.js';
import { IntegrationForm } from './IntegrationForm.js';
import type { SystemView } from './types.js';

interface Props {
  orgId: string;
  system: SystemView;
  canChange: boolean;
  notify: Notify;
}

type Editing = { kind: 'new' } | { kind: 'edit'; integration: IntegrationView } | null;

/** Integrations in and out of one system, with add, edit and delete (after a confirmation). */
export function IntegrationsSection({ orgId, system, canChange, notify }: Props) {
  const integrations = useIntegrations(orgId, system.id);
  const remove = useDeleteIntegration(orgId);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<IntegrationView | null>(null);
  const all = integrations.data?.integrations ?? [];
  const outgoing = all.filter((i) => i.source.id === system.id);
  const incoming = all.filter((i) => i.target.id === system.id);

  const columns = (direction: 'out' | 'in'): Column<IntegrationView>[] => [
    {
      header: direction === 'out' ? 'Sends to' : 'Receives from',
      cell: (i) => {
        const other = direction === 'out' ? i.target : i.source;
        return <Link to={paths.system(orgId, other.id)}>{other.name}</Link>;
      },
    },
    {
      header: 'How',
      cell: (i) => `${INTERFACE_TYPE_LABELS[i.interfaceType]}, ${i.frequency ? FREQUENCY_LABELS[i.frequency].toLowerCase() : 'frequency not recorded'}`,
    },
    { header: 'Notes', cell: (i) => i.notes || 'None' },
    ...(canChange
      ? [
          {
            header: 'Actions',
            headerHidden: true,
            cell: (i: IntegrationView) => {
              const other = direction === 'out' ? i.target.name : i.source.name;
              return (
                <span className="chorus-actions">
                  <Button variant="secondary" small onClick={() => setEditing({ kind: 'edit', integration: i })}>
                    Edit<span className="nhsuk-u-visually-hidden"> the integration with {other}</span>
                  </Button>
                  <Button variant="warning" small onClick={() => setDeleting(i)}>
                    Delete<span className="nhsuk-u-visually-hidden"> the integration with {other}</span>
                  </Button>
                </span>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="integrations-heading">
      <h2 className="nhsuk-heading-m" id="integrations-heading">
        Integrations
      </h2>
      {integrations.isPending && <Loading what="integrations" />}
      {integrations.isError && <LoadError error={integrations.error} what="The integrations" />}
      {all.length === 0 && !integrations.isPending && <p className="nhsuk-body">No integrations recorded.</p>}
      {/* A grid that scrolls on a phone, the other system's name kept in view: as cards, a system
          with twenty integrations ran to ten screens. */}
      {outgoing.length > 0 && (
        <ScrollRegion label="Data sent out">
          <Table caption="Data sent out" columns={columns('out')} rows={outgoing} rowKey={(i) => i.id} responsive={false} />
        </ScrollRegion>
      )}
      {incoming.length > 0 && (
        <ScrollRegion label="Data received">
          <Table caption="Data received" columns={columns('in')} rows={incoming} rowKey={(i) => i.id} responsive={false} />
        </ScrollRegion>
      )}
      {canChange && editing === null && (
        <Button variant="secondary" onClick={() => setEditing({ kind: 'new' })}>
          Add an integration
        </Button>
      )}
      {editing && (
        <IntegrationForm
          key={editing.kind === 'edit' ? editing.integration.id : 'new'}
          orgId={orgId}
          system={system}
          existing={editing.kind === 'edit' ? editing.integration : undefined}
          onDone={(message) => {
            setEditing(null);
            notify(message);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this integration?"
        confirmLabel="Delete the integration"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notify('The integration has been deleted.');
            },
            onError: () => setDeleting(null),
          })
        }
      >
        {deleting && `${deleting.source.name} to ${deleting.target.name} (${INTERFACE_TYPE_LABELS[deleting.interfaceType]}) will be removed from the register and the map.`}
      </ConfirmDialog>
      {remove.isError && <p className="nhsuk-error-message">{remove.error.message}</p>}
    </section>
  );
}
