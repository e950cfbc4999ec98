import { RAG_LABELS, type InitiativeUpdate, type Rag } from '../../../shared/contracts/delivery.js';
import { STATUS_LABELS, type InitiativeStatus } from '../../../shared/contracts/roadmap.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { LoadError, Loading } from '../../ui/status.js';
import { Tag, type TagColour } from '../../ui/Tag.js';
import { useInitiativeDelivery } from './api.js';
import { Milestones } from './Milestones.js';
import { RecordUpdateForm } from './RecordUpdateForm.js';

/** How many updates show before the rest fold away under "Earlier updates". */
const RECENT_UPDATES = 3;

const RAG_COLOURS: Record<Rag, TagColour> = { green: 'green', amber: 'orange', red: 'red' };

/** A RAG rating as a tag whose words say it too (colour is never the only sign). */
export function RagTag({ rag }: { rag: Rag }) {
  return <Tag colour={RAG_COLOURS[rag]}>{RAG_LABELS[rag]}</Tag>;
}

function UpdateEntry({ update }: { update: InitiativeUpdate }) {
  return (
    <li className="chorus-delivery-update">
      <p className="nhsuk-body nhsuk-u-margin-bottom-1">
        <strong>{update.recordedOnLabel}</strong>: <RagTag rag={update.rag} /> {STATUS_LABELS[update.status]}, {update.percentComplete}% complete.
        <span className="nhsuk-body-s"> Recorded by {update.author}.</span>
      </p>
      {update.ragReason && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 chorus-break-anywhere chorus-pre-wrap">Why: {update.ragReason}</p>}
      {update.note && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 chorus-break-anywhere chorus-pre-wrap">{update.note}</p>}
      {update.blockers && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 chorus-break-anywhere chorus-pre-wrap">Blockers: {update.blockers}</p>}
    </li>
  );
}

/**
 * Delivery of one initiative: where it stands (the latest update), its milestones, its dated
 * updates, newest first, and for the strategy team a form to record the next one.
 */
export function DeliveryPanel({ initiativeId, status, notify }: { initiativeId: string; status: InitiativeStatus; notify: Notify }) {
  const delivery = useInitiativeDelivery(initiativeId);
  const data = delivery.data;
  const latest = data?.updates[0];
  return (
    <section aria-labelledby="delivery-heading">
      <h2 className="nhsuk-heading-m" id="delivery-heading">Delivery</h2>
      {delivery.isPending && <Loading what="the delivery updates" />}
      {delivery.isError && <LoadError error={delivery.error} what="The delivery updates" />}
      {data && (
        <>
          {latest ? (
            <p className="nhsuk-body">
              Latest, {latest.recordedOnLabel}: <RagTag rag={latest.rag} /> {latest.percentComplete}% complete.
            </p>
          ) : (
            <p className="nhsuk-body">No delivery updates yet.{data.can.record ? ' Record the first one below once work starts.' : ''}</p>
          )}
          <Milestones initiativeId={initiativeId} milestones={data.milestones} canManage={data.can.manageMilestones} notify={notify} />
          {data.updates.length > 0 && (
            <>
              <h3 className="nhsuk-heading-s">Updates, newest first</h3>
              <ul className="nhsuk-list chorus-delivery-updates">
                {data.updates.slice(0, RECENT_UPDATES).map((u) => <UpdateEntry key={u.id} update={u} />)}
              </ul>
              {data.updates.length > RECENT_UPDATES && (
                // A year of monthly updates is a long read on a phone: the latest few, the rest on request.
                <details className="nhsuk-details">
                  <summary className="nhsuk-details__summary">
                    <span className="nhsuk-details__summary-text">Earlier updates ({data.updates.length - RECENT_UPDATES})</span>
                  </summary>
                  <div className="nhsuk-details__text">
                    <ul className="nhsuk-list chorus-delivery-updates">
                      {data.updates.slice(RECENT_UPDATES).map((u) => <UpdateEntry key={u.id} update={u} />)}
                    </ul>
                  </div>
                </details>
              )}
            </>
          )}
          {data.can.record && (
            <RecordUpdateForm
              initiativeId={initiativeId}
              current={{ status: latest?.status ?? status, percentComplete: latest?.percentComplete ?? 0 }}
              onRecorded={() => notify('The delivery update has been recorded.')}
            />
          )}
        </>
      )}
    </section>
  );
}
