import type { Workforce } from '../../../shared/contracts/workforce.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { EmptyState } from '../../ui/status.js';
import { AddNameForm } from './AddNameForm.js';
import { useCreateUnit, useUpdateUnit } from './api.js';
import type { DeletionTarget } from './deletion.js';
import { EditableName } from './EditableName.js';
import { formatCount } from './grid-values.js';

interface Props {
  orgId: string;
  workforce: Workforce;
  notify: Notify;
  askToDelete(target: Omit<DeletionTarget, 'consequences'>): void;
}

export function SitesSection({ orgId, workforce, notify, askToDelete }: Props) {
  const create = useCreateUnit(orgId);
  const update = useUpdateUnit(orgId);
  const manage = workforce.can.manage;
  return (
    <section aria-labelledby="sites-heading">
      <h2 className="nhsuk-heading-m" id="sites-heading">Sites</h2>
      {workforce.sites.length === 0 ? (
        <EmptyState title="There are no sites yet.">
          <p className="nhsuk-body">Sites are optional: add them if you want to see who has been heard at each one.</p>
        </EmptyState>
      ) : (
        <ul className="nhsuk-list chorus-unit-list">
          {workforce.sites.map((site) => {
            const counted = workforce.headcounts.totals.bySite[site.id];
            return (
              <li key={site.id} className="chorus-unit-list__item">
                <EditableName
                  id={`site-${site.id}`}
                  name={site.name}
                  what="site"
                  canManage={manage}
                  busy={update.isPending}
                  rename={(name, handlers) =>
                    update.mutate({ id: site.id, name }, { onSuccess: () => { handlers.onSuccess(); notify(`${site.name} is now called ${name.trim()}.`); }, onError: handlers.onError })}
                  onDelete={() => askToDelete({ kind: 'site', id: site.id, name: site.name })}
                >
                  {counted !== undefined && <span className="chorus-muted nhsuk-body-s"> {formatCount(counted)} people counted here</span>}
                </EditableName>
              </li>
            );
          })}
        </ul>
      )}
      {manage && (
        <AddNameForm
          id="add-site"
          heading="Add a site"
          label="Name of the site"
          hint="A hospital, a satellite centre or a community unit."
          button="Add site"
          busy={create.isPending}
          add={({ name }, handlers) =>
            create.mutate({ kind: 'site', name }, { onSuccess: (u) => { handlers.onSuccess(); notify(`${u.name} has been added.`); }, onError: handlers.onError })}
        />
      )}
    </section>
  );
}
