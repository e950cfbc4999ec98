import { formatDateTime, humanise } from '../../ui/format.js';
import type { AuditPage } from './api.js';
import { Changes, changedFieldCount } from './changes.js';

type Event = AuditPage['events'][number];

/** "Insight ‘Staff type the same details twice’", or the type and the start of its id. */
export function RecordName({ event }: { event: Event }) {
  return (
    <>
      {humanise(event.subjectType)}
      {event.subjectLabel ? (
        <>
          {' '}
          {/* <bdi>: a name holding a right-to-left override cannot reverse the quotes or what follows. */}
          <span className="chorus-break-anywhere">
            ‘<bdi>{event.subjectLabel}</bdi>’
          </span>
        </>
      ) : (
        event.subjectId && (
          <>
            {' '}
            <span className="chorus-muted chorus-record-id" title={event.subjectId}>
              {event.subjectId.slice(0, 8)}
            </span>
          </>
        )
      )}
    </>
  );
}

/**
 * The trail on a phone: a table of five columns stacks into five labelled lines an event (the
 * trail was 11,808 px tall at 360 px), so each event is two short lines — what happened and
 * when, who and to which record — with its changes folded behind one tap.
 */
export function AuditEventList({ events }: { events: readonly Event[] }) {
  return (
    <section aria-labelledby="events-heading">
      <h2 className="nhsuk-heading-m" id="events-heading">
        Events, newest first
      </h2>
      <ol className="nhsuk-list chorus-audit-list">
        {events.map((event) => {
          const changed = changedFieldCount(event.before, event.after);
          return (
            <li key={event.id} className="chorus-audit-list__event">
              <p className="chorus-audit-list__line">
                <strong>{humanise(event.action)}</strong> <span className="chorus-muted">{formatDateTime(event.createdAt)}</span>
              </p>
              <p className="chorus-audit-list__line">
                {event.actorName ?? 'Chorus'} · <RecordName event={event} />
              </p>
              {changed > 0 && (
                <details className="chorus-audit-list__changes">
                  <summary>{changed === 1 ? '1 change' : `${changed} changes`}</summary>
                  <Changes before={event.before} after={event.after} />
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
