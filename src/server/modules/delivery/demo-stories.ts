/*
 * What the demo trust's programme boards reported, month by month, over the year to November 2026:
 * the three initiatives already under way when the strategy work began, with the ambers and the
 * red a real programme has, each ending where the roadmap shows it today.
 */

export type Rag = 'green' | 'amber' | 'red';
export interface StoryStep {
  /** The month-end the board reported on. */
  on: string;
  rag: Rag;
  percent: number;
  note: string;
  ragReason?: string;
  blockers?: string;
}

export const STORIES: Record<string, StoryStep[]> = {
  'Radiology information system replacement': [
    { on: '2025-12-31', rag: 'green', percent: 5, note: 'Contract signed jointly with the imaging network; mobilisation started.' },
    { on: '2026-01-31', rag: 'green', percent: 12, note: 'Project board formed; a radiographer and a radiologist named as clinical champions.' },
    { on: '2026-02-28', rag: 'green', percent: 20, note: 'Workflow design workshops finished for CT, MRI and plain film.' },
    { on: '2026-03-31', rag: 'green', percent: 30, note: 'Build started; the supplier handed over the test environment.' },
    { on: '2026-04-30', rag: 'amber', percent: 38, note: 'The interface specification for the EPR is late from the supplier.', ragReason: 'The supplier’s interface specification is three weeks late.', blockers: 'Interface specification from the supplier' },
    { on: '2026-05-31', rag: 'green', percent: 46, note: 'Interface specification agreed; the build is back on plan.' },
    { on: '2026-06-30', rag: 'green', percent: 55, note: 'New RIS live in the imaging network hub; our interfaces in test.' },
    { on: '2026-07-31', rag: 'green', percent: 70, note: 'Interfaces to the EPR and PACS passed testing.' },
    { on: '2026-08-31', rag: 'red', percent: 78, note: 'Go-live postponed: the reporting workflow failed user acceptance testing.', ragReason: 'Radiologists could not see prior reports side by side; supplier fix due in four weeks.', blockers: 'Supplier fix for prior reports' },
    { on: '2026-09-30', rag: 'amber', percent: 85, note: 'Supplier fix delivered and retested; new go-live date in December.', ragReason: 'No slack left before the old contract ends.' },
    { on: '2026-10-31', rag: 'green', percent: 92, note: 'Training complete for all radiographers and radiologists.' },
    { on: '2026-11-30', rag: 'amber', percent: 94, note: 'The radiologists have not yet accepted the prior-reports fix, so go-live waits for their sign-off.', ragReason: 'Go-live in December is at risk until the fix is accepted.', blockers: 'Radiologists’ acceptance of the prior-reports fix' },
  ],
  'Patient portal for every cancer pathway': [
    { on: '2025-12-31', rag: 'green', percent: 5, note: 'Supplier confirmed; the order of pathways agreed with the cancer leads.' },
    { on: '2026-01-31', rag: 'green', percent: 12, note: 'Breast, lung and colorectal pathways configured.' },
    { on: '2026-02-28', rag: 'green', percent: 20, note: 'Breast, lung and colorectal live; their letters go to the portal first.' },
    { on: '2026-03-31', rag: 'green', percent: 28, note: 'Five pathways live; a sign-up help desk opened in main outpatients.' },
    { on: '2026-04-30', rag: 'amber', percent: 34, note: 'Fewer patients over 70 are signing up than planned.', ragReason: 'Only one in five patients over 70 has signed up; paper stays the default for them.' },
    { on: '2026-05-31', rag: 'green', percent: 40, note: 'Volunteers now help patients sign up in clinic waiting areas; sign-ups up by half.' },
    { on: '2026-06-30', rag: 'green', percent: 45, note: 'Nine pathways live; letters now sent to the portal first.' },
    { on: '2026-07-31', rag: 'green', percent: 70, note: 'Twelve pathways live; appointment changes online for breast and lung.' },
    { on: '2026-08-31', rag: 'green', percent: 82, note: 'Thirteen pathways live; haematology follows in September.' },
    { on: '2026-09-30', rag: 'green', percent: 90, note: 'All fourteen pathways live; paper letters only on request.' },
    { on: '2026-10-31', rag: 'green', percent: 100, note: 'Roll-out complete; handed over to business as usual.' },
  ],
  'EPR outpatients and PAS switch-off': [
    { on: '2026-04-30', rag: 'green', percent: 3, note: 'Programme mobilised; the build team and clinical leads are in place.' },
    { on: '2026-05-31', rag: 'green', percent: 6, note: 'Today’s outpatient booking mapped in every specialty.' },
    { on: '2026-06-30', rag: 'green', percent: 10, note: 'Outpatient build started; clinic templates drafted with the first four specialties.' },
    { on: '2026-07-31', rag: 'green', percent: 25, note: 'Booking rules for all specialties configured; data migration rehearsal 1 done.' },
    { on: '2026-08-31', rag: 'amber', percent: 35, note: 'Rehearsal 2 found 3% of future appointments without a clinic code.', ragReason: 'Data quality in the PAS: cleansing adds about a month.', blockers: 'Clinic codes missing on future appointments' },
    { on: '2026-09-30', rag: 'amber', percent: 48, note: 'Cleansing two-thirds done; training started for booking teams.', ragReason: 'Still a month behind the plan.' },
    { on: '2026-10-31', rag: 'green', percent: 60, note: 'Cleansing finished; go-live date confirmed for March 2027.' },
    { on: '2026-11-30', rag: 'green', percent: 66, note: 'Super-users trained in every clinic; the cut-over dress rehearsal is booked for January.' },
  ],
};

/** Each initiative's milestones: most ticked off, late or on time; one overdue (the RIS fix), one still ahead. */
export const MILESTONES: Record<string, { title: string; dueOn: string; doneOn?: string }[]> = {
  'Radiology information system replacement': [
    { title: 'Contract signed with the imaging network', dueOn: '2025-12-31', doneOn: '2025-12-19' },
    { title: 'Interfaces to the EPR and PACS tested', dueOn: '2026-08-31', doneOn: '2026-08-25' },
    { title: 'Prior-reports fix accepted by radiologists', dueOn: '2026-11-15' },
    { title: 'Go-live in the imaging network hub', dueOn: '2026-12-14' },
  ],
  'Patient portal for every cancer pathway': [
    { title: 'First three pathways live', dueOn: '2026-02-28', doneOn: '2026-02-26' },
    { title: 'All fourteen pathways live', dueOn: '2026-09-30', doneOn: '2026-09-30' },
    { title: 'Handed over to business as usual', dueOn: '2026-10-31', doneOn: '2026-10-29' },
  ],
  'EPR outpatients and PAS switch-off': [
    { title: 'Clinic templates agreed with the first four specialties', dueOn: '2026-07-15', doneOn: '2026-07-10' },
    { title: 'Data migration rehearsal 2', dueOn: '2026-09-15', doneOn: '2026-09-28' },
    { title: 'PAS data cleansing complete', dueOn: '2026-10-31', doneOn: '2026-11-20' },
    { title: 'Go-live in outpatients', dueOn: '2027-03-01' },
  ],
};
