import { DECISION_LABELS, type SignOffRound } from '../../../../shared/contracts/document-signoff.js';
import { formatDate } from '../../../../shared/dates.js';
import { Tag, type TagColour } from '../../../ui/Tag.js';

const COLOURS: Record<keyof typeof DECISION_LABELS, TagColour> = { approved: 'green', changes_requested: 'orange', pending: 'grey' };

/** Each approver of a round with their decision, when, and their comment (shown as text, never HTML). */
export function RoundApprovers({ round }: { round: SignOffRound }) {
  return (
    <ul className="nhsuk-list chorus-signoff__approvers">
      {round.approvers.map((approver) => {
        const decision = approver.decision ?? 'pending';
        return (
          <li key={approver.userId} className="chorus-signoff__approver">
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">
              <span className="nhsuk-u-font-weight-bold">{approver.name}</span> <Tag colour={COLOURS[decision]}>{DECISION_LABELS[decision]}</Tag>
              {approver.decidedAt && <span className="nhsuk-body-s"> on {formatDate(approver.decidedAt)}</span>}
            </p>
            {approver.comment && <p className="nhsuk-body chorus-signoff__text">{approver.comment}</p>}
          </li>
        );
      })}
    </ul>
  );
}
