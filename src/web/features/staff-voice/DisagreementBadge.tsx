import { DISAGREEMENT_LABELS, type DisagreementStatus } from '../../../shared/staff-voice.js';
import { Tag } from '../../ui/Tag.js';

/** The register's highlight: a small tag on a system's row where staff and architects disagree. */
export function DisagreementBadge({ status }: { status?: DisagreementStatus | undefined }) {
  if (status !== 'staff_lower' && status !== 'staff_higher') return null;
  return (
    <Tag colour="yellow">
      Staff and architects disagree<span className="nhsuk-u-visually-hidden">: {DISAGREEMENT_LABELS[status].toLowerCase()}</span>
    </Tag>
  );
}
