import type { Workforce } from '../../../shared/contracts/workforce.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { EmptyState } from '../../ui/status.js';
import { AddNameForm } from './AddNameForm.js';
import { useCreateUnit, useUpdateUnit } from './api.js';
import type { DeletionTarget } from './deletion.js';
import { EditableName } from './EditableName.js';

interface Props {
  orgId: string;
  workforce: Workforce;
  notify: Notify;
  askToDelete(target: Omit<DeletionTarget, 'consequences'>): void;
}

/** Divisions (or directorates, care groups) with their departments. */
export function DivisionsSection({ orgId, workforce, notify, askToDelete }: Props) {
  const create = useCreateUnit(orgId);
  const update = useUpdateUnit(orgId);
  const manage = workforce.can.manage;
  const rename = (id: string, before: string) => (name: string, handlers: { onSuccess(): void; onError(e: unknown): void }) =>
    update.mutate({ id, name }, { onSuccess: () => { handlers.onSuccess(); notify(`${before} is now called ${name.trim()}.`); }, onError: handlers.onError });

  return (
    <section aria-labelledby="divisions-heading">
      <h2 className="nhsuk-heading-m" id="divisions-heading">Divisions and departments</h2>
      {workforce.divisions.length === 0 ? (
        <EmptyState title="There are no divisions yet.">
          <p className="nhsuk-body">{manage ? 'Add the divisions (or directorates) below, or import a headcount file that names them.' : 'The strategy team will add them.'}</p>
        </EmptyState>
      ) : (
        <ul className="nhsuk-list chorus-unit-list">
          {workforce.divisions.map((division) => (
            <li key={division.id} className="chorus-unit-list__item">
              <EditableName
                id={`division-${division.id}`}
                name={division.name}
                what="division"
                canManage={manage}
                busy={update.isPending}
                rename={rename(division.id, division.name)}
                onDelete={() => askToDelete({ kind: 'division', id: division.id, name: division.name })}
              />
              {division.departments.length > 0 ? (
                <ul className="nhsuk-list chorus-unit-list chorus-unit-list--nested" aria-label={`Departments of ${division.name}`}>
                  {division.departments.map((department) => (
                    <li key={department.id} className="chorus-unit-list__item">
                      <EditableName
                        id={`department-${department.id}`}
                        name={department.name}
                        what="department"
                        canManage={manage}
                        busy={update.isPending}
                        rename={rename(department.id, department.name)}
                        onDelete={() => askToDelete({ kind: 'department', id: department.id, name: department.name })}
                      />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="nhsuk-body-s chorus-muted chorus-unit-list--nested">No departments.</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <div className="chorus-add-forms">
          <AddNameForm
            id="add-division"
            heading="Add a division"
            label="Name of the division"
            hint="A division, directorate or care group, as your trust calls it."
            button="Add division"
            busy={create.isPending}
            add={({ name }, handlers) =>
              create.mutate({ kind: 'division', name }, { onSuccess: (u) => { handlers.onSuccess(); notify(`${u.name} has been added.`); }, onError: handlers.onError })}
          />
          {workforce.divisions.length > 0 && (
            <AddNameForm
              id="add-department"
              heading="Add a department"
              label="Name of the department"
              button="Add department"
              parents={workforce.divisions}
              busy={create.isPending}
              add={({ name, parentId }, handlers) =>
                create.mutate(
                  { kind: 'department', name, ...(parentId ? { parentId } : {}) },
                  { onSuccess: (u) => { handlers.onSuccess(); notify(`${u.name} has been added.`); }, onError: handlers.onError },
                )}
            />
          )}
        </div>
      )}
    </section>
  );
}
