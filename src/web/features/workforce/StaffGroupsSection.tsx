import type { Workforce } from '../../../shared/contracts/workforce.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { EmptyState } from '../../ui/status.js';
import { AddNameForm } from './AddNameForm.js';
import { useCreateStaffGroup, useRenameStaffGroup, useReorderStaffGroups } from './api.js';
import type { DeletionTarget } from './deletion.js';
import { EditableName } from './EditableName.js';

interface Props {
  orgId: string;
  workforce: Workforce;
  notify: Notify;
  askToDelete(target: Omit<DeletionTarget, 'consequences'>): void;
}

/** The ESR staff groups to begin with; the organisation may rename, reorder, add or delete them. */
export function StaffGroupsSection({ orgId, workforce, notify, askToDelete }: Props) {
  const create = useCreateStaffGroup(orgId);
  const rename = useRenameStaffGroup(orgId);
  const reorder = useReorderStaffGroups(orgId);
  const manage = workforce.can.manage;
  const groups = workforce.staffGroups;
  const form = useFormProblem();

  const move = (index: number, step: -1 | 1) => {
    if (reorder.isPending) return;
    const ids = groups.map((g) => g.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + step, 0, moved!);
    form.clear();
    reorder.mutate(ids, {
      onSuccess: () => notify(`${groups[index]!.name} moved ${step < 0 ? 'up' : 'down'}.`),
      onError: form.showError,
    });
  };

  return (
    <section aria-labelledby="staff-groups-heading">
      <h2 className="nhsuk-heading-m" id="staff-groups-heading">Staff groups</h2>
      <p className="nhsuk-body">
        Chorus starts with the nine staff groups of the NHS Electronic Staff Record (ESR). The order here is the order of the grid’s columns.
      </p>
      <ErrorSummary problem={form.problem} fieldIds={{}} />
      {groups.length === 0 ? (
        <EmptyState title="There are no staff groups." />
      ) : (
        <ol className="nhsuk-list chorus-unit-list">
          {groups.map((group, index) => (
            <li key={group.id} className="chorus-unit-list__item">
              <EditableName
                id={`staff-group-${group.id}`}
                name={group.name}
                what="staff group"
                canManage={manage}
                busy={rename.isPending}
                rename={(name, handlers) =>
                  rename.mutate({ id: group.id, name }, { onSuccess: () => { handlers.onSuccess(); notify(`${group.name} is now called ${name.trim()}.`); }, onError: handlers.onError })}
                onDelete={() => askToDelete({ kind: 'staff group', id: group.id, name: group.name })}
                extra={
                  <>
                    {index > 0 && (
                      <Button variant="secondary" small busy={reorder.isPending} onClick={() => move(index, -1)}>
                        Move up<span className="nhsuk-u-visually-hidden"> {group.name}</span>
                      </Button>
                    )}
                    {index < groups.length - 1 && (
                      <Button variant="secondary" small busy={reorder.isPending} onClick={() => move(index, 1)}>
                        Move down<span className="nhsuk-u-visually-hidden"> {group.name}</span>
                      </Button>
                    )}
                  </>
                }
              />
            </li>
          ))}
        </ol>
      )}
      {manage && (
        <AddNameForm
          id="add-staff-group"
          heading="Add a staff group"
          label="Name of the staff group"
          button="Add staff group"
          busy={create.isPending}
          add={({ name }, handlers) =>
            create.mutate({ name }, { onSuccess: (g) => { handlers.onSuccess(); notify(`${g.name} has been added.`); }, onError: handlers.onError })}
        />
      )}
    </section>
  );
}
