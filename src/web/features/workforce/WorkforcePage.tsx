import { useState } from 'react';
import { Link } from 'react-router';
import { useFlash } from '../../app/flash.js';
import { useOrgId } from '../../app/OrgLayout.js';
import { paths } from '../../app/paths.js';
import { useOrganisation } from '../organisations/api.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { useDeleteStaffGroup, useDeleteUnit, useWorkforce } from './api.js';
import { describeDeletion, type DeletionTarget } from './deletion.js';
import { DivisionsSection } from './DivisionsSection.js';
import { HeadcountGrid } from './HeadcountGrid.js';
import { SitesSection } from './SitesSection.js';
import { StaffGroupsSection } from './StaffGroupsSection.js';
import { plural } from '../../../shared/words.js';

/** The organisation's shape and headcounts: the denominators of every "who has been heard". */
export function WorkforcePage() {
  const orgId = useOrgId();
  const organisation = useOrganisation(orgId);
  const workforce = useWorkforce(orgId);
  const { notify, banner } = useNotice(useFlash());
  const [deleting, setDeleting] = useState<DeletionTarget | null>(null);
  const deleteUnit = useDeleteUnit(orgId);
  const deleteGroup = useDeleteStaffGroup(orgId);
  const problem = useFormProblem();
  const data = workforce.data;

  const askToDelete = (target: Omit<DeletionTarget, 'consequences'>) => {
    if (data) setDeleting(describeDeletion(data, target));
  };
  const confirmDelete = () => {
    if (!deleting) return;
    const target = deleting;
    problem.clear();
    const handlers = {
      onSuccess: () => notify(`${target.name} has been deleted.`),
      onError: problem.showError,
      onSettled: () => setDeleting(null),
    };
    // The dialog has told the person what goes with it, so the deletion is confirmed.
    const input = { id: target.id, confirmed: target.consequences !== null };
    if (target.kind === 'staff group') deleteGroup.mutate(input, handlers);
    else deleteUnit.mutate(input, handlers);
  };

  return (
    <Page title="Workforce" caption={organisation.data?.name} before={banner}>
      <p className="nhsuk-body">
        Divisions, departments, sites and staff groups, and how many people work in each: the denominators that show who has and has not been heard.
      </p>
      <ErrorSummary problem={problem.problem} fieldIds={{}} />
      {workforce.isPending && <Loading what="the workforce" />}
      {workforce.isError && <LoadError error={workforce.error} what="The workforce" />}
      {data && (
        <>
          <section aria-labelledby="headcounts-heading">
            <h2 className="nhsuk-heading-m" id="headcounts-heading">Headcounts</h2>
            <p className="nhsuk-body">
              {plural(data.headcounts.totals.overall, 'person', 'people')} counted.
              {data.can.manage && <> You can type the figures below, or <Link to={paths.workforceImport(orgId)}>import headcounts from a CSV file</Link>.</>}
            </p>
            {data.divisions.length === 0 || data.staffGroups.length === 0 ? (
              <EmptyState title="Add divisions and staff groups to enter headcounts." />
            ) : (
              <HeadcountGrid orgId={orgId} workforce={data} notify={notify} />
            )}
          </section>
          <DivisionsSection orgId={orgId} workforce={data} notify={notify} askToDelete={askToDelete} />
          <SitesSection orgId={orgId} workforce={data} notify={notify} askToDelete={askToDelete} />
          <StaffGroupsSection orgId={orgId} workforce={data} notify={notify} askToDelete={askToDelete} />
        </>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.kind ?? ''} ${deleting?.name ?? ''}?`}
        confirmLabel={deleting?.consequences ? `Delete ${deleting.kind} and its data` : `Delete ${deleting?.kind ?? ''}`}
        busy={deleteUnit.isPending || deleteGroup.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        {deleting?.consequences ? (
          <p>This also deletes {deleting.consequences}. It cannot be undone.</p>
        ) : (
          <p>It cannot be undone.</p>
        )}
      </ConfirmDialog>
    </Page>
  );
}
