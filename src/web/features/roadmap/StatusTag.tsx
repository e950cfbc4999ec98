import { STATUS_LABELS, type InitiativeStatus } from '../../../shared/contracts/roadmap.js';

const TAG_COLOURS: Record<InitiativeStatus, string> = {
  proposed: 'grey', planned: 'blue', in_progress: 'aqua-green', done: 'green', paused: 'yellow', stopped: 'red',
};

/** An initiative's status as an NHS.UK tag. */
export function StatusTag({ status }: { status: InitiativeStatus }) {
  return <strong className={`nhsuk-tag nhsuk-tag--${TAG_COLOURS[status]}`}>{STATUS_LABELS[status]}</strong>;
}
