import { useOrgId } from '../../app/OrgLayout.js';
import { formatDateTime } from '../../ui/format.js';
import { Page } from '../../ui/Page.js';
import { EmptyState, LoadError, Loading } from '../../ui/status.js';
import { Tag, type TagColour } from '../../ui/Tag.js';
import { useOrganisation } from '../organisations/api.js';
import { linksIn, useOutbox, type OutboxMessage } from './api.js';
import { CopyableLink } from './CopyableLink.js';

const STATUS: Record<OutboxMessage['status'], { label: string; colour: TagColour }> = {
  queued: { label: 'Queued', colour: 'blue' },
  sent: { label: 'Sent', colour: 'green' },
  held: { label: 'Waiting to be passed on', colour: 'yellow' },
  failed: { label: 'Failed', colour: 'red' },
};

/**
 * Emails Chorus has written. Without an email server they wait here, and the admin passes
 * the links on by hand (by Teams, say). Message text is shown as text, never as HTML.
 */
export function OutboxPage() {
  const orgId = useOrgId();
  const organisation = useOrganisation(orgId);
  const outbox = useOutbox(orgId);

  return (
    <Page title="Outbox" caption={organisation.data?.name}>
      {outbox.data &&
        (outbox.data.delivery === 'outbox' ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Chorus has no email server set up, so emails are not sent. Copy the link from each message and send it to
              the person yourself, for example by Teams or your own email.
            </p>
          </div>
        ) : (
          <p className="nhsuk-body">Emails Chorus has sent for this organisation and its members, newest first.</p>
        ))}
      {outbox.isPending && <Loading what="the outbox" />}
      {outbox.isError && <LoadError error={outbox.error} what="The outbox" />}
      {outbox.data && outbox.data.messages.length === 0 && (
        <EmptyState title="There are no messages.">
          <p className="nhsuk-body">Invitations and password reset emails will appear here.</p>
        </EmptyState>
      )}
      {outbox.data?.messages.map((message) => <Message key={message.id} message={message} />)}
    </Page>
  );
}

function Message({ message }: { message: OutboxMessage }) {
  const links = linksIn(message.text);
  const status = STATUS[message.status];
  return (
    <article className="nhsuk-card" aria-labelledby={`message-${message.id}`}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-s" id={`message-${message.id}`}>
          {message.subject}
        </h2>
        <p className="nhsuk-body-s">
          To <span className="chorus-break-anywhere">{message.to}</span>, {formatDateTime(message.createdAt)}{' '}
          <Tag colour={status.colour}>{status.label}</Tag>
        </p>
        {links.map((url, index) => (
          <CopyableLink
            key={url}
            id={`link-${message.id}-${index}`}
            url={url}
            label={links.length === 1 ? 'Link in this message' : `Link ${index + 1} in this message`}
          />
        ))}
        <pre className="chorus-message-text" aria-label={`Text of the message: ${message.subject}`} tabIndex={0}>
          {message.text}
        </pre>
      </div>
    </article>
  );
}
