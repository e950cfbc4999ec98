import type { AssessmentStatus } from '../../../shared/contracts/maturity.js';
import { SUMMARY_NOTICE } from '../../../shared/contracts/maturity.js';
import { EmptyState } from '../../ui/status.js';
import { Tag } from '../../ui/Tag.js';

export function StatusTag({ status }: { status: AssessmentStatus }) {
  return status === 'complete' ? <Tag colour="green">Complete</Tag> : <Tag colour="grey">Draft</Tag>;
}

/** Marks a description as Chorus's own summary, so nobody mistakes it for the framework's text. */
export function SummaryNotice() {
  return <p className="nhsuk-body-s nhsuk-u-secondary-text-color chorus-maturity-notice">{SUMMARY_NOTICE}.</p>;
}

export const scaleHelp = (max: number) =>
  `Scores go from 1 to ${max}. A level counts only when all of its elements are met: if one element of level 3 is missing, the score is 2.`;

/** Why nothing on the page can be changed: the assessment is part of an archived strategy's record. */
export function ArchivedNote() {
  return (
    <EmptyState title="This assessment belongs to an archived strategy">
      <p className="nhsuk-body nhsuk-u-margin-bottom-0">It is kept as it was when the strategy was archived. Restore the strategy to change it.</p>
    </EmptyState>
  );
}
