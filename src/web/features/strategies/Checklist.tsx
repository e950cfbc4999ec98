import { PHASE_LABELS, type StrategyOverview } from '../../../shared/contracts/strategies.js';
import { Tag } from '../../ui/Tag.js';

/** What has been done in each phase, and what to do next for what has not. */
export function Checklist({ overview }: { overview: StrategyOverview }) {
  return (
    <section aria-labelledby="checklist-heading">
      <h2 className="nhsuk-heading-m" id="checklist-heading">
        Checklist
      </h2>
      {overview.checklist.map(({ phase, items }) => (
        <div key={phase} className="chorus-checklist-phase">
          <h3 className="nhsuk-heading-s">
            {PHASE_LABELS[phase]}
            {phase === overview.strategy.phase && <span className="nhsuk-u-visually-hidden"> (current phase)</span>}
          </h3>
          {items.length === 0 ? (
            <p className="nhsuk-body-s chorus-muted">
              No checks for {PHASE_LABELS[phase]}.
            </p>
          ) : (
            <ul className="nhsuk-task-list">
              {items.map((item) => (
                <li key={item.id} className="nhsuk-task-list__item">
                  <div className="nhsuk-task-list__name-and-hint">
                    <span className="nhsuk-task-list__name">{item.label}</span>
                    {!item.done && (
                      <div className="nhsuk-task-list__hint" id={`hint-${item.id}`}>
                        {item.hint}
                      </div>
                    )}
                  </div>
                  <div className="nhsuk-task-list__status">
                    {item.done ? <Tag colour="green">Done</Tag> : <Tag colour="grey">Not done</Tag>}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
